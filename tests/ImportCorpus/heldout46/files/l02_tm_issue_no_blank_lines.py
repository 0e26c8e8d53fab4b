from lib import Doc

d = Doc("l02_tm_issue_no_blank_lines", blank=False, width=92,
        notes=["No blank lines. A piece listed by title under no label -> feature; plural ANALYSES over two pieces -> analysis",
               "each; singular INTERVIEW over one -> interview, whose author is the interviewer (the interviewee is its subject).",
               "Honorifics, ranks and post-nominals are left out of the names. Bios are not text; speaker labels of the",
               "interview are text (they are part of each question and answer line)."])
P = "Terrorism Monitor"
DATE = "2048-06-12"
f1 = d.art("The Quiet Return of the Kharsa Valley Front", ["Halvard Esquivel-Brandt"], DATE, "feature", P, 46, 11)
a1 = d.art("Recruitment by Livestream: A Militant Preacher's New Audience", ["Noor Kassabian"], DATE, "analysis", P, 46, 11)
a2 = d.art("Why the Coastal Ceasefire Keeps Failing", ["Edmund Farquhar-Nkemelu"], DATE, "analysis", P, 46, 11)
i1 = d.art("\"They Know the Roads Better Than We Do\": A Conversation on Rural Policing in Ombessa", ["Liesl Marchetti"], DATE, "interview", P, 46, 11)

