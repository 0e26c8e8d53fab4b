# Writes the invented files of this folder (lead19 new cases, issue 6: written after the nineteenth session's rules,
# labelled before their one run). Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap, arts  # noqa: E402


def paras(i, art, ps, blank=True):
    for p in ps:
        i.para(p, art)
        if blank: i.add()


# 1. Contents drawn in an ASCII box; the last piece signed at its end ("— NAME, Place") right over a CONTRIBUTORS label.
i = Issue("p01_ascii_box_contents_signed_over_contributors")
pub = "Saltmarsh Security Letter"
i.add("SALTMARSH SECURITY LETTER"); i.add("Volume 6, Number 3  ·  March 2031"); i.add()
i.add("+----------------------------------------------------------------+")
i.add("|  IN THIS ISSUE                                                 |")
i.add("|                                                                |")
i.add("|  Ferry Routes and the New Checkpoints .................... 2   |")
i.add("|     Anselm Vurgun-Taylor                                       |")
i.add("|  The Salt Pans After the Flood ........................... 4   |")
i.add("|     Rosalind Achterberg                                        |")
i.add("|  Night Traffic on the Causeway ........................... 6   |")
i.add("|     Odile Marchetti-Kane                                       |")
i.add("+----------------------------------------------------------------+"); i.add()
i.add("Ferry Routes and the New Checkpoints"); i.add("By Anselm Vurgun-Taylor"); i.add()
paras(i, 0, [
    "For most of the last decade the three ferries that cross the Wendel estuary carried farmers, schoolchildren and the "
    "occasional lorry of salted fish. Since January they have also carried soldiers. The provincial command placed a checkpoint "
    "at each landing after a series of night raids on the fuel depots of the southern shore, and the crossing that once took forty "
    "minutes now takes most of a morning.",
    "The checkpoints are not hostile places. The conscripts who staff them are mostly from the estuary towns themselves, and they "
    "search bags with an air of apology. But they search every bag, and they write down every name, and the lists are sent each "
    "evening to an office in the provincial capital that nobody on the ferries has ever seen.",
    "Traders say the delay has already changed the market. Fish that used to reach the northern towns on the day it was landed now "
    "arrives a day later, and buyers pay less for it. Two of the smaller cooperatives have stopped sending boats across at all and "
    "sell instead to a dealer from the interior who comes by road and pays in cash, without receipts.",
    "That dealer, several fishermen said, is not only buying fish. His lorries return to the interior with drums of diesel bought "
    "cheaply on the southern shore, the same fuel the raids on the depots were meant to seize. The checkpoints on the ferries, in "
    "other words, may have moved the fuel trade onto the one road nobody is watching.",
    "The provincial command declined to comment on the road. A spokesman said the ferry checkpoints had reduced the raids and would "
    "stay in place until the end of the dry season at least.",
])
i.add("Saltmarsh Security Letter  |  March 2031  |  3"); i.add()
i.add("The Salt Pans After the Flood"); i.add("Rosalind Achterberg"); i.add()
paras(i, 1, [
    "When the sea wall at Grisholm failed in November, the water took the salt pans first. The shallow basins that had supplied "
    "the coast with salt for two centuries filled with mud in a single night, and the families who worked them moved inland to "
    "the camp the relief agencies set up on the old airfield.",
    "Four months later the camp is still there, and so are most of the families. The pans cannot be cleared until the wall is "
    "rebuilt, and the wall cannot be rebuilt until the province and the national government agree on who pays for it. In the "
    "meantime the camp has become a small town, with its own market, its own school and, according to its residents, its own "
    "recruiters.",
    "The recruiters come from the militia that holds the marsh villages to the east. They offer young men a monthly wage larger "
    "than anything the salt pans ever paid, and they offer it in a place where there is no other work. Camp elders say at least "
    "thirty men have gone with them since the new year.",
    "Relief workers are aware of the problem but say they have no mandate to stop it. Their task is food, shelter and water, and "
    "the camp has all three. What it does not have is a reason for anyone to believe that the salt pans will ever reopen.",
    "Until that changes, the militia will keep its best recruiting ground within walking distance of the provincial capital.",
])
i.add("Night Traffic on the Causeway"); i.add()
paras(i, 2, [
    "The causeway to Harl Island is closed to vehicles after dark. Everyone on the island knows this, and everyone on the island "
    "knows that the rule is not enforced. Between midnight and dawn a steady stream of pickups crosses in both directions, "
    "headlights off, moving slowly on the wet stones.",
    "I spent six nights at the island end of the causeway in February, in the house of a retired lighthouse keeper who has "
    "counted the traffic for years out of habit. His notebooks show the crossings doubling since the ferry checkpoints opened on "
    "the mainland. The pickups carry fuel one way and cigarettes the other, and on some nights they carry people.",
    "The island's police post has two officers and one car. The senior officer told me, without much embarrassment, that he does "
    "not go near the causeway at night because he does not want to be shot. He has asked the provincial command for "
    "reinforcements three times and received no answer.",
    "Islanders are divided. Some work for the smugglers and are grateful for the money. Others are frightened of them and would "
    "like the army to come. Most simply keep their doors shut after dark and wait for the tide, which twice a month covers the "
    "causeway and stops the traffic for a few hours.",
])
i.add("— Odile Marchetti-Kane, Port Sarrow"); i.add()
i.add("CONTRIBUTORS"); i.add()
i.para("Anselm Vurgun-Taylor is a journalist based in the estuary towns who has covered the southern shore since 2027.", None)
i.para("Rosalind Achterberg is a researcher with a coastal relief consortium and writes on displacement.", None)
i.para("Odile Marchetti-Kane is a freelance reporter who divides her time between Port Sarrow and the islands.", None)
i.write(arts(pub, "2031-03-01", 6, 3,
             ("Ferry Routes and the New Checkpoints", ["Anselm Vurgun-Taylor"], "feature"),
             ("The Salt Pans After the Flood", ["Rosalind Achterberg"], "feature"),
             ("Night Traffic on the Causeway", ["Odile Marchetti-Kane"], "feature")),
        "publication: Saltmarsh Security Letter\n")


