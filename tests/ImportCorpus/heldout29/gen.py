# heldout29: a blind set written by the second blind28 helper (branch blind28b) (see README.md of the corpus). `python3 gen.py` rewrites every
# .txt, .yml and .labels.yml here. Whole issues use corpusgen.Issue (ranges counted from the owner of each line); web
# pages use corpusgen.write (article lines marked '>'). All text is invented.
import os, sys, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import corpusgen
from corpusgen import arts, wrap


class Iss(corpusgen.Issue):
    """An Issue whose paragraphs may be cut by a page break (furniture lines inserted before wrapped line k, owned by
    no article) and whose first word of line k may be hyphenated back onto line k-1 (hyph = letters kept above)."""
    def p(self, text, art, breaks=None, width=68):
        if not hasattr(self, 'log'): self.log = []
        self.log.append((art, text))
        lines = textwrap.wrap(text, width, break_on_hyphens=False)
        for k, (furn, hyph) in (breaks or {}).items():
            assert 0 < k < len(lines), (self.name, k, len(lines), text[:40])
            if hyph:
                head, _, rest = lines[k].partition(' ')
                assert head[:hyph + 2].isalpha(), (self.name, k, head)
                lines[k - 1] += ' ' + head[:hyph] + '-'
                lines[k] = head[hyph:] + (' ' + rest if rest else '')
        for i, l in enumerate(lines):
            if breaks and i in breaks:
                for f in breaks[i][0]:
                    self.add(f, None)
            self.in_p = True; self.add(l, art); self.in_p = False
        self.add("", None)
    def add(self, text="", art=None):
        if not hasattr(self, 'log'): self.log = []
        if art is not None and text.strip() and not getattr(self, 'in_p', False): self.log.append((art, text))
        super().add(text, art)
    def paras(self, art):
        out = []
        for a, t in self.log:
            if a != art: continue
            if out and t[:1].islower(): out[-1] += ' ' + t      # a note's second line
            else: out.append(t)
        return out
    def lines_(self, block, art=None):
        for l in block.strip("\n").split("\n"):
            self.add(l, art)
    def write(self, articles, sidecar):
        super().write(articles, sidecar or "")
        if not sidecar:
            os.remove(self.name + ".yml")


def web(name, text, labels, sidecar=None):
    """A web page: text is the page, one line per paragraph; lines starting '>' are article text."""
    lines = text.strip("\n").split("\n")
    corpusgen.write(name, lines, labels, sidecar)


# ---------------------------------------------------------------------------------------------------------------
# j01: Terrorism Monitor, Volume XXX, Issue 2 (23 January 2032). Two-column contents run together; BRIEFS over two
# briefs by the editor, each closing with the same editor's bio line; running header repeated, once mangled with a
# private-use glyph and once glued to its page number; a hyphen across a page break; a co-authors' bio in one
# paragraph; notes after the bios.
j = Iss("j01_tm_issue_twocol_contents_glued_pageno")
HDR = "Terrorism Monitor  |  Volume XXX  •  Issue 2  •  January 23, 2032"
def pb(n, hdr=HDR):
    return ["", str(n), "\f" + hdr, ""]
j.lines_("""
TERRORISM MONITOR
Jamestown's fortnightly assessment of terrorism and insurgency

Volume XXX, Issue 2  •  January 23, 2032

IN THIS ISSUE:
BRIEFS .......................................... 1    DRONES OVER THE MARSHES: A SEPARATIST
THE SALT ROAD EMIRATE: HOW JIHADISTS TAX           INSURGENCY LEARNS TO FLY
THE CARAVANS OF THE TESSIT BASIN                  By Henrik Adebayo-Strand and Mirela
By Odile Rasmussen-Kone ......................... 3    Quispe ......................................... 7

BRIEFS
""")
j.add("")
A = 0
j.add("Kestrel Brigade Claims Pipeline Sabotage in the Ombara Delta")
j.add("")
j.add("Lucian Ferreira-Mbeki")
j.add("")
j.p("On the night of January 9, a section of the trunk pipeline that carries crude from the Ombara Delta to the export terminal at Port Sevrin was breached by two small charges placed beneath a pumping station near the fishing village of Adikpo. The leak burned for most of the following day and forced the operator, the state-owned Ombara Petroleum Company, to shut in roughly a fifth of the delta's output while repair crews waited for a naval escort (Delta Herald, January 11).", A)
j.p("Within hours a group calling itself the Kestrel Brigade released a short statement on a messaging channel that had been dormant since the previous summer. The statement claimed the attack as a warning to the company and to the federal government over the slow payment of compensation to communities whose fishing grounds were ruined by an earlier spill. It threatened further strikes on what it called the arteries of theft unless the payments began before the end of the rainy season, and it named three other pumping stations as possible targets.", A)
j.p("The Kestrel Brigade is not new. It first appeared in 2029, when it kidnapped two engineers from a dredging barge and released them after a ransom was reportedly paid by their employer. It then fell silent, and most local observers assumed that its members had accepted places in the amnesty scheme run by the regional government. The new claim suggests either that the scheme has failed to hold them or that a younger cohort has adopted the name because it still carries weight along the creeks.", A)
j.p("The method also matters. Unlike the crude bunkering gangs that tap the line to steal oil, the attackers made no attempt to collect anything. The charges were placed to cause a fire that could be seen from the coastal highway, which points to a political rather than a commercial purpose. Security officials quoted in the regional press said the devices were assembled from commercial blasting caps of the kind sold to quarry operators upriver, a supply chain that the authorities have struggled to regulate (Sevrin Tribune, January 13).", A)
j.p("If the brigade follows through on its threat, the federal government faces a familiar choice between another round of payments, which critics say rewards violence, and a military operation in the creeks, which in the past has driven more young men into the armed groups than it removed. Neither option addresses the compensation backlog that the statement placed at the centre of its demands.", A)
j.add("Lucian Ferreira-Mbeki is the Editor of Terrorism Monitor.")
j.add("")
A = 1
j.add("A Jailed Ideologue's Letters Circulate Again in Valdoria")
j.add("")
j.add("Lucian Ferreira-Mbeki")
j.add("")
j.p("A collection of letters attributed to Anselm Drăgan Vuković, the ideologue of the banned Valdorian National Guard who has been serving a life sentence since 2024, has begun to circulate on file-sharing sites and in a handful of encrypted chat groups used by far-right activists across the region. The collection, titled Letters From the Stone House, runs to some ninety pages and mixes personal reflections with detailed advice on recruitment, security and what the author calls the patient war.", A, breaks={6: (pb(2), 0)})
j.p("Prison officials in Valdoria have denied that the letters were written recently, and at least some of them appear to date from the first years of Vuković's sentence, when his correspondence was less closely monitored. Others, however, refer to events from the past eighteen months, including the dissolution of two successor groups by the courts last spring. Either the letters were smuggled out through visitors, or someone outside the prison has written in his name to borrow his authority (Valdoria Daily, January 15).", A)
j.p("The timing is notable. The collection appeared a week before the anniversary of the 2023 bombing of a migrant hostel in the river port of Zelengrad, an attack for which Vuković was convicted of incitement. Previous anniversaries have been marked by small vigils and graffiti. Investigators are concerned that a text which combines personal charisma with practical instruction could encourage individuals who have no contact with any organised group to act on their own.", A)
j.p("The case also illustrates a wider problem for prison services across the region. Convicted ideologues are often held in high-security units where their contact with other prisoners is limited, but their letters, interviews and court statements continue to circulate outside. Valdoria's justice ministry has said it will review its rules on correspondence, but it has not said whether it will ask file-sharing services to remove the collection.", A)
j.add("Lucian Ferreira-Mbeki is the Editor of Terrorism Monitor.")
j.add("")
A = 2
j.add("The Salt Road Emirate: How Jihadists Tax the Caravans of the Tessit")
j.add("Basin")
j.add("")
j.add("Odile Rasmussen-Kone")
j.add("")
j.p("For three centuries, camel and truck caravans have carried rock salt from the mines of Tessit northward to the markets of the savannah towns. Since the spring of 2030, almost every one of them has paid a toll to men who describe themselves as the soldiers of the Emirate of the Sands, a local affiliate of the Sahelian branch of al-Qaeda. The tolls are modest by the standards of the trade, but they are collected with a regularity that the state has not matched for decades, and they have made the group the most reliable authority along the four-hundred-kilometre route.", A)
j.p("This article examines how the tolling system works, how it has changed the group's relations with the traders and herders of the basin, and what it reveals about the group's priorities. It draws on interviews conducted by telephone with eleven traders, drivers and local officials between October and December 2031, and on the group's own statements.", A)
j.add("A Tax, Not a Robbery", A)
j.add("")
j.p("The most striking feature of the system is its predictability. Drivers describe a set of fixed checkpoints, usually near wells or at the points where the track crosses dry riverbeds, where a small team of fighters inspects each vehicle, counts the slabs of salt and issues a handwritten receipt. The receipt, which bears a stamp with the name of the emirate, exempts the caravan from further payment until it reaches the next district. One trader from the market town of Imanan said that a driver who had lost his receipt was made to pay again, but that a driver who could show one was waved through even when the fighters at the next checkpoint were from a different unit. [1]", A)
j.p("The rates are set per slab and per animal rather than per vehicle, and they have been published. In a statement circulated in the markets of Imanan and Tessit in September 2030, the group announced a schedule that it described as the zakat of the road, with lower rates for caravans carrying grain or medicine and an exemption for pilgrims. [2] Traders interviewed for this article said the published rates were generally respected, although several complained that the fighters' estimate of the number of slabs in a load was often generous.", A)
j.p("Compared with the informal payments that drivers once made to soldiers, customs officers and local militias, the emirate's toll is often cheaper. A driver who had worked the route for twenty years said he used to pay at nine separate points between the mines and the first paved road, sometimes twice at the same point when the guard changed. He now pays at three. \"They take less and they do not beat us,\" he said. \"That is the whole story.\" [3]", A, breaks={1: (pb(3), 3)})
j.add("Courting the Herders", A)
j.add("")
j.p("The toll has also given the group a means of intervening in the disputes between herders and farmers that have driven much of the violence in the basin. Herders moving their animals along the salt road pay a separate levy, and in return the group has begun to arbitrate disputes over access to wells. Local officials in Imanan said that the emirate's judges had settled at least fourteen such disputes in the second half of 2031, more than the district court heard in the same period. [4]", A)
j.p("This role has won the group a measure of acceptance, particularly among herding communities who have long complained of discrimination by local administrators. It has also made the emirate a party to the conflicts it claims to arbitrate. Farmers in several villages along the southern part of the route told interviewers that the judges favoured herders, and at least two villages have formed their own defence committees in response. These committees, in turn, have been accused of attacks on herding camps, a pattern that the group has used to present itself as the herders' protector.", A)
j.add("The Limits of the State's Response", A)
j.add("")
j.p("The government's response has been inconsistent. In early 2031, the army launched an operation to reopen the road under state control, but the convoys it escorted were ambushed twice in the first month, and the operation was quietly scaled back. Since then, the army has held the mining town of Tessit and the district capital of Imanan but has made little attempt to patrol the route between them. Officials in the capital have at times denounced traders who pay the toll as collaborators, and at other times acknowledged privately that they have no alternative. [5]", A)
j.p("The salt trade is not large in national terms, but it matters a great deal to the towns along the route, and the emirate's control over it has given the group something that military pressure has so far failed to take away: a steady income that does not depend on kidnapping or on donations from outside. It also provides a model for other routes. Traders on the livestock road to the south reported in December that men claiming to represent the same emirate had begun to appear at wells on that route too, issuing receipts with the same stamp. [6]", A)
j.p("A durable response would need to offer the traders something better than the emirate does: fewer payments, less violence and a way to resolve disputes. Until the state can do that, the receipts stamped with the name of the emirate will remain the most valuable document a driver on the salt road can carry.", A)
j.add("Odile Rasmussen-Kone is a researcher on armed groups in the western Sahel and a former field coordinator for a humanitarian mine-action organisation.")
j.add("")
j.add("Notes")
j.add("[1] Author's telephone interview with a salt trader from Imanan, November 2031.", A)
j.add("[2] \"Statement on the zakat of the road,\" Emirate of the Sands, September 2030, circulated in", A)
j.add("print in the markets of Imanan and Tessit.", A)
j.add("[3] Author's telephone interview with a truck driver, December 2031.", A)
j.add("[4] Author's telephone interviews with two district officials in Imanan, October 2031.", A)
j.add("[5] \"Road operation to continue, minister says,\" Tessit Courier, March 14, 2031.", A)
j.add("[6] Author's telephone interview with a livestock trader, December 2031.", A)
j.add("")
A = 3
j.add("Drones Over the Marshes: A Separatist Insurgency Learns to Fly")
j.add("")
j.add("Henrik Adebayo-Strand and Mirela Quispe")
j.add("")
j.p("For most of its fifteen-year history, the Front for the Liberation of the Southern Marshes fought with rifles, roadside bombs and the occasional mortar. Its fighters moved through the reed beds and channels of the Varn marshes in flat-bottomed boats and struck army outposts on the edge of the wetlands before melting back into terrain that the army's armoured vehicles could not enter. Since the middle of 2031, however, the Front has added a new weapon to this repertoire: small commercial drones, modified to drop grenades or to guide mortar fire, and operated by a unit that the group's statements call the Heron Company.", A, breaks={3: (["", "\u2003TerrorismMonitor\ue00bVolumeXXX\ue00bIssue2", ""], 0)})
j.p("The adoption of drones by insurgent groups is not new; it has been documented across the world for more than a decade. What makes the Front's case worth examining is the speed with which a small, poorly funded movement has integrated the technology into its operations, and the way it has used drones to compensate for the one disadvantage that the marshes impose on it: the difficulty of seeing an enemy across flat, open water.", A)
j.add("From Surveillance to Strike", A)
j.add("")
j.p("The first drones attributed to the Front appeared in videos released in May 2031. They were used purely for surveillance, filming army positions at the edge of the marshes from a height of a few hundred metres. By August, videos showed the same type of drone carrying a small release mechanism that dropped a modified hand grenade onto a sandbagged position. The army acknowledged two soldiers wounded in that attack, which took place near the village of Kerevan (Southern Star, August 22, 2031).", A)
j.p("Since then, the number of drone attacks has risen steadily. Our count, based on the group's claims, army statements and local press reports, identifies forty-one drone attacks between August and December 2031, of which twenty-six caused casualties. Most were directed at fixed positions; only a handful targeted patrols or vehicles, which move too quickly for the operators to track with the limited equipment available to them. [1]", A)
j.p("The more significant change may be the use of drones to direct mortar fire. Before 2031, the Front's mortar attacks were notoriously inaccurate; fighters fired a few rounds from a boat and withdrew before the army could respond. Drone footage released since October shows operators adjusting fire onto army camps, and the army's own casualty figures for mortar attacks suggest that accuracy has improved considerably. [2]", A, breaks={4: (["", "", "\f8" + HDR.replace("  |  ", " | "), ""], 4)})
j.add("Supply and Skills", A)
j.add("")
j.p("Where the drones come from is less clear. The models seen in the Front's videos are widely sold for agricultural spraying and for photography, and are available in the markets of the regional capital, Lorvan, as well as across the border. The army has restricted their sale in the southern districts, but the restriction is difficult to enforce when the same drones are used by rice farmers to spray their fields. [3]", A)
j.p("The skills required are also widely available. Several of the Front's videos feature an operator who speaks with the accent of the coastal cities rather than the marshes, and the group has boasted of recruiting young men who learned to fly drones at university or while working for agricultural contractors. The modifications seen in the videos are simple and could be made by anyone with basic tools and access to online tutorials.", A)
j.add("Implications", A)
j.add("")
j.p("The army's response so far has been to install netting over some positions and to acquire a small number of jamming devices. These measures have reduced casualties at the positions where they have been deployed, but they are expensive, and most of the army's posts along the marshes remain unprotected. The Front, for its part, has begun to operate drones at night, using thermal cameras of the kind sold to hunters. [4]", A)
j.p("The Front's experience suggests that even a small insurgency with limited resources can use commercial drones to offset a conventional military's advantages, particularly in terrain that limits observation. Other armed groups in the region have certainly noticed. A rival faction operating in the hills north of Lorvan released its first drone video in December, and it showed a modification identical to one the Heron Company had used three months earlier.", A)
j.add("Henrik Adebayo-Strand is a defence analyst who has written on insurgencies in the southern marshes since 2022. Mirela Quispe is a doctoral researcher at the University of Hallgrim whose work focuses on the diffusion of military technologies to non-state actors.")
j.add("")
j.add("Notes")
j.add("[1] Authors' dataset of drone incidents in the Varn marshes, compiled from group claims, army", A)
j.add("statements and the regional press, August–December 2031.", A)
j.add("[2] Army press office, monthly casualty bulletins for October, November and December 2031.", A)
j.add("[3] \"Drone sales restricted in southern districts,\" Lorvan Evening News, September 30, 2031.", A)
j.add("[4] Video released by the Front's media office, December 12, 2031.", A)
j.add("")
j.add("")
j.add("9")
pub = ("Terrorism Monitor", "2032-01-23", 30, 2)
j.write(arts(*pub,
    ("Kestrel Brigade Claims Pipeline Sabotage in the Ombara Delta", ["Lucian Ferreira-Mbeki"], "brief"),
    ("A Jailed Ideologue's Letters Circulate Again in Valdoria", ["Lucian Ferreira-Mbeki"], "brief"),
    ("The Salt Road Emirate: How Jihadists Tax the Caravans of the Tessit Basin", ["Odile Rasmussen-Kone"], "feature"),
    ("Drones Over the Marshes: A Separatist Insurgency Learns to Fly", ["Henrik Adebayo-Strand", "Mirela Quispe"], "feature")),
    "publication: Terrorism Monitor\n")
