from lib import Doc

TM = "Terrorism Monitor"

F2_PARAS = [
    "On the night of 2 January, a quadcopter carrying a small charge crossed the perimeter of a police post on the edge of the Black Reed marshes and dropped its payload on a parked armoured car. Nobody was hurt. The Black Reed Brigades posted the video within the hour, set to music and captioned with the price of the drone in the local currency.[5] The message was plain: the Brigades no longer need a foreign patron to strike from the air.",
    "The Brigades have used drones for surveillance since at least 2042, but armed flights were rare until the autumn. Since October, local media have reported at least fourteen attacks involving commercial quadcopters, most of them against police posts and ^C checkpoints on the roads that skirt the marshes.[6]",
    "The aircraft are ordinary. Wreckage recovered by the police belongs to two popular consumer models sold in electronics shops across the region, modified with a release clip printed in plastic and a payload of a few hundred grams. The know-how comes from online forums where hobbyists trade advice on extending flight time, advice that the Brigades' engineers have adapted with a patience that surprised investigators.",
    "Countermeasures have lagged. Police posts have begun stringing nets over vehicle parks, and the interior ministry has asked retailers to record the identity of buyers, but the marshes border two countries whose shops are not bound by that request. The cheapest answer may be the oldest one: posts that are better built and better lit, and patrols that know the people who live ^D around them.[7]",
]


