# Writes the three invented whole issues of this folder and their labels (article text ranges counted here).
# Run from this folder: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap  # noqa: E402


# 1. A courier whose masthead counts in ordinal words, with no "Volume"/"Issue"; the date only in the running footer.
i = Issue("n01_basalt_courier_ordinal_masthead")
pub = "Basalt Courier"
i.add("BASALT COURIER"); i.add("The Ninth Dispatch of the Second Year"); i.add("Notes from the volcanic borderlands"); i.add()
i.add("Inside this dispatch"); i.add("Ash Roads: Who Taxes the Lorries Below Mount Sarek ...... 1")
i.add("The Well Committees of Dunhal Plain ....................... 3"); i.add()
i.add("ANALYSIS"); i.add(); i.add("Ash Roads: Who Taxes the Lorries Below Mount Sarek"); i.add(); i.add("By Halvard Munro-Okafor"); i.add()
i.para("Lorries carrying pumice from the quarries below Mount Sarek pass through four checkpoints before they reach the coast road. Only one of them belongs to the provincial police. The other three are run by men who describe themselves as volunteers for a road-safety association that no ministry has registered [1].", 0)
i.add(None and "")
i.add()
i.para("Drivers interviewed in the market town of Elvik say the fees have doubled since the spring. They pay in cash, in fuel and, when they have neither, in sacks of pumice that the collectors sell on to a builder in the port [2]. Several said they no longer report the payments because the police officers at the first checkpoint are related to the collectors at the", 0)
i.add("Basalt Courier — 14 June 2029 — page 1")
i.add("Basalt Courier — 14 June 2029 — page 2")
i.para("third. The association denies taking money and says its members only keep the road clear of fallen rock.", 0)
i.add()
i.add("What the Fees Pay For", 0); i.add()
i.para("The money is not spent on the road. The surface between the second and third checkpoints has not been repaired in two years, and the drivers say the collectors have bought new motorcycles and a generator for a meeting hall in the hills. Provincial officials have promised an inquiry before; none has reported.", 0)
i.add()
i.add("Notes")
i.para("[1] Interviews with lorry drivers, Elvik, May 2029.", 0); i.para("[2] Interview with a builder's clerk, Port Hesk, May 30, 2029.", 0)
i.add()
i.para("Halvard Munro-Okafor is a researcher on transport and informal taxation in volcanic regions.", None)
i.add("Basalt Courier — 14 June 2029 — page 3"); i.add()
i.add("BRIEF"); i.add(); i.add("The Well Committees of Dunhal Plain"); i.add(); i.add("By Ingrid Tesfaye-Lund"); i.add()
i.para("On the Dunhal plain every village well now has a committee, and every committee has a treasurer. In at least six villages the treasurer is also the local commander of an armed group that took the plain from the army in 2027. Farmers say the water is cheaper than it was, and that this is the point: the group wants to be seen as the better administrator.", 1)
i.add()
i.para("Whether that lasts depends on the rain. A dry year would force the committees to choose between their neighbours and their fighters, and the group has not yet had to make that choice.", 1)
i.add()
i.para("Ingrid Tesfaye-Lund is a journalist who reports on water and conflict.", None)
i.add("Basalt Courier — 14 June 2029 — page 4")
arts = [dict(title="Ash Roads: Who Taxes the Lorries Below Mount Sarek", authors=["Halvard Munro-Okafor"], kind="analysis"),
        dict(title="The Well Committees of Dunhal Plain", authors=["Ingrid Tesfaye-Lund"], kind="brief")]
for a in arts: a.update(date="2029-06-14", publication=pub, volume=2, issue=9)
i.write(arts, "publication: Basalt Courier\n")

