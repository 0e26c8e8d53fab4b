"""python3 gen.py — writes heldout37's raw files, labels and sidecars. All text invented for this corpus."""
from lib import Doc, write

TM = 'Terrorism Monitor'

# ---------------------------------------------------------------------------------------------------------------
# a01: a whole Terrorism Monitor issue as PDF text.
TM_DATE = '2034-05-11'
F1_TITLE = 'Fishing Boats and Fuel Bladders: How the Reed Coast Brotherhood Resupplies at Sea'
F1_PARAS = [
    "Since the start of the year, the coast guard of Istrel has intercepted nine fishing vessels carrying more "
    "fuel than any trawler of their size could burn in a month. Each was registered to a cooperative in the ports "
    "of the Korvaan Delta, and each was later linked by investigators to the Reed Coast Brotherhood, the militant "
    "movement that has fought the provincial government from the mangrove islands since 2029 [1]. The seizures "
    "offer an unusually clear view of how an insurgency with no port of its own keeps its boats, generators and "
    "radios running.",
    "The Brotherhood's dependence on fuel is not new. What has changed is the method. Until 2032 the movement bought "
    "diesel from roadside sellers on the mainland and ferried it across the delta in small drums, a trade that was "
    "easy to watch and easy to tax. After a series of raids on the delta's landing stages, the group moved its "
    "purchasing offshore, where rubber fuel bladders are filled from coastal tankers and towed behind fishing "
    "boats to the islands at night [2].",
    "Interviews with fishermen in Port Mabeko and Saltgrave suggest that the arrangement rests as much on consent "
    "as on coercion. Crews are paid per bladder, often more than a week's catch would earn, and the movement "
    "guarantees the boats against seizure by rival gangs. Several fishermen described the payments as a second "
    "wage that had kept their cooperatives afloat when the price of fish collapsed in 2031. Others said they had "
    "been told that a refusal would be remembered.{PAGE}",
    "The tankers themselves are harder to trace. Most of the nine intercepted boats carried receipts from a "
    "bunkering company registered in a neighbouring free port, and at least two had taken on fuel at a "
    "transfer point some forty nautical miles from shore. Provincial officials believe that the company is a "
    "front, but its owners have not been charged, and the free port's authorities have so far declined to "
    "share ownership records with Istrel [3].",
    "The supply chain also reaches inland. Fuel delivered to the islands is not only burned in the movement's own "
    "boats; some of it is resold to villages that have had no reliable grid power since the 2030 floods. That "
    "trade earns the Brotherhood money and, more importantly, a measure of gratitude. A schoolteacher on "
    "Lammer Island said that the generator which lights her classroom in the evenings is filled every "
    "Thursday by men she assumes belong to the movement, and that no official has offered an alternative.",
    "Counterinsurgency planners in the provincial capital have drawn two lessons from the seizures. The first is "
    "that patrols aimed at the landing stages simply pushed the trade out to sea, where it is more expensive to "
    "police and less visible to the public. The second is that the fuel trade has become a pillar of the "
    "Brotherhood's local legiti¬macy, so that any effort to choke it off will be felt first by the villages the "
    "government hopes to win back [4].",
    "None of this means the trade cannot be disrupted. The nine interceptions were the result of a single "
    "well-placed informant and of radar coverage that the coast guard has only had since last autumn. If the "
    "free port can be persuaded to open its registry, investigators would be able to follow the money from "
    "the tankers to those who charter them. Whether the provincial government can also replace the "
    "Brotherhood's fuel in the villages it sells to is a harder question, and {PAGE} one that patrol boats "
    "alone will not answer.",
]
F1_NOTES = [
    "[1] Istrel Provincial Coast Guard, “Interdiction Summary, January–March 2034,” released April 2, 2034.",
    "[2] Author interviews with two former landing-stage traders, Port Mabeko, February 2034.",
    "[3] “Free Port Declines Registry Request,” Delta Courier, March 19, 2034.",
    "[4] Author interview with a planning officer of the provincial security council, March 2034.",
]
F1_BIO = ("Ingrid Sørvald-Mbeki is a research fellow at the Harwick Centre for Maritime Studies, where she works on "
          "piracy and insurgency in river deltas. Tobias Kettleborough is a former naval officer and an independent "
          "analyst of coastal security.")
F1_AUTHORS = ['Ingrid Sørvald-Mbeki', 'Tobias Kettleborough']


def tm_page_break(doc, state={'page': 1}):
    doc.b()
    doc.f(str(state['page']))
    state['page'] += 1
    doc.b()
    if state['page'] == 4:
        doc.f('TerrorismMonitor\uf0a7VolumeXXXII,Issue9\uf0a7May11,2034')   # mangled once by the PDF extraction
    else:
        doc.f('Terrorism Monitor  |  Volume XXXII, Issue 9  |  May 11, 2034')
    doc.b()


