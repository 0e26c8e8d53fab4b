# Regenerates heldout34: python3 gen.py && python3 check.py. All text invented.
from lib import Doc, Pdf

# ---------------------------------------------------------------- i01: Terrorism Monitor, Volume 31, Issue 8
def tm_furniture(p):
    if p == 3:
        return ["", "\u00ad3", "", "TerrorismMonitor\u25a0VolumeXXXI,Issue8\u25a0April22,2033", ""]
    if p % 2:
        return ["", "TERRORISM MONITOR    Volume XXXI  \u2022  Issue 8  \u2022  April 22, 2033", "", str(p), ""]
    return ["", str(p), "", "TERRORISM MONITOR    Volume XXXI  \u2022  Issue 8  \u2022  April 22, 2033", ""]

d = Pdf("i01_tm_v31i8_boxed_contents", tm_furniture, per_page=46)
TM = dict(date="2033-04-22", publication="Terrorism Monitor", volume=31, issue=8)
b1 = d.art(title="Arson Attacks on Cell Towers Spread Along the Korrobi Highway", authors=["Eamon Ruthersby-Adeyemi"], kind="brief", **TM)
b2 = d.art(title="A Jailbreak in Port Velasse Frees Two Bomb-Makers", authors=["Eamon Ruthersby-Adeyemi"], kind="brief", **TM)
f1 = d.art(title="Salt, Tolls and Sermons: How the Ashani Lake Front Finances Its Return", authors=["Priyamvada Osei-Lindholm"], kind="feature", **TM)
f2 = d.art(title="From Chat Rooms to Training Camps: A Pro-Islamic State Cell's Recruitment Pipeline in the Zheltor Valley", authors=["Ruslan Beketov-Marr", "Aveline Quaresma"], kind="feature", **TM)
d.add("""The JAMESTOWN FOUNDATION

TERRORISM MONITOR
In-depth analysis of terrorism and insurgency around the world

Volume XXXI, Issue 8  |  April 22, 2033

+--------------------------------------------------------------------+
| IN THIS ISSUE:                                                     |
|                                                                    |
| BRIEFS ...................................................... 1    |
|                                                                    |
| SALT, TOLLS AND SERMONS: HOW THE ASHANI LAKE FRONT FINANCES ITS    |
| RETURN                                                             |
|   By Priyamvada Osei-Lindholm .............................. 3    |
|                                                                    |
| FROM CHAT ROOMS TO TRAINING CAMPS: A PRO-ISLAMIC STATE CELL'S      |
| RECRUITMENT PIPELINE IN THE ZHELTOR VALLEY                         |
|   By Ruslan Beketov-Marr and Aveline Quaresma ............... 7    |
+--------------------------------------------------------------------+

Terrorism Monitor is a publication of The Jamestown Foundation. The
Terrorism Monitor is designed to be read by policymakers and other
specialists yet be accessible to the general public. The opinions
expressed within are solely those of the authors.

BRIEFS
""")
d.title("ARSON ATTACKS ON CELL TOWERS SPREAD ALONG THE KORROBI HIGHWAY")
d.gap(); d.add("Eamon Ruthersby-Adeyemi"); d.gap()
for p in [
 "Over the first two weeks of April, at least nine mobile telephone masts along the Korrobi highway were set alight, cutting coverage to a stretch of road more than 200 kilometres long that links the river port of Dannaway to the cotton towns of the eastern plateau. The attacks followed a common pattern. Small groups of men arrived on motorcycles after dark, doused the generator sheds at the foot of each mast with fuel, and left before the night watchmen employed by the operators could raise the alarm (Korrobi Mirror, April 11).",
 "No group has claimed the attacks, but leaflets left at two of the sites accuse the network operators of passing subscriber data to the army, and warn residents against using their phones to report the movement of \"the brothers\" on the road. The wording of the leaflets closely follows the language used by the Ashani Lake Front in its audio statements last year, and the timing coincides with a new army offensive on the northern shore of the lake, which depends heavily on tip-offs from villagers to locate the group's mobile units.",
 "The immediate effect has been to make the highway darker, in both senses, for the security forces. Commercial drivers interviewed by local radio said that without coverage they could no longer warn each other about illegal checkpoints, and that several convoys had chosen to wait in Dannaway rather than risk the journey. The operators say that replacing a burnt generator takes at least three weeks, and that they will not send crews without military escort. Unless the army can guard the masts or the operators move to solar units that are harder to burn, the militants will have achieved, cheaply, a blackout that serves both their security and their tolling business on the road.",
]: d.para(p, b1); d.gap()
d.title("A JAILBREAK IN PORT VELASSE FREES TWO BOMB-MAKERS")
d.gap(); d.add("Eamon Ruthersby-Adeyemi"); d.gap()
for p in [
 "On the night of April 16, gunmen attacked the central prison in Port Velasse with rocket-propelled grenades and a truck packed with explosives, breaching the outer wall and freeing around forty inmates. Most of those who escaped were held on ordinary criminal charges, and more than half had been recaptured by the end of the week. But among those still at large are two men whom prosecutors describe as the principal explosives makers of the coastal cell that bombed the Velasse fish market in 2031, killing seventeen people (Velasse Daily Herald, April 18).",
 "The operation required planning. The attackers cut the power to the surrounding district minutes before the assault, and the truck approached along a service road that had been closed to traffic only a month earlier, suggesting that they had good information about the prison's routines. The regional governor has suspended the prison's director and ordered an inquiry into whether guards were paid to leave a side gate unlocked.",
 "The escape is a serious setback for a justice system that had been held up as a model for handling terrorism cases in the region. The trial of the market bombers took two years and relied on forensic evidence gathered with foreign assistance; the two men freed had been sentenced to life in February. If they return to bomb-making, the coastal cell, which had been reduced to occasional extortion, regains the skill that made it dangerous.",
]: d.para(p, b2); d.gap()

d.title("Salt, Tolls and Sermons: How the Ashani Lake Front\nFinances Its Return")
d.gap(); d.add("Dr. Priyamvada Osei-Lindholm"); d.gap()
for p in [
 "Three years after a regional offensive drove it from the islands of Lake Ashani, the Ashani Lake Front is again collecting money on the water. Fishermen, salt traders and the owners of the motor launches that carry passengers between the lakeside markets describe a system of levies that is more organised, and in some respects less brutal, than the one the group ran before 2030. Understanding how that system works explains much about why the group has recovered so quickly, and why military pressure alone has not been enough to stop it. [1]",
 "The Salt Trade",
 "The eastern shore of the lake is lined with evaporation pans where families have produced salt for generations. The salt is carried by boat to the market at Kessany and from there by truck to the cities of the plateau. Before the offensive, the Front took a share of each boatload by force and occasionally seized whole cargoes. Since its return, it has instead issued what traders call \"receipts\": slips of paper, stamped with the group's seal, that certify a levy has been paid and protect the boat from further demands at the group's other posts. One trader in Kessany said that the receipt cost him roughly a tenth of the value of his load, less than he paid to the customs officers and policemen on the road beyond the market. [2]",
 "The receipts serve more than one purpose. They turn extortion into something that resembles taxation, and allow the group to present itself as an authority that keeps its word. They also give the Front a record of the trade, which its commanders appear to use to set the level of the levy according to the season and the price of salt at Kessany. Several traders said the rate fell during the rains, when production drops, and rose again in the dry months.",
 "Tolls on the Water",
 "The second pillar of the group's finances is the passenger and cargo traffic between the islands. Here the Front operates fixed posts, usually a canoe moored at a narrow channel between reed beds, where boats are stopped and charged according to their size. The posts move every few days, which makes them difficult to target from the air, and they are staffed by young men from the island villages rather than by the group's fighters. Local officials believe that many of these men are paid a share of what they collect and have no further involvement with the group.",
 "This arrangement has drawbacks for the Front. It depends on a steady flow of traffic, which the army's periodic bans on boat movement disrupt, and it exposes the group to the loyalties of people who may be persuaded to inform on it. But it also lowers the cost of the group's presence on the lake and ties island families to it through the income it provides. [3]",
 "Sermons and Legitimacy",
 "The Front's preachers have paired the new system with an effort to justify it. In recordings circulated on the lakeside markets since late 2032, they describe the levies as zakat, contrast the group's fixed rates with the bribes demanded by state officials, and promise that the money will be spent on the \"people of the water\". There is little evidence that it is, beyond occasional gifts of nets and fuel to island communities hit by floods. But the message finds an audience among traders who have long regarded the state's presence on the lake as predatory.",
 "Implications",
 "The offensive of 2030 succeeded in clearing the islands but left the economy of the lake as it was: dependent on informal trade, poorly served by the state and open to whoever could impose order on it. The Front has returned not by defeating the army but by occupying that space, and by running its levies more predictably than its rivals. A response that relies on air strikes against toll posts will destroy canoes and kill young men on the group's payroll without touching the arrangements that fund it. Cutting the Front's income would require offering lakeside traders protection and fair treatment they do not now receive from either side. [4]",
]:
    if len(p) < 40: d.add(p, f1)
    else: d.para(p, f1)
    d.gap()
