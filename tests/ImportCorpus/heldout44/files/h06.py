import importlib.util
import os
import re

from lib import Doc

_spec = importlib.util.spec_from_file_location("h01", os.path.join(os.path.dirname(__file__), "h01.py"))
_h01 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_h01)


def web(para):
    para = re.sub(r"\s*\^[A-Z0-9]+\s*", " ", para).replace("~", "")
    return re.sub(r"\[(\d)\]", lambda m: "[" + str(int(m.group(1)) - 4) + "]", para)


def build():
    d = Doc("h06_tm_web_drones_for_hire", blank=False,
            sidecar="url: https://halberd-fcs.example/terrorism-monitor/drones-for-hire-commercial-quadcopters-black-reed-brigades")
    d.one_line = True
    a = d.art("Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed Brigades",
              ["Tomasz Okafor-Lind", "Renata Sellwood"], "2046-02-06", "feature", "Terrorism Monitor", 44, 3)
    d.comment("The web version of h01's second feature: same kind, volume and issue as the issue prints (the breadcrumb's 'Vol. 44 Issue 3').")
    d.comment("The crawler block's author is 'unknown'; its title carries the site suffix. The notes are renumbered 1-3 on the web; each note line is text.")
    d.comment("The authors are printed as a bare line of two names joined by a comma under the title.")
    d.f("---\ntitle: \"Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed Brigades | Halberd Foundation\"\n"
        "source: https://halberd-fcs.example/terrorism-monitor/drones-for-hire-commercial-quadcopters-black-reed-brigades\n"
        "date: 2046-02-08\nauthor: unknown\n"
        "description: \"On the night of 2 January, a quadcopter carrying a small charge crossed the perimeter of a police post...\"\n"
        "crawled: 2046-02-09T11:02:44Z\n---")
    d.f("We value your privacy. We use cookies to understand how visitors use this site. Accept all | Manage choices")
    d.f("Skip to main content\nHalberd Foundation for Conflict Studies\nResearch\nPrograms\nEvents\nDonate\nSearch")
    d.f("Home \u203a Programs \u203a Terrorism Monitor \u203a Vol. 44 Issue 3")
    d.f("Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed Brigades")
    d.f("Tomasz Okafor-Lind, Renata Sellwood")
    d.f("February 6, 2046 04:15 PM")
    d.f("Print\nEmail\nShare on social media\nListen to this article (6 min)")
    d.f("Image: A police post on the edge of the Black Reed marshes, January 2046. (Source: Marshland Herald)")
    for para in _h01.F2_PARAS:
        d.t(a, web(para))
    d.f("Notes")
    d.t(a, "[1] Black Reed Brigades media channel, video post, January 3, 2046.")
    d.t(a, "[2] Tally compiled by the authors from the Marshland Herald and Radio Delta, October 2045 to January 2046.")
    d.t(a, "[3] Interview with a retired police commander, Port Issen, January 2046.")
    d.f("About the authors")
    d.f("Tomasz Okafor-Lind is a research fellow at the Carrowmere Centre for Security Technology. Renata Sellwood is a former police analyst who writes on armed groups in the delta region.")
    d.f("Download the full issue (PDF, 1.2 MB)")
    d.f("Keep reading\nSalt Roads and Sermons: How the Tellmar Front Finances Its Return to the Coast\nArson Cells Target Grain Depots Along the Vessary Rail Corridor")
    d.f("Get Terrorism Monitor in your inbox every other Thursday. Sign up")
    d.f("\u00a9 2046 Halberd Foundation for Conflict Studies. All rights reserved. | Privacy | Terms | Contact")
    return d
