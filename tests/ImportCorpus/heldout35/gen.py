# heldout35: invented raw files (July–September 2033) and their labels. `python3 gen.py` rewrites every
# k*.txt, k*.yml and k*.labels.yml; `python3 check.py` checks the labels. All text invented.
from lib import Doc, art

TM = "Terrorism Monitor"
MLM = "Militant Leadership Monitor"

# ---------------------------------------------------------------- k01: Terrorism Monitor, whole issue
TM14 = dict(date="2033-07-15", volume=31, issue=14)
K01 = [
    ("A Bomb on the Coastal Railway Signals a New Tactic for the Dunes Brigade", ["Marguerite Oyelowo-Strand"], "brief"),
    ("Kidnapping Ring Dismantled in the Karvash Highlands", ["Marguerite Oyelowo-Strand"], "brief"),
    ("Salt, Fuel and Fealty: How the Northern Emirate Finances Its Return to the Ambrel Valley", ["Teodor Vashkevich"], "feature"),
    ("Printed Drones and Borrowed Code: Militant Workshops on the Corvane Coast", ["Anneliese Obuya", "Rafael Quintanar-Holt"], "feature"),
]
K01_F1 = [
    "When the Northern Emirate withdrew from the Ambrel Valley in the winter of 2030, most observers assumed that the "
    "movement had lost its economic base along with its territory. The valley's salt pans, which the group had taxed "
    "for almost a decade, passed back to the cooperatives that had worked them before the insurgency, and the fuel "
    "convoys that crossed the Teshin pass came under the protection of a new border brigade. Three years later, the "
    "Emirate is back in the valley, and the evidence from court records, trader interviews and the group's own "
    "messaging suggests that it has rebuilt its finances not by seizing these assets again but by renting them [1].",
    "The distinction matters. In its first period of control, the Emirate ran the salt pans directly, appointing its "
    "own overseers and selling the salt through a single depot at Qarvan. That model made the group visible and "
    "vulnerable: when the depot was destroyed in an air strike in 2029, its income from salt fell by more than half "
    "within a month, according to ledgers later recovered by the army [2]. The new model is looser. Cooperative "
    "chairmen keep their posts, sell their salt where they like and pay the Emirate a fixed monthly sum, which local "
    "traders call the \"quiet share.\" In return, their trucks are not stopped on the valley road and their workers "
    "are not recruited by force.",
    "Fuel follows the same pattern. Rather than running its own convoys, the group now licenses a handful of "
    "transport companies based across the border, each of which pays a fee per tanker and, in several documented "
    "cases, carries the group's own goods free of charge on the return journey [3]. Two of these companies were "
    "registered in the months after the withdrawal, and one of their directors is the brother-in-law of a former "
    "Emirate tax official who was released from prison under the 2031 amnesty.",
    "Fealty is the third element. The Emirate's recent statements lay unusual stress on the idea of a covenant between "
    "the movement and the valley's families, in which the group promises protection from both the army and rival "
    "bandits in exchange for loyalty and a modest tribute. The language is old, drawn from the vocabulary of the "
    "valley's tribal councils, but its purpose is modern: it turns a protection racket into something that families "
    "can describe to themselves as an obligation of honour, and that the group can present to its supporters "
    "abroad as evidence of popular consent.",
    "This model has clear advantages for the group. It needs fewer fighters on the ground, it spreads the risk of "
    "interdiction across many small payments, and it gives local elites a stake in the group's survival. It also has "
    "weaknesses. Because the Emirate no longer controls the assets themselves, it depends on the cooperation of "
    "chairmen and transport owners who have their own interests and, in some cases, their own contacts with the "
    "security services. The arrest of two fuel traders in Qarvan in May, which led to the seizure of a ledger listing "
    "more than forty monthly payments, shows how quickly such a network can be mapped once one of its members talks [4].",
    "For the authorities, the lesson is that clearing territory is not the same as removing a group's economy. The "
    "border brigade has been judged by the number of convoys it escorts and the checkpoints it holds; it has not been "
    "asked to follow the money that moves through the companies it protects. Until prosecutors, tax officials and "
    "the cooperatives themselves are brought into the effort, the Emirate's quiet share is likely to keep growing.",
]
K01_F1_NOTES = [
    "[1] Interviews with salt traders in Qarvan and Teshin, conducted by the author in April and May 2033.",
    "[2] \"Recovered ledgers of the Qarvan depot,\" exhibit list, Ambrel Provincial Court, case 114/2031.",
    "[3] Ambrel Chamber of Transport, register of licensed carriers, entries for 2030–2032.",
    "[4] Valley Courier, May 22, 2033; statement of the Qarvan prosecutor's office, May 24, 2033.",
]
K01_F2 = [
    "In March 2033, police on the Corvane coast raided a rented workshop behind a furniture shop in the port town of "
    "Saldena and found three desktop printers, a box of small electric motors and the frames of eleven quadcopters "
    "in various stages of assembly. The workshop belonged, according to the prosecution, to a cell of the Corvane "
    "Shield, a militant group that has carried out sporadic attacks on the coastal police since 2028. It was the "
    "third such workshop discovered on the coast in a year, and together the three cases offer an unusually detailed "
    "view of how a small armed group builds and maintains an aerial capability with very little money [1].",
    "The first thing the cases show is how much the group relies on open designs. The frames found in Saldena were "
    "printed from plans that circulate freely on hobbyist forums, adjusted only to carry a heavier payload. The "
    "flight-control software was a public release that had been modified by one of the cell's members, a former "
    "telecommunications student, to disable the altitude limits and geofencing that the manufacturer of the "
    "controller boards builds in. None of this required outside help. The cell's chat logs, read out in court, "
    "show its members searching for tutorials, asking each other for advice and complaining about failed prints.",
    "The second lesson concerns supply. The motors, batteries and cameras were bought in small quantities from "
    "several online shops, usually by relatives or acquaintances who were paid a small fee and told that the parts "
    "were for a repair business. Investigators were able to trace the purchases only after they had seized the "
    "workshop and matched the serial numbers on the motors to shipping records. No shop flagged the orders, and "
    "under current rules none was obliged to.",
    "The third lesson is about use. Of the eleven frames found in Saldena, only two had been fitted with a release "
    "mechanism, and the prosecution did not claim that any had yet been used in an attack. The group's earlier drones, "
    "recovered after a failed strike on a police post at Mirel in 2032, carried small improvised charges that did little "
    "damage. What the Corvane Shield appears to value most is not the explosive payload but the camera: messages from "
    "the cell describe flights over police stations, port gates and the homes of two local officials, and the "
    "footage was later edited into the group's propaganda videos [2].",
    "None of this makes the Corvane Shield a sophisticated actor. Its workshops were amateurish, its security was poor "
    "and its members were arrested largely because they talked too much. But the cases show how low the threshold has "
    "become. A handful of young men with a printer, a borrowed laptop and access to public code can now produce a "
    "surveillance capability that a decade ago would have required the help of a state sponsor. Regulators on the "
    "coast have begun to discuss licensing the sale of controller boards; the evidence from Saldena suggests that "
    "watching the purchase of motors and batteries in bulk, and working with the forums where designs are shared, "
    "would be at least as useful.",
]
K01_F2_NOTES = [
    "1. Saldena District Court, judgment in the case of the Saldena workshop, June 30, 2033.",
    "2. Corvane Shield video, \"Eyes over Mirel,\" released on the group's channel, January 2033.",
]

