# lead23-new: five invented files for the twenty-third session's lead rules (see the corpus README).
# python3 gen.py rewrites every .txt, .labels.yml and sidecar here. All names, places and prose are invented.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import Issue, arts

class Doc(Issue):
    def write(self, articles, sidecar=None):
        super().write(articles, sidecar or "")
        if not sidecar: os.remove(self.name + ".yml")
    def paras(self, text, art, width=68):
        ps = [p.strip() for p in text.strip().split("\n\n")]
        for i, p in enumerate(ps):
            if i: self.add("", art)
            self.para(" ".join(p.split()), art, width)

# ---------------------------------------------------------------- e01: a whole monitor issue, dotted contents
d = Doc("e01_hsm_issue_genre_contents_notes_byline_under")
P = "Hinterland Security Monitor"
d.add("HINTERLAND SECURITY MONITOR")
d.add("Conflict economies, armed groups and the state at the margins")
d.add("")
d.add("Volume XIX  |  Issue 20  |  October 2033")
d.add("")
d.add("In this issue")
d.add("")
d.add("Analysis: Diesel, Salt and Guns on the Qarun Road .................. 2")
d.add("Profile: Commander Ilyas Boranov, the Mechanic of Tel Aswar ........ 5")
d.add("Analysis: Lake Oruma's Fishing Levies .............................. 8")
d.add("Contributors ....................................................... 11")
d.add("")
d.add("")
d.add("ANALYSIS")
d.add("")
d.add("Diesel, Salt and Guns on the Qarun Road")
d.add("")
d.add("By Teodora Vasquez-Lind")
d.add("")
d.paras("""
The Qarun Road runs for some 340 kilometres from the salt pans at Birket Nuweil to the river crossing at Tel Aswar, and for most of the past decade no single authority has controlled more than a third of it. Three militias now hold the stretches in between, and each has learned that the road is worth more as a toll corridor than as a front line. Since the spring of 2033 the price of diesel in the market towns along the road has roughly doubled, and traders interviewed for this analysis were unanimous that the increase is not the work of distant suppliers but of the men who stand at the checkpoints.

The mechanism is simple. Tanker drivers pay a flat fee at each militia barrier, the fee is passed on at the pump, and the militias take a second cut from the fuel stations they license in the towns they hold. A driver who carried fuel from Birket Nuweil to Tel Aswar in August described paying at nine barriers, two of which were manned by the same faction under different flags. Local councils have tried to publish a schedule of permitted charges, but the schedule was ignored within a week and the councillor who drafted it left the district after his house was fired upon.

Salt matters almost as much as fuel. The pans at Birket Nuweil supply curing salt to fishing and livestock markets across the region, and the militia that controls the loading yards has begun to sell export permits to wholesalers in advance of each season. That arrangement gives it an income that does not depend on traffic, and it explains why the group was able to keep paying its fighters through the rains, when the road itself was closed for six weeks.

The lesson for the government in the capital is uncomfortable. A military push to reopen the road would disrupt the only steady trade the area has, and the militias know that the towns would blame the army for the shortages that followed. A negotiated reduction in tolls, backed by a fuel subsidy paid at the pump rather than to the factions, may be the less dramatic but more durable option.
""", 0)
d.add("")
d.add("2")
d.add("")
d.add("PROFILE")
d.add("")
d.add("Commander Ilyas Boranov, the Mechanic of Tel Aswar")
d.add("")
d.paras("""
Few commanders on the Qarun Road are as widely known, or as rarely seen, as Ilyas Boranov. Born in the river town of Tel Aswar in the early 1990s, he trained as a diesel mechanic and ran a repair yard for trucks and pumps until the collapse of the provincial administration in 2028. Residents remember him as a man who extended credit to farmers whose irrigation pumps had failed, a reputation that served him well when he began to recruit.(1)

Boranov's faction, known locally as the Yard Brigade, grew out of a neighbourhood guard formed to protect the repair yards from looting. By 2030 it had some two hundred armed members and held the crossing at Tel Aswar, the most profitable point on the road. Unlike his rivals, Boranov never declared an ideological programme; his statements, circulated as voice notes, speak of order, fair prices and the return of the ferry service rather than of religion or national causes.(2)

His hold on the crossing was tested in the summer of 2031, when a rival faction from the salt pans tried to seize the ferry landing. The Yard Brigade repelled the attack within two days, in part because Boranov had armoured three of his own tow trucks with steel plate from the repair yard, a story still told in Tel Aswar in 2033.(3) The episode confirmed his reputation for improvisation and persuaded several smaller groups along the road to pay him for protection.

Boranov now faces a different problem. Younger members of the brigade, many of them too young to remember the repair yard, resent the fees he pays to the elders of Tel Aswar and have begun to run their own checkpoints south of the town. Whether the mechanic can keep his machine together, or whether it breaks into the kind of rival crews he once defeated, will shape the road for years to come.
""", 1)
d.add("")
d.add("NOTES")
d.add("")
for n in ["(1) Interviews with two former customers of the repair yard, Tel Aswar, June 2033.",
          "(2) Voice notes attributed to Boranov and shared in local messaging groups, March 2030 to January 2033.",
          "(3) Account of a resident of the ferry district, recorded in July 2031 and confirmed by a second witness."]:
    d.para(n, 1)
