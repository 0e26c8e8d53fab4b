# Regenerates heldout32: python3 gen.py (writes every oNN_*.txt, its .labels.yml and, where the editor would
# write one, its sidecar .yml). All text is invented for this corpus. Then: python3 check.py
from lib import Doc, art

# ---------------------------------------------------------------- o01: Terrorism Monitor, volume 30, issue 21
TM = "Terrorism Monitor"
def o01():
    d = Doc("o01_tm_issue_boxed_contents", width=70, seed=11)
    page = [1]
    def furniture(doc):
        num = "\u00e2\u20ac\u201d %d \u00e2\u20ac\u201d" % page[0] if page[0] == 4 else "\u2014 %d \u2014" % page[0]
        page[0] += 1
        head = ("TerrorismMonitor\u25aaVolumeXXX,Issue21" if page[0] == 3
                else "Terrorism Monitor        Volume XXX, Issue 21        November 5, 2032")
        doc.fur("\n" + " " * 32 + num + "\n\n" + head + "\n")
    d.furniture = furniture
    d.fur("""TERRORISM MONITOR
In-depth analysis of insurgency, terrorism and the groups behind them

VOLUME XXX, ISSUE 21  |  NOVEMBER 5, 2032

+----------------------------------------------------------------------+
| IN THIS ISSUE                                                        |
|                                                                      |
| BRIEFS .............................................................1 |
|                                                                      |
| SALT ROADS AND RANSOM: THE SUNDRAL COAST INSURGENCY'S SHIFT FROM     |
| PIRACY TO KIDNAPPING                                                 |
| By Ifeoluwa Marchetti-Obi and Corentin Aldabra .....................3 |
|                                                                      |
| AFTER THE AMNESTY: WHY FORMER FIGHTERS ARE RETURNING TO THE HILL     |
| CAMPS OF MERROW PROVINCE                                             |
| By Saskia Ondaatje-Fell ............................................6 |
+----------------------------------------------------------------------+

Terrorism Monitor is a publication of an independent research foundation. It is designed to be
read by policy-makers and specialists yet be accessible to the general public. The opinions
expressed within are solely those of the authors.

BRIEFS
""")
    d.page_len = 46
    d.add("Grain Depot Bombing Signals a New Target Set for the Kesh Valley Front")
    d.add("Talulah Verhoeven-Ansah"); d.add()
    P = [
"On the night of October 24, a device packed into a fuel drum detonated against the outer wall of the state grain depot at Hollin Ford, the largest storage site in the lower Kesh Valley. No one was killed, but the blast and the fire that followed destroyed roughly a third of the depot's stock of maize and sorghum, which the provincial government had bought from farmers only weeks earlier to stabilise prices before the dry season (Kesh Valley Radio, October 25).",
"The Kesh Valley Front, which claimed the attack in a short audio message two days later, has until now concentrated its violence on police posts, tax collectors and the occasional village headman accused of informing. Its statement framed the depot as a symbol of what it called the \"stolen harvest,\" accusing officials of buying cheaply from smallholders and selling the same grain at a profit to traders from the capital. The accusation is not new in the valley, and it echoes complaints that farmers' associations have made openly for years.",
"That is precisely what makes the attack significant. By choosing a target that many residents already resent, the Front appears to be testing whether it can turn economic grievance into tacit support rather than relying on intimidation alone. A depot is also easier to strike than a fortified police compound, and its destruction hurts the government's ability to manage food prices in a season when they usually climb sharply.",
"The risk for the group is that the loss falls on the same farmers it claims to defend. Traders in Hollin Ford reported that maize prices rose by almost a fifth within a week of the bombing, and local clergy have already begun to describe the attack as an assault on the poor (Daily Meridian, October 29). Whether the Front repeats the tactic, or quietly abandons it, will say a great deal about how closely its commanders are listening to the communities around them.",
    ]
    for p in P: d.para(p, 0, hyphenate=0.3); d.add()
    d.add(); d.add("Online Recruiters Turn to Closed Gaming Servers in Ostravia")
    d.add("Dmitar Lukanovic-Reyes"); d.add()
    P = [
"Police in Ostravia announced on October 19 that they had arrested four young men, the youngest of them fifteen, on suspicion of preparing an attack on a synagogue in the port city of Velgrad. According to the prosecutor's office, the four had never met in person. They had been brought together over several months on a private server attached to a popular online survival game, where an older user, whom investigators believe to be living abroad, shared propaganda, instructions for making incendiary devices and lists of possible targets (Ostravian Public Broadcaster, October 20).",
"The case is the third of its kind in Ostravia this year, and it fits a pattern that security services across the region have warned about since at least 2030. Recruiters who once relied on open channels on messaging platforms now prefer invitation-only spaces built around games, where moderation is left to volunteers and where conversation about weapons and violence can pass as part of the game itself. Membership is granted in stages, and the most extreme material is shared only with users who have proved their commitment by posting content of their own.",
"The ideology on display is often incoherent. Investigators in the Velgrad case found images glorifying jihadist attacks beside memes drawn from the violent far right, and the teenagers themselves appear to have cared less about doctrine than about belonging and notoriety. That mixture complicates the work of prevention programmes, which are still largely organised around a single ideology and a single referral route.",
"Ostravia's interior ministry has promised a law obliging game companies to respond to police requests within twenty-four hours. Researchers who follow these networks argue that speed alone will not help unless moderators, teachers and parents learn to recognise the early stages of grooming, which rarely look like terrorism at all.",
    ]
    for p in P: d.para(p, 1, hyphenate=0.3); d.add()
    # feature 1: co-authored, notes [n], joint bio after the notes
    d.add(); d.add("Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy")
    d.add("to Kidnapping"); d.add()
    d.add("Ifeoluwa Marchetti-Obi and Corentin Aldabra"); d.add()
    P = [
"For the better part of a decade, the armed movement that calls itself the Sons of the Sundral Shore made its money at sea. Its fast boats stopped fishing trawlers and coastal freighters off the salt flats between Port Annick and the Qaleb estuary, took cargo or demanded payment for safe passage, and retreated into the mangrove creeks where naval patrols could not follow. Since the beginning of 2032, however, the number of attacks at sea has fallen sharply, while the kidnapping of engineers, aid workers and local officials on land has more than doubled. [1]",
"This article argues that the shift is not a sign of weakness but a deliberate change of business model, driven by three developments: the arrival of a regional naval task force, the collapse of the smuggling economy that once laundered stolen cargo, and a leadership change that brought commanders with roots in the inland salt-mining towns to the top of the movement.",
"Naval Pressure and the Closing of the Creeks",
"The joint patrols that began in March 2031 changed the arithmetic of piracy. Regional navies now keep two frigates and a rotating group of patrol boats on station along the coast, supported by surveillance aircraft operating from Port Annick. Attacks on vessels more than ten nautical miles from shore have almost stopped, and the task force has twice pursued raiding boats into the mangroves, destroying fuel stores and seizing outboard engines. [2] Piracy has become both more dangerous and less profitable, since insurers now require ships to travel in escorted groups that are difficult to approach.",
"At the same time, the traders who once bought stolen fish, fuel and salt at a discount have come under pressure of their own. A crackdown on informal fuel depots in the estuary towns, backed by foreign donors, has removed the buyers on whom the movement depended. Cargo that cannot be sold is worth nothing, and several former fishermen interviewed for this article described boats returning from raids with goods that had to be dumped.",
"From the Sea to the Salt Roads",
"Kidnapping requires different skills and different networks. The movement's new leader, known as Commander Haroun Beledi, spent his youth driving salt lorries between the inland pans and the coast, and the men he has promoted share that background. They know the roads, the checkpoints and the drivers, and they know which companies and aid agencies send staff along them. Most of the abductions recorded in 2032 took place on the two highways that link the salt pans to Port Annick, often at improvised roadblocks manned by fighters in police uniforms. [3]",
"The ransoms are negotiated through intermediaries in the estuary towns, several of whom previously brokered the sale of stolen cargo. Families and employers report demands ranging from a few thousand dollars for a junior official to several hundred thousand for foreign engineers, and releases are usually arranged within weeks rather than months, suggesting that the movement values a steady flow of payments over the leverage of prolonged captivity.",
"Implications",
"The shift has moved the violence away from the sea, where the task force is strong, and onto land, where the police are thinly spread and frequently accused of collusion. Governments in the region have so far treated the drop in piracy as a success. Unless they invest as heavily in road security and in the courts of the estuary towns as they have in warships, that success is likely to prove an illusion, paid for by the drivers, engineers and clerks who now travel the salt roads.",
    ]
    heads = {"Naval Pressure and the Closing of the Creeks", "From the Sea to the Salt Roads", "Implications"}
    global SALT; SALT = list(P)
    for p in P:
        if p in heads: d.add(p, 2)
        else: d.para(p, 2, hyphenate=0.3)
        d.add()
    d.add("Notes"); d.add()
    for n in [
"[1] Figures compiled by the authors from reports of the Regional Maritime Information Centre and from local press, January-September 2032.",
"[2] \"Task Force Destroys Fuel Caches in Qaleb Creeks,\" Coastal Observer, June 14, 2032.",
"[3] Interviews by the authors with two lorry drivers and a police inspector, Port Annick, August 2032.",
    ]:
        d.para(n, 2); d.add()
    d.para("Ifeoluwa Marchetti-Obi is a researcher on maritime security at the Centre for Littoral Studies in Port Annick. Corentin Aldabra is a former correspondent in the region and now writes on organised crime and insurgency.", None)
    d.add(); d.add()
    # feature 2: bio first, Dr., numbered endnotes under ENDNOTES
    d.add("After the Amnesty: Why Former Fighters Are Returning to the Hill")
    d.add("Camps of Merrow Province"); d.add()
    d.add("By Dr. Saskia Ondaatje-Fell")
    d.para("Dr. Saskia Ondaatje-Fell teaches conflict studies at the University of Halvan and has conducted fieldwork in Merrow Province since 2024.", None)
    d.add()
    P = [
"When the government of Halvan announced its amnesty for members of the Merrow Liberation Army in 2029, it promised the fighters land, training and a clean record in exchange for their weapons. Nearly three thousand men and several hundred women came down from the hill camps in the following year. Three years later, local officials estimate that at least one in six of them has gone back, and the army has reported clashes with groups that include men who once sat in the front row at the disarmament ceremonies. [1]",
"The reasons they give are mostly mundane. The plots of land promised under the amnesty were often on disputed ground, claimed by families who had fled the fighting and returned once it was over. Vocational courses trained former fighters as tailors, mechanics and electricians in towns where there was little work for anyone. Above all, many found that the communities they returned to did not want them, and that the police treated them as suspects whenever anything went wrong. [2]",
"Who Goes Back",
"Interviews conducted for this article with thirty-one former fighters, in four districts of the province, suggest that those who return to the camps are not the most ideological. They are more likely to be young, unmarried and without family land, and more likely to have been recruited as teenagers. For them, the camps offer a wage, a network and a degree of respect that civilian life has not. Several described being approached by former commanders who knew exactly which of their old comrades were struggling.",
"The movement they return to has also changed. The Merrow Liberation Army that signed the amnesty no longer exists as a single organisation. In its place are three or four armed factions, some still speaking the language of autonomy for the province, others little more than protection rackets attached to the timber and cardamom trades. The returning fighters bring skills, discipline and local knowledge to groups that would otherwise struggle to recruit.",
"What Could Be Done",
"None of this means that the amnesty failed. The great majority of those who came down from the hills have stayed down, and violence in the province remains far below its level in the 2020s. But the programme was designed as a single event rather than a process, and its support ended after eighteen months. Extending it, resolving the land claims in the courts rather than leaving them to local officials, and giving former fighters a route to clear their names with the police would cost little compared to another decade of insurgency. [3]",
    ]
    heads = {"Who Goes Back", "What Could Be Done"}
    for p in P:
        if p in heads: d.add(p, 3)
        else: d.para(p, 3, hyphenate=0.3)
        d.add()
    d.add("ENDNOTES")
    for n in [
"1. Estimate given by a district commissioner in Merrow Province, interview with the author, September 2032.",
"2. See also the provincial ombudsman's annual report for 2031, which recorded more than 400 complaints of police harassment from former fighters.",
"3. The author is grateful to the Merrow Peace Forum for facilitating several of the interviews cited here.",
    ]:
        d.para(n, 3)
    d.fur("\n" + " " * 32 + "\u2014 %d \u2014" % page[0])
    D = "2032-11-05"
    d.write([art("Grain Depot Bombing Signals a New Target Set for the Kesh Valley Front", ["Talulah Verhoeven-Ansah"], D, "brief", TM, 30, 21),
             art("Online Recruiters Turn to Closed Gaming Servers in Ostravia", ["Dmitar Lukanovic-Reyes"], D, "brief", TM, 30, 21),
             art("Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy to Kidnapping", ["Ifeoluwa Marchetti-Obi", "Corentin Aldabra"], D, "feature", TM, 30, 21),
             art("After the Amnesty: Why Former Fighters Are Returning to the Hill Camps of Merrow Province", ["Saskia Ondaatje-Fell"], D, "feature", TM, 30, 21)],
            sidecar="publication: Terrorism Monitor")
    return P