def build():
    d = Doc("h01_tm_issue_blank_lines", blank=True, width=80, sidecar="publication: Terrorism Monitor")
    D = "2046-02-06"
    b1 = d.art("Arson Cells Target Grain Depots Along the Vessary Rail Corridor", ["Maren Aldcroft"], D, "brief", TM, 44, 3)
    b2 = d.art("A Kidnapping Ring Rebrands Itself as a Tax Authority in the Oluwe Hills", ["Maren Aldcroft"], D, "brief", TM, 44, 3)
    f1 = d.art("Salt Roads and Sermons: How the Tellmar Front Finances Its Return to the Coast", ["Ilse Varganova"], D, "feature", TM, 44, 3)
    f2 = d.art("Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed Brigades", ["Tomasz Okafor-Lind", "Renata Sellwood"], D, "feature", TM, 44, 3)
    d.comment("Section 'SHORT TAKES' is a section name no page uses as a genre, over a run of two short pieces: brief.")
    d.comment("The editor's one-line bio after each short take names its author (no byline printed over them).")
    d.comment("The two features stand under no label and the contents list them by title: feature. 'Dr.' is kept out of the name.")
    d.comment("The date is the masthead's; volume XLIV = 44.")

    d.block("A", "TerrorismMonitor\u2009\u25aa\u2009Vol.XLIV,No.3\n\n2")
    d.block("B", "TERRORISM MONITOR  |  VOLUME XLIV  |  NUMBER 3\n\n4")
    d.block("C", "5")
    d.block("D", "Terrorism Monitor Volume XLIV \u2022 Number 3\n\n7")

    d.f("The Halberd Foundation for Conflict Studies")
    d.f("TERRORISM MONITOR")
    d.f("Timely analysis of political violence for policymakers and the public")
    d.f("VOL. XLIV, NO. 3 \u2014 FEBRUARY 6, 2046")
    d.f("TABLE OF CONTENTS")
    d.f("Short Takes .......................................................... 1")
    d.f("Salt Roads and Sermons: How the Tellmar Front Finances Its Return to the\nCoast\nIlse Varganova ...................................................... 3")
    d.f("Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed\nBrigades\nTomasz Okafor-Lind and Renata Sellwood ............................... 6")
    d.f("Terrorism Monitor is a publication of the Halberd Foundation. Its articles\nare the views of their authors. Reprints: permissions@halberd-fcs.example,\n412 Linden Row, Suite 9, Carrowmere.")
    d.f("SHORT TAKES")
    d.f("Arson Cells Target Grain Depots Along the Vessary Rail Corridor")
    d.p(b1, "Between 11 and 27 January, five grain depots along the rail corridor that links the port of Vessary to the "
            "interior went up in flames within a fortnight. Local police first blamed faulty wiring, but on 29 January a "
            "group calling itself the Ashen Furrow claimed all five fires in a statement posted to a messaging channel that "
            "had been silent since the previous harvest (Vessary Courier, January 30).")
    d.p(b1, "The statement framed the fires as punishment of merchants it accused of hoarding seed during the drought, "
            "language borrowed almost word for word from leaflets that circulated in the valley three years ago. Investi~gators "
            "recovered timed igniters built from kitchen timers and bicycle inner tubes at two of the sites, a design that "
            "points to a small number of people working from a shared set of instructions rather than to a large organisation.")
    d.p(b1, "The choice of targets matters more than the damage. Each depot stored grain bought under the provincial price "
            "scheme, and the fires came days before the scheme's spring tender. Should the tender be postponed, the Ashen "
            "Furrow will have shown that a handful of arsonists can set the terms of a debate that the provincial assembly "
            "has failed to settle for a decade.")
    d.f("Maren Aldcroft is the Editor of Terrorism Monitor.")
    d.f("A Kidnapping Ring Rebrands Itself as a Tax Authority in the Oluwe Hills")
    d.p(b2, "Residents of three market towns in the Oluwe Hills say that the men who kidnapped traders for ransom until last "
            "year now hand out printed receipts. Since December, drivers crossing the hill roads have been stopped at "
            "checkpoints where a levy is collected and stamped with the seal of a so-called Revenue Council of the Free Hills "
            "(Hillside Radio, January 18).")
    d.p(b2, "The change of name has not changed the people. Two of the council's collectors were identified by former "
            "hostages as guards from the camp where ^A traders were held in 2044, and the levy is roughly the weekly sum "
            "that the ring used to demand from families in instalments. What has changed is the risk: a receipt turns "
            "extortion into a routine, and a routine is harder for the police to interrupt than a kidnapping.")
    d.p(b2, "The army's regional command has promised a clearance operation before the rains. Previous operations pushed the "
            "ring deeper into the forest for a season and no longer.")
    d.f("Maren Aldcroft is the Editor of Terrorism Monitor.")
    d.f("Salt Roads and Sermons: How the Tellmar Front Finances Its Return to the Coast")
    d.f("By Dr. Ilse Varganova")
    d.p(f1, "For most of the past decade the Tellmar Front was a movement of the interior. Driven from the coastal plain in "
            "2039, it regrouped among the salt pans of the Kessar depression, where its preachers taught in tented schools "
            "and its fighters taxed the camel caravans that carry salt slabs north to the markets of the plateau. In the "
            "autumn of 2045 that began to change.[1] The group has reopened a route to the sea, and it has paid for the "
            "journey with salt.")
    d.f("From the pans to the ports")
    d.p(f1, "The salt trade is old, seasonal and almost entirely informal. Caravan masters buy slabs at the pans, pay fees "
            "at wells and crossings, and sell at a markup that has barely moved in a generation. The Front inserted itself "
            "into this chain not as a robber but as a guarantor: caravans that pay its fee travel under the protection of "
            "its patrols, and those that do not are stopped, delayed and occasionally burned.[2]")
    d.p(f1, "What is new is the direction of the money. Fees collected in the depression are now carried south by couriers "
            "who travel with the returning caravans and who deliver them to cells in the coastal towns of Marrak and "
            "Sidi Orm. Court records from a trial in Marrak describe a courier who carried the equivalent of four months' "
            "wages for a ^B dock labourer in each trip, paid out in small sums to young men who had been promised work "
            "and instruction.[3]")
    d.f("The sermon circuit")
    d.p(f1, "Money alone does not explain the Front's welcome on the coast. Its preachers have followed the couriers, "
            "holding evening lessons in rented rooms above shops and recording them for distribution by phone. The lessons "
            "rarely mention fighting. They speak instead of corrupt port officials, of fishermen ruined by foreign trawlers "
            "and of a just order in which the salt of the desert feeds the families of the sea.")
    d.p(f1, "This message travels well because it describes a real grievance. The coastal fisheries have collapsed, and "
            "the government's compensation scheme reached fewer than a third of the households it promised to support.[4] "
            "The Front does not need to win arguments about doctrine when it can point at empty nets.")
    d.f("Outlook")
    d.p(f1, "The Front's return to the coast is still small and still fragile. A determined effort to regulate the salt "
            "trade, paying caravan masters a fair price through licensed buyers, would cut the movement's revenue at its "
            "source. Without it, the movement's couriers will keep carrying the desert's money to the sea.")
    d.f("Notes")
    d.t(f1, "[1] Interviews with caravan masters at the Kessar wells, conducted by the author, November 2045.")
    d.t(f1, "[2] \u201cConvoy burned near Tazrit crossing,\u201d Plateau Mirror, October 14, 2045.")
    d.t(f1, "[3] Marrak Criminal Court, judgment in the case of the Sidi Orm cell, December 2045, pp. 12\u201319.")
    d.t(f1, "[4] Coastal Livelihoods Review, Ministry of Fisheries, Annual Report 2045, p. 41.")
    d.f("Dr. Ilse Varganova is a senior lecturer in the geography of conflict at the\nUniversity of Penmarrow and the author of a study of the trans-desert salt trade.")
    d.f("Drones for Hire: Commercial Quadcopters in the Arsenal of the Black Reed Brigades")
    d.f("By Tomasz Okafor-Lind and Renata Sellwood")
    for para in F2_PARAS:
        d.p(f2, para)
    d.f("Notes")
    d.t(f2, "5. Black Reed Brigades media channel, video post, January 3, 2046.")
    d.t(f2, "6. Tally compiled by the authors from the Marshland Herald and Radio Delta, October 2045 to January 2046.")
    d.t(f2, "7. Interview with a retired police commander, Port Issen, January 2046.")
    d.f("Tomasz Okafor-Lind is a research fellow at the Carrowmere Centre for Security Technology.\nRenata Sellwood is a former police analyst who writes on armed groups in the delta region.")
    d.f("TERRORISMMONITOR  VOL XLIV  NO 3")
    return d