d.add("")
d.add("By Ngozi Halvorsen")
d.add("")
d.add("5")
d.add("")
d.add("ANALYSIS")
d.add("")
d.add("Lake Oruma's Fishing Levies and the Return of the")
d.add("Island Cells")
d.add("")
d.add("By Piet Albescu-Nwosu")
d.add("")
d.paras("""
On the eastern shore of Lake Oruma, the fishing season opened in September with a notice pinned to the door of the landing-site cooperative at Mbesi. It set out, in careful handwriting, what each boat would owe for the season, what each trader would owe per basket of dried fish, and where the money was to be taken. The notice was not signed, but every fisherman at Mbesi knew who had written it: the island cells that were driven off the lake by a joint naval operation in 2029 and that have spent the past two years quietly returning.

The cells were never large. At their height they counted perhaps a few hundred fighters spread over a dozen islands, and they relied on the lake's reed beds and the absence of patrol boats more than on their weapons. What they built instead was a system of levies collected through fishermen's associations, and it is this system, rather than the fighters, that has come back first. Cooperative officials at three landing sites said that collectors arrived in early 2032 with lists of boat owners that matched the cooperatives' own registers.

The return of the levies has two effects that matter for security on the lake. It funds the cells without exposing them to confrontation, and it binds the fishing economy to them, since traders who refuse to pay find their catch cannot be sold at the larger markets. Several traders described losing a season's stock after buyers were warned off.

Patrols alone will not undo this. The naval operation of 2029 cleared the islands but left the cooperatives without protection once the boats withdrew. A lasting response would pair a small permanent presence at the main landing sites with a way for cooperatives to report collectors without being identified, and with credit for the traders who would otherwise have nowhere else to turn when the season fails.
""", 2)
d.add("")
d.add("8")
d.add("")
d.add("CONTRIBUTORS")
d.add("")
d.para("Teodora Vasquez-Lind is an independent researcher who has worked on fuel markets and armed groups along the Qarun Road since 2027.", None)
d.add("")
d.para("Ngozi Halvorsen is a journalist and analyst based in the river districts. She writes on local armed leadership.", None)
d.add("")
d.para("Piet Albescu-Nwosu is a senior fellow at the Lakeshore Institute for Peace Studies, where he leads its work on fisheries and conflict.", None)
d.add("")
d.add("11")
d.write(arts(P, "2033-10-01", 19, 20,
    ("Diesel, Salt and Guns on the Qarun Road", ["Teodora Vasquez-Lind"], "analysis"),
    ("Commander Ilyas Boranov, the Mechanic of Tel Aswar", ["Ngozi Halvorsen"], "profile"),
    ("Lake Oruma's Fishing Levies and the Return of the Island Cells", ["Piet Albescu-Nwosu"], "analysis")),
    "publication: Hinterland Security Monitor\n")