def a01():
    d = Doc(width=94)
    d.on_page_break = tm_page_break
    d.src('''
. THE JAMESFORD INSTITUTE
.
. TERRORISM MONITOR
. Research and analysis of militant movements worldwide
.
. VOLUME XXXII  •  ISSUE 9  •  MAY 8, 2034
.
. IN THIS ISSUE
. BRIEFS
. Kidnap Ransoms Bankroll a New Cell on the Korvaan Delta ........................ 1
. Workshop Raid Exposes a Drone Supply Chain in Upper Istrel ..................... 2
. FEATURES
. Fishing Boats and Fuel Bladders: How the Reed Coast Brotherhood Resupplies at Sea
.     Ingrid Sørvald-Mbeki and Dr. Tobias Kettleborough ........................... 3
. Prison Wings as Recruiting Grounds: The Vashti Detention System
.     Hadiza Okonkwo-Lind ......................................................... 6
.
. BRIEFS
.
t1 Kidnap Ransoms Bankroll a New Cell on the Korvaan Delta
.
. Ansel Rookwood
.
''')
    d.p(1, "On April 21, gunmen in two skiffs stopped a passenger launch on the northern channel of the Korvaan "
           "Delta and took four engineers from a water utility ashore at gunpoint. Three were released within a week "
           "after their employer paid what local media describe as a substantial sum; the fourth, a surveyor from "
           "the capital, is still held (Delta Courier, April 28).")
    d.p(1, "The kidnappers call themselves the Companions of the Eastern Reeds, a name that had not appeared in any "
           "claim before this spring. Provincial police believe the group was formed late last year by fighters "
           "who left the Reed Coast Brotherhood after a dispute over the division of fuel revenue, and that "
           "ransoms are its main source of money while it lacks the Brotherhood's access to the offshore trade.")
    d.p(1, "The split matters for two reasons. A small cell that lives on ransoms must keep taking hostages, and "
           "the delta's utilities have already suspended work on three pumping stations. And a group that defines "
           "itself against the Brotherhood may try to prove itself with more spectacular attacks than its parent "
           "has risked in recent years. Whether the Brotherhood tolerates the newcomer or moves against it will "
           "shape the security of the northern channel for the rest of the year.")
    d.page_break()
    d.src('''
t2 Workshop Raid Exposes a Drone Supply Chain in Upper Istrel
.
''')
    d.p(2, "Security forces in Upper Istrel raided a motorcycle repair workshop in the market town of Orvel on "
           "April 30 and recovered eleven partly assembled quadcopters, several hundred metres of fibre-optic cable "
           "and a box of modified grenade fuses. The owner of the workshop and two apprentices were arrested. "
           "Officials said that the drones were destined for a faction of the Brotherhood active in the hills above "
           "the delta (Istrel Herald, May 2).")
    d.p(2, "The find confirms what observers of the conflict have suspected since a drone struck a police post at "
           "Harl Crossing in January: the movement no longer relies on finished drones bought abroad but assembles "
           "its own from commercial parts. The fibre-optic cable, which lets a drone be flown without a radio "
           "link that can be jammed, suggests that the faction has learned from conflicts far from the delta.")
    d.p(2, "The raid is likely to slow the faction's drone use for a few months at most. The parts involved are "
           "sold legally in every large town in the province, and the skills needed to assemble them are those "
           "of any competent mechanic. Controls on the sale of fibre-optic spools, which have few civilian buyers "
           "in the hills, may prove a more lasting measure than the arrest of one workshop's staff.")
    d.src('''
. —Ansel Rookwood
.
. Ansel Rookwood is the Editor of Terrorism Monitor.
''')
    d.page_break()
    d.src('''
. FEATURES
.
t3 Fishing Boats and Fuel Bladders: How the Reed Coast Brotherhood
t3 Resupplies at Sea
.
. Ingrid Sørvald-Mbeki and Dr. Tobias Kettleborough
.
''')
    for para in F1_PARAS:
        d.p(3, para)
    d.f('Notes')
    d.b()
    for n in F1_NOTES:
        d.p(3, n, blank=False)
    d.b()
    d.p('.', F1_BIO)
    d.page_break()
    d.src('''
t4 Prison Wings as Recruiting Grounds: The Vashti Detention System
.
. By Hadiza Okonkwo-Lind
.
''')
    f2 = [
        "When the Vashti Detention Centre opened in 2027, it was meant to end the practice of holding suspected "
        "militants in police cells across the province. Seven years later, the centre holds some 1,400 "
        "detainees, more than twice its design capacity, and former inmates and guards alike describe its "
        "wings as places where the Reed Coast Brotherhood recruits more freely than it ever could outside [1].",
        "Overcrowding is only part of the explanation. Detainees accused of membership in the movement are "
        "housed together with men held for smuggling, theft and debt, on the reasoning that separating them "
        "would require new buildings the province cannot afford. In practice, this has placed the movement's "
        "experienced members among young men with long sentences, little money and no protection.",
        "The Brotherhood offers all three. Former detainees interviewed for this article described a system in "
        "which the movement's members pay for food from the prison shop, mediate disputes between gangs and "
        "arrange for money to reach prisoners' fami¬lies. In exchange, recruits attend study circles, carry "
        "messages and, on release, are expected to report to a contact in their home district [2].",
        "Guards are aware of the arrangement and in many cases profit from it. Two former officers said that the "
        "movement pays wing supervisors to look away from its meetings and to move favoured prisoners between "
        "cells. One described the payments as larger than his salary. Neither believed that the prison's "
        "management was unaware of the practice.",
        "Prison Administration",
        "The provincial government has acknowledged some of these problems. In February, the justice ministry "
        "announced a plan to open a separate wing for detainees charged with terrorism offences and to rotate "
        "guards between wings every six months [3]. Critics note that a similar plan was announced in 2031 "
        "and never funded, and that separation alone may simply concentrate the movement's influence.",
        "Experience elsewhere suggests that what matters is less where militants are held than whether other "
        "prisoners have somewhere else to turn. Where prisons provide food, legal aid and contact with families "
        "themselves, militant networks lose the services through which they recruit. Where they do not, "
        "separation has tended to produce a hardened core that reconstitutes itself on release.",
        "For now, Vashti's wings remain one of the Brotherhood's most reliable sources of new members. Unless "
        "the province pays for the basic services its prison does not provide, the movement will go on "
        "providing them, and the centre built to contain the insurgency will continue to sustain it.",
    ]
    for para in f2:
        if para == "Prison Administration":
            d.x(4, para)
            d.b()
        else:
            d.p(4, para)
    d.f('Notes')
    d.b()
    for n in [
        "[1] Author interviews with six former detainees and two former guards, Vashti and Port Mabeko, "
        "January–March 2034.",
        "[2] Ibid.",
        "[3] Ministry of Justice of Istrel, press statement, February 12, 2034.",
    ]:
        d.p(4, n, blank=False, width=94)
    d.b()
    d.p('.', "Dr. Hadiza Okonkwo-Lind is a senior lecturer in criminology at the University of Saltgrave and the "
             "author of a forthcoming study of prisons and insurgency.", blank=False)
    d.b()
    d.f('6')
    meta = dict(date=TM_DATE, publication=TM, volume=32, issue=9)
    arts = [
        dict(title='Kidnap Ransoms Bankroll a New Cell on the Korvaan Delta', authors=['Ansel Rookwood'],
             kind='brief', **meta),
        dict(title='Workshop Raid Exposes a Drone Supply Chain in Upper Istrel', authors=['Ansel Rookwood'],
             kind='brief', **meta),
        dict(title=F1_TITLE, authors=F1_AUTHORS, kind='feature', **meta),
        dict(title='Prison Wings as Recruiting Grounds: The Vashti Detention System',
             authors=['Hadiza Okonkwo-Lind'], kind='feature', **meta),
    ]
    write('a01_tm_issue_roman_volume_bullets', d, arts, sidecar={'publication': TM}, notes=[
        'The second brief signs off with "—Ansel Rookwood" under its text (no byline under the title); the editor',
        'bio after it is not text of either brief. "Prison Administration" is a section heading inside feature 2: text.',
        'Both features are listed under FEATURES; briefs under BRIEFS (plural label over the run -> brief).'])



# ---------------------------------------------------------------------------------------------------------------
# a02: a whole issue of a sibling monitor (invented): month and year only, footer between halves of a sentence.
FMM = 'Frontier Militancy Monitor'


