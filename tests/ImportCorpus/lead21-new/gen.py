# Writes the invented files of this folder (lead21 new cases, issue 6: written after the twenty-first session's import
# rules from their descriptions in words, labelled before their one run). Web pages mark article text with '>'; the
# newsletter email and the PDF issue use corpusgen's Issue, which counts each article's lines.
# Run: python3 gen.py
import os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, ".."))
os.chdir(here)
from corpusgen import Issue, arts, write  # noqa: E402


def body(*ps):
    """Article paragraphs of a web page, one line each, a blank line after each."""
    out = []
    for p in ps:
        out += [">" + p, ""]
    return out


# c01 — a regional paper's court report: "order … from" and "buy … from" inside sentences (one opening a paragraph with
# "Buy-to-let"), a photo caption closed by its credit, the story's own two-sentence appeal for information about the
# case (text) not as the last line, then the site's standing "Got a story?" prompt (furniture).
c01 = [
    "Skip to main content",
    "The Dunmere Echo",
    "News | Sport | What's On | Business | Opinion | Jobs | Announcements",
    "Subscribe from £1 a week",
    "We use cookies to improve your experience on our site. Accept all | Settings",
    "",
    "News › Crime › Dunmere",
    "",
    "Harbour boatyard owner banned after red diesel trial",
    "",
    "By Maelle Rosskamp-Idowu",
    "Court reporter",
    "Published 11:42, 9 March 2032",
    "",
    "The boatyard on Tanner's Slip, where the fuel tanks were found in February. (Photo: Jory Tremain)",
    "",
] + body(
    "A boatyard owner who hid more than nine thousand litres of untaxed red diesel under the slipway of his yard has "
    "been banned from running a company for six years.",
    "Osric Penwarden-Laleye, 54, of Quarry Row, admitted three counts of fuel duty evasion at Dunmere Crown Court. The "
    "diesel had been landed by fishing boats from the islands and sold on to hauliers across the county.",
    "Judge Annika Foley-Marsh made a disqualification order and barred him from holding any post in a company until "
    "2038. She said he had put the whole quay at risk by keeping the fuel in plastic tanks beside a welding shop.",
    "Hauliers who used to order their fuel from the yard told the court they had been offered it at half the pump "
    "price, cash only, and were never given a receipt.",
    "Buy-to-let landlords from the coast road had rented two of the units beside the slipway, the court heard, and "
    "told officers they had never been inside them.",
    "Customs officers say the case is one of eleven on the north coast since 2030, and that the fuel in most of them "
    "came from the same two islands.",
    "Investigators believe other yards bought diesel from the same boats. Anyone who was offered cheap fuel on Tanner's "
    "Slip, or saw a tanker there after dark, is asked to call the customs fraud line on 0800 555 0419, quoting "
    "reference CFD/2032/118.",
    "Penwarden-Laleye was also ordered to pay £14,000 in unpaid duty within three months.",
) + [
    "Got a story? Email news@dunmere-echo.example or send us a message on 07700 900 314.",
    "",
    "Share: Facebook | X | WhatsApp | Email",
    "",
    "Most read",
    "Teenager rescued from cliff path at Porthlenna",
    "New parking charges for the harbour from April",
    "Lifeboat crew honoured for winter rescue",
    "",
    "Comments are closed on court reports for legal reasons.",
    "",
    "© 2032 Dunmere Echo Ltd, part of Westerly Media. Privacy | Terms | Contact us",
]

