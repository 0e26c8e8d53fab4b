from lib import Doc

TM = "Terrorism Monitor"
T2 = "Prison Yards as Recruiting Grounds: The Halvani Jail Network"
FEAT = [
    "Of the forty-three men convicted of terrorism offences in the Merovan Republic's Halvani province between "
    "2045 and 2048, at least nineteen had served an earlier sentence for an ordinary crime. [1] Investigators "
    "have long suspected that prisons are where many of them first met the Sons of Marrah. New court records "
    "and interviews with former inmates now make it possible to describe how that recruitment works.",
    "The Dravec Compound",
    "Most of the cases lead back to a single institution, the Dravec compound on the edge of the provincial "
    "capital. Built for eight hundred inmates, it held more than two thousand in 2048, according to ^A the "
    "justice ministry's own Volume 4 of prison statistics. [2] Overcrowding forced the administration to mix "
    "remand prisoners, petty thieves and convicted militants in the same blocks, and to leave the yards largely "
    "to the inmates themselves.",
    "In that vacuum, the militants organised. Former inmates describe a committee of senior prisoners who "
    "controlled the distribution of food parcels from outside, settled disputes and decided who slept near the "
    "windows. Membership of the committee was not formally tied to the Sons of Mar~rah, but its leaders were "
    "all convicted members of the group.",
    "Inside the Yard: A Recruiter's Routine",
    "One former inmate, released in 2049 after serving a sentence for theft, described the process in an "
    "interview. New arrivals were first offered protection and a share of the parcels. After some weeks, they "
    "were invited to evening study circles, where the discussion ^B began with prayer and moved, over months, to "
    "the injustices of the provincial government. [3] By the time a prisoner was asked to swear allegiance, he "
    "had usually been eating the group's food for half a year.",
    "By contrast, inmates who refused the offer were not usually threatened. The committee simply left them "
    "to fend for themselves in a yard where the guards rarely intervened, which for many was threat enough.",
    "After Release",
    "The network does not end at the prison gate. Released members are met by relatives of committee leaders "
    "and offered work, often in the ^C transport businesses that the group uses to move goods and people. The "
    "probation service, which has eleven officers for the entire province, has no means of following them. [4]",
    "The justice ministry announced in March 2050 that it would build a separate wing for terrorism convicts "
    "at Dravec. Separation may slow recruitment, but only if the wing is properly staffed; otherwise the "
    "ministry risks creating a smaller, more concentrated version of the same problem.",
]
NOTES = [
    "[1] Compiled by the author from judgments of the Halvani Provincial Court, 2045–2048.",
    "[2] Ministry of Justice of the Merovan Republic, Prison Statistics, Vol. 4 (2049), p. 31.",
    "[3] Interview by the author with a former inmate of Dravec, Halvani, February 2050.",
    "[4] Halvani Probation Service, Annual Report 2049.",
]

