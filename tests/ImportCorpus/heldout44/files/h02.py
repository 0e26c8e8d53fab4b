from lib import Doc

TM = "Terrorism Monitor"


def build():
    d = Doc("h02_tm_issue_no_blank_lines", blank=False, width=84)
    D = "2046-05-08"
    b = d.art("Militia Pays Its Recruits in Mobile Credit on the Sarrow Plateau", ["Pell Anwarsson"], D, "brief", TM, 44, 9)
    c = d.art("Why the Ceasefire in the Kolvane Valley Will Not Hold", ["Hester Amadi-Crane"], D, "commentary", TM, 44, 9)
    s = d.art("The Ferrymen's War: Smuggling Networks and Insurgent Supply on Lake Orrimund", ["Arvid Lundqvist-Obi"], D, "special report", TM, 44, 9)
    d.comment("BRIEF (singular) covers the one piece under it; its only author is named by the closing bio line.")
    d.comment("COMMENTARY over one piece: commentary. SPECIAL REPORT is a two-word label the piece prints: special report.")
    d.comment("The byline of the special report is printed in capitals ('BY ARVID LUNDQVIST-OBI'); labelled in the proper case the bio prints. 'Professor' is kept out of the name.")
    d.comment("Roman endnotes listed under ENDNOTES are the special report's text; ENDNOTES itself is the notes heading.")
    d.block("P2", "2 | www.halberd-fcs.example/terrorism-monitor")
    d.block("P3", "TerrorismMonitorVolumeXLIV\ufffdIssue9\n3")
    d.block("P4", "4 | www.halberd-fcs.example/terrorism-monitor")
    d.block("P5", "Terrorism Monitor \u00b7 Volume XLIV \u00b7 Issue 9\n5")
    d.f("Terrorism Monitor")
    d.f("A publication of the Halberd Foundation for Conflict Studies")
    d.f("Volume XLIV \u2022 Issue 9 \u2022 May 8, 2046")
    d.f("In This Issue")
    d.f("\u2022 BRIEF: Militia Pays Its Recruits in Mobile Credit on the Sarrow Plateau")
    d.f("\u2022 COMMENTARY: Why the Ceasefire in the Kolvane Valley Will Not Hold, by Hester Amadi-Crane")
    d.f("\u2022 SPECIAL REPORT: The Ferrymen's War, by Arvid Lundqvist-Obi")
    d.f("BRIEF")
    d.f("Militia Pays Its Recruits in Mobile Credit on the Sarrow Plateau")
    d.p(b, "A militia that controls four districts of the Sarrow plateau has stopped paying its fighters in cash. Since "
           "March, recruits receive a monthly top-up of mobile credit that can be spent at any shop carrying the network's "
           "sign, according to a former member who left the group in April (Plateau Voice, April 22).")
    d.p(b, "The arrangement solves two problems for the militia at once. It no longer has to move bundles of notes through "
           "checkpoints, and its payroll now runs through agents who earn a commission on every transfer and who therefore "
           "have every reason to keep quiet. It also binds recruits to the territory, since the credit is worth little "
           "outside the area where the agents trade.")
    d.p(b, "The telecom operator says it cannot see who stands behind the agents' accounts. Regulators have asked it to "
           "look harder.")
    d.f("Pell Anwarsson is a contributing analyst to Terrorism Monitor based in Ostrava Nova.")
    d.f("COMMENTARY")
    d.f("Why the Ceasefire in the Kolvane Valley Will Not Hold")
    d.f("Hester Amadi-Crane")
    d.p(c, "The ceasefire signed in the Kolvane valley on 14 April has been greeted as a breakthrough. It is better "
           "understood as a pause that suits both sides for reasons that will expire with the harvest. The government needs "
           "the roads open to move grain; the insurgents need time to replace commanders lost in the winter fighting. "
           "Neither has given up anything it cannot take back.")
    d.p(c, "The text of the agreement is short, and its silences are telling. It says nothing about the prisoners held by "
           "either side, nothing about the return of families who fled the upper valley, and nothing about who will "
           "monitor violations. A ceasefire without monitors is a ceasefire whose breaches will be argued about rather than "
           "investigated, and every argument is an opportunity to walk away.")
    d.p(c, "There is a better model close at hand. In 2041 the neighbouring province agreed a truce that lasted three years "
           "because local councils, not distant ministries, counted the checkpoints and reported the incidents. The Kolvane "
           "agreement could be amended to do the same before the harvest ends. If it is not, the valley should "
           "prepare for a ^P2 hard autumn.")
    d.f("Hester Amadi-Crane directs the mediation programme at the Wexcombe Institute.")
    d.f("SPECIAL REPORT")
    d.f("The Ferrymen's War: Smuggling Networks and Insurgent Supply on Lake Orrimund")
    d.f("BY ARVID LUNDQVIST-OBI")
    d.p(s, "Lake Orrimund is wide enough that from its middle no shore can be seen. For the insurgents of the Orrimund "
           "Liberation Army, that width is both a barrier and an opportunity. The movement's camps lie on the western shore "
           "and its markets on the eastern one, and what connects them is a fleet of wooden ferries whose owners have "
           "learned to carry almost anything.[i]")
    d.f("Who the ferrymen are")
    d.p(s, "Most ferry owners are not insurgents. They are families who have worked the crossing for generations and who "
           "pay whoever controls the landing they use. When the Liberation Army took the western landings in 2043, the "
           "ferrymen began to pay it, just as they had paid the district police before. Interviews with boat owners "
           "describe a fixed fee per crossing, collected at the landing and recorded in a notebook by a man who "
           "signs his name with the army's stamp.[ii]")
    d.p(s, "The army has also learned to use the ferries' ordinary cargo as cover. Sacks of dried fish and bundles of "
           "reed mats leave the western shore with fuel canisters, radio batteries and on occasion weapons packed among "
           "them. Inspection is rare, since the eastern landings are policed by a force of fewer than forty officers "
           "responsible for more than eighty kilome~tres of shoreline.[iii]")
    d.f("The economics of the crossing")
    d.p(s, "The sums involved are modest but steady. A single ferry pays the army roughly the value of two sacks of fish "
           "for each crossing, and the busiest landings see dozens of crossings a week in the dry season. Spread across "
           "the western shore, the ferry trade may provide the Liberation Army with a larger and more reliable income than "
           "the ransoms for which it is better known.[iv] Unlike ransoms, the fees attract no attention, and the "
           "families who pay ^P3 them have no reason to complain so long as they are allowed to work.")
    d.p(s, "This also explains why military pressure on the western camps has done so little. Raids drive fighters into "
           "the forest for a few weeks, but the landings stay open and the notebook goes on recording fees. A strategy "
           "that treated the lake as a trade route rather than a front line would start from the landings: licensing "
           "ferries, paying the eastern police enough to inspect them and offering the ferry families a safer way to do "
           "the work they already do.[v]")
    d.f("Conclusion")
    d.p(s, "The Liberation Army is often described as a movement of the forest. Its lifeline is on the water. Until the "
           "crossing is made safe for the ferrymen who work it honestly, the army will keep collecting its share of every "
           "sack of fish that ^P4 crosses the lake.")
    d.f("ENDNOTES")
    d.t(s, "i. Author's observations at the Tessel landing, February 2046.")
    d.t(s, "ii. Interviews with eleven ferry owners, eastern shore, February and March 2046.")
    d.t(s, "iii. Orrimund District Police, annual staffing return, 2045.")
    d.t(s, "iv. Estimate by the author from landing counts; see also Lake Economies Survey, Wexcombe Institute, 2044.")
    d.t(s, "v. For a comparable scheme on the Marrow estuary, see \u201cLicensed boats, quieter shores,\u201d Delta Review, June 2042.")
    d.f("Professor Arvid Lundqvist-Obi teaches political economy at the University of Tessmoor. He\n"
        "has worked on the lake fisheries since 2031.")
    d.f("^P5".replace("^P5", "Terrorism Monitor \u00b7 Volume XLIV \u00b7 Issue 9"))
    return d