# c02 — a think tank's book review: the book block with a real offer opened by its verb ("Order your copy from …",
# furniture) and a second offer at the foot ("Buy from your local bookshop …", furniture); in the review, "order …
# from" and "buy … from" inside sentences (text); the reviewer's bio (not text).
c02 = [
    "Rennick Institute",
    "Independent research on borders, trade and security",
    "About | Research | Experts | Events | Reviews | Support us",
    "",
    "Reviews › Books",
    "",
    "REVIEW",
    "The ledgers that kept the salt trade honest, and the customs post fooled",
    "",
    "Reviewed by Teodora Vashti-Mbeki",
    "22 April 2032",
    "",
    "The Salt Accounts: Merchants and Smugglers on the Varda Frontier, 1890–1930",
    "Ilkka Duarte-Sorensen",
    "Kestrel University Press, 2032, 296 pp., £24.99 paperback",
    "Order your copy from the Kestrel University Press shop with 20% off using the code RENNICK20",
    "",
] + body(
    "Ilkka Duarte-Sorensen found the ledgers in a warehouse in Varda town, where a grain merchant's grandson kept them "
    "in tea chests under a staircase. There are forty-one of them, and they cover four decades of a trade that the "
    "customs records of the time barely mention.",
    "The merchants did not hide what they did, at least not from themselves. They would order salt by the cartload "
    "from the pans on the coast, enter each load at its full price, and write a second, smaller price beside it for "
    "the customs post.",
    "Villagers who could not buy salt from the licensed shops bought it from the merchants' carters instead, at a third "
    "of the price. The ledgers list them by name, and by what they owed.",
    "The book is strongest when it follows a single family through the ledgers over three generations, and weakest "
    "when it reaches for lessons about smuggling today. The frontier of 1900 had no fences, no radios and almost no "
    "police; the comparison does not carry the weight the last chapter puts on it.",
    "Still, few histories of the border trade have had sources this close to the trade itself, and Duarte-Sorensen "
    "reads them with care.",
) + [
    "Teodora Vashti-Mbeki is a research fellow at the Rennick Institute, where she works on informal trade.",
    "",
    "Buy from your local bookshop through Bookhive, or from the publisher.",
    "",
    "More reviews",
    "Ports Without Customs: A History of the Free Harbours",
    "The Last Caravan: Salt, Camels and the State",
    "",
    "Sign up to the Rennick Institute newsletter",
    "© 2032 Rennick Institute. Registered charity no. 1190457.",
]

# c03 — a journal article page: a running masthead line over the page (furniture); a keyword list, one keyword a
# line, right above "1. Introduction"; numbered section headings "2. Data and methods", "2.1 Interviews", "2.2 Port
# records", "3. Findings", "4. Conclusion" (text); a numbered list of findings as sentences inside the text (text);
# notes under "Notes", the first citing the journal's own masthead (text); cite line, metrics and licence (furniture).
J = "Journal of Littoral Security Studies"
c03 = [
    "Marrow Academic",
    "Journals | Books | Open access | Log in",
    "",
    J + " | Vol. 9, No. 2 | May 2032",
    "",
    "Research Article",
    "Open access",
    "",
    "Selling the Sea: Fishing Licences and Their Buyers on the Varda Coast",
    "",
    "Sunniva Achterberg-Oduya and Paulo Iheanacho-Lind",
    "Published: 3 May 2032",
    "",
    "Keywords",
    "fishing licences",
    "coastal policing",
    "informal economies",
    "Varda coast",
    "",
    ">1. Introduction",
    "",
] + body(
    "Every fishing boat on the Varda coast needs a licence, and since 2027 the licences have been sold at auction in "
    "the four main ports. The auctions were meant to end the trade in licences that the old system of allocation had "
    "encouraged. This article asks who now holds them.",
) + [">2. Data and methods", "", ">2.1 Interviews", ""] + body(
    "We interviewed forty-two boat owners, crew members, harbour officials and licence holders in three ports between "
    "August and December 2031.¹",
) + [">2.2 Port records", ""] + body(
    "The harbour offices of Skerrivik and Port Alder gave us their licence registers for 2027 to 2031, which list the "
    "holder of each licence and the boat it is used on.",
) + [">3. Findings", ""] + body(
    "Three findings stand out from the interviews and the registers:",
    "1. Most licences were sold on within a year of the auction, often to buyers who own no boat.",
    "2. The buyers lease them back to the fishermen at a monthly rent.",
    "3. Inspections, where they happened at all, were announced a week ahead.²",
) + [">4. Conclusion", ""] + body(
    "The auctions did not end the trade in licences; they gave it a price. Any reform that leaves the licence separate "
    "from the boat will meet the same fate.",
) + [
    "Notes",
    ">¹ See, for example, " + J + ", Vol. 7, No. 1, January 2030, on the licence auctions of the western ports.",
    ">² Interviews with boat owners in Skerrivik, October 2031.",
    "",
    "Cite this article: Achterberg-Oduya, S. and Iheanacho-Lind, P. (2032). Selling the Sea. " + J + ", 9(2), 41–58.",
    "Download PDF",
    "Article metrics: 412 views, 9 citations",
    "© 2032 The Authors. Published by Marrow Academic under a CC BY 4.0 licence.",
]

