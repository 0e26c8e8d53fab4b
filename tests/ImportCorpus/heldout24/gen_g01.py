# g01: whole Terrorism Monitor issue (Volume XXIX, Issue 3), hard-wrapped at 72 with blank lines and hyphenation.
from pdfkit import Pdf
from corpusgen import arts

def furn(p):
    if p == 3:   # header run together by the extraction, stray private-use glyph for the bullet
        return ['', 'TerrorismMonitor\uf0a7VolumeXXIX\uf0a7Issue3', '']
    if p == 5:   # a page number printed alone, with the header missing on this page
        return ['', str(p), '']
    return ['', 'Terrorism Monitor  \u2022  Volume XXIX  \u2022  Issue 3', str(p), '']

d = Pdf('g01_tm_issue_runon_header', 44, furn, 72, hyph_break_pages=(4, 6))
d.add('''                          TERRORISM MONITOR
     Analysis of terrorism and insurgency from the field, fortnightly

VOLUME XXIX, ISSUE 3                                    FEBRUARY 6, 2031

IN THIS ISSUE

BRIEFS ............................................................. 1

Mortars on the Montepuez Road: A Splinter Faction Tests
Mozambique's Northern Defences
    Lucian Oyelowo-Strand ........................................... 2

The Ledger and the Lorry: How Fuel Smuggling Finances Militants
in the Tillaberi Borderlands
    Ana Catarina Holloway-Ndiaye and Pyotr Saarinen-Obi ............. 4

BRIEFS

Ferry Attack on Lake Kivu Exposes Gaps in Joint Patrols

Gideon Marsh-Akintola
''')
A = 0
d.para("On the evening of January 24, gunmen in two fibreglass boats opened fire on a passenger ferry crossing from Goma toward the island of Idjwi, killing four passengers and wounding eleven. The ferry's crew managed to turn the vessel back toward the harbour while a second boat, carrying traders and their goods, escaped northward. No group has claimed the attack, but local officials pointed within hours to a faction that has operated from the forested hills west of the lake since it split from a larger rebel coalition in 2029 (Radio Kivu Matin, January 25).", A)
d.para("The attack is notable less for its scale than for where it happened. The lake has been patrolled jointly by naval detachments from both shores since an agreement signed in the spring of 2030, and the patrol boats were meant to make exactly this kind of raid impossible. Fishermen interviewed by a local cooperative said the patrols rarely operate after dark and that their fuel allowances are often sold on before the boats leave port (Kivu Fisheries Cooperative bulletin, January 27).", A)
d.para("If the patrols cannot guarantee night crossings, traders are likely to shift their goods back to the road around the lake, which is slower and passes through several informal checkpoints. That shift would hand the armed groups controlling those checkpoints a new source of revenue at precisely the moment when regional mediators hope to starve them of funds. The ferry attack may therefore have been aimed less at the passengers than at the economics of the crossing itself.", A)
d.add('Pro-Jihadist Channels Promote a New Drone Manual in Urdu')
d.add('')
d.add('Gideon Marsh-Akintola')
d.add('')
A = 1
d.para("A forty-page manual on adapting commercial drones to drop small munitions began circulating on pro-jihadist messaging channels in the second week of January. Unlike earlier manuals, which were translated clumsily from Arabic, the new document appears to have been written in Urdu from the outset, with diagrams labelled in the same script and references to parts that can be bought in markets in Peshawar and Quetta (Digital Extremism Observatory, January 15).", A)
d.para("The manual's authors make few claims that are new to specialists. They describe how to fit a release mechanism made from a servo motor and a plastic clip, how to balance the load, and how to avoid radio interference from mobile phone towers. What is new is the intended audience: the text repeatedly addresses readers who have no prior experience and who, it assumes, will be working alone or in pairs rather than within an organised cell.", A)
d.para("Security services in the region have so far responded by asking platforms to remove the file, which has been reposted under at least nine different names. A more durable response would focus on the small number of shops that sell the specific release mechanism the manual recommends, several of which advertise openly on local marketplace sites.", A)
d.add("Gideon Marsh-Akintola is the Editor of Terrorism Monitor.")
d.add('')
d.add('')
d.add("Mortars on the Montepuez Road: A Splinter Faction Tests")
d.add("Mozambique's Northern Defences")
d.add('')
d.add('Lucian Oyelowo-Strand')
d.add('')
A = 2
d.para("Since the start of the dry season, a faction that broke away from the main insurgent movement in Cabo Delgado has carried out a series of mortar attacks on the road that links the provincial interior to the town of Montepuez. The attacks have caused few casualties, but they have closed the road for days at a time and forced the mining companies that depend on it to move their convoys under military escort. This article examines the faction's origins, its choice of weapons and the reasons why its campaign has so far proved difficult to counter. [1]", A)
d.add('Origins of the Faction', A)
d.add('')
d.para("The faction first appeared in the middle of 2029, when a group of perhaps sixty fighters led by a former schoolteacher known by the nom de guerre Abu Harun left the main movement after a dispute over the distribution of ransom money. Its members were drawn largely from villages along the Lurio river, and the faction has since relied on family ties in those villages for food, shelter and information about troop movements. [2]", A)
d.para("For most of its first year, the faction confined itself to small raids on isolated police posts. The shift to indirect fire came in the autumn of 2030, after a shipment of mortar tubes and rounds was seized from a government depot near Balama. Local officials said at the time that the depot had been left with a guard of three men, none of whom was armed on the night of the theft. [3]", A)
d.add('Why Mortars Matter', A)
d.add('')
d.para("Mortars give a small group the ability to threaten a large area without exposing its fighters to the kind of direct engagement they would almost certainly lose. A single tube, fired from a clearing in the bush several kilometres from the road, can force an entire convoy to halt while soldiers search for the firing point. By the time they reach it, the fighters have usually dispersed on foot, carrying the tube with them.", A)
d.para("The faction appears to understand this arithmetic well. Of the fourteen attacks recorded between October and January, eleven involved fewer than six rounds, and in only two cases did the fighters remain in position long enough to be engaged by the security forces. The aim, according to a message attributed to Abu Harun and circulated on local messaging groups, is not to destroy the convoys but to make every journey uncertain. [4]", A)
d.add('The Limits of the Response', A)
d.add('')
d.para("The government's response has so far consisted of more escorts and more checkpoints. Both measures reassure the mining companies in the short term, but neither addresses the faction's ability to move through the villages along the river. Residents interviewed by a local human rights group described being detained at checkpoints for days on suspicion of supplying the fighters, an experience that is more likely to push families toward the faction than away from it. [5]", A)
d.para("A more effective approach would start with the depot that supplied the faction's mortars in the first place. As long as weapons and ammunition can be taken from government stores with so little difficulty, the faction will be able to replace whatever it loses, and the road to Montepuez will remain a place where every journey is a calculation of risk rather than a matter of routine.", A)
d.para("Lucian Oyelowo-Strand is a researcher based in Pemba who has covered the conflict in northern Mozambique since 2022.", None)
d.add('Notes')
d.add('')
for n in ["[1] Author's interviews with convoy drivers, Montepuez, December 2030.",
          "[2] \u201cQuem e Abu Harun?\u201d Jornal do Norte, August 14, 2029, https://jornaldonorte.example/2029/08/abu-harun.",
          "[3] Statement by the Balama district administrator, Radio Comunitaria Lurio, October 9, 2030.",
          "[4] Message circulated on local messaging groups, December 28, 2030; copy in the author's possession.",
          "[5] Observatorio de Direitos do Norte, \u201cDetidos na estrada,\u201d January 2031, https://odn.example/relatorios/detidos-na-estrada."]:
    d.para(n, A)
