# heldout31: the three whole issues (n01 Terrorism Monitor, n02 Militant Leadership Monitor, n03 Sahel Frontier
# Monitor). All text invented. Called by gen.py; the feature texts are shared with the web versions (n04, n05).
from lib import Issue, para, block
from corpusgen import arts

# ---------------------------------------------------------------- n01: Terrorism Monitor, Volume XXX, Issue 15
TM_F1_TITLE = "Salt Roads and Fuel Drums: How the Wadi Front Pays for Its Return to Eastern Qaradun"
TM_F1_AUTHOR = "Marten Achebe-Solvik"
TM_F1 = [
    "Eighteen months after government forces declared the eastern districts of Qaradun province cleared, the Wadi "
    "Front is again collecting money on the roads that link the salt pans of Lake Imbara to the market towns of the "
    "plateau. Drivers interviewed in Tessul and Bir Hamra describe the same routine: a pickup parked across the track at "
    "dusk, two or three young men with rifles and a notebook, and a receipt stamped with the group's palm-tree seal. "
    "The sums are modest, usually the equivalent of a few dollars per truck, but the regularity of the collection is "
    "what worries local officials, because it shows that the group has rebuilt the administrative habits it lost "
    "during the offensive of 2030 [1].",
    "The salt trade is an obvious target. Every week several hundred trucks carry slabs from the lake shore to "
    "wholesalers in Tessul, and the route passes through dry valleys that the army patrols only by day. The Wadi Front "
    "has learned from its earlier mistakes: it no longer seizes cargo or burns vehicles, which in 2028 turned the "
    "transport guild against it, but sets a fixed toll that traders can budget for. Several drivers said that paying "
    "the group was cheaper and more predictable than paying the gendarmerie post at Kafr Sellam, whose officers are "
    "accused of demanding different amounts from each convoy.",
    "Fuel is the second pillar of the group's income. Since the closure of the state depot at Bir Hamra in early 2031, "
    "diesel has reached the eastern districts mainly in drums carried across the border by smugglers. Local "
    "journalists report that the Wadi Front now licenses the larger smuggling crews, taking a share of each load in "
    "exchange for safe passage and, in some cases, an armed escort through the valleys north of the lake [2]. The "
    "arrangement gives the group influence over the price of the one commodity that every farmer, trader and water "
    "pump in the area depends on.",
    "The Return of the Tax Collectors",
    "None of this is new in itself. What distinguishes the present phase is the care the group takes to present its "
    "collections as lawful. Its preachers describe the toll as zakat on trade goods, its receipts cite the amount and "
    "the date, and its local representatives have begun to settle disputes between drivers and traders over damaged "
    "goods. A statement circulated on a messaging channel close to the group in June told merchants that anyone "
    "charged twice on the same route should report the collector by name [3]. Such gestures are meant to contrast "
    "the group's discipline with the arbitrary behaviour of the security forces.",
    "The provincial authorities have responded mostly with force. A series of night raids in May killed several "
    "alleged collectors near Tessul, but residents say the checkpoints reappeared within days, staffed by new faces. "
    "A more lasting response would require the reopening of the Bir Hamra depot, a functioning and accountable "
    "gendarmerie on the salt road, and some form of compensation for traders who refuse to pay. Until the state can "
    "offer a cheaper and safer road than the insurgents, the Wadi Front will continue to pay for its return with the "
    "salt and fuel of the people it claims to protect [4].",
]
TM_F1_NOTES = [
    "[1] Interviews with truck drivers in Tessul and Bir Hamra conducted by a local researcher, May and June 2032.",
    "[2] Radio Imbara Libre, June 11, 2032; Qaradun Evening Post, June 19, 2032.",
    "[3] Statement attributed to the Wadi Front's \"Office of Markets,\" circulated on a messaging channel, June 24, "
    "2032.",
    "[4] For the 2028 dispute with the transport guild, see Terrorism Monitor, Volume XXVI, Issue 9.",
]
TM_F1_BIO = ("Dr. Marten Achebe-Solvik is a senior research fellow at the Halvorsen Centre for Conflict Economics, "
             "where he studies the finances of armed groups in North Africa and the Sahel.")

