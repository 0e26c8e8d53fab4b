from lib import Doc

d = Doc("l04_tm_web_version", blank=False, web=True,
        sidecar="url: https://www.calloway-foundation.org/programs/terrorism-monitor/smugglers-tithe-sons-of-the-escarpment/",
        notes=["Web version of l01's first feature; the page prints no genre label of its own, so the kind is the issue's",
               "(feature). Both authors on one comma line. Subheadings and notes are text; the notes heading, the",
               "About the authors block and all site furniture are not."])
f1 = d.art("Smugglers' Tithe: How the Sons of the Escarpment Finance Operations Along the Kostrava Border",
           ["Mirela Ostrowska-Dunn", "Kofi Aboagye-Lindqvist"], "2048-02-07", "feature", "Terrorism Monitor", 46, 3)
d.lines_("""
Skip to main content
The Calloway Foundation
Programs
Terrorism Monitor
China Brief
Eurasia Daily Monitor
Events
Support Us
Search
Home / Programs / Terrorism Monitor / Smugglers' Tithe: How the Sons of the Escarpment Finance Operations Along the Kostrava Border
Smugglers' Tithe: How the Sons of the Escarpment Finance Operations Along the Kostrava Border
Terrorism Monitor Volume: 46 Issue: 3
By Mirela Ostrowska-Dunn, Kofi Aboagye-Lindqvist
Published: 7 February 2048
Share: Facebook | X | LinkedIn | Email | Print
[Image: A lorry queue at the Pelisar checkpoint, November 2047. Photo: K. Aboagye-Lindqvist]
""")
for t in [
 "The Sons of the Escarpment have never been a large movement. At their peak in 2043 they fielded perhaps four hundred fighters in the hills above the Kostrava border crossing, and today the number is likely below half that. Yet the group has survived three military offensives and the death of its founder, in large part because it has built a steady income from the traffic that crosses the border below its camps.",
 "#A Tax on Everything",
 "Traders interviewed in the border town of Pelisar describe a system that works much like a customs service. Lorries carrying fuel, cigarettes and building materials are stopped at informal checkpoints on the mountain road and charged a fee that depends on the load. Drivers receive a stamped paper slip, which protects them from further payment for the rest of the journey.\u00b9 The group calls the payment the ushr, or tithe, a term that gives a religious gloss to what is, in practice, a protection racket.",
 "The scale of the income is difficult to estimate. One former member of the group, interviewed by a local researcher, claimed that the checkpoints brought in the equivalent of 40,000 dollars in a good month.\u00b2 Even if this figure is exaggerated, the sums involved are large for a movement whose fighters are paid little and whose weapons are mostly old stock captured from the army.",
 "#Partners Across the Line",
 "The tithe depends on cooperation from people who are not members of the group. Some border officials are believed to warn the checkpoints of army patrols, while several transport companies pay the fee in advance each month in exchange for unhindered passage.\u00b3 For these businesses, the payment is simply another cost of working on a road where the state cannot guarantee safety.",
 "This network of partners makes the group harder to defeat by force alone. When the army cleared the mountain road in the spring of 2047, the checkpoints moved to side tracks used by smaller vehicles, and the companies that had paid the group continued to do so. Within weeks, income appears to have returned to its earlier level.\u2074",
 "#Conclusion",
 "The Sons of the Escarpment are a reminder that small insurgent groups can be remarkably resilient when they control a choke point in a regional economy. Efforts to weaken the group would do well to focus less on its fighters than on the officials and firms that make its tithe possible.",
]:
    d.line(t[1:], f1) if t.startswith("#") else d.p(f1, t)
d.line("Notes")
for t in [
 "1. Interviews with traders in Pelisar, conducted by the authors in October and November 2047.",
 "2. Drago Hirvonen, \"The Economics of the Border Hills,\" Kostrava Review of Security Studies, Vol. 9, No. 2 (2047), pp. 41-63.",
 "3. Interview with a transport company manager, Pelisar, November 2047.",
 "4. Border Monitoring Unit, Quarterly Report on the Kostrava Crossing, January 2048.",
]:
    d.p(f1, t)
d.lines_("""
About the authors
Mirela Ostrowska-Dunn is a senior researcher at the Halden Institute for Conflict Studies, where she works on armed groups and illicit economies in border regions.
Kofi Aboagye-Lindqvist is a doctoral candidate at the University of Sorrevik and has conducted field research in Pelisar since 2045.
Download this issue (PDF, 1.2 MB)
Related
Drones Over the Delta: Improvised Aerial Attacks in the Varnesh Insurgency
Border Economies and Armed Groups: A Reading List
Get Terrorism Monitor in your inbox every two weeks.
Email address
Subscribe
About | Staff | Careers | Privacy Policy | Contact
\u00a9 2048 The Calloway Foundation. All rights reserved.
""")
