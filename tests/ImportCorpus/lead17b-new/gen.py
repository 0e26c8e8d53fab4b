"""Writes lead17b-new: new cases for the seventeenth session's later import rules (issue 6: an issue printed one
paragraph per line, contents entries 'Title – by NAME', titles in capitals with prepositions and an inner Arabic article,
unsigned briefs with title-case titles), written after those rules and labelled before their one run. A line opening
with '+N' is text of the file's article N (1-based). Run: python3 gen.py (its writer is lead17-new/gen.py's)."""
import json

P1 = "Port officials in Kessa said the new inspection regime had already found two tankers carrying undeclared diesel, and that their masters had been detained for questioning by the coast guard."
P2 = "The smugglers have adapted quickly. Fishermen say the fuel is now moved at night in small boats that can cross the shallows where the patrol cutters cannot follow."
P3 = "Whether the inspections last depends on money. The provincial budget pays for three months of patrols, and the ministry has not said whether it will pay for more."

FILES = {
"m01_sibling_daily_paralines_dash_by_contents": dict(
    sidecar=None, web=False,
    articles=[dict(title="Tankers Searched as Kessa Tightens Fuel Inspections", authors=["Leyla Orujova-Hart"], date="2032-05-14",
                   kind="feature", publication="Caspian Security Daily", volume=4, issue=77),
              dict(title="Border Guards Move into the Reed Beds of the Lower Samur", authors=["Farid Ismayilov-Brandt", "Katja Mereno"], date="2032-05-14",
                   kind="feature", publication="Caspian Security Daily", volume=4, issue=77)],
    lines=f"""CASPIAN SECURITY DAILY
Wednesday, May 14, 2032 | Volume 4, Issue 77
In this issue:
Tankers Searched as Kessa Tightens Fuel Inspections – by Leyla Orujova-Hart
Border Guards Move into the Reed Beds of the Lower Samur – by Farid Ismayilov-Brandt and Katja Mereno
Tankers Searched as Kessa Tightens Fuel Inspections
Leyla Orujova-Hart
+1{P1}
+1{P2}
Caspian Security Daily | Volume 4 | Issue 77 | page 1 of 3
+1{P3}
Border Guards Move into the Reed Beds of the Lower Samur
By Farid Ismayilov-Brandt and Katja Mereno
+2The border guards arrived in the reed beds of the lower Samur in April, three companies of them, with boats, drones and orders to stop the cattle raids that have set villages on both banks against each other.
+2Villagers on the northern bank welcomed them at first. By May, complaints had begun to reach the district council about searches of homes and boats and about fishermen held for days without charge.
Caspian Security Daily | Volume 4 | Issue 77 | page 2 of 3
+2The guards' commander says his men are acting within the law and that the raids have stopped. Both claims may be true, and neither will settle the quarrel between the villages, which is older than the border.
Leyla Orujova-Hart is a journalist based in Kessa. Farid Ismayilov-Brandt and Katja Mereno are researchers at the Samur Valley Institute.
Caspian Security Daily | Volume 4 | Issue 77 | page 3 of 3""",
),
"m02_tm_issue_capitals_titles": dict(
    sidecar="publication: Terrorism Monitor\n", web=False,
    articles=[dict(title="Smugglers Move into the Salt Marshes off Kessa", authors=["Bartholomew Adeyemi-Lund"], date="2032-05-20",
                   kind="feature", publication="Terrorism Monitor", volume=30, issue=10),
              dict(title="A New Emir for Harakat al-Wafa in the Northern Hills", authors=["Ines Castellano-Obi"], date="2032-05-20",
                   kind="feature", publication="Terrorism Monitor", volume=30, issue=10)],
    lines="""TERRORISM MONITOR
Volume XXX, Issue 10 | May 20, 2032

SMUGGLERS MOVE INTO THE SALT MARSHES OFF KESSA

By Bartholomew Adeyemi-Lund

+1For most of the last decade the salt marshes north of Kessa were left to the
+1fishermen and the birds. Since the winter, they have become the busiest
+1smuggling route on the coast, as networks pushed out of the port by the new
+1inspections look for quieter landings.

+1The marshes suit them. The channels are too shallow for the coast guard's
+1cutters, the villages are poor and the local police post has four officers
+1and one boat.

Bartholomew Adeyemi-Lund is a researcher on maritime crime based in Kessa.

A NEW EMIR FOR HARAKAT AL-WAFA IN THE NORTHERN HILLS

By Ines Castellano-Obi

+2Harakat al-Wafa announced in April that its council had chosen a new emir to
+2replace the leader killed in a drone strike in February. The new emir, known
+2by his nom de guerre Abu Yasin, is a veteran of the group's campaign in the
+2northern hills.

+2His appointment suggests that the group will keep its focus on the hills
+2rather than on the towns of the coast, where its attacks have cost it
+2support among the traders who once paid it for protection.""",
),
"m03_sibling_issue_title_case_briefs": dict(
    sidecar=None, web=False,
    articles=[dict(title="Ferry Crews Strike Over Attacks on the Lake", authors=[], date="2032-06-01",
                   kind="brief", publication="Great Lakes Security Review", volume=9, issue=6),
              dict(title="A Militia Leader Surrenders in Kasenyi", authors=[], date="2032-06-01",
                   kind="brief", publication="Great Lakes Security Review", volume=9, issue=6),
              dict(title="The Gold Roads of the Upper Valley", authors=["Miriam Okafor-Steen"], date="2032-06-01",
                   kind="feature", publication="Great Lakes Security Review", volume=9, issue=6)],
    lines="""GREAT LAKES SECURITY REVIEW
Volume 9 | Issue 6 | June 2032

BRIEFS

Ferry Crews Strike Over Attacks on the Lake

+1Crews of the passenger ferries on the lake stopped work for three days at the
+1end of May after gunmen boarded two boats and robbed their passengers.

A Militia Leader Surrenders in Kasenyi

+2A commander of one of the militias of the western shore surrendered to the
+2army in Kasenyi on May 27 with eleven of his fighters and their weapons.

The Gold Roads of the Upper Valley

By Miriam Okafor-Steen

+3Since the mines of the upper valley reopened, the roads that carry their gold
+3to the lake have become the most contested ground in the province. Three
+3militias now tax the traffic on them.

+3None of the three has any interest in politics. Their quarrel is over the
+3roads, and it will last as long as the gold moves on them.""",
),
}

if __name__ == "__main__":
    import importlib.util, pathlib
    spec = importlib.util.spec_from_file_location("lead17_gen", pathlib.Path(__file__).parent.parent / "lead17-new" / "gen.py")
    lead17_gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lead17_gen)
    lead17_gen.write(FILES)