# 2. A review whose masthead prints a "Release" number over the year and no volume; the contents put authors after titles.
i = Issue("n02_steppe_shore_release_masthead")
pub = "Steppe & Shore Review"
i.add("[ STEPPE & SHORE REVIEW ]"); i.add("Release 44/2029"); i.add()
i.add("In this release:"); i.add("  The Ferrymen's Tithe on the Caspian Shore .......... 1"); i.add("  A Militia Learns to Keep Accounts ................... 3"); i.add()
i.add("COMMENTARY"); i.add(); i.add("The Ferrymen's Tithe on the Caspian Shore"); i.add("Dariga Ospanova-Reyes"); i.add()
i.para("Along a hundred kilometres of the shore, ferrymen who carry fish and fuel between the islands now pay a tithe to men who say they protect the harbours from smugglers. The men are themselves the smugglers, according to three ferry owners who spoke on condition that their villages not be named.¹", 0)
i.add()
i.para("The tithe is a tenth of each cargo, collected at the quay by a clerk with a stamp. It replaced a looser system of bribes, and some ferrymen prefer it: a fixed rate is easier to plan around than a", 0)
i.add("                              — 1 —")
i.add("STEPPE & SHORE REVIEW   Release 44/2029")
i.para("demand that changes with the mood of the man on the quay.", 0)
i.add()
i.para("The harbour authority has said nothing in public. Privately, officials say they lack boats and that the tithe has reduced violence on the quays. That is true, and it is also how a protection racket becomes a government.²", 0)
i.add(" ______"); i.add("¹ Interviews with ferry owners, April 2029.", 0); i.add("² Conversation with a harbour official, April 21, 2029.", 0); i.add()
i.add("                              — 2 —")
i.add("STEPPE & SHORE REVIEW   Release 44/2029"); i.add()
i.add("PROFILE"); i.add(); i.add("A Militia Learns to Keep Accounts"); i.add("Tomasz Adeyemi-Hale"); i.add()
i.para("The ledger was found in a school building after the militia left it. It records, in a careful hand, every payment the group received over eighteen months: from bakeries, from a bus company, from a mobile-phone shop and from the families of men it had detained.¹", 1)
i.add()
i.para("What the ledger shows is an organisation that had stopped behaving like a band of fighters and started behaving like a small tax office. It also shows the limits of that ambition: by the last pages, the entries are fewer and the sums smaller, as the traders it taxed moved away.", 1)
i.add(" ______"); i.add("¹ Copy of the ledger seen by the author, March 2029.", 1); i.add()
i.para("Tomasz Adeyemi-Hale is an analyst of armed groups' finances. Dariga Ospanova-Reyes is a reporter based on the Caspian coast.", None)
i.add("                              — 3 —")
arts = [dict(title="The Ferrymen's Tithe on the Caspian Shore", authors=["Dariga Ospanova-Reyes"], kind="commentary"),
        dict(title="A Militia Learns to Keep Accounts", authors=["Tomasz Adeyemi-Hale"], kind="profile")]
for a in arts: a.update(date="null", publication=pub, volume="null", issue=44)
i.write(arts, "publication: Steppe & Shore Review\n")

# 3. A letter-spaced bulletin whose masthead counts in "Tome" and "Fascicle"; the date is printed only in the running header.
i = Issue("n03_karst_bulletin_tome_fascicle")
pub = "Karst Bulletin"
i.add("K A R S T    B U L L E T I N"); i.add("Tome III  ·  Fascicle 7"); i.add("Caves, borders and the people who cross them"); i.add()
i.add("CONTENTS"); i.add("p. 1   The Smugglers' Caves of the Upper Valley — Lucija Brandt-Okoro"); i.add("p. 4   After the Flood: Armed Guards at the Dam — Emeka Vollmer-Sato"); i.add()
i.add("REPORT"); i.add(); i.add("The Smugglers' Caves of the Upper Valley"); i.add(); i.add("By Lucija Brandt-Okoro"); i.add()
i.para("The caves of the upper valley have always been used by smugglers. What changed last winter was the cargo: instead of cigarettes and coffee, the porters who climb through the limestone passages now carry rifles, and the men who hire them speak of a cause rather than a price [1].", 0)
i.add()
i.para("Border guards say they know the entrances and cannot watch them all. A senior officer in the valley town said his unit has eleven men for forty kilometres of mountain, and that the porters know the shift patterns better than his own sergeants do [2].", 0)
i.add("KARST BULLETIN  III/7  ·  3 September 2029                        2")
i.add()
i.para("Families in the villages below the caves are divided. Some earn more from a single night of portering than from a month of farming; others fear that the valley will be treated as an enemy once the rifles are used.", 0)
i.add()
i.add("NOTES")
i.para("[1] Interviews with two former porters, January 2029.", 0); i.para("[2] Interview with a border guard officer, February 12, 2029.", 0)
i.add()
i.para("Lucija Brandt-Okoro is a researcher on mountain borders and smuggling economies.", None)
i.add("KARST BULLETIN  III/7  ·  3 September 2029                        3"); i.add()
i.add("ANALYSIS"); i.add(); i.add("After the Flood: Armed Guards at the Dam"); i.add(); i.add("By Emeka Vollmer-Sato"); i.add()
i.para("When the spring flood broke the old embankment, the company that runs the dam hired a private guard force to protect the repair works. Within weeks, residents say, the guards had begun to stop traffic on the valley road and to ask drivers for a fee to pass [1].", 1)
i.add()
i.para("The company says the guards answer to it alone and that any fees are unauthorised. The residents' complaint is simpler: no one they can vote for controls the men with guns on their road.", 1)
i.add()
i.add("NOTES")
i.para("[1] Residents' petition to the district council, June 2029.", 1)
i.add()
i.para("Emeka Vollmer-Sato is a journalist who covers infrastructure and security.", None)
i.add("KARST BULLETIN  III/7  ·  3 September 2029                        4")
arts = [dict(title="The Smugglers' Caves of the Upper Valley", authors=["Lucija Brandt-Okoro"], kind="report"),
        dict(title="After the Flood: Armed Guards at the Dam", authors=["Emeka Vollmer-Sato"], kind="analysis")]
for a in arts: a.update(date="2029-09-03", publication=pub, volume=3, issue=7)
i.write(arts, "publication: Karst Bulletin\n")
