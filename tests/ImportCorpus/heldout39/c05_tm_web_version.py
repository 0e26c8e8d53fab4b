"""c05: the web version of c01's first feature, saved by a scraper one line per paragraph."""
from lib import Doc
from c01_tm_issue4 import FEAT1, FEAT1_PARAS, FEAT1_NOTES, PUB, VOL, ISS, DATE


def build():
    d = Doc("c05", one_line_per_paragraph=True, comments=[
        "the breadcrumb's last genre item (Features) gives the kind, as the issue's FEATURES section does.",
        "the notes are text; the 'Notes' heading and the two bio lines are not.",
    ])
    f = d.article(FEAT1, ["Anselm Whitcombe", "Priya Ramaswaran"], DATE, "feature", PUB, VOL, ISS)
    for line in ["Skip to main content", "The Halvard Foundation", "Programs", "Publications", "Events",
                 "Experts", "Donate", "Search", "Terrorism Monitor", "Militant Leadership Monitor",
                 "Riverine Security Monitor", "Home / Programs / Terrorism Monitor / Features", FEAT1,
                 "Publication: Terrorism Monitor \u2014 Volume: 41 Issue: 4",
                 "By Anselm Whitcombe and Priya Ramaswaran",
                 "February 20, 2043 08:00 AM \u2022 3 months ago",
                 "Share: Facebook X LinkedIn Email Print",
                 "Salt trucks queue at a checkpoint on the Ardesh road, December 2042. (Source: Halvard Foundation archive)"]:
        d.add(line)
    for p in FEAT1_PARAS:
        d.para(p[3:] if p.startswith("## ") else p, f)
    d.add("Notes")
    for n in FEAT1_NOTES:
        d.add(n, f)
    for line in ["Dr. Anselm Whitcombe is a senior lecturer in political economy at the University of Ostmere.",
                 "Priya Ramaswaran is a research associate at the Tamvel Centre for Highland Studies.",
                 "Related",
                 "The Drone Workshops of Port Ilvane",
                 "Quarry Explosives Go Missing in Vennholt",
                 "Sign up for Terrorism Monitor and get each issue in your inbox.",
                 "Email address", "Subscribe",
                 "The Halvard Foundation \u00b7 1220 Orchard Lane \u00b7 Privacy Policy \u00b7 Terms of Use",
                 "\u00a9 2043 The Halvard Foundation. All rights reserved.",
                 "We use cookies to understand how you use our site. Accept | Manage settings"]:
        d.add(line)
    d.sidecar = "url: https://halvardfoundation.example/terrorism-monitor/salt-fuel-and-tolls-red-cedar-front\n"
    return d