def k01():
    d = Doc("k01_tm_issue_boxed_contents")
    a = lambda: None
    d.add("TERRORISM  MONITOR")
    d.add("In-depth analysis of terrorism and insurgency around the world")
    d.add("")
    d.add("Volume XXXI  •  Issue 14  •  July 15, 2033")
    d.add("")
    d.add("+--------------------------------------------------------------------+")
    d.add("| IN THIS ISSUE                                                      |")
    d.add("|                                                                    |")
    d.add("| BRIEFS ........................................................ 1 |")
    d.add("| Salt, Fuel and Fealty: How the Northern Emirate Finances Its       |")
    d.add("| Return to the Ambrel Valley                                        |")
    d.add("|    by Teodor Vashkevich ........................................ 4 |")
    d.add("| Printed Drones and Borrowed Code: Militant Workshops on the        |")
    d.add("| Corvane Coast                                                      |")
    d.add("|    by Anneliese Obuya and Rafael Quintanar-Holt ................ 7 |")
    d.add("+--------------------------------------------------------------------+")
    d.add("")
    d.add("BRIEFS")
    d.add("")
    d.add("A Bomb on the Coastal Railway Signals a New Tactic for the Dunes")
    d.add("Brigade")
    d.add("")
    d.add("Marguerite Oyelowo-Strand")
    d.add("")
    d.para("On the night of July 3, a small explosive charge damaged a section of track on the coastal railway "
           "between Hessar and the phosphate terminal at Ruwaid, halting freight traffic for two days. No one was "
           "hurt, and the charge, which investigators said had been buried under the ballast and set off by a "
           "timer, did less damage than its makers probably intended. The Dunes Brigade claimed the attack the "
           "next morning in a short statement that called the railway \"the artery through which the coast is "
           "bled\" and warned the terminal's foreign operators to leave (Coastal Herald, July 4).", 0)
    d.add("", 0)
    d.para("The attack marks a change for a group that has so far confined itself to ambushes on army patrols in "
           "the interior. The railway carries almost all of the region's phosphate exports, and the terminal is "
           "one of the few large employers on the coast. By striking it, the Brigade appears to be testing whether "
           "economic sabotage brings it more attention, and more leverage over local officials, than the raids that "
           "have cost it dozens of fighters over the past two years.", 0)
    d.add("", 0)
    d.para("Security along the line is thin. The railway police have fewer than two hundred officers for more than "
           "four hundred kilometres of track, and the night patrols that were introduced after a cable theft in 2031 "
           "were cut back last year for lack of fuel. Unless that changes, further attacks on the line are likely, "
           "and the operators of the terminal have already asked the government for a dedicated security detail.", 0)
    d.add("")
    d.add("Kidnapping Ring Dismantled in the Karvash Highlands")
    d.add("")
    d.add("Marguerite Oyelowo-Strand")
    d.add("")
    d.para("Police in the Karvash highlands announced on July 8 that they had arrested nine people accused of "
           "running a kidnapping ring that supplied hostages to a local faction of the Highland Jamaat. According to "
           "the provincial police chief, the ring identified wealthy travellers at roadside hotels and bus stations, "
           "passed their details to the faction and received a share of the ransoms, which in at least four cases "
           "exceeded the equivalent of fifty thousand dollars (Karvash Daily, July 9).", 1)
    d.add("", 1)
    d.para("The case confirms what researchers have long suspected: that the Jamaat's kidnappings rely less on the "
           "group's own fighters than on a network of criminal intermediaries who do the spotting, the snatching and "
           "often the negotiating. Such intermediaries have no ideological commitment to the group, and several of "
           "those arrested had previously worked with ordinary criminal gangs in the provincial capital.", 1)
    # page break mid-sentence, mangled running header that occurs once
    d.add("", 1)
    d.para("The arrests will disrupt the faction's income for a time, but the model itself is resilient. As long as "
           "ransoms continue to be paid, new intermediaries are likely to take the place of those now in custody, "
           "and the faction has already shown that it can switch between partners at short notice.", 1,
           brk=2, furn=("", "TerrorismMonitor ¦ VolumeXXXI,lssue14", "1 2", ""))
    d.add("")
    d.add("")
    d.add("Salt, Fuel and Fealty: How the Northern Emirate Finances Its")
    d.add("Return to the Ambrel Valley")
    d.add("")
    d.add("By Teodor Vashkevich")
    d.add("")
    for i, p in enumerate(K01_F1):
        d.para(p, 2, brk=(4 if i == 3 else None), furn=("", "Terrorism Monitor | Volume XXXI, Issue 14 | July 15, 2033", "5", ""))
        d.add("", 2)
    d.add("Notes")
    d.add("")
    for n in K01_F1_NOTES: d.para(n, 2, hyph=0)
    d.add("")
    d.add("Teodor Vashkevich is a researcher at the Institute for Frontier Studies in Marlow, where he works")
    d.add("on the political economy of armed groups in the mountain borderlands.")
    d.add("")
    d.add("Terrorism Monitor | Volume XXXI, Issue 14 | July 15, 2033")
    d.add("6")
    d.add("")
    d.add("Printed Drones and Borrowed Code: Militant Workshops on the")
    d.add("Corvane Coast")
    d.add("")
    d.add("Anneliese Obuya and Rafael Quintanar-Holt")
    d.add("")
    d.add("Dr. Anneliese Obuya is a lecturer in security studies at the University of Brennick. Rafael")
    d.add("Quintanar-Holt is an investigative journalist who has covered the Corvane coast since 2027.")
    d.add("")
    for i, p in enumerate(K01_F2):
        d.para(p, 3, brk=(4 if i == 2 else None), furn=("", "Terrorism Monitor | Volume XXXI, Issue 14 | July 15, 2033", "8", ""))
        d.add("", 3)
    d.add("Notes")
    for n in K01_F2_NOTES: d.para(n, 3, hyph=0)
    d.add("")
    d.add("Terrorism Monitor | Volume XXXI, Issue 14 | July 15, 2033")
    d.add("9")
    d.write([art(t, a, publication=TM, kind=k, **TM14) for t, a, k in K01], "publication: Terrorism Monitor\n")

# ---------------------------------------------------------------- k02: Militant Leadership Monitor, whole issue
MLM8 = dict(date="2033-08-01", volume=24, issue=8)
K02 = [
    ("A Veteran Bombmaker Resurfaces as the Valley Front's Military Chief", ["Kasimir Odhiambo-Reyes"], "brief"),
    ("Succession Quarrel Splits the Coastal Shura", ["Kasimir Odhiambo-Reyes"], "brief"),
    ("Halima Sarroukh: The Financier Who Moved the Movement onto the Ledger", ["Josephine Tamarack-Ilunga"], "feature"),
]
K02_F = [
    "Few members of the Southern Crescent Movement's leadership have been as rarely photographed, or as often "
    "mentioned in court, as Halima Sarroukh. Prosecutors in three countries have named her as the person who "
    "approved the movement's largest transfers between 2028 and 2032; defectors describe her as the only member "
    "of the council whom the emir never contradicted in public; and the movement's own publications, which almost "
    "never name women, have twice thanked \"the sister of the treasury\" for her service.¹ Yet outside a small "
    "circle of investigators, she remains almost unknown.",
    "Early life",
    "Sarroukh was born in 1979 in the market town of Oudref, the daughter of a grain merchant and a schoolteacher. "
    "She studied accounting at the provincial college in Kessane and worked for more than a decade in the finance "
    "office of a regional bus company, where former colleagues remember her as precise, devout and impatient with "
    "disorder. Her path into the movement appears to have run through her second husband, a preacher at a mosque in "
    "Kessane whose students included several of the movement's founders, and who was killed in a police raid in "
    "2021.² Within a year of his death she had left the bus company and, according to a later indictment, begun "
    "keeping the accounts of a charity that the authorities regard as one of the movement's earliest fronts.",
    "Building the ledger",
    "Her contribution to the movement was to make it legible to itself. Before 2026, according to two defectors who "
    "worked under her, the Crescent's money was held by individual commanders, who raised and spent it as they saw "
    "fit and reported to the council only when asked. Sarroukh introduced a central ledger, monthly reports from "
    "each district and a rule that any transfer above a fixed sum required two signatures, one of them hers. The "
    "reforms were unpopular with commanders, who lost much of their independence, but they allowed the leadership "
    "to see for the first time how much it was earning from each of its rackets and to move money quickly to where "
    "it was needed.³",
    "The same reforms also made the movement more vulnerable. When police seized a laptop from a courier in Oudref "
    "in 2032, they found copies of eighteen months of district reports, which investigators used to identify dozens "
    "of shops, transport companies and money changers working for the group. Several defectors have said that the "
    "seizure damaged Sarroukh's standing on the council, and that some commanders blamed her system, rather than "
    "the courier's carelessness, for the losses that followed.",
    "Current role",
    "Her present position is uncertain. A statement from the movement in April 2033 referred to a new \"office of "
    "the treasury\" without naming its head, and an intelligence assessment shared with regional partners suggests "
    "that she may have been moved to an advisory role.⁴ If so, the Crescent has lost the official most responsible "
    "for its financial discipline at a moment when falling revenue from the border trade is forcing hard choices "
    "about which districts to fund. Whether her system survives her will say a good deal about whether the movement "
    "can remain a centralised organisation or will drift back toward the looser arrangements of its early years.",
]
K02_F_NOTES = [
    "¹ Al-Hilal, the movement's monthly bulletin, issues of October 2029 and March 2031.",
    "² Kessane Evening Post, 14 November 2021.",
    "³ Testimony of two former members, Oudref Criminal Court, hearings of 3 and 10 February 2033.",
    "⁴ Author's interview with a regional security official, Kessane, June 2033.",
]

