from lib import Doc

d = Doc("l08_trade_magazine_feature", blank=False, web=True,
        sidecar="url: https://perimetersecurityreview.example/magazine/features/stadium-drone-defence",
        notes=["Trail ending Features -> feature. Bare name line under the standfirst; the closing italic bio names",
               "her with Prof. (left out). The standfirst (deck) under the title is not text; pull quote repeated from",
               "the text is furniture; subheadings are text."])
a = d.art("Stadiums Learn to Look Up: The Slow Arrival of Drone Defence at Sports Venues", ["Hanne Solberg-Achebe"],
          "2048-09-03", "feature", "Perimeter Security Review")
d.lines_("""
This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
Perimeter Security Review
Subscribe to the print edition
News
Magazine
Webinars
Buyers' Guide
Events
Home \u203a Magazine \u203a Features
Stadiums Learn to Look Up: The Slow Arrival of Drone Defence at Sports Venues
Venue operators have spent two decades hardening gates and fences. The threat from above is proving harder to manage.
Hanne Solberg-Achebe
September 3, 2048
""")
for t in [
 "When a small drone carrying a banner drifted over the pitch at the Arvensfeld Stadium during a cup semi-final last season, the match was stopped for nineteen minutes. Nobody was hurt, and the banner turned out to be a protest against ticket prices. But for the venue's security manager, Dietmar Oyelowo-Strand, the incident was a warning. \"If it had been carrying something else,\" he says, \"we would have had no way to stop it.\u201d",
 "Sports venues have spent the last twenty years investing heavily in perimeter security: bollards, turnstiles with bag scanners, camera networks with thousands of lenses. Those investments have made it much harder to bring a weapon through the gates. They have done little about the airspace above the stands.",
 "#Detection is the easy part",
 "Systems that detect drones are now widely available and relatively cheap. Radio-frequency sensors pick up the signals between a drone and its controller, and some can locate the operator. Several top-flight venues have installed such sensors in the last two years, and the operators report that they detect unauthorised drones at most large events.",
 "\u201cIf it had been carrying something else, we would have had no way to stop it.\u201d",
 "Stopping a drone is another matter. Jamming is illegal for private operators in most jurisdictions, and even where police are authorised to use it, a jammed drone may fall into a crowd. Net-firing interceptor drones and trained birds have been tested, with mixed results. For now, most venues rely on finding the operator quickly and persuading, or arresting, them.",
 "#Who pays?",
 "The question of cost is unresolved. Clubs argue that protecting the airspace is a police responsibility; police forces say they lack the budget to station counter-drone teams at every match. Insurers have begun to ask venues about their drone plans, which may settle the matter sooner than any regulator.",
 "For Oyelowo-Strand, the lesson of last season is simple. \"We used to think about the crowd coming in through the gates,\" he says. \"Now we have to think about what comes over the roof.\"",
]:
    if t.startswith("\u201c"):
        d.p(None, t)
    elif t.startswith("#"):
        d.line(t[1:], a)
    else:
        d.p(a, t)
d.lines_("""
Image: Floodlights at Arvensfeld Stadium. Credit: Perimeter Security Review / M. Jorgensen
*Prof. Hanne Solberg-Achebe is professor of security management at the Kelstad School of Engineering and a regular contributor to Perimeter Security Review.*
Share on LinkedIn
Share on X
Email this article
You might also like
Five questions to ask before buying a bag scanner
Webinar: Crowd flow modelling for temporary venues
Subscribe
Get the magazine delivered free to qualifying security professionals.
Sign up
\u00a9 2048 Harrowfield Media Ltd. Perimeter Security Review is a Harrowfield Media title. Registered in Kelstad No. 0448121.
Privacy Policy | Terms & Conditions | Advertise
""")
