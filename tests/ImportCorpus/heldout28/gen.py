# heldout28: a blind set (file names start with j), January-March 2032. All text invented for this set.
# `python3 gen.py` rewrites every .txt, sidecar .yml and .labels.yml here. Whole issues use corpusgen.Issue (with page
# furniture inserted between pages, sometimes in the middle of a sentence); web pages use corpusgen.write ('>' lines).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpusgen import Issue, arts, write
os.chdir(HERE)

VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "gh", "ck", "wh", "qu", "ng"}
SUFFIXES = {"ing", "ings", "ed", "er", "ers", "le", "les", "ly", "es", "s"}  # no split just before these

def split_point(word, room):
    """Where a long word may be hyphenated: between two consonants (not a digraph), prefix at most `room` long."""
    core = word.rstrip('.,;:)"\'’”')
    if len(core) < 9 or not core.isalpha(): return None
    for i in range(min(len(core) - 3, room), 3, -1):
        a, b = core[i - 1].lower(), core[i].lower()
        if a not in VOWELS and b not in VOWELS and a + b not in DIGRAPHS and core[i + 1:].lower() not in SUFFIXES:
            return i
    return None

def hwrap(par, width=68, hyph=True):
    lines, cur = [], ""
    for w in par.split():
        if not cur: cur = w; continue
        if len(cur) + 1 + len(w) <= width: cur += " " + w; continue
        i = split_point(w, width - len(cur) - 2) if hyph else None
        if i: lines.append(cur + " " + w[:i] + "-"); cur = w[i:]
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

class Pdf(Issue):
    """An issue whose text runs over pages of `lpp` lines; `brk(page)` gives the lines between pages (footer of the
    page ending, header of page `page`). With `hyph_pb`, a long word at a page break is split across it."""
    def __init__(self, name, lpp, brk, hyph_pb=0, width=68):
        super().__init__(name); self.lpp, self.brk, self.hyph_pb, self.width = lpp, brk, hyph_pb, width
        self.n, self.page = 0, 1
    def raw(self, line):
        Issue.add(self, line, None)
    def pagebreak(self, line=None, art=None):
        if line is not None and self.hyph_pb and art is not None and self.lines and self.owner[-1] == art:
            first, _, rest = line.partition(" ")
            core = first.rstrip('.,;:)"\'')
            i = next((j for j in range(len(core) - 3, 1, -1) if core.isalpha() and len(core) >= 7 and core[j + 1:].lower() not in SUFFIXES
                      and core[j - 1].lower() not in VOWELS and core[j].lower() not in VOWELS
                      and (core[j - 1] + core[j]).lower() not in DIGRAPHS), None)
            if i and rest:
                self.lines[-1] += " " + first[:i] + "-"; line = first[i:] + " " + rest; self.hyph_pb -= 1
        self.page += 1; self.n = 0
        for fl in self.brk(self.page): self.raw(fl)
        return line
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            if self.n >= self.lpp and line.strip(): line = self.pagebreak(line, art)
            Issue.add(self, line, art if line.strip() else None)
            self.n += 1
    def newpage(self):
        while self.lines and not self.lines[-1].strip(): self.lines.pop(); self.owner.pop()
        self.pagebreak()
    def para(self, text, art, width=None):
        for l in hwrap(text, width or self.width): self.add(l, art)
        self.add()
    def body(self, art, items):
        for it in items:
            if it.startswith("## "): self.add(it[3:], art); self.add()
            else: self.para(it, art)
    def notes(self, art, head, items, fmt=lambda i: "[%d] " % i, blank=False):
        if head: self.add(head); self.add()
        for i, n in enumerate(items, 1):
            for l in hwrap(fmt(i) + n, self.width, hyph=False): self.add(l, art)
            if blank: self.add()
        self.add()
    def done(self, articles, sidecar=None):
        while self.lines and not self.lines[-1].strip(): self.lines.pop(); self.owner.pop()
        self.write(articles, sidecar or "")
        if sidecar is None: os.remove(self.name + ".yml")

def words(items):
    return sum(len(i.split()) for i in items)

# ---------------------------------------------------------------------------------------------------------------
# j01: Terrorism Monitor, Volume XXX, Issue 2, January 22, 2032. Plural BRIEFS over two briefs with bare name lines,
# two features; a bio before the notes of one and a two-author bio after the notes of the other; a regular running
# header on every page and a bare page number at the foot.

J01_B1 = [
"Fishermen on the eastern shore of Lake Ombessa say that since late November a small armed group has been collecting a weekly levy from every boat that lands its catch at the villages of Dunkara, Lessi and Mbolo-Gare. The group, which calls the levy a \"water tithe,\" charges a fixed sum per canoe and a larger amount for the motorised boats that carry smoked fish to the markets of the provincial capital, Kessoum (Radio Lac Ombessa, December 14, 2031). Boat owners who refuse have had their nets cut and, in at least two cases, their engines thrown into the lake.",
"The collectors are believed to belong to a faction that broke away from the Harakat al-Sahil al-Jadid in mid-2031 after a dispute over the division of ransom money. Residents describe men who arrive on two or three pickup trucks, read out a list of names and leave within the hour. They do not preach and do not ask for recruits, which suggests that the faction, for now, is more interested in revenue than in governing the shore.",
"The levy fills a gap left by the withdrawal of the army's lake company, which moved its two patrol boats to the northern basin in September after a series of attacks on oil survey teams there. Local officials have asked for the boats to be returned, but the regional command has said that it lacks the fuel to run patrols on both sides of the lake (Le Courrier de Kessoum, January 6).",
"The tithe is small compared with the taxes that larger groups impose elsewhere in the region, but it matters for two reasons. It gives the splinter faction a steady income that does not depend on kidnapping, and it ties the fishing economy of the eastern shore to an armed group at the very moment that the government hopes to reopen the lake to cross-border trade. If the levy becomes routine, traders are likely to treat it as one more cost of doing business, and the faction will have bought itself a constituency that has reasons not to inform on it.",
]
J01_B2 = [
"A cluster of channels on a messaging app popular in the Zarqan Valley has spent the first weeks of January calling for attacks on the bus convoys that carry pilgrims to the shrine at Tell Immar. The posts, which mix sermon clips with maps of the convoy routes, began to appear shortly after the provincial government announced that it would double the number of buses this year to cope with rising demand (Zarqan Today, January 3).",
"The channels are not claimed by any named group. Their graphics, however, reuse the fonts and watermark of a media outlet that supported the Jund al-Wadi network before most of its leaders were killed or captured in 2029. Analysts who follow the network's remnants note that the new channels post at the same hours and use the same misspellings of place names as the old outlet, which suggests that at least some of its former staff are involved.",
"So far there has been no attack on a convoy, and the security forces say that they have added escort vehicles and changed the departure times. The danger lies less in the capability of the channels themselves than in the audience they reach. Most of their followers are young men from the valley's poorer districts, and the posts invite them to act alone, with vehicles or with knives, rather than wait for instructions from a group that may no longer exist.",
"The provincial authorities have asked the app's operator to remove the channels. Six were taken down in the second week of January, but at least four new ones appeared within days, some of them advertising backup accounts in their very first post. The episode shows how little a takedown achieves when the people behind a channel expect it and have planned for it.",
]
SALT_TITLE = "The Salt Road Cells: How a Desert Faction Finances Itself Through Caravan Escorts"
SALT = [
"For centuries, camel caravans have carried slabs of rock salt from the pans of Tiguelt across the Amdal erg to the markets of the southern savanna. Today most of the salt travels by truck, but the route has kept its name, the Salt Road, and its reputation as a place where the state's writ runs thin. Over the past two years, a faction of the Harakat al-Sahil al-Jadid (HSJ) has turned that reputation into a business, selling armed escorts to the convoys that use the road and punishing those that travel without them. [1]",
"This article examines how the escort business works, who pays for it and why it has proved more durable than the kidnapping economy on which the HSJ once relied. It draws on interviews with drivers, traders and local officials conducted by telephone in late 2031, and on the faction's own statements.",
"## From Raids to Protection",
"The faction that runs the escorts, known locally as the Katiba Tiguelt after the salt pans where it first appeared, emerged in 2029 from a group of HSJ fighters who had specialised in raiding trucks on the northern stretch of the road. The raids were lucrative but brought army patrols and angered the traders' associations, whose members include several of the families on whom the fighters depended for food and shelter. [2]",
"Sometime in 2030 the cell's commander, a former smuggler known as Abu Salem al-Tiguelti, appears to have concluded that it was cheaper to protect the convoys than to rob them. Drivers interviewed for this article describe a change that happened almost overnight: the checkpoints remained, but the men at them began issuing handwritten receipts, and convoys that paid were waved through and, on some stretches, accompanied by pickup trucks carrying armed men.",
"The fees are set per truck and vary with the cargo. A truck of salt pays the least; fuel, cigarettes and motorcycles pay more. One trader in Agdaz said that the escort fee for a convoy of six trucks amounted to roughly a tenth of the value of the load, about the same as the bribes that drivers previously paid at army and customs posts along the same route. [3] The difference, he added, is that the faction's receipt is honoured at every checkpoint it controls, while the bribes had to be paid again at each post.",
"## Why the Business Lasts",
"Three features of the escort business explain its durability. First, it is predictable. Kidnapping brought large sums irregularly and invited reprisals; escorts bring smaller sums every week. Second, the faction has made itself useful to people who are not its supporters. Traders who have no sympathy for its ideology nonetheless prefer a single, reliable levy to the uncertain demands of several armed groups and underpaid officials.",
"Third, the faction has been careful to keep its violence targeted. Convoys that refuse to pay are stopped and their cargo confiscated, but drivers are usually released unharmed, and the faction has publicised cases in which it returned goods seized by its own members without authorisation. In a statement circulated on local channels in August 2031, the cell announced that one of its fighters had been flogged for robbing a driver who had paid for an escort. [4] The message to the traders was clear: the faction's word could be relied upon.",
"The income also allows the cell to pay its fighters regularly, which in turn makes it attractive to young men in the oasis towns, where work is scarce. Officials in Agdaz estimate that the Katiba Tiguelt has between 150 and 200 fighters, up from about 60 when it broke away, although such figures are difficult to verify.",
"## Responses and Their Limits",
"The government's response has so far been military. In March 2031 the army launched an operation to clear the northern stretch of the road, and for several weeks convoys travelled under military escort. When the troops withdrew, however, the faction's checkpoints reappeared within days. Drivers complained that the army escorts had been slower and more expensive, because soldiers also demanded payment. [5]",
"A more promising approach would target the faction's dependence on the traders. The traders' associations keep records of the convoys and, by extension, of the payments. Helping the associations to organise their own protection, or offering them reduced customs duties in return for travelling in state-escorted convoys at fixed times, could make the faction's services less attractive. Any such scheme would need to be cheaper and more reliable than what the faction offers, which is a high bar for a state whose officials have been part of the problem.",
"The Salt Road shows that a militant group does not need to hold territory or govern towns to build a stable income. It needs only a route that others must use, and a reputation for keeping its word. Until the state can offer the same, the Katiba Tiguelt is likely to remain the road's most reliable toll collector.",
]
SALT_NOTES = [
"Interview with a transport official in Agdaz, November 18, 2031.",
"\"Traders' association condemns new attacks on the Salt Road,\" Radio Amdal, April 2, 2029, https://radioamdal.example/news/2029/04/traders-condemn-attacks.",
"Telephone interview with a salt trader, Agdaz, December 2, 2031.",
"Katiba Tiguelt statement, circulated on messaging channels, August 21, 2031.",
"\"Convoys complain of army escort fees,\" Le Courrier de Kessoum, May 14, 2031, https://courrierkessoum.example/2031/05/14/convoys-army-fees.",
]
SALT_BIO = "Ilse Varga-Okonkwo is a researcher who studies armed groups and cross-border trade in the Sahara and the Sahel."
J01_F2 = [
"In October 2031, a court in Marenji sentenced a 27-year-old man to 20 years in prison for his part in an attack on a police station in Tessaly province that killed four officers. It was the second time he had been convicted of a terrorism offence. He had been released eighteen months earlier after serving a sentence for belonging to the Jama'at Ahl al-Thughur, and had passed through the government's rehabilitation programme for militant prisoners before his release. [1]",
"The case prompted a public debate in Tessaly about whether the programme works. This article uses court records, the programme's own reports and interviews with former participants to estimate how many of those released since 2026 have returned to militancy, and to identify the factors that seem to separate those who return from those who do not.",
"## The Programme",
"The Tessaly rehabilitation programme was set up in 2025 with funding from several foreign donors. It runs in a separate wing of Marenji Central Prison and offers religious counselling, literacy classes, vocational training and, in its final months, family meetings intended to prepare prisoners for their return home. Participation is voluntary, but prisoners who complete the programme are eligible for early release. [2]",
"According to the programme's annual report for 2030, 412 prisoners had completed it and 356 had been released. The report claimed that fewer than five percent had been re-arrested, a figure widely quoted by officials. [3] The report does not say, however, how long those released had been tracked, or whether arrests in neighbouring provinces were counted.",
"## Counting Returns",
"To test the official figure, we compared the names of released participants, as published in the provincial gazette, with the records of terrorism cases heard by the courts of Tessaly and the two neighbouring provinces between 2026 and 2031. We found 31 former participants who had been charged with a new offence, about 8.7 percent of those released. A further 12 were reported by their families or by local media to have joined armed groups but had not been arrested.",
"These figures are almost certainly an undercount. Some of those who returned to militancy will have been killed in fighting rather than arrested, and court records in the neighbouring provinces are incomplete. Even so, they suggest a rate of return roughly twice as high as the programme reports, and well above the figure that officials have used to defend it.",
"## Who Returns",
"The former participants who returned to militancy share several characteristics. Most were released to districts where their old group remained active, and most had been recruited as teenagers. Several had no family to return to, or were rejected by their families after release. Former participants who had found work within six months of release were much less likely to reoffend, regardless of how well they had done in the programme's classes.",
"Interviews with former participants point in the same direction. One man, released in 2029 to a village where the Jama'at Ahl al-Thughur still collects taxes, said that the group's members visited him on his first day home and offered him money to pay off the debts his family had incurred while he was in prison. [4] He refused, and later moved to Marenji, but he said that several of the men released with him had accepted.",
"## Implications",
"The findings suggest that the programme's weakness lies less in what happens inside the prison than in what happens after release. The vocational training it offers is of little use in villages without work, and the programme has no budget to follow participants once they leave. Relocation assistance, help with debts and a period of supervised employment would probably do more to prevent recidivism than additional classes.",
"The findings also argue for greater transparency. The programme's donors have accepted its figures without asking how they were produced, and the provincial government has used them to resist calls for independent evaluation. A programme that reports its failures honestly is more likely to learn from them than one that claims a success rate it cannot demonstrate.",
]
J01_F2_NOTES = [
"\"Tessaly attacker had completed rehabilitation,\" Marenji Daily, October 17, 2031.",
"Tessaly Rehabilitation Programme, Programme Handbook, 2025.",
"Tessaly Rehabilitation Programme, Annual Report 2030, p. 4.",
"Interview with a former participant, Marenji, September 2031.",
]