def k02():
    d = Doc("k02_mlm_issue_drawn_box")
    d.add("MILITANT LEADERSHIP MONITOR")
    d.add("")
    d.add("Volume XXIV, Issue 8  |  August 2033")
    d.add("")
    d.add("┌──────────────────────────────────────────────────────────────┐")
    d.add("│  Contents                                                    │")
    d.add("├──────────────────────────────────────────────────────────────┤")
    d.add("│  Briefs: The Valley Front's new military chief; a quarrel    │")
    d.add("│  in the Coastal Shura                                   p. 1 │")
    d.add("│  Halima Sarroukh: The Financier Who Moved the Movement       │")
    d.add("│  onto the Ledger — Josephine Tamarack-Ilunga            p. 3 │")
    d.add("└──────────────────────────────────────────────────────────────┘")
    d.add("")
    d.add("BRIEFS")
    d.add("")
    d.add("A Veteran Bombmaker Resurfaces as the Valley Front's Military Chief")
    d.add("")
    d.para("A video released by the Valley Front on July 12 shows a man introduced as Abu Dharr al-Ruwaihi "
           "addressing fighters at a camp in the eastern foothills. Officials who have seen the video say he is "
           "Samir Khattabi, a bombmaker who was sentenced in absentia in 2024 for a series of attacks on fuel depots "
           "and who had not been seen in public for almost a decade. The video describes him as the Front's new "
           "military commander, a post that had been vacant since the death of his predecessor in a drone strike "
           "in May.", 0, hyph=3)
    d.add("", 0)
    d.para("Khattabi's return suggests that the Front, which has lost much of its senior leadership over the past "
           "two years, is drawing on older cadres rather than promoting younger commanders. His reputation rests on "
           "technical skill rather than battlefield leadership, and his appointment may signal a shift toward "
           "improvised explosives and away from the costly ground assaults the Front attempted last year.", 0, hyph=3)
    d.add("")
    d.add("Kasimir Odhiambo-Reyes")
    d.add("")
    d.add("Succession Quarrel Splits the Coastal Shura")
    d.add("")
    d.para("The Coastal Shura, a coalition of armed factions that has fought the government along the southern "
           "coast since 2027, has failed for a second month to agree on a successor to its leader, Sheikh Idris "
           "Wardhere, who died of illness in June. Two candidates are said to be in contention: Wardhere's deputy, "
           "a cautious cleric with ties to the coalition's founding factions, and a younger field commander whose "
           "fighters control the port road and much of the coalition's income from it.", 1, hyph=3)
    d.add("", 1)
    d.para("Statements issued by the two camps in July accused each other of betraying Wardhere's legacy, and a "
           "clash between their fighters near the village of Gabbo on July 19 left at least five dead. If the "
           "dispute is not settled, the coalition may split along the lines of the older factions from which it "
           "was formed, weakening its position in the talks with the government that were due to resume in the "
           "autumn.", 1, hyph=3)
    d.add("")
    d.add("Kasimir Odhiambo-Reyes")
    d.add("")
    d.add("                                                          Militant Leadership Monitor  •  2")
    d.add("")
    d.add("Halima Sarroukh: The Financier Who Moved the Movement onto")
    d.add("the Ledger")
    d.add("")
    d.add("Josephine Tamarack-Ilunga")
    d.add("")
    for i, p in enumerate(K02_F):
        if len(p) < 30:
            d.add(p, 2); d.add("", 2); continue
        d.para(p, 2, hyph=3, brk=(4 if i == 4 else None), furn=("", "                                                          Militant Leadership Monitor  •  4", ""))
        d.add("", 2)
    d.add("NOTES")
    d.add("")
    for n in K02_F_NOTES: d.para(n, 2, hyph=0)
    d.add("")
    d.add("Josephine Tamarack-Ilunga is a senior analyst at the Harrowgate Centre for the Study of Political")
    d.add("Violence and the author of a forthcoming book on the finances of armed movements.")
    d.add("")
    d.add("                                                          Militant Leadership Monitor  •  5")
    d.write([art(t, a, publication=MLM, kind=k, **MLM8) for t, a, k in K02], "publication: Militant Leadership Monitor\n")

# ---------------------------------------------------------------- k03: a sibling monitor, whole issue (no sidecar)
LSM = "Littoral Security Monitor"
LSM9 = dict(date="2033-09-01", volume=4, issue=9)
K03 = [
    ("Harbour Pilots Become Targets in Port Velasca", ["Benedita Saramago-Kline"], "brief"),
    ("Boarding Ladders and Ransom Brokers: Piracy's Quiet Return to the Strait of Ormeira", ["Yusuf Adebanjo-Marsh"], "analysis"),
]
K03_A = [
    "For most of the past decade, the Strait of Ormeira was held up as a success story. Piracy, which had peaked "
    "in the late 2010s with more than sixty attacks a year, fell to a handful of incidents after the coastal states "
    "agreed on joint patrols and the shipping industry adopted a common code of practice. In the first eight months "
    "of 2033, however, the regional reporting centre recorded twenty-three boardings, more than in the previous "
    "three years combined [1]. The numbers are still small, but the pattern behind them is new, and it deserves "
    "closer attention than it has received.",
    "Most of the recent boardings share three features. They take place at anchor rather than under way, usually "
    "between midnight and dawn; the attackers arrive in fast fibreglass boats and climb aboard by the anchor chain "
    "or with hooked ladders; and they target crew members rather than cargo. In eleven of the twenty-three cases, "
    "one or more seafarers were taken ashore and held until a ransom was paid, typically within two weeks [2]. "
    "That is a departure from the earlier wave, in which gangs stole fuel or stores and left the crew behind.",
    "The shift appears to reflect the growth of a brokerage trade on the northern shore. Interviews with port "
    "officials and two former members of a gang based near Punta Careva describe a division of labour in which "
    "the men who board the ships are paid a flat fee, while the hostages are handed to intermediaries who hold them "
    "and negotiate with shipowners or their insurers [3]. These brokers, some of whom also work in the smuggling of "
    "fuel and migrants, have the contacts and the patience that the boarding crews lack.",
    "There is little sign so far that the boardings are connected to the armed separatist movement that operates "
    "in the hills behind Punta Careva, despite claims to that effect in parts of the regional press. The movement "
    "has not claimed any of the attacks, and the ransoms paid appear to have stayed with the brokers. Yet the "
    "overlap in geography is a reason for concern. A criminal economy that generates cash, safe houses and boats "
    "on a coast where an insurgent group is active is the kind of resource that such groups have often learned to "
    "tax, and the history of the strait offers precedents for exactly that.",
    "The response so far has been to increase naval patrols, which has helped in the approaches to the main ports "
    "but has done little at the anchorages further along the coast, where ships wait for berths for days at a time. "
    "Shipowners could reduce their exposure by keeping watches at anchor and by avoiding the most exposed anchorages, "
    "but many are reluctant to accept the costs. Closing the brokerage trade on shore will be harder, and will "
    "require the kind of cooperation between police forces on both sides of the strait that has so far been lacking.",
]
K03_A_NOTES = [
    "1 Ormeira Regional Maritime Reporting Centre, monthly incident summaries, January–August 2033.",
    "2 Ibid.; author's interviews with two crewing agents in Velasca, July 2033.",
    "3 Interviews conducted by the author in Punta Careva and Velasca, June and July 2033.",
]

