# heldout28: a blind set written by the blind28 helper (see README.md of the corpus). `python3 gen.py` rewrites every
# .txt, .yml and .labels.yml here. Whole issues use corpusgen.Issue (ranges counted from the owner of each line); web
# pages use corpusgen.write (article lines marked '>'). All text is invented.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import corpusgen
from corpusgen import arts, wrap


class Iss(corpusgen.Issue):
    """An Issue whose paragraphs may be cut by a page break (furniture lines inserted before wrapped line k, owned by
    no article) and whose first word of line k may be hyphenated back onto line k-1 (hyph = letters kept above)."""
    def p(self, text, art, breaks=None, width=68):
        lines = wrap(text, width)
        for k, (furn, hyph) in (breaks or {}).items():
            assert 0 < k < len(lines), (self.name, k, len(lines), text[:40])
            if hyph:
                head, _, rest = lines[k].partition(' ')
                lines[k - 1] += ' ' + head[:hyph] + '-'
                lines[k] = head[hyph:] + (' ' + rest if rest else '')
        for i, l in enumerate(lines):
            if breaks and i in breaks:
                for f in breaks[i][0]:
                    self.add(f, None)
            self.add(l, art)
        self.add("", None)
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
