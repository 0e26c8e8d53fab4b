from lib import Doc, clean
import z01_tm_issue3_blanklines as z01

TM = "Terrorism Monitor"

def build():
    src = z01.build()
    paras = [clean(p) for p in src.paras[2]]
    body, notes = paras[:-4], paras[-4:]
    d = Doc("z06_tm_web_marrowby", web=True, blank=True)
    d.sidecar = "url: https://brannock-foundation.example.org/program/preachers-ferries-and-phone-credit/"
    t = src.A[2]["title"]
    d.comments = [
        "The web version of z01's third piece: labelled as z01 labels it (feature, Volume 48, Issue 3, 2050-02-07);",
        "the page prints no genre label of its own. Its subheadings are text, the Notes heading and the bio are not.",
        "Look-alikes: the subheading 'Phone Credit as Currency' (text); a 'Related' teaser carrying the title of",
        "z01's fourth piece (furniture).",
    ]
    d.fb("Skip to main content",
         "We use cookies to understand how you use our site and to improve your experience. Accept all | Manage settings",
         "The Brannock Foundation",
         "Home   Programs   Publications   Experts   Events   Support Us   Search",
         "Home › Publications › Terrorism Monitor › " + t)
    d.fb("TERRORISM MONITOR")
    d.art(t, ["Ilse Marrowby"], "2050-02-07", "feature", TM, 48, 3)
    d.fb(t)
    d.fb("Publication: Terrorism Monitor  Volume: 48  Issue: 3",
         "By: Ilse Marrowby",
         "February 7, 2050 02:15 PM Age: 1 day",
         "Share  Tweet  Email  Print",
         "Passengers board an inter-island ferry at Vessa harbour, January 2050. (Photo: Leonie Farr / Brannock Foundation)")
    for p in body:
        d.t(p)
    d.fb("Notes")
    for n in notes:
        d.t(n)
    d.fb("Dr. Ilse Marrowby is a senior lecturer in conflict studies at the University of Halbrook, where she "
         "directs the Coastal Security Project. She has conducted fieldwork in the Mirrow Gulf since 2041.",
         "Download the full issue (PDF, 1.4 MB)",
         "Related",
         "Contested Waters: The Orlan Delta Militias After the Ceasefire",
         "Kofi Adebanjo-Stern and Lucia Vantongeren | February 7, 2050",
         "Ridge Covenant Fighters Tax Salt Caravans on the Kesh-Amar Road",
         "Tomasz Welling | February 7, 2050",
         "Stay informed. Sign up for Terrorism Monitor and our other newsletters.",
         "Email address   Subscribe",
         "The Brannock Foundation | 1190 Larkspur Avenue, Halbrook | About | Careers | Privacy Policy | Contact",
         "© 2050 The Brannock Foundation. All rights reserved.")
    return d