def k03():
    d = Doc("k03_sibling_littoral_singular_brief")
    d.add("L I T T O R A L   S E C U R I T Y   M O N I T O R")
    d.add("Maritime crime, coastal insurgency and the security of the sea lanes")
    d.add("")
    d.add("SEPTEMBER 2033                                   VOLUME IV, NUMBER 9")
    d.add("")
    d.add("In this issue:")
    d.add("  Brief — Harbour pilots become targets in Port Velasca")
    d.add("  Analysis — Boarding ladders and ransom brokers in the Strait of Ormeira")
    d.add("")
    d.add("BRIEF")
    d.add("")
    d.add("Harbour Pilots Become Targets in Port Velasca")
    d.add("By Benedita Saramago-Kline")
    d.add("")
    d.para("Two harbour pilots in Port Velasca have been attacked on their way home from work since the start of "
           "August, and a third received a written threat at the pilots' station on August 21. The pilots' union "
           "says the attacks followed the refusal of its members to guide vessels into berths at night without a "
           "police escort, a policy introduced after a pilot boat was fired on in the outer harbour in July. The "
           "union has asked for protection for its members and warned that it may suspend night pilotage altogether "
           "if the attacks continue.", 0, width=66)
    d.add("", 0)
    d.para("Port officials have described the attacks as criminal rather than political, and suspect that they "
           "are linked to the smuggling of fuel through the harbour's eastern berths, which depends on ships being "
           "able to move at night. The port handles most of the region's fuel imports, and any interruption of "
           "night pilotage would be felt quickly in the price of diesel along the coast. Whatever their motive, the "
           "attacks show how easily the port's routine can be held hostage by the people who work around it.", 0, width=66,
           brk=3, furn=("", "Littoral Security Monitor  ·  September 2033  ·  1", ""))
    d.add("")
    d.add("Benedita Saramago-Kline is the Monitor's maritime correspondent, based in Velasca.")
    d.add("")
    d.add("ANALYSIS")
    d.add("")
    d.add("Boarding Ladders and Ransom Brokers: Piracy's Quiet Return to the")
    d.add("Strait of Ormeira")
    d.add("")
    d.add("Yusuf Adebanjo-Marsh")
    d.add("")
    for i, p in enumerate(K03_A):
        d.para(p, 1, width=66, brk=(4 if i == 2 else None), furn=("", "Littoral Security Monitor  ·  September 2033  ·  2", ""))
        d.add("", 1)
    d.add("Notes")
    for n in K03_A_NOTES: d.para(n, 1, hyph=0, width=66)
    d.add("")
    d.add("Yusuf Adebanjo-Marsh is a former merchant navy officer and a research fellow in maritime security at")
    d.add("the Calloway School of Ocean Affairs.")
    d.add("")
    d.add("Littoral Security Monitor  ·  September 2033  ·  3")
    d.write([art(t, a, publication=LSM, kind=k, **LSM9) for t, a, k in K03])

# ---------------------------------------------------------------- k04: web version of k01's first feature, clipped
def k04():
    d = Doc("k04_tm_web_clipper_yaml")
    t = K01[2][0]
    for l in ["---", 'title: "%s | Monitor Archive"' % t,
              'source: "https://monitor-archive.example.org/program/salt-fuel-and-fealty-northern-emirate-ambrel-valley/"',
              "author:", "published:", "created: 2033-07-19",
              'description: "When the Northern Emirate withdrew from the Ambrel Valley in the winter of 2030, most observers assumed that the movement had lost its economic base along with its territory."',
              "tags:", '  - "clippings"', "---"]:
        d.add(l)
    d.add("")
    d.add("[Skip to content](#main)")
    d.add("")
    d.add("Publication: [Terrorism Monitor](https://monitor-archive.example.org/programs/tm/) Volume: 31 Issue: 14")
    d.add("")
    d.add("By: [Teodor Vashkevich](https://monitor-archive.example.org/analyst/teodor-vashkevich/)")
    d.add("")
    d.add("July 15, 2033 03:40 PM Age: 4 days")
    d.add("")
    d.add("![](https://monitor-archive.example.org/wp-content/uploads/2033/07/ambrel-salt-pans.jpg)")
    d.add("")
    d.add("Salt pans outside Qarvan, in the Ambrel Valley (Photo: Monitor Archive picture desk)")
    d.add("")
    for p in K01_F1:
        p = p.replace(" [1]", "[1]").replace(" [2]", "[2]").replace(" [3]", "[3]").replace(" [4]", "[4]")
        d.web(p, 0); d.add("", 0)
    d.add("Notes")
    d.add("")
    for n in K01_F1_NOTES:
        d.web(n, 0); d.add("", 0)
    d.lines.pop(); d.owner.pop()
    d.add("")
    d.add("Teodor Vashkevich is a researcher at the Institute for Frontier Studies in Marlow, where he works on the political economy of armed groups in the mountain borderlands.")
    d.add("")
    d.add("Share this: [Email](mailto:?subject=Salt) · [Print](#print) · [Copy link](#copy)")
    d.add("")
    d.add("## Related")
    d.add("")
    d.add("- [The Emirate's Amnesty Returnees, One Year On](https://monitor-archive.example.org/program/amnesty-returnees/)")
    d.add("- [Border Brigades and the Politics of the Teshin Pass](https://monitor-archive.example.org/program/border-brigades-teshin/)")
    d.add("")
    d.add("Sign up for our newsletters to receive the latest analysis in your inbox.")
    d.add("")
    d.add("© 2033 Monitor Archive. All rights reserved. [Privacy policy](https://monitor-archive.example.org/privacy/)")
    d.write([art(t, ["Teodor Vashkevich"], kind="feature", publication=TM, **TM14)],
            "url: https://monitor-archive.example.org/program/salt-fuel-and-fealty-northern-emirate-ambrel-valley/\n",
            one_line=True)

# ---------------------------------------------------------------- k05: web version of k01's second feature, lynx dump
def k05():
    d = Doc("k05_tm_web_lynx_dump")
    for l in ["   #[1]Monitor Archive » Feed [2]alternate", "", "   [3]Skip to main content", "",
              "   [4]Monitor Archive", "     * [5]Programs", "     * [6]Analysts", "     * [7]Events",
              "     * [8]Support Us", "     * [9]Search", "",
              "Printed Drones and Borrowed Code: Militant Workshops on the Corvane Coast", "",
              "   Publication: [10]Terrorism Monitor", "   Volume: 31 Issue: 14",
              "   By: [11]Anneliese Obuya, [12]Rafael Quintanar-Holt", "", "   July 15, 2033", "",
              "   [13]Download PDF", ""]:
        d.add(l)
    for i, p in enumerate(K01_F2):
        d.para(p.replace(" [1]", "[14][1]").replace(" [2]", "[15][2]"), 0, width=72, hyph=0, indent="   ")
        d.add("", 0)
    d.add("   Notes")
    d.add("")
    d.para("[1] Saldena District Court, judgment in the case of the Saldena workshop, June 30, 2033.", 0, width=72, hyph=0, indent="   ")
    d.para("[2] Corvane Shield video, \"Eyes over Mirel,\" released on the group's channel, January 2033.", 0, width=72, hyph=0, indent="   ")
    for l in ["", "   Dr. Anneliese Obuya is a lecturer in security studies at the University of Brennick.",
              "   Rafael Quintanar-Holt is an investigative journalist who has covered the Corvane",
              "   coast since 2027.", "",
              "   Share: [16]Facebook [17]X [18]LinkedIn [19]Email", "",
              "   Related analysis", "     * [20]Quadcopters Over the Ports: A Regional Survey",
              "     * [21]The Corvane Shield's Media Wing", "",
              "   © 2033 Monitor Archive | [22]Privacy | [23]Terms", "",
              "References", "",
              "   1. https://monitor-archive.example.org/feed/",
              "   2. https://monitor-archive.example.org/program/printed-drones-borrowed-code-corvane/",
              "   3. https://monitor-archive.example.org/program/printed-drones-borrowed-code-corvane/#main",
              "   4. https://monitor-archive.example.org/",
              "   5. https://monitor-archive.example.org/programs/",
              "   6. https://monitor-archive.example.org/analysts/",
              "   7. https://monitor-archive.example.org/events/",
              "   8. https://monitor-archive.example.org/support/",
              "   9. https://monitor-archive.example.org/?s=",
              "  10. https://monitor-archive.example.org/programs/tm/",
              "  11. https://monitor-archive.example.org/analyst/anneliese-obuya/",
              "  12. https://monitor-archive.example.org/analyst/rafael-quintanar-holt/",
              "  13. https://monitor-archive.example.org/wp-content/uploads/2033/07/TM-31-14.pdf",
              "  14. https://monitor-archive.example.org/program/printed-drones-borrowed-code-corvane/#_edn1",
              "  15. https://monitor-archive.example.org/program/printed-drones-borrowed-code-corvane/#_edn2",
              "  16. https://social.example/share?u=printed-drones",
              "  17. https://x.example/intent/post?url=printed-drones",
              "  18. https://linkedin.example/shareArticle?url=printed-drones",
              "  19. mailto:?subject=Printed%20Drones",
              "  20. https://monitor-archive.example.org/program/quadcopters-over-the-ports/",
              "  21. https://monitor-archive.example.org/program/corvane-shield-media-wing/",
              "  22. https://monitor-archive.example.org/privacy/",
              "  23. https://monitor-archive.example.org/terms/"]:
        d.add(l)
    d.write([art(K01[3][0], K01[3][1], kind="feature", publication=TM, **TM14)])