# 2. A two-column contents list run together line by line (the left column runs on below the right one); briefs under a
#    section label credited to the organisation's staff and to the editors; an unknown capitals section label over two
#    bylined briefs by one writer; no sidecar.
i = Issue("p02_two_column_contents_staff_briefs_unknown_label")
pub = "Upland Watch Quarterly"
i.add("UPLAND WATCH QUARTERLY"); i.add("No. 41 — April 2031"); i.add("Published by the Kestrin Hills Institute"); i.add()
i.add("CONTENTS")
i.add("IN BRIEF ............................ 2      RIDGE CROSSINGS")
i.add("Grain convoys resume on the ridge road  2      Two bridges, one toll gate ........ 7")
i.add("Checkpoint fees rise again at Marrow Ford 3    Herders move early across the pass  7")
i.add("THE QUIET MINES OF SOREL VALLEY")
i.add("Ilse Brandvold-Okoro ................ 4")
i.add(); i.add()
i.add("IN BRIEF"); i.add()
i.add("Grain Convoys Resume on the Ridge Road"); i.add("Kestrin Hills Institute staff"); i.add()
paras(i, 0, [
    "Grain lorries began using the ridge road again in the second week of March, after a winter in which the route was closed by "
    "snow for a month and by fighting between two village militias for most of another. Drivers reported three checkpoints between "
    "the lowland depots and the market at Tessaly, down from seven in the autumn.",
    "The district council credits a truce negotiated by the elders of the two villages, who agreed in February to share the fees "
    "collected on the road rather than fight over them. Drivers are less impressed: the fees have not fallen, they said, they are "
    "simply collected by fewer men.",
    "Flour prices in the upland markets fell by a fifth within a fortnight of the reopening.",
])
i.add("Checkpoint Fees Rise Again at Marrow Ford"); i.add("By the editors"); i.add()
paras(i, 1, [
    "The armed men who control the crossing at Marrow Ford doubled the fee for a loaded lorry in March, the third increase since "
    "the summer. Traders say the fee now adds more to the price of a sack of cement than the cement itself costs at the quarry.",
    "The men at the ford say they answer to a committee in the town, and the committee says it needs the money to pay for guards "
    "against raiders from across the river. Nobody in the town could name a raid in the past year.",
    "The provincial governor has promised a police post at the ford several times. None has been built.",
])
i.add("Upland Watch Quarterly  ·  2"); i.add()
i.add("The Quiet Mines of Sorel Valley"); i.add("Ilse Brandvold-Okoro"); i.add()
paras(i, 2, [
    "The tin mines of the Sorel valley were closed by the national company fifteen years ago, when the price of tin fell and the "
    "seams grew thin. The shafts were sealed, the workers were paid off, and the valley went back to growing potatoes. Or so the "
    "mining ministry believes.",
    "In fact, at least a dozen of the old shafts have been reopened. The men who work them are former miners and their sons, and "
    "they dig by hand, with tools their fathers kept. The ore is carried down the valley on mules at night and sold to buyers "
    "from the border towns, who pay a fraction of the world price and ask no questions.",
    "The work is dangerous. The old timbering is rotten, and two men died in a collapse last November. Their families received "
    "nothing, because officially there was no mine and no work. The village priest buried them and wrote the cause of death as "
    "an accident on the mountain.",
    "The buyers are the valley's new power. They lend money for tools and food against future ore, and the debts pass from fathers "
    "to sons. Several miners said they had wanted to stop and could not, because the buyers would not let them leave owing money. "
    "One buyer is said to employ armed guards, recruited from a militia disbanded after the last ceasefire.",
    "The mining ministry says it has no reports of illegal mining in the valley. The district police say illegal mining is a "
    "matter for the ministry. In the valley, people have stopped expecting either to come.",
])
i.add("RIDGE CROSSINGS"); i.add()
i.add("Two Bridges, One Toll Gate"); i.add("By Casimir Oduya"); i.add()
paras(i, 3, [
    "The new bridge over the Arden gorge was meant to end the toll that a family of ferrymen had charged for generations at the "
    "old crossing downstream. It has not. The family moved its gate to the head of the new bridge on the day it opened, and the "
    "district engineers, who had not been told who would guard the bridge, did not object.",
    "Travellers now pay the same toll to cross a bridge the state built as they used to pay to cross a river on a raft. The family "
    "says it has a paper from the district granting it the right. The district says it has never seen such a paper.",
])
i.add("Herders Move Early Across the Pass"); i.add("By Casimir Oduya"); i.add()
paras(i, 4, [
    "Herders from the southern plains began driving their flocks up through the Corran pass three weeks earlier than usual this "
    "year, to reach the summer pastures before the militias that hold the upper meadows set up their grazing fees.",
    "The early move has brought them into the high villages while the snow is still on the ground and the villagers' own animals "
    "are still in their winter pens. Two quarrels over water turned into fights in March, and one herder was badly hurt. Elders on "
    "both sides have asked the district for help in marking the routes before the main migration in May.",
])
i.write(arts(pub, "2031-04-01", "null", 41,
             ("Grain Convoys Resume on the Ridge Road", [], "brief"),
             ("Checkpoint Fees Rise Again at Marrow Ford", [], "brief"),
             ("The Quiet Mines of Sorel Valley", ["Ilse Brandvold-Okoro"], "feature"),
             ("Two Bridges, One Toll Gate", ["Casimir Oduya"], "brief"),
             ("Herders Move Early Across the Pass", ["Casimir Oduya"], "brief")), "")
