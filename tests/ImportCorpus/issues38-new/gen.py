"""issues38-new: whole newsletter issues and their siblings (issue 6's shapes), written by a helper before any run from
monitors, sites, people and places of the writer's own invention (dated January-March 2037): three whole Terrorism
Monitor issues as PDF text, two whole issues of invented sibling monitors, a plain-text email newsletter, two web
versions of articles from the issues and two pages of press coverage from other invented sites.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
Run: python3 gen.py"""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))


class Doc:
    def __init__(self, width=78, hyph=False):
        self.lines, self.width, self.hyph = [], width, hyph

    def add(self, text="", n=0):
        self.lines.append((text, n))

    def fur(self, *texts):
        for t in texts:
            self.add(t, 0)

    def wrap(self, text, width=None):
        width = width or self.width
        out, cur = [], ""
        for w in text.split(" "):
            if self.hyph and "~" not in w and w.isalpha() and w.islower() and len(w) >= 9:
                w = w[:len(w) // 2] + "~" + w[len(w) // 2:]
            clean = w.replace("~", "")
            cand = f"{cur} {clean}" if cur else clean
            if len(cand) <= width:
                cur = cand
                continue
            if "~" in w and cur:
                parts = w.split("~")
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k]) + "-"
                    if len(f"{cur} {head}") <= width:
                        out.append(f"{cur} {head}")
                        cur = "".join(parts[k:])
                        break
                else:
                    out.append(cur)
                    cur = clean
                continue
            out.append(cur)
            cur = clean
        out.append(cur)
        return out

    def para(self, n, text, brk=None, indent="", width=None):
        """A wrapped paragraph of article n; brk = (k, [lines]) puts page furniture after its k-th line."""
        wrapped = self.wrap("\x01" * len(indent) + text, width)
        for i, ln in enumerate(wrapped, 1):
            self.add(ln.replace("\x01", " "), n)
            if brk and brk[0] == i:
                self.fur(*brk[1])

    def paras(self, n, *texts, sep=True):
        for i, t in enumerate(texts):
            if i and sep:
                self.add()
            self.para(n, t)

    def bio(self, text, width=None):
        for ln in self.wrap(text, width):
            self.add(ln, 0)

    def web(self, n, *texts, sep=False):
        for i, t in enumerate(texts):
            if i and sep:
                self.add()
            self.add(t, n)


def emit(name, doc, arts, comments=(), sidecar=None, one_line=False):
    out = [t for t, _ in doc.lines]
    for t in out:
        assert "~" not in t, (name, t)
    ranges = {}
    for i, (_, n) in enumerate(doc.lines, 1):
        if n:
            ranges.setdefault(n, []).append(i)

    def spans(nums):
        res = []
        for x in nums:
            if res and (x == res[-1][1] + 1 or all(not out[k - 1].strip() for k in range(res[-1][1] + 1, x))):
                res[-1][1] = x
            else:
                res.append([x, x])
        return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in res)

    with open(f"{name}.txt", "w") as f:
        f.write("\n".join(out) + "\n")
    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    lab += [f"# {c}" for c in comments]
    if one_line:
        lab.append("one_line_per_paragraph: true")
    lab.append("articles:")
    q = lambda v: "null" if v is None else f'"{v}"'
    for n, a in enumerate(arts, 1):
        assert n in ranges, (name, n)
        lab += [f'  - title: "{a["title"]}"',
                f'    authors: [{", ".join(chr(34) + x + chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: {q(a["pub"])}',
                f'    volume: {a.get("volume") or "null"}', f'    issue: {a.get("issue") or "null"}',
                f'    text: [{spans(ranges[n])}]']
    assert len(ranges) == len(arts), name
    with open(f"{name}.labels.yml", "w") as f:
        f.write("\n".join(lab) + "\n")
    if sidecar:
        with open(f"{name}.yml", "w") as f:
            f.write(sidecar.strip() + "\n")
    elif os.path.exists(f"{name}.yml"):
        os.remove(f"{name}.yml")


TM = "Terrorism Monitor"

# ---------------------------------------------------------------------------------------------------------------------
# i01: a whole Terrorism Monitor issue (PDF text, paragraphs set apart by blank lines): masthead in capitals with the
# tagline, `VOLUME XXXV, ISSUE 2 | JANUARY 22, 2037`, a contents list with dotted leaders; `BRIEFS` over two briefs
# (one `By NAME` with its bio straight under the text, one with no author at all), `FEATURES` over two features (one
# `BY NAME` in capitals with `[n]` notes and a plain bio after them, one `By Dr. NAME and Prof. NAME` with one bio
# paragraph for both authors before the notes); running header `Terrorism Monitor | Volume XXXV, Issue 2` on most pages
# and once mangled (`TerrorismMonitorVolumeXXXV  Issue2`) between the halves of a sentence; bare page numbers; line-end
# hyphenation.
d = Doc(76)
I01_B1 = "Ninth Banner Movement Claims Ferry Attack on the Ebrim River"
I01_B2 = "Kettara Amnesty Draws Few Takers as Deadline Passes"
I01_F1 = "Salt, Fuel and Cattle: Smuggling and Militant Finance in the Sirvan Hills"
I01_F2 = "After Qadim Tessaly: How the Ninth Banner Movement Recruits Online"

def tm_head1(page, mangled=False):
    head = "TerrorismMonitorVolumeXXXV \uf0a7 Issue2" if mangled else "Terrorism Monitor | Volume XXXV, Issue 2"
    return ["", str(page), "\f" + head, ""]

d.fur("THE HALVERSTON FOUNDATION", "", "TERRORISM MONITOR", "In-depth analysis of the War on Terror", "",
      "VOLUME XXXV, ISSUE 2 | JANUARY 22, 2037", "", "IN THIS ISSUE:", "",
      f"{I01_B1} ..................... 1",
      f"{I01_B2} ................................... 2",
      "Salt, Fuel and Cattle: Smuggling and Militant Finance in the Sirvan",
      "Hills By Halvard Mbeki-Ross ................................................ 3",
      "After Qadim Tessaly: How the Ninth Banner Movement Recruits Online",
      "By Samira Oduya and Lennart Vasquez-Holm ................................... 6", "", "BRIEFS", "",
      I01_B1, "", "By Amara Lindqvist-Obi", "")
d.paras(1,
        "On January 9, gunmen boarded the evening ferry between Dusan Kol and Marrah Landing on the Ebrim River, "
        "shot two customs officers and set fire to the vessel's cargo deck before escaping in a pair of fishing "
        "skiffs. Eleven passengers were injured when they jumped into the river. Two days later, a statement "
        "posted on a channel used by the Ninth Banner Movement claimed the attack and described the officers as "
        "\"tax collectors for the occupier.\"",
        "The claim is the group's first on the river in almost two years. Since the death of its founder, the "
        "movement has kept to the uplands east of Kettara, where it taxes herders and raids isol~ated police posts. "
        "A return to the river suggests that it wants to be seen as a threat to the trade that keeps the "
        "province's towns supplied, and that it has recovered enough boats and men to mount a raid far from its "
        "usual ground.",
        "Provincial officials have suspended night crossings and promised armed guards on the ferries, but the "
        "river police have only four patrol boats for more than two hundred kilometres of water. Unless that "
        "changes, the ferry attack is unlikely to be the last.")
