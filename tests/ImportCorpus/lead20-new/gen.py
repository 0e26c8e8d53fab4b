# Writes the invented web pages of this folder (lead20 new cases, issue 6: written after the twentieth session's rules
# from their descriptions in words, labelled before their one run). Lines marked '>' are article text.
# Run: python3 gen.py
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, ".."))
os.chdir(here)
from corpusgen import write  # noqa: E402


def body(*ps):
    """Article paragraphs, one line each, a blank line after each."""
    out = []
    for p in ps:
        out += [">" + p, ""]
    return out


# Furniture every Halloran Desk page prints (q01 and q02 are the same site).
HALLORAN_TOP = [
    "Halloran Desk",
    "Regional security research from the Brackwater coast",
    "",
    "Home | Research | Briefings | Experts | Events | Donate",
    "",
    "This site uses cookies to remember your preferences. Accept | Manage",
    "",
]
HALLORAN_FOOT = [
    "Share this: Facebook | Email | Print",
    "",
    "Related research",
    "Checkpoints and the Price of Diesel on the Estuary Road",
    "Who Pays for the Grisholm Sea Wall?",
    "",
    "Sign up for the Halloran Desk weekly digest: our newest research in your inbox every Friday.",
    "",
    "© 2031 Halloran Desk. All rights reserved. Privacy | Terms | Contact",
]

# 1. Run-in labels ("Executive Summary:", "Key Findings:", "Background:") on lines of their own, the first right
#    under a photo caption; every page of the site prints "Executive Summary:" (q02 too). A sentence ending in a colon
#    inside the text must stay. One author, one bio ("is").
q01 = HALLORAN_TOP + [
    "POLICY PAPER",
    "",
    "Harbour Levies and the Quiet Growth of the Lenmouth Militias",
    "",
    "By Caradoc Pellinger-Ames",
    "March 3, 2031",
    "",
    "Fishing boats tied up at the inner quay of Lenmouth in February. (Photo: Halloran Desk)",
    "",
    ">Executive Summary:",
    "",
] + body(
    "Armed groups that began as volunteer night patrols in the harbour towns of the Lenmouth peninsula now collect a levy "
    "on almost every catch landed there. The levy is modest, rarely more than a twentieth of the value of a boat's load, "
    "but it is collected without fail and it has given the groups a steady income that no other armed actor on the coast "
    "can match.",
    "This paper traces how the levy grew from an informal gift to the patrols into a system with ledgers, receipts and "
    "collectors, and why the provincial authorities have so far chosen to tolerate it.",
) + [
    ">Background:",
    "",
] + body(
    "The patrols were formed in the winter of 2027, after a string of thefts from moored boats that the understaffed "
    "harbour police could not stop. Fishermen paid the volunteers in fish and fuel, and for the first year nobody called "
    "the arrangement anything but neighbourliness.",
    "That changed when the provincial fisheries office moved to Carn Holby in 2029 and closed its harbour desks. With no "
    "official left on the quays to weigh catches or settle disputes, the patrols took over both tasks, and with them the "
    "habit of taking a share.",
    "Interviews with twenty-six fishermen, four harbour masters and two former collectors point to the same turning "
    "point. The patrols began to write down who had paid, and what the ledger recorded became, in practice, the only "
    "register of who was entitled to fish from each harbour.",
) + [
    ">Key Findings:",
    "",
] + body(
    "The levy is now collected in at least eleven of the peninsula's fourteen harbours. The groups that collect it "
    "cooperate on prices but not on territory, and two of them fought a brief battle over the harbour at Tresk in "
    "October.",
    "Fishermen told us what the levy buys them, and it comes down to three things: protection from theft, a place in the "
    "landing queue, and the settlement of quarrels over nets and moorings. All three used to be the work of the state.",
    "The provincial authorities are aware of the levy. Officials we spoke to described it as a local custom and argued "
    "that a confrontation would cost more than it would gain. Their caution is understandable, but it leaves the "
    "militias richer every season and the state's claim to the harbours weaker.",
    "Any attempt to end the levy will need to replace what it pays for. Reopening the harbour desks would be a start; "
    "paying the harbour police enough that they stay would be a second.",
) + [
    "Caradoc Pellinger-Ames is a senior fellow at Halloran Desk, where he studies armed groups on the Brackwater coast.",
    "",
] + HALLORAN_FOOT

