"""cases27-new: new cases of shapes the lead fitted import rules to (twenty-seventh session), written by a helper after the
rules and before any run; all text invented. Lines starting with "<n>|" are article n's text; the label file is written
from them. Run: python3 gen.py (then python3 check.py)."""
import textwrap, re

def emit(name, lines, arts, sidecar=None, one_line=False):
    out, ranges = [], {}
    for ln in lines:
        m = re.match(r"^(\d)\|(.*)$", ln)
        if m:
            n = int(m.group(1)); out.append(m.group(2)); ranges.setdefault(n, []).append(len(out))
        else:
            out.append(ln)
    open(f"{name}.txt", "w").write("\n".join(out) + "\n")
    def spans(nums):
        res, s, p = [], None, None
        for x in nums:
            if s is None: s = p = x
            elif x == p + 1: p = x
            else: res.append((s, p)); s = p = x
        res.append((s, p))
        merged = []  # a blank line inside an article's text joins its ranges only when both sides are text
        for a, b in res:
            if merged and all(out[k - 1].strip() == "" for k in range(merged[-1][1] + 1, a)): merged[-1] = (merged[-1][0], b)
            else: merged.append((a, b))
        return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in merged)
    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    if one_line: lab.append("one_line_per_paragraph: true")
    lab.append("articles:")
    for n, a in enumerate(arts, 1):
        lab += [f'  - title: "{a["title"]}"', f'    authors: [{", ".join(chr(34)+x+chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: "{a["pub"]}"',
                f'    volume: {a.get("volume", "null")}', f'    issue: {a.get("issue", "null")}', f'    text: [{spans(ranges[n])}]']
    open(f"{name}.labels.yml", "w").write("\n".join(lab) + "\n")
    if sidecar: open(f"{name}.yml", "w").write(sidecar + "\n")

def para(n, text, width=66):
    return [f"{n}|{l}" for l in textwrap.wrap(text, width, break_on_hyphens=False)]

def web(n, *pars):
    """one line per paragraph, blank lines between"""
    res = []
    for i, p in enumerate(pars):
        if i: res.append("")
        res.append(f"{n}|{p}")
    return res

TITLES = {}  # name -> list of title lines (check.py reads them)

# g01: a web page whose own fields line under the title gives a date, the site's section as a lone plural genre noun and a
# reading time; byline under it; cookie line, menu, share bar, footer.
g01 = ["Skip to content", "Greywater Ports Review", "Home   Ports   Shipping   Labour   Podcasts   About", "",
       "We use cookies to understand how the site is read. Accept | Manage", "",
       "Dredging delays leave the Vallen container quay half empty", "",
       "17 July 2034 · briefings · 6 min read", "", "By Corin Ashdown-Pell", "", "Share  |  Post  |  Email  |  Copy link", ""]
g01 += web(1,
    "The new container quay at Vallen was meant to take its first large ships in June. Five weeks later, only two of its six berths are in use, and the ships that call there arrive part loaded because the approach channel is still too shallow for them to sail full.",
    "The dredging contract, awarded in 2032 to a consortium led by Hollin Marine, was due to finish in April. The port authority now says the work will run into the autumn, after the dredgers struck a seam of clay harder than the surveys had shown and had to wait for heavier cutting heads.",
    "What the delay means",
    "Shipping lines that signed up to the new quay have begun to move services back to Dunmarch, forty kilometres up the coast, where the berths are older but the water is deep. Two of the four lines that announced Vallen calls last year have quietly removed them from their autumn schedules.",
    "For the port authority the loss is more than a season's fees. The quay was financed on the promise of traffic, and its lenders can ask for the loan terms to be reopened if throughput stays below half the forecast for two quarters running. That test falls at the end of September.",
    "The dockers' union, which agreed to new shift patterns for the quay, says its members have been sent home on half pay on days with no ship. Its regional secretary, Ottilie Marsh, said the union would not renegotiate again for a quay that \"nobody can sail into\".",
    "The port authority says it expects full depth in the channel by November and that the lines will return. Whether they do will depend on how much of the winter trade has by then settled at Dunmarch.")
g01 += ["", "Topics: Vallen, dredging, container shipping", "",
        "Corin Ashdown-Pell covers ports and shipping for the Review.", "",
        "More briefings", "Dunmarch to charge for night pilotage", "A second crane collapse at Ostry", "",
        "Get the Review's weekly email. Subscribe", "", "© 2034 Greywater Ports Review · Privacy · Terms · Contact"]
