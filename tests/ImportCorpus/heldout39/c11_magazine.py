"""c11: a magazine's profile, one line per paragraph, a pull quote and a caption between paragraphs, a closing bio."""
from lib import Doc

TITLE = "The Negotiator Who Would Not Stop Talking"


def build():
    d = Doc("c11", one_line_per_paragraph=True, comments=[
        "'Profile' over the title is the kind.",
        "the pull quote repeats a sentence of the text and, like the photo caption, is furniture.",
        "the plain closing bio is not text; the photographer is not an author.",
    ])
    a = d.article(TITLE, ["Tamsin Reyes"], "2043-06-18", "profile", "Longwater Review")
    for t in ["LONGWATER REVIEW", "Politics  Culture  Books  Long reads  The Archive  Subscribe", "Profile", TITLE,
              "For eighteen years Ruth Okafor-Lind bargained for the lives of strangers. Now she wants to explain how.",
              "Words: Tamsin Reyes \u00b7 Photographs: Ivo Brandt",
              "From the Summer 2043 issue \u00b7 Published 18 June 2043 \u00b7 12 minute read"]:
        d.add(t)
    paras = [
        "Ruth Okafor-Lind keeps a telephone on her kitchen table that has not rung in a year. It is an old "
        "handset, heavy and beige, and for most of two decades it was the line on which kidnappers called her. "
        "She cannot bring herself to unplug it.",
        "\"You get used to waiting for it,\" she says. \"Then one day there is nothing to wait for, and the "
        "waiting doesn't stop.\"",
        "She came to the work by accident. In 2025 she was a claims assessor at a marine insurer in Harnby, "
        "and when a client's engineer was taken from a survey boat in the Ombassi Gulf, she was the only person "
        "in the office who spoke the kidnappers' language. She negotiated for eleven days and brought him home. "
        "Within a year the firm had made her its first full-time negotiator.",
    ]
    for p in paras:
        d.para(p, a)
    d.add("\u201cThe first job is always proof of life. Everything else is arithmetic.\u201d")
    d.add("Okafor-Lind at home in Harnby, May 2043. Photograph: Ivo Brandt for Longwater Review")
    for p in [
        "What followed was a career conducted almost entirely on the phone. She estimates that she worked on "
        "more than two hundred cases, and that all but nine ended with the hostage alive. She talks about the "
        "nine more readily than about the others. \"The first job is always proof of life. Everything else is "
        "arithmetic. When you lose one, it is because you got the arithmetic wrong.\"",
        "Her colleagues describe a negotiator of unusual patience who would keep a kidnapper talking long past "
        "the point where others gave up. One of them, who asked not to be named, recalled a call that lasted "
        "six hours, most of it about the kidnapper's football team.",
        "Now retired, she is writing a book about the work, and she is blunt about what she hopes it will do. "
        "\"People think kidnapping is about money. It is about time. Whoever can wait longer wins, and the "
        "family can never wait longer. My job was to wait for them.\"",
    ]:
        d.para(p, a)
    for t in ["This article appears in the Summer 2043 issue of Longwater Review. Subscribe to get every issue.",
              "Share  Facebook  X  Email  Copy link",
              "Tamsin Reyes is a contributing editor at Longwater Review. She lives in Sarrow.",
              "Read next", "The Lighthouse Keepers of the Selvan Delta", "A Season on the Grain Barges",
              "Get the Longwater newsletter every Friday", "Your email", "Sign up",
              "Longwater Review is published by Longwater Media Ltd. \u00a9 2043. All rights reserved. Terms \u00b7 Privacy \u00b7 Cookies"]:
        d.add(t)
    d.sidecar = "url: https://longwaterreview.example/2043/06/the-negotiator-who-would-not-stop-talking\n"
    return d