o01()

# ---------------------------------------------------------------- o02: Militant Leadership Monitor, volume 23, issue 10
MLM = "Militant Leadership Monitor"
def o02():
    d = Doc("o02_mlm_issue_boxdrawing_editor_bio", width=64, seed=22)
    page = [1]
    def furniture(doc):
        doc.fur("\nMilitant Leadership Monitor | October 2032                      Page %d\n" % page[0])
        page[0] += 1
    d.furniture = furniture
    d.fur("""MILITANT LEADERSHIP MONITOR
Volume XXIII  ◦  Issue 10  ◦  OCTOBER 2032

┌──────────────────────────────────────────────────────────┐
│ CONTENTS                                                 │
│                                                          │
│ BRIEF: The Quiet Successor in the Ramla Hills ........ 1 │
│   Wendeline Okonjo-Haas                                  │
│ The Accountant of Tel Safra: Yunis al-Marrak and the     │
│   Finances of the Eastern Brigades ..................... 2 │
│   Wendeline Okonjo-Haas                                  │
│ Mother Superior of the Pines: How Ilse Varkonyi Built    │
│   an Eco-Extremist Network .............................. 5 │
│   Bartholomew Nkemdirim-Sato                             │
└──────────────────────────────────────────────────────────┘
""")
    d.page_len = 44
    d.add("BRIEF"); d.add()
    d.add("The Quiet Successor in the Ramla Hills"); d.add()
    d.add("Wendeline Okonjo-Haas"); d.add()
    P = [
"When the leader of the Ramla Hills Mujahideen Council, Abu Sulayman al-Dahiri, was killed by a drone strike in August, most observers expected a contest among his three deputies. Instead, within ten days, the council announced that its new emir would be a little-known cleric in his thirties, Sheikh Anas Qutrubi, who had until then run the group's religious courts in the villages south of Ramla.",
"Qutrubi is not a battlefield commander, and that appears to be the point. The council has lost five senior military figures in two years, and its surviving commanders are said to distrust one another. A judge who settles disputes over land, marriage and water, and who is known in the villages, offers a figure around whom factions can gather without any of them conceding ground to a rival. His first recorded sermon as emir spoke of patience, of the obligation to protect the people of the hills, and of avoiding \"quarrels that serve only the enemy.\"",
"The choice also suggests that the council expects a long period of holding territory rather than expanding it. Local sources report that the courts have resumed sitting, that fighters have been told to stop taking food from farmers without payment, and that a new tax on the apricot harvest has been set at a lower rate than last year. These are the measures of a group trying to govern, and Qutrubi's ability to keep the commanders in line while doing so will decide how long his tenure lasts.",
    ]
    for p in P: d.para(p, 0, hyphenate=0.25); d.add()
    d.para("Wendeline Okonjo-Haas is the Editor of Militant Leadership Monitor.", None); d.add(); d.add()
    d.add("The Accountant of Tel Safra: Yunis al-Marrak and the Finances of")
    d.add("the Eastern Brigades"); d.add()
    d.add("Wendeline Okonjo-Haas"); d.add()
    P = [
"Few militant leaders have been described by their enemies as indispensable. Yunis al-Marrak, who has managed the money of the Eastern Brigades since at least 2027, has been called exactly that by an intelligence officer who has spent years trying to find him. Al-Marrak does not command fighters, rarely appears in the group's videos and has never, as far as is known, given a speech. Yet the Brigades' ability to pay salaries, buy weapons and keep a network of safe houses across three provinces depends largely on systems he built.¹",
"Early Life",
"Al-Marrak was born around 1984 in Tel Safra, a market town on the road between the eastern oil fields and the border. His father was a money changer, and the son learned the trade in the family shop, where he was known for his memory for figures and his contacts among the truck drivers who carried goods, fuel and cash across the frontier. He studied commerce for two years at a provincial college but left without a degree when his father fell ill.²",
"Like many young men in Tel Safra, he was drawn into the armed opposition during the uprising of the late 2010s, but not as a fighter. Acquaintances remember him keeping ledgers for a local militia, settling accounts with smugglers and arranging the exchange of looted goods into hard currency. When that militia was absorbed into the Eastern Brigades in 2026, al-Marrak came with it, bringing his ledgers and his contacts.",
"Building the System",
"Under al-Marrak, the Brigades' finances moved away from the irregular looting that characterised their early years and toward predictable revenue. Checkpoints on the border road now issue printed receipts. Fuel traders pay a monthly fee rather than a toll per truck. A network of money changers, several of them relatives or former employees of the al-Marrak family, moves funds between the provinces and abroad through the informal transfer system, and a share of the proceeds is invested in property and transport companies that operate openly in government-held towns.³",
"This structure has made the Brigades unusually resilient. When government forces retook a stretch of the border road in 2031, the group lost a major source of income, but salaries continued to be paid for months from reserves and investments. Fighters who defected afterwards told interrogators that the Brigades' pay was more regular than that of the army.",
"Outlook",
"Al-Marrak's value to the group is also his vulnerability. His system depends on people who are known to one another and to him, and several money changers in Tel Safra were arrested in 2032 after a financial intelligence unit traced transfers to their accounts. If he were killed or captured, the Brigades would retain their revenue for a time, but it is doubtful that anyone else could hold the network together.",
    ]
    heads = {"Early Life", "Building the System", "Outlook"}
    for p in P:
        if p in heads: d.add(p, 1)
        else: d.para(p, 1, hyphenate=0.25)
        d.add()
    d.para("Wendeline Okonjo-Haas is the Editor of Militant Leadership Monitor.", None); d.add()
    d.add("Notes")
    for n in [
"¹ Interview with a regional intelligence officer, conducted by the author in July 2032.",
"² \"The Money Changers of the Border Road,\" Eastern Herald, March 3, 2029.",
"³ Court documents from the trial of three Tel Safra money changers, provincial court, May 2032.",
    ]:
        d.para(n, 1)
    d.add(); d.add()
    d.add("Mother Superior of the Pines: How Ilse Varkonyi Built an")
    d.add("Eco-Extremist Network"); d.add()
    d.add("Bartholomew Nkemdirim-Sato"); d.add()
    P = [
"In the forests of northern Valdmark, the woman her followers call Mother Ilse is remembered by neighbours as a quiet schoolteacher who kept goats and ran nature walks for local children. Prosecutors now describe Ilse Varkonyi, aged 58, as the founder and guiding figure of the Pine Covenant, a network accused of sabotaging logging machinery, setting fire to a wind farm substation and sending threatening letters to forestry officials across three countries.(1)",
"Varkonyi's path to militancy was slow. In the 2010s she was active in mainstream campaigns against clear-cutting, and she served for two years on the board of a regional conservation society. Former colleagues describe a growing frustration with petitions and court cases that, in her view, saved no trees. By 2027 she had left the society and begun holding weekend retreats on her land, where small groups of young activists combined survival training with readings from anti-industrial writers.",
"The retreats became the Pine Covenant's recruiting ground. Varkonyi did not, according to prosecutors, plan individual attacks. Instead she offered a worldview in which modern industry was a form of violence against the living world, and in which those who resisted it were acting in self-defence. Members organised themselves in cells of three or four, communicating through paper letters left in agreed places, a practice that frustrated investigators for more than two years.(2)",
"Varkonyi's authority rests on a persona as much as an ideology. She dresses plainly, speaks softly and refers to her followers as her children, and several of those arrested have described her as the only adult who ever took them seriously. Her writings, circulated as photocopied pamphlets, are filled with images of the forest as a mother under attack.",
"Her arrest in September has not ended the Covenant's activity. Two further arson attacks on forestry vehicles took place in the weeks that followed, and letters signed in the Covenant's name have demanded her release. Whether the network survives her trial, scheduled for early next year, will depend on whether any of her followers can replace the personal bond she offered.",
    ]
    global VARK; VARK = list(P)
    for p in P: d.para(p, 2, hyphenate=0.25); d.add()
    d.add("NOTES")
    for n in [
"(1) Indictment summary released by the Valdmark public prosecutor, September 22, 2032.",
"(2) \"Letters in the Woods: How Police Cracked the Pine Covenant,\" Nordlys Review, October 4, 2032.",
    ]:
        d.para(n, 2)
    d.add()
    d.para("Bartholomew Nkemdirim-Sato is a journalist based in Valdmark who covers environmental conflict and political violence in northern Europe.", None)
    d.fur("\nMilitant Leadership Monitor | October 2032                      Page %d" % page[0])
    D = "2032-10-01"
    d.write([art("The Quiet Successor in the Ramla Hills", ["Wendeline Okonjo-Haas"], D, "brief", MLM, 23, 10),
             art("The Accountant of Tel Safra: Yunis al-Marrak and the Finances of the Eastern Brigades", ["Wendeline Okonjo-Haas"], D, "feature", MLM, 23, 10),
             art("Mother Superior of the Pines: How Ilse Varkonyi Built an Eco-Extremist Network", ["Bartholomew Nkemdirim-Sato"], D, "feature", MLM, 23, 10)],
            sidecar="publication: Militant Leadership Monitor")