emit("g01_fields_line_plural_section_reading_time", g01, [
    dict(title="Dredging delays leave the Vallen container quay half empty", authors=["Corin Ashdown-Pell"],
         date="2034-07-17", kind="briefing", pub="Greywater Ports Review")],
    sidecar="url: https://greywaterports.example/briefings/vallen-dredging-delays", one_line=True)

# g02: a web page whose breadcrumb ends in a lone plural section word covering many genres ("Updates"); the page's own
# genre is printed over its title (a statement); no author.
g02 = ["Fennick Coast Wardens' Association", "Menu", "About | What we do | Updates | Get involved | Donate", "",
       "This site uses essential cookies only. OK", "", "Home › Updates", "",
       "Statement", "", "Wardens will not patrol the Ostry dunes while the quad-bike ban goes unenforced", "",
       "Published 4 August 2034", "", "Share on: Facebook  Bluesky  Email", ""]
g02 += web(1,
    "The Fennick Coast Wardens' Association has decided, at a meeting of its volunteer council on 2 August, to suspend its weekend patrols of the Ostry dunes from 9 August until the district council enforces its own ban on motor vehicles there.",
    "Our wardens have patrolled the dunes every summer weekend for eleven years. This year they have been shouted at, followed and on two occasions driven at by riders of quad bikes who know that nobody will stop them. We have reported each incident. None has led to a fine.",
    "The district council banned motor vehicles from the dunes in 2031 because they destroy the marram grass that holds the sand. The ban is clear. Its signs are on every path. What is missing is anyone with the power to enforce it on the days when the riders come.",
    "We do not ask our volunteers, many of them retired, to put themselves in danger for a ban that the council itself will not uphold. We will resume the patrols as soon as the council agrees to send its enforcement officers to the dunes on summer weekends, and we have written to its environment committee to ask for that.",
    "Until then, we ask visitors to report any vehicle on the dunes to the council directly, with a photograph if it is safe to take one.")
g02 += ["", "Media enquiries: press@fennickwardens.example", "", "Related updates",
        "Volunteer training days for the autumn", "Our annual report for 2033", "",
        "Fennick Coast Wardens' Association is a registered charity (no. 1190442).", "Privacy | Accessibility | Contact us"]
emit("g02_breadcrumb_plural_updates_statement_label", g02, [
    dict(title="Wardens will not patrol the Ostry dunes while the quad-bike ban goes unenforced", authors=[],
         date="2034-08-04", kind="statement", pub="Fennick Coast Wardens' Association")],
    sidecar="url: https://fennickwardens.example/updates/ostry-dunes-patrols", one_line=True)

# g03: a plain-text email newsletter; pieces between rule lines; footer lines after the last rule in varied blank-line
# spacing (forwarding appeal, unsubscribe, postal address, delivery notice).
rule = "=" * 60
g03 = ["From: The Saltmarsh Dispatch <hello@saltmarsh-dispatch.example>", "To: subscriber@example.net",
       "Subject: Saltmarsh Dispatch #58: the eel nets and a new warden", "Date: Thu, 14 Aug 2034 06:30:00 +0100", "",
       "View this email in your browser: https://saltmarsh-dispatch.example/58", "", rule,
       "THE SALTMARSH DISPATCH", "Wildlife crime and the law on the eastern estuaries", "#58 -- Thursday 14 August 2034", rule, "",
       "Morning all. A longer piece this week on the eel nets, and one bit of", "good news. As ever, hit reply if you know more.", "",
       "Mirela", "", rule, "ANALYSIS", "", "Who is setting the illegal eel nets on the Brack?", "by Mirela Tanskanen-Obi", ""]
