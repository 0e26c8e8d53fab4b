"""Writes the pages35-new cases (invented; single web pages of the shapes fitted to heldout35's pages — a forecast under a
label opened by a frequency word, a timeline rubric before a headline, an award citation announced on a date and signed
for a board, a reference entry's "Entry by NAME" and a revision date beside the citing tool, a periodical with its own
menu under its parent's masthead, a title that is a place's name and a genre — laid out in ways heldout35 does not use,
from sites of the writer's own invention, written after the pages35 rules and labelled before any run): '>' marks
article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402


def art(title, authors, date, kind, publication):
    return {"title": title, "authors": authors, "date": date, "kind": kind, "publication": publication}


write("w01_fisheries_council_quarterly_forecast", [
    "North Fennic Fisheries Council",
    "About the Council  |  Stocks  |  Advice  |  Meetings  |  Contact",
    "You are here: Advice / Forecasts",
    "",
    "Quarterly Forecast",
    "",
    "Herring and sprat in the Fennic Sound, April to June 2034",
    "Issued 2 February 2034. Prepared by the Council's science secretariat.",
    "",
    ">Summary",
    ">Spawning herring are expected to return to the inner Sound about two weeks earlier than the average of the last decade, following the mildest winter on the Council's record. Catches in April are likely to exceed those of last year, while sprat landings should stay close to the quota.",
    ">What the surveys show",
    ">The acoustic survey of January counted more young herring in the northern basin than in any year since 2027. Scientists caution that the survey covered only two thirds of its usual area because of ice on the eastern transects.",
    ">The sprat survey found fish of a smaller average size than last year, which the secretariat links to the early warming of the surface water rather than to fishing pressure.",
    ">Risks to the forecast",
    ">A late cold spell in March could delay spawning and push catches into May. Member fleets are advised to plan for both timings and to report bycatch of young cod, which rose near the western banks in the autumn.",
    "",
    "Download the forecast (PDF, 420 KB)",
    "Next forecast: May 2034",
    "Sign up to receive forecasts by email",
    "© North Fennic Fisheries Council 2034  ·  Accessibility  ·  Privacy",
], art("Herring and sprat in the Fennic Sound, April to June 2034", [], "2034-02-02", "forecast", "North Fennic Fisheries Council"))

write("w02_public_radio_timeline_rubric", [
    "Menu  Search  Listen live",
    "VALMONT PUBLIC RADIO",
    "News  |  Culture  |  Programmes  |  Schedule",
    "",
    "Timeline: How the river crossing became a flashpoint",
    "",
    "Odile Farrant-Nkemelu",
    "Published 12 January 2034",
    "",
    ">The closure of the Brask river crossing this week was the latest step in a dispute that began with a quarrel over tolls. These are the moments that brought it here.",
    ">Spring 2031. The regional council doubles the toll on the crossing to pay for repairs to the pontoons, and hauliers from the far bank begin a boycott.",
    ">Winter 2032. A ferry run by a group of farmers starts carrying lorries across the river a kilometre upstream, without a licence.",
    ">Summer 2033. Police seize the farmers' ferry after a collision with a barge. Two deckhands are injured and the farmers accuse the council of protecting its revenue.",
    ">Autumn 2033. Masked men burn the toll booth on the far bank. Nobody claims the attack, but leaflets in the market blame the council for the farmers' losses.",
    ">This week. The council closes the crossing \"until order returns\" and asks the province for help. The hauliers say they will block the main road on Monday.",
    "",
    "Listen to the report (4 min)",
    "Related: The hauliers who stopped paying",
    "Valmont Public Radio is funded by its listeners. Donate today.",
    "© 2034 Valmont Public Radio",
], art("How the river crossing became a flashpoint", ["Odile Farrant-Nkemelu"], "2034-01-12", "timeline", "Valmont Public Radio"),
      sidecar="url: https://www.valmontradio.example/news/2034/01/timeline-river-crossing")

write("w03_academy_award_citation", [
    "CORLISS ACADEMY OF LETTERS",
    "",
    "Home · Awards · Fellows · Events · Support the Academy",
    "",
    "Awards › The Meridian Award › 2034",
    "Award citation",
    "The Meridian Award 2034: Sabine Okonkwo-Ahlberg",
    "Announced 18 February 2034",
    "",
    ">The Academy's Board of Trustees has chosen Sabine Okonkwo-Ahlberg as the recipient of the Meridian Award for 2034, in recognition of a body of writing that has changed how readers understand the lives of people displaced by war along the eastern frontier.",
    ">Her three books, written over a decade of return visits to the same valleys, follow families who left their villages and the few who stayed behind. She writes without sentiment and without hurry, and she has the rare patience to let people describe their losses in their own terms.",
    ">The trustees also noted her work as a teacher. The workshop she founded for young writers from the border towns has published two anthologies, and several of its members are now reporters in their own right.",
    ">The award will be presented at the Academy's spring assembly on 22 April 2034.",
    "",
    "On behalf of the Board of Trustees,",
    "Dr Ravi Estergaard-Moll",
    "Chair of the Board",
    "",
    "Past recipients  ·  How the award is decided  ·  Press enquiries",
    "The Corliss Academy of Letters is a registered charity. © 2034",
], art("The Meridian Award 2034: Sabine Okonkwo-Ahlberg", ["Ravi Estergaard-Moll"], "2034-02-18", "award citation", "Corliss Academy of Letters"))

write("w04_river_dictionary_entry_by", [
    "The Riverine Companion",
    "a free dictionary of inland navigation",
    "A–Z  ·  Random entry  ·  Contribute  ·  Sign in",
    "",
    "DICTIONARY ENTRY",
    "Towpath right",
    "Entry by Jonas Abelard-Quist",
    "Last revised 9 March 2034 · Cite this entry",
    "",
    ">A towpath right is the customary or legal right of a boat's crew to use the bank of a river or canal to haul the vessel, usually by horse and later by tractor, without paying the owner of the land.",
    ">Origins",
    ">The right grew up on rivers where boats could not sail against the current. Landowners tolerated the hauling because the river trade brought customers to their mills, and courts later treated long tolerance as evidence of a right.",
    ">Disputes",
    ">Disputes arose when landowners fenced the bank or when hauling gave way to engines and the path fell out of use. In several cases the courts held that a right unused for thirty years had lapsed, which opened the banks to building.",
    "",
    "Was this entry useful? Yes | No",
    "Content licensed for reuse with attribution. Privacy · Terms",
], art("Towpath right", ["Jonas Abelard-Quist"], "2034-03-09", "dictionary entry", "The Riverine Companion"),
      sidecar="url: https://riverine-companion.example/entry/towpath-right")

write("w05_institute_review_profile", [
    "Harrowgate Institute of Technology",
    "Courses   Research   Partners   News   Contact",
    "HARROWGATE RESEARCH REVIEW",
    "Issues   Topics   Podcast   About the Review",
    "",
    "Profile",
    "The engineer who listens to bridges",
    "Elin Marsh-Obi",
    "27 January 2034",
    "",
    ">Kofi Brannagh-Lind keeps a drawer of microphones in his laboratory, each of them scuffed from a season clipped to the underside of a bridge. He uses them to hear what the steel is doing long before an inspector could see it.",
    ">His method records the small sounds that cracks make as they grow and compares them with thousands of recordings from bridges already known to be damaged. Three road authorities now use it to decide which structures to close first.",
    ">Brannagh-Lind says the idea came from his grandfather, a railway fitter who claimed he could tell a loose bolt by the ring of his hammer. \"He was right more often than the instruments of his day,\" he says.",
    ">He is now training the system on footbridges, where the traffic is lighter and the sounds harder to pick out. He hopes to publish the first results in the autumn.",
    "",
    "Share: Email | Copy link",
    "More from this issue",
    "Subscribe to the Review",
    "Harrowgate Institute of Technology, Dock Road, Harrowgate",
], art("The engineer who listens to bridges", ["Elin Marsh-Obi"], "2034-01-27", "profile", "Harrowgate Research Review"))

write("w06_relief_network_situation_title", [
    "LANTERNE RELIEF NETWORK",
    "Where we work | Appeals | Reports | Volunteer | Donate",
    "",
    "Marrin Province situation report",
    "Published 4 March 2034 | 3 min read",
    "",
    ">Fighting between the provincial militia and the Ostrel group closed the main road from Marrin town to the coast for six days in late February. Our teams could not reach four of the nine clinics we support during that time.",
    ">Displacement",
    ">About 3,200 people left villages along the road for camps near Marrin town. Most are staying with relatives, but two schools are now sheltering families and have suspended classes.",
    ">Health",
    ">Clinic staff report more cases of diarrhoea in the camps, where water is trucked in and storage is poor. We have sent chlorine tablets and two water bladders, and a mobile team visits the schools every second day.",
    ">Access",
    ">The road reopened on 1 March under militia escort. Convoys are allowed through between nine and three, and drivers must carry passes issued in Marrin town.",
    "",
    "Donate to our Marrin appeal",
    "Media contact: press@lanterne.example",
    "© Lanterne Relief Network 2034. Registered charity.",
], art("Marrin Province situation report", [], "2034-03-04", "situation report", "Lanterne Relief Network"))