def fmm_page_break(doc, state={'page': 1}):
    doc.b()
    doc.f('FRONTIER MILITANCY MONITOR  ·  May 2034  ·  page %d of 4' % state['page'])
    state['page'] += 1
    doc.b()


def a02():
    d = Doc(width=88)
    d.on_page_break = fmm_page_break
    d.src('''
. ==================================================================================
.                      F R O N T I E R   M I L I T A N C Y   M O N I T O R
.               A monthly review of insurgency along contested borders
. ----------------------------------------------------------------------------------
. Vol. 6 | No. 5                                                          May 2034
. ==================================================================================
.
. Contents
. Brief: Smugglers Reopen the Karsk Gap Road After the Thaw ..................... 1
. Analysis: Why the Ostvar Border Truce Is Fraying .............................. 2
. Bandits, Militias and the Market for Protection in the Dravic Hills ........... 4
.
. BRIEF
.
t1 Smugglers Reopen the Karsk Gap Road After the Thaw
. BY ORLA MEINHARDT
.
''')
    d.p(1, "With the snow gone from the Karsk Gap by mid-April, mule trains have returned to the track that links "
           "the valley of the Ostvar with the markets of the lowlands. Border guards counted more than sixty animals "
           "crossing on a single night in the last week of the month, most carrying cigarettes, fuel and, according "
           "to one officer, crates that the guards were not permitted to open.")
    d.p(1, "The road has long financed the armed groups on both sides of the gap. What is new this year is that "
           "the two largest of them appear to have agreed to share it: traders report paying a single toll at the "
           "summit instead of two at either end. If the arrangement holds, it points to a degree of cooperation "
           "between the groups that neither has admitted to in public.")
    d.page_break()
    d.src('''
. ANALYSIS
.
t2 Why the Ostvar Border Truce Is Fraying
.
. Rustam Quellwater, Senior Fellow
.
''')
    an = [
        "The truce that ended open fighting along the upper Ostvar in the autumn of 2032 was never written down. "
        "It rested on a handshake between two commanders, a promise of amnesty from the district governor and "
        "the exhaustion of villages that had been fought over for three years [1]. Eighteen months later, all "
        "three foundations are weakening at once.",
        "The first of the two commanders, known locally as the Miller, died in February of an illness that his "
        "followers have not named. His successor is younger, has spent most of the truce in exile and has made "
        "no public commitment to the arrangement. Several of the Miller's lieutenants have since left with their "
        "men for the hills above the river, where they are answerable to no one.",
        "The amnesty has fared little better. Of the roughly four hundred fighters who registered with the "
        "district authorities in 2032, fewer than a third have received the land or jobs they were promised. "
        "Former fighters in the town of Belvard told this author that the registration lists are now seen as a "
        "record of who can be arrested when the {PAGE} government decides the truce is over [2].",
        "Finally, the villages themselves have recovered enough to have something to lose, and therefore "
        "something to tax. Checkpoints that were abandoned during the fighting have reappeared on the valley "
        "road, staffed by men who say they belong to neither side. Traders count eleven between Belvard and the "
        "district capital, where two years ago there were three.",
        "None of this makes a return to war inevitable. The district governor has asked the capital for money to "
        "pay the outstanding amnesty grants, and the new commander has so far kept his men out of the valley. But "
        "a truce that depended on two individuals has lost one of them, and the institutions that were meant to "
        "replace personal trust have not been built.",
    ]
    for para in an:
        d.p(2, para)
    d.f('NOTES')
    for n in ["1. Author interviews with district officials and village elders, Belvard, March 2034.",
              "2. Author interviews with five registered former fighters, Belvard, March 2034."]:
        d.x(2, n)
    d.b()
    d.p('.', "Rustam Quellwater is a senior fellow of the Jamesford Institute and writes on armed groups in the "
             "highland borderlands. He last wrote for the Monitor on mountain smuggling routes.")
    d.page_break()
    d.src('''
t3 Bandits, Militias and the Market for Protection in the Dravic Hills
.
. Femi Adeyoola
. Field researcher, Dravic Hills Project
.
''')
    fe = [
        "Ask a farmer in the Dravic Hills who protects his harvest and the answer depends on the season. In spring, "
        "when the herds move to the high pastures, it is the herders' own militia. At harvest, it is whichever "
        "armed group controls the road to the grain market. In winter, when little moves at all, it is often "
        "nobody, and that is when the raids come.",
        "This patchwork is not a sign that the state has vanished from the hills. Police posts still stand in the "
        "larger villages, and the district court still sits every month. But the state's protection is slow and "
        "expensive, and it stops at the edge of the paved road. Beyond it, protection is something that must be "
        "bought, and a crowded market of sellers has grown up to provide it.",
        "Who Sells Protection",
        "At least five kinds of armed group compete in that market. There are village militias, formed by elders "
        "and paid in grain; herders' militias, which follow the flocks; bandit gangs, which sell protection mainly "
        "against themselves; the local wing of the Dravic Liberation Front, which presents its taxes as a "
        "contribution to a political cause; and private guards hired by the larger traders.",
        "The boundaries between them are porous. Men move from one group to another as the pay changes, and the "
        "same fighter may guard a village in spring and raid its neighbour in autumn. Farmers interviewed for "
        "this study rarely distinguished between the groups by their politics. What mattered to them was whether "
        "a group kept its word and whether it could be reached when needed [1].",
        "Why It Matters",
        "For the Front, the protection market is both an opportunity and a threat. It allows the movement to raise "
        "money and to present itself as a more reliable protector than the bandits. But it also forces the Front "
        "to compete on price and performance with groups that have no political ambitions, and several of its "
        "local commanders have been accused by villagers of behaving like the very bandits they claim to fight.",
        "Efforts to disarm the hills have so far treated all these groups alike. A more promising approach would "
        "begin from the farmers' own distinctions: which groups keep their word, and why. Where the state can "
        "offer protection that is as reliable as the best of the militias, the market for the rest will shrink "
        "of its own accord.",
    ]
    for para in fe:
        if len(para) < 40:
            d.x(3, para)
            d.b()
        else:
            d.p(3, para)
    d.f('NOTES')
    d.p(3, "1. Survey of 212 households in nine villages of the Dravic Hills, carried out by the author and two "
           "assistants, November 2033 to February 2034.")
    d.p('.', "Femi Adeyoola is a field researcher with the Dravic Hills Project, a study of rural security run "
             "from the University of Belvard.", blank=False)
    d.page_break()
    meta = dict(date='2034-05-01', publication=FMM, volume=6, issue=5)
    arts = [
        dict(title='Smugglers Reopen the Karsk Gap Road After the Thaw', authors=['Orla Meinhardt'], kind='brief', **meta),
        dict(title='Why the Ostvar Border Truce Is Fraying', authors=['Rustam Quellwater'], kind='analysis', **meta),
        dict(title='Bandits, Militias and the Market for Protection in the Dravic Hills', authors=['Femi Adeyoola'],
             kind='feature', **meta),
    ]
    write('a02_sibling_monitor_month_year_masthead', d, arts, notes=[
        'An invented sibling monitor: its name printed letterspaced in capitals, labelled in title case (not in',
        'input/site.yml). Only "May 2034" dates the issue: 2034-05-01. The singular BRIEF and ANALYSIS labels give',
        'their pieces\' kinds; the third piece sits under no label and the contents list it by title: a feature.',
        'The caps byline "BY ORLA MEINHARDT" is labelled as the name in its proper case.'])

