"""h12: a library's archive blog post with a closing italic bio, one line per paragraph without blank lines."""
from lib import Doc, web


def build():
    d = Doc("h12_archive_blog", blank_between=False)
    d.comments = [
        "Choices: 'Blog post' over the title is the kind; 'Posted on the 2nd of May, 2044 by NAME' dates it and",
        "names the author; the italic closing bio (with 'Dr') is a bio, not text; the catalogue reference line,",
        "the image caption, tags, comment count and reply form are furniture.",
    ]
    a = d.article(title="Pamphlets from the Kessa Emergency: A New Collection Opens to Readers",
                  authors=["Ottoline Fairweather-Sesay"], kind="blog post", date="2044-05-02",
                  publication="Dunmere Records Library", volume=None, issue=None)
    d.ls("""
Dunmere Records Library
Visit us | Collections | Research guides | Learning | Blog | Shop
Opening hours today: 9:30\u201317:00 \u00b7 Reading room booking required
Home \u203a Blog \u203a From the Reading Room
Blog post
Pamphlets from the Kessa Emergency: A New Collection Opens to Readers
Posted on the 2nd of May, 2044 by Ottoline Fairweather-Sesay
Reading time: about 5 minutes
[Image: a folded pamphlet printed in red and black ink, dated 2033]
Catalogue reference: DRL/MS/2044/17
""")
    web(d, a, [
        "This month the Library opens a collection that has waited almost a decade for a catalogue: 412 pamphlets, "
        "leaflets and hand-copied newsletters printed by the armed groups, political parties and village committees "
        "of the Kessa hills during the emergency of 2031 to 2036.",
        "The collection came to us in 2035 in three tea chests, the gift of a district schoolteacher who had picked "
        "up every printed sheet she found on her walk to work. She wrote the date and the place on the back of each "
        "one in pencil, and those notes are often the only record of where a pamphlet circulated.",
        "Reading the pamphlets in order is a strange experience. The early ones are long and argumentative, full of "
        "history and grievance. By 2034 they have become short and practical: curfews, "
        "lists of fines, warnings to named traders. The change tells a story about the insurgency that no official "
        "report of the time recorded.",
        "Researchers should be aware that some items name private individuals, and a small number contain threats "
        "against people who may still be alive. These items can be read in the reading room but not copied, and we "
        "have withheld the names from the online catalogue.",
        "The catalogue is now searchable through the Library's online system, and the reading room staff will be "
        "glad to help anyone who wants to see the originals.",
    ])
    d.l("_Dr Ottoline Fairweather-Sesay is the Library's curator of modern political papers. She catalogued the "
        "Kessa pamphlets with the help of two volunteers from the Dunmere Local History Society._")
    d.ls("""
Tags: Kessa hills, pamphlets, new acquisitions, political papers
Share this post: Email \u00b7 Facebook \u00b7 Bluesky
\u2190 Previous post: Conserving a burned ledger    Next post: Summer opening hours \u2192
3 comments
Leave a reply
Your email address will not be published. Required fields are marked *
Dunmere Records Library is a registered charity. \u00a9 Dunmere Records Library 2044
Privacy and cookies | Accessibility | Freedom of information
""")
    return d, None, True
