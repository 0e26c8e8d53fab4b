NAME = "g04_sibling_highland_corridors"
SIDECAR = {"publication": "Highland Corridors Monitor"}
WIDTH = 74
COMMENTS = [
    "Whole issue of an invented sibling monitor. Numbering 'Vol. 3 · No. 5'. ASSESSMENT (singular) over the first piece",
    "makes it an assessment; IN SHORT, a section name no page uses as a genre, over a run of two short unsigned pieces: briefs",
    "with no authors. The assessment's footnotes are printed at the foot of their page (before the page footer), between",
    "two halves of the text: they are notes, so text. 'Author: NAME' and the 'About the author' paragraph are not text.",
]
PUB = "Highland Corridors Monitor"
D = "2046-09-15"
ARTICLES = [
    dict(title="Tolls Without Borders: Armed Groups and the New Highland Freight Road",
         authors=["Corvin Deleuze-Amato"], date=D, kind="assessment", publication=PUB, volume=3, issue=5),
    dict(title="Kidnapped Surveyors Released After Forty Days", authors=[], date=D, kind="brief", publication=PUB,
         volume=3, issue=5),
    dict(title="Border Market at Tarrow Gap Reopens Under Militia Guard", authors=[], date=D, kind="brief",
         publication=PUB, volume=3, issue=5),
]
FURN = {
    "A": ["", "Highland Corridors Monitor \u2014 15 September 2046 \u2014 page 2 of 4", "", "\f"],
    "B": ["", "Highland Corridors Monitor \u2014 15 September 2046 \u2014 page 3 of 4", "", "\f"],
}
BODY = r"""
= HIGHLAND CORRIDORS MONITOR
= A Calder Ashby Foundation publication on security along the mountain trade routes
=
= Vol. 3  ·  No. 5  ·  15 September 2046
=
= Inside: Assessment -- Tolls Without Borders (p. 1) | In Short -- Kidnapped Surveyors Released After
= Forty Days; Border Market at Tarrow Gap Reopens Under Militia Guard (p. 4)
=
= ASSESSMENT
=
= Tolls Without Borders: Armed Groups and the New Highland Freight Road
=
= Author: Corvin Deleuze-Amato
=
@1
p The new freight road across the Tarrow highlands was meant to bind the border provinces to the national economy. Opened in stages since 2044, it has cut the journey from the lowland ports to the mountain markets from three days to one. It has also created a lucrative new opportunity for the armed groups of the highlands, which now compete to tax the lorries that climb its switch|backs.¹

p At least four groups collect payments along the road. Two are remnants of the separatist movements of the 2030s; one is a criminal network with ties to the diesel trade; and the fourth is a village militia that began as a self-defence force and now charges for the protection it once offered freely. Drivers report paying at up to six points on a single journey, and some haulage firms have stopped sending lorries at night altogether.²

=
> 1 Ministry of Transport, "Highland Freight Road: Traffic Statistics, First Half of 2046," July 2046.
> 2 Interviews with lorry drivers and dispatchers at the Tarrow depot, August 2046.
@0
= Highland Corridors Monitor — 15 September 2046 — page 1 of 4
=
= 
@1
p The groups rarely fight one another. Instead, they appear to have reached an informal division of the road, each collecting its fee on its own stretch and leaving the others alone. This arrangement is fragile, however. In June, a dispute over the stretch near the Kell bridge left three militia members dead, and the haulage firms fear that a wider conflict would close the road entirely. The authorities, who have few police posts in the highlands, have so far done little beyond promising a review.³

> What the state could do

p There are no easy remedies. A large deployment of troops would be costly and might drive the groups back into open insurgency. A more modest approach would start with the road's own infrastructure: toll booths run by the state at both ends, lit and guarded rest areas, and radios for drivers to report demands for payment. Such measures would not end the groups' ^A income, but they would raise its cost and give the state a presence on a road it built but does not yet control.

=
> 3 Provincial governor's office, statement on the Kell bridge incident, June 12, 2046.
=
= About the author: Corvin Deleuze-Amato is a transport economist and a fellow of the Calder Ashby Foundation.
=
= IN SHORT
=
= Kidnapped Surveyors Released After Forty Days
=
@2
p Three surveyors employed by a mining company were released on August 30 after forty days in captivity in the hills above Tarrow Gap. The company has not said whether a ransom was paid. The men had been mapping a copper deposit that local villagers say lies on common grazing land, and their abductors, who have not been identified, demanded that exploration be halted.

= Border Market at Tarrow Gap Reopens Under Militia Guard
=
@3
p The weekly market at Tarrow Gap, closed since a shooting in May, reopened on September 6 with guards from the village militia at its entrances. Traders said attendance was about half its usual level. The militia has asked each stall for a small fee to pay for the guards, a charge the district council says it has not ^B approved.

= Next issue: 1 October 2046. Subscriptions and back issues: corridors@calderashby.example
"""