TM_F2_TITLE = "Banned Channels and Borrowed Towers: The Changing Media Strategy of Harakat al-Sahil"
TM_F2_AUTHORS = ["Noor Valdecasas", "Petr Lindahl-Mensah"]
TM_F2 = [
    "When the three largest messaging platforms removed the official channels of Harakat al-Sahil in the spring of "
    "2031, analysts expected the coastal insurgency's propaganda to fall silent for a time, as it had after earlier "
    "takedowns. Instead the group has spent the past year building an audience that no platform can switch off. Its "
    "sermons, battle reports and announcements now travel on local FM frequencies borrowed from community radio "
    "stations, on memory cards sold in phone shops, and on a loose network of supporters who repost clips under "
    "their own names.",
    "The radio campaign is the most striking part of this shift. Monitoring by a coastal media association recorded "
    "at least eleven occasions between January and June 2032 on which a community station near Port Elsan or Marrat "
    "was taken over for an hour or more, usually at night, to broadcast recorded material from the group [1]. In "
    "several cases the station staff said they had been threatened; in others, the transmitter was simply accessed "
    "from a remote mast that had been left unguarded. The group has also begun to distribute cheap solar radios in "
    "fishing villages, pre-tuned to the frequencies it uses most often.",
    "Memory cards play a different role. They carry longer material that would be difficult to broadcast, such as "
    "training lectures and the biographies of fighters killed in action, and they circulate among young men who "
    "exchange music and films in the same way. Shopkeepers in Marrat told researchers that cards labelled with the "
    "names of popular singers sometimes contained the group's videos instead, and that customers rarely complained.",
    "An Audience Without a Platform",
    "The result is a media operation that is slower and less visible than the one the platforms dismantled, but also "
    "more local. The content has changed to match: fewer global jihadist themes, more grievances about fishing "
    "licences, land seizures and the conduct of the coast guard. Harakat al-Sahil's spokesmen rarely mention the "
    "wider movement to which the group pledged allegiance in 2027, and its broadcasts now open with local news read "
    "in the coastal dialect rather than in formal Arabic [2].",
    "For the authorities, this presents a harder problem than a channel that can be reported and removed. Jamming "
    "community radio would silence the stations on which fishermen rely for weather warnings, and raids on phone "
    "shops have so far produced more resentment than evidence. The more promising approach, tried briefly in Marrat "
    "last year, was to help the stations secure their masts and to fund programmes that answer the group's "
    "complaints directly. That experiment ended when its funding lapsed, just as the insurgents were learning how to "
    "use the airwaves.",
]
TM_F2_BIO = ("Noor Valdecasas is a researcher on media and conflict at the University of Skelmore. Petr "
             "Lindahl-Mensah is a journalist who has reported from the Sahil coast since 2024.")
TM_F2_NOTES = [
    "[1] Coastal Community Broadcasters' Association, \"Transmitter Incidents, January–June 2032,\" July 2032.",
    "[2] Authors' review of forty-two broadcasts recorded between March and June 2032.",
]