o02()

# ---------------------------------------------------------------- o03: a sibling monitor of our invention (no sidecar)
SLM = "Southern Littoral Monitor"
def o03():
    d = Doc("o03_sibling_littoral_monitor_no_sidecar", width=72, seed=33)
    page = [1]
    def furniture(doc):
        doc.fur("\n%s%s\n\n" % ("SOUTHERN LITTORAL MONITOR · December 2032".ljust(66), "p. %d" % page[0]))
        page[0] += 1
    d.furniture = furniture
    d.fur("""                         S O U T H E R N   L I T T O R A L
                                  M O N I T O R
             Security, crime and governance along the southern coasts

Vol. 4 | No. 12                                              December 2032
------------------------------------------------------------------------

Inside:
  Brief — Harbour strike exposes militia grip on Cabo Irmão's docks
  Analysis — Fishermen, Informants and the War for the Lagoon Islands (p. 2)

------------------------------------------------------------------------
""")
    d.page_len = 40
    d.add("BRIEF"); d.add()
    d.add("Harbour Strike Exposes Militia Grip on Cabo Irmão's Docks"); d.add()
    d.add("by Anselmo Ferreira-Diallo"); d.add()
    P = [
"A nine-day strike by dock workers in Cabo Irmão ended on November 27 after the port authority agreed to remove a private security contractor from the container terminal. The contractor, Guarda Costeira Integral, had been hired in 2030 to stop cargo theft. Workers say it instead became the instrument through which a local militia decided who worked, who was paid and which containers left the port without inspection.",
"The militia, known locally as the Brotherhood of the Point, emerged from neighbourhood self-defence groups during the gang wars of the late 2020s. It has since expanded into the fuel trade, transport and, according to the workers' union, the port itself, where its members held most of the contractor's supervisory posts. Union leaders told reporters that workers who refused to unload certain containers at night were dismissed, and that two who complained to the labour inspectorate were beaten.",
"The port authority's concession is a rare public setback for the Brotherhood. It is unlikely to be the last word. The contractor's staff have not been dismissed, only transferred to the fishing harbour, and the provincial police, who depend on the militia for information in the neighbourhoods around the port, have opened no investigation into the union's allegations.",
"For shipping companies the episode is a warning as well. Several of the containers that workers say left the terminal uninspected belonged to regular customers of the port, and at least one freight forwarder has quietly moved its business to the smaller harbour at Vila Nova while the dispute lasted. If the Brotherhood's hold on the docks becomes a matter for insurers and foreign customs services rather than for the union alone, the pressure on the provincial authorities to act will be of a different order.",
    ]
    for p in P: d.para(p, 0, hyphenate=0.3); d.add()
    d.add(); d.add("ANALYSIS"); d.add()
    d.add("Fishermen, Informants and the War for the Lagoon Islands"); d.add()
    d.add("By Marisol Achterhuis and Kofi Benedetti-Amankwah"); d.add()
    P = [
"The lagoon islands south of Porto Seco have never been easy to govern. A maze of mangrove channels, sandbars and fishing villages reachable only by boat, they have for decades sheltered smugglers moving fuel, cigarettes and, more recently, cocaine bound for the north. Since early 2032, the islands have also become the front line of a quiet conflict between an armed group that calls itself the Lagoon Defence Committee and a navy that has never had enough boats to patrol them.[1]",
"The Committee presents itself as the protector of the fishing communities against industrial trawlers and corrupt officials. Its statements, read on a pirate radio station that broadcasts from one of the larger islands, demand the enforcement of a coastal fishing zone reserved for canoes and the dismissal of fisheries inspectors accused of taking bribes from trawler owners. These demands are popular, and many islanders who would never carry a weapon speak of the Committee with approval.",
"The Informant Problem",
"What has turned a local dispute into a violent one is the navy's reliance on informants. Lacking the boats and the local knowledge to patrol the channels, naval intelligence has recruited fishermen to report on the movements of Committee members and smugglers. The Committee has responded by killing at least eleven people it accused of informing since March, several of them publicly, and by forcing suspected families to leave their villages.[2] In the process, the Committee has become less a defender of the fishing communities than a power over them.",
"The navy's own operations have added to the fear. Raids on villages suspected of sheltering Committee members have led to arrests of young men who were later released without charge, and fishermen complain that patrol boats have confiscated nets and engines. Each raid confirms the Committee's claim that the state comes to the islands only to punish.",
"Where It Leads",
"Both sides are now caught in a familiar trap. The navy needs informants because it lacks presence; the Committee kills informants because it fears the navy; and the villagers, who want neither, are left to choose whom to fear more. Breaking the cycle would require the state to offer something the Committee cannot: a permanent presence on the islands that protects fishermen from trawlers as well as from armed men. Until that happens, the lagoon is likely to remain a place where loyalty is measured by silence.[3]",
    ]
    heads = {"The Informant Problem", "Where It Leads"}
    for p in P:
        if p in heads: d.add(p, 1)
        else: d.para(p, 1, hyphenate=0.3)
        d.add()
    d.add("Notes:")
    for n in [
"[1] Porto Seco harbour master's office, annual shipping report, 2031.",
"[2] Tally compiled by the authors from reports on Rádio Ilhas and from the regional press, March-November 2032.",
"[3] The authors conducted interviews in three island villages in October 2032; names are withheld at the interviewees' request.",
    ]:
        d.para(n, 1)
    d.add()
    d.para("Marisol Achterhuis is a doctoral researcher studying maritime governance at the University of Vellmar. Kofi Benedetti-Amankwah is a journalist who has reported from the southern coasts since 2025.", None)
    d.fur("\n%s%s" % ("SOUTHERN LITTORAL MONITOR · December 2032".ljust(66), "p. %d" % page[0]))
    D = "2032-12-01"
    d.write([art("Harbour Strike Exposes Militia Grip on Cabo Irmão's Docks", ["Anselmo Ferreira-Diallo"], D, "brief", SLM, 4, 12),
             art("Fishermen, Informants and the War for the Lagoon Islands", ["Marisol Achterhuis", "Kofi Benedetti-Amankwah"], D, "analysis", SLM, 4, 12)])
