"""Writes the au_ files of authors22-new: invented scraped pages written after authors22's rules were fitted, labelled
before any run (issue 6, branch authors22). Lines starting with '+' are article text. Run: python3 au_gen.py"""
import json

FILES = {
"au_n01_cookie_consent_then_byline": dict(
    url="https://www.thequarrygazette.example/2031/05/14/night-buses-return-to-the-estates/",
    label=dict(title="Night buses return to the estates after a year of attacks on drivers", authors=["Priya Halloran-Mensah"], date="2031-05-14",
               kind="news", publication="The Quarry Gazette"),
    lines="""The Quarry Gazette
By continuing to use this website, you consent to our use of cookies as described in our Cookie Policy and Privacy Statement.
OK
News   Sport   Opinion   Business   Culture
News
Night buses return to the estates after a year of attacks on drivers
By Priya Halloran-Mensah
14 May 2031
+Night buses will run again through the Fellgate and Ashby estates from Monday, a year after the operator withdrew them following a string of attacks on drivers.
+The company said screens had been fitted around every driver's cab and that two community wardens would ride the last three services each night.
+Residents who work late shifts said the withdrawal had left them walking home along unlit roads or paying for taxis they could not afford.
Most read
© 2031 The Quarry Gazette""",
),
"au_n02_committee_testimony_by": dict(
    url="https://www.assembly.westrey.example/committees/justice/evidence/2031-04-29-testimony/",
    label=dict(title="Youth diversion schemes and the proposed curfew orders", authors=["Ambrose Tettey-Larsen"], date="2031-04-29",
               kind="testimony", publication="Westrey Assembly"),
    lines="""Westrey Assembly
Home   Business   Committees   Members   Visit
Justice Committee
Testimony
Youth diversion schemes and the proposed curfew orders
29 April 2031
Testimony by Ambrose Tettey-Larsen, Senior Counsel, Youth Justice Network
+Curfew orders for children under sixteen were tried in two districts a decade ago and were quietly dropped because breaches were so common that the courts stopped enforcing them.
+The diversion schemes that replaced them cost less, and the reoffending figures for the children who completed them are better than for any court order we have measured.
+I would urge the committee to fund the schemes properly before adding a power that the police themselves did not ask for.
Watch the session   Read the transcript""",
),
"au_n03_en_dash_signature_invented_letters": dict(
    url="https://www.lighthouseengineers.example/journal/notes/farewell-to-the-bell-rock-tenders/",
    label=dict(title="Farewell to the Bell Rock tenders", authors=["Tobias Lindahl-Osei"], date="2031-03-30",
               kind=None, publication="Institute of Lighthouse Engineers"),
    lines="""Institute of Lighthouse Engineers
Membership   Journal   Events   Library
Farewell to the Bell Rock tenders
30 March 2031
+The last two relief tenders of the northern lights service were sold this month, ending a hundred and forty years in which a boat, not a helicopter, carried keepers and stores to the rock.
+Both vessels will go to a museum trust, which plans to keep one of them in working order for heritage sailings in the summer.
+Members who served aboard them are invited to record their memories for the institute's oral history archive.
– Professor Tobias Lindahl-Osei, FAIIA
Back to journal notes""",
),
"au_n04_contributors_bar_roles": dict(
    url="https://www.brightwaterconsulting.example/perspectives/supply-chain-sabotage-2031/",
    label=dict(title="Sabotage on the supply chain: a checklist for logistics boards", authors=["Hanne Okereke-Blum", "Matteo Farrow-Dlamini", "Yusra Caldwell"], date="2031-06-05",
               kind="perspective", publication="Brightwater Consulting"),
    lines="""Brightwater Consulting
Services   Industries   Perspectives   Careers   Contact
Perspective
Sabotage on the supply chain: a checklist for logistics boards
5 June 2031
+Attacks on rail signalling, depots and pipelines have moved from the margins of risk registers to the agendas of board meetings.
+Most boards still treat sabotage as a security matter for the site manager. We think it belongs with the resilience of the whole network.
+Three questions help: which single points of failure would stop deliveries for a week, who would know first, and who could decide to reroute.
Contributors
Hanne Okereke-Blum | Partner, Risk Advisory
Matteo Farrow-Dlamini | Director, Logistics
Yusra Caldwell | Senior Consultant
Subscribe to Perspectives
Brightwater Consulting LLP is registered in Westrey.""",
),
"au_n05_raised_dot_date_under_byline": dict(
    url="https://kestrelwatch.example/briefs/ferry-port-checks-tightened/",
    label=dict(title="Ferry port checks tightened after explosives find", authors=["Oskar Beaumont-Achebe"], date="2031-06-21",
               kind="brief", publication="Kestrel Watch"),
    lines="""Kestrel Watch
Briefs   Analysis   Data   About
BRIEF
Ferry port checks tightened after explosives find
By Oskar Beaumont-Achebe
21·06·2031
+Police at the ferry port of Harnsey began searching every freight vehicle on Saturday after customs officers found a small quantity of commercial explosives in a trailer of building materials.
+The trailer's driver was released without charge, and investigators believe the explosives were stolen from a quarry and hidden in the load without his knowledge.
+Queues of up to four hours were reported on the approach road by the evening.
Related briefs""",
),
"au_n06_ranks_and_style_bylines": dict(
    url="https://www.defencereview-online.example/articles/reserve-forces-and-flood-relief/",
    label=dict(title="Reserve forces and flood relief: who pays when the army is called in", authors=["Farida Okon-Lind", "Cora Wendell-Ayo"], date="2031-02-11",
               kind=None, publication="Defence Review Online"),
    lines="""Defence Review Online
Latest   Land   Sea   Air   Policy
Reserve forces and flood relief: who pays when the army is called in
By Lieutenant Colonel (retd) Farida Okon-Lind and the Rt Hon Cora Wendell-Ayo MP
11 February 2031
+Every winter the army is asked to fill sandbags and evacuate care homes, and every spring the ministry of defence sends the bill to the treasury, which sends it back.
+The quarrel matters because reservists called up for floods lose civilian pay that the current rules do not fully replace.
+A standing fund for civil emergencies, held outside the defence budget, would end the argument and let commanders plan.
Share   Print""",
),
}

for name, spec in FILES.items():
    raw = spec["lines"].split("\n")
    text_lines = [i + 1 for i, l in enumerate(raw) if l.startswith("+")]
    lines = [l[1:] if l.startswith("+") else l for l in raw]
    with open(name + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(name + ".yml", "w", encoding="utf-8") as f:
        f.write(f"url: {spec['url']}\n")
    lab = spec["label"]
    lo, hi = text_lines[0], text_lines[-1]
    assert text_lines == list(range(lo, hi + 1)), name
    with open(name + ".labels.yml", "w", encoding="utf-8") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: true\narticles:\n")
        f.write(f"  - title: {json.dumps(lab['title'], ensure_ascii=False)}\n")
        f.write(f"    authors: {json.dumps(lab['authors'], ensure_ascii=False)}\n")
        f.write(f"    date: {lab['date']}\n    kind: {lab['kind'] or 'null'}\n    publication: {json.dumps(lab['publication'], ensure_ascii=False)}\n")
        f.write(f"    volume: null\n    issue: null\n    text: [{lo}-{hi}]\n")
