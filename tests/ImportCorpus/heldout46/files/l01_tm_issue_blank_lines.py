from lib import Doc

d = Doc("l01_tm_issue_blank_lines", blank=True, width=88,
        sidecar="publication: Terrorism Monitor",
        notes=["Two singular BRIEF labels, each over one piece -> brief; two pieces listed by title under no label -> feature.",
               "The editor's bio (once, after the second brief), the co-authors' joint bio after the notes and the",
               "bio printed before the last feature's text are not text; the notes heading is not text, the notes are."])
P = "Terrorism Monitor"
DATE = "2048-02-07"
b1 = d.art("Ferry Bombing Exposes Gaps in Port Screening on Lake Tumari", ["Ottilie Braganza-Weiss"], DATE, "brief", P, 46, 3)
b2 = d.art("Ansar al-Wadi Names a New Spokesman After Months of Silence", ["Ottilie Braganza-Weiss"], DATE, "brief", P, 46, 3)
f1 = d.art("Smugglers' Tithe: How the Sons of the Escarpment Finance Operations Along the Kostrava Border",
           ["Mirela Ostrowska-Dunn", "Kofi Aboagye-Lindqvist"], DATE, "feature", P, 46, 3)
f2 = d.art("Drones Over the Delta: Improvised Aerial Attacks in the Varnesh Insurgency", ["Anselm Trevisani"], DATE, "feature", P, 46, 3)

d.pages = {
    "A": ["", "TERRORISM MONITOR                    Volume XLVI  \u25c6  Issue 3", "", "2", ""],
    "B": ["", "3", "", "TERRORISM MONITOR                    Volume XLVI  \u25c6  Issue 3", ""],
    "C": ["", "TerrorismMonitorVolumeXLVI\uf0a8Issue3", "5", ""],
    "D": ["", "The Calloway Foundation  \u2022  www.calloway-foundation.org  \u2022  page 7", ""],
}