os.remove("p02_two_column_contents_staff_briefs_unknown_label.yml")


# 3. A text-mode browser dump (lynx style) of a web article: [n] link markers in the menu and the text, wrapped and
#    indented paragraphs, and at its end a "References" list of numbered URLs; sidecar with the url.
from corpusgen import write  # noqa: E402
L = []
L += ["   #[1]Coastwise Monitor RSS feed", "", "   [2]Skip to main content", "", "   [3]Coastwise Monitor", "",
      "     * [4]Home", "     * [5]Analysis", "     * [6]Reports", "     * [7]About us", "     * [8]Subscribe", "",
      "Harbour Pilots Say Forged Manifests Are Now Routine at Velmont", "",
      "   By [9]Marguerite Oyelowo-Hartmann | 17 May 2031 | [10]Analysis", ""]
body = [
    "Pilots who guide container ships into the port of Velmont say that forged cargo manifests, once a rarity that customs "
    "officers treated as a scandal, have become so common that nobody bothers to report them. Three pilots interviewed over "
    "two weeks described ships arriving with papers that listed machinery or textiles while their crews openly discussed "
    "fuel, fertiliser and, in one case, hunting rifles. [11]The port authority's own audit last year found discrepancies in "
    "one manifest in six.",
    "The forgeries are not sophisticated. According to the pilots, many are printed on the letterhead of shipping agents that "
    "closed years ago, and some carry stamps from a customs office that was merged into another in 2028. What makes them work "
    "is not their quality but the pressure of time: a ship waiting at anchor costs its owners thousands a day, and officers "
    "who hold a vessel back for a closer inspection are blamed for the queue.",
    "Velmont's customs service lost a third of its inspectors in the budget cuts of 2029, [12]as this site reported at the "
    "time. The scanners bought with a foreign grant in 2026 have been out of service since a power surge last winter, and "
    "the contract to repair them has not been signed. Inspectors now open roughly one container in two hundred, choosing "
    "them, one officer said, by instinct.",
    "The consequences reach well beyond the port. Fertiliser that enters Velmont under a false description can be sold "
    "without the licence the law requires, and investigators in the interior have traced at least two improvised bombs to "
    "bags from a consignment that was declared as floor tiles. [13]A regional monitoring group has asked the government to "
    "publish the results of that investigation; it has not done so.",
    "The port authority says it is aware of the problem and plans to introduce electronic manifests, which would be checked "
    "against the shipping agents' own records before a ship arrives. The plan was first announced in 2027. The pilots are "
    "not hopeful. One of them, who has worked the harbour for twenty years, said the forgers would simply move to another "
    "port, and that the one thing that had ever stopped them was an inspector with the time to look.",
]
for p in body:
    for k, line in enumerate(wrap(p, 74)):
        L.append(">   " + line)
    L.append("")
