from lib import Doc, write

NAME = "g04_email_newsletter"
PUB = "Corridor Watch"
DATE = "2046-10-04"
T = [
    "Why the Kelmaran Highway Matters More Than the Border",
    "Vessick Printers Questioned Over Brotherhood Pamphlets",
    "\u201cWe Were Never Asked\u201d: A Haulier on Paying Two Taxes",
    "Gendarmes Leave Sorrel Gap After Eight Weeks",
]


def build():
    d = Doc(width=70)
    d.lines_("""
From: Corridor Watch <letters@corridorwatch.example>
To: subscriber@mail.example
Date: Thu, 4 Oct 2046 06:30:12 +0000
Subject: Corridor Watch: the highway, the printers, and a haulier's view
List-Unsubscribe: <https://corridorwatch.example/u/8c1f>

Trouble reading this? Open it on the web: https://corridorwatch.example/letters/77

CORRIDOR WATCH
Trade, roads and armed groups on the Kelmaran plateau
No. 77 -- 4 October 2046

Good morning. Four pieces today, and a correction at the end.

""")
    d.line("EXPLAINER"); d.line(T[0]); d.gap()
    d.line("Gerda Mwale-Hjort writes:"); d.gap()
    d.para("""Most of what is said about the plateau in the capital is about the border: who crosses it, who guards
    it, who profits from the crossing. But the Salt Road Brotherhood earns far more from the highway than from the
    border, and it is on the highway that its tax collectors meet the people whose loyalty it wants.""", 0)
    d.para("""The highway carries almost all of the plateau's grain to the coast and almost all of its fuel back.
    A group that can stop a lorry can set the price of bread in a dozen towns. That is power of a kind the border
    never gave the Brotherhood, and it explains why its fighters have left the border posts alone this year while
    building checkpoints of their own along the road.""", 0)
    d.para("""If the government wants to weaken the Brotherhood, it should think less about fences and more about
    convoys, depots and the price of a lorry's insurance.""", 0)
    d.line("* * *"); d.gap()
    d.line("NEWS"); d.line(T[1]); d.gap()
    d.line("Filed by Yusuf Oyelowo-Brant"); d.gap()
    d.para("""Police in Vessick questioned the owners of two print shops on Tuesday about pamphlets circulated in the
    name of the Salt Road Brotherhood. Neither man was arrested. A lawyer for one of them said that his client
    prints for anyone who pays, and that he had no way of knowing what the sealed orders contained.""", 1)
    d.para("""The questioning follows the publication this summer of research linking the paper used in the
    Brotherhood's circulars to the two shops. Printers in the town say that they fear being caught between the
    police and the group, and several have begun to refuse orders from customers they do not know.""", 1)
    d.line("* * *"); d.gap()
    d.line("INTERVIEW"); d.line(T[2]); d.gap()
    d.line("Interview by Gerda Mwale-Hjort"); d.gap()
    d.para("""Bartholomew Essien-Kraus has driven grain lorries between Vessick and the coast for twenty-two years.
    We asked him what the Brotherhood's receipts have changed.""", 2)
    d.para("""Q: When did you first pay at the second checkpoint?""", 2)
    d.para("""A: In February. There was no warning. A boy with a ledger stopped me, told me the price per axle and
    gave me a receipt. He was polite. The soldiers at the gap are not always polite.""", 2)
    d.para("""Q: Did anyone from the government ask you about it?""", 2)
    d.para("""A: Never. We were never asked. The gendarmes came and went, and nobody took a statement from a single
    driver. If they want to know how the road works, they should ask the people who drive it.""", 2)
    d.para("""This interview has been edited for length and clarity.""")
    d.line("* * *"); d.gap()
    d.line("NEWS"); d.line(T[3]); d.gap()
    d.line("Filed by Yusuf Oyelowo-Brant"); d.gap()
    d.para("""The company of gendarmes sent to Sorrel Gap in May left the checkpoint last week, eight weeks after
    it arrived. The provincial governor's office said that the deployment had achieved its aims. Hauliers
    reported that the Brotherhood's collectors were back on the road the following morning.""", 3)
    d.lines_("""
* * *

CORRECTION: Our letter of 27 September gave the wrong date for the Vessick market fire. It was 19 September.

Know something we should? Reply to this email; we read everything.
Forwarded this? Subscribe at https://corridorwatch.example/join

You are receiving Corridor Watch because you signed up at corridorwatch.example.
Update your preferences: https://corridorwatch.example/p/8c1f | Unsubscribe: https://corridorwatch.example/u/8c1f
Corridor Watch, PO Box 311, Ferncastle
""")
    return d


def main():
    d = build()
    A = [("explainer", ["Gerda Mwale-Hjort"]), ("news", ["Yusuf Oyelowo-Brant"]),
         ("interview", ["Gerda Mwale-Hjort"]), ("news", ["Yusuf Oyelowo-Brant"])]
    arts = [dict(title=T[i], authors=a, date=DATE, kind=k, pub=PUB, vol=None, iss=None) for i, (k, a) in enumerate(A)]
    write(NAME, d, arts, comments=[
        "An email newsletter: 'No. 77' under the mail header with no volume is no issue (Numbers rule): volume and issue null.",
        "Each piece's kicker (EXPLAINER, NEWS, INTERVIEW) is its kind. 'NAME writes:' is a byline; the interviewer is the author.",
        "The interview's introduction and its Q:/A: lines are text; the editing note is furniture (Files section).",
        "The correction is about an earlier letter and is labelled furniture, not an article.",
    ])


if __name__ == "__main__":
    main()
