"""b09: a post in a newsletter's web archive, with a subscribe box between paragraphs and a paid-tier prompt."""
from lib import Article, RawFile

TITLE = "The Lighthouse Keepers Who Count the Smugglers"


def build():
    f = RawFile("b09", one_line_per_paragraph=True, spaced=True)
    f.furn("Lowtide Letters",
           "Subscribe",
           "Sign in",
           "ESSAY")
    f.start(Article(TITLE, ["Corwin Adebayo-Lind"], "2042-03-30", "essay", "Lowtide Letters"))
    f.furn(TITLE,
           "Corwin Adebayo-Lind",
           "Mar 30, 2042",
           "12",
           "3",
           "Share")
    f.text(
        "There are still nine lighthouses on the Calder coast with a keeper living in them, and every one of those "
        "keepers keeps a second logbook that the lighthouse service never asked for.",
        "In it they write down the boats that pass without lights: the time, the direction, the sound of the "
        "engine. Some of the logbooks go back twenty years. Read together, they are the only continuous record of "
        "the smuggling trade on this coast that anyone has kept.")
    f.furn("Lowtide Letters is a reader-supported publication. To receive new posts and support my work, consider "
           "becoming a free or paid subscriber.",
           "Type your email\u2026",
           "Subscribe")
    f.text(
        "I have now read four of them. The keeper at Greyness Point, Aurelio Fenwick-Sato, lent me his for a "
        "weekend on the condition that I copy nothing out word for word. What I can say is that the number of dark "
        "boats he recorded rose sharply in 2037, the year the fuel subsidy ended, and has never fallen back.",
        "The keepers do not think of themselves as informants. Several told me they had offered the logbooks to the "
        "coast guard and been turned away. One was told, politely, that the coast guard had radar now.",
        "Radar sees boats. It does not hear engines that are running rough because the fuel was bought at sea, or "
        "notice that the same boat passes every Tuesday at two in the morning. The keepers do. When the last of "
        "them retires, the coast will lose a kind of knowledge that no system has replaced.")
    f.furn("Thanks for reading Lowtide Letters! Subscribe for free to receive new posts and support my work.",
           "Type your email\u2026",
           "Subscribe",
           "12 Likes \u00b7 3 Reposts",
           "Discussion about this post",
           "Comments",
           "Reposts",
           "Write a comment...",
           "Ready for more?",
           "\u00a9 2042 Corwin Adebayo-Lind \u00b7 Privacy \u00b7 Terms \u00b7 Collection notice",
           "Start writing  Get the app",
           "Published on Letterbay, the home of independent newsletters")
    f.write(sidecar={"url": "https://lowtideletters.example/p/the-lighthouse-keepers-who-count"}, choices=[
        "the label ESSAY over the title gives the kind essay.",
        "the counts under the date (likes, comments) and the subscribe box between paragraphs are furniture.",
    ])
    return f
