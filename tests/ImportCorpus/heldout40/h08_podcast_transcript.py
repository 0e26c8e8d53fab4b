"""h08: a podcast episode's transcript page, one line per paragraph without blank lines."""
from lib import Doc, web


def build():
    d = Doc("h08_podcast_transcript", blank_between=False)
    d.comments = [
        "Choices: a page with an episode number, a host and a running time is a podcast; the host is the author",
        "(the guest is not); the show named in the masthead is the publication, not the company in the foot; the",
        "episode summary above the chapters is furniture of the player (it repeats the description), the chapter",
        "list is furniture; the transcript's speaker lines are the text.",
    ]
    a = d.article(title="The Ferry Bomb Nobody Saw Coming", authors=["Marisol Quenneville"], kind="podcast",
                  date="2044-08-09", publication="Fault Lines After Dark", volume=None, issue=None)
    d.ls("""
FAULT LINES AFTER DARK
Episodes  About  Transcripts  Newsletter  Support the show
Ep. 87 \u2014 09 AUG 2044 \u2014 41 min
The Ferry Bomb Nobody Saw Coming
Hosted by Marisol Quenneville \u00b7 with guest Dr Tobiah Renwick-Sall
\u25b6 Play episode   \u2193 Download MP3 (38.2 MB)
Listen on: Applecast \u00b7 Spotwave \u00b7 Pocketline \u00b7 RSS
A harbour police veteran explains why island ferries are so hard to protect, and what the Sarrabey bombing changed.
Chapters
00:00 Cold open
02:40 How a ferry is loaded
14:05 The Sarrabey night
29:30 What the new Coastal Guard can do
Transcript
""")
    web(d, a, [
        "MARISOL QUENNEVILLE: Welcome to Fault Lines After Dark. I'm Marisol Quenneville. In July a van exploded on "
        "the lower deck of a passenger ferry as it came into Sarrabey harbour. Nine people died. My guest tonight "
        "spent twenty-two years in the harbour police before he went into teaching, and he has been saying for a "
        "long time that something like this would happen. Tobiah, welcome.",
        "TOBIAH RENWICK-SALL: Thanks for having me. I wish I'd been wrong.",
        "MARISOL QUENNEVILLE: Start with the basics. Why is a ferry so hard to protect?",
        "TOBIAH RENWICK-SALL: Because it is a road that floats. On a busy crossing you might load two hundred "
        "vehicles in forty minutes. If you search every one properly, the ferry leaves three hours late, the "
        "islanders miss their appointments, and by the end of the week the minister is on the phone asking why. "
        "So in practice you search a few, you look at the rest, and you hope.",
        "MARISOL QUENNEVILLE: And the small island ports?",
        "TOBIAH RENWICK-SALL: The small ports are the real problem. At Mell there was one officer on the ramp that "
        "night, and no scanner at all. Whoever planned this knew that. They did not pick the ferry; they picked the "
        "port where the ferry was loaded.",
        "MARISOL QUENNEVILLE: The government says every vehicle will be screened by the end of the summer.",
        "TOBIAH RENWICK-SALL: I'd like to believe it. But you cannot buy trained people by the end of the summer. "
        "What you can do quickly is change the order of loading, so that the vehicles nobody has checked go where "
        "a blast would do the least harm, and put the passengers' cars nearest the ramp. It costs nothing.",
        "MARISOL QUENNEVILLE: Tobiah Renwick-Sall, thank you.",
        "TOBIAH RENWICK-SALL: Thank you, Marisol.",
    ])
    d.ls("""
This transcript was generated automatically and lightly corrected. Please check against the audio before quoting.
Enjoying the show? Support us on Backerly and get ad-free episodes.
Next episode: Ep. 88 \u2014 The Quarry Smugglers
Previous episode: Ep. 86 \u2014 Negotiating in Public
14 comments
Fault Lines After Dark is produced by Brackwater Audio. \u00a9 2044 Brackwater Audio Ltd.
Privacy \u00b7 Cookie preferences \u00b7 Contact
""")
    return d, None, True
