"""Writes digest-new: new cases for the eighteenth session's digest reader (issue 6: a mailing list's digest, a feed's
digest by email, each item an article), written after the rule and labelled before their one run. A line opening with
'+N' is text of the file's article N (1-based). Run: python3 gen.py (its writer is lead17-new/gen.py's)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lead17-new"))
from gen import write

FILES = {
"d01_listserv_digest_three_messages": dict(
    sidecar=None, web=False,
    articles=[dict(title="Fieldwork permits in the delta provinces", authors=["Oluwaseun Lindgren-Abara"], date="2032-05-06",
                   kind="post", publication="Conflict-Research", volume=None, issue=None),
              dict(title="Workshop report: counting displacement on the lake", authors=["Greta Mwangi-Falk"], date="2032-05-06",
                   kind="post", publication="Conflict-Research", volume=None, issue=None),
              dict(title="Vacancy: research assistant, maritime incidents database", authors=["Paulo Esterhuizen"], date="2032-05-07",
                   kind="post", publication="Conflict-Research", volume=None, issue=None)],
    lines="""CONFLICT-RESEARCH Digest - 5 May 2032 to 7 May 2032 (#2032-41)

There are 3 messages totaling 96 lines in this issue.

Topics of the day:

  1. Fieldwork permits in the delta provinces
  2. Workshop report: counting displacement on the lake
  3. Vacancy: research assistant, maritime incidents database

----------------------------------------------------------------------

Date:    Wed, 6 May 2032 09:41:17 +0200
From:    Oluwaseun Lindgren-Abara <o.lindgren@westmere.ac.example>
Subject: Fieldwork permits in the delta provinces

+1Dear list,

+1Has anyone applied for a research permit in the delta provinces since the new rules came in at the start of the year?
+1Two of our doctoral students have now waited more than four months for an answer, and the ministry's office in the
+1provincial capital tells them only that the file is "under review".

+1I would be glad to hear, on or off list, from anyone who has been through the process, and especially from anyone who
+1has found a way to speed it up without compromising the students' independence. We are also wondering whether it is
+1worth writing jointly to the ministry as a group of universities.

With thanks,
Oluwaseun

--
Oluwaseun Lindgren-Abara
Professor of Development Studies, University of Westmere

------------------------------

Date:    Wed, 6 May 2032 16:02:55 +0000
From:    "Mwangi-Falk, Greta" <gmf@lakeinstitute.example>
Subject: Workshop report: counting displacement on the lake

+2Hello all,

+2Many thanks to everyone who came to last week's workshop on counting displacement around the lake. A short report is
+2now available on our website, with the slides of all six presentations.

+2Three points came up again and again. First, the official figures count only people who register at a camp, and most
+2families who leave the shore stay with relatives instead. Second, the fishing cooperatives keep membership lists that
+2are a far better guide to who has left than anything the district offices hold. Third, nobody is counting returns,
+2so every figure we have describes only the way out.

+2We hope to hold a second meeting in the autumn, on the cooperatives' records in particular.

Best,
Greta

------------------------------

Date:    Thu, 7 May 2032 08:15:03 +0100
From:    Paulo Esterhuizen <p.esterhuizen@searisk.example>
Subject: Vacancy: research assistant, maritime incidents database

+3We are looking for a research assistant to join the team that maintains our database of maritime incidents in the
+3gulf. The post is for eighteen months, part-time, and can be held remotely. Applicants should read at least one of
+3the region's languages and be comfortable working with news archives and shipping records.

+3Details and the application form: https://searisk.example/jobs/ra-2032

Paulo Esterhuizen
Director, Sea Risk Observatory

------------------------------

End of CONFLICT-RESEARCH Digest - 5 May 2032 to 7 May 2032 (#2032-41)
**********************************************************************""",
),
"d02_feed_digest_teasers_and_full_items": dict(
    sidecar=None, web=False,
    articles=[dict(title="The Border Markets After the Curfew", authors=["Henrietta Osagie-Brandt"], date="2032-05-11",
                   kind="analysis", publication="Tarrant Centre for Security Studies", volume=None, issue=None),
              dict(title="Why the Amnesty Stalled", authors=["Idris Volkova-Mensah"], date="2032-05-10",
                   kind="commentary", publication="Tarrant Centre for Security Studies", volume=None, issue=None)],
    lines="""From: Feedletter <noreply@feedletter.example>
Date: Tue, 12 May 2032 05:00:03 +0000
Subject: Tarrant Centre for Security Studies: new posts

Feedletter — the sites you follow, once a day

Tarrant Centre for Security Studies
3 new posts since yesterday

==================================================================

Analysis: The Border Markets After the Curfew
https://www.tarrant-centre.example/analysis/border-markets-after-the-curfew
Henrietta Osagie-Brandt | 11 May 2032

+1The night curfew imposed on the three border districts in March was meant to stop the movement of fighters. What it
+1has done above all is to move the markets. Traders who once sold at dusk now sell at dawn, and the smaller traders,
+1who cannot afford to hold stock overnight, have left the border trade altogether.

+1The result is a market that is smaller, more concentrated and easier for armed groups to tax. Three wholesalers now
+1handle most of the grain that crosses at the northern crossing, and each of them pays a fee to the group that holds
+1the road. The curfew has made that fee easier to collect, not harder.

Read in your browser: https://www.tarrant-centre.example/analysis/border-markets-after-the-curfew

==================================================================

Commentary: Why the Amnesty Stalled
https://www.tarrant-centre.example/commentary/why-the-amnesty-stalled
Idris Volkova-Mensah | 10 May 2032

+2When the amnesty law was passed last year, its supporters expected hundreds of fighters to come forward within
+2months. Fewer than forty have done so. The reason is not, as the government says, that the groups forbid it. It is
+2that the law offers fighters nothing they can count on once they have surrendered.

+2The law promises that those who come forward will not be prosecuted for membership, but it says nothing about what
+2happens to their families, their land or their debts. A fighter who surrenders loses the group's protection at once
+2and gains the state's only on paper.

Read in your browser: https://www.tarrant-centre.example/commentary/why-the-amnesty-stalled

==================================================================

Event: Book launch, 20 May
https://www.tarrant-centre.example/events/book-launch-may
Join us for the launch of our new edited volume on the border economies. Register online.

==================================================================
You are receiving this because you follow Tarrant Centre for Security Studies on Feedletter.
Manage your subscriptions: https://feedletter.example/settings""",
),
"d03_single_newsletter_ruled_sections": dict(
    sidecar=None, web=False,
    articles=[dict(title="What the Ferry Strike Changed", authors=["Astrid Nakamura-Obi"], date="2032-05-15",
                   kind="newsletter", publication="The Sound Letter", volume=None, issue=None)],
    lines="""From: The Sound Letter <letter@soundletter.example>
Date: Fri, 15 May 2032 07:30:00 +0000
Subject: The Sound Letter #88: What the Ferry Strike Changed

THE SOUND LETTER
Issue 88 · 15 May 2032

------------------------------------------------------------
WHAT THE FERRY STRIKE CHANGED
By Astrid Nakamura-Obi
------------------------------------------------------------

+1The ferry strike ended on Monday after nineteen days, and the crews went back with most of what they asked for. But
+1the strike changed more than the crews' pay. For nineteen days the islands depended on fishing boats, a coastguard
+1cutter and a single chartered barge, and everyone on them learnt how thin the thread to the mainland is.

+1The council now says it will keep a standby boat for emergencies. It should go further and publish, every year, how
+1many days the crossings ran on time, so that the next strike, or the next storm, does not come as a surprise.

------------------------------------------------------------
FROM THE INBOX
------------------------------------------------------------

Several readers wrote about last week's piece on the harbour dues. Thank you; we read every letter.

------------------------------------------------------------
You are receiving The Sound Letter because you subscribed at soundletter.example.
Unsubscribe | Update your preferences""",
),
}

if __name__ == "__main__":
    write(FILES)