TM_B1_TITLE = "Drone Strikes Resume Against Militant Camps in the Hazarbal Valley"
TM_B1 = [
    "For the first time since the truce of October 2031, the air force of Qaradun carried out drone strikes against "
    "militant positions in the upper Hazarbal Valley in late July. The defence ministry said that the strikes on July "
    "26 and July 28 destroyed two training camps and a weapons store belonging to the Wadi Front, and killed \"more "
    "than twenty terrorists\" (Qaradun Press Agency, July 29). The group denied any losses among its fighters and "
    "claimed that the second strike hit a shepherds' encampment, killing a woman and two children.",
    "The resumption of air operations suggests that the government no longer expects the truce to hold. Talks "
    "mediated by tribal elders from Tessul broke down in June, after the group refused to hand over the men accused "
    "of killing four road engineers in the spring. Since then the Wadi Front has moved fighters back into the "
    "villages of the upper valley, from which it had withdrawn under the truce, and local officials report that it "
    "has again begun to collect tolls on the road to the Hazarbal dam.",
    "Drone strikes alone are unlikely to reverse this. The camps hit in July were small and, according to residents, "
    "had been partly abandoned before the strikes. The valley's villagers, who suffered heavily in the fighting of "
    "2030, have little reason to side with either party, and civilian casualties would push more of them towards the "
    "insurgents. The coming weeks will show whether the strikes were a warning meant to bring the group back to the "
    "table, or the opening of a new campaign.",
]
TM_B2_TITLE = "A Kidnapping Cell Reappears on the Teskeri Coast"
TM_B2 = [
    "Police on the Teskeri coast have linked the abduction of two engineers from a desalination plant near Anfa Bay on "
    "July 19 to a kidnapping cell that was thought to have been dismantled in 2029. The engineers, one a national of "
    "the country and the other a foreign contractor, were taken from a staff minibus at a fake checkpoint by men "
    "wearing coast guard uniforms. A ransom demand was delivered to the plant's operator four days later (Teskeri "
    "Daily Mirror, July 24).",
    "The cell, known locally as the Anfa Brothers, carried out at least six kidnappings between 2026 and 2029 and "
    "was believed to sell some of its hostages to Harakat al-Sahil. Its leaders were arrested in a series of raids in "
    "the autumn of 2029, but two of them were released last year under an amnesty for detainees who had not been "
    "charged with killings. Police sources now say that one of the released men organised the July abduction.",
    "The case illustrates a wider pattern on the coast, where criminal and militant networks have long traded "
    "hostages, weapons and boats. It also raises uncomfortable questions about the amnesty, which the government "
    "presented as a step towards reconciliation but which was applied, according to lawyers in Anfa, without any "
    "follow-up or supervision of those released.",
]
TM_BRIEFS_AUTHOR = "Ilse Okonkwo-Vardy"