L += ["   Share: [14]Email [15]Print", "", "   Related: [16]Customs cuts leave ports exposed", "",
      "   © 2031 Coastwise Monitor. All rights reserved.", "", "References", "",
      "   1. https://coastwise-monitor.example/feed/", "   2. https://coastwise-monitor.example/analysis/velmont-manifests#main",
      "   3. https://coastwise-monitor.example/", "   4. https://coastwise-monitor.example/", "   5. https://coastwise-monitor.example/analysis/",
      "   6. https://coastwise-monitor.example/reports/", "   7. https://coastwise-monitor.example/about/",
      "   8. https://coastwise-monitor.example/subscribe/", "   9. https://coastwise-monitor.example/authors/m-oyelowo-hartmann/",
      "  10. https://coastwise-monitor.example/analysis/", "  11. https://coastwise-monitor.example/reports/velmont-audit-2030/",
      "  12. https://coastwise-monitor.example/analysis/customs-cuts-2029/", "  13. https://coastwise-monitor.example/reports/fertiliser-trail/",
      "  14. mailto:?subject=Harbour%20Pilots", "  15. javascript:window.print()", "  16. https://coastwise-monitor.example/analysis/customs-cuts-2029/"]
write("p03_lynx_dump_references_list", L,
      dict(title="Harbour Pilots Say Forged Manifests Are Now Routine at Velmont", authors=["Marguerite Oyelowo-Hartmann"],
           date="2031-05-17", kind="analysis", publication="Coastwise Monitor"),
      sidecar="url: https://coastwise-monitor.example/analysis/velmont-manifests", one_line=False)


