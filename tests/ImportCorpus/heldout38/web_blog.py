"""b08: a personal blog's post: `Posted DATE by NAME`, an italic closing bio with an honorific, a comment thread."""
from lib import Article, RawFile

TITLE = "What the Salt Merchants of Harl Know About Extortion"


def build():
    f = RawFile("b08", one_line_per_paragraph=True)
    f.furn("Dust and Signal",
           "notes on conflict, trade and the coast",
           "Home  About  Archive  Contact",
           "Analysis")
    f.start(Article(TITLE, ["Marguerite Olabode"], "2042-02-09", "analysis", "Dust and Signal"))
    f.furn(TITLE,
           "Posted 9 February 2042 by Marguerite Olabode",
           "[Image: salt pans at Harl at low tide]")
    f.text(
        "I spent the last week of January in Harl, a town of salt pans and warehouses at the mouth of the Vessa, "
        "talking to the merchants who buy salt from the pans and ship it up the river.",
        "Every one of them pays somebody. Some pay the river police, some pay the armed group that controls the "
        "upper reaches, and a few pay both. What surprised me was not the paying but how calmly they talk about it.",
        "One merchant, who asked me not to use his name, keeps a ledger with a column for each of the people he "
        "pays. He showed me the totals for last year. The armed group took less than the police, and it was, in "
        "his words, \u201cmore reliable about what it wanted and when\u201d.",
        "A market in protection",
        "Economists have a name for this: a market in protection. Where the state does not provide security, or "
        "provides it at a price, those who can sell it will. The merchants of Harl are not victims in any simple "
        "sense; they are customers shopping between two suppliers.",
        "That matters for anyone who wants to weaken the armed group. Arresting its collectors will not end the "
        "payments if the merchants simply shift them back to the police. The question is whether anyone can offer "
        "the merchants protection that costs nothing at all.",
        "I will write more about the river police in a later post. For now, I am struck by how little the "
        "official reports on the Vessa say about the people who actually pay.")
    f.furn("*Dr Marguerite Olabode is a lecturer in political economy at the University of Corvane. She writes Dust "
           "and Signal in her own time and her views are her own.*",
           "Share this: Twitter  Facebook  Email",
           "Like this: Like Loading...",
           "Tags: extortion, Harl, salt trade, Vessa",
           "\u2190 Previous post: Reading the ransom notices of the Kestrel Coast",
           "Next post: Three weeks on the river ferries \u2192",
           "4 thoughts on \u201cWhat the Salt Merchants of Harl Know About Extortion\u201d",
           "Jonas Breitfeld-Oru says: 10 February 2042 at 08:12",
           "Fascinating, and it matches what I saw in the river ports ten years ago.",
           "Reply",
           "Marguerite Olabode says: 10 February 2042 at 09:40",
           "Thanks, Jonas. I would love to hear more about that.",
           "Reply",
           "Leave a Reply",
           "Your email address will not be published. Required fields are marked *",
           "Blog at Plainpress.example.",
           "Subscribe to Dust and Signal by email")
    f.write(choices=[
        "the category link 'Analysis' over the title gives the kind analysis.",
        "the subheading 'A market in protection' is text; the italic closing bio and the comment thread are not.",
    ])
    return f
