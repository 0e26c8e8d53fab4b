"""c09: a post in a newsletter's web archive, one line per paragraph, name and date on lines of their own."""
from lib import Doc

TITLE = "Night Buses to the Border"


def build():
    d = Doc("c09", one_line_per_paragraph=True, comments=[
        "DISPATCH over the title is the kind; the name line under the subtitle is the byline.",
        "the subtitle (standfirst) under the title is not text; the subscribe box between paragraphs is furniture.",
    ])
    a = d.article(TITLE, ["Yusra Delacroix-Amin"], "2043-04-09", "dispatch", "Borderline Notes")
    for t in ["Borderline Notes", "Subscribe", "Sign in", "DISPATCH", TITLE,
              "On the road with the people the smugglers leave behind",
              "Yusra Delacroix-Amin", "Apr 9, 2043", "142", "18", "Share"]:
        d.add(t)
    paras = [
        "The bus to Tamvel leaves the square in Ardesh at eleven at night, and by half past ten every seat is "
        "taken. Most of the passengers are carrying sacks of onions or crates of cooking oil; a few are carrying "
        "nothing at all, which on this route is what makes people look twice.",
        "I rode it three times in March. The driver, a heavy man called Petro who has done the route for "
        "twenty years, told me that the checkpoints used to be the army's and are now \"whoever is standing "
        "there\". On my first trip that meant two soldiers who waved us through. On the second it meant four "
        "young men with a cedar badge, who took a fee from every passenger with goods and wrote each payment "
        "in a school exercise book.",
        "Nobody on the bus complained. A woman selling dried fish explained why: the soldiers had taken money "
        "too, but unpredictably, and sometimes they took the fish. The young men with the badge took a fixed "
        "sum and gave a receipt.",
    ]
    for p in paras:
        d.para(p, a)
    for t in ["Thanks for reading Borderline Notes! Subscribe for free to receive new posts and support my work.",
              "Type your email\u2026", "Subscribe"]:
        d.add(t)
    for p in [
        "On the third trip the checkpoint was empty. Petro said that meant something was happening further up "
        "the road, and that it was better not to ask. We reached Tamvel an hour early.",
        "I do not know what the receipts add up to, or where the money goes. What struck me was how ordinary "
        "the whole thing had become: a tax, collected politely, by people whose authority nobody on the bus "
        "questioned and nobody had chosen.",
    ]:
        d.para(p, a)
    for t in ["Subscribe to Borderline Notes",
              "Hundreds of paid subscribers",
              "Reporting from the roads and borders nobody else covers.",
              "142 Likes \u00b7 9 Restacks",
              "18 Comments",
              "Write a comment\u2026",
              "Top  Latest  Discussions",
              "\u00a9 2043 Yusra Delacroix-Amin \u00b7 Privacy \u00b7 Terms \u00b7 Collection notice",
              "Start writing  Get the app",
              "Letterpost is the home for great culture"]:
        d.add(t)
    d.sidecar = "url: https://borderlinenotes.letterpost.example/p/night-buses-to-the-border\n"
    return d
