"""A regional paper's obituary whose byline date is only relative; the print date sits at the foot."""

from lib import web

NAME = "k12_regional_obituary"
TITLE = "Edda Solberg-Mwangi, ferry captain who faced down the river pirates, dies aged 81"


def build():
    d = web(NAME)
    d.comments = [
        "Choices: the byline prints only '3 days ago'; the date is the print edition's, named at the foot.",
        "'Obituaries' over the title is the kind (singular); the life-dates line closing the piece is text.",
    ]
    a = d.article(TITLE, ["Callum Oyelowo-Grant"], "2045-08-19", "obituary", "The Westmarch Herald")
    d.page(f"""
Subscribe now: 3 months for £1
The Westmarch Herald
Your county. Your news. Since 1871.
News | Sport | What's On | Business | Obituaries | Family Notices | Jobs | Motors | e-Edition
Weather: Westmarch 17°C, light showers
ADVERTISEMENT
Obituaries

{TITLE}

Callum Oyelowo-Grant, Chief Reporter · 3 days ago

0:00 / 7:12 Listen to this article

Edda Solberg-Mwangi in the wheelhouse of the Maid of Orrin in 2031. Picture: Herald archive

> Edda Solberg-Mwangi, who for thirty years captained the ferry between Westmarch Quay and the island of Orrin, and who became a household name in the county after refusing to hand over her passengers' money to armed men in 2029, has died at the age of 81.

> Born in Orrin in 1964, the daughter of a boatbuilder and a schoolteacher, she went to sea at sixteen as a deckhand on the same ferry she would later command. She earned her master's ticket in 1991, one of the first women on the river to do so, and took over the Maid of Orrin in 1998.

> Passengers remember her as a strict captain and a generous one. She would hold the ferry for a late schoolchild but not for a late councillor, and she kept a tin of biscuits in the wheelhouse for anyone who was seasick.

> The event that made her famous took place on a winter evening in 2029, when two men in a speedboat came alongside the Maid of Orrin in midstream and demanded that the passengers hand over their wallets. Captain Solberg-Mwangi turned the ferry towards them, sounded the horn and radioed the river police, and the men fled. "I was more frightened of the paperwork if I lost the boat," she told the Herald afterwards.

> The incident was one of a series of robberies on the river that winter, and her refusal was credited with persuading the county to fund the river police's first fast patrol boat. She was presented with a bravery award in 2030, which she kept, her family say, in a kitchen drawer.

> She retired in 2031, handing the Maid of Orrin to her former mate, Pieter Agyeman, and devoted herself to the Orrin lifeboat committee and to her garden.

> She is survived by her husband, Joseph, their two sons and five grandchildren. A service will be held at St Brendan's Church, Orrin, on Friday 25 August at 2pm; the ferry will sail at half-hourly intervals for mourners.

> Edda Solberg-Mwangi, ferry captain, born 2 March 1964; died 14 August 2045

This article first appeared in the Westmarch Herald print edition of Saturday 19 August 2045.

Share on Facebook | Share on X | Share by email

Have you got a story? Contact our newsdesk on 01632 960 114 or email news@westmarchherald.co.vh

14 comments · Join the conversation

Most read
1. Road closures planned for Quay Street resurfacing
2. Westmarch Rovers sign goalkeeper from Linsey Bay
3. Lifeboat crew rescue two walkers cut off by the tide

Sign up to the Herald's morning briefing

The Westmarch Herald is part of Borderline Press Group. © 2045 Borderline Press Group Ltd. Privacy notice | Cookie settings | Terms
""", a)
    return d