J01 = j

# ---------------------------------------------------------------------------------------------------------------
# j02: Terrorism Monitor, Issue 5, Volume XXX (5 March 2032), issue-first masthead, no contents. SHORT TAKES (a
# section name over a run of short pieces) holds three briefs, each closing with the editor's bio line (three
# times); a feature whose notes are headed ENDNOTES with bare numbers; a running footer with "Page N of 7" and no
# header; the footer falls between two halves of a sentence.
j = Iss("j02_tm_issue_short_takes_editor_bio_thrice")
def ft(n):
    return ["", "terrorism-monitor.example   ·   Terrorism Monitor, Issue 5   ·   Page %d of 7" % n, ""]
j.lines_("""
Issue 5 — Volume XXX — March 5, 2032

TERRORISM MONITOR

SHORT TAKES
""")
j.add("")
A = 0
j.add("Arson Campaign Against Cell Towers Spreads to the Lowland Provinces")
j.add("By Rafaela Nkemdirim-Holt")
j.add("")
j.p("Seven mobile telephone masts were set on fire in the lowland provinces of Carradine between February 12 and February 24, bringing the number of such attacks since November to more than thirty. Until this month the arson campaign had been confined to the mountain districts of the north, where a small anarchist collective calling itself Black Static has claimed most of the attacks on a website hosted abroad. The new attacks were claimed on the same site, which described the masts as the nervous system of surveillance (Carradine Post, February 26).", A)
j.p("Police have made only two arrests, both of men in their twenties who were caught near a burning mast in the town of Orvel. Investigators believe that the group consists of no more than a few dozen people organised in small cells that do not know each other, a structure that makes infiltration difficult. The attacks have so far caused no injuries, but they have cut emergency telephone coverage in several rural areas for days at a time.", A, breaks={5: (ft(1), 0)})
j.p("The interior ministry has asked operators to install cameras and fences at isolated masts, but there are more than four thousand of them in the country, and the operators have warned that the cost would have to be passed on to customers.", A)
j.add("Rafaela Nkemdirim-Holt is the Editor of Terrorism Monitor.")
j.add("")
A = 1
j.add("Kidnappers Target Aid Convoys on the Dessaline Plateau")
j.add("By Rafaela Nkemdirim-Holt")
j.add("")
j.p("Two international aid workers and their local driver were abducted on February 19 on the road between the market town of Morrou and the displacement camps of the Dessaline plateau. It was the third kidnapping of aid staff in the area since December. No group has claimed the abduction, but local officials attribute it to a faction of the Plateau Salvation Army that split from the main movement last year after a dispute over the sharing of ransom money (Radio Morrou, February 21).", A)
j.p("The kidnappings have already forced two agencies to suspend their distributions in the camps, which hold about sixty thousand people. The remaining agencies now travel only in convoys escorted by the gendarmerie, an arrangement that aid workers fear will make them appear to be part of the government's campaign against the insurgents. The splinter faction appears to be exploiting this dilemma: each kidnapping makes the agencies more dependent on armed escorts, and each escorted convoy makes them a more legitimate target in the eyes of the insurgents.", A)
j.add("Rafaela Nkemdirim-Holt is the Editor of Terrorism Monitor.")
j.add("")
A = 2
j.add("A Court Bans the Brotherhood of the Eighth Day")
j.add("By Rafaela Nkemdirim-Holt")
j.add("")
j.p("On February 27 the supreme court of Ostravel upheld the government's ban on the Brotherhood of the Eighth Day, a millenarian movement whose members were convicted last year of planning to poison the water supply of a provincial town. The court rejected the movement's argument that it was a religious community protected by the constitution, ruling that its leaders had directed the plot and that the organisation as a whole had provided the means to carry it out.", A)
j.p("The ruling allows the authorities to seize the movement's properties, including a farm in the Serrin valley where its members lived communally. About two hundred people still live there, many of them children, and the social services have said they will need time to find alternative housing. Former members have warned that the leadership may try to move the community abroad before the seizure takes place.", A)
j.add("Rafaela Nkemdirim-Holt is the Editor of Terrorism Monitor.")
j.add("")
A = 3
j.add("The Lighthouse Network: How a Maritime Smuggling Ring Became an Insurgent")
j.add("Lifeline")
j.add("By Taddeo Olufemi-Brandt")
j.add("")
j.p("When the coast guard of Merovia seized the fishing trawler Santa Irene off the Calvo peninsula in October 2031, its crew of nine were found to be carrying not fish but two tonnes of ammonium nitrate fertiliser, several hundred detonators and a set of marine radios of a type sold only to licensed operators. The seizure was the first public glimpse of what investigators now call the Lighthouse Network, a group of smugglers who have supplied the insurgents of the Calvo hills for at least three years.1", A)
j.p("This article reconstructs what is known about the network from court documents, coast guard statements and the reporting of the local press. It argues that the network is best understood not as a part of the insurgency but as a commercial enterprise that found in the insurgents a reliable customer, and that this distinction matters for the way the authorities should respond to it.", A)
j.add("A Family Business", A)
j.add("")
j.p("The network takes its name from the abandoned lighthouse on the island of Perrel where, according to the indictment, its members stored goods before moving them to the mainland in small boats. At its centre were three brothers from the fishing port of San Albero, whose family had been involved in smuggling cigarettes and fuel since the 1990s.2 The brothers owned two trawlers and a refrigerated warehouse, and they employed dozens of fishermen, drivers and warehouse workers, most of whom, according to their lawyers, had no idea what they were carrying.", A)
j.p("Court documents show that the brothers began to supply the insurgents in 2028, when a commander of the Calvo Liberation Front approached them through a cousin who worked as a harbour pilot. At first the orders were modest: outboard engines, radios and medical supplies. By 2030, they included fertiliser and detonators in quantities that could only be intended for explosives.3 The insurgents paid in cash and, according to one witness, in gold extracted from the artisanal mines they control in the hills.", A, breaks={7: (ft(3), 0)})
j.add("Customers, Not Comrades", A)
j.add("")
j.p("The prosecution has described the brothers as members of the Calvo Liberation Front, and the charges against them are terrorism charges. But the evidence presented so far suggests a more complicated relationship. The brothers sold goods to the insurgents at a considerable mark-up, and they continued to sell cigarettes and fuel to other customers throughout. Intercepted conversations read in court show one of them complaining that the insurgents were slow to pay and demanding payment in advance for a consignment of radios.4", A)
j.p("Nor is there any evidence that the brothers shared the insurgents' goals. When one of the Front's commanders asked them to transport fighters as well as goods, they refused, according to a witness, because the risk was too high and the price too low. They appear to have regarded the insurgents as they regarded any other customer: as a source of profit, to be served as long as the profit outweighed the risk.5", A)
j.add("Implications for the Response", A)
j.add("")
j.p("This distinction matters because it suggests that the network could be disrupted by raising the risks and costs of the trade rather than by treating its members as combatants. The coast guard's seizure of the Santa Irene came only after a tip-off from a rival smuggler, and the authorities have admitted that they have little capacity to monitor the hundreds of fishing boats that leave the ports of the Calvo coast each night.6 Better surveillance of the coast, tighter controls on the sale of fertiliser and detonators, and cooperation with the fishing communities would do more to cut the insurgents' supply lines than the prosecution of the three brothers.", A)
j.p("The insurgents, for their part, have already adapted. Since the seizure, according to the coast guard, they have begun to receive smaller consignments by land across the mountains, a slower and more expensive route but one that is harder to interdict. Whether another network will emerge to replace the brothers on the coast depends less on the outcome of their trial than on whether the trade remains profitable for whoever takes their place.", A)
j.add("Taddeo Olufemi-Brandt is a journalist based in San Albero who has covered the Calvo conflict since 2025.")
j.add("")
j.add("ENDNOTES")
j.add("")
for n, t in enumerate(["Coast guard of Merovia, press statement, October 17, 2031.",
                       "Indictment of the Perrel defendants, Provincial Court of San Albero, January 2032.",
                       "Ibid., paragraphs 41–58.",
                       "Transcript of the hearing of February 3, 2032, as reported in Calvo Herald, February 4, 2032.",
                       "Testimony of a protected witness, as reported in Calvo Herald, February 10, 2032.",
                       "Interview with a coast guard officer in San Albero, February 2032."], 1):
    j.add("%d %s" % (n, t), A)
