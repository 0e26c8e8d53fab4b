"""h04: a plain-text email newsletter, hard-wrapped, three pieces among recurring blocks."""
from lib import Doc

DATE = "2044-08-11"


def build():
    d = Doc("h04_email_newsletter", width=70)
    d.comments = [
        "Choices: '#88' is a count of sends, so volume and issue are empty; each piece is dated by the send date;",
        "'Interview conducted by NAME' and 'Reviewed by NAME' name the authors; the Q/A lines of the interview are",
        "its text; 'Reporting by NAME and NAME' names both authors of the NEWS piece; the sponsor note, the quote of the week and the reading list are recurring blocks, not articles.",
    ]
    meta = dict(date=DATE, publication="The Tripwire Letter", volume=None, issue=None)
    a1 = d.article(title="The Long Tail of the Harbour Strike Threats", authors=["Halvard Nyqvist"], kind="analysis", **meta)
    a4 = d.article(title="Port Ellery Terminal Reopens Under New Checks", authors=["Ebele Strandqvist-Ward", "Tomasz Achebe"],
                   kind="news", **meta)
    a2 = d.article(title="Ten Minutes with a Former Negotiator", authors=["Ebele Strandqvist-Ward"], kind="interview", **meta)
    a3 = d.article(title="A Field Manual Nobody Asked For", authors=["Halvard Nyqvist"], kind="review", **meta)

    d.ls("""
From: The Tripwire Letter <editors@tripwireletter.example>
To: reader@postbox.example
Subject: Tripwire #88 -- harbour threats, a negotiator, a bad manual
Date: Thu, 11 Aug 2044 06:15:02 +0000
List-Unsubscribe: <https://tripwireletter.example/u/8841>
""")
    d.blank()
    d.l("Trouble reading this? Open it in your browser: https://tripwireletter.example/88")
    d.blank()
    d.ls("""
======================================================================
THE TRIPWIRE LETTER
Security news worth your Thursday morning
#88 -- Thursday, 11 August 2044
======================================================================
""")
    d.blank()
    d.ls("""
THIS WEEK
  * The Long Tail of the Harbour Strike Threats
  * Port Ellery Terminal Reopens Under New Checks
  * Ten Minutes with a Former Negotiator
  * A Field Manual Nobody Asked For
  * Quote of the week, and what we're reading
""")
    d.blank()
    d.l("----------------------------------------------------------------------")
    d.l("ANALYSIS")
    d.l("The Long Tail of the Harbour Strike Threats")
    d.l("by Halvard Nyqvist")
    d.blank()
    d.para(a1, "Three weeks after the anonymous threats against the container terminals at Port Ellery, the "
           "police still do not know who sent them. What they do know is that the threats worked: two shipping "
           "lines diverted vessels to other ports for a week, and the terminal operator says it lost more money "
           "to the diversion than it would have lost to a strike.")
    d.para(a1, "That is the uncomfortable lesson of the episode. A threat does not have to be credible to be "
           "effective; it only has to be impossible to dismiss. The messages sent to the terminal named a date, "
           "a berth and a type of device, and the operator could not prove that none of it was real.")
    d.para(a1, "Expect copycats. The costs of sending a threat like this are close to zero, and the rewards, for "
           "anyone who wants to hurt a port or short the shares of a shipping company, are considerable. The "
           "port authorities would do well to agree now, in calm conditions, on what level of detail will "
           "trigger a closure, and to say so publicly.")
    d.l("----------------------------------------------------------------------")
    d.l("NEWS")
    d.l("Port Ellery Terminal Reopens Under New Checks")
    d.l("Reporting by Ebele Strandqvist-Ward and Tomasz Achebe")
    d.blank()
    d.para(a4, "The east container terminal at Port Ellery reopened on Monday after a week in which two shipping "
           "lines had diverted vessels elsewhere. Trucks entering the terminal now pass a second gate where drivers' "
           "papers are checked against the booking system, and the queue on the first morning stretched for two "
           "kilometres along the harbour road.")
    d.para(a4, "The terminal operator said the new checks would stay in place \"until the police are satisfied\", "
           "and that it had asked the port authority to share the cost.")
    d.l("----------------------------------------------------------------------")
    d.l("SPONSOR")
    d.ls("""
This week's letter is supported by Quayline Analytics, maritime risk
data for insurers and ports. Readers get a free month at
https://quayline.example/tripwire
""")
    d.l("----------------------------------------------------------------------")
    d.l("INTERVIEW")
    d.l("Ten Minutes with a Former Negotiator")
    d.l("Interview conducted by Ebele Strandqvist-Ward")
    d.blank()
    d.para(a2, "Marguerite Oyelade-Finch spent twenty years negotiating the release of hostages for a private "
           "security firm before retiring to teach. We asked her what has changed.")
    d.para(a2, "Q: What is the biggest difference between your first case and your last?")
    d.para(a2, "A: Speed. In my first case we had weeks before anyone outside the family knew. In my last, the "
           "kidnappers posted a video within an hour, and we were negotiating with the whole internet watching.")
    d.para(a2, "Q: Does that help the kidnappers?")
    d.para(a2, "A: It helps them set a price, and it makes every delay look like indifference. But it also "
           "exposes them. The video that raises the price is also the video that shows the police where the "
           "window faces.")
    d.para(a2, "Q: What would you tell a company sending staff abroad next month?")
    d.para(a2, "A: Write down now who decides, and who talks to the family. Most of the damage I saw was done in "
           "the first two days by people arguing about that.")
    d.l("----------------------------------------------------------------------")
    d.l("QUOTE OF THE WEEK")
    d.ls("""
"We are not short of information. We are short of people who read it."
  -- a retired intelligence officer, speaking at a conference in Halden
""")
    d.l("----------------------------------------------------------------------")
    d.l("REVIEW")
    d.l("A Field Manual Nobody Asked For")
    d.l("Reviewed by Halvard Nyqvist")
    d.blank()
    d.para(a3, "The new Handbook of Urban Counter-Terrorism from the Corvell Press runs to six hundred pages and "
           "contains, by my count, eleven original ideas. The rest is a patient restatement of what every police "
           "academy has taught since the 2030s, arranged in chapters that rarely refer to one another.")
    d.para(a3, "The best chapter, on the protection of crowded places, is written by a former fire officer and "
           "is worth reading for its plain account of how people actually move when they panic. The worst, on "
           "online radicalisation, cites no research newer than 2039. At its price, most readers will be "
           "better served by the free guidance the fire services already publish.")
    d.l("----------------------------------------------------------------------")
    d.l("WHAT WE'RE READING")
    d.ls("""
  - A coroner's report on the Millbrook depot fire (Millbrook Courier)
  - Why ports still use fax machines (The Dockside Review)
  - A long profile of the Kessa valley militias (Northern Record)
""")
    d.l("----------------------------------------------------------------------")
    d.blank()
    d.ls("""
Forwarded this by a friend? Sign up at https://tripwireletter.example/join
You are receiving this because you subscribed to The Tripwire Letter.
Unsubscribe: https://tripwireletter.example/u/8841
Update your preferences: https://tripwireletter.example/prefs/8841
The Tripwire Letter, 14 Ropewalk Lane, Halden HN3 4QT
(c) 2044 Tripwire Media Ltd. All rights reserved.
""")
    return d, None, False
