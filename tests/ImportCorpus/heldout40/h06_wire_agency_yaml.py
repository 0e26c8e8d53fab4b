"""h06: a wire agency story as a crawler saves it: a leading YAML block, one line per paragraph, no blank lines."""
from lib import Doc, web


def build():
    d = Doc("h06_wire_agency_yaml", blank_between=False)
    d.comments = [
        "Choices: the title is the YAML title without the agency suffix (the page prints the same headline);",
        "'author: unknown' is a placeholder, the byline names the author; the trailing 'Reporting by …; Editing by …'",
        "credit is agency furniture (its reporter is the byline's author, the editor is no author); the breadcrumb's",
        "'News' is the kind; the dateline opening the first paragraph is part of the text.",
    ]
    a = d.article(title="Gunmen free dozens of inmates in truck-bomb raid on Tolvar prison",
                  authors=["Anouk Delacroix-Ferro"], kind="news", date="2044-03-02",
                  publication="Corvane Press Agency", volume=None, issue=None)
    d.ls("""
---
title: "Gunmen free dozens of inmates in truck-bomb raid on Tolvar prison | Corvane Press Agency"
source: https://corvanepress.example/news/world/gunmen-free-inmates-tolvar-prison-2044-03-02/
date: 2044-03-02T14:22:00Z
description: "Attackers breached the outer wall of the Tolvar central prison with a truck bomb before dawn on Saturday, freeing dozens of inmates."
author: unknown
---
We use cookies to personalise content and analyse our traffic. Accept all | Reject | Cookie settings
Corvane Press Agency
World  Business  Markets  Energy  Sport  Pictures  Video
Sign in    Subscribe
News \u203a World \u203a Africa
Gunmen free dozens of inmates in truck-bomb raid on Tolvar prison
By Anouk Delacroix-Ferro
2 Mar 2044 \u00b7 14:22 GMT \u00b7 updated 16:05 GMT
3 min read
""")
    web(d, a, [
        "TOLVAR, Ostmark, March 2 (CPA) - Gunmen breached the outer wall of the central prison in the northern city "
        "of Tolvar with a truck bomb before dawn on Saturday and freed dozens of inmates, among them several men "
        "awaiting trial for attacks on the railway, the regional governor said.",
        "At least six guards were killed in the assault, which began shortly after four in the morning when the "
        "truck was driven into the gate of the prison's eastern wing. Attackers on foot then exchanged fire with "
        "guards for about forty minutes before withdrawing in a convoy of pickup trucks.",
        "\"This was planned for months. They knew which wing to hit and when the shifts changed,\" Governor Ilse "
        "Marrowby told reporters outside the prison, adding that 61 inmates remained unaccounted for.",
        "No group immediately claimed responsibility. The railway attacks of last year were claimed by the Northern "
        "Covenant, an armed group that has fought the government in the region since 2039, and three of its "
        "suspected commanders were held in the eastern wing, according to court records seen by CPA.",
        "The army said it had closed the roads out of Tolvar and was searching the forests to the north with "
        "helicopters. Residents said soldiers had set up checkpoints on every bridge over the Ostra river.",
        "The interior ministry announced an inquiry into security at the prison, which had been the subject of a "
        "critical inspection report in December warning of broken cameras and unfilled guard posts.",
    ])
    d.ls("""
Reporting by Anouk Delacroix-Ferro; Additional reporting by Joren Vasquez-Hale in Ostrevik; Editing by Malte Ruysdael
Our Standards: The Corvane Trust Principles.
Share  Facebook  X  LinkedIn  Copy link
Read next
Ostmark extends state of emergency in three northern provinces
Railway attack trial adjourned after defendant falls ill
Corvane Press Agency, the news and media division of Corvane Group, is the world's largest multimedia news provider.
Corvane Press Agency \u00a9 2044. All quotes delayed a minimum of 15 minutes.
Terms of Use | Privacy | Accessibility | Cookies
""")
    return d, None, True
