"""h09: a post on a newsletter platform's web archive, one line per paragraph with blank lines."""
from lib import Doc, web


def build():
    d = Doc("h09_newsletter_platform", blank_between=True)
    d.comments = [
        "Choices: the newsletter's own name is the publication (the platform in the foot is not); 'ESSAY' over the",
        "title is the kind; the subtitle under the title is a standfirst, not text; the subscribe box between two",
        "paragraphs, like and comment counts, and the platform's foot are furniture.",
    ]
    a = d.article(title="What the Border Villages Remember", authors=["Wendeline Achebe-Moor"], kind="essay",
                  date="2044-09-30", publication="The Quiet Border", volume=None, issue=None)
    d.ls("""
The Quiet Border
Subscribe    Sign in
Home    Archive    About
""")
    d.blank()
    d.l("ESSAY")
    d.l("What the Border Villages Remember")
    d.l("Four decades of raids, and why the people of the Kessa hills trust nobody in uniform")
    d.blank()
    d.l("Wendeline Achebe-Moor")
    d.l("30 Sept 2044")
    d.blank()
    d.ls("""
312
27
Share
""")
    d.blank()
    body = [
        "The first thing an old man in Dorrow told me, before I had asked anything, was the year the soldiers burned "
        "the granary. He did not say which soldiers. In the Kessa hills it has rarely mattered: the army, the "
        "militias and the men who called themselves liberators have all come up the same track, and all of them "
        "took the grain.",
        "I went to the border villages in August to ask why the new militia in the district, which calls itself a "
        "self-defence committee, has found so many volunteers. I expected to hear about money. Instead I heard about "
        "memory, in long afternoons of stories that always began with a date.",
    ]
    web(d, a, body)
    d.ls("""
The Quiet Border is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.
Type your email...
Subscribe
""")
    d.blank()
    web(d, a, [
        "The committee's recruiters understand this. Their pitch is not ideological. They promise that the next time "
        "a column comes up the track, whoever it belongs to, someone from the village will be standing at the bend "
        "with a rifle. For people who have lost grain, houses and sons to every side, that is the only promise that "
        "has ever been kept.",
        "None of this makes the committee harmless. Its members already charge traders to pass, and two families "
        "who refused to send a son have left the district. But the government's plan to disarm it by force will "
        "confirm everything the villages remember. A plan that began with returning the land taken for the border "
        "posts in 2031 would at least start a different story.",
        "I will write about the committee's money, and about the traders, in the next two posts.",
    ])
    d.ls("""
Thanks for reading The Quiet Border! Subscribe for free to receive new posts.
Subscribe

312 Likes \u00b7 19 Restacks
27 Comments
Write a comment...
Top   Latest   Discussion
\u00a9 2044 Wendeline Achebe-Moor \u00b7 Privacy \u00b7 Terms \u00b7 Collection notice
Start writing    Get the app
Plinth is the home for great writing
""")
    return d, {"url": "https://thequietborder.plinth.example/p/what-the-border-villages-remember"}, True