o03()


# ---------------------------------------------------------------- web pages: lines marked '@N ' belong to article N
def web(name, text, articles, sidecar=None, one_line=True):
    d = Doc(name)
    for line in text.strip("\n").split("\n"):
        if line.startswith("@"):
            k, _, rest = line[1:].partition(" ")
            d.add(rest, int(k))
        else:
            d.add(line, None)
    d.write(articles, sidecar, one_line)

import re
def marks(p, style):  # rewrite the issue's [n] note markers in a web page's style
    return re.sub(r" ?\[(\d)\]", lambda m: style(m.group(1)), p)

# ---------------------------------------------------------------- o04: browser copy of the Salt Roads feature
def o04():
    body = "\n\n".join("@0 " + marks(p, lambda n: "[%s]" % n) for p in SALT)
    notes = """@0 [1] Figures compiled by the authors from reports of the Regional Maritime Information Centre and from local press, January-September 2032.
@0 [2] "Task Force Destroys Fuel Caches in Qaleb Creeks," Coastal Observer, June 14, 2032.
@0 [3] Interviews by the authors with two lorry drivers and a police inspector, Port Annick, August 2032."""
    text = """Skip to main content
Donate
Subscribe
Log in
Insurgency Research Foundation
Home
Programs
Publications
Terrorism Monitor
Militant Leadership Monitor
Events
Experts
About
Search
Home / Publications / Terrorism Monitor / Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy to Kidnapping
Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy to Kidnapping
Publication: Terrorism Monitor Volume: 30 Issue: 21
By: Ifeoluwa Marchetti-Obi, Corentin Aldabra
November 5, 2032 04:47 PM Age: 3 days
Category: Terrorism Monitor, Maritime Security, Africa, Kidnapping, Home Page
Share
Facebook
X
LinkedIn
Email
Print
(Source: Coastal Observer)
Fishing boats moored in a creek near Port Annick, 2031. (Photo: Coastal Observer)
@0 Executive Summary:
@0 The Sons of the Sundral Shore have moved from piracy to kidnapping on the coast's inland roads since early 2032.
@0 Regional naval patrols and a crackdown on fuel traders have made piracy less profitable.
@0 A new leadership with roots in the salt-mining towns has brought the skills the new business needs.
""" + body + """

Notes
""" + notes + """

Ifeoluwa Marchetti-Obi is a researcher on maritime security at the Centre for Littoral Studies in Port Annick. Corentin Aldabra is a former correspondent in the region and now writes on organised crime and insurgency.
Related Articles
Task Force Patrols Push Raiders Into the Mangroves
Kidnap for Ransom Returns to the Qaleb Estuary
Why Insurers Want Escorts on the Sundral Coast
Get the Terrorism Monitor in your inbox
Sign up for our newsletters to receive analysis as soon as it is published.
Email Address
Sign Up
We use cookies to improve your experience on our site. By continuing you accept our use of cookies. Accept  Learn more
Insurgency Research Foundation
1410 Harbour Row, Suite 300, Westbury
Phone: (555) 014-2266
Privacy Policy | Terms of Use | Contact
© 2032 Insurgency Research Foundation. All rights reserved.
"""
    web("o04_tm_web_browser_copy_salt_roads", text,
        [art("Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy to Kidnapping", ["Ifeoluwa Marchetti-Obi", "Corentin Aldabra"], "2032-11-05", "feature", TM, 30, 21)],
        sidecar="url: https://www.insurgency-research.example/program/salt-roads-and-ransom-sundral-coast-piracy-kidnapping/")
o04()

# ---------------------------------------------------------------- o05: text-mode browser dump of the Varkonyi profile
def o05():
    import textwrap
    d = Doc("o05_mlm_web_textbrowser_dump")
    site = "https://www.insurgency-research.example"
    links = [site + "/feed/", site + "/program/mother-superior-of-the-pines/amp/", "#main", site + "/",
             site + "/programs/", site + "/publications/", site + "/publications/terrorism-monitor/",
             site + "/publications/militant-leadership-monitor/", site + "/events/", site + "/about/", site + "/donate/",
             site + "/publications/militant-leadership-monitor/", site + "/expert/bartholomew-nkemdirim-sato/",
             "https://share.example/facebook?u=mother-superior", "https://share.example/x?u=mother-superior",
             "mailto:?subject=Mother%20Superior%20of%20the%20Pines"]
    n = [len(links)]
    def ref(url):
        links.append(url); return "[%d]" % len(links)
    d.fur("""   #[1]Insurgency Research Foundation » Feed [2]alternate

   [3]Skip to main content

   [4]Insurgency Research Foundation
     * [5]Home
     * [6]Programs
     * [7]Publications
          + [8]Militant Leadership Monitor
     * [9]Events
     * [10]About
     * [11]Donate
""")
    d.add("Mother Superior of the Pines: How Ilse Varkonyi Built an Eco-Extremist Network")
    d.fur("""
   Publication: [12]Militant Leadership Monitor Volume: 23 Issue: 10
   By: [13]Bartholomew Nkemdirim-Sato

   October 1, 2032 11:02 AM Age: 2 months

   [14]Share  [15]Post  [16]Email

   Police photograph of seized pamphlets, Valdmark, September 2032.
   (Source: Valdmark Police)
""")
    for p in VARK:
        p = re.sub(r"\((\d)\)", lambda m: ref(site + "/program/mother-superior-of-the-pines/#note%s" % m.group(1)) + m.group(1), p)
        for l in textwrap.wrap(p, 74): d.add("   " + l, 0)
        d.add()
    d.add("   Notes"); d.add()
    for k, note in enumerate(["Indictment summary released by the Valdmark public prosecutor, September 22, 2032.",
                              ref("https://www.nordlys-review.example/2032/10/04/letters-in-the-woods")
                              + "\u201cLetters in the Woods: How Police Cracked the Pine Covenant,\u201d Nordlys Review, October 4, 2032."]):
        w = textwrap.wrap(note, 70)
        d.add("    %d. %s" % (k + 1, w[0]), 0)
        for l in w[1:]: d.add("       " + l, 0)
    d.add()
    for l in textwrap.wrap("Bartholomew Nkemdirim-Sato is a journalist based in Valdmark who covers environmental conflict and political violence in northern Europe.", 74):
        d.fur("   " + l)
    r1, r2, r3 = (ref(site + "/program/" + s) for s in ("the-accountant-of-tel-safra/", "quiet-successor-ramla-hills/", "pine-covenant-arson-2031/"))
    tail = """
   Related

     * %sThe Accountant of Tel Safra: Yunis al-Marrak and the Finances of the
       Eastern Brigades
     * %sThe Quiet Successor in the Ramla Hills
     * %sArson in the Pines: A New Front in Northern Europe?

   Never miss an issue. %sSubscribe to Militant Leadership Monitor

   © 2032 Insurgency Research Foundation | %sPrivacy | %sContact
""" % (r1, r2, r3, ref(site + "/subscribe/"), ref(site + "/privacy/"), ref(site + "/contact/"))
    d.fur(tail)
    d.fur("References\n")
    for k, u in enumerate(links):
        d.fur("%4d. %s" % (k + 1, u))
    d.write([art("Mother Superior of the Pines: How Ilse Varkonyi Built an Eco-Extremist Network", ["Bartholomew Nkemdirim-Sato"], "2032-10-01", "feature", MLM, 23, 10)])
o05()

