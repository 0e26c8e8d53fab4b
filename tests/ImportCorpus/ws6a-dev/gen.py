# Writes the invented whole issues of this folder (ws6a development cases: whole issues the ws6a segmentation rules were fitted to) and their labels. Run: python3 gen.py
# Run from this folder: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, wrap  # noqa: E402

P = {
 "a1": "Fishing crews on the outer reefs of Kava have started to pay a weekly fee to a group of armed men who say they keep raiders away from the moorings. The fee is collected in cash at the fuel jetty, and crews who refuse find their nets cut within days.",
 "a2": "Harbour officials say they have received no complaint, but two boat owners told this letter that they had stopped fishing the northern channel altogether rather than pay a second time to a rival group that appeared in March.",
 "a3": "The provincial police post at Port Kava has four officers and one boat, which has been out of service since the winter storms.",
 "b1": "A court in Tarawa Point has sentenced three former customs clerks to prison for selling blank clearance forms to the owners of unregistered cargo boats. The forms allowed the boats to unload at night without inspection, according to the judgment read on 28 March.",
 "b2": "The clerks admitted the sales but said that their supervisors had known of them for years. The prosecutor has opened a second inquiry into the supervisors, who remain at work.",
 "c1": "For most of the last decade, the harbours of the southern reef were quiet. Small boats moved fuel, fish and cigarettes between the islands, and the authorities tolerated the trade because it kept the island economies alive. That tolerance is now ending, and the way it ends will decide whether the reef becomes a smuggling route for armed groups.",
 "c2": "Three changes explain the shift. The first is the new fuel tax, which has made the trade in untaxed diesel far more profitable than the trade in fish. The second is the arrival of buyers from the mainland who pay in advance and ask no questions. The third is the decline of the island councils, which once settled disputes between the crews and now have neither the money nor the authority to",
 "c3": "do so. Crews that once took their quarrels to the council now settle them with the help of whoever can lend them armed men, and the lenders expect to be repaid.",
 "c4": "None of this is yet an insurgency. But the pattern is familiar from other coasts, where the men who protected a trade became the men who taxed it, and later the men who fought over it.",
 "d1": "Boatmen on the eastern canal have begun to travel in convoys after a series of night robberies on the stretch between the two great locks. Each convoy hires its own guards, usually relatives of the lock keepers, and pays them by the load.",
 "d2": "The canal authority has promised lights and a patrol boat for the summer. Until they arrive, the convoys will go on, and so will the payments.",
 "e1": "The lock keepers of the eastern canal hold the only keys to the sluices, and for two years they have used them to charge a private toll on every barge that passes at night. The toll is modest, but it is collected by men who carry pistols and who answer to no one in the canal authority.",
 "e2": "The authority says the toll is illegal and has dismissed four keepers since January. Each dismissed keeper has been replaced by a cousin or a son, and the toll has not changed.",
 "f1": "When the river ports were privatised, the new operators inherited a workforce that had been hired by the old port committees, each loyal to one of the river clans. The operators have kept the clan foremen because they keep order on the quays, and because dismissing them would cost more than it would save.",
 "f2": "That arrangement has a price. The foremen decide who works and who does not, and a share of every wage passes through their hands. Several have become rich, and at least two are known to fund the armed men who guard the clan villages upstream.",
 "f3": "The operators say the problem belongs to the state. The state says the ports are now private. Between them, the foremen are left to run the quays as they please.",
}
def para(i, key, art): i.para(P[key], art)

