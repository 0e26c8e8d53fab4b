"""Writes authors22-new/pub_*: NEW invented pages (written after the pub_ rules, labelled before any run) of sites known
by their initials, in other wordings, sites and orders (issue 6, publications). Lines starting with '+' are article
text. Run: python3 pub_gen.py"""
import json

FILES = {
"pub_n01_union_title_suffix_copyright": dict(
    url="https://www.cswf.example/news/depot-guards-attacked",
    label=dict(title="Depot guards attacked twice in one week, union says", authors=["Radomir Asante-Kjell"], date="2031-08-04",
               kind="news", publication="Cargo and Storage Workers' Federation"),
    lines="""---
title: "Depot guards attacked twice in one week, union says - CSWF"
author: unknown
date: 2031-08-04
sitename: CSWF
---
Skip to content
CSWF
About us   Join   Campaigns   News   Contact
Depot guards attacked twice in one week, union says
4 August 2031 | Radomir Asante-Kjell
+Security guards at two inland container depots were attacked in the same week by gangs looking for electronics, the federation said on Monday.
+In both cases the guards were working alone on night shifts, a practice the federation has asked employers to end since a guard was killed at a depot near Orlen last year.
+The federation will raise the attacks at the national safety forum this month and is asking members to report every incident, however small.
Share on social media
© Cargo and Storage Workers' Federation 2031. All rights reserved.""",
),
"pub_n02_summit_acronym_bar_masthead": dict(
    url="https://summit.rcs2032.example/sessions/plenary-3",
    label=dict(title="Plenary 3: who pays for river security?", authors=["Leontine Bakshi-Morrow"], date="2031-11-17",
               kind="session summary", publication="River Commerce Summit"),
    lines="""---
title: "Plenary 3: who pays for river security? | RCS 2032"
author: unknown
date: 2031-11-17
sitename: RCS 2032
---
RCS 2032 | River Commerce Summit
Agenda   Speakers   Partners   Press
Session summary
Plenary 3: who pays for river security?
By Leontine Bakshi-Morrow
+The third plenary asked a question every shipper on the river has asked since the convoy attacks began: who should pay for the escorts?
+Speakers from the barge operators wanted the state to carry the cost, as it does for the roads. The ministry's representative said operators already receive a fuel rebate that was meant to cover security.
+The session ended without agreement, but the chair proposed a working group to report before the next summit.
Partners: Ostmark Barge Operators, Tamsel Port Authority""",
),
"pub_n03_observers_acronym_after_name_in_prose": dict(
    url="https://www.hbo-mission.example/reports/first-week",
    label=dict(title="First week of the Harrowmere ballot: observers' notes", authors=[], date="2031-09-26",
               kind="report", publication="Harrowmere Ballot Observers"),
    lines="""---
title: "First week of the Harrowmere ballot: observers' notes – HBO Mission"
source: https://www.hbo-mission.example/reports/first-week
date: 2031-09-26
---
Reports   Team   Contact
First week of the Harrowmere ballot: observers' notes
+In its first week in the field, the team of the Harrowmere Ballot Observers (HBO) visited 61 polling stations in nine of the province's twelve districts.
+Observers found the stations well organised, but in two districts the local police asked to see the team's notes before allowing it to leave, which the team declined to do.
+A fuller report will follow after the count.
Privacy notice""",
),
"pub_n04_agency_capitals_address_initials_word": dict(
    url="https://kma-ostrava.example/alerts/2031/14",
    label=dict(title="Fishing vessels told to avoid the Serrin Banks after drone sightings", authors=[], date="2031-10-03",
               kind="alert", publication="Kessel Maritime Administration – Ostrava"),
    lines="""KESSEL MARITIME ADMINISTRATION – OSTRAVA
Notices to mariners and safety alerts

Alerts > 2031

SAFETY ALERT
KMA/SA/2031/14
3 October 2031

Fishing vessels told to avoid the Serrin Banks after drone sightings

+Three fishing crews have reported small drones circling their vessels over the Serrin Banks at night during the past week.
+Until the navy has identified the operators, skippers should keep at least ten miles from the banks after sunset and report any further sighting on channel 16.
+This alert will be reviewed on 17 October.
Office hours: 08:00 to 16:00, Monday to Friday""",
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
        f.write(f"    date: {lab['date']}\n    kind: {lab['kind']}\n    publication: {json.dumps(lab['publication'], ensure_ascii=False)}\n")
        f.write(f"    volume: null\n    issue: null\n    text: [{lo}-{hi}]\n")
