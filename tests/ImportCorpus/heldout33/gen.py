# Regenerates heldout33's raw files, sidecars and labels: python3 gen.py (then python3 check.py).
# All text is invented: people, places, organisations, sites and prose.
import os
from lib import Doc, art

os.chdir(os.path.dirname(os.path.abspath(__file__)))

SALT = [
        "When the army's river offensive ended in the autumn of 2031, officials in the capital declared that Jama'at Nur al-Sahil had lost the territory, the checkpoints and the cattle herds that had paid for its war. Eighteen months later the group is again paying its fighters on time, has reopened two of its religious schools, and last November was able to mount simultaneous attacks on three district headquarters. Where the money comes from has become the central question for the security services, and the answer appears to lie less in new sources of income than in an old one reorganised: the salt trade across the northern desert. [1]",
        "Salt from the flats at Bir Tassa has been carried south by camel and, more recently, by truck for centuries. Before the offensive, the group taxed the convoys at a handful of fixed checkpoints, which the army's aircraft found and destroyed within weeks. What has replaced them is a system of escorts. Truck owners now pay in advance for a guide who travels with the convoy, speaks to any armed men it meets and, when necessary, pays them off from a purse provided by the group. Traders interviewed in the market at Agadal describe the arrangement as cheaper and safer than the old checkpoints, and several say they would not return to the roads without it. [2]",
        "The escort system has three advantages for the group. It has no fixed location for aircraft to find. It turns the group from a predator into a service provider in the eyes of the traders, who now have an interest in its survival. And it gives the group a reason to be present on every route between the flats and the southern markets, which doubles as a network of observers watching army movements.",
        "Heading: The preachers follow the trucks",
        "The second part of the recovery is religious rather than commercial. The group's preachers, many of whom fled to the towns during the offensive, have returned to the salt routes as chaplains to the convoys. They lead prayers at the overnight stops, settle disputes between drivers and collect voluntary donations that traders describe as a form of zakat. The distinction between these donations and the escort fees is blurred, and probably deliberately so: a trader who pays for a guide is also, in the language of the preachers, supporting the community of the faithful. [3]",
        "This combination is not new in the region. Armed groups in the central valleys used a similar model in the 2010s, and the group's own founders wrote approvingly of it. What is new is the scale. A senior customs officer in Agadal estimated in December that more than four hundred trucks a month now travel under the group's protection, each paying between two and five hundred dollars depending on its load. [4] Even at the lower figure, that is enough to pay several hundred fighters and to buy fuel and motorcycles at market prices.",
        "Heading: What the state could do",
        "The government's response so far has been to close the salt flats to commercial traffic for weeks at a time, which punishes the traders and pushes them further towards the group. A more effective approach would start from the fact that the escort system depends on the traders' belief that the roads are unsafe without it. Regular, predictable army and gendarmerie patrols on the two main routes, with published timetables and no demands for bribes, would compete directly with the group's product. The army has the vehicles to do this; what it has lacked is the will to treat the salt trade as something to protect rather than to suspect. [5]",
        "Until it does, Jama'at Nur al-Sahil will continue to draw a steady income from a trade that the state regards as marginal and the group regards as the foundation of its return.",
]

MAROU1 = [
        "Few people outside the river delta had heard of Hafsa bint Yaqub Marou until last October, when the regional prosecutor named her in an indictment as the person responsible for supplying the Delta Brigades with fuel, outboard motors and satellite telephones over a period of at least four years (Delta Regional Prosecutor, October 19, 2032). The indictment described her as the group's \"principal logistician,\" a title that the Brigades themselves have never used, and charged her in absentia. She is believed to be living in one of the fishing settlements on the outer islands of the delta, where the group has long been strongest.",
        "Marou's career illustrates a feature of the Brigades that is often overlooked: the degree to which they depend on people whose role is commercial rather than military. She has never, as far as is known, carried a weapon or commanded fighters. What she has done is to build a network of suppliers, boat owners and money changers that has allowed the group to survive the loss of its coastal bases and to rebuild its strength in the islands.",
]

MAROU2 = [
        "Marou was born around 1989 in the town of Esuku, on the eastern edge of the delta, into a family of fish traders. Her father owned several boats and a cold store, and she was educated at a commercial college in the regional capital before returning to run the family business after his death in 2016. People who knew her at that time describe a careful and ambitious trader who expanded the business into fuel and outboard engines, both in short supply in the outer islands (Interviews, Esuku, November 2032).",
        "Her connection to the Brigades appears to have begun through marriage. Her second husband, Ibrahim Tarela, was a commander in the group's western wing until his death in a clash with the navy in 2028. According to the indictment, Marou took over his responsibilities for supply after his death, and by 2030 was managing purchases for the whole of the group.",
]

MAROU3 = [
        "The indictment and the testimony of two former suppliers describe a method built on ordinary commerce. Marou's companies bought fuel and engines openly from dealers in the regional capital and shipped them to the islands as part of the family's legitimate trade. Payment came from fishing cooperatives that the Brigades controlled, which received protection in exchange for selling their catch through Marou's cold stores. The money thus went round a circle in which every transaction, taken on its own, was lawful.",
        "The navy's patrols, which search boats for weapons, had no reason to stop cargoes of fuel and engines belonging to a well-known trading family. Only when investigators began to compare the volume of fuel shipped to the islands with the number of boats registered there did the scale of the supply become clear.",
]

MAROU4 = [
        "The indictment has disrupted Marou's legitimate business, and the regional government has frozen the accounts of three of her companies. But the network she built does not depend on those companies alone. As long as the islands remain without reliable state services, the Brigades will be able to find traders willing to supply them, and Marou, whether or not she is ever arrested, has shown them how to do it.",
]