# d01: no contents; a dash byline under a title; "Written by NAME from PLACE"; "By A, B and C" after a closing bio;
# page footers "ABBR N/N   page N of M" splitting a sentence; a dagger bio at a page's foot; an end mark; "* * *".
i = Issue("d01_reef_letter_dash_bylines")
pub = "Reef and Harbour Letter"
i.add("REEF AND HARBOUR LETTER"); i.add("Vol. 5, No. 3 — 2 April 2031"); i.add()
i.add("BRIEFS"); i.add()
i.add("Reef Crews Pay for Protection at Port Kava"); i.add("— Sione Halvorsen-Mbatha"); i.add()
para(i, "a1", 0); i.add(); para(i, "a2", 0); i.add(); para(i, "a3", 0)
i.add("Sione Halvorsen-Mbatha is a correspondent of the Letter based in Port Kava."); i.add()
i.add("Three Customs Clerks Jailed for Selling"); i.add("Blank Clearance Forms"); i.add("Written by Mereana Koskinen from Tarawa Point"); i.add()
para(i, "b1", 1); i.add(); para(i, "b2", 1); i.lines[-1] += " ■"; i.add()
i.add("RHL 5/3                                              page 1 of 4"); i.add()
i.add("* * *"); i.add()
i.add("ANALYSIS"); i.add()
i.add("The End of Tolerance on the Southern Reef"); i.add("By Ana Ruiz-Tanaka, Lio Fetu and Kim Obradovic*"); i.add()
para(i, "c1", 2); i.add(); para(i, "c2", 2); i.add()
i.add("________"); i.add("* Ana Ruiz-Tanaka is a senior fellow at the Kava Institute. Lio Fetu and Kim Obradovic"); i.add("are researchers at the Institute."); i.add()
i.add("RHL 5/3                                              page 2 of 4"); i.add()
para(i, "c3", 2); i.add(); para(i, "c4", 2); i.add()
i.add("RHL 5/3                                              page 3 of 4")
i.write(arts(pub, "2031-04-02", 5, 3, ("Reef Crews Pay for Protection at Port Kava", ["Sione Halvorsen-Mbatha"], "brief"),
             ("Three Customs Clerks Jailed for Selling Blank Clearance Forms", ["Mereana Koskinen"], "brief"),
             ("The End of Tolerance on the Southern Reef", ["Ana Ruiz-Tanaka", "Lio Fetu", "Kim Obradovic"], "analysis")),
        "publication: Reef and Harbour Letter\n")

# d02: bulleted contents "• Title (NAME), p. N"; "Reported by NAME in PLACE"; a closing bio then a two-line title over
# a dash byline with a place; notes closing an article before the next; an ornament line between articles.
i = Issue("d02_canal_watch_bulleted_contents")
pub = "Canal Watch"
i.add("CANAL WATCH"); i.add("Volume 9, Issue 4 · 15 May 2031"); i.add()
i.add("Contents"); i.add("• Convoys on the Eastern Canal (Petra Lindahl-Osei), p. 1")
i.add("• The Lock Keepers' Night Toll (Hamid Sørensen), p. 2"); i.add("• Clan Foremen on the Privatised Quays (Yusuf Abernethy-Kato), p. 3"); i.add()
i.add("Convoys on the Eastern Canal"); i.add("Reported by Petra Lindahl-Osei in Bram Lock"); i.add()
para(i, "d1", 0); i.add(); para(i, "d2", 0); i.add()
i.add("Petra Lindahl-Osei is the Watch's correspondent on the eastern canal."); i.add()
i.add("The Lock Keepers' Night Toll"); i.add("— Hamid Sørensen, Velde"); i.add()
para(i, "e1", 1); i.add(); para(i, "e2", 1); i.add()
i.add("Notes"); i.add("[1] Canal Authority, notice of dismissals, 12 January 2031.", 1); i.add()
i.add("◆ ◆ ◆"); i.add()
i.add("Clan Foremen on the Privatised Quays"); i.add("Yusuf Abernethy-Kato"); i.add()
para(i, "f1", 2); i.add(); para(i, "f2", 2); i.add(); para(i, "f3", 2)
i.write(arts(pub, "2031-05-15", 9, 4, ("Convoys on the Eastern Canal", ["Petra Lindahl-Osei"], "feature"),
             ("The Lock Keepers' Night Toll", ["Hamid Sørensen"], "feature"),
             ("Clan Foremen on the Privatised Quays", ["Yusuf Abernethy-Kato"], "feature")),
        "publication: Canal Watch\n")
