# Writes the invented whole issues of this folder (ws6a new cases: whole issues written after the ws6a rules and measured once before any further change) and their labels. Run: python3 gen.py
# Run from this folder: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, wrap  # noqa: E402

P = {
 "a1": "The lagoon ferries that link the fishing villages of Marevo have carried armed escorts since February, when two boats were stopped at night and their passengers robbed. The escorts are hired by the ferry owners and paid from a surcharge added to every ticket.",
 "a2": "Passengers complain that the surcharge has doubled the price of a crossing. The owners reply that the district police have not sent a patrol boat into the lagoon for more than a year, and that without the escorts no one would travel after dark.",
 "b1": "Prosecutors in Sandvik have charged a former harbour master with taking payments to let unlicensed tankers load fuel at the old coal pier. The charge sheet lists forty-one payments over three years, most of them made in cash by the agents of two shipping companies.",
 "b2": "The harbour master denies the charges and says the payments were fees for mooring. His trial is set for September.",
 "c1": "The armed groups of the Marevo lagoon have never held territory in the way that the insurgents of the hills once did. They hold something smaller and more valuable: the channels through which fuel, fish and people move between the villages and the coast road. Whoever controls a channel controls what it carries, and can charge for it.",
 "c2": "This control rests on three things. The first is knowledge of the water, which the groups recruit from the fishing families. The second is the absence of the state, whose patrol boats have not been seen in the",
 "c3": "inner lagoon since the budget cuts of 2029. The third is the willingness of the traders to pay, which depends on the payments remaining lower than the losses the traders would suffer without them.",
 "c4": "Each of these can be changed. None of them will change by itself.",
 "d1": "Cattle traders crossing the Suvan plateau now travel with letters of safe passage bought from the militia that controls the wells. A letter costs a fixed sum per head of cattle and is honoured at every checkpoint the militia holds, which makes it, in the words of one trader, cheaper than the police and more reliable.",
 "d2": "The provincial governor has called the letters illegal. He has not yet said what the traders should carry instead.",
 "e1": "For most of the plateau's history the wells were owned by the clans whose herds drank from them, and access was negotiated season by season between elders. The militia that now guards them did not abolish that system. It took the place of the elders, and it charges for what they once gave by agreement.",
 "e2": "That change matters for any settlement. A peace that returns the wells to the clans will leave the militia without its income, and the militia knows it. A peace that leaves the wells with the militia will leave the clans with a grievance that the next armed group will",
 "e3": "know how to use. Neither outcome is stable, and the negotiators in the capital have so far avoided the question.",
 "f1": "The river port of Ostrava Nova handles a tenth of the region's grain exports, and its dockers are organised in gangs that each answer to a foreman. Since the spring, three foremen have been arrested for extortion, and the gangs they ran have been taken over by men from outside the port.",
 "f2": "The newcomers are said to be linked to the smuggling networks of the northern border. If that is true, the port's grain trade may soon carry more than grain.",
 "g1": "On the coast road south of Kirra, a new checkpoint has appeared every few weeks since the summer. None of them belongs to the army or the police. They are staffed by young men from the coastal villages who say they are protecting the road from bandits, and who charge every lorry that passes a toll for the service.",
 "g2": "The lorry drivers have begun to call the road the road of nine gates. The provincial authorities, who lack the men to remove the checkpoints, have begun to negotiate with them instead.",
}
def para(i, key, art): i.para(P[key], art)

# n01: dotted contents "Title — NAME ..... N"; a dash byline under the first title; a two-line title over "By A and B" right
# after the first article's closing bio; page footers "ABBR V/I · page N of M" inside a sentence; notes under "Sources".
i = Issue("n01_lagoon_review_dash_and_footers")
pub = "Lagoon Security Review"
i.add("LAGOON SECURITY REVIEW"); i.add("Issue 14 | Volume 3 | 6 June 2031"); i.add()
i.add("CONTENTS"); i.add("Escorts on the Lagoon Ferries — Ines Pradhan-Moller ........ 1")
i.add("Who Holds the Channels? Armed Groups and the Economy of the Marevo Lagoon — Tomas Oduya and Lise Varga ........ 2"); i.add()
i.add("Escorts on the Lagoon Ferries"); i.add("— Ines Pradhan-Moller"); i.add()
para(i, "a1", 0); i.add(); para(i, "a2", 0); i.add()
i.add("Ines Pradhan-Moller is a journalist based in Marevo who writes on the lagoon villages."); i.add()
i.add("Who Holds the Channels? Armed Groups and the"); i.add("Economy of the Marevo Lagoon"); i.add("By Tomas Oduya and Lise Varga"); i.add()
para(i, "c1", 1); i.add(); para(i, "c2", 1); i.add()
i.add("LSR 3/14  ·  page 2 of 6"); i.add()
para(i, "c3", 1); i.add(); para(i, "c4", 1); i.add()
i.add("Sources"); i.add("1. Marevo District Council, minutes of the ferry committee, March 2031.", 1)
i.add("2. Interviews with ferry owners in Marevo and Kessa, April 2031.", 1); i.add()
i.add("Tomas Oduya is a research fellow at the Coastal Studies Centre. Lise Varga is an analyst of maritime crime."); i.add()
i.add("LSR 3/14  ·  page 3 of 6")
i.write(arts(pub, "2031-06-06", 3, 14, ("Escorts on the Lagoon Ferries", ["Ines Pradhan-Moller"], "feature"),
             ("Who Holds the Channels? Armed Groups and the Economy of the Marevo Lagoon", ["Tomas Oduya", "Lise Varga"], "feature")),
        "publication: Lagoon Security Review\n")