def j01():
    hdr = "Terrorism Monitor          Volume XXX, Issue 2 | January 22, 2032"
    d = Pdf("j01_tm_issue_vol30_no2_coauthor_bio_after_notes", 46,
            lambda p: ["", str(p - 1), "", hdr, ""])
    d.add("TERRORISM MONITOR")
    d.add("Analysis of insurgency, terrorism and the groups behind them")
    d.add(""); d.add("Volume XXX, Issue 2  |  January 22, 2032"); d.add("")
    d.add("IN THIS ISSUE"); d.add("")
    for l in ["BRIEFS ........................................................ 1",
              "THE SALT ROAD CELLS: HOW A DESERT FACTION FINANCES ITSELF",
              "THROUGH CARAVAN ESCORTS",
              "By Ilse Varga-Okonkwo ......................................... 3",
              "FROM PRISON WING TO FRONT LINE: RECIDIVISM AMONG RELEASED",
              "MILITANTS IN TESSALY PROVINCE",
              "By Priya Lindahl and Oumar Sesay-Brandt ....................... 6"]: d.add(l)
    d.add(""); d.add("BRIEFS"); d.add("")
    d.add("Lake Fishermen Pay a 'Water Tithe' to a Splinter Cell Near Ombessa"); d.add("")
    d.add("Corwin Haldane-Mbeki"); d.add("")
    d.body(0, J01_B1)
    d.add("An Online Campaign Calls for Attacks on Pilgrim Convoys in the"); d.add("Zarqan Valley"); d.add("")
    d.add("Corwin Haldane-Mbeki"); d.add("")
    d.body(1, J01_B2)
    d.newpage()
    d.add("The Salt Road Cells: How a Desert Faction Finances Itself"); d.add("Through Caravan Escorts"); d.add("")
    d.add("Ilse Varga-Okonkwo"); d.add("")
    d.body(2, SALT)
    d.para(SALT_BIO, None)
    d.notes(2, "Notes", SALT_NOTES)
    d.newpage()
    d.add("From Prison Wing to Front Line: Recidivism Among Released"); d.add("Militants in Tessaly Province"); d.add("")
    d.add("Priya Lindahl and Oumar Sesay-Brandt"); d.add("")
    d.body(3, J01_F2)
    d.notes(3, "Notes", J01_F2_NOTES)
    d.para("Priya Lindahl is a researcher at the Halvorsen Institute who studies prisons and radicalisation. Oumar Sesay-Brandt is a former probation officer and an independent consultant on rehabilitation programmes in West Africa.", None)
    d.done(arts("Terrorism Monitor", "2032-01-22", 30, 2,
                ("Lake Fishermen Pay a 'Water Tithe' to a Splinter Cell Near Ombessa", ["Corwin Haldane-Mbeki"], "brief"),
                ("An Online Campaign Calls for Attacks on Pilgrim Convoys in the Zarqan Valley", ["Corwin Haldane-Mbeki"], "brief"),
                (SALT_TITLE, ["Ilse Varga-Okonkwo"], "feature"),
                ("From Prison Wing to Front Line: Recidivism Among Released Militants in Tessaly Province",
                 ["Priya Lindahl", "Oumar Sesay-Brandt"], "feature")),
           "publication: Terrorism Monitor\n")
    print("j01 words", words(J01_B1), words(J01_B2), words(SALT), words(J01_F2))

# ---------------------------------------------------------------------------------------------------------------
# j02: Terrorism Monitor, Volume 30, Issue 5, March 4, 2032. Singular BRIEF; arabic volume; the running header
# occurs once (words run together, page number glued to its end); a footer that occurs once, falling between two
# halves of a sentence; bare centred page numbers; words hyphenated across page breaks.

J02_B = [
"Police in the port city of Sallow arrested five men on February 19 after finding disassembled rifles and drone components hidden in a container of used refrigerators shipped from abroad. The container had been declared as household goods and was addressed to an import business registered only three weeks earlier (Sallow Evening Post, February 20).",
"Investigators told reporters that two of the suspects had previously been questioned about their links to the Ansar al-Sahil Brigades, a coastal network that has attacked fuel depots and ferries along the southern coast since 2028. If the link is confirmed, the seizure would be the first evidence that the network is bringing in weapons by sea rather than overland from the neighbouring desert provinces, where army operations have made the roads more dangerous for smugglers.",
"The shipment's contents also suggest a change in the network's priorities. The drone parts, which include motors, flight controllers and spare propellers, match those used in a small number of attacks on fuel depots last year, in which commercial drones dropped improvised incendiary devices over storage tanks. Until now, officials had assumed that the network bought complete drones in local markets. Importing parts would allow it to assemble larger numbers and to modify them without attracting attention.",
"Sallow's port handles more than a thousand containers a day, and customs officials say that fewer than one in fifty is physically inspected. The arrests were the result of a tip from a shipping agent rather than a routine check. The case is likely to add to pressure on the government to fund the scanners that the port authority has requested for years, but it also shows how much depends on the willingness of people in the trade to report what they see.",
]
J02_F = [
"For most of the past decade, the Northern Circle was a name in court records rather than a movement. The group, which carried out a string of bombings in the cities of the Velmar plateau between 2019 and 2023, was dismantled by arrests, and its founder, the preacher Idris Haddou, has been in prison since 2024. Yet since the autumn of 2031, recordings of Haddou's sermons have circulated widely on messaging channels, and police in three cities have reported arrests of young men who cite him as their inspiration. [1]",
"This article looks at how the recordings are reaching audiences, why they resonate now, and what the authorities can realistically do about them.",
"## Sermons From a Cell",
"The recordings fall into two groups. The first consists of sermons recorded before Haddou's arrest and republished with new titles, images and subtitles. The second, more worrying group consists of new material: short talks, apparently recorded on a smuggled phone, in which Haddou comments on recent events, including the price of bread and the government's agreements with the plateau's mining companies. [2] Prison officials have confirmed that a phone was found in his cell in December but have not said how long he had it.",
"The new recordings are not calls to violence. Haddou speaks about injustice, corruption and the duty of believers to \"stand apart\" from a corrupt state. His language is careful, and several lawyers consulted for this article said that the recordings would be difficult to prosecute. Their effect comes from the context in which they are heard: in neighbourhoods where unemployment among young men exceeds 40 percent, a voice that names the plateau's grievances and offers a moral framework for anger fills a gap that no party or civic association has filled. [3]",
"## Who Is Listening",
"The channels that distribute the recordings are small, most with a few thousand subscribers, but they are numerous and closely linked. A review of 40 channels in January found that most reposted each other's material within hours, and that about a third had been created since November. Many of the administrators appear to be young men in their early twenties, too young to have been active in the Northern Circle's original campaign.",
"This generational shift matters. The Northern Circle's original members were recruited through mosques and study circles, where they could be watched. The new audience meets online, in groups that form and dissolve quickly, and the men arrested so far appear to have acted in small groups of friends rather than under any central direction. In the most serious case, three men arrested in Korvath in January had bought fertiliser and fuel and had photographed the entrance to a police barracks. [4]",
"## What Can Be Done",
"The authorities' first response was to ask platforms to remove the channels and to move Haddou to a higher-security wing. Both steps are sensible, but neither addresses the reason the recordings found an audience. Removing channels has proved difficult, as new ones appear as fast as old ones are closed, and Haddou's older sermons are already saved on thousands of phones.",
"A longer-term response would have to deal with the grievances that Haddou exploits, which is beyond the power of the security services. In the meantime, the authorities could do more to support the local religious figures who have publicly disputed Haddou's arguments, several of whom say they have received threats and no protection. Their voices carry more weight with the plateau's young men than any government statement.",
"The Northern Circle's revival is still at an early stage, and it may not amount to more than a handful of plots. But it shows how a movement can outlive its organisation when its founder's voice remains available, and when the conditions that first gave it an audience remain unchanged.",
]
J02_F_NOTES = [
"\"Police link Korvath arrests to jailed preacher's sermons,\" Plateau Herald, January 29, 2032.",
"Author's review of messaging channels, December 2031 to January 2032.",
"Velmar Statistical Office, Labour Force Survey, Third Quarter 2031.",
"\"Three charged over barracks plot,\" Korvath Courier, January 24, 2032, https://korvathcourier.example/news/2032/01/24/barracks-plot-charges.",
]

