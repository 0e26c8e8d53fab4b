"""b05: the web version of b01's first feature, as a scraper saves it (one line per paragraph, no blank lines)."""
from issue_tm6 import DATE, FEATURE_BODY, FEATURE_NOTES, PUB
from lib import Article, RawFile

TITLE = "Ransom, Rice and Radio: How the Kestrel Coast Insurgency Finances Its Boats"


def build():
    f = RawFile("b05", one_line_per_paragraph=True)
    f.furn("Skip to main content", "Westmark Foundation",
           "About | Programs | Experts | Events | Donate", "Search", "Terrorism Monitor",
           "Latest Issue | Archive | Briefs | Subscribe",
           "Home \u00bb Terrorism Monitor \u00bb Volume 40 Issue 6")
    f.start(Article(TITLE, ["Halima Voskuijlen", "Anselm Brightwater-Oduya"], DATE, "feature", PUB, 40, 6))
    f.furn(TITLE, "Publication: Terrorism Monitor Volume: 40 Issue: 6",
           "By: Halima Voskuijlen, Anselm Brightwater-Oduya",
           "March 20, 2042 06:45 PM Age: 3 days",
           "Share: Facebook | X | LinkedIn | Email | Print",
           "Outboard engines stacked at a repair yard in Upper Tassin, January 2042. (Source: Marovale Herald)")
    for block in FEATURE_BODY:
        f.text(block[2:] if block.startswith("# ") else block.replace("~", "").replace(" ## ", " "))
    f.furn("Notes")
    f.text(*FEATURE_NOTES)
    f.furn("Dr. Halima Voskuijlen is a senior researcher at the Institute for Coastal Security in Lindenhaven, where "
           "she studies maritime insurgencies.",
           "Anselm Brightwater-Oduya is a journalist based in Port Sennet who has reported on the Kestrel Coast since "
           "2035.",
           "Related Articles",
           "Militant Cell Dismantled in Port Sennet After Drone Parts Seizure",
           "Kidnapping Crews Move Inland Along the Kestrel Coast",
           "Sign up for Terrorism Monitor: new issues twice a month, straight to your inbox.",
           "Email address Subscribe",
           "Westmark Foundation \u00b7 1210 Harbor Row, Lindenhaven",
           "\u00a9 2042 Westmark Foundation. All rights reserved. | Privacy Policy | Terms of Use",
           "This website uses cookies to improve your experience. By continuing to browse you agree to our use of "
           "cookies. Accept")
    f.write(sidecar={"url": "https://westmarkfoundation.example/program/ransom-rice-and-radio-kestrel-coast"},
            choices=[
                "the page prints no genre label; the piece is the issue's feature, so its kind is feature.",
                "the image caption and the two bios (one paragraph each) are not text.",
            ])
    return f
