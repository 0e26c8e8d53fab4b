"""Regenerate heldout36 (blind set, issue 6): python3 gen.py writes every .txt, .yml and .labels.yml.
All people, places, organisations, sites and prose are invented."""
import os
from lib import Doc

os.chdir(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- shared prose
F1 = "Ferry Levies and Fishing Permits: How the Dunmere Front Finances Its Coastal Wing"
F1P = [
    "For most of the past decade the Dunmere Front was understood as an inland movement, drawing its fighters from the hill districts above the Kessary plain and its money from cattle taxes levied at seasonal markets. That picture no longer holds. Since the spring of 2033 the group has built a coastal wing along the Ostrava estuary, and the way it pays for that wing says a good deal about where the movement is heading.",
    "The first sign came in March, when ferry operators on the estuary began reporting that men carrying Front insignia were boarding vessels at the Lissen landing and demanding a fixed payment per crossing. Operators interviewed by local journalists described the sums as modest, roughly the price of a sack of rice per trip, but the levy was collected every day and recorded in exercise books that the collectors carried openly.[1] By June the practice had spread to at least four landings, and boat owners who refused to pay found their moorings cut overnight.",
    "The fishing permits followed. Rather than simply taxing the catch, the Front began issuing laminated cards that allowed a named boat to work a named stretch of water for a season. The cards mimic the format of the provincial fisheries office, down to a serial number and an expiry date, and in several villages they have displaced the official permits altogether.[2] Fishermen describe the arrangement with a weary pragmatism: the provincial office charges more, inspects less often and offers no protection from the trawlers that encroach on inshore waters at night.",
    "This is the heart of the matter. The coastal levies are not only a revenue stream but an argument about competence. Where the state's presence is a fee without a service, the Front offers a fee with a service, however coercive. The same logic underpinned its cattle taxes in the hills, where collectors would return stolen animals to herders who had paid. On the estuary the service is the policing of the fishing grounds, and several accounts describe Front boats chasing off unlicensed trawlers from outside the province.[3]",
    "The money matters too. A conservative estimate, based on the number of landings affected and the reported rates, puts the ferry levy alone at several hundred thousand dollars a year, enough to pay a standing force of a few hundred fighters. The permits, sold once a season, bring in lump sums that appear to be moved inland through cattle traders who already work for the movement.",
    "What should concern the provincial authorities most is how little violence the system now requires. After the initial wave of mooring cuts, incidents on the estuary fell sharply. Compliance has become routine, and routine is harder to dislodge than fear. Any response that relies on raids against collectors will leave the underlying bargain untouched; a fisheries office that actually patrols the water, and charges less than the Front, would do more to undercut it than another checkpoint on the coast road.",
]
F1N = [
    "[1] Interviews with ferry operators published by the Lissen Courier, 14 and 22 April 2033.",
    "[2] Photographs of the permit cards were circulated by a fishermen's cooperative in Varn district in July 2033.",
    "[3] Statement of the Ostrava Estuary Boat Owners' Association, 2 September 2033.",
]

def tm_issue():
    d = Doc("r01_tm_issue_boxed_contents")
    A = dict(date="2033-11-06", pub="Terrorism Monitor", vol=31, iss=21)
    d.many("""
                         TERRORISM MONITOR
       In-depth analysis of the war on terror and its aftermath

   Volume XXXI  |  Issue 21  |  6 November 2033
""")
    d.add()
    d.many("""
+----------------------------------------------------------------+
|  IN THIS ISSUE                                                 |
|                                                                |
|  Kidnap Cell Returns to the Salt Road Near Tessara ........ 1  |
|  Ferry Levies and Fishing Permits: How the Dunmere         |     |
|    Front Finances Its Coastal Wing ........................ 3  |
|    Tomasz Okafor-Lind                                          |
|  A Quieter Recruitment: Prison Networks and the Second         |
|    Generation of the Harrat Brigades ...................... 6  |
|    Safiya Mbeki-Rowan and Joaquim Haldane                      |
+----------------------------------------------------------------+
""".replace("         |     |", "          |"))
    d.add()
    d.add("BRIEF")
    d.add()
    d.title("Kidnap Cell Returns to the Salt Road Near Tessara", 0)
    d.add()
    d.para("On 19 October, three lorry drivers carrying salt from the Tessara pans to the market town of Oumel were taken from their vehicles at a makeshift roadblock about forty kilometres north of the pans. Local officials attributed the abduction to a cell that had been quiet since its leader was reported killed in an air strike in the summer of 2032, and a ransom demand reached the drivers' employer four days later through an intermediary in Oumel.", 0)
    d.para("The timing is telling. The salt road had reopened to commercial traffic only in August, after more than a year in which convoys travelled under military escort. The escorts were withdrawn to reinforce garrisons further east, and traders had begun to move without them. The cell appears to have waited for exactly that moment, and its choice of target, drivers employed by a firm that had publicly praised the reopening, reads as a message to the business community as much as a fund-raising exercise.", 0)
    d.para("Kidnapping for ransom has long been the cell's speciality. In 2031 it held two engineers from a water project for five months, releasing them after a payment that was never officially acknowledged. Whether the cell now answers to a new leader or has simply regrouped under the old one's lieutenants remains unclear, but its return suggests that the withdrawal of escorts was premature and that the salt road's reopening will be tested again before the dry season ends.", 0)
    d.add("— Ilse Varkonyi")
    d.add()
    d.add("Ilse Varkonyi is the Editor of Terrorism Monitor.")
    d.add()
    d.add("Terrorism Monitor | Volume XXXI, Issue 21 | 6 November 2033")
    d.add("2")
    d.add()
    d.add()
    d.add("FEATURE")
    d.add()
    d.title(F1, 1)
    d.add()
    d.add("By Tomasz Okafor-Lind")
    d.add()
    for i, p in enumerate(F1P):
        if i == 2:
            d.para(p.replace("the for-|mat", "the format"), 1, brk=3, furn=["", "TerrorismMonitor ▪ VolumeXXXI ‚ Issue21", "4", ""])
        elif i == 4:
            d.para(p.replace("ferry levy alone", "ferry le-|vy alone"), 1)
        else:
            d.para(p, 1)
    d.add("Notes")
    d.add()
    for n in F1N:
        d.add(n, 1)
    d.add()
    d.para("Tomasz Okafor-Lind is a researcher on maritime crime and armed groups based in Lissen. He has written on the economies of insurgency along the Ostrava estuary since 2028.", None)
    d.add("Terrorism Monitor | Volume XXXI, Issue 21 | 6 November 2033")
    d.add("5")
    d.add()
    d.add()
    d.title("A Quieter Recruitment: Prison Networks and the Second Generation", 2)
    d.title("of the Harrat Brigades", 2)
    d.add()
    d.add("Dr. Safiya Mbeki-Rowan and Joaquim Haldane")
    d.add()
    F2 = [
        "When the Harrat Brigades lost most of their senior commanders in the offensives of 2029 and 2030, many observers expected the movement to fragment into local gangs. Instead, the Brigades have rebuilt their leadership from an unexpected source: the overcrowded prisons of the central provinces, where hundreds of their fighters have spent the past four years alongside men convicted of ordinary crimes.[i]",
        "The mechanism is simple enough. Convicted members of the Brigades are held together in a few wings of three large prisons, and those wings have become places of instruction. Former inmates describe daily study circles, a rota of senior prisoners who settle disputes, and a system of small payments to the families of younger detainees that binds them to the movement before they are released.[ii] Guards, outnumbered and poorly paid, have in several cases accepted the arrangement because it keeps the wings calm.",
        "The result is a second generation of the Brigades whose formative experience is not the battlefield but the cell block. Its members are younger, more literate in the movement's doctrine and far better connected to criminal networks than the commanders they replace. Since 2032 at least six men released from the central prisons have reappeared as local leaders, and two of them now run the Brigades' operations in the western districts.[iii]",
        "This shift has practical consequences. The new leaders favour extortion and smuggling over the set-piece attacks of their predecessors, and they recruit through family and neighbourhood ties that prison life has strengthened. Their violence is more selective and, for that reason, attracts less attention; the drop in major attacks that officials have cited as evidence of the Brigades' decline may instead reflect a change of method.",
        "Any serious response has to begin inside the prisons. Dispersing Brigades detainees among the general population has been tried in other countries with mixed results, sometimes spreading the movement's influence rather than containing it. A more promising course would combine smaller, better-staffed wings with education and work programmes that offer younger detainees a patron other than the movement. Without that, the prisons will go on doing the Brigades' recruiting for them.",
    ]
    for i, p in enumerate(F2):
        if i == 3:
            d.para(p, 2, brk=2, furn=["", "6", "", "Terrorism Monitor | Volume XXXI, Issue 21 | 6 November 2033", ""])
        else:
            d.para(p, 2)
    d.add("ENDNOTES")
    d.add()
    d.add("[i] Figures from the annual report of the Central Prisons Directorate, 2032.", 2)
    d.add("[ii] Interviews by the authors with four former detainees, Kessary, May 2033.", 2)
    d.add("[iii] Court records of the Western District Tribunal, cases 118/2032 and 41/2033.", 2)
    d.add()
    d.para("Dr. Safiya Mbeki-Rowan teaches criminology at the University of Amberfeld and studies prison radicalisation. Joaquim Haldane is a journalist who has reported from the central provinces since 2027.", None)
    d.add("Terrorism Monitor | Volume XXXI, Issue 21 | 6 November 2033")
    d.add("7")
    d.write([
        dict(A, title="Kidnap Cell Returns to the Salt Road Near Tessara", authors=["Ilse Varkonyi"], kind="brief"),
        dict(A, title=F1, authors=["Tomasz Okafor-Lind"], kind="feature"),
        dict(A, title="A Quieter Recruitment: Prison Networks and the Second Generation of the Harrat Brigades", authors=["Safiya Mbeki-Rowan", "Joaquim Haldane"], kind="feature"),
    ], "publication: Terrorism Monitor\n")

tm_issue()

def sibling_issue():
    d = Doc("r02_littoral_monitor_boxdrawing")
    A = dict(date="2033-12-01", pub="Littoral Security Monitor", vol=4, iss=11)
    d.many("""
L I T T O R A L   S E C U R I T Y   M O N I T O R
A publication of the Harbourline Foundation
December 2033 · Vol. 4 · No. 11
""")
    d.add()
    d.many("""
┌──────────────────────────────────────────────┐
│ Inside                                        │
│ p. 1  Brief: Pilot Boats Armed at Port Selwyn │
│ p. 2  Who Controls the Anchorage? Armed       │
│       Guards and Rival Unions in the Delmar   │
│       Roads — Henrike Oyelaran                │
└──────────────────────────────────────────────┘
""")
    d.add()
    d.add("BRIEF")
    d.title("Pilot Boats Armed at Port Selwyn", 0)
    d.add("Marguerite Ansah")
    d.add()
    d.para("The harbour authority at Port Selwyn announced on 21 November that its pilot boats would carry armed security officers for the first time, after two incidents in October in which pilots were threatened while boarding tankers at the outer anchorage. In both cases the men responsible arrived in unmarked fast boats and left before the coastguard could respond.", 0, width=66)
    d.para("The decision has divided the port. Pilots' representatives welcomed it, arguing that their members had been left exposed for too long, but shipping agents warned that armed officers on pilot boats could complicate insurance arrangements and deter smaller operators. The authority has not said how many officers will be deployed or who will train them, and the coastguard, which has primary responsibility for the anchorage, was not consulted before the announcement.", 0, width=66)
    d.para("What the incidents have in common is the anchorage itself, where tankers wait for days to enter a crowded port. Until berthing times fall, the anchorage will remain the weakest point in Port Selwyn's security, armed pilots or not.", 0, width=66)
    d.add("LSM · December 2033 · 1")
    d.add("\f")
    d.add("ANALYSIS")
    d.add()
    d.title("Who Controls the Anchorage? Armed Guards and Rival Unions in the Delmar Roads", 1)
    d.add()
    d.add("Henrike Oyelaran")
    d.add()
    P = [
        "The Delmar Roads, the sheltered water off the mouth of the Delmar river, hold on any given day between forty and seventy ships waiting for a berth. For the people who live on the shore, those ships are a market: water, fuel, food and crew changes are supplied by small boats, and the right to supply them is worth fighting over. Over the past two years that fight has drawn in private guards, two rival boatmen's unions and, increasingly, men with rifles whose affiliation nobody will state on the record.¹",
        "The older of the two unions, which traces its roots to the port's dock strikes of the 2010s, held a near monopoly on supply runs until 2031. That year a breakaway union formed in the fishing villages south of the river mouth, offering lower prices and faster service. Within months the two were clashing at the jetties, and both began hiring guards from security firms registered in the capital.²",
        "The guards changed the character of the dispute. Where boatmen had once settled quarrels with fists and boycotts, armed men now escort supply boats to the ships and, on at least three occasions, have fired on rival boats. The security firms insist their staff act only in self-defence and carry licensed weapons, but the licensing office has acknowledged that it cannot say how many of the guards working the Roads are on its register.³",
        "Ship operators have been slow to notice. For them, the supply boats are a convenience and the guards a reassurance; few ask who employs the men who come alongside. Yet the arrangement carries obvious risks. A supply boat whose crew answers to an armed faction is a ready means of boarding a waiting tanker, and port officials privately concede that they could not say who controls the small craft around the anchorage on any given night.",
        "The remedy is unglamorous. A single licensing scheme for supply boats, run by the port rather than the unions, with guards registered to the boat and not to a faction, would not end the rivalry. It would, however, make it visible, and visibility is the first thing the Delmar Roads lack.",
    ]
    for i, p in enumerate(P):
        if i == 2:
            d.para(p, 1, width=66, brk=4, furn=["LSM · December 2033 · 2", "\f"])
        else:
            d.para(p, 1, width=66)
    d.add("References")
    d.add("¹ Interviews with supply-boat crews, Delmar, August and September 2033.", 1)
    d.add("² Registration records of the Delmar Boatmen's Union (South), 2031.", 1)
    d.add("³ Reply of the Firearms Licensing Office to a written query, 4 October 2033.", 1)
    d.add()
    d.para("Henrike Oyelaran is a senior fellow at the Harbourline Foundation, where she works on port security and maritime labour. Marguerite Ansah edits the Littoral Security Monitor.", None, width=66)
    d.add("© 2033 Harbourline Foundation. All rights reserved.")
    d.add("LSM · December 2033 · 3")
    d.write([
        dict(A, title="Pilot Boats Armed at Port Selwyn", authors=["Marguerite Ansah"], kind="brief"),
        dict(A, title="Who Controls the Anchorage? Armed Guards and Rival Unions in the Delmar Roads", authors=["Henrike Oyelaran"], kind="analysis"),
    ])

def tm_web_lynx():
    d = Doc("r03_tm_web_textbrowser", one_line=True)
    d.many("""
   [1]Skip to main content
   [2]Home [3]Programs [4]Publications [5]Events [6]About [7]Donate

   [8]Publications > [9]Terrorism Monitor > [10]Volume 31, Issue 21
""")
    d.add()
    d.title(F1, 0)
    d.add()
    d.add("   Publication: Terrorism Monitor Volume: 31 Issue: 21")
    d.add("   By: [11]Tomasz Okafor-Lind")
    d.add("   November 6, 2033 05:12 PM Age: 1 hour")
    d.add()
    d.add("   [12]Print [13]Email [14]Share")
    d.add()
    d.add("   IMAGE: Boats moored at a landing on the Ostrava estuary (Credit: Lissen Courier)")
    d.add()
    marks = {1: "[15]", 2: "[16]", 3: "[17]"}
    for p in F1P:
        for n, m in marks.items():
            p = p.replace(f"[{n}]", f"[{n}]{m}" if False else f"{m}[{n}]")
        d.add("   " + p, 0)
        d.add()
    d.add("   Notes")
    d.add()
    for n in F1N:
        d.add("   " + n, 0)
        d.add()
    d.add("   Tomasz Okafor-Lind is a researcher on maritime crime and armed groups based in Lissen.")
    d.add()
    d.add("   Tags: [18]Maritime [19]Financing [20]Ostrava")
    d.add()
    d.add("   Related: [21]Cattle Markets and the Dunmere Front's Hill Economy (May 2032)")
    d.add()
    d.add("   Sign up for our newsletter [22]Subscribe")
    d.add()
    d.add("References")
    d.add()
    links = ["#main", "/", "/programs", "/publications", "/events", "/about", "/donate", "/publications",
             "/programs/terrorism-monitor", "/programs/terrorism-monitor/volume-31-issue-21", "/experts/tomasz-okafor-lind",
             "/print/ferry-levies", "mailto:?subject=Ferry%20Levies", "/share", "#note1", "#note2", "#note3",
             "/tag/maritime", "/tag/financing", "/tag/ostrava", "/cattle-markets-dunmere-front", "/newsletter"]
    for i, l in enumerate(links, 1):
        if l.startswith("/"):
            l = "https://securityarchive-foundation.example" + l
        d.add(f"  {i:>2}. {l}")
    d.write([dict(title=F1, authors=["Tomasz Okafor-Lind"], date="2033-11-06", kind="feature", pub="Terrorism Monitor", vol=31, iss=21)],
            "url: https://securityarchive-foundation.example/programs/terrorism-monitor/ferry-levies-and-fishing-permits\n")

sibling_issue()
tm_web_lynx()

def email_newsletter():
    d = Doc("r04_email_consultancy_letter", one_line=True)
    d.many("""
From: The Anchorage Letter <letter@brightwater-risk.example>
To: subscribers@lists.brightwater-risk.example
Date: Fri, 14 Nov 2033 07:30:02 +0000
Subject: [Anchorage Letter] Insurers rethink the Gulf of Varn; a week on the Selwyn jetties
List-Unsubscribe: <mailto:leave@lists.brightwater-risk.example>
Content-Type: text/plain; charset=utf-8

View this email in your browser: https://brightwater-risk.example/letter/62

=====================================================
THE ANCHORAGE LETTER
Maritime security notes from Brightwater Risk
No. 62 -- 14 November 2033
=====================================================

In this edition:
  * Insurers rethink the Gulf of Varn
  * A week on the Selwyn jetties
""")
    d.add()
    d.add("COMMENTARY")
    d.title("Insurers Rethink the Gulf of Varn", 0)
    d.add("by Colm Aderinto, Head of Analysis")
    d.add()
    for p in [
        "Three of the larger marine war-risk underwriters have quietly narrowed the area they treat as listed in the Gulf of Varn, dropping the northern approaches that were added after the tanker seizures of 2031. Brokers we spoke to this week say the change took effect at the start of the month and has already cut additional premiums for ships calling at the northern ports by as much as a third.",
        "The reasoning is easy to follow. There has not been a successful boarding north of the Varn shoals in twenty-two months, and the coastguard's new patrol base at Halvik has put fast boats within an hour of most of the anchorages. Underwriters who kept the whole gulf listed were losing business to those who did not.",
        "Yet the decision rests on a short record. The groups responsible for the 2031 seizures were not defeated; their leaders moved inland, and reports from fishing communities suggest that some of their boats remain hidden in the creeks along the western shore. A single incident would put the northern approaches back on the list overnight, and operators who have built the lower premiums into their charter rates would carry the cost.",
        "Our advice to clients is unchanged: plan voyages as if the old listing still applied, keep the hardening measures on board, and treat the lower premium as a windfall rather than a new baseline.",
    ]:
        d.web(p, 0)
    d.add("---")
    d.add()
    d.add("DISPATCH")
    d.title("A Week on the Selwyn Jetties", 1)
    d.add()
    for p in [
        "Port Selwyn's jetties begin work before dawn. By five the supply boats are loading water drums and crates of vegetables for the ships at anchor, and by six the first of the new harbour security officers are standing at the head of each jetty, checking the permits that every boat must now carry.",
        "The permits are the port's answer to a year of trouble at the anchorage, and on the jetties opinion is mixed. Older boatmen, who remember the years when anyone with an engine could sell to the ships, say the checks have pushed out the men who used to run fuel at night. Younger ones complain that the permits cost a week's earnings and that the officers favour crews they know.",
        "What struck me most was how much of the port's security now depends on a few dozen officers with clipboards. They are poorly paid, work twelve-hour shifts and have no boats of their own. When a supply boat leaves the jetty, nobody follows it. The system works because most crews choose to comply, and it will keep working only as long as compliance costs less than the alternative.",
    ]:
        d.web(p, 1)
    d.add("-- Priya Lindqvist-Osei, reporting from Port Selwyn")
    d.add()
    d.many("""
-----------------------------------------------------
You are receiving this because you subscribed to The Anchorage Letter.
Forward to a colleague | Update preferences | Unsubscribe
Brightwater Risk Ltd, 4 Quay Street, Harwell Point
""")
    A = dict(date="2033-11-14", pub="The Anchorage Letter", vol=None, iss=None)
    d.write([
        dict(A, title="Insurers Rethink the Gulf of Varn", authors=["Colm Aderinto"], kind="commentary"),
        dict(A, title="A Week on the Selwyn Jetties", authors=["Priya Lindqvist-Osei"], kind="dispatch"),
    ])


def gazette_explainer():
    d = Doc("r05_regional_paper_explainer_clipped", one_line=True)
    d.many("""
---
title: "Why are there armed men on Port Selwyn's pilot boats? | The Harwell Gazette"
source: "https://harwellgazette.example/news/port-selwyn-armed-pilots-explained"
author:
published: 2033-12-03
created: 2033-12-04
description: "The harbour authority says the officers will protect pilots at the outer anchorage. Here is what we know."
tags:
  - "clippings"
---
We use cookies to improve your experience. [Accept all] [Manage settings]
Skip to content
☰ Menu   News   Sport   Business   Opinion   Obituaries   Puzzles   Subscribe
News › Harbour › Explainers
EXPLAINER
""")
    d.title("Why are there armed men on Port Selwyn's pilot boats?", 0)
    d.add("The harbour authority says the officers will protect pilots at the outer anchorage. Here is what we know – and what we don't.")
    d.add("By Nadia Feld and Oskar Brandt")
    d.add("Harbour reporters")
    d.add("Wed 3 Dec 2033 18.45 GMT")
    d.add("Share  |  Facebook  |  X  |  WhatsApp  |  Email")
    d.add()
    for p in [
        "Since the middle of November, anyone watching the pilot boats leave the Selwyn breakwater will have noticed something new: a second figure in a dark jacket behind the pilot, with a holstered pistol. The harbour authority has confirmed that these are armed security officers, and that they will accompany pilots on every trip to the outer anchorage until further notice.",
        "What happened?",
        "In October, two pilots were threatened while climbing the ladders of tankers waiting at the anchorage. In the first case, on 8 October, a fast boat with four men on board came alongside and one of them shouted that the pilot should \"remember who works these waters\". In the second, a week later, a shot was fired into the air. No one was hurt, and the men left before the coastguard arrived.",
        "Who are the men in the fast boats?",
        "Nobody has said officially. Boatmen on the jetties told the Gazette that the anchorage has been contested for two years by rival groups supplying the waiting ships with water, fuel and food, and that some of those groups now employ armed guards. The harbour authority has said only that it is working with the police to identify those responsible.",
        "Is it legal?",
        "The officers are employed by the harbour authority and licensed under the port's own bylaws, which allow it to arm security staff in areas under its control. Lawyers we consulted said the outer anchorage sits at the edge of that area, and that the question of who is responsible if an officer fires at sea has not been tested in court.",
        "What happens next?",
        "The harbour board meets on 11 December and is expected to review the arrangement. The pilots' association wants it made permanent; shipping agents want a time limit. Readers with experience of working at the anchorage can contact the harbour desk in confidence.",
    ]:
        d.web(p, 0)
    d.many("""
Topics: Port Selwyn · Harbour · Crime
More from Harbour
Ferry fares to rise in January as fuel costs bite
Dredging of the inner channel delayed again
Most read
Get the Gazette's morning briefing in your inbox. Sign up
© 2033 Harwell Gazette Media Ltd. Terms · Privacy · Contact us
""")
    d.write([dict(title="Why are there armed men on Port Selwyn's pilot boats?", authors=["Nadia Feld", "Oskar Brandt"], date="2033-12-03",
                  kind="explainer", pub="The Harwell Gazette", vol=None, iss=None)],
            "url: https://harwellgazette.example/news/port-selwyn-armed-pilots-explained\n")

def council_minutes():
    d = Doc("r06_council_scrutiny_minutes", one_line=True)
    d.many("""
Harwell Point City Council
Search this site   |   Accessibility   |   Cymraeg   |   Log in
Home / Your council / Meetings, agendas and minutes / Community Safety Scrutiny Committee
This site uses essential cookies only. Find out more. [Close]
""")
    d.add("Minutes")
    d.title("Community Safety Scrutiny Committee: Security at Port Selwyn", 0)
    d.add("Meeting held 9 October 2033, 6.00 pm, Council Chamber, Harwell Point")
    d.add("Present: Councillors Adebayo-Roth (Chair), Fenwick, Marchetti, Oduya and Staszewska")
    d.add("Also present: Captain L. Varga, Harbour Master; Inspector D. Mwale, Harwell Point Police")
    d.add()
    for p in [
        "1. Apologies for absence",
        "Apologies were received from Councillor Hallorann.",
        "2. Declarations of interest",
        "Councillor Marchetti declared that a family member holds a supply-boat permit at Port Selwyn and took no part in the discussion of item 3.",
        "3. Security at the outer anchorage",
        "The Harbour Master reported on the incidents of 8 and 15 October, in which pilots boarding tankers at the outer anchorage had been threatened by men in fast boats. He explained that the anchorage lay partly outside the harbour limits, that the coastguard was responsible for policing it, and that the coastguard's nearest vessel was usually more than an hour away.",
        "Inspector Mwale said that the police had opened an investigation and that officers had visited the supply-boat jetties. Members asked whether the incidents were linked to the dispute between the two boatmen's unions; the Inspector said it would be wrong to speculate while enquiries continued, but confirmed that the police were aware of armed guards working for supply operators.",
        "Members expressed concern that the council had not been informed earlier, and that residents of the southern villages who depend on the supply trade felt they were being treated as suspects. Councillor Oduya asked that any new security measures be discussed with community representatives before they were introduced.",
        "RESOLVED: (a) that the Harbour Master report to the committee at its December meeting on the measures taken at the anchorage; (b) that the Chair write to the coastguard asking for a regular patrol presence at the outer anchorage; and (c) that officers arrange a meeting with representatives of the southern villages.",
        "4. Date of next meeting",
        "11 December 2033.",
        "The meeting closed at 7.40 pm.",
    ]:
        d.web(p, 0)
    d.many("""
Chair: ........................
Download these minutes (PDF, 212 KB)
Was this page helpful? Yes / No
Harwell Point City Council, Civic Centre, Harwell Point · Contact us · Privacy notice · Cookies
""")
    d.write([dict(title="Community Safety Scrutiny Committee: Security at Port Selwyn", authors=[], date="2033-10-09",
                  kind="minutes", pub="Harwell Point City Council", vol=None, iss=None)])

email_newsletter()
gazette_explainer()
council_minutes()

def radio_notebook():
    d = Doc("r07_broadcaster_notebook_bio_after", one_line=True)
    d.many("""
RADIO VELDT INTERNATIONAL
Listen live ▶   Programmes   Languages: English | Français | Kiswahili
World  Africa  Coast  Notebook  Podcasts
""")
    d.add("NOTEBOOK")
    d.add()
    d.title("At the Oumel weighbridge, the salt trade counts its losses", 0)
    d.add()
    d.add("4.12.2033 – 09:20 | Reading time 4 min")
    d.add("[Photo: Lorries queue at the weighbridge outside Oumel. © RVI/A. Mokoena]")
    d.add()
    for p in [
        "The weighbridge outside Oumel is where the salt road ends and the arguments begin. Every lorry from the Tessara pans stops here to be weighed and taxed, and for most of this autumn the queue has been shorter than anyone here can remember.",
        "The reason is no secret. Since three drivers were taken at a roadblock north of the pans in October, many owners have kept their lorries in the yard. \"I have a family, and so do my drivers,\" one owner told me as we stood by the scales. \"Nobody will pay a ransom for a lorry.\" He has sent two of his five vehicles back on the road, each with a second man in the cab, and he pays both of them extra for the risk.",
        "The missing traffic is felt well beyond the yard. The traders who sell salt on to the livestock markets in the south say prices have risen by a quarter, and herders are already cutting the rations they give their animals. In the tea shops by the weighbridge, where drivers wait for their papers, the talk is of escorts: when the soldiers will return, and whether the firms will have to pay for them.",
        "The local administrator, who asked not to be named because he is not authorised to speak to the press, told me that a request for escorts had been sent to the capital in October and had not been answered. Until it is, he said, the weighbridge will go on counting fewer lorries, and the town will go on counting its losses.",
    ]:
        d.web(p, 0)
    d.add("Anneliese Mokoena is Radio Veldt International's correspondent for the northern provinces.")
    d.add()
    d.many("""
Share this story:  f  𝕏  in  ✉
Also in Notebook
  » Notes from a ferry queue on the Ostrava (20.11.2033)
  » The night market at Lissen after curfew (06.11.2033)
Radio Veldt International is funded by listeners in 40 countries. Support us
© RVI 2033 | Imprint | Data protection | Cookie settings
""")
    d.write([dict(title="At the Oumel weighbridge, the salt trade counts its losses", authors=["Anneliese Mokoena"], date="2033-12-04",
                  kind="notebook", pub="Radio Veldt International", vol=None, iss=None)])

def thesis_summary():
    d = Doc("r08_university_thesis_summary", one_line=True)
    d.many("""
University of Amberfeld
Study  Research  Graduate School  News  About
Graduate School › Doctoral theses › 2033
""")
    d.title("PRISON WINGS AS SCHOOLS: DETENTION AND LEADERSHIP RENEWAL IN AN ARMED MOVEMENT", 0)
    d.add("Thesis summary")
    d.add("Candidate: Ruth Ngata-Belmonte · Department of Criminology")
    d.add("Supervisors: Dr. Safiya Mbeki-Rowan, Prof. Henrik Aalto")
    d.add("Public defence: Oct 28, 2033, 14:00, Great Hall")
    d.add()
    for p in [
        "Armed movements that lose their leaders are often expected to decline. This thesis asks why some of them do not, and finds part of the answer in the places where states hold the fighters they capture. Drawing on interviews with forty-one former detainees, prison staff and relatives, and on the records of three prisons in the central provinces of Kessary, it shows how detention wings became the setting in which the Harrat Brigades trained a new cohort of leaders between 2029 and 2033.",
        "The first part of the thesis describes life in the wings: the study circles, the informal courts and the payments to families through which senior detainees built authority over younger men. It argues that these practices were not simply imported from outside but grew out of the prison's own shortages, filling gaps in food, medicine and protection that the administration could not close.",
        "The second part follows men after their release. Of the detainees whose later careers could be traced, a majority returned to their home districts, and a smaller group took up command roles within two years. The thesis finds that those who rose fastest were not the most ideologically committed but those who had mediated disputes inside the prison, and who left with networks of obligation that reached across districts.",
        "The final part considers what prison authorities could do differently. It cautions against dispersal as a cure and argues instead for smaller wings, better staffing and programmes that give younger detainees sources of support other than the movement.",
    ]:
        d.web(p, 0)
    d.many("""
The thesis is available in the university repository after the defence.
Press contact: Graduate School communications, gradschool-news@amberfeld.example
Related news
  New centre for the study of detention opens in January
  Doctoral candidates win travel grants for field research
Follow us: Instagram · LinkedIn · YouTube
University of Amberfeld · Privacy · Accessibility statement
""")
    d.write([dict(title="Prison Wings as Schools: Detention and Leadership Renewal in an Armed Movement", authors=["Ruth Ngata-Belmonte"],
                  date="2033-10-28", kind="thesis summary", pub="University of Amberfeld", vol=None, iss=None)],
            "url: https://www.amberfeld.example/graduate-school/theses/2033/ngata-belmonte\n")

radio_notebook()
thesis_summary()

def contract_notice():
    d = Doc("r09_ministry_contract_notice", one_line=True)
    d.many("""
Republic of Kessary
MINISTRY OF BORDER ADMINISTRATION
EN | FR
Home > Procurement > Open tenders
""")
    d.add()
    d.add("CONTRACT NOTICE MBA/PROC/2033/117")
    d.title("Coastal surveillance radar for the Ostrava estuary", 0)
    d.add("Date of dispatch of this notice: 2033-10-17")
    d.add("Contracting authority: Ministry of Border Administration, Directorate of Coastal Security")
    d.add()
    for p in [
        "Section I: Purpose of the contract",
        "The Ministry invites tenders for the supply, installation and maintenance for five years of a network of four shore-based surveillance radars covering the Ostrava estuary from the Lissen landing to the Varn shoals, together with a control room at the coastguard station at Halvik.",
        "The estuary has seen a sharp increase in the movement of small craft at night since the beginning of 2033, including vessels used to collect unauthorised levies from ferry operators and fishermen. The existing radar at Halvik, installed in 2019, cannot detect boats of less than eight metres beyond three nautical miles and has been out of service for a total of seventy-four days in the past twelve months.",
        "Section II: Scope",
        "The system must detect and track vessels of five metres or more at a range of at least twelve nautical miles in sea state three, share tracks with the coastguard's existing command system, and record all tracks for not less than ninety days. Tenderers must provide training for forty operators and a maintenance team based in the province.",
        "Section III: Conditions",
        "Tenderers must show at least three comparable installations completed in the past seven years. The contract will be awarded on the basis of the most economically advantageous tender, with technical merit weighted at sixty per cent and price at forty per cent.",
        "Section IV: Time limits",
        "Tenders must be received by 12:00 local time on 1 December 2033. Questions may be submitted through the procurement portal until 14 November 2033; answers will be published for all tenderers.",
    ]:
        d.web(p, 0)
    d.many("""
Documents: Tender specification (PDF) · Draft contract (PDF) · Declaration forms (DOCX)
Print this page | Share
Ministry of Border Administration · 12 Customs Avenue, Kessary City · Hotline 1414
Last modified: 17/10/2033
""")
    d.write([dict(title="Coastal surveillance radar for the Ostrava estuary", authors=[], date="2033-10-17",
                  kind="contract notice", pub="Ministry of Border Administration", vol=None, iss=None)])

def dataset_card():
    d = Doc("r10_data_hub_dataset_card", one_line=True)
    d.many("""
Open Conflict Data Hub
Datasets   Organisations   Topics   API   Sign in
Datasets / Maritime / Ostrava estuary
Dataset
""")
    d.title("Small-craft incidents in the Ostrava estuary, 2030–2033", 0)
    d.add("Leon Abara, Mirela Szabo and Tobiah Quist")
    d.add("Published 20 November 2033 · Licence CC BY 4.0 · Downloads 318")
    d.add("[ Download CSV ]  [ Download GeoJSON ]  [ API ]  ☆ Follow")
    d.add()
    for p in [
        "About this dataset",
        "This dataset records 612 incidents involving small craft on the Ostrava estuary between January 2030 and September 2033: boardings, levies demanded from ferry operators and fishermen, seizures of boats and gear, and clashes between armed groups on the water. Each record gives the date, the nearest landing, the type of incident, the number of vessels involved and the source on which it rests.",
        "Incidents were coded from local newspapers, the statements of boat owners' associations and the logs of the coastguard station at Halvik, which were released to the authors in 2033.1 Where two sources disagree, both are recorded and the record is flagged. Levies are counted once for each landing and month in which they were reported, not for each payment, so the dataset understates how often they were collected.2",
        "Coverage is uneven. Reporting from the southern landings is thin before 2032, when a local radio station began broadcasting from Varn, and the fall in recorded incidents in 2033 partly reflects the growing reluctance of boat owners to report levies that have become routine. Users comparing years should read the annual counts as a floor rather than a measure of change.",
    ]:
        d.web(p, 0)
    d.add("Sources")
    d.add("1. Halvik Coastguard Station incident logs 2030–2033 – Open Conflict Data Hub, accessed 12 November 2033, https://data.conflicthub.example/halvik-logs", 0)
    d.add("2. Counting coercion: a coding manual for levies at sea – Coastal Data Lab, accessed 12 November 2033, https://coastaldatalab.example/manual", 0)
    d.add()
    d.many("""
Additional info
Field            Value
Maintainer       Coastal Data Lab
Last updated     2 December 2033
Format           CSV, GeoJSON
Tags: maritime · levies · Kessary
Was this dataset useful? 👍 👎
Open Conflict Data Hub is run by a consortium of universities. Terms of use · Privacy · Status
""")
    d.write([dict(title="Small-craft incidents in the Ostrava estuary, 2030–2033", authors=["Leon Abara", "Mirela Szabo", "Tobiah Quist"],
                  date="2033-11-20", kind="dataset", pub="Open Conflict Data Hub", vol=None, iss=None)],
            "url: https://data.conflicthub.example/dataset/ostrava-small-craft-incidents\n")

contract_notice()
dataset_card()
