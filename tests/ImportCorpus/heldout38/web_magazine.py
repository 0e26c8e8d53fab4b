"""b11: a magazine's long read: `Words by … | Photographs by …`, issue line and publication date, pull quote."""
from lib import Article, RawFile

TITLE = "The Last Customs Post on the River"


def build():
    f = RawFile("b11", one_line_per_paragraph=True)
    f.furn("Menu",
           "SALTWIND",
           "Reportage  Culture  Ideas  Photography  The Magazine  Shop",
           "Subscribe from \u00a34 a month",
           "Long read")
    f.start(Article(TITLE, ["Ottoline Farago-Smythe"], "2042-06-02", "long read", "Saltwind"))
    f.furn(TITLE,
           "On the upper Vessa, a handful of officers still collect duties from the barges. Everyone else has "
           "stopped pretending.",
           "Words by Ottoline Farago-Smythe | Photographs by Bram Ekwueme",
           "From the June 2042 issue \u00b7 Published 2 June 2042",
           "Reading time: 11 minutes")
    f.text(
        "The customs post at Dunmere is a concrete hut with a flagpole, a barrier that no longer lowers and a radio "
        "that works on dry days. Three officers live there in rotation, two weeks on and two weeks off, and between "
        "them they are the only representatives of the state for sixty kilometres of river.",
        "Every barge that comes down from the hills stops at Dunmere. This is not because the officers could stop "
        "it if it did not. It is because the captains have decided, over many years, that stopping is cheaper "
        "than the trouble of not stopping.")
    f.furn("Officer Henrike Vasquez-Ode checks a barge's papers at Dunmere. Photograph: Bram Ekwueme for Saltwind")
    f.text(
        "Henrike Vasquez-Ode has been posted here for six years. She shows me the ledger in which she records each "
        "barge, its cargo and the duty paid. Most cargoes are timber and charcoal. A few are declared as \u201cmixed "
        "goods\u201d, and she does not open them.",
        "\u201cIf I open them, I have to do something about what is inside,\u201d she says. \u201cAnd there are three "
        "of us.\u201d")
    f.furn("\u201cIf I open them, I have to do something about what is inside.\u201d")
    f.text(
        "Upriver, the armed group that controls the hill districts runs its own checkpoints, and its receipts are "
        "better printed than hers. The captains pay both. They describe the group's fee as the price of being "
        "left alone on the river, and the state's duty as the price of being allowed to sell in the towns.",
        "What keeps Dunmere open, in the end, is that both sides find it useful. The group does not attack the post, "
        "because its traders need the customs stamp to reach the markets downstream. The state keeps the post, "
        "because a post with a flag is proof, on a map in the capital, that the river is still governed.",
        "When I leave, Vasquez-Ode walks me to the jetty. A barge is coming down, low in the water. She lifts a "
        "hand, and the captain lifts one back, and neither of them says anything at all.")
    f.furn("This article appears in the June 2042 issue of Saltwind. Subscribe to get the magazine delivered.",
           "Share  Facebook  X  Email  Gift this article",
           "Ottoline Farago-Smythe is a writer based in Lindenhaven. Her book on the Vessa will be published next "
           "year.",
           "You might also like",
           "The salt towns at the end of the world",
           "A week with the river pilots",
           "Sign up to the Saltwind newsletter",
           "About  Contact  Advertise  Careers  Terms  Privacy",
           "\u00a9 2042 Saltwind Magazine Ltd. Registered in Lindenhaven no. 0448210",
           "Cookie preferences")
    f.write(sidecar={"url": "https://saltwind.example/reportage/the-last-customs-post-on-the-river"}, choices=[
        "the standfirst under the title, the photo caption and the pull quote are not text.",
        "dated by 'Published 2 June 2042', not by the month of the print issue; no volume or issue.",
        "the label 'Long read' over the title gives the kind long read; only the writer is an author.",
        "the masthead prints SALTWIND; the copyright's 'Saltwind Magazine Ltd' is the company: publication Saltwind.",
    ])
    return f
