from lib import Doc, write

NAME = "g05_email_letter"
T = ["The Market After the Receipts"]


def build():
    d = Doc(width=72)
    d.lines_("""
Return-Path: <ottilie@plateauletters.example>
From: "Ottilie Brandvold-Nnaji (Plateau Letters)" <ottilie@plateauletters.example>
To: "Readers of Plateau Letters" <readers@plateauletters.example>
Date: Mon, 12 Mar 2046 19:04:55 +0100
Subject: Letter from Vessick -- The Market After the Receipts
Content-Type: text/plain; charset=utf-8

PLATEAU LETTERS
occasional letters from the Kelmaran plateau

Letter from Vessick

The Market After the Receipts

""")
    d.para("""The grain market in Vessick opens before dawn, and by the time the sun clears the ridge the price of
    millet has been settled for the day. I have watched it settled most mornings this winter, from a bench outside
    a tea stall whose owner lets me sit for the price of one glass, and I have come to think that the most
    important man in the market is not a trader at all.""", 0)
    d.para("""He is the clerk who sits at the market's western gate with a ledger. He does not carry a gun. He
    checks the receipts that the lorry drivers bring from the highway, and he writes down, in a neat hand, the
    name of each driver and the weight of each load. The traders call him the accountant, and they are careful to
    greet him first.""", 0)
    d.para("""Nobody in the market would say, in so many words, whom the accountant works for. But the receipts he
    checks carry the Brotherhood's crescent, and the traders know that a load without a receipt will be sold,
    if it is sold at all, at a price that leaves the driver nothing. In this way the Brotherhood has done
    something that the government never managed: it has made the market legible to itself.""", 0)
    d.para("""I do not know how long this will last. The gendarmes are said to be coming back, and the accountant
    has twice failed to appear at his gate this month. But when I asked the owner of the tea stall what would
    happen if he left for good, she laughed and said that someone would take his bench by noon.""", 0)
    d.lines_("""
Until the next letter,
Ottilie

--
Ottilie Brandvold-Nnaji writes Plateau Letters from Vessick. Letters are free; if you would like to support
them, reply and I will tell you how.
You are on this list because you asked to be. To leave it, reply with "leave" in the subject line.
""")
    return d


def main():
    d = build()
    arts = [dict(title=T[0], authors=["Ottilie Brandvold-Nnaji"], date="2046-03-12", kind="letter",
                 pub="Plateau Letters", vol=None, iss=None)]
    write(NAME, d, arts, comments=[
        "A personal letter sent by email. Title: the subject after its series prefix 'Letter from Vessick --', printed alone over the text.",
        "Kind: the series label 'Letter from Vessick' names a letter. Author: the sender's full name (From: line and the bio under the signature).",
        "The sign-off ('Until the next letter, / Ottilie') and the signature block are not text. Date from the mail header.",
    ])


if __name__ == "__main__":
    main()