# 4. An issue printed without blank lines, paragraphs set apart by an indent; contents in a box drawn with ┌─┐ │ │; the
#    second and third titles wrapped over two lines right under the previous article's bio, each over a bare name line;
#    no sidecar.
def ipara(i, text, art):
    for k, line in enumerate(wrap(text, 66)):
        i.add(("    " if k == 0 else "") + line, art)


i = Issue("p04_indented_no_blank_lines_wrapped_titles")
pub = "Mirefield Review"
i.add("MIREFIELD REVIEW"); i.add("Vol. 2, No. 7 — June 2031")
rows = ["In this number", "The Eel Fishers' War ............................ 1",
        "Sluice Keepers and the Water Debt ............... 3", "What the Dyke Patrols Do Not See ................ 5"]
i.add("┌" + "─" * 54 + "┐")
for r in rows: i.add("│ " + r.ljust(52) + " │")
i.add("└" + "─" * 54 + "┘")
i.add("The Eel Fishers' War"); i.add("Tobiah Mwangi-Ferreira")
for p in [
    "Every spring the young eels come up the Mire river from the sea, and every spring the fishing villages of the lower "
    "delta go to war over them. The war is mostly one of nets and lawyers, but in the last two seasons it has also been one "
    "of boats rammed at night, of nets cut, and of a fisherman from Oosterwal shot in the leg on the open water.",
    "The eels are worth more than anything else the delta produces. Buyers from abroad pay for a kilogram of live glass eels "
    "what a farmer earns from a field of barley, and the trade in them has been restricted since 2029. The restriction "
    "created a licence, and the licence created a black market, and the black market created the gangs that now decide who "
    "fishes where.",
    "The river police have four boats for two hundred kilometres of channels. Their commander says the gangs know where the "
    "boats are every night, because the gangs pay the men who refuel them. He has asked for radios that cannot be overheard. "
    "He has been told they are too expensive.",
    "In the villages, fishermen have begun to sell their licences to the gangs rather than risk the water. The gangs fish the "
    "licences and keep the catch; the fishermen keep a fee and their lives. It is, one of them said, the first season in "
    "forty years that his family has made money from eels without touching one.",
]:
    ipara(i, p, 0)
i.para("Tobiah Mwangi-Ferreira reports on the delta for regional newspapers and has written on fisheries since 2025.", None)
i.add("Sluice Keepers and the"); i.add("Water Debt"); i.add("Hanne Okafor-Lindgren")
for p in [
    "The sluices of the delta were built to keep the sea out and the river in, and for a century they were kept by men the "
    "water board appointed and paid. The board ran out of money in the drought of 2028. The sluice keepers did not leave. "
    "They began charging the farmers instead.",
    "A farmer on the eastern polders now pays his sluice keeper twice: once in the water rate the board still collects, and "
    "once in cash to the man who opens the gate. Those who refuse find their fields flooded or dry at the wrong time of year. "
    "Several farmers described the second payment as a debt that can never be repaid, because it is renewed every season.",
    "Some of the keepers have gone further. On the northern polders, three sluices are now held by a family that also owns "
    "the only grain store, and farmers who sell their harvest elsewhere find the water late. The water board knows this and "
    "says it can do nothing until its budget is restored.",
    "The provincial assembly will debate the board's budget in the autumn. Until then the keepers will keep the water, and the "
    "farmers will keep paying for it twice.",
]:
    ipara(i, p, 1)
i.para("Hanne Okafor-Lindgren teaches water management at a technical college in the delta capital.", None)
i.add("What the Dyke Patrols"); i.add("Do Not See"); i.add("Benedikt Asante-Rowe")
for p in [
    "The volunteer dyke patrols walk the sea walls of the delta every night from October to March, looking for leaks, slips "
    "and the burrows of animals that can weaken a dyke from inside. They carry torches, notebooks and, since last winter, a "
    "phone number to call if they see boats landing where no boat should land.",
    "The number was the idea of the coast guard, which has too few ships to watch the shore. In its first season the patrols "
    "called it more than sixty times. The coast guard says it responded to eleven of the calls and made two arrests; the rest, "
    "it says, were fishermen or false alarms.",
    "The patrol members are not convinced. Several described boats unloading boxes onto the dyke at two in the morning, "
    "vehicles waiting without lights on the service road, and men who told them to walk on and forget what they had seen. "
    "One patrol leader said her volunteers had begun to skip the stretch near the old pumping station because they were "
    "afraid of it.",
    "The dykes are still walked. But there are now parts of the sea wall that nobody watches at night, and the people who land "
    "there know it.",
]:
    ipara(i, p, 2)
