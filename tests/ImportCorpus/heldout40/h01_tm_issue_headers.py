"""h01: a whole Terrorism Monitor issue as PDF text, running header over each page, briefs and features."""
from lib import Doc

DATE = "2044-05-06"


def build():
    d = Doc("h01_tm_issue_headers", width=78)
    d.comments = [
        "Choices: the editor's one-line bio after each brief is a bio (not text); the two-author bio after the",
        "first feature's notes is a bio; the header line mangled once between the halves of a sentence is furniture;",
        "the contents list and the publisher's line are not text; 'BY NAME' in capitals is labelled in proper case;",
        "the third feature's bio between its bare-name byline and its first paragraph is a bio, not text.",
    ]
    page = [1]

    def furniture(mangled):
        page[0] += 1
        if mangled:
            return [str(page[0]), "TerrorismMonitor\uf0b7VolumeXLII\uf0b7Issue9\uf0b7May6,2044"]
        return [str(page[0]), "Terrorism Monitor        Volume XLII  \u2022  Issue 9  \u2022  May 6, 2044"]

    d.furniture = furniture
    meta = dict(date=DATE, publication="Terrorism Monitor", volume=42, issue=9)
    b1 = d.article(title="Militants Raid a Tin Smelter in the Korrim Highlands", authors=["Teodora Vashkevich"], kind="brief", **meta)
    b2 = d.article(title="Online Recruiters Turn to Dormant Gaming Forums in Estavia", authors=["Teodora Vashkevich"], kind="brief", **meta)
    f1 = d.article(title="Salt Roads and Safe Houses: How the Ardhuun Front Finances Its Return",
                   authors=["Amaru Castellanos-Whitby", "Linnea Okonkwo-Hale"], kind="feature", **meta)
    f2 = d.article(title="After the Ceasefire: Splinter Cells and Drone Workshops in the Lower Vessaro Delta",
                   authors=["Rashid Vellacourt"], kind="feature", **meta)
    f3 = d.article(title="The Volunteers of Port Iskel: Foreign Fighters Come Home to a City That Has Moved On",
                   authors=["Halina Brenckmann-Oduro"], kind="feature", **meta)

    d.ls("""
THE BRANNOCK FOUNDATION
TERRORISM MONITOR
In-depth analysis of the war on terror
VOLUME XLII, ISSUE 9  \u2022  MAY 6, 2044
""")
    d.blank()
    d.ls("""
IN THIS ISSUE:
BRIEFS ....................................................................... 1
FEATURES
Salt Roads and Safe Houses: How the Ardhuun Front Finances Its
Return
By Dr. Amaru Castellanos-Whitby and Linnea Okonkwo-Hale ...................... 4
After the Ceasefire: Splinter Cells and Drone Workshops in the Lower
Vessaro Delta
By Rashid Vellacourt ......................................................... 8
The Volunteers of Port Iskel: Foreign Fighters Come Home to a City That
Has Moved On
By Halina Brenckmann-Oduro .................................................. 11
""")
    d.blank()
    d.ls("""
Terrorism Monitor is a publication of The Brannock Foundation. The opinions
expressed within are solely those of the authors and do not necessarily reflect
those of The Brannock Foundation. Unauthorized reproduction or redistribution of
this or any Brannock publication is strictly prohibited by law.
""")
    d.blank()
    d.l("BRIEFS")
    d.blank()
    d.l("Militants Raid a Tin Smelter in the Korrim Highlands")
    d.blank()
    d.l("Teodora Vashkevich")
    d.blank()
    d.para(b1, "On April 22, around forty gunmen on motorcycles overran the guard post of a state-owned tin smelter "
           "outside Merrovan, in the Korrim Highlands, and held the site for nearly six hours before withdrawing "
           "toward the forested escarpment to the north. Three guards and a shift supervisor were killed, and the "
           "attackers left with two trucks of refined ingots, a generator and the contents of the payroll safe "
           "(Korrim Daily Ledger, April 23).")
    d.para(b1, "The raid was claimed two days later by the Highland Vanguard, a faction that broke away from the "
           "larger Ardhuun Front in 2041 over the division of mining revenues. The claim, released as a scanned "
           "handwritten letter, described the smelter as \u201cstolen wealth\u201d and warned that other foreign-backed "
           "sites in the province would be treated the same way. [1] It is the group\u2019s first acknowledged attack "
           "on an industrial target rather than on army convoys.")
    d.para(b1, "The choice of target suggests that the Vanguard is looking for income it can sell across the "
           "border rather than for a symbolic victory. Tin ingots are easy to move and hard to trace once they reach "
           "the informal smelting yards of the neighbouring valleys, and provincial officials have already asked for "
           "an army company to be stationed at each of the three remaining smelters in the highlands.")
    d.l("Teodora Vashkevich is the Editor of Terrorism Monitor.")
    d.blank()
    d.l("Notes")
    d.blank()
    d.para(b1, "[1] Statement of the Highland Vanguard, circulated on messaging channels, April 24, 2044.")
    d.l("Online Recruiters Turn to Dormant Gaming Forums in Estavia")
    d.blank()
    d.l("By Teodora Vashkevich")
    d.blank()
    d.para(b2, "Police in Estavia announced on April 29 that they had arrested five young men in the port city of "
           "Calvenne for running a recruitment channel for the Crescent Dawn network from inside an old multiplayer "
           "gaming forum that its owners abandoned almost a decade ago. The forum still accepted new accounts, had no "
           "moderators, and was not indexed by the main search engines (Estavia Tribune, April 30).")
    d.para(b2, "According to the prosecutor\u2019s statement, the men posted ideological texts as \u201cpatch notes\u201d "
           "and used the forum\u2019s private messages to move promising contacts onto encrypted applications. [2] "
           "Investigators say at least sixty users exchanged messages with the group, most of them aged between "
           "fifteen and nineteen, and several travelled to meet the recruiters in person.")
    d.para(b2, "The case illustrates a wider shift. As the large platforms have improved their removal of "
           "extremist content, recruiters have moved toward spaces nobody is watching any longer: dead forums, old "
           "comment sections and the chat rooms of discontinued games. Such spaces are cheap to use, and they "
           "carry a pa|tina of nostalgia that makes an approach from a stranger seem less suspicious to a teenager.")
    d.l("Teodora Vashkevich is the Editor of Terrorism Monitor.")
    d.blank()
    d.l("Notes")
    d.blank()
    d.para(b2, "[2] Public Prosecutor of Calvenne, press statement, April 29, 2044.")
    d.page()
    d.l("FEATURES")
    d.blank()
    d.l("Salt Roads and Safe Houses: How the Ardhuun Front Finances Its")
    d.l("Return")
    d.blank()
    d.l("By Dr. Amaru Castellanos-Whitby and Linnea Okonkwo-Hale")
    d.blank()
    d.para(f1, "For most of the last three years the Ardhuun Front was described as a spent force. Its leadership "
           "had been killed or captured, its camps in the southern salt flats had been bombed, and the regional "
           "governments declared in early 2042 that the insurgency was over. Yet since January the group has "
           "claimed more than thirty attacks, and it is paying its fighters more regularly than at any time "
           "since its founding. [1]")
    d.para(f1, "This article traces where that money comes from. It draws on court records from two trials in "
           "the coastal capital, on interviews with traders along the salt caravan routes, and on the group\u2019s "
           "own recruitment messages, which have become unusually specific about wages and bonuses.")
    d.l("The Salt Caravans", f1)
    d.blank()
    d.para(f1, "The oldest source of the Front\u2019s income is also the simplest. Every caravan that carries rock "
           "salt from the flats to the market towns of the interior passes through at least two valleys where the "
           "group has informants, and the traders pay a fee per camel or per truck to pass without incident. "
           "Traders interviewed for this article put the fee at roughly a tenth of the value of a load. [2]")
    d.para(f1, "What has changed is the way the fee is collected. Instead of armed men at roadblocks, the Front "
           "now uses a network of shopkeepers who sell \u201cpassage tokens\u201d in the market towns before the caravans "
           "leave. The tokens are stamped cards with a serial number, and a trader who cannot produce one at the "
           "valley entrance is turned back or has his load confiscated. The system leaves little for the security "
           "forces to find: no checkpoint, no cash in the hands of fighters, and no ~ obvious link between the "
           "shopkeepers and the group.")
    d.l("Safe Houses as Assets", f1)
    d.blank()
    d.para(f1, "The second source is property. During the years of retreat, the Front bought houses in the "
           "suburbs of three provincial towns through relatives and front companies. Court documents from the trial "
           "of a former logistics officer list eleven such properties, some rented to families who had no idea who "
           "their landlord was. [3] The rents paid for food and medicine for fighters in hiding; today they pay "
           "for motorcycles and satellite telephones.")
    d.para(f1, "The properties also serve a second purpose. Several were used as transit points for new recruits "
           "travelling from the cities to the salt flats, and at least one held weapons that were later used in an "
           "attack on a police station in February. Their ownership is difficult to challenge in court, because the "
           "names on the deeds belong to people who have never been charged with anything.")
    d.para(f1, "The Ardhuun Front\u2019s return is therefore less a military recovery than a financial one. A "
           "group that can pay its fighters on time can recruit, and a group that can recruit can absorb losses. "
           "Governments that measure the insurgency by the number of its attacks will keep being surprised; the "
           "better measure is the number of tokens sold in the market towns each month. [4]")
    d.l("Notes")
    d.blank()
    d.para(f1, "[1] Regional Security Council, quarterly incident summary, April 2044.")
    d.para(f1, "[2] Interviews with salt traders in Haddar and Ouel Sidra, March 2044.")
    d.para(f1, "[3] Judgment of the Criminal Court of the Coast in the case of the Front\u2019s logistics "
           "officer, February 2044.")
    d.para(f1, "[4] Recruitment message of the Ardhuun Front, distributed in the market towns, January 2044.")
    d.para(None, "Dr. Amaru Castellanos-Whitby is a senior lecturer in conflict economics at the University of "
           "Valmoor. Linnea Okonkwo-Hale is an independent researcher who has worked along the salt caravan routes "
           "since 2038.")
    d.page()
    d.l("After the Ceasefire: Splinter Cells and Drone Workshops in the Lower")
    d.l("Vessaro Delta")
    d.blank()
    d.l("BY RASHID VELLACOURT")
    d.blank()
    d.para(f2, "The ceasefire signed in the Lower Vessaro Delta last November was meant to end eleven years of "
           "fighting between the government and the Delta Liberation Council. In most of the delta it has held. "
           "But in the mangrove districts near the river mouth, three small groups that rejected the agreement "
           "have begun to build and fly armed drones, and they have used them against fuel barges and a naval "
           "patrol base. [1]")
    d.para(f2, "The groups are small, with perhaps two hundred fighters between them, and they have no common "
           "leadership. What they share is a skill that the Council\u2019s former engineers brought with them when "
           "they refused to disarm: the ability to assemble long-range drones from agricultural spraying equip|ment "
           "and parts bought through online marketplaces.")
    d.para(f2, "Local fishermen describe workshops hidden in abandoned shrimp farms, where the drones are "
           "assembled on tables under corrugated roofs and tested over the water at dawn. [2] The navy has raided two "
           "such sites since February, but each raid found only a few airframes and no engineers, which suggests "
           "that the groups move their work often and are warned before the boats arrive.")
    d.para(f2, "The danger for the ceasefire is political as much as military. Each attack on a fuel barge is "
           "followed by calls in the capital to suspend the agreement and resume operations against the whole "
           "delta, including the districts where the Council has kept its word. The splinter groups understand "
           "this, and their statements ^ are written to provoke exactly that reaction.")
    d.para(f2, "A narrower response would treat the workshops as a policing problem: tracing the purchase of "
           "motors and flight controllers, offering the former engineers a place in the reintegration programme, "
           "and giving the fishermen who see the tests a safe way to report them. [3] None of this is dramatic, "
           "but it is more likely to keep the ceasefire alive than another offensive.")
    d.para(None, "Rashid Vellacourt is a journalist based in Port Averne who has covered the delta conflict since 2035.")
    d.l("Notes")
    d.blank()
    d.para(f2, "[1] Ministry of Defence, statement on the attack at Tallis Point, March 12, 2044.")
    d.para(f2, "[2] Author\u2019s interviews with fishermen in the mangrove districts, April 2044.")
    d.para(f2, "[3] Delta Reintegration Commission, progress report, March 2044.")
    d.page()
    d.l("The Volunteers of Port Iskel: Foreign Fighters Come Home to a City That")
    d.l("Has Moved On")
    d.blank()
    d.l("Halina Brenckmann-Oduro")
    d.blank()
    d.para(None, "Halina Brenckmann-Oduro is a sociologist at the Iskel Institute of Urban Research, where she leads "
           "a study of returning fighters and their families.")
    d.para(f3, "Between 2038 and 2041, about three hundred young men from the port city of Iskel travelled abroad to "
           "fight for armed groups in the civil war across the strait. Roughly a third of them are now back. Most "
           "returned quietly after the fighting ended, served short sentences or none, and went home to "
           "neighbourhoods that have changed a great deal in their absence. [1]")
    d.para(f3, "The city they left was poor and angry. The city they found on their return has a new container "
           "terminal, a university campus on the old barracks site, and a municipal government that spent the "
           "war years building sports halls in the districts that sent the most volunteers. Many of the returnees "
           "describe feeling like strangers, and several told researchers that their old friends now avoid them.")
    d.para(f3, "That isolation is the main risk. The returnees who have reoffended, five so far, all did so after "
           "long periods without work, and all of them reconnected with former comrades through the same two "
           "mosques outside the city limits. [2] Those who found jobs, often through the port’s apprenticeship "
           "scheme, have so far stayed out of trouble.")
    d.para(f3, "Iskel’s experience suggests that the most useful tool for managing returnees is not "
           "surveillance but an employer willing to take a risk. The city council is now asking the port "
           "operators to reserve a small number of apprenticeships for returnees, a proposal that has divided "
           "opinion in the districts that lost sons to the war. [3]")
    d.l("Notes")
    d.blank()
    d.para(f3, "[1] Iskel Institute of Urban Research, interim report on returning fighters, February 2044.")
    d.para(f3, "[2] Municipal Police of Iskel, briefing to the city council, March 2044.")
    d.para(f3, "[3] Minutes of the Iskel city council, session of April 9, 2044.")
    return d, {"publication": "Terrorism Monitor"}, False