def n01():
    iss = Issue("n01_terrorism_monitor_vol30_iss15")
    A = arts("Terrorism Monitor", "2032-08-06", 30, 15,
             (TM_B1_TITLE, [TM_BRIEFS_AUTHOR], "brief"),
             (TM_B2_TITLE, [TM_BRIEFS_AUTHOR], "brief"),
             (TM_F1_TITLE, [TM_F1_AUTHOR], "feature"),
             (TM_F2_TITLE, TM_F2_AUTHORS, "feature"))
    block(iss, """
The JAMESTOWN FOUNDATION

   T E R R O R I S M   M O N I T O R
   In-depth analysis of the War on Terror

   VOLUME XXX, ISSUE 15  *  AUGUST 6, 2032

+----------------------------------------------------------------------+
| IN THIS ISSUE:                                                       |
|                                                                      |
| BRIEFS ............................................................ 1 |
|                                                                      |
| SALT ROADS AND FUEL DRUMS: HOW THE WADI FRONT PAYS FOR ITS RETURN    |
| TO EASTERN QARADUN                                                   |
| By Marten Achebe-Solvik ........................................... 3 |
|                                                                      |
| BANNED CHANNELS AND BORROWED TOWERS: THE CHANGING MEDIA STRATEGY     |
| OF HARAKAT AL-SAHIL                                                  |
| By Noor Valdecasas and Petr Lindahl-Mensah ........................ 6 |
+----------------------------------------------------------------------+

Terrorism Monitor is a publication of The Jamestown Foundation. The
Terrorism Monitor is designed to be read by policy-makers and other
specialists yet be accessible to the general public. The opinions
expressed within are solely those of the authors.

For comments or questions about our publications, please send an
email to pubs@jamestown.example, or write to us at 1310 L Street NW,
Suite 810, Washington DC 20005.

BRIEFS
""")
    iss.add()
    iss.add(TM_B1_TITLE.upper()); iss.add()
    head = ["", "TERRORISM MONITOR       VOLUME XXX, ISSUE 15  *  AUGUST 6, 2032", ""]
    para(iss, TM_B1[0], 0, hy=2)
    para(iss, TM_B1[1], 0)
    para(iss, TM_B1[2], 0, brk=3, furniture=["", "1", ""] + head)
    iss.add("Ilse Okonkwo-Vardy"); iss.add()
    iss.add(TM_B2_TITLE.upper()); iss.add()
    para(iss, TM_B2[0], 1)
    para(iss, TM_B2[1], 1, hy=1)
    para(iss, TM_B2[2], 1)
    iss.add("Ilse Okonkwo-Vardy is a contributing editor of Terrorism Monitor."); iss.add()
    block(iss, """
                                   2

TerrorismMonitor\uf0a7Volume XXX,Issue15

Salt Roads and Fuel Drums: How the Wadi Front Pays
for Its Return to Eastern Qaradun

Marten Achebe-Solvik
""")
    iss.add()
    mangled_mid = ["", "- 4 -", "", "TERRORISM MONITOR       VOLUME XXX, ISSUE 15  *  AUGUST 6, 2032", ""]
    for k, p in enumerate(TM_F1):
        if k == 3:
            iss.add(p, 2); iss.add(); continue
        if k == 2:
            para(iss, p, 2, brk=4, furniture=["", "3", ""] + head)
        elif k == 5:
            para(iss, p, 2, brk=2, furniture=mangled_mid)
        else:
            para(iss, p, 2, hy=(3 if k == 1 else None))
    iss.add("Notes"); iss.add()
    for n in TM_F1_NOTES:
        para(iss, n, 2)
    para(iss, TM_F1_BIO, None)
    iss.add(); iss.add(TM_F2_TITLE); iss.add()
    iss.add("By Noor Valdecasas and Petr Lindahl-Mensah"); iss.add()
    for k, p in enumerate(TM_F2):
        if k == 3:
            iss.add(p, 3); iss.add(); continue
        if k == 2:
            para(iss, p, 3, brk=1, furniture=["", "5", ""] + head)
        else:
            para(iss, p, 3, hy=(2 if k in (0, 4) else None))
    para(iss, TM_F2_BIO, None)
    iss.add("NOTES"); iss.add()
    for n in TM_F2_NOTES:
        para(iss, n, 3)
    block(iss, """
                                   6
""")
    iss.write(A, "publication: Terrorism Monitor\n")
    return iss


# ---------------------------------------------------------------- n02: Militant Leadership Monitor, July 2032
MLM_F1_TITLE = "Yusuf Ardalan Kerimov: The Engineer Behind a Drone Workshop in the Oruzi Borderlands"
MLM_F1_AUTHOR = "Selin Marwick-Adeyemi"
MLM_F1 = [
    "Few of the commanders of the Oruzi Mountain Brigade have been as hard to photograph, or as important to the "
    "group's recent successes, as Yusuf Ardalan Kerimov. Known to his men as \"the Mechanic,\" Kerimov is a former "
    "lecturer in electrical engineering who joined the brigade in 2027 and now runs the workshop that converts "
    "commercial quadcopters into weapons. Government officials credit his workshop with the drone attacks that forced "
    "the closure of two border posts in the spring of 2032, and a reward for information leading to his arrest was "
    "doubled in June.1",
    "Kerimov was born in 1989 in the border town of Sary-Kol, the son of a schoolteacher. He studied in the capital and "
    "taught for several years at a technical college in the provincial centre, where former colleagues remember him "
    "as a quiet man with strong religious views and little interest in politics. His turn to militancy appears to "
    "have followed the arrest of his younger brother during the protests of 2026; the brother died in custody the "
    "following year, and Kerimov left his post weeks later.2",
    "From Classroom to Workshop",
    "Within the brigade, Kerimov rose through technical rather than military work. He first repaired radios and "
    "solar panels, then built the improvised explosive devices used against army convoys on the Sary-Kol road. By "
    "2030, according to a defector interviewed by a regional newspaper, he had trained around thirty young men in "
    "basic electronics and had begun experimenting with drones bought through intermediaries abroad.3 The "
    "workshop he runs today is said to move between villages every few weeks, carried in two vans.",
    "His influence goes beyond the workshop. Kerimov is reported to sit on the brigade's small military council and to "
    "have argued, against older commanders, for a strategy of harassing border posts rather than holding territory. "
    "The brigade's operations since 2031 have followed that line closely. Should he be killed or captured, the "
    "brigade would lose not only its most capable technician but also one of the few leaders whose authority rests on "
    "skills that the younger fighters admire.",
    "Conclusion",
    "Kerimov's career shows how a militant group with limited resources can use one educated recruit to change the "
    "balance of a small war. It also suggests that the authorities' focus on killing field commanders misses the "
    "people who make the group dangerous. Disrupting the supply of components and the training of new technicians "
    "may matter more than the reward on his head.",
]
MLM_F1_NOTES = [
    "1. Statement of the Border Guard Service, June 14, 2032.",
    "2. Interview with a former colleague of Kerimov, conducted by the author in May 2032.",
    "3. Oruzi Weekly Herald, February 3, 2031.",
]
MLM_F1_BIO = ("Selin Marwick-Adeyemi is an independent analyst of insurgencies in Central Asia and the Caucasus and a "
              "former visiting fellow at the Holmgard Institute.")

