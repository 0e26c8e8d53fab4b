from lib import Doc, write

NAME = "p09_situation_report"
TITLE = "Duvessa Delta: Displacement After the Ostend Landing Clashes"


def build():
    d = Doc(blank=False)
    d.lines_("""
---
title: Duvessa Delta: Displacement After the Ostend Landing Clashes - Situation Report No. 7 | Delta Relief Coordination Office
source: https://deltarelief.example/reports/sitrep-7
date: 2046-06-14T11:20:00+02:00
description: Some 12,400 people have left islands in the lower delta since 2 June.
author: unknown
site_name: Delta Relief Coordination Office
---
""")
    d.web("""
Delta Relief Coordination Office
Coordination  Reports  Maps  Funding  Partners  Contact
Reports > Situation reports > Duvessa Delta
SITUATION REPORT No. 7
Duvessa Delta: Displacement After the Ostend Landing Clashes
Reporting period: 8\u201314 June 2046  |  Issued: 14 June 2046
This report is produced by the Delta Relief Coordination Office in collaboration with humanitarian partners. It covers the period from 8 to 14 June. The next report will be issued on or around 21 June.
KEY FIGURES
12,400
people displaced since 2 June
3
health posts closed
61%
of the appeal unfunded
> HIGHLIGHTS
> \u2022 Some 12,400 people have left six islands in the lower delta since fighting began near Ostend Landing on 2 June, most of them by boat to the mainland town of Cray Point.
> \u2022 Three of the five health posts on the islands have closed after their staff left; the remaining two report shortages of antibiotics and oral rehydration salts.
> \u2022 Partners have distributed emergency kits to 2,100 households in Cray Point, where more than half of the displaced are staying with host families.
> SITUATION OVERVIEW
> Fighting between the navy and the Ashen Banner Front around Ostend Landing intensified after 2 June, with shelling reported on three inhabited islands. Residents interviewed by partners in Cray Point said that they left after boats carrying armed men began to use the channels near their villages at night.
> Most of the displaced arrived with little more than what they could carry in a fishing boat. Host families in Cray Point, many of whom are themselves poor, report that their food stocks will last two to three weeks at current levels.
> HUMANITARIAN RESPONSE
> Health: Two mobile clinics have been deployed to Cray Point and have seen 1,450 patients since 6 June, mostly for diarrhoea and respiratory infections among children.
> Shelter: 640 tarpaulins have been distributed; partners estimate that a further 1,800 households need shelter support before the rains.
> Gaps and constraints: Access to the islands remains impossible for humanitarian boats. Funding for the delta appeal stands at 39 per cent.
For further information, please contact: Ines Baptiste-Odom, Head of Office, baptiste-odom@deltarelief.example
Download this report (PDF, 1.1 MB)  |  Subscribe to updates
Situation Report No. 6 (7 June 2046)  |  Situation Report No. 8 (21 June 2046)
The boundaries and names shown on maps do not imply official endorsement or acceptance.
\u00a9 Delta Relief Coordination Office 2046  |  Terms of use  |  Privacy
""", 0, blank=False)
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=[], date="2046-06-14", kind="situation report",
                 pub="Delta Relief Coordination Office", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A humanitarian situation report saved with no blank lines, opening with a crawler block (author `unknown`).",
        "Title: the crawler title without its label and site suffix, as printed over the report. Kind: SITUATION REPORT (its own label).",
        "'Situation Report No. 7' is the report's own count, not a publication's numbering of an archive: volume and issue null.",
        "The standing note about the report, the key-figures box and the contact line are furniture; the HIGHLIGHTS bullets and",
        "the section headings inside the report are text. No author: the contact named is not a writer of the report.",
    ])


if __name__ == "__main__":
    main()
