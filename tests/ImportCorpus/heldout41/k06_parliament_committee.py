"""A parliamentary committee's press notice, as a scraper saves it (one line per paragraph)."""

from lib import web

NAME = "k06_parliament_committee"
TITLE = "Harbour security plans 'years behind the threat', committee warns"


def build():
    d = web(NAME)
    d.comments = [
        "Choices: the committee is named only over the title and in the breadcrumb, under the House's own menu,",
        "so the House is the publication; 'Press release' printed over the title is the kind; the release names",
        "no author (the media contact is not one). The embargo time is part of the date line (not text).",
    ]
    a = d.article(TITLE, [], "2045-03-15", "press release", "House of Delegates of Varnholm")
    d.page(f"""
Skip to content
Accept all cookies | Reject non-essential cookies | Cookie settings
House of Delegates of Varnholm
Business
Members
Committees
Publications
Visit
Search the House website
Home > Committees > Defence and Maritime Affairs Committee > News and press notices

Defence and Maritime Affairs Committee
Press release

{TITLE}

Published: 00.01, Wednesday 15 March 2045 (embargoed until this time)

Listen to this page (4 min)

Download the full report: 'Safe Harbours? Port Security in a Changing Threat Environment' (PDF, 1.9 MB)

> Varnholm's plans for protecting its commercial harbours are years behind the threats they face, the Defence and Maritime Affairs Committee says in a report published today.

> The cross-party committee found that the national port security plan, last revised in 2038, makes no provision for attacks by unmanned boats or aircraft, although both have been used against shipping in neighbouring waters in the past two years.

> Members heard evidence that responsibility for harbour security is split between five agencies, none of which has the authority to direct the others in an emergency. Harbour masters told the committee that they learned of a drone incursion at the Port of Skelby last autumn from social media rather than from the coastguard.

> Key recommendations

> The committee calls on the Government to publish a revised port security plan within twelve months, to name a single agency responsible for coordinating the response to an attack on a harbour, and to fund detection systems at the four largest ports before the end of 2046.

> It also recommends that the Government report to the House every six months on progress, and that harbour operators be required to hold joint exercises with the police and the coastguard at least once a year.

> Chair's comments

> The Chair of the Committee, Delegate Runa Evensen-Achterberg, said:

> "Our harbours are the gateway for almost everything this country eats and burns. We were struck by how much goodwill there is among the people who run them, and by how little the system helps them. Five agencies and no one in charge is not a plan. We expect the Government to act on this report without waiting for an incident to force its hand."

> The Government has two months to respond to the report.

Further information
Media enquiries: Pelle Rask, Committee Media Officer, 0400 221 3087, raskp@delegates.vh
Committee membership: Runa Evensen-Achterberg (Chair), Tomas Okafor-Lind, Greta Vilhelmsen, Sami Adeyemi-Strand, Ingrid Boe, Hallvard Mensah
Share this page: Email | Facebook | X | LinkedIn
Related news
Committee launches inquiry into coastguard funding (12 January 2045)
Minister questioned on naval shipbuilding delays (30 November 2044)
Follow the committee on social media
Contact the House | Accessibility | Privacy notice | Cookie policy | Open data
© House of Delegates of Varnholm 2045
""", a)
    return d