def j02():
    def brk(p):
        if p == 2: return ["", "For comments or questions about our publications, please write to", "editors@monitor-archive.example", "", "                                   1", ""]
        if p == 3: return ["", "                                   2", "", "TERRORISMMONITOR | VOLUME30,ISSUE5 | MARCH4,2032 3", ""]
        return ["", "                                   %d" % (p - 1), ""]
    d = Pdf("j02_tm_issue_header_once_brief_singular", 44, brk, hyph_pb=2)
    d.add("Terrorism Monitor"); d.add("")
    d.add("VOLUME 30 \u25c6 ISSUE 5 \u25c6 MARCH 4, 2032"); d.add("")
    d.add("IN THIS ISSUE:"); d.add("")
    d.add("Arrests in Sallow Point to a New Sea Route for Weapons Parts")
    d.add("by Dalia Fenwick-Osei")
    d.add("The Preacher's Return: A Jailed Ideologue's Audio Sermons and the")
    d.add("Revival of the Northern Circle")
    d.add("by Magnus Ekwall-Diop"); d.add("")
    d.add("BRIEF"); d.add("")
    d.add("Arrests in Sallow Point to a New Sea Route for Weapons Parts"); d.add("")
    d.add("Dalia Fenwick-Osei"); d.add("")
    d.body(0, J02_B)
    d.add(""); d.add("The Preacher's Return: A Jailed Ideologue's Audio"); d.add("Sermons and the Revival of the Northern Circle"); d.add("")
    d.add("Magnus Ekwall-Diop"); d.add("")
    d.body(1, J02_F)
    d.para("Magnus Ekwall-Diop is a journalist and researcher who has covered the Velmar plateau since 2018.", None)
    d.notes(1, "Notes", J02_F_NOTES)
    d.done(arts("Terrorism Monitor", "2032-03-04", 30, 5,
                ("Arrests in Sallow Point to a New Sea Route for Weapons Parts", ["Dalia Fenwick-Osei"], "brief"),
                ("The Preacher's Return: A Jailed Ideologue's Audio Sermons and the Revival of the Northern Circle",
                 ["Magnus Ekwall-Diop"], "feature")))
    print("j02 words", words(J02_B), words(J02_F))

# ---------------------------------------------------------------------------------------------------------------
# j03: Militant Leadership Monitor, Volume XXIII, Issue 2, masthead with month and year only (February 2032).
# BRIEFS: three briefs by the editor, each closed by the same one-line editor's bio (three identical lines); one
# profile with notes, a one-author bio after the notes; a running footer with the page number glued to it.

EDITOR = "Lucan Ferreira-Hale"
EDITOR_BIO = "Lucan Ferreira-Hale is the Editor of Militant Leadership Monitor."
J03_B1 = [
"A video released on February 2 shows Yusuf Tandar, the former field commander of the Ruvessa Liberation Front (RLF), addressing a group of armed men in what appears to be a forest camp. Tandar had not been seen in public since an air strike in early 2030 that the army said had wounded him seriously, and several of his former associates had reported him dead.",
"In the video, Tandar walks with a stick but speaks for almost twenty minutes without notes. He criticises the RLF's current leadership for negotiating with the government and calls on fighters who disagree with the talks to join him. The speech is the clearest sign so far that the talks, which resumed in November, could split the movement.",
"Tandar's appeal should not be overstated. His old units were absorbed into other commands during his absence, and it is unclear how many men he can still call on. But he remains popular among younger fighters, who remember him as the commander who led the raids on the highland garrisons in 2027, and his reappearance gives opponents of the talks a figure around whom to organise. If the negotiators want to keep the movement united, they will need to find a place for him or a way to isolate him.",
]
J03_B2 = [
"The Coastal Brigades, a militant network active in the delta region, has named a new spokesperson, a woman who uses the name Umm Safiya. Her first statement, released on January 21, claimed responsibility for an attack on a pipeline pumping station and threatened further attacks if the oil companies did not pay compensation to fishing communities.",
"It is unusual for a militant network in the region to give a woman a public role, and the choice appears deliberate. Umm Safiya's statements emphasise pollution, lost livelihoods and the health of children, themes that appeal to women in the delta's fishing villages, who have led several protests against the oil companies in recent years. The network seems to be trying to present its violence as an extension of those protests.",
"Little is known about Umm Safiya herself. Local journalists believe she is the widow of a commander killed in 2030, which, if true, would give her standing within the network. Her voice and accent suggest that she comes from the delta's eastern districts, where the Coastal Brigades have recruited heavily since the collapse of the fishing cooperatives.",
]
J03_B3 = [
"Security forces arrested a businessman in the city of Port Elvane on January 27 on charges of financing terrorism. Prosecutors allege that the man, a transport contractor named Basim Ostrander-Kaid, moved money for both the Ruvessa Liberation Front and its rival, the Highland Defence Committee, using the same network of fuel stations.",
"If the allegations are proved, the case would show that the two groups, which have fought each other intermittently since 2028, share at least some of their financial infrastructure. It would also suggest that the rivalry between their leaders has not stopped middlemen from doing business with both.",
"The arrest may also complicate the peace talks. Both groups have accused the government of using the case to put pressure on them, and the RLF's negotiators suspended their participation for three days after the arrest. How the prosecution proceeds, and what evidence it makes public, will be watched closely by both movements.",
]
MLM_TITLE = "Mariam Oseguera-Tal: The Schoolteacher Who Runs the Highland Defence Committee's Courts"
MLM = [
"When the Highland Defence Committee (HDC) took control of the market towns of the upper Ruvessa valley in 2029, it promised residents two things: security and justice. Security has proved elusive, as the valley remains contested by the army and by the rival Ruvessa Liberation Front. Justice, in the form of a network of courts that hear land disputes, debts and family cases, has been the HDC's most successful project, and the woman who built it, Mariam Oseguera-Tal, has become one of the movement's most influential figures. [1]",
"## Early Life",
"Oseguera-Tal was born in about 1985 in the town of Lessendra, the daughter of a court clerk. She trained as a teacher and taught history at the town's secondary school for more than a decade. Former colleagues describe her as strict, well organised and deeply interested in the valley's customary law, on which she wrote a short book that was published locally in 2017. [2]",
"She was not, by most accounts, a political activist before the conflict. Her turn came in 2026, when soldiers searching for RLF fighters detained her two brothers, one of whom died in custody. She joined the HDC the following year, initially as a teacher in the schools it ran in displacement camps.",
"## Building the Courts",
"The HDC's early attempts at justice were improvised. Commanders settled disputes themselves, and residents complained that verdicts favoured the commanders' relatives. In 2029, the movement's leadership asked Oseguera-Tal to draw up rules for a system of courts. She did so within months, drawing on customary law, religious principles and, according to one former HDC official, the procedures of the state courts in which her father had worked. [3]",
"The courts she designed have three levels: village panels of elders, district courts presided over by appointed judges, and an appeals council that she chairs. Each hearing is recorded in writing, and decisions can be appealed. Residents interviewed for this article said that the courts were slow but, on the whole, fairer than the state courts they replaced, which had been notorious for bribery.",
"The courts have also become an instrument of control. They register land sales, charge fees and, in criminal cases, impose punishments that include flogging. Human rights groups have documented at least two executions ordered by the appeals council since 2030, both of men convicted of murder. [4] The HDC has defended the sentences as lawful under its rules.",
"## Influence and Limits",
"Oseguera-Tal's standing within the HDC rests on the courts' popularity. She is one of the few senior figures who is not a military commander, and she has used that position to argue, in the movement's internal debates, for negotiations with the government. Her critics within the HDC accuse her of wanting to trade the movement's weapons for recognition of its courts.",
"That may be close to the truth. In a rare interview with a regional radio station in November 2031, she said that \"the courts belong to the people of the valley, not to any army,\" and suggested that they could continue under a peace agreement as part of a system of local government. [5] The government has so far rejected any recognition of the HDC's institutions, but some mediators see the courts as a possible bridge between the two sides.",
"Whatever happens in the talks, Oseguera-Tal has built something that is likely to outlast the HDC's military campaign. For residents of the upper Ruvessa, the courts are the first institution in decades that has answered their disputes in a predictable way, and any settlement that ignores them will struggle to win their support.",
]
MLM_NOTES = [
"Interviews with residents of the upper Ruvessa valley, October to December 2031.",
"Mariam Oseguera-Tal, Customs of the Upper Ruvessa (Lessendra: Valley Press, 2017).",
"Interview with a former HDC official, January 2032.",
"Ruvessa Human Rights Watchgroup, \"Courts Without Appeal,\" October 2031, https://ruvessawatch.example/reports/courts-without-appeal.",
"Radio Highland Voice, November 12, 2031.",
]
MLM_BIO = "Theodora Nakashima-Reyes is a lawyer and researcher who has worked on access to justice in conflict areas since 2019."

