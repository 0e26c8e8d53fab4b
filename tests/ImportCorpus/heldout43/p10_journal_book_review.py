NAME = "p10_journal_book_review"
ONE_LINE = True
COMMENTS = [
    "A journal's book review page, blank lines between. Title is the book's title as the page prints it over the review.",
    "'Book Review' -> review (a synonym the catalogue folds, as the pages22 audit labels book reviews). Author is the",
    "reviewer, named under the title and again with her affiliation at the end (not text); the book's author in the",
    "bibliographic line is no author of the page. Volume and issue are the journal's numbering (Volume 12, Issue 4).",
    "Date: 'Published online: 3 November 2046'. The References list entries are notes: text; the heading is not.",
]
PUB = "Journal of Maritime Conflict Studies"
ARTICLES = [
    dict(title="The Hill War: Insurgency in the Orvath Highlands, 1998\u20132040", authors=["Marisol Quenneville-Ashe"],
         date="2046-11-03", kind="review", publication=PUB, volume=12, issue=4),
]
BODY = r"""
= Journal of Maritime Conflict Studies
=
= Browse | Current issue | Submit an article | About the journal | Subscribe
=
= Volume 12, Issue 4 (2046) · Pages 611–614
=
= Book Review
=
= The Hill War: Insurgency in the Orvath Highlands, 1998–2040
=
= Marisol Quenneville-Ashe
=
= Published online: 3 November 2046
=
= Cite this article | Download PDF | Permissions | 212 views
=
= The Hill War: Insurgency in the Orvath Highlands, 1998–2040, by Halden Morrow, Saltmarsh, Pellwood Press, 2042, 344 pp., £30.00 (hardback), ISBN 978-0-00-000000-0
=
@1
> Few insurgencies have been as poorly documented as the one that smouldered in the Orvath highlands for four decades. Halden Morrow's book, the product of fifteen years of fieldwork, is the first attempt at a complete history, and it succeeds in giving the conflict a shape that journalists and officials never managed to.

> Morrow's great strength is his attention to economics. Where earlier accounts (Pellar 2031; Ostrander-Vail 2038) explained the Harrow Front's survival by its ideology or by the terrain, he shows how its commanders lived off the timber trade and the passes, and how each military offensive failed because it left that economy untouched. His chapters on the tolls of the 2030s anticipate, with uncanny precision, the salt and diesel levies that the Front has imposed since its return to the lowlands this year.

> The book is weaker on the lowlands themselves. Morrow writes as a man of the hills, and the towns where the Front lost its networks in 2039 appear only as places from which fighters fled. Readers who want to understand why the movement has been able to rebuild there so quickly will need to look elsewhere.

> These reservations aside, The Hill War is an essential book for anyone working on the region, and its appendix of interviews, carefully anonymised, will be a resource for years to come.

= References
=
> Ostrander-Vail, K. 2038. Forest and Faith: Religion and Rebellion in the Orvath Highlands. Fennick: Fennick University Press.

> Pellar, J. 2031. "The Highland Front: A Preliminary Account." Journal of Maritime Conflict Studies 3 (2): 141–160.
=
= Marisol Quenneville-Ashe
=
= University of Tarnholm
=
= © 2046 The Editors of the Journal of Maritime Conflict Studies
=
= Related research: People also read | Recommended articles | Cited by (0)
=
= Information for authors | Librarians | Advertisers | Open access | Cookie policy | Terms and conditions
"""
