NAME = "p12_factcheck_verdict"
ONE_LINE = True
COMMENTS = [
    "A fact-checking site's verdict page opening with a crawler block ('author: unknown'); blank lines between.",
    "Label 'FACT CHECK' -> fact check. The Claim / Our verdict / Why lines are text (README, 'Files'); the standing rating",
    "scale is furniture. Markers glued after full stops ('.1') point to the numbered Sources list, whose entries are text",
    "and whose heading is not. The crawler block's title has the site suffix; the page's own title is the label.",
]
PUB = "Plainfact"
ARTICLES = [
    dict(title="No, the ferry terminal alert did not cost Westholm council £2 million",
         authors=["Tamsin Achebe-Lowry"], date="2046-10-30", kind="fact check", publication=PUB, volume=None,
         issue=None),
]
BODY = r"""
= ---
= title: "No, the ferry terminal alert did not cost Westholm council £2 million - Plainfact"
= source: https://plainfact.example/checks/westholm-ferry-alert-cost
= date: 2046-10-30
= author: unknown
= site_name: Plainfact
= ---
=
= Plainfact
=
= Fact checks | Explainers | How we work | Donate
=
= FACT CHECK
=
= No, the ferry terminal alert did not cost Westholm council £2 million
=
= By Tamsin Achebe-Lowry · 30 October 2046
=
= How we rate claims: True · Mostly true · Misleading · False · Unproven
=
@1
> Claim: The closure of Westholm ferry terminal on 24 October cost the city council £2 million.

> Our verdict: FALSE

> Why: The council does not run the terminal and paid none of the costs of the closure. The operator estimates its own losses at about £140,000.

> A post shared more than nine thousand times since Sunday says that last weekend's security alert at Westholm ferry terminal "cost the council £2 million of taxpayers' money". The figure does not appear in any statement by the council, the police or the ferry operator.

> The terminal is owned and run by Western Isles Ferries, not by the council.1 The police operation was paid for from the police budget, and the army bomb disposal team that examined the package is funded nationally.2

> Western Isles Ferries told Plainfact that the cancelled sailings, refunds and staff overtime cost the company "in the region of £140,000". The council said it had incurred no costs beyond the time of two staff members who helped with traffic diversions.3

> We could not find where the £2 million figure came from. The post's author did not reply to our request for a source.

= Sources
=
> 1. Western Isles Ferries – Annual report 2045, accessed 29 October 2046, https://wif.example/annual-report-2045.pdf

> 2. Westholm police – Statement on the ferry terminal incident, accessed 29 October 2046, https://westholm-police.example/news/terminal

> 3. Email from Westholm City Council press office to Plainfact, 29 October 2046.
=
= Was this fact check helpful? Yes | No
=
= Spotted a claim we should check? Send it to tips@plainfact.example
=
= Plainfact is independent and relies on readers. Become a supporter from £3 a month.
=
= More fact checks
=
= Did the outer isles really lose their evening ferry? Mostly true
=
= Is the new freight road the longest in the country? Misleading
=
= © 2046 Plainfact. Registered charity. Corrections policy | Privacy | Cookies
"""