d.pages = {
    "A": ["TERRORISM MONITOR | VOL. 46, NO. 11", "3"],
    "B": ["4", "TERRORISMMONITOR|VOL.46,NO.11"],
    "C": ["The Calloway Foundation | calloway-foundation.org | 6"],
    "D": ["TERRORISM MONITOR | VOL. 46, NO. 11", "8"],
    "E": ["TERRORISM MONITOR | VOL. 46, NO. 11", "10"],
}
d.lines_("""
The Calloway Foundation
TERRORISM MONITOR
VOL. 46, NO. 11 \u2014 JUNE 12, 2048
Contents
The Quiet Return of the Kharsa Valley Front \u2014 Halvard Esquivel-Brandt.........................1
ANALYSES
Recruitment by Livestream: A Militant Preacher's New Audience \u2014 Noor Kassabian.................4
Why the Coastal Ceasefire Keeps Failing \u2014 Edmund Farquhar-Nkemelu.............................6
INTERVIEW
"They Know the Roads Better Than We Do": A Conversation on Rural Policing in Ombessa.........8
Editor: Ottilie Braganza-Weiss | Subscriptions and reprints: tm-editor@calloway-foundation.org
\u00a9 2048 The Calloway Foundation. All rights reserved.
The Quiet Return of the Kharsa Valley Front
Halvard Esquivel-Brandt
""")
d.p(f1, """For three years the Kharsa Valley Front was little more than a name on government lists of proscribed
organisations. Its commanders had been killed or had fled across the mountains, and the villages that once
sheltered its fighters had been resettled. Since March, however, the group has claimed six attacks on road
construction crews in the upper valley, and local officials now speak openly of its return.\u00b9""")
d.line("Who Came Back", f1)
d.p(f1, """The new attacks bear the marks of a small, cautious organisation. Each has been carried out by a
handful of men who approached on foot, burned machinery and withdrew before security forces arrived. No
construction workers have been killed, and the group's statements stress that it targets "the project, not
the poor." This restraint contrasts with the Front's conduct in the early 2040s, when it was responsible for
a series of massacres in ^A lowland market towns.\u00b2""")
d.p(f1, """Researchers who have spoken with villagers in the upper valley say the new leadership includes men who
were teenagers during the earlier insurgency and who spent the intervening years working as labourers in the
cities of the plain. Their grievances centre on the road project itself, which will cut through grazing land
and has been accompanied by land purchases that few residents re~gard as fair.\u00b3""")
d.line("A Road as a Grievance", f1)
d.p(f1, """The government sees the road as a means of bringing the valley into the national economy and of making
it easier to police. Many residents see it as a threat to their livelihoods. By presenting itself as the
defender of local land rather than as a religious or ethnic movement, the revived Front has found a message
that resonates far beyond its ^B small circle of fighters. Unless the government addresses the question of
compensation, it risks handing the group a cause that could sustain it for years.""")
d.line("Notes")
d.p(f1, """1. District administration of Upper Kharsa, security bulletin, May 2048.""")
d.p(f1, """2. Commission of Inquiry into the Lowland Killings, Final Report (2044), chapter 3.""")
d.p(f1, """3. Interviews with residents of Upper Kharsa conducted by the author, April 2048.""")
d.p(None, """Halvard Esquivel-Brandt is a researcher at the Centre for Mountain Societies in Alvenbruck and the
author of a forthcoming book on land and conflict in the Kharsa Valley.""")
d.line("ANALYSES")
d.line("Recruitment by Livestream: A Militant Preacher's New Audience")
d.line("By Noor Kassabian, PhD")
d.p(a1, """Sheikh Idris al-Maqdari has preached against the government of Ombessa for two decades, but until
recently his audience was limited to the few hundred men who attended his mosque in the port district of
Saltane. That changed last autumn when his sermons began to be streamed live on a video platform popular with
young gamers. Within months, his channel had more than 80,000 followers.""")
d.p(a1, """The sermons themselves have not changed much. Al-Maqdari still denounces corruption, Western influence
and the ruling party, and he still stops short of explicit calls to violence. What has changed is the
setting. Viewers comment in real time, and moderators linked to the preacher reply to them, inviting the
most engaged to private chat groups. It is in these groups, according to security officials, that
recruiters for armed cells ^C make their approach.""")
d.p(a1, """The platform has removed several of al-Maqdari's channels, but new ones appear within days, and
recordings circulate widely on other sites. Efforts to counter his message have so far relied on official
religious authorities whose credibility among young people is low. A more effective response may require
voices from within the same online communities that have made the preacher popular.""")
d.p(None, """Noor Kassabian, PhD, is an independent analyst who studies online extremism in the Gulf of Saltane
region.""")
d.line("Why the Coastal Ceasefire Keeps Failing")
d.line("By Colonel (ret.) Edmund Farquhar-Nkemelu")
d.p(a2, """Since January, the government and the Coastal Liberation Movement have agreed to three ceasefires.
Each has collapsed within weeks. The most recent, brokered by church leaders in late April, lasted eleven
days before fighting resumed near the fishing town of Marrakai. Each collapse has been followed by mutual
accusations, and each has made the next agreement harder to reach.""")
d.p(a2, """The basic problem is that neither side controls its own forces. The movement is a coalition of local
militias whose commanders answer to clan elders as much as to the political leadership in exile. The
government, for its part, relies heavily on auxiliary units recruited from rival clans, which have their own
reasons to keep fighting. Ceasefires negotiated at the top are therefore ^D ignored at the bottom.""")
d.p(a2, """A durable agreement would need to involve the people who actually command armed men on the coast,
including the auxiliaries. It would also need a monitoring mechanism with the capacity to investigate
violations quickly, before accusations harden into a new round of fighting. Neither condition is yet in
place.""")
d.line("INTERVIEW")
d.line("\"They Know the Roads Better Than We Do\": A Conversation on Rural")
d.line("Policing in Ombessa")
d.line("Interview conducted by Liesl Marchetti")
d.p(i1, """Superintendent Grace Adeyemi-Holm commanded police operations in Ombessa's northern districts from
2044 until her retirement this spring. She spoke with Terrorism Monitor about the challenges of policing
rural areas where armed groups are active.""")
d.p(i1, """MARCHETTI: What was the biggest difference between policing in the cities and in the north?""")
d.p(i1, """ADEYEMI-HOLM: In the cities you have informants, cameras, phone records. In the north you have
none of that. The armed groups know the roads better than we do, and the people who live there have to
deal with them long after we have gone home. So they tell us very little, and who can blame them?""")
d.p(i1, """MARCHETTI: How did you try to change that?""")
d.p(i1, """ADEYEMI-HOLM: We stopped rotating officers every six months. We kept the same people in the same
stations for three or four years, so that they knew the elders and the elders knew them. It is slow work.
The results do not show up in the statistics for a long time, and that makes it hard to defend in the
budget ^E meetings.""")
d.p(i1, """MARCHETTI: What would you tell your successor?""")
d.p(i1, """ADEYEMI-HOLM: Protect your officers, but do not hide them. A police station behind three rows of
sandbags tells people that you are afraid. They will not trust someone who is afraid to protect them.""")
d.p(None, """Liesl Marchetti is a contributing editor of Terrorism Monitor.""")