# ---------------------------------------------------------------- p01: Terrorism Monitor, Volume XXXI, Issue 3
def p01():
    d = Doc("p01_tm_issue_boxed_contents")
    TM, DATE = "Terrorism Monitor", "2033-02-10"
    A = [art("Fishing Levies Fund a Splinter Faction's Return to the Lake Islands", ["Adaeze Holmqvist"], DATE, "brief", TM, 31, 3),
         art("Kidnap Cell Dismantled After a Ransom Courier Is Followed Home", ["Adaeze Holmqvist"], DATE, "brief", TM, 31, 3),
         art("Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive",
             ["Kasimir Oduya-Brandt"], DATE, "feature", TM, 31, 3),
         art("The Drone Workshop Next Door: Commercial Parts and Insurgent Innovation in the Tolari Archipelago",
             ["Marisol Tengku-Abernathy", "Piet van Ruysdael-Omondi"], DATE, "feature", TM, 31, 3)]
    P = lambda t, k: (d.para(t, k, 70, hyphenate=1), d.blank())
    d.add("THE HALVARD FOUNDATION")
    d.blank()
    d.add("T E R R O R I S M   M O N I T O R")
    d.add("In-depth analysis of terrorism and insurgency")
    d.blank()
    d.add("Volume XXXI  ::  Issue 3  ::  February 10, 2033")
    d.blank()
    d.add("+" + "-" * 68 + "+")
    for l in ["IN THIS ISSUE", "", "BRIEFS",
              "  Fishing Levies Fund a Splinter Faction's Return to the Lake",
              "  Islands -- Adaeze Holmqvist ................................ 1",
              "  Kidnap Cell Dismantled After a Ransom Courier Is Followed",
              "  Home -- Adaeze Holmqvist ................................... 2", "", "FEATURES",
              "  Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its",
              "  Finances After the 2031 Offensive -- Kasimir Oduya-Brandt .. 3",
              "  The Drone Workshop Next Door -- Marisol Tengku-Abernathy and",
              "  Piet van Ruysdael-Omondi ................................... 6"]:
        d.add("|  " + l.ljust(64) + "  |")
    d.add("+" + "-" * 68 + "+")
    d.blank()
    d.add("BRIEFS")
    d.blank()
    d.add("Fishing Levies Fund a Splinter Faction's Return to the Lake Islands")
    d.blank()
    d.add("Adaeze Holmqvist")
    d.blank()
    for t in [
        "Fishermen on the southern shore of Lake Morwa have begun paying a levy of two crates of dried fish per boat each month to armed men who arrive by canoe before dawn, according to traders in the market town of Kessaba interviewed by local radio in late January (Radio Kessaba, January 27). The collectors describe themselves as the \"treasury of the islands\" and hand out receipts stamped with the seal of a faction that broke away from Jama'at Nur al-Sahil in 2030 and had been thought to be scattered after the army's river offensive the following year.",
        "The levy is modest by the standards of the region's armed groups, but its regularity matters more than its size. A faction that can collect from several hundred boats every month without a single clash with the lake patrol has re-established a presence on the islands that the government claimed to have cleared. Traders say the collectors know which boats have changed hands and which owners have moved to the mainland, a level of detail that suggests informants in the fishing cooperatives themselves.",
        "The return to the islands also gives the faction a route for moving fuel and fertiliser across the lake at night, which the lake patrol, reduced to four working boats since the budget cuts of last year, is in no position to interrupt. The cooperatives have asked the regional governor for a permanent police post at Kessaba; the governor's office has promised only a review (Morwa Regional Government statement, February 2). Until the patrol can move at night, the levy is likely to spread to the northern landing sites.",
    ]: P(t, 0)
    d.add("Adaeze Holmqvist is the Editor of Terrorism Monitor.")
    d.blank()
    d.add("Kidnap Cell Dismantled After a Ransom Courier Is Followed Home")
    d.blank()
    d.add("By Adaeze Holmqvist")
    d.blank()
    for t in [
        "Police in the northern province of Tarvasia announced on January 30 that they had arrested nine people suspected of belonging to a cell responsible for at least eleven kidnappings of traders and livestock dealers since the spring of 2032 (Tarvasia Provincial Police, January 30). The arrests followed an operation in which detectives allowed a family to pay a ransom and then followed the courier who collected it, first to a fuel station on the Ardun highway and then to a rented compound on the edge of the provincial capital.",
        "The cell's methods were simple. Its members identified victims through livestock auctions, where cash changes hands openly, and took them on rural roads as they returned home. Ransoms were negotiated by telephone from numbers registered under false names and were usually collected within a week. Prosecutors say that part of the proceeds was passed to a commander of an armed group active in the hills to the east, although they have not yet named the group publicly.",
        "If that link is confirmed, the case would support a view long held by investigators in the province: that kidnapping in the north is less a separate criminal market than a contracted service for insurgents who prefer not to be seen taking hostages themselves. The arrests will not end the practice, but the method of following the money rather than storming the hideouts, which in the past cost several hostages their lives, is one the provincial police intend to repeat.",
    ]: P(t, 1)
    d.add("Adaeze Holmqvist is the Editor of Terrorism Monitor.")
    d.blank()
    d.add("FEATURES")
    d.blank()
    d.add("Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its")
    d.add("Finances After the 2031 Offensive")
    d.blank()
    d.add("Dr. Kasimir Oduya-Brandt")
    d.blank()
    for t in SALT:
        if t.startswith("Heading: "):
            d.add(t[9:], 2); d.blank()
        else:
            P(t, 2)
    d.add("Notes", None)
    d.blank()
    for t in [
        "[1] Interview with a former district official, Agadal, December 2032.",
        "[2] Interviews with salt traders in Agadal market, November and December 2032.",
        "[3] Audio recording of a sermon at an overnight stop near Bir Tassa, shared with the author by a driver, January 2033.",
        "[4] Interview with a senior customs officer, Agadal, December 14, 2032.",
        "[5] For an earlier version of this argument, see Kasimir Oduya-Brandt, \"Protecting Trade Routes as Counterinsurgency,\" Terrorism Monitor, Volume XXIX, Issue 17.",
    ]:
        d.para(t, 2, 70)
    d.blank()
    d.para("Dr. Kasimir Oduya-Brandt is a senior lecturer in security studies at the University of Lorrenfeld and has conducted fieldwork on the northern trade routes since 2024.", None, 70)
    d.blank()
    d.add("The Drone Workshop Next Door: Commercial Parts and Insurgent")
    d.add("Innovation in the Tolari Archipelago")
    d.blank()
    d.add("By Marisol Tengku-Abernathy and Piet van Ruysdael-Omondi")
    d.blank()
    for t in [
        "On the night of December 3, 2032, a small quadcopter dropped a modified grenade onto the deck of a coast guard patrol boat moored at Pulau Sendar, in the western Tolari archipelago, wounding two sailors. It was the fourth such attack in the archipelago in six months, and the first against a naval target. Recovered fragments showed that the aircraft had been assembled from parts sold for agricultural spraying drones, with a release mechanism printed on a cheap plastic printer and a camera taken from a children's toy. The attack was not sophisticated by the standards of the wars in which drones have become routine, but it showed that the skills needed to build such weapons are now available in small island workshops.1",
        "The armed group responsible, the Sendar Islands Front, has never had more than a few hundred fighters and has spent most of its existence as a marginal presence on the outer islands. Its interest in drones seems to have begun with a single member, a former technician at a mobile telephone repair shop in the provincial capital, who posted videos of homemade aircraft on a messaging channel in 2031 before joining the group.2 Police believe that he trained at least six others, and that the group now has two workshops, each capable of producing a few aircraft a month.",
        "Heading: Parts from the farm supply store",
        "The most important enabler has been the rapid spread of agricultural drones across the archipelago's coconut and clove plantations. Government subsidies introduced in 2029 made spraying drones affordable to cooperatives, and a network of small shops now sells motors, batteries, flight controllers and spare propellers without any record of who buys them.3 A workshop that wants to build an attack drone does not need to smuggle anything; it needs only to buy the same spare parts as a plantation mechanic.",
        "This poses a difficult problem for the authorities. Restricting the sale of parts would harm thousands of farmers who have come to rely on the drones, and the parts are in any case sold across the region. Registration schemes of the kind proposed by the provincial government last year would help investigators trace aircraft after an attack, but would do little to prevent one.",
        "Heading: A modest threat, and a warning",
        "It would be easy to overstate what the Front has achieved. Its drones carry small payloads, fly for only a few minutes and have so far caused injuries rather than deaths. The group's attacks remain, for the most part, conventional: ambushes on the coast road and the occasional bomb in a market. But the drone attacks have had an effect out of proportion to their damage. Patrol boats now moor offshore at night, which limits their usefulness, and the coast guard has asked for jamming equipment that it has neither the budget nor the training to operate.4",
        "The wider lesson is that the diffusion of drone technology to insurgent groups no longer depends on state sponsors or on access to battlefields abroad. It depends on ordinary commercial markets and on the kind of technical skills that are common among young men in any provincial town. Other small groups in the region are likely to draw the same conclusion.5",
    ]:
        if t.startswith("Heading: "):
            d.add(t[9:], 3); d.blank()
        else:
            P(t, 3)
    d.add("Endnotes")
    d.blank()
    for t in [
        "1. Provincial police briefing to journalists, Tolari City, December 9, 2032.",
        "2. Messaging channel archive reviewed by the authors; the channel was deleted in March 2032.",
        "3. Ministry of Agriculture, \"Precision Farming Subsidy Programme: Annual Report 2031,\" p. 14.",
        "4. Interview with a coast guard officer, Pulau Sendar, January 2033.",
        "5. The authors thank two anonymous reviewers for their comments on an earlier draft.",
    ]:
        d.para(t, 3, 70)
    d.blank()
    d.para("Marisol Tengku-Abernathy is a research fellow at the Centre for Maritime Security in Port Lantana, where she studies armed groups in island Southeast Asia. Piet van Ruysdael-Omondi is an independent analyst of drone technology and a former air accident investigator.", None, 70)

    def furniture(page):
        pn = page
        if page == 3:   # mangled once by extraction
            return ["", "TerrorismMonitor\u2022VolumeXXXI\u00a8lssue3", "", "|" + str(pn), ""]
        return ["", "Terrorism Monitor | Volume XXXI, Issue 3 | February 10, 2033", str(pn), ""]
    d.paginate(58, furniture, skip=30)
    d.write(A, "publication: Terrorism Monitor\n")