i.para("Benedikt Asante-Rowe is a former coast guard officer who now writes on maritime crime.", None)
i.write(arts(pub, "2031-06-01", 2, 7,
             ("The Eel Fishers' War", ["Tobiah Mwangi-Ferreira"], "feature"),
             ("Sluice Keepers and the Water Debt", ["Hanne Okafor-Lindgren"], "feature"),
             ("What the Dyke Patrols Do Not See", ["Benedikt Asante-Rowe"], "feature")), "")
os.remove("p04_indented_no_blank_lines_wrapped_titles.yml")


# 5. Contents entries "Section — subject — page": an analysis listed by its title's last words, an interview by its
#    subject's rank and name; the interview under a CONVERSATION label with a short introduction ending "He spoke with
#    NAME."; a commentary signed at its end ("— NAME, Place") right over an "About the authors" label.
i = Issue("p05_section_subject_page_contents_conversation")
pub = "Ashgrove Strategic Review"
i.add("ASHGROVE STRATEGIC REVIEW"); i.add("Volume 9 · Issue 2 · July 2031"); i.add()
i.add("THIS ISSUE"); i.add()
i.add("Analysis — the long wait at Kessick Crossing — 2")
i.add("Conversation — Rear Admiral (ret.) Halvard Oyelaran-Strand — 5")
i.add("Commentary — river patrols that never sailed — 8"); i.add(); i.add()
i.add("ANALYSIS"); i.add()
i.add("Smugglers, Soldiers and the Long Wait at Kessick Crossing"); i.add("By Rutger Nwachukwu-Ellis"); i.add()
paras(i, 0, [
    "Kessick Crossing is the only bridge over the Orrin for ninety kilometres, and on an ordinary day some four hundred lorries "
    "queue to cross it. Since the army took over the checkpoint from the customs service in March, the queue has stretched to "
    "three days. Drivers sleep in their cabs, and a market of food stalls, mechanics and money changers has grown up along the "
    "verge.",
    "The army's stated purpose is to stop weapons moving south to the insurgents in the hill districts. Officers at the bridge "
    "say they have found rifles hidden in loads of timber and ammunition under sacks of onions. They have not said how many, "
    "and the ministry of defence has published no figures.",
    "What the queue has certainly done is create a market in places near its front. Drivers describe a system of fixers who, "
    "for a fee, move a lorry forward by a day or more. Several said the fixers work openly with junior officers and that the "
    "fee is shared. A driver who refuses to pay may find his load searched twice and his papers questioned.",
    "The smugglers, by most accounts, are unaffected. They pay the highest fees and cross first, while honest hauliers wait. "
    "The effect of the checkpoint, several traders argued, has been to raise the price of crossing for everyone and to make "
    "the crossing itself a source of income for the men meant to police it.",
    "None of this is unusual for a checkpoint run by soldiers who are poorly paid and rarely rotated. What is unusual is the "
    "scale: at three days' wait, the bridge now sets the price of flour, fuel and cement for a region of two million people.",
])
i.add("Ashgrove Strategic Review  |  Volume 9 · Issue 2  |  4"); i.add()
i.add("CONVERSATION"); i.add()
i.add("‘A Flotilla Needs Fuel Before It Needs Guns’"); i.add()
paras(i, 1, [
    "Rear Admiral (ret.) Halvard Oyelaran-Strand commanded the Orrin river flotilla from 2024 to 2029, when it was reduced to "
    "a handful of boats. Since his retirement he has advised the provincial government on river security. He spoke with Priya "
    "Lindqvist-Mensah.",
    "Q: When you took command, what did the flotilla actually do?",
    "A: It patrolled the river from the delta to the falls, which is about three hundred kilometres, and it did so every day. "
    "We had twenty-two boats and enough fuel for perhaps fifteen of them to be on the water at once. That was enough to be "
    "seen, and on a river being seen is most of the job.",
    "Q: What changed?",
    "A: The fuel budget was cut first, in 2027, and then the maintenance budget. A boat that cannot be repaired is a boat that "
    "stays at the quay. By the time I left we had nine boats that could sail and fuel for four. The smugglers noticed within a "
    "month.",
    "Q: The government says the army's checkpoints on the bridges make up for it.",
    "A: A bridge is one point on a long river. The people who move weapons do not need the bridges; they need a boat and a dark "
    "night. The checkpoints catch lorries. They do not catch boats, and they were never meant to.",
    "Q: What would you do with more money?",
    "A: Buy fuel before anything else. The boats we have are good enough. What they lack is the means to leave the quay. A "
    "flotilla needs fuel before it needs guns, and it needs crews who are paid on time before it needs either.",
])
i.add("COMMENTARY"); i.add()
i.add("The River Patrols That Never Sailed"); i.add()
paras(i, 2, [
    "Every government that has ruled the Orrin valley in the past twenty years has promised to secure the river, and every one "
    "of them has done it by announcing patrols. The patrols are announced with photographs of new boats at a quay. The photographs "
    "are the last anyone sees of them.",
    "This is not because the boats are stolen, though some are. It is because a patrol boat is the cheapest part of a patrol. "
    "The expensive parts are the fuel, the engines that must be rebuilt every two years, the crews who must be trained and paid, "
    "and the radios that must work at night. None of these make a good photograph, and none of them appear in the budget lines "
    "that the announcements are built on.",
    "The result is a river that is patrolled on paper and empty in practice. The people who use it for smuggling know this better "
    "than anyone, and they plan around the few boats that do sail, whose schedules are no secret in the riverside towns.",
    "If the provincial government wants a different result, it should stop buying boats and start paying for the ones it has. "
    "A five-year budget for fuel and crews would cost less than the last two rounds of new boats, and it would have the novel "
    "effect of putting them on the water.",
])
i.add("— Selma Achebe-Varga, Lake Orrin"); i.add()
i.add("About the authors"); i.add()
i.para("Rutger Nwachukwu-Ellis is a security analyst who has followed the Orrin valley conflict since 2026.", None)
i.para("Priya Lindqvist-Mensah is the review's deputy editor.", None)
i.para("Selma Achebe-Varga is a former provincial legislator and a member of the valley's river commission.", None)
i.write(arts(pub, "2031-07-01", 9, 2,
             ("Smugglers, Soldiers and the Long Wait at Kessick Crossing", ["Rutger Nwachukwu-Ellis"], "analysis"),
             ("‘A Flotilla Needs Fuel Before It Needs Guns’", ["Priya Lindqvist-Mensah"], "interview"),
             ("The River Patrols That Never Sailed", ["Selma Achebe-Varga"], "commentary")),
        "publication: Ashgrove Strategic Review\n")


