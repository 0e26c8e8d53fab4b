from lib import Doc

d = Doc("l12_email_newsletter_month", blank=True, width=70,
        sidecar="publication: The Saltmarsh Dispatch",
        notes=["A plain-text email newsletter wrapped at 70 columns, dated by month only (April 2048 -> 2048-04-01), no number:",
               "volume and issue empty. ESSAY over one signed piece -> essay; IN BRIEF over three unsigned items -> brief",
               "each, authors []. The items' titles are their own lines (no 'Place:' prefix)."])
P = "The Saltmarsh Dispatch"
DATE = "2048-04-01"
e = d.art("The Coastguard We Have, and the One We Need", ["Ines Corrigan-Adeyinka"], DATE, "essay", P)
b1 = d.art("Harbour Levy Vote Postponed Again", [], DATE, "brief", P)
b2 = d.art("Fishing Cooperative Reports Second Boat Seizure", [], DATE, "brief", P)
b3 = d.art("New Radar Station Opens at Cape Orrin", [], DATE, "brief", P)
d.lines_("""
From: The Saltmarsh Dispatch <dispatch@saltmarsh-security.example>
To: subscriber@example.net
Subject: The Saltmarsh Dispatch | April 2048
Date: Wed, 1 Apr 2048 07:00:12 +0000

View this email in your browser: https://saltmarsh-security.example/dispatch/2048-04

======================================================================
THE SALTMARSH DISPATCH
Coastal security news and commentary for the Saltmarsh region
April 2048 edition
======================================================================

Dear readers,

Spring brings longer days and busier waters. This month our essay asks
what kind of coastguard the region needs, and In Brief rounds up three
stories you may have missed.

-- The editors

----------------------------------------------------------------------
ESSAY
----------------------------------------------------------------------

The Coastguard We Have, and the One We Need

By Ines Corrigan-Adeyinka
""")
d.p(e, """The regional coastguard was founded in 2019 to rescue sailors and
fishermen in trouble. It still does that well. But over the past decade it
has been asked to do a great deal more: intercept smugglers, inspect
fishing fleets, protect offshore cables and, most recently, watch for
drones launched from boats. Its budget has not grown to match.""")
d.p(e, """The result is a service stretched thin. Its twelve patrol boats spend
more time in dock for repairs than at sea, and crews report working
double shifts during the summer months. When a smuggling vessel ran
aground near Cape Orrin last year, the nearest coastguard boat was two
hours away, having been diverted to a rescue further south.""")
d.p(e, """There are two ways to fix this. One is to give the coastguard the money
and the boats it needs to carry out all of its current tasks. The other is
to take some of those tasks away and give them to the navy or the police.
Both have costs. The first is expensive; the second risks blurring the line
between a rescue service, which everyone at sea trusts, and a security
force, which smugglers and some fishermen will avoid.""")
d.p(e, """My own view is that the region should pay for a coastguard that can do
the job it has already been given. Trust at sea takes decades to build, and
it would be a false economy to spend it in the name of saving money.""")
d.gap()
d.lines_("""
Ines Corrigan-Adeyinka served in the regional coastguard for 22 years and
now chairs the Saltmarsh Maritime Safety Forum.

----------------------------------------------------------------------
IN BRIEF
----------------------------------------------------------------------

Harbour Levy Vote Postponed Again
""")
d.p(b1, """The regional council has postponed for a third time its vote on a levy on
harbour users to pay for new security measures. Councillors said more
consultation with shipping firms was needed.""")
d.gap(); d.line("Fishing Cooperative Reports Second Boat Seizure")
d.p(b2, """The Orrin Bay fishing cooperative says a second of its boats was seized by
armed men offshore in March and released only after a payment. The
cooperative has asked for coastguard escorts on its busiest days.""")
d.gap(); d.line("New Radar Station Opens at Cape Orrin")
d.p(b3, """A new coastal radar station at Cape Orrin began operating on 24 March. It
covers the approaches to the bay where several smuggling vessels have
landed in the past two years.""")
d.gap()
d.lines_("""
----------------------------------------------------------------------
Forward this email to a friend: https://saltmarsh-security.example/forward
Reply to this email to reach the editors.

You are receiving this because you subscribed at saltmarsh-security.example.
Unsubscribe: https://saltmarsh-security.example/unsubscribe?id=8812
The Saltmarsh Security Project, 14 Quay Street, Orrin Bay
""")