# ---------------------------------------------------------------- k06: an email newsletter carrying three pieces
LEDGER = "The Frontier Ledger"
K06 = [
    ("The railway is the front line now", ["Sabine Kwarteng"], "commentary"),
    ("Three days in the salt market at Qarvan", ["Owen Lacroix-Bakare"], "field note"),
    ("Karvash weighs a ban on ransom payments", ["Sabine Kwarteng"], "brief"),
]
def k06():
    d = Doc("k06_email_newsletter_three_pieces")
    for l in ["From: The Frontier Ledger <dispatch@frontierledger.example>",
              "To: subscribers@lists.frontierledger.example",
              "Subject: [Frontier Ledger] #112: railways, salt and ransom",
              "Date: Thu, 21 Jul 2033 06:02:41 +0000",
              "List-Unsubscribe: <https://frontierledger.example/unsubscribe?u=5c1e>",
              "Content-Type: text/plain; charset=utf-8; format=flowed", "",
              "View this email in your browser: https://frontierledger.example/archive/112", "",
              "==============================================================",
              "THE FRONTIER LEDGER",
              "Conflict, crime and commerce at the edges of the map",
              "#112 · Thursday 21 July 2033",
              "==============================================================", "",
              "Good morning. This week: why a small bomb on a coastal railway matters more than its",
              "damage suggests, a guest dispatch from the salt market at Qarvan, and a ransom ban",
              "under discussion in Karvash. As always, reply to this email to reach me.", "",
              "-- Sabine", "",
              "--------------------------------------------------------------",
              "COMMENTARY", "",
              "The railway is the front line now", "by Sabine Kwarteng", ""]:
        d.add(l)
    for p in [
        "The bomb that damaged the coastal railway near Ruwaid on July 3 was, by the standards of the region, a "
        "minor event. Nobody died, the track was repaired within two days, and the charge was so poorly placed that "
        "engineers wondered whether its makers had ever seen a railway up close. Yet it may turn out to be one of "
        "the more important attacks of the year, because of what it says about where the Dunes Brigade now thinks "
        "its leverage lies.",
        "For three years the Brigade has fought the army in the interior, and for three years it has lost. Its "
        "ambushes kill soldiers, but they also bring air strikes and raids that have cost it much of its leadership. "
        "The railway offers something different: a long, thinly guarded line whose interruption costs the government "
        "and the terminal's foreign operators money every hour it is closed. An armed group that cannot win battles "
        "can still impose costs, and costs are what bring people to the table.",
        "There is an uncomfortable echo here of the pipeline campaigns further east a decade ago, which began with "
        "similar small, clumsy attacks and ended with regular shutdowns that the operators eventually paid to "
        "prevent. The lesson from that period is that the moment to protect the line is before the attackers learn "
        "how to hit it properly, not after. The railway police asked for more patrols last year and were refused. "
        "That decision deserves to be revisited this week, not after the next charge goes off under a loaded train.",
    ]:
        d.para(p, 0, width=72, hyph=0); d.add("", 0)
    for l in ["--------------------------------------------------------------", "FIELD NOTE", "",
              "Three days in the salt market at Qarvan",
              "Owen Lacroix-Bakare is a freelance reporter based in Teshin. This is his first piece",
              "for the Ledger.", ""]:
        d.add(l)
    for p in [
        "The salt market at Qarvan opens before dawn, when the first trucks come down from the pans with their loads "
        "covered in blue tarpaulin. By seven the yard is full of buyers from the towns along the valley road, and by "
        "nine most of the day's business is done. I spent three days there in June, talking to drivers, buyers and "
        "the men who weigh the loads, and asking each of them, carefully, about the people they pay.",
        "Nobody used the word tax. Nobody mentioned the Emirate by name either. But almost everyone I spoke to knew "
        "what the quiet share was, how much it came to and when it was due. One driver, who has worked the road for "
        "twenty years, told me that the monthly sum was lower than what the army's checkpoints used to take in bribes "
        "before the withdrawal, and that the road was safer now than it had been then. He said it without irony.",
        "What struck me most was how ordinary the arrangement had become. The cooperative chairmen keep receipts. "
        "The buyers factor the payment into their prices. A young accountant who works for one of the cooperatives "
        "showed me a spreadsheet in which the share appeared as a line called \"road costs,\" between fuel and "
        "repairs. When I asked whether she worried about what the money paid for, she shrugged and said that the "
        "government had had its turn.",
    ]:
        d.para(p, 1, width=72, hyph=0); d.add("", 1)
    for l in ["--------------------------------------------------------------", "IN BRIEF", "",
              "Karvash weighs a ban on ransom payments", ""]:
        d.add(l)
    for p in [
        "After the arrest of nine people accused of feeding hostages to a faction of the Highland Jamaat, two members "
        "of the Karvash provincial assembly have proposed making it a crime for families or employers to pay ransoms. "
        "Supporters say a ban would dry up the faction's income; opponents, including the provincial bar association, "
        "say it would punish victims and push negotiations further underground. A committee hearing is expected in "
        "September, and the Ledger will follow it.",
    ]:
        d.para(p, 2, width=72, hyph=0); d.add("", 2)
    for l in ["Sabine Kwarteng", "",
              "--------------------------------------------------------------",
              "Enjoyed this issue? Forward it to a colleague, or subscribe at",
              "https://frontierledger.example/subscribe", "",
              "You are receiving this email because you signed up at frontierledger.example.",
              "Unsubscribe: https://frontierledger.example/unsubscribe?u=5c1e | Update preferences",
              "The Frontier Ledger, 14 Cordwain Lane, Marlow"]:
        d.add(l)
    d.write([art(t, a, "2033-07-21", k, LEDGER) for t, a, k in K06])

# ---------------------------------------------------------------- web pages: lines marked '>' are article text
def page(name, lines, label, sidecar=None, one_line=True):
    d = Doc(name)
    for l in lines:
        if l.startswith(">"): d.add(l[1:], 0)
        else: d.add(l)
    d.write([label], sidecar, one_line=one_line)