# 2. Same site: "Executive Summary:" right under a "By:" byline (no caption); three co-authors' bios one paragraph each
#    under "About the authors"; an attributed quotation that repeats a phrase of the text stays.
q02 = HALLORAN_TOP + [
    "BRIEFING",
    "",
    "Ferry Passes and the Trade in Forged Residence Papers",
    "",
    "By: Wilhelmina Osei-Strand, Jory Tavendale and Piet Hollenbrook",
    "2031-04-14",
    ">Executive Summary:",
    "",
] + body(
    "Since the Brackwater ferry service began checking residence papers at its landings, a market in forged papers has "
    "grown up around the ports of Ostry and Callow Point. The forgeries are cheap, widely used and, according to the "
    "ferry staff who inspect them, almost impossible to tell from the real thing.",
    "This briefing describes how the papers are made and sold, who buys them, and what the ferry checks have achieved.",
) + [
    ">Key Findings:",
    "",
] + body(
    "A residence card that allows its holder to cross without questions can be bought in Ostry for about the price of a "
    "week's wages on the quays. Most buyers are not smugglers or fugitives but seasonal workers whose own papers lapsed "
    "when the provincial registry stopped renewing them by post.",
    "The forgers are not a single network. Our interviews point to at least five workshops, three of them run from print "
    "shops that also make wedding invitations and menus for the harbour restaurants.",
    "Ferry staff are expected to detect the forgeries with a torch and a magnifying glass. One inspector at Callow Point "
    "said that the checks had become a ritual rather than a filter. \"We look at the card, we look at the face, and we "
    "wave them through,\" she said. \"A ritual rather than a filter, that is what it is now.\"",
    "The ferry company has asked the province for card readers at each landing. The province has replied that card "
    "readers are useless until the registry issues cards that can be read, and the registry has no budget to do so "
    "before 2033.",
    "In the meantime the checks do little to stop anyone determined to cross, while they slow every other passenger and "
    "push those with lapsed papers into the hands of the forgers. A simpler fix is within reach: restoring renewal by "
    "post would take most of the forgers' customers away within a season.",
) + [
    "About the authors",
    "",
    "Wilhelmina Osei-Strand is a research fellow at Halloran Desk and the author of a study of the Brackwater ferries.",
    "",
    "Jory Tavendale is a former customs officer at Callow Point who now advises port authorities on document checks.",
    "",
    "Piet Hollenbrook is a doctoral candidate at the University of Marlow Ford, where he studies informal labour markets.",
    "",
] + HALLORAN_FOOT

# 3. Pull quotes set apart between paragraphs, condensed from a sentence of the text (not verbatim), wholly in quotation
#    marks with no attribution: furniture. An attributed quotation stays. A closing body paragraph about a person who is
#    not an author ("NAME is ...") stays; the author's bio "NAME reports on ..." goes.
q03 = [
    "THE UPLAND LEDGER",
    "News and analysis from the Serrat highlands",
    "",
    "Menu  Politics  Security  Economy  Opinion  Search",
    "",
    "Security \u203a News",
    "",
    "A Recall Vote Tests the Mayor Who Made Peace with the Quarry Gangs",
    "",
    "By Ottilie Ravensworth",
    "14 May 2031",
    "",
    "Share  Tweet  Email",
    "",
] + body(
    "Four years ago the town of Durnholt was known across the highlands for the gangs that ran its marble quarries. "
    "Lorries were stopped on the valley road and their drivers made to pay, and two quarry managers who refused were "
    "shot within a month of each other. Today the lorries pass without stopping, and the town is preparing to vote on "
    "whether to remove the mayor who made that possible.",
    "Mayor Tomasz Reyes-Whitcombe did not defeat the gangs. He bought them. In his first year in office he offered the "
    "three largest crews contracts to guard the quarries they had been robbing, paid from a fee on every tonne of stone "
    "that leaves the valley, and most of the men who once stopped lorries now wave them through in uniform.",
) + [
    "\u201cHe did not defeat the gangs; he bought them.\u201d",
    "",
] + body(
    "The arrangement has worked, by the measure most residents care about. Killings in the valley fell from nineteen in "
    "2027 to two last year, and the quarries have taken on more than three hundred workers. But the fee has made the "
    "former gangs the best paid employers in Durnholt, and their leaders now sit on the board that awards the town's "
    "building contracts.",
    "The recall petition was started by a group of shopkeepers who say the guard contracts have turned extortion into "
    "municipal policy. Their leader, a hardware merchant named Benedikta Sollors, put it plainly. \"We used to pay them "
    "in the street, and now we pay them through the town hall,\" she said. \"He did not defeat the gangs. He bought "
    "them, and he sends us the bill.\"",
    "The mayor's supporters reply that the alternative was more funerals. At a rally last week his deputy reminded the "
    "crowd of the winter when the valley road was closed for six weeks, and asked whether anyone wished to go back to "
    "it. Few in the hall did.",
) + [
    "\u201cThe fee makes the old gangs the town's best-paid employers.\u201d",
    "",
] + body(
    "Officials in the provincial capital have watched the vote with unease. Several other quarry towns have asked about "
    "copying Durnholt's model, and the province has not decided whether to encourage them or to warn them off.",
    "A provincial police commander who has worked in the valley for a decade described the arrangement as a truce "
    "rather than a peace. The crews have not been disarmed, he said, and their loyalty runs to the fee rather than to "
    "the mayor who pays it.",
    "Tomasz Reyes-Whitcombe is the third mayor of Durnholt to face a recall since 2020, and the first to do so with the "
    "murder rate at its lowest in a generation. The vote is set for the last Sunday of June.",
) + [
    "Ottilie Ravensworth reports on local government and organised crime in the Serrat highlands for The Upland Ledger.",
    "",
    "More from Security",
    "Quarry Lorries Return to the Valley Road",
    "The Highland Police Still Wait for Their Radios",
    "",
    "Get The Upland Ledger in your inbox. Subscribe",
    "",
    "The Upland Ledger \u00b7 About \u00b7 Advertise \u00b7 Corrections \u00b7 \u00a9 2031",
]

