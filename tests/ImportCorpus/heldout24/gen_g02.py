# g02: whole Eurasia Daily Monitor issue (Volume 28, Issue 20), one paragraph per line, no blank lines, footers between
# and inside paragraphs, inline source citations, no sidecar.
import pdfkit
from corpusgen import Issue, arts
import os

d = Issue('g02_edm_issue_paralines_footers')
F = lambda p: 'Eurasia Daily Monitor \u00b7 Volume 28 \u00b7 Issue 20 \u00b7 ' + str(p)
d.add('''Eurasia Daily Monitor
Volume 28 \u2014 Issue 20 \u2014 Thursday, January 29, 2031
In this issue:
Tbilisi Tightens Oversight of Pankisi Charities After Funding Probe \u2014 by Nino Abashidze-Krall
Kazakhstan's New Border Guard Drones Face Their First Winter on the Caspian \u2014 by Daniyar Sultanbek-Ross
Tbilisi Tightens Oversight of Pankisi Charities After Funding Probe
By Nino Abashidze-Krall''')
A = 0
P = lambda t, a: d.add(t, a)
P("On January 22, Georgia's State Security Service announced that it had frozen the accounts of four charities registered in the Pankisi Gorge, the mountain valley in the country's northeast that is home to most of Georgia's Kist community. According to the service, the charities had received transfers totalling around 310,000 lari from donors in Turkey and the Gulf over the previous two years, and part of that money had been passed on to individuals who later travelled to join armed groups abroad (Interpressnews, January 22).", A)
P("The announcement came at the end of a year-long investigation that began, according to officials, when a bank in Tbilisi flagged a series of small cash withdrawals made in the same village on the same days each month. Three people have been charged with financing terrorism, and a fourth is being sought. The charities themselves deny any wrongdoing and say that the money was spent on heating fuel, school supplies and medical care for elderly residents (Pankisi Voice, January 24).", A)
P("The case has revived a long-running argument in Georgia about how to regulate religious and charitable organisations in the gorge. Community leaders in Duisi, the valley's largest village, told journalists that the freeze had left several hundred families without the fuel deliveries they had come to rely on during the winter, and that the authorities had made no attempt to distinguish between the charities' ordinary work and the transfers under investigation (Civil.ge Daily, January 25).", A)
d.add(F(2))
P("The government, for its part, has signalled that it intends to go further. On January 26, the Ministry of Justice published draft amendments that would require every charity operating in the gorge to register its foreign donors with the State Security Service and to submit quarterly reports on its spending. The draft would also allow the service to suspend a charity's registration for up to six months without a court order while an investigation is under way (Ministry of Justice of Georgia, January 26).", A)
P("Critics of the draft argue that it treats an entire community as a security risk. Representatives of two international humanitarian organisations that work in the gorge have warned that the reporting requirements would make it impossible for small local groups to continue operating, leaving", A)
d.add(F(3))
P("the valley more dependent on the very informal networks that the authorities say they want to close down (Georgian Humanitarian Forum, January 27).", A)
P("The Pankisi case illustrates a dilemma that Georgia shares with many of its neighbours. The number of Georgian citizens fighting in foreign conflicts has fallen sharply since the middle of the last decade, but the fear of a revival remains strong, and the instruments available to the state are blunt. Whether the new rules make the gorge safer, or simply make it poorer and more resentful, will depend on how carefully they are applied.", A)
d.add("Kazakhstan's New Border Guard Drones Face Their First Winter on the Caspian")
d.add('By Daniyar Sultanbek-Ross')
A = 1
P("In December, Kazakhstan's Border Service took delivery of the first twelve of a planned forty long-range drones intended to patrol the country's Caspian coastline and the maritime boundary with Turkmenistan. The drones, assembled under licence at a plant near Astana, are meant to give the service a permanent picture of a coastline that stretches for almost two thousand kilometres and that has long been used for smuggling people, weapons and sturgeon caviar (Kazinform, December 18, 2030).", A)
P("The first weeks of operation have not been smooth. According to a report by a regional news site in Aktau, two of the drones were grounded in early January after their de-icing systems failed in temperatures that fell below minus twenty degrees, and a third was damaged on landing at the Fort-Shevchenko airfield when a crosswind caught it on approach (Aktau Business, January 14).", A)
d.add('EurasiaDailyMonitor\u00b7Volume28\u00b7Issue20\u00b74')
P("Officials have been quick to play down the setbacks. The deputy head of the Border Service told parliament on January 20 that such problems were normal for a new system and that the manufacturer had already sent engineers to the coast. He also said that, in the weeks they had been flying, the drones had helped to intercept three boats carrying migrants from Iran and one carrying a consignment of hunting rifles that had no valid papers (Mazhilis press service, January 20).", A)
P("The broader purpose of the programme is as much political as practical. Since the signing of the Caspian convention, the littoral states have competed to demonstrate control over their sectors of the sea, and surveillance capabilities have become a measure of that control. A fleet of drones that cannot fly in winter would undercut the message Astana wants to send to its neighbours, and particularly to Moscow, whose own patrols of the northern Caspian have grown more frequent over the past year.", A)
P("For the Border Service, the next test will come in February, when the ice in the shallow northern waters is at its thickest and smugglers traditionally shift their routes further south. If the drones can operate reliably in those conditions, the programme is likely to be extended to the land border with Uzbekistan, where the service faces a similar combination of long distances and few patrol posts.", A)
d.add('Daniyar Sultanbek-Ross is a journalist and analyst based in Almaty who writes on security in Central Asia and the Caspian region.')
d.add('\u00a9 2031 Monitor Archive. Reproduction of this publication in whole or in part without permission is prohibited.')
d.add(F(5))
d.write(arts('Eurasia Daily Monitor', '2031-01-29', 28, 20,
    ("Tbilisi Tightens Oversight of Pankisi Charities After Funding Probe", ["Nino Abashidze-Krall"], "feature"),
    ("Kazakhstan's New Border Guard Drones Face Their First Winter on the Caspian", ["Daniyar Sultanbek-Ross"], "feature")), '')
os.remove('g02_edm_issue_paralines_footers.yml')