# ---------------------------------------------------------------- p02: Militant Leadership Monitor, January 2033
def p02():
    d = Doc("p02_mlm_issue_boxdrawing")
    MLM, DATE = "Militant Leadership Monitor", "2033-01-01"
    A = [art("A Deputy Returns: Ilyas Qorvani Reappears in the Eastern Marshes", ["Tamsin Okwuosa-Reyes"], DATE, "brief", MLM, 24, 1),
         art("Hafsa bint Yaqub Marou: The Logistician Behind the Delta Brigades' Resurgence", ["Lucien Abara-Kowalczyk"], DATE, "profile", MLM, 24, 1),
         art("The Quiet Cleric: Dawud ibn Salim Harrar and the Ideological Turn of the Northern Coalition", ["Farida Sokolova-Mensah"], DATE, "profile", MLM, 24, 1)]
    P = lambda t, k: (d.para(t, k, 64, hyphenate=1), d.blank())
    d.add("MILITANT LEADERSHIP MONITOR")
    d.add("January 2033 \u2022 Volume XXIV, Issue 1")
    d.blank()
    d.add("\u250c" + "\u2500" * 60 + "\u2510")
    for l in ["CONTENTS", "",
              "Brief: A Deputy Returns: Ilyas Qorvani Reappears",
              "  in the Eastern Marshes  . . . . . . . . . . . .  p. 1",
              "Profile: Hafsa bint Yaqub Marou  . . . . . . . .  p. 2",
              "Profile: The Quiet Cleric: Dawud ibn Salim Harrar  p. 5"]:
        d.add("\u2502 " + l.ljust(58) + " \u2502")
    d.add("\u2514" + "\u2500" * 60 + "\u2518")
    d.blank()
    d.add("BRIEF")
    d.blank()
    d.add("A Deputy Returns: Ilyas Qorvani Reappears in the Eastern Marshes")
    d.add("by Tamsin Okwuosa-Reyes")
    d.blank()
    for t in [
        "For almost two years Ilyas Qorvani, once the second-ranking commander of the Marsh Brigades, was assumed by many in the security services to be dead. He had not been seen since an air strike on a reed island south of Qarnat in March 2031, and the group itself had stopped mentioning him. In mid-December, however, a photograph circulated on local messaging groups showing Qorvani, thinner and with a grey beard, standing beside a boat loaded with sacks of rice and addressing a small crowd of villagers.",
        "The photograph was followed by an audio message in which Qorvani thanked \"the people of the waters\" for sheltering the Brigades during \"the years of patience\" and promised that the group would protect fishermen from what he called the extortion of the river police. The message did not mention the Brigades' current leader, Sayf al-Din Harun, a silence that several observers in Qarnat read as a sign of friction between the two men.",
        "Qorvani's return matters because he was, before 2031, the Brigades' principal link to the marsh tribes, several of whose sheikhs he married into. If he is now rebuilding those ties independently of Harun, the Brigades may be heading for the kind of split that weakened them in 2027, or Qorvani may be positioning himself as the leader of a revived, more local movement. Either way, the security services' assumption that the marshes had been pacified looks premature.",
    ]: P(t, 0)
    d.add("PROFILE")
    d.blank()
    d.add("Hafsa bint Yaqub Marou: The Logistician Behind the Delta")
    d.add("Brigades' Resurgence")
    d.blank()
    d.add("Lucien Abara-Kowalczyk")
    d.blank()
    d.add("Introduction", 1); d.blank()
    for t in MAROU1: P(t, 1)
    d.add("Early Life and Trade", 1); d.blank()
    for t in MAROU2: P(t, 1)
    d.add("Methods", 1); d.blank()
    for t in MAROU3: P(t, 1)
    d.add("Outlook", 1); d.blank()
    for t in MAROU4: P(t, 1)
    d.add("PROFILE")
    d.blank()
    d.add("The Quiet Cleric: Dawud ibn Salim Harrar and the Ideological")
    d.add("Turn of the Northern Coalition")
    d.blank()
    for t in [
        "In the spring of 2032 the Northern Coalition, an alliance of armed groups that had until then described its aims almost entirely in terms of regional grievances, began to publish statements using a vocabulary borrowed from transnational jihadist movements. Its communiques referred for the first time to apostate rulers and to the duty of emigration, and a new media office began to release recordings of sermons. The man most closely associated with this shift is Dawud ibn Salim Harrar, a cleric in his sixties who had spent most of his life teaching in a small mosque in the town of Wadi Ashra.(1)",
        "Harrar's biography is unusual for a figure in an armed movement. He studied for more than a decade at religious colleges abroad, returned to teach in his home town in the 1990s, and was known locally as a conservative but apolitical scholar who avoided comment on the conflict. Several of his former students say that he refused to preach about the government at all until his son was killed at a checkpoint in 2029.(2)",
        "After his son's death, Harrar left Wadi Ashra and is believed to have spent time in the coalition's camps in the northern hills. The sermons released by the media office since 2032 are in his voice. They are not calls to violence in any direct sense; most of them deal with questions of religious practice and conduct. But they frame the coalition's war as a religious obligation, and they give its commanders a language in which to claim legitimacy beyond their own clans.",
        "It is too early to say whether Harrar's influence represents a lasting change in the coalition's character. Its commanders remain, for the most part, local men with local aims, and some of them have reportedly complained that the new vocabulary is alienating potential allies in the towns.(3) Yet the coalition's recent statements suggest that Harrar has become more than a figurehead. If the coalition's leaders come to depend on him for their legitimacy, he may prove harder to negotiate around than any of the commanders.",
    ]: P(t, 2)
    d.add("NOTES")
    d.blank()
    for t in [
        "(1) Northern Coalition media office, audio statement, April 11, 2032.",
        "(2) Interviews with former students of Harrar, Wadi Ashra and the regional capital, September 2032.",
        "(3) Interview with a mediator involved in local talks, November 2032.",
    ]:
        d.para(t, 2, 64)
    d.blank()
    d.add("By Farida Sokolova-Mensah")
    d.blank()
    d.add("CONTRIBUTORS")
    d.para("Tamsin Okwuosa-Reyes is a journalist who has reported from the southern marshes since 2026.", None, 64)
    d.para("Lucien Abara-Kowalczyk is a researcher on maritime crime and armed groups in West Africa.", None, 64)
    d.para("Farida Sokolova-Mensah is a lecturer in Islamic studies and a frequent contributor to Militant Leadership Monitor.", None, 64)

    def furniture(page):
        return ["", "%d" % (page + 1) + " " * 20 + "Militant Leadership Monitor \u2014 Volume XXIV \u2022 Issue 1", ""]
    d.paginate(55, furniture, skip=18)
    d.write(A, "publication: Militant Leadership Monitor\n")

# ---------------------------------------------------------------- p03: a sibling monitor, March 2033
def p03():
    d = Doc("p03_sibling_riverine_monitor")
    PUB, DATE = "Riverine Security Monitor", "2033-03-01"
    A = [art("Ferry Operators Suspend Night Crossings After Attack at Mbaro Landing", [], DATE, "brief", PUB, 3, 2),
         art("Militia Checkpoints Return to the Upper Kasse River Road", ["Joost Amankwah-Liebner"], DATE, "brief", PUB, 3, 2),
         art("Water, Land and the Gun: Why the Kasse Valley Conflict Keeps Returning", ["Sibongile Ferreira-Hallam", "Kofi Linnankoski"], DATE, "analysis", PUB, 3, 2)]
    d.add("RIVERINE SECURITY MONITOR")
    d.add("A publication of the Halvard Foundation's Africa Programme")
    d.add("MARCH 2033  |  VOL. 3  |  ISSUE 2")
    d.blank()
    d.add("In this issue: Ferry Operators Suspend Night Crossings (p. 1); Militia Checkpoints Return to")
    d.add("the Upper Kasse River Road (p. 1); Water, Land and the Gun (p. 2)")
    d.blank()
    d.add("BRIEF")
    d.add("Ferry Operators Suspend Night Crossings After Attack at Mbaro Landing")
    for t in [
        "Private ferry operators on the lower Kasse River have suspended all crossings between dusk and dawn after gunmen attacked a passenger ferry at Mbaro Landing on February 16, killing three passengers and the ferry's pilot. The attackers, who arrived in two motor canoes, robbed the remaining passengers and set fire to the vessel before escaping downstream. No group has claimed the attack, but local officials have blamed a faction of the River Defence Forces that has been collecting tolls on the river since its leaders were excluded from the 2031 peace agreement.",
        "The suspension of night crossings will hit traders hardest. Many of the markets on the eastern bank open at dawn, and traders from the western villages have for years crossed at night to reach them. The operators' association has said it will resume night services only when the river police station at Mbaro, closed in 2030, is reopened.",
    ]:
        d.para(t, 0, 72, hyphenate=1)
    d.blank()
    d.add("BRIEF")
    d.add("Militia Checkpoints Return to the Upper Kasse River Road")
    d.add("Joost Amankwah-Liebner")
    for t in [
        "Drivers on the road between Kasse Town and the upper valley report that armed men have set up at least four new checkpoints since January, demanding payments of between five and twenty thousand francs per vehicle. The men wear no uniforms but identify themselves as members of a local defence committee formed, they say, to protect villages from cattle raiders. Several drivers told this publication that the committees are in fact controlled by the same commanders who ran checkpoints on the road before the 2031 agreement, and that the raiders they claim to fight are their own men.",
        "The return of the checkpoints is a blow to the agreement's central promise, the free movement of people and goods along the valley. It also suggests that the disarmament programme, which registered some eleven hundred weapons in 2032, left the commanders' networks largely intact.",
    ]:
        d.para(t, 1, 72, hyphenate=1)
    d.blank()
    d.add("ANALYSIS")
    d.add("Water, Land and the Gun: Why the Kasse Valley Conflict Keeps Returning")
    d.add("By Sibongile Ferreira-Hallam and Kofi Linnankoski")
    for t in [
        "Every few years since the late 2010s, the Kasse Valley has followed the same cycle. A period of fighting between armed groups drawn from the valley's farming and herding communities ends in a negotiated agreement, international donors fund a programme of disarmament and reconciliation, and within two or three years the checkpoints, the raids and the killings return. The 2031 agreement, signed with more ceremony than any before it, appears to be following the same path.[i] The question is why.",
        "The usual answer is that the agreements fail to address the conflict's root cause, which is competition between farmers and herders for land and water in a valley where both are becoming scarcer. That answer is correct as far as it goes, but it leaves out the role of the armed groups themselves. Over two decades of intermittent conflict, the groups have become economic actors in their own right, with interests that are not identical to those of the communities they claim to defend.",
        "Consider the checkpoints. Before the 2031 agreement, the River Defence Forces and their rivals earned most of their income from tolls on the valley road and the river. The agreement abolished the checkpoints but offered the commanders nothing in their place except places in a disarmament programme designed for ordinary fighters. It should not have been a surprise that the commanders returned to the roads as soon as the international monitors left.",
        "Second, the land question has become harder to solve, not easier. The population of the valley has roughly doubled since 2010, while the area of grazing land has shrunk as farmers have moved into the river flats. The 2031 agreement set up a land commission, but it has met only twice and has not resolved a single case. In the meantime, disputes are settled by whoever can bring armed men to the field.[ii]",
        "Third, the state's presence in the valley remains thin and, where it exists, is widely seen as partisan. The police and the gendarmerie are drawn largely from the farming communities, and herders have little confidence that they will be protected. This encourages herders to look to their own armed groups, which in turn gives farmers a reason to keep theirs.",
        "None of this means that the 2031 agreement was pointless. It brought a real reduction in violence, and the disarmament programme has removed a significant number of weapons from circulation.[iii] But unless the next phase of the peace process deals with the commanders' economic interests, the land commission's paralysis and the partisanship of the security forces, the valley is likely to return to open conflict within the next two years.",
    ]:
        d.para(t, 2, 72, hyphenate=1)
    d.add("Notes")
    d.para("i. Kasse Valley Peace Agreement, signed at Kasse Town, June 2031, Article 7 (freedom of movement).", 2, 72)
    d.para("ii. Interviews with herders and farmers in the upper valley, January and February 2033.", 2, 72)
    d.para("iii. Disarmament programme figures from the programme's quarterly report, December 2032.", 2, 72)
    d.para("Sibongile Ferreira-Hallam is a researcher at the Halvard Foundation's Africa Programme. Kofi Linnankoski is a doctoral candidate at the University of Amberhall who studies land disputes and armed mobilisation.", None, 72)
    d.blank()
    d.add("\u00a9 2033 The Halvard Foundation. All rights reserved.")

    def furniture(page):
        return ["riverinesecurity.example \u00b7 Riverine Security Monitor \u00b7 page %d" % page]
    d.paginate(29, furniture, skip=10)
    d.write(A, "publication: Riverine Security Monitor\n")