d.para("Dr. Priyamvada Osei-Lindholm is a senior research fellow at the Institute for Lake Basin Studies in Kessany, where she leads a project on informal taxation by armed groups.", None)
d.gap(); d.add("Notes"); d.gap()
for p in [
 "[1] Interviews with fishermen and traders, Kessany and Dannaway, January and February 2033.",
 "[2] Interview with a salt trader, Kessany market, February 9, 2033.",
 "[3] \"Lake Commission suspends boat traffic for ten days,\" Kessany Voice, March 3, 2033.",
 "[4] For the 2030 offensive, see Terrorism Monitor, Volume XXVIII, Issue 14.",
]: d.para(p, f1); d.gap()

d.title("FROM CHAT ROOMS TO TRAINING CAMPS: A PRO-ISLAMIC\nSTATE CELL'S RECRUITMENT PIPELINE IN THE ZHELTOR\nVALLEY")
d.gap(); d.add("By Ruslan Beketov-Marr and Aveline Quaresma"); d.gap()
for p in [
 "In February, security services in the Zheltor valley announced the arrest of eleven young men accused of preparing to travel to a training camp run by a pro-Islamic State group across the mountains. The case attracted attention because of the men's age—the youngest was sixteen—and because, according to the prosecutors, none of them had met a recruiter in person before the day of their planned departure.1 Court documents and interviews with relatives allow a reconstruction of how the cell drew them in, and show a recruitment process that is patient, staged and largely conducted through ordinary messaging applications.",
 "The first stage took place in open chat groups devoted to football, mixed martial arts and car repair. Recruiters posing as older fans or mechanics joined these groups, made themselves useful and, over several weeks, invited selected members into smaller groups where religious content was shared alongside the original hobby. Relatives of two of the accused said the boys had spent months in such groups without showing any outward change in behaviour.2",
 "The second stage moved the conversation to private channels with disappearing messages. There, the recruiters introduced grievances specific to the valley: the closure of the local mosque after a dispute over its imam, the police raids on the homes of returnees, and the lack of work for young men outside the seasonal migration to the cities. Only in the third stage, weeks later, did they mention the camp, presenting it as a place where the boys would be trained, paid and given a purpose.",
 "The cell also relied on money. Each recruit received small transfers, through mobile wallets registered to third parties, to pay for phone credit and travel within the valley. The sums were modest, but prosecutors argue that they created a sense of obligation and tested each recruit's willingness to follow instructions.3 The final instruction, to gather at a bus station with a packed bag, came only two days before the arrests.",
 "The case suggests that attention to what recruits read online misses the most important part of the process, which is the gradual movement from public spaces to closed ones, and from shared interests to shared grievances. Families in the valley say they had no way of seeing that movement. Programmes that train parents, teachers and coaches to recognise it may do more to prevent the next departure than the arrests that stopped this one.",
]: d.para(p, f2); d.gap()
d.add("Notes"); d.gap()
for p in [
 "1 Zheltor District Prosecutor's Office, statement on the indictment, February 20, 2033.",
 "2 Interviews with relatives of the accused, Zheltor, March 2033.",
 "3 Indictment in the case of Abdulov and ten others, pp. 14–19.",
]: d.para(p, f2, indent=""); d.gap()
d.para("Ruslan Beketov-Marr is a journalist based in the Zheltor valley who has reported on radicalisation in the region since 2024. Aveline Quaresma is a doctoral researcher at the University of Lisandra studying online recruitment.", None)
d.write(sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------- i02: Militant Leadership Monitor, Volume XXIV, Issue 5
def mlm_furniture(p):
    foot = "MILITANT LEADERSHIP MONITOR | May 2033 | Volume XXIV, Issue 5"
    if p == 2:
        return ["", "MILITANT LEADERSHIP MONITOR|May2033|VolumeXXIV,Issue5     " + str(p), ""]
    return ["", foot + "     " + str(p), ""]

d = Pdf("i02_mlm_may2033_box_drawing", mlm_furniture, per_page=50, width=72)
ML = dict(date="2033-05-01", publication="Militant Leadership Monitor", volume=24, issue=5)
m1 = d.art(title="A Successor Emerges in the Hallam Hills Brigade", authors=["Tobias Wren-Achebe"], kind="brief", **ML)
m2 = d.art(title="Abu Safwan al-Qirani: The Engineer Behind a Drone Workshop on the Tamsar Coast", authors=["Corentin Mabuza-Velde"], kind="feature", **ML)
m3 = d.art(title="Sheikh Idris Maalouf-Ngata: A Mediator Turned Commander in the Upper Sorra Basin", authors=["Yasmin Castellanos-Idowu"], kind="feature", **ML)
d.add("""MILITANT LEADERSHIP MONITOR
Personalities Behind the Insurgency

Volume XXIV  \u2666  Issue 5  \u2666  May 2033

\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510
\u2502 CONTENTS                                                   \u2502
\u2502                                                            \u2502
\u2502 BRIEF: A Successor Emerges in the Hallam Hills Brigade  2  \u2502
\u2502                                                            \u2502
\u2502 Abu Safwan al-Qirani: The Engineer Behind a Drone          \u2502
\u2502 Workshop on the Tamsar Coast                               \u2502
\u2502     Corentin Mabuza-Velde ............................. 3  \u2502
\u2502                                                            \u2502
\u2502 Sheikh Idris Maalouf-Ngata: A Mediator Turned Commander in \u2502
\u2502 the Upper Sorra Basin                                      \u2502
\u2502     Yasmin Castellanos-Idowu .......................... 6  \u2502
\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518

BRIEF
""")
d.title("A Successor Emerges in the Hallam Hills Brigade")
d.gap()
for p in [
 "Six weeks after the death of its long-time commander in a drone strike, the Hallam Hills Brigade has a new leader. In an audio message released on April 19, a speaker introduced as Mullah Haroun Talvik accepted the oath of allegiance of the brigade's four district commanders and promised to continue the campaign against the provincial government \"until the last checkpoint falls.\" The message gave no details of Talvik's background, but people familiar with the group identify him as the brigade's former head of logistics, responsible for fuel and ammunition supplies across the hills since at least 2029.",
 "The choice of a logistician rather than one of the brigade's better-known field commanders suggests that the group's priority is to hold together rather than to expand. The brigade lost two district commanders to rivalry in the months before the strike, and its fighters have gone unpaid for long periods. Talvik is said to control the accounts and the supply routes that keep the brigade's units fed; his appointment puts the purse and the command in one pair of hands.",
 "Whether that is enough remains to be seen. Talvik lacks the religious standing of his predecessor, who had studied at a seminary in the lowlands and used his sermons to settle disputes among the brigade's clans. If the district commanders begin to settle those disputes among themselves, the brigade may fragment into the smaller bands that preceded it.",
]: d.para(p, m1); d.gap()
d.add("\u2014 Tobias Wren-Achebe"); d.gap(); d.gap()

d.title("Abu Safwan al-Qirani: The Engineer Behind a Drone\nWorkshop on the Tamsar Coast")
d.gap(); d.add("Corentin Mabuza-Velde"); d.gap()
d.para("Corentin Mabuza-Velde is an independent analyst who follows armed groups on the Tamsar coast. He previously worked for a demining organisation in the region.", None)
d.gap()
for p in [
 "When a small quadcopter dropped a mortar bomb on the naval base at Qirat in January, killing two sailors, investigators were surprised less by the attack than by the aircraft. Its frame had been cut from sheet aluminium rather than bought, its release mechanism used parts from a washing machine, and its flight controller had been reprogrammed to follow a pre-set route when its radio link was jammed.\u00b9 Officials soon attributed the work to a man known by his nom de guerre, Abu Safwan al-Qirani, whom they describe as the head of a drone workshop serving several militant groups along the coast.",
 "Early Life",
 "Little about al-Qirani can be confirmed independently. According to a former classmate, he grew up in Qirat, the son of a fisherman, and studied electrical engineering at the technical college in the provincial capital, where he was remembered as a quiet student who repaired radios for pocket money.\u00b2 He worked for several years for a company that maintained irrigation pumps, a job that took him to villages along the coast and, according to the same source, brought him into contact with preachers associated with the Tamsar Salafi movement.",
 "In the Workshop",
 "By 2030, al-Qirani had left his job and was living in the hills behind the coast. Security officials say that he set up his first workshop in a disused cold store there and began by modifying commercial drones bought in the capital to carry small grenades. The attacks that followed were crude, but they improved quickly. Wreckage recovered after strikes in 2031 and 2032 shows a steady move away from commercial parts towards aircraft assembled from components that are harder to trace, and a growing use of software changes that defeat the jammers deployed by the navy.\u00b3",
 "What distinguishes al-Qirani from other militant technicians is that he appears to work for more than one group. Aircraft with features of his design have been used by the Tamsar Salafi Front, by a smaller faction that split from it in 2031 and, according to one official, by a criminal gang that used a drone to deliver drugs into the central prison. If that is true, al-Qirani is less a commander than a contractor, whose loyalty is to his craft and to those who pay for it.",
 "Outlook",
 "The navy has offered a reward for information leading to al-Qirani's capture, and his workshop has reportedly moved at least twice since January. Killing or arresting him would slow the spread of armed drones on the coast, but not for long: his designs have circulated among the groups that use them, and at least two of his apprentices are believed to be working on their own.",
]:
    if len(p) < 30: d.add(p, m2)
    else: d.para(p, m2)
    d.gap()
d.add("ENDNOTES"); d.gap()
for p in [
 "\u00b9 Navy spokesman's briefing to journalists, Qirat, January 22, 2033.",
 "\u00b2 Interview with a former classmate of al-Qirani, by telephone, March 2033.",
 "\u00b3 Coastal Arms Survey, \u201cRecovered Aircraft, 2031\u20132032,\u201d working paper, April 2033.",
]: d.para(p, m2); d.gap()

d.title("SHEIKH IDRIS MAALOUF-NGATA: A MEDIATOR TURNED\nCOMMANDER IN THE UPPER SORRA BASIN")
d.gap(); d.add("By Yasmin Castellanos-Idowu"); d.gap()
for p in [
 "For most of the last decade, Sheikh Idris Maalouf-Ngata was the man people in the upper Sorra basin called when a dispute over grazing land threatened to turn violent. A respected cleric from a family of herders, he sat with elders of both farming and herding communities, brokered compensation for stolen cattle and, on at least two occasions, persuaded armed youths to hand back captives. Today he commands the largest armed group in the basin, the Sorra Defence Council, whose fighters were accused in March of burning three farming villages. His transformation says much about how the conflict in the basin has changed.",
 "A Reluctant Commander",
 "Maalouf-Ngata's own account, given in a sermon recorded last year, is that he took up arms only after the state failed to protect herding communities from militias raised by farming villages. Between 2029 and 2031, those militias, some armed and paid by local politicians, killed hundreds of herders and seized their cattle. Maalouf-Ngata says he appealed repeatedly to the governor for protection and received none, and that the young men of his community then asked him to lead them. People who knew him in his years as a mediator say the account is self-serving but not false.[1]",
 "The Council he leads is not a jihadist movement, and it has rejected approaches from the pro-Islamic State groups active further north. But its fighters use the language of religious duty, its courts apply a version of Islamic law to disputes among herders, and its leader's authority rests on his standing as a cleric. That combination has made it more cohesive than the farming militias it fights, and more difficult for the state to negotiate with, since a settlement would have to recognise an authority that competes with its own.[2]",
 "What Comes Next",
 "The burning of the villages in March has damaged Maalouf-Ngata's reputation among the people who once trusted him as a mediator, and his lieutenants are reported to be divided over whether such attacks serve the Council's aims. He has denied ordering them. Whether he can restrain his fighters, or whether he has become a figurehead for men who no longer need his permission, is the question on which the basin's prospects for a settlement now turn.",
]:
    if len(p) < 30: d.add(p, m3)
    else: d.para(p, m3)
    d.gap()
d.add("Notes:"); d.gap()
for p in [
 "[1] Interviews with residents of Sorra town and two former members of the basin's peace committee, April 2033.",
 "[2] Sorra Peace Monitor, \"Courts of the Council,\" briefing note, December 2032.",
]: d.para(p, m3); d.gap()
d.para("Yasmin Castellanos-Idowu is a researcher on pastoral conflict and a regular contributor to Militant Leadership Monitor.", None)
d.write()

# ---------------------------------------------------------------- i03: a sibling monitor, Littoral Security Monitor Vol. 4 No. 6
def lsm_furniture(p):
    return ["", "Littoral Security Monitor \u00b7 Vol. 4, No. 6 \u00b7 June 2033" + " " * 14 + "page %d of 5" % p, "\f"]

d = Pdf("i03_sibling_littoral_monitor", lsm_furniture, per_page=48, width=66)
LS = dict(date="2033-06-01", publication="Littoral Security Monitor", volume=4, issue=6)
s1 = d.art(title="Pirate Skiffs Return to the Cape Merrin Anchorage", authors=["Oluwadamilare Fenwick"], kind="brief", **LS)
s2 = d.art(title="Fish, Fuel and Firearms: Smuggling Networks in the Gulf of Tarsel", authors=["Katarzyna Ndlovu-Perrin"], kind="feature", **LS)
d.add("""THE JAMESTOWN FOUNDATION  \u2014  LITTORAL SECURITY MONITOR
Armed violence on coasts, ports and sea lanes

Vol. 4, No. 6                                                June 2033

In this issue
  At a glance: Pirate skiffs return to the Cape Merrin anchorage
  Fish, Fuel and Firearms: Smuggling Networks in the Gulf of Tarsel
    \u2014 Katarzyna Ndlovu-Perrin

AT A GLANCE
""")
d.title("Pirate Skiffs Return to the Cape Merrin Anchorage")
d.add("Oluwadamilare Fenwick"); d.gap()
for p in [
 "For the first time since 2029, skiffs carrying armed men have approached merchant ships waiting at the Cape Merrin anchorage. Three incidents were reported in May: a bulk carrier was boarded and its crew robbed of cash and phones, a tanker repelled an approach with fire hoses, and a container ship reported a skiff circling it at night before turning away when the ship's lights were switched on. The regional reporting centre has raised its warning for the anchorage from low to moderate.",
 "The anchorage has become busier as ships wait longer for berths at the congested port of Merrin, and ships at anchor are easier targets than those under way. Coastguard officers say the attackers are local fishermen hired by a gang that also smuggles fuel along the coast. They see no sign yet of the kidnapping for ransom that marked the worst years of piracy further south, but warn that a gang that profits from easy boardings may soon test its reach.",
]: d.para(p, s1); d.gap()
d.add("FEATURE"); d.gap()
d.title("FISH, FUEL AND FIREARMS:\nSMUGGLING NETWORKS IN THE GULF OF TARSEL")
d.gap()
d.add("Katarzyna Ndlovu-Perrin"); d.gap()
for p in [
 "The Gulf of Tarsel is one of the richest fishing grounds on the continent, and one of the least policed. Along its three hundred kilometres of coast, artisanal fleets land their catch at dozens of beaches that have no harbour master, no customs post and, in many cases, no road. In recent years those same beaches have become the landing points for a smuggling trade that moves subsidised fuel out of the gulf's largest state and brings small arms in, and that has come to finance the armed groups of the coastal hinterland.",
 "The trade rests on a price difference. Fuel bought at the subsidised pump price in Tarsel city can be sold at three times that price across the maritime border, and fishing boats, which are entitled to buy fuel in bulk, are ideal carriers. Fishermen interviewed for this article described the arrangement with some candour: a boat leaves with its tanks and several drums full, meets a larger vessel offshore, transfers the drums and returns with cash and, sometimes, with sealed crates that the crew are told not to open. (1)",
 "Those crates are what concern security officials. Weapons seized at two beaches in the past year included assault rifles whose serial numbers match a consignment delivered to a neighbouring country's army in 2027, and boxes of ammunition still in their factory packaging. Officials believe that the weapons are bought by middlemen in the coastal towns and resold to whoever pays, including the Tarsel Brotherhood, which has attacked police stations in the hinterland since 2031, and the cattle-raiding gangs that operate alongside it. (2)",
 "Why the Networks Endure",
 "Attempts to shut the trade down have mostly failed. The navy has seized boats, but the owners are rarely prosecuted, and the boats are often returned after payment of a fine. Fuel subsidies have been cut twice, only to be restored after protests. And the fishing communities themselves have little reason to cooperate with the authorities: catches have fallen sharply because of foreign trawlers operating illegally in the gulf, and for many families smuggling has become the main source of income.",
 "The result is a network that is not controlled by any armed group but serves all of them, and that is embedded in the economy of the coast. Breaking it would require treating the fishing communities as partners rather than suspects: enforcing the ban on foreign trawlers, offering credit to fishermen who stay out of the trade and prosecuting the middlemen who buy the weapons rather than the crews who carry them. Without such measures, seizures will remain a cost of doing business for the smugglers and a source of revenue for the officials who release the boats. (3)",
]:
    if len(p) < 30: d.add(p, s2)
    else: d.para(p, s2)
    d.gap()
d.add("Sources"); d.gap()
for p in [
 "(1) Interviews with fishermen at Kaolo beach and Tarsel city, March\u2013April 2033.",
 "(2) Coastal Police Command, list of seized weapons, provided to the author, April 2033.",
 "(3) Gulf of Tarsel Fisheries Forum, \"Empty Nets,\" annual report, 2032, pp. 8\u201312.",
]: d.para(p, s2); d.gap()
d.para("Katarzyna Ndlovu-Perrin is a maritime security analyst and a former fisheries observer in the Gulf of Tarsel. She writes regularly for Littoral Security Monitor.", None)
d.write(sidecar="publication: Littoral Security Monitor")

# ---------------------------------------------------------------- web versions
F1 = [
 "Three years after a regional offensive drove it from the islands of Lake Ashani, the Ashani Lake Front is again collecting money on the water. Fishermen, salt traders and the owners of the motor launches that carry passengers between the lakeside markets describe a system of levies that is more organised, and in some respects less brutal, than the one the group ran before 2030. Understanding how that system works explains much about why the group has recovered so quickly, and why military pressure alone has not been enough to stop it.[1]",
 "The Salt Trade",
 "The eastern shore of the lake is lined with evaporation pans where families have produced salt for generations. The salt is carried by boat to the market at Kessany and from there by truck to the cities of the plateau. Before the offensive, the Front took a share of each boatload by force and occasionally seized whole cargoes. Since its return, it has instead issued what traders call \"receipts\": slips of paper, stamped with the group's seal, that certify a levy has been paid and protect the boat from further demands at the group's other posts. One trader in Kessany said that the receipt cost him roughly a tenth of the value of his load, less than he paid to the customs officers and policemen on the road beyond the market.[2]",
 "The receipts serve more than one purpose. They turn extortion into something that resembles taxation, and allow the group to present itself as an authority that keeps its word. They also give the Front a record of the trade, which its commanders appear to use to set the level of the levy according to the season and the price of salt at Kessany. Several traders said the rate fell during the rains, when production drops, and rose again in the dry months.",
 "Tolls on the Water",
 "The second pillar of the group's finances is the passenger and cargo traffic between the islands. Here the Front operates fixed posts, usually a canoe moored at a narrow channel between reed beds, where boats are stopped and charged according to their size. The posts move every few days, which makes them difficult to target from the air, and they are staffed by young men from the island villages rather than by the group's fighters. Local officials believe that many of these men are paid a share of what they collect and have no further involvement with the group.",
 "This arrangement has drawbacks for the Front. It depends on a steady flow of traffic, which the army's periodic bans on boat movement disrupt, and it exposes the group to the loyalties of people who may be persuaded to inform on it. But it also lowers the cost of the group's presence on the lake and ties island families to it through the income it provides.[3]",
 "Sermons and Legitimacy",
 "The Front's preachers have paired the new system with an effort to justify it. In recordings circulated on the lakeside markets since late 2032, they describe the levies as zakat, contrast the group's fixed rates with the bribes demanded by state officials, and promise that the money will be spent on the \"people of the water\". There is little evidence that it is, beyond occasional gifts of nets and fuel to island communities hit by floods. But the message finds an audience among traders who have long regarded the state's presence on the lake as predatory.",
 "Implications",
 "The offensive of 2030 succeeded in clearing the islands but left the economy of the lake as it was: dependent on informal trade, poorly served by the state and open to whoever could impose order on it. The Front has returned not by defeating the army but by occupying that space, and by running its levies more predictably than its rivals. A response that relies on air strikes against toll posts will destroy canoes and kill young men on the group's payroll without touching the arrangements that fund it. Cutting the Front's income would require offering lakeside traders protection and fair treatment they do not now receive from either side.[4]",
]
d = Doc("i04_tm_web_browser_copy_salt_tolls")
w = d.art(title="Salt, Tolls and Sermons: How the Ashani Lake Front Finances Its Return", authors=["Priyamvada Osei-Lindholm"], kind="feature", **TM)
d.add("""Skip to main content
The Jamestown Foundation
Search
Menu
Home
Programs
Terrorism Monitor
Militant Leadership Monitor
Eurasia Daily Monitor
China Brief
Events
Donate
Home \u203a Programs \u203a Terrorism Monitor""")
d.title("Salt, Tolls and Sermons: How the Ashani Lake Front Finances Its Return")
d.add("""Publication: Terrorism Monitor Volume: 31 Issue: 8
By: Priyamvada Osei-Lindholm
April 22, 2033 05:12 PM Age: 3 days
Print
Email
Share
(Source: Kessany Voice)
Salt pans on the eastern shore of Lake Ashani (Source: Kessany Voice)""")
d.add("""Executive Summary:
The Ashani Lake Front has rebuilt its finances since 2030 through stamped \u201creceipts\u201d issued to salt traders and moving toll posts staffed by island youths.
Its preachers present the levies as zakat, finding an audience among traders who distrust the state.
Air strikes on toll posts will not touch the arrangements that fund the group.""", w)
for p in F1: d.web(p, w)
d.add("Notes")
d.web("""[1] Interviews with fishermen and traders, Kessany and Dannaway, January and February 2033.
[2] Interview with a salt trader, Kessany market, February 9, 2033.
[3] \u201cLake Commission suspends boat traffic for ten days,\u201d Kessany Voice, March 3, 2033.
[4] For the 2030 offensive, see Terrorism Monitor, Volume XXVIII, Issue 14.""", w)
d.add("""Related Articles
A Jailbreak in Port Velasse Frees Two Bomb-Makers
Arson Attacks on Cell Towers Spread Along the Korrobi Highway
Subscribe to Terrorism Monitor
Get the latest analysis delivered to your inbox.
Email address
Sign up
About Us
Contact
Privacy Policy
\u00a9 2033 The Jamestown Foundation. All rights reserved.
We use cookies to improve your experience. Accept""")
d.write(sidecar="url: https://jamestown.example/program/salt-tolls-and-sermons-ashani-lake-front-finances/", one_line=True)

# i05: a text-mode browser dump of the MLM profile, wrapped, with numbered links
d = Doc("i05_mlm_web_textbrowser_dump")
w = d.art(title="Abu Safwan al-Qirani: The Engineer Behind a Drone Workshop on the Tamsar Coast", authors=["Corentin Mabuza-Velde"], kind="feature", **ML)
d.add("""   [1]Skip to content
   [2]The Jamestown Foundation

     * [3]Programs
     * [4]Analysis
     * [5]Events
     * [6]About
     * [7]Donate

   [8]Militant Leadership Monitor
""")
d.title("   Abu Safwan al-Qirani: The Engineer Behind a Drone Workshop on the Tamsar\n   Coast")
d.add("""
   Publication: [9]Militant Leadership Monitor Volume: 24 Issue: 5
   By: [10]Corentin Mabuza-Velde
   May 2033
   [11]Print [12]Email [13]Facebook [14]Twitter
""")
import textwrap as _tw
M2 = [
 "When a small quadcopter dropped a mortar bomb on the naval base at Qirat in January, killing two sailors, investigators were surprised less by the attack than by the aircraft. Its frame had been cut from sheet aluminium rather than bought, its release mechanism used parts from a washing machine, and its flight controller had been reprogrammed to follow a pre-set route when its radio link was jammed.[15][1] Officials soon attributed the work to a man known by his nom de guerre, Abu Safwan al-Qirani, whom they describe as the head of a drone workshop serving several militant groups along the coast.",
 "Early Life",
 "Little about al-Qirani can be confirmed independently. According to a former classmate, he grew up in Qirat, the son of a fisherman, and studied electrical engineering at the technical college in the provincial capital, where he was remembered as a quiet student who repaired radios for pocket money.[16][2] He worked for several years for a company that maintained irrigation pumps, a job that took him to villages along the coast and, according to the same source, brought him into contact with preachers associated with the Tamsar Salafi movement.",
 "In the Workshop",
 "By 2030, al-Qirani had left his job and was living in the hills behind the coast. Security officials say that he set up his first workshop in a disused cold store there and began by modifying commercial drones bought in the capital to carry small grenades. The attacks that followed were crude, but they improved quickly. Wreckage recovered after strikes in 2031 and 2032 shows a steady move away from commercial parts towards aircraft assembled from components that are harder to trace, and a growing use of software changes that defeat the jammers deployed by the navy.[17][3]",
 "What distinguishes al-Qirani from other militant technicians is that he appears to work for more than one group. Aircraft with features of his design have been used by the Tamsar Salafi Front, by a smaller faction that split from it in 2031 and, according to one official, by a criminal gang that used a drone to deliver drugs into the central prison. If that is true, al-Qirani is less a commander than a contractor, whose loyalty is to his craft and to those who pay for it.",
 "Outlook",
 "The navy has offered a reward for information leading to al-Qirani's capture, and his workshop has reportedly moved at least twice since January. Killing or arresting him would slow the spread of armed drones on the coast, but not for long: his designs have circulated among the groups that use them, and at least two of his apprentices are believed to be working on their own.",
]
for p in M2:
    if len(p) < 30: d.add("   " + p, w)
    else:
        for l in _tw.wrap(p, 74, initial_indent="   ", subsequent_indent="   "): d.add(l, w)
    d.add()
d.add("   Notes"); d.add()
for p in ["[1] Navy spokesman's briefing to journalists, Qirat, January 22, 2033.",
          "[2] Interview with a former classmate of al-Qirani, by telephone, March 2033.",
          "[3] Coastal Arms Survey, \u201cRecovered Aircraft, 2031\u20132032,\u201d working paper, April 2033."]:
    for l in _tw.wrap(p, 74, initial_indent="   ", subsequent_indent="   "): d.add(l, w)
d.add("""
   Corentin Mabuza-Velde is an independent analyst who follows armed groups
   on the Tamsar coast. He previously worked for a demining organisation in
   the region.

   [18]Share this article

   Related
     * [19]A Successor Emerges in the Hallam Hills Brigade
     * [20]Sheikh Idris Maalouf-Ngata: A Mediator Turned Commander in the
       Upper Sorra Basin

   [21]Privacy [22]Terms [23]Contact
   (c) 2033 The Jamestown Foundation

References

   1. https://jamestown.example/#content
   2. https://jamestown.example/
   3. https://jamestown.example/programs/
   4. https://jamestown.example/analysis/
   5. https://jamestown.example/events/
   6. https://jamestown.example/about/
   7. https://jamestown.example/donate/
   8. https://jamestown.example/programs/mlm/
   9. https://jamestown.example/programs/mlm/
  10. https://jamestown.example/analyst/corentin-mabuza-velde/
  11. javascript:window.print()
  12. mailto:?subject=Abu%20Safwan%20al-Qirani
  13. https://facebook.example/sharer.php?u=jamestown.example/program/abu-safwan-al-qirani
  14. https://twitter.example/intent/tweet?url=jamestown.example/program/abu-safwan-al-qirani
  15. https://jamestown.example/program/abu-safwan-al-qirani/#_edn1
  16. https://jamestown.example/program/abu-safwan-al-qirani/#_edn2
  17. https://jamestown.example/program/abu-safwan-al-qirani/#_edn3
  18. https://jamestown.example/share/
  19. https://jamestown.example/program/a-successor-emerges-hallam-hills/
  20. https://jamestown.example/program/sheikh-idris-maalouf-ngata/
  21. https://jamestown.example/privacy/
  22. https://jamestown.example/terms/
  23. https://jamestown.example/contact/""")
d.write()

# ---------------------------------------------------------------- i06: an email newsletter carrying three pieces
d = Pdf("i06_email_newsletter_fault_lines", lambda p: [], per_page=10**6, width=72, hyphen=False)
FL = dict(date="2033-05-17", publication="Fault Lines", volume=None, issue=None)
e1 = d.art(title="Why the Korrobi blackout matters more than it looks", authors=["Bronwen Igwe-Salazar"], kind="analysis", **FL)
e2 = d.art(title="Courts in the hills: who judges when the state is absent?", authors=["Tomas Adebayo-Lindqvist", "Ines Kaltenbrunner"], kind="commentary", **FL)
e3 = d.art(title="What is a maritime \u2018listed area\u2019?", authors=[], kind="explainer", **FL)
d.add("""From: Fault Lines <faultlines@harrowgate-ccs.example>
To: archive-desk@monitor-archive.example
Subject: Fault Lines | The Korrobi blackout, courts in the hills, and listed areas
Date: Tue, 17 May 2033 07:02:11 +0100
List-Unsubscribe: <https://harrowgate-ccs.example/newsletter/unsubscribe?u=88a1f>
Content-Type: text/plain; charset=utf-8

View this email in your browser: https://harrowgate-ccs.example/newsletter/view/2033-05-17

======================================================================
FAULT LINES
A fortnightly newsletter from the Harrowgate Centre for Conflict Studies
17 May 2033
======================================================================

In this edition:
  - Why the Korrobi blackout matters more than it looks
  - Courts in the hills: who judges when the state is absent?
  - Explainer: what is a maritime 'listed area'?

----------------------------------------------------------------------
ANALYSIS
""")
d.title("Why the Korrobi blackout matters more than it looks")
d.add("by Bronwen Igwe-Salazar, Senior Fellow"); d.gap()
for p in [
 "When masts started burning along the Korrobi highway in April, the story was told as one of vandalism: a few men on motorcycles, a can of fuel, a dark stretch of road. Five weeks later, the blackout has outlasted the news cycle and begun to reshape how the road works. Drivers have stopped travelling at night. Market women in the plateau towns say prices for fish from Dannaway have risen by a third. And the army, which had come to rely on phone calls from villagers to track the Ashani Lake Front's mobile units, has lost one of its main sources of warning.",
 "The point is not that the militants are clever, though they are. It is that a whole region's security had come to rest on infrastructure owned by private companies with no mandate to protect it and no appetite for risk. The operators have said they will not rebuild without escorts; the army says it cannot spare them. Meanwhile the Front gains from darkness twice over, in the security of its own movements and in the premium it can charge for \"safe\" passage on a road where no one can call for help.",
 "Restoring coverage should be treated as a security priority rather than a commercial matter. Solar masts with buried batteries, shared among operators and guarded by local committees paid to protect them, would cost less than a month of the current offensive.",
]: d.para(p, e1); d.gap()
d.add("----------------------------------------------------------------------\nCOMMENTARY\n")
d.title("Courts in the hills: who judges when the state is absent?")
d.add("Tomas Adebayo-Lindqvist and Ines Kaltenbrunner"); d.gap()
for p in [
 "Armed groups that want to govern usually start with courts. A court is cheap to run, it answers a need that people feel every day, and it allows a group to show that it can be fair where the state has been corrupt or absent. The Sorra Defence Council's courts, which hear disputes over cattle, land and inheritance among the herders of the upper basin, are the latest example, and the way they work deserves more attention than they have received.",
 "Litigants we spoke to in Sorra town described hearings that were quick, public and, by their account, mostly predictable. Judgments follow a mix of customary rules and the Council's reading of Islamic law, and they are enforced by the Council's fighters. Several herders said they preferred these courts to the magistrates' court in the provincial capital, which is a day's journey away, conducts its business in a language many of them do not speak and, they say, favours whoever can pay.",
 "None of this makes the Council a benign authority; its fighters have burnt villages and its courts offer nothing to the farming communities it fights. But any settlement in the basin will have to offer herders a way of resolving disputes at least as accessible as the one they now use. Mobile magistrates' courts, sitting in the herders' own languages, would be a start.",
]: d.para(p, e2); d.gap()
d.add("----------------------------------------------------------------------\nEXPLAINER\n")
d.title("What is a maritime \u2018listed area\u2019?")
d.gap()
for p in [
 "When insurers in the war-risks market decide that a stretch of sea has become dangerous, they add it to a list of areas for which ships must give notice before entering and may be charged an additional premium. Last week the committee that maintains the list extended it to the waters around Cape Merrin, after a tanker was attacked while waiting at the anchorage.",
 "Listing does not close a port or ban a voyage. It changes the cost of going there: owners pay a premium calculated on the value of the ship for each voyage into the area, and crews may be entitled to extra pay. For a port that competes with its neighbours for traffic, that can matter as much as the attacks themselves. Merrin's port authority has already said it will ask the committee to review the decision within three months.",
]: d.para(p, e3); d.gap()
d.add("""----------------------------------------------------------------------
Fault Lines is edited by Bronwen Igwe-Salazar. The views expressed are
the authors' own and not those of the Harrowgate Centre.

Tomas Adebayo-Lindqvist is a lecturer in law at Harrowgate; Ines
Kaltenbrunner is a doctoral researcher at the Centre.

Forward to a friend: https://harrowgate-ccs.example/newsletter/forward
You are receiving this because you signed up at harrowgate-ccs.example.
Unsubscribe | Update preferences
Harrowgate Centre for Conflict Studies, 14 Wickham Row, Harrowgate""")
d.write()

# ---------------------------------------------------------------- pages from other sites (one line per paragraph)
def page(name, meta, parts, sidecar=None):
    """parts: list of (kind, text): 'f' furniture lines, 't' title line(s), 'a' article paragraphs."""
    d = Doc(name)
    a = d.art(**meta)
    for k, text in parts:
        if k == "f": d.add(text.strip("\n"))
        elif k == "t": d.title(text)
        else: d.web(text, a)
    d.write(sidecar=sidecar, one_line=True)

# i07: a regional newspaper's timeline
page("i07_regional_paper_timeline", dict(title="Two years of attacks on the Korrobi highway", authors=[], date="2033-05-09",
     kind="timeline", publication="Brannock Valley Gazette"), [
 ("f", """Brannock Valley Gazette
Subscribe | Log in | e-Edition
News
Sport
Business
Opinion
Farming
Notices
News \u203a Region \u203a Security
TIMELINE"""),
 ("t", "Two years of attacks on the Korrobi highway"),
 ("f", """From the first roadblock to April's mast fires: how the road east of Dannaway became the region's most dangerous
By Gazette Newsdesk
Published 09/05/2033, 06:40 | Updated 09/05/2033, 11:15
Share on Facebook  Share on X  Email this article  Copy link
Burnt generator shed at the foot of a phone mast near Ollery. Photo: Gazette/Ines Marlow"""),
 ("a", """The Korrobi highway carries most of the goods that move between the river port of Dannaway and the plateau towns, and for most of its history it was known for potholes rather than gunmen. That changed in the spring of 2031. Since then, the road has seen roadblocks, kidnappings, ambushes on army convoys and, this April, a wave of arson attacks that left much of it without a phone signal. Below, the Gazette sets out the main events, drawing on our own reporting, police statements and the accounts of drivers who use the road.
March 2031 \u2014 Armed men set up the first known roadblock near the Ollery junction, stopping lorries and demanding payment from drivers. Police describe it as the work of bandits.
June 2031 \u2014 Two lorry drivers are kidnapped near Harnby and released after their employer pays a ransom. Drivers' unions call for escorts.
November 2031 \u2014 The Ashani Lake Front claims an ambush on an army convoy east of Ollery in which four soldiers are killed. It is the group's first claimed attack on the road.
February 2032 \u2014 The state government announces armed escorts for fuel tankers. Convoys begin to travel twice a week under guard.
August 2032 \u2014 A roadside bomb destroys an escort vehicle near the Tembe bridge, killing three police officers. The bridge is closed for eleven days.
January 2033 \u2014 The army launches an offensive on the northern shore of Lake Ashani. Attacks on the highway briefly fall.
April 2033 \u2014 At least nine phone masts along the road are set alight in two weeks. Leaflets left at two sites warn residents not to report the movements of fighters.
May 2033 \u2014 Operators say they will not repair the masts without military protection. Traders in the plateau towns report that the price of fish from Dannaway has risen by a third.
Two years on, the pattern is clear enough. Each time the security forces have strengthened one part of the road, the attackers have moved to another, or to a different kind of target. Drivers interviewed by the Gazette this week said they no longer believed the road would be made safe by escorts alone. \"We need the phones back first,\" said one, who has driven the route for twenty years. \"Without them we are blind.\""""),
 ("f", """Got a story? Contact our newsroom in confidence at news@brannockgazette.example or on 0403 118 220.
Read more
Dannaway traders count the cost of the blackout
Council approves new market hall after twelve-year wait
Most read
Flood warnings lifted on the lower Brannock
Ollery school wins national choir prize
\u00a9 2033 Brannock Valley Gazette Ltd. Registered in Dannaway No. 00412. Terms | Privacy | Cookie settings
This site uses cookies. By continuing to browse you agree to our use of cookies. OK"""),
], sidecar="url: https://www.brannockgazette.example/news/region/timeline-korrobi-highway-attacks-2033-05-09")

# i08: an international organisation's factsheet, numbered sources with glued markers
page("i08_intl_org_factsheet", dict(title="Gulf of Tarsel: armed violence, smuggling and displacement", authors=[], date="2033-06-09",
     kind="factsheet", publication="Intergovernmental Office for Coastal Stability"), [
 ("f", """English | Fran\u00e7ais | Portugu\u00eas
Intergovernmental Office for Coastal Stability
About IOCS
Member States
Where we work
Resources
Media centre
Careers
Home / Resources / Factsheets
FACTSHEET"""),
 ("t", "Gulf of Tarsel: armed violence, smuggling and displacement"),
 ("f", """Date of publication: 2033-06-09
Download PDF (412 KB)
Print this page"""),
 ("a", """Key figures
41,000 people displaced from coastal districts of Tarsel state since January 2032.1
27 attacks on police posts and fishing communities recorded between January and May 2033, up from 15 in the same period of 2032.2
An estimated 60 per cent of households in surveyed fishing villages earn part of their income from fuel smuggling.3
Context
The Gulf of Tarsel's coastal districts combine a large artisanal fishing economy with weak state presence on land and at sea. Declining catches, attributed largely to illegal fishing by foreign trawlers, have pushed many fishing households into the cross-border fuel trade. The same maritime routes are used to bring small arms ashore, and weapons seized in the districts have been traced to armed groups in the hinterland, including the Tarsel Brotherhood.2
Displacement has followed a series of attacks on villages accused of informing on smugglers or armed groups. Most displaced families have moved to the outskirts of Tarsel city, where they live with relatives or in informal settlements without secure access to water or sanitation.1
IOCS response
IOCS supports the state government's coastal security committee with training for marine police on the lawful handling of seized vessels and goods, and funds a pilot programme that offers credit and cold-storage facilities to fishing cooperatives that commit to staying out of the fuel trade. In 2033 the Office is also supporting a survey of displaced households to inform the planning of return.
Priorities for the second half of 2033
Strengthen the prosecution of weapons traffickers, rather than of boat crews alone.
Support regional enforcement against illegal foreign trawling.
Extend the cooperative credit pilot from four to twelve fishing villages."""),
 ("f", "Sources"),
 ("a", """1. Tarsel State Emergency Management Agency, Displacement Tracking Round 6 \u2013 TSEMA, accessed 2 June 2033, https://tsema.example/dtm/round6
2. IOCS Coastal Incident Monitoring, January\u2013May 2033 \u2013 IOCS, accessed 4 June 2033, https://iocs.example/monitoring/tarsel-2033
3. Gulf of Tarsel Fisheries Forum, Empty Nets: Annual Report 2032 \u2013 GTFF, accessed 1 June 2033, https://gtff.example/reports/empty-nets-2032"""),
 ("f", """This factsheet is produced by the IOCS Regional Office for the Gulf of Tarsel. It does not necessarily reflect the views of IOCS Member States.
Related resources
Factsheet: Cape Merrin anchorage security (March 2033)
Situation update: Tarsel coastal districts, May 2033
Share: Facebook | LinkedIn | Email
Contact us | Accessibility | Terms of use | Privacy notice | Fraud alert
\u00a9 Intergovernmental Office for Coastal Stability 2033
We use essential cookies to make this site work. With your consent we will also use analytics cookies.
Accept all  Reject non-essential  Manage settings"""),
])

# i09: a university's research impact case study, co-authors with honorifics
page("i09_university_impact_case_study", dict(title="Tracing drone parts through customs data",
     authors=["Elodie Marchetti-Osei", "Samuel Kintu-Haverford"], date="2033-06-02", kind="case study", publication="Carrow Heath University"), [
 ("f", """Carrow Heath University
Study
Research
Business and partners
About
Alumni
Search the site
Research \u00bb Research impact \u00bb Case studies
CASE STUDY"""),
 ("t", "Tracing drone parts through customs data"),
 ("f", """How researchers in the School of Engineering and the Department of War Studies helped customs agencies spot the components of militant drones
Professor Elodie Marchetti-Osei and Dr Samuel Kintu-Haverford
Published: Thursday 2 June 2033
Reading time: 6 minutes"""),
 ("a", """The challenge
Armed groups on several coastlines now build their own drones, and the parts they need \u2014 motors, flight controllers, batteries, radio modules \u2014 are sold openly for hobby and agricultural use. Customs agencies cannot stop this trade, and should not try to. But they had no way of telling the ordinary import of agricultural drone parts from purchases that matched the designs recovered after attacks, because the descriptions on customs declarations were too vague and the codes used to classify goods lumped drone parts together with toys and household electronics.
The research
Between 2029 and 2032, a team from the School of Engineering examined the wreckage of more than sixty drones recovered by security forces on the Tamsar coast and in the Gulf of Tarsel, and catalogued each component by manufacturer, model and, where possible, batch. Working with colleagues in the Department of War Studies, they matched these components against anonymised customs records provided by two coastal states under a data-sharing agreement. The team found that a small number of importers accounted for most of the components found in militant aircraft, and that their orders showed a distinctive pattern: mixed consignments of motors and controllers in quantities too small for a commercial farm and too large for a hobbyist.
The impact
The team's findings were used to design a set of risk indicators that customs officers in both states now apply to consignments of drone components. The indicators do not name any company; they flag combinations of goods, quantities and routes for inspection. In the first year of their use, officers report, inspections led to the seizure of components for an estimated forty aircraft and to two criminal investigations. The team has also trained officers from four other coastal states, and its catalogue of recovered components is now shared with a regional arms-tracing network.
\u201cWhat made this work was the collaboration between engineers who can read a circuit board and analysts who understand how armed groups buy things,\u201d said Professor Marchetti-Osei. \u201cNeither of us could have done it alone.\u201d
The research was funded by the National Security Research Council and the Carrow Heath Impact Fund."""),
 ("f", """Professor Elodie Marchetti-Osei is Professor of Applied Electronics in the School of Engineering. Dr Samuel Kintu-Haverford is Senior Lecturer in War Studies.
Related case studies
Mapping flood risk on the lower Brannock
Safer lithium batteries for rural clinics
Study with us: MSc Security, Technology and Conflict \u2014 apply now for September 2033
Follow Carrow Heath University
Contact us | Maps and directions | Freedom of information | Modern slavery statement | Website accessibility
\u00a9 Carrow Heath University 2033"""),
], sidecar="url: https://www.carrowheath.example/research/impact/case-studies/tracing-drone-parts-customs-data")

# i10: a broadcaster's dispatch, byline after the text
page("i10_broadcaster_dispatch_byline_after", dict(title="In Qirat, the navy listens for the hum of drones", authors=["Hana Velez-Obuya"],
     date="2033-05-14", kind="dispatch", publication="Radio Tamsar International"), [
 ("f", """RTI Radio Tamsar International \u2014 English Service
Listen live
Home
Africa
World
Business
Programmes
Schedule
DISPATCH"""),
 ("t", "In Qirat, the navy listens for the hum of drones"),
 ("f", """Sat 14 May 2033 07.15 GMT
Share
Save
Listen to this article \u00b7 5 min"""),
 ("a", """The sailor on the roof of the harbour office at Qirat does not look at the sky. He listens. Since January, when a home-made drone dropped a mortar bomb on the naval base across the bay and killed two of his colleagues, the navy has posted men with binoculars and radios on every tall building near the water. The binoculars are mostly for show, he says. At night you hear a drone long before you see it.
The base has changed in other ways. Nets have been strung over the fuel depot and the patrol boats' berths, and a jamming system bought from abroad hums in a container by the gate. Officers say the jammer has forced down several aircraft since March, but they also admit that the drones are adapting: the one that struck in January was programmed to continue on a set course when its signal was cut.
In the old town, the attack is discussed with a mixture of fear and grudging curiosity. The man the navy blames for building the aircraft, known as Abu Safwan al-Qirani, grew up a few streets from the harbour. An elderly neighbour remembers him as a boy who took apart radios and put them back together better than before. \"He was always clever with his hands,\" she says. \"Nobody here thought he would use them for this.\"
Fishermen are caught in the middle. Navy patrols now stop boats coming in at night to search for drone parts, and some fishermen say they have been held for hours on the quay. Others complain that the militants have asked them to carry packages along the coast. Most say they simply want to be left alone to fish.
For now, the sailors on the roofs keep listening. In the four months since the attack, the sky over the base has been quiet. No one in Qirat seems to think it will stay that way."""),
 ("f", """Hana Velez-Obuya reported from Qirat. Additional reporting by Joel Amankwah-Roos in Tamsar city."""),
 ("f", """More from Africa
Port Velasse prison director suspended after jailbreak
Cape Merrin port warns of shipping delays
RTI is not responsible for the content of external sites. Read about our approach to external linking.
Terms of Use | About RTI | Privacy Policy | Cookies | Accessibility Help | Contact RTI
Copyright \u00a9 2033 RTI."""),
])

# i11: a ministry's travel advice page
page("i11_ministry_travel_advice", dict(title="Sorra travel advice: terrorism", authors=[], date="2033-04-27",
     kind="travel advice", publication="Ministry of External Affairs"), [
 ("f", """Skip to main content
Cookies on this site
We'd like to use additional cookies to understand how you use the site. Accept additional cookies | Reject additional cookies
Ministry of External Affairs
Menu
Home > Travel abroad > Travel advice > Sorra"""),
 ("t", "Sorra travel advice: terrorism"),
 ("f", """Warnings and insurance
Entry requirements
Safety and security
Terrorism
Health
Getting help
Updated 27 April 2033
Latest update: information about the attack on the Tembe ferry and the security situation in the upper Sorra basin ('Terrorism' page)."""),
 ("a", """Terrorist attacks in Sorra
Terrorists are very likely to try to carry out attacks in Sorra. Attacks could be indiscriminate, including in places visited by foreigners. Stay aware of your surroundings at all times and follow the advice of local authorities.
Several armed groups are active in Sorra, including groups that pledge allegiance to the Islamic State and the Sorra Defence Council in the upper Sorra basin. Attacks have targeted police stations, army convoys, markets, places of worship and river transport.
Recent attacks
On 2 April 2033, gunmen seized a passenger ferry near Tembe on the lower Sorra river and held one crew member. In March 2033, three farming villages in the upper Sorra basin were burned and many people were killed.
Kidnapping
There is a high threat of kidnapping throughout Sorra, especially in the north and east and on the roads between the main towns. Foreign nationals, including aid workers and employees of mining companies, have been kidnapped for ransom. The Ministry's long-standing policy is not to make substantive concessions to hostage-takers.
Travel on roads and rivers
Avoid travel by road after dark. If you travel on the Korrobi highway or on the rivers of the north, use reputable transport companies and keep your plans flexible. Phone coverage on parts of the Korrobi highway has been unreliable since April 2033 because of attacks on telephone masts."""),
 ("f", """Print this page
Is this page useful? Yes | No | Report a problem with this page
Travel advice: Sorra (PDF, 220 KB)
Get email alerts about this country
Help  Privacy  Cookies  Accessibility statement  Contact
All content is available under the Open Government Licence v3.0, except where otherwise stated
\u00a9 Republic of Calvoria"""),
], sidecar="url: https://www.mea.calvoria.example/travel-advice/sorra/terrorism")

# i12: a trade journal's market report, paywall furniture
page("i12_trade_journal_market_report", dict(title="War-risk premiums climb after Cape Merrin listing", authors=["Fenella Achterhof"],
     date="2033-05-24", kind="market report", publication="Hull & Cargo Review"), [
 ("f", """War-risk premiums climb after Cape Merrin listing | Hull & Cargo Review
HULL & CARGO REVIEW
The weekly for marine insurance professionals
Sign in  |  Subscribe  |  Newsletters
Markets  Claims  Regulation  Casualty  People  Events
You have 2 free articles remaining this month. Subscribe for unlimited access.
MARKET REPORT"""),
 ("t", "WAR-RISK PREMIUMS CLIMB AFTER CAPE MERRIN LISTING"),
 ("f", """Additional premiums for calls at the anchorage have tripled in a week, brokers say, as owners weigh diversions to neighbouring ports
By Fenella Achterhof, Markets Editor
May 24, 2033
Tags: War risks | Piracy | Gulf of Tarsel"""),
 ("a", """Additional premiums for ships calling at Cape Merrin have risen sharply since the waters around the anchorage were added to the war-risks listed areas last week, with brokers reporting quotes of up to 0.15 per cent of hull value for a seven-day call, against 0.05 per cent for the first quotes after the listing.
The listing followed three incidents at the anchorage in May, including the boarding of a bulk carrier whose crew were robbed. Underwriters said the main concern was the length of time ships now spend at anchor waiting for a berth at Merrin, which has stretched to as much as nine days for larger vessels.
\"The risk is not the port, it's the waiting room,\" said one London-based underwriter. \"A ship at anchor for nine days with a low freeboard is exactly what these gangs look for.\"
Several owners are said to be considering diverting cargoes to Port Velasse, 200 miles to the south, although the jailbreak there in April has raised questions about security in that port too. Charterers, who usually bear the additional premium, are pushing back on the higher rates.
Brokers expect premiums to stabilise if the coastguard's announced night patrols at the anchorage begin as promised in June. Merrin's port authority has asked the listing committee to review its decision within three months, arguing that the incidents were opportunistic and that no ship has been hijacked.
Market view
Rates for the wider Gulf of Tarsel were unchanged this week. Underwriters said they were watching reports of arms smuggling along the coast but saw no direct threat to merchant shipping outside the anchorage."""),
 ("f", """Fenella Achterhof is Markets Editor of Hull & Cargo Review. Email her at f.achterhof@hullcargo.example
Most read this week
P&I clubs set out general increase expectations
Casualty: container fire off the Brannock estuary
Upcoming event: War Risks Forum 2033, 14 September
Hull & Cargo Review is published by Tallowmere Media Ltd.
Terms and conditions | Privacy | Advertise | Contact
\u00a9 2033 Tallowmere Media Ltd. All rights reserved."""),
])

# i13: a reference site's glossary entry, wiki-style references
page("i13_reference_glossary_entry", dict(title="Tolling economy", authors=[], date="2033-06-02", kind="glossary entry",
     publication="Lexicon of Political Violence"), [
 ("f", """Lexicon of Political Violence
Main page
Contents
Random entry
About the Lexicon
Contribute
Search Lexicon
Entry  Talk  Read  Edit  View history
GLOSSARY ENTRY"""),
 ("t", "Tolling economy"),
 ("f", """From the Lexicon of Political Violence, the open reference on armed conflict
This entry needs additional citations for verification. Please help improve it by adding citations to reliable sources."""),
 ("a", """A tolling economy is a system in which an armed group finances itself mainly by levying fees on the movement of people and goods through territory or routes it controls, rather than by looting, kidnapping or external funding.[1] The term is used by researchers of insurgency and organised crime to describe arrangements that resemble taxation in their regularity but lack the legal authority of a state.[2]
Characteristics
Tolling economies typically share several features: fixed or negotiated rates, often adjusted by season or by the value of the goods carried; some form of proof of payment, such as stamped receipts or verbal passwords, that protects those who have paid from further demands; and checkpoints that move frequently to avoid attack.[1][3] Groups that run them tend to present their levies in religious or moral terms, for example as zakat or as a contribution to the protection of the community.
Examples
Researchers have described tolling economies on rivers, lakes and highways in several regions. A widely cited example is the system of receipts and water-borne toll posts operated by the Ashani Lake Front on Lake Ashani after 2030.[3] Similar arrangements have been reported on the Korrobi highway and among the fuel-smuggling networks of the Gulf of Tarsel, although in the latter case the levies are collected by middlemen rather than by the armed groups themselves.
Debate
Some scholars argue that tolling economies give armed groups an interest in stable trade and can therefore moderate their violence; others point out that the same groups punish those who refuse to pay, and that the predictability of the levies depends on the threat behind them.[2]
"""),
 ("f", """See also
Rebel governance
War economy
Checkpoint
References"""),
 ("a", """^ a b Vantongeren, Lise (2029). Taxing the Road: Armed Groups and Mobile Economies. Harrowgate University Press. pp. 12\u201318.
^ a b Igwe-Salazar, Bronwen (2031). \"Predictable Predators\". Journal of Conflict Economies. 9 (2): 144\u2013166.
^ Osei-Lindholm, Priyamvada (22 April 2033). \"Salt, Tolls and Sermons: How the Ashani Lake Front Finances Its Return\". Terrorism Monitor. 31 (8)."""),
 ("f", """Categories: Political economy of conflict | Insurgency | Glossary
This page was last edited on 2 June 2033, at 14:05 (UTC).
Text is available under a Creative Commons Attribution-ShareAlike licence; additional terms may apply.
Privacy policy  About the Lexicon  Disclaimers  Mobile view"""),
], sidecar="url: https://lexicon-pv.example/wiki/Tolling_economy")

# i14: a data portal's release notes, authors on an "Authors:" line with their team
page("i14_data_portal_release_notes", dict(title="Coastal Incidents Dataset 7.2: what has changed", authors=["Mirela Tsvetanova-Odum", "Kofi Brandt-Asante"],
     date="2033-06-16", kind="release note", publication="Coastal Violence Observatory"), [
 ("f", """Coastal Violence Observatory | Data Portal
Dashboard
Download data
Codebook
API
Methodology
Blog
Log in
Data Portal / Updates / Release notes
RELEASE NOTES"""),
 ("t", "Coastal Incidents Dataset 7.2: what has changed"),
 ("f", """2033-06-16
Authors: Mirela Tsvetanova-Odum, Kofi Brandt-Asante (Data team)
v7.2 \u00b7 Changelog \u00b7 DOI 10.99999/cvo.cid.7.2"""),
 ("a", """Version 7.2 of the Coastal Incidents Dataset is now available on the portal and through the API. It adds events up to 31 May 2033, revises the coding of several hundred earlier events and introduces two new variables. This note explains the main changes and what they mean for users comparing figures across versions.
New events
The release adds 1,214 events recorded between 1 January and 31 May 2033. The largest increases are in the Gulf of Tarsel, where the number of recorded attacks on fishing communities and police posts has nearly doubled compared with the same period last year, and at the Cape Merrin anchorage, where we record the first boardings since 2029. Users should note that part of the Tarsel increase reflects new sources: since February we have coded reports from two local radio stations in the coastal districts that were not previously monitored.
Revised coding of drone attacks
In earlier versions, attacks with armed drones were coded as \"air strike\" when carried out by a state and as \"remote explosive\" when carried out by an armed group. From 7.2, all such attacks are coded under a single event type, \"drone strike\", with a new variable recording the actor type. This affects 386 events from 2028 onwards. Time series of \"remote explosive\" events will show a break at that date, and we recommend that users rebuild any such series from the revised data rather than combining versions.
New variables
maritime_zone records whether an event took place at sea, in a port or anchorage, on a beach or landing site, or inland within ten kilometres of the coast.
infrastructure_target records attacks on telecommunications, power and water infrastructure. It was introduced in response to the wave of attacks on telephone masts along the Korrobi highway in April, which the previous coding recorded only as \"property destruction\".
Known issues
Fatality figures for events in the upper Sorra basin in March 2033 remain provisional. Sources disagree widely, and we have recorded the lowest credible estimate. We will revise these figures in version 7.3 if better information becomes available.
Questions about this release can be sent to the data team through the portal's contact form."""),
 ("f", """Download v7.2 (CSV, 48 MB)  |  Download v7.2 (Excel)  |  Full changelog
Cite this dataset: Coastal Violence Observatory (2033). Coastal Incidents Dataset, version 7.2.
Previous: Release notes 7.1
Next: Dashboard update: new maritime filters
Sign up for data alerts
The Coastal Violence Observatory is an independent, non-profit project. Data are licensed CC BY 4.0.
About | Funders | Team | Terms | Privacy
This site uses cookies for analytics. [Got it]"""),
])

# i15: a personal site's annotated reading list, signed at the end
page("i15_personal_site_reading_list", dict(title="A reading list on maritime militancy, summer 2033", authors=["Margit Oyelaran-Sund"],
     date="2033-06-28", kind="reading list", publication="marginalia"), [
 ("f", """marginalia
notes on seas, ports and the people who fight over them
home \u00b7 about \u00b7 reading lists \u00b7 talks \u00b7 contact
\u2190 Older posts"""),
 ("t", "A reading list on maritime militancy, summer 2033"),
 ("f", """28.06.2033 \u00b7 reading lists \u00b7 8 min read"""),
 ("a", """Every summer, students and colleagues ask me what to read on armed groups at sea, and every summer the answer changes a little. This year it has changed more than usual. The return of boardings at Cape Merrin, the drone workshop on the Tamsar coast and the smuggling networks of the Gulf of Tarsel have produced a run of good writing, much of it by people who have spent time on the beaches and quays they describe. What follows is a personal and incomplete list, in no particular order, with a few words on why each piece is worth your time.
On the Gulf of Tarsel
Katarzyna Ndlovu-Perrin's \"Fish, Fuel and Firearms\" in the June issue of the Littoral Security Monitor is the best short account I know of how the fuel trade and the arms trade share the same boats. Read it for the fishermen's voices, and for its argument that seizing boats without prosecuting middlemen has become a cost of doing business rather than a deterrent.
The Intergovernmental Office for Coastal Stability's factsheet on the gulf, published in early June, is dry but useful, especially its figures on displacement, which are the most careful I have seen.
On drones
Corentin Mabuza-Velde's profile of Abu Safwan al-Qirani in Militant Leadership Monitor is a model of how to write about a person about whom little can be confirmed: careful about sources, precise about what the wreckage shows. Pair it with Hana Velez-Obuya's dispatch from Qirat for Radio Tamsar International, which shows what the drone threat looks like from the rooftops of the naval base.
On money and governance
Priyamvada Osei-Lindholm's \"Salt, Tolls and Sermons\" in Terrorism Monitor is about a lake rather than the sea, but anyone interested in how armed groups finance themselves on water should read it. The receipts she describes turn up, in other forms, all along the coast.
Finally, a book I return to every year: Lise Vantongeren's Taxing the Road, which gave us much of the vocabulary we now use for checkpoint economies. It is ten years old and still the place to start.
Suggestions for next year's list are welcome, as always."""),
 ("f", """\u2014 Margit
Filed under: reading lists, maritime, Gulf of Tarsel, drones
2 comments
Piet Ramaekers \u00b7 29.06.2033
Thanks for this \u2014 the Velez-Obuya piece was new to me.
Leave a comment
marginalia is written by Margit Oyelaran-Sund, who teaches maritime security at the Harbourside Institute. Views my own.
Powered by a static site generator \u00b7 RSS \u00b7 CC BY-NC"""),
], sidecar="url: https://marginalia-mos.example/2033/06/28/reading-list-maritime-militancy/")