d.lines_("""
THE CALLOWAY FOUNDATION

TERRORISM MONITOR
In-depth analysis of armed movements and the states that fight them

Volume XLVI, Issue 3  \u25c6  February 7, 2048

IN THIS ISSUE:

Ferry Bombing Exposes Gaps in Port Screening on Lake Tumari
By Ottilie Braganza-Weiss .......................................................... 1

Ansar al-Wadi Names a New Spokesman After Months of Silence
By Ottilie Braganza-Weiss .......................................................... 3

Smugglers' Tithe: How the Sons of the Escarpment Finance Operations
Along the Kostrava Border
By Mirela Ostrowska-Dunn and Kofi Aboagye-Lindqvist ................................ 4

Drones Over the Delta: Improvised Aerial Attacks in the Varnesh Insurgency
By Anselm Trevisani ................................................................ 8

Terrorism Monitor is a publication of The Calloway Foundation. It is designed to be read
by policy-makers and other specialists. The opinions expressed within are solely those
of the authors and do not necessarily reflect those of The Calloway Foundation.
Unauthorized reproduction or redistribution of this or any Calloway publication is
strictly prohibited by law. For reprints contact tm-editor@calloway-foundation.org.
""")
d.gap(); d.line("BRIEF")
d.gap(); d.line("Ferry Bombing Exposes Gaps in Port Screening on Lake Tumari")
d.gap(); d.line("By Ottilie Braganza-Weiss")
d.p(b1, """On January 22, an improvised device hidden in a crate of dried fish exploded aboard the passenger ferry
Mwezi Mpya as it left the harbour at Benkoro on the northern shore of Lake Tumari. Eleven passengers were killed
and at least thirty were injured, most of them traders travelling to the weekly market at Sanduma (Lakeshore
Courier, January 23). No group has claimed the attack, but regional officials were quick to point to Ansar
al-Wadi, whose fighters have used the lake's islands as rear bases since 2045.""")
d.p(b1, """The bombing is the first attack on a passenger vessel on the lake in more than a decade. It also
exposes how thin port security remains. Benkoro's harbour has a single scanner, donated in 2046, which port
workers told reporters had been out of service since the rainy season. Cargo loaded by porters is rarely opened,
and passengers' goods are checked only when a ferry is bound for the capital (Tumari Daily, January 25).""")
d.p(b1, """The choice of target fits a pattern. Over the past year militants in the lake districts have shifted
away from attacks on army posts, which brought heavy reprisals, toward economic targets that embarrass the
authorities and raise the cost of daily life. Markets, fuel depots and now ferries have all been hit. If the
attack is the work of Ansar al-Wadi, it suggests the group is willing to accept civilian casualties on a scale
it has previously avoided, which may cost it support among the fishing communities on which it depends.""")
d.p(b1, """The government has announced that all cargo will be searched before boarding, but with dozens of
informal landing points along the shore, determined smugglers will find ways around new checks. Without
investment in equipment and in the pay of the port police, the measures are likely to lapse within months.""")
d.gap(); d.line("BRIEF")
d.gap(); d.line("Ansar al-Wadi Names a New Spokesman After Months of Silence")
d.gap(); d.line("By Ottilie Braganza-Weiss")
d.p(b2, """After nearly five months without an official statement, Ansar al-Wadi released an audio message on
January 30 introducing a new spokesman, who gave his name as Abu Safwan al-Tumari. The twelve-minute recording,
distributed through the group's usual channels on encrypted messaging apps, praised "the brothers of the
lake" and promised further attacks on "the government's ^A boats and markets," but stopped short of claiming the
Benkoro ferry bombing.""")
d.p(b2, """The group's previous spokesman, known as Abu Hamza, has not been heard from since August 2047, when
the army announced that it had killed a senior militant in an airstrike near Kibwe Island. The announcement was
never confirmed, and the group's silence fuelled speculation that it had suffered serious losses in its
leadership. The new voice and the confident tone of the message appear intended to dispel that impression.""")
d.p(b2, """The message is also notable for what it leaves out. Unlike earlier statements, it makes no mention of
the transnational movement to which Ansar al-Wadi pledged allegiance in 2044. That omission may reflect a
local turn in the group's messaging, or simply the inexperience of a new spokesman. Either way, the group's media
output deserves close attention in the coming weeks.""")
d.gap(); d.line("Ottilie Braganza-Weiss is the Editor of Terrorism Monitor.")
d.gap()
for l in d.pages["B"][1:]:
    d.line(l)
