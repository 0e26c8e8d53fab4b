"""The web version of k01's first feature, as a scraper saves it (one line per paragraph)."""

import k01_tm_issue_blank_lines as k01
from lib import web

NAME = "k05_tm_web_salt_roads"


def build():
    d = web(NAME, sidecar="url: https://halverston.org/program/salt-roads-and-ransom-how-the-kerrow-front-finances-its-return/")
    d.comments = [
        "Choices: the breadcrumb's last item 'Features' is the kind; the two author boxes after the notes are",
        "bios (not text); volume and issue as the page's publication line prints them.",
    ]
    a = d.article(k01.T3, ["Ilse Marrak", "Jonas Feyerabend-Oko"], k01.DATE, "feature", k01.PUB, 43, 5)
    d.block("""
Skip to main content

Donate

The Halverston Foundation

Home

Programs

Publications

Experts

Events

About

Search

Home / Programs / Terrorism Monitor / Features

Publication: Terrorism Monitor Volume: 43 Issue: 5
""")
    d.gap()
    d.title(k01.T3)
    d.gap()
    d.block("""
Authors: Ilse Marrak | Jonas Feyerabend-Oko

March 7, 2045 11:20 AM

Share:  Facebook  X  LinkedIn  Email  Print

(Source: Harrow Basin Monitoring Group)
""")
    d.gap()
    k01.feature3_body(d, a)
    d.line("Notes")
    d.gap()
    k01.feature3_notes(d, a)
    d.block("""
About the authors

Dr. Ilse Marrak is a lecturer in conflict studies at the University of Port Calloway.

Jonas Feyerabend-Oko is a freelance researcher who has reported from the Harrow basin since 2039.

Related

Drones Over the Reed Beds: Improvised Aircraft and the Changing Insurgency in the Tannu Delta

After the Amnesty: Returnees, Informants and the Quiet War in Northern Pellas

Stay informed. Sign up for Terrorism Monitor and the Foundation's other publications.

Email address

Subscribe

The Halverston Foundation · 41 Quay Row, Suite 9, Marlowe Harbour, MH 20417 · (555) 014-2210

© 2045 The Halverston Foundation. All rights reserved. Privacy Policy | Terms of Use

We use cookies to understand how visitors use our site. Accept | Manage settings
""")
    return d