# c06 — a magazine's interview page: the editing note in other words right under the standfirst and again as
# "Letters may be edited" in the foot (furniture both); a question that mentions editing (text); a closing offer of
# the interviewee's book that opens with its verb (furniture).
c06 = [
    "The Quayside Quarterly",
    "Home   Features   Interviews   Photography   Archive   Shop",
    "",
    "INTERVIEW",
    "The fishermen who went to sea for something else",
    "Ebba Lindqvist-Nwosu spent ten years on the Skerrow islands. She explains how a fishing fleet turned to carrying "
    "cargo nobody declares.",
    "Interview by Casimir Oduya-Pell",
    "17 June 2032",
    "",
    "This conversation has been condensed and lightly edited.",
    "",
] + body(
    "Q: You went to the islands to write about fishing. When did you realise it was about something else?",
    "A: In the second winter. The boats went out in weather nobody fishes in, and they came back with nothing in the "
    "holds and new engines on the stern.",
    "Q: You edited the harbour newsletter for some of those years. Did any of this appear in it?",
    "A: Never. Everyone knew, and nobody wrote it down. The newsletter was about tide times and funerals.",
    "Q: What changed the fleet?",
    "A: Quotas. When the catch was cut by half, a boat could either sit in the harbour or carry whatever paid. Most "
    "carried cigarettes at first, then fuel, then people.",
    "Q: Will it change back?",
    "A: Not while the quota stays where it is. The young men on the islands have never fished for a living.",
) + [
    "Buy Ebba Lindqvist-Nwosu's book Salt Water Ledger from our shop: £16 with free delivery.",
    "",
    "Share   Print   Email",
    "",
    "Letters may be edited for length. Write to letters@quayside-quarterly.example.",
    "© 2032 The Quayside Quarterly",
]

PAGES = [
    ("c01_court_story_order_from_appeal_then_prompt", c01,
     dict(title="Harbour boatyard owner banned after red diesel trial", authors=["Maelle Rosskamp-Idowu"],
          date="2032-03-09", kind="news", publication="The Dunmere Echo"),
     "url: https://www.dunmere-echo.example/news/crime/boatyard-owner-banned-red-diesel"),
    ("c02_book_review_real_offers_order_buy_in_sentences", c02,
     dict(title="The ledgers that kept the salt trade honest, and the customs post fooled",
          authors=["Teodora Vashti-Mbeki"], date="2032-04-22", kind="review", publication="Rennick Institute"),
     None),
    ("c03_journal_keywords_numbered_sections_masthead_note", c03,
     dict(title="Selling the Sea: Fishing Licences and Their Buyers on the Varda Coast",
          authors=["Sunniva Achterberg-Oduya", "Paulo Iheanacho-Lind"], date="2032-05-03", kind="research article",
          publication=J, volume=9, issue=2),
     "url: https://journals.marrow-academic.example/jlss/article/9/2/selling-the-sea"),
    ("c06_interview_editing_notes_question_on_editing", c06,
     dict(title="The fishermen who went to sea for something else", authors=["Casimir Oduya-Pell"],
          date="2032-06-17", kind="interview", publication="The Quayside Quarterly"),
     None),
]


