# Writes the invented whole issues of this folder (kinds22 development cases) and their labels. Run: python3 gen.py
# Shapes: an issue's first piece with its label and title glued to its prose (no blank line), under a contents list whose
# lines open with their page numbers or a contributors box printed as one block; an unknown phrase label over one short
# piece; contents grouped under section names (a group's name gives its titles' kind); a singular contents section over
# one unlisted piece only.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap  # noqa: E402


def arts(pub, date, volume, issue, *items):
    return [dict(title=t, authors=a, kind=k, publication=pub, date=date, volume=volume, issue=issue) for t, a, k in items]

P1 = ("Fishing crews on the northern banks report that patrol boats have not been seen for six weeks, since the coast guard moved "
      "two of its cutters south to escort grain convoys. In that time, at least four trawlers have been boarded at night by men "
      "who took fuel, radios and the catch, and who spoke the dialect of the islands across the strait.")
P2 = ("The harbour masters of three ports have written to the ministry to ask for the cutters back. The ministry says the "
      "escorts are temporary, but it has not said when they will end, and crews have begun to sail in pairs for safety.")
F = ["For a decade, the ferry routes between the mainland and the outer islands were the quietest part of the coast. That changed "
     "last spring, when the first of a series of thefts from ferry holds was reported to the harbour police, and it has not changed back.",
     "Investigators now believe that the thefts are the work of one network, which recruits deckhands with gambling debts and pays "
     "them to leave a hold unlocked. The goods are unloaded at night onto fishing boats and sold in the markets of the islands.",
     "The ferry companies have responded by fitting cameras, but the cameras are switched off as often as the holds are left open. "
     "Several captains interviewed for this article said they no longer trust their own crews, and one said he checks the holds himself.",
     "What the network shows is how easily a legal trade can carry an illegal one when nobody is paid to look. The remedy is not more "
     "cameras but more inspectors, and the ports have not hired one in five years."]

Q1 = ("The keeper of the automated light on Skerry Point, who visits it twice a week by boat to check the batteries, has not been "
      "seen since Tuesday. His boat was found drifting near the reef with its engine running, and police divers searched the channel "
      "for two days without result. Relatives say he had received threats after reporting lights moving on the reef at night.")
G = ["Night shifts at the container docks of Varrow have changed hands. The crane drivers and lashers who work after midnight are now "
     "hired through a single agency, and the agency, according to three of its former employees, answers to a gang from the old town.",
     "The gang uses the shifts to move packages through the terminal without inspection. A driver who refuses an instruction loses his "
     "shifts; one who follows it is paid in cash at the end of the week, more than the agency itself pays him for the work.",
     "Port managers say they have audited the agency twice and found nothing wrong with its paperwork. Unions say that the paperwork is "
     "exactly what the gang has been careful to keep in order, and that the audits never asked a single worker what happens at night.",
     "The remedy the unions propose is simple: hire the night shifts directly, as the port did until six years ago, and rotate them."]
H = ["Customs posts on the eastern quays have had no inspector on duty after six in the evening since the spring budget was cut. The "
     "scanners stand idle, and lorries leave the port through a gate that a single guard opens and closes by hand.",
     "Hauliers say the gate has become the preferred exit for anyone carrying goods that would not pass a scan. Officials deny that the "
     "gap is exploited, but they have not published the figures for seizures since the cuts, which they used to publish every month.",
     "The ministry says new inspectors will be hired next year. Until then, the port's busiest hours are its least watched ones."]
R1 = ("Coast guards at the mouth of the Selm river stopped two barges on Sunday carrying forty tonnes of undeclared salt bound for the "
      "highland markets, where a levy imposed by an armed group has doubled its price. The crews were released after questioning.")
R2 = ("A ferry service to the three tidal islands of the bay will begin in June, the regional council said, ending a decade in which "
      "islanders crossed the flats on foot at low tide or paid fishermen for passage. Police say the fishermen's boats were also used to "
      "carry stolen outboard engines to buyers on the islands, a trade the new service may make harder to hide.")
