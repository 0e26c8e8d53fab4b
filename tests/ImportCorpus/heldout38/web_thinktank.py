"""b06: a think tank's commentary with a line of three author names and a numbered reference list."""
from lib import Article, RawFile

TITLE = "Toll Roads at Sea: Armed Groups and the Harbour Levies of the Arzan Gulf"


def build():
    f = RawFile("b06", one_line_per_paragraph=True, spaced=True)
    f.furn("Brennick Centre for Security Policy",
           "Research  Experts  Events  Publications  About  Support us",
           "Search the site",
           "COMMENTARY")
    f.start(Article(TITLE, ["Ilse Varga-Moreno", "Tobiah Quist", "Adaeze Fonteyne"], "2042-03-17", "commentary",
                    "Brennick Centre for Security Policy"))
    f.furn(TITLE,
           "Ilse Varga-Moreno, Tobiah Quist and Adaeze Fonteyne",
           "17 March 2042 \u00b7 7 minute read",
           "Share this: Email  Facebook  LinkedIn  Copy link")
    f.text(
        "For years, ships calling at the small harbours of the Arzan Gulf have paid two sets of fees: the official "
        "dues set by the port authorities, and a second levy collected by armed men in fast boats at the harbour "
        "mouth. The second levy is now larger than the first in at least four ports.1",
        "The groups that collect it do not describe it as extortion. Their notices, pinned to harbour walls and "
        "read out on local radio, call it a security charge, and they promise in return to keep pirates and "
        "thieves away from the anchorage.2 In a region where the navy rarely appears, some shipping agents admit "
        "that the promise is kept.",
        "How the levy works",
        "The charge is set by the length of the vessel and paid in cash to a boat that meets each ship before it "
        "enters the harbour. Agents receive a paper receipt, stamped with the name of the group, which they show "
        "again if another boat approaches. Receipts seen by the authors carry serial numbers, suggesting a degree of "
        "book-keeping that few observers would expect.3",
        "Insurers have responded by raising premiums for the Gulf, and by quietly accepting the levy as a cost of "
        "doing business. One broker told us that paying the levy was \u201ccheaper than any armed guard we could "
        "hire.\u201d4",
        "Why it matters",
        "A levy that is predictable, receipted and accepted by insurers is a form of government. The armed groups "
        "of the Arzan Gulf are building, harbour by harbour, an administration that competes with the state on the "
        "one service shipping companies care about most. Any effort to restore state authority will have to offer "
        "the same predictability, or it will fail.5")
    f.furn("References")
    f.text(
        "1. Harbour Levies in the Arzan Gulf \u2013 Coastal Ledger, accessed 2 March 2042, "
        "https://coastalledger.example/2042/harbour-levies",
        "2. Security Charges and the Law of the Sea \u2013 Lindenhaven Maritime Review, accessed 4 March 2042, "
        "https://lmr.example/articles/security-charges",
        "3. Receipts from the Harbour Mouth \u2013 Arzan Observer, accessed 4 March 2042, "
        "https://arzanobserver.example/receipts",
        "4. Interview with a marine insurance broker, Lindenhaven, February 2042.",
        "5. When Rebels Collect Taxes \u2013 Brennick Centre for Security Policy, accessed 9 March 2042, "
        "https://brennickcentre.example/publications/when-rebels-collect-taxes")
    f.furn("The views expressed in this commentary are those of the authors and do not represent the position of the "
           "Brennick Centre.",
           "Topics: Maritime security \u00b7 Armed groups \u00b7 Arzan Gulf",
           "Related commentary",
           "The Navy That Never Came: Patrol Gaps in the Southern Seas",
           "Insurance as Intelligence: What Underwriters Know About Piracy",
           "Get our weekly briefing",
           "Analysis from our experts every Friday. Sign up",
           "\u00a9 Brennick Centre for Security Policy 2042 \u00b7 Registered charity no. 118204 \u00b7 Privacy \u00b7 "
           "Cookies \u00b7 Accessibility",
           "We use cookies to understand how you use our site. Accept all  Manage settings")
    f.write(choices=[
        "the subheadings 'How the levy works' and 'Why it matters' are text; the References heading is not.",
        "the reference list is text (the notes); note markers are digits glued to sentence ends (levy.1, hire.\u201d4).",
    ])
    return f