def j03():
    d = Pdf("j03_mlm_month_masthead_editor_bio_thrice", 48,
            lambda p: ["", "Militant Leadership Monitor  |  February 2032 %d" % (p - 1), ""])
    d.add("MILITANT LEADERSHIP MONITOR")
    d.add("Personalities Behind the Insurgency"); d.add("")
    d.add("Volume XXIII, Issue 2                                    February 2032"); d.add("")
    d.add("IN THIS ISSUE:")
    d.add("Briefs ............................................................ 1")
    d.add("Mariam Oseguera-Tal: The Schoolteacher Who Runs the Highland")
    d.add("Defence Committee's Courts")
    d.add("By Theodora Nakashima-Reyes ....................................... 4"); d.add("")
    d.add("BRIEFS"); d.add("")
    for k, (t, b) in enumerate([("Commander Yusuf Tandar Reappears After Two Years of Silence", J03_B1),
                                ("A New Spokeswoman for the Coastal Brigades", J03_B2),
                                ("Arrest of a Financier Exposes Links Between Two Rival Groups", J03_B3)]):
        d.add(t); d.add("")
        d.body(k, b)
        d.para(EDITOR_BIO, None)
    d.newpage()
    d.add("Mariam Oseguera-Tal: The Schoolteacher Who Runs the"); d.add("Highland Defence Committee's Courts"); d.add("")
    d.add("Theodora Nakashima-Reyes"); d.add("")
    d.body(3, MLM)
    d.notes(3, "Notes", MLM_NOTES)
    d.para(MLM_BIO, None)
    d.done(arts("Militant Leadership Monitor", "2032-02-01", 23, 2,
                ("Commander Yusuf Tandar Reappears After Two Years of Silence", [EDITOR], "brief"),
                ("A New Spokeswoman for the Coastal Brigades", [EDITOR], "brief"),
                ("Arrest of a Financier Exposes Links Between Two Rival Groups", [EDITOR], "brief"),
                (MLM_TITLE, ["Theodora Nakashima-Reyes"], "feature")),
           "publication: Militant Leadership Monitor\n")
    print("j03 words", words(J03_B1), words(J03_B2), words(J03_B3), words(MLM))

# ---------------------------------------------------------------------------------------------------------------
# j04: an invented sibling monitor, HORN MARITIME MONITOR, masthead in capitals with a roman volume ("VOL. III, NO. 1")
# and a dotted date; section labels IN DEPTH (one feature) and SHORT TAKES (two briefs, bare name lines); note markers
# glued to the ends of sentences as extracted superscripts; NOTES in capitals numbered "1."; an honorific in the
# byline and in the closing bio after the notes; a two-line page footer, one of them falling mid-sentence.

HMM = [
"Five years after the last successful hijacking of a merchant ship off the coast of Bassora, the question that maritime security analysts ask each winter is not whether piracy has been defeated, but why it has not come back. The conditions that gave rise to it in the 2010s, namely poverty in the coastal towns, weak government and foreign trawlers fishing illegally in Bassoran waters, have changed far less than the decline in attacks would suggest.",
"This article argues that three factors explain the absence of piracy: the spread of armed guards on merchant ships, a licensing deal that gave coastal communities a share of fishing revenue, and the absorption of former pirate financiers into legal businesses in the port cities. It also argues that each of these factors is weaker than it was, and that the risk of a return is growing.",
"## Guards on Deck",
"The most widely cited explanation is the presence of armed security teams on merchant ships. No ship carrying armed guards has been successfully hijacked in the Gulf of Sarrah, and insurers have long required them for vessels passing close to the Bassoran coast. Yet the number of ships carrying guards has fallen by about half since 2028, as shipping companies have sought to cut costs, and several recent approaches by small boats have targeted ships without them.1",
"## A Share of the Catch",
"Less well known is the licensing arrangement agreed in 2027 between the Bassoran government and the regional councils of the northern coast. Under the deal, a portion of the fees paid by foreign fishing fleets is transferred to the councils, which use it to pay for fishing cooperatives, boat repairs and, in some districts, coast guard units recruited from local communities.2 Former pirates told researchers that the payments gave the coastal towns a stake in keeping the sea calm.",
"The payments have become irregular. Council officials in the towns of Hafun-Dera and Qandal say they received nothing in the second half of 2031, because of a dispute between the central government and the councils over how the fees should be divided. In Qandal, members of the local coast guard unit have not been paid since August, and some have reportedly sold their boats' engines to feed their families.",
"## Money Moves Ashore",
"The third factor is the least visible. Many of the businessmen who financed pirate operations in the 2010s invested their profits in property, transport and telecommunications in the port cities, and have little interest in a return to piracy, which would attract naval patrols and disrupt trade. Some of them have funded the coast guard units and have mediated between the councils and fishing communities.",
"This group's influence depends on the continued profitability of its legal businesses, which have suffered from the fall in trade through the port of Bassora since the closure of the northern highway in 2030. If their legitimate income continues to shrink, some of them may be tempted to return to an old business that pays well.3",
"## Warning Signs",
"There are already signs that the balance is shifting. The Regional Maritime Information Centre recorded eleven suspicious approaches to merchant ships in 2031, compared with three in 2029.4 In December, a group of men in two skiffs fired on a fishing vessel flying a foreign flag, and a ladder and grappling hooks were later found in a boat abandoned near Qandal.",
"None of these incidents amounts to a return of piracy on the scale of a decade ago. But they suggest that the deterrents that kept the coast quiet are weakening at the same time. Restoring the licensing payments to the councils would be the cheapest and quickest way to reduce the risk; it would also be the simplest to lose in the dispute between the capital and the regions.",
]
HMM_NOTES = [
"Gulf of Sarrah Shipping Association, Annual Security Survey 2031, p. 12.",
"Interviews with council officials in Hafun-Dera, October 2031.",
"Interview with a port businessman, Bassora, November 2031.",
"Regional Maritime Information Centre, Incident Summary 2031, https://rmic.example/reports/incident-summary-2031.",
]
J04_B1 = [
"The port authority of Bassora reopened its three northern berths on January 19 after divers finished searching the harbour floor for explosives. The berths had been closed for nine days after a fisherman reported seeing two men lower a heavy object from a small boat near the container quay at night.",
"The search found nothing more dangerous than a sunken engine block, and officials now believe the men were dumping stolen parts. The closure nonetheless forced more than twenty ships to wait at anchor or divert to smaller ports down the coast, and shipping agents estimate that it cost the port several weeks of container revenue.",
"The episode has renewed calls for the port to buy its own sonar equipment. At present it relies on a navy diving team based three hours away by road, which must be requested through the ministry in the capital each time.",
]
J04_B2 = [
"Ferry operators on the crossing between Qandal and the island of Warsame have asked the coast guard to escort their boats after two ferries were followed by skiffs in the first week of January. In neither case did the skiffs come alongside, but passengers said that the men aboard them were armed and watched the ferries for more than an hour.",
"The crossing carries around four hundred passengers a day, most of them traders and students. The operators say that they cannot afford private guards and that some passengers have already switched to the longer route by road. The coast guard has said it will consider the request but has only one working patrol boat in the Qandal district.",
]

def j04():
    def brk(p):
        foot = ["", "HORN MARITIME MONITOR is published by the Calloway Trust. Opinions are the",
                "authors' own. www.hornmaritime.example                              %d" % (p - 1), ""]
        return foot
    d = Pdf("j04_sibling_horn_maritime_caps_masthead", 42, brk)
    d.add("HORN MARITIME MONITOR")
    d.add("SECURITY AT SEA FROM THE RED SEA TO THE SWAHILI COAST"); d.add("")
    d.add("VOL. III, NO. 1                                            28.01.2032"); d.add("")
    d.add("IN THIS ISSUE"); d.add("")
    d.add("IN DEPTH  Fishing Licences and Armed Guards: Why Piracy Has Not Returned")
    d.add("          to the Gulf of Sarrah ..................................... 1")
    d.add("SHORT TAKES  Port of Bassora reopens berths; ferries ask for escorts .. 4"); d.add("")
    d.add("IN DEPTH"); d.add("")
    d.add("Fishing Licences and Armed Guards: Why Piracy Has Not"); d.add("Returned to the Gulf of Sarrah"); d.add("")
    d.add("By Dr Samira Okonjo-Lund"); d.add("")
    d.body(0, HMM)
    d.notes(0, "NOTES", HMM_NOTES, fmt=lambda i: "%d. " % i)
    d.para("Dr Samira Okonjo-Lund is a senior lecturer in maritime security at the University of Kessley and a former adviser to the Regional Maritime Information Centre.", None)
    d.add("SHORT TAKES"); d.add("")
    d.add("Port of Bassora Reopens Northern Berths After Mine Scare"); d.add("Jonah Abara-Whitlock"); d.add("")
    d.body(1, J04_B1)
    d.add("Ferry Operators Ask for Escorts on the Qandal Crossing"); d.add("Jonah Abara-Whitlock"); d.add("")
    d.body(2, J04_B2)
    d.add("* * *")
    d.done(arts("Horn Maritime Monitor", "2032-01-28", 3, 1,
                ("Fishing Licences and Armed Guards: Why Piracy Has Not Returned to the Gulf of Sarrah", ["Samira Okonjo-Lund"], "feature"),
                ("Port of Bassora Reopens Northern Berths After Mine Scare", ["Jonah Abara-Whitlock"], "brief"),
                ("Ferry Operators Ask for Escorts on the Qandal Crossing", ["Jonah Abara-Whitlock"], "brief")))
    print("j04 words", words(HMM), words(J04_B1), words(J04_B2))

# ---------------------------------------------------------------------------------------------------------------
# j05: China Brief, Volume 32, Issue 4, February 18, 2032, as a rough PDF extraction: form feeds at page starts, a
# two-column contents page run together line by line, the running header different at every page (words run
# together, a private-use glyph for the separator, the page number glued to either end), words hyphenated across
# page breaks, superscript note markers glued to words, notes numbered "1 " without brackets, a bio after the notes
# and a two-author bio after the notes of the second piece.

