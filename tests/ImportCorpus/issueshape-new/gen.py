# Writes five invented whole issues of invented sibling monitors and their labels (all text invented for this corpus).
import textwrap

def build(name, pub, vol, iss, date, head, arts, tail, perline=False, sidecar=True):
    lines = list(head)
    labels = []
    for a in arts:
        ranges = []
        for item in a['items']:
            if isinstance(item, tuple):          # ('raw', [lines]) : not article text
                lines += item[1]
                continue
            start = len(lines) + 1
            lines += [item] if perline else textwrap.wrap(item, 74)
            ranges.append(f"{start}-{len(lines)}" if len(lines) > start else f"{start}")
            if not perline: lines.append("")
        labels.append((a, ranges))
    lines += tail
    open(name + ".txt", "w").write("\n".join(lines) + "\n")
    with open(name + ".labels.yml", "w") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\narticles:\n")
        for a, ranges in labels:
            authors = ", ".join(f'"{x}"' for x in a['authors'])
            f.write(f'  - title: "{a["title"]}"\n    authors: [{authors}]\n    date: {date}\n    kind: {a["kind"]}\n')
            f.write(f'    publication: "{pub}"\n    volume: {vol}\n    issue: {iss}\n    text: [{", ".join(ranges)}]\n')
    open(name + ".yml", "w").write(f"publication: {pub}\n" if sidecar else "{}\n")

R = lambda *ls: ('raw', list(ls))

# i01: name and "Vol. 2, No. 9 | September 2028" on one line, an "Inside" list with the page first and the genre, labels
# COMMENTARY and IN FOCUS, a footer line at a page break inside a paragraph, "[n]" notes.
build("i01_andaman_inside_pages_first", "Andaman Sea Watch", 2, 9, "2028-09-01",
  ["ANDAMAN SEA WATCH    Vol. 2, No. 9  |  September 2028", "A monthly bulletin of the Kestrel Maritime Trust", "",
   "Inside", "p. 1   Commentary: Fuel Barges and the Night Trade", "p. 3   In Focus: The Island Courts and the Fishing Wars", "", ""],
  [dict(title="Fuel Barges and the Night Trade", authors=["Tomasz Wirawan-Hale"], kind="commentary",
        items=[R("COMMENTARY", "", "Fuel Barges and the Night Trade", "", "By Tomasz Wirawan-Hale", ""),
               "Every evening after the harbour office closes, a line of low fuel barges leaves the anchorage at Port Serai and heads for the outer islands, where diesel sells for almost twice the mainland price. Most of the barges carry licences to supply the fishing fleet. Few of them deliver all of their cargo to it. [1]",
               "Harbour clerks estimate that a third of the subsidised fuel shipped from Port Serai each month is resold at sea to trawlers from neighbouring states, whose crews pay in cash and ask no questions about where the fuel came from. The profits are shared among barge owners, customs officers and the men who run the outer island depots.",
               "The trade matters beyond the lost subsidy. The same barges that carry diesel by night have been found carrying people and timber, and at least two of the depot owners sit on the island councils that issue fishing permits. A cheap way to start would be to publish the monthly delivery records, which the harbour office already keeps. [2]",
               R("Notes"), "[1] Port Serai harbour office, delivery ledger seen by the author, July 2028.", "[2] Interviews with two barge captains, Port Serai, August 2028.", R("")]),
   dict(title="The Island Courts and the Fishing Wars", authors=["Noor Elsayed-Brandt", "Pelle Oyelaran"], kind="feature",
        items=[R("IN FOCUS", "", "The Island Courts and the Fishing Wars", "", "By Noor Elsayed-Brandt and Pelle Oyelaran", ""),
               "When two fishing crews from rival villages on Pulau Kedah fought over a reef last spring, the case went not to the district court on the mainland but to a council of elders who met under a tamarind tree and settled it in an afternoon. Nobody on the island thought this unusual. The district court had not sat on the island for six years.",
               "The councils have filled a gap that the state left open, and in many ways they work. Their rulings are quick, cheap and, because they are made in public, widely obeyed. But they have also become the arena in which larger quarrels over fishing grounds are fought, and the councils are not neutral in those quarrels.",
               R("Andaman Sea Watch  |  Vol. 2, No. 9  |  3", ""),
               "Several council members own boats or hold shares in the cold stores that buy the catch, and fishermen from outside the island say they cannot win a case against a local crew. The result has been a slow escalation: nets cut at night, engines sabotaged and, in June, a boat burned at its mooring. [1]",
               "Sending the district court back to the island would not be enough on its own. The councils have a legitimacy the court lacks, and a better course may be to give their rulings a right of appeal and to bar members from hearing cases in which they have an interest.",
               R("Notes"), "[1] Pulau Kedah police post, incident report, June 2028.", R("")])],
  ["Andaman Sea Watch is published by the Kestrel Maritime Trust. The views expressed are the authors' own."])

