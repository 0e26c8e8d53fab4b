"""A Terrorism Monitor issue printed without blank lines, its contents entries numbered."""

from lib import Doc, Pages

NAME = "k02_tm_issue_dense_numbered"
PUB = "Terrorism Monitor"
DATE = "2045-04-18"
VOL, ISS = 43, 8

T1 = "Pirate Radio Returns to the Veyl Islands"
T2 = "Fuel, Fees and Fighters: The Smuggling Economy Behind the Ossary Ridge Insurgency"
T3 = "The Lone Cell Problem: Self-Starting Plotters and the Limits of Online Monitoring in Carreland"


def build():
    d = Doc(NAME, blank_between=False)
    d.comments = [
        "Choices: the two-author bio between feature 2's text and its notes, and the 'About the author' line",
        "after feature 3's notes, are bios (not text). The singular BRIEF label covers the one piece under it.",
    ]
    a1 = d.article(T1, ["Tobiah Renner"], DATE, "brief", PUB, VOL, ISS)
    a2 = d.article(T2, ["Mireille Castaign", "Oduya Brandt"], DATE, "feature", PUB, VOL, ISS)
    a3 = d.article(T3, ["Petra Lindqvist-Amadi"], DATE, "feature", PUB, VOL, ISS)

    pages = Pages(
        d,
        header="TERRORISM MONITOR  Volume XLIII, Issue 8",
        mangled_header="TERRORISMMONITORVolumeXLIII,\uf02dIssue8",
        footer="The Halverston Foundation  ·  April 18, 2045",
    )

    d.block("""
Terrorism Monitor
A publication of The Halverston Foundation
Volume XLIII  ·  Issue 8  ·  April 18, 2045
In This Issue
1. Pirate Radio Returns to the Veyl Islands
   Tobiah Renner
2. Fuel, Fees and Fighters: The Smuggling Economy Behind the Ossary Ridge
   Insurgency
   Mireille Castaign and Oduya Brandt
3. The Lone Cell Problem: Self-Starting Plotters and the Limits of Online
   Monitoring in Carreland
   Petra Lindqvist-Amadi
Terrorism Monitor is a publication of The Halverston Foundation. The opinions
expressed within are solely those of the authors and do not necessarily
reflect those of The Halverston Foundation. Unauthorized reproduction or
redistribution of this or any Halverston publication is strictly prohibited.
BRIEF
""")
    d.title(T1)
    d.line("By Tobiah Renner")
    d.para("""A clandestine radio station calling itself Voice of the Shoals has resumed broadcasting
to the Veyl Islands after a silence of almost two years. Fishermen on the outer islands first
reported hearing it in late March, and by early April the station was on the air for two hours each
evening, reading sermons and the names of men it describes as martyrs of the archipelago.""", a1)
    d.para("""The station was last heard in 2043, before a naval operation destroyed a transmitter on
an uninhabited islet. Its return suggests that the network behind it, the Shoals Brotherhood, has
rebuilt some of its capacity. The broadcasts are in the island dialect rather than in the national
language, which points to a local rather than an imported operation.[1]""", a1)
    d.para("""Radio remains the medium that reaches the islands' older residents, many of whom have
no mobile signal. The government has promised to jam the frequency, but doing so would also cut off
the weather bulletins on which the fishing fleet relies. For now, the Brotherhood has found a voice
that the state cannot silence without silencing itself.""", a1)
    d.line("Notes")
    d.para("""[1] Veyl Islands Fisheries Cooperative, statement to members, April 3, 2045.""", a1)
    d.line("Tobiah Renner is the Editor of Terrorism Monitor.")
    pages.page()
    d.line("FEATURES")
    d.title(T2, split_at=9)
    d.line("Mireille Castaign and Oduya Brandt")
    d.para("""The insurgency in the Ossary Ridge has outlasted three military offensives and two
ceasefires. Each time the army has cleared the valleys, the Ridge People's Army has returned within
months. Most explanations for its resilience point to the terrain or to grievances over land. This
article points instead to the smuggling economy that runs along the ridge, and to the fees the
group collects from it.""", a2)
    d.para("""The ridge marks a border between two countries whose fuel prices differ by a factor of
three. Every night, motorcycles carrying jerrycans cross the passes from the cheaper side to the
dearer one. A single rider can make the crossing twice before dawn. The trade is illegal on both
sides, but it employs thousands of young men in villages where there is little other work.[1]""", a2)
    d.para("""The Ridge People's Army does not run the trade. It charges a fee for each jerrycan, and
in return it keeps the border police away from the passes it controls. Riders interviewed by the
authors in the market town of Kesh Avani said that the fee had been stable for years and was lower
than the bribes demanded by the police. Several described the group's fighters as "fairer than the
uniforms."[2]""", a2)
    d.para("""This ar|rangement has two consequences. First, it gives the group an income that does
not depend on foreign sponsors or on the goodwill of villagers. Second, it makes the army's
offensives self-defeating: every operation that closes the passes raises the price of fuel on the
dearer side, increases the profit of ^ smuggling and draws more riders into the trade once the
soldiers leave.""", a2)
    d.para("""A policy that aims to weaken the insurgency must therefore address the price gap
itself. Neither government has shown any interest in doing so, since fuel subsidies are popular on
one side and fuel taxes are needed for the budget on the other. Until they do, the Ridge People's
Army will go on taxing a trade that both governments, in effect, keep alive.[3]""", a2)
    d.para("""Mireille Castaign is a research fellow at the Institute for Border Studies in
Lanvallon. Oduya Brandt is a journalist based in Kesh Avani.""")
    d.line("Notes")
    d.para("[1] Customs Directorate, annual seizure figures, 2044.", a2)
    d.para("[2] Authors' interviews with fuel riders, Kesh Avani, February 2045.", a2)
    d.para("""[3] "Subsidy reform shelved again," Lanvallon Ledger, March 11, 2045.""", a2)
    pages.page()
    d.title(T3, split_at=8)
    d.line("By Dr Petra Lindqvist-Amadi")
    d.para("""In January 2045, police in the Carreland city of Oster Haag arrested a
seventeen-year-old who had bought chemicals and written a manifesto in the name of no group at all.
He had never met another militant, never travelled abroad and never been in contact with any
or|ganisation known to the security service. His arrest came only because a shop assistant thought
his purchase unusual and called the police.[1]""", a3)
    d.para("""The case is one of at least six such plots disrupted in Carreland in the last eighteen
months. Each involved one or two young people who radicalised largely alone, drawing on material
from several ideologies and from none. Each was missed by the online monitoring on which the
security service has come to depend.""", a3)
    d.para("""The reason is not a lack of effort. Monitoring works by following networks: who talks to
whom, who shares what, who joins which channel. Plotters who belong to no network leave few traces
that such methods can find. Their online lives look like those of thousands of other young people
who consume violent material and never act ~ on it.""", a3)
    d.para("""Carreland's response has been to widen the net, asking platforms to report more users
and schools to refer more pupils. The result has been a flood of referrals that the service cannot
assess. A better answer may lie in the kind of attention that caught the plotter in Oster Haag: shop
assistants, teachers and relatives who notice when something is wrong, and who know whom to call.[2]""", a3)
    d.line("Notes")
    d.para("""[1] Oster Haag Police, press statement, January 22, 2045.""", a3)
    d.para("""[2] Carreland Security Service, "Annual Threat Assessment 2044," Oster Haag, March
2045.""", a3)
    d.para("""About the author: Dr Petra Lindqvist-Amadi is an associate professor of criminology at
the University of Oster Haag.""")
    return d