CB1_TITLE = "Guarding Mines, Managing Risk: Chinese Security Contractors in Marovia"
CB1 = [
"When gunmen attacked a convoy carrying workers from a Chinese-owned copper mine in the eastern Marovian province of Tesh in November 2031, killing two Marovian drivers and wounding a Chinese engineer, the response came not from the Marovian army but from a private security company headquartered in Tianjin. Within hours, the company's local team had evacuated the wounded by helicopter, negotiated with village leaders for access to the road, and begun its own investigation of the attack.1",
"The episode illustrates a trend that has grown steadily over the past decade: Chinese companies operating in unstable countries increasingly rely on Chinese private security contractors, rather than host-state forces, to protect their staff and assets. This article examines how these contractors operate in Marovia, where at least six such firms are now active, and what their growing presence means for Beijing's approach to overseas security.",
"## A Crowded Market",
"Chinese private security companies first appeared in Marovia in 2024, following the expansion of Chinese mining investment in the country's eastern provinces. Early contracts were small and limited to risk assessments and training for mine guards recruited locally. By 2031, according to Marovian business registration records, six Chinese security firms had registered local subsidiaries, employing an estimated 120 Chinese nationals and more than 1,500 Marovian guards.2",
"Chinese law does not allow private security firms to carry firearms abroad, and the contractors in Marovia have generally respected this restriction. Instead, they hire armed Marovian guards through local partner companies, some of which are owned by retired Marovian officers, while Chinese staff manage logistics, intelligence and liaison with the mining companies3. This arrangement keeps the Chinese firms within the letter of the law but blurs the line between private security and the host state's own forces.",
"## Filling Gaps",
"For the mining companies, the appeal of the contractors is clear. The Marovian army is stretched thin in the east, and its units have been accused of extorting money from the mining sites they were sent to protect. Chinese contractors offer managers a point of contact who speaks their language, reports through their chain of command and can be held to a contract.",
"Marovian officials have been ambivalent. Some welcome the contractors as a source of employment and training for local guards. Others complain that the firms operate with little oversight and that their intelligence gathering, which includes paying informants in villages near the mines, encroaches on the work of the state's own security services.4 In December 2031, a member of the Marovian parliament called for a law requiring foreign security firms to share information about security incidents with the provincial police.",
"## Beijing's Interests",
"For Beijing, the contractors offer a way to protect Chinese citizens and investments without deploying the People's Liberation Army or the People's Armed Police abroad. Official commentary has repeatedly called for the industry to \"go out\" alongside Chinese companies, and several of the firms active in Marovia have received contracts from state-owned enterprises.5",
"The contractors' growing role also carries risks for Beijing. An incident in which a contractor's local guards kill civilians could damage China's reputation in Marovia and beyond, and it is unclear how Beijing would respond if Chinese security staff were taken hostage. The November attack in Tesh, which the contractors handled without casualties among their own staff, was a test that they passed; the next one may be harder.",
"As Chinese investment in unstable regions continues to grow, the question of who protects it will become more pressing. Marovia offers an early view of the answer: a patchwork of private firms, local partners and host-state forces, held together by contracts rather than by law.",
]
CB1_NOTES = [
"\"Convoy attack near Tesh copper mine leaves two dead,\" Marovia Standard, November 9, 2031.",
"Marovian Business Registry, company search, accessed January 2032.",
"Interview with a security manager at a mining company in Tesh, December 2031.",
"Interview with a provincial police official, Tesh, December 2031.",
"See, for example, \"Security services industry must keep pace with overseas investment,\" Global Commerce Daily, March 4, 2031.",
]
CB2_TITLE = "Taking Stock of the Coast Guard's Boarding Rules, Two Years On"
CB2 = [
"In early 2030, the China Coast Guard issued new procedures governing the boarding and inspection of foreign vessels in waters it claims. The procedures, which allowed coast guard personnel to detain foreign crews for up to 60 days without trial, drew protests from several neighbouring states and warnings that they could lead to confrontations at sea.1 Two years later, it is possible to assess how the rules have been used in practice.",
"Based on reports from fishing associations, coast guard statements and regional media, we identified 47 boardings of foreign vessels by the China Coast Guard between March 2030 and December 2031. Of these, 39 involved fishing boats, six involved research or survey vessels and two involved cargo ships. In nine cases crews were detained, and in three cases for more than 30 days.2",
"## A Selective Tool",
"The pattern suggests that the rules have been used selectively. Most boardings took place in areas where China's claims overlap with those of its smaller neighbours, while there were no reported boardings of vessels from larger states. Boardings also clustered around diplomatic events, with several taking place in the weeks before regional meetings on maritime disputes, suggesting that they were used to signal resolve.",
"The rules' effect on fishing communities has been significant. Fishing associations in two neighbouring countries report that their members have abandoned traditional grounds for fear of detention, and that insurance costs for boats working in disputed waters have risen sharply.3",
"## Outlook",
"The coast guard has not used the detention provisions against a large or state-owned vessel, and Beijing appears to have calibrated its use of the rules to avoid a crisis. That calibration depends, however, on the judgement of individual commanders at sea, and on neighbours' willingness to avoid escalation. As more states send their own coast guards to escort fishing fleets, the chance of an encounter that neither side intended will grow.",
]
CB2_NOTES = [
"\"Neighbours protest new boarding rules,\" Harbour Times, February 20, 2030.",
"Authors' dataset of reported boardings, compiled from public sources.",
"Interview with a fishing association official, January 2032.",
]

def j05():
    P = "\uf0b7"
    heads = {2: ["", "\fChinaBrief" + P + "Volume32,Issue4 2", ""],
             3: ["", "2", "\f"],
             4: ["", "\f4China Brief " + P + " Volume 32 " + P + " Issue 4 " + P + " February 18, 2032", ""],
             5: ["", "\fChina Brief\u2022Volume 32, Issue 4      5", ""],
             6: ["5", "\f"],
             7: ["", "\fCHINA BRIEF VOLUME 32 ISSUE 4 7", ""]}
    d = Pdf("j05_cb_issue_mangled_extraction_twocolumn_contents", 45, lambda p: heads.get(p, ["", str(p), ""]), hyph_pb=3)
    d.add("ChinaBrief"); d.add("A Journal of Analysis and Information"); d.add("")
    d.add("Volume 32 " + P + " Issue 4 " + P + " February 18, 2032"); d.add("")
    d.add("In This Issue:")
    d.add("Guarding Mines, Managing Risk: Chinese       Taking Stock of the Coast Guard's Boarding")
    d.add("Security Contractors in Marovia               Rules, Two Years On")
    d.add("By Ines Kaltenbrunner-Wu ............ 1        By Harlan Oyelowo-Pratt and Mei-Lin")
    d.add("                                              Szabo-Tran ............ 5"); d.add("")
    d.add("Guarding Mines, Managing Risk: Chinese"); d.add("Security Contractors in Marovia"); d.add("")
    d.add("By Ines Kaltenbrunner-Wu"); d.add("")
    d.body(0, CB1)
    d.notes(0, "Notes", CB1_NOTES, fmt=lambda i: "%d " % i)
    d.para("Ines Kaltenbrunner-Wu is a research associate at the Haverfield Centre for Asian Security, where she studies Chinese private security companies.", None)
    d.newpage()
    d.add("Taking Stock of the Coast Guard's Boarding"); d.add("Rules, Two Years On"); d.add("")
    d.add("By Harlan Oyelowo-Pratt and Mei-Lin Szabo-Tran"); d.add("")
    d.body(1, CB2)
    d.notes(1, "Notes", CB2_NOTES, fmt=lambda i: "%d " % i)
    d.para("Harlan Oyelowo-Pratt is a fellow at the Marlow Institute for Maritime Affairs. Mei-Lin Szabo-Tran is a doctoral candidate at the University of Calder who studies maritime law enforcement in East Asia.", None)
    d.add("***")
    d.done(arts("China Brief", "2032-02-18", 32, 4,
                (CB1_TITLE, ["Ines Kaltenbrunner-Wu"], "feature"),
                (CB2_TITLE, ["Harlan Oyelowo-Pratt", "Mei-Lin Szabo-Tran"], "feature")),
           "publication: China Brief\n")
    print("j05 words", words(CB1), words(CB2))

# ---------------------------------------------------------------------------------------------------------------
# Web pages: one line per paragraph; lines starting with '>' are article text.

def T(items, blank=False, heading=lambda h: h):
    out = []
    for it in items:
        out.append(">" + (heading(it[3:]) if it.startswith("## ") else it))
        if blank: out.append("")
    return out

def page(name, lines, title, authors, date, kind, pub, volume="null", issue="null", url=None):
    write(name, lines, dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume=volume, issue=issue),
          sidecar=("url: " + url) if url else None)
    print(name[:3], "words", sum(len(l[1:].split()) for l in lines if l.startswith(">")))

# j06: the web version of j01's Salt Road feature on the publisher's own site: menu, breadcrumb, "Publication:" line,
# "By:" and date-time lines, a hero image with its credit, notes with [n] markers, an italic bio after the notes,
# share bar, related teasers, newsletter box, footer.
def j06():
    L = ["Skip to main content", "Menu", "Search", "Donate", "",
         "Home \u203a Programs \u203a Terrorism Monitor \u203a " + SALT_TITLE, "",
         SALT_TITLE, "",
         "Publication: Terrorism Monitor Volume: 30 Issue: 2", "",
         "By: Ilse Varga-Okonkwo", "",
         "January 22, 2032 03:47 PM Age: 5 weeks", "",
         "Trucks loaded with rock salt wait at a checkpoint north of Agdaz, November 2031. (Source: Radio Amdal)", "",
         ">Executive Summary:", "",
         ">The escort trade on the Salt Road has given a Harakat al-Sahil al-Jadid splinter faction a steady income.", "",
         ">Escort fees match the bribes drivers once paid at official posts.", "",
         ">Military operations have pushed the checkpoints back only briefly.", ""]
    L += T(SALT, blank=True)
    L += ["Notes", ""]
    L += [">[%d] %s" % (i, n) for i, n in enumerate(SALT_NOTES, 1)]
    L += ["", "_" + SALT_BIO + "_", "",
          "Share", "Facebook", "X", "LinkedIn", "Email", "Print", "",
          "Related Articles", "",
          "From Prison Wing to Front Line: Recidivism Among Released Militants in Tessaly Province", "January 22, 2032", "",
          "Gunmen Seize Grain Trucks on the Agdaz Road", "December 11, 2031", "",
          "Get the Terrorism Monitor in your inbox every other Thursday. Sign up", "",
          "\u00a9 2032 Monitor Archive. All rights reserved. | Privacy Policy | Terms of Use"]
    page("j06_tm_web_salt_road_executive_summary", L, SALT_TITLE, ["Ilse Varga-Okonkwo"], "2032-01-22", "feature",
         "Terrorism Monitor", 30, 2, url="https://monitor-archive.example.org/program/the-salt-road-cells-caravan-escorts/")

# j07: the web version of j03's profile, saved without blank lines between paragraphs: "Listen to this article"
# player placeholder, "Download PDF", headings in their own lines, notes heading "Endnotes", bio after the notes,
# tags, a "You may also like" teaser run and an error line left by a comments widget. No sidecar.
def j07():
    L = ["Militant Leadership Monitor", "Research \u00b7 Programs \u00b7 Events \u00b7 Experts \u00b7 Support Us",
         "Militant Leadership Monitor | Volume 23 | Issue 2",
         MLM_TITLE,
         "Theodora Nakashima-Reyes",
         "February 1, 2032",
         "Listen to this article",
         "00:00 / 00:00",
         "Download PDF"]
    L += T(MLM)
    L += ["Endnotes"]
    L += [">[%d] %s" % (i, n) for i, n in enumerate(MLM_NOTES, 1)]
    L += [MLM_BIO,
          "Tags: Highland Defence Committee, Ruvessa, courts, profiles",
          "You may also like",
          "Commander Yusuf Tandar Reappears After Two Years of Silence",
          "A New Spokeswoman for the Coastal Brigades",
          "Comments could not be loaded. Please refresh the page and try again.",
          "Sign up for our newsletters",
          "Email address*", "Subscribe",
          "\u00a9 2032 Monitor Archive | 1310 Harbour Street, Suite 400 | Privacy"]
    page("j07_mlm_web_profile_no_blank_lines", L, MLM_TITLE, ["Theodora Nakashima-Reyes"], "2032-02-01", "feature",
         "Militant Leadership Monitor", 23, 2)