# i02: letter-spaced masthead and numbers, the date under them, one paragraph per line, no blank lines inside articles,
# contents "Contents" with dotted entries and the author after a dash, a BRIEFS run with a brief signed at its end.
build("i02_great_lakes_spaced_paralines", "Great Lakes Security Monitor", 5, 1, "2028-03-03",
  ["G R E A T  L A K E S  S E C U R I T Y  M O N I T O R", "V O L U M E  5  ·  N U M B E R  1", "March 3, 2028", "",
   "Contents", "Smugglers Switch to the Western Shore ......... 1", "Why the Border Markets Stay Open — Imani Roskilde-Mwangi ......... 2", "", ""],
  [dict(title="Smugglers Switch to the Western Shore", authors=["Daniel Okonkwo-Berg"], kind="brief",
        items=[R("BRIEFS", "", "Smugglers Switch to the Western Shore", ""),
               "Traders who move gold and cassiterite across the lake have abandoned the northern crossing since patrol boats began stopping canoes there in January, according to boatmen interviewed in three landing villages. The traffic now runs along the western shore, where the lake police have a single boat and no fuel budget.",
               "Local officials say the change has brought new money into villages that had none, and new arms as well. Two landing sites have been taken over by a group that charges a fee on every canoe and enforces it with rifles. Unless the patrols follow the traffic, the northern success may turn out to have only moved the problem south.",
               R("— Daniel Okonkwo-Berg", "")]),
   dict(title="Why the Border Markets Stay Open", authors=["Imani Roskilde-Mwangi"], kind="analysis",
        items=[R("ANALYSIS", "", "Why the Border Markets Stay Open", "", "By Imani Roskilde-Mwangi, Senior Researcher", ""),
               "Twice in the past year the governments on either side of the lake have ordered the weekly border markets closed, citing the smuggling of fuel and minerals. Twice the markets have reopened within a month, first quietly and then with the open approval of district officials who depend on them for revenue.",
               "The markets survive because almost everyone has a stake in them. Farmers sell their crops there, soldiers buy supplies, and local administrations collect fees that are often their only regular income. Closing the markets cuts off all of these at once, and the pressure to reopen them begins the next morning.",
               R("Great Lakes Security Monitor · Volume 5 · Number 1 · page 2"),
               "A policy that accepts the markets and tries to regulate them would have more chance of success. Registering the traders, publishing the fees and sharing the revenue between districts on both sides of the border would reduce the incentives for officials to look away from what crosses the lake.",
               R("", "Imani Roskilde-Mwangi is a senior researcher at the Lakeshore Policy Institute.", "")])],
  [], perline=True)