# 4. Two co-authors' closing bios with verbs other than "is" ("NAME leads ...", "NAME writes a weekly column ..."),
#    one paragraph each with no heading; "By NAME and NAME"; numbered notes.
q04 = [
    "Kestrelmoor Policy Forum",
    "",
    "About  Programmes  Publications  Commentary  Contact",
    "",
    "Commentary",
    "",
    "The Grain Corridor Is Safer, but Not for the Reasons Officials Claim",
    "",
    "By Signe Arrowsmith-Baptiste and Emeric Doyle-Nakamura",
    "Published 22.06.2031",
    "",
] + body(
    "The governments along the Velt river have spent the spring congratulating one another on the grain corridor. "
    "Attacks on barges between Hollin and the sea fell by more than half in the first quarter, and the joint river "
    "patrol that began in January has been given most of the credit.[1]",
    "The patrol deserves some of it. Its boats are visible, its crews are well paid by regional standards and its "
    "commanders have resisted the temptation to sell passes to the barge owners. But the timing of the fall in attacks "
    "does not match the timing of the patrol's arrival, and the places where attacks fell most are not the places the "
    "patrol watches most closely.",
    "The patrol's own figures make the point in a way its commanders may not intend:",
    "Of the thirty-one attacks recorded between January and March, twenty-two took place on the stretch below Hollin "
    "where the patrol spends most of its hours, and only nine on the upper river, where it rarely goes. Before the "
    "patrol began, the proportions were almost exactly the same.",
    "The better explanation lies upstream. In December the largest of the armed groups on the lower river lost its "
    "leader, and the two factions that replaced him have spent the months since fighting each other rather than "
    "raiding barges.[2] Their quarrel, not the patrol, emptied the river of raiders between Hollin and Sarrowfield.",
    "This matters because the quarrel will end. Either one faction will absorb the other, or both will be worn down "
    "enough to agree terms, and in either case the survivors will need money. The barges will again be the easiest "
    "source of it.",
    "Officials should use the respite to build what the patrol lacks: a way to follow money as well as boats. The "
    "raiders sell most of what they take through grain traders in Sarrowfield who pay in cash and keep no records. A "
    "licensing scheme for those traders, enforced by the river states together, would do more to protect the corridor "
    "than a second patrol.",
    "None of this is an argument against the patrol. It is an argument against mistaking a lull for a victory.",
) + [
    "Notes",
    "",
    ">1. Velt River Commission, Quarterly Navigation Report, January\u2013March 2031, p. 4.",
    ">2. Interviews with barge owners and former fighters, Hollin, February 2031.",
    "",
    "Signe Arrowsmith-Baptiste leads the river security programme at the Kestrelmoor Policy Forum.",
    "",
    "Emeric Doyle-Nakamura writes a weekly column on trade and transport for the Sarrowfield Courier.",
    "",
    "The views expressed are the authors' own.",
    "",
    "Kestrelmoor Policy Forum \u2022 14 Lantern Row, Hollin \u2022 \u00a9 2031",
]