g03 += para(1, "Fyke nets for eels have been banned on the river Brack since 2029, when the eel count at the tidal weir fell to a tenth of what it had been twenty years before. This summer the river bailiffs have pulled forty-one of them out of the lower reaches, more than in the three previous summers together.")
g03 += [""] + para(1, "The nets are not the work of a few old fishermen keeping up a habit. They are new, bought in bulk, and set in lines across the creeks where young eels run at night. Whoever sets them knows the tides well and comes back for the catch within hours, before the bailiffs make their morning round.")
g03 += [""] + para(1, "Glass eels fetch high prices abroad, and the trade in them has been linked to organised groups on the continent for a decade. The bailiffs believe the Brack catch is driven to a holding tank inland and flown out from there. They have asked the police for help with surveillance; so far the police have sent one officer, for two weeks.")
g03 += [""] + para(1, "The river trust says it cannot keep paying for bailiffs to pull nets that are reset the same week. Until someone follows the eels from the creek to the tank, it says, the nets will keep coming back.")
g03 += ["", rule, "NEWS IN BRIEF", "", "New warden for the Holme marshes", "by Mirela Tanskanen-Obi", ""]
g03 += para(2, "The county wildlife trust has appointed Jonas Pekkala-Reid as full-time warden for the Holme marshes, a post left empty since March. He comes from the reserve at Skelling, where he led the watch on nesting terns that cut egg thefts there to none in two seasons.")
g03 += ["", rule, "", "Know someone who cares about the estuaries? Forward it on.", "",
        "", "You are receiving this because you subscribed at saltmarsh-dispatch.example.",
        "Unsubscribe: https://saltmarsh-dispatch.example/u/58", "The Saltmarsh Dispatch, 12 Quay Lane, Holme, HM4 2RT", "", "",
        "This email was sent to subscriber@example.net by Letterbox Mail."]
common = dict(date="2034-08-14", pub="The Saltmarsh Dispatch")
emit("g03_email_newsletter_footer_after_last_rule", g03, [
    dict(title="Who is setting the illegal eel nets on the Brack?", authors=["Mirela Tanskanen-Obi"], kind="analysis", **common),
    dict(title="New warden for the Holme marshes", authors=["Mirela Tanskanen-Obi"], kind="brief", **common)])

# g04: a web page with a list of its own sections (six short indented lines) between its title and its dated line;
# an EXPLAINER label over the title; the sections then come as subheadings in the text.
g04 = ["Lanterby Civic Ledger", "News  Explainers  Data  Newsletters  About", "", "Cookies help us count readers. Fine by me | No thanks", "",
       "EXPLAINER", "How the harbour board spends its mooring fees", "",
       "  What the fees are", "  Who sets them", "  Where the money goes", "  The reserve fund", "  What the auditors said",
       "  What happens next", "", "Updated 29 August 2034", "By Fenna Oyelaran-Blum", "", "Share  Email  Print", ""]
g04 += web(1,
    "Every boat kept in Lanterby harbour pays a mooring fee to the harbour board, and this year the fees rose by twelve per cent. Boat owners have asked what the money pays for. The board's own accounts give most of the answer.",
    "What the fees are",
    "The board charges by the length of the boat and the kind of mooring: a swinging mooring in the outer harbour costs less than a berth on the pontoons. About 640 boats paid fees last year, bringing in just under 1.9 million.",
    "Who sets them",
    "The fees are set each winter by the board's nine members, five of them elected by boat owners and four appointed by the town council. The rise this year was approved by six votes to three.",
    "Where the money goes",
    "Just over half pays for staff: the harbour master, four assistants and the launch crew. A quarter goes on upkeep of the pontoons and the slipway. The rest pays the interest on a loan taken out in 2030 to rebuild the north wall.",
    "The reserve fund",
    "The board also keeps a reserve for storm damage, which it drew down almost entirely after the gales of 2033. Part of this year's rise is meant to rebuild it over five years.",
    "What the auditors said",
    "The board's auditors found no irregularity in its accounts for 2033, but said the reserve was too small for a harbour of its size and that the board should publish a plan for the north wall loan.",
    "What happens next",
    "The board will publish that plan at its open meeting on 18 September, where boat owners can ask questions. The Ledger will report on it.")
g04 += ["", "Fenna Oyelaran-Blum reports on local government for the Lanterby Civic Ledger.", "",
        "Support local reporting: become a member", "", "Lanterby Civic Ledger is an independent, non-profit newsroom.",
        "© 2034 Lanterby Civic Ledger"]
emit("g04_section_list_between_title_and_date", g04, [
    dict(title="How the harbour board spends its mooring fees", authors=["Fenna Oyelaran-Blum"], date="2034-08-29",
         kind="explainer", pub="Lanterby Civic Ledger")],
    sidecar="url: https://lanterbyledger.example/explainers/harbour-mooring-fees", one_line=True)

# g05: a web page whose site menu is a run of seven one-to-three-word lines above a short title (four words), with a byline
# and a date under it; no genre printed (a feature by convention).
g05 = ["The Moorend Courier", "", "Home", "Local", "Farming", "Sport", "What's On", "Letters", "Sign in", "",
       "Floodgates Fail at Ellerby", "By Aurelio Nakamura-Penn", "Tuesday 9 September 2034, 7:15 am", "",
       "Share this article: Facebook | X | WhatsApp | Email", ""]
