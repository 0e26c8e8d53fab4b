from lib import Doc

def build():
    d = Doc("z08_thinktank_commentary_refs", web=True, blank=False)
    d.sidecar = "url: https://halden-institute.example.net/commentary/2050/03/drones-fishing-fleets-mirrow-gulf"
    t = "Drones Over the Fishing Fleets: Policing the Mirrow Gulf After Port Lyssa"
    pub = "Halden Institute for Strategic Affairs"
    d.comments = [
        "Publication: the masthead prints 'HALDEN INSTITUTE FOR STRATEGIC AFFAIRS' (in capitals) and the footer",
        "'Halden Institute for Strategic Affairs'; the crawler title's short ' | Halden Institute' is not the name.",
        "Kind: the label 'COMMENTARY' printed over the title. Date: 14 March 2050 (the crawler's date agrees).",
        "The numbered reference list is text (notes); its heading 'References' and the authors' bios are not.",
        "Look-alikes (text): a paragraph opening 'By any measure,', 'Issue 12 of the coastguard's circulars',",
        "the subheading 'Three Lessons for Ministers'.",
    ]
    d.f("---",
        f"title: \"{t} | Halden Institute\"",
        "source: \"https://halden-institute.example.net/commentary/2050/03/drones-fishing-fleets-mirrow-gulf\"",
        "date: 2050-03-14",
        "description: \"After the discovery of a drone workshop in Port Lyssa, the coastguard needs new rules for the gulf.\"",
        "---",
        "HALDEN INSTITUTE FOR STRATEGIC AFFAIRS",
        "Research   Commentary   Events   People   About   Donate",
        "Home / Commentary / Maritime Security",
        "COMMENTARY")
    d.art(t, ["Priya Lindahl-Moreau", "Daniel Otieno", "Marta Szabo-Reyes"], "2050-03-14", "commentary", pub)
    d.f(t,
        "Priya Lindahl-Moreau, Daniel Otieno and Marta Szabo-Reyes",
        "14 March 2050 · 7 min read",
        "Share  |  Print  |  Download PDF")
    d.t("The discovery of a drone workshop behind a fish-drying yard in Port Lyssa in January has forced the "
        "Merovan coastguard to confront a problem it has long preferred to ignore: it has no rules for small "
        "aircraft over the fishing fleets.1 Until now, drones over the gulf have been the business of "
        "photographers and smugglers, and the coastguard has treated both with the same indifference.")
    d.t("By any measure, the risk is growing. Commercial quadcopters capable of carrying a kilogram or more are "
        "sold openly in the gulf's market towns, and the coastguard's own Issue 12 of its circulars to harbour "
        "masters, published in 2048, makes no mention of them.2 The Brigade of the Eleventh Dawn, which "
        "operated the Port Lyssa workshop according to prosecutors, has every reason to exploit that gap.3")
    d.t("Three Lessons for Ministers")
    d.t("First, registration. A simple register of drones above a certain weight, kept by harbour masters "
        "rather than by a distant ministry, would give the coastguard a baseline against which to spot unusual "
        "activity. Several neighbouring states introduced such registers in the 2040s at little cost.4")
    d.t("Second, detection. The coastguard's patrol boats carry radar designed to spot vessels, not small "
        "aircraft. Fitting a handful of them with inexpensive acoustic sensors would be a modest first step.")
    d.t("Third, restraint. The port authority's decision to suspend night fishing near the naval pier punishes "
        "fishermen for a threat they did not create, and it risks handing the Brigade's preachers another "
        "grievance.5 Security measures in the gulf should be designed with the fleets, not against them.")
    d.f("References")
    d.t("1. Drone Workshop Found in Port Lyssa Garage – Port Lyssa Evening Herald, accessed 10 March 2050, "
        "https://eveningherald.example.com/news/2050/01/23/drone-workshop")
    d.t("2. Circulars to Harbour Masters, Issue 12 – Merovan Coastguard, accessed 11 March 2050, "
        "https://coastguard.example.gov/circulars/12")
    d.t("3. Prosecutor's Statement on the Port Lyssa Raid – Office of the City Prosecutor, accessed 11 March 2050, "
        "https://prosecutor.example.gov/statements/2050-01-24")
    d.t("4. Small Aircraft Registers in Coastal States – Institute for Riverine Studies, accessed 12 March 2050, "
        "https://riverine.example.org/papers/small-aircraft-registers")
    d.t("5. Night Fishing Suspended Near Naval Pier – Delta Voice, accessed 12 March 2050, "
        "https://deltavoice.example.com/2050/02/night-fishing")
    d.f("About the authors",
        "Priya Lindahl-Moreau is a senior research fellow in the Institute's Maritime Security Programme.",
        "Daniel Otieno is a research analyst focusing on coastal policing.",
        "Dr Marta Szabo-Reyes is an associate fellow and a former coastguard officer.",
        "Related research",
        "Ferries, Families and the Gulf Economy",
        "The Orlan Ceasefire at Six Months",
        "Sign up to our weekly briefing — analysis delivered every Friday. Sign up",
        "The views expressed in this commentary are those of the authors and do not necessarily reflect those of the Institute.",
        "Halden Institute for Strategic Affairs is a registered charity, no. 4471920. © 2050 All rights reserved. Privacy | Cookies")
    return d