# 6. Contents in a ┌─┐ box with pages first; an unknown capitals section label over two bylined briefs by one writer; a
#    brief under another unknown label credited to the organisation's staff; a feature signed at its end over a "Notes on
#    contributors" label; no sidecar.
i = Issue("p06_unicode_box_label_briefs_staff_signed_feature")
pub = "The Fenwater Ledger"
i.add("THE FENWATER LEDGER"); i.add("Issue 18  —  August 2031"); i.add()
rows = ["INSIDE", "", "2   SHORELINE", "      Dredgers return to the Salt Channel", "      Ferry captains form a union",
        "3   AROUND THE TRUST", "      A new tide gauge at Harrowby", "4   Who Owns the Tidal Flats?"]
i.add("┌" + "─" * 50 + "┐")
for r in rows: i.add("│ " + r.ljust(48) + " │")
i.add("└" + "─" * 50 + "┘"); i.add()
i.add("SHORELINE"); i.add()
i.add("Dredgers Return to the Salt Channel"); i.add("By Yusuf Aalto-Brenner"); i.add()
paras(i, 0, [
    "Two dredgers hired by the port of Harrowby began clearing the Salt Channel in July, a year after silt closed it to all "
    "but the smallest boats. The channel is the shortest route from the fishing harbour to the open sea, and its closure had "
    "forced the fleet to take a longer course past the sandbanks, where two boats ran aground last winter.",
    "Fishermen welcomed the work but said they had been told it would start in the spring. The port blamed a dispute over who "
    "would pay for it; the dredging contract was signed only after the regional council agreed to share the cost.",
])
i.add("Ferry Captains Form a Union"); i.add("By Yusuf Aalto-Brenner"); i.add()
paras(i, 1, [
    "The captains of the four ferries that link the Fenwater islands to the mainland voted last month to form a union, the "
    "first on the coast. Their main demand is not pay but protection: three captains were threatened this year by men who "
    "wanted vehicles carried without tickets and without the names of their drivers on the manifest.",
    "The ferry company says it has reported each threat to the police. The captains say nothing followed the reports, and that "
    "a union will at least let them refuse a crossing together rather than one by one.",
])
i.add("AROUND THE TRUST"); i.add()
i.add("A New Tide Gauge at Harrowby"); i.add("Fenwater Trust staff"); i.add()
paras(i, 2, [
    "The Trust installed a tide gauge on the old pier at Harrowby in June, replacing the one washed away in the storm of 2029. "
    "Its readings are published every ten minutes on the Trust's noticeboard at the harbour office and shared with the coast "
    "guard, the port and the fishermen's cooperative.",
    "Volunteers from the Trust will check the gauge weekly. Readers who notice a fault are asked to tell the harbour office.",
])
i.add("Who Owns the Tidal Flats?"); i.add()
paras(i, 3, [
    "At low tide the flats east of Harrowby stretch for six kilometres, a plain of mud and channels that the sea covers twice "
    "a day. For centuries they belonged to nobody in particular. Villagers dug cockles there, wildfowlers shot ducks there, "
    "and the occasional smuggler waited there for a boat. In the past three years the flats have acquired owners.",
    "The first claim came from a company that wants to farm oysters on racks across the eastern flats. It holds a lease from "
    "the regional council, which says the flats are public land. The second came from a family in Harrowby that says its "
    "ancestors were granted the cockle beds by a charter nobody has been able to produce. The third claim is not written down "
    "anywhere. It belongs to the men who land boats on the flats at night, and it is enforced.",
    "Cockle diggers say they have been warned off the northern channels after dark, and in daylight too when a boat is "
    "expected. The oyster company's racks were cut twice in the spring. The family with the missing charter says it has "
    "nothing to do with either, and the police say they have no evidence that it does.",
    "What the flats need is what they have never had: someone who is responsible for them. The council has the lease, the "
    "port has the channels, the coast guard has the sea beyond, and nobody has the mud in between. Until one of them accepts "
    "it, the flats will belong to whoever is prepared to stand on them at night.",
])
i.add("— Margit Osei-Lundqvist, Harrowby"); i.add()
i.add("Notes on contributors"); i.add()
i.para("Yusuf Aalto-Brenner writes on the coast's ports and fisheries for the Ledger.", None)
i.para("Margit Osei-Lundqvist is a solicitor in Harrowby who has advised cockle diggers on their rights.", None)
i.write(arts(pub, "2031-08-01", "null", 18,
             ("Dredgers Return to the Salt Channel", ["Yusuf Aalto-Brenner"], "brief"),
             ("Ferry Captains Form a Union", ["Yusuf Aalto-Brenner"], "brief"),
             ("A New Tide Gauge at Harrowby", [], "brief"),
             ("Who Owns the Tidal Flats?", ["Margit Osei-Lundqvist"], "feature")), "")
os.remove("p06_unicode_box_label_briefs_staff_signed_feature.yml")