# j08: a think tank's commentary clipped with a browser clipper: a leading YAML block (title with the site's name
# after a pipe, source, author naming the site, published, created, description, tags), skip link and menu, a line of
# three co-author names, share bar, photo credit, roman-numeral endnotes with #_edn anchors, a disclaimer, related
# commentary and a cookie banner at the foot.
def j08():
    title = "Ferry Tolls and Frozen Accounts: Why Sanctions Miss the Lake Region's Armed Groups"
    body = [
"Sanctions have become the default response of governments to armed groups that finance themselves through trade. Designate the group, freeze its accounts, warn the banks, and wait for the money to dry up. In the lake region, where a handful of factions now tax ferries, fishing landings and cross-border traders, the approach has produced a long list of designations and very little change on the water.[[i]](#_edn1)",
"The problem is not that the sanctions are badly designed. It is that they were designed for a different kind of money. The factions that operate around the lake hold almost nothing in banks. They collect cash and mobile credit at landing sites, pay fighters in cash, and store value in livestock, fuel and, increasingly, in stocks of smoked fish that can be sold across the border when prices rise.[[ii]](#_edn2) An asset freeze has little to bite on.",
"Three changes would make the sanctions regime more relevant to how these groups actually operate.",
"First, the focus should move from the groups to the chokepoints they exploit. A short list of landing sites, ferry crossings and fuel depots accounts for most of the factions' revenue. Targeted support to the people who operate them, such as protection for ferry operators who refuse to pay, compensation for confiscated cargo and secure channels to report extortion, would do more than another round of designations.",
"Second, mobile-money providers should be treated as partners rather than as potential sanctions violators. The agents who convert cash to mobile credit in lakeside villages see the factions' money move every week. At present, most of them fear that reporting suspicious transactions will expose them to retaliation from the factions and to penalties from regulators. A reporting system that protected agents from both would turn them into a source of intelligence.[[iii]](#_edn3)",
"Third, governments should be honest about the costs that sanctions impose on the communities around the lake. When banks close the accounts of fish traders because they operate in areas where designated groups are present, the traders do not stop trading; they move into the cash economy that the factions already dominate. Sanctions that push legitimate business into the shadows strengthen the groups they are meant to weaken.",
"None of this is an argument for abandoning sanctions. Designations still matter for the factions' external backers and for the few leaders who travel or hold property abroad. But on the lake itself, the contest is over who controls the points where goods and people change hands. Sanctions should be judged by whether they help the state and the lake's communities win that contest, not by the number of names on a list.",
]
    notes = [
"[[i]](#_ednref1) Lake Basin Monitoring Group, \u201cDesignations and Their Effects, 2027\u20132031,\u201d December 2031.",
"[[ii]](#_ednref2) Interviews with traders in two lakeside markets, November 2031.",
"[[iii]](#_ednref3) Regional Financial Intelligence Forum, \u201cMobile Money and Illicit Finance in the Lake Basin,\u201d working paper, September 2031.",
]
    L = ["---",
         'title: "%s | Orrin Centre for Strategic Studies"' % title,
         'source: "https://www.orrincentre.example/commentary/ferry-tolls-frozen-accounts"',
         "author:", '  - "[[Orrin Centre for Strategic Studies]]"',
         "published: 2032-02-09", "created: 2032-03-02",
         'description: "Sanctions built for banked networks have little to bite on where factions tax ferries and fish landings. Three changes would help."',
         "tags:", '  - "clippings"', "---",
         "[Skip to content](#main)",
         "![Orrin Centre for Strategic Studies](https://www.orrincentre.example/static/logo.svg)",
         "- [Research](https://www.orrincentre.example/research)", "- [Experts](https://www.orrincentre.example/experts)",
         "- [Events](https://www.orrincentre.example/events)", "- [About](https://www.orrincentre.example/about)",
         "- [Donate](https://www.orrincentre.example/donate)", "",
         "Commentary", "",
         "# " + title, "",
         "Hedda Marlowe-Quist, Tobiah Renk and Saoirse Delacroix-Amadi", "",
         "9 February 2032", "",
         "Share this page: [Facebook](https://facebook.example/sharer) [X](https://x.example/intent) [LinkedIn](https://linkedin.example/share) [Email](mailto:?subject=Ferry%20Tolls)", "",
         "![](https://www.orrincentre.example/media/ferry-ombessa.jpg)", "",
         "A ferry on Lake Ombessa. Photo: Orrin Centre / Ana Lutz", ""]
    L += T(body, blank=True)
    L += ["* * *", "", "Endnotes", ""]
    L += T(notes, blank=True)
    L += ["The views expressed in this commentary are those of the authors and do not necessarily reflect those of the Orrin Centre.", "",
          "## Related commentary", "",
          "[Who Pays at the Landing? Extortion on Inland Waters](https://www.orrincentre.example/commentary/who-pays-at-the-landing)", "",
          "[Mobile Money After the Freeze](https://www.orrincentre.example/commentary/mobile-money-after-the-freeze)", "",
          "We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies. [Accept all] [Manage preferences]", "",
          "\u00a9 2032 Orrin Centre for Strategic Studies. Registered charity no. 1188420. [Privacy](https://www.orrincentre.example/privacy)"]
    page("j08_thinktank_clipper_yaml_three_names_edn", L, title,
         ["Hedda Marlowe-Quist", "Tobiah Renk", "Saoirse Delacroix-Amadi"], "2032-02-09", "commentary",
         "Orrin Centre for Strategic Studies", url="https://www.orrincentre.example/commentary/ferry-tolls-frozen-accounts")

# j09: a one-person blog: browser title line with the blog's name after a dash, tagline, "Posted <date> by NAME",
# breadcrumb with the genre, a closing plain bio in the third person, share bar with a "Loading..." placeholder,
# related posts, category/tag line, previous/next links, a comments section and a reply form. No sidecar.
def j09():
    title = "What the Karsk Hills ceasefire leaves out"
    body = [
"The ceasefire signed in Tarvanne last Tuesday between the government and the Karsk Hills Front has been welcomed in the capital as the end of a six-year war. Read the text, though, and it looks more like an agreement to stop one kind of fighting while leaving the others untouched.",
"The document, all eleven pages of it, deals almost entirely with the front lines: where the Front's units will withdraw to, which roads the army will reopen, how prisoners will be exchanged. On those points it is detailed and, as far as I can tell, workable. The monitoring committee has members from both sides and from the two neighbouring states, and it has a budget, which is more than the 2028 truce ever had.",
"What the text leaves out is everything that happens behind the front lines. There is nothing on the checkpoints that the Front runs on the roads to the coal mines, which bring it far more money than anything it seized on the battlefield. There is nothing on the village militias that the army armed in 2027 and has never disarmed. And there is nothing on the three smaller armed groups that refused to sign and have already said they will keep fighting.",
"I spent a week in the hills in January, and the people I spoke to there were less interested in the front lines than in the roads. A coal truck driver in Veshka told me he pays at five checkpoints between the mine and the railhead, two run by the Front, two by militias and one by the police. \"The ceasefire will close none of them,\" he said. \"Maybe it will make them cheaper, because there will be less to pay for.\"",
"The smaller groups matter too. The largest of them, the Brotherhood of the Upper Karsk, has perhaps three hundred fighters, but it controls the passes to the north, where most of the hills' smuggling goes. Its leaders were not invited to Tarvanne, and they have every reason to show that an agreement made without them cannot be enforced.",
"None of this means that the ceasefire will fail. Agreements that deal with the front lines first and leave the harder questions for later have worked elsewhere, especially when both sides are exhausted, as they are here. But the government should be careful about declaring victory. If the checkpoints stay and the militias keep their weapons, the hills will see less war and no more peace, and the Front will still have the income it needs to go back to fighting when it chooses.",
"I'll be writing more on the checkpoints in the coming weeks, including a map of who controls which stretch of the coal roads.",
]
    L = [title + " \u2013 The Borderlands Desk",
         "The Borderlands Desk",
         "Notes on conflict at the edges of the map",
         "Home", "About", "Archive", "Contact",
         "Home \u00bb Analysis \u00bb " + title,
         title,
         "Posted 14 February 2032 by Ruairi Okolie-Stern"]
    L += T(body)
    L += ["Ruairi Okolie-Stern is a freelance researcher who has worked in the Karsk Hills since 2019. He writes here in a personal capacity.",
          "Share this:", "Twitter", "Facebook", "Email", "Like Loading...",
          "Related",
          "Three myths about the Karsk Hills Front", "2 November 2031", "In \"Analysis\"",
          "Coal, rail and the war economy of the hills", "19 January 2032", "In \"Analysis\"",
          "Posted in Analysis | Tagged ceasefires, coal, Karsk Hills | 3 Comments",
          "\u00ab Previous post: Coal, rail and the war economy of the hills",
          "Next post: Notes from Veshka \u00bb",
          "3 thoughts on \u201c" + title + "\u201d",
          "Milena Astrov says:", "14 February 2032 at 21:10",
          "Good piece. The militias are the part nobody in the capital wants to talk about, and they will still be there long after the committee has gone home.",
          "Reply",
          "Ruairi Okolie-Stern says:", "15 February 2032 at 08:42",
          "Thanks Milena. Agreed, and the army has not even published a list of which villages it armed.",
          "Reply",
          "T. Haverkamp says:", "16 February 2032 at 13:05",
          "Would be interested to see the checkpoint map when it is ready. Do you include the rail sidings?",
          "Reply",
          "Leave a Reply Cancel reply",
          "Your email address will not be published. Required fields are marked *",
          "Comment *", "Name *", "Email *", "Post Comment",
          "Proudly powered by Inkwell | Theme: Driftwood"]
    page("j09_blog_posted_by_comments_bio", L, title, ["Ruairi Okolie-Stern"], "2032-02-14", "analysis",
         "The Borderlands Desk")

# j10: a city newspaper: sign-in and section links, a two-name byline, published/updated line, an error line left by
# a video player, "Read more:" promotions between paragraphs, a photo caption with its credit in the middle of the
# story, "Advertisement" slots, topics, share line, subscribe blurb, most-read list, closed comments and footer.
def j10():
    title = "Police foil plot to bomb Cassel tram depot, say prosecutors"
    b = [
"Three men have been charged with planning to bomb a tram depot in the east of Cassel, prosecutors said on Wednesday, after police found chemicals and a partly assembled device in a rented garage in the Harnwick district.",
"The men, aged 19, 23 and 31, appeared before magistrates on Wednesday morning and were remanded in custody. They are accused of preparing acts of terrorism and of possessing explosive substances. None of them entered a plea.",
"The Crown Advocate's office said the alleged plot targeted the Ellery Road depot, where around 40 trams are stored overnight and which employs more than 200 staff. Prosecutors told the court that the men had visited the depot at least four times in February and had photographed its gates and fuel store.",
"Detective Chief Superintendent Annika Varro, who leads the region's counter-terrorism unit, said the arrests followed \"several weeks of intensive surveillance\" and that there was no continuing threat to the public.",
"\"This was a fast-moving investigation and I want to thank the officers involved and the members of the public who came forward,\" she said. \"The network is safe, and trams will run as normal.\"",
"The court heard that the youngest defendant had been referred to a deradicalisation scheme in 2030 after teachers raised concerns about material he was sharing online, but had stopped attending after three sessions.",
"Neighbours of the garage on Pellam Street said they had noticed a strong chemical smell in recent weeks. \"We thought someone was painting cars,\" said one woman, who asked not to be named. \"You don't think of something like this on a street like ours.\"",
"The city's transport authority said it had reviewed security at all four of its depots and would add overnight patrols. A spokesman said staff had been briefed and that passengers should report anything suspicious to the police.",
"Councillor Rhiannon Ebbe, who chairs the city's transport committee, said she would ask for a report on how the men had been able to approach the depot so often without being challenged. \"Our staff did nothing wrong, but we need to know whether our fences and cameras are good enough,\" she said.",
"The men will appear at Cassel Crown Court on 24 March.",
]
    L = ["Sign in", "Subscribe", "The Cassel Evening Post",
         "News | Sport | Business | Opinion | Culture | Puzzles",
         "News \u203a Crime",
         title,
         "Three men remanded in custody after chemicals found in Harnwick garage",
         "By Marta Quillon-Reyes and Jonah Ekberg-Tall",
         "Published 3 March 2032, 11:42 | Updated 3 March 2032, 14:05",
         "Something went wrong. Please try refreshing the page.",
         "Advertisement"]
    L += T(b[:3])
    L += ["Read more: Tram strike called off after late-night talks"]
    L += T(b[3:6])
    L += ["Police outside the garage on Pellam Street on Tuesday evening. Photograph: Tomas Berglind/The Cassel Evening Post",
          "Advertisement"]
    L += T(b[6:8])
    L += ["Read more: Inside the unit that watches the city's extremists"]
    L += T(b[8:])
    L += ["Topics: Terrorism, Cassel, Trams, Courts",
          "Share this story: Facebook \u00b7 WhatsApp \u00b7 Email \u00b7 Copy link",
          "Support the Evening Post. Quality local journalism costs money. Subscribe from \u00a31 a week and get unlimited access.",
          "Most read",
          "1. Ring road closure to last until May",
          "2. Police foil plot to bomb Cassel tram depot, say prosecutors",
          "3. Harnwick bakery wins national prize",
          "Comments are closed for this article.",
          "\u00a9 2032 Cassel Evening Post Ltd. Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact us"]
    page("j10_news_two_byline_photo_credit_error_line", L, title, ["Marta Quillon-Reyes", "Jonah Ekberg-Tall"], "2032-03-03",
         "news", "The Cassel Evening Post", url="https://www.casselpost.example/news/crime/2032/mar/03/police-foil-plot-tram-depot")