# ---------------------------------------------------------------------------------------------------------------
# a03: the web version of the first Terrorism Monitor feature, scraped (one line per paragraph).
def a03():
    d = Doc()
    d.src('''
. Skip to main content
. THE JAMESFORD INSTITUTE
. Research   Programs   Events   Experts   Publications   About   Donate
. Search the site
.
. Terrorism Monitor
. Latest issue | Archive | Briefs | Features | Subscribe
. Home › Publications › Terrorism Monitor › Features
. Volume 32, Issue 9
.
t1 Fishing Boats and Fuel Bladders: How the Reed Coast Brotherhood Resupplies at Sea
.
. Ingrid Sørvald-Mbeki · Tobias Kettleborough
. Thursday, May 11, 2034
. Share   Facebook   X   LinkedIn   WhatsApp   Email   Print
.
. A fishing boat towing a fuel bladder leaves a landing stage near Saltgrave. (Image: Istrel Provincial Coast Guard)
.
''')
    for para in F1_PARAS:
        d.x(1, ' '.join(para.replace('{PAGE}', ' ').replace('¬', '').split()))
        d.b()
    d.f('Notes')
    for n in F1_NOTES:
        d.x(1, n)
    d.b()
    d.src('''
. Share this article   Facebook   X   LinkedIn   Email
.
. About the authors
. Ingrid Sørvald-Mbeki is a research fellow at the Harwick Centre for Maritime Studies, where she works on piracy and insurgency in river deltas.
. Tobias Kettleborough is a former naval officer and an independent analyst of coastal security.
.
. Related
. Kidnap Ransoms Bankroll a New Cell on the Korvaan Delta
. May 11, 2034 | Brief
. Prison Wings as Recruiting Grounds: The Vashti Detention System
. May 11, 2034 | Feature
. Mangrove Sanctuaries: Why Delta Insurgencies Outlast Their Rivals
. March 27, 2034 | Feature
.
. Get Terrorism Monitor in your inbox every other Thursday.
. Email address   Sign up
.
. The Jamesford Institute · 1410 Carrow Street, Suite 300 · Lindmoor
. © 2034 The Jamesford Institute. All rights reserved.   Privacy Policy   Terms of Use   Accessibility
. This site uses cookies to understand how it is used. Accept   Manage preferences
''')
    arts = [dict(title=F1_TITLE, authors=F1_AUTHORS, date=TM_DATE, kind='feature', publication=TM, volume=32, issue=9)]
    write('a03_tm_feature_web_version', d, arts, one_line=True,
          sidecar={'url': 'https://www.jamesfordinstitute.org/publications/terrorism-monitor/fishing-boats-and-fuel-bladders/'},
          notes=['The web version of a01\'s first feature. Terrorism Monitor prints its own name and navigation under the',
                 'institute\'s masthead (a unit, so it is the publication); "Features", the last genre item of the',
                 'breadcrumb, is the kind; the volume and issue are printed over the title.'])


# ---------------------------------------------------------------------------------------------------------------
# a04: a plain-text email newsletter (hard-wrapped at 72) with three pieces.
def a04():
    d = Doc(width=72)
    d.src('''
. From: The Lantern Letter <editor@lanternletter.net>
. Date: Thu, 15 Jun 2034 06:45:03 +0100
. Subject: [Lantern Letter] No. 47: ferries, a seized trawler and a new book
. To: reader@mailhub.net
.
. View this email in your browser: https://lanternletter.net/archive/47
.
. ========================================================================
. THE LANTERN LETTER
. Security and the sea, every other Thursday
. No. 47 -- 15 June 2034
. ========================================================================
.
. Good morning. In this edition:
.  * why the ferry strikes in Port Mabeko matter beyond the quay
.  * the appeal court frees the trawler Grey Heron
.  * a new history of delta smuggling, reviewed
.
. ------------------------------------------------------------------------
. COMMENTARY
.
t1 Why the Ferry Strikes Matter Beyond the Quay
. by Nell Abernathy-Cruz
.
''')
    for para in [
        "For the third time since March, the ferry crews of Port Mabeko walked off their boats on Monday, leaving "
        "some nine thousand passengers a day to find another way across the northern channel. The crews want a "
        "danger allowance for the night crossings, which they say have become unsafe since the kidnapping of four "
        "engineers in April.",
        "It is tempting to treat this as a labour dispute and nothing more. It is not. Every day the ferries stand "
        "idle, the small boats that take their place carry passengers nobody counts and cargo nobody inspects. The "
        "port authority's own figures show that unregistered crossings doubled during the last strike.",
        "The province has so far refused to negotiate, arguing that a danger allowance would amount to admitting "
        "that the channel is not under control. That is an argument about appearances. The crews are describing "
        "the channel as it is, and a settlement that pays them to keep working would cost less than the "
        "smuggling the strikes invite.",
    ]:
        d.p(1, para)
    d.src('''
. ------------------------------------------------------------------------
. NEWS
.
t2 Appeal Court Orders Release of the Seized Trawler Grey Heron
. Reporting: Idris Vantongeren
.
''')
    for para in [
        "The Court of Appeal in Valmora on Wednesday ordered the coastal revenue directorate to release the "
        "trawler Grey Heron, held at Saltgrave since January on suspicion of carrying fuel to the Reed Coast "
        "Brotherhood.",
        "The judges found that the directorate had kept the vessel for more than ninety days without bringing "
        "charges, which the customs code does not allow, and that the owners had not been given a chance to "
        "answer the allegations. The court did not rule on whether the trawler had been used for smuggling.",
        "A lawyer for the owners, Harlan Shipping Agencies, said the boat would return to fishing within a week. "
        "The directorate said it was studying the judgment.",
    ]:
        d.p(2, para)
    d.src('''
. ------------------------------------------------------------------------
. BOOK REVIEW
.
t3 Salt, Fuel and Silence: A History of the Delta's Smugglers
. Reviewed by Saskia Threlfall
.
. The Salt Roads: Smugglers, Sailors and the State, by Ottilie Marchbank.
. Ferrous Lane Books, 312 pp.
.
''')
    for para in [
        "Ottilie Marchbank has spent a decade in the archives of the delta's customs houses, and it shows. Her "
        "history of smuggling on the Korvaan coast begins with salt in the eighteenth century and ends with the "
        "fuel bladders of today, and its argument is that the trade has always been less a crime against the "
        "state than a bargain struck with it.",
        "The best chapters are those on the 1950s, when customs officers, fishing cooperatives and local "
        "politicians divided the profits of the cigarette trade between them with remarkable discipline. "
        "Marchbank is careful not to romanticise the smugglers, and her account of the violence that followed "
        "the collapse of that arrangement is hard to read.",
        "The book is weaker on the present, where it relies on press reports rather than the archives that make "
        "its earlier chapters so rich. But as a guide to why the delta's insurgents have found the sea so "
        "hospitable, it has no rival.",
    ]:
        d.p(3, para)
    d.src('''
. ------------------------------------------------------------------------
. That's all for this edition. Reply to this email to reach the editor;
. we read everything, even if we can't answer it all.
.
. Forward to a friend: https://lanternletter.net/forward/47
. You are receiving this email because you subscribed at lanternletter.net.
. Unsubscribe: https://lanternletter.net/u/8f31c | Update your preferences
. The Lantern Letter, PO Box 88, Saltgrave
''')
    meta = dict(date='2034-06-15', publication='The Lantern Letter', volume=None, issue=None)
    arts = [
        dict(title='Why the Ferry Strikes Matter Beyond the Quay', authors=['Nell Abernathy-Cruz'], kind='commentary', **meta),
        dict(title='Appeal Court Orders Release of the Seized Trawler Grey Heron', authors=['Idris Vantongeren'],
             kind='news', **meta),
        dict(title="Salt, Fuel and Silence: A History of the Delta's Smugglers", authors=['Saskia Threlfall'],
             kind='review', **meta),
    ]
    write('a04_email_newsletter_three_pieces', d, arts, notes=[
        'A plain-text email newsletter hard-wrapped at 72 columns (not one line per paragraph). "No. 47 -- 15 June',
        '2034" under the mail header with no volume: volume and issue empty (the corpus README, "Numbers"). The',
        'masthead prints the name in capitals; the From line prints its proper form. "BOOK REVIEW" -> review (the',
        'catalogue folds it, as the README\'s pages22 audit labels it); the book\'s details line is not text.'])