d.add('')
d.add("The Ledger and the Lorry: How Fuel Smuggling Finances Militants")
d.add("in the Tillaberi Borderlands")
d.add('')
d.add('Ana Catarina Holloway-Ndiaye and Pyotr Saarinen-Obi')
d.add('')
A = 3
d.para("Every week, dozens of lorries loaded with fuel drums cross from Nigeria into the Tillaberi region of western Niger along tracks that avoid the official customs posts. The fuel is sold in roadside markets at roughly half the official price, and much of it ends up in the motorcycles that jihadist fighters use to move between their camps and the villages they tax. This article draws on a ledger kept by a smuggling network and recovered by local traders to show how the trade finances the militants and why previous efforts to disrupt it have failed. [1]", A)
d.add('A Ledger from the Market', A)
d.add('')
d.para("The ledger, a school exercise book with about ninety handwritten pages, records the shipments of a single network between March and November 2030. Each entry lists the date, the number of drums, the price paid at the border and a separate column headed simply \u201cthe road.\u201d That column, which accounts for between eight and twelve percent of the value of each shipment, corresponds to the payments made to armed men along the route. [2]", A)
d.para("Taken together, the entries suggest that this one network paid the equivalent of around 140,000 dollars to armed groups over nine months. Traders interviewed for this article said that at least six similar networks operate in the same corridor, which would put the annual sum paid by fuel smugglers alone well above a million dollars. These figures are estimates, and the ledger cannot show which of the several armed groups in the area received each payment, but they are consistent with what residents describe. [3]", A)
d.add('Why the Trade Persists', A)
d.add('')
d.para("The persistence of the trade owes as much to official policy as to militant violence. Fuel subsidies on one side of the border and high taxes on the other create a margin that no amount of enforcement has been able to close. When the authorities closed two of the main crossing points in 2028, the smugglers simply moved to tracks further north, which were controlled by the very groups the closure was meant to weaken. [4]", A)
d.para("The militants, for their part, have been careful not to kill the trade they depend on. Drivers describe the payments as predictable and the men who collect them as disciplined, and several said they preferred the armed groups' checkpoints to those run by underpaid soldiers, who demand more and whose demands change from week to week. That preference is perhaps the clearest measure of how far the state has ceded the economic life of the borderlands.", A)
d.add('Conclusion', A)
d.add('')
d.para("Disrupting the fuel trade would deprive the militants of one of their most reliable sources of income, but it would also deprive thousands of families of affordable fuel and of the work the trade provides. Any policy that treats the smugglers only as a security problem is likely to push them further into the arms of the groups that protect them. The ledger suggests a narrower target: the payments themselves, and the handful of intermediaries who collect them on the militants' behalf. [5]", A)
d.add('Notes')
d.add('')
for n in ["[1] The ledger was shown to the authors in Niamey in December 2030 by a trader who asked not to be named; photographs of all pages are held by the authors.",
          "[2] Authors' transcription of the ledger, entries for March 4 to November 22, 2030.",
          "[3] Authors' interviews with fuel traders in Tera and Ayorou, November and December 2030.",
          "[4] \u201cBorder closures and the northern tracks,\u201d Sahel Economic Review, vol. 12, no. 3 (2029), pp. 44\u201361.",
          "[5] See also Pyotr Saarinen-Obi, \u201cWho Collects on the Road?\u201d, Terrorism Monitor, Volume XXVIII, Issue 19, https://monitor-archive.example/who-collects-on-the-road."]:
    d.para(n, A)
d.add("Ana Catarina Holloway-Ndiaye is a doctoral researcher at the University of Lisbon who studies informal economies in the central Sahel. Pyotr Saarinen-Obi is an independent analyst based in Niamey and a regular contributor to Terrorism Monitor.")

TM = ('Terrorism Monitor', '2031-02-06', 29, 3)
d.write(arts(*TM,
    ("Ferry Attack on Lake Kivu Exposes Gaps in Joint Patrols", ["Gideon Marsh-Akintola"], "brief"),
    ("Pro-Jihadist Channels Promote a New Drone Manual in Urdu", ["Gideon Marsh-Akintola"], "brief"),
    ("Mortars on the Montepuez Road: A Splinter Faction Tests Mozambique's Northern Defences", ["Lucian Oyelowo-Strand"], "feature"),
    ("The Ledger and the Lorry: How Fuel Smuggling Finances Militants in the Tillaberi Borderlands", ["Ana Catarina Holloway-Ndiaye", "Pyotr Saarinen-Obi"], "feature")),
    "publication: Terrorism Monitor\n")
