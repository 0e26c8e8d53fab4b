# Writes the invented files of this folder (wholes20 new cases, issue 6: written after the wholes20 rules, labelled
# before their one run). Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap, arts  # noqa: E402


def paras(i, art, ps, blank=True, width=68):
    for p in ps:
        i.para(p, art, width)
        if blank: i.add()


# 1. Contents in two columns run together, every page after a single space; the left column runs on below the right
#    one to a title in capitals over its author's name dotted to the page; a brief credited to a research team right
#    after the previous brief's prose; bare-name bylines; sidecar with the publication.
i = Issue("x01_two_columns_single_space_team_credit")
pub = "Northern Passes Review"
i.add("NORTHERN PASSES REVIEW"); i.add("Volume 3 · Number 5 · May 2032"); i.add()
i.add("WHAT'S INSIDE")
i.add("SHORT REPORTS ...................... 1      ON THE ROAD")
i.add("Snow closes the Vardak tunnel 1             Drivers pay for the night convoy 6")
i.add("A new post at the Orsa bridge 2             The mechanic of Lower Hask 7")
i.add("THE SALT TRADERS OF THE HIGH PASS")
i.add("Leonie Abara-Westfall ............. 3"); i.add()
i.add("SHORT REPORTS"); i.add()
i.add("Snow Closes the Vardak Tunnel"); i.add("Gustav Mensah-Lorre"); i.add()
paras(i, 0, [
    "The Vardak tunnel, the only route across the northern range between November and April, was closed for nine days in "
    "March after an avalanche buried its southern entrance. Lorries queued for twenty kilometres on the approach road.",
    "The road authority says the entrance will be roofed over by next winter. Drivers say they have heard that before.",
])
i.add("A New Post at the Orsa Bridge"); i.add("Monitor research team"); i.add()
paras(i, 1, [
    "The border police opened a permanent post at the Orsa bridge in April, replacing the mobile patrol that had checked "
    "traffic there on market days. The post has six officers and a scanner for lorries.",
    "Traders on both sides of the river say the post has already slowed the crossing and that the fees charged informally "
    "by the old patrol have not stopped, only moved to the far bank.",
])
i.add("THE SALT TRADERS OF THE HIGH PASS"); i.add("Leonie Abara-Westfall"); i.add()
paras(i, 2, [
    "For three centuries salt crossed the high pass on the backs of mules, and for most of that time the families who "
    "drove the mules were the only people who knew the way. The road built in the 1990s put most of them out of work. A "
    "few stayed on, and in the last five years their trade has revived.",
    "What they carry now is not only salt. Border officials say the old mule tracks, which avoid every checkpoint on the "
    "road, are used to move fuel, cigarettes and, on at least two occasions last year, people. The traders say they carry "
    "what they are paid to carry and ask no questions.",
    "The provincial government has promised to put patrols on the tracks. It has not said who would walk them, and the "
    "border police, who have no mules, have not volunteered.",
])
i.add("ON THE ROAD"); i.add()
i.add("Drivers Pay for the Night Convoy"); i.add("Ragnhild Obi-Castell"); i.add()
paras(i, 3, [
    "Since January lorries crossing the eastern plateau at night have travelled in a convoy escorted by a private "
    "security company. Each driver pays a fee to join, and those who do not join say they are stopped further on.",
    "The company says it is licensed and that the fee is voluntary. The transport ministry says it is looking into it.",
])
i.add("The Mechanic of Lower Hask"); i.add("Ragnhild Obi-Castell"); i.add()
paras(i, 4, [
    "Every lorry that breaks down on the plateau road ends up at the same garage in Lower Hask, because there is no other "
    "for ninety kilometres. Its owner repairs the lorries and, drivers say, decides which of them may leave.",
    "He denies it and says he only asks to be paid. Two drivers said they had waited a week for parts that arrived the day "
    "after they paid a second fee.",
])
i.write(arts(pub, "2032-05-01", 3, 5,
             ("Snow Closes the Vardak Tunnel", ["Gustav Mensah-Lorre"], "brief"),
             ("A New Post at the Orsa Bridge", [], "brief"),
             ("The Salt Traders of the High Pass", ["Leonie Abara-Westfall"], "feature"),
             ("Drivers Pay for the Night Convoy", ["Ragnhild Obi-Castell"], "brief"),
             ("The Mechanic of Lower Hask", ["Ragnhild Obi-Castell"], "brief")),
        "publication: Northern Passes Review\n")