# ---------------------------------------------------------------------------------------------------------------
# a05: a court's judgment summary (no author; date as dd.mm.yyyy).
def a05():
    d = Doc()
    d.src('''
. COURT OF APPEAL OF VALMORA
. Home | Judgments | Hearing lists | Practice directions | Visiting the Court | Contact
. We use essential cookies to make this site work. Find out more about cookies | OK
. You are here: Home > Judgments > Judgment summaries > 2034
.
. JUDGMENT SUMMARY
t1 Directorate of Coastal Revenue v Harlan Shipping Agencies Ltd
. [2034] VCA 117 | Civil Division
. Date of judgment: 14.06.2034
. Coram: President Okafor-Lindqvist, Judge Arnault, Judge Rasmussen-Teo
.
. This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.
.
1 Background
1 In January 2034 officers of the Directorate of Coastal Revenue detained the trawler Grey Heron at the port of Saltgrave on suspicion that she had been used to carry fuel to an armed group in the Korvaan Delta. The vessel's owner, Harlan Shipping Agencies Ltd, asked the Coastal District Court to order her release. The District Court refused, and the owner appealed.
.
1 The issues
1 The appeal raised two questions: first, whether the Customs Code allows the Directorate to hold a vessel for more than ninety days without bringing charges; and second, whether the owner had been given a fair opportunity to answer the allegations against it.
.
1 The decision
1 The Court allowed the appeal unanimously. On the first question, the Court held that section 48 of the Customs Code sets an outer limit of ninety days on detention without charge, which may be extended only by a court on the Directorate's application. No such application had been made, and the detention had become unlawful on 14 April 2034.
.
1 On the second question, the Court found that the Directorate had refused the owner's requests to see the evidence on which the detention was based, including the statement of an informant. While the Directorate may protect the identity of an informant, it may not keep from the owner the substance of the case it has to meet.
.
1 The Court ordered the release of the Grey Heron within seven days and remitted the question of costs to the District Court. The Court stressed that its judgment says nothing about whether the vessel was in fact used for smuggling, which remains a matter for any criminal proceedings.
.
. Download the full judgment (PDF, 412 KB)
. Download this summary (PDF, 96 KB)
.
. Related judgments
. Harlan Shipping Agencies Ltd v Directorate of Coastal Revenue [2034] VCD 31 (first instance)
. Port Mabeko Ferry Cooperative v Ministry of Transport [2033] VCA 204
.
. Media enquiries: press office of the Court, weekdays 09:00–17:00
. © Court of Appeal of Valmora 2034 | Accessibility | Privacy notice | Terms of use
''')
    arts = [dict(title='Directorate of Coastal Revenue v Harlan Shipping Agencies Ltd', authors=[], date='2034-06-14',
                 kind='judgment summary', publication='Court of Appeal of Valmora', volume=None, issue=None)]
    write('a05_court_judgment_summary', d, arts, one_line=True,
          sidecar={'url': 'https://www.courtofappeal.valmora.gov/judgments/summaries/2034/vca-117'},
          notes=['No author. The standing disclaimer ("This summary is provided to help ...") is on every summary:',
                 'furniture. The summary\'s own headings (Background, The issues, The decision) are text.',
                 '"JUDGMENT SUMMARY", a two-word label, is the kind; the neutral citation [2034] VCA 117 is no issue.'])