j.add("")
j.add("terrorism-monitor.example   ·   Terrorism Monitor, Issue 5   ·   Page 7 of 7")
j.write(arts("Terrorism Monitor", "2032-03-05", 30, 5,
    ("Arson Campaign Against Cell Towers Spreads to the Lowland Provinces", ["Rafaela Nkemdirim-Holt"], "brief"),
    ("Kidnappers Target Aid Convoys on the Dessaline Plateau", ["Rafaela Nkemdirim-Holt"], "brief"),
    ("A Court Bans the Brotherhood of the Eighth Day", ["Rafaela Nkemdirim-Holt"], "brief"),
    ("The Lighthouse Network: How a Maritime Smuggling Ring Became an Insurgent Lifeline", ["Taddeo Olufemi-Brandt"], "feature")),
    None)

# ---------------------------------------------------------------------------------------------------------------
# j03: Militant Leadership Monitor, Volume XXIII, Issue 2, month-only masthead (February 2032). Contents with
# dotted leaders; a singular BRIEF over one short piece; two profiles listed by title; running header at page
# breaks (one glued to its page number); one profile's bio comes after its notes; one note runs to two lines.
j = Iss("j03_mlm_issue_month_only_bio_after_notes")
MH = "MILITANT LEADERSHIP MONITOR — Volume XXIII, Issue 2"
def ph(n, glue=False):
    return ["", (str(n) + MH) if glue else MH, ""] if glue else ["", str(n), "", MH, ""]
j.lines_("""
MILITANT LEADERSHIP MONITOR
Volume XXIII ◆ Issue 2 ◆ February 2032

CONTENTS
BRIEF: The Return of Commander Sefu ............................ 1
Yusra al-Tamimi Haddad: The Accountant of the Western Emirate ... 3
Gavril Ostrov: A Mercenary Captain Turned Warlord ............... 6

BRIEF
""")
j.add("")
A = 0
j.add("The Return of Commander Sefu")
j.add("Philippa Arkwright-Dube")
j.add("")
j.p("For nearly two years, the fate of Sefu Mbaraka Kiprono, the former operations chief of the Coastal Mujahideen Council, was one of the small mysteries of the insurgency in the Lindari hinterland. Reported killed in an airstrike in March 2030, he was mourned in a eulogy published by the council's media office, and his name disappeared from the group's statements. In January, however, a video released by a new faction calling itself the Companions of the Coast showed a man who closely resembles him addressing a gathering of fighters in a forest clearing.", A)
j.p("If the man in the video is Sefu, his reappearance raises questions about the council itself. The eulogy of 2030 may have been a deception intended to protect him, or he may have survived the airstrike and left the council after a dispute with its leadership. The Companions of the Coast have not explained his absence, but their first statement criticised the council for what it called the softness of its leaders and their readiness to negotiate with the government through intermediaries.", A)
j.p("Sefu's reputation among the fighters rests on the raids he led on police stations along the coastal highway in 2027 and 2028, which netted weapons and vehicles and forced the government to withdraw its police from several districts. A faction led by him could draw away the council's more militant members and make the negotiations that the council has reportedly been conducting even harder to conclude.", A)
j.add("")
A = 1
j.add("Yusra al-Tamimi Haddad: The Accountant of the Western Emirate")
j.add("Konstantin Ebbesen-Mwangi")
j.add("")
j.p("Few of the leaders of the Western Emirate, the jihadist movement that controls much of the hill country along the Sarrat border, are known to the public by name. Yusra al-Tamimi Haddad is an exception, though not by choice. Her name appeared in a leaked ledger of the movement's finances in 2030, and since then she has been identified by the authorities as the movement's chief financial officer, a role that makes her one of the very few women in a senior position in any jihadist organisation in the region. [1]", A)
j.p("This profile examines what is known about her background, her role in the movement's finances and the significance of her position for the movement's structure.", A)
j.add("Background", A)
j.add("")
j.p("Haddad was born in the early 1990s in the town of Qasr Sarrat, into a family of merchants who traded in grain and textiles across the border. She studied accounting at a commercial college in the provincial capital and worked for several years in the family business, keeping its books and managing its relations with banks. According to a relative interviewed by a local newspaper, she became increasingly religious after the death of her husband in a road accident in 2019, and she began to attend lectures given by a preacher who was later arrested for recruiting for the Western Emirate. [2]", A, breaks={8: (ph(3), 0)})
j.p("How she joined the movement is unclear. The ledger leaked in 2030 shows her signature on accounts dating back to 2024, which suggests that she was already handling its money when it was still a small group operating from a few villages. Her family's business, which had links with traders on both sides of the border, would have given the movement access to the informal money-transfer networks that it has relied on ever since.", A)
j.add("The Movement's Finances", A)
j.add("")
j.p("The ledger reveals a movement whose finances are surprisingly well organised. Income from taxes on trade, from the sale of livestock seized from villages that refused to submit and from ransoms is recorded separately, and expenditure is divided among salaries for fighters, payments to the families of those killed, the purchase of weapons and the running costs of the movement's courts and schools. Each entry is dated and signed, and the accounts are balanced at the end of each month. [3]", A)
j.p("Such a system would have required a trained accountant to design and maintain, and the authorities believe that Haddad was responsible for it. Her position appears to have given her considerable influence over the movement's decisions, since the leaders' plans depended on her ability to fund them. According to a defector interviewed by the author, commanders who wanted money for an operation had to present their request to her, and she did not hesitate to refuse requests that she considered wasteful. [4]", A, breaks={6: (ph(4, glue=True), 0)})
j.add("Significance", A)
j.add("")
j.p("Haddad's prominence challenges the assumption that women in jihadist movements are confined to supporting roles as wives, mothers and recruiters of other women. Her authority derives from a skill that the movement needed and that few of its male members possessed, and the movement's leaders appear to have been willing to set aside their views on the role of women in order to benefit from it. Whether this is a sign of pragmatism or of a broader change in the movement's attitudes is difficult to say, given how little is known about its internal debates.", A)
j.p("For the authorities, Haddad represents an opportunity as well as a threat. If she is as central to the movement's finances as the ledger suggests, her capture or defection would seriously disrupt its ability to pay its fighters. The government has offered a reward for information leading to her arrest, but she has not been seen in public since the ledger was leaked, and she is believed to be living in the hill villages under the movement's protection.", A)
j.add("")
j.add("Notes")
j.add("[1] \"Leaked ledger exposes emirate's finances,\" Sarrat Observer, June 4, 2030.", A)
j.add("[2] Interview with a relative of Haddad, Qasr Sarrat Weekly, September 2030.", A)
j.add("[3] Author's analysis of the leaked ledger, pages 12 to 37 of the published copy, which covers the", A)
j.add("period from January 2027 to December 2029.", A)
j.add("[4] Author's interview with a former member of the Western Emirate, December 2031.", A)
j.add("")
j.add("Konstantin Ebbesen-Mwangi is a researcher at the Centre for the Study of Armed Movements in Vellbrook and the author of a forthcoming book on the economies of jihadist insurgencies.")
j.add("")
A = 2
j.add("Gavril Ostrov: A Mercenary Captain Turned Warlord")
j.add("Ines Vattimo-Achebe")
j.add("")
j.p("In the spring of 2029, a private military company registered in a small island state sent a contingent of some four hundred men to the Republic of Karsavia, under a contract to protect the gold mines of the Velt region from an insurgency that had overrun the local army. The contingent was commanded by Gavril Ostrov, a former paratrooper who had spent a decade as a contractor in conflicts across three continents. Three years later, the company's contract has expired, the company itself has been dissolved, and Ostrov remains in Velt, at the head of a force that answers to no one but himself.", A)
j.p("Ostrov's transformation from a contractor into an independent warlord is one of the more unusual trajectories in recent conflicts, and it illustrates the risks that governments run when they hire private forces to fight their wars.", A)
j.add("From Contractor to Ruler", A)
j.add("")
j.p("The contract between the company and the government of Karsavia gave the company the right to a share of the gold produced by the mines it protected, in lieu of payment in cash that the government could not afford. Ostrov's men drove the insurgents from the mines within a few months, and the mines resumed production under their protection. But the government's share of the gold, which it had counted on to pay the company, fell far short of expectations, and by 2030 the company was owed several months of fees.", A)
j.p("Rather than withdraw, Ostrov took control of the mines himself. He dismissed the government's administrators, installed his own managers and began to sell the gold through traders across the border. When the company was dissolved in 2031, following a dispute between its owners, most of his men chose to stay with him rather than return home, attracted by salaries that he could now pay from the proceeds of the mines.", A, breaks={5: (ph(7), 0)})
j.add("A State Within a State", A)
j.add("")
j.p("Today Ostrov's force controls a territory of several thousand square kilometres around the mines, with its own checkpoints, courts and tax collectors. He has recruited local men into his ranks, and he has formed alliances with the chiefs of several villages, whose support he has bought with a share of the mines' revenues and with protection from the insurgents. The government has denounced him as a criminal and an occupier, but it lacks the forces to dislodge him, and it has continued to buy fuel and food for the region from traders who operate with his permission.", A)
j.p("For the insurgents, Ostrov has become an enemy whose methods they understand. He pays well, he punishes disloyalty harshly, and he is interested in territory only insofar as it produces revenue. There have been reports, denied by both sides, that his men and the insurgents have agreed to avoid each other's areas, dividing the region between the mines, which he controls, and the forests and villages to the south, where the insurgents hold sway.", A)
j.p("Ostrov's future depends on the gold. As long as the mines produce and he can sell what they produce, he can pay his men and keep his allies. The government's best hope of removing him may be to cut off his access to the traders who buy his gold, a step that would require cooperation from its neighbours that has so far not been forthcoming.", A)
j.add("Ines Vattimo-Achebe is a journalist who has reported from Karsavia since 2027.")
j.add("")
j.add("8")
j.write(arts("Militant Leadership Monitor", "2032-02-01", 23, 2,
    ("The Return of Commander Sefu", ["Philippa Arkwright-Dube"], "brief"),
    ("Yusra al-Tamimi Haddad: The Accountant of the Western Emirate", ["Konstantin Ebbesen-Mwangi"], "feature"),
    ("Gavril Ostrov: A Mercenary Captain Turned Warlord", ["Ines Vattimo-Achebe"], "feature")),
    "publication: Militant Leadership Monitor\n")