MLM_F2_TITLE = "Hamdou Ag Irzaman: A Smuggler's Son Who Became the Front's Negotiator"
MLM_F2_AUTHOR = "Tomasz Ekwueme-Larsen"
MLM_F2 = [
    "In the negotiations over the release of the aid workers abducted near Tin Ezzal last winter, one name appeared in "
    "every account given by the intermediaries: Hamdou Ag Irzaman. Neither a preacher nor a battlefield commander, Ag "
    "Irzaman has become the Desert Companions Front's indispensable go-between, the man who speaks to tribal elders, "
    "traders, smugglers and, when necessary, government emissaries.",
    "Ag Irzaman comes from a family that has moved goods across the desert for three generations. His father ran "
    "trucks of cigarettes and fuel between the oases of the north, and the son learned the routes, the languages and "
    "the etiquette of the trade before he was twenty. Local sources say he joined the Front around 2025, bringing "
    "with him contacts that the group's founders, most of whom came from the towns, did not have.1",
    "His role in hostage negotiations has given him a reputation among diplomats as a pragmatist. In the Tin Ezzal "
    "case he is said to have accepted a lower ransom in exchange for the release of two prisoners held by the "
    "government, and to have guaranteed the safety of the elders who carried the money.2 Such deals have made the "
    "Front richer, but they have also tied its leadership to Ag Irzaman's network of relationships, which some of the "
    "group's hardliners regard with suspicion.",
    "The question for the coming year is whether the Front will continue to need him. As the group expands into the "
    "southern regions, where it has fewer ties, the skills of a negotiator may count for more than ever. But the "
    "arrival of younger commanders who favour attacks over bargaining could leave Ag Irzaman isolated, or push him to "
    "use his contacts for his own ends.",
]
MLM_F2_NOTES = [
    "1. Interviews with traders in Tin Ezzal, April 2032.",
    "2. Sahara Courier, January 30, 2032; author's interview with a mediator, March 2032.",
]
MLM_F2_BIO = ("Tomasz Ekwueme-Larsen is a journalist and researcher who covers the Sahara and the Sahel. He is "
              "the author of a forthcoming book on desert trade routes.")