g05 += web(1,
    "Two of the three floodgates on the Ellerby drain failed to close during Sunday night's high tide, letting seawater into the lower fields of four farms and over the road to the village for the second time this year.",
    "The gates are meant to close on their own as the tide rises against them. The drainage board said a build-up of silt had jammed both in the open position, and that a contractor would clear them this week.",
    "Farmers on the levels say the board was warned. Hester Lund, whose barley was under water by Monday morning, said she had written to the board in June after the gates stuck during a smaller tide. \"They sent someone to look and he said they were fine,\" she said.",
    "The drainage board's chairman, Wilmot Feraday, said the June inspection had found the gates working and that the silt had come down with the August rains. He said the board would now check the gates monthly rather than twice a year.",
    "The lower fields are likely to be lost for the season. The farmers are asking the board to meet the cost of the damage, which one put at tens of thousands.")
g05 += ["", "Read more: Drainage board to review levy after wet winter", "", "Comments are closed on this article.", "",
        "The Moorend Courier, Market Street, Moorend · Advertise with us · Contact the newsroom", "© 2034 Moorend Courier Ltd"]
emit("g05_menu_run_above_short_title_byline", g05, [
    dict(title="Floodgates Fail at Ellerby", authors=["Aurelio Nakamura-Penn"], date="2034-09-09", kind="feature",
         pub="The Moorend Courier")], one_line=True)

# g06: a web page whose title of nine words sits between the site's name line and a byline with share buttons (no menu).
g06 = ["Harrowgate Shore Observer", "", "Why the night ferries to Skerrin stopped carrying freight this summer", "",
       "By Lisbet Van der Horst-Adeyemi   [Share] [Tweet] [Email]", "", "22 July 2034", ""]
g06 += web(1,
    "For as long as anyone on Skerrin can remember, the last ferry of the day has carried the island's freight: the post, the grocer's crates, feed for the farms and the parts the boatyard orders from the mainland. Since June it has carried only passengers.",
    "The ferry company says the change is about safety. A new rule from the maritime agency requires a second deck officer on any crossing after dark that carries vehicles over three tonnes, and the company cannot find one for the night run on what it pays.",
    "The islanders say the company had a year's notice of the rule and did nothing. Freight now goes on the morning boat, which was already full in summer, and lorries queue at the mainland quay for a day or more. The grocer on Skerrin has started buying bread from a bakery on the island rather than wait for the mainland delivery.",
    "The island's councillor, Petra Dunleavy, has asked the agency for an exemption for the night run while the company recruits. The agency says it will not grant one. The company says it hopes to have a second officer by October, in time for the winter timetable.",
    "Until then, the island's freight travels on a boat that was never meant to carry all of it, and the islanders are learning how much of their daily life crossed the water at night.")
g06 += ["", "Filed under: Skerrin, ferries", "", "Harrowgate Shore Observer · Independent news for the northern isles since 2019"]
emit("g06_long_title_between_site_name_and_share_byline", g06, [
    dict(title="Why the night ferries to Skerrin stopped carrying freight this summer",
         authors=["Lisbet Van der Horst-Adeyemi"], date="2034-07-22", kind="feature", pub="Harrowgate Shore Observer")],
    sidecar="url: https://shoreobserver.example/2034/07/22/skerrin-night-ferries-freight", one_line=True)

# g07: a PDF-text whole issue of a monitor: a two-column contents page (titles left, authors right, a wrapped title), two
# features with bylines, running footers and page numbers, a publisher's notice.
def two_col(left, right, width=58):
    return left.ljust(width) + right
g07 = ["INLAND WATERWAYS SECURITY MONITOR", "Volume 11  ·  Issue 16  ·  September 2034", "", "",
       "IN THIS ISSUE", "",
       two_col("Canal Locks as Checkpoints: Who Controls", "Teodor Halvorsen-Mbatha"),
       "the Upper Rell Barge Traffic", "",
       two_col("The Dredger Crews Who Carry More Than Sand", "Ines Achterberg and Kwame Lillqvist"), "", "",
       "Inland Waterways Security Monitor  |  1", "",
       "Canal Locks as Checkpoints: Who Controls the Upper Rell Barge", "Traffic", "", "By Teodor Halvorsen-Mbatha", ""]