# 2. One-column dotted contents, titles in capitals over their authors' names dotted to the page; the first title right
#    under the contents with no blank line, over a bare name; a piece credited "By our correspondent" right after the
#    previous piece's prose; no sidecar.
i = Issue("x02_capitals_contents_names_dotted_correspondent")
pub = "Lagoon Affairs Quarterly"
i.add("LAGOON AFFAIRS QUARTERLY"); i.add("No. 14 — July 2032"); i.add()
i.add("CONTENTS")
i.add("THE OYSTER BEDS AND THE NEW HARBOUR")
i.add("Teodor Ndiaye-Brandt ................... 1")
i.add("PUMPS, PERMITS AND THE DRY SEASON ..... 3")
i.add("WHO OWNS THE SANDBANKS")
i.add("Ximena Okonjo-Hale ..................... 4")
i.add("The Oyster Beds and the New Harbour"); i.add("Teodor Ndiaye-Brandt"); i.add()
paras(i, 0, [
    "The oyster beds of the northern lagoon fed four villages for as long as anyone can remember. Since the new harbour was "
    "dredged two years ago, the water over the beds has turned cloudy, and the oysters have begun to die.",
    "The harbour company says the dredging met every condition of its permit. The villagers say nobody asked them about the "
    "permit, and that the company's divers were seen on the beds at night after the first deaths were reported.",
    "A university team has taken samples from the beds. Its report is due in the autumn. Until then the villages are "
    "buying oysters from the south, at prices the fishermen who once sold them cannot pay.",
])
i.add("Pumps, Permits and the Dry Season"); i.add("By our correspondent"); i.add()
paras(i, 1, [
    "Every dry season the lagoon's farmers pump water from the channels onto their fields, and every dry season there is "
    "less of it. This year the water board issued permits for the pumps for the first time and sold more of them than the "
    "channels can supply.",
    "Farmers without permits pump at night. Those with permits say they pay for water that their neighbours take for free, "
    "and two fights between pump crews were reported to the police in June.",
])
i.add("Who Owns the Sandbanks"); i.add("Ximena Okonjo-Hale"); i.add()
paras(i, 2, [
    "The sandbanks at the mouth of the lagoon appear and disappear with the storms, and for that reason they belong, "
    "according to the land registry, to nobody. That has not stopped three families from claiming them.",
    "Each family has built huts on the banks and charges the fishermen who land there. The coast guard says the banks are "
    "public land; the families say the coast guard has never landed on them.",
    "A court in the provincial capital will hear the first of the claims in September. Lawyers for the families say they "
    "will ask the court to recognise a custom that is older than the registry.",
])
i.write(arts(pub, "2032-07-01", "null", 14,
             ("The Oyster Beds and the New Harbour", ["Teodor Ndiaye-Brandt"], "feature"),
             ("Pumps, Permits and the Dry Season", [], "feature"),
             ("Who Owns the Sandbanks", ["Ximena Okonjo-Hale"], "feature")), "")
os.remove("x02_capitals_contents_names_dotted_correspondent.yml")


# 3. Contents in a ╔═╗ frame with the titles only; the first title right under the frame with no blank line; paragraphs
#    set apart by indents with no blank lines; bare-name bylines; bios closing each piece; sidecar with the publication.
def ipara(i, text, art):
    for k, line in enumerate(wrap(text, 66)):
        i.add(("    " if k == 0 else "") + line, art)


i = Issue("x03_frame_contents_indented_first_title_under_frame")
pub = "Riverine Security Digest"
i.add("RIVERINE SECURITY DIGEST"); i.add("Volume 12, Issue 4 — April 2032")
rows = ["This issue", "The Barge Pirates of the Middle Reach .......... 1", "A Levee Built on Promises ...................... 4"]
i.add("╔" + "═" * 54 + "╗")
for r in rows: i.add("║ " + r.ljust(52) + " ║")
i.add("╚" + "═" * 54 + "╝")
i.add("The Barge Pirates of the Middle Reach"); i.add("Olumide Harrington-Sato")
for p in [
    "On the middle reach of the river, where the channel narrows between two wooded islands, barges slow to walking pace, "
    "and that is where the pirates wait. They come out in small boats, climb aboard, and take fuel, cargo and the crew's "
    "phones before the barge has cleared the islands.",
    "The barge owners' association counted forty boardings last year, twice as many as the year before. The river police "
    "recorded eleven. The difference, the association says, is the number of crews who no longer bother to report.",
    "The police say they have asked for two fast boats and a base on the larger island. The ministry has approved the base "
    "but not the boats, and the base, for now, is a tent.",
]:
    ipara(i, p, 0)
