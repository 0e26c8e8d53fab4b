# Regenerates heldout32: python3 gen.py (writes every oNN_*.txt, its .labels.yml and, where the editor would
# write one, its sidecar .yml). All text is invented for this corpus. Then: python3 check.py
from lib import Doc, art

# ---------------------------------------------------------------- o01: Terrorism Monitor, volume 30, issue 21
TM = "Terrorism Monitor"
def o01():
    d = Doc("o01_tm_issue_boxed_contents", width=70, seed=11)
    page = [1]
    def furniture(doc):
        page[0] += 1
        num = "\u00e2\u20ac\u201d %d \u00e2\u20ac\u201d" % page[0] if page[0] == 4 else "\u2014 %d \u2014" % page[0]
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
    d.fur("\n" + " " * 32 + "\u2014 %d \u2014" % (page[0] + 1))
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
