# Writes the invented whole issues of this folder (gen6a new cases, written after the rules and measured once) and their labels. Run: python3 gen.py
# Run from this folder: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, wrap  # noqa: E402


P = {
 "a1": "Salt cooperatives on the eastern marsh have started to hire their own guards. The guards are young men from the coastal villages, armed with shotguns and paid from a levy that every salt worker now owes at the end of each season.",
 "a2": "The cooperatives say the guards are needed because the provincial police no longer patrol the marsh roads at night. Lorry drivers tell a different story: the guards stop them at the causeway and ask for a second levy before the salt can leave.",
 "a3": "Officials in the provincial capital have promised to register the guards as a municipal force. No date has been set, and the levy has already doubled.",
 "b1": "Two years after the peace agreement, the reed cutters of the western delta still cannot work the northern channels. Former fighters who kept their boats now charge a fee for every bundle of reeds taken from the water.",
 "b2": "The fee is small, but it is collected in the name of a movement that signed the agreement and promised to disarm. Its leaders deny any link to the collectors and say the men are criminals who use the movement's old name.",
 "c1": "Herders who cross the highland border each autumn now pay three different groups along the route. A militia at the pass, a customs post that sells receipts it does not record, and a band of former soldiers at the river ford all take a share of the herd.",
 "c2": "The herders have begun to travel in larger convoys, which the militia treats as a provocation. In October two herders were shot at the pass after a dispute over the count of their animals.",
 "c3": "Local councils have asked for an army post at the ford. The army says it has no men to spare for the highlands while the lowland cities remain unsettled.",
 "d1": "The ammunition found in three separate caches this year came from the same factory lot, according to markings recorded by the police. The lot was delivered to a regional garrison six years ago and was never reported missing.",
 "d2": "Investigators believe the rounds were sold in small quantities by quartermasters over several years. No officer has been charged, and the garrison's records for the period were destroyed in a fire that the inquiry describes as unexplained.",
 "e1": "Pirates working from the outer reefs no longer board the large tankers that pass through the strait. They have turned to the small inter-island freighters, whose crews are unarmed and whose owners rarely report an attack.",
 "e2": "Insurers say the change has made the strait look safer than it is. Reported incidents fell by half last year; the number of freighters that changed their routes rose by a third.",
 "f1": "Every port in the strait now has its own harbour guard, and none of them shares information with the others. A freighter robbed off one island may dock at the next without anyone asking what happened at sea.",
 "f2": "A regional reporting centre was proposed four years ago. It exists on paper, in an office with two desks and no telephone line, and its first report is still awaited.",
 "g1": "The canal authority has lost control of the lock keepers on the lower canal. Keepers who once worked for a salary now sell passage to the highest bidder, and barges that do not pay wait for days at the gates.",
 "g2": "Some keepers pass part of the money to a local strongman who protects them from dismissal. Others keep it all and say they have not been paid by the authority for eight months.",
 "h1": "Water tankers serving the outer districts of the capital travel with armed escorts hired by the tanker owners. The escorts are often off-duty police officers, who charge by the trip and answer to no one while they work.",
 "h2": "Residents say the price of water has risen because the escorts must be paid. The tanker owners say the price has risen because the city's pipes no longer reach the districts, and that without the escorts their drivers would be robbed.",
}
def para(i, key, art): i.para(P[key], art)

# g01: tome and fascicle, a bulleted contents that prints authors in brackets and pages after a comma.
i = Issue("g01_salt_marsh_tome_fascicle")
pub = "Salt Marsh Observer"
i.add("THE SALT MARSH OBSERVER"); i.add("Tome 2, Fascicle 11 — 14 February 2031"); i.add()
i.add("In this fascicle"); i.add("• The Guards of the Salt Cooperatives (Ilona Marsh-Obi), p. 1")
i.add("• Reed Cutters and the Fee Collectors (Teodor Waweru), p. 3"); i.add()
i.add("The Guards of the Salt Cooperatives"); i.add("By Ilona Marsh-Obi"); i.add()
para(i, "a1", 0); i.add(); para(i, "a2", 0)
i.add("Salt Marsh Observer · Tome 2/11 · page 1"); i.add()
para(i, "a3", 0); i.add()
i.add("Reed Cutters and the Fee Collectors"); i.add("By Teodor Waweru"); i.add()
para(i, "b1", 1); i.add()
i.add("Salt Marsh Observer · Tome 2/11 · page 2"); i.add()
para(i, "b2", 1)
i.write(arts(pub, "2031-02-14", 2, 11, ("The Guards of the Salt Cooperatives", ["Ilona Marsh-Obi"], "feature"),
             ("Reed Cutters and the Fee Collectors", ["Teodor Waweru"], "feature")), "publication: Salt Marsh Observer\n")

