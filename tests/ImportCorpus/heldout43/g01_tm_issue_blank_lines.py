NAME = "g01_tm_issue_blank_lines"
SIDECAR = {"publication": "Terrorism Monitor"}
WIDTH = 88
COMMENTS = [
    "Whole Terrorism Monitor issue as PDF text with blank lines. BRIEFS (plural) covers the two short pieces; the two",
    "longer pieces sit under no label and the contents list them by title, so both are features.",
    "The editor's one-line bio and the co-authors' bio are not text (author profiles). The pull quote in the first",
    "feature repeats a sentence of the text and is furniture. 'By late August ...' opens a paragraph: text, not a byline.",
    "Notes ('[n] ...') are text, the 'Notes' heading is not. Issue date printed '2 OCTOBER 2046'.",
]
PUB = "Terrorism Monitor"
D = "2046-10-02"
ARTICLES = [
    dict(title="Militants Torch Grain Depots Along the Orvath Corridor", authors=["Marguerite Oduya"], date=D,
         kind="brief", publication=PUB, volume=44, issue=19),
    dict(title="Ferry Pilots Detained Over Smuggling Route to Kessan Islands", authors=["Marguerite Oduya"], date=D,
         kind="brief", publication=PUB, volume=44, issue=19),
    dict(title="Salt, Diesel and Sermons: How the Harrow Front Finances Its Return to the Lowlands",
         authors=["Amara Velkonen", "Tobiah Reyes-Quist"], date=D, kind="feature", publication=PUB, volume=44, issue=19),
    dict(title="After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh Valley Cells",
         authors=["Ilse Wandrake"], date=D, kind="feature", publication=PUB, volume=44, issue=19),
]
FURN = {
    "A": ["", "TerrorismMonitor  Volume XLIV \u2022Issue19", "", "2", ""],
    "B": ["", "3", "", "TERRORISM MONITOR | VOLUME XLIV | ISSUE 19", ""],
    "C": ["", "TERRORISM MONITOR | VOLUME XLIV | ISSUE 19", "", "5", ""],
    "D": ["", "6", ""],
    "E": ["", "TERRORISM MONITOR | VOLUME XLIV | ISSUE 19", "", "7", ""],
}
BODY = r"""
= The Calder Ashby Foundation
=
= T E R R O R I S M   M O N I T O R
= Research and analysis on militancy, insurgency and political violence
=
= ISSUE 19  ·  VOLUME XLIV  ·  2 OCTOBER 2046
=
= IN THIS ISSUE:
=
= BRIEFS
= 1 | Militants Torch Grain Depots Along the Orvath Corridor
= 2 | Ferry Pilots Detained Over Smuggling Route to Kessan Islands
= 3 | Salt, Diesel and Sermons: How the Harrow Front Finances Its Return to the
=     Lowlands -- Amara Velkonen and Tobiah Reyes-Quist
= 4 | After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh
=     Valley Cells -- Ilse Wandrake
=
= Terrorism Monitor is a publication of the Calder Ashby Foundation. It is designed to be read by policy-makers,
= specialists and the general public. The opinions expressed within are solely those of the authors.
= Unauthorised reproduction or redistribution of this or any publication is strictly prohibited.
= For comments or questions, write to the editor, Marguerite Oduya, at 17 Fennick Row, Saltmarsh, or
= editor@calderashby.example.
=
= BRIEFS
=
= Militants Torch Grain Depots Along the Orvath Corridor
=
= by Marguerite Oduya
=
@1
p Fighters loyal to the Harrow Front set fire to three grain depots along the Orvath corridor during the night of September 14, according to the provincial farmers' cooperative, which lost nearly four thousand tonnes of wheat stored ahead of the winter distribution. The attackers arrived on motorcycles, ordered the night guards to leave, and poured diesel over the sacks before firing shots into the air and withdrawing toward the hills east of Merrow Ford [1].

p The attack followed a warning, broadcast on a local radio frequency the group has used since the spring, that cooperatives paying the new grain levy to the provincial authorities would be treated as enemies. Residents told a regional newspaper that the group had demanded a share of the harvest from several villages in August and that the depots were chosen because they stood on the main road, where smoke would be visible for miles [2].

p The burning of food stocks marks a change for a movement that has until now presented itself as a protector of smallholders. It may also indicate that the Front's finances are under strain, a theme the feature in this issue explores at greater length.

= Marguerite Oduya is the Editor of Terrorism Monitor.
=
= Notes
=
> [1] "Night fire destroys Orvath depots," Merrow Ford Courier, September 15, 2046.
> [2] Interview by telephone with a cooperative official, Orvath, September 20, 2046.
=
= Ferry Pilots Detained Over Smuggling Route to Kessan Islands
=
= by Marguerite Oduya
=
@2
p Coast guard officers in the port of Vellant detained two ferry pilots on September 22 on suspicion of carrying weapons and recruits for a militant cell based on the Kessan Islands. Officers found eleven rifles and a box of radio handsets beneath a false floor in the cargo hold of the smaller of the two vessels, which runs a weekly passenger service between the mainland and the outer islands.

p Investigators believe the route has been in use for at least a year and that the pilots were paid in cash on each crossing. The detentions are the first public sign that the island cell, long dismissed as a handful of ^A preachers, has built a supply chain of its own. Local officials have asked for a second patrol boat to be stationed at Vellant before the winter storms reduce traffic.

= Marguerite Oduya is the Editor of Terrorism Monitor.
=
= Salt, Diesel and Sermons: How the Harrow Front Finances Its Return to the Lowlands
=
= Amara Velkonen and Tobiah Reyes-Quist
=
@3
p For most of the last decade, the Harrow Front was a movement of the highlands. Its commanders kept to the forests above the Orvath river, its recruits came from the hill villages, and its income depended on the timber trade and on the informal tolls it levied at two mountain passes. Since the beginning of 2046, however, the group has returned to the lowland districts it was driven out of in 2039, and it has done so with a new and more diverse set of revenue streams [1].

> Three Sources of Income

p The first is salt. The lowland districts produce most of the province's table salt in open evaporation pans, and the Front now collects a fixed fee on every truckload leaving the pans at Dunmere and Sorrel Flats. Producers interviewed for this article described the fee as smaller than the bribes formerly paid to district officials, which may explain why few have complained to the authorities [2].

p The second is diesel. Since fuel subsidies were cut in the spring, a trade in smuggled diesel has grown along the border, and the Front appears to have taken a share of it by guaranteeing safe passage to tankers on the secondary roads. Drivers pay at improvised checkpoints staffed by young men who carry receipts stamped with the group's emblem, a practice that allows the Front to present its demands as a form of ^B taxation rather than theft [3].

= "Drivers pay at improvised checkpoints staffed by young men who carry receipts stamped with the group's emblem."
=
p The third source is the least visible. By late August, preachers associated with the group were collecting donations at weekly gatherings in at least six lowland towns, presenting the money as charity for the families of fighters killed in the highlands. Such sermons serve a double purpose: they raise funds and they rebuild the social networks the Front lost when its lowland cells were dismantled seven years ago [4].

> What the Money Buys

p Together, these streams give the Front an income that local researchers estimate at several times its revenue of three years ago. Much of it is spent on salaries, which has allowed the group to recruit among unemployed men in the salt towns, and on motorcycles and radio equipment. The attack on the grain depots along the Orvath corridor, described in this issue's briefs, suggests that the group is now confident enough to punish those who pay the state rather than the movement. The lowland economy, long treated by the authorities as a bulwark against the in|surgency, has become one of its foundations.

= Notes
=
> [1] On the Front's retreat from the lowlands, see Halden Morrow, The Hill War (Saltmarsh: Pellwood Press, 2042), 88-104.
> [2] Interviews with salt producers, Dunmere and Sorrel Flats, July 2046.
> [3] Interviews with tanker drivers, Merrow Ford, August 2046; photographs of receipts shared with the authors.
> [4] Recordings of sermons shared with the authors by a local journalist, September 2046.
=
= Amara Velkonen is a senior researcher at the Lowlands Policy Institute in Saltmarsh, where she studies insurgent
= economies. Tobiah Reyes-Quist is a doctoral candidate at the University of Fennick writing a thesis on fuel
= smuggling and armed groups.
=
= After the Amnesty: Defectors, Informants and the Quiet Collapse of the Tesh Valley Cells
=
= By Professor Ilse Wandrake
=
@4
p When the national government announced an amnesty for members of armed groups in the Tesh valley in January 2045, few observers expected it to succeed. Previous offers had attracted only a handful of elderly fighters, and the cells in the valley had survived two military offensives. Twenty months later, the amnesty has drawn more than four hundred defectors, and the cells that once controlled the valley's upper villages have all but disap|peared [1].

p The reasons for this collapse are less dramatic than the government's statements suggest. Defectors interviewed in the reception centre at Carrow describe exhaustion, unpaid wages and quarrels between commanders rather than a change of heart. Several said they had waited until a relative or neighbour had passed through the centre and returned home unharmed before ^C deciding to surrender themselves [2].

> The Role of Informants

p A second, less discussed factor has been the use of informants. Security officials acknowledge that a number of defectors were asked to remain in contact with former comrades and to report on their movements. This practice has produced a string of arrests, but it has also created a climate of suspicion in which commanders began to execute their own men on the mere rumour of contact with the authorities [3]. By the summer of 2046, fighters told interviewers, it was safer to surrender than to stay.

p The risk for the government is that the informant system outlives the amnesty. Villagers in the upper valley complain that former fighters now act as paid watchers, settling old scores by denouncing neighbours. If the state does not bring this practice under the supervision of the courts, the valley may trade one form of ^D fear for another, and the grievances that fed the cells in the first place will remain unaddressed.

= Notes
=
> [1] Ministry of the Interior, "Amnesty Programme: Progress Report," August 2046.
> [2] Interviews at the Carrow reception centre, May and June 2046.
> [3] Interviews with two former commanders, Tesh valley, July 2046.
=
= Ilse Wandrake is Professor of Conflict Studies at Rookfield University and the author of two books on
= disarmament in the Tesh valley.
=
= TERRORISM MONITOR | VOLUME XLIV | ISSUE 19
=
= 8
"""