# i03: spelled numbers with the issue first and the date on the line ("Number Forty · Volume Four · 12 October 2028"),
# numbered contents with "by NAME", ESSAY and REPORT labels, a bio after the notes, endnotes with roman numerals.
build("i03_himalayan_spelled_numbers", "Himalayan Borderlands Bulletin", 4, 40, "2028-10-12",
  ["Himalayan Borderlands Bulletin", "Number Forty · Volume Four · 12 October 2028", "",
   "IN THIS NUMBER", "1. The Pass That Closes in Winter, by Sonam Ferreira-Lhamo", "2. Yak Herders and the New Fence, by Karma Villanueva", "", ""],
  [dict(title="The Pass That Closes in Winter", authors=["Sonam Ferreira-Lhamo"], kind="essay",
        items=[R("ESSAY", "", "The Pass That Closes in Winter", "Sonam Ferreira-Lhamo", ""),
               "For five months of the year the high pass above Tsering village is closed by snow, and for those five months the village belongs to neither of the states whose border runs along the ridge. Its school has no teacher, its clinic no medicine, and the nearest police post is three days' walk away.[i]",
               "The villagers have learned to govern themselves in winter. A council of household heads rations fuel and grain, settles quarrels and decides who may leave and who may enter. In recent years it has also had to decide what to do about the traders who cross the frozen valley with goods that neither state allows.[ii]",
               "Those decisions are becoming harder. As the road on the southern side is extended, the traders come earlier in the season and in greater numbers, and some of them now come armed. The council has asked both governments for help and received none.",
               R("Endnotes"), "i. District education office, staffing return, 2027.", "ii. Interviews with members of the Tsering council, August 2028.",
               R("", "Sonam Ferreira-Lhamo is an anthropologist who has worked in the borderlands for a decade.", "")]),
   dict(title="Yak Herders and the New Fence", authors=["Karma Villanueva"], kind="report",
        items=[R("REPORT", "", "Yak Herders and the New Fence", "Karma Villanueva", ""),
               "The fence that now runs for forty kilometres along the upper valley was built to stop smugglers, but its first victims have been the herders who have moved their yaks across the valley every summer for generations. Their summer pastures lie on the far side, and the gates in the fence open only two days a week.",
               "Herders say they have lost animals to the delay and to the hungry weeks spent waiting below the gates. Some have sold their herds; others have begun paying the gate guards to open early, a practice that has spread quickly and that the smugglers the fence was meant to stop have been quick to copy.",
               "The authorities could issue seasonal passes to registered herders, as they did for a time in the 1990s. Without such passes, the fence will go on impoverishing the herders while doing little to stop the trade it was built against.",
               R("")])],
  ["© 2028 Borderlands Research Collective"])

# i04: the date and the numbers before the name ("November 2028 — Issue No. 17 — Volume 3" over the name), no contents,
# titles in capitals, "Written by NAME" bylines, a FEATURES label over both articles, a running header at a page break.
build("i04_caribbean_date_first_no_contents", "Caribbean Maritime Monitor", 3, 17, "2028-11-01",
  ["November 2028 — Issue No. 17 — Volume 3", "CARIBBEAN MARITIME MONITOR", "An independent review of security at sea", "", ""],
  [dict(title="The Ferry Routes Nobody Inspects", authors=["Rosalind Achebe-Lindqvist"], kind="feature",
        items=[R("FEATURES", "", "THE FERRY ROUTES NOBODY INSPECTS", "", "Written by Rosalind Achebe-Lindqvist", ""),
               "Inter-island ferries carry more passengers across the eastern Caribbean than all the region's airlines together, yet almost none of the smaller ports they serve have any customs or immigration officers on the quay. Passengers and cargo are checked, if at all, at the port of departure.",
               "Smuggling networks have noticed. Investigators in three territories describe shipments of cocaine and firearms moving in the luggage of ferry passengers, split into small amounts that no single seizure would reveal. The ferry companies say inspection is a matter for governments; governments say they cannot afford officers on every island.",
               R("CARIBBEAN MARITIME MONITOR | NOVEMBER 2028", ""),
               "Regional cooperation offers a way out. A shared passenger manifest, sent ahead to the port of arrival, would let a small team of officers target the few sailings that matter instead of inspecting none. The technology exists; what has been missing is an agreement to share the data.",
               R("")]),
   dict(title="Fishing Cooperatives and the Price of Protection", authors=["Jean-Baptiste Moravec"], kind="feature",
        items=[R("FISHING COOPERATIVES AND THE PRICE OF PROTECTION", "", "Written by Jean-Baptiste Moravec", ""),
               "On the southern coast of the larger islands, fishing cooperatives have begun paying armed groups to protect their boats from robbery at sea. The payments began after a spate of attacks in which outboard engines were stolen at gunpoint, and they have since become a regular charge on every landing of fish.",
               "Cooperative leaders describe the payments as an insurance premium. Police officers describe them as extortion. Both may be right: the groups that sell protection are in several cases the same groups suspected of the robberies, and the attacks stopped soon after the payments began.",
               "Breaking the arrangement will require more than arrests. The cooperatives need a coast guard that answers their calls, and the coast guard needs boats and fuel to do so. Until then, the fishermen will keep paying whoever can keep their engines safe.",
               R("")])],
  ["Caribbean Maritime Monitor is published by the Windward Security Foundation."])

