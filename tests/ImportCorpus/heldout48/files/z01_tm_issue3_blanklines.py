from lib import Doc

def build():
    d = Doc("z01_tm_issue3_blanklines", web=False, blank=True)
    d.sidecar = "publication: Terrorism Monitor"
    d.comments = [
        "Date: the masthead prints February 7, 2050. BRIEFS (plural) covers the two pieces under it -> brief.",
        "The two long pieces stand under no section label and the contents list them by title -> feature.",
        "The editor's bio after each brief, the co-authors' shared bio after the notes and the Notes heading are not text.",
        "Look-alikes (text): a paragraph opening 'By the end of 2049,', 'the third issue of its magazine, Volume 2',",
        "and the subheading 'The Ferry Captains' inside feature 3.",
    ]
    TM = "Terrorism Monitor"
    d.blocks = {
        "A": ["Terrorism Monitor  Volume XLVIII • Issue 3  February 7, 2050", "2"],
        "B": ["3", "Terrorism Monitor  Volume XLVIII • Issue 3  February 7, 2050"],
        "C": ["TerrorismMonitorVolumeXLVIIIIssue3February7,2050"],
        "D": ["6"],
        "E": ["brannock-foundation.example.org  |  Page 7"],
        "F": ["Terrorism Monitor  Volume XLVIII • Issue 3  February 7, 2050", "8"],
    }
    d.fb("THE BRANNOCK FOUNDATION", "TERRORISM MONITOR", "Analysis of terrorism and insurgency, fortnightly",
         "VOLUME XLVIII, ISSUE 3 • FEBRUARY 7, 2050")
    d.fb("IN THIS ISSUE:")
    d.f("BRIEFS ....................................................................... 1")
    d.f("Preachers, Ferries and Phone Credit: How the Brigade of the Eleventh Dawn")
    d.f("Rebuilt Its Southern Network")
    d.f("by Ilse Marrowby ............................................................. 4")
    d.f("Contested Waters: The Orlan Delta Militias After the Ceasefire")
    d.f("by Kofi Adebanjo-Stern and Lucia Vantongeren ............................... 7")
    d.g()
    d.n("Terrorism Monitor appears every fortnight from the Brannock Foundation for readers in government, "
        "research and the press. Each author speaks for himself or herself alone, not for the Foundation. Letters "
        "and corrections go to tm-editor@brannock-foundation.example.org. Copyright ©2050 The Brannock Foundation.")
    d.fb("BRIEFS")

    t1 = "Ridge Covenant Fighters Tax Salt Caravans on the Kesh-Amar Road"
    d.art(t1, ["Tomasz Welling"], "2050-02-07", "brief", TM, 48, 3)
    d.fb(t1, "Tomasz Welling")
    d.t("In the second week of January, drivers hauling rock salt from the Tavrin pans to the markets of "
        "Kesh-Amar began reporting a new checkpoint at the Ollen bridge, roughly forty kilometres north of the "
        "provincial capital. Men who identified themselves as members of the Ridge Covenant stopped each truck, "
        "counted its sacks and issued a paper receipt stamped with the group's crossed-sabre seal.")
    d.t("The levy itself is modest, around one sack in twenty, but its regularity is new. Until last year the "
        "Covenant raided caravans opportunistically and often burned what it could not carry. A receipt system "
        "suggests that the group now expects drivers to return and wants them to be able to prove they have "
        "already paid further up the road.")
    d.t("By the end of 2049, local officials had counted at least four such collection points along the "
        "valley. The provincial governor, Aurel Demsky, told a radio station in Kesh-Amar that the army would "
        "clear the bridge \"within weeks,\" but the garrison at Ollen has not left its compound since an ambush "
        "in October.")
    d.t("For the salt traders, the receipts may be the lesser evil. Several told local journalists that a single "
        "predictable toll was preferable to the rival gangs that had preyed on the road before the Covenant "
        "arrived. That acceptance, more than any battlefield gain, is what should worry the authorities.")
    d.n("Tomasz Welling is the Editor of Terrorism Monitor.")

    t2 = "A Drone Workshop Uncovered in Port Lyssa"
    d.art(t2, ["Tomasz Welling"], "2050-02-07", "brief", TM, 48, 3)
    d.fb(t2, "Tomasz Welling")
    d.t("On January 22, police in the harbour city of Port Lyssa raided a rented garage behind a fish-drying yard "
        "and found what prosecutors later described as a small drone assembly line. Investigators recovered eleven "
        "partly built quadcopters, a box of ^A modified release clips and several kilograms of commercial fertiliser.")
    d.t("Three men were detained at the scene. According to the city prosecutor, one of them had previously "
        "served a sentence for distributing the propaganda of the Brigade of the Eleventh Dawn, including the "
        "third issue of its magazine, Volume 2 of what the group called its \"southern series.\"")
    d.t("The raid is the first evidence that the Brigade, which has so far relied on roadside bombs and "
        "gunmen on motorcycles, is experimenting with armed drones on the coast. The workshop's location, close "
        "to the naval pier, has prompted the port authority to suspend night-time fishing licences in the area.")
    d.n("Tomasz Welling is the Editor of Terrorism Monitor.")

    t3 = "Preachers, Ferries and Phone Credit: How the Brigade of the Eleventh Dawn Rebuilt Its Southern Network"
    d.art(t3, ["Ilse Marrowby"], "2050-02-07", "feature", TM, 48, 3)
    d.fb("Preachers, Ferries and Phone Credit: How the Brigade of the Eleventh Dawn", "Rebuilt Its Southern Network")
    d.fb("By Dr. Ilse Marrowby")
    d.t("Two years ago the Brigade of the Eleventh Dawn appeared to be finished in the south. Its commanders in "
        "the Sundrel hills had been killed or captured, its radio preachers had gone silent and the ferry towns "
        "along the coast had closed their doors to its recruiters. Today the group again claims attacks from the "
        "Mirrow Gulf to the outskirts of Port Lyssa. [1] How did it recover so quickly?")
    d.t("The answer lies less in new weapons than in three quiet networks that the Brigade rebuilt in parallel: "
        "itinerant preachers who move between fishing villages, ferry crews who carry people and cash across the "
        "gulf, and a system of mobile phone credit transfers that replaced the cash couriers the security forces "
        "had learned to intercept.")
    d.t("The Preachers")
    d.t("The first network is the oldest. Since the 2030s the Brigade has relied on a handful of preachers who "
        "travel with the fishing season, staying a week or two in each village. After the arrests of 2047, a "
        "younger generation took their place. Court records from the trial of one of them, Hadrel Osk, describe "
        "a circuit of nineteen villages visited ^B in a fixed order every spring. [2]")
    d.t("Unlike their predecessors, the new preachers rarely mention the Brigade by name. They speak instead "
        "about corruption in the fisheries ministry, about licences sold to foreign trawlers and about the "
        "police who take a share of every catch. The recruitment pitch comes later, in private, and only to "
        "young men the preacher has already watched for several weeks.")
    d.t("The Ferry Captains")
    d.t("The second network runs across the water. The small passenger ferries that link the islands of the "
        "Mirrow Gulf are mostly owned by families, and several of those families have relatives in the Brigade. "
        "Testimony from a defector published by a Port Lyssa newspaper describes fighters travelling as deckhands, "
        "paid in fuel rather than money so that no ledger would record them. [3]")
    d.t("The ferries also solve the group's oldest problem, which is moving wounded fighters to clinics where "
        "no one asks questions. The security forces have inspected the ferry ter~minals repeatedly, but inspections "
        "are announced in advance and the captains know the inspectors by name.")
    d.t("Phone Credit as Currency")
    d.t("The third network is the most novel. As cash couriers became too risky, the Brigade began to collect "
        "and pay in prepaid phone credit, which can be transferred by text message and sold for cash at a small "
        "discount in any market town. ^C A shopkeeper in the gulf town of Vessa told a researcher that he "
        "exchanged credit for the group's local treasurer every Friday. [4]")
    d.t("Phone credit has obvious limits: the sums are small and the operators cap daily transfers. But the "
        "Brigade does not need large sums in the south. It needs to pay a few hundred fighters a modest wage, "
        "feed the families of those in prison and bribe the occasional official, and for that the system works.")
    d.t("Conclusion")
    d.t("None of these networks is hard to understand, and none of them is secret to the people who live "
        "alongside them. That is precisely why they have proven so resilient. Disrupting them would require "
        "the state to offer the fishing villages something more than periodic raids: honest licensing, clinics "
        "that treat the wounded without interrogating them and ferries that do not depend on a single family.")
    d.fb("Notes")
    d.t("[1] See the Brigade's claims of responsibility for the attacks at Vessa and Tallow Point, circulated "
        "on its messaging channels on December 3 and December 19, 2049.")
    d.t("[2] Judgment of the Sundrel Regional Court in the case of Hadrel Osk, November 2049.")
    d.t("[3] \"I Carried Them Across,\" Port Lyssa Evening Herald, October 14, 2049.")
    d.t("[4] Interview conducted by the author in Vessa, December 2049.")
    d.n("Dr. Ilse Marrowby is a senior lecturer in conflict studies at the University of Halbrook, where she "
        "directs the Coastal Security Project. She has conducted fieldwork in the Mirrow Gulf since 2041.")

    t4 = "Contested Waters: The Orlan Delta Militias After the Ceasefire"
    d.art(t4, ["Kofi Adebanjo-Stern", "Lucia Vantongeren"], "2050-02-07", "feature", TM, 48, 3)
    d.fb(t4, "By Kofi Adebanjo-Stern and Lucia Vantongeren")
    d.t("When the government of the Merovan Republic signed a ceasefire with the Halvani Liberation Front in "
        "September 2049, it hoped to end eleven years of insurgency in the Orlan Delta. Five months later, the "
        "shooting between the army and the Front has largely stopped. The violence, however, has not. It has "
        "moved into the creeks, where at least six armed groups now compete for ^D control of fuel smuggling "
        "routes that the Front used to monopolise. [1]")
    d.t("Some of these groups are splinters of the Front whose commanders rejected the ceasefire. Others are "
        "village defence militias that the army armed during the war and never disarmed. A third category, the "
        "most dangerous, consists of former Front fighters who have joined the jihadist Sons of Marrah, a group "
        "that had only a marginal presence in the delta before 2048. [2]")
    d.t("A Market Without a Monopoly")
    d.t("During the insurgency, the Front taxed every barge that moved fuel through the delta and used the "
        "revenue to pay its fighters. The ceasefire agreement obliges it to withdraw from the waterways, and it "
        "has largely done so. The result is a market without a monopoly, in which every armed group with a "
        "speedboat can set up a toll point. Fishermen interviewed in the town of Carrow describe paying three "
        "different groups on a single jour~ney upstream.")
    d.t("The Sons of Marrah have exploited this chaos more skilfully than their rivals. Rather than compete "
        "for the tolls, they offer protection to the traders who pay them, and they punish rival toll ^E collectors "
        "with a brutality that the militias cannot match. In December, the group beheaded two members of a "
        "village militia near Carrow and left their bodies on a jetty. [3]")
    d.t("What the Ceasefire Left Out")
    d.t("The ceasefire text says nothing about the village militias and nothing about the Sons of Marrah, "
        "whom neither the government nor the Front wished to recognise as a party. Mediators have acknowledged "
        "privately that this was a mistake. A follow-up agreement on the waterways is under discussion, but the "
        "Front's negotiators are reluctant to accept any arrangement that would leave their former fighters "
        "unemployed. [4]")
    d.t("Unless the delta's economy offers those fighters another living, the Sons of Marrah will continue to "
        "recruit among them. The ceasefire ended one war in the Orlan Delta; it may yet have started another.")
    d.fb("Notes")
    d.t("[1] Merovan Republic, Ministry of Defence, \"Statement on the Implementation of the Orlan Ceasefire,\" "
        "January 10, 2050.")
    d.t("[2] Interviews by the authors with former Front commanders, Carrow and Dessal, November 2049.")
    d.t("[3] \"Two Militiamen Killed Near Carrow Jetty,\" Delta Voice, December 12, 2049.")
    d.t("[4] Interview with a member of the mediation team, January 2050.")
    d.n("Kofi Adebanjo-Stern is a research fellow at the Institute for Riverine Studies in Dessal. Lucia "
        "Vantongeren is a journalist who has reported from the Orlan Delta since 2044.")
    d.g()
    d.f("Terrorism Monitor  Volume XLVIII • Issue 3  February 7, 2050", "9")
    return d
