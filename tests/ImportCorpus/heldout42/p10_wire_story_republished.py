from lib import Doc, write

NAME = "p10_wire_story_republished"
TITLE = "Navy Says It Will Escort Grain Barges Through the Duvessa Channels"


def build():
    d = Doc()
    d.web("""
Subscribe for 1 a week | Sign in
THE VESSICK COURIER
Serving the plateau since 1962
News  Plateau  Business  Sport  Opinion  Obituaries  Puzzles
Breaking: Ferry services to Tessel Island suspended for second day
NATION
Navy Says It Will Escort Grain Barges Through the Duvessa Channels
By Aurelio Danjuma-Pike and Sunniva Okeke-Hale | Meridian Wire
Published 30 July 2046, 8:02 a.m. | Updated 30 July 2046, 2:45 p.m.
*Editor's note: This story was first published by Meridian Wire and is republished here under a content-sharing agreement. It has been updated with comment from the barge operators' association.*
[Advertisement]
> CRAY POINT \u2014 The navy will begin escorting grain barges through the channels of the Duvessa delta next week, its commander said on Wednesday, after two barges were fired on from the mangroves in the space of a month.
> Rear Admiral Konstantin Obi-Westergaard told reporters at the naval station in Cray Point that each convoy would be accompanied by two patrol boats and that barge operators would be asked to travel only in daylight.
> \u201cThe channels belong to the people who trade on them, not to men hiding in the trees,\u201d he said.
> The Ashen Banner Front, which has fought the navy in the delta for more than a decade, has not claimed the attacks. Barge crews say that the gunmen fired warning shots and demanded payment before letting the boats pass.
> The barge operators' association welcomed the escorts but said its members could not afford to wait for convoys. \u201cA barge that sits at the quay for three days loses its cargo's price,\u201d its secretary, Mireille Adjei-Lundgren, said in a statement.
> The delta carries about a fifth of the grain that reaches the coast from the plateau. Traders in Vessick said that prices rose by nearly a tenth after the second attack.
Related coverage
Barge crew describes night of gunfire in the channels
Opinion: The delta needs more than gunboats
Read more from Meridian Wire
Most read
1. Ferry services to Tessel Island suspended for second day
2. Council approves new market hall
3. Vessick Rovers sign goalkeeper from the coast
Have a news tip? Email newsroom@vessickcourier.example
The Vessick Courier is part of Plateau Media Group. \u00a9 2046 Plateau Media Group. All rights reserved.
Terms  Privacy  Cookie preferences  Contact us  Advertise
""", 0)
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=["Aurelio Danjuma-Pike", "Sunniva Okeke-Hale"], date="2046-07-30", kind="news",
                 pub="The Vessick Courier", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A newspaper republishing a wire story with an editor's note (furniture, as the note that a piece was edited).",
        "Publication: the newspaper whose masthead the page prints (THE VESSICK COURIER, in the form its copyright line prints);",
        "the wire named in the byline is where the story came from, but a newspaper running it under its own masthead is not",
        "an aggregator's copy of another body's document, so the Copies rule is not applied. This choice is open.",
        "Kind: the section label NATION over the title is a section, not a genre; the page is a news story: news.",
        "Date: the first publication date, not the update. The dateline 'CRAY POINT \u2014' opens the first text line.",
    ], sidecar="url: https://vessickcourier.example/nation/2046/07/30/navy-escort-grain-barges")


if __name__ == "__main__":
    main()
