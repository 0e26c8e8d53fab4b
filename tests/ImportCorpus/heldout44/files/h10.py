from lib import Doc


def build():
    d = Doc("h10_relief_situation_report", blank=False)
    d.one_line = True
    a = d.art("Kessar Depression: Drought and Displacement", [], "2046-06-01", "situation report",
              "Tarnwell Humanitarian Coordination Office", None, None)
    d.comment("'Situation Report No. 7' printed over the title: kind situation report; its number is no issue (a report series, not a periodical's numbering).")
    d.comment("The crawler block's date is 'unknown'; dated by 'Published: 1 Jun 2046' (the 'as of' date in the text is the data's). No author is named: authors [].")
    d.comment("Publication: the office whose name the masthead prints (in capitals); 'ReliefLink' in the crawler title is the office's own report service ('ReliefLink is a service of ...'), as a copy is its issuing body's.")
    d.comment("The Highlights bullets, section headings and paragraphs are text; the contacts block, the standing disclaimer and the 'Produced by' line are furniture.")
    d.f("---\ntitle: \"Kessar Depression: Drought and Displacement - Situation Report No. 7 - ReliefLink\"\n"
        "source: https://tarnwell-hco.example/reports/kessar-drought-sitrep-7\ndate: unknown\nauthor: unknown\n"
        "description: unknown\n---")
    d.f("TARNWELL HUMANITARIAN COORDINATION OFFICE")
    d.f("Coordination saves lives")
    d.f("Home / Operations / Kessar Depression / Reports")
    d.f("Situation Report No. 7")
    d.f("Kessar Depression: Drought and Displacement")
    d.f("Published: 1 Jun 2046 | Reporting period: 18 - 31 May 2046")
    d.f("Download PDF (640 KB) | Print | Subscribe to updates")
    d.t(a, "HIGHLIGHTS")
    d.t(a, "\u2022 An estimated 41,000 people have left villages around the Kessar wells since March, most of them for the towns of Marrak and Tazrit.")
    d.t(a, "\u2022 Water trucking now reaches 23 of the 31 displacement sites; the remaining eight are beyond the range of the current fleet.")
    d.t(a, "\u2022 Cases of acute watery diarrhoea rose by 60 per cent in the two weeks to 31 May.")
    d.t(a, "\u2022 The response plan is 22 per cent funded.")
    d.t(a, "SITUATION OVERVIEW")
    d.t(a, "The third failed rainy season in a row has dried the shallow wells on which herding families around the Kessar depression depend. As of 31 May, local authorities had registered 41,000 displaced people, but partners believe the true figure is higher because many families are staying with relatives and have not registered.")
    d.t(a, "Insecurity on the caravan routes has limited access to the northern sites. Two water trucks were stopped and turned back at the Tazrit crossing on 24 May.")
    d.t(a, "HUMANITARIAN RESPONSE")
    d.t(a, "Water, sanitation and hygiene")
    d.t(a, "Partners delivered 3.1 million litres of water during the reporting period, an average of 7 litres per person per day against a target of 15. Four new boreholes are being drilled near Marrak.")
    d.t(a, "Health")
    d.t(a, "Mobile clinics carried out 5,870 consultations. Oral rehydration points have opened at six sites in response to the rise in diarrhoea cases.")
    d.t(a, "Food security")
    d.t(a, "General food distributions reached 28,400 people. Distributions at the northern sites were postponed after the incident at the Tazrit crossing.")
    d.t(a, "FUNDING")
    d.t(a, "The drought response plan requires 38 million to reach 120,000 people until December. As of 31 May, 8.4 million had been received.")
    d.f("For further information, please contact:\nHessa Marrow-Lind, Head of Office, marrow-lind@tarnwell-hco.example\nJonas Peverell, Public Information Officer, peverell@tarnwell-hco.example")
    d.f("The boundaries and names shown and the designations used on maps in this report do not imply official endorsement or acceptance.")
    d.f("Produced by the Tarnwell Humanitarian Coordination Office with contributions from the Kessar Water Cluster.")
    d.f("Related: Situation Report No. 6 (17 May 2046) | Flash Appeal: Kessar Drought | Access Map, May 2046")
    d.f("ReliefLink is a service of the Tarnwell Humanitarian Coordination Office. Terms | Privacy")
    return d
