from lib import Doc

d = Doc("l06_university_centre_commentary", blank=False, web=True,
        notes=["A centre with its own name and navigation under a university's masthead is the publication.",
               "Posted DATE by Dr NAME: the honorific is left out. COMMENTARY over the title -> commentary.",
               "Reference markers glued to words and sentence ends; the reference list entries are text, its heading not."])
a = d.art("Ports, Permits and Patience: Rethinking Container Screening on the Estervale Coast", ["Ilse Varga-Montoya"],
          "2048-05-14", "commentary", "Estervale Centre for Border Studies")
d.lines_("""
---
title: "Ports, Permits and Patience: Rethinking Container Screening on the Estervale Coast | Estervale Centre for Border Studies"
source: https://borderstudies.estervale.ac/commentary/ports-permits-patience
date: 2048-05-14
description: "Why more scanners will not fix the coast's screening problem, and what might."
---
University of Estervale
Study | Research | About the University | Staff intranet
Estervale Centre for Border Studies
Home
About the Centre
People
Research
Commentary
Events
Contact
COMMENTARY
Ports, Permits and Patience: Rethinking Container Screening on the Estervale Coast
Posted 14 May 2048 by Dr Ilse Varga-Montoya
Tags: ports, customs, smuggling
""")
for t in [
 "Every few years, a seizure of weapons or drugs at one of the Estervale coast's container terminals prompts the same response. Politicians promise more scanners, more customs officers and tougher penalties, and for a few months the numbers of inspections rise. Then attention moves elsewhere, budgets tighten, and the terminals return to their old routines. The latest round began in March, after customs officers at Port Velden found rifles hidden in a shipment of washing machines.1",
 "I want to suggest that the problem is not primarily one of equipment. The terminals already have more scanning capacity than they use: according to the port authority's own figures, the two large scanners at Velden ran at less than a third of capacity last year.2 The bottleneck lies elsewhere, in how containers are selected for inspection and in how long an inspection is allowed to delay a shipment.",
 "Selection is done largely on the basis of paperwork submitted by shipping agents. A container whose documents are in order, from a known agent, is rarely opened. Smugglers know this, and invest accordingly in clean paperwork and in relationships with agents who have good records. The rifles found in March travelled under the documents of a firm that had shipped to Velden without incident for eleven years.3",
 "Time is the other constraint. Terminal operators are paid by the number of containers they move, and they press customs to release shipments quickly. An officer who holds a container for a full inspection on a hunch risks a complaint from the operator and, often, from the importer's lawyers. The incentives all point toward waving things through.",
 "#What would help",
 "Three changes would do more than new machines. First, selection should include an element of randomness, so that no container can be sure of avoiding inspection. Second, the time allowed for inspections should be set in regulation, not negotiated terminal by terminal. Third, customs should share information with police and port security on a routine basis, rather than only after a seizure.4",
 "None of this is glamorous, and none of it makes for a good press conference. But patience and rules, rather than hardware, are what the coast's screening system lacks.",
]:
    d.line(t[1:], a) if t.startswith("#") else d.p(a, t)
d.line("References")
for t in [
 "1. Weapons found in appliance shipment at Velden \u2013 Estervale Evening Post, accessed 2 May 2048, https://www.estervale-post.example/news/velden-rifles",
 "2. Annual Operations Report 2047 \u2013 Port Authority of Velden, accessed 3 May 2048, https://portvelden.example/reports/2047-annual.pdf",
 "3. Customs statement on Velden seizure \u2013 Estervale Customs Service, accessed 3 May 2048, https://customs.estervale.example/press/0324",
 "4. Information sharing in maritime security: a review \u2013 Estervale Centre for Border Studies, accessed 5 May 2048, https://borderstudies.estervale.ac/papers/info-sharing",
]:
    d.p(a, t)
d.lines_("""
Dr Ilse Varga-Montoya is a senior lecturer in criminology and deputy director of the Estervale Centre for Border Studies.
Share this post: Email | LinkedIn | Copy link
Views expressed in commentaries are those of the author and not of the Centre or the University.
2 comments
Harald P. \u2014 15 May 2048 at 08:12
Spot on about the incentives. I worked at a terminal for nine years and nobody ever thanked an officer for holding a box.
Reply
Maren Q. \u2014 16 May 2048 at 19:47
Random selection sounds good until the random box belongs to a supermarket chain with a tight delivery window. Who pays?
Reply
Leave a comment
You must be logged in to post a comment.
Estervale Centre for Border Studies, Harbour Building, University of Estervale
\u00a9 2048 University of Estervale | Accessibility | Privacy and cookies
""")