# ---------------------------------------------------------------- o06: an emailed newsletter carrying three pieces
def o06():
    text = """From: The Borderlands Briefing <briefing@borderlands-briefing.example>
To: editors@monitor-archive.example
Subject: Borderlands Briefing #212: Drones over the salt pans, a court in Merrow, and counting the kidnapped
Date: Thu, 18 Nov 2032 07:02:11 +0000
Reply-To: no-reply@borderlands-briefing.example
List-Unsubscribe: <https://borderlands-briefing.example/unsubscribe?u=8812>
Content-Type: text/plain; charset=utf-8

View this email in your browser: https://borderlands-briefing.example/archive/212

THE BORDERLANDS BRIEFING
Conflict, crime and the state at the edges of the map
Issue #212 · Thursday 18 November 2032

Good morning. This week: who is flying the drones over the Sundral salt pans, what a small court case in Merrow tells us about the amnesty, and why nobody agrees on how many people have been kidnapped on the coast this year. As ever, reply to this email to tell us what we missed.

————————————————————

ANALYSIS
Who is flying the drones over the salt pans?
By Rukmini Halvorsen-Eze

@0 Since late September, workers at the salt pans north of Port Annick have reported small drones circling over the evaporation ponds at dusk. At first the sightings were dismissed as hobbyists or smugglers scouting routes. Then, on November 9, a drone dropped a small charge on a generator shed at the Qaleb Salt Company's northern works, injuring a night watchman and stopping production for three days.
@0 No group has claimed the attack, and the obvious suspects have reasons to deny it. The Sons of the Sundral Shore, whose leadership now comes largely from the salt towns, depend on the goodwill of the very workers whose livelihoods the pans provide. A rival faction that split from the movement last year, however, has been trying to force the salt companies to pay it rather than the Sons for \"protection,\" and a drone strike that injures no one important is a cheap way of making that point.
@0 The technology is not sophisticated. Commercial quadcopters modified to carry a few hundred grams of explosive have been used by armed groups on three continents, and spare parts are sold openly in the markets of the estuary towns. What is new is their arrival in a conflict that has so far been fought with fast boats and roadblocks. If the salt companies begin to pay both factions, the drones will have done their job, and others will notice.
@0 The police have asked the companies to install jamming equipment. The companies, for their part, have asked who will pay for it.

————————————————————

DISPATCH
A small court and a large question in Merrow
By our correspondent in Halvan, Teodor Mbeki-Larsen

@1 The district court in Ossery, a market town in the foothills of Merrow Province, sits in a single room above the post office. On a wet Tuesday this month it heard a case that officials in the capital would rather it had not: a former fighter of the Merrow Liberation Army, who had handed in his rifle under the 2029 amnesty, suing a neighbouring family for the plot of land the amnesty had promised him.
@1 The land in question, four acres of terraced hillside, was allocated to him by the district office in 2030. The family who farm it say it has been theirs for three generations and that they fled it only when the fighting reached their village. Both sides have papers. Neither has a lawyer. The judge, who admitted from the bench that the law gave her little to work with, adjourned the case until January and asked the district office to explain how it had decided who owned what.
@1 Dozens of such disputes are waiting across the province, and they go to the heart of why some former fighters have returned to the hill camps. Many of those who stay down do so because they have land to farm. Those who lose it in courts like this one have fewer reasons to stay. A ruling in the former fighter's favour would anger returning refugees; a ruling against him would send a message to every other man who traded a rifle for a plot.
@1 Outside, after the hearing, the former fighter said he would wait for January. \"I waited three years in the camps,\" he said. \"I can wait two months in the town.\"

————————————————————

DATA POINT
Counting the kidnapped
By Rukmini Halvorsen-Eze

@2 How many people have been kidnapped on the Sundral coast this year? The answer depends on whom you ask. The regional maritime centre, which counts only incidents involving ships and their crews, recorded nine. The provincial police say forty-one. A coalition of aid agencies, whose staff travel the coast roads, counts sixty-three, and a local human rights group that interviews families puts the figure above a hundred.
@2 The gap is not simply a matter of competence. Each count answers a different question. The maritime centre measures piracy, which has fallen. The police count cases reported to them, which excludes families who pay quietly and never go near a police station. The aid agencies count abductions of anyone travelling for work, and the rights group counts everyone, including the short \"express\" kidnappings in which a driver is held for an afternoon until his employer pays.
@2 For policy, the differences matter. Governments that cite the maritime figure can claim the coast is safer than it has been in a decade; those that cite the rights group's figure describe a crisis. The truth, as usual, is that both are describing the same coast from different places on it. We will publish our own count, with the method explained, in the new year.

————————————————————

ELSEWHERE
- Coastal Observer on the navy's new patrol base at Qaleb: https://coastal-observer.example/2032/11/qaleb-base
- A long read on the timber trade in Merrow's hill forests: https://lantern-longreads.example/merrow-timber
- Ostravia's proposed law on gaming platforms, in full: https://ostravia-gov.example/bills/2032-114

That's all for this week. If someone forwarded you this email, you can subscribe at https://borderlands-briefing.example/subscribe.

The Borderlands Briefing is written by Rukmini Halvorsen-Eze and Teodor Mbeki-Larsen and edited in Westbury.
You are receiving this email because you signed up at borderlands-briefing.example.
Unsubscribe | Update your preferences | Forward to a friend
Borderlands Briefing Ltd, 22 Chandlers Yard, Westbury WB3 7QL
"""
    P, D = "The Borderlands Briefing", "2032-11-18"
    web("o06_email_newsletter_three_pieces", text,
        [art("Who is flying the drones over the salt pans?", ["Rukmini Halvorsen-Eze"], D, "analysis", P),
         art("A small court and a large question in Merrow", ["Teodor Mbeki-Larsen"], D, "dispatch", P),
         art("Counting the kidnapped", ["Rukmini Halvorsen-Eze"], D, "data point", P)])
o06()

# ---------------------------------------------------------------- o07: podcast episode page, show notes, partial transcript
def o07():
    text = """Menu
Episodes
Hosts
Transcripts
Support the show
Search episodes…
THE LONG FUSE
A podcast about political violence, the people who study it and the people who live with it
Episode 147
The salt roads
Hosted by Mira Castellanos-Udeh
2 December 2032 · 48 min
▶ Play episode
Listen on: Apple Podcasts · Spotify · Pocket Casts · RSS
Download MP3 (44.1 MB)
Share
Copy link
Show notes
@0 For years, the Sundral coast was a story about pirates. This year it became a story about roads. Mira talks to the researcher Ifeoluwa Marchetti-Obi about why the Sons of the Sundral Shore turned from attacking ships to kidnapping engineers and clerks on the highways between the salt pans and Port Annick, what the navies did and did not achieve, and why falling piracy figures may have hidden a rise in violence on land.
@0 They also discuss how ransoms are negotiated through brokers in the estuary towns, what it means for the families of drivers when the police are suspected of collusion, and what governments in the region could do differently.
Chapters
00:00 Introduction
02:40 Pirates in the creeks
11:15 The task force arrives
19:30 Salt lorries and roadblocks
31:05 The brokers
42:20 What could change
Mentioned in this episode
Salt Roads and Ransom: The Sundral Coast Insurgency's Shift From Piracy to Kidnapping (Terrorism Monitor, Volume 30, Issue 21)
Regional Maritime Information Centre annual report
Transcript (partial)
This transcript was generated automatically and lightly edited. It may contain errors.
@0 MIRA CASTELLANOS-UDEH: Ifeoluwa, when people hear \"Sundral coast\" they still think of fast boats and hijacked trawlers. Is that picture out of date?
@0 IFEOLUWA MARCHETTI-OBI: It is, and that's really the point of the piece we wrote. If you look at the attacks at sea this year, they've fallen off a cliff. Two years ago there would be several boardings a month. This year there have been months with none at all. But if you look at what's happening on the roads inland, the kidnappings have more than doubled. So the violence didn't go away. It moved.
@0 MIRA CASTELLANOS-UDEH: Moved because the navies made the sea too dangerous?
@0 IFEOLUWA MARCHETTI-OBI: Partly. The task force changed the arithmetic. A boat that goes out now has a real chance of being chased into the creeks and losing its engines. But the bigger change, I think, was on land. The traders who used to buy stolen fuel and fish were squeezed by a crackdown on the informal depots. If you can't sell what you steal, piracy is just a very dangerous way of wasting fuel.
@0 MIRA CASTELLANOS-UDEH: And then there's the leadership.
@0 IFEOLUWA MARCHETTI-OBI: Yes. The man who leads the movement now, Haroun Beledi, grew up driving salt lorries. The commanders around him come from the same towns. They know every checkpoint on those highways, they know which drivers carry which companies' staff, and they know which company will pay and how fast. That's an enormously valuable kind of knowledge if your business is kidnapping, and it's knowledge the old sea commanders simply didn't have.
@0 MIRA CASTELLANOS-UDEH: One thing that struck me in the article was how quickly people are released.
@0 IFEOLUWA MARCHETTI-OBI: Weeks, usually, not months. They want a steady flow of payments, not a hostage crisis that brings in the army. It's a business model, and a fairly disciplined one.
The full transcript is available to supporters. Become a supporter from £4 a month to read every transcript and get ad-free episodes.
Credits
The Long Fuse is produced by Kettlebridge Audio. Producer: Dan Ferreira-Holt. Music: \"Slow Burn\" by the Orla Quartet.
More episodes
146 · The amnesty that didn't end
145 · Gaming servers and the new recruiters
Subscribe to The Long Fuse newsletter
Your email address
Subscribe
© 2032 Kettlebridge Audio Ltd · Privacy · Cookie settings
"""
    web("o07_podcast_episode_partial_transcript", text,
        [art("The salt roads", ["Mira Castellanos-Udeh"], "2032-12-02", "podcast", "The Long Fuse")],
        sidecar="url: https://thelongfuse.example/episodes/147-the-salt-roads")