MLM_B_TITLE = "Succession Questions After the Death of a Veteran Commander in the Oruzi Hills"
MLM_B_AUTHOR = "Caspian Mbeki-Roth"
MLM_B = [
    "The death of Rustam Baktygul, the oldest of the Oruzi Mountain Brigade's field commanders, in a clash with "
    "border troops on June 9 has opened a debate inside the group about who should lead its northern sector. Baktygul, "
    "who had fought in the mountains since the 2010s, commanded the loyalty of several village militias that joined "
    "the brigade only because of his personal ties to their elders.",
    "Two candidates are mentioned in the brigade's own statements. The first is Baktygul's deputy, Erkin Saparov, a "
    "capable fighter with few connections outside his home valley. The second is Yusuf Ardalan Kerimov, whose drone "
    "workshop is profiled elsewhere in this issue and whose standing has grown with each successful attack. A choice "
    "of Kerimov would confirm the brigade's shift towards a more technical kind of warfare, but it could also cost "
    "it the support of the village militias that followed Baktygul.",
    "The brigade has announced a period of mourning of forty days, after which a new commander is expected to be "
    "named. How it handles the succession will be an early test of its cohesion.",
]


def n02():
    iss = Issue("n02_militant_leadership_monitor_jul2032")
    A = arts("Militant Leadership Monitor", "2032-07-01", 23, 7,
             (MLM_B_TITLE, [MLM_B_AUTHOR], "brief"),
             (MLM_F1_TITLE, [MLM_F1_AUTHOR], "feature"),
             (MLM_F2_TITLE, [MLM_F2_AUTHOR], "feature"))
    block(iss, """
MILITANT LEADERSHIP MONITOR
Personalities Behind the Insurgency

Volume XXIII  ◆  Issue 7  ◆  July 2032

╔══════════════════════════════════════════════════════════════════╗
║  CONTENTS                                                        ║
║                                                                  ║
║  BRIEF: SUCCESSION QUESTIONS AFTER THE DEATH OF A VETERAN        ║
║  COMMANDER IN THE ORUZI HILLS ................................ 1 ║
║                                                                  ║
║  YUSUF ARDALAN KERIMOV: THE ENGINEER BEHIND A DRONE WORKSHOP     ║
║  IN THE ORUZI BORDERLANDS                                        ║
║  Selin Marwick-Adeyemi ....................................... 2 ║
║                                                                  ║
║  HAMDOU AG IRZAMAN: A SMUGGLER'S SON WHO BECAME THE FRONT'S      ║
║  NEGOTIATOR                                                      ║
║  Tomasz Ekwueme-Larsen ....................................... 5 ║
╚══════════════════════════════════════════════════════════════════╝

BRIEF
""")
    iss.add()
    iss.add(MLM_B_TITLE); iss.add()
    for k, p in enumerate(MLM_B):
        para(iss, p, 0, hy=(1 if k == 1 else None))
    iss.add("—Caspian Mbeki-Roth"); iss.add()
    foot = ["", "Militant Leadership Monitor | July 2032 | Volume XXIII, Issue 7", "", "                                                              2", ""]
    block(iss, """
                                                              1

""")
    iss.add(MLM_F1_TITLE.upper()); iss.add()
    iss.add("By Selin Marwick-Adeyemi"); iss.add()
    for k, p in enumerate(MLM_F1):
        if k in (2, 5):
            iss.add(p, 1); iss.add(); continue
        if k == 1:
            para(iss, p, 1, brk=3, furniture=foot)
        elif k == 4:
            para(iss, p, 1, hy=1, brk=4, furniture=["", "Militant Leadership Monitor | July 2032 | Volume XXIII, Issue 7", "", "                                                              3", ""])
        else:
            para(iss, p, 1)
    iss.add("NOTES"); iss.add()
    for n in MLM_F1_NOTES:
        para(iss, n, 1)
    para(iss, MLM_F1_BIO, None)
    block(iss, """
Militant Leadership Monitor | July 2032 | Volume XXIII, Issue 7

                                                              4

""")
    iss.add(MLM_F2_TITLE.upper()); iss.add()
    iss.add("Tomasz Ekwueme-Larsen"); iss.add()
    para(iss, MLM_F2_BIO, None)
    for k, p in enumerate(MLM_F2):
        if k == 2:
            para(iss, p, 2, brk=2, furniture=["", "MilitantLeadershipMonitor|July2032", "5", ""])
        else:
            para(iss, p, 2, hy=(0 if k == 3 else None))
    iss.add("Notes"); iss.add()
    for n in MLM_F2_NOTES:
        para(iss, n, 2)
    block(iss, """
Militant Leadership Monitor | July 2032 | Volume XXIII, Issue 7

                                                              6
""")
    iss.write(A, "")
    return iss