d.add()
d.bio("Amara Lindqvist-Obi is a journalist based in Marrah who has covered the Ebrim valley since 2031.")
d.add()
d.add(I01_B2)
d.add()
d.paras(2,
        "The amnesty that Kettara's governor offered to fighters who sur~rendered their weapons before January 15 "
        "ended with fewer than ninety men coming forward, ac~cording to figures read out at a press conference in "
        "the pro~vincial capital. Officials had spoken in December of hoping for at least a thousand.",
        "Most of those who sur~rendered were older men from vill~ages along the Ebrim who had left the armed groups "
        "years earlier and wanted their names cleared. Local elders said that younger fighters distrusted the "
        "offer because the amnesty law passed in 2034 was never applied to anyone held in the "
        "military's prisons, and because the regis~tration offices were inside police stations.",
        "The governor has said that the deadline will not be extended. Without a second offer that younger "
        "fighters believe, the province is likely to see the same small numbers the next time an amnesty is "
        "announced.")
d.fur(*tm_head1(2), "FEATURES", "", I01_F1, "", "BY HALVARD MBEKI-ROSS", "")
d.paras(3,
        "The Sirvan Hills have never been easy to govern. The border that runs along their crest was drawn "
        "across grazing land that the hill clans had always used on both sides, and the roads that cross it "
        "follow the old droving tracks rather than any line a customs service would choose. For more than a "
        "decade, the armed groups that shelter in the hills have lived off that border, and the trade they tax "
        "has changed with the prices on either side of it [1].",
        "Until 2033, the most valuable cargo was salt from the pans at Ghor Amin, carried east on mules and sold "
        "at twice its price in the valley markets. When the government in Kettara ended its fuel subsidy in "
        "2034, smuggled diesel became worth far more, and the groups moved quickly to control the three passes "
        "where tankers could cross. A former driver interv~iewed in Dusan Kol described paying the Ninth Banner "
        "Movement a fixed fee for each ton~ne of fuel, recorded in a ledger kept by the group's "
        "man at the pass [2].",
        "Cattle are the newest part of the trade. Drought on the eastern plateau has pushed herders to sell "
        "their animals across the border, where they fetch better prices, and the groups now charge a fee for "
        "each head driven through the passes. Herders who refuse risk losing the whole herd. The arrange~ment "
        "gives the militants a steady income that does not depend on attacks, and it ties them to the "
        "clans whose animals they protect [3].")
d.add()
d.para(3, "None of this is hidden from the authorities. Customs officers at the passes know which tankers pay "
       "the groups, and several officers have been accused of taking a share themselves. Efforts to close the "
       "passes have failed because the hill clans depend on the trade as much as the militants do, and "
       "because the army units sent to the border rotate out before they learn the terrain. An operation in "
       "the spring of 2035 closed the northern pass for six weeks; traffic simply moved to the southern one [4].",
       brk=(4, tm_head1(3, mangled=True)))
d.add()
d.para(3, "Any serious attempt to starve the groups of money will therefore have to offer the clans something in "
       "return: legal crossings for cattle, a share of customs revenue, or roads that make the lawful trade "
       "cheaper than the unlawful one. Without that, each closure will only push the trade to another track, "
       "and the groups will follow it.")
d.fur("", "Notes", "")
for t in ["[1] Interviews with herders in the Sirvan Hills, conducted by the author in October 2036.",
          "[2] Interview with a former tanker driver, Dusan Kol, November 2036.",
          "[3] \"Drought and Livestock Sales on the Eastern Plateau,\" Kettara Agricultural Office, December 2036.",
          "[4] Provincial Assembly of Kettara, report of the border security committee, June 2035."]:
    d.para(3, t)
d.add()
d.bio("Halvard Mbeki-Ross is a researcher on borderland economies and has worked in the Sirvan Hills since "
      "2029.")
d.fur(*tm_head1(4), I01_F2, "",
      "By Dr. Samira Oduya and Prof. Lennart Vasquez-Holm", "")
d.paras(4,
        "When Qadim Tessaly, the founder of the Ninth Banner Movement, was killed in an air strike in March "
        "2035, many observers expected the group to split. Its com~manders had been loyal to Tessaly rather "
        "than to one another, and its re~cruitment depended on his sermons, which circu~lated on cassette and "
        "later on mess~aging channels across the Ebrim valley [1]. Two years later, the group has not "
        "split. Instead, it has rebuilt its re~cruitment around a new kind of online presence.",
        "The change is visible in the group's channels. Where Tessaly's sermons were long and addressed to "
        "believers in general, the new material is short, local and personal. Videos name particular "
        "villages, show fighters who grew up there and answer questions sent in by viewers. A review of 340 "
        "posts pub~lished between June 2035 and December 2036 found that more than half mentioned a place in "
        "Kettara province by name, against fewer than one in ten of the posts in the year before Tessaly's "
        "death [2].",
        "The channels also speak directly to griev~ances that the group did not create. Posts about the "
        "failed amnesty of 2034, about land seized for the new dam at Harrow Gap and about the price of "
        "fuel are far more common than posts about doctrine. The group presents itself less as a religious "
        "movement than as the only body willing to stand up for the valley's villages.")
d.add()
d.para(4, "This shift makes the group harder to counter. Taking down channels has little effect when new ones "
       "appear within days and when the content is made by dozens of local supporters rather than by a "
       "central media office. Counter-messaging written in the capital does not speak the same language as the "
       "posts it answers. The most promising responses are local: village councils that address land and "
       "water disputes openly, and radio programmes in the valley's own dialect that give the griev~ances a "
       "hearing [3].", brk=(3, tm_head1(5)))
d.add()
d.para(4, "The Ninth Banner Movement's survival after Tessaly is a reminder that a group's strength does not always "
       "rest on its leader. By tying itself to the everyday complaints of the Ebrim valley, it has found a "
       "source of recruits that no air strike can remove.")
d.add()
d.bio("Dr. Samira Oduya is a lecturer in political communication at the University of Harrowmere, where she "
      "studies militant media in the Ebrim valley. Prof. Lennart Vasquez-Holm directs the Centre for "
      "Conflict Data at Tollgate College and is the author of Rivers of Dissent (2034).")
d.fur("", "Notes", "")
for t in ["[1] Samira Oduya, \"Cassette Preachers of the Ebrim,\" Journal of Borderland Studies 12, no. 3 (2033).",
          "[2] Dataset compiled by the authors from public channels, January 2037.",
          "[3] Interview with a radio producer in Marrah Landing, December 2036."]:
    d.para(4, t)
