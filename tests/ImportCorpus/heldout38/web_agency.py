"""b12: a government agency's press release: `From:` line, publication date, no author, feedback widget."""
from lib import Article, RawFile

TITLE = "Joint patrols to resume in the Vessa Strait from 1 June"
PUB = "Coastal Security Agency"


def build():
    f = RawFile("b12", one_line_per_paragraph=True)
    f.furn("Skip to main content",
           "This site uses cookies to make it work and to collect analytics. Accept additional cookies  Reject "
           "additional cookies  View cookies",
           "Republic of Ostmark \u2014 official government website",
           "Menu",
           "Home > Government > Coastal Security Agency > News",
           "Press release")
    f.start(Article(TITLE, [], "2042-05-07", "press release", PUB))
    f.furn(TITLE,
           "The Coastal Security Agency and the Navy will restart joint night patrols in the Vessa Strait following "
           "two attacks on passenger ferries.",
           "From: Coastal Security Agency",
           "Published 7 May 2042")
    f.text(
        "Joint patrols by the Coastal Security Agency and the Navy will resume in the Vessa Strait on 1 June, "
        "the Agency announced today.",
        "The patrols were suspended in 2040 when the Navy's vessels were moved to the southern coast. Since then, "
        "two passenger ferries have been attacked in the strait, and the crew of one, the Morning Lark, was held "
        "for ten days.",
        "Under the new arrangements, two Agency cutters and one Navy patrol vessel will be on station in the strait "
        "every night between dusk and dawn. Ferry operators will be able to request an escort for any crossing "
        "after dark.",
        "Director of the Coastal Security Agency, Anneliese Moravcik-Tembo, said:",
        "\u201cPeople who live on the islands have the right to travel safely at any hour. These patrols will give "
        "ferry crews and passengers the protection they expect, and they will make the strait a harder place for "
        "armed groups to operate.\u201d",
        "The Agency will publish a monthly report on the patrols, including the number of escorts provided and any "
        "incidents in the strait.")
    f.furn("Notes to editors",
           "Media enquiries: press office, Coastal Security Agency, +99 20 7000 4141, press@csa.gov.example",
           "Share this page",
           "Facebook  X  Email",
           "Related content",
           "Ferry operators: how to request an escort",
           "Coastal Security Agency annual report 2041",
           "Is this page useful?",
           "Yes  No",
           "Report a problem with this page",
           "Help  Privacy  Cookies  Accessibility statement  Contact",
           "All content is available under the Open Government Licence v2.0, except where otherwise stated",
           "\u00a9 State of Ostmark 2042")
    f.write(choices=[
        "the summary line under the title is not text; the director's attribution line before the quote is text.",
        "the 'From:' line names the issuing body, which outranks the state's copyright line (README, Unit or parent).",
        "no person signs the release: authors are empty.",
    ])
    return f
