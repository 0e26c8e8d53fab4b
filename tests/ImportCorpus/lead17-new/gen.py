"""Writes lead17-new: new cases for the seventeenth session's import rules (issue 6), written after the rules and labelled
before their one run. A line opening with '+N' is text of the file's article N (1-based); the label ranges come from them.
Run: python3 gen.py"""
import json

FILES = {
"n01_centre_commentary_unsigned_bio": dict(
    sidecar=None, web=True,
    articles=[dict(title="The Quiet Privatisation of Coastal Patrols", authors=["Anneke Drozdov-Mensah"], date="2032-03-03",
                   kind="commentary", publication="Institute for Maritime Governance", volume=None, issue=None)],
    lines="""Institute for Maritime Governance
Research | Commentary | People | Events | About
Commentary
The Quiet Privatisation of Coastal Patrols
3 March 2032
A patrol boat moored at Kessvik harbour. Photo: Institute for Maritime Governance
+1Three of the four provinces on the northern coast now pay private companies to patrol their fishing grounds, and the fourth is preparing a tender. None of them has passed a law saying what those companies may do.
+1The contracts we have seen are short and vague. They oblige the companies to report illegal fishing and smuggling, but they say nothing about whether crews may board a vessel, detain its crew or use force when a boat refuses to stop.
+1In practice the companies do all three. Fishermen in two harbours told us that patrol crews had taken their catch as a fine and released them only after they paid in cash, with no receipt and no record of the stop.
+1The provinces are not wrong to want more boats at sea. But a patrol that answers to a contract rather than to a court is not policing, and the longer the arrangement lasts without rules, the harder it will be to bring back under the law.
*Prof Anneke Drozdov-Mensah is professor of maritime law at the University of Kessvik and directs the institute's ports and coasts programme.*
Cite this analysis: Drozdov-Mensah, A. (2032) 'The Quiet Privatisation of Coastal Patrols', Institute for Maritime Governance, commentary no. 41, March 2032.
« Previous: Who Insures the Ferries?
Next: Fishing Rights After the Ceasefire »
© 2032 Institute for Maritime Governance · Privacy · Accessibility""",
),
"n02_ngo_analysis_by_with_support": dict(
    sidecar="url: https://www.lakeshorewatch.example/analysis/fishing-camps-emptied-2032/\n", web=True,
    articles=[dict(title="Fishing Camps Emptied as Armed Patrols Move South", authors=["Tobiah Kwarteng-Lind"], date="2032-04-12",
                   kind="analysis", publication="Lakeshore Watch", volume=None, issue=None)],
    lines="""Lakeshore Watch
Home   Reports   Analysis   Take action   Donate
Analysis
Fishing Camps Emptied as Armed Patrols Move South
Analysis by Tobiah Kwarteng-Lind with research support from the monitoring team
12 April 2032
+1At least nine fishing camps on the southern shore of the lake have been abandoned since February, according to residents and local officials interviewed by our monitors over the past six weeks.
+1The camps emptied after armed patrols, which describe themselves as community guards, began to demand a fee for each boat launched and to confiscate nets from those who could not pay.
+1Most of the families have moved to the market town of Orrel, where they have no land and no access to the water. Some of the men have returned to fish at night, when the patrols are fewer, at considerable risk.
+1The district administration says it has asked the patrols to stop collecting fees, but it has no officers of its own on the southern shore and relies on the same groups to keep order there.
Share this: Facebook | X | Email
Related analysis
Three Years of the Lake Truce
© Lakeshore Watch 2032""",
),
"n03_sibling_issue_edited_briefs": dict(
    sidecar="publication: Coastal Conflict Monitor\n", web=False,
    articles=[dict(title="Pirates Return to the Kell Estuary", authors=["Marisol Achterberg-Oyo"], date="2032-04-01",
                   kind="brief", publication="Coastal Conflict Monitor", volume=7, issue=4),
              dict(title="Customs Officers Arrested at Port Astra", authors=["Marisol Achterberg-Oyo"], date="2032-04-01",
                   kind="brief", publication="Coastal Conflict Monitor", volume=7, issue=4),
              dict(title="Salt, Diesel and the Southern Militias", authors=["Hendrik Osei-Varga"], date="2032-04-01",
                   kind="analysis", publication="Coastal Conflict Monitor", volume=7, issue=4)],
    lines="""COASTAL CONFLICT MONITOR
Volume 7, Issue 4 | April 2032

NEWS IN BRIEF
Edited by Marisol Achterberg-Oyo

PIRATES RETURN TO THE KELL ESTUARY

+1Two cargo barges were boarded at anchor in the Kell estuary in the second week of
+1March, the first such attacks reported there since 2029. The crews were robbed of
+1cash and phones but not harmed, according to the port authority.

+1Fishermen in the estuary say the attackers came from the islands at its mouth, where
+1a group of former smugglers has reportedly been recruiting young men since the
+1autumn.

CUSTOMS OFFICERS ARRESTED AT PORT ASTRA

+2Police in Port Astra arrested four customs officers on March 21 on suspicion of taking
+2bribes to clear containers of diesel without inspection. The diesel was sold on to
+2fuel traders who supply the militias of the southern districts.

+2The arrests follow a year-long investigation by the finance ministry, which says the
+2scheme cost the treasury more than two million dollars in unpaid duties.

ANALYSIS

Salt, Diesel and the Southern Militias

By Hendrik Osei-Varga

+3The militias of the southern districts have long been described as tribal forces or
+3as the armed wings of local politicians. Both descriptions miss what now sustains
+3them: a trade in salt and diesel that runs through the coastal towns and that the
+3militias tax at every stage.

+3Salt from the pans north of Astra is carried inland by truck, and every truck pays
+3a fee at the militia checkpoints on the district roads. Diesel moves the other way,
+3from the port to the generators of the inland towns, and pays again.

+3Breaking this economy would require the government to control the roads, which it
+3has not done since the ceasefire. Until it does, the militias will have little
+3reason to disarm.

Hendrik Osei-Varga is a researcher at the Coastal Studies Centre in Astra.""",
),
"n04_tm_issue_bare_name_signed_briefs": dict(
    sidecar=None, web=False,
    articles=[dict(title="Gunmen Seize a Ferry on Lake Orrel", authors=["Jonah Ekwueme-Storm"], date="2032-04-15",
                   kind="brief", publication="Terrorism Monitor", volume=30, issue=8),
              dict(title="A New Cell Claims the Depot Bombing", authors=["Jonah Ekwueme-Storm"], date="2032-04-15",
                   kind="brief", publication="Terrorism Monitor", volume=30, issue=8),
              dict(title="The Militias of the Upper Varra and the Gold Roads", authors=["Selma Okonkwo-Brandt"], date="2032-04-15",
                   kind="feature", publication="Terrorism Monitor", volume=30, issue=8)],
    lines="""Terrorism Monitor
Volume XXX, Issue 8 | April 15, 2032

BRIEFS

Gunmen Seize a Ferry on Lake Orrel

+1Armed men seized a passenger ferry on Lake Orrel on April 2 and held its forty
+1passengers for two days before releasing them on an island near the western shore
+1(Orrel Daily, April 5). No ransom was reported, but two of the crew are missing.

+1The seizure is the first of its kind on the lake, whose ferries carry most of the
+1trade between the lakeside towns. Local officials blamed a faction that split from
+1the Orrel Front last year.

Jonah Ekwueme-Storm

A New Cell Claims the Depot Bombing

+2A group calling itself the Southern Brigades has claimed the bombing of a fuel depot
+2outside Varra on March 28, in which three guards were killed [1]. The group was
+2unknown until the claim, which was posted on a messaging channel used by the
+2Orrel Front in the past.

+2Security officials doubt that the group exists as more than a name, and suspect that
+2the Front is using it to deny attacks that might cost it support in the towns.

Jonah Ekwueme-Storm

Notes
+2[1] "Three guards killed in depot attack," Varra Courier, March 29, 2032.

Jonah Ekwueme-Storm is the Editor of Terrorism Monitor.

The Militias of the Upper Varra and the Gold Roads

Selma Okonkwo-Brandt

+3Since the mines of the upper Varra valley reopened in 2030, the roads that carry
+3their gold to the coast have become the most contested ground in the province.
+3Three militias now tax the traffic on them, and their rivalry has cost more lives
+3this year than the insurgency in the hills.

+3The largest of the three was formed by former miners who lost their claims when the
+3concessions were sold. It controls the road out of the valley and charges each
+3convoy a fee set by the weight of its load.

+3None of the three has any interest in the insurgency's politics. Their quarrel is
+3over the roads, and it will last as long as the gold moves on them.""",
),
"n05_publisher_web_publication_field": dict(
    sidecar="url: https://www.monitorfoundation.example/program/boats-and-barracks-the-navys-new-role/\n", web=True,
    articles=[dict(title="Boats and Barracks: The Navy's New Role on the Lake Shore", authors=["Camille Osei-Brandt"], date="2032-04-02",
                   kind="feature", publication="Militant Leadership Monitor", volume=23, issue=4)],
    lines="""Skip to main content
THE MONITOR FOUNDATION
Programs   Analysts   Publications   Events   Donate
This site uses cookies to improve your experience. Accept | Decline | Preferences
Boats and Barracks: The Navy's New Role on the Lake Shore
Publication: Militant Leadership Monitor Volume: 23 Issue: 4
By: Camille Osei-Brandt
April 2, 2032 10:20 AM Age: 2 days
+1When the navy moved a flotilla of patrol boats to the lake shore last year, it was presented as a temporary measure to stop the smuggling of weapons across the water.
+1A year later the flotilla has a permanent base, a commander who reports to no civilian authority in the province and a role in settling disputes between fishing villages.
+1Its commander, Captain Idris Mwale-Sorensen, has become one of the most powerful men on the shore, and the militias that once ran the landing stages now negotiate with him rather than with the provincial government.
+1Whether this makes the shore safer is disputed. Violence between villages has fallen, but residents say the navy's patrols now collect the same fees the militias once did.
Print  |  Email  |  Share""",
),
}