# ---------------------------------------------------------------------------------------------------------------
# j04: an invented sibling, ARCTIC SECURITY MONITOR (Northlight Foundation), Vol. 3 No. 1, month-only masthead in
# capitals (JANUARY 2032), no sidecar. FEATURES (plural) over two pieces, BRIEF (singular) over the last one; a page
# footer with the month splits sentences; bios come after the notes (one of two co-authors); notes numbered "1.".
j = Iss("j04_sibling_arctic_monthly_brief_singular")
def af(n):
    return ["", "Arctic Security Monitor · January 2032 · www.northlight-foundation.example        %d" % n, ""]
j.lines_("""
NORTHLIGHT FOUNDATION

ARCTIC SECURITY MONITOR
Analysis of conflict, crime and security in the High North

JANUARY 2032                                   VOL. 3  NO. 1

FEATURES
""")
j.add("")
A = 0
j.add("Sabotage Under the Ice? The Severed Cables of the Hvalsund Strait")
j.add("Benedikta Aalto-Mensah")
j.add("")
j.p("On the morning of November 28, 2031, the two fibre-optic cables that connect the island of Hvalsund to the mainland stopped carrying data within forty minutes of each other. For eleven days the island's four thousand inhabitants, its fishing fleet and the radar station on its northern headland depended on a single satellite link. When a repair ship finally reached the cables, its crew found that both had been cut cleanly at a depth of about ninety metres, in a part of the strait where no fishing is permitted and where, according to the authorities, no ship had any reason to be.1", A)
j.p("The incident has become the most serious test so far of the region's capacity to protect its undersea infrastructure. This article sets out what is known about the cutting of the cables, the suspicions it has raised and the gaps it has exposed in the monitoring of the waters around the island.", A)
j.add("What Happened", A)
j.add("")
j.p("Tracking data shows that three vessels passed through the strait on the night of November 27. Two were coastal freighters on regular routes, and their movements were consistent with their schedules. The third was a trawler registered in a distant flag state, which had switched off its identification transponder some hours earlier and switched it on again only after it had left the strait.2 When the coast guard boarded the trawler two days later in the port of Kalvik, its crew said that they had turned off the transponder to hide their fishing grounds from competitors, a common practice in the region.", A, breaks={6: (af(2), 0)})
j.p("Inspectors found that the trawler's anchor chain had been recently replaced and that its winch showed signs of heavy strain. The crew said the old chain had broken in a storm. No evidence was found on board to connect the vessel to the cutting of the cables, and the trawler was allowed to leave after the payment of a fine for the transponder violation.3", A)
j.add("Suspicions and Silence", A)
j.add("")
j.p("Officials have been careful not to accuse any state of involvement, but the island's location makes such suspicions inevitable. The radar station on Hvalsund is one of the few in the region that monitors the approaches to the northern sea lanes, and its eleven days on a satellite link coincided with a period of increased naval activity in the area. Several members of parliament have called for an international investigation, and the government has asked its allies for assistance in analysing the tracking data.4", A)
j.p("Others caution against assuming sabotage. Cables are damaged regularly by anchors and fishing gear, and the fact that both were cut on the same night could be explained by a single vessel dragging its anchor across the strait. The cables' operator has said that the cuts were too clean to have been caused by an anchor, but independent engineers consulted by the press have disagreed.5", A)
j.add("Gaps in Protection", A)
j.add("")
j.p("Whatever the cause, the incident has exposed how little is done to protect the cables. The strait is not patrolled, the cables' routes are published on nautical charts, and the only redundancy is a satellite link that proved too slow for the radar station's needs. The government has announced plans for a third cable and for sensors on the seabed that would detect ships dragging anchors, but neither is expected to be in place before 2034. Until then, the island's connection to the mainland will remain as vulnerable as it was on the night of November 27.", A)
j.add("")
j.add("Notes:")
j.add("1. Hvalsund Telecom, incident report, December 10, 2031.", A)
j.add("2. Coastal Administration, vessel tracking summary for the Hvalsund Strait, November 27–28, 2031.", A)
j.add("3. \"Trawler fined after cable inquiry,\" Kalvik Tidende, December 2, 2031.", A)
j.add("4. Parliamentary question and answer on the Hvalsund cables, December 15, 2031.", A)
j.add("5. \"Engineers divided over cable cuts,\" Northern Daily, December 18, 2031.", A)
j.add("")
j.add("Benedikta Aalto-Mensah is a senior analyst at the Northlight Foundation, where she leads the maritime infrastructure programme.")
j.add("")
A = 1
j.add("Smugglers' Routes Across the Melting Border: The Fjellmark Crossing")
j.add("Oskar Lindqvist-Baptiste and Aino Rautio")
j.add("")
j.p("The land border between the two northern provinces of Fjellmark and Sørvika runs for almost three hundred kilometres across mountains and tundra, and for most of the year it is impassable except along a single road. As winters have grown shorter, however, the snow that once closed the high passes from October to May now lies for barely four months, and the passes have become routes for a growing trade in contraband: cigarettes, alcohol, firearms and, increasingly, people.1", A)
j.p("Drawing on interviews with border guards, local residents and two former smugglers, this article describes how the trade has developed and why the authorities on both sides have struggled to respond.", A)
j.add("The Trade", A)
j.add("")
j.p("Until about 2028, smuggling across the border was a small affair, conducted by local residents who carried a few cartons of cigarettes or bottles of spirits across the passes on snowmobiles for sale in their villages. Since then, according to the border guards, organised groups from the cities of the south have taken over. They use all-terrain vehicles in summer and snowmobiles in winter, and they employ local guides who know the passes and the patrol schedules of the guards.2 One former smuggler told the authors that a single trip across the pass could earn a guide as much as a month's wages at the fish processing plant in his village.3", A)
j.p("The goods have changed too. Firearms, mostly hunting rifles stolen from homes in the south, are now regularly seized at the border, and in 2031 the guards intercepted four groups of migrants who had been brought across the passes on foot, one of them in a blizzard in which two people died of exposure.4", A, breaks={4: (af(5), 0)})
j.add("The Response", A)
j.add("")
j.p("The border guards have few resources to patrol such a long and remote frontier. The Fjellmark detachment has twenty-two officers, two helicopters that are shared with the mountain rescue service and a handful of snowmobiles. Cooperation with their counterparts across the border is limited by a long-standing dispute over the demarcation of a section of the frontier, and joint patrols, which were common a decade ago, have not taken place since 2027.5", A)
j.p("Local residents, meanwhile, are divided. Some have welcomed the income that the trade brings to villages where jobs are scarce, while others fear the violence that has accompanied the arrival of the organised groups. In the village of Reindal, a guide who was suspected of informing on the smugglers was badly beaten in 2031, and his family has since moved away.", A)
j.p("As long as the passes stay open for more of the year, the pressure on the border will grow. Without more officers, better equipment and a renewal of cooperation across the frontier, the guards will continue to intercept only a small share of the goods and people moving through the mountains.", A)
j.add("")
j.add("Notes:")
j.add("1. Fjellmark Border Guard, annual report for 2031, p. 14.", A)
j.add("2. Authors' interviews with three border guards in Fjellmark, November 2031.", A)
j.add("3. Authors' interview with a former smuggler in Reindal, December 2031.", A)
j.add("4. Fjellmark Border Guard, press release, February 9, 2031.", A)
j.add("5. Ibid., p. 22.", A)
j.add("")
j.add("Oskar Lindqvist-Baptiste is a journalist based in Fjellmark. Aino Rautio is a research fellow at the Northlight Foundation who works on cross-border crime in the High North.")
j.add("")
j.add("BRIEF")
j.add("")
A = 2
j.add("Drone Sightings Close Kalvik Airport Twice in One Week")
j.add("Northlight Foundation staff")
j.add("")
j.p("Kalvik's regional airport was closed for a total of nine hours on January 6 and January 11 after air traffic controllers reported drones flying near the runway. On both occasions, the drones disappeared before police could locate their operators. The airport serves the region's main naval base, and the closures have prompted questions in parliament about whether the sightings were the work of hobbyists or of a foreign intelligence service (Kalvik Tidende, January 12).", A)
j.p("The police have said they have no evidence of foreign involvement, but they have also admitted that they lack the equipment to track drones in the area. The defence ministry has offered to lend the police a mobile detection system that is currently used to protect the naval base, and the airport's operator has asked for permanent detection equipment to be installed before the summer tourist season.", A)
j.p("Similar sightings have been reported at airports across the region over the past two years, and in most cases the operators were never identified.", A, breaks={1: (af(8), 0)})
j.write(arts("Arctic Security Monitor", "2032-01-01", 3, 1,
    ("Sabotage Under the Ice? The Severed Cables of the Hvalsund Strait", ["Benedikta Aalto-Mensah"], "feature"),
    ("Smugglers' Routes Across the Melting Border: The Fjellmark Crossing", ["Oskar Lindqvist-Baptiste", "Aino Rautio"], "feature"),
    ("Drone Sightings Close Kalvik Airport Twice in One Week", [], "brief")),
    None)