d.line("Smugglers' Tithe: How the Sons of the Escarpment Finance Operations")
d.line("Along the Kostrava Border")
d.gap(); d.line("By Mirela Ostrowska-Dunn and Kofi Aboagye-Lindqvist")
d.p(f1, """The Sons of the Escarpment have never been a large movement. At their peak in 2043 they fielded
perhaps four hundred fighters in the hills above the Kostrava border crossing, and today the number is likely
below half that. Yet the group has survived three military offensives and the death of its founder, in large
part because it has built a steady income from the traffic that crosses the border below its camps.""")
d.gap(); d.line("A Tax on Everything", f1)
d.p(f1, """Traders interviewed in the border town of Pelisar describe a system that works much like a customs
service. Lorries carrying fuel, cigarettes and building materials are stopped at informal checkpoints on the
mountain road and charged a fee that depends on the load. Drivers receive a stamped paper slip, which protects
them from further payment for the rest of the journey. [1] The group calls the payment the ushr, or tithe, a
term that gives a religious gloss to what is, in practice, a pro~tection racket.""")
d.p(f1, """The scale of the income is difficult to estimate. One former member of the group, interviewed by a
local researcher, claimed that the checkpoints brought in the equivalent of 40,000 dollars in a good month. [2]
Even if this figure is exaggerated, the sums involved are large for a movement whose fighters are paid little
and whose weapons are mostly old stock ^C captured from the army.""")
d.gap(); d.line("Partners Across the Line", f1)
d.p(f1, """The tithe depends on cooperation from people who are not members of the group. Some border officials
are believed to warn the checkpoints of army patrols, while several transport companies pay the fee in advance
each month in exchange for unhindered passage. [3] For these businesses, the payment is simply another cost of
working on a road where the state cannot guarantee safety.""")
d.p(f1, """This network of partners makes the group harder to defeat by force alone. When the army cleared the
mountain road in the spring of 2047, the checkpoints moved to side tracks used by smaller vehicles, and the
companies that had paid the group continued to do so. Within weeks, income appears to have returned to its
earlier level. [4]""")
d.gap(); d.line("Conclusion", f1)
d.p(f1, """The Sons of the Escarpment are a reminder that small insurgent groups can be remarkably resilient
when they control a choke point in a regional economy. Efforts to weaken the group would do well to focus less
on its fighters than on the officials and firms that make its tithe possible.""")
d.gap(); d.line("Notes")
d.p(f1, """[1] Interviews with traders in Pelisar, conducted by the authors in October and November 2047.""")
d.p(f1, """[2] Drago Hirvonen, "The Economics of the Border Hills," Kostrava Review of Security Studies, Vol. 9,
No. 2 (2047), pp. 41-63.""")
d.p(f1, """[3] Interview with a transport company manager, Pelisar, November 2047.""")
d.p(f1, """[4] Border Monitoring Unit, Quarterly Report on the Kostrava Crossing, January 2048.""")
d.p(None, """Mirela Ostrowska-Dunn is a senior researcher at the Halden Institute for Conflict Studies, where she
works on armed groups and illicit economies in border regions. Kofi Aboagye-Lindqvist is a doctoral candidate
at the University of Sorrevik and has conducted field research in Pelisar since 2045.""")
d.gap(); d.line("Drones Over the Delta: Improvised Aerial Attacks in the Varnesh Insurgency")
d.gap(); d.line("By Dr. Anselm Trevisani")
d.p(None, """Dr. Anselm Trevisani is a lecturer in war studies at Marrowgate University. His research focuses on
the adoption of commercial technology by non-state armed groups.""")
d.p(f2, """When the first reports emerged in 2046 that insurgents in the Varnesh Delta were dropping grenades from
hobby drones, many analysts treated them as a curiosity. Two years later, improvised aerial attacks have become
a routine part of the conflict. Local monitoring groups recorded 112 such attacks in 2047, compared with 19 the
year before. [1]""")
d.gap(); d.line("From Curiosity to Routine", f2)
d.p(f2, """The drones themselves are unremarkable. Most are small quadcopters of the kind sold for aerial
photography, bought in neighbouring countries and carried into the delta by traders. What has changed is the
skill with which they are used. Early attacks often missed their targets or failed to detonate. More recent
footage released by the insurgents shows drones hovering precisely over trenches before releasing modified
mortar rounds, a sign that operators have received training and are learning from their mistakes. [2]""")
d.p(f2, """The effect on government forces has been considerable. Soldiers at remote outposts report that the
sound of a drone now causes more fear than small-arms fire, and several positions along the southern channels
have been abandoned. [3] Army commanders have responded by requesting jamming equipment, but only a handful of
units have received it, and ^D the marshy terrain makes it difficult to move heavy systems between positions.""")
d.gap(); d.line("Limits and Prospects", f2)
d.p(f2, """There are limits to what the insurgents can achieve with such tools. Drones carry small payloads, have
short ranges and are vulnerable to weather. They have not allowed the insurgents to take and hold territory.
But they have given a weak movement a way to impose costs on a stronger enemy at little risk to its own
fighters, and other groups in the region are watching closely.""")
d.gap(); d.line("Notes")
d.p(f2, """[1] Delta Civic Monitor, Annual Incident Report 2047, published January 2048.""")
d.p(f2, """[2] Video released by insurgent media outlet, December 14, 2047; reviewed by the author.""")
d.p(f2, """[3] Interviews with two soldiers formerly posted to the southern channels, conducted by telephone,
January 2048.""")
