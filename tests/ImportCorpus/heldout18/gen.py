# heldout18 (blind): python3 gen.py rewrites every b*.txt, b*.yml and b*.labels.yml in this folder.
# All names, places, organisations, sites and prose are invented. Format of the labels: ../README.md "## Files".
import sys, os, textwrap
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import Issue, arts

class Doc(Issue):
    """An Issue with a current article, wrapped paragraphs that may hyphenate across line ends and break pages
    mid-sentence (token |PB| inside a paragraph), and a page-break callback that emits the running furniture."""
    def __init__(self, name, width=74, blank=True, hyph=6, pagebreak=None, glyph=None):
        super().__init__(name)
        self.cur, self.width, self.blank, self.hyph, self.pb, self.glyph, self.page = None, width, blank, hyph, pagebreak, glyph, 1
        self.log = []   # (owner, text) of every paragraph and heading, for a web version of an issue article
    def art(self, k): self.cur = k
    def fur(self, text): self.add(text, None)
    def h(self, text):
        self.log.append((self.cur, text))
        self.add(text, self.cur)
        if self.blank: self.add("", None)
    def pagebreak(self):
        self.page += 1
        for l in self.pb(self.page): self.add(l, None)
    def p(self, text, owner="cur", blank=None):
        own = self.cur if owner == "cur" else owner
        self.log.append((own, text))
        if self.glyph: text = self.glyph(text)
        words = text.split()
        breaks = [i - k for k, i in enumerate([j for j, w in enumerate(words) if w == "|PB|"])]
        words = [w for w in words if w != "|PB|"]
        lines = textwrap.wrap(" ".join(words), self.width, break_on_hyphens=False)
        # hyphenate: every hyph-th line, pull the first half of the next line's long first word up with a hyphen
        if self.hyph:
            for i in range(len(lines) - 1):
                if (i + 1) % self.hyph: continue
                w = lines[i + 1].split(" ")[0]
                core = w.rstrip(".,;:)”’\"'")
                if len(core) >= 9 and core.isalpha():
                    cut = len(core) // 2
                    lines[i] += " " + w[:cut] + "-"
                    lines[i + 1] = lines[i + 1][len(w[:cut]):]
        # a page break falls after the line holding the word before the token, so pages end mid-sentence
        count = 0
        for l in lines:
            self.add(l, own)
            count += len([w for w in l.split() if not w.endswith("-") or w == l.split()[-1] and False])
            if breaks and count >= breaks[0]:
                breaks.pop(0); self.pagebreak()
        if (self.blank if blank is None else blank): self.add("", None)

