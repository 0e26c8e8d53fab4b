"""Writes authors22-dev/pub_*: invented pages of sites known by their initials, whose pages spell the name out (issue 6,
publications). Lines starting with '+' are article text. Run: python3 pub_gen.py"""
import json

FILES = {
"pub_d01_association_crawler_acronym": dict(
    url="https://www.bwa.example/news/lock-keepers-threatened",
    label=dict(title="Lock keepers threatened on the upper Baldern", authors=["Perpetua Haldane-Moss"], date="2031-03-14",
               kind="news", publication="Baldern Waterways Association"),
    lines="""---
title: "Lock keepers threatened on the upper Baldern | BWA"
author: unknown
date: 2031-03-14
sitename: BWA
---
BALDERN WATERWAYS ASSOCIATION
Keeping the canals open since 1954
News   Campaigns   Membership   Contact
News
Lock keepers threatened on the upper Baldern
By Perpetua Haldane-Moss
+Two lock keepers on the upper Baldern were threatened at knifepoint last week by men who demanded that a lock be opened at night for an unlit barge.
+The keepers refused and called the river police, who arrived more than an hour later. Nobody was hurt, but both keepers have since asked to be moved to daytime shifts.
+We ask the canal authority to restore the night patrols it withdrew two years ago and to give every remote lock a working radio.
Join the Association
Registered office: Wharf House, Baldern Quay""",
),
"pub_d02_conference_acronym_dash": dict(
    url="https://www.cmsw2031.example/programme/panels/4b",
    label=dict(title="Ports, pilots and the insider threat", authors=["Anselm Okafor-Brie", "Jutta Lindqvist-Amoah"], date="2031-02-09",
               kind="abstract", publication="Coastal Maritime Security Workshop"),
    lines="""---
title: "Ports, pilots and the insider threat | CMSW 2031"
author: unknown
date: 2031-02-09
sitename: CMSW 2031
---
CMSW 2031 — Coastal Maritime Security Workshop — Harlow Sound, 12–13 May 2031
Programme   Speakers   Venue   Register
Abstract
Ports, pilots and the insider threat
By Anselm Okafor-Brie and Jutta Lindqvist-Amoah
+Most attacks on port infrastructure in the last decade needed help from someone inside the port: a pilot, a crane driver or a clerk who sold a schedule.
+We draw on court records from four countries to describe how such insiders were recruited and what warning signs their colleagues later said they had missed.
+We end with three low-cost measures that port operators can adopt without new legislation.
Contact: programme@cmsw2031.example""",
),
"pub_d03_mission_acronym_in_prose": dict(
    url="https://omte-varland2031.example/en/statements/interim",
    label=dict(title="Interim statement on the regional council elections in Varland", authors=[], date="2031-04-02",
               kind="statement", publication="Ostmark Mission for Transparent Elections"),
    lines="""---
title: "Interim statement on the regional council elections in Varland – OMTE Varland 2031"
source: https://omte-varland2031.example/en/statements/interim
date: 2031-04-02T10:00:00+01:00
---
EN | VAR
Interim statement on the regional council elections in Varland
+The Ostmark Mission for Transparent Elections (OMTE) has observed the campaign in Varland since 3 March at the invitation of the regional electoral board.
+The campaign has been calm in most districts, but candidates in the three border districts told observers that they had been warned not to hold rallies after dark.
+The mission will publish its final report two months after the results are declared.
Privacy · Accessibility""",
),
"pub_d04_council_capitals_address_initials": dict(
    url="https://www.rcfs-council.example/press/notices/2031-07",
    label=dict(title="Council warns ferry operators after second boarding in the Tarrow Narrows", authors=[], date="2031-05-20",
               kind="press release", publication="Regional Council on Ferry Safety"),
    lines="""REGIONAL COUNCIL ON FERRY SAFETY
Notices and press releases

Home > Press > Notices > 2031

PRESS RELEASE
RCFS/PR/2031/07
20 May 2031

Council warns ferry operators after second boarding in the Tarrow Narrows

+Armed men boarded a passenger ferry in the Tarrow Narrows on Sunday night, the second such boarding this month, and took cash and phones from the crew before leaving in a fast boat.
+The council asks operators to keep to the lit channel after dark, to report any approach by a small boat at once and to delay night sailings when the coastguard cannot cover the narrows.
+The council will meet the coastguard and the operators' association on Friday to agree an escort schedule.
Media enquiries: press office, Monday to Friday""",
),
}

for name, spec in FILES.items():
    raw = spec["lines"].split("\\n") if False else spec["lines"].split("\n")
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