# ---------------------------------------------------------------- o08: think tank report landing page, key findings, download box
def o08():
    text = """Westbury Institute for Conflict Studies
About
Research
Programmes
Events
People
Media
Newsletter
Support us
Research › Reports › Kidnap economies
REPORT
Brokers, Roadblocks and Ransoms: Kidnap Economies on the Sundral Coast
Authors: Dr Lionel Abara-Whitfield and Priya Sandoval-Kuti
Published: 12.11.2032
Programme: Organised Crime and Conflict
Reading time: 6 minutes (summary); full report 48 pages
+--------------------------------------+
|  DOWNLOAD THE FULL REPORT            |
|  PDF · 2.4 MB · 48 pages             |
|  [ Download ]                        |
|  Also available: Executive summary   |
|  (French, Portuguese)                |
+--------------------------------------+
@0 Kidnapping for ransom has become the main source of income for armed groups on the Sundral coast, overtaking piracy, fuel theft and smuggling. Drawing on more than ninety interviews with drivers, company security managers, negotiators, police officers and released hostages, this report traces how the trade works, who profits from it and why efforts to stop it have so far failed.
@0 The report finds that kidnapping on the coast is less a crime committed by isolated gangs than a market, with recognised prices, brokers and customs. Victims are chosen according to what their employers or families are thought able to pay; negotiations follow predictable stages; and releases are arranged through intermediaries whose role is known to, and often tolerated by, local officials. The armed groups that carry out abductions take the largest share of each ransom, but brokers, corrupt police officers and some security contractors also profit.
@0 Key findings
@0 Kidnappings on the two coast highways rose from 27 recorded cases in 2030 to at least 64 in the first nine months of 2032, while attacks on ships fell by more than two thirds over the same period.
@0 Median ransoms paid for local staff of private companies rose from around 4,000 to 11,000 dollars between 2030 and 2032; payments for foreign nationals were far higher but much rarer.
@0 Nearly every release documented in the report was arranged through one of roughly a dozen brokers based in the estuary towns, several of whom formerly dealt in stolen cargo.
@0 Companies and aid agencies rarely share information about incidents, which allows armed groups to play employers against one another and to raise prices.
@0 Police units on the highways are widely believed by drivers to pass information to kidnappers; only four of the 64 cases recorded in 2032 led to an arrest.
@0 Recommendations
@0 The authors call on governments in the region to treat the highways as seriously as the sea lanes, by funding a dedicated road security force with independent oversight, prosecuting brokers as well as kidnappers, and supporting a confidential incident-sharing system for employers operating on the coast. They also urge donors and companies to adopt common policies on ransom payments, so that no single employer becomes the easiest to target.
About the authors
Dr Lionel Abara-Whitfield is a senior fellow in the Organised Crime and Conflict programme. Priya Sandoval-Kuti is a research analyst at the Institute.
Cite this report: Abara-Whitfield, L. and Sandoval-Kuti, P. (2032) Brokers, Roadblocks and Ransoms: Kidnap Economies on the Sundral Coast. Westbury: WICS.
Topics: Kidnapping · Maritime security · Organised crime · Sundral coast
Related research
The Amnesty Gap: Reintegration in Merrow Province (2031)
Fuel, Fish and Firearms: Coastal Smuggling Networks (2030)
Sign up for our research updates
Email
Sign up
This site uses cookies. Some are essential; others help us understand how the site is used. Manage preferences | Accept all
Westbury Institute for Conflict Studies is a registered charity, no. 1199042.
© Westbury Institute for Conflict Studies 2032 · Accessibility · Privacy
"""
    web("o08_thinktank_report_landing_download_box", text,
        [art("Brokers, Roadblocks and Ransoms: Kidnap Economies on the Sundral Coast", ["Lionel Abara-Whitfield", "Priya Sandoval-Kuti"], "2032-11-12", "report", "Westbury Institute for Conflict Studies")])

# ---------------------------------------------------------------- o09: government press release with notes to editors
def o09():
    text = """Skip to main content
Cookies on harbour.gov.example
We use some essential cookies to make this service work. We'd also like to use analytics cookies so we can understand how you use the service.
Accept analytics cookies
Reject analytics cookies
View cookies
GOV.SUNDRALIA
Menu
Search
Home
Crime, justice and the law
Policing and security
Press release
New road security unit to tackle kidnapping on coast highways
A dedicated unit of 400 officers will patrol the Port Annick highways from January, the Minister for Coastal Security has announced.
From: Ministry of Coastal Security
Published 24 November 2032
@0 A new road security unit will begin patrolling the two highways between the northern salt pans and Port Annick from January 2033, the Minister for Coastal Security, Aurelio Nwosu-Dahl, announced today.
@0 The unit, made up of 400 officers drawn from the national police and the coastguard, will operate from three new bases along the highways and will be supported by surveillance aircraft already used by the regional maritime task force. Officers will be rotated every six months and will not be posted to the districts in which they live.
@0 The Minister said:
@0 \"We have taken the fight to the pirates at sea, and we have won that fight. Now the criminals have moved onto our roads, and we will follow them there. Every driver, engineer and clerk who travels between the salt pans and Port Annick deserves to reach home safely, and this unit will make sure they do.\"
@0 The unit will have its own complaints procedure, overseen by the Office of the Police Ombudsman, after concerns raised by drivers' associations and employers about the conduct of officers at existing checkpoints. A telephone line for confidential reports of kidnapping and extortion will open at the same time.
@0 The Ministry will also work with the Ministry of Justice on proposals to make the brokering of ransom payments a specific criminal offence, with penalties equal to those for kidnapping itself.
@0 The chair of the Coast Highways Drivers' Association, Benedita Oyelaran-Moss, said:
@0 \"Our members have been asking for this for two years. We welcome the unit, and we welcome the ombudsman's role in particular. Drivers need to be able to trust the officers at the roadside.\"
ENDS
Notes to editors
@0 The road security unit will cost an estimated 38 million dollars in its first year, funded from the national security budget and a contribution from the regional maritime partnership.
@0 The three bases will be at Qaleb Junction, Salt Pans North and Kilometre 84 on the eastern highway.
@0 The confidential reporting line will be 0800 214 1414 and will be staffed 24 hours a day.
Media enquiries
Ministry of Coastal Security press office
Email: press@coastal-security.harbour.gov.example
Telephone: 0300 555 0192
Share this page
Share on Facebook
Share on X
Published 24 November 2032
Related content
Maritime task force extended for two years
Minister visits Port Annick naval base
Explore the topic
Policing
Kidnap and ransom
Is this page useful?
Yes
No
Report a problem with this page
Help Privacy Cookies Accessibility statement Contact Terms and conditions
All content is available under the Open Government Licence v3.0, except where otherwise stated
© State of Sundralia copyright
"""
    web("o09_gov_press_release_notes_to_editors", text,
        [art("New road security unit to tackle kidnapping on coast highways", [], "2032-11-24", "press release", "Ministry of Coastal Security")],
        sidecar="url: https://www.harbour.gov.example/government/news/new-road-security-unit-to-tackle-kidnapping-on-coast-highways")
o07(); o08(); o09()