# ---------------------------------------------------------------------------------------------------------------
# j05: Eurasia Daily Monitor, Volume 29, Issue 31 (February 18, 2032), no sidecar, shaped like a rough pdftotext
# extraction: two-column contents run together on each line, form feeds, running headers with words run together
# and private-use glyphs (each shape once), page numbers glued to the header, footers between halves of sentences,
# hyphens across page breaks, a co-authors' bio after the sources.
j = Iss("j05_edm_issue_rough_extraction")
def eh(s):
    return ["", "\f" + s, ""]
j.lines_("""
Eurasia Daily Monitor
Volume 29, Issue 31          February 18, 2032

In this issue:                                      Tbilisi and Baku Quarrel Over a Pipeline Tariff
Moscow Courts Steppe Governors With Grain                By Levan Mikeladze-Orr ........................ 4
Credits  By Arsenii Voloshyn-Park ............ 1    Kazakh Border Guards Face a New Kind of Smuggler
                                                         By Dana Serikbayeva and Tomas Ruud ............ 6

""")
A = 0
j.add("Moscow Courts Steppe Governors With Grain Credits")
j.add("By Arsenii Voloshyn-Park")
j.add("")
j.p("In the first week of February, the Russian agriculture ministry announced a new programme of subsidised grain credits for the governors of seven steppe regions along the border with Kazakhstan. Under the programme, regional governments will be able to borrow from a state bank at a rate well below the market to buy seed, fuel and fertiliser for the spring sowing, and to pass the savings on to farms that agree to sell part of their harvest to state procurement agencies (Kommersant-Vostok, February 5).", A)
j.p("The programme is presented as a response to the poor harvest of 2031, when drought reduced yields across the southern steppe by almost a third. But its timing and its beneficiaries suggest political motives as well. Five of the seven governors face elections in September, and several have been criticised by local farmers' associations for failing to secure federal help after the drought. The credits will allow them to announce support for farmers in the months before the vote, while the requirement to sell to state agencies will tie the farms more closely to the federal government.", A, breaks={4: (eh("2EurasiaDailyMonitorVolume29Issue31"), 4)})
j.p("The programme also reflects a longer-term shift in Moscow's approach to the regions. Since 2029, the federal government has increasingly used targeted credits and subsidies, rather than transfers to regional budgets, to reward loyal governors and to discipline those who show signs of independence. Governors who have criticised federal policy have found their regions excluded from such programmes, while those who deliver votes and avoid controversy have been rewarded (Vedomosti-Region, January 22).", A)
j.p("For the farmers themselves, the credits are welcome but insufficient. Many farms took on heavy debts after the drought, and the new credits will do little to reduce them. Farmers' associations have called for a moratorium on debt repayments and for compensation for the losses of 2031, demands that the ministry has so far rejected. Unless the harvest of 2032 is substantially better than last year's, the credits may simply add to the burden of debt that is already driving small farms out of business across the steppe.", A)
j.p("The governors, meanwhile, have reason to be cautious. The requirement to sell part of the harvest to state agencies at fixed prices has been unpopular in the past, and farmers in several regions have protested against similar schemes. If the harvest is good and market prices rise above the fixed prices, the governors may find that the credits have cost them more goodwill than they have earned.", A, breaks={3: (["", "For subscriptions and reprints: monitor-archive.example.org/edm", "", "\f3  EurasiaDailyMonitorVolume29Issue31", ""], 0)})
j.add("")
A = 1
j.add("Tbilisi and Baku Quarrel Over a Pipeline Tariff")
j.add("By Levan Mikeladze-Orr")
j.add("")
j.p("A dispute between Georgia and Azerbaijan over the tariff for gas transit through the Southern Caucasus pipeline broke into the open on February 10, when the Georgian energy minister told parliament that Baku had refused to renegotiate a tariff that Tbilisi considers far below the market rate. The minister said that Georgia had lost more than two hundred million dollars in revenue over the past five years as a result, and that the government would consider all available legal options if talks did not resume (Civil Caucasus, February 11).", A)
j.p("The dispute is unusual in a relationship that both governments have long described as a strategic partnership. Georgia depends on Azerbaijani gas for most of its needs, and Azerbaijan depends on Georgian territory for its exports to Turkey and Europe. Both sides have an interest in avoiding a confrontation, and the Azerbaijani foreign ministry responded to the minister's remarks with a brief statement calling for the matter to be resolved through dialogue (Baku Courier, February 12).", A)
j.p("Behind the dispute lies a change in Georgia's position. When the tariff was agreed in the early 2000s, Georgia was a weak state with few alternatives, and it accepted terms that it now regards as unfair. Today, with the expansion of the pipeline and the prospect of new gas supplies from Central Asia, Georgia's transit role is more valuable, and its government is under pressure at home to extract more from it. The opposition has accused the government of allowing Azerbaijan to profit at Georgia's expense, and the minister's remarks appear to have been intended in part for a domestic audience.", A, breaks={6: (["", "", "\ue000 Eurasia Daily Monitor \ue000 Volume 29 \ue000 Issue 31 \ue000", "5", ""], 2)})
j.p("Azerbaijan, for its part, has little incentive to concede. The tariff is fixed by an intergovernmental agreement that runs until 2036, and Baku has argued that the agreement cannot be renegotiated unilaterally. Any move by Georgia to challenge the agreement in international arbitration would take years to resolve and would risk damaging the relationship on which both countries depend.", A)
j.p("The most likely outcome is a compromise in which Azerbaijan offers Georgia additional benefits, such as discounted gas for domestic consumption or investment in Georgian infrastructure, without formally changing the tariff. Such a compromise would allow both governments to claim victory. But the dispute has shown that the partnership between Tbilisi and Baku, long taken for granted in both capitals, rests on terms that one of the partners no longer accepts.", A)
j.add("")
A = 2
j.add("Kazakh Border Guards Face a New Kind of Smuggler")
j.add("By Dana Serikbayeva and Tomas Ruud")
j.add("")
j.p("Kazakhstan's border service reported on February 14 that it had detained more than four hundred people in 2031 for attempting to smuggle electronic components across the country's southern borders, four times as many as in the previous year. Most of those detained were carrying small quantities of microchips, circuit boards and drone parts concealed in luggage or vehicles, and most were heading south, toward Uzbekistan and Kyrgyzstan, from where the goods are believed to be re-exported (Tengri Daily, February 15).", A)
j.p("The surge reflects the growing demand for components that are subject to export controls in Western countries. Traders in Central Asia buy the components from suppliers in East Asia and Europe and sell them on to buyers in Russia and elsewhere, often through chains of small companies that are difficult to trace. The border service has said that many of those detained were couriers hired by such companies, paid a few hundred dollars for each trip, and that the organisers of the trade remain beyond its reach.", A)
j.p("The trade poses a dilemma for the government in Astana. Kazakhstan has committed itself to respecting Western export controls, and it has come under pressure from the United States and the European Union to tighten its enforcement. But the trade also brings income to border regions where jobs are scarce, and the government is wary of antagonising its neighbours by cracking down on traffic that they tolerate.", A, breaks={3: (["", "For subscriptions and reprints: monitor-archive.example.org/edm", ""], 0), 5: (["", "\f6EurasiaDailyMonitor\ue00bVolume29\ue00bIssue31", ""], 0)})
j.p("The border service's figures suggest that enforcement is improving, but they also show how large the trade has become. Officials privately acknowledge that the detentions represent only a small fraction of the components crossing the border, and that the trade is increasingly moving to rail freight, where inspections are less frequent. Without better intelligence on the companies that organise the trade, the border guards will continue to catch couriers while the networks behind them adapt.", A)
j.add("")
j.add("Dana Serikbayeva is an independent researcher in Almaty who studies trade and security in Central Asia. Tomas Ruud is a journalist who covers sanctions enforcement from Oslo.")
j.add("")
j.add("7")
j.write(arts("Eurasia Daily Monitor", "2032-02-18", 29, 31,
    ("Moscow Courts Steppe Governors With Grain Credits", ["Arsenii Voloshyn-Park"], "feature"),
    ("Tbilisi and Baku Quarrel Over a Pipeline Tariff", ["Levan Mikeladze-Orr"], "feature"),
    ("Kazakh Border Guards Face a New Kind of Smuggler", ["Dana Serikbayeva", "Tomas Ruud"], "feature")),
    None)
J05 = j