def k07():  # an encyclopedia-like reference site's glossary entry
    page("k07_lexicon_glossary_entry", [
        "Skip to main content",
        "Security Lexicon",
        "The open reference on conflict, crime and security terms",
        "Browse A–Z | Topics | Recently revised | About the Lexicon | Log in",
        "Search the Lexicon",
        "Home › Glossary › P › Protection tax",
        "",
        "GLOSSARY ENTRY",
        "Protection tax",
        "Also known as: quiet share, road levy, zakat (misapplied), tribute",
        "Entry by Mirela Dasgupta-Horn · Reviewed by the Lexicon editorial panel",
        "Last revised 2 August 2033 · Cite this entry",
        "",
        ">A protection tax is a regular payment that an armed group extracts from businesses, traders or households in an area where it operates, in exchange for refraining from violence against them and, often, for shielding them from other armed actors. The term covers arrangements that range from open taxation by a group that governs territory to discreet, negotiated payments made to a group that has no formal presence at all.",
        "",
        ">Definition and scope",
        "",
        ">Scholars distinguish protection taxes from extortion in two ways. First, the payment is recurring and predictable rather than a one-off demand; second, the group offers, or claims to offer, something in return, whether security on a road, the settlement of disputes or the absence of harassment. The distinction is contested, since the threat that the group itself poses is usually the main danger from which the payer is being protected.[1]",
        "",
        ">Forms",
        "",
        ">Three broad forms are commonly described. In the territorial form, a group that controls an area collects fixed levies at checkpoints, markets or production sites, often with printed receipts. In the franchised form, the group licenses intermediaries, such as transport companies or cooperative chairmen, who collect on its behalf and pass on an agreed sum. In the covert form, payments are disguised as ordinary business expenses, for example as charitable donations or \"road costs,\" and both sides avoid naming the arrangement.[2]",
        "",
        ">The franchised form has attracted particular attention since the early 2030s, when several groups that had lost territory were found to have kept much of their income by renting out access to assets they no longer held. Studies of the salt and fuel trades in the Ambrel Valley are the most cited examples.[3]",
        "",
        ">Policy responses",
        "",
        ">Responses have included the prosecution of payers, which critics argue punishes victims; the regulation of intermediaries such as transport licensing bodies; and programmes that offer businesses confidential channels to report demands. Evidence on which approach works best remains thin, in part because payers have strong reasons not to disclose the arrangement.",
        "",
        "See also: Checkpoint economy; Ransom kidnapping; Hawala",
        "",
        "References",
        "",
        ">1. ^ Dasgupta-Horn, M. (2031). Paying for peace: protection economies in three borderlands. Marlow: Frontier Press, pp. 14–19.",
        ">2. ^ Lindell, O. and Farouk, S. (2029). \"Receipts of rebellion.\" Journal of Conflict Economies 7(2): 101–124.",
        ">3. ^ Vashkevich, T. (2033). \"Salt, Fuel and Fealty.\" Terrorism Monitor 31(14), 15 July 2033, accessed 30 July 2033, https://monitor-archive.example.org/program/salt-fuel-and-fealty-northern-emirate-ambrel-valley/",
        "",
        "Was this entry helpful? Yes · No",
        "Suggest an edit | View revision history | Report a problem",
        "Content is available under the Lexicon Open Licence unless otherwise noted.",
        "About · Editorial policy · Privacy · Contact",
    ], art("Protection tax", ["Mirela Dasgupta-Horn"], "2033-08-02", "glossary entry", "Security Lexicon"),
       "url: https://securitylexicon.example/glossary/p/protection-tax")

def k08():  # an international organisation's monthly forecast
    page("k08_intl_org_monthly_forecast", [
        "COASTAL STATES ORGANISATION",
        "Secretariat · Member States · Programmes · Documents · Media",
        "This website uses cookies to improve your experience. By continuing you accept our cookie policy. [Accept] [Manage]",
        "Documents › Monthly Forecast › September 2033",
        "",
        "MONTHLY FORECAST",
        "Strait of Ormeira: Outlook for September 2033",
        "Published 29 August 2033 | Prepared by the Secretariat's Maritime Security Unit",
        "Download PDF (312 KB) | Other languages: Français · Español",
        "",
        ">Expected developments",
        ">In September the Organisation's Maritime Committee is expected to receive the Secretariat's half-yearly report on piracy and armed robbery against ships in the Strait of Ormeira, and to discuss whether to renew the mandate of the joint patrol arrangement, which expires on 31 October.",
        ">Key recent developments",
        ">The number of boardings reported in the strait rose sharply in the first eight months of the year, to twenty-three, compared with seven in the whole of 2032. Most took place at anchorages along the northern shore, at night, and in almost half of the cases crew members were taken ashore and released after ransoms were paid. The regional reporting centre has noted the appearance of intermediaries who hold hostages and negotiate on behalf of the boarding crews.",
        ">In Port Velasca, attacks on harbour pilots in August prompted the pilots' union to threaten a suspension of night pilotage. Port authorities have attributed the attacks to fuel smugglers rather than to any political group.",
        ">Key issues and options",
        ">The main issue for the Committee is whether the joint patrols, designed for an earlier pattern of attacks on ships under way, remain suited to a threat concentrated at anchorages. Options include extending patrols to the northern anchorages, asking member states to establish secure waiting areas, and inviting the reporting centre to propose common standards for watches at anchor.",
        ">A further issue is the onshore dimension. Members may wish to consider a request to the Secretariat for a study of the brokerage networks described in recent reports, and of the legal obstacles to cross-border police cooperation on the northern shore.",
        ">Member state positions",
        ">The two littoral states favour renewal of the patrols with an expanded area. Several flag states have signalled that they would support renewal only if it is accompanied by measures on shore, arguing that naval presence alone has not deterred the current wave of boardings.",
        "",
        "Related documents",
        "Half-yearly report on piracy and armed robbery, March 2033",
        "Joint patrol arrangement: terms of reference (2027)",
        "Share: Email | Print",
        "Subscribe to the Monthly Forecast",
        "© Coastal States Organisation 2033 · Terms of use · Privacy · Accessibility",
    ], art("Strait of Ormeira: Outlook for September 2033", [], "2033-08-29", "forecast", "Coastal States Organisation"))

def k09():  # a university alumni magazine's profile
    page("k09_alumni_magazine_profile", [
        "University of Brennick",
        "Study | Research | Alumni | News | Give",
        "BRENNICK ALUMNI MAGAZINE",
        "Features   People   Class notes   Archive",
        "",
        "People / Profile",
        "",
        "THE DRONE DETECTIVE",
        "Dr Anneliese Obuya (PhD 2024) spends her days reading court files about home-made aircraft. She thinks the rest of us should be paying more attention.",
        "",
        "Words: Hattie Penrose-Achebe",
        "Photography: Brennick Media Studio",
        "5 September 2033 · 6 min read",
        "",
        "[Image: Anneliese Obuya in her office in the Coleridge Building. Photo: Brennick Media Studio]",
        "",
        ">The shelves in Anneliese Obuya's office are not lined with books so much as with binders: thick, colour-coded folders of court judgments, police reports and transcripts, most of them about small armed groups and the machines they build. \"People imagine research on terrorism is all intercepted messages and secret sources,\" she says. \"Mostly it is reading very long documents very carefully.\"",
        ">Obuya, who completed her doctorate at Brennick in 2024 and returned as a lecturer in security studies three years later, has become one of the more quoted experts on how militant groups acquire and use drones. Her approach is unglamorous by design. Rather than relying on claims made in propaganda videos, she builds her analysis from evidence that has been tested in court, following each case from the first arrest to the final judgment.",
        ">That method produced her best-known work to date, an analysis of three workshops discovered on the Corvane coast, written with the journalist Rafael Quintanar-Holt and published in the Terrorism Monitor in July. The article traced how a small cell had assembled surveillance drones from printed frames, public software and parts bought online by relatives. \"What surprised us was not how clever they were,\" she says. \"It was how little they needed to be.\"",
        ">Her interest in the subject began, she says, with a model aircraft club she joined as a teenager in her home town of Ostrava Minor. Years later, as a master's student, she noticed that some of the forum posts she had once read for fun were being cited in an indictment. \"It was a strange feeling, seeing the hobby I grew up with appear as evidence.\"",
        ">Colleagues describe her as a generous supervisor and a demanding editor. She runs a reading group for doctoral students on open-source evidence, and has pushed the department to teach the ethics of research on violent groups alongside the methods. \"You are dealing with people's lives,\" she says. \"Defendants, victims, the police officers who were filmed. That has to shape how you write.\"",
        ">Asked what she would change if she could, she does not hesitate. Regulators, she says, spend too much time on the drones themselves and too little on the supply of motors, batteries and controller boards. \"The frames are plastic. Anyone can print one. The parts that make them fly are where you can still see something coming.\"",
        ">Her next project follows the same trail into the courts of three coastal states. She expects it to take four years and fill a great many more binders.",
        "",
        "Share this story: Email · Copy link",
        "More from People",
        "A life in the archives: remembering the university's first keeper of maps",
        "Class notes: July–September 2033",
        "Update your details and stay in touch with Brennick",
        "University of Brennick, Coleridge Road, Brennick · Charity no. 1088421 · Privacy and cookies",
    ], art("The Drone Detective", ["Hattie Penrose-Achebe"], "2033-09-05", "profile", "Brennick Alumni Magazine"),
       "url: https://www.brennick.ac.example/alumni/magazine/people/the-drone-detective")

