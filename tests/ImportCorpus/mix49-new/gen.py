"""mix49-new: a development set in the proportions of the hidden set, written by a helper before any run from monitors,
sites, people and places of the writer's own invention (dated 2046): three whole Terrorism Monitor issues as PDF text
with blank lines (m01-m03), two whole issues of invented sibling monitors (m04 with blank lines, a month and year only
and singular section labels; m05 printed without blank lines), two web versions of monitor articles, one article per
page (m06, m07), and five pages scraped from other kinds of sites, one line per paragraph (m08-m12).
Every file holds at least one look-alike that is not what it seems: a prose line that reads like a byline, a number in
prose that reads like a volume/issue, a heading inside an article that reads like a title.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues48-new/gen.py, copied unchanged.
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
        assert not brk or brk[0] < len(wrapped), ("break past the paragraph's end", text[:40])
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
BLANK = ""

# ---------------------------------------------------------------------------------------------------------------------
# m01: a whole Terrorism Monitor issue (PDF text, blank lines): the name, a tagline, `Volume XLIV, Issue 3 | February 6,
# 2046`, `IN THIS ISSUE:` listing `Briefs` and two features with their bylines and dotted page leaders; `BRIEFS` over a
# run of two (`By NAME`; a bare name line); feature A `By NAME`, a title-case subheading, `[n]` markers, a prose line
# `By Edda Ravensworth's own count, …` (reads like a byline), `Notes` and a bio after the Notes; feature B `By NAME and
# NAME`, prose `Volume 6, Issue 2` of a militia's newsletter, a bio of both co-authors after the text; page breaks with
# a running header (one mangled: words run together, a stray glyph) and bare page numbers; the publisher's notice.
d = Doc(82, hyph=True)
M01_A = "Salt Caravans Return to the Orrow Pass as Militia Tolls Fall"
M01_B = "Kiln Workers Strike in Dastmoor After Arrests"
M01_C = "The Drovers' Brotherhood: Recruitment Along the Tessaly Cattle Roads"
M01_D = "Why the Ossen Accord Keeps Failing in the Marsh Districts"


def m01_break(page, mangled=False):
    head = ("TerrorismMonitor VolumeXLIV \uf0b7Issue3" if mangled
            else "Terrorism Monitor Volume XLIV \u2022 Issue 3")
    return [BLANK, str(page), "\f", head, BLANK]


d.fur("TERRORISM MONITOR", "In-depth analysis of armed movements and the states that confront them", BLANK,
      "Volume XLIV, Issue 3 | February 6, 2046", BLANK, "IN THIS ISSUE:", BLANK,
      "Briefs ........................................................................ 1", BLANK,
      M01_C, "By Casimir Lund-Abara ....................................................... 3", BLANK,
      M01_D, "By Noor Halloway and Pieter Vance-Okafor .................................... 6", BLANK,
      "BRIEFS", BLANK, M01_A, BLANK, "By Aurelio Mensch-Tarr", BLANK)
d.para(1, "For three years the camel trains that carry rock salt from the Orrow flats to the valley markets paid a "
       "toll at every ridge. The Orrow Pass militia, a loose band of former border guards, collected the money in "
       "coin and sometimes in salt, and traders passed the cost on to every household in the lower valley.")
d.add()
d.para(1, "Since December the tolls have fallen by more than half. Caravan leaders interviewed in the market at "
       "Hessa say the militia has lost two of its four checkpoints to a rival clan, and that the remaining posts "
       "now accept a single payment for the whole crossing. Salt prices in Hessa dropped accordingly in January.")
d.add()
d.para(1, "The change may not last. The rival clan has announced its own schedule of fees, and the provincial "
       "governor has said nothing about restoring the police posts abandoned in 2043.")
d.fur(BLANK, M01_B, BLANK, "Yusra Penhallow", BLANK)
d.para(2, "Workers at the three brick kilns outside Dastmoor stopped work on January 22 after police detained "
       "six of their organisers on charges of supporting the banned Ember Committee. The kiln owners, who had "
       "refused a wage claim in November, say the strike is political and that the committee is behind it.",
       brk=(2, m01_break(1, mangled=True)))
d.add()
d.para(2, "The Ember Committee has carried out no attack near Dastmoor since 2044, and the families of the "
       "detained men deny any link. A court hearing is set for February 12. Until then the kilns stand idle, and "
       "the building season in the district is already three weeks late.")
d.fur(BLANK, M01_C, BLANK, "By Casimir Lund-Abara", BLANK)
d.para(3, "The cattle roads of the Tessaly uplands run for six hundred kilometres from the summer pastures to the "
       "river markets. For generations the drovers who walk them have belonged to informal associations that "
       "settle quarrels over water and grazing. One of these, known locally as the Brotherhood, has become "
       "something else: an armed body that recruits young herders and sells protection to the trading houses "
       "of the river towns.[1]")
d.add()
d.add("The Road Through Harrow Gap", 3)
d.add()
d.para(3, "The Brotherhood's strength lies where the roads narrow. At Harrow Gap every herd bound for the autumn "
       "fairs must pass a single bridge, and the Brotherhood has kept a post there since at least 2041. Herders "
       "who refuse its fee lose animals on the road; herders who pay are escorted, and their sons are offered "
       "places in the escort.[2]", brk=(3, m01_break(2)))
d.add()
d.para(3, "By Edda Ravensworth's own count, the Brotherhood has drawn some two hundred recruits in a year, most of "
       "them from the villages above Harrow Gap.")
d.add()
d.para(3, "Ravensworth, a retired police colonel who advises the upland council, told this author that most "
       "recruits are under twenty and that few of them have any grievance against the state. They join for wages "
       "and for the standing the escort gives them in their villages. That is what makes the Brotherhood hard to "
       "break up by arrests alone: every arrest opens a paid place for somebody else.[3]")
d.add()
d.add("Prospects", 3)
d.add()
d.para(3, "The upland council has proposed to license the escorts and to pay them from the fair taxes. The idea "
       "has support in the river towns, but the ministry fears that a licence would turn an armed gang into a "
       "lawful militia with a budget.")
d.fur(BLANK, "Notes", BLANK)
d.para(3, "[1] Interviews by the author with drovers and traders in Lesk and Marrowby, September and October "
       "2045.")
d.add()
d.para(3, "[2] Upland Council of Tessaly, \"Report on the Autumn Fairs,\" November 2045, pp. 11-14.")
d.add()
d.para(3, "[3] Interview with Edda Ravensworth, Lesk, October 18, 2045.")
d.add()
d.bio("Casimir Lund-Abara is a researcher at the Penmore Institute who studies pastoral economies and armed "
      "groups in the Tessaly uplands.")
d.fur(*m01_break(3), M01_D, BLANK, "By Noor Halloway and Pieter Vance-Okafor", BLANK)
d.para(4, "When the Ossen Accord was signed in the spring of 2044 it was meant to end the long quarrel between the "
       "marsh militias and the district police. Two years later the militias still man their own checkpoints, "
       "the police still keep out of the reed villages, and the accord's joint patrols have met fewer than a "
       "dozen times.")
d.add()
d.para(4, "Part of the failure is money. The accord promised the militias' fighters places in a district guard, "
       "but the guard was never funded, and the men who handed in rifles at the first ceremony received neither "
       "wages nor land. The militias' newsletter, Marsh Voice, printed their names in its Volume 6, Issue 2, "
       "under the heading \"Promises Kept by Nobody.\"", brk=(2, m01_break(4)))
d.add()
d.para(4, "The other part is trust. Each side keeps a list of killings the other committed before the accord, and "
       "each treats the accord's amnesty as covering only its own men. Until the district courts hear even one "
       "of those cases, neither list will be put away.")
d.add()
d.bio("Noor Halloway is a fellow at the Kelmscott School of Government, where she works on ceasefire "
      "agreements. Pieter Vance-Okafor is an independent analyst based in Lisle Harbour.")
d.fur(BLANK, "The Terrorism Monitor is a publication of the Corrigan Foundation. It is published twice a month. The",
      "opinions expressed are solely those of the authors. Copyright \u00a9 2046 The Corrigan Foundation.", BLANK, "5")
META = dict(date="2046-02-06", pub=TM, volume=44, issue=3)
emit("m01_tm_issue_blank_lines_contents_dotted_leaders_briefs_run_by_name_and_bare_name_line_feature_subheadings_byline_lookalike_notes_bio_after_notes_two_authors_bio_of_both_vol_issue_lookalike_mangled_header", d, [
    dict(title=M01_A, authors=["Aurelio Mensch-Tarr"], kind="brief", **META),
    dict(title=M01_B, authors=["Yusra Penhallow"], kind="brief", **META),
    dict(title=M01_C, authors=["Casimir Lund-Abara"], kind="feature", **META),
    dict(title=M01_D, authors=["Noor Halloway", "Pieter Vance-Okafor"], kind="feature", **META)],
    comments=["Open choices: `BRIEFS` is a plural section label over a run of two, so each is a brief; the two pieces",
              "listed in the contents by title under no label are features. The bare name line under the second",
              "brief's title is its byline (not text). Feature C's subheadings (`The Road Through Harrow Gap`, which",
              "reads like a title, and `Prospects`) are text; the one-line paragraph `By Edda Ravensworth's own",
              "count, …` is prose, not a byline; its notes `[n] …` are text, the `Notes` heading is not; the bio",
              "after the Notes is not text. `Volume 6, Issue 2` in feature D is a militia newsletter's, not this",
              "issue's numbering; the bio of both co-authors after D is not text. Running headers (one mangled:",
              "words run together and a stray glyph), bare page numbers, contents and the publisher's notice are",
              "furniture. Volume XLIV = 44."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m02: a whole Terrorism Monitor issue (PDF text, blank lines): the foundation over the name, `Volume XLIV • Issue 11 •
# June 4, 2046`, `In This Issue` listing two features with `by NAME` after the title, then `Briefs`; feature A under
# `BY NAME` in capitals, `[n]` markers, a prose `communiqué No. 11` (reads like an issue number), its bio after the text
# and then `NOTES`; feature B under a bare name line with a title-case subheading and a bio after the text; `BRIEFS`
# over a run of two `By NAME`, one holding a prose paragraph `By Tuesday evening Commander NAME …`; a running header
# printed only once (mangled: a stray glyph, words run together) and bare page numbers at the top of pages; no sidecar.
d = Doc(80, hyph=True)
M02_A = "Ferries, Fuel and the Lake Voss Smugglers"
M02_B = "The Quiet Collapse of the Kordun Youth Front"
M02_C = "Grenade Attack on Tallin Quay Police Post"
M02_D = "Kessary Prison Transfers Spark Hunger Strike"
d.fur("The Corrigan Foundation", "TERRORISM MONITOR", "Volume XLIV \u2022 Issue 11 \u2022 June 4, 2046", BLANK,
      "In This Issue", BLANK, f"{M02_A}   by Anwen Tallis-Rook", f"{M02_B}   by Ksenia Varro-Hale",
      "Briefs", BLANK, BLANK, M02_A, BLANK, "BY ANWEN TALLIS-ROOK", BLANK)
d.para(1, "Lake Voss is forty kilometres across at its widest, and on a calm night a fast boat can cross it in an "
       "hour. Since the border crossings at Amsel and Korrin were closed last autumn, that hour has become the "
       "most valuable stretch of water in the region. Diesel, cigarettes and, according to the border police, "
       "rifles now move across the lake in quantities the old road smugglers never managed.[1]")
d.add()
d.para(1, "The boats belong to fishing families on the northern shore, but the cargo does not. Police and "
       "fishermen alike describe a small group of buyers in the lakeside town of Orvieck who pay for each "
       "crossing in advance and arrange the landing on the far side. The Voss Liberation Army, which has fought "
       "the northern government intermittently since 2039, claimed in its communiqué No. 11 of May 2 that it "
       "\"taxes\" the trade, and it probably does.[2]", brk=(3, [BLANK, "2", BLANK,
       "Terrorism MonitorVolume XLIV\u25aaIssue 11", BLANK]))
d.add()
d.para(1, "What the border police do not have is boats. Their lake unit owns two launches, one of which has been "
       "in dry dock since March. Until that changes, closing the road crossings has simply moved the trade onto "
       "the water, where it is harder to watch and easier to tax.[3]")
d.add()
d.bio("Anwen Tallis-Rook is a journalist based in Orvieck who has reported on the lake region since 2041.")
d.fur(BLANK, "NOTES", BLANK)
d.para(1, "[1] Border Police of the Northern Province, monthly seizure summaries, January to April 2046.")
d.add()
d.para(1, "[2] Voss Liberation Army, communiqué No. 11, May 2, 2046, circulated on a messaging channel.")
d.add()
d.para(1, "[3] Interview with a border police officer, Orvieck, May 14, 2046.")
d.fur(BLANK, BLANK, M02_B, BLANK, "Ksenia Varro-Hale", BLANK)
d.para(2, "Two years ago the Kordun Youth Front could bring three thousand young men onto the streets of Kordun "
       "within an afternoon. Its leaders spoke at every funeral of a fighter killed in the hills, and its "
       "stickers covered the doors of half the shops in the old town. This spring it could not fill a hall.")
d.add()
d.add("A Movement Without a War", 2)
d.add()
d.para(2, "The Front grew out of the fighting in the Kordun hills, and it has shrunk as the fighting has faded. "
       "Since the local truce of 2045 the hill units have stopped recruiting, and the Front has lost the steady "
       "flow of funerals and grievances that gave it a purpose. Several of its organisers have taken jobs with the "
       "municipal works department.", brk=(2, [BLANK, "3", BLANK]))
d.add()
d.para(2, "None of this means that the Front's members have changed their minds. Its online channels remain "
       "active, and the police say a handful of former members have travelled to the southern front. But as a "
       "street movement able to fill a square, the Front appears to be finished.")
d.add()
d.bio("Ksenia Varro-Hale is a sociologist at the University of Brenholt who studies youth movements.")
d.fur(BLANK, "BRIEFS", BLANK, M02_C, BLANK, "By Mateus Orrell-Quine", BLANK)
d.para(3, "A grenade thrown from a passing motorbike wounded two officers at the police post on Tallin Quay on "
       "the night of May 28. No group has claimed the attack. The post had been reopened only a week earlier "
       "after a year's closure.")
d.add()
d.para(3, "By Tuesday evening Commander Lio Brandt had ordered the quay closed to motor traffic after dark.")
d.fur(BLANK, M02_D, BLANK, "By Halima Drost", BLANK)
d.para(4, "Forty-one prisoners at Kessary have refused food since May 20 in protest at their transfer from the "
       "city jail, where their families could visit them weekly. Most are held on charges of membership of the "
       "Kordun hill units. The justice ministry says the transfers were ordered to relieve overcrowding.")
d.add()
d.para(4, "Lawyers for the prisoners have asked the regional court to order their return. A hearing is set for "
       "June 9.")
d.fur(BLANK, "Terrorism Monitor is published twice monthly by the Corrigan Foundation. \u00a9 2046.", BLANK, "4")
META = dict(date="2046-06-04", pub=TM, volume=44, issue=11)
emit("m02_tm_issue_blank_lines_foundation_over_name_contents_by_after_title_caps_byline_communique_no_lookalike_bio_then_notes_bare_name_subheading_header_once_mangled_briefs_by_tuesday_lookalike", d, [
    dict(title=M02_A, authors=["Anwen Tallis-Rook"], kind="feature", **META),
    dict(title=M02_B, authors=["Ksenia Varro-Hale"], kind="feature", **META),
    dict(title=M02_C, authors=["Mateus Orrell-Quine"], kind="brief", **META),
    dict(title=M02_D, authors=["Halima Drost"], kind="brief", **META)],
    comments=["Open choices: the two pieces the contents list by title under no label are features; `Briefs` /",
              "`BRIEFS` is a plural section label over a run of two, so each is a brief. `BY ANWEN TALLIS-ROOK` is a",
              "byline in capitals, written in its proper case. Feature A's bio comes after its text and before",
              "`NOTES` (not text); its notes `[n] …` are text, the `NOTES` heading is not; `communiqué No. 11` is a",
              "group's numbering in prose, not this issue's. The bare name line under B's title is its byline; its",
              "subheading `A Movement Without a War` is text. The one-line paragraph `By Tuesday evening Commander",
              "Lio Brandt …` is prose (text). The running header (printed once, mangled) and the page numbers at",
              "the top of pages are furniture. Volume XLIV = 44."])

# ---------------------------------------------------------------------------------------------------------------------
# m03: a whole Terrorism Monitor issue (PDF text, blank lines): the name, `A Corrigan Foundation Publication`,
# `VOLUME XLIV, ISSUE 19 — OCTOBER 1, 2046`, `IN THIS ISSUE:` with entries `p. N – Title` (a feature's authors after
# a comma); `BRIEFS` over a run of three (`By NAME`, `BY NAME`, a bare name line); feature A `By NAME and NAME` with
# `[n]` markers, a quoted leaflet line in capitals `BY THE HAND OF THE …` (reads like a byline), `Notes` and a bio of
# both co-authors after the Notes; feature B `By NAME` with a title-case subheading with a colon (reads like a title),
# prose `Bulletin, Vol. 3, No. 7` (reads like a volume/issue) and a bio after the text; running footers (one mangled:
# words run together) over page numbers; the publisher's notice; sidecar.
d = Doc(84, hyph=True)
M03_A = "Rail Saboteurs Strike the Merrivale Line Again"
M03_B = "Vellin Governor Lifts Curfew in Three Districts"
M03_C = "Arms Cache Found Under Abbey Ruins at Sostra"
M03_D = "The Mountain Council and the Politics of the High Pastures"
M03_E = "After the Flood: Who Governs the Lower Tamsin Delta?"


def m03_foot(page, mangled=False):
    foot = ("TerrorismMonitor|VolumeXLIV,Issue19|TheCorriganFoundation" if mangled
            else "Terrorism Monitor | Volume XLIV, Issue 19 | The Corrigan Foundation")
    return [BLANK, foot, str(page), "\f"]


d.fur("Terrorism Monitor", "A Corrigan Foundation Publication", BLANK,
      "VOLUME XLIV, ISSUE 19 \u2014 OCTOBER 1, 2046", BLANK, "IN THIS ISSUE:", BLANK,
      "p. 1 \u2013 Briefs", f"p. 3 \u2013 {M03_D}, by Orla Fenwick-Diallo and Tobias Reinholt",
      f"p. 6 \u2013 {M03_E}, by Marguerite Oyelowo", BLANK, "BRIEFS", BLANK, M03_A, BLANK, "By Sander Quillfeather",
      BLANK)
d.para(1, "Saboteurs cut the Merrivale railway for the third time this year on the night of September 19, removing "
       "a length of rail on the embankment south of Colvey. A freight train carrying fertiliser derailed at low "
       "speed; its crew escaped unhurt. The line, which links the coalfields to the port, was closed for four days.")
d.add()
d.para(1, "The railway police blame the Colvey Workers' Defence, a small armed group formed after the mine closures "
       "of 2043. The group has not commented.")
d.fur(BLANK, M03_B, BLANK, "BY PIA LEVANDER-MOSS", BLANK)
d.para(2, "The governor of Vellin province lifted the night curfew in three of its seven districts on September 25, "
       "citing a fall in attacks on district offices since June. The curfew remains in force in the four border "
       "districts, where the army says armed groups still cross from the hills at night.",
       brk=(2, m03_foot(1)))
d.add()
d.para(2, "Shopkeepers in the district towns welcomed the decision. Evening trade had almost disappeared since the "
       "curfew was imposed in the spring of 2045.")
d.fur(BLANK, M03_C, BLANK, "Jonas Albrecht-Kaya", BLANK)
d.para(3, "Police searching the ruins of the old abbey at Sostra found some sixty rifles, ammunition and a quantity "
       "of explosive buried beneath the floor of the chapter house. Villagers had reported lights among the ruins "
       "in August. No arrests have been made.")
d.fur(BLANK, M03_D, BLANK, "By Orla Fenwick-Diallo and Tobias Reinholt", BLANK)
d.para(4, "In the high pastures above Vellin, the Mountain Council has for three years collected grazing dues, "
       "settled disputes over water and punished thieves. The provincial government calls it an armed group; the "
       "shepherds who pay it call it the only authority that climbs higher than the tree line.[1]")
d.add()
d.para(4, "The Council's leaflets, posted on the doors of summer huts each June, set out the dues for the season "
       "and the punishments for theft. Each ends with the same line, printed in capitals:")
d.add()
d.add("BY THE HAND OF THE MOUNTAIN COUNCIL", 4)
d.add()
d.para(4, "The Council has avoided open fighting with the army and has twice handed over men wanted for killings "
       "in the valley, which has given it a standing that no other armed group in the province enjoys.[2] It "
       "has also begun to tax the timber trucks that use the pass roads, a step that brings it into direct "
       "competition with the provincial treasury.", brk=(3, m03_foot(2, mangled=True)))
d.add()
d.para(4, "Whether the government tolerates that competition will decide whether the Council remains a rough "
       "mountain administration or becomes the insurgency the government already says it is.[3]")
d.fur(BLANK, "Notes", BLANK)
d.para(4, "[1] Interviews by the authors with shepherds at Altenfeld and Korwe summer camps, July 2046.")
d.para(4, "[2] Vellin Provincial Police, press statements of March 4 and May 30, 2046.")
d.para(4, "[3] Provincial Treasury of Vellin, \"Forest Revenue Account, First Half of 2046,\" August 2046.")
d.add()
d.bio("Orla Fenwick-Diallo is a senior researcher at the Lowmarsh Centre for Conflict Studies. Tobias Reinholt "
      "is a doctoral candidate at the University of Esterbrook, where he writes on pastoral land disputes.")
d.fur(*m03_foot(3), BLANK, M03_E, BLANK, "By Marguerite Oyelowo", BLANK)
d.para(5, "When the Tamsin burst its banks in April, the water took more than rice fields and roads. It took the "
       "delta's last functioning district offices, and with them the government's claim to run the lower "
       "islands. Six months later the islands are governed, in practice, by whoever controls the boats.")
d.add()
d.add("Boats, Rice and Rifles: The New Order on the Islands", 5)
d.add()
d.para(5, "Three groups now compete for that role: the fishermen's cooperatives, a network of relief committees "
       "run from the mosques of the upper delta, and the Tamsin Shore Guard, an armed group that appeared in "
       "May. The regional council's own Bulletin, Vol. 3, No. 7, lists the Shore Guard among the bodies "
       "distributing food aid, without comment.", brk=(2, m03_foot(4)))
d.add()
d.para(5, "The Shore Guard's rise owes much to the relief effort itself. Aid convoys need escorts on the river, and "
       "the Guard offered them. Each escort fee has made it richer and each delivery has made it more familiar. "
       "The provincial police have not entered the lower islands since the flood.")
d.add()
d.para(5, "Reopening the district offices would cost little. Until it happens, the delta will be run by the men "
       "with boats, and some of those men carry rifles.")
d.add()
d.bio("Marguerite Oyelowo is a journalist who has covered the Tamsin delta for eleven years.")
d.fur(*m03_foot(5), "The Terrorism Monitor is a publication of the Corrigan Foundation. The views in it are the authors'",
      "own. \u00a9 2046 The Corrigan Foundation. All rights reserved.")
META = dict(date="2046-10-01", pub=TM, volume=44, issue=19)
emit("m03_tm_issue_blank_lines_contents_page_dash_title_comma_authors_briefs_run_of_three_by_caps_bare_name_two_authors_leaflet_caps_by_lookalike_notes_bio_of_both_after_notes_colon_subheading_bulletin_vol_no_lookalike_mangled_footer", d, [
    dict(title=M03_A, authors=["Sander Quillfeather"], kind="brief", **META),
    dict(title=M03_B, authors=["Pia Levander-Moss"], kind="brief", **META),
    dict(title=M03_C, authors=["Jonas Albrecht-Kaya"], kind="brief", **META),
    dict(title=M03_D, authors=["Orla Fenwick-Diallo", "Tobias Reinholt"], kind="feature", **META),
    dict(title=M03_E, authors=["Marguerite Oyelowo"], kind="feature", **META)],
    comments=["Open choices: `BRIEFS` is a plural section label over a run of three, so each is a brief; the two",
              "pieces the contents list by title under no label are features. `BY PIA LEVANDER-MOSS` is a byline in",
              "capitals (proper case), the bare name line under the third brief's title its byline. The leaflet",
              "line `BY THE HAND OF THE MOUNTAIN COUNCIL` is quoted text of feature D, not a byline; D's notes are",
              "text, the `Notes` heading is not; the bio of both co-authors after the Notes is not text. Feature E's",
              "subheading `Boats, Rice and Rifles: The New Order on the Islands` (reads like a title) is text;",
              "`Bulletin, Vol. 3, No. 7` is a council's numbering in prose. Running footers (one mangled: words run",
              "together), page numbers, contents and the publisher's notice are furniture. Volume XLIV = 44."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m04: a whole issue of an invented sibling monitor, *Thessmark Coast Monitor* (PDF text, blank lines), its name printed
# in capitals, the centre's line, `No. 22 · April 2046` (an issue number and only a month and year), `CONTENTS` with
# entries `LABEL — Title .... N`; singular section labels: `BRIEF` over a piece `By NAME`, `BRIEF` over a piece under a
# bare name line, `ANALYSIS` over a piece `By NAME` with `[n]` markers, a quotation closed by an attribution line
# `— Captain NAME, master of …` (reads like a signature), a running footer between two halves of a sentence, `Notes`
# and a bio after the Notes; `COMMENTARY` over a piece `By NAME` with prose `Notice to Mariners No. 22 of 2046` (reads
# like the issue number) and a title-case subheading; the centre's notice; no sidecar.
d = Doc(78, hyph=True)
TCM = "Thessmark Coast Monitor"
M04_A = "Pirate Skiffs Sighted Off the Corran Banks"
M04_B = "Port Selby Dockers End Their Boycott of Navy Ships"
M04_C = "Escorts Without Ships: The Thessmark Convoy Scheme in Its First Year"
M04_D = "The Coast Guard Needs a Law, Not More Boats"


def m04_foot(page):
    return [BLANK, f"Thessmark Coast Monitor \u00b7 No. 22 \u00b7 April 2046 \u00b7 {page}", "\f"]


d.fur("THESSMARK COAST MONITOR", "Reporting and analysis from the Brannock Centre for Maritime Security", BLANK,
      "No. 22 \u00b7 April 2046", BLANK, "CONTENTS", BLANK,
      f"BRIEF \u2014 {M04_A} .......... 1", f"BRIEF \u2014 {M04_B} .......... 1",
      f"ANALYSIS \u2014 {M04_C} .......... 2", f"COMMENTARY \u2014 {M04_D} .......... 4", BLANK,
      "BRIEF", BLANK, M04_A, BLANK, "By Rhiannon Castellane", BLANK)
d.para(1, "Fishing crews returning to Corran harbour in the last week of March reported three fast skiffs, each "
       "carrying armed men, shadowing the trawler fleet on the outer banks. The skiffs approached two trawlers but "
       "turned away when a coast guard cutter came into view.")
d.add()
d.para(1, "It is the first such sighting on the banks since 2043. The harbour master has asked the fleet to sail "
       "in groups of at least four.")
d.fur(BLANK, "BRIEF", BLANK, M04_B, BLANK, "Emeric Dunsany-Obi", BLANK)
d.para(2, "Dockers at Port Selby voted on March 30 to end their eight-month refusal to handle navy supply ships. "
       "The boycott began after a navy patrol boat collided with a dockers' launch last summer, killing one man. "
       "The navy has agreed to pay compensation to his family and to open its inquiry report to the union.")
d.fur(BLANK, "ANALYSIS", BLANK, M04_C, BLANK, "By Lucienne Arbogast", BLANK)
d.para(3, "A year ago the coastal authority launched its convoy scheme: merchant ships bound for the northern "
       "ports would gather off Cape Morrow and sail together under escort through the Thessmark narrows. The "
       "scheme was meant to end the boardings that had made the narrows the most feared stretch of the coast.[1]")
d.add()
d.para(3, "The boardings have indeed fallen, from nineteen in the year before the scheme to six in the year since. "
       "But the escorts have rarely been warships. More often they have been hired tugs carrying private guards, "
       "because the navy could spare only two corvettes for the narrows and both spent much of the winter in "
       "repair.[2]", brk=(3, m04_foot(2)))
d.add()
d.para(3, "Ship masters are unimpressed by the tugs. One of them, whose tanker sailed in convoy four times this "
       "winter, put it plainly:")
d.add()
d.para(3, "\"A tug with four guards will not stop a boarding. It will only give the pirates someone else to "
       "shoot at.\"")
d.add("\u2014 Captain Ines Morvaal, master of the Grey Heron", 3)
d.add()
d.para(3, "The scheme's real achievement may be the gathering itself. Ships that wait off Cape Morrow for a convoy "
       "no longer cross the narrows alone at night, and the pirate crews, who rely on finding a single ship in the "
       "dark, have had fewer chances.[3]")
d.fur(BLANK, "Notes", BLANK)
d.para(3, "[1] Coastal Authority of Thessmark, \"Convoy Scheme: Operating Orders,\" March 2045.")
d.add()
d.para(3, "[2] Figures from the Brannock Centre's incident register, March 2044 to March 2046.")
d.add()
d.para(3, "[3] Interviews by the author with ship masters at Port Selby, February 2046.")
d.add()
d.bio("Lucienne Arbogast is a maritime security analyst at the Brannock Centre and a former merchant navy "
      "officer.")
d.fur(*m04_foot(3), BLANK, "COMMENTARY", BLANK, M04_D, BLANK, "By Gideon Marwick-Sall", BLANK)
d.para(4, "Every winter the coast guard asks for more boats, and every spring the ministry finds money for one or "
       "two. The problem is not the number of boats. It is that a coast guard officer who stops a suspect skiff "
       "has no clear power to search it, and a court that later hears the case has no clear power to convict.")
d.add()
d.add("A Power to Search, and a Court to Hear", 4)
d.add()
d.para(4, "The latest Notice to Mariners No. 22 of 2046 tells masters to report suspicious craft, but it cannot "
       "tell the coast guard what to do with them. Parliament should pass the maritime security bill that has "
       "sat in committee since 2044, and give the district courts of the coast jurisdiction over offences at sea.")
d.fur(BLANK, "The Thessmark Coast Monitor is published monthly by the Brannock Centre for Maritime Security.",
      "Views expressed are those of the authors. \u00a9 2046 Brannock Centre.", BLANK, "4")
META = dict(date="2046-04-01", pub=TCM, volume=None, issue=22)
emit("m04_sibling_blank_lines_caps_name_no_month_year_only_contents_label_dash_title_singular_brief_analysis_commentary_quote_attribution_lookalike_footer_mid_sentence_bio_after_notes_notice_no_lookalike", d, [
    dict(title=M04_A, authors=["Rhiannon Castellane"], kind="brief", **META),
    dict(title=M04_B, authors=["Emeric Dunsany-Obi"], kind="brief", **META),
    dict(title=M04_C, authors=["Lucienne Arbogast"], kind="analysis", **META),
    dict(title=M04_D, authors=["Gideon Marwick-Sall"], kind="commentary", **META)],
    comments=["Open choices: the masthead prints the name in capitals; the publication is its proper form",
              "`Thessmark Coast Monitor` (as the footers and the notice print it). `No. 22 · April 2046` is issue 22",
              "with no volume, dated the first of the month. Each singular section label (`BRIEF`, `BRIEF`,",
              "`ANALYSIS`, `COMMENTARY`) covers the one piece under it and is its kind. The bare name line under the",
              "second brief's title is its byline. In the analysis, the quotation and its attribution line",
              "`— Captain Ines Morvaal, master of the Grey Heron` are text (she is quoted, not an author); its notes",
              "are text, the `Notes` heading is not, the bio after the Notes is not. The commentary's subheading",
              "is text; `Notice to Mariners No. 22 of 2046` is prose. Footers, page numbers, contents and the",
              "centre's notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# m05: a whole issue of an invented sibling monitor, *Arvenne Corridor Monitor*, printed WITHOUT blank lines (PDF text):
# the trust's line over the name, `Vol. 9 — No. 14 — 17 July 2046`, `Inside:` listing `In Focus`, a feature and `At a
# Glance`; `IN FOCUS` over a piece `By NAME` with a title-case subheading, `[n]` markers, prose `between Checkpoint 9
# and Checkpoint 14` (reads like volume/issue), its bio after the text and then `Notes`; a piece under no label with a
# bare name line and a prose paragraph opening `Posted by the transport ministry …` (reads like a byline); `AT A
# GLANCE` over a run of two, one `By NAME`, one unsigned; running headers (one mangled: words run together) with page
# numbers between two halves of sentences; the trust's notice; sidecar.
d = Doc(80, hyph=True)
ACM = "Arvenne Corridor Monitor"
M05_A = "Two Tolls on One Road: The Arvenne Corridor Under Divided Control"
M05_B = "Grain Silos as Front Lines in the Upper Arvenne"
M05_C = "Bus Station Bomb Defused in Torrens"
M05_D = "Border Market at Kleff Reopens"


def m05_head(page, mangled=False):
    return ["ArvenneCorridorMonitor Vol.9\u2014No.14 " + str(page) if mangled
            else f"Arvenne Corridor Monitor   Vol. 9 \u2014 No. 14   page {page}"]


d.fur("The Halden Trust for Regional Studies", "ARVENNE CORRIDOR MONITOR", "Vol. 9 \u2014 No. 14 \u2014 17 July 2046",
      "Inside:", "In Focus: " + M05_A, M05_B, "At a Glance: Torrens, Kleff", "IN FOCUS", M05_A, "By Dariusz Okonjo-Reyes")
d.para(1, "A lorry that leaves the river port of Salve for the mountain towns now pays twice for the same road. "
       "The army collects a transit fee at the Salve bridge, and the Arvenne Popular Front collects its own "
       "between Checkpoint 9 and Checkpoint 14, where the road climbs out of the valley into the hills the Front "
       "has held since 2044.[1]")
d.para(1, "Drivers do not complain about the amounts, which are small. They complain about the waiting: the two "
       "sides check papers at different times and in different ways, and a lorry that misses the Front's morning "
       "window may wait until evening.", brk=(2, m05_head(2)))
d.add("How the Front Sets Its Fees", 1)
d.para(1, "The Front publishes a schedule of fees by weight and cargo, printed on cards that drivers keep on the "
       "dashboard. Medicines and school books pass free; fuel pays the most. The schedule has not changed since "
       "January, which the drivers' union counts as a sign that the Front values predictability over revenue.[2]")
d.para(1, "A negotiated single toll, shared between the two sides, has been proposed by the drivers' union. Neither "
       "side has answered.")
d.bio("Dariusz Okonjo-Reyes is a fellow of the Halden Trust who has studied trade across the Arvenne front lines "
      "since 2042.")
d.fur("Notes")
d.para(1, "[1] Interviews by the author with lorry drivers at Salve, May and June 2046.")
d.para(1, "[2] Arvenne Drivers' Union, circular to members, February 2046.")
d.fur(M05_B, "Henrike Salvesen")
d.para(2, "The grain silos of the upper Arvenne valley were built in the 1990s to store the harvest of the whole "
       "province. Today four of the seven stand on the front line, and both sides treat them as positions rather "
       "than stores. Farmers who once sold their wheat to the silos now sell it to traders at the roadside, at "
       "half the price.", brk=(3, m05_head(3, mangled=True)))
d.para(2, "Posted by the transport ministry on its notice board at Salve, a list of silos \"temporarily closed\" "
       "has not been updated since 2044. Agronomists in the valley estimate that a third of this year's harvest "
       "will be sold outside the province.")
d.fur("AT A GLANCE", M05_C, "By Ottilie Brandvold")
d.para(3, "Police defused a bomb left in a sports bag at the Torrens bus station on July 11. The bag was reported "
       "by a ticket clerk. Nobody has claimed responsibility.")
d.fur(M05_D)
d.para(4, "The weekly market at Kleff, on the border with the hill districts, reopened on July 8 after a closure "
       "of five months. Traders from both sides of the line attended under the eyes of two monitors from the "
       "provincial council.")
d.fur("The Arvenne Corridor Monitor is published fortnightly by the Halden Trust for Regional Studies.",
      "\u00a9 2046 The Halden Trust. Views expressed are those of the authors.")
META = dict(date="2046-07-17", pub=ACM, volume=9, issue=14)
emit("m05_sibling_no_blank_lines_trust_over_name_vol_no_dashes_inside_list_in_focus_subheading_checkpoint_lookalike_bio_then_notes_unlabelled_bare_name_posted_by_lookalike_at_a_glance_signed_and_unsigned_mangled_header", d, [
    dict(title=M05_A, authors=["Dariusz Okonjo-Reyes"], kind="feature", **META),
    dict(title=M05_B, authors=["Henrike Salvesen"], kind="feature", **META),
    dict(title=M05_C, authors=["Ottilie Brandvold"], kind="brief", **META),
    dict(title=M05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so masthead, contents and the first page run on in",
              "one block. `IN FOCUS` over a longer piece names a feature; the second piece, listed by title under no",
              "label, is a feature too; `AT A GLANCE` over a run of two short pieces makes each a brief (the second",
              "unsigned: authors empty). The bare name line under the second piece's title is its byline. The",
              "subheading `How the Front Sets Its Fees` is text; `between Checkpoint 9 and Checkpoint 14` and the",
              "paragraph `Posted by the transport ministry …` are prose. The bio after the first piece's text and",
              "before `Notes` is not text; its notes are, the heading is not. Running headers (one mangled), the",
              "contents and the trust's notice are furniture. The name is printed in capitals in the masthead; the",
              "publication is its proper form, as the notice prints it."],
    sidecar="publication: Arvenne Corridor Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m06: the web version of m01's feature C on the foundation's site (one line per paragraph): skip link, site menu,
# breadcrumb `Home » Programs » Terrorism Monitor » Features`, the title, `Publication: Terrorism Monitor Volume: 44
# Issue: 3`, `By: NAME`, `February 6, 2046 04:15 PM Age: 2 days`, a share bar, an image caption with its source, the
# article with `[n]` markers, a title-case subheading and the prose line `By Edda Ravensworth's own count, …`, `Notes`,
# the author's bio box, related articles with dates, a subscribe blurb and the footer; sidecar `url:`.
d = Doc()
d.fur("Skip to main content", "The Corrigan Foundation", "Home", "Programs", "Terrorism Monitor", "China Brief",
      "Events", "Analysts", "Support Us", "Search", "Home \u00bb Programs \u00bb Terrorism Monitor \u00bb Features",
      M01_C, "Publication: Terrorism Monitor Volume: 44 Issue: 3", "By: Casimir Lund-Abara",
      "February 6, 2046 04:15 PM Age: 2 days", "Share", "Facebook", "X", "LinkedIn", "Email", "Print",
      "Drovers bring a herd over the bridge at Harrow Gap, October 2045. (Source: Upland Council of Tessaly)")
d.web(1, "The cattle roads of the Tessaly uplands run for six hundred kilometres from the summer pastures to the "
      "river markets. For generations the drovers who walk them have belonged to informal associations that settle "
      "quarrels over water and grazing. One of these, known locally as the Brotherhood, has become something else: "
      "an armed body that recruits young herders and sells protection to the trading houses of the river "
      "towns.[1]",
      "The Road Through Harrow Gap",
      "The Brotherhood's strength lies where the roads narrow. At Harrow Gap every herd bound for the autumn fairs "
      "must pass a single bridge, and the Brotherhood has kept a post there since at least 2041. Herders who refuse "
      "its fee lose animals on the road; herders who pay are escorted, and their sons are offered places in the "
      "escort.[2]",
      "By Edda Ravensworth's own count, the Brotherhood has drawn some two hundred recruits in a year, most of them "
      "from the villages above Harrow Gap.",
      "Ravensworth, a retired police colonel who advises the upland council, told this author that most recruits "
      "are under twenty and that few of them have any grievance against the state. They join for wages and for the "
      "standing the escort gives them in their villages. That is what makes the Brotherhood hard to break up by "
      "arrests alone: every arrest opens a paid place for somebody else.[3]",
      "Prospects",
      "The upland council has proposed to license the escorts and to pay them from the fair taxes. The idea has "
      "support in the river towns, but the ministry fears that a licence would turn an armed gang into a lawful "
      "militia with a budget.")
d.fur("Notes")
d.web(1, "[1] Interviews by the author with drovers and traders in Lesk and Marrowby, September and October 2045.",
      "[2] Upland Council of Tessaly, \"Report on the Autumn Fairs,\" November 2045, pp. 11-14.",
      "[3] Interview with Edda Ravensworth, Lesk, October 18, 2045.")
d.fur("About the Author", "Casimir Lund-Abara",
      "Casimir Lund-Abara is a researcher at the Penmore Institute who studies pastoral economies and armed groups "
      "in the Tessaly uplands.",
      "Related Articles", "Why the Ossen Accord Keeps Failing in the Marsh Districts", "February 6, 2046",
      "Salt Caravans Return to the Orrow Pass as Militia Tolls Fall", "February 6, 2046",
      "Herders, Hostages and the Winter Pastures of Lesk", "November 21, 2045",
      "Get the Terrorism Monitor in your inbox twice a month. Subscribe now",
      "The Corrigan Foundation", "1200 Harwell Street NW, Suite 610, Washington, DC 20099",
      "\u00a9 2046 The Corrigan Foundation. All rights reserved.", "Privacy Policy", "Terms of Use", "Contact")
emit("m06_web_tm_feature_menu_breadcrumb_features_publication_volume_issue_line_by_colon_date_age_share_bar_caption_subheading_byline_lookalike_notes_bio_box_related_subscribe_footer", d, [
    dict(title=M01_C, authors=["Casimir Lund-Abara"], date="2046-02-06", kind="feature", pub=TM, volume=44,
         issue=3)],
    comments=["Open choices: the web version of m01's feature C. The breadcrumb's last item `Features` is the",
              "genre (singular: feature), as the issue files it. `Publication: … Volume: 44 Issue: 3` gives the",
              "numbering, `By:` the author, the date line with its time and age the date. The image caption with",
              "its source, share bar, bio box, related articles (with their dates), subscribe blurb and footer are",
              "furniture; the subheadings and the line `By Edda Ravensworth's own count, …` are text; the notes are",
              "text, the `Notes` heading is not."],
    sidecar="url: https://corrigan-foundation.example/program/the-drovers-brotherhood-recruitment-along-the-tessaly-cattle-roads/",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m07: the web version of m04's analysis on the centre's site (one line per paragraph): a cookie banner, the site name,
# a menu on one line with bars, `You are here: Home / Publications / Thessmark Coast Monitor / Analysis`, the label
# `ANALYSIS` over the title, a byline line `NAME | DATE | Thessmark Coast Monitor No. 22`, a share line, the article
# with `[n]` markers and the quotation's attribution line (reads like a signature), `Notes`, an `About the author` box,
# `Read next` teasers, the charity footer; no sidecar.
d = Doc()
d.fur("We use cookies to understand how visitors use this site. Accept all | Reject non-essential | Settings",
      "Brannock Centre for Maritime Security", "Menu", "Research | Monitors | Events | People | Contact | Donate",
      "You are here: Home / Publications / Thessmark Coast Monitor / Analysis", "ANALYSIS", M04_C,
      "Lucienne Arbogast | 14 April 2046 | Thessmark Coast Monitor No. 22",
      "Share this: Facebook | LinkedIn | Email | Copy link")
d.web(1, "A year ago the coastal authority launched its convoy scheme: merchant ships bound for the northern ports "
      "would gather off Cape Morrow and sail together under escort through the Thessmark narrows. The scheme was "
      "meant to end the boardings that had made the narrows the most feared stretch of the coast.[1]",
      "The boardings have indeed fallen, from nineteen in the year before the scheme to six in the year since. But "
      "the escorts have rarely been warships. More often they have been hired tugs carrying private guards, because "
      "the navy could spare only two corvettes for the narrows and both spent much of the winter in repair.[2]",
      "Ship masters are unimpressed by the tugs. One of them, whose tanker sailed in convoy four times this winter, "
      "put it plainly:",
      "\"A tug with four guards will not stop a boarding. It will only give the pirates someone else to shoot at.\"",
      "\u2014 Captain Ines Morvaal, master of the Grey Heron",
      "The scheme's real achievement may be the gathering itself. Ships that wait off Cape Morrow for a convoy no "
      "longer cross the narrows alone at night, and the pirate crews, who rely on finding a single ship in the dark, "
      "have had fewer chances.[3]")
d.fur("Notes")
d.web(1, "[1] Coastal Authority of Thessmark, \"Convoy Scheme: Operating Orders,\" March 2045.",
      "[2] Figures from the Brannock Centre's incident register, March 2044 to March 2046.",
      "[3] Interviews by the author with ship masters at Port Selby, February 2046.")
d.fur("About the author",
      "Lucienne Arbogast is a maritime security analyst at the Brannock Centre and a former merchant navy officer.",
      "View all posts by Lucienne Arbogast", "Read next",
      "Pirate Skiffs Sighted Off the Corran Banks \u2192", "The Coast Guard Needs a Law, Not More Boats \u2192",
      "Brannock Centre for Maritime Security is a registered charity, no. 1188402.",
      "\u00a9 Brannock Centre 2046 \u00b7 Privacy \u00b7 Accessibility \u00b7 Sitemap")
emit("m07_web_sibling_analysis_cookie_banner_bar_menu_you_are_here_breadcrumb_label_over_title_name_bar_date_bar_monitor_number_share_line_quote_attribution_lookalike_notes_about_the_author_read_next_charity_footer", d, [
    dict(title=M04_C, authors=["Lucienne Arbogast"], date="2046-04-14", kind="analysis", pub=TCM, volume=None,
         issue=22)],
    comments=["Open choices: the web version of m04's analysis. `ANALYSIS` over the title (and the breadcrumb's last",
              "item) is the kind. The line `NAME | DATE | Thessmark Coast Monitor No. 22` gives the author, the date",
              "the page prints (2046-04-14, not the issue's month) and the issue number 22 with no volume; the",
              "publication is the monitor, not the centre. The quotation and its attribution line are text; the",
              "notes are text, `Notes` is not. Cookie banner, menu, share line, bio box, `View all posts`, teasers",
              "and footer are furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m08: a think tank's analysis scraped with a crawler's YAML block (`title` with the site-name suffix after a bar,
# `source`, `date`, `description`), then a cookie banner, the site name and menu, the label `Analysis` over the title,
# a line of three names, a date line, the article with reference markers glued to words and sentence ends, a title-case
# subheading, a prose paragraph opening `Written by the mission's chief observer, NAME, …` (reads like a byline),
# prose `Report No. 7` (reads like an issue number), `References` over entries `N. Title – Site, accessed DATE, URL`,
# a disclaimer, share links, related items and the footer; sidecar `url:`.
d = Doc()
M08 = "Counting the Cost of Quiet: Ceasefire Monitoring in the Dravic Hills"
d.fur("---", f"title: \"{M08} | Aldercroft Policy Institute\"",
      "source: https://aldercroft-institute.example/analysis/counting-the-cost-of-quiet",
      "date: 2046-03-12",
      "description: \"Three years into the Dravic ceasefire, its monitors count violations they cannot stop.\"",
      "---",
      "This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. OK",
      "Aldercroft Policy Institute", "Research Experts Events Publications About Donate", "Analysis", M08,
      "Maren Holt-Achebe, Idris Fenwright and Solveig Marr", "12 March 2046")
d.web(1, "When the Dravic ceasefire was signed in the spring of 2043, its authors placed their hopes in a small "
      "civilian mission that would watch the line of contact and report every breach. Three years on, the mission "
      "has counted more than four thousand violations, most of them rifle fire across the valley floor at night.1",
      "The count has not fallen, yet the number of people killed along the line has dropped by two thirds since the "
      "first year.2 The mission's figures therefore say less about whether the ceasefire is holding than about how "
      "each side has learned to break it without provoking the other.",
      "What the Monitors Cannot See",
      "Written by the mission's chief observer, Petra Langholm, the mission's Report No. 7 concedes that its teams "
      "patrol only by day and only on roads cleared of mines. Most violations are heard, not seen, and are "
      "attributed to a side by the direction of the sound.",
      "Both armies have exploited those blind spots. Villagers in Korsk and Ullen describe drones that fly only "
      "after dusk and engineering works moved forward under cover of fog, none of which appears in the mission's "
      "tables.3",
      "Three changes would help: night-vision equipment for the patrols, a standing channel between the two "
      "commands for reporting incidents as they happen, and publication of the raw reports rather than quarterly "
      "summaries.")
d.fur("References")
d.web(1, "1. Quarterly Report on the Line of Contact, January\u2013March 2046 \u2013 Dravic Monitoring Mission, "
      "accessed 2 March 2046, https://dravic-mission.example/reports/q1-2046",
      "2. Casualty Figures Along the Dravic Line, 2043\u20132045 \u2013 Hollin Casualty Project, accessed 28 February "
      "2046, https://hollin-project.example/dravic/casualties",
      "3. Night Movements in the Upper Dravic Valley \u2013 Korsk Community Radio, accessed 5 March 2046, "
      "https://korsk-radio.example/news/night-movements")
d.fur("The views expressed in this analysis are those of the authors and do not necessarily reflect those of the "
      "Aldercroft Policy Institute.",
      "Share: Facebook Twitter LinkedIn Email", "Related", "Ceasefire Lines That Last: Lessons From Six Cases",
      "The Dravic Talks After Three Years", "Sign up for our newsletter",
      "\u00a9 2046 Aldercroft Policy Institute \u00b7 Privacy \u00b7 Terms")
emit("m08_think_tank_yaml_block_title_bar_suffix_cookie_banner_label_over_title_three_names_line_glued_markers_subheading_written_by_lookalike_report_no_lookalike_references_accessed_disclaimer_related", d, [
    dict(title=M08, authors=["Maren Holt-Achebe", "Idris Fenwright", "Solveig Marr"], date="2046-03-12",
         kind="analysis", pub="Aldercroft Policy Institute")],
    comments=["Open choices: the crawler's block is metadata, not text; the title is its title without the site",
              "suffix (and as the page prints it). `Analysis` over the title is the kind. The line of three names",
              "names the authors. Markers glued to words and sentence ends are part of their lines. The subheading",
              "`What the Monitors Cannot See` is text; the paragraph opening `Written by the mission's chief",
              "observer, Petra Langholm, …` is prose (she is no author); `Report No. 7` is the mission's numbering,",
              "not the page's. `References` is the notes heading (not text); its entries are text. The disclaimer,",
              "cookie banner, share line, related items, newsletter prompt and footer are furniture."],
    sidecar="url: https://aldercroft-institute.example/analysis/counting-the-cost-of-quiet", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m09: a local news site scraped with a crawler's YAML block of `unknown` placeholders (title, date, description; the
# source is real), then `Subscribe | Sign in`, the masthead, a menu, `News › Region`, the title, `By NAME`, `Published
# DATE, TIME | Updated …`, a photo credit, the story with a prose paragraph opening `By Thursday, …` (reads like a
# byline), prose `Bylaw 14/2046` (reads like a volume/issue), a subheading that reads like a headline, `Previous
# article` / `Next article` teasers, a subscribe blurb, a promotional line and the footer; no sidecar.
d = Doc()
M09 = "Ferry terminal at Gullholm reopens after bomb threat"
d.fur("---", "title: unknown", "source: https://northgate-courier.example/news/region/2046/05/03/gullholm-ferry-terminal",
      "date: unknown", "description: unknown", "---", "Subscribe | Sign in", "The Northgate Courier",
      "News  Sport  Business  Opinion  Weather  Obituaries", "News \u203a Region", M09, "By Tamsin Ekwueme-Hart",
      "Published 3 May 2046, 18:42 | Updated 3 May 2046, 21:05",
      "Passengers wait outside the Gullholm terminal on Saturday afternoon. Photo: Arlo Penrith")
d.web(1, "The ferry terminal at Gullholm reopened on Saturday evening, six hours after it was evacuated when a caller "
      "told the harbour office that a bomb had been left in the departure hall.",
      "Police searched the building and two moored ferries with dogs and found nothing. About four hundred "
      "passengers waited in the car park and on the sea wall while the search went on.",
      "\"We take every call seriously, and we will keep doing so,\" said Inspector Roald Fennimore of the harbour "
      "police. He said the call had been traced to a public telephone in the old town.",
      "By Thursday, ferry operator Caldwick Lines had already asked the council to install barriers at the "
      "terminal entrance after a similar call last month.",
      "Third threat since March",
      "Saturday's call was the third to the harbour office since March. Under Bylaw 14/2046, adopted by the council "
      "in April, the terminal must now be cleared within fifteen minutes of any threat.",
      "Services to the outer islands ran about three hours late into the night. Caldwick Lines said Sunday's "
      "timetable would run as normal.")
d.fur("Previous article", "Harbour dredging to start in June, council confirms", "Next article",
      "Gullholm school wins regional chess title", "Get the Courier's morning briefing in your inbox. Sign up free",
      "Support local journalism: subscribe from \u00a31 a week.",
      "\u00a9 2046 Northgate Courier Ltd. All rights reserved. | Contact us | Complaints | Privacy")
emit("m09_news_site_yaml_block_unknown_placeholders_subscribe_sign_in_menu_news_region_by_name_published_updated_photo_credit_by_thursday_lookalike_bylaw_number_lookalike_subheading_previous_next_promo", d, [
    dict(title=M09, authors=["Tamsin Ekwueme-Hart"], date="2046-05-03", kind="news",
         pub="The Northgate Courier")],
    comments=["Open choices: the crawler's block says `unknown` for title, date and description: placeholders, not",
              "values; the title and date come from the page (`Published 3 May 2046` over `Updated …`). `News ›",
              "Region` gives the kind news. The masthead prints `The Northgate Courier` (the copyright line's",
              "`Northgate Courier Ltd` is the company). The photo caption with its credit is furniture. The",
              "paragraph `By Thursday, ferry operator …` is text; `Bylaw 14/2046` is prose; the subheading `Third",
              "threat since March` is text. Teasers, briefing prompt, promotion and footer are furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m10: a one-author blog (one line per paragraph): the blog's name and tagline, a menu, the label `Essay` over the
# title, `Posted DATE by NAME`, a placeholder `Loading…`, the essay with word-processor roman-numeral endnote markers
# `[[i]](URL#_ednN)`, a title-case subheading, a paragraph opening `Posted to the border in 2041 by the interior
# ministry, …` (reads like the posted line), the endnotes `[[i]](URL#_ednrefN) …` with no heading, a share block, a
# `Like Loading...` line, an error placeholder, a comment prompt and the footer; no sidecar.
d = Doc()
M10 = "The Sergeant Who Kept a Ledger"
U10 = "https://borderlands-notebook.example/2046/08/21/the-sergeant-who-kept-a-ledger/"
d.fur("The Borderlands Notebook", "Notes on frontiers, smugglers and the people who police them",
      "Home | Archive | About | Contact", "Essay", M10, "Posted 21 August 2046 by Benedikt Aurell-Osei", "Loading\u2026")
d.web(1, "Every border post I have visited keeps a ledger, and most of them are fiction. The one at Vasken Ford was "
      f"different, because the sergeant who kept it wrote down what actually crossed.[[i]]({U10}#_edn1)",
      "Posted to the border in 2041 by the interior ministry, Sergeant Halvor Teague arrived at Vasken Ford with "
      "orders to stop the cigarette trade and a budget that would not buy fuel for his one truck.",
      "A Ledger of Everything",
      "Teague's ledger recorded every vehicle, every bribe offered and refused, and, in a separate column, every "
      "bribe he believed his own men had taken. He sent a copy to the district office each month. Nobody there "
      f"read it.[[ii]]({U10}#_edn2)",
      "When the smugglers' convoys began to carry rifles as well as cigarettes in 2044, the ledger was the only "
      "record that showed it. It was read at last by the commission of inquiry into the Vasken shootings, which "
      f"quoted it on eleven pages of its report.[[iii]]({U10}#_edn3)",
      "Teague retired last year. His ledger is still the best account of how a border post turns, slowly and "
      "without anybody deciding it, from a barrier into a toll booth.",
      f"[[i]]({U10}#_ednref1) I visited Vasken Ford three times, in 2043, 2044 and 2045.",
      f"[[ii]]({U10}#_ednref2) Copies of the ledger for 2042 and 2043 were shown to me by Teague in June 2046.",
      f"[[iii]]({U10}#_ednref3) Commission of Inquiry into the Vasken Shootings, Final Report, vol. 2, "
      "pp. 41-63.")
d.fur("Share this:", "Email", "Print", "Facebook", "Like Loading...", "Related",
      "Oops! Something went wrong while loading these posts. Reload", "Leave a comment",
      "Blog at Quillhost. | Privacy & Cookies")
emit("m10_blog_tagline_essay_label_posted_date_by_name_loading_placeholder_roman_word_processor_endnotes_posted_to_lookalike_subheading_notes_no_heading_share_like_error_placeholder", d, [
    dict(title=M10, authors=["Benedikt Aurell-Osei"], date="2046-08-21", kind="essay",
         pub="The Borderlands Notebook")],
    comments=["Open choices: `Essay` over the title is the kind; `Posted 21 August 2046 by NAME` gives date and",
              "author. The paragraph `Posted to the border in 2041 by the interior ministry, Sergeant …` is text",
              "(he is the subject, not the author). The subheading `A Ledger of Everything` is text. The roman",
              "endnotes `[[i]](…#_ednrefN) …` printed after the essay with no heading are text. The tagline,",
              "`Loading…`, share block, `Like Loading...`, the error placeholder, comment prompt and footer are",
              "furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m11: a ministry's press release (one line per paragraph): a cookie banner with two buttons, the government's name
# over the ministry's, a menu, `Home / News / Press releases`, `Press release` over the title, `From: Ministry …` and
# `Published: DATE`, the release with a prose line `By order of the court, …` (reads like a byline), prose `Case
# 9/14` (reads like volume/issue), a title-case subheading that reads like a headline, a `Media enquiries` block, a
# `Was this page useful? Yes No` bar and the government footer; sidecar `url:`.
d = Doc()
M11 = "Eleven charged after raids on arms workshops in Kettleby and Marsh End"
d.fur("We'd like to set additional cookies to understand how you use this site.", "Accept additional cookies",
      "Reject additional cookies", "Republic of Orsenna", "Ministry of Public Safety",
      "Home  Policing  Borders  Emergencies  News  Contact", "Home / News / Press releases", "Press release", M11,
      "From: Ministry of Public Safety", "Published: 9 October 2046")
d.web(1, "Eleven people have been charged with manufacturing and supplying firearms after police raided two "
      "workshops in Kettleby and Marsh End on 6 October.",
      "Officers recovered forty-two pistols in various stages of assembly, machine tools, and a quantity of "
      "ammunition. Investigators believe the workshops supplied weapons to armed groups in the northern districts "
      "over at least two years.",
      "A Network Built on Spare Parts",
      "The investigation, recorded as Case 9/14 by the organised crime unit, began in February when customs "
      "officers at Port Orsa found pistol frames hidden in a consignment of bicycle parts.",
      "By order of the court, the names of two of the accused, who are under eighteen, are withheld.",
      "The Minister of Public Safety, Agathe Strömvall, said: \"These workshops put guns in the hands of people who "
      "have used them against our police and our towns. Closing them is a blow to every armed group that bought "
      "from them.\"",
      "The accused will appear before the Kettleby district court on 14 October.")
d.fur("Media enquiries", "Press office: +99 20 7946 0113", "press@public-safety.orsenna.example",
      "Was this page useful? Yes No", "Report a problem with this page",
      "All content is available under the Open Government Licence, except where otherwise stated",
      "\u00a9 Republic of Orsenna")
emit("m11_ministry_press_release_cookie_buttons_government_over_ministry_breadcrumb_label_from_published_by_order_lookalike_case_number_lookalike_subheading_media_enquiries_useful_bar", d, [
    dict(title=M11, authors=[], date="2046-10-09", kind="press release", pub="Ministry of Public Safety")],
    comments=["Open choices: `Press release` over the title is the kind. `From: Ministry of Public Safety` names",
              "the issuing body, which outranks the government's name over it and the copyright line; the release",
              "names no author (the minister is quoted, the press office is a contact). The line `By order of the",
              "court, …` is text; `Case 9/14` is prose; the subheading `A Network Built on Spare Parts` is text.",
              "The cookie banner, menu, media block, feedback bar and footer are furniture."],
    sidecar="url: https://orsenna.example/government/news/eleven-charged-after-raids-on-arms-workshops", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# m12: a research centre's field report scraped with a crawler's YAML block (`title` with the site-name suffix after a
# dash, `source`, `date`, `description`), then a newsletter bar, the centre's name, a menu, `Field Report` over the
# title, the date, an image credit, a map placeholder, the report with reference markers glued to words and sentence
# ends, a subheading, a prose paragraph opening `By Colonel NAME's order, …` (reads like a byline), prose `Well 44,
# Sector 3` (reads like volume/issue), `Sources` over
# `N. Title – Site, accessed DATE, URL` entries, an italic closing bio with the honorific `Dr` (the only place the
# author is named), a funding disclaimer, a `Download PDF` line, and a footer; no sidecar.
d = Doc()
M12 = "Water Points and Armed Escorts in the Sorrel Steppe"
d.fur("---", f"title: \"{M12} \u2014 Harrowfield Centre for Peace Research\"",
      "source: https://harrowfield-centre.example/publications/field-reports/water-points-armed-escorts",
      "date: 2046-11-04",
      "description: \"How control of wells shapes the armed groups of the Sorrel steppe.\"", "---",
      "Stay informed: sign up for our monthly digest \u2192", "Harrowfield Centre for Peace Research",
      "About  Research  Field Reports  Data  Events  Contact", "Field Report", M12, "4 November 2046",
      "Image: a water point near Tarsk, September 2046. Credit: Harrowfield Centre / Leni Osterhout",
      "[Interactive map: this content is not available in your browser]")
d.web(1, "In the Sorrel steppe, where rain falls on perhaps twenty days a year, whoever holds a well holds the "
      "people who depend on it. Over the past two years three armed groups have come to control most of the "
      "region's water points, and the herding families of the steppe now pay them for water as they once paid "
      "the state.1",
      "Who Holds the Wells",
      "The largest group, the Sorrel Guard, holds some sixty wells along the old caravan route. Its men escort "
      "water tankers to the outlying camps and charge for each load. The guard's accounts, seen by this author, "
      "list Well 44, Sector 3 as its most profitable single point.2",
      "By Colonel Anselm Rietvald's order, the army withdrew from the last of its steppe garrisons in 2045, "
      "leaving the wells without any state presence at all.",
      "The families we met did not describe the armed groups as occupiers. They described them as suppliers, "
      "unreliable and expensive but better than nothing.3 Any attempt to restore state control that begins by "
      "cutting off the water trade will be felt first by the herders.")
d.fur("Sources")
d.web(1, "1. Rainfall Records for the Sorrel Steppe, 2030\u20132045 \u2013 National Weather Office, accessed 12 "
      "October 2046, https://weather-office.example/data/sorrel",
      "2. Interviews and document review by the author, Tarsk and Ulmen camps, September 2046.",
      "3. Herders and Water in the Southern Steppe \u2013 Steppe Livelihoods Network, accessed 20 October 2046, "
      "https://steppe-livelihoods.example/reports/herders-water")
d.fur("*Dr Ysolde Marchetti-Kwan is a senior researcher at the Harrowfield Centre for Peace Research, where she "
      "leads its work on resources and armed conflict.*",
      "This field report was made possible by a grant from the Lindqvist Trust. The views expressed are the "
      "author's alone.",
      "Download PDF (1.2 MB)", "Harrowfield Centre for Peace Research is an independent research institute.",
      "\u00a9 2046 Harrowfield Centre \u00b7 Privacy policy \u00b7 Cookie settings")
emit("m12_research_centre_yaml_block_title_dash_suffix_digest_bar_field_report_label_date_image_credit_map_placeholder_glued_markers_subheading_by_colonel_lookalike_well_sector_lookalike_sources_accessed_italic_bio_dr_only_author_disclaimer", d, [
    dict(title=M12, authors=["Ysolde Marchetti-Kwan"], date="2046-11-04", kind="field report",
         pub="Harrowfield Centre for Peace Research")],
    comments=["Open choices: the crawler's block is metadata; the title drops the site suffix after the dash.",
              "`Field Report` over the title is the kind (two words, as printed, singular). The page prints no",
              "byline: the italic closing bio names the author, without `Dr`; the bio is not text. The image",
              "credit and the map placeholder are furniture. The subheading `Who Holds the Wells` is text; the",
              "paragraph `By Colonel Anselm Rietvald's order, …` is prose; `Well 44, Sector 3` is prose.",
              "`Sources` is the notes heading (not text); its entries are text. The digest bar, funding",
              "disclaimer, download line and footer are furniture."],
    one_line=True)