# ---------------------------------------------------------------------------------------------------------------
# a06: a parliament's written question and its answer (no byline; two dates).
def a06():
    d = Doc()
    d.src('''
. Skip to content
. Parliament of Esterhold
. Business   Members   Committees   Bills and laws   Written questions   Visit and learn
. Sign in to follow questions
. Home / Parliamentary business / Written questions and answers / WQ-2034-1187
.
. Written question
t1 Fishing Fleet Inspections: Korvaan Delta
. WQ-2034-1187 · Ministry of Maritime Affairs
. Asked by Maren Tollefsen (Skarhavn East) · Tabled 29 April 2034
.
1 To ask the Minister for Maritime Affairs how many inspections of fishing vessels registered in the Korvaan Delta the Coastal Inspectorate carried out in each of the last three years; how many of those inspections found fuel in excess of a vessel's licensed capacity; and what steps the Ministry is taking to prevent fishing vessels being used to supply armed groups.
.
. Answered by Jory Penhallow-Adeyemi, Minister of State for Maritime Affairs · Answered on 6 May 2034
.
1 The Coastal Inspectorate carried out 1,214 inspections of fishing vessels registered in the Korvaan Delta in 2031, 1,388 in 2032 and 2,046 in 2033. Excess fuel was found on 19, 31 and 74 vessels respectively. The figures for each port are set out in the attached table.
.
1 The increase in inspections in 2033 follows the Inspectorate's decision to station two patrol craft permanently at Port Mabeko and to share radar data with the Provincial Coast Guard of Istrel. The Ministry has also asked the Inspectorate to review the fuel allowances in fishing licences, which have not been revised since 2019 and which, in the Inspectorate's view, leave too much room for fuel to be carried for other purposes.
.
1 The Ministry is working with the Ministry of Justice and with neighbouring administrations on the wider question of how fuel reaches armed groups by sea. I will write to the honourable Member when that work has concluded and place a copy of my letter in the Library of the House.
.
. Attachment: WQ-2034-1187 inspections by port (CSV, 3 KB)
.
. Share this question   Email   Copy link
. Is this page useful?   Yes   No   Report a problem with this page
. © Parliament of Esterhold 2034 · Open Parliament Licence · Cookies · Accessibility statement
''')
    arts = [dict(title='Fishing Fleet Inspections: Korvaan Delta', authors=[], date='2034-05-06',
                 kind='written question', publication='Parliament of Esterhold', volume=None, issue=None)]
    write('a06_parliament_written_question_answer', d, arts, one_line=True, notes=[
        'Choice the rules leave open: the asking Member and the answering Minister are parts of the record, not a',
        'byline, so authors are empty; the date is the answer\'s (the day the record was completed and published),',
        'not the tabling date. The question and the answer are the text; their "Asked by"/"Answered by" lines are not.'])


# ---------------------------------------------------------------------------------------------------------------
# a07: a port authority's marine notice (no author; ISO date; a positions table).
def a07():
    d = Doc()
    d.src('''
. PORT AUTHORITY OF VELDHAVEN
. Port services   Navigation   Pilotage   Tariffs   Environment   News   Contact
. Tide today: HW 06:41 (4.2 m) · LW 12:58 (0.9 m) · Wind SW 4
. Navigation › Marine notices › 2034
.
. MARINE NOTICE 14/2034
t1 Temporary Closure of the Eastern Approach Channel for Dredging
. Issued: 2034-04-27 | Valid until: further notice | Supersedes: Marine Notice 09/2034
.
1 Notice is hereby given that the Eastern Approach Channel between No. 3 and No. 7 buoys will be closed to all vessels from 06:00 local time on 5 May 2034 until further notice, while maintenance dredging is carried out.
.
1 The trailing suction hopper dredger Havfrue and her attending workboats will operate within the area bounded by the following positions (WGS 84):
1 A   57°12.40′N   011°48.10′E
1 B   57°12.40′N   011°50.65′E
1 C   57°11.85′N   011°50.65′E
1 D   57°11.85′N   011°48.10′E
.
1 Vessels bound for the inner harbour shall use the Western Approach Channel. Vessels with a draught of more than 9.5 metres shall not enter the Western Approach Channel within two hours either side of low water without the permission of Veldhaven Port Control.
.
1 The dredger will keep a listening watch on VHF channel 12. Masters of vessels navigating in the vicinity are requested to pass at minimum speed and to give the dredger a wide berth. Spoil will be deposited at the licensed disposal site north of Skerry Head.
.
1 Port Control will broadcast the status of the closure at 08:00 and 20:00 daily on VHF channel 12. Reports of obstructions or damage to aids to navigation should be made to Port Control immediately.
.
. HARBOUR MASTER
. Port Authority of Veldhaven
.
. Download as PDF   Print   Subscribe to marine notices (RSS)
. Other notices in force: 12/2034 Buoy No. 5 unlit · 13/2034 Diving operations, Quay 7
. This website uses cookies. By continuing you agree to our use of cookies.  Close
. © 2034 Port Authority of Veldhaven · Harbour House, Quay Road, Veldhaven · Privacy
''')
    arts = [dict(title='Temporary Closure of the Eastern Approach Channel for Dredging', authors=[], date='2034-04-27',
                 kind='marine notice', publication='Port Authority of Veldhaven', volume=None, issue=None)]
    write('a07_port_marine_notice', d, arts, one_line=True,
          sidecar={'url': 'https://www.veldhavenport.com/navigation/marine-notices/2034/14'},
          notes=['No author (signed by the office, "HARBOUR MASTER", not a person). "MARINE NOTICE 14/2034": a',
                 'two-word label without its number -> marine notice; the notice number is no issue. The',
                 'positions table is text.'])


# ---------------------------------------------------------------------------------------------------------------
# a08: a museum's exhibition page ("Text: NAME, role" byline; "Posted" date).
def a08():
    d = Doc()
    d.src('''
. Orrin Bay Maritime Museum
. Visit   What's on   Collections   Learn   Support us   Shop
. Open today 10:00–17:00 · Free entry · Book tickets
. What's on › Exhibitions › Lights Out
.
. Exhibition
t1 Lights Out: Smugglers and Keepers on the Korvaan Coast
. 3 April – 28 September 2034 · Gallery 4, first floor · Free, no booking needed
. Posted 2 April 2034 · Text: Marguerite Oyelaran, Assistant Curator
.
. [Image: The logbook of the Skerry Head lighthouse, open at the entry for 11 November 1957. Orrin Bay Maritime Museum collection]
.
1 For a hundred and forty years the lamp at Skerry Head guided ships past the shoals at the mouth of the Korvaan. For much of that time it also guided, or failed to guide, the smugglers who worked the same waters by night. This exhibition tells the story of the keepers who tended the light and of the men and women who made a living from the darkness around it.
.
1 At its heart is the lighthouse logbook for 1957, acquired by the museum last year from the family of the last head keeper, Anselm Dray. Its entry for the night of 11 November records that the lamp was extinguished for forty minutes "owing to a fault in the clockwork". Customs records from the same night, shown here beside it, tell a different story.
.
1 Keepers and customs
1 The exhibition's first room looks at the keepers' working lives: the watches, the brass that had to be polished daily, the supply boat that came once a fortnight when the weather allowed. Letters lent by keepers' descendants show how isolated the families were, and how much they depended on the fishing communities along the shore, the same communities that ran the coast's trade in cigarettes and spirits.
.
1 The second room turns to the smugglers themselves. Their boats, their signals and their arrangements with officials are shown through objects seized by customs over the years, from a false-bottomed fish crate to a signalling lantern with a shutter cut from a biscuit tin.
.
1 Voices from the coast
1 In the final room, visitors can listen to recordings made in 2033 with people who grew up at Skerry Head and in the villages around it. Their memories are often warm, sometimes bitter, and rarely agree about who, on that November night, turned out the light.
.
. Accessibility: Gallery 4 is reached by lift. Audio described tours on the first Saturday of each month.
. Plan your visit   |   Family activity trail (PDF)   |   Large-print labels
.
. You might also like
. Ships in Bottles: A Winter Display
. Lecture: The Customs House Papers, 14 May 2034
.
. Sign up to our e-newsletter for news, events and offers   Email   Subscribe
. © Orrin Bay Maritime Museum 2034. Registered charity no. 1098844. Cookie settings · Privacy
''')
    arts = [dict(title='Lights Out: Smugglers and Keepers on the Korvaan Coast', authors=['Marguerite Oyelaran'],
                 date='2034-04-02', kind='exhibition', publication='Orrin Bay Maritime Museum', volume=None, issue=None)]
    write('a08_museum_exhibition_page', d, arts, one_line=True, notes=[
        'The page date is the "Posted" date, not the exhibition\'s opening; "Text: NAME, role" is the byline. The',
        'image caption and the visitor information are furniture; the two subheadings are text.'])