# ---------------------------------------------------------------- e02: a sibling monitor, box contents, running footers
d = Doc("e02_cim_issue_box_contents_footers_dr_byline")
P = "Coastal Insurgency Monitor"
page = [1]
def footer():
    d.add(""); d.add("Coastal Insurgency Monitor -- Vol. 8, Issue 11 -- 14 November 2033%s%d" % (" " * 8, page[0]))
    d.add(""); page[0] += 1
d.add("C O A S T A L   I N S U R G E N C Y   M O N I T O R")
d.add("Monday, 14 November 2033                         Vol. 8 / Issue 11")
d.add("")
d.add("+-------------------------------------------------------------+")
d.add("|  CONTENTS                                                   |")
d.add("+-------------------------------------------------------------+")
d.add("|  Briefing: Night Raids on the Tamsa Shrimp Farms         1  |")
d.add("|  Interview: A Former Negotiator on the Kestrel Strait    2  |")
d.add("|  Assessment: Why the Coastal Front Keeps Splitting       3  |")
d.add("|  About the Authors                                       5  |")
d.add("+-------------------------------------------------------------+")
d.add("")
d.add("Briefing")
d.add("Night Raids on the Tamsa Shrimp Farms")
d.add("by Hendrika Osei-Palmer")
d.add("")
W = 60
d.paras("""
Over four nights in late October, armed men in two fibreglass skiffs raided shrimp farms along the Tamsa estuary, tying up watchmen, emptying the holding ponds and taking aerators, generators and the farms' stocks of feed. Farm owners at Port Lelu estimate the losses at close to a full season's harvest for the eleven farms that were hit, and at least one watchman was seriously injured when he tried to raise the alarm by radio.

The raids fit a pattern that has been building since the coastal police withdrew their estuary post in 2032. Small crews, some of them former members of the Coastal Front who never returned to fishing after the demobilisation scheme ran out of money, have moved from stealing outboard engines to striking the farms, which hold more value in one place and are guarded by unarmed staff. Owners say the crews know which ponds are ready for harvest, which suggests help from inside the farms or the buyers' networks.
""", 0, W)
footer()
d.paras("""
The estuary council has asked for the police post to be reopened, but the request is stalled over who will pay for fuel and boats. In the meantime farm owners have begun to pool money for private guards, an arrangement that risks arming the same young men the demobilisation scheme was meant to employ.
""", 0, W)
d.add("")
d.add("")
d.add("Interview")
d.add("A Former Negotiator on the Kestrel Strait Kidnappings and the")
d.add("Ransom Trade That Followed")
d.add("Interview by Lasse Mbeki-Rowe")
d.add("")
d.paras("""
Between 2029 and 2031, kidnappings of crew members from cargo vessels in the Kestrel Strait became a business with its own brokers, price lists and insurers. One man who sat at the table for several of those negotiations, and who asked not to be named, spoke to the Monitor about how the trade grew and why it faded.

Q: How did the first cases begin?

A: They were opportunistic. A group would board a tug or a supply boat, take whoever they found and call the owner's office. Nobody knew what to ask for, so the first demands were absurd, then they fell, and within a year everyone knew roughly what a mate or an engineer was worth. That was the moment it became a trade rather than a crime.

Q: Who were the brokers?

A: Mostly people who already moved money along the coast for fishermen and traders. They could hold a payment, take a commission and guarantee to both sides that the other would keep its word. Some of them were respected figures in the harbour towns, which made it very hard for the authorities to act against them.
""", 1, W)
footer()
d.paras("""
Q: Why did the kidnappings decline after 2031?

A: Three things happened at once. The shipping companies began to route their crews through the strait in convoys, the insurers stopped paying for ransoms above a fixed amount, and the brokers were squeezed between the groups and the companies. Once the money was predictable and small, the risk was no longer worth it for most of the crews.

Q: Could it come back?

A: Yes. The brokers are still there, and the men who did the boarding still have boats. If the convoys stop, or if a new group wants to make its name, the whole system could be rebuilt in a season.
""", 1, W)
d.add("")
d.add("")
d.add("Assessment")
d.add("Why the Coastal Front Keeps Splitting")
d.add("")
d.paras("""
When the Coastal Front signed its ceasefire with the provincial government in 2030, it counted perhaps 1,500 fighters under a single command. Three years later at least five armed groups claim its name, and two of them have fought each other over control of the landing beaches north of Port Lelu. The splits have been widely read as a sign of weakness, but they also reflect choices the ceasefire itself made.(1)

The agreement paid demobilisation allowances through unit commanders rather than to individual fighters, and it gave those commanders seats on the district reconstruction boards. Commanders who controlled the allowances and the contracts had every reason to keep their units intact and separate, and the central leadership, which had no money of its own, had little to offer in return for loyalty. By the end of 2031 the largest units were negotiating with the boards directly.(2)

The second cause is the sea itself. Each faction has settled on a stretch of coast where it can tax fishing, fuel landings and the shrimp trade, and those stretches overlap at the river mouths. The clash at Anjari beach in May 2033 began as a dispute over a single fuel jetty.(3)
""", 2, W)
footer()
d.paras("""
None of this means the Front will return to war as a whole; it has become too divided for that. The more likely danger is a slow rise in local violence as factions compete for the same coast, with each clash small enough to be ignored in the provincial capital. Paying allowances directly to former fighters, and opening the reconstruction boards to councils rather than commanders, would remove two of the forces that keep the splinters multiplying.
""", 2, W)
d.add("")
d.add("Notes")
d.add("")
for n in ["(1) Text of the Port Lelu ceasefire agreement, signed 2 March 2030, articles 4 to 9.",
          "(2) Minutes of the district reconstruction board of Lelu North, sessions of September and November 2031.",
          "(3) Statements by two Front factions posted on 18 and 19 May 2033, and local press reports of the same week."]:
    d.para(n, 2, W)