def labels_text(name, articles, lines, owner, one_line):
    out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % name]
    if one_line: out.append("one_line_per_paragraph: true")
    out.append("articles:")
    for k, a in enumerate(articles):
        nums = [i + 1 for i, o in enumerate(owner) if o == k]
        assert nums, (name, k)
        ranges, start, prev = [], None, None
        for n in nums:
            if start is None: start = prev = n; continue
            if n == prev + 1 or all(not lines[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
            ranges.append((start, prev)); start = prev = n
        ranges.append((start, prev))
        text = ", ".join(str(x) if x == y else "%d-%d" % (x, y) for x, y in ranges)
        t = a["title"].replace('"', '\\"')
        out += ['  - title: "%s"' % t, "    authors: [%s]" % ", ".join('"%s"' % n for n in a["authors"]),
                "    date: %s" % a["date"], "    kind: %s" % a["kind"], '    publication: "%s"' % a["publication"],
                "    volume: %s" % a["volume"], "    issue: %s" % a["issue"], "    text: [%s]" % text]
    return "\n".join(out) + "\n"

DOCS = {}
def emit(doc, articles, sidecar, one_line=False):
    DOCS[doc.name] = doc
    while doc.lines and not doc.lines[-1].strip(): doc.lines.pop(); doc.owner.pop()
    with open(doc.name + ".txt", "w") as f: f.write("\n".join(doc.lines) + "\n")
    with open(doc.name + ".yml", "w") as f: f.write(sidecar.strip() + "\n")
    with open(doc.name + ".labels.yml", "w") as f: f.write(labels_text(doc.name, articles, doc.lines, doc.owner, one_line))

def page(name, raw, articles, sidecar):
    """A scraped web page, one line per paragraph. Lines starting '>' are text of the current article;
    a line '%%N' (not written) makes article N current (article 0 at the start)."""
    d = Doc(name); cur = 0
    for l in raw.strip("\n").split("\n"):
        if l.startswith("%%"): cur = int(l[2:]); continue
        if l.startswith(">"): d.add(l[1:], cur)
        else: d.add(l, None)
    emit(d, articles, sidecar, one_line=True)

def A(title, authors, date, kind, pub, volume=None, issue=None):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=pub,
                volume="null" if volume is None else volume, issue="null" if issue is None else issue)


# ---------------------------------------------------------------------------------------------------------------
# b01: Terrorism Monitor, whole issue (PDF text): masthead, contents, two briefs, two features with notes and bios,
# running header and footer on every page, pages breaking mid-sentence, words hyphenated across line ends.
def tm_pb(n):
    return ["", "1310 L Street NW, Suite 810 | Washington, DC 20005 | www.jamestown.example", "\f" + "TerrorismMonitor",
            "Volume XXV, Issue 15 | July 23, 2027", "", str(n), ""]

d = Doc("b01_terrorism_monitor_issue", width=76, hyph=5, pagebreak=tm_pb)
d.fur("""TerrorismMonitor
In-depth analysis of the War on Terror
VOLUME XXV, ISSUE 15 p.1                                        JULY 23, 2027

IN THIS ISSUE:
Ambush on Kethran Highway Signals Return of Sarrow Valley Council
By Idris Valmonte ..........................................................1
Maldoran Authorities Arrest Recruiters Linked to Coastal Cell
By Naomi Strand-Okafor ...................................................2
The Drone Workshop: How the Northern Front Learned to Build Its Own
Munitions
By Kasim Orlov-Hadley ....................................................3
Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak
By Leontine Abara ..........................................................5

Terrorism Monitor is a publication of The Jamestown Foundation. The Terrorism
Monitor is designed to be read by policymakers and other specialists yet be
accessible to the general public. The opinions expressed within are solely
those of the authors and do not necessarily reflect those of The Jamestown
Foundation.
Unauthorized reproduction or redistribution of this or any Jamestown
publication is strictly prohibited by law.
For comments or questions about our publications, please send an email to
pubs@jamestown.example, or contact us at:

BRIEFS
""")
d.art(0)
d.fur("AMBUSH ON KETHRAN HIGHWAY SIGNALS RETURN OF SARROW VALLEY COUNCIL")
d.fur("Idris Valmonte")
d.fur("")
d.p("On July 9, gunmen stopped a convoy of fuel tankers on the Kethran highway some forty kilometers north of Ardessa, executed three drivers and set fire to eleven vehicles before withdrawing into the foothills of the Sarrow Valley. The following morning a statement attributed to the Sarrow Valley Mujahideen Council (SVMC) appeared on a Telegram channel that had been dormant since early 2025, claiming the attack as “the first of many answers” to the government’s resettlement program in the valley (Telegram/Minbar al-Sarrow, July 10).")
d.p("The SVMC was widely considered defunct after the Maldoran army’s 2024 offensive killed its founder, Abu Harun al-Kethrani, and scattered its fighters across the border into the Upper Nasrin region. The July ambush suggests that at least one of its commanders has rebuilt a functioning unit. Local officials told the Ardessa daily Sawt al-Wadi that the attackers numbered around thirty and moved in pickup trucks bearing the markings of a state road-maintenance company, a tactic the group used repeatedly between 2021 and 2023 (Sawt al-Wadi, July 11).")
d.p("The timing is unlikely to be accidental. The resettlement program, which moves families from flood-damaged villages into new housing along the highway, has become a grievance that the SVMC can exploit, and the government’s decision in May to withdraw two army battalions from the valley to reinforce the northern border left the highway guarded mainly by police checkpoints. If the council can sustain even a modest campaign of ambushes, |PB| it will threaten the fuel supply of the whole southern province and force the army to return troops it had hoped to keep elsewhere.")
d.p("Whether the SVMC can do so depends on money and recruits. Its statement appealed for donations through a cryptocurrency wallet, which suggests the group lacks the steady income from checkpoint taxation that sustained it before 2024. For now, the ambush is best read as a proof of life: a signal to former members and rival factions that the council is back in the field. [1]")
d.p("Idris Valmonte is an independent researcher covering insurgency in southern Maldora.", owner=None)
d.fur("Notes")
d.fur("")
d.p("[1] For the group’s earlier campaign, see Idris Valmonte, “The Sarrow Valley Council After Abu Harun,” Terrorism Monitor, Volume XXIII, Issue 4, February 21, 2025.", blank=True)
d.art(1)
d.fur("MALDORAN AUTHORITIES ARREST RECRUITERS LINKED TO COASTAL CELL")
d.fur("Naomi Strand-Okafor")
d.fur("")
d.p("Police in the port city of Qasr Elune announced on July 14 the arrest of six men accused of recruiting young people for a cell that planned attacks on ferry terminals along the Maldoran coast. According to the interior ministry, the suspects met their targets in amateur football clubs and later moved conversations to encrypted messaging applications, where they shared sermons and instructions for making improvised incendiary devices (Maldora Interior Ministry, July 14).")
d.p("The arrests follow the February bombing of a ferry ticket office in Port Sabine that injured nine people and was claimed by a previously unknown group calling itself the Coastal Brigades. Investigators have since linked the bombing to a network of roughly twenty people, most of them under 25, who had no known ties to established jihadist organizations but consumed propaganda produced by supporters of the Sarrow Valley Mujahideen Council online.")
d.p("The case illustrates a pattern that security services across the region have struggled to address: small, self-starting cells that borrow the branding of larger groups without receiving direction or money from them. Such cells are hard to detect in advance, but they also tend to be short-lived. The more pressing question for Maldoran authorities is whether the revived SVMC will try to bring these scattered sympathizers under its command, turning an online audience into an organization.")
d.p("Naomi Strand-Okafor is a senior analyst at the Coastal Security Observatory in Port Sabine.", owner=None)
d.pagebreak()
d.art(2)
d.fur("The Drone Workshop: How the Northern Front Learned to Build Its Own")
d.fur("Munitions")
d.fur("Kasim Orlov-Hadley")
d.fur("")
d.p("When fighters of the Northern Liberation Front (NLF) flew a home-built drone into the fuel depot at Varren airbase on June 2, the attack destroyed two transport helicopters and forced the Maldoran air force to suspend flights from the base for a week (Maldora Ministry of Defense, June 3). The strike was the most damaging in a series of more than forty drone attacks the NLF has claimed since January. Unlike earlier incidents, in which the group modified commercial quadcopters to drop grenades, the Varren attack used a fixed-wing aircraft with a range of more than 60 kilometers, built largely from locally sourced parts. [1]")
d.p("This article examines how the NLF acquired the skills to build such aircraft, what its production network looks like, and what the group’s growing capability means for the conflict in northern Maldora.")
d.h("From Hobbyists to Engineers")
d.p("The NLF’s interest in drones dates back to 2022, when its media wing began publishing footage filmed from commercial quadcopters over army positions. Those early videos were propaganda rather than weapons, but they gave the group a cadre of operators familiar with radio controls and flight software. According to a former member interviewed by the author in Ardessa in April, the turning point came in 2025, when two engineering students from the University of Tarsk joined the group after their brother was killed in an army raid. [2] They brought with them experience of building model aircraft for a university competition, and within months the NLF had set up a workshop in an abandoned textile mill outside the town of Hesk.")
d.p("Photographs released by the group in March show a production line of a dozen airframes made from foam board and fiberglass, powered by electric motors ordered through online marketplaces and shipped to front companies in the Upper Nasrin region. The warheads appear to be adapted from mortar rounds captured from the army, |PB| a choice that gives the drones a destructive power well beyond that of the grenades used in earlier attacks. [3]")
d.h("A Distributed Supply Chain")
d.p("Maldoran officials have described the Hesk workshop as the heart of the program, and the army struck the mill twice in May. Yet the NLF’s drone attacks did not slow after the strikes, suggesting that production is spread across several sites. Customs records published by the Tarsk Chamber of Commerce show a sharp rise in imports of small brushless motors and lithium batteries through the border crossing at Mirel since late 2025, much of it consigned to repair shops that did not exist two years earlier. [4]")
d.p("The network appears to rely on ordinary commerce rather than on foreign sponsors. Parts that are sold openly for agricultural drones and racing hobbyists are bought in small quantities by many different buyers and assembled by workers who may not know the final purpose of what they are building. This makes the supply chain resilient to interdiction: closing one shop or arresting one courier removes only a small part of the flow.")
d.h("Implications")
d.p("The NLF’s drones have changed the terms of the conflict in two ways. First, they allow the group to strike targets deep behind the front line, such as airbases and fuel depots, that it could previously reach only with suicide bombers. Second, they impose costs on the army that are out of proportion to their price. A single airframe costs the NLF perhaps a few hundred dollars, while the Varren attack destroyed aircraft worth tens of millions. [5]")
d.p("The Maldoran government has responded by ordering electronic jamming systems from abroad and by pressing neighboring states to tighten controls on the export of drone components. Neither measure is likely to be decisive. Jammers protect fixed sites but cannot cover the whole of the north, and export controls on parts used by farmers and hobbyists across the region would be difficult to enforce. Unless the army can disrupt the people who design and assemble the aircraft, rather than the parts they use, the NLF’s drone campaign is likely to grow. [6]")
d.p("Kasim Orlov-Hadley is a researcher on armed groups and military technology based in Tarsk. He has conducted fieldwork in northern Maldora since 2019.", owner=None)
d.fur("Notes")
d.fur("")
for n in ["[1] “Maldora’s skies are no longer safe,” Tarsk Evening Courier, June 5, 2027.",
          "[2] Author interview with a former NLF member, Ardessa, April 2027.",
          "[3] NLF media office, photo release, March 18, 2027; see also Conflict Hardware Review, “Mortar-based warheads in northern Maldora,” May 2027.",
          "[4] Tarsk Chamber of Commerce, Quarterly Trade Bulletin, Q1 2027.",
          "[5] Estimates based on retail prices of the components identified in the NLF’s photographs.",
          "[6] For a comparison with other insurgent drone programs, see Kasim Orlov-Hadley, “Cheap Wings: Insurgent Aviation in the Tarsk Borderlands,” Terrorism Monitor, Volume XXIV, Issue 20, October 11, 2026."]:
    d.p(n, blank=False)
d.fur("")
d.pagebreak()
d.art(3)
d.fur("Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak")
d.fur("Leontine Abara")
d.fur("")
d.p("In the early hours of June 27, militants attacked the central prison in Dul Harad with two car bombs and rocket-propelled grenades, breaching the outer wall and freeing at least 340 inmates, among them more than 90 men convicted of terrorism offenses (Dul Harad Provincial Government, June 27). The Northern Liberation Front claimed the operation the same day, releasing a video of freed prisoners being greeted by fighters in the hills above the city. It was the largest jailbreak in Maldora’s history and the third successful attack on a prison in the region in four years.")
d.p("The jailbreak has been reported mainly as a security failure. It was that, but it also exposed a deeper problem: Maldora’s prisons have become places where militant groups recruit, organize and plan, and the men who escaped from Dul Harad were in many cases more committed and better connected when they left than when they arrived.")
d.h("Inside the Wings")
d.p("Dul Harad prison was built in the 1970s for 800 inmates. By 2027 it held more than 2,100. Overcrowding forced the authorities to house convicted militants together in two wings, where, according to former inmates and a prison official interviewed for this article, NLF members ran daily religious classes, settled disputes among prisoners and controlled the distribution of food and telephones smuggled in by guards. [1] Inmates convicted of ordinary crimes who were moved into those wings often left as NLF sympathizers.")
d.p("The group’s control of the wings also gave it a communications hub. Investigators examining the attack have found that the escape was coordinated using mobile phones inside the prison, and that several inmates knew the date of the attack days in advance. [2] That the plan did not leak suggests a degree of discipline that the prison authorities had long underestimated.")
d.h("A Regional Pattern")
d.p("The problem is not unique to Maldora. Similar dynamics have been documented in prisons across the Tarsk borderlands, where states facing insurgencies have detained thousands of suspects faster than they could build facilities or train staff to manage them. [3] In each case, mass |PB| detention without separation, rehabilitation programs or effective oversight of guards created conditions in which militant organizations could reproduce themselves.")
d.p("Some governments have tried to respond. Tarsk opened a high-security facility for convicted militants in 2025 and moved its most senior detainees there, while dispersing lower-level members among ordinary prisons. Early results are mixed: the new facility has not suffered an escape, but officials acknowledge that dispersal has spread militant ideas to prisons that had previously been free of them. [4]")
d.h("What Comes Next")
d.p("The NLF now has dozens of experienced fighters back in its ranks, and the jailbreak has given it a propaganda victory it will use to recruit. The Maldoran government has promised to rebuild Dul Harad prison and to investigate guards suspected of collusion. These are necessary steps, but they address only the last link in the chain. So long as the country’s prisons remain overcrowded and run in practice by the inmates, they will continue to serve as the NLF’s most reliable recruiting ground.")
d.fur("Notes")
d.fur("")
for n in ["[1] Author interviews with two former inmates and a prison official, Dul Harad, July 2027.",
          "[2] “Jailbreak plotters used smuggled phones, investigators say,” Maldora Today, July 8, 2027.",
          "[3] Center for Detention Studies, Crowded Cells: Prisons and Insurgency in the Tarsk Borderlands, Port Sabine, 2026.",
          "[4] Tarsk Ministry of Justice, Annual Report on Correctional Facilities, 2026."]:
    d.p(n, blank=False)
d.fur("")
d.p("Leontine Abara is a journalist and researcher who has reported on security and justice in Maldora and the Tarsk borderlands since 2018.", owner=None)
d.fur("")
d.fur("1310 L Street NW, Suite 810 | Washington, DC 20005 | www.jamestown.example")
P = "Terrorism Monitor"
emit(d, arts(P, "2027-07-23", 25, 15,
             ("Ambush on Kethran Highway Signals Return of Sarrow Valley Council", ["Idris Valmonte"], "brief"),
             ("Maldoran Authorities Arrest Recruiters Linked to Coastal Cell", ["Naomi Strand-Okafor"], "brief"),
             ("The Drone Workshop: How the Northern Front Learned to Build Its Own Munitions", ["Kasim Orlov-Hadley"], "feature"),
             ("Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak", ["Leontine Abara"], "feature")),
     """publication: Terrorism Monitor
site: https://jamestown.example/""")


# ---------------------------------------------------------------------------------------------------------------
# b02: Eurasia Daily Monitor, whole issue (PDF text): ligature glyphs (ﬁ ﬂ ﬀ) survive extraction, in-text sources
# and no notes, "Page N of M" footers, a two-author article, the issue date printed once at the top.
def lig(t):
    return t.replace("ffi", "ﬃ").replace("fi", "ﬁ").replace("fl", "ﬂ").replace("ff", "ﬀ")

def edm_pb(n):
    return ["", "The Jamestown Foundation  ·  jamestown.example/programs/edm", "Page %d of 3" % (n - 1), "\f" + "Eurasia Daily Monitor | Volume 24, Issue 118", ""]

d = Doc("b02_eurasia_daily_monitor_issue", width=82, hyph=7, pagebreak=edm_pb, glyph=lig)
d.fur("""THE JAMESTOWN FOUNDATION
Eurasia Daily Monitor
Volume 24, Issue 118
Wednesday, August 4, 2027

In this issue:
Vardaslan Tightens Its Grip on the Zhelen Sea Ferry Routes ........................... 1
Belmorian Parliament Passes Foreign Funding Law Amid Street Protests ........... 2
Ostrik’s Pipeline Deal Reopens an Old Conﬂict With Its Northern Neighbor ....... 3
""")
d.art(0)
d.fur("Vardaslan Tightens Its Grip on the Zhelen Sea Ferry Routes")
d.fur("Tamar Gelovani-Reyes")
d.fur("")
d.p("On July 29, the government of Vardaslan announced that all freight ferries crossing the Zhelen Sea between its port of Keremet and the Belmorian coast would henceforth require a permit issued by the State Maritime Inspectorate, a body created only last year and headed by a former deputy chief of the national security service (Vardaslan State News Agency, July 29). The decision, adopted without consultation with Belmoria or the shipping companies that operate the route, has raised fears in Belmorian capital Lesk that Vardaslan intends to use its control of the crossing as a lever in the two countries’ long-running dispute over fishing rights.")
d.p("The ferry route carries roughly a third of Belmoria’s trade with the east, including almost all of its grain exports during the winter months, when the overland road through the Tessin Pass is closed by snow. Shipping companies operating the route reported delays of up to four days in the first week of the new rules, as inspectors boarded vessels to check documents that had never before been required (Lesk Business Review, August 2). Several companies said they had been asked to supply crew lists and cargo manifests |PB| to the inspectorate 72 hours before departure, a demand that is difficult to meet for vessels loading goods that arrive at short notice.")
d.p("Officials in Keremet insist the permit system is a technical measure intended to improve safety after the sinking of the cargo ship Marisol in March, in which eleven sailors died. But the timing suggests otherwise. The new rules came into force one week after Belmoria’s fisheries ministry seized two Vardaslani trawlers for fishing without licenses inside waters that Lesk claims as its exclusive economic zone. Vardaslan’s foreign minister, Ruslan Temirov, described the seizures as “piracy” and warned that “those who close the sea to others should not expect it to remain open to themselves” (Keremet Daily, July 22).")
d.p("For Belmoria, the dispute comes at a difficult moment. The government has staked its economic program on expanding grain exports, and any prolonged disruption of the ferry route would hit farmers in the country’s east ahead of the harvest. Lesk has so far responded cautiously, asking the regional maritime commission to review the permit rules rather than retaliating. Whether that restraint holds may depend on how long the delays last, and on whether Vardaslan treats the permit system as a bargaining chip to be traded away in fisheries talks or as a permanent instrument of influence over its smaller neighbor.")
d.art(1)
d.fur("")
d.fur("Belmorian Parliament Passes Foreign Funding Law Amid Street Protests")
d.fur("Anselm Kröger")
d.fur("")
d.p("Belmoria’s parliament on July 30 adopted in its third reading a law requiring non-governmental organizations and media outlets that receive more than a fifth of their funding from abroad to register as “organizations pursuing the interests of a foreign power” and to submit quarterly financial reports to the justice ministry (Parliament of Belmoria, July 30). The vote, 71 to 38, followed two weeks of protests in Lesk that drew tens of thousands of people, the largest demonstrations in the country since the disputed elections of 2023.")
d.p("The ruling Homeland Union party argues that the law merely brings transparency to the finances of organizations that shape public debate. Its opponents, including the country’s president, Ilona Varga-Meszaros, who has promised to veto the bill, say its real purpose is to stigmatize independent media and civil society ahead of next year’s parliamentary elections. The party has enough votes to override a presidential veto, and its leaders have said they will do so.")
d.p("The law has complicated Belmoria’s relations with its Western partners at a moment when Lesk is seeking their support in the dispute with Vardaslan over the ferry routes. The delegation of the Northern Union, Belmoria’s largest donor, issued a statement describing the law as “incompatible with the values underpinning our partnership” and announcing a review of its assistance programs (Northern Union Delegation to Belmoria, July 31). Government officials dismissed the statement as interference in the country’s internal affairs.")
d.p("Protest organizers have vowed to continue until the law is withdrawn, but their movement faces familiar weaknesses. It has no single leadership, the opposition parties that support it are divided, and the government has so far avoided the kind of violent crackdown that could galvanize wider public anger. Much will now depend on the justice ministry’s implementing regulations, due in October, which will show whether the law is used against a handful of prominent critics or applied across the whole non-governmental sector.")
d.pagebreak()
d.art(2)
d.fur("Ostrik’s Pipeline Deal Reopens an Old Conﬂict With Its Northern Neighbor")
d.fur("Pavel Durnovo and Marit Eskeland")
d.fur("")
d.p("The signing in Ostrik’s capital, Tavrin, on July 26 of an agreement to build a gas pipeline across its territory from the fields of the Zhelen basin to the southern coast has been celebrated by the government as the country’s most important economic achievement since independence (Ostrik Presidential Press Service, July 26). The project, estimated to cost $4.2 billion and financed largely by a consortium of southern banks, would for the first time allow gas producers in the region to reach world markets without crossing the territory of Ostrik’s northern neighbor, the Federation of Kasmar.")
d.p("That is precisely why Kasmar objects. For three decades, the Kasmar pipeline network has carried almost all the gas produced around the Zhelen Sea, earning transit fees and giving Kasmar considerable influence over its neighbors’ economies. The day after the signing, Kasmar’s energy ministry issued a statement questioning the environmental safety of the new route and recalling a 2009 treaty under which Ostrik undertook to consult Kasmar on “infrastructure projects of regional significance” (Kasmar Energy Ministry, July 27). Officials in Tavrin reply that the treaty expired in 2024 and that the pipeline is a sovereign decision.")
d.p("History gives reason for concern. When Ostrik last tried to diversify its energy routes, in 2015, Kasmar suspended imports of Ostrik’s agricultural produce for eighteen months, citing sanitary violations, and its state-owned media ran a sustained campaign against the Ostrik government. Many in Tavrin expect a similar response this time. Farmers’ associations in the country’s north, which sell most of their fruit and wine to Kasmar, have already asked the government for guarantees of compensation should exports be blocked (Tavrin Herald, July 30).")
d.p("The pipeline will not carry gas before 2031 at the earliest, and much can change before then. But the agreement marks a clear choice by Ostrik’s leadership to reduce its dependence on Kasmar, and it will test whether the southern consortium and the governments behind it are prepared to help Ostrik absorb the costs of that choice. If they are not, the project risks becoming another example of a regional state that reached for independence and was forced to pull back.")
d.fur("")
d.fur("The Jamestown Foundation  ·  jamestown.example/programs/edm")
d.fur("Page %d of 3" % d.page)
P = "Eurasia Daily Monitor"
emit(d, arts(P, "2027-08-04", 24, 118,
             ("Vardaslan Tightens Its Grip on the Zhelen Sea Ferry Routes", ["Tamar Gelovani-Reyes"], "analysis"),
             ("Belmorian Parliament Passes Foreign Funding Law Amid Street Protests", ["Anselm Kröger"], "analysis"),
             ("Ostrik’s Pipeline Deal Reopens an Old Conflict With Its Northern Neighbor", ["Pavel Durnovo", "Marit Eskeland"], "analysis")),
     """publication: Eurasia Daily Monitor
site: https://jamestown.example/
kind: analysis""")


# ---------------------------------------------------------------------------------------------------------------
# b03: Northern Seas Brief (an invented sibling monitor), whole issue extracted from a two-column PDF: narrow lines,
# no blank lines between paragraphs, the contents box of page 1's right column lands inside the first article,
# a pull quote repeats a sentence, footnote numbers glued to words, a few words run together, an unsigned brief.
def nsb_pb(n):
    return ["", "NORTHERN SEAS BRIEF  |  VOLUME 6  •  ISSUE 11  |  SEPTEMBER 10, 2027", "%d" % (n - 1), "\f"]

d = Doc("b03_northern_seas_brief_issue", width=46, blank=False, hyph=6, pagebreak=nsb_pb)
d.fur("""THE JAMESTOWN FOUNDATION
Northern Seas Brief
VOLUME 6 • ISSUE 11 • SEPTEMBER 10, 2027
""")
d.art(0)
d.fur("Icebreaker Diplomacy: Halvard’s Bid for a")
d.fur("Permanent Presence in the Skerra Strait")
d.fur("By Sunniva Kolbeinsen")
d.fur("")
d.p("In mid-August, the Halvard navy’s new heavy icebreaker Jarl Eirik anchored for nine days off the island of Vennø, at the northern entrance to the Skerra Strait, in what the Halvard defense ministry described as a routine survey of winter shipping lanes.1 It was the first time a Halvard state vessel had spent more than a few hours in the strait since the 1988 Skerra Convention placed the waterway under joint administration by the three coastal states.")
d.p("The visit was not routine. Over the past two years Halvard has commissioned three icebreakers, opened a polar research station on the uninhabited island of Kalvøy, and pressed the Skerra Commission to grant it a permanent berth at the port of Ostvik.2 Taken together, these steps suggest that Halvard, which has no coastline on the strait, is seeking the kind of standing presence that would make it a de facto fourth party to the convention.")
d.fur("")
d.fur("In This Issue:")
d.fur("Icebreaker Diplomacy: Halvard’s Bid for a")
d.fur("Permanent Presence in the Skerra Strait")
d.fur("By Sunniva Kolbeinsen......................1")
d.fur("Fishing Militias and the Contest for the")
d.fur("Nordmark Shelf")
d.fur("By Henrik Aaltonen-Barros.................3")
d.fur("In Brief: Ostvik Harbor Strike Ends After")
d.fur("Eleven Days.......................................4")
d.fur("")
d.h("Why the Strait Matters")
d.p("The Skerra Strait is the shortest sea route between the fishing grounds of the Nordmark Shelf and the ports of the south. As the ice season shortens, traffic through the strait has grown by roughly a fifth a year since 2022, and the coastal states expect it to double again by 2032.3 Whoever controls icebreaking services in winter controls, in practice, whether that traffic moves at all.")
d.p("Halvard’s leaders have made no secret of their interest. In a speech to the national maritime academy in May, Prime Minister Oddny Rasmussen-Tveit called the strait “the front door of our northern economy” and said Halvard “cannot be a guest at its own front door forever.”4 Officials in Ostvik and |PB| the other coastal capitals read the remark as a challenge to the convention.")
d.h("The Coastal States’ Dilemma")
d.p("The coastal states are divided on how to respond. Two of them depend on Halvard icebreakers to keep their own ports open in winter and are reluctant to provoke a confrontation; the third, Nordmark, has called for the Skerra Commission to restrict the length of visits by non-party state vessels.5 Without agreement among the three, the commission is unlikely to act, and Halvard can continue to build its presence one survey mission at a time.")
d.p("For now, Halvard appears content to create facts on the water rather than to demand a formal change to the convention. That approach has served it well. But it carries risks: the longer theconvention’s parties avoid the question, the harder it will be to answer without a crisis, and a single accident in the strait’s crowded winter lanes could force the issue on terms none of them would choose.")
d.fur("Sunniva Kolbeinsen is a research fellow at the")
d.fur("Institute for Northern Studies in Ostvik.")
d.fur("")
d.fur("Notes")
for n in ["1. Halvard Ministry of Defense, press release, August 22, 2027.",
          "2. Skerra Commission, minutes of the 41st session, March 2027.",
          "3. Ostvik Port Authority, Annual Traffic Report 2026.",
          "4. Oddny Rasmussen-Tveit, speech to the National Maritime Academy, Halvard, May 14, 2027.",
          "5. “Nordmark wants limits on foreign state ships,” Nordmark Radio, July 3, 2027."]:
    d.p(n)
d.pagebreak()
d.art(1)
d.fur("Fishing Militias and the Contest for")
d.fur("the Nordmark Shelf")
d.fur("By Henrik Aaltonen-Barros")
d.fur("")
d.p("On the morning of July 18, a Nordmark coast guard cutter attempting to inspect a trawler flying the Halvard flag on the Nordmark Shelf was surrounded by fourteen fishing vessels that sailed in close formation around it for more than three hours, blocking its approach until the trawler had left the area.1 Nordmark’s government protested the incident as a deliberate act of obstruction; Halvard’s foreign ministry replied that its fishermen had merely “come to the aid of a colleague.”2")
d.p("The episode was the most serious of at least nine similar incidents on the shelf this year, and it has drawn attention to a phenomenon thatanalysts in Ostvik have begun to call Halvard’s fishing militia: a fleet of nominally private vessels whose crews receive fuel subsidies, training and communications equipment from the state and appear to act in coordination with the Halvard coast guard.3")
d.fur("")
d.fur("“The fleet is private on paper, but it moves")
d.fur("like a navy.”")
d.fur("")
d.h("Subsidies and Signals")
d.p("Halvard introduced its Northern Fisheries Support Program in 2024, offering fuel at half price to vessels that agree to fish at least sixty days a year in “waters of national interest” and to carry a state-supplied radio.4 According to a former program official quoted by the Ostvik daily Kystposten, more than 200 vessels had joined by the end of 2026, and participants receive regular briefings from coast guard officers before the fishing season.5 Former crew members describe a fleet that is private on paper, but moves like a navy when its commanders call.")
d.p("The arrangement gives Halvard a way to assert its claims on the shelf without sending warships, which would invite a military response. Nordmark’s coast guard, which has only six cutters capable of operating that far from shore, is poorly equipped to respond to dozens ofcivilian vessels at once, and its commanders are wary of using force against fishermen.")
d.h("Options for Nordmark")
d.p("Nordmark has asked the Skerra Commission to adopt a code of conduct for fishing vessels on the shelf and is in talks to buy four additional cutters.6 Neither step is likely to change the balance quickly. A more effective response may be to expose the militia’s links to the Halvard state, making it harder for Halvard to present incidents like that of July 18 as the spontaneous actions of private citizens. Nordmark’s navy has begun publishing tracking data on participating vessels, a modest but potentially useful first step.")
d.fur("Henrik Aaltonen-Barros is a journalist based in")
d.fur("Ostvik who covers maritime security.")
d.fur("")
d.fur("Notes")
for n in ["1. Nordmark Coast Guard, incident report, July 18, 2027.",
          "2. Halvard Ministry of Foreign Affairs, statement, July 19, 2027.",
          "3. Institute for Northern Studies, Fishing Fleets as Instruments of State Power, Ostvik, June 2027.",
          "4. Halvard Ministry of Fisheries, Northern Fisheries Support Program regulations, 2024.",
          "5. “Fuel, radios and briefings: inside the northern fleet,” Kystposten, August 3, 2027.",
          "6. Nordmark Ministry of Defense, procurement notice, August 2027."]:
    d.p(n)
d.pagebreak()
d.art(2)
d.fur("In Brief: Ostvik Harbor Strike Ends After")
d.fur("Eleven Days")
d.fur("")
d.p("Dockworkers at the port of Ostvik returned to work on August 24 after an eleven-day strike that left more than forty ships waiting at anchor in the approaches to the Skerra Strait. The port authority agreed to a wage increase of 7 percent and to hire additional crane operators before the winter season, when traffic through the port peaks.1")
d.p("The strike highlighted how much the region’s shipping depends on a single port. With Halvard pressing for its own berth at Ostvik and traffic through the strait rising every year, the coastal states are likely to face growing pressure to invest in alternatives before the next disruption.")
d.fur("Notes")
d.p("1. Ostvik Port Authority, statement, August 24, 2027.")
d.fur("")
d.fur("NORTHERN SEAS BRIEF  |  VOLUME 6  •  ISSUE 11  |  SEPTEMBER 10, 2027")
d.fur("%d" % d.page)
P = "Northern Seas Brief"
emit(d, arts(P, "2027-09-10", 6, 11,
             ("Icebreaker Diplomacy: Halvard’s Bid for a Permanent Presence in the Skerra Strait", ["Sunniva Kolbeinsen"], "feature"),
             ("Fishing Militias and the Contest for the Nordmark Shelf", ["Henrik Aaltonen-Barros"], "feature"),
             ("Ostvik Harbor Strike Ends After Eleven Days", [], "brief")),
     """publication: Northern Seas Brief
site: https://jamestown.example/
kind: feature""")


# ---------------------------------------------------------------------------------------------------------------
# b04: Militant Leadership Monitor, whole monthly issue (PDF text from a word processor): Calibri ligatures come out as
# "Ɵ" and "Ʃ", the footer's bullet glyphs come out as "u", only month and year printed, a cover page of summaries.
def calibri(t):
    return t.replace("tt", "Ʃ").replace("ti", "Ɵ")

def mlm_pb(n):
    return ["", "Militant Leadership Monitor | Volume XVIII u Issue 7 u July 2027", "", "%d" % (n - 1), "\f"]

d = Doc("b04_militant_leadership_monitor_issue", width=80, hyph=0, pagebreak=mlm_pb, glyph=calibri)
d.fur("""MILITANT LEADERSHIP MONITOR
Personalities Behind the Insurgency

Volume XVIII, Issue 7 u July 2027

Commander Saﬁya Tarn: The Engineer Behind the Northern Front’s Drone Campaign
ROWAN ACHTERBERG
A former university lecturer, Saﬁya Tarn is believed to run the workshops that
turned the Northern Liberation Front’s drones into a strategic weapon.

Abu Zayd al-Sarrowi: The Preacher Rebuilding the Sarrow Valley Council
JALILA MOUSSAOUI-GRANT
Once a village imam, Abu Zayd has emerged as the most likely architect of the
council’s return to the Kethran highway.

""")
d.pagebreak()
d.art(0)
d.fur("Commander Saﬁya Tarn: The Engineer Behind the Northern Front’s Drone Campaign")
d.fur("Rowan Achterberg")
d.fur("")
d.p("Few members of the Northern Liberation Front (NLF) have done more to change the course of the insurgency in northern Maldora than a woman most Maldorans have never seen. Safiya Tarn, known within the group as “the Professor,” is believed by Maldoran and Tarsk intelligence officials to oversee the network of workshops that has produced the group’s fixed-wing drones since 2025 (Tarsk Evening Courier, June 9). Her name was first published in June, when the Maldoran interior ministry placed her on its list of wanted terrorists and offered a reward of 50 million dinars for information leading to her arrest.")
d.h("Background")
d.p("Tarn was born in 1986 in Hesk, the mill town where the NLF later established its first drone workshop. She studied mechanical engineering at the University of Tarsk and returned to teach there in 2014, specializing in lightweight materials. Former colleagues describe her as a popular teacher who coached the university’s team in a regional model aircraft competition, which it won in 2019 and 2021 (Author interview, Tarsk, May 2027). Two of the students she coached later joined the NLF and are thought to have helped build its early airframes.")
d.p("Her path into the group remains unclear. Maldoran officials claim she was recruited by her cousin, a senior NLF commander killed in 2023; her family insists she was abducted. What is known is that she left her post at the university in September 2024, stating in a resignation letter that she needed to care for a sick parent, and has not been seen in public since (Maldora Today, June 12).")
d.h("Role in the NLF")
d.p("According to the interior ministry, Tarn leads a unit of around forty people responsible for the design, production and testing of the NLF’s drones. Her role appears to be technical rather than military: she is not believed to command fighters or to take part in decisions about targets. But her unit’s work has given the group a capability that has made it far more dangerous, allowing it to strike airbases and fuel depots far behind the front line.")
d.p("Her importance to the group also makes her a priority target. The army’s two strikes on the Hesk mill in May were reportedly intended to kill her, and NLF channels have since circulated unconfirmed claims that she was wounded. If she has been removed from the program, the effects should become visible in the coming months, as the quality and range of the group’s drones would be expected to decline.")
d.h("Outlook")
d.p("The Maldoran government’s decision to name Tarn publicly suggests that it sees the drone program as the most serious threat it faces in the north. But the network she is thought to have built may by now be able to function without her. Her students have become teachers in their turn, and the workshops are spread across several districts. Killing or capturing Tarn would be a major blow to the NLF; it would not by itself end its drone campaign.")
d.p("Rowan Achterberg is an analyst of armed groups in the Tarsk borderlands and a regular contributor to Militant Leadership Monitor.", owner=None)
d.pagebreak()
d.art(1)
d.fur("Abu Zayd al-Sarrowi: The Preacher Rebuilding the Sarrow Valley Council")
d.fur("Jalila Moussaoui-Grant")
d.fur("")
d.p("When the Sarrow Valley Mujahideen Council (SVMC) claimed an ambush on fuel tankers on the Kethran highway in early July, its statement was signed by no one. Yet analysts who follow the group had little doubt about who stood behind it. Abu Zayd al-Sarrowi, a former village preacher who survived the army’s 2024 offensive, has spent the past three years building a following among displaced families from the valley, and his sermons, distributed through a network of Telegram channels, have grown steadily more militant. [1]")
d.h("From Pulpit to Command")
d.p("Abu Zayd, whose real name is believed to be Zayd Marwan Haddou, served as imam of the mosque in the village of Ain Sarrow until 2022, when he was arrested on charges of inciting violence and held for eight months without trial. Residents of the village say that his detention, during which he claims to have been tortured, turned a conservative but apolitical preacher into a committed opponent of the state. [2] After his release he joined the SVMC as a religious adviser and was appointed to its leadership council in 2023.")
d.p("His survival in 2024 was partly a matter of luck. He was in the Upper Nasrin region raising money when the army’s offensive began, and he remained there after the council’s founder, Abu Harun al-Kethrani, was killed. In the years since, he has used his position across the border to maintain contact with surviving fighters and to recruit among the families displaced by the offensive and the floods that followed it.")
d.h("A Different Kind of Leader")
d.p("Abu Zayd lacks the military experience of his predecessor, and there is no evidence that he has commanded operations in person. His strength lies instead in his religious standing and his ability to connect the council’s cause to local grievances, most notably the government’s resettlement program. His sermons rarely mention global jihadist themes; instead they dwell on the loss of land, the destruction of villages and the injustice of detention without trial. [3]")
d.p("That focus may make the revived council more durable than its predecessor, which alienated many valley residents with its harsh rule over the villages it controlled. But it also limits its ambitions. Under Abu Zayd, the SVMC is likely to remain a local insurgency fighting over local issues, dangerous along the Kethran highway but unlikely to pose a threat beyond southern Maldora.")
d.fur("Notes")
d.fur("")
for n in ["[1] Minbar al-Sarrow Telegram channel, sermons dated March–June 2027.",
          "[2] Author interviews with residents of Ain Sarrow, Ardessa, June 2027.",
          "[3] Ibid."]:
    d.p(n, blank=False)
d.fur("")
d.p("Jalila Moussaoui-Grant is a researcher specializing in religious movements and political violence in Maldora.", owner=None)
d.fur("Militant Leadership Monitor | Volume XVIII u Issue 7 u July 2027")
d.fur("")
d.fur("%d" % d.page)
P = "Militant Leadership Monitor"
emit(d, arts(P, "2027-07-01", 18, 7,
             ("Commander Safiya Tarn: The Engineer Behind the Northern Front’s Drone Campaign", ["Rowan Achterberg"], "feature"),
             ("Abu Zayd al-Sarrowi: The Preacher Rebuilding the Sarrow Valley Council", ["Jalila Moussaoui-Grant"], "feature")),
     """publication: Militant Leadership Monitor
site: https://jamestown.example/
kind: feature""")


# ---------------------------------------------------------------------------------------------------------------
# b05: the web version of b01's last feature on the publisher's site: menus, search, "Publication:" line with
# volume and issue, share bar, the notes after a "Notes:" label, tags, an author box, related items, footer.
tm3 = [t.replace(" |PB|", "") for o, t in DOCS["b01_terrorism_monitor_issue"].log if o == 3]
body = []
for t in tm3:
    if t.startswith("[1]"): body.append("Notes:")
    body.append(">" + t)
page("b05_jamestown_web_prisons", """Skip to content
The Jamestown Foundation
Global Research & Analysis
Donate
Search
Home
Programs
Eurasia Daily Monitor
China Brief
Terrorism Monitor
Militant Leadership Monitor
Northern Seas Brief
Events
Experts
About
Support Jamestown
Home › Terrorism Monitor › Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak
Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak
Publication: Terrorism Monitor Volume: 25 Issue: 15
By: Leontine Abara
July 23, 2027 04:18 PM Age: 4 months
Share
Facebook
X
LinkedIn
Email
Print
Freed inmates greet NLF fighters in the hills above Dul Harad, June 27 (Source: NLF media office)
""" + "\n".join(body) + """
Tags: Maldora, Northern Liberation Front, prisons, Dul Harad, Terrorism Monitor
About the Author
Leontine Abara
Leontine Abara is a journalist and researcher who has reported on security and justice in Maldora and the Tarsk borderlands since 2018.
More by this author
Related Articles
The Drone Workshop: How the Northern Front Learned to Build Its Own Munitions
July 23, 2027
Ambush on Kethran Highway Signals Return of Sarrow Valley Council
July 23, 2027
Cheap Wings: Insurgent Aviation in the Tarsk Borderlands
October 11, 2026
Subscribe to Terrorism Monitor
Get the latest analysis delivered to your inbox.
Email address
Subscribe
The Jamestown Foundation
1310 L Street NW, Suite 810, Washington, DC 20005
Tel: (202) 555-0183
Privacy Policy
Terms of Use
Contact
© 2027 The Jamestown Foundation. All rights reserved.
""", [A("Prisons as Recruiting Grounds: Lessons From the Dul Harad Jailbreak", ["Leontine Abara"], "2027-07-23", "feature", "Terrorism Monitor", 25, 15)],
"""url: https://jamestown.example/program/prisons-as-recruiting-grounds-lessons-from-the-dul-harad-jailbreak/""")


# ---------------------------------------------------------------------------------------------------------------
# b06: a wire-service report with a crawler's YAML block; byline above, reporting/editing credits below, dateline
# inside the first paragraph, "Our Standards" and market tickers.
page("b06_wire_border_market", """---
title: "Gunmen kill 12 in attack on Maldoran border market, officials say | Meridian Press Agency"
source: https://www.meridianpress.example/world/africa-mideast/gunmen-kill-12-attack-maldoran-border-market-2027-08-03/
date: 2027-08-03T14:22:05Z
description: "Gunmen killed at least 12 people in an attack on a livestock market near Maldora's border with Tarsk on Tuesday, local officials said."
---
Skip to main content
Meridian Press Agency
World
Business
Markets
Sustainability
Legal
More
My News
Sign In
Subscribe
World
Gunmen kill 12 in attack on Maldoran border market, officials say
By Farah Lindqvist and Tomasz Okonjo
August 3, 2027 2:22 PM UTC Updated 3 hours ago
Aa
Share
>ARDESSA, Maldora, Aug 3 (MPA) - Gunmen on motorcycles killed at least 12 people in an attack on a livestock market near Maldora's border with Tarsk on Tuesday, local officials said, in the deadliest assault on civilians in the south of the country this year.
>The attackers opened fire on traders and buyers at the weekly market in the village of Tell Yaman, about 15 km (9 miles) from the border, before setting fire to stalls and driving off several hundred head of cattle, two officials from the provincial government told Meridian Press Agency.
>"They came from the east at about nine in the morning, when the market is busiest," said one of the officials, who asked not to be named because he was not authorised to speak to the media. "They shot at anyone who ran."
>At least 20 people were wounded and taken to hospital in Ardessa, the provincial capital, a health ministry spokesperson said.
Advertisement · Scroll to continue
>No group immediately claimed responsibility. The Sarrow Valley Mujahideen Council, an Islamist insurgent group that was largely dismantled in a 2024 army offensive, claimed an ambush on fuel tankers on a highway in the same province last month.
>Maldora's army withdrew two battalions from the southern province in May to reinforce its northern border, where it is fighting the separatist Northern Liberation Front. Residents and local politicians have since complained that the south has been left exposed.
>"We asked for soldiers and they sent us promises," said Hamid Sayer, a member of parliament for the border district. He called on the government to return troops to the area before the harvest season, when markets draw large crowds.
>The interior ministry said in a statement that security forces had been sent to the area and that an investigation had been opened.
Reporting by Farah Lindqvist in Ardessa and Tomasz Okonjo in Tarsk; Writing by Ellen Marchetti; Editing by Gareth Pryce
Our Standards: The MPA Editorial Charter.
Purchase Licensing Rights
Read Next
World
Belmoria's parliament passes foreign funding law as protests swell
July 30, 2027
World
Ferry delays pile up as Vardaslan enforces new permit rules
August 2, 2027
Markets
Grain futures edge higher on Zhelen Sea shipping worries
2:05 PM UTC
Site Index
Browse
World
Business
Markets
About Meridian Press Agency
Careers
Contact Us
All quotes delayed a minimum of 15 minutes.
© 2027 Meridian Press Agency. All rights reserved
""", [A("Gunmen kill 12 in attack on Maldoran border market, officials say", ["Farah Lindqvist", "Tomasz Okonjo"], "2027-08-03", "news", "Meridian Press Agency")],
"""url: https://www.meridianpress.example/world/africa-mideast/gunmen-kill-12-attack-maldoran-border-market-2027-08-03/""")


# ---------------------------------------------------------------------------------------------------------------
# b07: a think tank's commentary, no crawler block: cookie banner first, kicker, standfirst, two authors with a
# title, day-month-year date, section headings, numbered note markers and a "References" list, disclaimer, related.
page("b07_thinktank_commentary", """We use cookies
We use necessary cookies to make our site work. We'd also like to set optional analytics cookies to help us improve it. We won't set optional cookies unless you enable them.
Accept all cookies
Reject optional cookies
Cookie settings
Halvorsen Institute for Strategic Studies
Research
Regions
Topics
Events
Experts
Publications
About
Search HISS
Home
Research
Commentary
Commentary
Drones Without Borders: Why Export Controls Will Not Ground Maldora’s Insurgents
Governments in the Tarsk borderlands are reaching for trade restrictions to stop the spread of home-built drones. They should look instead at the people who build them.
Dr Ingrid Maelstrom and Tomas Quillfeather
12 August 2027
8 min read
Share
Copy link
>When the Northern Liberation Front destroyed two helicopters at Varren airbase in June with a drone built in a converted textile mill, it did more than embarrass the Maldoran air force. It showed that an insurgent group with modest resources can now produce aircraft capable of striking targets dozens of kilometres behind the front line, using parts that anyone can buy online.[1]
>The response from Maldora and its neighbours has been to reach for the familiar tools of export control. In July, the interior ministers of Maldora, Tarsk and Upper Nasrin agreed to require licences for the sale of brushless motors above a certain power rating and to register buyers of lithium battery packs.[2] These measures are understandable. They are also unlikely to work.
>The problem with controlling parts
>The components used by the NLF are not specialised military hardware. They are the same motors, batteries and flight controllers that power agricultural sprayers, delivery drones and racing hobbyists’ aircraft across the region. Tarsk alone imported more than 400,000 small brushless motors last year, the overwhelming majority for legitimate uses.[3] A licensing regime strict enough to deny these parts to insurgents would impose heavy costs on farmers and small businesses; one loose enough to spare them would barely inconvenience a group that needs only a few hundred motors a year.
>Experience elsewhere points the same way. Controls on fertiliser sales in several countries reduced the use of improvised explosives only at the margins, because determined groups shifted to other suppliers or substitute materials.[4] There is little reason to expect drone components to be different.
>Targeting knowledge, not hardware
>What distinguishes the NLF’s drone programme is not access to parts but access to skills. According to Maldoran officials, the programme grew out of the recruitment of a small number of engineers and students with experience in model aircraft design.[5] That knowledge is harder to replace than any component, and it is where governments should concentrate their efforts.
>In practice, this means investing in intelligence on the networks that design and assemble the aircraft, offering credible exit routes to technically skilled recruits who want to leave, and working with universities to understand how students are approached. It also means resisting the temptation to treat every engineering student from the north as a suspect, which would only widen the pool of grievance from which the NLF recruits.
>Conclusion
>Export controls allow governments to be seen to act, and modest measures such as buyer registration may yield useful intelligence. But they should not be mistaken for a solution. The NLF’s drones are built by people, and it is those people, not the parts they buy, that Maldora and its neighbours must focus on.
References
>[1] Maldora Ministry of Defence, statement on the Varren airbase attack, 3 June 2027.
>[2] Joint communiqué of the interior ministers of Maldora, Tarsk and Upper Nasrin, Port Sabine, 15 July 2027.
>[3] Tarsk Chamber of Commerce, Quarterly Trade Bulletin, Q1 2027.
>[4] Halvorsen Institute for Strategic Studies, Precursors and Prohibitions: Lessons from Fertiliser Controls, Research Paper 41, 2025.
>[5] Kasim Orlov-Hadley, ‘The Drone Workshop: How the Northern Front Learned to Build Its Own Munitions’, Terrorism Monitor, Vol. 25, Issue 15, 23 July 2027.
The views expressed in this Commentary are the authors’, and do not represent those of HISS or any other institution.
Have an idea for a Commentary you’d like to write for us? Send a short pitch to commentaries@hiss.example and we’ll get back to you if it fits into our research interests. Full guidelines for contributors can be found here.
Authors
Dr Ingrid Maelstrom
Senior Research Fellow, Terrorism and Conflict
Tomas Quillfeather
Research Analyst, Military Technology
Related
Commentary
The Quiet Rebuilding of the Sarrow Valley Council
29 July 2027
Research Paper
Cheap Wings, Heavy Costs: Insurgent Drones in Three Conflicts
April 2027
Explore our related content
Topics
Terrorism
Military Technology
Regions
Maldora
Tarsk Borderlands
Sign up to our newsletters
Email address
Sign up
Halvorsen Institute for Strategic Studies
14 Keel Row, Port Sabine
© HISS 2027
Privacy
Cookies
Accessibility
Terms and conditions
""", [A("Drones Without Borders: Why Export Controls Will Not Ground Maldora’s Insurgents", ["Ingrid Maelstrom", "Tomas Quillfeather"], "2027-08-12", "commentary", "Halvorsen Institute for Strategic Studies")],
"""url: https://www.hiss.example/research/commentary/drones-without-borders-export-controls-maldora""")


# ---------------------------------------------------------------------------------------------------------------
# b08: an NGO's press release, no byline: donate banner, language switch, index number, a "take action" box in
# the middle of the text, media contact and a newsletter sign-up at the end.
page("b08_ngo_press_release", """Watchlight Rights
Donate now
Menu
Who we are
What we do
Countries
Latest
Take action
English
Français
العربية
Latest
Press releases
Press release
9 September 2027
Maldora: Release detainees held without trial after Dul Harad jailbreak
Index Number: WLR 31/4471/2027
>The Maldoran authorities must release or charge the more than 600 people detained without trial since the jailbreak at Dul Harad central prison in June, Watchlight Rights said today, after documenting cases of relatives of escaped prisoners being held as “guarantees” for their return.
>Watchlight Rights researchers interviewed 38 people in Ardessa and Dul Harad in August, including former detainees, relatives of people still in custody and two lawyers. They described mass arrests in neighbourhoods where escaped prisoners had lived, and detention in overcrowded police stations without access to lawyers or family visits.
>“The authorities have every right to hunt down people who escaped from prison, but they have no right to punish their mothers, brothers and children in their place,” said Rania Oduya-Fenwick, Watchlight Rights’ Regional Director for the Tarsk borderlands.
>“Holding people as hostages for the behaviour of their relatives is collective punishment, and it is prohibited under international law.”
>One woman from Dul Harad told Watchlight Rights that police arrested her 17-year-old son on 2 July and told her he would be released when his older brother, who escaped during the jailbreak, surrendered. He was still in custody when she was interviewed on 19 August.
TAKE ACTION
Tell Maldora’s interior minister: free those held without charge
Sign the petition
>Maldora’s interior ministry has said that all those arrested after the jailbreak are suspected of helping prisoners to escape or of sheltering them. But in none of the cases documented by Watchlight Rights had detainees been told what they were accused of, and several had been held for longer than the 30 days allowed by Maldoran law without a judge’s order.
>The jailbreak also exposed deep problems inside Maldora’s prisons, where overcrowding has allowed armed groups to organise. Watchlight Rights calls on the government to address these conditions, including by reducing the use of pre-trial detention, rather than responding with further arbitrary arrests.
>“Emptying one prison by force and filling the police stations by arbitrary arrest is not a security strategy,” said Rania Oduya-Fenwick.
For more information or to arrange an interview, please contact:
Watchlight Rights Press Office
press@watchlight.example
+44 20 5550 0199
Topics
Detention
Maldora
Counter-terrorism and human rights
Share this
Facebook
X
WhatsApp
Email
Stay informed
Get the latest news and ways to take action, straight to your inbox.
Email
Sign up
Watchlight Rights is a movement of people who stand up for human rights. We are independent of any government, political ideology, economic interest or religion.
Contact us
Careers
Privacy policy
Cookie policy
© Watchlight Rights 2027
""", [A("Maldora: Release detainees held without trial after Dul Harad jailbreak", [], "2027-09-09", "press release", "Watchlight Rights")],
"""url: https://www.watchlight.example/en/latest/press-releases/2027/09/maldora-release-detainees-dul-harad/""")


# ---------------------------------------------------------------------------------------------------------------
# b09: a foreign ministry statement with a crawler's YAML block: state header, language switch, breadcrumbs,
# day.month.year date, numbered paragraphs, "Was this page useful?", footer.
page("b09_ministry_statement", """---
title: Statement of the Ministry of Foreign Affairs on the new permit regime for ferries in the Zhelen Sea
source: https://mfa.gov.belmoria.example/en/news/statements/2027/08/14/permit-regime-zhelen-sea
date: 2027-08-14
description: Statement of the Ministry of Foreign Affairs of the Republic of Belmoria
---
Official website of the Republic of Belmoria
EN
BM
RU
Ministry of Foreign Affairs of the Republic of Belmoria
Ministry
Foreign policy
Consular services
Press centre
Contacts
Main page / Press centre / Statements
Statement of the Ministry of Foreign Affairs on the new permit regime for ferries in the Zhelen Sea
14.08.2027 | 11:40
Print version
>The Ministry of Foreign Affairs of the Republic of Belmoria expresses its deep concern over the unilateral introduction by the Republic of Vardaslan of a permit regime for freight ferries operating between the port of Keremet and the ports of the Belmorian coast.
>The new requirements were introduced without prior notification or consultation, contrary to the spirit of the 1997 Agreement on Maritime Communication between the two states and the long-standing practice of good-neighbourly cooperation in the Zhelen Sea.
>Since the entry into force of the regime on 29 July 2027, Belmorian and foreign carriers have reported delays of up to four days, inspections of vessels without a stated legal basis and requests for information that exceed what is required under international maritime law. These measures are causing significant damage to Belmorian exporters and to the livelihoods of seafarers and port workers.
>The Ministry calls on the Vardaslani side to suspend the application of the permit regime pending consultations, and proposes that such consultations be held within the framework of the Regional Maritime Commission at the earliest possible date.
>The Republic of Belmoria remains committed to resolving all outstanding questions with the Republic of Vardaslan, including matters of fisheries, through dialogue and in accordance with international law.
Share:
Facebook
X
Telegram
Was this page useful?
Yes
No
Related materials
12.08.2027 Briefing by the Spokesperson of the Ministry of Foreign Affairs
30.07.2027 Comment of the Press Service on the fishing vessels detained in the exclusive economic zone
Ministry of Foreign Affairs of the Republic of Belmoria
9 Republic Square, Lesk
Hotline: +375 555 01 10
Site map
Accessibility
© 2027 Ministry of Foreign Affairs of the Republic of Belmoria
""", [A("Statement of the Ministry of Foreign Affairs on the new permit regime for ferries in the Zhelen Sea", [], "2027-08-14", "statement", "Ministry of Foreign Affairs of the Republic of Belmoria")],
"""url: https://mfa.gov.belmoria.example/en/news/statements/2027/08/14/permit-regime-zhelen-sea""")


# ---------------------------------------------------------------------------------------------------------------
# b10: an e-mail newsletter issue holding two signed items under kickers, "View in browser", an in-this-issue list,
# a sponsor slot between the items, forward/unsubscribe footer.
page("b10_newsletter_two_items", """View this email in your browser
THE LITTORAL LETTER
Maritime security in the northern seas, every other Friday
No. 84 · Friday 27 August 2027
In this issue
→ Why the Skerra Strait talks stalled
→ On the quay at Ostvik, waiting for the cranes
ANALYSIS
Why the Skerra Strait talks stalled
By Oona Rautio
>Negotiators from the three coastal states left Ostvik on Tuesday without agreeing even on the agenda for the next round of talks on winter navigation in the Skerra Strait. The official explanation, offered by the Nordmark delegation, was that “technical questions require further study.” The real reason is Halvard.
>Two of the three coastal states depend on Halvard’s new icebreakers to keep their ports open from December to March. Neither wants to sign up to Nordmark’s proposal to limit the time non-party state vessels may spend in the strait while that dependence lasts, and Nordmark will not agree to anything on icebreaking that leaves the question open.
>The result is a stalemate that suits Halvard perfectly. Every winter without rules is a winter in which its ships become a more familiar sight in the strait, and in which the idea of Halvard as a fourth party becomes a little less unthinkable.
>There is one way out, and diplomats on all sides know it: a jointly owned icebreaking service, paid for by the three coastal states and perhaps by the shipping companies that use the strait. It would be expensive. But it would cost less than the alternative, which is to let someone else decide who passes through the front door.
SPONSORED
The Northern Maritime Forum returns to Ostvik on 14–15 October. Early-bird registration closes 10 September.
Register now
%%1
DISPATCH
On the quay at Ostvik, waiting for the cranes
By Lasse Mbeki-Halvorsen
>At six in the morning on the eighth day of the strike, the only thing moving on the container quay at Ostvik was a gull working its way along a line of abandoned trailers. Out in the anchorage, I counted the lights of thirty-one ships.
>“They pay us as if this were a fishing harbour,” said Eirik, a crane operator of twenty-two years who did not want his surname used. “But the whole south comes through here now.” He pointed at the strait, grey and flat under a low sky. “When it freezes, everything comes through here.”
>The strikers I spoke to were not angry so much as tired. Most work double shifts through the winter, when traffic peaks and the port authority struggles to find operators willing to work the cranes in wind and ice. Their demand was simple: more people, and pay that reflects the work.
>By the time the strike ended this week, with a 7 percent raise and a promise of new hires, the queue of ships stretched beyond the horizon. The operators went back to their cabs. Nobody on the quay believed the question had been settled for good.
That’s all for this issue. If someone forwarded you The Littoral Letter, you can subscribe here. Reply to this email to reach the editors.
Forward to a friend
The Littoral Letter is published by Littoral Media, Havnegata 4, Ostvik.
You are receiving this email because you signed up at littoralletter.example.
Update your preferences or unsubscribe from this list.
""", [A("Why the Skerra Strait talks stalled", ["Oona Rautio"], "2027-08-27", "analysis", "The Littoral Letter", None, 84),
      A("On the quay at Ostvik, waiting for the cranes", ["Lasse Mbeki-Halvorsen"], "2027-08-27", "dispatch", "The Littoral Letter", None, 84)],
"""site: https://littoralletter.example/""")


# ---------------------------------------------------------------------------------------------------------------
# b11: a public broadcaster's news story with a crawler's YAML block: relative date on the page, byline with a job
# title, image source and caption lines between paragraphs, a subheading, "Related Topics", "More on this story".
page("b11_broadcaster_news", """---
title: "Halvard icebreaker returns to Skerra Strait as talks stall"
source: https://www.rvi.example/news/world-northern-seas-71203344
date: 2027-08-21T06:05:13+00:00
description: "A Halvard navy icebreaker has anchored off Vennø for the second time this summer, days after talks on the strait broke down."
---
Radio Vellmark International
Home
News
Sport
Weather
Radio
Sounds
News
World
Northern Seas
Business
Politics
Climate
Halvard icebreaker returns to Skerra Strait as talks stall
5 hours ago
Share
Save
Orla Penhallow
Northern Seas correspondent, Ostvik
Image source, Tarn Pictures
Image caption, The Jarl Eirik spent nine days off Vennø in August
>A Halvard navy icebreaker has returned to the Skerra Strait, anchoring off the island of Vennø for the second time this summer, days after talks between the three coastal states on winter navigation ended without agreement.
>The Jarl Eirik arrived in the early hours of Saturday, according to ship-tracking data, and Halvard's defence ministry said it would carry out "further survey work on winter shipping lanes".
>Its first visit, in mid-August, lasted nine days and drew protests from Nordmark, which says non-party state vessels should not remain in the strait for long periods.
>Nordmark's foreign minister, Aud Sæbø-Lindahl, told RVI the return of the ship was "not helpful at a sensitive moment" and said her government had asked for an explanation.
>Why does the strait matter?
>The Skerra Strait is the shortest route between the fishing grounds of the Nordmark Shelf and the ports of the south, and traffic through it has grown rapidly as the ice season shortens.
Image source, RVI
Image caption, Traffic through the strait has grown by about a fifth a year since 2022
>Under a 1988 convention, the strait is jointly administered by the three states that border it. Halvard has no coastline on the strait but has invested heavily in icebreakers, and two of the coastal states rely on its ships to keep their ports open in winter.
>Talks in Ostvik this week on rules for icebreaking broke down on Tuesday. Diplomats said the coastal states were unable to agree on whether to limit visits by non-party vessels.
>Halvard's prime minister, Oddny Rasmussen-Tveit, has said her country "cannot be a guest at its own front door forever".
Related Topics
Halvard
Nordmark
Northern Seas
More on this story
Nordmark coast guard ship surrounded by fishing boats
Published
19 July
Belmoria protests Vardaslan ferry permit rules
Published
14 August
Top Stories
Gunmen kill 12 at border market in Maldora
Belmoria protests ferry permit rules
Most read
Terms of Use
About RVI
Privacy Policy
Cookies
Accessibility Help
Contact RVI
Copyright 2027 RVI. RVI is not responsible for the content of external sites. Read about our approach to external linking.
""", [A("Halvard icebreaker returns to Skerra Strait as talks stall", ["Orla Penhallow"], "2027-08-21", "news", "Radio Vellmark International")],
"""url: https://www.rvi.example/news/world-northern-seas-71203344""")


# ---------------------------------------------------------------------------------------------------------------
# b12: a personal analysis blog: "Posted on … by …" after the title, category, superscript note markers and a
# notes list, share buttons, author box, a comment thread with replies, widgets and a theme credit.
page("b12_blog_post", """Kestrel Watch
Notes on security in the Tarsk borderlands
Home
About
Archive
Contact
Reading the Tell Yaman attack: three questions the headlines skipped
Posted on August 19, 2027 by Mateo Ferreira-Lindqvist
Categories: Analysis, Maldora
>Two weeks after gunmen killed twelve people at the livestock market in Tell Yaman, nobody has claimed the attack, and most of the coverage has settled on a simple story: the Sarrow Valley Mujahideen Council is back, and the south is paying for the army’s move north. That story may turn out to be right. But it skips over three questions that deserve more attention.
>1. Why no claim?
>The SVMC claimed the July highway ambush within a day, and its new leadership has been eager to advertise its return.¹ Silence after a far deadlier attack is odd. One possibility is that the council judged an attack on civilians at a market too damaging to its efforts to win over displaced families from the valley. Another is that it was not the council at all.
>2. What about the cattle?
>Almost every report mentioned, in passing, that the attackers drove off several hundred head of cattle. That detail matters. Livestock raiding along this stretch of the border has been growing for years and is bound up with disputes between herding communities over grazing land that have nothing to do with jihadism.² Armed raiders have every reason to let an insurgent group take the blame.
>3. Who benefits from the SVMC story?
>Politicians in the south have used the attack to demand that troops be returned from the north, and the government has been criticised for leaving the province exposed. A resurgent SVMC serves both arguments. That does not make the story false, but it should make us cautious about accepting it before the evidence is in.
>None of this is to say the council was not involved. It is to say that the answer will come from the investigation, from the people of Tell Yaman and from whoever ends up selling those cattle, not from the pattern we expected to see.
Notes
>¹ See Idris Valmonte’s brief in the Terrorism Monitor of July 23 for the highway ambush and the claim.
>² Port Sabine Peace Institute, Grazing, Guns and the Border: Pastoral Conflict in Southern Maldora, 2026.
Share this:
X
Facebook
Email
Like Loading...
About Mateo Ferreira-Lindqvist
Former aid worker, now writing about conflict in the borderlands. Views my own.
View all posts by Mateo Ferreira-Lindqvist →
← Previous post: What the Dul Harad jailbreak tells us about Maldora’s prisons
Next post: A reading list on the Northern Liberation Front →
3 thoughts on “Reading the Tell Yaman attack: three questions the headlines skipped”
Salma K.
August 19, 2027 at 9:14 pm
Good piece. The cattle point is something people from the area have been saying since day one.
Reply
Mateo Ferreira-Lindqvist
August 20, 2027 at 7:02 am
Thanks Salma – if you know anyone willing to talk about the trade routes, my inbox is open.
Reply
ardessa_observer
August 22, 2027 at 11:48 am
The interior ministry said today it has arrested two men from a herding clan. Looks like you called it.
Reply
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Post Comment
Search
Recent Posts
Reading the Tell Yaman attack: three questions the headlines skipped
What the Dul Harad jailbreak tells us about Maldora’s prisons
Blog at WordPress.example. Theme: Seedlet.
""", [A("Reading the Tell Yaman attack: three questions the headlines skipped", ["Mateo Ferreira-Lindqvist"], "2027-08-19", "analysis", "Kestrel Watch")],
"""url: https://kestrelwatch.example/2027/08/19/reading-the-tell-yaman-attack/""")


# ---------------------------------------------------------------------------------------------------------------
# b13: a policy magazine's op-ed, no crawler block: kicker, standfirst, upper-case byline with the date on one line,
# an inline "RELATED" link and a newsletter box and an advertisement between paragraphs, the author's bio in italics
# at the end, "Most popular" and footer.
page("b13_magazine_oped", """Subscribe
Sign In
THE MERIDIAN REVIEW
Politics
World
Economy
Ideas
Podcasts
Magazine
OP-ED
Nordmark Should Stop Waiting for the Skerra Commission
The commission was built for a strait that no longer exists. Nordmark must lead the coastal states toward an icebreaking service of their own.
BY HELENA VOSKUIJLEN-ASANTE | SEPTEMBER 3, 2027
>For nearly four decades, the Skerra Convention has been one of the quiet successes of northern diplomacy. Three states with a history of quarrels agreed to share the administration of a narrow and dangerous waterway, and for most of that time they managed it without serious dispute. That era is over, and Nordmark’s government has been slow to admit it.
>The convention was written for a strait that froze solid for five months a year and saw a few hundred ships a season. Today the ice arrives late and leaves early, traffic has tripled, and a state with no coastline on the strait has built the region’s most capable fleet of icebreakers. The Skerra Commission, which can act only by consensus, has proven unable to respond.
RELATED: Fishing militias and the fight for the Nordmark Shelf
>Nordmark’s approach so far has been to ask the commission to limit the time that non-party state vessels may spend in the strait. It is a reasonable proposal, and it has no chance of passing. The other two coastal states depend on Halvard to keep their ports open in winter, and they will not vote to restrict the ships they rely on.
The Weekly Review
Our editors’ pick of the week’s best writing on world affairs, every Saturday.
Enter your email
Sign Up
>Instead of waiting for a consensus that will not come, Nordmark should offer its neighbours an alternative: a jointly owned icebreaking service, financed by the three coastal states and by a modest levy on commercial traffic through the strait. Nordmark, as the wealthiest of the three, should be prepared to bear the largest share of the initial cost.
ADVERTISEMENT
>Such a service would give the coastal states what Halvard currently provides, without the dependence that comes with it. It would also strengthen the convention rather than replace it, by giving the commission a practical task that all three members have an interest in seeing succeed.
>The objection in Nordmark’s capital will be the price. Icebreakers are expensive to build and to run. But the cost of doing nothing is higher, and it is rising every winter that Halvard’s ships become a more permanent feature of the strait. Nordmark has spent two years hoping the problem would be solved for it. It is time to solve it.
Helena Voskuijlen-Asante is a former deputy foreign minister of Nordmark and a visiting fellow at the Institute for Northern Studies in Ostvik.
Tags
Nordmark
Halvard
Skerra Strait
Most Popular
1. The Quiet Return of the Sarrow Valley Council
2. Belmoria’s Protest Movement Has a Leadership Problem
3. Nordmark Should Stop Waiting for the Skerra Commission
The Meridian Review
About
Masthead
Advertise
Careers
Privacy
Terms of Service
© 2027 The Meridian Review Media LLC
""", [A("Nordmark Should Stop Waiting for the Skerra Commission", ["Helena Voskuijlen-Asante"], "2027-09-03", "op-ed", "The Meridian Review")],
"""url: https://www.meridianreview.example/2027/09/03/nordmark-skerra-commission-icebreakers-op-ed/""")


# ---------------------------------------------------------------------------------------------------------------
# b14: a parliamentary research service's briefing with a crawler's YAML block: two authors in a list, a long date,
# a contents list, "Summary" and numbered section headings, footnote markers in square brackets and a "Footnotes"
# list, download and feedback links, footer.
page("b14_parliament_research_briefing", """---
title: "The Nordmark Shelf: fisheries enforcement and the coast guard - Nordmark Assembly Research Service"
source: https://research.assembly.nordmark.example/briefings/rb-2027-0311/
date: 2027-09-16
description: This briefing sets out the legal position on the Nordmark Shelf, recent incidents involving foreign fishing vessels and the capacity of the coast guard.
---
Skip to main content
Nordmark Assembly
Research Service
Research briefings
Topics
Committees
Search research
Home
Research briefings
Research Briefing
The Nordmark Shelf: fisheries enforcement and the coast guard
By Kasimir Dunleavy, Petra Onyango
Published Thursday, 16 September, 2027
Download full report
Download PDF (412 KB)
Share
Contents
Summary
1. The legal position
2. Recent incidents
3. Coast guard capacity
4. Options under discussion
>Summary
>The Nordmark Shelf lies within Nordmark’s exclusive economic zone under the Convention on the Law of the Northern Seas, but parts of it are also claimed by Halvard on the basis of historic fishing rights. Since 2025, Nordmark’s coast guard has recorded a growing number of incidents in which foreign fishing vessels have obstructed inspections.
>This briefing sets out the legal position, summarises recent incidents and describes the coast guard’s current capacity and the options for strengthening it that are before the Assembly.
>1. The legal position
>Nordmark declared its exclusive economic zone in 1979. Halvard has never formally contested the zone, but since 2019 it has asserted that vessels from its northern ports enjoy historic rights to fish on parts of the shelf that predate the declaration.[1] Nordmark rejects this claim, and the question has not been brought before any court or tribunal.
>2. Recent incidents
>The coast guard recorded nine incidents of obstruction on the shelf between January and August 2027, compared with four in the whole of 2026.[2] The most serious occurred on 18 July, when fourteen fishing vessels surrounded a coast guard cutter for more than three hours. The Government has described the vessels involved as participants in Halvard’s Northern Fisheries Support Program, which provides subsidies to vessels fishing in “waters of national interest”.
>3. Coast guard capacity
>The coast guard operates six cutters capable of sustained operations on the outer shelf. Two of these are more than thirty years old and are due to be withdrawn by 2030.[3] The coast guard has told the Defence Committee that it cannot maintain a permanent presence on the shelf with its current fleet.
>4. Options under discussion
>The Government has proposed the purchase of four additional cutters at an estimated cost of 6.8 billion marks, to be delivered between 2029 and 2032.[4] It has also asked the Skerra Commission to adopt a code of conduct for fishing vessels. Members of the Defence Committee have additionally suggested publishing tracking data on vessels taking part in the Halvard subsidy program and increasing cooperation with the other coastal states on surveillance.
Footnotes
>[1] Halvard Ministry of Foreign Affairs, Note on historic fishing rights, 12 March 2019.
>[2] Nordmark Coast Guard, Incident statistics January–August 2027, September 2027.
>[3] Ministry of Defence, Coast guard fleet plan 2027–2035, May 2027.
>[4] Government Bill 118 (2026–2027), Procurement of coast guard cutters.
About the authors
Kasimir Dunleavy and Petra Onyango are researchers in the International Affairs and Defence section of the Nordmark Assembly Research Service.
Related posts
Halvard’s icebreaker programme
Research Briefing | 2 June 2027
The Skerra Convention at forty
Research Briefing | 14 January 2027
Was this information useful?
Yes
No
Nordmark Assembly Research Service briefings are produced to support the work of members of the Assembly. They are not intended to address the specific circumstances of any particular individual.
Contact us
Accessibility statement
Cookies
Privacy notice
© Nordmark Assembly 2027
""", [A("The Nordmark Shelf: fisheries enforcement and the coast guard", ["Kasimir Dunleavy", "Petra Onyango"], "2027-09-16", "research briefing", "Nordmark Assembly Research Service")],
"""url: https://research.assembly.nordmark.example/briefings/rb-2027-0311/""")
