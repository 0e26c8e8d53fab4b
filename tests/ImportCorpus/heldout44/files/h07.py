from lib import Doc


def build():
    d = Doc("h07_wire_story_with_correction", blank=True,
            sidecar="url: https://corvanewire.example/world/ostmark-bridge-bombing-suspects-charged-2046-03-12")
    d.one_line = True
    a = d.art("Ostmark Charges Four Over Bridge Bombing That Cut Off River Towns", ["Ilka Sornes", "Bram Tidewell"],
              "2046-03-12", "news", "Corvane Wire", None, None)
    d.comment("The wire prints 'World News' as the section over the story: kind news. The masthead prints 'CORVANE WIRE'; the copyright line 'Corvane Wire Service Ltd' adds only the company word.")
    d.comment("The editor's correction printed above the story is about this story but is an editorial note, not the story's text: not text. 'Additional reporting by' and 'Editing by' lines name no authors.")
    d.comment("The dateline opens the first paragraph and is text. Dated by the first publication time, not the update.")
    d.f("CORVANE WIRE")
    d.f("World\nBusiness\nMarkets\nSecurity\nSport\nMy News")
    d.f("Sign in | Register")
    d.f("World News")
    d.f("Ostmark Charges Four Over Bridge Bombing That Cut Off River Towns")
    d.f("By Ilka Sornes and Bram Tidewell")
    d.f("March 12, 2046 9:41 AM GMT \u00b7 Updated 3 hours ago")
    d.f("CORRECTION: An earlier version of this story misstated the county in which the Lanne bridge stands. It is in Tassel County, not Orrin County.")
    d.t(a, "VELDRA, Ostmark, March 12 (Corvane Wire) - Prosecutors in Ostmark charged four men on Thursday over the bombing of a road bridge that cut off three river towns for nearly a month, saying the attack was ordered by a smuggling gang angered by new customs checks.")
    d.t(a, "The men, aged between 23 and 51, are accused of placing explosives under the Lanne bridge in Tassel County on the night of February 9. Nobody was killed, but the collapse forced residents of Ebbing, Haarsted and Little Lanne to make a two-hour detour to reach the regional hospital.")
    d.t(a, "\"This was not an act of protest. It was an act of business,\" chief prosecutor Wendeline Strake told reporters in Veldra. She said investigators had traced payments for the explosives to accounts controlled by a family that has moved tobacco and fuel across the river border for two decades.")
    d.t(a, "Lawyers for two of the accused said their clients would plead not guilty. The other two have not yet been assigned counsel.")
    d.t(a, "The bombing came a week after Ostmark's customs service began inspecting every lorry crossing the river at the Lanne checkpoint, a measure introduced after a string of seizures of untaxed fuel. Residents had complained that the checks caused long queues, and the government had promised to add a second lane.")
    d.t(a, "A temporary military bridge opened on March 7. Engineers say a permanent replacement will take at least a year to build.")
    d.f("Additional reporting by Teodor Vasse in Ebbing; Editing by Martha Quillfeather")
    d.f("Our Standards: The Corvane Wire Trust Principles.")
    d.f("Purchase Licensing Rights")
    d.f("Read Next\nOstmark customs seize record haul of untaxed fuel at river crossing\nFarmers block motorway in protest over diesel prices")
    d.f("\u00a9 2046 Corvane Wire Service Ltd. All quotes delayed a minimum of 15 minutes.")
    return d
