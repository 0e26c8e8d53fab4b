NAME = "g05_email_letter_link_list"
WIDTH = 72
COMMENTS = [
    "An email newsletter converted from HTML to plain text, hard-wrapped at 72. '#88' in the subject is a count of sends:",
    "volume and issue empty. Publication as the masthead prints it, in its proper case (The Kettlewick Letter).",
    "Three pieces under kickers: ESSAY -> essay; COURT NOTES (plural, one piece) -> court note; BRIEFLY over one short",
    "unsigned piece -> brief, authors []. The editor's closing sign-off belongs to the letter, not to the last piece.",
    "The '[n]' markers are the converter's link references: the 'Links:' list at the foot is furniture, not notes.",
]
PUB = "The Kettlewick Letter"
D = "2046-10-22"
ARTICLES = [
    dict(title="Who Watches the Harbour Cameras?", authors=["Orla Fitzwarren-Ode"], date=D, kind="essay",
         publication=PUB, volume=None, issue=None),
    dict(title="A Quiet Trial in Saltmarsh", authors=["Ravi Lindqvist-Abara"], date=D, kind="court note",
         publication=PUB, volume=None, issue=None),
    dict(title="Ferry Timetable Cut Leaves Outer Isles Without Evening Service", authors=[], date=D, kind="brief",
         publication=PUB, volume=None, issue=None),
]
BODY = r"""
= From: The Kettlewick Letter <letter@kettlewick.example>
= To: reader@mailbox.example
= Date: Thu, 22 Oct 2046 07:30:12 +0000
= Subject: The Kettlewick Letter #88: harbour cameras, a quiet trial, and the last ferry
= MIME-Version: 1.0
= Content-Type: text/plain; charset="utf-8"
= Content-Transfer-Encoding: quoted-printable
=
= View this email in your browser [1]
=
= THE KETTLEWICK LETTER
= Security, courts and coastguards from the Western Isles
= Thursday 22 October 2046
=
= Good morning. A warm welcome to the ninety-odd readers who signed up
= after last week's panel in Portree Haven -- it was good to meet you.
=
= ------------------------------------------------------------
= ESSAY
=
= Who Watches the Harbour Cameras?
= By Orla Fitzwarren-Ode
=
@1
p Since the spring, every harbour on the Western Isles has had at least one camera pointed at its slipway. The council installed them after the thefts of outboard engines in 2045, and few people objected: a camera on a harbour wall seemed a small price for a secure mooring. What nobody asked at the time was who would look at the pictures, and for how long they would be kept [2].

p The answer, it turns out, is that the footage is kept for ninety days and is available not only to the council but to the police, the coastguard and, under an agreement signed in June, the border agency. A resident who asked for the footage of her own boat was refused; the border agency, which asked for footage of the same harbour on eleven occasions, was not [3].

p None of this is sinister in itself. But the islands are small, and the people who use their harbours are few enough to be known by sight. A camera that records every departure and arrival is, in practice, a record of the movements of named individuals. The council should publish how often the footage is shared, and with whom, before the cameras become part of the scenery.

= ------------------------------------------------------------
= COURT NOTES
=
= A Quiet Trial in Saltmarsh
=
@2
p The trial of two men accused of supplying radios to the Crescent Vigil opened at Saltmarsh crown court on Monday with almost no public attention. The prosecution says the men bought fourteen encrypted handsets in small batches over six months and sold them on to a third man, who has not been found. The defence says the men believed they were selling equipment to fishing crews. The trial is expected to last three weeks [4].
=
= -- Ravi Lindqvist-Abara, our court reporter
=
= ------------------------------------------------------------
= BRIEFLY
=
= Ferry Timetable Cut Leaves Outer Isles Without Evening Service
=
@3
p The ferry company has confirmed that from November the last sailing to the outer isles will leave at four in the afternoon, ending the evening service that islanders use to reach hospital appointments on the mainland. The company blames the cost of fuel. Two island councillors have asked for a meeting with the transport minister.
=
= ------------------------------------------------------------
=
= That's all for this week. Replies come straight to me, and I read them
= all.
=
= Mireille
= Editor, The Kettlewick Letter
=
= Forwarded this? Sign up here [5]
= Update your preferences [6] | Unsubscribe [7]
= The Kettlewick Letter, 4 Quayside Lane, Portree Haven
=
= Links:
= ------
= [1] https://kettlewick.example/letters/88?view=web
= [2] https://westernisles-council.example/harbours/cctv-2045
= [3] https://kettlewick.example/documents/cctv-requests.pdf
= [4] https://courts-calendar.example/saltmarsh/2046-10-19
= [5] https://kettlewick.example/subscribe
= [6] https://kettlewick.example/preferences?u=8f3a
= [7] https://kettlewick.example/unsubscribe?u=8f3a
"""