def newsletter():
    """c04 — a plain-text newsletter email, hard-wrapped: masthead lines at the top and in the foot (furniture); one
    analysis with headings "1) The vote", "2) Who gains", "3) What to watch" (text); a wrapped line that opens with
    "order … from" inside a sentence (text); a note citing the newsletter's own masthead (text); an offer of the
    yearbook opened by its verb (furniture)."""
    i = Issue("c04_email_newsletter_paren_headings_wrapped_order_line")
    for l in ["From: The Lantern Brief <editor@lanternbrief.example>", "To: readers@lanternbrief.example",
              "Date: Fri, 12 Mar 2032 07:30:05 +0000", "Subject: The Lantern Brief No. 104: the mooring vote", "",
              "View this email in your browser", "", "THE LANTERN BRIEF", "No. 104 · 12 March 2032", "",
              "Good morning. One story this week, because it deserved the space.", "",
              "----------------------------------------------------------------------", "ANALYSIS", "",
              "The Harbour Takes Back Its Moorings", "by Wendeline Osei-Hartmann", ""]:
        i.add(l)
    i.add("1) The vote", 0); i.add()
    for l in ["On Tuesday the harbour council voted, nine to four, for a compulsory",
              "order to buy back the mooring licences from the three companies that",
              "hold most of them. The companies have a month to appeal, and two have",
              "said they will."]:
        i.add(l, 0)
    i.add()
    i.add("2) Who gains", 0); i.add()
    for l in ["The council says the moorings will go back to the fishermen who use",
              "them, at the rent the companies charged in 2025. The fishermen are",
              "less sure: the last time the council took licences back, in 2029, it",
              "sold them again within a year [1]."]:
        i.add(l, 0)
    i.add()
    i.add("3) What to watch", 0); i.add()
    for l in ["The appeal will be heard in April. If the companies lose, the council",
              "must find the money to pay them, and it has not yet said where that",
              "money will come from."]:
        i.add(l, 0)
    i.add()
    i.add("Notes")
    i.add("[1] See, for example, The Lantern Brief, No. 88, 14 November 2031.", 0)
    i.add()
    for l in ["----------------------------------------------------------------------",
              "Order the Lantern Brief 2031 yearbook from our shop: lanternbrief.example/shop",
              "(£12, paperback, every issue of the year with an index).", "",
              "The Lantern Brief · No. 104 · 12 March 2032",
              "Forwarded this email? Subscribe at lanternbrief.example",
              "Unsubscribe | Update your preferences",
              "The Lantern Brief, 9 Ropewalk, Skerrivik"]:
        i.add(l)
    return i, arts("The Lantern Brief", "2032-03-12", "null", 104,
                   ("The Harbour Takes Back Its Moorings", ["Wendeline Osei-Hartmann"], "analysis")), None


