from lib import Doc

BM = "Borderlands Monitor"

def build():
    d = Doc("z05_borderlands_no27_noblank", web=False, blank=False, width=82)
    d.sidecar = "publication: Borderlands Monitor"
    d.comments = [
        "An invented sibling monitor of the same foundation. Publication: the masthead prints BORDERLANDS MONITOR in",
        "capitals, the footer and sidecar 'Borderlands Monitor' -> Borderlands Monitor. Numbering 'No. 27 — May 2050':",
        "volume null, issue 27, date 2050-05-01 (month only). FIELD REPORT (two words) -> field report; ASSESSMENT ->",
        "assessment. The first piece's bio stands after its Notes (not text); the second's bio before the text.",
        "Look-alikes (text): 'the army's No. 14 Mountain Battalion', a paragraph opening 'By nightfall',",
        "the subheading 'A Border That Moves'.",
    ]
    d.blocks = {
        "A": ["Borderlands Monitor | No. 27 | May 2050 | page 2"],
        "B": ["BorderlandsMonitor|No.27|May2050|page3"],
        "C": ["4"],
        "D": ["Borderlands Monitor | No. 27 | May 2050 | page 5"],
    }
    d.f("THE BRANNOCK FOUNDATION",
        "BORDERLANDS MONITOR",
        "Reporting on conflict at the edges of states",
        "No. 27 — May 2050",
        "Inside:",
        "Field Report: Smugglers' Truce on the Vellacourt Pass (Nadia Ferreira-Holt)",
        "Assessment: Can the Joint Border Force Survive Its Second Year? (Emeric Tanaka-Lowe)",
        "FIELD REPORT")
    t1 = "Smugglers' Truce on the Vellacourt Pass"
    d.art(t1, ["Nadia Ferreira-Holt"], "2050-05-01", "field report", BM, None, 27)
    d.f(t1, "By Nadia Ferreira-Holt")
    d.t("The road over the Vellacourt Pass climbs for sixty kilometres through country that belongs, on paper, "
        "to two states and, in practice, to neither. For most of the past decade it was contested by rival "
        "smuggling clans, each allied to a different armed group. Since January, the clans have observed an "
        "infor~mal truce, and the road has become quieter than at any time since 2041. [1]")
    d.t("A Border That Moves")
    d.t("The truce was negotiated not by the governments but by the clans' elders, who met in a roadside inn "
        "at the summit and agreed to divide the traffic by day of the week. Goods move south on three days and "
        "north on three others; on the seventh, the road is left to ordinary travellers. Soldiers from the "
        "army's No. 14 Mountain Battalion, stationed at the foot of the pass, say they ^A were not consulted "
        "but have not interfered.")
    d.t("By nightfall, the summit inn fills with drivers waiting for their day. Several told this author that "
        "the truce had cut their costs in half, because they no longer needed armed escorts. None expected it "
        "to last beyond the autumn, when the clans traditionally renegotiate their shares of the trade.")
    d.t("For the armed groups, the truce is a mixed blessing. It secures their revenue, but it also reduces "
        "their leverage over the clans, who have discovered that they can keep the peace without them. That "
        "discovery may ^B prove more durable than the truce itself.")
    d.f("Notes")
    d.t("[1] Vellacourt Regional Police, incident statistics for the pass, 2041–2049.")
    d.n("Nadia Ferreira-Holt is a freelance journalist who has reported from the Vellacourt highlands for "
        "a decade.")
    d.f("ASSESSMENT")
    t2 = "Can the Joint Border Force Survive Its Second Year?"
    d.art(t2, ["Emeric Tanaka-Lowe"], "2050-05-01", "assessment", BM, None, 27)
    d.f(t2, "By Col. (ret.) Emeric Tanaka-Lowe")
    d.n("Colonel (ret.) Emeric Tanaka-Lowe commanded a border brigade of the Merovan army and is now an "
        "associate fellow of the Brannock Foundation.")
    d.t("The Joint Border Force was created in 2049 to patrol the frontier between the Merovan Republic and its "
        "northern neighbour with mixed units from both armies. Its first year produced two notable successes, "
        "the seizure of a weapons convoy in March and the rescue of kidnapped surveyors in ^C August, and a "
        "long list of quarrels over command, pay and rules of engagement.")
    d.t("The quarrels are now threatening the force's survival. The northern government has withdrawn one of "
        "its three companies, citing the cost, and Merovan officers complain that their counterparts refuse "
        "to cross into districts where their own government has ceasefire arrangements with local militias.")
    d.t("Three changes would give the force a better chance: a single commander with authority over both "
        "contingents, a common pay scale, and an agreed list of districts where joint patrols may ^D operate "
        "without prior approval from either capital. None is likely before the force's mandate comes up for "
        "renewal in December. Without them, the force may survive on paper while its patrols quietly stop.")
    d.f("Borderlands Monitor | No. 27 | May 2050 | page 6",
        "The Brannock Foundation · 1190 Larkspur Avenue · Halbrook")
    return d