d.add("")
d.add("By Dr. Yasmin Okonjo-Terrell and Ruben Aldabra")
footer()
d.add("About the Authors")
d.add("")
d.para("Hendrika Osei-Palmer reports on coastal economies and crime from Port Lelu.", None, W)
d.para("Lasse Mbeki-Rowe is the Monitor's deputy editor.", None, W)
d.para("Dr. Yasmin Okonjo-Terrell teaches peace and conflict studies at the University of Saltmarsh; Ruben Aldabra is a researcher on maritime security.", None, W)
d.add("")
d.add("Coastal Insurgency Monitor -- Vol. 8, Issue 11 -- 14 November 2033%s%d" % (" " * 8, page[0]))
d.write(arts(P, "2033-11-14", 8, 11,
    ("Night Raids on the Tamsa Shrimp Farms", ["Hendrika Osei-Palmer"], "briefing"),
    ("A Former Negotiator on the Kestrel Strait Kidnappings and the Ransom Trade That Followed", ["Lasse Mbeki-Rowe"], "interview"),
    ("Why the Coastal Front Keeps Splitting", ["Yasmin Okonjo-Terrell", "Ruben Aldabra"], "assessment")),
    "publication: Coastal Insurgency Monitor\n")

# ---------------------------------------------------------------- e03: an email newsletter, No. N, dash rules
d = Doc("e03_harbour_watch_email_no_count_signed_piece")
P = "The Harbour Watch"
R = "-" * 64
W = 66
for h in ["From: The Harbour Watch <editors@harbourwatch.example>",
          "To: readers@lists.harbourwatch.example",
          "Date: Tue, 8 Nov 2033 06:40:12 +0000",
          "Subject: The Harbour Watch No. 87: idle scanners, berth nine, and the coast guard",
          "Content-Type: text/plain; charset=utf-8", ""]:
    d.add(h)