i.para("Olumide Harrington-Sato covers river transport for a shipping weekly.", None)
i.add("A Levee Built on Promises"); i.add("Franziska Oyebanji-Moor")
for p in [
    "The levee that protects the town of Sallow from the spring floods was meant to be raised by a metre after the flood of "
    "2029. The contract was signed, the money was paid, and the levee is the same height it was.",
    "The contractor says the work was done on the section that mattered most and that the rest awaits a second payment. "
    "The town council says it paid for the whole levee. Nobody has been able to find the section that was raised.",
    "The spring floods are due in three weeks. The council has bought sandbags.",
]:
    ipara(i, p, 1)
i.para("Franziska Oyebanji-Moor is an engineer who writes on flood defences.", None)
i.write(arts(pub, "2032-04-01", 12, 4,
             ("The Barge Pirates of the Middle Reach", ["Olumide Harrington-Sato"], "feature"),
             ("A Levee Built on Promises", ["Franziska Oyebanji-Moor"], "feature")),
        "publication: Riverine Security Digest\n")


# 4. Two columns run together, the left column's pages after two spaces, the right one's after leaders; briefs under
#    BRIEFS each over a bare name, one credited "By the editors" after the previous brief's prose; a feature "By A and B"
#    with [n] notes; no sidecar.
i = Issue("x04_two_columns_mixed_pages_editors_credit")
pub = "Frontier Markets Bulletin"
i.add("FRONTIER MARKETS BULLETIN"); i.add("Vol. 6, No. 11  |  November 2032"); i.add()
i.add("BRIEFS  1                                   FEATURE")
i.add("Cattle prices fall at Osmer  1              Counting the Border Shops ......... 3")
i.add("The editors on the fuel quota  2            Idris Kamara-Fell and Jo Wendt"); i.add()
i.add("BRIEFS"); i.add()
i.add("Cattle Prices Fall at Osmer"); i.add("Beatrix Onwuka-Salo"); i.add()
paras(i, 0, [
    "Cattle prices at the Osmer market fell by a third in October, after the border was closed to herds from the south. "
    "Traders say the buyers from the capital stopped coming when the southern herds did.",
    "The closure is meant to stop a cattle disease reported across the border. Herders say they have seen no sign of it.",
])
i.add("The Editors on the Fuel Quota"); i.add("By the editors"); i.add()
paras(i, 1, [
    "The government's new fuel quota for the border districts is meant to end smuggling. It will more likely end the "
    "legal trade, because the quota is smaller than what the districts' farms and lorries use in a month.",
    "We have written before that smuggling follows the price gap, not the border. The quota widens the gap.",
])
i.add("Counting the Border Shops"); i.add("By Idris Kamara-Fell and Jo Wendt"); i.add()
paras(i, 2, [
    "There are, by our count, four hundred and twelve shops within a kilometre of the border between Osmer and the coast. "
    "Ten years ago there were fewer than a hundred.[1] Most sell the same few goods: fuel in plastic cans, cigarettes, "
    "cooking oil and phone credit.",
    "The shops are not illegal. They are licensed by the district and pay its taxes. But their owners told us that most of "
    "what they sell crosses the border at night, and that the licence fee is the smallest of the payments they make.[2]",
    "The government's answer, the fuel quota, will not close the shops. It will raise the price of what they sell and, if "
    "the last quota is a guide, the number of shops that sell it.[3]",
])
i.add("Notes"); i.add()
for n in ["[1] District trade register, 2022 and 2032.", "[2] Interviews with shop owners in Osmer and Tallis, September 2032.",
          "[3] Ministry of Energy, fuel quota order, October 2032."]:
    i.add(n, 2)
i.write(arts(pub, "2032-11-01", 6, 11,
             ("Cattle Prices Fall at Osmer", ["Beatrix Onwuka-Salo"], "brief"),
             ("The Editors on the Fuel Quota", [], "brief"),
             ("Counting the Border Shops", ["Idris Kamara-Fell", "Jo Wendt"], "feature")), "")
os.remove("x04_two_columns_mixed_pages_editors_credit.yml")