# ---------------------------------------------------------------------------------------------------------------
# j06: the web version of j01's Salt Road feature: one line per paragraph, navigation, a share bar, the notes as
# [n] lines under "Notes", the bio under the notes, related articles and a footer. Sidecar: url.
P = J01.paras(2)
notes = [p for p in P if p.startswith('[')]
body = [p for p in P if not p.startswith('[')]
heads = {"A Tax, Not a Robbery", "Courting the Herders", "The Limits of the State's Response"}
page = """Skip to main content
Monitor Archive
Home
Programs
Terrorism Monitor
Militant Leadership Monitor
Eurasia Daily Monitor
Events
Support Us
Search
Home / Terrorism Monitor / Volume XXX, Issue 2
The Salt Road Emirate: How Jihadists Tax the Caravans of the Tessit Basin
Publication: Terrorism Monitor Volume: 30 Issue: 2
By: Odile Rasmussen-Kone
January 23, 2032 04:12 PM Age: 3 days
Share
Facebook
X
LinkedIn
Email
Print
Salt caravan near a well, Tessit Basin (Source: Monitor Archive photo desk)
""" + "\n".join((">### " + p) if p in heads else (">" + p) for p in body) + """
Notes
""" + "\n".join(">" + n for n in notes) + """
Odile Rasmussen-Kone is a researcher on armed groups in the western Sahel and a former field coordinator for a humanitarian mine-action organisation.
Related
Drones Over the Marshes: A Separatist Insurgency Learns to Fly
Kestrel Brigade Claims Pipeline Sabotage in the Ombara Delta
Tags: Sahel, taxation, al-Qaeda, trade routes
Monitor Archive · 44 Harrowgate Lane · Privacy Policy · Terms of Use
© 2032 Monitor Archive. All rights reserved.
"""
web("j06_tm_web_salt_road_share_bar", page, dict(
    title="The Salt Road Emirate: How Jihadists Tax the Caravans of the Tessit Basin", authors=["Odile Rasmussen-Kone"],
    date="2032-01-23", kind="feature", publication="Terrorism Monitor", volume=30, issue=2),
    "url: https://monitor-archive.example.org/program/the-salt-road-emirate-how-jihadists-tax-the-caravans-of-the-tessit-basin/")

# ---------------------------------------------------------------------------------------------------------------
# j07: the web version of j05's grain-credits piece, saved without a sidecar: a cookie banner first, the publication
# line and the date on one line each, a "Listen to this article" player placeholder, no notes, tags, a donation
# blurb and a newsletter sign-up after the last paragraph.
P = J05.paras(0)
page = """We use cookies to understand how you use our site and to improve your experience. By continuing you accept our use of cookies. Accept all | Manage preferences
MONITOR ARCHIVE
Menu
Eurasia Daily Monitor
Moscow Courts Steppe Governors With Grain Credits
Publication: Eurasia Daily Monitor
Volume: 29 Issue: 31
February 18, 2032 11:05 AM
By: Arsenii Voloshyn-Park
Listen to this article
00:00 / 00:00
[audio player loading…]
""" + "\n".join(">" + p for p in P) + """
Tags: Russia, agriculture, regional politics, elections
Our work depends on readers like you. Donate today to keep independent analysis free for everyone.
Donate
Get the Eurasia Daily Monitor in your inbox
Enter your email address
Sign up
Read next: Tbilisi and Baku Quarrel Over a Pipeline Tariff →
← Previous: Russia's Northern Fleet Rotates Its Icebreakers
Contact · Careers · Accessibility · Privacy
"""
web("j07_edm_web_grain_credits_cookie_audio", page, dict(
    title="Moscow Courts Steppe Governors With Grain Credits", authors=["Arsenii Voloshyn-Park"],
    date="2032-02-18", kind="feature", publication="Eurasia Daily Monitor", volume=29, issue=31))

# ---------------------------------------------------------------------------------------------------------------
# j08: a think tank's commentary saved by a crawler: a YAML block (title with the site-name suffix, source, date,
# description), word-processor roman endnotes [[i]](#_ednN) in the body and [[i]](#_ednrefN) in the list under
# "Endnotes", an italic closing bio with an honorific, a share bar and a print line. Sidecar: url.
page = """---
title: "Harbours of Convenience: Why Jihadist Financiers Love Small Ports | Halvard Institute for Strategic Affairs"
source: https://www.halvard-institute.example/commentary/harbours-of-convenience
date: 2032-01-14
description: "Small ports with weak oversight have become the preferred hubs for moving money and goods on behalf of armed groups. Closing them requires more than new sanctions lists."
---
Halvard Institute for Strategic Affairs
Research | Commentary | Events | Experts | About
COMMENTARY
Harbours of Convenience: Why Jihadist Financiers Love Small Ports
14 January 2032
Share this: Email | Facebook | LinkedIn | Bluesky
>When governments think about the finances of armed groups, they tend to think about banks, money changers and, more recently, cryptocurrency exchanges. Ports receive far less attention. Yet in case after case over the past five years, the goods and cash that sustain insurgent movements have passed through small harbours whose customs posts are understaffed, whose registers are kept on paper and whose port authorities answer to local notables rather than to national regulators.[[i]](#_edn1)
>The attraction of such ports is easy to understand. A container or a dhow that enters a major port is scanned, recorded and tracked; the same cargo landed at a fishing harbour a few hundred kilometres down the coast may never be recorded at all. Financiers who need to move goods that can later be sold for cash, such as charcoal, fuel, sugar or second-hand vehicles, have every reason to prefer the second route, and the prices of these goods in the markets around small ports often reflect the absence of duties paid.[[ii]](#_edn2)
>The problem is compounded by the way sanctions regimes are designed. Listing individuals and companies is useful when they rely on the formal financial system. It does much less against a network that moves its value in sacks of charcoal and pays its agents in cash at a quay. Several of the financiers listed by the United Nations panel on the eastern coast in 2029 continued to operate for years after their designation, precisely because their business never needed a bank account.[[iii]](#_edn3)
>### What would work
>Three measures would make a greater difference than further listings. The first is to treat the registration of small vessels and the recording of their cargoes as a security matter rather than a matter of fisheries management. The second is to fund customs posts in minor harbours properly, with officers rotated often enough that they cannot be captured by local interests. The third is to share the data that already exists: port calls, fuel purchases and insurance records are collected by different agencies that rarely talk to each other.[[iv]](#_edn4)
>None of these measures is glamorous, and none will produce the kind of announcement that a new sanctions package does. But the experience of the last decade suggests that armed groups adapt quickly to measures aimed at the formal financial system and slowly, if at all, to the unglamorous work of watching the quays. Governments that want to starve insurgencies of money should start where the money is landed.
*Dr Xenia Papadakis-Oyelowo is a senior fellow in the Institute's Security and Finance Programme. The views expressed are her own.*
Endnotes
>[[i]](#_ednref1) Halvard Institute, Small Ports, Big Gaps: Customs Capacity on the Eastern Coast (Research Paper 41, 2030).
>[[ii]](#_ednref2) Market price survey conducted for the Institute in three coastal towns, June–August 2031.
>[[iii]](#_ednref3) Report of the Panel of Experts on the eastern coast, 2031, paragraphs 88–104.
>[[iv]](#_ednref4) Interviews with customs officials in two coastal states, November 2031.
Print this page
Related commentary
The Charcoal Economy Revisited
Sanctions Without Banks: Lessons From a Decade of Listings
Halvard Institute for Strategic Affairs is an independent, non-partisan research institute. Registered charity no. 1188042.
© Halvard Institute for Strategic Affairs 2032 | Privacy | Cookies | Accessibility
"""
web("j08_thinktank_yaml_roman_endnotes_italic_bio", page, dict(
    title="Harbours of Convenience: Why Jihadist Financiers Love Small Ports", authors=["Xenia Papadakis-Oyelowo"],
    date="2032-01-14", kind="commentary", publication="Halvard Institute for Strategic Affairs"),
    "url: https://www.halvard-institute.example/commentary/harbours-of-convenience")

# ---------------------------------------------------------------------------------------------------------------
# j09: a regional newspaper: a cookie banner, "Posted <date> by NAME", an image credit, a share bar in the middle of
# the page, a "Read more" teaser inserted between paragraphs, previous/next teasers and a comments section with
# dated comments. No sidecar.
page = """This site uses cookies. Some of them are essential, others help us improve your experience. Find out more in our cookie policy.
OK, got it
The Brennock Valley Gazette
News | Sport | Business | Opinion | Community | Obituaries | E-edition
Subscribe from £1 a week
News
Man charged over fertiliser thefts from Brennock farms
Posted 3 February 2032 by Marguerite Tallis-Okoro
Police officers outside the farm supply depot in Corrow on Tuesday. Picture: Aled Fennimore / Gazette
>A 34-year-old man from Corrow has been charged in connection with a series of thefts of ammonium nitrate fertiliser from farms across the Brennock valley, police confirmed on Monday.
>The man, who cannot be named for legal reasons, appeared before Harlow Magistrates' Court and was remanded in custody until a hearing at the Crown Court later this month. He faces six counts of theft and one count of possessing an explosive substance with intent.
>Officers from the regional counter-terrorism unit have been involved in the investigation since November, when a farmer near Linsey reported that a dozen bags of fertiliser had disappeared from a locked barn. Similar thefts were reported at five other farms over the following weeks.
Share this article
Facebook
WhatsApp
Email
Copy link
>Detective Superintendent Rowena Pask said the investigation was ongoing and that officers were not looking for anyone else in connection with the thefts. "I want to reassure the farming community that we have taken these thefts extremely seriously from the start," she said. "We are grateful to the farmers who came forward and to the neighbours who reported suspicious vehicles."
READ MORE: Farmers urged to lock up chemicals after spate of thefts
>The National Farmers' Association has repeated its advice that fertiliser containing high levels of ammonium nitrate should be stored securely and that any loss should be reported to police immediately. Its regional chair, Gwilym Arden, said most farmers in the valley had already fitted new locks and alarms after the first thefts were reported.
>"It has been a worrying few months," he said. "Nobody expects to find that the stuff they spread on their fields might end up somewhere else entirely. People have been checking their barns every morning."
>Police said there was no wider risk to the public.
Previous article
Corrow bypass roadworks to start in spring
Next article
Linsey primary school wins regional reading prize
Comments (3)
Have your say. Comments are moderated and must follow our community guidelines.
Dai_from_Linsey · 3 February 2032 at 18:42
Good work by the police. My brother-in-law lost four bags in December.
Reply
Concerned reader · 3 February 2032 at 20:15
Why has it taken three months to charge anyone?
Reply
Harlow_Green · 4 February 2032 at 07:03
Glad it's been sorted. Lock up your sheds, folks.
Reply
Load more comments
© 2032 Brennock Valley Gazette Ltd. Registered in England. Contact us | Advertise | Terms | Privacy notice
"""
web("j09_regional_paper_posted_by_comments", page, dict(
    title="Man charged over fertiliser thefts from Brennock farms", authors=["Marguerite Tallis-Okoro"],
    date="2032-02-03", kind="news", publication="The Brennock Valley Gazette"))