# ---------------------------------------------------------------- n03: Sahel Frontier Monitor (invented sibling)
SFM = "Sahel Frontier Monitor"
SFM_B_TITLE = "Gold Panners Flee After Attack on a Mining Camp Near Gourmel"
SFM_B_AUTHOR = "Awa Lindqvist-Diarra"
SFM_B = [
    "An attack on the artisanal gold camp of Kel Tabat, thirty kilometres north of Gourmel, on August 21 has driven "
    "several thousand panners and traders from one of the richest informal mining sites of the border region. "
    "Witnesses said that gunmen on motorcycles surrounded the camp at dawn, burned the generators and water pumps, "
    "and ordered the miners to leave within a day. At least seven people were killed, among them two members of a "
    "local self-defence group who tried to resist (Radio Gourmel Espoir, August 22).",
    "No group has claimed the attack, but the Desert Companions Front has for months demanded a share of the camp's "
    "output and had warned the camp's owners against paying the self-defence militia instead. The destruction of the "
    "pumps, rather than the seizure of the gold, suggests that the aim was to punish the camp rather than to take it "
    "over. Whether the miners return will depend on whether the owners make their peace with the Front.",
]
SFM_A_TITLE = "Wells, Herds and Rifles: Why the Pastoral Militias of the Azaouad Plain Are Splitting"
SFM_A_AUTHORS = ["Ibrahim Sow-Henriksen"]
SFM_A = [
    "For most of the past decade, the herders of the Azaouad plain have defended themselves through a handful of "
    "militias organised along clan lines and loosely allied with the army. That arrangement is now coming apart. "
    "Since the beginning of 2032 at least three of the militias have split, and fighting between their factions over "
    "wells and grazing land has killed more people on the plain than attacks by jihadist groups (1).",
    "The immediate cause is water. Two years of poor rains have dried up many of the seasonal ponds on which the "
    "herds depend, leaving the deep wells dug by the state in the 1980s as the only reliable source. Control of a well "
    "now means control of the pasture around it, and militia commanders have begun to charge other herders for access. "
    "Younger members, many of whom have lost animals, accuse their leaders of enriching themselves and of favouring "
    "their own lineages.",
    "The army's role has made matters worse. Commanders in the regional capital have armed whichever faction seemed "
    "most useful against the Desert Companions Front, without regard for local rivalries, and in two cases have "
    "armed both sides of the same dispute (2). The jihadists, for their part, have been quick to offer mediation, "
    "presenting themselves as impartial judges of water rights in a way that neither the army nor the militias can.",
    "Any attempt to stabilise the plain will have to deal with the wells first. Joint management committees, which "
    "worked in some districts during the droughts of the 2010s, could be revived with the support of the elders who "
    "still command respect across clan lines. Without that, the splintering of the militias is likely to continue, "
    "and the Front will be the main beneficiary.",
]
SFM_A_NOTES = [
    "(1) Figures compiled by the Sahel Conflict Observatory for January–July 2032.",
    "(2) Interviews with militia members and local officials in Menaka-Est, June 2032.",
]
SFM_C_TITLE = "The Front's Courts: Justice as Recruitment in the Southern Districts"
SFM_C_AUTHORS = ["Mariama Keita-Forsberg", "Olivier Nanjala-Roux"]
SFM_C = [
    "In the villages south of the river, the Desert Companions Front is known less for its attacks than for its "
    "courts. Villagers describe itinerant judges who arrive on market days, hear land and inheritance disputes under a "
    "tree or in a mosque courtyard, and deliver verdicts within hours. The contrast with the state's courts, which sit "
    "in the regional capital, charge fees and can take years to decide a case, could hardly be sharper.",
    "The Front's judges are not popular for their severity, which most villagers fear, but for their speed and "
    "their apparent impartiality. Several people interviewed for this article said that they had taken cases to the "
    "Front's courts because the other party had relatives in the local administration. Once a verdict is given, the "
    "Front enforces it, and this, more than any sermon, persuades young men that the group offers a kind of order "
    "the state does not.",
    "The courts also serve as a recruiting ground. Young men who act as messengers and guards for the judges are "
    "often later enlisted as fighters, and families who have won cases feel an obligation to the group. The "
    "government's response has been to declare the courts illegal and to arrest those who use them, which has only "
    "driven the proceedings further from view.",
    "A better answer would be to bring state justice closer to the villages: mobile courts, legal aid and the "
    "recognition of customary mediation for small disputes. Such reforms have been promised repeatedly since 2028. "
    "Until they are delivered, the Front's judges will keep hearing cases, and keep recruiting.",
]
SFM_C_BIO = ("Mariama Keita-Forsberg is a lawyer and researcher based in the region. Olivier Nanjala-Roux is a "
             "doctoral candidate at the University of Lindenau who studies rebel governance.")
