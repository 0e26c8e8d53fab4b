from lib import Doc

d = Doc("l09_newsletter_platform_post", blank=True, web=True,
        notes=["A personal newsletter's post on a hosting platform, opening with a crawler block whose title carries",
               "' - by NAME - The Long Fuse'. The page prints no genre label: kind null. The subtitle is not text."])
a = d.art("What the Quarry Raids Tell Us About the Next Five Years", ["Caspar Oduya-Lindgren"], "2048-04-22", None, "The Long Fuse")
d.lines_("""
---
title: "What the Quarry Raids Tell Us About the Next Five Years - by Caspar Oduya-Lindgren - The Long Fuse"
source: https://thelongfuse.example.pub/p/what-the-quarry-raids-tell-us
date: 2048-04-22
description: "Explosives theft is a boring subject. That is exactly why it matters."
---

The Long Fuse

Subscribe
Sign in

What the Quarry Raids Tell Us About the Next Five Years

Explosives theft is a boring subject. That is exactly why it matters.

Caspar Oduya-Lindgren
Apr 22, 2048

14
3
Share
""")
for t in [
 "Three weeks ago, armed men tied up the night watchman at a limestone quarry outside Dunmere and drove away with about 200 kilograms of commercial explosive. It was the fourth such raid in the region since January. The story made the regional news for a day and then vanished, which is roughly what happened to the other three.",
 "I have been writing this newsletter for six years, and if there is one thing I have learned, it is that the dull stories are the ones to watch. Nobody makes a documentary about a padlock. But almost every serious bombing campaign I have studied began with someone noticing, too late, that a lot of explosive had gone missing from places nobody thought to guard.",
 "Here is what we know about the four raids. Each targeted a small, privately owned quarry rather than one of the big operators. Each took place on a weekend night. In each case the raiders knew exactly where the magazine was and how it was locked. That suggests inside knowledge, or at least careful reconnaissance.",
 "Here is what we do not know: who did it, and what they want the explosive for. The police have said very little, and I do not blame them. But the pattern should worry anyone who remembers the late 2030s, when a similar string of thefts preceded a year of attacks on rail lines.",
 "#What should happen now",
 "The fix is not complicated. Small quarries should be required to store explosives off-site, in licensed depots, and to draw only what they need for each day's blasting. Some already do this voluntarily. The rest say it is too expensive. After four raids, that argument is getting harder to make.",
 "I will keep following this. If you work in the industry and want to talk, reply to this email; I protect my sources.",
]:
    d.p(a, t[1:]) if t.startswith("#") else d.p(a, t)
d.gap()
d.lines_("""
Thanks for reading The Long Fuse! Subscribe for free to receive new posts and support my work.

Type your email...
Subscribe

14 Likes
\u00b7
2 Restacks

Discussion about this post

Comments
Restacks

Ingrid Moyo-Sandvik
Apr 22
Worked at a quarry in my twenties. The magazine key hung on a nail in the office. I doubt much has changed.
Reply
Share

Tobias Erlendsson
Apr 23
Good piece. The depot idea is sensible but who runs the depots?
Reply
Share

Ready for more?

\u00a9 2048 Caspar Oduya-Lindgren
Privacy \u2219 Terms \u2219 Collection notice
Start writing
Get the app
""")