# ---------------------------------------------------------------- o10: book review with the book's details block, reviewer at the end
def o10():
    text = """RAMPARTS REVIEW
Books and ideas on war, peace and the state
Subscribe  |  Sign in  |  Current issue  |  Archive  |  Podcasts
BOOKS
Book review
The forest as a battlefield
Anti-industrial militancy is older, and stranger, than its newest followers imagine
December 3rd, 2032
┌─────────────────────────────────────────────┐
│ The Green Fuse: Anti-Industrial Violence    │
│ from the Luddites to the Pine Covenant      │
│ by Oskar Wennerholm-Adu                     │
│ Carrow & Finch, 2032                        │
│ 312 pp., £25.00 (hardback)                  │
│ ISBN 978-0-00-000000-0                      │
└─────────────────────────────────────────────┘
Share  ·  Save  ·  Print
@0 When police in Valdmark arrested a retired schoolteacher this autumn and accused her of leading a network that burned logging machines and threatened forestry officials, the story was told as a curiosity: the gentle goat-keeper turned eco-extremist. Oskar Wennerholm-Adu's timely and absorbing book suggests that there is nothing curious about it at all. Violence against machines in the name of the living world, he argues, is one of the oldest currents in modern political life, and it has always attracted teachers, clergy and respectable dissenters as well as the young and angry.
@0 The Green Fuse begins, as such books must, with the machine-breakers of early industrial England, but it moves quickly to less familiar ground: forest rebellions in central Europe in the nineteenth century, the sabotage campaigns of the 1970s and 1980s, and the small, often overlooked networks of the past decade, in which the language of climate emergency has been grafted onto much older ideas about purity and decline. Wennerholm-Adu is at his best in the archives, and his chapter on a group of village pastors who encouraged the burning of sawmills in the 1880s is a small masterpiece of historical reconstruction.
@0 The book is weaker on the present. The author relies heavily on court records and press reports for recent cases, and his account of the Pine Covenant, written before the arrests, inevitably feels provisional. More seriously, his central claim, that anti-industrial violence is driven less by ideology than by a particular kind of charismatic moral authority, is asserted more often than it is tested. The movements he describes were also shaped by land disputes, unemployment and the decline of rural communities, and these receive only passing attention.
@0 Still, this is a serious and humane book, written with a novelist's eye for character and a historian's suspicion of easy explanations. Policymakers who currently file eco-extremism under \"emerging threats\" would learn from its reminder that the threat is not new, and that the people drawn to it are rarely the people we expect.
Hanne Ostrowski-Adeyemi
Professor Hanne Ostrowski-Adeyemi teaches modern European history at the University of Kessel. Her most recent book is The Burning Year: Rural Protest in Northern Europe, 1848–1851.
Topics: Eco-extremism · History · Northern Europe
More from Books
The accountant's war: how armed groups balance their books
Five novels about insurgency worth your time this winter
Ramparts Review is published by Ramparts Media Ltd. Reviews are the opinions of their authors.
You have read 2 of your 3 free articles this month. Subscribe for unlimited access.
© Ramparts Media Ltd 2032 | Terms | Privacy | Advertise
"""
    web("o10_book_review_details_block", text,
        [art("The forest as a battlefield", ["Hanne Ostrowski-Adeyemi"], "2032-12-03", "review", "Ramparts Review")])

# ---------------------------------------------------------------- o11: journal article abstract page
def o11():
    text = """Skip to Main Content
Tarnwell Academic
Log in  |  Register  |  Cart
Search in: This Journal  Anywhere
Studies in Political Violence and Security
Volume 44, 2032 - Issue 6
Submit an article   Journal homepage
Research Article
Return Without Rearmament? Former Combatants, Land Claims and Recidivism After the Merrow Amnesty
Amara Lindqvist-Okoro 1, Hugo Ferreira-Nakamura 2 *, Zainab Oduya-Brandt 1
1 Department of Peace and Conflict Research, University of Halvan, Halvan
2 School of Law and Government, Kessel Metropolitan University, Kessel
* Correspondence: h.ferreira-nakamura@kmu.example
Received 14 Mar 2032, Accepted 02 Sep 2032, Published online: 09 Oct 2032
https://doi.org/10.5555/spvs.2032.2231847
Full Article   Figures & data   References   Citations   Metrics   Reprints & Permissions   Get access
Abstract
@0 Why do some former combatants return to armed groups after disarmament while most do not? Studies of recidivism after peace agreements have emphasised ideological commitment, the pull of former commanders and the weakness of reintegration programmes. Less attention has been paid to the material conditions that former fighters meet when they return home, and in particular to access to land.
@0 This article examines the return of former members of the Merrow Liberation Army to the hill camps of Merrow Province after the 2029 amnesty. Drawing on an original survey of 612 registered former combatants in six districts, conducted between 2030 and 2031, and on 48 follow-up interviews, we compare those who had returned to armed activity by mid-2032 with those who had not.
@0 We find that former combatants whose amnesty land allocation was contested in the courts or by returning displaced families were roughly three times as likely to return to armed activity as those whose allocation was uncontested, even after controlling for age, rank, length of service and district. Participation in vocational training had no measurable effect. Recidivism was also higher among those who reported repeated questioning by police, suggesting that the experience of being treated as a suspect after disarmament shapes the decision to rearm.
@0 The findings suggest that reintegration programmes which treat disarmament as a single event, and land as a reward rather than a source of new disputes, risk creating the conditions for renewed mobilisation. We discuss the implications for the design of amnesty and reintegration schemes, including the need for land dispute mechanisms that are in place before allocations are made.
Keywords: disarmament, demobilisation and reintegration; recidivism; land; amnesty; Merrow Province; former combatants
Acknowledgements
The authors thank the Merrow Peace Forum and the district offices of six districts for their assistance.
Disclosure statement
No potential conflict of interest was reported by the authors.
Funding
This work was supported by the Halvan Research Council under grant HRC-2030-114.
Cite this article
Lindqvist-Okoro, A., Ferreira-Nakamura, H. and Oduya-Brandt, Z. (2032) 'Return Without Rearmament?', Studies in Political Violence and Security, 44(6), pp. 811-836.
Article metrics
Views: 1,204   Citations: 0   Altmetric: 17
Access options
Purchase this article: USD 45.00 (24 hours access)
Institutional login
People also read
Amnesty Without Justice: Victims' Views in Post-Conflict Halvan
Land, Loyalty and Rebellion in Upland Insurgencies
Information for Authors  Editors  Librarians  Societies
Cookie Policy  Privacy Policy  Terms & Conditions  Accessibility
Registered in Westbury No. 3099067. Copyright © 2032 Tarnwell Academic
"""
    web("o11_journal_article_abstract_page", text,
        [art("Return Without Rearmament? Former Combatants, Land Claims and Recidivism After the Merrow Amnesty",
             ["Amara Lindqvist-Okoro", "Hugo Ferreira-Nakamura", "Zainab Oduya-Brandt"], "2032-10-09", "research article",
             "Studies in Political Violence and Security", 44, 6)],
        sidecar="url: https://www.tarnwell-academic.example/doi/full/10.5555/spvs.2032.2231847")
o10(); o11()

# ---------------------------------------------------------------- o12: platform-hosted newsletter, clipped with a crawler's YAML block
def o12():
    text = """---
title: "The insurers are the navy now | Wire & Wick"
source: "https://wireandwick.letterhouse.example/p/the-insurers-are-the-navy-now"
author:
  - "[[Wire & Wick]]"
published: 2032-12-07
created: 2032-12-08
description: "Why the people who price risk on the Sundral coast may matter more than the people who patrol it."
tags:
  - "clippings"
---
Wire & Wick
Subscribe
Sign in
Share this post
The insurers are the navy now
Why the people who price risk on the Sundral coast may matter more than the people who patrol it.
Posted Dec 7, 2032 by Jonah Abernathy-Kwe
12
3
Share
@0 A confession to start: I spent most of last year writing about warships. The frigates, the patrol boats, the surveillance aircraft, the joint task force with its acronym and its press releases. If you had asked me in 2031 who would decide whether the Sundral coast became safer, I would have told you to watch the admirals.
@0 I was watching the wrong people. The decisive actors on that coast, it turns out, wear suits and work in underwriting offices a long way from the sea.
@0 Here is what happened. When the task force arrived, the marine insurers who cover the coastal freighters did not simply lower their premiums and celebrate. They rewrote their policies. Ships that wanted cover had to travel in escorted groups, at set times, along set lanes. Ships that didn't comply could still sail, but nobody would insure their cargo. Within six months almost every freighter on the coast was moving in convoy, and a pirate in a fast boat faced not one slow ship but a cluster of them with a patrol boat nearby.
@0 The navies got the credit for the fall in piracy, and they deserve some of it. But the convoy rule did something that warships alone could not: it changed the behaviour of thousands of ship owners at once, at no cost to any government.
@0 Now look at the roads. Kidnappings on the two highways to Port Annick have roughly doubled. The companies whose staff travel those roads are insured too, by kidnap and ransom policies that quietly reimburse payments and pay for negotiators. Those policies have not been rewritten. If anything, the existence of insurance that pays helps explain why ransoms for company staff keep rising.
@0 I am not arguing that insurers should stop covering ransoms. Families and employers need help when someone they love is taken, and the negotiators those policies fund save lives. But it is worth noticing that the same industry which made the sea safer by setting conditions has so far set none on land. Imagine a rule that staff travel only in daylight, in marked convoys, with incidents shared among all insured employers. It would not solve the problem. It might do more than another 400 police officers.
Keep reading with a 7-day free trial
Subscribe to Wire & Wick to keep reading this post and get 7 days of free access to the full post archives.
Start trial
Already a paid subscriber? Sign in
Previous
Next
© 2032 Jonah Abernathy-Kwe
Privacy ∙ Terms ∙ Collection notice
Start writing
Get the app
Letterhouse is the home for great culture
"""
    web("o12_platform_newsletter_yaml_paywall", text,
        [art("The insurers are the navy now", ["Jonah Abernathy-Kwe"], "2032-12-07", "newsletter", "Wire & Wick")])