# ---------------------------------------------------------------------------------------------------------------
# a09: a conference programme page with a talk abstract (two speakers, one with an honorific; affiliations).
def a09():
    d = Doc()
    d.src('''
. HALDEN SECURITY CONFERENCE
. 12th edition · 24–26 May 2034 · Port Ilsmere
. Programme   Speakers   Venue   Register   Sponsors   Press
. Programme › Day 2 › Track B: Maritime security
. ← Back to the full programme
.
. Talk
t1 Reading the Tide Tables: Predicting Smuggling Runs from Open Data
. Thursday 25 May 2034 · 11:15–11:45 · Room B2 (Harbour Hall)
. Speakers: Dr Anneke Solvang (University of Tromsvik) & Kwame Idowu-Hart (Coastal Resilience Lab)
. Add to calendar   ★ Add to my schedule
.
1 Smugglers who use small boats choose their nights with care. They need darkness, a tide that lets them cross the bars at river mouths, and weather calm enough for an overloaded skiff. All three can be predicted weeks in advance from data that any coastal authority already publishes.
.
1 In this talk we present a model that combines tide tables, moon phase and wind forecasts to rank the nights of a month by their suitability for a crossing. Tested against five years of interception records from three coastlines, the model's ten highest-ranked nights each month accounted for more than half of all interceptions, although they make up a third of the nights.
.
1 We will discuss what this means for patrol planning, and also its limits. Smugglers can read tide tables too, and there is evidence from one coastline that crews began to shift their crossings once patrols were concentrated on the predicted nights. We close with a proposal for sharing such models between coast guards without making them public.
.
. About the speakers
. Anneke Solvang is an associate professor of oceanography at the University of Tromsvik.
. Kwame Idowu-Hart leads the data team at the Coastal Resilience Lab, an independent research group.
.
. Session chair: Hedda Marwick · Language: English · Slides will be available after the conference
.
. ‹ Previous: Port State Control after the Sanctions Era        Next: Drones Over the Shoals ›
.
. Halden Security Conference · Organised by the Halden Forum for Security Dialogue
. Code of conduct · Privacy · Contact the organisers · © 2034
''')
    arts = [dict(title='Reading the Tide Tables: Predicting Smuggling Runs from Open Data',
                 authors=['Anneke Solvang', 'Kwame Idowu-Hart'], date='2034-05-25', kind='talk',
                 publication='Halden Security Conference', volume=None, issue=None)]
    write('a09_conference_talk_abstract', d, arts, one_line=True,
          sidecar={'url': 'https://haldenconference.org/2034/programme/day-2/reading-the-tide-tables'},
          notes=['The speakers are the abstract\'s authors (honorific "Dr" left out, affiliations not part of the names);',
                 'the date is the talk\'s, the only full date the page prints for it. The masthead\'s tagline line',
                 '(edition, dates, place) is not part of the publication; the organiser in the foot is not either.'])


# ---------------------------------------------------------------------------------------------------------------
# a10: an NGO's embargoed press release (no author; the date in the embargo line; notes to editors).
def a10():
    d = Doc()
    d.src('''
. Saltmarsh Refugee Alliance
. About us | Our work | Where we work | Get involved | News | DONATE
. News › Press releases
.
. PRESS RELEASE
. EMBARGOED UNTIL 00:01 CEST, TUESDAY 13 JUNE 2034
.
t1 One in Three Delta Families Displaced by Fighting Has No Safe Water, Survey Finds
.
1 One in three families displaced by fighting in the Korvaan Delta has no reliable access to safe drinking water, according to a survey published today by the Saltmarsh Refugee Alliance.
.
1 The survey of 1,630 households in eleven displacement sites found that 34 per cent relied on river water or on tankers that came less than once a week. In the sites on the northern channel, where the water utility suspended work on three pumping stations after the kidnapping of four of its engineers in April, the figure rose to 52 per cent.
.
1 Cases of waterborne illness recorded by the Alliance's mobile clinics have more than doubled since March. Children under five account for almost half of them.
.
1 “Families who fled the fighting are now being made ill by the water they drink,” said Thandiwe Ollerenshaw, the Alliance's country director. “The pumping stations on the northern channel must be repaired, and the people who repair them must be protected. This is not a problem that can wait for the conflict to end.”
.
1 The Alliance is calling on the provincial government and the armed groups active in the delta to guarantee safe passage for water engineers, and on donors to fund emergency water trucking until the pumping stations are working again.
.
. ENDS
.
. Notes to editors
1 1. The survey was carried out between 2 and 26 May 2034 by Alliance staff in eleven sites hosting displaced families in the Korvaan Delta. Households were selected at random from site registers.
1 2. The full report, Dry Season: Water and Displacement in the Korvaan Delta, is available on request and will be published on the Alliance's website when the embargo lifts.
1 3. Thandiwe Ollerenshaw is available for interview in English and Istrelian.
.
. About the Saltmarsh Refugee Alliance: the Alliance is an independent humanitarian organisation founded in 2019 that works with displaced people in coastal and river regions. It takes no funding from parties to any conflict.
.
. Media contact: Yusuf Brandt-Okello, press officer · press@saltmarshalliance.org · +41 20 555 0193 (24 hours)
.
. Share   Facebook   X   LinkedIn   Email
. More press releases
. Alliance Opens Two Mobile Clinics on Lammer Island · 22 April 2034
. Statement on the Detention of Aid Workers in Upper Istrel · 3 March 2034
.
. Saltmarsh Refugee Alliance is a registered charity, no. 4471208. © 2034 · Privacy · Cookie settings · Safeguarding
''')
    arts = [dict(title='One in Three Delta Families Displaced by Fighting Has No Safe Water, Survey Finds', authors=[],
                 date='2034-06-13', kind='press release', publication='Saltmarsh Refugee Alliance', volume=None, issue=None)]
    write('a10_ngo_embargoed_press_release', d, arts, one_line=True, notes=[
        'No author (a press office speaks for its parent; the media contact is no author). The date is the embargo\'s',
        'lifting, the only date printed for the release. Choices: the numbered "Notes to editors" are this release\'s',
        'notes, so text (their heading is not); the standing "About the ..." paragraph is furniture, as a bio is.'])