def write(files):
    """Writes each file's .txt, its sidecar (if any) and its labels, the text ranges taken from the '+N' marks."""
    for name, spec in files.items():
        raw = spec["lines"].split("\n")
        owner = {}
        lines = []
        for i, l in enumerate(raw, start=1):
            if l.startswith("+") and l[1:2].isdigit():
                owner[i] = int(l[1])
                lines.append(l[2:])
            else:
                lines.append(l)
        with open(name + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        if spec["sidecar"]:
            with open(name + ".yml", "w", encoding="utf-8") as f:
                f.write(spec["sidecar"])
        with open(name + ".labels.yml", "w", encoding="utf-8") as f:
            f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\n")
            if spec["web"]:
                f.write("one_line_per_paragraph: true\n")
            f.write("articles:\n")
            for n, a in enumerate(spec["articles"], start=1):
                mine = sorted(i for i, o in owner.items() if o == n)
                ranges, lo, prev = [], None, None
                for i in mine:
                    if lo is None: lo = prev = i; continue
                    # a run continues over blank lines only
                    if all(not lines[k - 1].strip() for k in range(prev + 1, i)): prev = i; continue
                    ranges.append((lo, prev)); lo = prev = i
                ranges.append((lo, prev))
                f.write(f"  - title: {json.dumps(a['title'], ensure_ascii=False)}\n")
                f.write(f"    authors: {json.dumps(a['authors'], ensure_ascii=False)}\n")
                f.write(f"    date: {a['date']}\n    kind: {a['kind'] or 'null'}\n")
                f.write(f"    publication: {json.dumps(a['publication'], ensure_ascii=False)}\n")
                f.write(f"    volume: {a['volume'] if a['volume'] is not None else 'null'}\n    issue: {a['issue'] if a['issue'] is not None else 'null'}\n")
                f.write("    text: [" + ", ".join(f"{x}-{y}" if x != y else f"{x}" for x, y in ranges) + "]\n")


if __name__ == "__main__":
    write(FILES)