# ---------------------------------------------------------------- p04: web version of p01's first feature, clipped
def p04():
    d = Doc("p04_tm_web_clipping_yaml")
    A = [art("Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive",
             ["Kasimir Oduya-Brandt"], "2033-02-10", "feature", "Terrorism Monitor", 31, 3)]
    for l in ["---",
              "title: \"Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive - The Halvard Foundation\"",
              "source: https://www.halvard-foundation.example/program/salt-roads-and-sermons/",
              "author:",
              "published: 2033-02-10",
              "created: 2033-02-14",
              "description: \"Eighteen months after the river offensive, the group is paying its fighters again. The money comes from an old trade, reorganised.\"",
              "tags:",
              "  - clippings",
              "---", ""]:
        d.add(l)
    d.add("[Skip to main content](#main)")
    d.blank()
    d.add("- [Programs](https://www.halvard-foundation.example/programs/)")
    d.add("- [Publications](https://www.halvard-foundation.example/publications/)")
    d.add("- [Experts](https://www.halvard-foundation.example/experts/)")
    d.add("- [Donate](https://www.halvard-foundation.example/donate/)")
    d.blank()
    d.add("[Terrorism Monitor](https://www.halvard-foundation.example/program/terrorism-monitor/) / [Sahel and Sahara](https://www.halvard-foundation.example/region/sahel/)")
    d.blank()
    d.add("# Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive")
    d.blank()
    d.add("Publication: Terrorism Monitor Volume: 31 Issue: 3")
    d.blank()
    d.add("By: [Kasimir Oduya-Brandt](https://www.halvard-foundation.example/analyst/kasimir-oduya-brandt/)")
    d.blank()
    d.add("February 10, 2033 04:12 PM Age: 4 days")
    d.blank()
    d.add("![Salt caravan trucks at an overnight stop](https://www.halvard-foundation.example/wp-content/uploads/2033/02/salt-trucks.jpg)")
    d.blank()
    d.add("*Trucks loaded with salt wait at an overnight stop north of Agadal (Source: The Halvard Foundation photo archive)*")
    d.blank()
    n = 0
    for t in SALT:
        if t.startswith("Heading: "):
            d.add("### " + t[9:], 0); d.blank(); continue
        if t.endswith("]"):
            n += 1
            roman = ["i", "ii", "iii", "iv", "v"][n - 1]
            t = t[: t.rindex(" [")] + "[[%s]](#_edn%d)" % (roman, n)
        d.add(t, 0); d.blank()
    d.add("* * *")
    d.blank()
    notes = ["Interview with a former district official, Agadal, December 2032.",
             "Interviews with salt traders in Agadal market, November and December 2032.",
             "Audio recording of a sermon at an overnight stop near Bir Tassa, shared with the author by a driver, January 2033.",
             "Interview with a senior customs officer, Agadal, December 14, 2032.",
             "For an earlier version of this argument, see Kasimir Oduya-Brandt, \u201cProtecting Trade Routes as Counterinsurgency,\u201d *Terrorism Monitor*, Volume XXIX, Issue 17."]
    for i, t in enumerate(notes):
        roman = ["i", "ii", "iii", "iv", "v"][i]
        d.add("[[%s]](#_ednref%d) %s" % (roman, i + 1, t), 0); d.blank()
    d.add("Share this: [Email](mailto:?subject=Salt%20Roads) | [Print](javascript:window.print()) | [Bluesky](https://bsky.example/intent)")
    d.blank()
    d.add("## Related")
    d.blank()
    d.add("- [Fishing Levies Fund a Splinter Faction's Return to the Lake Islands](https://www.halvard-foundation.example/program/fishing-levies-lake-islands/) February 10, 2033")
    d.add("- [Protecting Trade Routes as Counterinsurgency](https://www.halvard-foundation.example/program/protecting-trade-routes/) August 30, 2031")
    d.blank()
    d.add("Sign up for the Halvard Foundation's weekly updates. [Subscribe](https://www.halvard-foundation.example/subscribe/)")
    d.blank()
    d.add("The Halvard Foundation \u00b7 1400 Meridian Avenue, Suite 300 \u00b7 Privacy Policy \u00b7 Terms of Use")
    d.write(A, None, one_line=True)

# ---------------------------------------------------------------- p05: web version of p02's profile, text-mode browser dump
def p05():
    d = Doc("p05_mlm_web_lynx_dump")
    A = [art("Hafsa bint Yaqub Marou: The Logistician Behind the Delta Brigades' Resurgence", ["Lucien Abara-Kowalczyk"],
             "2033-01-01", "profile", "Militant Leadership Monitor", 24, 1)]
    for l in ["   #[1]The Halvard Foundation RSS Feed [2]alternate",
              "",
              "   [3]Skip to content",
              "   [4]The Halvard Foundation",
              "     * [5]Programs",
              "     * [6]Publications",
              "     * [7]Events",
              "     * [8]Support Us",
              "",
              "   [9]Militant Leadership Monitor > [10]Profiles",
              "",
              "Hafsa bint Yaqub Marou: The Logistician Behind the Delta Brigades' Resurgence",
              "",
              "   Publication: [11]Militant Leadership Monitor",
              "   Volume: 24 Issue: 1",
              "   By: [12]Lucien Abara-Kowalczyk",
              "   January 1, 2033 09:40 AM",
              "",
              "   [13]Download the full issue (PDF)",
              ""]:
        d.add(l)
    heads = ["Introduction", "Early Life and Trade", "Methods", "Outlook"]
    for h, block in zip(heads, [MAROU1, MAROU2, MAROU3, MAROU4]):
        d.add("  " + h, 0); d.blank()
        for t in block:
            t = t.replace("(Delta Regional Prosecutor, October 19, 2032)", "([14]Delta Regional Prosecutor, October 19, 2032)")
            d.para(t, 0, 77, indent="   "); d.blank()
    for l in ["   Lucien Abara-Kowalczyk is a researcher on maritime crime and armed groups",
              "   in West Africa.",
              "",
              "   Share: [15]Facebook [16]X [17]LinkedIn [18]Email",
              "",
              "   More in Militant Leadership Monitor",
              "     * [19]The Quiet Cleric: Dawud ibn Salim Harrar and the Ideological Turn",
              "       of the Northern Coalition",
              "     * [20]A Deputy Returns: Ilyas Qorvani Reappears in the Eastern Marshes",
              "",
              "   (c) 2033 The Halvard Foundation | [21]Privacy | [22]Contact",
              "",
              "References",
              "",
              "   1. https://www.halvard-foundation.example/feed/",
              "   2. https://www.halvard-foundation.example/wp-json/oembed/1.0/embed?url=marou",
              "   3. https://www.halvard-foundation.example/program/hafsa-bint-yaqub-marou/#content",
              "   4. https://www.halvard-foundation.example/",
              "   5. https://www.halvard-foundation.example/programs/",
              "   6. https://www.halvard-foundation.example/publications/",
              "   7. https://www.halvard-foundation.example/events/",
              "   8. https://www.halvard-foundation.example/donate/",
              "   9. https://www.halvard-foundation.example/program/militant-leadership-monitor/",
              "  10. https://www.halvard-foundation.example/program/militant-leadership-monitor/profiles/",
              "  11. https://www.halvard-foundation.example/program/militant-leadership-monitor/",
              "  12. https://www.halvard-foundation.example/analyst/lucien-abara-kowalczyk/",
              "  13. https://www.halvard-foundation.example/wp-content/uploads/2033/01/MLM-Jan-2033.pdf",
              "  14. https://www.delta-prosecutor.gov.example/indictments/2032/1019",
              "  15. https://www.facebook.example/sharer/sharer.php?u=marou",
              "  16. https://x.example/intent/tweet?url=marou",
              "  17. https://www.linkedin.example/shareArticle?url=marou",
              "  18. mailto:?subject=Hafsa%20bint%20Yaqub%20Marou",
              "  19. https://www.halvard-foundation.example/program/the-quiet-cleric/",
              "  20. https://www.halvard-foundation.example/program/a-deputy-returns/",
              "  21. https://www.halvard-foundation.example/privacy/",
              "  22. https://www.halvard-foundation.example/contact/"]:
        d.add(l)
    d.write(A, "url: https://www.halvard-foundation.example/program/hafsa-bint-yaqub-marou/\n")

