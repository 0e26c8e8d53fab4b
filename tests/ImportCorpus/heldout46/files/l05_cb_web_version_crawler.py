from lib import Doc

d = Doc("l05_cb_web_version_crawler", blank=True, web=True,
        notes=["Web version of l03's first feature, opening with a crawler block; the title drops the site-name suffix.",
               "Word-processor footnotes ([[n]](#_ftnN) in the text, [[n]](#_ftnrefN) in the list, no notes heading):",
               "the list entries are text. The page prints no genre label, so the kind is the issue's (feature)."])
f1 = d.art("The People's Armed Police Expands Its Counter-Terrorism Training Abroad", ["Wen-Li Castellane-Hu"],
           "2048-03-06", "feature", "China Brief", 48, 5)
d.lines_("""
---
title: "The People's Armed Police Expands Its Counter-Terrorism Training Abroad - The Calloway Foundation"
source: https://www.calloway-foundation.org/programs/china-brief/pap-counter-terrorism-training-abroad/
date: 2048-03-06
description: "A PAP detachment has completed its fourth counter-terrorism course abroad in eighteen months."
---

We use cookies to understand how visitors use our site. By continuing you accept our use of cookies. Accept | Learn more

The Calloway Foundation

Menu

China Brief

The People's Armed Police Expands Its Counter-Terrorism Training Abroad

China Brief Volume: 48 Issue: 5

March 6, 2048 10:00 AM

Wen-Li Castellane-Hu

Share this: Facebook Twitter Email
""")
for t in [
 "In January, a detachment of the People's Armed Police (PAP) completed a six-week training course for special police units in the island republic of Valmora, the fourth such course held abroad in the past eighteen months.[[1]](#_ftn1) Official media presented the course as a routine exercise in friendship between security services, but its scale and frequency suggest a deliberate effort to make counter-terrorism training a regular part of the PAP's foreign engagement.",
 "(Image: PAP instructors with Valmoran police officers, January 2048. Source: PAP News)",
 "The courses follow a common format. PAP instructors teach hostage rescue, crowd control and the protection of infrastructure, and host-country officers are invited to continue their studies at the PAP's academies. Equipment, including vehicles and communications gear, is often donated at the end of the course.[[2]](#_ftn2) For governments with limited budgets, the offer is attractive.",
 "#Motives",
 "Chinese commentators link the programme to the protection of Chinese citizens and investments abroad. Several of the host countries are home to large construction projects financed by Chinese banks, and attacks on workers at such projects have increased in recent years.[[3]](#_ftn3) Training local police to respond to such incidents may be seen as a cheaper and less visible alternative to deploying Chinese security personnel directly.",
 "The programme also builds relationships. Officers who train at PAP academies return home with contacts and, in some cases, with a favourable view of Chinese approaches to public order. Over time, such ties may give Beijing influence over how partner governments define and respond to threats.",
 "---",
 "[[1]](#_ftnref1) \"PAP Detachment Concludes Joint Training in Valmora,\" PAP News, January 28, 2048.",
 "[[2]](#_ftnref2) Ministry of the Interior of Valmora, press statement, January 30, 2048.",
 "[[3]](#_ftnref3) Wen-Li Castellane-Hu, \"Protecting the Belt: Attacks on Chinese Workers Abroad, 2040-2047,\" working paper, Institute for Asian Security Studies, 2047.",
]:
    if t.startswith("(Image") or t == "---":
        d.p(None, t)
    elif t.startswith("#"):
        d.p(f1, t[1:])
    else:
        d.p(f1, t)
d.gap()
d.lines_("""

Wen-Li Castellane-Hu is a research associate at the Institute for Asian Security Studies.

Download PDF

Read more from China Brief

Coast Guard Drills Near the Pellaris Shoal

Security Spending Squeezes Provincial Budgets in the Northwest

Sign up for China Brief alerts

Privacy | Terms of Use | \u00a9 The Calloway Foundation 2048
""")
