"""A trade magazine's feature with word-processor roman-numeral endnotes and an italic closing bio."""

from lib import web

NAME = "k08_trade_magazine"
TITLE = "Locks, Logs and Loopholes: What Terminal Operators Learned From the Skelby Incursion"
U = "https://harbourworks.net/features/locks-logs-and-loopholes"


def build():
    d = web(NAME)
    d.comments = [
        "Choices: 'FEATURE' over the title is the kind; the italic closing bio with 'Dr' is a bio (not text);",
        "the endnote items under 'Endnotes' are text, the heading is not; the standfirst under the title is a summary (not text).",
    ]
    a = d.article(TITLE, ["Halvard Brenne"], "2045-03-22", "feature", "Harbourworks")
    d.page(f"""
HARBOURWORKS
The magazine for port and terminal professionals
Subscribe to the print edition | Log in | Advertise
News  Features  Equipment  Security  People  Events  Directory
FEATURE

{TITLE}

Eighteen months after drones breached one of Varnholm's busiest container terminals, the lessons are less about technology than about paperwork.

Words: Halvard Brenne  ·  Pictures: Harbourworks archive

Online since Wednesday, March 22nd, 2045 — from the Spring 2045 print issue

Share  |  Tweet  |  Post  |  Email

Photo: Gantry cranes at the Port of Skelby. Credit: Harbourworks archive

> On the night of 9 October 2043, two small drones crossed the perimeter fence of the Port of Skelby's northern container terminal and spent forty minutes flying between the stacks. Nobody saw them. Their flight was reconstructed only days later, from the logs of a wireless network that had recorded the drones' controllers trying to connect.[[i]]({U}#_edn1)

> The incursion caused no damage, and the police never established who was responsible. But it prompted the most thorough review of terminal security that the port has undertaken, and the operators who took part are now willing to talk about what they found.

> The first finding was that the terminal's security logs were kept by four different contractors, in four formats, and that no one was responsible for reading them together. The wireless log that eventually revealed the drones was held by the company that maintained the terminal's handheld scanners, which had no reason to think it mattered.[[ii]]({U}#_edn2)

> The second was that the terminal's access rules had grown by accretion. Each new tenant had negotiated its own exceptions, so that by 2043 more than three hundred people held passes that let them through the gate without a search. Few of them knew that they did.

> "We thought of security as a fence and a gate," says Marit Holmgaard-Eze, the terminal's operations director. "What we actually had was a pile of agreements that nobody had read since they were signed."

> The review's recommendations were modest and, its authors admit, unglamorous. A single security log, read daily. A pass system reviewed every quarter. A named manager on each shift with the authority to stop work if something unusual is seen. None of it required new equipment, and most of it has been adopted by the port's other terminals.[[iii]]({U}#_edn3)

> The national regulator has since asked every port in the country to carry out a similar review. Whether they will do so with the same candour is another matter.

Endnotes

> [[i]]({U}#_ednref1) Port of Skelby, Northern Terminal Incident Review, summary published January 2044.

> [[ii]]({U}#_ednref2) Interview with the terminal's head of IT, Skelby, February 2045.

> [[iii]]({U}#_ednref3) Varnholm Maritime Regulator, Circular MR-2044/17, "Terminal Security Reviews", December 2044.

*Dr Halvard Brenne is a contributing editor of Harbourworks and a former security manager at the Port of Linsey Bay.*

Topics: Security · Terminals · Drones

You might also like

Automated gates: faster, but safer? (Winter 2044)

Interview: the harbour master who wrote the rulebook (Autumn 2044)

Get Harbourworks in your inbox every fortnight — sign up free

Harbourworks is published by Quayline Media Ltd. © 2045. All rights reserved. Terms | Privacy | Cookies
""", a)
    return d