# n02: no contents; a section label; briefs "Reported by NAME in PLACE" with an end mark "[END]"; an ornament "~ ~ ~" before a
# feature whose byline is marked with an asterisk and whose bio sits at a page's foot "* NAME is …" inside a sentence,
# with a "Continued on page 3" line.
i = Issue("n02_plateau_bulletin_reported_in")
pub = "Plateau Bulletin"
i.add("PLATEAU BULLETIN"); i.add("No. 22  —  July 2031"); i.add()
i.add("IN BRIEF"); i.add()
i.add("Traders Buy Safe Passage at the Suvan Wells"); i.add("Reported by Aziz Halloran-Mbeki in Suvan"); i.add()
para(i, "d1", 0); i.add(); para(i, "d2", 0); i.add("[END]"); i.add()
i.add("Dockers' Foremen Arrested in Ostrava Nova"); i.add("Reported by Katja Ferreira-Lund in Ostrava Nova"); i.add()
para(i, "f1", 1); i.add(); para(i, "f2", 1); i.add("[END]"); i.add()
i.add("~ ~ ~"); i.add()
i.add("The Wells and the Peace: Why the Plateau Settlement Stalls"); i.add("Marta Quaye-Sundberg*"); i.add()
para(i, "e1", 2); i.add(); para(i, "e2", 2)
i.add("Continued on page 3"); i.add()
i.add("* Marta Quaye-Sundberg is a senior researcher at the Plateau Peace Institute."); i.add()
i.add("PB No. 22   page 2 of 4"); i.add()
para(i, "e3", 2)
i.write(arts(pub, "2031-07-01", "null", 22, ("Traders Buy Safe Passage at the Suvan Wells", ["Aziz Halloran-Mbeki"], "brief"),
             ("Dockers' Foremen Arrested in Ostrava Nova", ["Katja Ferreira-Lund"], "brief"),
             ("The Wells and the Peace: Why the Plateau Settlement Stalls", ["Marta Quaye-Sundberg"], "feature")),
        "publication: Plateau Bulletin\n")

# n03: bulleted contents "• Title (NAME) — p. N"; body titles with bylines "Written by NAME from PLACE"; a brief then a feature
# after a rule "———"; a closing bio run into the last paragraph; a feature's title over a dash byline with the place.
i = Issue("n03_coast_road_digest_bullets")
pub = "Coast Road Digest"
i.add("COAST ROAD DIGEST"); i.add("Vol. 11 · No. 5 · 20 August 2031"); i.add()
i.add("In this issue"); i.add("• The Road of Nine Gates (Ruth Kamau-Lindqvist), p. 1")
i.add("• A Court Date for the Coal Pier Harbour Master (Olaf Mensah), p. 2"); i.add()
i.add("The Road of Nine Gates"); i.add("Written by Ruth Kamau-Lindqvist from Kirra"); i.add()
para(i, "g1", 0); i.add(); para(i, "g2", 0)
i.add("Ruth Kamau-Lindqvist is the Digest's correspondent on the southern coast."); i.add()
i.add("———"); i.add()
i.add("A Court Date for the Coal Pier Harbour Master"); i.add("– Olaf Mensah, Sandvik"); i.add()
para(i, "b1", 1); i.add(); para(i, "b2", 1); i.add()
i.add("CRD 11/5                                        page 2 of 2")
i.write(arts(pub, "2031-08-20", 11, 5, ("The Road of Nine Gates", ["Ruth Kamau-Lindqvist"], "feature"),
             ("A Court Date for the Coal Pier Harbour Master", ["Olaf Mensah"], "feature")),
        "publication: Coast Road Digest\n")