# j11: a research group's insight with no byline: the author is named only by an italic closing bio with an
# honorific (after the reference list); a genre/date/reading-time line; an audio player placeholder; section headings;
# note markers glued to words and sentence ends; a numbered reference list "N. Title \u2013 Site, accessed <date>, <url>";
# cite-this line, PDF link, newsletter box, related insights and a registration footer. No sidecar.
def j11():
    title = "Workbench Warfare: What Open Sources Show About Drone Workshops in Three Insurgencies"
    b = [
"Two years ago, most analysts assumed that insurgent groups that used drones bought them whole, either on the open market or from state sponsors. A growing body of open-source evidence now suggests that several groups have moved beyond that stage and run their own workshops, where commercial parts are assembled, modified and repaired.1 This shift matters, because a group that can build and repair its own drones is far less dependent on supply chains that governments can disrupt.",
"This piece reviews what is publicly known about drone workshops in three insurgencies: the Karsk Hills Front, the Coastal Brigades and the Harakat al-Sahil al-Jadid. It relies on photographs and videos published by the groups themselves, on court records and on reporting by local media.",
"## What the images show",
"The clearest evidence comes from the groups' own propaganda. A video released by the Karsk Hills Front in October 2031 shows a room with at least six workbenches, soldering equipment and shelves of motors and batteries, and fighters assembling frames from carbon-fibre sheets.2 The Front appears to have published the video to demonstrate its self-sufficiency, but it also revealed the scale of the operation.",
"The Coastal Brigades have been more cautious, but court records from the trial of two of their members in 2031 describe a workshop in a rented house near the delta, where investigators found 3D printers, spare flight controllers and a notebook of modifications to payload release mechanisms3. The Harakat al-Sahil al-Jadid has published fewer images, although a photograph circulated in December 2031 shows drones being repaired in what appears to be a tent.4",
"## Why it matters",
"Workshops change the problem for governments in three ways. They allow groups to adapt designs to local conditions faster than manufacturers can change their products. They make export controls on finished drones less effective, because the parts that workshops need, such as motors, batteries and cameras, have countless civilian uses. And they create a body of skilled fighters who can pass on their knowledge to other groups.5",
"Not every group that uses drones runs a workshop, and the quality of insurgent-built drones varies widely. Many of the modified drones seen in propaganda are crude, and some of the groups' claims about their capabilities are almost certainly exaggerated. But the trend is clear, and governments that continue to think about insurgent drones as a problem of imports will find themselves responding to yesterday's threat.",
"## What to watch",
"Three indicators would suggest that workshops are becoming more capable: the appearance of fixed-wing designs, which require more skill to build than quadcopters; evidence of groups producing their own flight-control software; and the transfer of designs between groups that do not otherwise cooperate. The first has already been observed in one case.6",
]
    refs = [
"1. Small drones, big workshops \u2013 Field Signals, accessed 12 January 2032, https://fieldsignals.example/2031/11/small-drones-big-workshops",
"2. Karsk Hills Front video archive notes \u2013 Conflict Media Index, accessed 14 January 2032, https://conflictmediaindex.example/archive/khf-2031-10",
"3. Judgment in the case of the Harbour Road defendants \u2013 Delta Regional Court, accessed 15 January 2032, https://deltacourts.example/judgments/2031/harbour-road",
"4. Repair tents in the Sahel \u2013 Open Source Desk, accessed 16 January 2032, https://opensourcedesk.example/repair-tents",
"5. Drones and export controls: a primer \u2013 Aldgate Policy Review, accessed 18 January 2032, https://aldgatereview.example/drones-export-controls",
"6. First fixed-wing insurgent drone documented \u2013 Field Signals, accessed 20 January 2032, https://fieldsignals.example/2032/01/fixed-wing-first",
]
    L = ["Perimeter Research Group", "Research  Insights  Data  Events  About  Contact", "",
         "Insight | 27 Jan 2032 | 9 min read", "",
         title, "",
         "Audio player loading\u2026", "",
         "Image credit: Perimeter Research Group illustration", ""]
    L += T(b, blank=True)
    L += ["References", ""]
    L += T(refs)
    L += ["", "*Dr Anouk Verhaegen-Obi is a senior research fellow at Perimeter Research Group, where she leads the Emerging Weapons project.*", "",
          "Download this insight as a PDF", "",
          "Cite this: Verhaegen-Obi, A. (2032), \u2018Workbench Warfare\u2019, Perimeter Research Group Insight, 27 January.", "",
          "Stay informed: sign up for our monthly briefing on emerging weapons and armed groups.", "",
          "Related insights", "Printed parts, real risks", "The drone as a recruitment tool", "",
          "Perimeter Research Group is an independent research organisation registered in Tarrow, no. 04417731. Privacy | Accessibility"]
    page("j11_institute_no_byline_italic_bio_reference_list", L, title, ["Anouk Verhaegen-Obi"], "2032-01-27", "insight",
         "Perimeter Research Group")

# j12: an email newsletter scraped with a crawler block whose author and date are placeholders ("unknown", ""), and
# whose description is the newsletter's teaser; the page's own name line and "Mar 2, 2032" date line; "Issue #61"
# label; Subscribe/Share/Like/Comment bars; short section headings; a one-word sign-off; discussion box and footer.
def j12():
    title = "The salt, the sermon and the spreadsheet"
    b = [
"Good morning, and welcome to the sixty-first issue of The Quiet Frontier. This week: a road that pays better than kidnapping, a preacher whose voice has escaped his prison, and a spreadsheet that tells an uncomfortable story about a rehabilitation programme.",
"## The salt",
"If you read only one thing this fortnight, make it the new piece on the Salt Road escorts. The argument is simple and, I think, right: a faction that sells protection to the convoys it used to rob has found a more reliable business than kidnapping, and the army's occasional sweeps do nothing to change that. What struck me most was the detail that the faction's receipts are honoured at every checkpoint it controls. That is more than can be said for the official posts on the same road.",
"The obvious question is what happens when the state tries to compete. I've been told by two people who work with the traders' associations that a pilot scheme of state-escorted convoys is being discussed for the spring. I'll believe it when I see the trucks.",
"## The sermon",
"Recordings of a jailed preacher on the Velmar plateau are doing the rounds again, and this time some of them are new. The lawyers I asked agree that they would be hard to prosecute; he never quite tells anyone to do anything. That is exactly why they work. The audience is young, online and angry about bread prices, and nobody else on the plateau is talking to them.",
"## The spreadsheet",
"A team of researchers has done what the donors funding a prison rehabilitation programme should have done years ago: they matched the programme's list of graduates against court records. The programme says fewer than five percent of its graduates reoffend. The spreadsheet says closer to nine, and that is before counting the ones who were killed rather than arrested. The most useful finding is the least surprising one. The men who found work within six months mostly stayed out of trouble, whatever their grades in the prison classroom.",
"## One more thing",
"Several of you wrote in after last issue to ask where the lake fishermen's \"water tithe\" story came from. It came from a local radio station that deserves far more listeners than it has. If you read French, it is worth following.",
]
    L = ["---",
         'title: "The salt, the sermon and the spreadsheet"',
         'source: "https://quietfrontier.example/p/issue-61-salt-sermon-spreadsheet"',
         "author: unknown", 'date: ""',
         'description: "A road that pays better than kidnapping, a preacher whose voice escaped his prison, and a spreadsheet."',
         "site_name: The Quiet Frontier",
         "---", "",
         "The Quiet Frontier", "Subscribe", "Sign in", "",
         "Issue #61", "",
         title, "",
         "A road that pays better than kidnapping, a preacher whose voice escaped his prison, and a spreadsheet.", "",
         "Wendeline Ashcombe-Nyoni", "Mar 2, 2032", "",
         "23", "4", "Share", ""]
    L += T(b, blank=True)
    L += ["\u2014 W.", "",
          "Thanks for reading The Quiet Frontier! Subscribe for free to receive new posts and support my work.", "",
          "Type your email\u2026", "Subscribe", "",
          "23 Likes", "\u00b7", "2 Restacks", "",
          "Discussion about this post", "", "Comments", "Restacks", "", "Write a comment\u2026", "",
          "\u00a9 2032 Wendeline Ashcombe-Nyoni \u00b7 Privacy \u2219 Terms \u2219 Collection notice", "",
          "Start writing", "Get the app"]
    page("j12_newsletter_yaml_unknown_author", L, title, ["Wendeline Ashcombe-Nyoni"], "2032-03-02", "newsletter",
         "The Quiet Frontier", url="https://quietfrontier.example/p/issue-61-salt-sermon-spreadsheet")