g07 += para(1, "The upper Rell is a narrow river, and for most of its length a barge can pass only through the nineteen locks that were built to tame it in the last century. Each lock has a keeper, and each keeper decides when a barge goes through. Over the past two years, according to barge owners and two former keepers, some of those decisions have been for sale.")
g07 += [""] + para(1, "The pattern is simple. A barge that pays waits an hour at the lock; a barge that does not pays in time, sometimes a day. For a barge carrying grain under contract, a day can cost more than the payment. Most owners pay, and few complain, because the keepers can also decide which barges are inspected.")
g07 += [""] + para(1, "The waterways authority says it has received four complaints and investigated each. It moved one keeper to another post last year but brought no charges. The former keepers say the payments are now collected by a man who does not work for the authority at all, and who visits the locks on a motorbike once a week.")
g07 += ["", "Inland Waterways Security Monitor  |  2", ""]
g07 += para(1, "This matters beyond the cost to barge owners. A lock that can be bought for time can be bought for silence, and the upper Rell runs past two border crossings where customs rely on the keepers' logs to know which barges passed. The authority should publish those logs and rotate its keepers, as it promised to do in 2031.")
g07 += ["", "", "The Dredger Crews Who Carry More Than Sand", "", "By Ines Achterberg and Kwame Lillqvist", ""]
g07 += para(2, "Dredgers work the lower Rell every day of the year, lifting sand from the channel and carrying it to the yards at Orrin Bend. They are the least watched boats on the river: customs rarely board them, and their crews come and go from the yards without checks. Police in Orrin now believe that at least two dredger crews have been moving cigarettes under their loads.")
g07 += [""] + para(2, "The evidence came from a routine weighing. In May a dredger's load at the yard weighed half a tonne more than its sand should have, and the yard manager called the police. They found packed cigarettes under a tarpaulin in the hold, and the crew said they had no idea how they got there.")
g07 += ["", "Inland Waterways Security Monitor  |  3", ""]
g07 += para(2, "Since then the police have weighed every load at two yards and found three more. The dredging companies say they are victims, and that the crews act alone. The police are less sure, and have asked for the companies' records of who crewed which boat on which day.")
g07 += [""] + para(2, "The case shows how the river's ordinary traffic can hide its other trade. Checks follow the boats that look like risks; the dredgers, noisy and slow and always there, look like nothing at all.")
g07 += ["", "", "The Inland Waterways Security Monitor is published by the Rell Basin Institute.",
        "The views expressed are those of the authors.", "", "Inland Waterways Security Monitor  |  4"]
common = dict(date="2034-09-01", pub="Inland Waterways Security Monitor", volume=11, issue=16, kind="feature")
emit("g07_pdf_monitor_two_column_contents", g07, [
    dict(title="Canal Locks as Checkpoints: Who Controls the Upper Rell Barge Traffic", authors=["Teodor Halvorsen-Mbatha"], **common),
    dict(title="The Dredger Crews Who Carry More Than Sand", authors=["Ines Achterberg", "Kwame Lillqvist"], **common)],
    sidecar="publication: Inland Waterways Security Monitor")

# g08: a whole issue whose contributors' bios come in one paragraph keyed by name, one bio per co-author of its two pieces.
g08 = ["COASTAL CRIME QUARTERLY", "Vol. 4, No. 3  |  July 2034", "", "CONTENTS", "",
       "Salvage Rights and the Wreck Robbers of Dunmore Sound ......... 1", "Checkpoints at Sea: The Fishery Patrol's Night Work .......... 3",
       "Contributors ................................................... 4", "",
       "Salvage Rights and the Wreck Robbers of Dunmore Sound", "", "Saoirse Blomqvist-Abara and Hamid Ferreira-Lund", ""]
g08 += para(1, "There are more than three hundred wrecks on the floor of Dunmore Sound, and most of them belong to somebody: an insurer, a navy, or the descendants of a shipping line long since gone. In the past three years divers have stripped at least twelve of them of their bronze propellers, portholes and bells, and sold the metal to scrap yards on both sides of the sound.")
g08 += [""] + para(1, "The law on salvage was written for sailors who rescue ships in trouble, not for divers who take parts from ships that sank a century ago. A diver who reports a find to the receiver of wreck may claim a reward; a diver who does not commits an offence that carries a modest fine and is rarely prosecuted.")
g08 += ["", "Coastal Crime Quarterly  ·  1", ""]
g08 += para(1, "The robbers use this gap. They work from small boats with hired crews, dive at night, and cut the metal under water so that nothing recognisable comes to the surface. The scrap yards, which must record the seller of any marine metal, often record a name and nothing more.")
g08 += [""] + para(1, "Three changes would close most of the gap: a register of protected wrecks that covers merchant ships as well as warships, a duty on scrap yards to check the identity of anyone selling marine bronze, and fines large enough to outweigh the price of a propeller.")
g08 += ["", "Coastal Crime Quarterly  ·  2", "",
        "Checkpoints at Sea: The Fishery Patrol's Night Work", "", "Anneliese Okonkwo-Strand", ""]
