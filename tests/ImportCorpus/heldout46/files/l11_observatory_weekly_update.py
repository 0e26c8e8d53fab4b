from lib import Doc

d = Doc("l11_observatory_weekly_update", blank=True, web=True,
        notes=["A conflict observatory's 'Weekly update' (frequency word dropped) -> update. 'Prepared by' line names the",
               "two authors. Key-figure bullets and the methodology note are text; the data-download and licence lines",
               "are furniture. The crawler date is the publication date; the week-ending date in the text is not."])
a = d.art("Northern Corridor Sees Sharp Rise in Attacks on Transport", ["Oyelaran Castellanos", "Wren Halloway-Adeyemi"],
          "2048-08-19", "update", "Meridale Conflict Observatory")
d.lines_("""
---
title: "Weekly update: Northern Corridor Sees Sharp Rise in Attacks on Transport \u2014 Meridale Conflict Observatory"
source: https://meridale-observatory.example/updates/2048-w33-northern-corridor
date: 2048-08-19T14:00:00Z
description: "Attacks on lorries and buses in the northern corridor more than doubled in the week to 16 August."
---

Meridale Conflict Observatory

Dashboard   Data   Updates   Methodology   About   Donate

Please enable JavaScript to view the interactive map.

Weekly update

Northern Corridor Sees Sharp Rise in Attacks on Transport

Week ending 16 August 2048 \u00b7 Published 19 August 2048

Prepared by Oyelaran Castellanos and Wren Halloway-Adeyemi
""")
for t in [
 "Attacks on road transport in the northern corridor more than doubled in the week to 16 August, continuing a trend that began in early July. The Observatory recorded 23 incidents involving lorries, buses or fuel tankers, compared with 10 the previous week and an average of 7 per week in the first half of the year.",
 "#Key figures",
 "- Northern corridor: 23 incidents (previous week: 10), 17 fatalities",
 "- Central plateau: 6 incidents (previous week: 8), 4 fatalities",
 "- Coastal districts: 2 incidents (previous week: 3), no fatalities",
 "Most of the northern incidents took place on the 140-kilometre stretch between Harrowby Junction and the border post at Ketterin. In at least nine cases, attackers set up temporary roadblocks, robbed passengers and set vehicles alight. Three drivers were abducted and remain missing.",
 "No group has claimed the attacks. Local sources attribute several to a faction that split from the Ketterin Hills militia in May, but the Observatory has not been able to confirm this independently.",
 "#Outlook",
 "With the harvest season beginning, traffic on the corridor is likely to increase in the coming weeks, raising the number of potential targets. Transport unions have threatened to suspend services unless escorts are provided.",
 "Note on methods: incidents are coded from local media, partner reports and verified social media posts. Figures for the most recent week may be revised as further reports arrive.",
]:
    d.p(a, t[1:]) if t.startswith("#") else d.p(a, t)
d.gap()
d.lines_("""
Download the data for this week (CSV)

Cite as: Meridale Conflict Observatory, Weekly update, 19 August 2048.

Data are published under a Creative Commons Attribution licence.

Previous update: Fuel shortages spark protests in plateau towns

Next update: Abductions continue on the Ketterin road

Sign up to receive weekly updates by email

\u00a9 2048 Meridale Conflict Observatory \u00b7 Privacy \u00b7 Cookie settings
""")