# ---------------------------------------------------------------- p06: an email newsletter carrying three pieces
def p06():
    d = Doc("p06_email_newsletter_three_pieces")
    PUB, DATE = "The Shoreward Letter", "2033-03-15"
    A = [art("Why the coast guard's night problem is a budget problem", ["Rhiannon Abiodun-Stark"], DATE, "analysis", PUB),
         art("Waiting for the ferry at Mbaro", ["Emeka Vantongeren"], DATE, "field note", PUB),
         art("Stop calling them lone wolves", ["Rhiannon Abiodun-Stark", "Daniel Osei-Marchetti"], DATE, "commentary", PUB)]
    for l in ["From: The Shoreward Letter <letter@shoreward.example>",
              "To: subscribers@lists.shoreward.example",
              "Date: Tue, 15 Mar 2033 06:30:04 +0000",
              "Subject: [Shoreward] No. 118: night patrols, a ferry landing, and a tired phrase",
              "List-Unsubscribe: <https://shoreward.example/unsubscribe?u=8841>",
              "Content-Type: text/plain; charset=utf-8",
              "",
              "Having trouble reading this email? View it in your browser:",
              "https://shoreward.example/letters/118",
              "",
              "==============================================================",
              "THE SHOREWARD LETTER",
              "Coastal and maritime security, every other Tuesday",
              "No. 118 -- 15 March 2033",
              "==============================================================",
              "",
              "Good morning. This week: why patrol boats sit at anchor after dark, a",
              "morning at a river landing that has stopped running night crossings,",
              "and a plea to retire a phrase. As ever, reply to this email to reach",
              "us; we read everything.",
              "",
              "--------------------------------------------------------------",
              ""]:
        d.add(l)
    W = 70
    d.add("ANALYSIS"); d.blank()
    d.add("Why the coast guard's night problem is a budget problem"); d.blank()
    d.add("By Rhiannon Abiodun-Stark"); d.blank()
    for t in [
        "In February's issue of Terrorism Monitor, two researchers described how a small insurgent group in the Tolari archipelago has begun dropping grenades from farm drones onto moored patrol boats. The most striking detail in their account was not the drones themselves but the response: the coast guard now anchors its boats offshore at night. A force that cannot safely tie up at its own piers has, in effect, ceded the night.",
        "It is tempting to read this as a technology story, and to conclude that the answer is jamming equipment or anti-drone guns. But the coast guard's difficulty is older than the drones. Its fleet in the western islands has shrunk from eleven serviceable boats in 2028 to six today, its crews work double shifts, and the piers at Pulau Sendar and two other stations have no lighting, fencing or guard posts worth the name. A drone attack is simply the cheapest way of exploiting those gaps.",
        "The ministry's budget request for next year asks for new jammers and says nothing about piers, fencing or crews. If the past is a guide, the jammers will arrive, sit in a store room for want of trained operators, and the boats will go on anchoring offshore. Fixing the stations would be dull and unglamorous. It would also work.",
    ]:
        d.para(t, 0, W); d.blank()
    d.add("--------------------------------------------------------------"); d.blank()
    d.add("FIELD NOTE"); d.blank()
    d.add("Waiting for the ferry at Mbaro"); d.blank()
    for t in [
        "The first ferry now leaves Mbaro Landing at a quarter past six, when it is light enough for the pilot to see the far bank. Before last month's attack, the first crossing was at four, and by six the market on the eastern shore was already full. On the morning I was there, about two hundred people were waiting on the mud bank by half past five: women with baskets of smoked fish, a man with two goats, schoolchildren who would be late for their first lesson.",
        "Nobody wanted to talk about the attack itself. What they wanted to talk about was the police post, a concrete building with a collapsed roof fifty metres from the landing, closed since 2030. \"When it was open we crossed at night without fear,\" said a trader who has sold fish at the eastern market for twenty years. \"Now we wait for the sun, and the sun does not care about prices.\" By the time her boat landed, she said, the buyers from the town would have bought elsewhere.",
        "The operators' association says it will not resume night crossings until the post reopens. The district commissioner says the post is in next year's plan. On the bank at Mbaro, nobody I spoke to believed either of them.",
    ]:
        d.para(t, 1, W); d.blank()
    d.add("-- Emeka Vantongeren, Mbaro Landing"); d.blank()
    d.add("--------------------------------------------------------------"); d.blank()
    d.add("COMMENTARY"); d.blank()
    d.add("Stop calling them lone wolves"); d.blank()
    d.add("Words: Rhiannon Abiodun-Stark and Daniel Osei-Marchetti"); d.blank()
    for t in [
        "Every few months a stabbing or a vehicle attack is described, within hours, as the work of a lone wolf. Within days the investigation usually finds a chat group, a cousin who drove the attacker to the station, or a preacher whose recordings filled the attacker's phone. The phrase survives anyway, because it is quick, because it sounds like an explanation and because it reassures: a wolf alone is a wolf nobody else is responsible for.",
        "The research does not support it. Studies of attackers in Europe and the Gulf over the past decade find that most had contact with others who shared their views, and many had told someone of their intentions. Calling them alone does not make the public safer. It makes the networks around them harder to see and the people who might have intervened less likely to recognise themselves as part of the story.",
        "We propose a simple rule for our own writing, and commend it to others: describe what the attacker did, and who he was in contact with, and leave the animals out of it.",
    ]:
        d.para(t, 2, W); d.blank()
    for l in ["==============================================================",
              "You are receiving this because you subscribed at shoreward.example.",
              "Forward it to a colleague; they can sign up at https://shoreward.example/join",
              "Unsubscribe: https://shoreward.example/unsubscribe?u=8841",
              "The Shoreward Letter is written and edited in Port Lantana. (c) 2033"]:
        d.add(l)
    d.write(A, None)


def web(name, text, a, sidecar=None, one_line=True):
    """A scraped page written as lines; lines marked '>' are the article's text."""
    d = Doc(name)
    for l in text.strip("\n").split("\n"):
        if l.startswith(">"):
            d.add(l[1:], 0)
        else:
            d.add(l)
    d.write([a], sidecar, one_line=one_line)