d.add("THE HARBOUR WATCH")
d.add("Ports, smuggling and security on the southern coast")
d.add("No. 87 -- 8 November 2033")
d.add("")
d.add(R)
d.add("ANALYSIS")
d.add("")
d.add("Container Scanners Sit Idle at Port Sabin")
d.add("By Joaquim Reyes-Abara")
d.add("")
d.paras("""
The two container scanners installed at Port Sabin in 2031, paid for by a coastal security grant and opened with some ceremony by the transport minister, have not produced a usable image since the middle of August. Customs officers say that the software licence lapsed when the grant ended and that no budget line exists to renew it. Containers that would once have been flagged for inspection now pass through the gate on the strength of their paperwork alone.

The timing could hardly be worse. Seizures of synthetic drugs at the smaller ports along the coast rose sharply in the first half of the year, and officials in the capital have warned that trafficking networks are testing which terminals have the weakest controls. A port whose scanners are visibly switched off, and whose staff have told anyone who asks, is an obvious candidate.

The cost of renewal is small beside the value of the cargo that moves through the terminal each week. The harder problem is institutional. The scanners belong to the port authority, the licence was bought by the ministry, and customs, which operates them, controls neither. Until one body owns the equipment and the budget to run it, the same gap will open every time a grant expires.
""", 0, W)
d.add("")
d.add(R)
d.add("QUAYSIDE LEDGER")
d.add("")
d.add("What the night shift saw at berth nine")
d.add("")
d.paras("""
Berth nine is the last berth on the southern quay, the one furthest from the gatehouse and the floodlights. On most nights it handles coastal feeders carrying cement and rice, and the crews who work it are used to long gaps between ships. In October, three dockers told me, those gaps began to fill with small boats that tied up beside the feeders for twenty minutes or so and then left without being logged.

Nobody on the shift claims to know what the boats carried. What they describe is a routine: a call to the foreman's phone, the lights on the crane switched off, a van that arrives from the town side and leaves before the boats do. One docker said he was told to take his break early on those nights and not to come back until the crane lights were on again.

The port authority says that berth nine is covered by the same patrols as the rest of the quay. The dockers say the patrol car comes once a night, at the same hour, and that everyone knows when.
""", 1, W)
d.add("")
d.add("-- Marta Kelloway, Port Sabin")
d.add("")
d.add(R)
d.add("COMMENTARY")
d.add("")
d.add("The Coast Guard Needs Boats, Not Another Strategy")
d.add("Elif Danjuma | Contributing Editor")
d.add("")
d.paras("""
The government will publish its third maritime security strategy in seven years before the end of the month, and early drafts circulated to port operators suggest that it will read much like the first two. It promises better coordination between agencies, a joint operations room and a review of legislation on territorial waters. It says very little about the fact that the coast guard has four working patrol boats for a coastline of more than 600 kilometres.

Strategies are cheap, and they allow ministers to announce progress without spending money. Boats are expensive, and they need fuel, crews and mechanics year after year. The last two strategies both committed to expanding the fleet; the fleet is smaller today than when the first was signed, because vessels have been laid up for want of spare parts faster than new ones have arrived.

If the new document is to mean anything, it should commit to a maintenance budget that cannot be raided in a bad year, and to a fleet target measured in boats at sea rather than boats on order. Everything else can wait.
""", 2, W)
d.add("")
d.add(R)
d.add("You are receiving this because you signed up at harbourwatch.example.")
d.add("Unsubscribe or change your settings: https://harbourwatch.example/prefs")
d.add("Copyright (c) 2033 Harbour Watch Media. All rights reserved.")
d.write(arts(P, "2033-11-08", "null", "null",
    ("Container Scanners Sit Idle at Port Sabin", ["Joaquim Reyes-Abara"], "analysis"),
    ("What the night shift saw at berth nine", ["Marta Kelloway"], "feature"),
    ("The Coast Guard Needs Boats, Not Another Strategy", ["Elif Danjuma"], "commentary")))

# ---------------------------------------------------------------- e04: a second email newsletter, #N count, tilde and star rules
d = Doc("e04_borderline_dispatch_email_hash_count_postcard")
P = "Borderline Dispatch"
R = "~" * 58
W = 72
for h in ["Date: Fri, 02 Dec 2033 17:05:44 +0100",
          "From: \"Borderline Dispatch\" <hello@borderline-dispatch.example>",
          "Reply-To: desk@borderline-dispatch.example",
          "Subject: #112 -- Smugglers reroute through the Vell valley", ""]:
    d.add(h)