C = ["Ask a shopkeeper in the border towns whom he calls when he is robbed, and he will name a cousin, a neighbour or a militia commander, "
     "but rarely the police. The reasons are not hard to find, and they are not only about corruption.",
     "Police stations in the towns were closed during the emergency years and reopened with officers from the capital who speak little of "
     "the local language. They rotate every six months, before anyone has learnt their names or they have learnt the streets.",
     "Trust of this kind cannot be ordered from a ministry. It would take officers who stay, who are recruited from the towns themselves, "
     "and who are judged by whether people come to them, not by how many arrests they report to the capital each quarter."]

# 1. Contents whose lines open with their page numbers (under "Inside", no contents word); the first piece's label and title
#    glued to its prose.
i = Issue("d01_contents_pages_first_glued")
pub = "Northern Passage Monitor"
i.add("NORTHERN PASSAGE MONITOR"); i.add("Volume 6  ·  Issue 9  ·  12 March 2031"); i.add()
i.add("Inside"); i.add("  1  In brief — Boardings on the northern banks"); i.add("  2  Thieves in the ferry holds — O. Marrak-Lindqvist"); i.add()
i.add("IN BRIEF"); i.add("Boardings Return to the Northern Banks")
i.para(P1, 0); i.para(P2, 0); i.add()
i.add("Thieves in the Ferry Holds"); i.add("Oskar Marrak-Lindqvist"); i.add()
for p in F: i.para(p, 1); i.add()
i.write(arts(pub, "2031-03-12", 6, 9, ("Boardings Return to the Northern Banks", [], "brief"),
             ("Thieves in the Ferry Holds", ["Oskar Marrak-Lindqvist"], "feature")), "publication: Northern Passage Monitor\n")

# 2. A contributors box printed as one block, the label on its first line; an unknown phrase label over one short piece,
#    label and title glued to the prose.
i = Issue("d02_contributors_block_phrase_label")
pub = "Coastline Risk Review"
i.add("COASTLINE RISK REVIEW"); i.add("No. 41  —  April 2031"); i.add()
i.add("CONTRIBUTORS")
i.para("Oskar Marrak-Lindqvist is a journalist who has covered the ferry routes of the outer islands since 2024. Halima Tveit-Osei is a researcher at the Harbour Studies Centre and a former customs officer.", None)
i.add()
i.add("IN A FEW LINES"); i.add("A Lighthouse Keeper Goes Missing on Skerry Point")
i.para(Q1, 0); i.add()
i.add("Dockside Gangs and the Night Shift"); i.add("By Oskar Marrak-Lindqvist"); i.add()
for n, p in enumerate(G):
    i.para(p, 1); i.add()
    if n == 1: i.add("The Recruits", 1); i.add()
i.add("Customs Without Inspectors"); i.add("By Halima Tveit-Osei"); i.add()
for p in H: i.para(p, 2); i.add()
i.write(arts(pub, "2031-04-01", "null", 41, ("A Lighthouse Keeper Goes Missing on Skerry Point", [], "brief"),
             ("Dockside Gangs and the Night Shift", ["Oskar Marrak-Lindqvist"], "feature"),
             ("Customs Without Inspectors", ["Halima Tveit-Osei"], "feature")), "publication: Coastline Risk Review\n")

# 3. Contents grouped under section names: "Quick reads" over two titles, "Commentary" over one.
i = Issue("d03_grouped_contents")
pub = "Strait Watch"
i.add("STRAIT WATCH"); i.add("Volume 2  ·  Issue 5  ·  May 2031"); i.add()
i.add("IN THIS ISSUE                                        PAGE")
i.add("Quick reads"); i.add("   Salt smugglers caught at the river mouth             1"); i.add("   A new ferry to the tidal islands                     1")
i.add("Commentary"); i.add("   Why the border towns stopped trusting the police     2"); i.add()
i.add("QUICK READS"); i.add()
i.add("Salt smugglers caught at the river mouth"); i.add()
i.para(R1, 0); i.add()
i.add("A new ferry to the tidal islands"); i.add()
i.para(R2, 1); i.add()
i.add("Why the border towns stopped trusting the police"); i.add("Birgitta Oduya-Strand"); i.add()
for p in C: i.para(p, 2); i.add()
i.write(arts(pub, "2031-05-01", 2, 5, ("Salt smugglers caught at the river mouth", [], "brief"),
             ("A new ferry to the tidal islands", [], "brief"),
             ("Why the border towns stopped trusting the police", ["Birgitta Oduya-Strand"], "commentary")), "publication: Strait Watch\n")