# ---------------------------------------------------------------- p07: regional newspaper, readers' editor column (browser copy)
def p07():
    web("p07_regional_paper_readers_editor", """
Skip to content
The Fenmoor Gazette
Sunday 9 January 2033
Subscribe | Sign in | E-edition
News  Sport  Opinion  Business  Lifestyle  Obituaries  Puzzles
Home > Opinion > Readers' Editor
COLUMN | THE READERS' EDITOR
Why we named the Harlow Street suspect, and why we stopped
A week after the arrests, readers asked hard questions about our coverage. They deserved answers.
Sunday 9 January 2033, 6:00 am
Share on Facebook   Share on X   Email   Copy link
>When police arrested three men in Harlow Street on New Year's Eve on suspicion of preparing an attack on the Fenmoor Christmas market, this newspaper published the name, age and photograph of one of them within four hours. By the following afternoon we had removed the photograph, and by the Monday we had stopped using his name. More than sixty readers wrote to me about one decision or the other, and several about both. This column sets out what happened and what we have learnt.
>The name came first from a neighbour, who gave it to one of our reporters at the scene, and was then confirmed by a second source who knew the family. Under our code, we may name a person arrested on suspicion of a serious offence when the identity is confirmed by two independent sources and there is a clear public interest. The news desk judged that both tests were met: the arrests had closed the market, hundreds of families had been turned away, and rumours about who had been arrested, several of them wrong and one of them dangerous, were spreading online.
>What the desk did not know, and could not have known at that hour, was that the man we named was not the suspected organiser but a nineteen-year-old cousin who had lent his car. He was released without charge on 2 January. By then his photograph had been shared more than eleven thousand times, and his family's shop had been daubed with paint.
>I have spoken to the editor, the news editor and the reporter. None of them acted carelessly, and each of them says, rightly, that the rumours we were trying to correct were worse than the facts. But I think our code asks the wrong question. It asks whether we can confirm a name. In terrorism cases, where the first hours are full of confusion about who did what, it should also ask whether we know enough about the person's role to publish a name without doing him an injustice.
>The editor has agreed to change the code. From this month, in cases under terrorism legislation, we will not name a person who has been arrested but not charged unless the police have named them or there are exceptional reasons, which must be approved by the editor personally and explained to readers at the time. We have written to the young man's family to apologise, and we publish that apology today on page 2.
>Several readers also asked why our coverage quoted so heavily from an analyst who described the plot, before any charge, as "part of a pattern" of attacks on festive markets. That is a fair criticism. Context from specialists is valuable, and the research on attacks against crowded places is substantial, but it belongs alongside the facts of a case, not in place of them.
>Readers who wish to raise concerns about our journalism can write to me at the address below. I will reply to every message, though not always as quickly as I would like.
Harriet Quaile-Mbeki
Readers' Editor
readerseditor@fenmoorgazette.example
More from Opinion
Letters: The bypass, the bus station and the bins
Our view: The market will reopen. So must the conversation.
We use cookies to improve your experience and to show you relevant adverts. Accept all | Manage preferences
Most read
1. Fenmoor Christmas market to reopen on Saturday
2. Council tax: what the new bands mean for you
3. Harlow Street: man released without charge
The Fenmoor Gazette, Bridge Chambers, Fenmoor FE1 4QT. Part of Eastmere Regional Media Ltd. (c) 2033
""", art("Why we named the Harlow Street suspect, and why we stopped", ["Harriet Quaile-Mbeki"], "2033-01-09", "column", "The Fenmoor Gazette"),
        "url: https://www.fenmoorgazette.example/opinion/readers-editor/why-we-named-harlow-street-suspect-9801244\n")

# ---------------------------------------------------------------- p08: university library, annotated reading list
def p08():
    web("p08_university_library_reading_list", """
Kellworth University Library
Search the catalogue   My account   Opening hours   Ask a librarian
We use essential cookies to make this site work. With your consent we would also like to use analytics cookies. [Accept] [Reject]
Library home / Research guides / Politics and International Relations / Reading lists
READING LIST
Maritime terrorism and armed groups at sea, 2028-2033
Compiled by Dr. Oona Fairweather-Adeyemi, Subject Librarian for Politics and International Relations
Last updated: 02/03/2033
Print this page | Export citations (RIS)
>This list was prepared for students taking the second-year module Security at Sea and for researchers beginning work on armed groups in coastal and riverine areas. It is selective rather than comprehensive. I have chosen works that are available through the Library, either in print or online, and that represent the main debates of the last five years. Each entry has a short note explaining why it is included and how it might be used.
>The literature on this subject has changed quickly. Until the late 2020s most writing on violence at sea concentrated on piracy off the Horn of Africa and in the Strait of Malacca, and treated insurgent groups as a separate problem. More recent work pays attention to the ways in which armed groups use rivers, lakes and coastal waters for logistics and revenue, and to the overlap between insurgency, smuggling and the informal taxation of fishing communities. Several of the most useful sources are short analytical pieces rather than books.
>Overviews
>Lindqvist, Thu Hien. Water Margins: Armed Groups on Rivers and Coasts. Amberhall University Press, 2030.
>The best single introduction. Chapters 2 and 5, on the economics of river tolls and on naval counterinsurgency, are essential for the module's first assignment.
>Achterberg, Rosalind, ed. Beyond Piracy: Maritime Insecurity in the 2020s. Lorrenfeld: Meridian Academic, 2029.
>An edited volume with uneven chapters, but the introduction is a clear statement of why the older piracy literature is no longer enough.
>Case studies
>Tengku-Abernathy, Marisol, and Piet van Ruysdael-Omondi. "The Drone Workshop Next Door: Commercial Parts and Insurgent Innovation in the Tolari Archipelago." Terrorism Monitor 31, no. 3 (2033).
>A short, well-sourced account of how a small island group adapted agricultural drones. Useful for seminar discussion of technology diffusion; read alongside the Week 7 readings on drones.
>Oduya-Brandt, Kasimir. "Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive." Terrorism Monitor 31, no. 3 (2033).
>Not a maritime case, strictly, but an excellent example of how to write about an armed group's revenue from fieldwork. Students writing the policy memo assignment should note its structure.
>Vannarith, Sokha. Night Boats: Smuggling, Militias and the State on the Upper Rivers. Port Lantana: Centre for Maritime Security, 2031.
>A long report based on two years of interviews with boat crews. The methodology appendix is a model of transparency about research in dangerous places.
>Methods and data
>Harbourline Conflict Data Portal. "Release 7.1 Notes." 2033.
>Explains the portal's revised coding rules. Anyone using the portal's incident data for a dissertation must read this first.
>If you cannot find an item on this list, or would like to suggest an addition, please contact me through the Ask a librarian service. Students with a disability who need items in an alternative format should speak to the Library's accessibility team.
Was this page helpful? Yes / No
Related guides: Terrorism and political violence | Africa: politics and society | Finding grey literature
Kellworth University Library, Wrenfield Campus, Kellworth KW2 7AB | Accessibility statement | Privacy notice | (c) Kellworth University 2033
Chat with us: the Ask a librarian service is offline. Leave a message and we will reply by email.
""", art("Maritime terrorism and armed groups at sea, 2028-2033", ["Oona Fairweather-Adeyemi"], "2033-03-02", "reading list", "Kellworth University Library"))

# ---------------------------------------------------------------- p09: broadcaster, correspondent's dispatch
def p09():
    web("p09_broadcaster_dispatch", """
RVI  Radio Vardell International
Listen live   Schedule   Programmes   News   Languages
Menu
World | Africa | DISPATCH
Dispatch
The town that learnt to live with the salt convoys
In Agadal, the armed escorts that protect the trucks are now part of the scenery. That is what worries the people who remember the checkpoints.
Ilse Brannigan-Tole
RVI correspondent, Agadal
20.02.2033 08:15 GMT
Image: A salt truck leaves the market at Agadal at dawn. Photo: RVI / Ilse Brannigan-Tole
>The trucks leave Agadal before the call to prayer, engines running for a quarter of an hour in the cold before the drivers pull out of the square. Each convoy has a guide. He is usually a young man in a clean robe who sits beside the driver of the lead truck and says very little. Everybody in the market knows who pays him, and nobody says so aloud.
>Two years ago, the road north was lined with checkpoints run by armed men who took what they wanted. Then came the army's offensive, the air strikes and the declarations of victory. The checkpoints have not returned. In their place is something the traders describe, with a kind of weary approval, as a service.
>"You pay once, in advance, and then you do not have to argue with anyone," one salt merchant told me, stirring sugar into a glass of tea in the back of his shop. He asked me not to use his name. "With the old checkpoints, they would stop you five times and every time it was a new price. Now it is organised. It is cheaper." He paused. "Of course, I know where the money goes."
>That is the question that troubles the older men in Agadal. The escorts work for a group that killed dozens of people in this district a decade ago. The money that the traders pay so willingly, in the view of the researchers who have studied the arrangement, is now one of the group's main sources of income. A district councillor, who remembers the funerals, put it bluntly: "We are paying for the bullets that will be used on our sons."
>Others shrug. The army comes through Agadal perhaps once a month, they say, and its soldiers ask for money too. The gendarmerie post on the northern road has been empty since the offensive. In a place where the state appears only occasionally, and rarely as a friend, the guides in clean robes have at least the merit of being predictable.
>At the mosque on Friday, the preacher did not mention the convoys. But after prayers, a group of drivers gathered around a visiting cleric who had travelled with one of them from the salt flats. He spoke about honesty in trade and the obligation to give to the community. The drivers listened closely. When he had finished, one of them handed him an envelope.
>By the time I left Agadal, the morning convoy had long since disappeared over the ridge to the north. It would reach the flats by nightfall, the guide would speak to whoever it met on the road, and the salt would come back south in a week. For now, at least, nobody here expects that to change.
Topics: Sahel, Armed groups, Trade
Listen to more reports from our correspondents in the Dispatches podcast
Share this story: Facebook | WhatsApp | Email
More from Africa
Ferry operators halt night crossings on Kasse river after attack
Lake Morwa fishermen say armed men demand monthly levy
RVI is the international service of Vardell Public Broadcasting. Terms of use | Privacy | Cookies | Accessibility help | Contact RVI
""", art("The town that learnt to live with the salt convoys", ["Ilse Brannigan-Tole"], "2033-02-20", "dispatch", "Radio Vardell International"),
        "url: https://www.rvi.example/news/africa/dispatch-agadal-salt-convoys-20330220\n")