# g02: an edition number and a season, no volume; a numbered contents without pages, title and author apart by a dash;
# the first article prints no byline.
i = Issue("g02_highland_edition_season")
pub = "Highland Arms Report"
i.add("Highland Arms Report"); i.add("Edition 31  ·  Autumn 2030"); i.add()
i.add("CONTENTS"); i.add("1  Three Tolls on the Herders' Road — Malak Ferreira-Osei"); i.add("2  The Missing Lot — Jonas Adeyemi-Strand"); i.add()
i.add("Three Tolls on the Herders' Road"); i.add()
para(i, "c1", 0); i.add(); para(i, "c2", 0)
i.add("Highland Arms Report | Edition 31 | 1"); i.add()
para(i, "c3", 0); i.add()
i.add("The Missing Lot"); i.add(); i.add("By Jonas Adeyemi-Strand"); i.add()
para(i, "d1", 1); i.add()
i.add("Highland Arms Report | Edition 31 | 2"); i.add()
para(i, "d2", 1)
i.write(arts(pub, "2030-09-01", "null", 31, ("Three Tolls on the Herders' Road", ["Malak Ferreira-Osei"], "feature"),
             ("The Missing Lot", ["Jonas Adeyemi-Strand"], "feature")), "publication: Highland Arms Report\n")

# g03: year as volume with a number; dotted contents with a title wrapped over two lines; body titles in capitals,
# one with words the PDF ran together; "Written by" bylines.
i = Issue("g03_coral_strait_year_number")
pub = "Coral Strait Monitor"
i.add("CORAL STRAIT MONITOR"); i.add("Year 7 · Number 2 · 9 June 2030"); i.add()
i.add("Contents"); i.add("Reef Pirates Change Their Prey ................ 1")
i.add("Twelve Harbours, Twelve Guards: Why the Strait"); i.add("Has No Common Watch .......................... 3"); i.add()
i.add("REEF PIRATES CHANGETHEIR PREY"); i.add(); i.add("Written by Anahera Lindqvist"); i.add()
para(i, "e1", 0); i.add(); para(i, "e2", 0); i.add()
i.add("TWELVE HARBOURS, TWELVE GUARDS: WHY THE STRAIT"); i.add("HAS NO COMMON WATCH"); i.add(); i.add("Written by Kofi Baptiste-Nair"); i.add()
para(i, "f1", 1)
i.add("Coral Strait Monitor  ·  Year 7, No. 2                              3")
para(i, "f2", 1)
i.write(arts(pub, "2030-06-09", 7, 2, ("Reef Pirates Change Their Prey", ["Anahera Lindqvist"], "feature"),
             ("Twelve Harbours, Twelve Guards: Why the Strait Has No Common Watch", ["Kofi Baptiste-Nair"], "feature")), "publication: Coral Strait Monitor\n")

# g04: an issue number in brackets after the date, no volume; contents printed page first after a wide gap with the
# authors on the line under each title; bylines in capitals.
i = Issue("g04_canal_digest_issue_no")
pub = "Canal and Water Digest"
i.add("CANAL AND WATER DIGEST"); i.add("March 2031 (Issue No. 58)"); i.add()
i.add("Inside this issue"); i.add(" 2    Lock Keepers for Hire"); i.add("      Rosa Tembo-Lindgren"); i.add(" 4    Escorts for the Water Tankers"); i.add("      Idris Kowalczyk"); i.add()
i.add("Lock Keepers for Hire"); i.add("ROSA TEMBO-LINDGREN"); i.add()
para(i, "g1", 0); i.add(); para(i, "g2", 0); i.add()
i.add("Escorts for the Water Tankers"); i.add("IDRIS KOWALCZYK"); i.add()
para(i, "h1", 1)
i.add("Canal and Water Digest — March 2031 — 4")
para(i, "h2", 1)
i.write(arts(pub, "2031-03-01", "null", 58, ("Lock Keepers for Hire", ["Rosa Tembo-Lindgren"], "feature"),
             ("Escorts for the Water Tankers", ["Idris Kowalczyk"], "feature")), "publication: Canal and Water Digest\n")