# ---------------------------------------------------------------------------------------------------------------
# j10: a newsletter on a hosted platform: subscribe blurbs at top, middle and end, a line of three co-author names
# under the subtitle, markers glued to words and sentence ends (word.3) matched by a numbered reference list with
# "accessed" dates and URLs, a like/comment/restack bar. Sidecar: url.
page = """Threat Ledger
Subscribe
Sign in
Issue 112: The ransom economy goes digital
Kidnappers are asking for stablecoins, and negotiators are learning to trace them
Ilse Marwick, Tobiah Ncube and Sunniva Hartle
Feb 11, 2032
12
3
Share
>Welcome back to Threat Ledger. This week we look at something that negotiators in three regions have told us about independently: kidnapping gangs that demand their ransoms in stablecoins rather than cash.
>The shift is not universal. Most ransoms in the regions we follow are still paid in cash, delivered by intermediaries who know the kidnappers or their relatives. But since the middle of last year, at least a dozen cases reported in the regional press have involved a demand for payment to a digital wallet, usually in a dollar-pegged token.1 Negotiators we spoke to put the real number several times higher, since families who pay in this way rarely go to the press.
Threat Ledger is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.
Subscribe
>### Why tokens?
>For the kidnappers, the advantages are obvious. Cash has to be collected, counted and moved, and every handover is a moment when the police or a rival gang might intervene. A token can be received in seconds, anywhere, by a member of the gang who need never go near the hostage. It can be converted into local currency through informal brokers who advertise on messaging apps, often at a small discount.2
>For families, the picture is more complicated. Buying tokens requires access to an exchange or a broker, and families in rural areas often depend on a relative abroad or a local trader to do it for them. Several negotiators described cases in which the intermediary who bought the tokens took a large commission, or in which the tokens were sent to the wrong address and lost.3
>### Tracing the money
>The more hopeful finding is that payments in tokens leave a trail that cash does not. Analysts working with two insurance firms told us they had traced ransom payments from several cases to the same small group of broker wallets, which also received payments from extortion schemes in the same region.4 That kind of link is almost impossible to establish when ransoms are paid in cash.
>Whether the trail leads anywhere depends on the brokers. Most operate outside the regulated exchanges, and the authorities in the countries where they are based have shown little interest in pursuing them. Until that changes, the trail will be more useful to negotiators, who can use it to anticipate a gang's next move, than to prosecutors.5
>We will come back to this in a future issue. If you have worked on a case involving token payments and are willing to talk to us, reply to this email; we treat every message as confidential.
References
>1. Kidnap for ransom in the eastern provinces: annual review – Coastline Risk Partners, accessed January 30, 2032, https://coastline-risk.example/reviews/kfr-2031
>2. Informal crypto brokers and the cash economy – Marrow Finance Watch, accessed February 2, 2032, https://marrowwatch.example/brokers
>3. Families pay twice: the hidden costs of ransom – Delta Herald, accessed February 4, 2032, https://deltaherald.example/2032/01/families-pay-twice
>4. Tracing ransom flows on public ledgers (working paper) – Grayling Analytics, accessed February 6, 2032, https://grayling-analytics.example/papers/ransom-flows.pdf
>5. Interview with a kidnap-and-ransom consultant, conducted by the authors, February 2032.
Thanks for reading Threat Ledger! Subscribe for free to receive new posts and support our work.
Subscribe
12 Likes · 3 Restacks
Discussion about this post
Write a comment...
Ready for more?
© 2032 Threat Ledger · Privacy ∙ Terms ∙ Collection notice
Start writing
Get the app
"""
web('j10_newsletter_three_names_glued_refs', page, dict(
    title="Issue 112: The ransom economy goes digital", authors=["Ilse Marwick", "Tobiah Ncube", "Sunniva Hartle"],
    date="2032-02-11", kind="newsletter", publication="Threat Ledger"),
    'url: https://threatledger.example/p/issue-112-the-ransom-economy-goes-digital')

# ---------------------------------------------------------------------------------------------------------------
# j11: an NGO's report page whose scripts left placeholders ({{ }} templates, [object Object], "Loading…"), an
# error line from its web app, a download box, a disclaimer and a "Written by Dr. … and …" byline after the summary
# heading. Sidecar: url.
page = """Skip to content
Open Borders Humanitarian Network
Donate now
Who we are
Where we work
Our research
Get involved
{{ breadcrumb.current }}
Loading…
REPORT
Caught Between Checkpoints: Civilians and Armed Groups on the Sarrat Border
Published 9 March 2032
Written by Dr. Amara Lindholm and Teodor Vasquez-Ilunga
Download the full report (PDF, 2.4 MB)
[object Object]
>### Summary
>Civilians living along the Sarrat border have been caught for three years between the checkpoints of the government's border forces and those of the Western Emirate, the armed movement that controls most of the hill country on the eastern side. This report, based on 212 interviews conducted between May and November 2031 in eleven villages and two displacement sites, documents the consequences for their safety, their livelihoods and their access to basic services.
>The interviews describe a pattern in which each side treats movement across the front line as evidence of loyalty to the other. Farmers who cross to reach their fields are detained by one side for questioning and taxed by the other; women travelling to the district hospital report being searched and threatened at both sets of checkpoints; and young men are pressed to join the Emirate's local militia or to inform for the border forces, with little room to refuse either.
>### Key findings
>More than two thirds of the households interviewed had lost access to at least part of their land because of restrictions on movement imposed by one or both sides. One household in five had a member who had been detained at a checkpoint in the previous year, for periods ranging from a few hours to several months.
>Access to health care has fallen sharply. The district hospital in Qasr Sarrat, which is in government-held territory, now receives fewer than half as many patients from the eastern villages as it did in 2028, and health workers attribute most of the decline to the difficulty and danger of crossing the front line.
>Schools in the eastern villages have been closed or taken over by the Emirate, which has replaced the national curriculum with its own. Many families have sent their children to relatives in government-held towns, dividing households for years at a time.
>### Recommendations
>The report calls on both the government and the Emirate to allow civilians to move freely to their fields, to health facilities and to markets; to end the detention of civilians on the basis of where they live; and to allow humanitarian organisations to reach the villages on both sides of the front line. It calls on donors to fund services in the border districts that can be reached from either side.
Something went wrong while loading related content. Please reload the page.
Related publications
{{#each relatedPublications}}{{title}}{{/each}}
Disclaimer: The views expressed in this report are those of the authors and do not necessarily reflect the views of Open Borders Humanitarian Network or its donors. Names of interviewees have been changed for their protection.
Sign up for our newsletter
Email address
Subscribe
Open Borders Humanitarian Network is a registered charity. © 2032 All rights reserved. Privacy policy · Cookie settings
"""
web('j11_ngo_report_script_placeholders', page, dict(
    title="Caught Between Checkpoints: Civilians and Armed Groups on the Sarrat Border",
    authors=["Amara Lindholm", "Teodor Vasquez-Ilunga"], date="2032-03-09", kind="report",
    publication="Open Borders Humanitarian Network"),
    'url: https://www.openborders-hn.example/research/caught-between-checkpoints-sarrat-2032')

# ---------------------------------------------------------------------------------------------------------------
# j12: a university research centre's analysis (the centre has its own name and navigation under the university's
# masthead): breadcrumb, "By Prof. NAME" with a role line, reading time, an image caption with credit, a pull quote
# repeating a sentence of the text, tags, an "About the author" box, related posts. No sidecar.
page = """University of Hallgrim
Study | Research | Global | Alumni | Staff intranet
Centre for Conflict and Resilience Studies
Home | People | Projects | Publications | Blog | Contact
Home › Blog › Analysis
ANALYSIS
When the Militia Becomes the Municipality
By Prof. Henrietta Okonkwo-Salas, Director, Centre for Conflict and Resilience Studies
27 January 2032 · 7 min read
Volunteers of the Reindal self-defence committee at a checkpoint, 2031. Photo: CCRS field team
>Across a wide belt of the central highlands, the armed committees that villages formed in 2026 to defend themselves against raiders have quietly become something else. They still man checkpoints and patrol the roads at night, but they also collect fees at the weekly markets, settle land disputes, license the mills and, in some districts, run the primary schools. In practice, they have become the local government.
>This post draws on the Centre's fieldwork in fourteen highland districts in 2030 and 2031 to ask how that happened and what it means for the state that first armed the committees and now finds itself competing with them.
>### From defence to administration
>The committees did not set out to govern. Most were formed in a hurry, after raids in which the police arrived hours or days too late, and their members were farmers and traders with hunting rifles. The state welcomed them, supplied some with weapons and paid small stipends to their leaders, on the understanding that they would hand suspects to the police and disband once order was restored.
>Order was never fully restored, and the committees never disbanded. Instead, as the police withdrew from the smaller towns, the committees took over tasks that no one else was performing. Market fees paid for their stipends when the state's payments stopped. Their leaders became the people villagers went to when a boundary stone was moved or a debt went unpaid. By 2031, in the districts we studied, the committees were settling more disputes than the courts.
“By 2031, the committees were settling more disputes than the courts.”
>### Why it matters
>The committees' new role has benefits that villagers readily acknowledge. Disputes are settled quickly and cheaply, the markets are safer than they were, and in some places the committees have repaired roads and wells that the district administration had neglected for years. But the committees are accountable to no one outside the village, and their leaders are increasingly drawn from a narrow group of wealthy families who can afford to arm and feed the volunteers.
>Where the committees' interests diverge from those of their neighbours, the consequences can be serious. In several districts, committees have closed roads to herders from neighbouring areas, and disputes between committees over market fees have turned violent. The state, which has no presence in many of these places beyond an occasional patrol, is in no position to mediate.
>### What the state can do
>Dissolving the committees is neither possible nor desirable: they provide security that the state cannot, and attempts to disarm them would probably fail. A better approach would be to bring them within a framework of rules: registering their members, publishing the fees they may charge, giving villagers a way to appeal against their decisions and making the state's stipends conditional on compliance. Some district governors have begun to experiment with such arrangements, with mixed results that the Centre will report on later this year.
Tags: highlands, militias, local governance, state-building
About the author
Henrietta Okonkwo-Salas is Professor of Political Science at the University of Hallgrim and Director of the Centre for Conflict and Resilience Studies. Her book on vigilante movements was published in 2029.
Related posts
The Price of Protection: Market Fees in Highland Towns
Fieldwork Diary: Three Weeks in Reindal
This post reflects the views of the author and not of the University of Hallgrim.
© University of Hallgrim 2032 · Accessibility statement · Freedom of information · Privacy
"""
web("j12_university_centre_analysis_pullquote", page, dict(
    title="When the Militia Becomes the Municipality", authors=["Henrietta Okonkwo-Salas"],
    date="2032-01-27", kind="analysis", publication="Centre for Conflict and Resilience Studies"))