# ---------------------------------------------------------------- p10: ministry, public consultation
def p10():
    web("p10_ministry_public_consultation", """
Skip to main content
Republic of Ostravel
Ministry of Civil Protection
Search   Languages: English | Ostravelic
Home > Consultations > Open consultations
Consultation
Protecting crowded places: proposed Code of Practice for venue operators
From: Ministry of Civil Protection, Directorate for Resilience
Published 14 March 2033
Applies to: all regions
This consultation closes at 11:59pm on 30 May 2033
Respond online
Contents
1. Summary
2. About this consultation
3. What we are proposing
4. Consultation questions
>1. Summary
>We are seeking views on a statutory Code of Practice that would set out what operators of crowded places, such as markets, stadiums, concert halls and transport hubs, should do to reduce the risk of a terrorist attack and to protect the public if one happens.¹
>2. About this consultation
>Attacks on crowded places in our region and beyond have shown that simple measures taken in advance can save lives. Most venue operators already take their responsibilities seriously. But at present there is no clear, common standard, and the advice available to operators is scattered across several agencies. Small operators in particular have told us that they do not know where to begin.
>The Christmas market arrests in Fenmoor and the attacks on festive markets elsewhere in recent years have prompted calls for a clearer framework.² The Government committed in its 2032 Resilience Strategy to consult on one before the end of the current parliament.
>3. What we are proposing
>We propose that the Code would apply in two tiers. Venues with a capacity of between 200 and 1,500 people would be expected to carry out a simple risk assessment, train staff to recognise and report suspicious behaviour, and have a plan for moving people to safety. Venues with a capacity above 1,500 would in addition be expected to consider physical measures such as vehicle barriers and controlled entry points, and to test their plans at least once a year.
>We do not propose to create a new inspectorate. Instead, local authorities would be able to ask operators to show that they have followed the Code, and the Code could be taken into account by the courts in any proceedings following an incident.³
>We recognise that these measures carry costs, especially for small and voluntary organisations. Our initial estimate of the cost of the first tier is modest, consisting mainly of staff time for training. We would like to hear from operators about whether this estimate is realistic.
>4. Consultation questions
>Question 1: Do you agree that a Code of Practice is needed? Please explain your answer.
>Question 2: Are the capacity thresholds for the two tiers set at the right level?
>Question 3: What support would small operators need to meet the first-tier expectations?
>Question 4: Should the Code apply to temporary events such as markets and festivals in the same way as to permanent venues?
Footnotes
>¹ "Crowded places" is used here as in the Civil Protection Act 2027, section 4.
>² See the Ministry's statement of 3 January 2033 on the temporary closure of the Fenmoor market.
>³ The Code would be issued under section 19 of the Civil Protection Act 2027.
Print this page
Is this page useful? Yes  No  Report a problem with this page
Get emails about this page
All content is available under the Open Government Licence v3.0, except where otherwise stated. (c) Crown copyright of the Republic of Ostravel
""", art("Protecting crowded places: proposed Code of Practice for venue operators", [], "2033-03-14", "consultation", "Ministry of Civil Protection"))

# ---------------------------------------------------------------- p11: trade journal, case study
def p11():
    web("p11_trade_journal_case_study", """
Hardening a Desalination Plant Against Drone Incursion | Perimeter & Access
Perimeter & Access
The Journal of Site Security Practice
Magazine  Products  Events  Jobs  Buyers' Guide  Subscribe
Log in to read unlimited articles. Not a subscriber? Start your free trial.
CASE STUDY
HARDENING A DESALINATION PLANT AGAINST DRONE INCURSION
How a coastal water utility rethought its perimeter after drone attacks on naval vessels in the Tolari archipelago
Words by Greta Lindahl-Osei & Tomasz Nwosu-Varga
Posted on March 7th, 2033 in Critical Infrastructure
>When the operators of the Karsund desalination plant read about grenade-carrying drones landing on patrol boats in the Tolari archipelago last December, their first reaction was that it had nothing to do with them. The plant lies more than a thousand kilometres away, in a country with no active insurgency, and its security plan had been written with thieves and protesters in mind. Within a month, the board had commissioned a review.
>The plant supplies drinking water to some 400,000 people. Its critical assets, the intake pumps, the membrane halls and the chemical stores, sit inside a fence that was designed to stop people on foot and vehicles. None of it was designed with an overhead threat in mind. The review, carried out by the plant's own security team with outside advice, asked three questions: what could a small drone reach, what damage could it do, and what could be done about it at a cost the utility could bear.
>What a drone could reach
>The first finding was uncomfortable. From a public road running along the shore, a commercially available spraying drone could reach any part of the site in under two minutes. The chemical store, with its chlorine tanks, was the most exposed asset, because its roof was light sheeting rather than concrete. The intake pumps, by contrast, were largely protected by the intake building itself.
>What could be done
>The review rejected jamming at an early stage. Apart from the legal restrictions on its use by a civilian operator, the team concluded that jamming would interfere with the plant's own radio systems and offer no protection against a drone flying a pre-programmed route. Detection was a different matter. A combination of radar and radio-frequency sensors, of the kind already used at several airports, could give the control room a warning of two to three minutes.
>The most valuable measures turned out to be the least technical. The chemical store's roof is being replaced with reinforced concrete. Netting has been strung over the two most exposed pump housings. And the plant's emergency plan now includes a procedure for shutting down and isolating the chlorine system on a drone warning, which the team has rehearsed four times.
>Lessons for other operators
>The Karsund team stresses that it did not set out to defeat every possible drone. Its aim was to make sure that an attack with the kind of drone that insurgents have actually used would not cause a catastrophic release or a prolonged loss of supply. That framing, they argue, kept the project affordable and allowed the board to approve it within a single budget cycle.
>"We had to stop thinking of drones as a military problem," one of the plant's engineers told us. "They are a building problem. Where is the roof thin, where is the pipe exposed, what happens if that valve is hit. That is something we know how to answer."
Greta Lindahl-Osei is Perimeter & Access's deputy editor. Tomasz Nwosu-Varga is a chartered security consultant who advised on the Karsund review.
Tags: drones, water utilities, critical national infrastructure, CNI
You might also like
Fence-line radar: a buyer's guide for 2033
Product test: four portable RF detectors compared
Perimeter & Access is published by Wexbridge Trade Media. Registered in England No. 0881234. Advertise with us | Privacy | Cookie settings
""", art("Hardening a Desalination Plant Against Drone Incursion", ["Greta Lindahl-Osei", "Tomasz Nwosu-Varga"], "2033-03-07", "case study", "Perimeter & Access"),
        "url: https://www.perimeterandaccess.example/critical-infrastructure/desalination-plant-drone-case-study/\n")

# ---------------------------------------------------------------- p12: data portal, release note
def p12():
    web("p12_data_portal_release", """
Harbourline Conflict Data Portal
Explore data   Dashboards   Download   API   Methodology   About
Status: all systems operational
News & updates > Data releases
DATA RELEASE
Release 7.1: Revised coding of vehicle-borne attacks, 2029-2032
Posted 2033-01-24 by the Harbourline data team
4 min read
>Today we are publishing Release 7.1 of the Harbourline incident dataset. The release covers events up to 31 December 2032 and, for the first time, applies a revised set of rules for coding attacks that involve vehicles. Because the revision changes how more than nine hundred past events are classified, we want to explain what we changed and why, and what it means for anyone comparing figures across releases.
>What changed
>Until Release 7.0, we coded an event as a vehicle-borne attack only when a vehicle was used to carry an explosive device. Attacks in which a vehicle itself was used as a weapon, for example by driving into a crowd, were coded as "other" and were difficult to find in the data. Users, including several newsrooms and two university research groups, told us that this made it impossible to follow one of the most significant trends of recent years.
>From this release, the attack_method variable has three values where it previously had one:
>vehicle_explosive: a vehicle used to carry or deliver an explosive device (unchanged);
>vehicle_ramming: a vehicle used as a weapon against people or property, without explosives (new);
>vehicle_mixed: an attack combining both, or where the sources disagree (new).
>We have recoded all events from 1 January 2029 onwards. Events before 2029 will be recoded in Release 7.2, expected in the summer.
>What it means for comparisons
>The total number of events in the dataset is unchanged. But the number of events coded as vehicle-borne has risen from 412 to 1,347 for the period 2029-2032, almost entirely because of the new ramming category. Anyone who has published trend figures based on earlier releases should not compare them directly with Release 7.1 figures. We have added a crosswalk table to the download package so that the old and new codes can be matched event by event.
>We also corrected 38 events that had been assigned to the wrong district following boundary changes in two provinces in 2031. A full list is in the changelog.
>Known issues
>Coding of events in the Tolari archipelago for the last quarter of 2032 is provisional. Several incidents involving drones are under review and may be reclassified in the next release.
>As always, we welcome corrections. If you think we have coded an event wrongly, please use the feedback form on the event's page, citing your source.
Download Release 7.1 (CSV, 48 MB)   Download codebook (PDF)   Changelog
How to cite: Harbourline Conflict Data Portal, Incident Dataset, Release 7.1 (January 2033).
Previous release: Release 7.0: New districts and a faster API
Stay up to date: join the Harbourline users' mailing list
Harbourline is an independent, non-profit project. Data licensed CC BY 4.0. Privacy | Terms | Contact
""", art("Release 7.1: Revised coding of vehicle-borne attacks, 2029-2032", [], "2033-01-24", "data release", "Harbourline Conflict Data Portal"))