d.add("*** BORDERLINE DISPATCH ***")
d.add("#112  *  Friday 2 December 2033")
d.add("Weekly notes from the northern frontier")
d.add("")
d.add(R)
d.add("")
d.add("FIELD REPORT :: Smugglers Reroute Through the Vell Valley After the Bridge Closure")
d.add("")
d.add("Reporting by Anouk Sepulveda-Grant")
d.add("")
d.paras("""
Six weeks after the border authority closed the Harran bridge to lorries, the traffic it carried has not disappeared; it has moved forty kilometres east, into the Vell valley, where a gravel track crosses the river at a ford that is passable for most of the dry season. Villagers in Vell Crossing count between thirty and fifty vehicles a night, many of them pick-ups with their number plates removed, and the track that was once used by shepherds has been widened by a bulldozer nobody admits to owning.

The closure was meant to choke off the trade in untaxed cigarettes and fuel that had grown around the bridge, and in one sense it worked: customs receipts at Harran have fallen, and so has the queue of lorries on the approach road. But the goods still reach the markets of the northern towns, and they now travel along a route with no customs post, no police station and no mobile signal for much of its length.

Residents describe a new set of intermediaries. Drivers who do not know the ford pay local guides to lead them across at night, and a family that owns land beside the track charges a fee for each vehicle that passes. Two guides told this newsletter that armed men from across the border now escort the larger convoys, which they said had not been the case at the bridge.

The border authority has said it will build a post at the ford before the rains. Until it does, the closure has moved the trade from a place where it was watched to one where it is not.
""", 0, W)
d.add("")
d.add("* * *")
d.add("")
d.add("BORDERLAND POSTCARD :: A market day in Vell Crossing")
d.add("")
d.paras("""
The market in Vell Crossing is held on Thursdays in the yard behind the old school, and this week it was busier than anyone in the village could remember. Alongside the usual stalls of onions, goat cheese and plastic buckets there were cartons of cigarettes sold by the sleeve, jerrycans of diesel at half the price of the filling station in town, and a man selling mobile phone credit for a network that does not officially reach this side of the river.

The traders were not hiding anything. One woman, who runs a tea stall by the gate, said the new traffic had been good for her, since the drivers stop to eat before they cross. An older man who sells seed was less happy: the pick-ups had churned the track into dust, and his grandson had stopped going to school to work as a guide at the ford.

By the afternoon two police officers from the district town had arrived, walked once round the yard, bought tea and left.
""", 1, W)
d.add("")
d.add("-- Tomasz Ilunga, Vell Crossing")
d.add("")
d.add(R)
d.add("Borderline Dispatch is read by 4,200 people who work on the frontier.")
d.add("Manage your subscription: https://borderline-dispatch.example/account")
d.add("To stop receiving these emails, unsubscribe here: https://borderline-dispatch.example/u")
d.add("(c) 2033 Borderline Dispatch")
d.write(arts(P, "2033-12-02", "null", "null",
    ("Smugglers Reroute Through the Vell Valley After the Bridge Closure", ["Anouk Sepulveda-Grant"], "field report"),
    ("A market day in Vell Crossing", ["Tomasz Ilunga"], "brief")))

# ---------------------------------------------------------------- e05: an email newsletter carrying an issue's shapes
# (genre contents with a cut-short entry, a piece with notes and its byline under them) and a signed piece.
d = Doc("e05_cordon_briefing_email_contents_notes_signed")
P = "The Cordon Briefing"
R = "=" * 70
W = 70
for h in ["From: The Cordon Briefing <briefing@cordon-briefing.example>",
          "Subject: [Cordon Briefing] No. 41 - Marrow Highway fees, radio nets, checkpoints explained",
          "Date: Fri, 21 Oct 2033 07:15:00 +0300",
          "List-Unsubscribe: <https://cordon-briefing.example/leave>", ""]:
    d.add(h)
