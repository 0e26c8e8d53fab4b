NAME = "g06_tm_web_version"
SIDECAR = {"url": "https://calderashby.example/program/terrorism-monitor/after-the-amnesty-tesh-valley"}
ONE_LINE = True
COMMENTS = [
    "Web version of g01's second feature (one line per paragraph, blank lines between), opening with a crawler block whose",
    "title carries the site-name suffix. The page prints no genre label; the issue lists the piece by title under no",
    "label, so kind feature. The 'Publication: ... Volume: 44 Issue: 19' line gives the numbering. Date from the page.",
    "Cookie banner, share bar, photo credit, related titles, sign-up and footer are furniture; the bio is not text.",
]
ARTICLES = [
    dict(title="After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh Valley Cells",
         authors=["Ilse Wandrake"], date="2046-10-02", kind="feature", publication="Terrorism Monitor", volume=44,
         issue=19),
]
BODY = r"""
= ---
= title: "After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh Valley Cells | Calder Ashby Foundation"
= source: https://calderashby.example/program/terrorism-monitor/after-the-amnesty-tesh-valley
= date: 2046-10-02T17:40:00+00:00
= description: "Twenty months after the Tesh valley amnesty, more than four hundred fighters have defected. Why?"
= ---
=
= This site uses cookies to understand how visitors use it. Accept all | Manage settings
=
= Calder Ashby Foundation
=
= About   Programs   Publications   Events   Experts   Support Us
=
= Home / Programs / Terrorism Monitor
=
= After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh Valley Cells
=
= Publication: Terrorism Monitor Volume: 44 Issue: 19
=
= By: Ilse Wandrake
=
= October 2, 2046 05:40 PM
=
= Share: Facebook | X | LinkedIn | Email | Print
=
= Former fighters queue at the Carrow reception centre. (Photo: Calder Ashby Foundation archive)
=
@1
> When the national government announced an amnesty for members of armed groups in the Tesh valley in January 2045, few observers expected it to succeed. Previous offers had attracted only a handful of elderly fighters, and the cells in the valley had survived two military offensives. Twenty months later, the amnesty has drawn more than four hundred defectors, and the cells that once controlled the valley's upper villages have all but disappeared [1].

> The reasons for this collapse are less dramatic than the government's statements suggest. Defectors interviewed in the reception centre at Carrow describe exhaustion, unpaid wages and quarrels between commanders rather than a change of heart. Several said they had waited until a relative or neighbour had passed through the centre and returned home unharmed before deciding to surrender themselves [2].

> The Role of Informants

> A second, less discussed factor has been the use of informants. Security officials acknowledge that a number of defectors were asked to remain in contact with former comrades and to report on their movements. This practice has produced a string of arrests, but it has also created a climate of suspicion in which commanders began to execute their own men on the mere rumour of contact with the authorities [3]. By the summer of 2046, fighters told interviewers, it was safer to surrender than to stay.

> The risk for the government is that the informant system outlives the amnesty. Villagers in the upper valley complain that former fighters now act as paid watchers, settling old scores by denouncing neighbours. If the state does not bring this practice under the supervision of the courts, the valley may trade one form of fear for another, and the grievances that fed the cells in the first place will remain unaddressed.

= Notes
=
> [1] Ministry of the Interior, "Amnesty Programme: Progress Report," August 2046.

> [2] Interviews at the Carrow reception centre, May and June 2046.

> [3] Interviews with two former commanders, Tesh valley, July 2046.
=
= About the Author
=
= Ilse Wandrake is Professor of Conflict Studies at Rookfield University and the author of two books on disarmament in the Tesh valley.
=
= Download the full issue (PDF, 1.2 MB)
=
= Related
=
= Salt, Diesel and Sermons: How the Harrow Front Finances Its Return to the Lowlands
=
= Calloran Vesk: The Ferryman Who Became the Crescent Vigil's Quartermaster
=
= Get Terrorism Monitor in your inbox. Enter your email address  Subscribe
=
= © 2046 Calder Ashby Foundation. All rights reserved. Privacy Policy | Terms of Use | Contact
"""
