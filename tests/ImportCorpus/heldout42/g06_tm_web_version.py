import g01_tm_issue_blank_lines as g01
from lib import Doc, write

NAME = "g06_tm_web_version"


def paragraphs():
    """The first feature of g01, one paragraph a line (a page break's halves joined)."""
    src = g01.build().lines
    paras, cur = [], []
    for t, o in src:
        if o == 2:
            cur.append(t)
        elif not t.strip() and cur:
            paras.append(cur)
            cur = []
    out = []
    for p in paras:
        text = " ".join(p)
        if out and not out[-1].rstrip().endswith((".", "]", ")", ":")) and text[0].islower():
            out[-1] += " " + text
        elif out and out[-1].endswith("the price of a"):
            out[-1] += " " + text
        else:
            out.append(text)
    return out


def build():
    d = Doc(blank=False)
    d.lines_("""
Skip to main content
THE HARROWGATE FOUNDATION
Search this site
Home | Programs | Terrorism Monitor | Events | Support Us
Donate
Home \u00bb Terrorism Monitor \u00bb In Depth
Old Networks, New Money: How the Crescent Vanguard Rebuilt Its Finances After the Port Anselby Raids
Terrorism Monitor, Volume 44, Issue 9
By: Ilse Marrowby, Kwabena Sato-Fenwick
May 8, 2046 04:12 PM Age: 5 months
Share: Facebook | X | Email | Print
(Source: Harbour police, Port Anselby; file photo)
""")
    paras = paragraphs()
    for p in paras:
        if p == "Notes":
            continue
        d.line(p, 0)
    # the notes heading comes before [1]
    i = next(k for k, (t, o) in enumerate(d.lines) if t.startswith("[1] "))
    d.lines.insert(i, ("Notes:", None))
    d.lines_("""
About the authors
Dr. Ilse Marrowby is a senior lecturer in conflict studies at the University of Wendmoor, where she works on the finance of armed groups.
Kwabena Sato-Fenwick is a researcher on the southern coast and a former court reporter in Port Anselby.
Tags: Crescent Vanguard, terrorist finance, Port Anselby, couriers
\u00ab Previous: Prison Radicalisation in the Tirrane Hills: What the Release Cohort of 2045 Tells Us
Next: Ashen Banner Front Claims First Drone Strike in the Duvessa Delta \u00bb
Related Articles
The Vanguard's Harbour Ledger
Couriers of the Coast Road
Get Terrorism Monitor in your inbox every other Tuesday. Sign up
This site uses cookies to understand how it is read. Accept | Decline
\u00a9 2046 The Harrowgate Foundation | 14 Quillon Row, Ferncastle | Privacy | Terms
""")
    return d


def main():
    d = build()
    arts = [dict(title=g01.T[2], authors=["Ilse Marrowby", "Kwabena Sato-Fenwick"], date="2046-05-08",
                 kind="feature", pub="Terrorism Monitor", vol=44, iss=9)]
    write(NAME, d, arts, one_line=True, comments=[
        "The web version of g01's first feature, saved with no blank lines, one paragraph a line.",
        "Breadcrumb ends in 'In Depth', the issue's section name for features: feature. Date: the posting date (= the issue's).",
        "The image source line, the co-authors' bios, tags, previous/next teasers and related titles are furniture.",
    ], sidecar="url: https://harrowgate.example/terrorism-monitor/old-networks-new-money")


if __name__ == "__main__":
    main()
