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
