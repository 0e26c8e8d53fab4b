"""A fact-checking site's verdict page, saved with no blank lines."""

from lib import web_dense

NAME = "k11_fact_check"
TITLE = "No, the Port of Calloway has not been closed to foreign ships"


def build():
    d = web_dense(NAME, sidecar="url: https://plumbline.check/verdicts/port-of-calloway-not-closed-to-foreign-ships")
    d.comments = [
        "Choices: the claim, verdict and 'Why' lines are text (corpus README); the rating scale is furniture;",
        "'FACT CHECK' over the title is the kind; the masthead prints 'PLUMBLINE' and the foot 'Plumbline',",
        "so the publication is Plumbline; the reviewing editor is not an author. The one-line Sources list is",
        "the piece's notes (text).",
    ]
    a = d.article(TITLE, ["Sigrun Obasi-Hale"], "2045-08-08", "fact check", "Plumbline")
    d.page(f"""
PLUMBLINE
Checking the claims that shape the coast
Verdicts | Explainers | How we work | Corrections | Donate
We use cookies to measure our audience. OK, got it
FACT CHECK
{TITLE}
Checked by Sigrun Obasi-Hale · reviewed by the verdicts editor
Published 8 August 2045 at 4.40pm
> Claim: A post shared more than 40,000 times says the Port of Calloway "closed its gates to all foreign-flagged ships" on 6 August after an attack on a tanker.
> Our verdict: FALSE
> Why: The port remained open to all ships throughout. A single berth was closed for six hours while police searched a tanker after an anonymous threat; no attack took place.
How we rate claims: True · Mostly true · Misleading · Unproven · False
> The post, which first appeared on a messaging channel on the evening of 6 August, shows a photograph of the port's main gate with the caption "Calloway closed to foreigners after tanker attack". It was later shared on several social networks, often with claims that the government was hiding the attack.
> The Port of Calloway's authority told Plumbline that the port had not closed at any point. A spokesperson, Idris Lindahl, said that berth 7 had been closed from 14:00 to 20:00 on 6 August while police searched the tanker Mira Solent after a threatening phone call. Nothing was found, and the tanker sailed the next morning.
> Ship-tracking data reviewed by Plumbline show that 23 foreign-flagged vessels entered or left the port on 6 and 7 August, about the usual number for those days of the week.
> The photograph in the post is genuine but old. A reverse image search shows that it was published by a local newspaper in March 2043, during a strike by port workers, when the gate was indeed closed.
> The police confirmed that they had received a threat and searched a vessel, but said there had been no attack and no injuries.
> Our verdict
> The claim is false. The port was not closed to foreign ships. One berth was closed for six hours during a police search that found nothing, and the photograph used to support the claim dates from a strike two years earlier.
> Sources: Port of Calloway Authority statement, 7 August 2045; Calloway Police, press office; ship-tracking data for 6–7 August 2045; Calloway Chronicle archive, 14 March 2043.
Spotted a claim you want us to check? Send it to tips@plumbline.check
Share this verdict: Copy link · Email · Messenger
More verdicts
Misleading: video of "burning ferry" is from a 2041 training exercise
Unproven: claims of a new curfew in Havlund
Plumbline is an independent, non-profit fact-checking service and a signatory of the International Verification Charter. © 2045 Plumbline. Privacy | Terms
""", a)
    return d