# 5. A bio "NAME writes for ..." followed by a stray share-bar remnant ("X" alone on a line) and then "[n]" notes.
q05 = [
    "Skip to content",
    "",
    "THE FENWICK DISPATCH",
    "",
    "World  Region  Analysis  Podcasts  Newsletters",
    "",
    "Analysis",
    "",
    "Why the Salt Road Militias Stopped Fighting Each Other",
    "",
    "By Anneliese Koranteng",
    "Updated: Jun 2, 2031",
    "",
] + body(
    "For most of the last decade the two militias that share the salt road across the Orrin flats were better known for "
    "fighting each other than for anything else. Their feud closed the road for weeks at a time and drove most of the "
    "caravan trade to the longer route through the hills.[1]",
    "Since the autumn the feud has gone quiet. The checkpoints are still there, and both militias still charge the "
    "caravans for passage, but there have been no clashes between them since October and the road has been open every "
    "day.",
    "The reason, according to traders and local officials, is a deal over the tolls. Instead of each militia charging "
    "the caravans at its own checkpoints, they now charge a single toll at the eastern end of the road and divide it "
    "according to a ratio that was settled, after weeks of talks, by the elders of the oasis towns.[2]",
    "The deal has made the road cheaper for traders, who used to pay twice, and more profitable for the militias, who "
    "no longer lose men or income to the feud. It has also made both groups harder to dislodge. A single toll is easier "
    "to defend than a string of checkpoints, and the money it brings in is shared by fighters who once had every reason "
    "to betray each other.",
    "The regional government, which claims the flats but has not sent troops there since 2026, has said nothing about "
    "the deal. Its silence is a choice. A government that cannot keep the road open itself has little to gain from "
    "reopening a feud that at least kept the militias weak.",
    "What the traders fear is that the deal will not last. The ratio was set when both militias were exhausted. If one "
    "of them recovers faster, it may want a larger share, and the elders who brokered the deal have no way to enforce "
    "it.[3]",
) + [
    "Anneliese Koranteng writes for The Fenwick Dispatch on the politics of the desert borderlands.",
    "",
    "X",
    "",
    "Notes",
    "",
    ">[1] Orrin Chamber of Commerce, annual trade figures for 2029 and 2030.",
    ">[2] Interviews with traders and officials in the oasis towns, March and April 2031.",
    ">[3] Interview with an elder of Qasr Talin, April 2031.",
    "",
    "Recommended",
    "The Caravans That Still Take the Hill Route",
    "",
    "\u00a9 The Fenwick Dispatch 2031 | Cookie settings | Privacy",
]

# 6. Everything at once: "Assessment:" right under a photo caption, "Background:" later, a condensed pull quote, an
#    attributed quotation, two co-authors' bios under "About the authors" ("NAME leads ...", "NAME reports on ..."), a
#    stray "X" then numbered notes.
q06 = [
    "Corriemuir Security Review",
    "",
    "Topics | Regions | Reports | Podcast | About",
    "",
    "Report",
    "",
    "Drones Over the Tarn Valley: Cheap Machines and an Expensive Lesson",
    "",
    "By Lucasta Penhaligon-Oyo and Radomir Achebe-Lindqvist",
    "Jul 9, 2031",
    "",
    "A farmer inspects the wreckage of a small drone near the village of Hesk. (Photo: Corriemuir Security Review)",
    ">Assessment:",
    "",
] + body(
    "The armed groups of the Tarn valley have learned to use small commercial drones faster than the forces sent to "
    "contain them have learned to stop them. In the past year the drones have been used to watch convoys, to drop "
    "leaflets on villages and, since March, to drop grenades on checkpoints.[1]",
    "The provincial forces have answered with jammers bought in haste and deployed without training. The jammers work, "
    "when they work, but they also silence the radios of the troops who carry them, and several units have switched "
    "them off rather than lose contact with their commanders.",
) + [
    ">Background:",
    "",
] + body(
    "Commercial drones first appeared in the valley in 2029, when a smuggling crew used one to watch the police post at "
    "Hesk. Within a year every group of any size had a few, bought from electronics shops in the provincial capital or "
    "carried across the mountains from the north.",
    "The machines are cheap enough to lose. A group that sends one over a checkpoint and loses it to a lucky shot has "
    "lost less than the price of a rifle, and it has usually learned where the checkpoint's guards sleep.",
    "A company commander at the Hesk post described the change in a single sentence. \"We used to worry about men in "
    "the trees, and now we worry about the sky,\" he said. His unit has lost no one to the drones, but it has stopped "
    "lighting fires at night.[2]",
) + [
    "\"Jammers silence the drones, and the troops' own radios with them.\"",
    "",
] + body(
    "The lesson is not that the provincial forces need better jammers, though they do. It is that a cheap technology "
    "reaches the groups long before it reaches the forces, because the groups buy what works while the forces wait for "
    "a tender.",
    "A standing budget for commercial equipment, spent by commanders in the valley rather than by a procurement office "
    "in the capital, would close much of that gap. It would also let units test what they buy before they depend on it.",
) + [
    "About the authors",
    "",
    "Lucasta Penhaligon-Oyo leads the Corriemuir Security Review's work on the northern provinces.",
    "",
    "Radomir Achebe-Lindqvist reports on the Tarn valley for regional newspapers and broadcasters.",
    "",
    "X",
    "",
    "Notes",
    "",
    ">1. Provincial Command, statement on drone attacks at Hesk and Varrow, 18 March 2031.",
    ">2. Interviews with soldiers and officers of the Hesk post, May 2031.",
    "",
    "\u00a9 2031 Corriemuir Security Review | Terms | Privacy",
]

