from lib import Doc

def build():
    d = Doc("z09_news_posted_by_comments", web=True, blank=True)
    d.sidecar = "url: https://vellacourtcourier.example.com/local-news/2050/03/03/pass-road-bus-attack"
    t = "Passengers Describe Night of Fear After Gunmen Stop Bus on Pass Road"
    pub = "Vellacourt Courier"
    d.comments = [
        "Publication: the logo line prints 'Vellacourt Courier' (copyright 'Vellacourt Courier Ltd'). Kind: the section",
        "label 'Local news' -> news. Date and author from the 'Posted March 3, 2050 by NAME' line. The police appeal for",
        "witnesses about this case is text; the standing 'Got a story?' prompt is not.",
        "Look-alikes (text): a paragraph opening 'Posted on a community forum', 'the No. 48 service', the subheading",
        "'What Happens Next'; in the comments (furniture) a line opening 'Posted by'.",
    ]
    d.fb("Our site uses cookies. Some are essential, others help us improve your experience. [Accept] [Reject non-essential]",
         "Vellacourt Courier",
         "News | Sport | Business | Opinion | What's On | Obituaries | Subscribe",
         "Local news")
    d.art(t, ["Greta Moylan"], "2050-03-03", "news", pub)
    d.fb(t,
         "Posted March 3, 2050 4:20 pm by Greta Moylan",
         "Share on Facebook   Share on X   Share by email   Copy link",
         "The bus was stopped near the summit inn on the Vellacourt Pass. Photo: Courier / Aleksi Brandt")
    d.t("Passengers on an overnight bus from Vellacourt to Orsk have described being held at gunpoint for more "
        "than an hour after armed men stopped their vehicle near the summit of the pass road on Sunday night.")
    d.t("The men, some of whom wore military-style jackets, ordered the 31 passengers off the bus and checked "
        "their identity cards by torchlight. Two young men were taken away in a pickup truck. Both were released "
        "unharmed on Monday afternoon, police said.")
    d.t("\"They asked everyone where they were from and who their fathers were,\" said one passenger, a nurse "
        "returning to Orsk after visiting her family. \"They were not interested in money. They were looking "
        "for particular people.\"")
    d.fb("READ MORE: Truce on the pass road will not last, traders warn")
    d.t("The bus, which runs as the No. 48 service, is operated by a Vellacourt company that has run the route "
        "for fifteen years. Its manager said night services would be suspended until further notice.")
    d.t("Posted on a community forum on Monday, a message claiming to speak for one of the smuggling clans said "
        "the men had been \"looking for thieves\" and denied any link to armed groups. The Courier could not "
        "verify the message.")
    d.t("What Happens Next")
    d.t("Regional police chief Irena Vostal said officers were working with the army's mountain battalion to "
        "identify the gunmen. \"Nobody has the right to stop a bus on a public road,\" she said.")
    d.t("Anyone who travelled on the pass road between 10 pm on Sunday and 1 am on Monday and saw the pickup "
        "truck is asked to call Vellacourt police on 0800 555 0148, quoting incident 2050-0303-17.")
    d.fb("Got a story? Email newsdesk@vellacourtcourier.example.com or message us on 07700 900 412.",
         "Comments (3)",
         "Hana R. · 2 hours ago",
         "My brother takes that bus every week. Time the army actually patrolled the pass.",
         "Reply · 12 likes",
         "Posted by OrskDriver · 1 hour ago",
         "The truce was never going to hold. Everyone up there knew it.",
         "Reply · 4 likes",
         "Most read",
         "1. Council approves new bridge at Ollen ford",
         "2. Vellacourt FC sign striker from Orsk",
         "3. Spring market dates announced",
         "© 2050 Vellacourt Courier Ltd. All rights reserved. | Terms | Privacy | Contact us")
    return d