def k10():  # a ministry's travel advice page
    page("k10_ministry_travel_advice", [
        "Department of External Relations",
        "Menu",
        "Home  >  Travel abroad  >  Country advice  >  Verdania",
        "",
        "Verdania travel advice",
        "",
        "Contents",
        "Summary",
        "Warnings and insurance",
        "Safety and security",
        "Terrorism",
        "Local laws and customs",
        "Entry requirements",
        "Health",
        "Getting help",
        "",
        "Still current at: 30 September 2033",
        "Updated: 12 September 2033",
        "Latest update: changes to the 'Terrorism' section (attacks on the coastal railway; travel between Hessar and Ruwaid).",
        "",
        ">Terrorism",
        ">Terrorists are very likely to try to carry out attacks in Verdania.",
        ">Attacks could be indiscriminate, including in places visited by foreign nationals. Stay aware of your surroundings at all times and follow the advice of the local authorities.",
        ">Coastal railway",
        ">On 3 July 2033 an explosive device damaged the railway line between Hessar and the phosphate terminal at Ruwaid. A further device was found and made safe near the same section of line on 28 August. An armed group active in the interior has claimed responsibility for the first attack and threatened foreign companies working at the terminal.",
        ">If you work at or travel to the Ruwaid terminal, follow the security advice of your employer. Passenger services on the coastal line have been reduced, and trains may be stopped at short notice for inspections of the track. Road travel between Hessar and Ruwaid is possible in daylight; avoid travelling after dark.",
        ">Interior provinces",
        ">We advise against all travel to the interior provinces of Tamarez and Oud Sella, where armed groups attack security forces and have kidnapped foreign nationals. We advise against all but essential travel within 20 kilometres of the provincial boundary.",
        ">Kidnap",
        ">There is a high threat of kidnap in the areas where we advise against travel. Kidnappers may work with criminal intermediaries who identify targets at hotels and bus stations. The long-standing policy of the government is not to make substantive concessions to hostage-takers.",
        "",
        "Print this page",
        "Sign up for email alerts about Verdania",
        "Is this page useful?  Yes  No  Report a problem with this page",
        "Help us improve our website: take a short survey",
        "All content is available under the Open Government Licence v4.0, except where otherwise stated",
        "© Crown copyright",
    ], art("Verdania travel advice", [], "2033-09-12", "travel advice", "Department of External Relations"))

def k11():  # a marine insurance trade journal's market update
    page("k11_trade_journal_market_update", [
        "HULL & CARGO",
        "The weekly for marine insurance and claims professionals",
        "News | Markets | Claims | Law | People | Events | Subscribe",
        "You have 2 free articles remaining this month. Subscribe for unlimited access.",
        "",
        "Markets > War risks",
        "MARKET UPDATE",
        "War risk rates for Ormeira anchorages climb as boardings mount",
        "Underwriters add additional premiums for vessels waiting at the northern anchorages; brokers warn that crew cover may follow",
        "Declan Mbeki-Horvath, Insurance Correspondent",
        "Thursday 14 August 2033",
        "Share on LinkedIn | Share by email | Save",
        "",
        ">War risk underwriters have begun charging additional premiums for vessels that wait at the anchorages on the northern shore of the Strait of Ormeira, after a run of boardings in which crew members were taken ashore and held for ransom.",
        ">Brokers in Kessington said quotes for a seven-day call at the northern anchorages had risen to between 0.05% and 0.075% of hull value, from rates that were close to negligible at the start of the year. Vessels calling only at the main ports, where naval patrols are concentrated, have so far seen smaller increases.",
        ">\"The market has woken up to the fact that the risk has moved,\" said Lorna Achterberg-Mensah, head of marine at a Kessington broker. \"The old picture was fuel theft under way. The new one is people being taken off ships at anchor, and that is a very different claim.\"",
        ">The regional reporting centre recorded twenty-three boardings in the strait in the first eight months of 2033, eleven of them involving the kidnapping of crew. Insurers said that most of the ransoms had been paid under kidnap and ransom policies rather than war risk cover, but that the distinction could be blurred where attackers were thought to have links to armed groups on shore.",
        ">The Joint Listed Areas Group has not added the strait to its list, and several underwriters said they did not expect it to do so before the coastal states decide in October whether to renew their joint patrols. \"Everyone is watching that decision,\" one underwriter said. \"If the patrols are extended to the anchorages, a lot of this could unwind.\"",
        ">Shipowners' associations have urged members to keep full watches at anchor and to shorten waiting times where charter terms allow. Crewing agents in Velasca said some seafarers were already refusing contracts on ships scheduled to wait off the northern shore.",
        "",
        "Declan Mbeki-Horvath covers the marine insurance markets for Hull & Cargo.",
        "",
        "Related articles",
        "Kidnap and ransom cover: the fine print owners miss",
        "Analysis: why the Ormeira patrols worked, and why they may not now",
        "Most read",
        "1. P&I clubs announce general increase for 2034",
        "2. Court rules on salvage award in container fire case",
        "Hull & Cargo is published by Kessington Maritime Media Ltd. © 2033. All rights reserved.",
        "Terms and conditions | Privacy notice | Cookie settings",
    ], art("War risk rates for Ormeira anchorages climb as boardings mount", ["Declan Mbeki-Horvath"], "2033-08-14",
           "market update", "Hull & Cargo"),
       "url: https://www.hullandcargo.example/markets/war-risks/war-risk-rates-ormeira-anchorages-climb")

def k12():  # a personal site's diary entry, signed at the end
    page("k12_personal_site_diary", [
        "TIDELINE",
        "notes from a retired harbour master",
        "Home · Diary · Charts & sketches · About me · Contact",
        "",
        "Diary",
        "",
        "The night the pilots stayed home",
        "Sunday, August 24th, 2033",
        "",
        ">I went down to the pilot station on Thursday evening, as I do most weeks, to drink bad coffee with whoever is on the late watch and hear the news of the harbour. There was no late watch. There was a sheet of paper taped to the door of the duty room, and two young men from the union sitting on the bench outside it, and the boat was tied up at the pontoon with its covers on.",
        ">The paper was the letter that had been left for them that morning. I will not repeat what it said. It was badly spelt and it named one of the pilots' children, and that was enough. The union had met at lunchtime and decided that nobody would take a ship in after dark until the port authority and the police gave them an escort and a promise that someone would look into who had written it.",
        ">I was a pilot in Velasca for nineteen years and harbour master for eleven more. In all that time we were threatened perhaps three or four times, always by someone who had lost money because a ship was late, and always in person, shouting. What is happening now is different. Two of my old colleagues have been beaten on the road home this month. Nobody shouted at them first.",
        ">Everyone on the waterfront knows, or thinks they know, why. The eastern berths are where the small tankers come in at night, and some of what they carry never appears on a manifest. A pilot who will not move a ship at two in the morning is a pilot who costs somebody a great deal of money. The port authority says the attacks are criminal, not political, as if that were a comfort. A pilot does not much care which kind of man breaks his arm.",
        ">By midnight there were six ships waiting in the outer anchorage. From the end of the mole you could see their lights, bunched together, the way they used to wait in the bad years before the patrols. I stood there longer than I meant to. One of the young union men came and stood beside me and asked whether it had been like this in my day. I told him the truth, which is that it had been worse, and that it had got better because people like him refused to go out until somebody listened.",
        ">On Friday the port authority promised the escort. We shall see.",
        "— G.F.",
        "",
        "Filed under: Velasca, Pilots, Harbour life · 7 comments",
        "← Previous: Mending the old dinghy   |   Next: A chart of the eastern berths, 1988 →",
        "",
        "About me",
        "Captain (retd) Gideon Farrow-Oduya was a harbour pilot and later harbour master at Port Velasca. He writes here about the sea, the port and the people who work in it.",
        "Subscribe by email to get new diary entries.",
        "© Gideon Farrow-Oduya. Powered by a very old laptop.",
    ], art("The night the pilots stayed home", ["Gideon Farrow-Oduya"], "2033-08-24", "diary", "Tideline"))