g08 += para(2, "The fishery patrol vessel Merrow leaves Kessel harbour at dusk three nights a week and spends the night stopping boats in the closed grounds off the Tarn Bank. Its crew of nine boarded 140 boats last year and found illegal catch on a third of them.")
g08 += [""] + para(2, "Most of what they find is small: undersized fish, an unlicensed pot, a net with too fine a mesh. But twice this year the crew found boats carrying more than fish, once a load of cigarettes and once two men with no papers who had been picked up from a ship at anchor.")
g08 += [""] + para(2, "The patrol was not built for this, and its officers have no power to hold anyone for crimes other than fishery offences. They call the police and wait. On the Tarn Bank at night, the nearest police boat is three hours away.")
g08 += ["", "Coastal Crime Quarterly  ·  3", "", "CONTRIBUTORS", ""]
bios = ("Saoirse Blomqvist-Abara is a maritime lawyer and a lecturer at the University of Kessel. Hamid Ferreira-Lund is a "
        "commercial diver and a former officer of the receiver of wreck. Anneliese Okonkwo-Strand is a journalist who has "
        "reported on the fisheries of the northern coast since 2026.")
g08 += textwrap.wrap(bios, 66, break_on_hyphens=False)
g08 += ["", "Coastal Crime Quarterly is published by the Kessel Maritime Studies Trust.", "", "Coastal Crime Quarterly  ·  4"]
common = dict(date="2034-07-01", pub="Coastal Crime Quarterly", volume=4, issue=3, kind="feature")
emit("g08_issue_bios_one_paragraph_keyed_by_name", g08, [
    dict(title="Salvage Rights and the Wreck Robbers of Dunmore Sound", authors=["Saoirse Blomqvist-Abara", "Hamid Ferreira-Lund"], **common),
    dict(title="Checkpoints at Sea: The Fishery Patrol's Night Work", authors=["Anneliese Okonkwo-Strand"], **common)],
    sidecar="publication: Coastal Crime Quarterly")

# g09: a reference-work entry page with "TERM | Portal name" as its logo line, a GLOSSARY ENTRY label, a See also list,
# references and a last-edited date; no author.
g09 = ["Slack water | Tidecraft Reference Portal", "Search the portal", "Entries A–Z · Topics · Contribute · About", "",
       "Read   Edit   View history", "", "Glossary entry", "Slack water", "", "From the Tidecraft Reference Portal, the free glossary of tides and seamanship", ""]
g09 += web(1,
    "Slack water is the short period around the turn of the tide when a tidal stream is weak or has stopped, before it begins to run the other way. In most harbours it lasts between a few minutes and half an hour.[1]",
    "Slack water does not always fall at high or low water. In a long estuary the stream can go on running upstream for an hour after high water at the mouth, so that the slack comes later than the tide table's time for the port.[2]",
    "Use in navigation",
    "Pilots and divers plan their work around slack water, since a vessel or a diver is easiest to control when the stream is weakest. Narrow channels with strong streams are often passable for larger vessels only in the slack.",
    "Regional terms",
    "On parts of the eastern coast the slack is called the stand, though the stand properly means the period when the height of the tide does not change.[3]")
g09 += ["", "See also", "  Tidal stream", "  Stand of the tide", "  Tide table", "", "References", ""]
g09 += web(1, "1. Marrow, E. Tides of the Northern Coasts. Kessel: Harbour Press, 2029, p. 41.",
           "2. Lindqvist, P. \"Slack and stand in long estuaries.\" Journal of Coastal Navigation 12 (2031): 77–90.",
           "3. Tidecraft Reference Portal, \"Stand of the tide\".")
g09 += ["", "Categories: Tides | Navigation", "This page was last edited on 3 September 2034, at 10:12.",
        "Text is available under a free licence; additional terms may apply.", "Privacy policy · About the portal · Disclaimers"]
emit("g09_reference_entry_term_bar_portal_see_also", g09, [
    dict(title="Slack water", authors=[], date="2034-09-03", kind="glossary entry", pub="Tidecraft Reference Portal")],
    sidecar="url: https://tidecraft.example/wiki/Slack_water", one_line=True)
