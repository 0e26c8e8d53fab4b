"""A long question-and-answer interview page from a cultural review's website."""

from lib import web

NAME = "k10_interview_qa"
TITLE = "Noor Halvorsen-Beck: \u201cAn archive is the first thing a militia burns\u201d"


def build():
    d = web(NAME)
    d.comments = [
        "Choices: the interviewer ('In conversation with NAME') is the author; the interviewee is not. The",
        "introduction above the first question and every question and answer are text; the editing note is",
        "furniture (corpus README). 'Conversations' is the section; 'INTERVIEW' over the title is the kind.",
        "The standfirst under the title is a summary and the closing line on the interviewer a bio (not text).",
    ]
    a = d.article(TITLE, ["Teodor Makinen"], "2045-07-28", "interview", "The Lantern Review")
    d.page(f"""
The Lantern Review
Essays · Fiction · Poetry · Conversations · Archive · Shop
Become a member from €4 a month
Sign in
Conversations

INTERVIEW

{TITLE}

The archivist who smuggled a province's land records out of a besieged city talks about paper, memory and what armed groups want to erase.

In conversation with Teodor Makinen  /  28.07.2045

Listen to this conversation · 38 min

🔖 Save   ↗ Share   💬 22

> Noor Halvorsen-Beck was the chief archivist of the provincial records office in Tessaly Bridge when the city was besieged in 2041. Over six weeks she and four colleagues moved some eleven thousand land registers out of the building, first to a cellar and then, by night, across the river. Most of them survived. She now leads a programme that trains archivists in conflict zones. We spoke in her office in Marlowe Harbour, surrounded by boxes.

> Lantern: Let's start with the obvious question. Why land registers? Of everything in the building, why those?

> Halvorsen-Beck: Because they were the documents that would decide who went home. When a war ends, the first thing people ask is whether their house is still theirs. If the register is gone, the answer is whoever holds the house at the time. We knew that, and so did the militia.

> Lantern: You say the militia knew. How?

> Halvorsen-Beck: They told us. In the first week a commander came to the office and asked, very politely, for the registers of three villages. He said he wanted to protect them. We gave him copies of the wrong villages, and that night we started moving the originals.

> Lantern: That sounds like a thriller. Was it?

> Halvorsen-Beck: It was mostly carrying boxes. People imagine something dramatic, but the hardest part was keeping the order. A register in the wrong box is almost as lost as a burned one. We numbered every box in chalk and kept a list in a school exercise book, which I still have.

> Lantern: Did you think of yourselves as taking sides?

> Halvorsen-Beck: No, and I still don't. The registers recorded the claims of every community in the province, including the families of the men who wanted to burn them. An archive that only keeps one side's papers isn't an archive. It's a weapon.

> Lantern: Your programme now trains archivists elsewhere. What do you teach them first?

> Halvorsen-Beck: To make a list of what they have before anything happens. It sounds dull. But you cannot save what you do not know you hold, and you cannot prove afterwards what was destroyed. The second thing is to make copies and send them far away, to people you trust. Digital copies are good, but I've seen servers seized too.

> Lantern: Do armed groups still target archives, or was Tessaly Bridge unusual?

> Halvorsen-Beck: It is common, and it is getting more common, because people have understood what records are worth. In the last three years our partners have reported attacks on archives in at least five countries. Sometimes the aim is to erase a claim to land. Sometimes it is to erase evidence of a crime. Sometimes, I think, it is simply to humiliate a community by destroying its memory.

> Lantern: What happened to the registers after the siege?

> Halvorsen-Beck: They came back to the city in 2043, to a new building, and they were used in the land commission's hearings. About four hundred families recovered houses on the strength of them. Some of those families had never heard of us, which is how it should be.

> Lantern: Is there one document you think about?

> Halvorsen-Beck: A register from a village that no longer exists. The village was destroyed in the first month, and its people are scattered. The register is the only place where all their names are still together. I visit it sometimes. That sounds strange, I know.

> Lantern: It doesn't. Thank you.

This conversation has been edited for length and clarity.

Teodor Makinen is a contributing editor of The Lantern Review.

Members keep The Lantern Review free to read. Join today.

22 responses

Read next: "The Cartographer's Silence", an essay by Ines Obradovic

© 2045 The Lantern Review · Privacy · Terms · Masthead
""", a)
    return d