# j13: a ministry's press release: government banner, cookie choice block at the top, breadcrumb whose last genre
# item is "Press releases", "From:" and "Published" lines, a quote introduced by a line ending in a colon, a
# media-enquiries block, a "Was this page useful?" box and a licence/copyright footer that adds the country. No sidecar.
def j13():
    title = "Minister sets out new rules for security at large public events"
    b = [
"The Minister of Public Safety, Helena Torvik-Ansah, today set out new rules requiring the organisers of large public events to prepare security plans and to consult the police before tickets go on sale.",
"Under the rules, which will take effect on 1 July 2032, events expected to attract more than 5,000 people will need a written security plan covering entrances, crowd movement, emergency exits and the protection of queues outside the venue. Events of more than 20,000 people will also need to hold a joint exercise with the emergency services.",
"The rules follow a review of security at public events ordered after the attack on the Midsummer Festival in Lorrach in June 2031, in which a vehicle was driven into a queue outside the festival grounds, injuring 14 people.",
"Speaking at the National Police College, the Minister said:",
"\u201cEvery summer, millions of people in Estrevia come together at festivals, concerts and matches. They have a right to enjoy them safely. These rules ask organisers to do what the best of them already do: to think about security from the start, and to work with the police rather than call them when something has gone wrong.\u201d",
"The review found that security at most large events was well planned, but that queues and open spaces outside venues were often left unprotected, and that smaller organisers lacked guidance on what was expected of them.",
"The Ministry will publish guidance for organisers in April and will fund training for up to 2,000 event staff in 2032. Local authorities will be responsible for checking plans for events of fewer than 20,000 people.",
"The Estrevian Association of Event Organisers welcomed the rules. Its chair, Dorian Maszewski, said: \u201cOur members want clear standards, and these rules give them. We will work with the Ministry on the guidance and make sure that smaller festivals are not priced out.\u201d",
]
    L = ["Cookies on this site",
         "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.",
         "Accept additional cookies", "Reject additional cookies", "View cookies",
         "Skip to main content",
         "Official website of the Government of Estrevia",
         "Ministry of Public Safety",
         "Menu", "Search",
         "Home \u203a News \u203a Press releases \u203a " + title,
         "Press release",
         title,
         "The organisers of events for more than 5,000 people will need a security plan agreed with the police.",
         "From: Ministry of Public Safety",
         "Published 4 March 2032"]
    L += T(b)
    L += ["Media enquiries",
          "Press Office, Ministry of Public Safety",
          "Email: press@publicsafety.gov.example",
          "Telephone: 0300 555 0142 (24 hours)",
          "Share this page", "Print this page",
          "Is this page useful?", "Yes", "No", "Report a problem with this page",
          "Related content", "Review of security at public events: final report", "Guidance for event organisers (coming April 2032)",
          "All content is available under the Open Government Licence v2.0, except where otherwise stated",
          "\u00a9 Government of Estrevia 2032"]
    page("j13_ministry_press_release_cookie_top", L, title, [], "2032-03-04", "press release", "Ministry of Public Safety")

# j14: a magazine long read: a "Words by NAME \u00b7 Photographs by NAME" credit line (the photographer is no author), a
# standfirst, date and reading time, photo captions with credits between paragraphs, a pull quote repeating a line of
# the text, two section headings, a plain closing bio, an "appears in the print issue" line, a newsletter box,
# "More long reads" teasers and footer.
def j14():
    title = "The Last Ferry to Dunkara"
    b = [
"The ferry leaves Kessoum at six, or at seven, or not at all. On the morning I travelled, it left at a quarter to eight, after the pilot, a broad man in a faded football shirt named Ibrahim Sougou, had finished arguing with a fuel seller about the price of a jerrycan. \"Every week it goes up,\" he said, waving at the lake. \"Every week there is someone new to pay.\"",
"Sougou has piloted the ferry between Kessoum and the fishing villages of the eastern shore for nineteen years. In that time he has carried brides and coffins, soldiers and smugglers, and, once, a goat that gave birth halfway across. He has also watched the lake change from a place where the worst danger was the wind to one where the boatmen have learnt to read the shoreline for signs of armed men.",
"## A lake divided",
"Lake Ombessa is shared by three countries and policed, in theory, by all of them. In practice, the eastern shore has been left largely to itself since the army moved its patrol boats north last autumn. The fishermen of Dunkara, Lessi and Mbolo-Gare now pay a weekly levy to a small armed group that appeared on the shore in November, and the ferry, too, has had visitors.",
"The first time, Sougou told me, two young men with rifles came aboard at Lessi and rode with him to Dunkara without paying. The second time, they asked for the passenger list. The third time, they asked for money. He paid, he said, because the alternative was to stop running the ferry, and the villages need it: there is no road along the eastern shore, and the ferry carries the fish to market, the sick to the clinic and the teachers to the schools.",
"Not everyone on the shore is willing to pay. In Mbolo-Gare I met a fisherman, Adama Kessely, whose nets had been cut after he refused the levy. He has since borrowed money to buy new nets and moved his boat to a cove further south, where he says the armed men rarely come. \"They are not many,\" he said. \"If the army came back for one month, they would go away. But the army does not come.\"",
"## Waiting for the boats",
"In Kessoum, officials are aware of the problem and say they are doing what they can. The prefect's office has asked the regional command to return the patrol boats, and has proposed arming the ferry's crew, an idea that Sougou rejects. \"Then I am a soldier, and they will shoot at me,\" he said. \"Now I am only a ferryman.\"",
"The regional command says it lacks fuel for patrols on both sides of the lake. The oil survey teams in the north, whose protection drew the boats away, are expected to finish their work in the spring, and officials suggest that the boats may return then. Until they do, the eastern shore will continue to pay, and the ferry will continue to carry whoever stands on the landing.",
"On the way back to Kessoum, the ferry stopped at Lessi to pick up a woman and her two children who were going to the clinic. A young man in a red cap stood on the landing and watched the passengers board. He did not come aboard, and Sougou did not look at him. When we were out on the water again, I asked who he was. Sougou shrugged and turned the wheel towards the town. \"Someone new,\" he said.",
]
    L = ["The Halyard Review", "Long reads   Essays   Photography   Podcast   Shop", "Subscribe", "",
         "Long read", "",
         title, "",
         "On Lake Ombessa, a ferryman's fare now includes a toll to armed men. Nobody expects the patrol boats back before spring.", "",
         "Words by Josefa Marangoni-Teo \u00b7 Photographs by Kito Ahlberg", "",
         "28 February 2032 \u00b7 12 minute read", ""]
    L += T(b[:2], blank=True)
    L += ["Ibrahim Sougou at the wheel of the ferry, which he has piloted since 2013. Photograph: Kito Ahlberg for The Halyard Review", ""]
    L += T(b[2:5], blank=True)
    L += ["\u201cEvery week there is someone new to pay.\u201d", ""]
    L += T(b[5:8], blank=True)
    L += ["Fishermen unload their catch at Dunkara, on the eastern shore. Photograph: Kito Ahlberg for The Halyard Review", ""]
    L += T(b[8:], blank=True)
    L += ["Josefa Marangoni-Teo is a journalist based in Kessoum. Her reporting from the lake was supported by the Ostend Fund for Independent Journalism.", "",
          "This article appears in the spring 2032 print edition of The Halyard Review. Buy the issue", "",
          "The Halyard Letter: our best long reads, once a week. Enter your email Sign up", "",
          "More long reads", "The salt merchants of Agdaz", "A court of elders in the upper Ruvessa", "",
          "\u00a9 The Halyard Review 2032 \u00b7 About \u00b7 Contributors \u00b7 Cookie settings"]
    page("j14_magazine_longread_words_by_photographs_by", L, title, ["Josefa Marangoni-Teo"], "2032-02-28", "long read",
         "The Halyard Review", url="https://www.halyardreview.example/long-reads/2032/02/the-last-ferry-to-dunkara")

# j15: a university research centre's expert comment under the university's masthead, with its own navigation; a
# byline with honorifics ("Prof." and "Dr."), a weekday date, an unrendered template placeholder, two headings, a
# closing two-author bio paragraph, a cite-this line, a disclaimer, tags, share line, "page last updated" with a
# later date, and the university's footer. No sidecar.
def j15():
    title = "Do Amnesties for Low-Level Fighters Work? Lessons from the Karsk Hills"
    b = [
"When the government and the Karsk Hills Front signed their ceasefire in February, one provision attracted little attention: an offer of amnesty to fighters who surrender their weapons within six months and have not been charged with serious crimes. Similar offers have been made three times before in the hills, in 2021, 2024 and 2027. Each was declared a success by the government, and each was followed by renewed fighting.",
"Our research, based on the records of the amnesty commissions and interviews with 64 former fighters, suggests that the earlier amnesties did not fail because too few fighters accepted them. In total, more than 2,300 fighters surrendered under the three schemes. They failed because of what happened to those fighters afterwards.",
"## What went wrong",
"Three problems stand out. First, the amnesties offered fighters protection from prosecution but little else. Those who surrendered received a small cash payment and a certificate, and were sent home to villages where the armed groups remained active. Within a year, about a quarter of those we interviewed had been approached to rejoin, and several had been threatened when they refused.",
"Second, the amnesties were poorly coordinated with the police. Several former fighters were arrested after surrendering, on charges that the commission had not known about or had chosen to ignore. News of these arrests spread quickly and discouraged others from coming forward.",
"Third, the schemes took no account of the fighters' families. Many former fighters had debts incurred by their families while they were away, and some had left behind wives and children who had been excluded from their communities. Without help for families, the certificate of amnesty was worth little.",
"## What the new amnesty should do",
"The new amnesty can learn from these failures. It should offer former fighters the choice of resettling away from their home districts, with help to find work. It should be agreed in advance with the police and prosecutors, with a published list of the offences it covers. And it should include support for families, including help with debts and access to schools and clinics.",
"None of this is expensive compared with the cost of renewed fighting. The risk is that the government, having declared the ceasefire a success, will treat the amnesty as a formality. The experience of the last decade suggests that it is anything but.",
]
    L = ["University of Tarrow", "Study | Research | Alumni | Staff", "",
         "Centre for Conflict and Governance", "CCG Home | Research | People | Events | Expert Comment | Contact", "",
         "Expert Comment", "",
         title, "",
         "By Prof. Emeric Dallaway and Dr. Yusra Benhaddou-Kline", "",
         "Monday 15 March 2032 \u00b7 {{ reading_time }} min read", ""]
    L += T(b, blank=True)
    L += ["Emeric Dallaway is Professor of Conflict Studies at the University of Tarrow and Director of the Centre for Conflict and Governance. Dr Yusra Benhaddou-Kline is a research fellow at the Centre, where she leads the project on demobilisation in the Karsk Hills.", "",
          "Cite this: Dallaway, E. and Benhaddou-Kline, Y. (2032) Do Amnesties for Low-Level Fighters Work? CCG Expert Comment, University of Tarrow.", "",
          "Disclaimer: Expert Comment pieces reflect the views of their authors and not necessarily those of the Centre or the University of Tarrow.", "",
          "Tags: amnesty, ceasefires, demobilisation, Karsk Hills", "",
          "Share: Email | LinkedIn | Bluesky", "",
          "\u2190 Back to Expert Comment", "",
          "Page last updated 16/03/2032", "",
          "University of Tarrow, Castle Lane, Tarrow TA1 4QX. Registered charity no. 1140921. Accessibility | Privacy | Freedom of information"]
    page("j15_university_centre_expert_comment_honorifics", L, title, ["Emeric Dallaway", "Yusra Benhaddou-Kline"],
         "2032-03-15", "expert comment", "Centre for Conflict and Governance")

if __name__ == "__main__":
    for f in (j01, j02, j03, j04, j05, j06, j07, j08, j09, j10, j11, j12, j13, j14, j15): f()
