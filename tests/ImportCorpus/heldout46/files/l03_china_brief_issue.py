from lib import Doc

d = Doc("l03_china_brief_issue", blank=True, width=84,
        sidecar="publication: China Brief",
        notes=["Sibling monitor, masthead in capitals -> publication as site.yml names it. Two pieces listed by title",
               "under no label -> feature; singular BRIEF over the last piece -> brief. The joint bio after the second",
               "feature's notes is not text (nor a note)."])
P = "China Brief"
DATE = "2048-03-06"
f1 = d.art("The People's Armed Police Expands Its Counter-Terrorism Training Abroad", ["Wen-Li Castellane-Hu"], DATE, "feature", P, 48, 5)
f2 = d.art("Security Spending Squeezes Provincial Budgets in the Northwest", ["Aurelio Matsuda-Brennan", "Yingxue Delacroix"], DATE, "feature", P, 48, 5)
b1 = d.art("Coast Guard Drills Near the Pellaris Shoal", ["Marguerite Solano-Tran"], DATE, "brief", P, 48, 5)

d.pages = {
    "A": ["", "China Brief  |  March 6, 2048  |  2", ""],
    "B": ["", "ChinaBrief\u2022VolumeXLVIII\u2022Issue5        3", ""],
    "C": ["", "China Brief  |  March 6, 2048  |  5", ""],
}
d.lines_("""
CHINA BRIEF
Analysis of the People's Republic and its neighbours from The Calloway Foundation

Volume XLVIII  \u2022  Issue 5  \u2022  March 6, 2048

In This Issue:

The People's Armed Police Expands Its Counter-Terrorism Training Abroad
      by Wen-Li Castellane-Hu

Security Spending Squeezes Provincial Budgets in the Northwest
      by Aurelio Matsuda-Brennan and Yingxue Delacroix

Brief: Coast Guard Drills Near the Pellaris Shoal
      by Marguerite Solano-Tran

China Brief is published twice monthly by The Calloway Foundation. The views expressed are
those of the authors alone.

The People's Armed Police Expands Its Counter-Terrorism Training Abroad

by Wen-Li Castellane-Hu
""")
d.p(f1, """In January, a detachment of the People's Armed Police (PAP) completed a six-week training course for
special police units in the island republic of Valmora, the fourth such course held abroad in the past
eighteen months.[1] Official media presented the course as a routine exercise in friendship between security
services, but its scale and frequency suggest a deliberate effort to make counter-terrorism training a
regular part of the PAP's foreign engage~ment.""")
d.p(f1, """The courses follow a common format. PAP instructors teach hostage rescue, crowd control and the
protection of infrastructure, and host-country officers are invited to continue their studies at the PAP's
academies. Equipment, including vehicles and communications gear, is often donated at the end of the
course.[2] For governments with limited budgets, the offer is attractive.""")
d.gap(); d.line("Motives", f1)
d.p(f1, """Chinese commentators link the programme to the protection of Chinese citizens and investments
abroad. Several of the host countries are home to large construction projects financed by Chinese banks, and
attacks on workers at such projects have increased in recent years.[3] Training local police to respond to
such incidents may be seen as a cheaper and less visible alternative to deploying Chinese security personnel
^A directly.""")
d.p(f1, """The programme also builds relationships. Officers who train at PAP academies return home with
contacts and, in some cases, with a favourable view of Chinese approaches to public order. Over time, such
ties may give Beijing influence over how partner governments define and respond to threats.""")
d.gap(); d.line("Notes")
d.p(f1, """[1] "PAP Detachment Concludes Joint Training in Valmora," PAP News, January 28, 2048.""")
d.p(f1, """[2] Ministry of the Interior of Valmora, press statement, January 30, 2048.""")
d.p(f1, """[3] Wen-Li Castellane-Hu, "Protecting the Belt: Attacks on Chinese Workers Abroad, 2040-2047," working
paper, Institute for Asian Security Studies, 2047.""")
d.p(None, """Wen-Li Castellane-Hu is a research associate at the Institute for Asian Security Studies.""")
d.gap(); d.line("Security Spending Squeezes Provincial Budgets in the Northwest")
d.gap(); d.line("by Aurelio Matsuda-Brennan and Yingxue Delacroix")
d.p(f2, """Provincial budget reports released in February show that public security spending in the three
northwestern provinces rose by an average of nine percent in 2047, even as overall revenue fell.[1] The
increase continues a trend that began in the early 2040s and has left several provinces dependent on transfers
from the central government to pay for police, surveillance systems and detention facilities.""")
d.p(f2, """The burden falls unevenly. Prefectures with large border areas spend a far greater share of their
budgets on security than those in the interior, and several have reported delays in paying teachers and
health workers.[2] Local officials have little room to cut security spending, since their performance ^B is
judged in part on the absence of incidents, but they face growing pressure to balance their books.""")
d.gap(); d.line("Implications", f2)
d.p(f2, """Beijing has so far been willing to cover the gap, but its own finances are under strain. If transfers
are reduced, provincial governments may be forced to choose between maintaining the security apparatus and
providing basic services. Either choice carries risks for stability in the region.""")
d.gap(); d.line("Notes")
d.p(f2, """1. Provincial finance bureaus, budget execution reports for 2047, published February 2048.""")
d.p(f2, """2. Local media reports compiled by the authors, November 2047 to February 2048.""")
d.p(None, """Aurelio Matsuda-Brennan is an economist who writes on Chinese public finance. Yingxue Delacroix is a
doctoral researcher at the University of Lanverre, where she studies policing in western China.""")
d.gap(); d.line("BRIEF")
d.gap(); d.line("Coast Guard Drills Near the Pellaris Shoal")
d.gap(); d.line("by Marguerite Solano-Tran")
d.p(b1, """Chinese coast guard vessels conducted two days of exercises near the Pellaris Shoal in late February,
according to a statement from the coast guard's southern command.[1] The drills, which included boarding
practice and the use of water cannon, took place within waters also claimed by two neighbouring states,
both of which protested.""")
d.p(b1, """The exercises came a week after a fishing vessel from one of those states was ordered out of the
area, and appear designed to reinforce China's claim without ^C resorting to the navy. Similar drills in
2046 were followed by months of tension at sea.""")
d.gap(); d.line("Notes")
d.p(b1, """[1] China Coast Guard, southern command statement, February 27, 2048.""")
d.p(None, """Marguerite Solano-Tran is the Editor of China Brief.""")
