"""A plain-text email newsletter, hard-wrapped, with recurring blocks that are not articles."""

from lib import Doc

NAME = "k04_email_newsletter"
PUB = "The Tidegate Letter"
DATE = "2045-05-12"

T1 = "Why the Estuary Drone Ban Will Not Hold"
T2 = "Harbour Authorities Agree a Common Code for Night Inspections"
T3 = "The Verdict in Carn Leaves the Hard Questions Open"
T4 = "Coastguard Trains Its First Class of Drone Pilots"

RULE = "=" * 66
THIN = "-" * 66


def build():
    d = Doc(NAME, wrap=68)
    d.comments = [
        "Choices: 'Issue 142' under the mail header with no volume is a send count: volume and issue are null.",
        "The publication is the masthead's name with its article ('The Tidegate Letter', as the From line and",
        "the foot print it). Number of the week, sponsor and diary blocks are furniture.",
    ]
    a1 = d.article(T1, ["Corentin Achebe-Vos"], DATE, "analysis", PUB)
    a2 = d.article(T2, ["Maelle Strand"], DATE, "news", PUB)
    a3 = d.article(T3, ["Ottilie Navarre"], DATE, "commentary", PUB)
    a4 = d.article(T4, ["Maelle Strand"], DATE, "news", PUB)

    d.block(f"""
From: The Tidegate Letter <letter@tidegateletter.net>
To: reader@quaymail.net
Subject: Drones on the estuary, a night-inspection code, and the Carn verdict
Date: Fri, 12 May 2045 07:30:12 +0100
Reply-To: desk@tidegateletter.net

Having trouble reading this? Open it in your browser:
https://tidegateletter.net/letters/142

{RULE}
THE TIDEGATE LETTER
Ports, coasts and the security of the sea lanes
Issue 142 · Friday 12 May 2045
{RULE}

Good morning. In this week's letter:

  * The estuary drone ban, and why it will not last
  * A common code for night inspections in three harbours
  * Ottilie Navarre on the Carn verdict
  * The coastguard's first drone pilots

{THIN}
ANALYSIS
{THIN}
""")
    d.gap()
    d.title(T1)
    d.line("by Corentin Achebe-Vos")
    d.gap()
    d.para("""The estuary authority's ban on private drones over the Carrow shipping lanes took
effect on Monday, and by Wednesday the harbour police had already seized eleven of them. The ban
was introduced after a drone flew within metres of a tanker's bridge last month, forcing the
pilot to slow in the narrowest part of the channel.""", a1)
    d.para("""The authority's reasoning is sound. What is doubtful is whether the ban can be
enforced. The estuary is forty kilometres long, its banks are lined with villages, and a drone
can be launched from any garden. The harbour police have two detection units, both of which
were bought for the container port and neither of which covers the upper reaches.""", a1)
    d.para("""The likelier outcome is a ban that deters the law-abiding and nobody else. Photographers
and pilots for the survey firms will register and comply. The people who flew the drone near the
tanker, who have not been identified, will not. A registration scheme with real detection behind
it would do more than a ban with none.""", a1)
    d.block(f"""
{THIN}
NUMBER OF THE WEEK: 38
Vessels reported boarded or approached by small craft in the Narrow Sea
in April, the highest monthly count since the reporting centre opened.
{THIN}
NEWS
{THIN}
""")
    d.gap()
    d.title(T2)
    d.line("Reported by Maelle Strand")
    d.gap()
    d.para("""The harbour authorities of Carrow, Linsey Bay and Port Auden have agreed a common code
for inspecting vessels that arrive at night, ending a decade in which each port applied its own
rules. Under the code, which takes effect in July, any vessel arriving between dusk and dawn
will be boarded by at least two officers, one of them from customs.""", a2)
    d.para("""Shipping agents welcomed the change, saying the old patchwork allowed smugglers to
choose the port with the lightest checks. The dockworkers' union was more cautious: its
secretary, Bram Iveson, said the code would mean longer night shifts without extra pay.""", a2)
    d.block(f"""
{THIN}
FROM OUR SPONSOR
Meridian Hull Services -- underwater inspection and hull security for
commercial fleets. Book a survey at meridianhull.net/survey
{THIN}
COMMENTARY
{THIN}
""")
    d.gap()
    d.title(T3)
    d.line("By Ottilie Navarre, former judge of the Coastal Appeals Court")
    d.gap()
    d.para("""The conviction of the three crew members of the Saint Aubry for smuggling arms into
Carn was received as a victory for the prosecutors, and in a narrow sense it was. But the trial
left open the questions that matter most: who paid for the cargo, who was meant to receive it,
and how it passed through two ports without being found.""", a3)
    d.para("""The court could not answer those questions because nobody asked it to. The prosecution
built its case on the crew's possession of the crates, which was never in doubt, and called no
witness from either port. The defence, for its own reasons, was content to keep it so.""", a3)
    d.para("""A trial is not an inquiry, and it would be unfair to blame the judges. The harbour
authorities and the ministry have no such excuse. If they do not ask how the crates passed
their checks, the next cargo will pass them too.""", a3)
    d.block(f"""
{THIN}
DATES FOR THE DIARY
  19 May   Narrow Sea Shipping Forum, Linsey Bay
  2 June   Harbour security webinar: "Night inspections in practice"
  14 June  Coastal Appeals Court hears the Saint Aubry appeal
{THIN}
NEWS
{THIN}
""")
    d.gap()
    d.title(T4)
    d.line("by Maelle Strand")
    d.gap()
    d.para("""Twelve coastguard officers completed the service's first course for drone pilots on
Thursday. The officers will operate long-range aircraft from the stations at Carrow Point and
Auden Head, where they will search for small craft that radar misses in rough seas.""", a4)
    d.para("""The coastguard's director, Inge Rosmalen, said the drones would not replace patrol
boats but would tell the boats where to go. A second course begins in September.""", a4)
    d.block(f"""
{RULE}
That's all for this week. If a colleague forwarded this to you, you
can sign up at tidegateletter.net/join -- it's free.

Got a tip or a correction? Reply to this email or write to
desk@tidegateletter.net.

You are receiving this email because you subscribed to The Tidegate
Letter. Unsubscribe: https://tidegateletter.net/u/142?r=8831
Update your preferences: https://tidegateletter.net/prefs

The Tidegate Letter, 7 Chandlers Yard, Carrow CW4 9QT
(c) 2045 Tidegate Media Ltd. All rights reserved.
{RULE}
""")
    return d