d.add("                         THE CORDON BRIEFING")
d.add("               No. 41  |  Friday, 21 October 2033")
d.add("")
d.add("In this edition")
d.add("  Analysis: Checkpoint Fees on the Marrow Highway           1")
d.add("  Signal Log: A quiet week on the radio nets                2")
d.add("  Explainer: Who Staffs the Marrow Highway Checkpoints      3")
d.add("")
d.add(R)
d.add("ANALYSIS")
d.add("")
d.add("Checkpoint Fees on the Marrow Highway and the Militias That Share Them")
d.add("")
d.paras("""
Drivers on the Marrow Highway, the main road between the inland grain belt and the coast, now pass through fourteen checkpoints on a journey that required five at the start of 2031.(1) Only four of them are run by the army. The rest are staffed by local defence groups that were recruited to protect the road during the fighting of 2030 and that were never stood down when the fighting ended.

What has changed over the past year is not the number of barriers but the way the money moves. Drivers report that the fees, once paid separately at each checkpoint, are now collected in a single payment at the first barrier and shared among the groups further along the road.(2) A receipt, usually a scrap of paper with a stamp, is shown at each later stop. The arrangement is more convenient for hauliers, and it has reduced the fights at the barriers, but it also shows that the groups have agreed on how to divide the road among themselves.

That agreement makes them harder to remove. A single group that taxes one stretch can be bought off or pushed out; a cartel of groups with a shared ledger has every reason to resist together. Grain traders say that transport costs now account for nearly a third of the price of flour in the coastal markets, up from about a tenth in 2029.(3)

The regional governor has promised to dismantle the unofficial barriers by the end of the year. Without an offer to the men who staff them, the promise is likely to go the way of the two that preceded it.
""", 0, W)
d.add("")
d.add("NOTES")
for n in ["(1) Count by the Grain Hauliers' Association of the Inland Districts, September 2033.",
          "(2) Interviews with six lorry drivers at the Oskaro Junction truck stop, October 2033.",
          "(3) Price survey by the Coastal Markets Traders' Union, August 2033."]:
    d.para(n, 0, W)
d.add("")
d.add("By Idris Kallenberg")
d.add("")
d.add(R)
d.add("SIGNAL LOG")
d.add("")
d.add("A quiet week on the radio nets")
d.add("")
d.paras("""
For the first time since the summer, the VHF channels used by the defence groups along the highway were almost silent for most of the week. The usual evening traffic, checkpoint commanders reporting the number of lorries that had passed and the money collected, stopped on Sunday night and had not resumed by Thursday.

There are several possible explanations. The groups may have moved to a new channel, or to encrypted handsets, after the governor's statement last week. They may have been told to keep quiet while their leaders negotiate. Or the silence may simply reflect the slow harvest, with fewer lorries on the road and less to report.

The one transmission heard on Wednesday evening was short. A voice asked whether the meeting at the junction was still on, and another answered that it had been moved to Saturday.
""", 1, W)
d.add("")
d.add("-- Beatrix Omondi, Harrowmere")
d.add("")
d.add(R)
d.add("EXPLAINER")
d.add("")
d.add("Who Staffs the Marrow Highway Checkpoints")
d.add("Written by Hanne Kofi-Lindqvist")
d.add("")
d.paras("""
The men at the barriers on the Marrow Highway are not, for the most part, professional fighters. Most were farm labourers or lorry loaders in the towns along the road, and they were recruited in 2030 by local councils and landowners who feared that the fighting in the hills would spill onto the highway. They were given rifles, a daily allowance and, in many cases, a uniform that looks much like the army's.

When the fighting ended, the allowances stopped, but the rifles and the barriers stayed. Each checkpoint is usually run by a dozen men under a commander who answers to a council member or a landowner, and the fees they collect pay both the men and their patrons. Some groups have added members since 2031, typically younger relatives of the original recruits.

Any plan to remove the barriers has to answer a simple question: what will these men do instead? Past attempts offered them places in the police, but the places were few, the training was far from home and the pay was lower than a good week at the checkpoint.
""", 2, W)
d.add("")
d.add(R)
d.add("Forwarded this email? Subscribe at https://cordon-briefing.example/join")
d.add("Unsubscribe: https://cordon-briefing.example/leave")
d.add("The Cordon Briefing (c) 2033. All rights reserved.")
d.write(arts(P, "2033-10-21", "null", "null",
    ("Checkpoint Fees on the Marrow Highway and the Militias That Share Them", ["Idris Kallenberg"], "analysis"),
    ("A quiet week on the radio nets", ["Beatrix Omondi"], "brief"),
    ("Who Staffs the Marrow Highway Checkpoints", ["Hanne Kofi-Lindqvist"], "explainer")))