d.fur("", "6")
META = dict(date="2037-01-22", pub=TM, volume=35, issue=2)
emit("i01_tm_issue_briefs_features_mangled_header_midsentence_coauthor_bio", d, [
    dict(title=I01_B1, authors=["Amara Lindqvist-Obi"], kind="brief", **META),
    dict(title=I01_B2, authors=[], kind="brief", **META),
    dict(title=I01_F1, authors=["Halvard Mbeki-Ross"], kind="feature", **META),
    dict(title=I01_F2, authors=["Samira Oduya", "Lennart Vasquez-Holm"], kind="feature", **META)],
    comments=["Open choices: the byline in capitals (BY HALVARD MBEKI-ROSS) is labelled in the case his bio and the",
              "contents print; the honorifics Dr. and Prof. are left out of the names; the form feeds and the mangled",
              "running header are page furniture, not text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i02: a whole Terrorism Monitor issue (PDF text, no blank lines between paragraphs, first lines indented): a
# letter-spaced name with the tagline under it and `Vol. XXXV  ·  Issue 4` with the date set to the right; a
# `Contents` list with the page first; singular labels only: `BRIEF` over one brief (a bare name line under its
# title), `FEATURE` over each of two features (one with a name line over a role line and `(n)` notes under `NOTES`,
# one `By NAME` with superscript note digits glued to the sentence ends, `Endnotes`, and the bio after the notes);
# running footer `Terrorism Monitor, Vol. XXXV, Issue 4  |  N` with the page number on the same line, once between the
# halves of a sentence.
d = Doc(80, hyph=True)
I02_B = "A New Front Opens on the Tamsin Coast"
I02_F1 = "Prison Breaks and the Rebuilding of the Sabil al-Ward Network"
I02_F2 = "Why the Coastal Militias Will Not Disarm"

def tm_foot2(page):
    return ["", f"Terrorism Monitor, Vol. XXXV, Issue 4  |  {page}", "\f"]

d.fur("T E R R O R I S M    M O N I T O R", "A fortnightly journal of the Halverston Foundation",
      "Vol. XXXV  ·  Issue 4                                          February 19, 2037", "", "Contents",
      f"1    BRIEF: {I02_B}", f"2    FEATURE: {I02_F1}", f"3    FEATURE: {I02_F2}", "", "BRIEF",
      I02_B, "Ruth Adeyemi-Kask")
d.para(1, "For most of the past decade, the Tamsin Coast was the quiet edge of the conflict. The armed groups of "
       "the interior had little reason to cross the salt marshes that separate the coastal towns from the "
       "hills, and the towns' fishing and ship~breaking trades were left alone. That changed on "
       "February 4, when a group calling itself the Marsh Companions attacked the harbour office at Port "
       "Vennick and held it for most of a day.", indent="    ")
d.para(1, "The Companions appear to be a local offshoot rather than a new arrival. Their statement, read out by "
       "a masked man on the harbour steps, complained about the sale of fishing rights to foreign trawler "
       "firms and named two harbour officials as traitors. Neither complaint has featured in the propaganda "
       "of the interior groups, which suggests that the Companions are recruiting from the fishing families "
       "rather than taking orders from the hills.", indent="    ")
d.para(1, "If the coastal authorities treat the attack as a spill~over from the interior, they are likely to answer "
       "it with the same sweeps and curfews that have failed there. A hearing for the fishing families' "
       "complaint would cost far less.", indent="    ")
d.fur(*tm_foot2(1), "FEATURE", I02_F1, "Yusuf Carraway-Nkem", "Senior Analyst, Lowmarsh Security Institute")
d.para(2, "On the night of January 27, around forty prisoners escaped from the central prison at Orvel after a "
       "truck bomb breached its outer wall. Among them were at least nine men convicted of planning attacks for "
       "Sabil al-Ward, including Haddon Rusk, the network's former treasurer (1). The escape was the third from "
       "a prison in the region in eighteen months, and each has freed members of the same network.", indent="    ")
d.para(2, "Sabil al-Ward was badly damaged by the arrests of 2033 and 2034, which took most of its planners off the "
       "streets. Since then it has survived as a loose collection of cells with little money and few people "
       "able to build bombs. The prison breaks are restoring exactly the skills it lost: the men freed at Orvel "
       "include two who were trained in explosives and one who managed the network's transfers of money "
       "through the coastal exchange houses (2).", indent="    ")
d.para(2, "The breaks also show a level of planning that the network's remaining cells were not thought to "
       "possess. The Orvel attack required surveil~lance of the prison's shifts, a vehicle large enough "
       "to carry the charge, and safe houses for the escapees, several of whom have not been found. Prison "
       "staff told investigators that a guard had passed messages between inmates and visitors for months "
       "before the attack (3).", indent="    ", brk=(3, tm_foot2(2)))
d.para(2, "The government has promised to move convicted militants to a new high-security wing at Kerrow, but it "
       "will not open before 2038. Until then, the region's overcrowded prisons remain the network's best "
       "recruiting ground and its most reliable source of experienced men.", indent="    ")
d.fur("NOTES")
for t in ["1. Ministry of Justice of Orvel Province, statement on the escape, January 28, 2037.",
          "2. Court records of the trial of Haddon Rusk and others, Orvel High Court, 2034.",
          "3. \"Guard Held Over Orvel Escape,\" Orvel Evening Standard, February 2, 2037."]:
    d.para(2, t)
d.fur(*tm_foot2(3), "FEATURE", I02_F2, "By Ottilie Brannagh")
d.para(3, "Every government in Kettara since 2030 has promised to disarm the coastal militias, and every one "
       "has failed. The militias were raised by fishing villages and harbour guilds to protect themselves "
       "from the groups in the hills, and for years they were paid and armed by the provincial government "
       "itself.¹ Asking them to hand in their weapons now is asking them to trust that the state will "
       "protect the villages instead.", indent="    ")
d.para(3, "That trust is not there. The villages remember the winter of 2032, when the army withdrew from the "
       "coast to fight in the interior and the militias were the only force left between the fishing towns "
       "and the raiders.² Militia leaders interviewed for this article all returned to that winter when asked "
       "why they would not disarm.", indent="    ")
d.para(3, "The militias have also become businesses. They charge for guarding the harbours, they take a share "
       "of the catch in some villages, and their leaders have won seats on the town councils.³ Disarm~ament "
       "would cost them income and influence, not only protection. Any plan that ignores those interests "
       "will meet the same quiet resistance that has met the last four.", indent="    ", brk=(2, tm_foot2(4)))
d.para(3, "A more realistic aim would be to bring the militias under law rather than to abolish them: to "
       "register their members, pay them through the provincial budget and make their leaders answerable "
       "to the courts. That would not end the problem, but it would give the state a hold over men who now "
       "answer to no one.", indent="    ")
d.fur("Endnotes")
for t in ["¹ Provincial budget of Kettara, security annex, 2031.",
          "² Interviews with militia leaders in Port Vennick and Sallow Bay, January 2037.",
          "³ Kettara Electoral Commission, results of the municipal elections of 2035."]:
    d.para(3, t)
d.bio("Ottilie Brannagh is a writer and researcher who has reported from the Tamsin Coast since 2028. Her book on "
      "the coastal militias will be published later this year.")
d.fur("", "Terrorism Monitor, Vol. XXXV, Issue 4  |  5")
META = dict(date="2037-02-19", pub=TM, volume=35, issue=4)
emit("i02_tm_issue_singular_labels_indented_name_over_role_bio_after_notes", d, [
    dict(title=I02_B, authors=["Ruth Adeyemi-Kask"], kind="brief", **META),
    dict(title=I02_F1, authors=["Yusuf Carraway-Nkem"], kind="feature", **META),
    dict(title=I02_F2, authors=["Ottilie Brannagh"], kind="feature", **META)],
    comments=["Open choices: the role line under Yusuf Carraway-Nkem's name is neither text nor part of his name; the",
              "`BRIEF:` / `FEATURE:` prefixes of the contents list are not part of the titles."])

# ---------------------------------------------------------------------------------------------------------------------
# i03: a whole Terrorism Monitor issue (PDF text): the date and numbering above the name (`Thursday, March 19, 2037 |
# Volume 35, Issue 6`), an `INSIDE THIS ISSUE` list without page numbers; `BRIEFS` over two briefs (one signed under
# its text `—NAME` with an honorific, one `By NAME`); `FEATURE` over a feature by three authors on a line of their own
# (`NAME, NAME and NAME`), bare note digits glued to the sentence ends, `Notes:` with `1.` entries; the three authors'
# bios gathered at the end of the issue under `ABOUT THE AUTHORS`; running lines `N | TERRORISM MONITOR | March 19,
# 2037` with the page number first, the one between the halves of a sentence mangled by extraction
# (`3|TERRORISMMONITOR|March 19,2037`); line-end hyphenation.
d = Doc(74, hyph=True)
I03_B1 = "Militants Turn to Kidnapping Aid Workers in the Harrow Gap"
I03_B2 = "Sallow Bay Court Jails Recruiters for the Marsh Companions"
I03_F = "Drones in the Hills: How Kettara's Armed Groups Adopted Cheap Aircraft"

def tm_run3(page, mangled=False):
    run = f"{page}|TERRORISMMONITOR|March 19,2037" if mangled else f"{page} | TERRORISM MONITOR | March 19, 2037"
    return ["", "\f" + run, ""]

d.fur("Thursday, March 19, 2037 | Volume 35, Issue 6", "", "Terrorism Monitor", "", "INSIDE THIS ISSUE", "",
      f"BRIEFS: {I03_B1}; {I03_B2}", "", f"FEATURE: {I03_F}", "", "BRIEFS", "", I03_B1, "")
d.paras(1,
        "Three employees of the Lantern Relief Trust were kidnapped on March 2 at a checkpoint on the road "
        "through the Harrow Gap, the first abduction of aid workers in Kettara since 2033. A man claiming to "
        "speak for the Ninth Banner Movement telephoned the Trust's office in Marrah two days later and "
        "demanded a ransom that the charity says it will not pay.",
        "Kidnapping for ransom was once a mainstay of the groups in the hills, but it fell out of use when "
        "the smuggling trade became more profit~able. Its return may reflect the closure of the northern fuel "
        "pass in January, which cut into the groups' income, or an attempt to drive the aid agencies out "
        "of the valley before the dam at Harrow Gap is finished. Either way, the agencies have suspended "
        "travel on the road, leaving several thousand displaced families without deliveries of food.")
d.add()
d.fur("—Dr. Farid Olusanya-Berg", "", I03_B2, "", "By Kestrel Amundsen-Ade", "")
d.paras(2,
        "A court in Sallow Bay on March 11 sentenced four men to between six and twelve years in prison for "
        "recruiting young fishermen for the Marsh Companions, the group that attacked the harbour office at "
        "Port Vennick in February. It is the first trial of the group's members.",
        "Prosecutors told the court that the four had approached at least thirty men in the harbour "
        "taverns, offering wages and promising to win back the fishing rights sold to foreign firms. The "
        "defence argued that the men had only talked politics. The judgment is likely to be appealed, and "
        "the fishing families who packed the court~room jeered the sentences.")
d.fur(*tm_run3(2), "FEATURE", "", I03_F, "", "Mirela Tashkent-Ojo, Bram Ekstedt and Li Wen Aravosi", "")
d.paras(3,
        "In the autumn of 2035, soldiers at a border post in the Sirvan Hills reported a new kind of attack: "
        "small grenades dropped from a hobby aircraft that flew in from across the ridge, too low and too "
        "slow for the post's radar to notice.1 By the end of 2036, the army had recorded more than two "
        "hundred such attacks in Kettara province, and every major armed group in the hills had used them.",
        "The aircraft are cheap. Most are sold as toys or as cameras for farmers and film-makers, and they "
        "reach the hills through the same smuggling routes that carry fuel and cattle. A captured workshop "
        "near Ghor Amin held parts for more than forty aircraft, along with printed clips that let a "
        "grenade be released by a switch on the controller.2 The groups do not need foreign help to build "
        "them; a few mechanics with some practice are enough.")
d.add()
d.para(3, "The attacks have changed how the army works in the hills. Patrols now move at night, posts have been "
       "covered with netting, and soldiers report that the constant fear of an aircraft overhead has worn "
       "down morale more than the attacks them~selves, which rarely kill anyone.3 The groups have also "
       "used the aircraft to film their raids, and the footage has become a staple of their channels.",
       brk=(5, tm_run3(3, mangled=True)))
d.add()
d.paras(3,
        "Countering the aircraft is difficult. Jamming equipment exists, but the army has only a handful of "
        "sets and they cannot protect every post. Controlling the trade in parts would mean policing the "
        "sale of ordinary consumer goods across a border that already leaks fuel and cattle.4 The most "
        "effective answer so far has been the simplest: posts that keep watch from the hilltops and warn "
        "each other by radio when an aircraft is seen.",
        "The spread of cheap aircraft in Kettara is part of a wider pattern, but it has local features. The "
        "groups adopted them not because they were copying others but because the aircraft fitted the way "
        "they already fought: small raids, little money, and a need to be seen.")
d.add()
d.fur("Notes:")
for t in ["1. Army of Kettara, Eastern Command, incident summary for October 2035.",
          "2. Photographs of the Ghor Amin workshop released by the provincial police, August 2036.",
          "3. Interviews with soldiers at border posts in the Sirvan Hills, February 2037.",
          "4. Kettara Customs Service, annual report 2036, pp. 44-47."]:
    d.para(3, t)
d.fur(*tm_run3(4), "ABOUT THE AUTHORS", "")
d.bio("Mirela Tashkent-Ojo is a research fellow at the Kettara Peace Observatory. Bram Ekstedt is a former army "
      "officer who now advises aid agencies on security. Li Wen Aravosi is a doctoral student at Tollgate College "
      "who studies the use of commercial technology by armed groups.")
META = dict(date="2037-03-19", pub=TM, volume=35, issue=6)
emit("i03_tm_issue_date_above_name_signed_brief_three_authors_glued_digits", d, [
    dict(title=I03_B1, authors=["Farid Olusanya-Berg"], kind="brief", **META),
    dict(title=I03_B2, authors=["Kestrel Amundsen-Ade"], kind="brief", **META),
    dict(title=I03_F, authors=["Mirela Tashkent-Ojo", "Bram Ekstedt", "Li Wen Aravosi"], kind="feature", **META)],
    comments=["Open choices: the signature `—Dr. Farid Olusanya-Berg` under the first brief names its author (without",
              "the honorific) and is not text; the three authors' bio paragraph at the end of the issue is not text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i04: a whole issue of an invented sibling monitor (PDF text): a letter-spaced capital name between rules,
# `Vol. 4, No. 2` with the date as month and year only (`February 2037` -> the first of the month), a contents box;
# labels in capitals, singular: `BRIEF` over one brief (`BY NAME` in capitals, its bio straight after the text),
# `ANALYSIS` over one analysis (`By Prof. NAME`, roman `[i]` note markers, `NOTES` with `[i]` entries, the bio after
# the notes); running footer `Meridian Coast Monitor | February 2037 | N`, once between the halves of a sentence.
# No sidecar: the publication and the date are only in the text.
d = Doc(78, hyph=True)
I04_B = "Reef Brotherhood Seizes a Ferry Off the Isle of Tamsk"
I04_A = "The Vorran Strait Patrol Agreement: Two Years On"

def mcm_foot(page):
    return ["", f"Meridian Coast Monitor | February 2037 | {page}", ""]

d.fur("=" * 66, "M E R I D I A N    C O A S T    M O N I T O R", "Security and conflict on the Meridian littoral",
      "Vol. 4, No. 2                                              February 2037", "=" * 66, "",
      "IN THIS NUMBER", f"  Brief ..... {I04_B}", f"  Analysis .. {I04_A}", "", "BRIEF", "", I04_B.upper(), "",
      "BY TOMAS OYELARAN-VIK", "")
d.paras(1,
        "Armed men from the Reef Brotherhood boarded the passenger ferry Saint Orla on the morning of January "
        "18 as it left the harbour at Calloway Reach for the Isle of Tamsk, and forced its captain to sail to "
        "an inlet on the island's unguarded western shore. The sixty passengers were released the same "
        "evening, but the ferry and its crew of seven are still held.",
        "The Brotherhood has until now attacked only fishing boats and small cargo vessels, taking their "
        "catch or their fuel. Seizing a passenger ferry is a step up, and the group's demand, a share of the "
        "harbour dues at Calloway Reach, shows that it is trying to turn its raids into a regular income. The "
        "island's council has asked the coast guard for a permanent station on the western shore.")
d.add()
d.bio("Tomas Oyelaran-Vik reports on the Meridian littoral for the Calloway Reach Gazette.")
d.fur(*mcm_foot(1), "ANALYSIS", "", I04_A, "", "By Prof. Ingrid Salcedo-Mbah", "")
d.paras(2,
        "When the three states bordering the Vorran Strait signed their patrol agreement in January 2035, "
        "they promised joint patrols, a shared radio network and a single court to try those caught raiding "
        "shipping in the strait.[i] Two years later, only the first of those promises has been kept, and "
        "only in part.",
        "The joint patrols do sail. Each state sends two boats a month to a common schedule, and the number "
        "of raids reported in the strait fell by a third in the first year of the agreement.[ii] But the "
        "patrols keep to the main shipping lane, and the raiders have moved to the smaller channels between "
        "the islands, where the patrol boats cannot follow and where the fishing villages have no protection "
        "at all.")
d.add()
d.para(2, "The radio network was never built. Each navy still uses its own equipment, and messages between the "
       "patrols pass through the coastal stations of each state in turn, which can take hours. Raiders "
       "who are seen in one state's waters are usually across the line before the neighbouring patrol hears "
       "of them.[iii] The common court has not been set up either, because the three parliaments have not "
       "agreed on which law it should apply.", brk=(3, mcm_foot(2)))
d.add()
d.paras(2,
        "None of these failures is surprising. Maritime agreements of this kind usually depend on the "
        "trust built by years of working together, and the navies of the strait have little of it. What the "
        "agreement has done is create a place where their officers meet every month. If the governments "
        "want more than that, they will have to fund the radio network and agree on the court; if they do "
        "not, the raiders will keep to the channels the patrols never enter.")
d.fur("", "NOTES", "")
for t in ["[i] Vorran Strait Patrol Agreement, signed at Calloway Reach, January 12, 2035, articles 2-7.",
          "[ii] Meridian Maritime Reporting Centre, annual report for 2035.",
          "[iii] Interviews with patrol officers in Calloway Reach and on the Isle of Tamsk, December 2036."]:
    d.para(2, t)
d.add()
d.bio("Prof. Ingrid Salcedo-Mbah teaches the law of the sea at the Calloway Reach Maritime Academy and has "
      "advised the strait's three governments on the patrol agreement.")
d.fur(*mcm_foot(3))
META = dict(date="2037-02-01", pub="Meridian Coast Monitor", volume=4, issue=2)
emit("i04_sibling_month_year_only_singular_caps_labels_roman_notes_bio_after_notes", d, [
    dict(title=I04_B, authors=["Tomas Oyelaran-Vik"], kind="brief", **META),
    dict(title=I04_A, authors=["Ingrid Salcedo-Mbah"], kind="analysis", **META)],
    comments=["Open choices: the brief's title is printed in capitals; it is labelled in the case the contents",
              "list prints it. The publication is labelled in the form its running footer prints (the masthead",
              "letter-spaces it in capitals). `No. 2` is the issue."])

# ---------------------------------------------------------------------------------------------------------------------
# i05: a whole issue of another invented sibling monitor (PDF text, one line per wrapped line, paragraphs apart by
# blank lines): an acronym over the capital name with `Issue 11  ·  Volume 2` (issue before volume) and the date on
# the line below (`5 March 2037`), no contents; labels in capitals: `PROFILE` over a profile by `NAME, Senior Fellow`
# with `[n]` markers, `ENDNOTES` and the bio after the notes; `FIELD REPORT` over a report by `Dr. NAME with NAME`,
# a bio of the two co-authors in one paragraph after the text; running header `HIGHLAND FRONTIER MONITOR — ISSUE 11`
# and `– N –` page numbers, once between the halves of a sentence.
d = Doc(72, hyph=True)
I05_P = "Orrin Vasse: The Quiet Commander of the Carrow Highlands"
I05_R = "Ten Days on the Drovers' Road: A Field Report from Upper Carrow"

def hfm_break(page):
    return ["", f"– {page} –", "\f" + "HIGHLAND FRONTIER MONITOR — ISSUE 11", ""]

d.fur("HFM", "HIGHLAND FRONTIER MONITOR", "Issue 11  ·  Volume 2", "5 March 2037", "",
      "Reporting and analysis from the Carrow Highlands", "", "PROFILE", "", I05_P, "",
      "Aurelio Menske-Daba, Senior Fellow", "")
d.paras(1,
        "Few people outside the Carrow Highlands had heard of Orrin Vasse before last autumn, when the "
        "Highland Levy, the largest of the armed groups in the upper valleys, named him its commander. He "
        "has given no interviews, appears in none of the group's videos and is known to most of its fighters "
        "only by his nickname, \"the Surveyor\" [1].",
        "Vasse was born in the village of Tallow Cross around 2001 and trained as a land surveyor at the "
        "technical college in Carrow town. Former colleagues remember him as a careful, silent man who knew "
        "every field boundary in the upper valleys. He joined the Levy in 2029, after a dispute over "
        "grazing rights in which the provincial land office sided with a timber company against his "
        "village [2].")
d.add()
d.para(1, "Inside the Levy he rose through logistics rather than fighting. He organised the group's supply "
       "routes across the passes and the network of farms that feed and shelter its fighters, and he is "
       "credited with the system of receipts that the Levy gives to farmers for the food it takes, which has "
       "done more to keep the villages on its side than any of its raids [3].", brk=(3, hfm_break(2)))
d.add()
d.paras(1,
        "His appointment suggests that the Levy intends to hold ground rather than to expand. A commander "
        "who knows the land and the farmers is well suited to a long, quiet occupation of the upper "
        "valleys, and poorly suited to the spectacular attacks that his predecessor favoured. For the "
        "government, that may be a harder problem: a group that governs quietly is harder to defeat than "
        "one that fights loudly.")
d.fur("", "ENDNOTES", "")
for t in ["[1] Interviews with former members of the Highland Levy, Carrow town, January 2037.",
          "[2] Records of the Carrow provincial land office, grazing dispute at Tallow Cross, 2028-2029.",
          "[3] Receipts issued by the Highland Levy, copies seen by the author in Upper Carrow, 2036."]:
    d.para(1, t)
d.add()
d.bio("Aurelio Menske-Daba is a Senior Fellow of the Highland Frontier Monitor and the author of several studies "
      "of land disputes in the Carrow Highlands.")
d.fur(*hfm_break(3), "FIELD REPORT", "", I05_R, "", "Dr. Henrike Osei-Lund with Pavel Rautio", "")
d.paras(2,
        "The drovers' road from Carrow town to the upper valleys takes ten days on foot, climbing through "
        "three passes and crossing the territory of two armed groups. We walked it in January with a party "
        "of herders bringing salt and flour to the summer pastures, and with permission from both groups to "
        "travel with them.",
        "The first checkpoint was a hut at the foot of the Marl Pass, where two young men with rifles wrote "
        "down our names in a school exercise book and charged each herder a small fee. At every later "
        "checkpoint the same book was produced by someone else, with our names already in it. The groups "
        "may not cooperate in battle, but they share paperwork.",
        "In the villages above the passes, we found schools open and clinics without medicines. Teachers "
        "are paid by the province, but the money arrives through the Levy's agents, who keep a share. "
        "Villagers told us they preferred this arrangement to the years of fighting before it, and feared "
        "what would happen if the army returned.",
        "On the last day, at the highest pasture, an old herder asked whether we would write about the road. "
        "When we said yes, he asked us to write that it needed repair.")
d.add()
d.bio("Dr. Henrike Osei-Lund is an anthropologist at the University of Harrowmere who has worked in the Carrow "
      "Highlands since 2030. Pavel Rautio is a photographer and writer based in Carrow town.")
d.fur("", "– 4 –")
META = dict(date="2037-03-05", pub="Highland Frontier Monitor", volume=2, issue=11)
emit("i05_sibling_acronym_masthead_issue_before_volume_senior_fellow_field_report", d, [
    dict(title=I05_P, authors=["Aurelio Menske-Daba"], kind="profile", **META),
    dict(title=I05_R, authors=["Henrike Osei-Lund", "Pavel Rautio"], kind="field report", **META)],
    comments=["Open choices: `Senior Fellow` after the comma is a role, not part of the name; `Dr. NAME with NAME`",
              "names two authors; the publication is labelled in title case as the sidecar gives it (the masthead",
              "prints it in capitals); `FIELD REPORT` is a two-word label the catalogue does not fold."],
    sidecar="publication: Highland Frontier Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i06: a plain-text email newsletter (hard-wrapped at 68, paragraphs apart by blank lines): a mail header, the
# letter's name in capitals over `Issue #61 · Friday 13 March 2037` (a send count: no volume or issue), a view-in-
# browser line, a numbered list of the pieces between dashed rules; three pieces under capital labels: `ANALYSIS`
# signed under its text `—NAME`, `FIELD NOTE` with a lower-case `by NAME in PLACE` under the title, `COMMENTARY` with
# no author at all; the unsubscribe and publisher's foot.
d = Doc(68)
I06_1 = "The ferries run again, but not at night"
I06_2 = "A market day in Marrah Landing"
I06_3 = "What the amnesty figures do not say"
d.fur("From: The Watchtower Letter <letter@watchtower-letter.example>", "To: reader@postbox.example",
      "Subject: The Watchtower Letter #61: ferries, markets and the amnesty", "Date: Fri, 13 Mar 2037 07:02:11 +0000",
      "", "THE WATCHTOWER LETTER", "Issue #61 · Friday 13 March 2037",
      "A weekly letter on security in the Ebrim valley and the Sirvan Hills", "",
      "View this email in your browser: https://watchtower-letter.example/issues/61", "", "-" * 68,
      "IN THIS LETTER", f"1. {I06_1}", f"2. {I06_2}", f"3. {I06_3}", "-" * 68, "", "ANALYSIS", I06_1, "")
d.paras(1,
        "Nine weeks after gunmen set fire to the evening ferry at Dusan Kol, the boats on the Ebrim are "
        "running again, with two armed guards on each crossing and a new timetable that ends at four in "
        "the afternoon. Traders in Marrah say the early finish costs them a day's business each week, "
        "because goods that used to travel overnight now wait on the quay.",
        "The river police have been promised six more patrol boats, but none has arrived. Until they do, "
        "the daylight timetable is the only protection the crossings have, and the traders have little "
        "choice but to accept it.",
        "The larger question is whether the Ninth Banner Movement will return to the river at all. Its "
        "claim for the ferry attack was loud, but it has not struck the crossings since, and the group may "
        "have made its point: it can reach the valley's lifeline whenever it likes.")
d.fur("", "—Lennart Vasquez-Holm", "", "FIELD NOTE", I06_2, "by Cosima Ferreira-Adu in Marrah Landing", "")
d.paras(2,
        "The Thursday market at Marrah Landing opens before dawn, when the first boats from the upper river "
        "tie up below the customs shed. This week there were fewer of them than usual, and the stallholders "
        "talked of little except the new timetable and the price of diesel.",
        "A woman selling dried fish told me that her brother had stopped bringing his catch down from "
        "Dusan Kol, because he could no longer make the return trip before the ferries stopped. A spice "
        "merchant said he now paid a man to watch his goods overnight on the far bank. Nobody mentioned "
        "the armed groups by name.",
        "By mid-morning the market was as crowded as ever. Whatever the river has become, the valley still "
        "needs to buy and sell.")
d.fur("", "COMMENTARY", I06_3, "")
d.paras(3,
        "The provincial government says that eighty-seven fighters surrendered under the January amnesty. "
        "It has not said how many of them were still active, how many had already left the groups years "
        "ago, or how many have since been questioned by the police despite the promise that they would not "
        "be.",
        "Those are the numbers that matter. An amnesty that brings in only men who had already walked away "
        "tells the groups' younger fighters nothing, and one that is followed by arrests tells them "
        "everything. Until the province publishes more than a total, the amnesty will be judged by the "
        "rumours about it.")
d.fur("", "-" * 68, "You are receiving this letter because you signed up at watchtower-letter.example.",
      "Unsubscribe: https://watchtower-letter.example/unsubscribe | Update your preferences",
      "The Watchtower Letter is published by the Centre for Conflict Data, Tollgate College.",
      "Forward this letter to a colleague who might enjoy it.")
META = dict(date="2037-03-13", pub="The Watchtower Letter", volume=None, issue=None)
emit("i06_email_letter_three_pieces_signature_lowercase_by_unsigned", d, [
    dict(title=I06_1, authors=["Lennart Vasquez-Holm"], kind="analysis", **META),
    dict(title=I06_2, authors=["Cosima Ferreira-Adu"], kind="field note", **META),
    dict(title=I06_3, authors=[], kind="commentary", **META)],
    comments=["Open choices: `Issue #61` is a send count, so volume and issue stay empty (README, Numbers); the",
              "publication is the name the letter prints in its head and its foot (`The Watchtower Letter`), not the",
              "college that publishes it; the unsigned commentary has no author."])

# ---------------------------------------------------------------------------------------------------------------------
# i07: the web version of i01's second feature on the publisher's site (one line per paragraph): skip link, site
# name, menu, breadcrumb, `Feature` over the title, `Publication: Terrorism Monitor Volume: 35 Issue: 2`, `By: NAME,
# NAME`, a date with a time, a share bar, the text, `Notes` with `[n]` entries, the two authors' bio in italics in one
# paragraph, `Related` teasers, a newsletter sign-up and the copyright foot.
d = Doc()
d.fur("Skip to main content", "The Halverston Foundation", "Programs  Publications  Events  Experts  Support Us  Search",
      "Home › Publications › Terrorism Monitor › Volume 35, Issue 2", "Feature", I01_F2,
      "Publication: Terrorism Monitor Volume: 35 Issue: 2", "By: Samira Oduya, Lennart Vasquez-Holm",
      "January 22, 2037 04:15 PM", "Share  Facebook  X  LinkedIn  Email  Print")
d.web(1,
      "When Qadim Tessaly, the founder of the Ninth Banner Movement, was killed in an air strike in March 2035, many "
      "observers expected the group to split. Its commanders had been loyal to Tessaly rather than to one another, "
      "and its recruitment depended on his sermons, which circulated on cassette and later on messaging channels "
      "across the Ebrim valley [1]. Two years later, the group has not split. Instead, it has rebuilt its "
      "recruitment around a new kind of online presence.",
      "The change is visible in the group's channels. Where Tessaly's sermons were long and addressed to believers "
      "in general, the new material is short, local and personal. Videos name particular villages, show fighters "
      "who grew up there and answer questions sent in by viewers. A review of 340 posts published between June 2035 "
      "and December 2036 found that more than half mentioned a place in Kettara province by name, against fewer than "
      "one in ten of the posts in the year before Tessaly's death [2].",
      "The channels also speak directly to grievances that the group did not create. Posts about the failed amnesty "
      "of 2034, about land seized for the new dam at Harrow Gap and about the price of fuel are far more common than "
      "posts about doctrine. The group presents itself less as a religious movement than as the only body willing "
      "to stand up for the valley's villages.",
      "This shift makes the group harder to counter. Taking down channels has little effect when new ones appear "
      "within days and when the content is made by dozens of local supporters rather than by a central media "
      "office. Counter-messaging written in the capital does not speak the same language as the posts it answers. "
      "The most promising responses are local: village councils that address land and water disputes openly, and "
      "radio programmes in the valley's own dialect that give the grievances a hearing [3].",
      "The Ninth Banner Movement's survival after Tessaly is a reminder that a group's strength does not always rest "
      "on its leader. By tying itself to the everyday complaints of the Ebrim valley, it has found a source of "
      "recruits that no air strike can remove.")
d.fur("Notes")
d.web(1, "[1] Samira Oduya, \"Cassette Preachers of the Ebrim,\" Journal of Borderland Studies 12, no. 3 (2033).",
      "[2] Dataset compiled by the authors from public channels, January 2037.",
      "[3] Interview with a radio producer in Marrah Landing, December 2036.")
d.fur("*Dr. Samira Oduya is a lecturer in political communication at the University of Harrowmere, where she studies "
      "militant media in the Ebrim valley. Prof. Lennart Vasquez-Holm directs the Centre for Conflict Data at Tollgate "
      "College and is the author of Rivers of Dissent (2034).*",
      "Related", I01_F1, "Halvard Mbeki-Ross · January 22, 2037", I01_B1, "Amara Lindqvist-Obi · January 22, 2037",
      "Get the Terrorism Monitor in your inbox", "Email address", "Subscribe",
      "© 2037 The Halverston Foundation. All rights reserved.  Privacy Policy  Terms of Use  Contact")
emit("i07_web_version_feature_two_authors_by_colon_italic_joint_bio_related", d, [
    dict(title=I01_F2, authors=["Samira Oduya", "Lennart Vasquez-Holm"], kind="feature", date="2037-01-22", pub=TM,
         volume=35, issue=2)],
    comments=["Open choices: the related teasers' author-and-date lines are furniture; the italic joint bio is not",
              "text; honorifics are left out of the names."],
    sidecar="url: https://halverston.example/program/after-qadim-tessaly-ninth-banner-recruits-online/", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# i08: the web version of i03's feature, as a crawler saved it (one line per paragraph): a leading YAML block (title
# with the site's name after a dash, source, `date: unknown`, a description repeating the first sentence), a cookie
# banner, the site's menu, `Terrorism Monitor | Feature`, the title, the three authors on a line of their own
# (`NAME, NAME and NAME`), `Volume 35, Issue 6 | March 19, 2037`, the text with `[n]` markers, `Notes` with `n.`
# entries, the three authors' bios one per line after the notes, previous/next-article teasers and the foot.
d = Doc()
d.fur("---", f"title: \"{I03_F} - The Halverston Foundation\"",
      "source: https://halverston.example/program/drones-in-the-hills-kettara-armed-groups-cheap-aircraft/",
      "date: unknown",
      "description: \"In the autumn of 2035, soldiers at a border post in the Sirvan Hills reported a new kind of attack.\"",
      "---", "", "We use cookies to understand how visitors use this site. Accept all | Manage settings",
      "The Halverston Foundation", "About  Research  Terrorism Monitor  China Brief  Events  Donate",
      "Terrorism Monitor | Feature", I03_F, "Mirela Tashkent-Ojo, Bram Ekstedt and Li Wen Aravosi",
      "Volume 35, Issue 6 | March 19, 2037", "")
d.web(1,
      "In the autumn of 2035, soldiers at a border post in the Sirvan Hills reported a new kind of attack: small "
      "grenades dropped from a hobby aircraft that flew in from across the ridge, too low and too slow for the post's "
      "radar to notice.[1] By the end of 2036, the army had recorded more than two hundred such attacks in Kettara "
      "province, and every major armed group in the hills had used them.",
      "The aircraft are cheap. Most are sold as toys or as cameras for farmers and film-makers, and they reach the "
      "hills through the same smuggling routes that carry fuel and cattle. A captured workshop near Ghor Amin held "
      "parts for more than forty aircraft, along with printed clips that let a grenade be released by a switch on "
      "the controller.[2] The groups do not need foreign help to build them; a few mechanics with some practice are "
      "enough.",
      "The attacks have changed how the army works in the hills. Patrols now move at night, posts have been covered "
      "with netting, and soldiers report that the constant fear of an aircraft overhead has worn down morale more "
      "than the attacks themselves, which rarely kill anyone.[3] The groups have also used the aircraft to film "
      "their raids, and the footage has become a staple of their channels.",
      "Countering the aircraft is difficult. Jamming equipment exists, but the army has only a handful of sets and "
      "they cannot protect every post. Controlling the trade in parts would mean policing the sale of ordinary "
      "consumer goods across a border that already leaks fuel and cattle.[4] The most effective answer so far has "
      "been the simplest: posts that keep watch from the hilltops and warn each other by radio when an aircraft is "
      "seen.",
      "The spread of cheap aircraft in Kettara is part of a wider pattern, but it has local features. The groups "
      "adopted them not because they were copying others but because the aircraft fitted the way they already "
      "fought: small raids, little money, and a need to be seen.", sep=True)
d.fur("", "Notes", "")
d.web(1, "1. Army of Kettara, Eastern Command, incident summary for October 2035.",
      "2. Photographs of the Ghor Amin workshop released by the provincial police, August 2036.",
      "3. Interviews with soldiers at border posts in the Sirvan Hills, February 2037.",
      "4. Kettara Customs Service, annual report 2036, pp. 44-47.")
d.fur("", "Mirela Tashkent-Ojo is a research fellow at the Kettara Peace Observatory.",
      "Bram Ekstedt is a former army officer who now advises aid agencies on security.",
      "Li Wen Aravosi is a doctoral student at Tollgate College who studies the use of commercial technology by armed "
      "groups.", "", "‹ Previous article", I03_B2, "Next article ›", "Salt Pans and Checkpoints: The Ghor Amin Trade in 2037", "", "Tags: Kettara, Sirvan Hills, drones, Ninth Banner Movement",
      "© 2037 The Halverston Foundation · 1420 Larch Street, Suite 300 · Privacy · Accessibility")
emit("i08_web_version_crawler_yaml_unknown_date_three_authors_line_bios_after_notes", d, [
    dict(title=I03_F, authors=["Mirela Tashkent-Ojo", "Bram Ekstedt", "Li Wen Aravosi"], kind="feature",
         date="2037-03-19", pub=TM, volume=35, issue=6)],
    comments=["Open choices: the crawler's title carries the site's name after a dash, which is not part of the",
              "title; `date: unknown` is a placeholder and the date is the one the page prints; the bios (one line",
              "per author, after the notes) are not text."],
    sidecar="url: https://halverston.example/program/drones-in-the-hills-kettara-armed-groups-cheap-aircraft/",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# i09: press coverage on an invented think tank's site (one line per paragraph): logo line with the tagline, menu,
# breadcrumb, `COMMENTARY`, the title, `Posted March 3, 2037 by Dr. NAME`, a listen bar, the text citing a Terrorism
# Monitor feature, an italic closing bio with the honorific, `Topics`, `More commentary` teasers, a newsletter box,
# a disclaimer and the foot. No sidecar.
d = Doc()
I09 = "Kettara's Prisons Are Its Militants' Best Recruiters"
d.fur("Greywater Institute — Independent research on security and governance",
      "Research   Commentary   Events   Experts   About   Donate", "Home / Commentary / Security", "COMMENTARY", I09,
      "Posted March 3, 2037 by Dr. Odile Fenwick-Asante", "Listen to this article · 4 min")
d.web(1,
      "The escape of some forty prisoners from the central prison at Orvel in January has been treated in Kettara as "
      "a security failure, to be fixed with higher walls and more guards. It was that, but it was also a symptom of a "
      "deeper problem that new walls will not solve.",
      "Writing in the Terrorism Monitor last month, Yusuf Carraway-Nkem showed that the three prison breaks of the "
      "past eighteen months have freed the same network's most experienced men, and that one of them relied on a "
      "guard who carried messages for months. That is not only a story about security. It is a story about prisons "
      "where men convicted of terrorism share cells with young men held for petty theft, and where the guards are "
      "paid too little to refuse a bribe.",
      "Our own research in three of the province's prisons, carried out last year, found that fewer than a third of "
      "inmates held on terrorism charges were kept apart from the general population. In the largest prison, "
      "Kerrow, the figure was fewer than one in ten. Former inmates described being recruited on their first day by "
      "men who offered protection and food in exchange for loyalty.",
      "The government's plan for a high-security wing at Kerrow is welcome, but it will hold two hundred prisoners "
      "in a system that holds several thousand. Without separate housing, better pay for guards and programmes that "
      "give young inmates something to do besides listen to recruiters, the prisons will go on producing the "
      "militants that the army is fighting outside them.")
d.fur("_Dr. Odile Fenwick-Asante is a senior fellow in the Greywater Institute's governance programme, where she "
      "leads its work on prisons and justice in Kettara._",
      "Topics: Kettara · Prisons · Sabil al-Ward", "More commentary",
      "A dam, a drought and a valley on edge — February 24, 2037",
      "What the Vorran Strait patrols can and cannot do — February 10, 2037",
      "Stay informed: get our weekly briefing", "Your email", "Sign up",
      "The views expressed are the author's own and do not necessarily reflect those of the Greywater Institute.",
      "© 2037 Greywater Institute · Privacy · Cookie settings")
emit("i09_think_tank_posted_by_honorific_italic_bio_cites_monitor", d, [
    dict(title=I09, authors=["Odile Fenwick-Asante"], kind="commentary", date="2037-03-03", pub="Greywater Institute",
         volume=None, issue=None)],
    comments=["Open choices: the publication is the logo line's name without its tagline; Yusuf Carraway-Nkem, whose",
              "Terrorism Monitor article the piece discusses, is not an author; `Listen to this article` is",
              "furniture."], one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# i10: press coverage on an invented news site (one line per paragraph): the site's name, a cookie line,
# sections menu, breadcrumb `News › World › Kettara`, the title and a standfirst, an image with its caption and
# credit, the date as `9 March 2037 · 14:05 GMT` with `Updated` under it, a share bar, the text quoting a Terrorism
# Monitor brief, `Reporting by NAME in PLACE; Editing by NAME` at the end, `Read more` teasers, `Most read` and the
# foot.
d = Doc()
I10 = "Aid agencies halt travel through Harrow Gap after staff kidnapped"
d.fur("Corvane Post", "This site uses cookies. By continuing you agree to our cookie policy. OK",
      "News  Business  Opinion  Sport  Culture  Podcasts  Subscribe", "News › World › Kettara", I10)
d.fur("Three workers for a relief charity were seized at a checkpoint on the road to the new dam; the groups in the "
      "hills are said to be short of money",
      "Image: The road through the Harrow Gap, where the aid convoy was stopped. Photograph: Iben Sarkissian / "
      "Corvane Post", "9 March 2037 · 14:05 GMT", "Updated 9 March 2037 · 18:40 GMT",
      "Share this story  Email  Facebook  X  Copy link")
d.web(1,
      "International aid agencies working in Kettara province have suspended all travel on the road through the "
      "Harrow Gap after three employees of the Lantern Relief Trust were kidnapped at a checkpoint a week ago.",
      "The Trust's director, Maren Oyelowo-Stahl, said on Monday that the charity would not pay a ransom and was "
      "in contact with the provincial authorities. \"Our colleagues went to the valley to help people who have lost "
      "their homes,\" she said. \"We ask whoever is holding them to let them go.\"",
      "A caller claiming to speak for the Ninth Banner Movement demanded money for the workers' release two days "
      "after the abduction. The group, which has fought the provincial government from the hills east of the Ebrim "
      "river for more than a decade, has not publicly confirmed the claim.",
      "Analysts say kidnapping had largely disappeared from the province as the groups turned to taxing the "
      "smuggling of fuel and cattle. A brief in the Terrorism Monitor this month suggested that the closure of a "
      "fuel pass in January may have cut into the groups' income.",
      "Around four thousand displaced families in camps near the dam site depend on deliveries that use the road. "
      "The World Harvest Agency said it was looking at routes along the river, which would add two days to each "
      "journey.")
d.fur("Reporting by Tomasz Ekwueme in Marrah; Editing by Solveig Adebanjo-Hart", "Read more", "Ferry crossings on the Ebrim resume under armed guard",
      "Kettara amnesty ends with fewer than 90 surrenders", "Most read",
      "1. Storm closes Calloway Reach harbour for a third day", "2. The last drovers of the Carrow Highlands",
      "Corvane Post is an independent newsroom. Support our journalism from £3 a month.",
      "© Corvane Post Ltd 2037 · Terms · Privacy · Complaints · Contact us")
emit("i10_news_site_reporting_by_line_at_end_caption_credit_updated_time", d, [
    dict(title=I10, authors=["Tomasz Ekwueme"], kind="news", date="2037-03-09", pub="Corvane Post", volume=None,
         issue=None)],
    comments=["Open choices: `Reporting by NAME in PLACE; Editing by NAME` names the reporter as the author (the",
              "editor is not) and, as a credit line, is not text; the standfirst under the title is not text; the date",
              "is the first publication, not the update."],
    sidecar="url: https://corvanepost.example/news/world/kettara/aid-agencies-halt-harrow-gap-travel-kidnap", one_line=True)