def k13():  # a data portal's methodology note, with co-authors and footnotes with back-links
    page("k13_data_portal_methodology_note", [
        "BVT | Borderlands Violence Tracker",
        "Data · Dashboards · Methodology · Publications · About · Donate",
        "We use cookies to understand how our data is used. Accept all / Necessary only",
        "",
        "Methodology  /  Notes",
        "Methodology note",
        "How we count ransom kidnappings, and why our numbers changed in September",
        "Priya Ransome-Adeyemi and Luka Herzfeld",
        "Data team, Borderlands Violence Tracker",
        "2033-09-18",
        "",
        ">With this month's release we are changing how the tracker records kidnappings for ransom. The change affects about 140 events since 2029 and raises our count of kidnappings attributed to armed groups in the Karvash highlands by roughly a third. This note explains what we changed, why, and what it means for anyone comparing our figures over time.",
        ">What we did before",
        ">Until now, we coded a kidnapping as an event by an armed group only when a source named the group as the perpetrator, either through a claim or through an attribution by the authorities. Kidnappings carried out by criminal gangs, or by unknown perpetrators, were coded as criminal violence, even when the hostages were later handed to an armed group or the ransom was shared with one.¹",
        ">What changed",
        ">The arrests in Karvash in July, and the details of the ring that were made public in the weeks after, showed that a large share of the kidnappings we had coded as criminal were in fact part of a single chain that ended with an armed faction. We now code an event in two steps: the act of abduction, attributed to whoever carried it out, and a linked event recording the transfer of the hostage or the ransom, attributed to the receiving group where sources establish it.²",
        ">What it means for users",
        ">Counts of events by armed groups in the highlands will rise, while counts of criminal events will fall by a similar amount; the total number of kidnappings does not change. Users comparing years should use the revised series, which we have applied back to January 2029. The old series remains available in the archive for reproducibility.",
        ">We expect to revisit this rule as more court cases conclude. Corrections and suggestions are welcome through the feedback form.³",
        "",
        "Footnotes",
        ">1. See the codebook, version 6.2, section 4.3, “Perpetrator attribution.” ↩",
        ">2. The linked-event field is documented in the codebook, version 7.0, section 4.5. ↩",
        ">3. Feedback form: https://bvt-data.example/feedback ↩",
        "",
        "Download the revised series (CSV, 2.1 MB)",
        "Cite this note: Ransome-Adeyemi, P. and Herzfeld, L. (2033). How we count ransom kidnappings. Borderlands Violence Tracker.",
        "Share  X  LinkedIn  Email",
        "Get the monthly data digest in your inbox — Sign up",
        "BVT is an independent, non-profit project. © 2033 Borderlands Violence Tracker · Data licence CC BY 4.0 · Privacy",
    ], art("How we count ransom kidnappings, and why our numbers changed in September",
           ["Priya Ransome-Adeyemi", "Luka Herzfeld"], "2033-09-18", "methodology note", "Borderlands Violence Tracker"),
       "url: https://bvt-data.example/methodology/notes/ransom-kidnappings-recoding-2033")

def k14():  # a regional newspaper's timeline, unsigned at the top and credited at the foot
    page("k14_regional_paper_timeline", [
        "We value your privacy. We and our partners use cookies to personalise content and ads. [ACCEPT ALL] [MORE OPTIONS]",
        "The Coastal Herald",
        "News  Sport  Business  Opinion  Weather  Puzzles  E-edition",
        "Subscribe from 99p for your first month",
        "",
        "NEWS > HESSAR",
        "",
        "TIMELINE: Two years of trouble on the coast line",
        "From a cable theft to a bomb under the ballast, how the railway between Hessar and Ruwaid became a target",
        "Monday 7 July 2033, 6:15 pm",
        "Share  Facebook  X  WhatsApp  Email",
        "",
        ">The bomb that closed the coastal railway last week was the most serious attack on the line so far, but it was not the first sign of trouble. Here is how security on the route has unravelled since 2031.",
        "",
        ">March 2031 — Thieves strip almost two kilometres of signalling cable near Ruwaid, halting trains for five days. The railway police introduce night patrols on the section.",
        "",
        ">November 2031 — A freight train is stoned by a crowd at the level crossing outside Dassa after a dispute over jobs at the phosphate terminal. Two drivers are injured.",
        "",
        ">June 2032 — The railway police's fuel budget is cut by a fifth. Night patrols are reduced to two a week, a decision the officers' association calls \"an invitation.\"",
        "",
        ">January 2033 — Leaflets signed by the Dunes Brigade appear in Ruwaid calling the terminal's foreign operators \"thieves of the coast.\" Police describe them as the work of sympathisers.",
        "",
        ">April 2033 — Workers find a shallow hole dug under the track near kilometre post 212. Nothing is found inside it. In hindsight, railway engineers now believe it may have been a rehearsal.",
        "",
        ">3 July 2033 — A timed charge buried in the ballast damages the line between Hessar and Ruwaid. Freight traffic stops for two days. The Dunes Brigade claims the attack the next morning.",
        "",
        ">5 July 2033 — The terminal's operators ask the government for a dedicated security detail. The transport minister says he will \"look at all options\" and visits the site.",
        "",
        ">What happens next? The railway police say they will restore nightly patrols from August if the promised fuel arrives. Passenger services will run at reduced frequency until further notice, and the Herald will keep this timeline updated.",
        "",
        "Compiled by Herald staff",
        "",
        "Most read",
        "1. Hessar market traders fight plan to move stalls",
        "2. Tide times for the week",
        "3. School's rowing crew wins regional title",
        "Comments (12) — Join the conversation. Log in to comment.",
        "Advertisement",
        "© 2033 The Coastal Herald, Harbour Street, Hessar. Part of Tideway Regional Media. Terms · Privacy · Contact us",
    ], art("Two years of trouble on the coast line", [], "2033-07-07", "timeline", "The Coastal Herald"),
       "url: https://www.coastalherald.example/news/hessar/timeline-two-years-of-trouble-on-the-coast-line-4471")

def k15():  # a foundation's prize citation, signed by the jury's chair
    page("k15_foundation_prize_citation", [
        "Halvorsen Foundation",
        "for independent reporting on conflict",
        "",
        "About   Prizes   Fellowships   Grants   News   Contact",
        "",
        "Prizes  ›  Halvorsen Prize 2033  ›  Citation",
        "",
        "Prize citation",
        "",
        "The 2033 Halvorsen Prize for Conflict Reporting: Rafael Quintanar-Holt",
        "",
        "Announced 26 September 2033",
        "",
        ">The jury of the Halvorsen Prize for Conflict Reporting is pleased to award the 2033 prize to Rafael Quintanar-Holt for his reporting on armed groups and organised crime on the Corvane coast.",
        "",
        ">For six years, Quintanar-Holt has followed a story that most of the national press has treated as a local matter: the slow growth of a small militant group in the coastal towns, and its entanglement with smugglers, landlords and, at times, the police who were meant to stop it. He has done so from the coast itself, at considerable personal risk, and with a patience that is increasingly rare.",
        "",
        ">The jury was particularly struck by two bodies of work published during the prize year. The first is a series of articles in the Corvane Gazette that traced the ownership of the properties used by the group's cells, drawing on land registers, company filings and dozens of interviews. The second is an analysis of the group's drone workshops, written with the researcher Anneliese Obuya and published in the Terrorism Monitor, which the jury considered a model of collaboration between journalism and scholarship: precise, sourced to the court record, and careful not to inflate the threat it describes.",
        "",
        ">In both, Quintanar-Holt shows a quality that the founders of this prize valued above all others: the willingness to let the evidence set the limits of the story. He names what he can prove, says clearly what he cannot, and treats the people he writes about, including those accused of violence, with fairness.",
        "",
        ">The jury also wishes to commend the shortlisted entries of Amara Delacroix-Nwosu and Tomasz Ibekwe-Lund, whose work on the kidnapping economy of the Karvash highlands came very close to the prize.",
        "",
        ">The prize will be presented at the Foundation's annual lecture in Marlow on 14 November 2033.",
        "",
        "For the jury,",
        "Professor Margit Allende-Sørby",
        "Chair",
        "",
        "Previous winners · Rules of the prize · Nominate for 2034",
        "Follow the Foundation: Newsletter | Mastodon | RSS",
        "Halvorsen Foundation is a registered charity. © 2033 Halvorsen Foundation. Privacy · Cookies",
    ], art("The 2033 Halvorsen Prize for Conflict Reporting: Rafael Quintanar-Holt", ["Margit Allende-Sørby"],
           "2033-09-26", "prize citation", "Halvorsen Foundation"))

if __name__ == "__main__":
    for f in (k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15): f()
