"""b07: a news site's story as a crawler saves it, opening with its YAML block; two reporters in the byline."""
from lib import Article, RawFile

TITLE = "Ferry operator halts night crossings after second hijack attempt"


def build():
    f = RawFile("b07", one_line_per_paragraph=True)
    f.furn("---",
           f'title: "{TITLE} | Tidewater Courier"',
           "source: https://tidewatercourier.example/news/region/2042/04/22/ferry-night-crossings-halted",
           "date: 2042-04-22T07:14:00+02:00",
           'description: "Vessa Line suspends its overnight service to Inner Vessa after armed men tried to board a '
           'ferry for the second time in a month."',
           "author: unknown",
           "---",
           "Tidewater Courier",
           "News  Region  Business  Sport  Opinion  Weather",
           "Subscribe  |  Log in",
           "Breaking: Coast road closed at Harl Point after landslide",
           "News \u203a Region")
    f.start(Article(TITLE, ["Hollis Mbeki-Strand", "Reza Castellanos"], "2042-04-22", "news", "Tidewater Courier"))
    f.furn(TITLE,
           "By Hollis Mbeki-Strand and Reza Castellanos",
           "Published 22 April 2042, 07:14 \u00b7 Updated 22 April 2042, 11:40",
           "The Morning Lark at its berth in Vessa harbour on Monday. Photo: Tidewater Courier",
           "Listen to this article \u00b7 4 min")
    f.text(
        "Vessa Line has suspended its overnight ferry service to Inner Vessa after armed men tried to board one of "
        "its vessels for the second time in a month.",
        "The company said on Tuesday that crossings after dark would stop \u201cuntil further notice\u201d, leaving "
        "islanders with two daytime sailings a day.",
        "The latest attempt came shortly after 2am on Monday, when a small boat with five men on board came "
        "alongside the Evening Tern about six miles out of Vessa harbour. The ferry's captain turned on the deck "
        "lights and increased speed, and the boat fell away after a few minutes, according to passengers.",
        "\u201cWe heard shouting and then the engines went to full power,\u201d said Marit Okonjo-Hale, who was "
        "travelling home with her two children. \u201cNobody slept after that.\u201d",
        "Last month the crew of another Vessa Line ferry, the Morning Lark, were held for ten days by an armed "
        "group after it was boarded in the same waters.",
        "Island traders said the suspension would hit the evening fish market, which relies on the last sailing to "
        "reach buyers on the mainland. The island council has asked the coast guard to escort the night ferries "
        "so that the service can resume.",
        "A coast guard spokesperson said patrols in the strait had been increased but did not comment on escorts.",
        "Police have asked anyone who saw a small grey boat near the Vessa channel on Sunday night to call the "
        "coastal police on 0800 414 414, quoting reference VS-2042-0417.")
    f.furn("Got a story? Email newsdesk@tidewatercourier.example",
           "Share  Facebook  X  WhatsApp  Email",
           "More from Region",
           "Landslide closes coast road at Harl Point",
           "Fish prices fall as evening market empties",
           "Council to vote on new harbour fees",
           "Most read",
           "1. Ferry operator halts night crossings after second hijack attempt",
           "2. School to close for a week after flooding",
           "Advertisement",
           "Get the Tidewater Courier morning newsletter: the day's headlines before 7am. Sign up",
           "\u00a9 2042 Tidewater Courier Ltd. All rights reserved. Contact us \u00b7 Privacy notice \u00b7 "
           "Cookie settings \u00b7 Terms")
    f.write(sidecar={"url": "https://tidewatercourier.example/news/region/2042/04/22/ferry-night-crossings-halted"},
            choices=[
                "the crawler block's title carries the site-name suffix; the page's title is without it.",
                "the closing appeal for information about this case is text; 'Got a story?' is furniture (README).",
                "the breadcrumb 'News \u203a Region' gives the kind news.",
            ])
    return f