PAGES = [
    ("q01_runin_labels_under_caption_site_wide", q01,
     dict(title="Harbour Levies and the Quiet Growth of the Lenmouth Militias", authors=["Caradoc Pellinger-Ames"],
          date="2031-03-03", kind="policy paper", publication="Halloran Desk"),
     "url: https://halloran-desk.example.org/research/lenmouth-harbour-levies"),
    ("q02_runin_label_under_byline_three_coauthor_bios", q02,
     dict(title="Ferry Passes and the Trade in Forged Residence Papers",
          authors=["Wilhelmina Osei-Strand", "Jory Tavendale", "Piet Hollenbrook"],
          date="2031-04-14", kind="briefing", publication="Halloran Desk"),
     None),
    ("q03_condensed_pull_quotes_attributed_quote_reports_on_bio", q03,
     dict(title="A Recall Vote Tests the Mayor Who Made Peace with the Quarry Gangs", authors=["Ottilie Ravensworth"],
          date="2031-05-14", kind="news", publication="The Upland Ledger"),
     "url: https://upland-ledger.example/security/durnholt-recall-vote"),
    ("q04_coauthor_bios_leads_writes_column_after_notes", q04,
     dict(title="The Grain Corridor Is Safer, but Not for the Reasons Officials Claim",
          authors=["Signe Arrowsmith-Baptiste", "Emeric Doyle-Nakamura"],
          date="2031-06-22", kind="commentary", publication="Kestrelmoor Policy Forum"),
     None),
    ("q05_writes_for_bio_stray_x_then_bracket_notes", q05,
     dict(title="Why the Salt Road Militias Stopped Fighting Each Other", authors=["Anneliese Koranteng"],
          date="2031-06-02", kind="analysis", publication="The Fenwick Dispatch"),
     "url: https://fenwick-dispatch.example.com/analysis/salt-road-militias"),
    ("q06_caption_runin_pull_quote_coauthor_bios_stray_x", q06,
     dict(title="Drones Over the Tarn Valley: Cheap Machines and an Expensive Lesson",
          authors=["Lucasta Penhaligon-Oyo", "Radomir Achebe-Lindqvist"],
          date="2031-07-09", kind="report", publication="Corriemuir Security Review"),
     None),
]

def check(name, title):
    """The label ranges name real non-blank lines, do not overlap, and leave the title line out."""
    import re
    lines = open(name + ".txt").read().split("\n")[:-1]
    ranges = re.search(r"text: \[(.*)\]", open(name + ".labels.yml").read()).group(1).split(", ")
    seen = set()
    for r in ranges:
        a, _, b = r.partition("-")
        for n in range(int(a), int(b or a) + 1):
            assert n not in seen and 1 <= n <= len(lines), (name, n)
            assert lines[n - 1].strip() and lines[n - 1].strip() != title, (name, n)
            seen.add(n)
    assert title in (l.strip() for l in lines), name


if __name__ == "__main__":
    for name, lines, labels, sidecar in PAGES:
        write(name, lines, labels, sidecar)
        check(name, labels["title"])
    print("wrote and checked", len(PAGES), "pages")