# ---------------------------------------------------------------------------------------------------------------
# a11: a podcast episode page with show notes and a chapter list.
def a11():
    d = Doc()
    d.src('''
. The Long Watch
. A podcast about security at sea
. Episodes   About   Hosts   Newsletter   Support the show
. Listen on: Apple Podcasts · Spotify · Pocket Casts · YouTube · RSS
.
. Episode 63
t1 The Smugglers' Calendar
. May 31, 2034 · 48 min
. Host: Priya Lindqvist-Osei
. ▶ Play episode    ⤓ Download MP3 (44 MB)    Share
.
1 Why do smuggling boats on the Korvaan coast cross on some nights and not on others? This week I talk to oceanographer Anneke Solvang, who has built a model that ranks the nights of a month by how good they are for a crossing, using nothing but tide tables, the moon and the weather forecast.
.
1 We talk about how she first noticed the pattern in five years of interception records, why the smugglers' best nights are often not the darkest ones, and what happened on one coastline when patrols started using her predictions. Anneke also explains why she thinks models like hers should be shared between coast guards but kept out of public view.
.
1 Later in the episode, former ferry captain Osric Tallow describes forty years of crossing the northern channel, and what the recent ferry strikes say about how safe the channel has become.
.
. Chapters
. 00:00 Introduction
. 02:40 Five years of interception records
. 14:05 The best nights are not the darkest
. 27:30 When smugglers read the tide tables too
. 36:15 Osric Tallow on the northern channel
. 46:20 Coming up next week
.
. Credits: produced by Lorna Esquivel-Barr, music by the Fennick Quartet.
. Supporters get ad-free episodes and full transcripts. Become a supporter
. ← Episode 62: Who Owns the Free Port?          Episode 64: Lighthouses and Informers →
. © 2034 The Long Watch. Made by Gullwing Audio.
''')
    arts = [dict(title="The Smugglers' Calendar", authors=['Priya Lindqvist-Osei'], date='2034-05-31', kind='podcast',
                 publication='The Long Watch', volume=None, issue=None)]
    write('a11_podcast_episode_show_notes', d, arts, one_line=True,
          sidecar={'url': 'https://thelongwatch.fm/episodes/63-the-smugglers-calendar'},
          notes=['Choice: the host, who writes the show notes in the first person, is the author; guests and the',
                 'producer are not. The episode number is no issue. The chapter list is furniture (README, "Podcasts").',
                 'The show named in the masthead is the publication, not the company in the foot.'])


# ---------------------------------------------------------------------------------------------------------------
# a12: a book excerpt on a publisher's site ("From TITLE, by NAME"; dd/mm/yyyy).
def a12():
    d = Doc()
    d.src('''
. FERROUS LANE BOOKS
. Books   Authors   Reading room   Events   Submissions   Basket (0)
. Home / Reading room / Excerpts
.
. EXCERPT
t1 The Night the Lamp Went Out at Skerry Head
. From The Salt Roads: Smugglers, Sailors and the State, by Ottilie Marchbank
. 18/04/2034
.
1 The logbook says that the lamp failed at a quarter past one. Anselm Dray, who had kept the Skerry Head light for nineteen years, wrote the entry himself, in the careful upright hand of a man who knew that every line of the book might one day be read by an inspector: "Lamp extinguished owing to a fault in the clockwork. Relit 1.55. Weather fair, wind light south-westerly, sea calm."
.
1 It was, by every other account, a perfect night for it. The moon had set before midnight. The tide was high at half past one, which meant that a boat drawing four feet could cross the bar at the mouth of the Korvaan without waiting for daylight. And for forty minutes, the only light on that stretch of coast was out.
.
1 The customs launch stationed at Saltgrave did not put to sea that night. Its log, which survives in the archive of the customs house, records that the engine was under repair. Its master was a cousin of Dray's wife. Two days later, a lorry carrying eleven hundred cartons of cigarettes was stopped on the coast road north of Port Mabeko, and its driver told the police that he had collected them from a beach below the lighthouse.
.
1 Nobody was ever charged with turning out the light. Dray retired the following spring with a commendation for long service, and the clockwork was replaced at the lighthouse board's expense. When I asked his granddaughter, sixty years later, what she thought had happened, she laughed. "The clockwork," she said, "was always very reliable when the customs men were about."
.
. The Salt Roads: Smugglers, Sailors and the State by Ottilie Marchbank is published by Ferrous Lane Books on 24 April 2034 (hardback, 312 pages). Extract reproduced with permission.
. Buy the book   |   Read more excerpts   |   Share this excerpt
.
. Join our readers' list for new books, excerpts and events.   Your email   Join
. © Ferrous Lane Books Ltd 2034. All rights reserved. Cookies help us run this site. Manage cookies
''')
    arts = [dict(title='The Night the Lamp Went Out at Skerry Head', authors=['Ottilie Marchbank'], date='2034-04-18',
                 kind='excerpt', publication='Ferrous Lane Books', volume=None, issue=None)]
    write('a12_publisher_book_excerpt', d, arts, one_line=True, notes=[
        'The book\'s author is the excerpt\'s author ("From BOOK, by NAME"); the publisher\'s site is the publication',
        '(masthead in capitals, proper form in the copyright line, without "Ltd"); 18/04/2034 is day/month/year.',
        'The page\'s label "EXCERPT" is the kind; the publication-details line after the text is furniture.'])


if __name__ == '__main__':
    for _name, _fn in sorted(dict(globals()).items()):
        if len(_name) == 3 and _name[0] == 'a' and _name[1:].isdigit():
            _fn()
