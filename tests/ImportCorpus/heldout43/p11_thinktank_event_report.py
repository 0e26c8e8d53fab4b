NAME = "p11_thinktank_event_report"
SIDECAR = {"url": "https://meridale.example/events/2046/ferries-fishing-fleets-and-armed-groups/report"}
ONE_LINE = True
COMMENTS = [
    "A think tank's event report saved with no blank lines (one line per paragraph). The programme named over the title is",
    "a section of the parent's site: the centre is the publication. 'Event report' (two words the catalogue is not known",
    "to fold) is the kind. Speakers and the moderator are not authors; the report is written by the name on the closing",
    "'Report by NAME, role' line (not text). Date is the posting date ('Posted 9 November 2046'), not the event's date.",
    "The event details box (date, time, venue, speakers with roles), the recording line, registration and footer are furniture.",
]
PUB = "Meridale Centre for Coastal Security"
ARTICLES = [
    dict(title="Ferries, fishing fleets and armed groups: what can coastal states do?", authors=["Anouk Threlfall-Diaz"],
         date="2046-11-09", kind="event report", publication=PUB, volume=None, issue=None),
]
BODY = r"""
= Meridale Centre for Coastal Security
= Research | Events | Experts | Publications | Newsletter | Donate
= Maritime Security Programme
= Event report
= Ferries, fishing fleets and armed groups: what can coastal states do?
= Posted 9 November 2046
= Event details
= Date: Thursday 5 November 2046
= Time: 17:00–18:30
= Venue: Meridale Centre, Lantern Room, and online
= Speakers
= Commander Aldous Fenn
= Deputy Director of Operations, Coastguard Agency of Vellaria
= Dr Priyanka Ardent
= Researcher, Coastal Observatory, Gallowmere
= Helka Brantwood
= Chief Executive, Western Isles Ferries
= Moderator: Professor Idunn Carver-Blake, Director, Maritime Security Programme
@1
> Armed groups on the coasts of the Northern Sound have learned to hide among the ordinary traffic of the sea. On 5 November, the Centre brought together a coastguard commander, a researcher and a ferry operator to ask what coastal states can do about it without damaging the fishing and ferry economies on which island communities depend.
> Screening and its limits
> Commander Fenn argued that the law on screening passengers was written for a different era. Small ferries on short routes are exempt from most checks, and the Crescent Vigil has used them to move people and equipment. He suggested that the exemption should be replaced by risk-based checks, targeted at routes and times rather than at every passenger.
> Ms Brantwood warned that any new requirement would fall hardest on the smallest routes, which already lose money. "If screening becomes compulsory on every crossing, some of those crossings will simply stop," she said, pointing to the recent end of the evening service to the outer isles.
> The fleets
> Dr Ardent described her research in four marsh villages, where boats are commonly shared between families and lent without paperwork. Such customs, she said, have made it easy for armed groups to borrow vessels, but they are also what keeps many households afloat. Registering encryption radios, as the authorities began to do this autumn, was a better starting point than registering every loan of a boat.
> Questions from the audience focused on the role of informants and on the compensation claims of the marsh villages. The panel agreed that trust between coastal communities and the state would decide the outcome more than any technology.
= Report by Anouk Threlfall-Diaz, Programme Assistant, Maritime Security Programme
= Watch the recording | Download the speakers' slides
= Upcoming: The Highland Freight Road one year on — register now
= Sign up for event invitations
= Meridale Centre for Coastal Security is a registered charity. © 2046. Privacy | Cookies | Accessibility
"""