def pdf_issue():
    """c05 — a whole issue as PDF text: a running footer naming the masthead on every page (furniture); an analysis
    with numbered headings, one of them ("2. The boats that never sail") alone at a page's foot right over the footer
    and the next page's running header; a wrapped line that opens with "buy … from" (text); notes, the first citing the monitor's own masthead
    (text); a brief with a numbered list of points, not sentences (text); bios (not text)."""
    i = Issue("c05_pdf_issue_numbered_heading_at_page_foot_masthead_note")
    pub = "Harbour Watch Monitor"
    page = [1]

    def foot(last=False):
        """The running footer closing a page, a blank line, and the next page's running header."""
        i.add("%s · Vol. 3, No. 7 · July 2032 · page %d" % (pub, page[0]))
        page[0] += 1
        i.add()
        if not last:
            i.add("JULY 2032                                          HARBOUR WATCH MONITOR")

    for l in ["HARBOUR WATCH MONITOR", "Volume 3 · Number 7 · July 2032", "",
              "In this issue", "Patrol Boats Without Fuel: The Coast Guard's Budget Gap ........ 1",
              "Ferry Inspections Resume at Skerrow ................................ 3", "",
              "ANALYSIS", "", "Patrol Boats Without Fuel: The Coast Guard's Budget Gap", "",
              "By Rhiannon Castellano-Abiodun", ""]:
        i.add(l)
    i.add("1. Background", 0); i.add()
    i.para("The coast guard's northern division has eleven patrol boats. In the first half of this year, "
           "according to its own logs, seven of them spent fewer than twenty days at sea, and two never left "
           "the harbour at Port Alder. The division was given new boats in 2030 but no more money to run them.¹", 0)
    i.add()
    i.para("The budget for fuel and maintenance has not risen since 2028, while the fleet has grown by a third. "
           "Officers describe a division that can buy boats but cannot afford to sail them.", 0)
    i.add()
    i.add("2. The boats that never sail", 0)
    foot()
    for l in ["Crews say they are told each month how many hours they may patrol, and",
              "buy fuel from the fishermen's cooperative when the allocation runs",
              "out, paying from their own pockets and hoping to be repaid.² The",
              "division's commander would not say how often that happens."]:
        i.add(l, 0)
    i.add()
    i.add("3. What the budget pays for", 0); i.add()
    i.para("Most of the money goes on wages and on the new headquarters in the provincial capital, which "
           "opened last autumn. Little is left for the boats themselves, and the smugglers on the coast "
           "have noticed: landings on the unpatrolled beaches north of Port Alder have doubled this year.", 0)
    i.add()
    i.add("Notes")
    i.add("¹ See, for example, Harbour Watch Monitor, Vol. 2, No. 5, May 2031.", 0)
    i.add("² Interview with a coast guard officer, Port Alder, 4 June 2032.", 0)
    i.add()
    i.para("Rhiannon Castellano-Abiodun is a researcher on maritime security and a regular contributor to "
           "Harbour Watch Monitor.", None)
    foot()
    for l in ["BRIEF", "", "Ferry Inspections Resume at Skerrow", "", "By Dag Oyelaran-Voss", ""]:
        i.add(l)
    i.para("After a winter without a single safety inspection, the ministry of transport has told the three "
           "ferry operators on the Skerrow crossing that inspectors will return in August. Its notice sets "
           "out what each ferry must show before it may carry passengers:", 1)
    i.add()
    for l in ["1. A working radio beacon on every ferry",
              "2. A current safety certificate for each crew member",
              "3. A passenger list left ashore before each crossing"]:
        i.add(l, 1)
    i.add()
    i.para("Operators say the conditions are not new and that they already meet them. Islanders who use "
           "the crossing are less sure, and several have written to the ministry since the sinking of a "
           "cargo launch off the point in March.", 1)
    i.add()
    i.para("Dag Oyelaran-Voss is a journalist who covers the islands.", None)
    foot(last=True)
    return i, arts(pub, "2032-07-01", 3, 7,
                   ("Patrol Boats Without Fuel: The Coast Guard's Budget Gap", ["Rhiannon Castellano-Abiodun"],
                    "analysis"),
                   ("Ferry Inspections Resume at Skerrow", ["Dag Oyelaran-Voss"], "brief")), "publication: %s\n" % pub


def check(name, titles):
    """The label ranges start and end on real non-blank lines, do not overlap, and leave the title lines out."""
    lines = open(name + ".txt").read().split("\n")[:-1]
    seen = set()
    for found in re.findall(r"text: \[(.*)\]", open(name + ".labels.yml").read()):
        for r in found.split(", "):
            a, _, b = r.partition("-")
            a, b = int(a), int(b or a)
            assert 1 <= a <= b <= len(lines) and lines[a - 1].strip() and lines[b - 1].strip(), (name, r)
            for n in range(a, b + 1):
                assert n not in seen and lines[n - 1].strip() not in titles, (name, n)
                seen.add(n)
    for t in titles:
        assert t in (l.strip() for l in lines), (name, t)


if __name__ == "__main__":
    for name, lines, labels, sidecar in PAGES:
        write(name, lines, labels, sidecar)
        check(name, [labels["title"]])
    for make in (newsletter, pdf_issue):
        issue, articles, sidecar = make()
        issue.write(articles, sidecar or "")
        if sidecar is None: os.remove(issue.name + ".yml")
        check(issue.name, [a["title"] for a in articles])
    print("wrote and checked", len(PAGES) + 2, "files")