# ---------------------------------------------------------------- o13: speech, "Check against delivery"
def o13():
    text = """Department for Home Security
Home | News | Speeches | Publications | Consultations | About us
You are here: Home > News > Speeches
Speech
Security Minister's address to the Westbury Forum on Radicalisation Online
Delivered by the Rt Hon Dame Cordelia Marchbank-Osei DBE MP, Minister of State for Security, at the Westbury Forum annual conference.
Location: Westbury Guildhall
Delivered on: 30 November 2032 (Transcript of the speech, exactly as it was delivered)
Last updated 30 November 2032
Check against delivery
@0 Thank you, Chair, and thank you to the Westbury Forum for bringing together so many people who care about keeping young people safe.
@0 I want to begin with a story. Earlier this year, a mother in the north of the country contacted her son's school because he had stopped sleeping. He was fourteen. He spent every night on a game server with people he had never met. By the time the police became involved, those people had sent him instructions for making a firebomb and a list of places he might use it. He was, thankfully, stopped. He is now getting help. But nobody in his life had known what was happening until very late.
@0 That story is not unusual any more. Across Europe, and here at home, we have seen a steady rise in cases where the people planning violence are children, and where the places they were drawn in are not the open social networks we have spent a decade learning to police, but closed spaces built around games, chat servers and private groups.
@0 So today I want to set out three things we will do.
@0 First, we will ask more of the companies. Platforms that host private servers will be required to respond to lawful police requests within a set time, and to give their volunteer moderators the training and the tools to recognise grooming when they see it. Many of them want to do the right thing. We will make it easier for them, and harder for those who do not.
@0 Second, we will invest in the people who are closest to children. Teachers, youth workers and parents are not counter-terrorism officers, and we should not ask them to be. But they are often the first to notice that something is wrong. From next spring, every secondary school will have access to a trained adviser who can help staff decide when to worry and where to turn.
@0 Third, we will change how we respond when a child is drawn in. A fourteen-year-old who has been groomed online is a victim as well as a risk. Our prevention programme was built for adults and for one ideology at a time. The cases we see now mix ideas from across the extremes, and the young people involved often care less about doctrine than about belonging. We will build a response that starts from that reality.
@0 None of this is simple, and none of it will work without the people in this room. I look forward to your questions, and to your challenge.
@0 Thank you.
Published 30 November 2032
Share this page
Email  Facebook  X  LinkedIn
Related
Online Safety (Private Spaces) Bill: factsheet
Prevention programme: annual statistics 2031-32
Was this page useful?  Yes  No
Contact us  Accessibility  Cookies  Freedom of information  Privacy
© Crown copyright 2032
"""
    web("o13_speech_check_against_delivery", text,
        [art("Security Minister's address to the Westbury Forum on Radicalisation Online", ["Cordelia Marchbank-Osei"], "2032-11-30", "speech", "Department for Home Security")],
        sidecar="url: https://www.homesecurity.gov.example/speeches/security-minister-westbury-forum-2032")
o12(); o13()

# ---------------------------------------------------------------- o14: letter to the editor with the author's reply
def o14():
    text = """The Westbury Chronicle
Saturday, December 11, 2032
News  Opinion  Business  World  Culture  Sport  Puzzles
Opinion › Letters
LETTERS
Write to us: letters@westburychronicle.example. Letters may be edited for length and clarity.
Amnesty was never meant to end at eighteen months
@0 Sir, Saskia Ondaatje-Fell's article on former fighters returning to the hill camps of Merrow Province (\"After the amnesty, the camps fill again\", November 8) was welcome, but it understated one point. I served as a district reintegration officer in Ossery from 2029 until the programme closed in 2031, and I can confirm that the end of support after eighteen months was not an oversight. It was a condition set by the donors who paid for the programme, who were keen to report it as complete.
@0 In my district we knew by the end of the first year which of our former fighters were likely to struggle. They were the ones whose land was disputed, who had no family to return to, and who were stopped by the police most often. We asked for a second phase aimed at these men and women. We were told there was no budget.
@0 It is easy now to speak of the programme's design as if it were a technical mistake. It was a political choice, and those who made it should be asked to explain it. Meanwhile, the officers who did the work, and who know these men by name, could still be useful if anyone wished to ask them.
Amadou Kestrel-Byrne
Ossery, Merrow Province
A process, not an event: the author replies
@1 Sir, I am grateful to Mr Kestrel-Byrne, whose experience in Ossery is exactly the kind of knowledge that the debate about the amnesty has lacked. He is right that the decision to end support after eighteen months was a deliberate one, and I should have said so more clearly. Several of the former fighters I interviewed spoke warmly of reintegration officers who continued to help them informally, without pay, after the programme had closed.
@1 His letter also points to a practical remedy. The officers who ran the programme still live in the districts and still know which former fighters are at risk. A modest second phase, built around them and around the land courts, would cost a fraction of what renewed fighting in the hills would. The government has said it is reviewing the programme; it should begin by talking to the people who ran it.
@1 I would add only one caution. The donors' wish to close the programme quickly was matched by a wish in the capital to declare the conflict over, and neither has an interest in revisiting the decision now. Letters such as this one are therefore more valuable than they may seem: they put on record what those closest to the work knew at the time, and they make it harder to describe what followed as a surprise.
Saskia Ondaatje-Fell
University of Halvan
Most read in Opinion
The budget nobody wants to defend
Why Westbury's trams still run late
Support independent journalism. Subscribe from £1 a week.
© The Westbury Chronicle 2032. Registered in Westbury. Reproduction in whole or part without permission is prohibited.
"""
    web("o14_letter_to_editor_with_reply", text,
        [art("Amnesty was never meant to end at eighteen months", ["Amadou Kestrel-Byrne"], "2032-12-11", "letter", "The Westbury Chronicle"),
         art("A process, not an event: the author replies", ["Saskia Ondaatje-Fell"], "2032-12-11", "letter", "The Westbury Chronicle")])

# ---------------------------------------------------------------- o15: syndicated op-ed reprinted, original outlet named
def o15():
    text = """☰  THE HARBOUR TIMES  🔍
Port Annick's independent daily since 1961
Home | Local | Coast | Business | Opinion | Sport | Obituaries | E-paper
Advertisement
OPINION  |  GUEST COLUMN
Don't call it a victory at sea
The fall in piracy is real. So is the rise in kidnapping on our roads — and the two are connected.
By Prof. Idris Valcourt-Mensah
Special to The Harbour Times
12/12/2032
This article first appeared in The Corran Ledger on December 9, 2032, and is republished here with permission.
Facebook  Twitter  WhatsApp  Email  Comments (14)
@0 Every few months a minister stands on the deck of a frigate and tells us that piracy off the Sundral coast has been defeated. The figures support him. Attacks on ships have fallen by more than two thirds since the regional task force arrived, and the insurers who once treated our waters as among the most dangerous in the world have cut their premiums.
@0 I do not doubt the figures. I doubt the conclusion. Armed groups do not disappear when one source of income dries up; they look for another. On the Sundral coast, they found it on land. Kidnappings on the highways between the salt pans and Port Annick have more than doubled in the same period in which piracy collapsed. The men who once boarded trawlers now stop lorries at roadblocks, some of them wearing police uniforms.
@0 The connection between the two is not a coincidence, and it is not hard to understand. We spent heavily on the sea, where the threat was visible and where foreign partners were willing to help. We spent almost nothing on the roads, where the threat is harder to photograph and where the police, underpaid and poorly supervised, are too often part of the problem. The armed groups simply moved to where we were weakest.
@0 The new road security unit announced last month is a start, and its promise of independent oversight is welcome. But 400 officers cannot secure two long highways on their own. What is needed is the same seriousness we brought to the sea: shared intelligence between companies and the state, courts in the estuary towns that can prosecute the brokers who arrange ransoms, and an honest accounting of the officers who have helped kidnappers rather than stopped them.
@0 Victory at sea was never the goal. Safety for the people of the coast was. By that measure, we have a long way still to go.
Idris Valcourt-Mensah is professor of criminology at the University of Port Annick and a former adviser to the coastal police commission.
The views expressed are the author's own.
Distributed by Opinion Exchange Syndicate.
More opinion
Letters: the ferry timetable, again
Our view: the council must publish the port audit
Sign up for The Harbour Times morning newsletter
© 2032 Harbour Times Media. All rights reserved. | Terms | Privacy | Do not sell my information
"""
    web("o15_syndicated_oped_original_outlet", text,
        [art("Don't call it a victory at sea", ["Idris Valcourt-Mensah"], "2032-12-09", "guest column", "The Corran Ledger")],
        sidecar="url: https://www.harbourtimes.example/opinion/guest/2032/12/12/dont-call-it-a-victory-at-sea")
o14(); o15()
