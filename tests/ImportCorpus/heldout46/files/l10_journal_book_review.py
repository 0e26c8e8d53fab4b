from lib import Doc

d = Doc("l10_journal_book_review", blank=False, web=True,
        sidecar="url: https://journals.halvorsen-press.example/jic/article/31/2/188/review-insurgent-bureaucracies",
        notes=["A journal's book review: section Book Reviews -> review (the catalogue folds book review). The review's title",
               "is the book's title; the book's author is not the review's author (the reviewer, signed after the text).",
               "Volume 31, Issue 2 are the journal's numbering. The bibliographic line of the book is not text."])
a = d.art("Insurgent Bureaucracies: How Armed Groups Govern", ["Lucan Thorvaldsen"], "2048-10-15", "review",
          "Journal of Irregular Conflict", 31, 2)
d.lines_("""
Skip to Main Content
Halvorsen University Press Journals
Advanced Search
Access provided by: Estervale University Library
Journal of Irregular Conflict
Volume 31, Issue 2, Summer 2048
Book Reviews
Insurgent Bureaucracies: How Armed Groups Govern
Insurgent Bureaucracies: How Armed Groups Govern. By Amara Quist-Belloc. Kelstad: Halvorsen University Press, 2047. 312 pp. \u00a328.00 (paper). ISBN 978-0-00-000000-0.
Published online: 15 October 2048
PDF
Cite
Permissions
Share
""")
for t in [
 "Scholars of civil war have long known that armed groups do more than fight. They collect taxes, settle disputes, run schools and issue permits. What they have rarely done is examine the paperwork. Amara Quist-Belloc's ambitious book does exactly that, drawing on more than four thousand documents left behind by three insurgent movements when they lost control of territory.",
 "The documents are the book's great strength. Quist-Belloc shows that all three movements created administrative offices within months of seizing a town, and that these offices quickly developed the habits of any bureaucracy: forms in triplicate, stamps, complaints about slow replies from headquarters. One memorable chapter traces a single dispute over a water pump through eleven letters and three levels of insurgent officialdom.",
 "The argument that follows is that governance was not a by-product of military success but a condition of it. Movements that built functioning offices kept the loyalty of civilians and the flow of revenue; those that did not lost both. The case is made carefully, although readers may wonder whether the surviving archives over-represent the most bureaucratic movements, since those are precisely the groups most likely to leave documents behind.",
 "That caution aside, this is an important book. It will be read with profit by students of insurgency and by practitioners who must deal with armed groups that govern, and its appendix of translated documents is a resource in its own right.",
]:
    d.p(a, t)
d.lines_("""
Lucan Thorvaldsen
University of Marrowgate
\u00a9 The Author(s) 2048. Published by Halvorsen University Press.
Article history: Received 2 June 2048; Published online 15 October 2048
Metrics
Total views 212
Related articles in this journal
Taxing the Hills: Revenue and Rebellion in Upland Regions
Courts Without States: Dispute Resolution by Armed Groups
About the Journal of Irregular Conflict | Contact | Accessibility | Terms and Conditions | Privacy Policy
""")