SFM_A_BIO = "Ibrahim Sow-Henriksen is a researcher at the Sahel Conflict Observatory."


def n03():
    iss = Issue("n03_sahel_frontier_monitor_sep2032")
    A = arts(SFM, "2032-09-01", 4, 9,
             (SFM_B_TITLE, [SFM_B_AUTHOR], "brief"),
             (SFM_A_TITLE, SFM_A_AUTHORS, "analysis"),
             (SFM_C_TITLE, SFM_C_AUTHORS, "feature"))
    block(iss, """
SAHEL FRONTIER MONITOR
Conflict, governance and trade across the Sahel's borderlands

Volume 4 • Issue 9 • September 2032

Inside this issue
  Brief — Gold Panners Flee After Attack on a Mining Camp Near Gourmel
  Analysis — Wells, Herds and Rifles: Why the Pastoral Militias of the
             Azaouad Plain Are Splitting
  Feature — The Front's Courts: Justice as Recruitment in the Southern
            Districts

BRIEF

""")
    iss.add(SFM_B_TITLE); iss.add()
    iss.add("By Awa Lindqvist-Diarra"); iss.add()
    for p in SFM_B:
        para(iss, p, 0, width=72)
    block(iss, """
ANALYSIS

""")
    iss.add(SFM_A_TITLE); iss.add()
    iss.add("Ibrahim Sow-Henriksen"); iss.add()
    sfoot = ["", "Sahel Frontier Monitor · September 2032 · page 2", ""]
    for k, p in enumerate(SFM_A):
        if k == 1:
            para(iss, p, 1, width=72, brk=2, furniture=sfoot)
        else:
            para(iss, p, 1, width=72, hy=(1 if k == 2 else None))
    iss.add("Endnotes"); iss.add()
    for n in SFM_A_NOTES:
        para(iss, n, 1, width=72)
    para(iss, SFM_A_BIO, None, width=72)
    block(iss, """
FEATURE

""")
    iss.add(SFM_C_TITLE); iss.add()
    iss.add("Mariama Keita-Forsberg & Olivier Nanjala-Roux"); iss.add()
    for k, p in enumerate(SFM_C):
        if k == 2:
            para(iss, p, 2, width=72, brk=1, furniture=["", "Sahel Frontier Monitor · September 2032 · page 3", ""])
        else:
            para(iss, p, 2, width=72, hy=(2 if k == 1 else None))
    para(iss, SFM_C_BIO, None, width=72)
    block(iss, """
Sahel Frontier Monitor is published monthly. Views expressed are the
authors' own. Reproduction without permission is prohibited.

Sahel Frontier Monitor · September 2032 · page 4
""")
    iss.write(A, "publication: Sahel Frontier Monitor\n")
    return iss