def build():
    d = Doc("z02_tm_issue11_noblank", web=False, blank=False)
    d.comments = [
        "No sidecar. Date: the masthead prints June 2, 2050. BRIEF (singular) over the first piece -> brief;",
        "ANALYSIS (singular) over the third -> analysis; the second stands under no label and the contents list it",
        "by title -> feature. Its bio stands before its text (not text); the three analysts are printed on a line",
        "of their own with no 'By', and one bio of all three follows their text (not text).",
        "Look-alikes (text): a paragraph opening 'By contrast,', 'the justice ministry's own Volume 4 of prison",
        "statistics', and the subheading 'Inside the Yard: A Recruiter's Routine'.",
    ]
    d.blocks = {
        "A": ["Terrorism Monitor Volume 48, Issue 11 | June 2, 2050", "3"],
        "B": ["4"],
        "C": ["TerrorismMonitor|Volume48,Issue11 \ue003 June2,2050"],
        "D": ["The Brannock Foundation • www.brannock-foundation.example.org", "6",
              "Terrorism Monitor Volume 48, Issue 11 | June 2, 2050"],
        "E": ["Terrorism Monitor Volume 48, Issue 11 | June 2, 2050", "7"],
    }
    d.f("Terrorism Monitor", "The Brannock Foundation",
        "Volume 48, Issue 11 | June 2, 2050",
        "In this issue:",
        "BRIEF: Kidnappers Target Mine Surveyors in the Tesh Valley — Tomasz Welling ........ p. 1",
        "Prison Yards as Recruiting Grounds: The Halvani Jail Network — Renske Oduya-Brandt .. p. 3",
        "ANALYSIS: What the Sons of Marrah Learned from the Siege of Dessal — Mateus Calloran,",
        "Yevgenia Strand and Pieter Okonkwo-Ray .............................................. p. 6",
        "BRIEF")
    t1 = "Kidnappers Target Mine Surveyors in the Tesh Valley"
    d.art(t1, ["Tomasz Welling"], "2050-06-02", "brief", TM, 48, 11)
    d.f(t1, "By Tomasz Welling")
    d.t("On May 9, gunmen stopped a convoy of four vehicles carrying surveyors from a state mining company on "
        "the road between Orsk and the Tesh Valley copper deposits. Two drivers were released the same evening; "
        "the five surveyors, including two foreign engineers, remain missing.")
    d.t("No group has claimed the abduction, but the method resembles earlier kidnappings attributed to the "
        "Ridge Covenant, which has demanded that the mining company hire local labourers and pay a share of its "
        "revenue to the valley's elders. The company suspended its survey work a day after the abduction.")
    d.t("The kidnapping exposes the weakness of the security arrangements around the deposits, which the "
        "government has described as the country's most important economic project of the decade. The road "
        "from Orsk is patrolled by a single police unit of about thirty men.")
    d.n("Tomasz Welling is the Editor of Terrorism Monitor.")
    d.art(T2, ["Renske Oduya-Brandt"], "2050-06-02", "feature", TM, 48, 11)
    d.f(T2, "By Dr. Renske Oduya-Brandt")
    d.n("Dr. Renske Oduya-Brandt is a criminologist at the Tarrow Institute of Justice Studies and a former "
        "adviser to the Merovan Republic's prison inspectorate.")
    for p in FEAT:
        d.t(p)
    d.f("Notes")
    for n in NOTES:
        d.t(n)
    t3 = "What the Sons of Marrah Learned from the Siege of Dessal"
    d.f("ANALYSIS")
    d.art(t3, ["Mateus Calloran", "Yevgenia Strand", "Pieter Okonkwo-Ray"], "2050-06-02", "analysis", TM, 48, 11)
    d.f(t3, "Mateus Calloran, Yevgenia Strand and Pieter Okonkwo-Ray")
    d.t("The siege of Dessal lasted nineteen days in April and ended, officially, in a victory for the army. "
        "The Sons of Marrah fighters who had seized the town's river port withdrew under cover of darkness, and "
        "the government raised its flag over the customs house the next morning. Yet the group's own statements, "
        "and the way it has fought since, suggest that it regards the siege as a rehearsal rather than a defeat.")
    d.t("First, the group learned that it could hold an urban position for weeks. Its fighters had stockpiled "
        "food and fuel in the port's warehouses long before the attack, which implies planning that began at "
        "least in late 2049. Second, it learned that the army would not use heavy artillery inside the town, "
        "^D for fear of civilian casualties that would be filmed and shared within hours.")
    d.t("Third, and most importantly, it learned that a negotiated withdrawal was possible. Local elders "
        "brokered the fighters' exit, and the army, keen to end the siege before the holiday, let them go. "
        "Since then the group has seized two smaller river towns, in each case apparently ^E expecting that the "
        "same elders would eventually negotiate its departure.")
    d.t("The army's response has been to promise that there will be no more negotiated exits. That promise "
        "will be tested soon, and if the army keeps it, the next siege is likely to be far bloodier than Dessal.")
    d.n("Mateus Calloran and Yevgenia Strand are analysts with the Carrow Conflict Observatory. Pieter "
        "Okonkwo-Ray is a former army officer who now teaches at the Merovan Staff College.")
    d.f("Terrorism Monitor Volume 48, Issue 11 | June 2, 2050", "8")
    return d