# ---------------------------------------------------------------------------------------------------------------
# j13: a ministry's media release saved by a crawler whose YAML block has placeholders (author: unknown, an empty
# description), a "From:" line naming the ministry, the date as "Issued: 17.03.2032", a notes-to-editors block and a
# contact block, a feedback widget. No sidecar.
page = """---
title: "Coast guard seizes vessel carrying weapons components off Cape Rennet - GOV.OR"
source: https://www.gov.or.example/news/coast-guard-seizes-vessel-cape-rennet
author: unknown
published: unknown
description:
---
GOV.OR
The official website of the Republic of Orland
Menu
Home › Maritime security › News
Media release
Coast guard seizes vessel carrying weapons components off Cape Rennet
From: Ministry of Maritime Security
Issued: 17.03.2032
>The Orland Coast Guard has seized a cargo vessel carrying components for unmanned aerial vehicles and small arms ammunition approximately forty nautical miles south-west of Cape Rennet, the Ministry of Maritime Security announced today.
>The vessel, which was sailing under a foreign flag and had declared a cargo of agricultural machinery, was boarded by a coast guard team on 15 March following information received from partner agencies. A search of its hold found more than three hundred crates containing engines, guidance boards and airframe parts, together with approximately sixty thousand rounds of ammunition.
>The twelve crew members have been detained and are being questioned by investigators from the National Maritime Crime Unit. The vessel has been escorted to the naval base at Port Hallam, where its cargo will be examined by specialists.
>The Minister for Maritime Security, Ambrose Tiernan-Koh, said: "This seizure shows that our coast guard is able to act quickly and decisively on intelligence shared by our partners. Orland's waters will not be used as a route for weapons destined for armed groups, and we will continue to work with our neighbours to disrupt this trade."
>Investigators believe the cargo was destined for an armed group operating in the region and had been loaded in a third country. The ministry will not comment further while the investigation is ongoing.
>### Notes to editors
>The National Maritime Crime Unit was established in 2029 to investigate smuggling, trafficking and other serious crimes at sea. It has conducted fourteen seizures of weapons or weapons components since its creation.
Media enquiries
Press office, Ministry of Maritime Security
press@maritime.gov.or.example | +000 21 555 0142 (out of hours: +000 21 555 0100)
Share this page
Was this page useful?
Yes
No
Report a problem with this page
Topics: Maritime security, Coast guard, Arms control
Contents licensed under the Orland Open Government Licence unless otherwise stated
© Crown copyright
"""
web("j13_ministry_media_release_yaml_unknown", page, dict(
    title="Coast guard seizes vessel carrying weapons components off Cape Rennet", authors=[],
    date="2032-03-17", kind="press release", publication="Ministry of Maritime Security"))

# ---------------------------------------------------------------------------------------------------------------
# j14: a magazine's long read: a "Words by … / Photographs by …" credit line, standfirst, image captions with
# credits between paragraphs, a pull quote repeating a sentence, a newsletter promo and a "Continue reading below"
# placeholder mid-article, section headings, an author line at the end in plain text ("Corvin Aldana is …"),
# "More long reads" teasers. Sidecar: url.
page = """THE MERIDIAN REVIEW
Politics   Ideas   Culture   Long reads   Podcasts
Subscribe   Log in
LONG READ
The Last Ferry to Isle Calder
On an island where the state has all but left, a smuggling network and a church run everything that matters. Who decides what happens next?
Words by Corvin Aldana · Photographs by Linnea Okeke-Storm
Saturday 6 March 2032
The harbour at Port Calder at dawn. Photograph: Linnea Okeke-Storm for The Meridian Review
>The ferry to Isle Calder leaves the mainland twice a week, when it leaves at all. On the morning I travelled, in late January, it carried eleven passengers, a van full of bottled gas, two crates of chickens and a coffin, returning a man who had died in a hospital on the mainland to be buried where he was born. The crossing took four hours. For most of it the only other boat in sight was a fast launch that kept pace with us at a distance and then, near the island, turned away to the south.
>"That one's not ours," said the ferry's mate, a man in his sixties who had worked the route for thirty years. He did not say whose it was. On Isle Calder, I would learn, there are many things that people do not say.
>### An island left behind
>Isle Calder has about two thousand inhabitants, down from more than five thousand in the 1990s. The fish processing plant that once employed a third of them closed in 2024. The island's police post was reduced to a single officer in 2027 and closed altogether two years later, after the officer was transferred and no replacement could be found. The doctor comes once a month. The school has forty pupils and three teachers, one of whom is also the island's registrar of births and deaths.
Continue reading below
Advertisement
>Into this space, over the past decade, two institutions have moved. One is the Church of the Harbour Light, an evangelical congregation founded by a former fisherman, which now runs the island's only food bank, its youth club and a small clinic staffed by volunteers. The other is a network of men who move cigarettes, fuel and, according to the coast guard, people and weapons between the island and the coasts on either side of the strait.
The Church of the Harbour Light runs the island's food bank from a former net store. Photograph: Linnea Okeke-Storm
>### Two powers, one island
>The two are not, as far as anyone will say, connected. The pastor, Ruth Ellery-Tamm, told me that the church accepts donations from anyone who gives them freely and asks no questions about where the money comes from, a policy she defended as a matter of faith. The men of the network, for their part, attend services, pay for the repair of the church roof and send their children to its youth club. On an island this small, she said, everyone is connected to everyone.
“On an island this small, everyone is connected to everyone.”
>What is clear is that between them, the church and the network now provide most of what the state used to. When a storm tore the roof off the school last winter, it was the network's boats that brought the materials to repair it and the church's volunteers who did the work. When a family cannot pay for the ferry to take a sick child to the mainland, the church raises the money, and the network's launch sometimes takes them for free.
Sign up to The Meridian Review's weekly newsletter for the best of our long reads, delivered every Sunday.
Enter your email   Sign up
>### The price of order
>Islanders are divided about what this means. Some are grateful, and say that without the church and the network the island would have emptied long ago. Others are afraid. A woman who runs a guesthouse near the harbour, who asked that her name not be used, told me that a man who had spoken to the coast guard about the launches had his boat burned in 2030 and left the island soon after. Nobody was charged. Nobody, she said, was ever going to be.
>The regional government says it intends to reopen the police post and to restore the ferry to a daily service. It has said this before. In the meantime, the coast guard's patrols have grown more frequent, and in December it seized a launch carrying forty thousand litres of fuel off the island's southern cape. The men arrested were from the mainland. On Isle Calder, people noted, no one had seen them before.
>On the last evening of my visit, the man who had come home in the coffin was buried in the churchyard above the harbour. Most of the island came. The pastor preached; the men of the network carried the coffin. Afterwards, as the mourners walked down to the harbour, the fast launch I had seen from the ferry was tied up at the quay, its engines ticking as they cooled.
Corvin Aldana is a contributing writer at The Meridian Review. His last long read for the magazine was about the border towns of the northern plains.
More long reads
The town that voted to disappear
Inside the hunt for the country's last lighthouse keeper
Why the river pilots went on strike
The Meridian Review is published by Meridian Media Ltd. © 2032. All rights reserved. Terms · Privacy · Cookie preferences · Contact
"""
web("j14_magazine_long_read_captions_pullquote", page, dict(
    title="The Last Ferry to Isle Calder", authors=["Corvin Aldana"], date="2032-03-06", kind="long read",
    publication="The Meridian Review"),
    "url: https://www.meridianreview.example/long-reads/2032/mar/06/the-last-ferry-to-isle-calder")

# ---------------------------------------------------------------------------------------------------------------
# j15: a podcast page: episode number, host, running time, a chapter list with timestamps (furniture), show notes
# with guests, then a transcript with speaker labels; a player placeholder, "Listen on" links, a sponsor line and the
# production company in the footer. No sidecar.
page = """The Long Fuse
A podcast about political violence and the people who study it
Episodes   About   Newsletter   Support the show
Episode 47
What the Ledger Told Us
Hosted by Saoirse Delacroix-Mensah
Published March 24, 2032 · 38 min
▶ Play episode
[player failed to load — refresh to try again]
Listen on: Apple Podcasts · Spotify · Pocket Casts · RSS
Chapters
00:00 Introduction
02:14 How the ledger leaked
11:40 Reading an armed group's accounts
24:05 What the money was for
33:30 What comes next
In this episode, Saoirse talks to the researcher Konstantin Ebbesen-Mwangi about the leaked accounts of an armed movement on the Sarrat border and what they reveal about how insurgencies pay their way.
This episode is supported by listeners like you. Become a member for ad-free episodes.
Transcript
>SAOIRSE DELACROIX-MENSAH: Konstantin, thanks for coming on. Let's start with the basics. What is this ledger, and how did it get out?
>KONSTANTIN EBBESEN-MWANGI: It's a set of account books, essentially, covering about three years of the movement's income and spending. Someone photographed the pages and sent them to a newspaper in the provincial capital in 2030. We still don't know who. The newspaper published a selection, and later the whole thing appeared online.
>SAOIRSE DELACROIX-MENSAH: And you've spent, what, a year with it?
>KONSTANTIN EBBESEN-MWANGI: Longer than I'd like to admit. The first thing that strikes you is how ordinary it looks. It could be the books of a cooperative or a small transport company. Income on one side, expenditure on the other, everything dated, everything signed, and the accounts balanced at the end of each month.
>SAOIRSE DELACROIX-MENSAH: Where does the money come from?
>KONSTANTIN EBBESEN-MWANGI: Mostly from taxing trade. There's a steady income from checkpoints on the roads and from levies at the markets. Then there are irregular items, livestock seized from villages that refused to cooperate, and ransoms, which are large but rare. What surprised me was how small the ransoms were as a share of the total. People tend to assume that kidnapping is what funds these groups. In this case it was the roads.
>SAOIRSE DELACROIX-MENSAH: And where does it go?
>KONSTANTIN EBBESEN-MWANGI: Salaries, above all. Fighters are paid monthly, and there's a separate line for the families of those who were killed. Then weapons and ammunition, then the courts and the schools the movement runs. There's very little that looks like personal enrichment at the top, at least in these books, which is not what you'd expect if you think of these groups as criminal enterprises.
>SAOIRSE DELACROIX-MENSAH: Does that tell us anything about how to respond?
>KONSTANTIN EBBESEN-MWANGI: I think it tells us that the roads matter more than the ransoms. If you want to reduce the movement's income, you have to give traders a reason not to pay at the checkpoints, which means giving them a safer route or a cheaper one. Prosecuting the occasional kidnapper won't change the books very much.
>SAOIRSE DELACROIX-MENSAH: Konstantin Ebbesen-Mwangi, thank you.
>KONSTANTIN EBBESEN-MWANGI: Thank you for having me.
Transcripts are generated automatically and lightly edited. They may contain errors.
The Long Fuse is produced by Quarry Lane Audio. Music by The Tin Harbour Quartet.
© 2032 Quarry Lane Audio · Privacy · Terms
"""
web("j15_podcast_episode_transcript_chapters", page, dict(
    title="What the Ledger Told Us", authors=["Saoirse Delacroix-Mensah"], date="2032-03-24", kind="podcast",
    publication="The Long Fuse"))