# ---------------------------------------------------------------- p13: personal site, weeknotes
def p13():
    web("p13_personal_site_weeknote", """
rennick.example
notes from a recovering analyst
Home  Weeknotes  Reading  About  Feed
WEEKNOTES
Weeknotes 33.09: ferries, footnotes and a quiet Tuesday
Sunday, 6 March 2033
>A slow week, in the good sense. I spent most of it reading rather than writing, which is what I had promised myself I would do when I left the ministry and mostly have not.
>The ferries. The piece in the Riverine Security Monitor about the Kasse valley kept me up on Tuesday night, not because it said anything surprising but because it said something I had written myself, in a classified annex, in 2026, and which nobody acted on then either. The cycle it describes, of agreement, disarmament, donor fatigue and relapse, is not a failure of analysis. Everyone in the room knew. It is a failure of budgets and of attention, which are the same thing measured in different units. The bit about the night ferries at Mbaro, in the same issue and in a newsletter I read on Tuesday, made the point better than any annex: a police post with a collapsed roof is a policy.
>Footnotes. I have been rereading old Terrorism Monitor issues for a project that may or may not become a book, and I keep noticing how much of the best material is in the notes. An interview with a customs officer, a sermon recorded by a driver, a deleted messaging channel. The arguments date; the sources do not. If anyone is building an index of the field's footnotes, I would like to subscribe.
>A quiet Tuesday. Otherwise, Tuesday was the first day in months on which I did not look at a single incident map. I walked to the harbour and back, read forty pages of a novel, and cooked for friends. I recommend it.
>Next week: the university seminar on data and violence, and an attempt to finish the chapter on river tolls that I have been failing to finish since November.
Written by Alasdair Rennick-Oyelowo. Filed under weeknotes, rivers, reading.
Likes: 14  Reposts: 3  Replies: 2
Previous: Weeknotes 33.08: cold hands, warm archives
Next: Weeknotes 33.10: seminar week
Subscribe by email or RSS. Comments are closed; reply on the fediverse instead.
This site has no trackers and no cookies. Built with a text editor and stubbornness. CC BY-NC 4.0
""", art("Weeknotes 33.09: ferries, footnotes and a quiet Tuesday", ["Alasdair Rennick-Oyelowo"], "2033-03-06", "weeknote", "rennick.example"))

# ---------------------------------------------------------------- p14: university student journal, essay
def p14():
    web("p14_student_journal_essay", """
The Corriebridge Review of International Affairs
A student-edited journal of the Department of War and Society, University of Corriebridge
Current issue   Archive   Submit   Editorial board   About
Vol. 9, No. 1 (Spring 2033)
ESSAY
Paying for Safety: Protection Markets and the Limits of Counterinsurgency
Why traders who pay armed groups for escorts are not simply victims, and why that matters for policy
Nadia Petrakis-Ogunde
MA candidate, Department of War and Society
Published online 21 March 2033
Download PDF   Cite   Share
>Introduction
>Counterinsurgency doctrine has long treated the payments that civilians make to armed groups as a form of extortion: a tax imposed by force, which the state can remove by restoring security. This essay argues that in a growing number of cases the relationship is better understood as a market. Traders, transport operators and fishing communities buy protection from armed groups because it is cheaper, more reliable or more predictable than what the state offers, and armed groups compete, in effect, to supply it.1 Seeing these payments as purchases rather than thefts does not make them acceptable, but it changes what a state would have to do to end them.
>The escort economy
>Recent fieldwork on the salt routes of the northern Sahel offers a clear illustration. After a military offensive destroyed the fixed checkpoints through which an armed group had taxed trade, the group replaced them with a system of paid escorts that traders describe as a service they would be reluctant to give up.2 Similar arrangements have been reported among fishing cooperatives on lakes in the region, where armed factions issue receipts for levies collected at regular intervals.3 In both cases the payments are regular, negotiated and, crucially, delivered in return for something the payer values.
>Competing with armed groups
>If protection is a market, then the state is one supplier among several, and often not the most attractive. Patrols that appear rarely and unpredictably, officials who demand their own payments, and police posts left empty for years all make the armed group's offer look better. Counterinsurgency campaigns that concentrate on destroying the armed group's capacity, without improving the state's own offer, may simply change the form in which protection is sold, as the shift from checkpoints to escorts suggests.
>This has an uncomfortable implication. Measures that punish the buyers of protection, such as closing trade routes or prosecuting traders for financing terrorism, are likely to push them further into the armed group's arms. The more promising approach is to compete: to provide security on trade routes that is regular, visible and free of charge at the point of use.4
>Conclusion
>The language of extortion captures something real about the coercion that underlies every armed group's protection business. But it obscures the choices that civilians make within that coercion, and the reasons they make them. A counterinsurgency that takes those choices seriously would measure its success not only by the number of checkpoints destroyed but by whether the people who used to pay for protection still feel that they need to.
References
>1. Protection markets in fragile states – Corriebridge Working Papers, accessed 2 March 2033, https://warandsociety.corriebridge.example/wp/protection-markets
>2. Salt Roads and Sermons: How Jama'at Nur al-Sahil Rebuilt Its Finances After the 2031 Offensive – The Halvard Foundation, accessed 5 March 2033, https://www.halvard-foundation.example/program/salt-roads-and-sermons/
>3. Fishing Levies Fund a Splinter Faction's Return to the Lake Islands – The Halvard Foundation, accessed 5 March 2033, https://www.halvard-foundation.example/program/fishing-levies-lake-islands/
>4. The town that learnt to live with the salt convoys – Radio Vardell International, accessed 6 March 2033, https://www.rvi.example/news/africa/dispatch-agadal-salt-convoys-20330220
Nadia Petrakis-Ogunde is completing an MA in War and Society at the University of Corriebridge. This essay was awarded the department's Halloran Prize for 2032-33.
The views expressed are the author's own and do not represent those of the Department or the University.
Next in this issue: Drones, deterrence and the small state
(c) 2033 The Corriebridge Review of International Affairs. ISSN 2977-0143 (online). Hosted by University of Corriebridge Library Publishing.
""", art("Paying for Safety: Protection Markets and the Limits of Counterinsurgency", ["Nadia Petrakis-Ogunde"], "2033-03-21", "essay",
        "The Corriebridge Review of International Affairs", 9, 1),
        "url: https://review.corriebridge.example/vol9/no1/petrakis-ogunde-paying-for-safety\n")

# ---------------------------------------------------------------- p15: international organisation, country profile
def p15():
    web("p15_intl_org_country_profile", """
RCTCO
Regional Counter-Terrorism Cooperation Office
An office of the Coastal States Cooperation Council
About us   Member states   Programmes   Resources   Newsroom   Contact
Resources / Country profiles / Ostravel
COUNTRY PROFILE
Ostravel
Last reviewed: 21 March 2033
Download as PDF (412 KB)
>Overview
>Ostravel has not experienced a large-scale terrorist attack on its territory since 2024, but its authorities regard the threat as significant. The principal concerns identified in the national Resilience Strategy of 2032 are attacks on crowded places by individuals or small cells inspired by transnational movements, and the use of Ostravel's ports and financial system by armed groups active elsewhere in the region.(a)
>Legal framework
>Terrorism offences are defined in the Criminal Code as amended in 2027. The Civil Protection Act 2027 gives the Ministry of Civil Protection responsibility for protective security and emergency planning, and provides for statutory codes of practice. In March 2033 the Ministry opened a public consultation on a proposed Code of Practice for operators of crowded places.(b)
>Institutions
>Counter-terrorism investigations are led by the National Police's specialist directorate, working with the State Security Service. Protective security advice to businesses and local authorities is provided by the Directorate for Resilience within the Ministry of Civil Protection. A financial intelligence unit within the Ministry of Finance receives suspicious transaction reports.
>Cooperation with the Office
>Ostravel has taken part in the Office's programmes on border management and on the protection of crowded places since 2029. In 2032, Ostravel hosted a regional exercise on the response to a vehicle attack, in which six member states took part.
Notes
>(a) Republic of Ostravel, Resilience Strategy 2032, chapter 3.
>(b) See the Ministry of Civil Protection's consultation page, published 14 March 2033.
This profile is prepared by the Office's secretariat on the basis of public sources and information supplied by the member state. It does not represent an assessment by the Council.
Other country profiles: Karsund | Tarvasia | Vardell
Follow us   Newsletter   Careers   Procurement
(c) Regional Counter-Terrorism Cooperation Office 2033. Terms of use | Privacy | Accessibility
""", art("Ostravel", [], "2033-03-21", "country profile", "Regional Counter-Terrorism Cooperation Office"))


if __name__ == "__main__":
    for f in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15]:
        f()