# i05: "N° 23 — Vol. 7 — 1 December 2028" under the name, contents with page in brackets and "by NAME" lines, an
# ANALYSES label over two analyses, bylines of a name with an affiliation, "Notes" with numbered entries.
build("i05_mediterranean_numero_analyses", "Mediterranean Migration Monitor", 7, 23, "2028-12-01",
  ["MEDITERRANEAN MIGRATION MONITOR", "N° 23 — Vol. 7 — 1 December 2028", "",
   "In this issue", "Boats Without Captains (p. 1)", "by Lucia Benhaddou", "The Camps Behind the Coast (p. 3)", "by Yannis Okafor-Marsh", "", ""],
  [dict(title="Boats Without Captains", authors=["Lucia Benhaddou"], kind="analysis",
        items=[R("ANALYSES", "", "Boats Without Captains", "Lucia Benhaddou, Institute for Migration Studies", ""),
               "Smugglers on the southern shore have stopped sending experienced sailors with the boats they launch. Instead, one of the passengers is shown how to hold a course and handed a satellite phone, and the boat is pushed off the beach with no one aboard who has been to sea before.",
               "The change shifts the risk of prosecution from the smugglers to the migrants, since the passenger at the tiller is the one arrested on arrival. It also makes the crossings more dangerous. Rescue workers report more boats adrift with engines that have run dry or been flooded by inexperienced hands.",
               R("Mediterranean Migration Monitor · N° 23 · 2", ""),
               "Prosecutors could do much to reverse the incentive by treating the passenger pilots as witnesses rather than suspects. Their testimony is often the only evidence available against the organisers, who otherwise never set foot on a boat.",
               R("")]),
   dict(title="The Camps Behind the Coast", authors=["Yannis Okafor-Marsh"], kind="analysis",
        items=[R("The Camps Behind the Coast", "Yannis Okafor-Marsh, Coastal Research Network", ""),
               "Behind the beaches from which the boats leave lies a string of camps where migrants wait, sometimes for months, for a place on a crossing. The camps are run by the smuggling networks, and those who live in them work to pay for their passage, on farms, in workshops and on building sites.",
               "Conditions in the camps vary widely. Some are little more than rented houses; others are guarded compounds from which no one may leave without permission. Aid workers who have visited the larger compounds describe debts that grow faster than they can be paid.[1]",
               "Efforts to stop the departures have concentrated on the beaches. The camps, which are the smugglers' real assets, have received far less attention, and closing them would do more to disrupt the trade than any number of patrols at sea.",
               R("Notes"), "1. Interviews with aid workers in two coastal towns, October 2028.", R("")])],
  ["For subscriptions write to the Monitor's office."])
