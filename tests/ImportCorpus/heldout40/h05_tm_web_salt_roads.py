"""h05: the web version of h01's first feature, one line per paragraph, with the foundation's site furniture."""
from lib import FURNITURE, Doc, web
import h01_tm_issue_headers as h01


def issue_paragraphs(owner):
    """The paragraphs of one article of h01 as the web prints them: wrapped lines joined, page breaks closed."""
    src, _, _ = h01.build()
    paras, cur, broken, furn = [], [], False, False
    for s, o in src.lines:
        if o == owner:
            furn = False
            if broken and cur:
                paras.append(cur)
                cur = []
            broken = False
            if cur and cur[-1].endswith("-") and not cur[-1].endswith(" -"):
                cur[-1] = cur[-1][:-1] + s
            else:
                cur.append(s)
        elif s.strip() == "" or o is None:
            broken = broken or not furn
        elif cur and o == FURNITURE:
            # page furniture: when it stands inside a paragraph, the paragraph goes on after it
            furn, broken = True, False
    if cur:
        paras.append(cur)
    return [" ".join(p) for p in paras]


def build():
    d = Doc("h05_tm_web_salt_roads", blank_between=True)
    d.comments = [
        "Choices: the breadcrumb's last item 'Features' is the kind; date and volume/issue as printed under the",
        "title; the notes list is text (without its 'Notes' heading); the two bios, related titles and all site",
        "furniture are not text.",
    ]
    a = d.article(title="Salt Roads and Safe Houses: How the Ardhuun Front Finances Its Return",
                  authors=["Amaru Castellanos-Whitby", "Linnea Okonkwo-Hale"], kind="feature", date="2044-05-06",
                  publication="Terrorism Monitor", volume=42, issue=9)
    body = issue_paragraphs(2)
    notes_at = next(i for i, p in enumerate(body) if p.startswith("[1] "))
    d.ls("""
Skip to main content
The Brannock Foundation
About | Programs | Experts | Events | Donate | Search
Terrorism Monitor
Militant Leadership Monitor
Eurasia Daily Monitor
China Brief
Home \u203a Programs \u203a Terrorism Monitor \u203a Features
""")
    d.blank()
    d.l("Salt Roads and Safe Houses: How the Ardhuun Front Finances Its Return")
    d.blank()
    d.l("Publication: Terrorism Monitor \u2014 Volume: 42 Issue: 9")
    d.l("By: Amaru Castellanos-Whitby and Linnea Okonkwo-Hale")
    d.l("May 6, 2044 09:30 AM")
    d.blank()
    d.l("Share: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Email \u00b7 Print")
    d.blank()
    d.l("Salt caravans near Ouel Sidra, March 2044 (Source: author\u2019s photograph)")
    d.blank()
    web(d, a, body[:notes_at])
    d.l("Notes")
    d.blank()
    web(d, a, body[notes_at:])
    d.ls("""
Dr. Amaru Castellanos-Whitby is a senior lecturer in conflict economics at the University of Valmoor.

Linnea Okonkwo-Hale is an independent researcher who has worked along the salt caravan routes since 2038.

Related
After the Ceasefire: Splinter Cells and Drone Workshops in the Lower Vessaro Delta
Militants Raid a Tin Smelter in the Korrim Highlands
Sign up for the Terrorism Monitor and get every new issue in your inbox.
Email address
Subscribe

The Brannock Foundation \u00b7 1140 Linden Street, Suite 400 \u00b7 Arlmouth
\u00a9 2044 The Brannock Foundation. All rights reserved. Privacy Policy | Terms of Use
This site uses cookies to improve your experience. Accept | Manage settings
""")
    return d, {"url": "https://brannockfoundation.example/program/salt-roads-and-safe-houses-ardhuun-front/"}, True
