"""c04: a plain-text email newsletter hard-wrapped at 70, three pieces, no sidecar."""
from lib import Doc

PUB, DATE = "The Unrest Ledger", "2043-03-12"
P1 = "The Ceasefire Nobody Signed"
P2 = "Three Arrested After Rail Depot Fire in Harnby"
P3 = "Five Questions for a Former Hostage Negotiator"


def build():
    d = Doc("c04", width=70, comments=[
        "the send count after '#' is no issue number, so volume and issue are null.",
        "the section label over each piece (COMMENTARY, NEWS, INTERVIEW) is its kind.",
        "the interview's questions and answers are its text; the interviewer is its author.",
    ])
    a = d.article(P1, ["Nadia Ferrante"], DATE, "commentary", PUB)
    b = d.article(P2, ["Olu Adebanjo", "Greta Lindqvist"], DATE, "news", PUB)
    c = d.article(P3, ["Clara Mendes-Holt"], DATE, "interview", PUB)

    d.add("From: The Unrest Ledger <editors@unrestledger.example>")
    d.add("To: subscriber@mailbox.example")
    d.add("Date: Thu, 12 Mar 2043 06:30:02 +0000")
    d.add("Subject: The Unrest Ledger #61: the ceasefire nobody signed")
    d.add("Reply-To: editors@unrestledger.example")
    d.blank()
    d.add("View this email in your browser: https://unrestledger.example/send/61")
    d.blank()
    d.add("=" * 70)
    d.add("THE UNREST LEDGER")
    d.add("Conflict and political violence, every Thursday")
    d.add("#61 -- Thursday, 12 March 2043")
    d.add("=" * 70)
    d.blank()
    d.add("IN THIS SEND")
    d.add(f"  * {P1}")
    d.add(f"  * {P2}")
    d.add(f"  * {P3}")
    d.blank()
    d.add("-" * 70)
    d.add("COMMENTARY")
    d.blank()
    d.add(P1)
    d.add("by Nadia Ferrante")
    d.blank()
    for p in [
        "Nobody announced a ceasefire in the Kossari highlands, but one has been in force since the first week "
        "of February. The army has stopped shelling the upland villages; the Red Cedar Front has stopped "
        "ambushing convoys on the Ardesh road. Both sides deny that anything has been agreed.",
        "Unwritten truces are common in long wars, and they are often more durable than the written kind, "
        "precisely because neither side has to defend them in public. They are also fragile in a particular "
        "way. Without a text there is nothing to point to when one side accuses the other of cheating, and "
        "no mediator to call.",
        "The danger now is a spoiler: a unit on either side that did not get the message, or got it and did "
        "not like it. The highlands have seen that before. If the quiet is to last, someone will have to "
        "start writing it down.",
    ]:
        d.para(p, a)
        d.blank()
    d.add("-" * 70)
    d.add("NEWS")
    d.blank()
    d.add(P2)
    d.add("Reporting by Olu Adebanjo and Greta Lindqvist")
    d.blank()
    for p in [
        "Police in Harnby have arrested three men after a fire destroyed part of the town's main rail depot "
        "on Sunday night. Investigators said the fire was started deliberately in two places at once, and "
        "that a message claiming it in the name of a little-known environmental group was posted online "
        "within the hour.",
        "The men, aged between 19 and 24, are being held under the public order law and have not yet been "
        "charged. A police spokesperson said that the group named in the claim \"may not exist in any "
        "organized form\" and that the investigation was looking at whether the claim was genuine.",
        "Rail services between Harnby and the coast are expected to resume on a reduced timetable next week.",
    ]:
        d.para(p, b)
        d.blank()
    d.add("-" * 70)
    d.add("INTERVIEW")
    d.blank()
    d.add(P3)
    d.add("Interview by Clara Mendes-Holt")
    d.blank()
    for p in [
        "Ruth Okafor-Lind spent eighteen years negotiating the release of hostages for an insurance firm "
        "before retiring last year. We asked her what has changed.",
        "Q: Are kidnappings for ransom becoming more common?",
        "A: Not overall. What has changed is who does them. Twenty years ago it was large groups with a "
        "political cause. Now it is small crews who sell the hostage on within days.",
        "Q: Does that make negotiation harder?",
        "A: Much harder. You may be talking to someone who no longer has the person. The first job is always "
        "to establish proof of life, and that can take weeks when the hostage has changed hands twice.",
        "Q: Should governments ever pay?",
        "A: I have never known a government admit that it paid. I have known several that did.",
    ]:
        d.para(p, c)
        d.blank()
    d.add("-" * 70)
    d.blank()
    d.para("You are receiving this because you subscribed to The Unrest Ledger at unrestledger.example. "
           "Forward it to a colleague, or reply to tell us what we got wrong.")
    d.blank()
    d.add("Unsubscribe: https://unrestledger.example/unsubscribe?u=7f3a91")
    d.add("Update your preferences: https://unrestledger.example/preferences")
    d.add("The Unrest Ledger, 14 Quayside Row, Harnby HB2 4LT")
    d.add("Copyright (c) 2043 The Unrest Ledger. All rights reserved.")
    return d
