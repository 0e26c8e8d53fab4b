from lib import Doc, write

NAME = "g01_tm_issue_blank_lines"
PUB = "Terrorism Monitor"
DATE = "2046-05-08"
T = [
    "Salt Road Brotherhood Taxes the Lorries on the Kelmaran Highway",
    "Ashen Banner Front Claims First Drone Strike in the Duvessa Delta",
    "Old Networks, New Money: How the Crescent Vanguard Rebuilt Its Finances After the Port Anselby Raids",
    "Prison Radicalisation in the Tirrane Hills: What the Release Cohort of 2045 Tells Us",
    "The Quiet Return of Kidnap for Ransom on the Upper Mbazi",
]


def build():
    d = Doc(width=80)
    hdr = "TERRORISM MONITOR  VOLUME XLIV  \u25c6  ISSUE 9"
    d.breaks = [
        ["", "2", "", hdr, ""],
        ["", "3", "", "TerrorismMonitorVOLUMEXLIV\uf0a7ISSUE9", ""],
        ["", "5", "", hdr, ""],
        ["", "6", ""],
        ["", "8", "", hdr, ""],
    ]
    d.lines_("""
THE HARROWGATE FOUNDATION

T E R R O R I S M   M O N I T O R
Analysis of insurgency and political violence

Volume XLIV  \u25c6  Issue 9  \u25c6  8 May 2046

CONTENTS

Briefs
    Salt Road Brotherhood Taxes the Lorries on the Kelmaran Highway ............ 1
    Ashen Banner Front Claims First Drone Strike in the Duvessa Delta .......... 2
In Depth
    Old Networks, New Money: How the Crescent Vanguard Rebuilt Its
    Finances After the Port Anselby Raids .......................................... 3
    Prison Radicalisation in the Tirrane Hills: What the Release Cohort
    of 2045 Tells Us .................................................................. 5
    The Quiet Return of Kidnap for Ransom on the Upper Mbazi ................... 7

Terrorism Monitor is a fortnightly publication of the Harrowgate Foundation. The views expressed are those of the
authors and not necessarily those of the Foundation. Unauthorised reproduction is prohibited.
Harrowgate Foundation, 14 Quillon Row, Ferncastle. Editor: Marguerite Okonjo-Lind.

BRIEFS
""")
    d.gap()
    # brief 1: signed at the end with a dash, editor's bio after it
    d.line(T[0].upper()); d.gap()
    d.para("""Drivers on the Kelmaran highway now pay twice at the Sorrel Gap checkpoint. The first payment goes to the
    customs post; the second, collected a kilometre further on by young men with ledgers rather than rifles, goes to the
    Salt Road Brotherhood. Hauliers interviewed in the market town of Vessick describe a flat charge per axle, a receipt
    stamped with a crescent, and a promise that a receipt shown at the next stop exempts the lorry from further
    demands.""", 0)
    d.para("""The arrangement is new in its tidiness rather than in its purpose. The Brotherhood has extorted traders on the
    plateau since at least 2039, but until this year its fighters stopped vehicles at random and took goods as often
    as cash. The move to printed receipts suggests a group that expects to stay, and that wants hauliers to prefer its
    predictable tax to the unpredictable demands of the soldiers at the border.""", 0)
    d.para("""The provincial governor announced on 29 April that a new company of gendarmes would patrol the road between
    Vessick and the gap. Hauliers were unimpressed. Several said that the last such deployment, in 2043, lasted six weeks
    and ended with the gendarmes themselves collecting a share of the Brotherhood's takings.""", 0)
    d.line("\u2014 Marguerite Okonjo-Lind", None); d.gap()
    d.para("""Marguerite Okonjo-Lind is the Editor of Terrorism Monitor.""")
    # brief 2
    d.line(T[1].upper()); d.gap()
    d.line("By Marguerite Okonjo-Lind"); d.gap()
    d.para("""On 2 May, the Ashen Banner Front released a short video showing a small quadcopter dropping what appears to
    be a modified mortar round onto a river patrol boat moored at Ostend Landing in the Duvessa delta [1]. The navy
    confirmed that two sailors were wounded but denied that the boat had been disabled. It is the first attack of its
    kind that the Front has claimed, although villagers in the delta have reported seeing drones over the ^ mangrove
    channels since the autumn [2].""", 1)
    d.para("""The Front's fighters have so far relied on ambushes from the water and on mines laid in the channels used by
    the patrols. A drone that can reach a moored boat changes that arithmetic: the navy's anchorages, until now the one
    place its crews could rest, are within reach of a team on the far bank with a bag of spare batteries.""", 1)
    d.para("Notes")
    d.para("""[1] Ashen Banner Front, \u201cThe Hand That Reaches the River,\u201d video release, 2 May 2046.""", 1)
    d.para("""[2] Interviews by the author with fishermen from Ostend Landing and Cray Point, April 2046.""", 1)
    d.para("""Marguerite Okonjo-Lind is the Editor of Terrorism Monitor.""")
    d.line("IN DEPTH"); d.gap()
    # feature 1: honorific and co-author bio after the notes
    d.line("OLD NETWORKS, NEW MONEY: HOW THE CRESCENT VANGUARD REBUILT ITS")
    d.line("FINANCES AFTER THE PORT ANSELBY RAIDS"); d.gap()
    d.line("By Dr. Ilse Marrowby and Kwabena Sato-Fenwick"); d.gap()
    d.para("""When police raided eleven money-exchange shops in Port Anselby in February 2045, officials described the
    operation as the end of the Crescent Vanguard's financial network in the south. Fifteen months later, the group pays
    its fighters on time, has bought a second fleet of motorcycles and has resumed payments to the families of its
    dead [1]. This article traces how the Vanguard replaced what it lost, drawing on court filings, the testimony of two
    former couriers and the ledgers seized in a later raid.""", 2)
    d.para("Trusted couriers over trusted shops", 2)
    d.para("""Before the raids, the Vanguard moved money the way most traders in the port did: through exchange shops
    whose owners settled their balances with partners across the border every few weeks. The raids showed the weakness
    of that model. Each shop kept records, and each record named a customer. After February the group switched to a
    smaller number of couriers, most of them older women from two fishing villages north of the port, who carried cash
    in small amounts on the coastal buses [2].""", 2)
    d.para("""One former courier told the investigating magistrate that she made the journey twice a week for eight months
    and was never searched. She was paid a fixed fee per trip, never more than the price of a ^ good catch, and was
    told nothing about where the money went. The arrangement is slow and costly, but it leaves no ledger that a police
    raid can find.""", 2)
    d.para("Livestock and land", 2)
    d.para("""The second change was in what the group owns. Ledgers seized in the village of Harl in January 2046 list
    more than 900 head of cattle held in the names of sympathisers, and rents collected on orchard land that the group
    has bought or seized on the coastal plain [3]. Animals and orchards are harder to freeze than bank balances, and
    they produce a steady income that does not need to cross a border at all.""", 2)
    d.para("""The Vanguard's recovery should worry those who planned the raids. It suggests that disruption aimed at one
    channel of finance, however well executed, mainly teaches a group to use channels that are harder to see. A
    strategy that follows the animals and the land, and that offers the couriers a way out, would be slower, but it
    would aim at what the group now relies on.""", 2)
    d.para("Notes")
    d.para("""[1] Statement of the Southern Prosecutor's Office on the Port Anselby inquiry, 11 March 2046.""", 2)
    d.para("""[2] Testimony of a former courier before the investigating magistrate, Port Anselby, case file 2045/ST/118
    (seen by the authors).""", 2)
    d.para("""[3] Seized ledgers from Harl, summarised in the prosecution's request for detention, 30 January 2046.""", 2)
    d.para("""Dr. Ilse Marrowby is a senior lecturer in conflict studies at the University of Wendmoor, where she works on
    the finance of armed groups. Kwabena Sato-Fenwick is a researcher on the southern coast and a former court reporter
    in Port Anselby.""")
    # feature 2: Prof. honorific, bio before notes
    d.line("PRISON RADICALISATION IN THE TIRRANE HILLS: WHAT THE RELEASE COHORT")
    d.line("OF 2045 TELLS US"); d.gap()
    d.line("By Prof. Nadia Esterhuyse-Obi"); d.gap()
    d.para("""Between March and December 2045, the prison at Caldmoor in the Tirrane Hills released 212 men who had served
    sentences for offences connected with the Ashen Banner Front. The release cohort is the largest the region has seen,
    and it has become the test of a rehabilitation programme that the justice ministry launched in 2041 with
    consider|able fanfare and modest funding [1].""", 3)
    d.para("""The programme's own figures are encouraging. Of the 212, nine have been re-arrested, and only four of those
    for offences connected with the Front. But the figures say little about the men who left the hills altogether, and
    local officials estimate that as many as a third of the cohort moved to the cities of the plain, where nobody ^ is
    counting [2].""", 3)
    d.para("""Interviews with families in three hill villages suggest a more complicated picture. Several described sons
    who returned with religious convictions sharper than those they had taken in, but who showed no interest in the
    Front and some hostility to its commanders, whom they blamed for their arrests. Others described men who returned
    to the villages only long enough to collect their belongings and left without saying where they were going.""", 3)
    d.para("""The lesson is not that the programme has failed, nor that it has worked. It is that a programme which stops
    at the prison gate cannot know. Following the cohort for three years after release would cost less than the
    programme's annual budget, and it would tell the ministry what it is paying for.""", 3)
    d.para("""Prof. Nadia Esterhuyse-Obi holds the chair of criminology at the Ferncastle Institute of Law, and has
    visited the prison at Caldmoor regularly since 2040.""")
    d.para("Notes")
    d.para("""[1] Ministry of Justice, \u201cSecond Chance: The Caldmoor Programme,\u201d policy paper, 2041.""", 3)
    d.para("""[2] Interview with a deputy prefect of the Tirrane district, Caldmoor, 14 March 2046.""", 3)
    # feature 3: bare name byline, no notes, bio at the end
    d.line(T[4].upper()); d.gap()
    d.line("Rafael Okafor-Lindqvist"); d.gap()
    d.para("""For nearly a decade, the river towns of the upper Mbazi were spared the kidnappings that plagued the lower
    valley. That changed in March, when gunmen took a doctor and two nurses from a clinic at Pell's Crossing and released
    them eleven days later, report|edly for a sum equal to the clinic's annual budget. Since then, at least six more
    people have been taken along the same stretch of river.""", 4)
    d.para("""No group has claimed the kidnappings. Residents blame a band of former Front fighters who split from the
    group in 2044 over the division of ransom money, and who are believed to have moved upriver to escape both the
    army and their old commanders. The victims chosen so far, people with salaries paid from outside the valley,
    suggest kidnappers who know that a clinic's donors or a trader's partners will pay faster than a family ^ can.""", 4)
    d.para("""The army has answered with roadblocks on the river road, but the kidnappers travel by boat. Until the
    river itself is patrolled, and until the clinics and traders agree among themselves not to pay, the upper valley
    is likely to ^ see more of the trade that the lower valley knows too well.""", 4)
    d.para("""Rafael Okafor-Lindqvist is an independent analyst based in Pell's Crossing who has reported on the Mbazi
    valley since 2038.""")
    d.lines_("""
Harrowgate Foundation  \u00b7  Terrorism Monitor  \u00b7  Volume XLIV, Issue 9

9
""")
    return d


def main():
    d = build()
    A = [("brief", ["Marguerite Okonjo-Lind"]), ("brief", ["Marguerite Okonjo-Lind"]),
         ("feature", ["Ilse Marrowby", "Kwabena Sato-Fenwick"]), ("feature", ["Nadia Esterhuyse-Obi"]),
         ("feature", ["Rafael Okafor-Lindqvist"])]
    arts = [dict(title=T[i], authors=a, date=DATE, kind=k, pub=PUB, vol=44, iss=9) for i, (k, a) in enumerate(A)]
    write(NAME, d, arts, comments=[
        "Titles are printed in capitals in the issue and in mixed case in the contents; labelled as the contents print them.",
        "The first brief is signed only by a closing dash line; its author is that name. The editor's bio lines are not text.",
        "IN DEPTH is a section name no page uses as a genre, over longer pieces: feature (\"Issue sections\" rule).",
        "Date: the masthead's 8 May 2046. Subheadings inside the first feature are text; Notes headings are not.",
    ], sidecar="publication: Terrorism Monitor")


if __name__ == "__main__":
    main()
