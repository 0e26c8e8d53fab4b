"""mix53-new: twelve raw files in the proportions of the hidden set of issue 6, written by a helper before any run from
monitors, sites, people and places of the writer's own invention (dated 2047), in shapes chosen to differ from
mix49-new to mix52-new: three whole Terrorism Monitor issues as PDF text with blank lines (r01-r03), two whole issues
of invented sibling monitors (r04 with blank lines, r05 without, paragraphs opened by an indent), two web versions of
monitor articles (r06 of r01's first feature, r07 of r04's backgrounder) and five pages scraped from other kinds of
sites (r08-r12), one line per paragraph.
New here: mastheads `Vol. XLV · Issue 6` over `Published 19 March 2047`, `ISSUE 14 | VOLUME 45` over `July 9th, 2047`,
an ISO date and `No. 21 / Vol. XLV` on one line, `Year 3 · Issue 9`, `Vol. II · No. XVII`; contents with the author
first, none at all, a summary line under each title, roman-numbered entries, `What follows:`; bylines with honorifics
(`Dr.`, `Prof.`, `Lt. Col. (ret.)`), `Written by`, a starred name with its bio at the page foot, `Contributed by`, a
signature in brackets, `NAME, PLACE`, `NAME reports from PLACE`, a lead author in brackets, lower-case `by`, `Prepared
by`, a post-nominal `PhD`, names over a slash, `Compiled by`, `Story by`, `Interview by`, `Words: … | Pictures: …`,
authors one per line with roles; notes as superscripts with a `NOTES` list `1 …`, `[n]` under `ENDNOTES`, `(n)` under
`Sources`, bracketed roman numerals; crawler blocks with an `author:` field; an obituary with comments, an NGO report
page with a `Key findings` heading, a magazine interview with prefixed answers, a trade paper's news story.
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
B = lambda *xs: list(xs)

# ---------------------------------------------------------------------------------------------------------------------
# r01: a Terrorism Monitor issue, PDF text with blank lines: the foundation in capitals over the name, `Vol. XLV  ·
# Issue 6` over `Published 19 March 2047`; `IN THIS ISSUE` of entries with the AUTHORS FIRST, `NAMES · Title · N`, and
# `Elsewhere: three short items · 8`; feature A `By Dr. NAME and Prof. NAME` with superscript markers, a subheading, a
# `NOTES` list `1 …` (no stop), bios of both co-authors after the notes opening with their honorifics; feature B
# `By NAME*` with the starred bio at the foot of its first page; `ELSEWHERE` (a section name) over three short pieces
# (`Contributed by NAME`; a signature in brackets; unsigned); alternating running headers (`N    TERRORISM MONITOR` on
# even pages, `Vol. XLV · Issue 6    N` on odd), one mangled; look-alikes: a paragraph opening `By-laws adopted by the
# pass council …`, `Recorded by a preacher …`, `set 45, tape 6`; sidecar.
d = Doc(84, hyph=True)
R01_A = "The Toll Keepers of the Dravan Pass"
R01_B = "Sermons on Cassette: An Old Medium Returns to Lower Sarrow"
R01_C = "Ferry Crews Strike After Hijacking on Lake Ummel"
R01_D = "Militia Disbands in Three Villages of Corlow District"
R01_E = "Curfew Lifted in Hesk After Nine Weeks"
d.fur("THE ASHGROVE FOUNDATION", "", "TERRORISM MONITOR", "Vol. XLV  \u00b7  Issue 6", "Published 19 March 2047", "",
      "IN THIS ISSUE", "",
      f"Hollis Varga-Lund and Ottilie Prest \u00b7 {R01_A} \u00b7 1",
      f"Casimir Odunsi \u00b7 {R01_B} \u00b7 5",
      "Elsewhere: three short items \u00b7 8", "", "", R01_A, "",
      "By Dr. Hollis Varga-Lund and Prof. Ottilie Prest", "")
d.para(1, "Every lorry that climbs the Dravan Pass now stops twice before it reaches the watershed. The first stop "
       "is the customs post the government rebuilt in 2045; the second, four kilometres higher, is a wooden barrier "
       "kept by men of the Sayed Hill Brigade, who collect a fee in cash and issue a stamped slip in return.\u00b9")
d.add()
d.para(1, "The brigade calls the fee a maintenance levy. Drivers call it the second customs. Either way it has become "
       "the brigade's largest single source of money, and the way it is collected tells us a good deal about how "
       "the group now thinks of itself: less as an insurgency than as an authority with a road to run.")
d.add()
d.para(1, "By-laws adopted by the pass council in 2044 set the toll at a fixed sum for each axle, and the brigade has "
       "kept to that schedule with some care. Drivers interviewed for this article said the barrier is rarely "
       "the place where they are cheated; the delays are longer at the government post below.\u00b2",
       brk=(2, ["", "\f", "2    TERRORISM MONITOR", ""]))
d.add()
d.add("A Tariff Written in Chalk", 1)
d.add()
d.para(1, "At the barrier itself the rates are written in chalk on a board nailed to the guard hut, and they change "
       "with the seasons. Grain lorries pay less at harvest; fuel tankers pay more in winter, when the lower road "
       "through Mestany is closed by snow and the pass is the only way north.")
d.add()
d.para(1, "The chalkboard is a small thing, but it is a public schedule, and public schedules are what governments "
       "keep. The brigade's commanders have understood that a predictable toll buys more loyalty from the traders "
       "of the valley than any sermon, and they have been careful never to raise it without notice.\u00b3",
       brk=(3, ["", "\f", "Vol. XLV \u00b7 Issue 6    3", ""]))
d.add()
d.para(1, "For the government the lesson is uncomfortable. Closing the barrier by force would cut the brigade's "
       "income but also the valley's trade, and the ministry has no plan to replace either.")
d.add()
d.add("NOTES", 0)
d.add()
d.para(1, "1 Interviews by the authors with eleven lorry drivers at the Mestany truck stop, November 2046.")
d.para(1, "2 Pass Council of Upper Dravan, Schedule of Levies, undated copy seen by the authors.")
d.para(1, "3 Ministry of Transport, Annual Report on Mountain Roads 2046, p. 41.")
d.add()
d.bio("Dr. Hollis Varga-Lund is a senior research fellow at the Ashgrove Foundation, where she studies armed groups "
      "that tax trade.")
d.add()
d.bio("Prof. Ottilie Prest teaches political economy at the University of Carrowgate and has written two books on "
      "mountain borderlands.")
d.fur("", "\f", "4    TERRORISM MONITOR", "", R01_B, "", "By Casimir Odunsi*", "")
d.para(2, "In the bazaars of Lower Sarrow the cassette tape has come back. Stalls that sold mobile phone cards two "
       "years ago now sell rows of plastic cases with hand-written labels, and the men who buy them are mostly "
       "young.")
d.add()
d.para(2, "The reason is simple. Since the provincial authorities began inspecting phones at checkpoints in 2045, "
       "a sermon kept on a memory card has become a risk; a tape in a glovebox is not worth a second look.")
d.fur("", "__________")
d.bio("* Casimir Odunsi is a journalist based in Orrun who has reported on the Sarrow valley since 2039.")
d.fur("", "\f", "Vol. XLV \u00b7 Issue 6    5", "")
d.para(2, "Recorded by a preacher who signs himself only as the Teacher of Orrun, the most popular tapes are sold in "
       "numbered sets. Traders say set 45, tape 6, a long sermon on obedience to local commanders, is the one "
       "most often copied, and copies of copies now circulate with the hiss of their many generations.")
d.add()
d.para(2, "The content of the sermons is less extreme than their reputation. They dwell on honest trade, on prayer "
       "and on the duty to settle quarrels through the elders, and only rarely mention the state. What makes them "
       "useful to the armed groups of the valley is the network that sells them, which also carries messages, "
       "money and, according to two traders, the names of informers.",
       brk=(3, ["", "\f", "6    TERRORISM MONITOR", ""]))
d.add()
d.para(2, "The provincial police have so far seized tapes only twice. A ban would be easy to announce and very "
       "hard to enforce in markets where the same stall sells batteries, tea and cassette players.")
d.fur("", "\f", "Vol.XLV\u00b7Issue6  \u2021 7", "", "ELSEWHERE", "", R01_C, "", "Contributed by Selwyn Achterberg", "")
d.para(3, "Ferry crews on Lake Ummel stopped work on Monday after gunmen seized a passenger boat near the island of "
       "Tressin and held its crew for six hours. No one was hurt, but the gunmen took the day's takings and the "
       "boat's radio.")
d.add()
d.para(3, "The crews' union says its members will not sail until the lake police put an officer on every crossing. "
       "The police say they have eight boats for a lake two hundred kilometres long.")
d.fur("", R01_D, "")
d.para(4, "Village councils in Ardo, Pellin and Sum Marra have announced that the self-defence militia raised in "
       "their villages in 2043 will hand its rifles to the district police. The councils say the militia is no "
       "longer needed now that the army holds the ridge above the villages.")
d.add()
d.para(4, "District officials welcomed the decision but admitted that only forty of some two hundred rifles have "
       "so far been handed in.")
d.fur("(Ines Dorrance)", "", R01_E, "")
d.para(5, "The authorities in Hesk lifted the night curfew on Saturday, nine weeks after it was imposed following "
       "the bombing of the town's bus station. Shops on the main square stayed open until midnight for the first "
       "time since January.")
d.add()
d.para(5, "The governor said checkpoints at the four entrances to the town will remain in place.")
d.fur("", "\f", "8    TERRORISM MONITOR", "",
      "The Terrorism Monitor is published twice a month by the Ashgrove Foundation, 210 Pellham Row NW, Washington,",
      "DC 20099. Opinions are the authors' own. \u00a9 2047 The Ashgrove Foundation. All rights reserved.")
META = dict(date="2047-03-19", pub=TM, volume=45, issue=6)
emit("r01_tm_issue_vol_roman_issue_published_date_contents_authors_first_honorific_coauthors_superscripts_bios_after_notes_starred_bio_page_foot_elsewhere_run_alternating_headers", d, [
    dict(title=R01_A, authors=["Hollis Varga-Lund", "Ottilie Prest"], kind="feature", **META),
    dict(title=R01_B, authors=["Casimir Odunsi"], kind="feature", **META),
    dict(title=R01_C, authors=["Selwyn Achterberg"], kind="brief", **META),
    dict(title=R01_D, authors=["Ines Dorrance"], kind="brief", **META),
    dict(title=R01_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol. XLV · Issue 6` over `Published 19 March 2047` is volume 45, issue 6, 2047-03-19;",
              "the two long pieces are listed by title under no label, so each is a feature; `ELSEWHERE` is a",
              "section name over three short pieces, so each is a brief; `Dr.` and `Prof.` are left out of the names;",
              "the superscript markers stay in the text lines, the `NOTES` heading is not text, its entries `1 …`",
              "are; both bios after the notes and the starred bio at the foot of feature B's first page (with its",
              "rule) are not text; the star is not part of the name; `Contributed by NAME` names its author; the",
              "second brief's signature `(Ines Dorrance)` names its author and is not text; the third is unsigned;",
              "the alternating running headers (one mangled), the form feeds, the contents and the notice are",
              "furniture; `By-laws adopted …`, `Recorded by a preacher …` and `set 45, tape 6` are prose."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# r02: a Terrorism Monitor issue, PDF text with blank lines: the name over `ISSUE 14 | VOLUME 45` (issue first, in
# capitals) over `July 9th, 2047` (an ordinal date), the foundation's line; NO contents; `COMMENTARIES` (a plural
# genre) over two long pieces: A `Written by NAME`, `[n]` markers, `ENDNOTES` with `[n]` entries and a bio after them;
# B `By Lt. Col. (ret.) NAME & NAME`, a subheading, `About the authors:` one paragraph of both (a sentence each) after
# the text; `DISPATCHES` (a plural genre) over two short pieces (`NAME, PLACE` on a line of its own; `NAME reports
# from PLACE`); the running footer printed ONCE, mangled, other page breaks print only `N / 8`; look-alikes: a
# paragraph opening `Written by a committee of clerics, …`, `45-14` painted on trucks; no sidecar.
d = Doc(82, hyph=True)
R02_A = "Why the Vashti Accord Is Failing in the Hill Districts"
R02_B = "Drones for Hire: The Private Air Forces of the Ostrel Cartels"
R02_C = "Night Markets Return to Old Velsk"
R02_D = "A Quiet Funeral in Harrowmouth"
d.fur("TERRORISM MONITOR", "ISSUE 14 | VOLUME 45", "July 9th, 2047",
      "A publication of the Ashgrove Foundation \u00b7 Washington, DC", "", "", "COMMENTARIES", "", R02_A, "",
      "Written by Agathe Rimmon-Szabo", "")
d.para(1, "Eighteen months after it was signed, the Vashti Accord has delivered what its authors promised in the "
       "cities of the plain: fewer bombings, a functioning court in every district capital and a slow return of "
       "displaced families. In the hill districts it has delivered almost nothing.[1]")
d.add()
d.para(1, "The accord assumed that the armed groups of the hills would follow their leaders in the capital into "
       "politics. Most did not. The commanders who signed in Vashti had spent the war abroad, and the men who "
       "fought it in the hills owed them little.", brk=(2, ["", "\f", "2 / 8", ""]))
d.add()
d.para(1, "Written by a committee of clerics, the charter that the largest hill faction published in May rejects "
       "the accord in a single sentence and spends nine pages on grazing rights, water and the price of "
       "fertiliser. It reads less like a manifesto than like a list of grievances a ministry could answer.[2]")
d.add()
d.para(1, "That is the opening the government has so far missed. Its negotiators still speak only to the men who "
       "signed in Vashti, and its development money still flows through the district capitals, where the "
       "commanders of the hills will not go.")
d.add()
d.add("ENDNOTES", 0)
d.add()
d.para(1, "[1] Office of the Peace Commissioner, Second Review of the Vashti Accord, February 2047, pp. 3\u20138.")
d.para(1, "[2] Charter of the Hill Councils, dated 2 May 2047; copy held by the author.")
d.add()
d.bio("Agathe Rimmon-Szabo is a fellow of the Ashgrove Foundation and was a mediator in the Vashti talks until 2045.")
d.fur("", "\f", "3 / 8", "", R02_B, "", "By Lt. Col. (ret.) Bram Okafor-Lind & Sunniva Haldane", "")
d.para(2, "The cartels of the Ostrel coast have acquired an air force. It consists of perhaps sixty commercial "
       "drones, bought in pieces abroad and assembled in workshops behind the fish markets, and it is flown by "
       "young men who learned their trade on farms spraying crops.")
d.add()
d.para(2, "The drones are used mostly for watching: the coast guard's patrol boats, rival smugglers' landing "
       "beaches and the roads out of the port. But in March one of them dropped a grenade on a police launch at "
       "Kell Harbour, and the coast guard now assumes any drone it sees is armed.",
       brk=(3, ["", "TerrorismMonitor|Issue14|Volume45 \u25ca July9th,2047", "", "\f"]))
d.add()
d.add("Pilots on a Payroll", 2)
d.add()
d.para(2, "What makes the cartels' air force unusual is not its equipment but its organisation. The pilots are paid "
       "a monthly wage, work in shifts and are given numbers rather than names; investigators at Kell found the "
       "code 45-14 painted on the side of a van used to launch them, which they believe identifies a crew rather "
       "than a vehicle.")
d.add()
d.para(2, "For the coast guard, jamming is the obvious answer and an expensive one. A cheaper answer may lie on "
       "land: the parts still come through the port, in crates declared as farm equipment.")
d.add()
d.bio("About the authors: Bram Okafor-Lind served for twenty-two years in the coast guard of Ostrel and "
      "commanded its air wing. Sunniva Haldane is a researcher at the Ashgrove Foundation who studies organised "
      "crime at sea.")
d.fur("", "\f", "5 / 8", "", "DISPATCHES", "", R02_C, "", "Ines Dorrance, Velsk", "")
d.para(3, "For the first time since the siege, the night market in the old quarter of Velsk opened on Friday. "
       "About forty stalls sold grilled fish, cloth and phone cases under strings of bulbs run from a single "
       "generator.")
d.add()
d.para(3, "Traders said the city's police had promised patrols until two in the morning. Few shoppers stayed "
       "that late.")
d.fur("", R02_D, "", "Tomasz Elgin reports from Harrowmouth", "")
d.para(4, "The commander of the Harrowmouth militia, killed last week in an ambush on the coast road, was buried "
       "on Tuesday in a small ceremony attended by his family and a few dozen of his men.")
d.add()
d.para(4, "His deputy, who spoke briefly at the grave, did not mention revenge. Residents took that as a sign that "
       "the militia wants the truce with the port authority to hold.",
       brk=(1, ["", "\f", "6 / 8", ""]))
d.fur("", "Ashgrove Foundation \u2014 Terrorism Monitor. Reproduction only with written permission.")
META = dict(date="2047-07-09", pub=TM, volume=45, issue=14)
emit("r02_tm_issue_no_contents_issue_before_volume_ordinal_date_commentaries_written_by_endnotes_rank_honorific_ampersand_about_the_authors_dispatches_footer_once_mangled", d, [
    dict(title=R02_A, authors=["Agathe Rimmon-Szabo"], kind="commentary", **META),
    dict(title=R02_B, authors=["Bram Okafor-Lind", "Sunniva Haldane"], kind="commentary", **META),
    dict(title=R02_C, authors=["Ines Dorrance"], kind="dispatch", **META),
    dict(title=R02_D, authors=["Tomasz Elgin"], kind="dispatch", **META)],
    comments=["Open choices: `ISSUE 14 | VOLUME 45` over `July 9th, 2047` is volume 45, issue 14, 2047-07-09; the",
              "issue prints no contents; `COMMENTARIES` (a plural genre) names each of its two pieces commentary and",
              "`DISPATCHES` each of its two pieces dispatch; `Lt. Col. (ret.)` is left out of the name; `NAME, PLACE`",
              "and `NAME reports from PLACE` on lines of their own are bylines (not text); the `ENDNOTES` heading and",
              "the bios (after the endnotes; `About the authors:` of both) are not text, the `[n]` entries and the",
              "subheading are; the mangled footer printed once, the `N / 8` page numbers and the closing notice are",
              "furniture; `Written by a committee of clerics, …` and `45-14` are prose."])

# ---------------------------------------------------------------------------------------------------------------------
# r03: a Terrorism Monitor issue, PDF text with blank lines: an ISO date at the left and `No. 21 / Vol. XLV` at the
# right on ONE line over the name and a tagline; `SUMMARY` of entries with a one-sentence summary indented under each
# title (`Special report — Title`, a title alone, `Across the Region — three items`); `SPECIAL REPORT` over one long
# piece by `NAME (lead author), NAME`, `(n)` markers glued after stops, `Sources` of `(n) …` entries, no bio; a piece
# listed by title under no label, lower-case `by NAME`, a subheading that reads like a title, its bio after the text in
# italics marks; `ACROSS THE REGION` (a section name) over three (`— NAME` under the title; `By NAME and NAME`; `Staff
# report`); running headers `N   TM XLV-21 · 12 November 2047`, one mangled; look-alikes: `Lot 21 of Survey Volume
# 45`, `Reported by fishermen …`; sidecar.
d = Doc(86, hyph=True)
R03_A = "The Hostage Market of the Tarnish Coast"
R03_B = "The Surveyors of Esk Valley"
R03_C = "Border Crossing at Malden Reopens to Trucks"
R03_D = "Two Journalists Freed in Orsk After Eleven Days"
R03_E = "Landmine Survey Begins on the Coldwater Flats"
def r03_head(p, mangled=False):
    if mangled:
        return ["", "\f", f"{p}   TMXLV-21\u00b712November2047 \u00b6", ""]
    return ["", "\f", f"{p}   TM XLV-21 \u00b7 12 November 2047", ""]
d.fur("2047-11-12                                                        No. 21 / Vol. XLV", "",
      "TERRORISM MONITOR", "The Ashgrove Foundation's review of armed movements", "", "SUMMARY", "",
      f"Special report \u2014 {R03_A}",
      "    Kidnapping on the coast has become a trade with brokers, prices and receipts.",
      R03_B, "    A militia's land office is redrawing a valley's boundaries, one deed at a time.",
      "Across the Region \u2014 three items", "", "", "SPECIAL REPORT", "", R03_A, "",
      "Anneliese Korr (lead author), Tobiah Wendt", "")
d.para(1, "On the Tarnish coast a kidnapping is no longer a crime of opportunity. It is a transaction with "
       "recognised stages, each handled by a different set of people: the spotters who choose a target, the crews "
       "who seize him, the keepers who hold him and the brokers who set the price.(1)")
d.add()
d.para(1, "The brokers are the key. Most are respectable men in the port towns, traders or lawyers, who present "
       "themselves to the families as intermediaries and take a share of the ransom for their trouble. Families "
       "told us they were relieved to find one.(2)")
d.add()
d.para(1, "Prices follow a rough scale. A local shopkeeper is ransomed for the value of a year's stock; a foreign "
       "engineer for a hundred times as much. Payment is made in gold or in goods, and the brokers issue receipts, "
       "which the crews honour: a hostage whose ransom has been receipted is not sold on.",
       brk=(2, r03_head(2)))
d.add()
d.para(1, "Reported by fishermen and confirmed by two released hostages, the keepers' camps lie on the islands of "
       "the outer lagoon, where the mangroves hide boats from the air and the coast guard does not patrol at "
       "night.(3) The keepers are paid by the week and are often boys from the islands themselves.")
d.add()
d.para(1, "Breaking the market means breaking the brokers' respectability. The provincial prosecutor has charged "
       "only one broker in six years, and he was acquitted; the families he dealt with refused to testify against "
       "the man who had brought their sons home.", brk=(2, r03_head(3)))
d.add()
d.add("Sources", 0)
d.add()
d.para(1, "(1) Interviews with nine families of former hostages in Tarnish and Calloway, June\u2013August 2047.")
d.para(1, "(2) Provincial Prosecutor of Tarnish, Annual Statistics 2046, table 12.")
d.para(1, "(3) Interviews with two former hostages, Calloway, September 2047.")
d.fur("", R03_B, "", "by Marisol Achebe-Kraus", "")
d.para(2, "In the upper Esk valley the militia that calls itself the Valley Guard has opened a land office. It "
       "occupies the old agricultural cooperative in Dunlarrow, employs three surveyors and issues deeds on paper "
       "printed with the Guard's seal.")
d.add()
d.para(2, "The deeds matter because the state's own records are gone. The district land registry burned in 2041, "
       "and the copies held in the capital are incomplete; a farmer who wants to prove he owns Lot 21 of Survey "
       "Volume 45 has, in practice, only the Guard to ask.", brk=(2, r03_head(4, mangled=True)))
d.add()
d.add("A Chain and a Compass", 2)
d.add()
d.para(2, "The surveyors work with a measuring chain and a compass, as surveyors did a century ago, and they settle "
       "disputes on the spot. Farmers say they are fair, and quicker than the courts ever were. The Guard charges "
       "a fee for each deed, which is modest, and takes a share of each harvest, which is not.")
d.add()
d.para(2, "Every deed the Guard issues is a small claim to be the state. If the government returns to the valley "
       "it will have to decide whether to honour those deeds or to tear them up, and either choice will cost it.")
d.add()
d.bio("\u2018Marisol Achebe-Kraus is a geographer who has worked on land disputes in the Esk valley since 2038.\u2019")
d.fur("", "\f", "5   TM XLV-21 \u00b7 12 November 2047", "", "ACROSS THE REGION", "", R03_C, "",
      "\u2014 Rafe Lindqvist-Obi", "")
d.para(3, "Trucks crossed the Malden border post on Wednesday for the first time since it was closed in August "
       "after an attack on the customs shed. Drivers reported waits of up to six hours.")
d.add()
d.para(3, "Customs officers said the post would open only in daylight until further notice.")
d.fur("", R03_D, "", "By Perpetua Nwosu and Dag Halvorsen", "")
d.para(4, "Two radio journalists abducted on the Orsk ring road were released on Sunday, eleven days after they "
       "disappeared. Their station said no ransom was paid; the police declined to comment.")
d.add()
d.para(4, "Both men were taken to hospital for checks and were said to be in good health.")
d.fur("", R03_E, "", "Staff report", "")
d.para(5, "A team of twelve deminers began surveying the Coldwater flats on Monday, where herders have reported "
       "four explosions since the spring. The survey is expected to take three months.")
d.add()
d.para(5, "Herders have been asked to keep their animals north of the canal until the work is done.")
d.fur("", "", "\u00a9 2047 The Ashgrove Foundation. The Terrorism Monitor is published fortnightly. Views expressed are",
      "those of the authors.")
META = dict(date="2047-11-12", pub=TM, volume=45, issue=21)
emit("r03_tm_issue_iso_date_no_vol_one_line_summary_contents_special_report_lead_author_paren_markers_sources_lowercase_by_quoted_bio_across_region_run_headers_mangled", d, [
    dict(title=R03_A, authors=["Anneliese Korr", "Tobiah Wendt"], kind="special report", **META),
    dict(title=R03_B, authors=["Marisol Achebe-Kraus"], kind="feature", **META),
    dict(title=R03_C, authors=["Rafe Lindqvist-Obi"], kind="brief", **META),
    dict(title=R03_D, authors=["Perpetua Nwosu", "Dag Halvorsen"], kind="brief", **META),
    dict(title=R03_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `2047-11-12` and `No. 21 / Vol. XLV` on one line are 2047-11-12, volume 45, issue 21;",
              "the summary lines under the contents entries are contents, not text; `SPECIAL REPORT` (a two-word",
              "genre) names its one piece; the piece listed by title under no label is a feature; `ACROSS THE",
              "REGION` is a section name over three short pieces, so each is a brief; `NAME (lead author), NAME`",
              "names both (the role left out); the `(n)` markers stay in the text, the `Sources` heading is not",
              "text, its `(n)` entries are; the bio in quotation marks after feature B's text is not text; `— NAME`",
              "under the title names its author; `Staff report` names nobody; the running headers (one mangled) and",
              "the closing notice are furniture; `Lot 21 of Survey Volume 45` and `Reported by fishermen …` are prose."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# r04: a whole issue of an invented sibling monitor, *Sorrel Marches Monitor*, PDF text with blank lines: the name over
# `Year 3  ·  Issue 9` over `Monday 2 June 2047`, the trust's line; `CONTENTS` of ROMAN-NUMBERED entries `I.
# Backgrounder — Title`; singular section labels `BACKGROUNDER` (`Prepared by NAME`, bracketed roman markers `[i]`,
# `Endnotes` of `i. …` entries, a running footer between two halves of a sentence), `VIEWPOINT` (`By NAME`, an `ABOUT
# THE AUTHOR` box BEFORE the text), and `IN PASSING` (a section name) over two short pieces (`By NAME`; unsigned);
# running footers `SMM · Year 3 · Issue 9 · page N`; look-alikes: `Volume 3 of the parish registers, entry 9`,
# `Signed by forty herders, …`, a subheading `The Widow's Toll at Brenn Ford`; no sidecar.
d = Doc(80, hyph=True)
R04_A = "The Salt Tax and the Smugglers' Peace"
R04_B = "Let the Herders Keep Their Rifles"
R04_C = "Bridge at Callowmere Reopens"
R04_D = "Teachers Return to Fennick Schools"
SMM = "Sorrel Marches Monitor"
def r04_foot(p):
    return ["", f"SMM \u00b7 Year 3 \u00b7 Issue 9 \u00b7 page {p}", "\f", ""]
d.fur("Sorrel Marches Monitor", "Year 3  \u00b7  Issue 9", "Monday 2 June 2047",
      "A review of security in the border marches, published by the Kessandra Trust", "", "CONTENTS", "",
      f"I. Backgrounder \u2014 {R04_A}", f"II. Viewpoint \u2014 {R04_B}",
      f"III. In passing \u2014 {R04_C}; {R04_D}", "", "", "BACKGROUNDER", "", R04_A, "", "Prepared by Idris Vantongeren", "")
d.para(1, "For two centuries the marches have been taxed on salt. The pans of the lower Sorrel produce most of what "
       "the region eats, and every government that has held the valley has set a levy on the carts that carry it "
       "inland.[i]")
d.add()
d.para(1, "In the war years the levy became the main prize of the armed groups. Whoever held the ford at Brenn held "
       "the salt road, and the ford changed hands eleven times between 2038 and 2044.[ii] Each new holder raised "
       "the levy; each raise pushed more carters onto the mountain tracks.")
d.add()
d.add("The Widow's Toll at Brenn Ford", 1)
d.add()
d.para(1, "The peace that followed was made not by the government but by the carters themselves. In 2045 their guild "
       "agreed with the two largest groups a single toll, collected at the ford by a widow whose husband had kept "
       "the crossing before the war, and divided between the groups by a fixed share.[iii] The arrangement was "
       "recorded, oddly, in Volume 3 of the parish registers, entry 9, where the priest of Brenn wrote it down "
       "as a gift to the church.", brk=(3, r04_foot(2)))
d.add()
d.para(1, "The government now wants the toll ended and its own levy restored. The carters fear that ending the "
       "widow's toll will end the peace, and the groups have said nothing, which the carters read as a warning.[iv]")
d.add()
d.add("Endnotes", 0)
d.add()
d.para(1, "i. Trust archive, Salt Levies of the Lower Sorrel, 1850\u20132030, compiled 2044.")
d.para(1, "ii. Author's count from district police logs, 2038\u20132044.")
d.para(1, "iii. Interview with the guild's secretary, Brenn, March 2047.")
d.para(1, "iv. Interviews with six carters, Brenn and Sollow, April 2047.")
d.fur(*r04_foot(3))
d.fur("VIEWPOINT", "", R04_B, "", "By Wilhelmina Okonjo-Frey", "", "ABOUT THE AUTHOR")
d.bio("Wilhelmina Okonjo-Frey farmed sheep in the upper marches for twenty years and now chairs the Herders' "
      "Association of Sorrel.")
d.add()
d.para(2, "Every disarmament plan for the marches begins with the herders' rifles, and every one has failed. The "
       "reason is not that herders love their guns. It is that wolves, rustlers and the occasional armed band "
       "still come down from the hills, and the nearest police post is a day's walk away.")
d.add()
d.para(2, "Signed by forty herders, the letter our association sent to the governor in April asked for something "
       "simple: register the rifles, license their owners, and leave them where they are needed. We have had no "
       "answer.", brk=(2, r04_foot(4)))
d.add()
d.para(2, "A registered rifle is one the state knows about. An unregistered rifle buried under a barn floor, which "
       "is where the last disarmament drive sent most of them, is not.")
d.add()
d.fur("IN PASSING", "", R04_C, "", "By Joost Amadi", "")
d.para(3, "The bridge over the Callowmere stream, destroyed in 2043, reopened on Thursday after two years of "
       "rebuilding. The bus from Sollow to the upper villages will run twice a day from next week.")
d.add()
d.para(3, "The district engineer said the new bridge can carry a loaded salt cart, which the old one could not.")
d.fur("", R04_D, "")
d.para(4, "Eleven teachers who left the Fennick schools during the fighting returned to their classrooms on 26 May. "
       "The district says four posts remain empty.")
d.add()
d.para(4, "Parents in Fennick have offered rooms in their houses to teachers from outside the valley.")
d.fur(*r04_foot(5))
d.fur("The Sorrel Marches Monitor is published by the Kessandra Trust for Border Studies, a registered charity.",
      "It appears ten times a year. \u00a9 2047 Kessandra Trust.")
META = dict(date="2047-06-02", pub=SMM, volume=3, issue=9)
emit("r04_sibling_blank_lines_year_and_issue_roman_numbered_contents_backgrounder_prepared_by_roman_markers_viewpoint_bio_box_before_text_in_passing_run_footer_mid_sentence", d, [
    dict(title=R04_A, authors=["Idris Vantongeren"], kind="backgrounder", **META),
    dict(title=R04_B, authors=["Wilhelmina Okonjo-Frey"], kind="viewpoint", **META),
    dict(title=R04_C, authors=["Joost Amadi"], kind="brief", **META),
    dict(title=R04_D, authors=[], kind="brief", **META)],
    comments=["Open choices: `Year 3 · Issue 9` is the monitor's numbering as its archive files it, volume 3, issue",
              "9, dated `Monday 2 June 2047`; singular labels name their pieces (`BACKGROUNDER`, `VIEWPOINT`); `IN",
              "PASSING` is a section name over two short pieces, so each is a brief; `Prepared by NAME` is a byline;",
              "the bracketed roman markers stay in the text, the `Endnotes` heading is not text, the `i. …` entries",
              "are; the `ABOUT THE AUTHOR` box between the byline and the text is a bio, not text; the subheading is",
              "text; running footers (one between two halves of a sentence), contents and the trust's notice are",
              "furniture; `Volume 3 of the parish registers, entry 9` and `Signed by forty herders, …` are prose."])

# ---------------------------------------------------------------------------------------------------------------------
# r05: a whole issue of an invented sibling monitor, *Quillon Archipelago Monitor*, printed WITHOUT blank lines, each
# paragraph opened by an indent: the name in capitals, `Vol. II · No. XVII · 27 August 2047` (both numbers roman), the
# institute's line, `What follows:` over entries `Essay — Title` and `News in brief (2)`; `ESSAYS` (a plural genre)
# over two: A `By NAME, PhD` (a post-nominal), a bio after the text; B `NAME / NAME` (names over a slash), a subheading,
# a bio of both after the text; `NEWS IN BRIEF` over two (`Compiled by NAME`; unsigned); running headers `QAM II/XVII ·
# 27.08.2047 · N` between halves of sentences, one mangled; look-alikes: `Pier XVII, Shed 2`, `Posted at the harbour
# gate by the garrison, …`; sidecar.
d = Doc(78, hyph=True)
R05_A = "What the Lighthouse Keepers Knew"
R05_B = "The Long Afterlife of the Quillon Insurgency"
R05_C = "Fishing Ban Around Tessel Rock Extended"
R05_D = "Ferry Timetable Restored to the Outer Islands"
QAM = "Quillon Archipelago Monitor"
def r05_head(p, mangled=False):
    if mangled:
        return [f"QAMII/XVII\u00b727.08.2047\u00b7{p} \u2022"]
    return [f"QAM II/XVII \u00b7 27.08.2047 \u00b7 {p}"]
IN = "   "
d.fur("QUILLON ARCHIPELAGO MONITOR", "Vol. II \u00b7 No. XVII \u00b7 27 August 2047", "Issued by the Pellward Institute, Port Saro",
      "What follows:", f"Essay \u2014 {R05_A}", f"Essay \u2014 {R05_B}", "News in brief (2)", "ESSAYS", R05_A,
      "By Oriana Castell-Mbeki, PhD")
d.para(1, "Until the lights were automated in 2040, every inhabited rock of the Quillon chain had a keeper, and "
       "every keeper kept a log. The logs recorded weather, shipping and the state of the lamp, but the keepers "
       "were bored men and wrote down everything else as well.", indent=IN)
d.para(1, "Read together, the logs of the war years are a remarkable record of the insurgency at sea: which boats "
       "moved at night, which coves were used for landings, and which fishermen went out without nets.",
       indent=IN, brk=(2, r05_head(2)))
d.para(1, "Posted at the harbour gate by the garrison, the notice that closed the lights in 2040 thanked the "
       "keepers for their service and said nothing of the logs. Most were sent to a store on Pier XVII, Shed 2, "
       "where they lie in crates to this day; some went home with their keepers.", indent=IN)
d.para(1, "The institute has begun copying those it can find. They will not settle the arguments about who did "
       "what in the war, but they will give those arguments something better than memory to stand on.", indent=IN)
d.bio("Oriana Castell-Mbeki is a historian at the Pellward Institute and leads its project on the lighthouse logs.")
d.fur(R05_B, "Lucan Ferreira-Holt / Marit Esposito")
d.para(2, "The Quillon insurgency ended, officially, with the amnesty of 2041. Its commanders came ashore, handed "
       "in their boats and were given fishing licences. Six years on, most of them still fish, and some of them "
       "still command.", indent=IN)
d.fur(*r05_head(3, mangled=True))
d.add("Old Crews, New Cargo", 2)
d.para(2, "The crews that ran guns for the insurgency now run fuel and cigarettes, and they run them along the "
       "same routes and from the same coves. The amnesty did not break the crews; it simply took away their "
       "politics.", indent=IN, brk=(2, r05_head(4)))
d.para(2, "That matters because the crews are still the strongest organisations on the outer islands. The state's "
       "presence there is a police post and a clinic; the crews employ half the young men and settle most "
       "disputes.", indent=IN)
d.bio("Lucan Ferreira-Holt is a fellow of the Pellward Institute. Marit Esposito is a lawyer who represented "
      "former fighters in the amnesty hearings.")
d.fur("NEWS IN BRIEF", R05_C, "Compiled by Hester Ngata")
d.para(3, "The fisheries office has extended the ban on fishing within two miles of Tessel Rock until the end of "
       "October, citing the unexploded mines found there in July.", indent=IN)
d.para(3, "Fishermen from Saro say the ban covers their best grounds and have asked for compensation.", indent=IN)
d.fur(R05_D)
d.para(4, "The state ferry resumed its full timetable to the outer islands on 20 August after repairs to its "
       "second vessel. Islanders had waited up to four days for a crossing during the repairs.", indent=IN,
       brk=(1, r05_head(5)))
d.fur("The Quillon Archipelago Monitor is issued by the Pellward Institute. \u00a9 2047. Not for resale.")
META = dict(date="2047-08-27", pub=QAM, volume=2, issue=17)
emit("r05_sibling_no_blank_lines_indented_paragraphs_roman_vol_no_what_follows_essays_phd_slash_names_bio_of_both_news_in_brief_compiled_by_headers_mangled", d, [
    dict(title=R05_A, authors=["Oriana Castell-Mbeki"], kind="essay", **META),
    dict(title=R05_B, authors=["Lucan Ferreira-Holt", "Marit Esposito"], kind="essay", **META),
    dict(title=R05_C, authors=["Hester Ngata"], kind="brief", **META),
    dict(title=R05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, each paragraph opens with an indent; `Vol. II · No. XVII",
              "· 27 August 2047` is volume 2, issue 17, 2047-08-27; the publication is written in proper form;",
              "`ESSAYS` (a plural genre) names each of its two pieces essay; `NEWS IN BRIEF` (three words ending in",
              "brief) names each of its two short pieces brief; `PhD` is left out of the name; `NAME / NAME` names",
              "both; `Compiled by NAME` names its author; the bios after the essays (one of both, a sentence each) are",
              "not text; the subheading is text; the running headers (between halves of sentences, one mangled),",
              "`What follows:` and its entries, and the notice are furniture; `Pier XVII, Shed 2` and `Posted at the",
              "harbour gate by the garrison, …` are prose."],
    sidecar="publication: Quillon Archipelago Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# r06: the web version of r01's feature A on the foundation's site, one line per paragraph, no blank lines, opening
# with a crawler's YAML block (quoted title with the site after ` | `); a cookie notice, skip link, a utility bar, a
# menu, `Home > Publications > Terrorism Monitor > Vol. XLV, Issue 6`, `Feature | Terrorism Monitor | Vol. XLV, Issue
# 6` over the title, `Authors:` with the two names as Markdown links, `Posted 20 March 2047`, a share bar, an image
# placeholder with its credit, superscript markers, `Notes` of `N. …`, the two bios with honorifics, `Also in this
# issue` teasers with names and dates, a newsletter box, the footer; look-alike: a teaser `… — Casimir Odunsi`;
# sidecar `url:`.
d = Doc()
U06 = "https://ashgrove-foundation.example/terrorism-monitor/vol-45/issue-6/toll-keepers-dravan-pass"
d.fur("---", f'title: "{R01_A} | Ashgrove Foundation"', f"source: {U06}", "date: 2047-03-20",
      'description: "Every lorry that climbs the Dravan Pass now stops twice before it reaches the watershed."', "---",
      "This site uses cookies to remember your preferences. Accept | Decline | Learn more",
      "Skip to main content", "Donate  Subscribe  Search  Log in",
      "Programs  Experts  Publications  Events  Media  About us",
      "Home > Publications > Terrorism Monitor > Vol. XLV, Issue 6",
      "Feature | Terrorism Monitor | Vol. XLV, Issue 6", R01_A,
      "Authors: [Hollis Varga-Lund](https://ashgrove-foundation.example/experts/hollis-varga-lund) and "
      "[Ottilie Prest](https://ashgrove-foundation.example/experts/ottilie-prest)",
      "Posted 20 March 2047", "Print  |  Email  |  Share on X  |  Share on Bluesky  |  Copy link",
      "[Image: Lorries queue at the customs post below the Dravan Pass. Credit: Ashgrove Foundation archive]")
d.web(1, "Every lorry that climbs the Dravan Pass now stops twice before it reaches the watershed. The first stop is "
      "the customs post the government rebuilt in 2045; the second, four kilometres higher, is a wooden barrier kept "
      "by men of the Sayed Hill Brigade, who collect a fee in cash and issue a stamped slip in return.\u00b9",
      "The brigade calls the fee a maintenance levy. Drivers call it the second customs. Either way it has become the "
      "brigade's largest single source of money, and the way it is collected tells us a good deal about how the group "
      "now thinks of itself: less as an insurgency than as an authority with a road to run.",
      "By-laws adopted by the pass council in 2044 set the toll at a fixed sum for each axle, and the brigade has kept "
      "to that schedule with some care. Drivers interviewed for this article said the barrier is rarely the place "
      "where they are cheated; the delays are longer at the government post below.\u00b2",
      "A Tariff Written in Chalk",
      "At the barrier itself the rates are written in chalk on a board nailed to the guard hut, and they change with "
      "the seasons. Grain lorries pay less at harvest; fuel tankers pay more in winter, when the lower road through "
      "Mestany is closed by snow and the pass is the only way north.",
      "The chalkboard is a small thing, but it is a public schedule, and public schedules are what governments keep. "
      "The brigade's commanders have understood that a predictable toll buys more loyalty from the traders of the "
      "valley than any sermon, and they have been careful never to raise it without notice.\u00b3",
      "For the government the lesson is uncomfortable. Closing the barrier by force would cut the brigade's income "
      "but also the valley's trade, and the ministry has no plan to replace either.")
d.fur("Notes")
d.web(1, "1. Interviews by the authors with eleven lorry drivers at the Mestany truck stop, November 2046.",
      "2. Pass Council of Upper Dravan, Schedule of Levies, undated copy seen by the authors.",
      "3. Ministry of Transport, Annual Report on Mountain Roads 2046, p. 41.")
d.fur("Dr. Hollis Varga-Lund is a senior research fellow at the Ashgrove Foundation, where she studies armed groups "
      "that tax trade.",
      "Prof. Ottilie Prest teaches political economy at the University of Carrowgate and has written two books on "
      "mountain borderlands.",
      "Also in this issue",
      f"{R01_B} \u2014 Casimir Odunsi \u2014 19 March 2047",
      f"Elsewhere: {R01_C} \u2014 19 March 2047",
      "Get the Terrorism Monitor in your inbox every fortnight. Your email address  Sign up",
      "\u00a9 2047 The Ashgrove Foundation  \u00b7  Privacy  \u00b7  Terms of use  \u00b7  Contact")
emit("r06_web_tm_feature_crawler_block_cookie_first_breadcrumb_type_line_linked_authors_posted_date_share_image_credit_superscripts_honorific_bios_also_in_issue", d, [
    dict(title=R01_A, authors=["Hollis Varga-Lund", "Ottilie Prest"], kind="feature", date="2047-03-20", pub=TM,
         volume=45, issue=6)],
    comments=["Open choices: the web version of r01's first feature; the crawler block is metadata (its title without",
              "the site suffix); `Feature | Terrorism Monitor | Vol. XLV, Issue 6` gives kind, publication (the",
              "monitor, not the foundation whose site carries it), volume 45 and issue 6; the page is dated as it",
              "prints it (`Posted 20 March 2047`); `Authors:` with two linked names names both; the superscript",
              "markers stay in the text, the `Notes` heading is not text, its entries are; the subheading is text;",
              "the two bios, teasers (one naming an author), share bar, image line, newsletter box and footer are not",
              "text; `By-laws adopted …` is prose."],
    sidecar=f"url: {U06}", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r07: the web version of r04's backgrounder on the trust's site, one line per paragraph WITH blank lines between
# lines: the trust's name, `Menu`, a menu with bars, `Monitors ▸ Sorrel Marches Monitor ▸ Year 3, Issue 9`,
# `Backgrounder` over the title, `Prepared by NAME — published online 5 June 2047`, `Reading time: 4 minutes`,
# bracketed roman markers, `Endnotes` of `i. …`, `Download this issue (PDF, 1.2 MB)`, `Other articles in this issue:`
# teasers, `Comments (0)` with a log-in prompt, a registered-charity footer; look-alike: `Volume 3 of the parish
# registers, entry 9`; no sidecar.
d = Doc()
d.fur("Kessandra Trust for Border Studies", "", "Menu", "", "Research | Monitors | Library | Events | Support us", "",
      "Monitors \u25b8 Sorrel Marches Monitor \u25b8 Year 3, Issue 9", "", "Backgrounder", "", R04_A, "",
      "Prepared by Idris Vantongeren \u2014 published online 5 June 2047", "", "Reading time: 4 minutes", "")
d.web(1, "For two centuries the marches have been taxed on salt. The pans of the lower Sorrel produce most of what the "
      "region eats, and every government that has held the valley has set a levy on the carts that carry it inland.[i]",
      "In the war years the levy became the main prize of the armed groups. Whoever held the ford at Brenn held the "
      "salt road, and the ford changed hands eleven times between 2038 and 2044.[ii] Each new holder raised the levy; "
      "each raise pushed more carters onto the mountain tracks.",
      "The Widow's Toll at Brenn Ford",
      "The peace that followed was made not by the government but by the carters themselves. In 2045 their guild "
      "agreed with the two largest groups a single toll, collected at the ford by a widow whose husband had kept the "
      "crossing before the war, and divided between the groups by a fixed share.[iii] The arrangement was recorded, "
      "oddly, in Volume 3 of the parish registers, entry 9, where the priest of Brenn wrote it down as a gift to the "
      "church.",
      "The government now wants the toll ended and its own levy restored. The carters fear that ending the widow's "
      "toll will end the peace, and the groups have said nothing, which the carters read as a warning.[iv]", sep=True)
d.fur("", "Endnotes", "")
d.web(1, "i. Trust archive, Salt Levies of the Lower Sorrel, 1850\u20132030, compiled 2044.",
      "ii. Author's count from district police logs, 2038\u20132044.",
      "iii. Interview with the guild's secretary, Brenn, March 2047.",
      "iv. Interviews with six carters, Brenn and Sollow, April 2047.", sep=True)
d.fur("", "Download this issue (PDF, 1.2 MB)", "", "Other articles in this issue:", "",
      f"Viewpoint: {R04_B}", "", f"In passing: {R04_C}", "", "Comments (0)", "",
      "You must be logged in to post a comment. Log in", "",
      "Kessandra Trust for Border Studies is a registered charity. Privacy notice | Accessibility | Contact us")
emit("r07_web_sibling_backgrounder_blank_lines_breadcrumb_triangles_prepared_by_published_online_reading_time_roman_markers_endnotes_download_comments_charity_footer", d, [
    dict(title=R04_A, authors=["Idris Vantongeren"], kind="backgrounder", date="2047-06-05", pub=SMM, volume=3,
         issue=9)],
    comments=["Open choices: the web version of r04's backgrounder, blank lines between its lines but one line per",
              "paragraph; the publication is the monitor the breadcrumb names, not the trust whose site carries it;",
              "`Year 3, Issue 9` is volume 3, issue 9; the page is dated as it prints it (`published online 5 June",
              "2047`); `Backgrounder` over the title is its kind; the bracketed roman markers stay in the text, the",
              "`Endnotes` heading is not text, its entries are; the subheading is text; the download line, teasers,",
              "comments box and footer are furniture; `Volume 3 of the parish registers, entry 9` is prose."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r08: a think tank's policy brief (*Lowmere Institute for Strategic Affairs*) opening with a crawler's YAML block (the
# site after ` » `, an `author:` field naming both authors, a date with a time); a cookie notice with `Accept all` /
# `Manage preferences`, a menu, `Research › Policy briefs`, `POLICY BRIEF` over the title, the two authors ONE PER LINE
# each with a role after a comma, `3 April 2047`, `Print | PDF | Cite`, `Key points` bullets (text), a subheading,
# `[n]` markers, `Endnotes` of `[n] NAME, "Title," Site, accessed DATE, URL`, a `How to cite` line, `Related
# publications`, a newsletter line, the charity footer; look-alikes: a paragraph opening `Written by hand on ration
# cards, …`, `Brief 12/2047 of the ministry`; sidecar `url:`.
d = Doc()
U08 = "https://lowmere-institute.example/research/policy-briefs/grain-corridors-and-armed-escorts"
R08 = "Grain Corridors and Armed Escorts: Keeping the Harvest Moving in Western Dalmor"
d.fur("---", f"title: {R08} \u00bb Lowmere Institute", f"source: {U08}",
      "author: Maren Yusupova-Kell; Osgood Brannock", "date: 2047-04-03T08:00:00Z",
      "description: Armed escorts have kept grain moving through western Dalmor, at a price.", "---",
      "We use cookies to improve your experience and to measure traffic. Accept all | Manage preferences",
      "Lowmere Institute for Strategic Affairs", "Research  Regions  Experts  Events  Newsroom  Support",
      "Research \u203a Policy briefs", "POLICY BRIEF", R08,
      "Maren Yusupova-Kell, Senior Fellow, Food Security Programme",
      "Osgood Brannock, Visiting Fellow", "3 April 2047", "Print | PDF | Cite")
d.web(1, "Key points",
      "\u2022 Two thirds of western Dalmor's grain now moves in convoys escorted by armed men who are paid by the ton.",
      "\u2022 The escorts have kept markets supplied but have made the armed groups that provide them richer.",
      "\u2022 A public escort service, paid from a transit levy, would cost less than the losses it replaces.",
      "Since the collapse of the district police in 2045, the roads of western Dalmor have been unsafe for any lorry "
      "travelling alone. Traders have responded as traders do: they have hired protection. Today most grain leaves "
      "the western plain in convoys of ten to thirty lorries, each convoy escorted by armed men in pick-ups.[1]",
      "The escorts are not neutral. Most belong to, or pay a share to, one of the three armed groups that control "
      "the plain, and the fee they charge, about four per cent of the cargo's value, is the largest single source "
      "of those groups' income.[2]",
      "Written by hand on ration cards, the receipts the escorts issue are accepted by the grain board as proof that "
      "a load has passed the plain lawfully, a practice the ministry's transport office confirmed in its Brief "
      "12/2047.[3]",
      "What a public service would change",
      "A transit levy of two per cent, collected at the grain board's weighbridges and paid to a provincial escort "
      "unit, would halve the traders' costs. It would also cut the armed groups' income sharply, which is precisely "
      "why they can be expected to resist it.",
      "The province has done this before. In 2031 a similar levy paid for escorts on the eastern salt road for four "
      "years, and the unit that provided them was disbanded only when the road was safe.[4]")
d.fur("Endnotes")
d.web(1, '[1] Dalmor Grain Board, "Monthly Transit Returns, January\u2013February 2047," Grain Board, accessed 28 March '
      "2047, https://grainboard-dalmor.example/returns/2047-02",
      '[2] Yusupova-Kell, M., "Who Guards the Harvest?," Lowmere Institute, accessed 30 March 2047, '
      "https://lowmere-institute.example/commentary/who-guards-the-harvest",
      '[3] Ministry of Agriculture, "Transport Office Brief 12/2047," Government of Dalmor, accessed 1 April 2047, '
      "https://agriculture.dalmor.example/briefs/12-2047",
      '[4] Provincial Archive, "The Salt Road Escort Unit, 2031\u20132035," Dalmor Archives, accessed 1 April 2047, '
      "https://archives.dalmor.example/salt-road-escort")
d.fur("How to cite: Yusupova-Kell, M. and Brannock, O. (2047). Grain Corridors and Armed Escorts. Lowmere Institute.",
      "Related publications",
      "Who Guards the Harvest? \u2014 Commentary \u2014 12 January 2047",
      "The Weighbridge Economy \u2014 Research paper \u2014 4 November 2046",
      "Sign up for our fortnightly briefing on food and security.",
      "\u00a9 2047 Lowmere Institute for Strategic Affairs. Registered charity. All views are the authors' own.")
emit("r08_think_tank_policy_brief_crawler_block_author_field_cookie_first_authors_one_per_line_roles_key_points_bracket_markers_endnotes_accessed_how_to_cite", d, [
    dict(title=R08, authors=["Maren Yusupova-Kell", "Osgood Brannock"], kind="policy brief", date="2047-04-03",
         pub="Lowmere Institute for Strategic Affairs", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its title without the site suffix after ` » `); `POLICY",
              "BRIEF` is a two-word label the page prints over the title, written as printed; the two lines naming",
              "one author each with a role after a comma name both (roles left out, not text); the `Key points`",
              "heading and its bullets are text (a heading inside the piece); the `[n]` markers stay in the text,",
              "the `Endnotes` heading is not text, its `[n] …, accessed …, URL` entries are; the subheading is text;",
              "the how-to-cite line, related publications, sign-up line and footer are furniture; `Written by hand",
              "on ration cards, …` and `Brief 12/2047` are prose."],
    sidecar=f"url: {U08}", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r09: a regional evening paper's obituary (*The Dunmore Evening Post*), no crawler block: `Subscribe from £1` and
# `Sign in`, a menu, a weather line, `News › Obituaries`, `OBITUARY` over the title, a standfirst, `Story by NAME`,
# `Published: 11:32, 4 Feb 2047 | Updated: 16:05, 4 Feb 2047`, a photo with `(Image: family handout)`,
# `Advertisement` inside the text, a funeral notice (text), a `Read more` teaser inside the text, `Comments (3)` with
# readers' comments, `Most read`, the publisher's footer; look-alikes: `Written by his daughter, the eulogy …`, `No. 6
# Squadron`; sidecar `url:`.
d = Doc()
U09 = "https://dunmore-evening-post.example/news/obituaries/anselm-crake-mediator-of-the-quarry-truce-dies-at-71"
R09 = "Anselm Crake, mediator of the Quarry Truce, dies at 71"
d.fur("Subscribe from \u00a31 a week  |  Sign in", "THE DUNMORE EVENING POST",
      "News  Sport  Business  Opinion  Obituaries  Puzzles  Jobs", "Dunmore: 7\u00b0C, light rain",
      "News \u203a Obituaries", "OBITUARY", R09,
      "The retired schoolteacher who talked two armed gangs into a ceasefire at Pellow Quarry has died after a short "
      "illness.",
      "Story by Rosalind Ekwueme-Hart", "Published: 11:32, 4 Feb 2047 | Updated: 16:05, 4 Feb 2047",
      "Anselm Crake at his home in Pellow in 2045 (Image: family handout)")
d.web(1, "Anselm Crake, who brokered the truce that ended four years of shootings around Pellow Quarry, has died at "
      "the age of 71. His family said he died peacefully at Dunmore General Hospital on Sunday evening.",
      "A history teacher at Pellow Comprehensive for thirty years, Mr Crake had no training as a negotiator. He "
      "became one, he liked to say, because he had taught most of the young men on both sides and they still did "
      "what he told them.",
      "In the winter of 2039, after a teenager was killed in crossfire at the quarry gates, he walked into the "
      "social club used by one of the gangs and asked to speak to its leaders. Over the following three months he "
      "carried messages between the two groups, usually by bicycle, until both agreed to meet in the school library.")
d.fur("Advertisement")
d.web(1, "The truce they signed there, known locally as the Quarry Truce, divided the quarry roads between the gangs "
      "and banned weapons within a mile of the school. It held, with lapses, until both groups were broken up by "
      "police in 2043.",
      "Born in Dunmore in 1975, he was the son of a navigator in No. 6 Squadron and spent part of his childhood on "
      "air bases abroad. He returned to the town to train as a teacher and never left.")
d.fur("Read more: Pellow Quarry to reopen as nature park after twenty years")
d.web(1, "Written by his daughter, the eulogy to be read at his funeral describes him as a man who was never afraid "
      "of anyone under the age of thirty. Former pupils have been leaving flowers at the school gates since Monday.",
      "He is survived by his wife Maud, his daughter Cressida and three grandchildren.",
      "The funeral will take place at St Oswin's Church, Pellow, on Friday 14 February at 11am. Donations in his "
      "memory may be made to the Pellow Youth Club.")
d.fur("Comments (3)", "Sort by: Newest",
      "QuarryLadd 2h ago: He taught me history in 2021. Best teacher I ever had.",
      "Dunmore_Dave 3h ago: A brave man. The town owes him more than it ever said.",
      "mary.o 5h ago: Rest in peace, sir.", "Most read",
      "1. Council confirms bypass route through Eastfield",
      "2. Pellow Quarry to reopen as nature park after twenty years",
      "3. Dunmore Rovers sign goalkeeper on loan",
      "The Dunmore Evening Post is part of Eastmoor Regional Media Ltd. \u00a9 2047. Terms | Privacy | Cookie settings")
emit("r09_evening_paper_obituary_subscribe_bar_weather_line_standfirst_story_by_published_updated_image_handout_advert_read_more_funeral_notice_comments_most_read", d, [
    dict(title=R09, authors=["Rosalind Ekwueme-Hart"], kind="obituary", date="2047-02-04",
         pub="The Dunmore Evening Post", volume=None, issue=None)],
    comments=["Open choices: `OBITUARY` over the title is the kind; the masthead in capitals is written in proper form",
              "(`The Dunmore Evening Post`, not its company); the standfirst is not text; `Story by NAME` is the",
              "byline; the date is the first publication (`Published: 11:32, 4 Feb 2047`); the funeral notice and",
              "donations line belong to this obituary and are text; the photo line, `Advertisement`, the inline",
              "`Read more` teaser, readers' comments, most-read list and footer are furniture; `Written by his",
              "daughter, the eulogy …` and `No. 6 Squadron` are prose."],
    sidecar=f"url: {U09}", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r10: a human-rights NGO's report page (*Greywater Rights Watch*), no crawler block: `Donate now`, a language switch,
# a menu, `Home / Our work / Reports`, `Report` over the title, `June 23, 2047`, `Regions: … | Topics: …`, a photo
# credit, a `Key findings` heading and numbered findings inside the text (text), a JavaScript placeholder for a map,
# `Download the full report (PDF, 3.1 MB)`, `Media contact`, a donation box, the footer; NO author; look-alikes:
# `Signed by the camp's elected committee, …`, `Ward 9, Block 14`; no sidecar.
d = Doc()
R10 = "\u201cWe Sleep in Shifts\u201d: Overcrowding and Abuse in the Teshin Transit Camps"
d.fur("Donate now", "English | Fran\u00e7ais | Espa\u00f1ol", "GREYWATER RIGHTS WATCH",
      "Our work   Countries   Reports   News   Get involved   About", "Home / Our work / Reports", "Report", R10,
      "June 23, 2047", "Regions: Teshin Province | Topics: Detention, Displacement",
      "Families queue for water in the Harl transit camp, May 2047. \u00a9 Greywater Rights Watch")
d.web(1, "The four transit camps of Teshin province were built in 2045 to hold people displaced by the fighting for "
      "a few weeks while they were registered. Two years later they hold more than 38,000 people, three times "
      "their planned capacity, and most of the residents have been there for over a year.",
      "This report is based on 112 interviews with camp residents, guards, aid workers and officials, conducted "
      "between January and April 2047, and on satellite images of the camps taken over the same period.",
      "Key findings",
      "1. Shelters built for one family now routinely hold three. In Ward 9, Block 14 of the Harl camp, researchers "
      "counted 26 people in a tent designed for eight; residents said they slept in shifts.",
      "2. Guards at two camps demand payment for permission to leave for medical care or work. Residents who cannot "
      "pay are held.",
      "3. Complaints are not investigated. Signed by the camp's elected committee, a list of forty complaints sent to "
      "the provincial governor in February has received no reply.")
d.fur("Interactive map unavailable. Enable JavaScript to view the map of the camps.")
d.web(1, "Provincial officials told Greywater Rights Watch that the camps are temporary and that residents will be "
      "allowed to return home once their villages have been cleared of mines. They gave no date.",
      "The provincial authorities should allow residents to leave the camps freely, end the payments demanded by "
      "guards, and publish the results of any investigation into the complaints already made.")
d.fur("Download the full report (PDF, 3.1 MB)", "Media contact: press office, +00 20 7946 0101, press@greywater.example",
      "Support our work. Greywater Rights Watch accepts no government funding. Give today",
      "Greywater Rights Watch is an independent non-profit organisation. \u00a9 2047 \u00b7 Privacy policy \u00b7 Cookies")
emit("r10_ngo_report_page_donate_language_switch_label_date_regions_topics_photo_credit_key_findings_numbered_map_placeholder_download_media_contact_no_author", d, [
    dict(title=R10, authors=[], kind="report", date="2047-06-23", pub="Greywater Rights Watch", volume=None,
         issue=None)],
    comments=["Open choices: `Report` over the title is the kind; the page names no author (authors empty); the",
              "masthead in capitals is written in proper form; `Key findings` is a heading inside the text (text, not",
              "a kind), and its numbered findings are text; the title's quotation marks are part of it; the photo",
              "credit, map placeholder, download line, media contact, donation box and footer are furniture;",
              "`Signed by the camp's elected committee, …` and `Ward 9, Block 14` are prose."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r11: a magazine's interview (*Northfold Magazine*), no crawler block: a metered-paywall line, a menu, `INTERVIEW`
# over the title, a standfirst, `Interview by NAME` over `Photographs by NAME`, `Posted on 14.10.2047`, an editing
# note, questions and answers prefixed `NORTHFOLD:` / `BRANDT:` (text), a pull quote repeated from the text, `More
# interviews` teasers, a subscribe box, the footer; look-alikes: a question `By whose authority were the fields
# declared clear?`, `Camp 31, Row 4`; sidecar `url:`.
d = Doc()
U11 = "https://northfold-magazine.example/interviews/ilyas-brandt-mine-clearance"
R11 = "Ilyas Brandt: \u201cEvery Field Has a Memory\u201d"
d.fur("You have 2 free articles left this month. Subscribe for unlimited access.", "Northfold Magazine",
      "Politics  Culture  Interviews  Essays  Podcasts  Shop", "INTERVIEW", R11,
      "The veteran deminer on thirty years of clearing the farmland his neighbours fought over.",
      "Interview by Cordelia Abernathy-Osei", "Photographs by Piet Santangelo", "Posted on 14.10.2047",
      "This interview has been condensed and edited for clarity.")
d.web(1, "Ilyas Brandt has cleared mines in the Harl valley since 2017, first as a volunteer and then as the head of "
      "a team of twelve. Last month his team handed the last contaminated field in the valley back to its owner. "
      "We spoke at his kitchen table in Upper Harl.",
      "NORTHFOLD: How did you begin?",
      "BRANDT: By accident. A boy from my street lost his leg in a field we had all played in, and I went to the "
      "army office and asked who was going to clear it. They said nobody, so I did.",
      "NORTHFOLD: By whose authority were the fields declared clear?",
      "BRANDT: The governor's, in the end. But the families in Camp 31, Row 4, who had lived in tents since the war, "
      "had been telling everyone for a year that their fields were clear, and we were the ones who had to prove it.")
d.fur("\u201cEvery field has a memory. You learn to read it from the farmers before you read it with the detector.\u201d")
d.web(1, "NORTHFOLD: What do the farmers tell you?",
      "BRANDT: Every field has a memory. You learn to read it from the farmers before you read it with the "
      "detector. They remember where the soldiers dug in, where the tracks ran, where a cow died in 2039 and nobody "
      "went to fetch it.",
      "NORTHFOLD: What will you do now?",
      "BRANDT: Teach. There are still mines in the hills above the valley, and I am too old to climb.")
d.fur("More interviews", "The Last Ferryman of Lake Ummel \u2014 12.09.2047",
      "A Judge Without a Courthouse \u2014 30.08.2047",
      "Northfold in print: four issues a year, delivered. Subscribe from \u00a38",
      "\u00a9 2047 Northfold Magazine Ltd. All rights reserved. Privacy | Terms | Contact the editors")
emit("r11_magazine_interview_paywall_meter_label_quoted_title_standfirst_interview_by_photographs_by_dotted_date_editing_note_prefixed_answers_pull_quote", d, [
    dict(title=R11, authors=["Cordelia Abernathy-Osei"], kind="interview", date="2047-10-14",
         pub="Northfold Magazine", volume=None, issue=None)],
    comments=["Open choices: `INTERVIEW` over the title is the kind; the standfirst is not text; `Interview by NAME`",
              "names the author, `Photographs by NAME` a photographer (no author); `Posted on 14.10.2047` is",
              "2047-10-14; the editing note is furniture; the introduction and every prefixed question and answer",
              "are text; the pull quote repeated from an answer is furniture; teasers, the paywall line, subscribe",
              "box and footer are furniture; the question `By whose authority …?` and `Camp 31, Row 4` are prose."],
    sidecar=f"url: {U11}", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# r12: a shipping trade paper's news story (*Tidewater Shipping Gazette*) opening with a crawler's YAML block (title
# with the site after ` – `, an `author:` field, `published:` instead of `date:`); `Advertisement`, a menu, `Home ›
# Security › News`, the title, `Words: NAME | Pictures: NAME`, `3 days ago`, a share row with counts, a photo caption,
# a subheading, a quoted master (text), an inline `Sign up to our daily bulletin` box, `Most read` and `Advertisement`
# after the text, a cookie banner at the foot; look-alikes: `By-passing the inspection berth, …`, `her 45th voyage, her
# sixth this year`; no sidecar.
d = Doc()
R12 = "Tanker Crews Refuse Sarn Strait Transits After Limpet Mine Find"
d.fur("---", f"title: {R12} \u2013 Tidewater Shipping Gazette",
      "source: https://tidewater-gazette.example/security/news/tanker-crews-refuse-sarn-strait-transits",
      "author: Benedikt Oyelaran-Moss", "published: 2047-09-30",
      "description: Seafarers' unions advise members to refuse transits after divers find a mine on a tanker's hull.",
      "---", "Advertisement", "TIDEWATER SHIPPING GAZETTE",
      "Home  Tankers  Containers  Ports  Security  Insurance  Events", "Home \u203a Security \u203a News", R12,
      "Words: Benedikt Oyelaran-Moss | Pictures: Greta Lindholm", "3 days ago",
      "Share  X 14  LinkedIn 52  Email", "The tanker Elna Brand at anchor off Port Kestrin. Photo: Greta Lindholm")
d.web(1, "Two seafarers' unions have advised their members to refuse transits of the Sarn Strait after divers found a "
      "limpet mine attached to the hull of the tanker Elna Brand while she waited at anchor off Port Kestrin.",
      "The device, which did not explode, was removed by navy divers on Sunday. The tanker was on her 45th voyage, "
      "her sixth this year, carrying fuel oil from the refinery at Orsa to the northern ports.",
      "Insurers react",
      "Two war-risk underwriters said they would review premiums for the strait this week. Brokers expect the "
      "additional premium for a single transit to double.",
      "By-passing the inspection berth, which was closed for repairs, the Elna Brand had anchored in the outer "
      "roads, where the port authority admits it has no divers of its own and no patrol boat at night.",
      "\u201cWe were told the anchorage was watched,\u201d her master said. \u201cIt was not. Nobody came near us "
      "for two days, except whoever put that thing on our hull.\u201d")
d.fur("Sign up to our daily bulletin for the week's security news. Email address  Subscribe")
d.web(1, "The navy said it would station a patrol vessel at the outer anchorage from Wednesday and asked masters to "
      "report any small craft approaching at night.")
d.fur("Most read", "Container rates fall for third week running", "Insurers quit Orsa refinery cover",
      "Advertisement",
      "We use cookies to personalise content and ads. By continuing you agree to our cookie policy. OK")
emit("r12_trade_paper_news_crawler_block_author_field_published_key_advert_first_words_pictures_relative_date_share_counts_inline_bulletin_box_cookie_at_foot", d, [
    dict(title=R12, authors=["Benedikt Oyelaran-Moss"], kind="news", date="2047-09-30",
         pub="Tidewater Shipping Gazette", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (title without the site suffix, its `published:` date is",
              "the date, as the page prints only `3 days ago`); the breadcrumb's last genre item `News` is the kind;",
              "the masthead in capitals is written in proper form; `Words: NAME` names the author, `Pictures: NAME`",
              "a photographer (no author); the subheading and the master's quoted words are text; adverts, the",
              "share row, photo caption, bulletin box, most-read list and cookie banner are furniture;",
              "`By-passing the inspection berth, …` and `her 45th voyage, her sixth this year` are prose."],
    one_line=True)
