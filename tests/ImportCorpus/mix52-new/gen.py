"""mix52-new: twelve invented raw files in the proportions of the hidden set (issue 6), written by a helper before any
run from monitors, sites, people and places of the writer's own invention (dated 2046), in shapes, wordings and layouts
chosen file by file to differ from mix49-new, mix50-new and mix51-new: three whole Terrorism Monitor issues as PDF text
with blank lines (q01-q03), two whole issues of invented sibling monitors (q04 with blank lines, q05 without), two web
versions of monitor articles (q06 of q01's first feature, q07 of q04's analysis) and five pages scraped from other
kinds of sites, one line per paragraph (q08-q12).
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
TMNOTICE = ["The Terrorism Monitor is a publication of the Weatherby-Stroud Foundation, 80 Caddell Row, Suite 4,",
            "Falmouth Heights, MD 21077. It appears every second week. Opinions are those of the authors alone and",
            "not of the Foundation. Reprints by written permission only. \u00a9 2046 Weatherby-Stroud Foundation."]

# ---------------------------------------------------------------------------------------------------------------------
# q01: a whole Terrorism Monitor issue (PDF text, blank lines): `TERRORISM MONITOR`, **`Volume XLIV  ·  Number 4`** (the
# issue word spelled `Number`) over **`Wednesday 21 February 2046`**; **contents as a table `Page  Article  Author(s)`**
# with one title wrapped in its column; **`BRIEFS` first** over two (**a bare name line**; **`BY NAME`**); feature A
# **`By NAME and NAME`**, a title-like subheading, `[n]`, `Notes`, **a bio of each co-author, one paragraph each, after
# the Notes**; feature B `By NAME`, a prose `By most estimates …` line start, a bulletin's `issue 4 … volume 44` in prose,
# a bio after the text; **running headers at the top of pages, page numbers set at the right at the foot, one header
# mangled**; the foundation's notice; sidecar.
Q01_B1 = "Ferry Crews at Lissom Sound Strike Over Missing Escorts"
Q01_B2 = "Arrests Follow Valve Sabotage on the Crenn Pipeline"
Q01_A = "Salt, Diesel and Loyalty: How the Brannock Brotherhood Pays Its Way Along the Orvin Coast"
Q01_C = "A Quiet Purge in the Hill Command of the Sarrat Front"
Q01_A_PARAS = [
    "Along the Orvin coast the Brannock Brotherhood no longer needs to rob anyone. It sells protection to the salt "
    "pans, takes a share of every barrel of diesel landed at the small quays between Tarrow and Menlock, and pays its "
    "two hundred or so fighters from the proceeds.[1]",
    "The group began in 2039 as a handful of former coastguard conscripts who refused to be disbanded. Seven years "
    "later it is, in the words of one port official, the only employer on the coast that always pays on Friday.",
    "The Salt Merchants of Orvin Quay",
    "The salt trade is old and its merchants are few. Four families buy almost all of the coarse salt raked from the "
    "pans, and all four now pay the Brotherhood a fixed sum for each cart that leaves the flats. In return the carts "
    "travel the coast road unmolested and the pans are guarded at night.[2]",
    "The merchants describe the payment as a road fee. Several of them said it costs less than the bribes the police "
    "used to take, and that the Brotherhood, unlike the police, keeps its word about the amount.",
    "Diesel is a larger business. Small tankers from across the gulf unload at night into drums, and the drums go "
    "inland on the same carts as the salt. The Brotherhood takes one drum in twelve and sells it back to the fishing "
    "cooperatives at a price just under the official one.[3]",
    "Breaking this economy by force would cost the coast its only steady wages. A more promising course would be to "
    "buy the salt directly at the pans and to license the small quays, so that the carts and the drums need no "
    "protection at all.",
]
Q01_A_NOTES = [
    "[1] Interviews by the authors with port staff and two salt merchants in Tarrow and Menlock, November 2045.",
    "[2] Orvin Provincial Council, Salt Pans Register, revised edition, January 2046, pp. 12\u201319.",
    "[3] Fisheries cooperative price lists for Menlock and Caddow, December 2045 and January 2046, seen by the "
    "authors.",
]
d = Doc(78, hyph=True)

def q01_break(page, mangled=False):
    head = ("TerrorismMonitor\u2014VolumeXLIV,Number4 \u00a4 21February 2046" if mangled
            else "Terrorism Monitor \u2014 Volume XLIV, Number 4 \u2014 21 February 2046")
    return ["", f"{page - 1:>78}", "", head, ""]

d.fur("TERRORISM MONITOR", "In-depth analysis of armed movements and the states that face them", "",
      "Volume XLIV  \u00b7  Number 4", "Wednesday 21 February 2046", "",
      "CONTENTS", "Page  Article                                                          Author(s)",
      "1     Briefs",
      "2     Salt, Diesel and Loyalty: How the Brannock Brotherhood Pays Its       Marisol Tenvik and",
      "      Way Along the Orvin Coast                                          Oduya Fenshaw-Lark",
      "4     A Quiet Purge in the Hill Command of the Sarrat Front              Jonah Pelletreau-Abi",
      "", "BRIEFS", "", Q01_B1, "Hallam Oyelaran-Reese", "")
d.para(1, "Crews of the three ferries that link Lissom Sound with the outer islands stopped work on 16 February, two "
       "days after a ferry was boarded by armed men who took the passengers' telephones and the ship's cash box.")
d.add()
d.para(1, "The crews want a patrol boat on every crossing. The maritime police say they have four boats for the whole "
       "sound and cannot escort every sailing; the islands have had no ferry for five days.")
d.fur("", Q01_B2, "BY TAVISH MOLLAND-ORR", "")
d.para(2, "Police in Crenn have arrested three men over the sabotage of a valve station on the Crenn pipeline, which "
       "spilled crude into a drainage ditch for most of a night in early February.", brk=(2, q01_break(2)))
d.add()
d.para(2, "Investigators say the men were paid to open the valve by a trader who wanted the line shut while his own "
       "tankers carried the oil. None of the three has been linked to an armed group.")
d.fur("", Q01_A, "By Marisol Tenvik and Oduya Fenshaw-Lark", "")
for i, p in enumerate(Q01_A_PARAS):
    if i:
        d.add()
    if p == "The Salt Merchants of Orvin Quay":
        d.add(p, 3)
    else:
        d.para(3, p, brk=(3, q01_break(3)) if i == 3 else None)
d.fur("", "Notes", "")
for i, p in enumerate(Q01_A_NOTES):
    if i:
        d.add()
    d.para(3, p)
d.fur("")
d.bio("Marisol Tenvik is a researcher at the Caddell Institute for Maritime Affairs, where she studies smuggling "
      "economies on the gulf coasts.")
d.add()
d.bio("Oduya Fenshaw-Lark is a former harbour master at Menlock and now advises the Orvin Provincial Council on "
      "port licensing.")
d.fur("", Q01_C, "By Jonah Pelletreau-Abi", "")
d.paras(4,
        "Since the new year the Sarrat Front has removed at least nine of the commanders who led its Hill Command, "
        "the wing that holds the high valleys above Kestrin. None has been killed; most have been sent to run supply "
        "depots in the lowlands, far from the men they led.",
        "By most estimates the Hill Command lost a third of its officers in these moves. The Front's leadership "
        "presents them as routine rotation, but the timing tells another story: each came within weeks of a "
        "commander speaking in favour of the ceasefire talks at Dunmere.",
        "The Front's own bulletin, Dawn Watch, announced the changes in issue 4 of what it calls volume 44, counting "
        "its volumes from the founding of the movement's first cell rather than from the bulletin's first number.")
d.add()
d.para(4, "The men who replaced the commanders are younger and come from the lowland districts. Several served in "
       "the Front's internal security office, which until now had no role in the mountains.", brk=(2, q01_break(4, True)))
d.add()
d.para(4, "A purge carried out without bloodshed suggests a leadership that is confident rather than frightened. "
       "It also suggests that the talks at Dunmere have fewer friends inside the Front than its negotiators claim.")
d.fur("", "Jonah Pelletreau-Abi is a journalist based in Kestrin who has covered the Sarrat valleys since 2038.", "",
      f"{4:>78}", "", *TMNOTICE)
Q01_META = dict(date="2046-02-21", pub=TM, volume=44, issue=4)
Q01 = "q01_tm_issue_number_spelled_weekday_date_contents_table_page_article_authors_briefs_first_bare_name_caps_by_two_authors_bios_each_after_notes_headers_top_page_right_one_mangled"
emit(Q01, d, [
    dict(title=Q01_B1, authors=["Hallam Oyelaran-Reese"], kind="brief", **Q01_META),
    dict(title=Q01_B2, authors=["Tavish Molland-Orr"], kind="brief", **Q01_META),
    dict(title=Q01_A, authors=["Marisol Tenvik", "Oduya Fenshaw-Lark"], kind="feature", **Q01_META),
    dict(title=Q01_C, authors=["Jonah Pelletreau-Abi"], kind="feature", **Q01_META)],
    comments=["Open choices: `Volume XLIV  ·  Number 4` over `Wednesday 21 February 2046` is volume 44, issue 4,",
              "2046-02-21; the contents table (`Page  Article  Author(s)`) is furniture; `BRIEFS` over a run of two",
              "gives brief; the two pieces the contents list by title under no label are features. `BY TAVISH",
              "MOLLAND-ORR` is written in proper case. The subheading `The Salt Merchants of Orvin Quay` is text (a",
              "heading inside the feature, not a title); `By most estimates …` opens a paragraph (text, no byline);",
              "`issue 4 of what it calls volume 44` is prose. The notes `[n] …` are text, the `Notes` heading is not;",
              "the two bios after the Notes and the bio after feature B are not text. Running headers (one mangled)",
              "and page numbers set at the right are furniture, as is the foundation's notice."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# q02: a whole Terrorism Monitor issue (PDF text, blank lines): the name with **`Volume XLIV, No. 9`** on its line over
# **`Friday, May 11, 2046`**; **`HIGHLIGHTS` of bullets `• Title — NAMES` with no pages**; feature A **`By NAME, NAME and
# NAME` (three authors)**, two subheadings (one reads like a title), `[n]`, `Notes`, **one bio paragraph of all three
# after the Notes**; feature B under **a bare name line**, `Order No. 9 of the XLIV Corps` in prose, a bio after the
# text; **`OTHER DEVELOPMENTS` (a section name, no genre) at the end over two** (`By NAME`; **unsigned**); **the running
# header printed only once, mangled**, other page breaks print only **`— N —`**; no sidecar.
Q02_A = "The Ferry Tax: Tolls, Tithes and the Finances of the Corran Shore Militias"
Q02_B = "Why the Ninth Corps Stopped Answering the Radio"
Q02_C = "Grenade Found Under Bus Shelter in Aldreth"
Q02_D = "Two Customs Posts on the Pell Road Abandoned"
d = Doc(78, hyph=True)

def q02_break(page, once=False):
    return ["", f"\u2014 {page - 1} \u2014", ""] + (["TerrorismMonitor|VolXLIV,No.9 \u2022May11,2046", ""] if once else [])

d.fur("Weatherby-Stroud Foundation", "", "TERRORISM MONITOR          Volume XLIV, No. 9", "Friday, May 11, 2046", "",
      "HIGHLIGHTS", "",
      f"\u2022 {Q02_A} \u2014 Ines Vardoulakis-Bree, Caspar Ndiaye-Holm and Ruth Amsel-Okoro",
      f"\u2022 {Q02_B} \u2014 Fennimore Stolt", "\u2022 Other developments: Aldreth, the Pell Road", "",
      Q02_A, "By Ines Vardoulakis-Bree, Caspar Ndiaye-Holm and Ruth Amsel-Okoro", "")
d.paras(1,
        "Every boat that crosses the Corran narrows pays twice: once at the ticket office of the ferry company and "
        "once, in cash, to the men who stand on the slipway at Harl Point. The second payment is the larger, and it "
        "finances three militias that between them hold the shore from Harl to the Esk estuary.[1]")
d.add()
d.add("A Toll Without a Booth", 1)
d.add()
d.para(1, "The militias never built a toll booth. Their collectors stand beside the ferry company's own staff, take "
       "the money in the open, and give receipts printed with a stamp copied from the old county seal. Drivers "
       "say the receipts are checked at the next roadblock inland, so nobody dares travel without one.[2]",
       brk=(2, q02_break(2, once=True)))
d.add()
d.para(1, "The sums are large for a poor shore. On a busy day two hundred vehicles cross; at the going rate the "
       "three militias share perhaps four thousand crowns a day, more than the county collects in a month.")
d.add()
d.add("The Ferryman of Dunlow Reach", 1)
d.add()
d.para(1, "The one man who refused to pay, a ferryman at Dunlow Reach who runs a single raft for farm carts, had "
       "his raft burned in March. He now carries carts again, and pays.[3]")
d.add()
d.para(1, "Any plan to starve these militias of money must start with the narrows. A second crossing upstream, "
       "outside their reach, would do more than any number of raids.")
d.fur("", "Notes", "")
d.para(1, "[1] Figures from the Corran Ferry Company's passenger returns for 2045, supplied to the authors.")
d.add()
d.para(1, "[2] Interviews with eleven drivers and two ferry clerks at Harl Point, March and April 2046.")
d.add()
d.para(1, "[3] Account of the ferryman and of two neighbours, recorded at Dunlow Reach on 9 April 2046.")
d.fur("")
d.bio("Ines Vardoulakis-Bree is a senior analyst at the Weatherby-Stroud Foundation. Caspar Ndiaye-Holm teaches "
      "economic geography at the University of Esk. Ruth Amsel-Okoro is a freelance reporter based in Harl.")
d.fur("", "", Q02_B, "Fennimore Stolt", "")
d.para(2, "For three weeks in April the headquarters of the army's Ninth Corps at Ostry heard nothing from four of its "
       "border companies. The silence ended only when a staff officer drove to the border himself and found the "
       "companies at their posts, their radios switched off by Order No. 9 of the XLIV Corps, a rival command "
       "that had never been told the Ninth was still there.")
d.add()
d.para(2, "The confusion goes back to last year's reform, which merged six corps into four on paper while leaving "
       "their commanders in place. Two headquarters now claim the same stretch of border, and each issues its "
       "own orders to the companies that hold it.", brk=(3, q02_break(3)))
d.add()
d.para(2, "Smugglers have noticed. Traffic on the mountain tracks rose sharply in April, and at least one group of "
       "armed men crossed into the valley at Sefton without being challenged.")
d.add()
d.para(2, "The ministry promises a single chain of command by the summer. Until then the companies on the border "
       "will answer whichever radio is switched on.")
d.fur("", "Fennimore Stolt writes on the armed forces of the northern states and is a former officer of the border",
      "guard.", "", "OTHER DEVELOPMENTS", "", Q02_C, "By Linnea Okafor-Strand", "")
d.para(3, "A bus driver in Aldreth found a grenade taped beneath the bench of a shelter on Mill Street early on 6 May. "
       "The army's disposal team removed it; the pin was in place, and police think it was left as a warning to "
       "the bus company, which had refused to pay a local gang.")
d.fur("", Q02_D, "")
d.para(4, "Customs officers have left their posts at Pell Cross and Upper Pell after a series of night-time threats. "
       "Lorries on the Pell Road now pass into the interior unchecked; the ministry says the posts will reopen "
       "once police can guard them.")
d.fur("", "\u2014 3 \u2014", "", *TMNOTICE)
Q02_META = dict(date="2046-05-11", pub=TM, volume=44, issue=9)
Q02 = "q02_tm_issue_vol_no_beside_name_weekday_us_date_highlights_bullets_no_pages_three_authors_one_bio_of_three_after_notes_bare_name_other_developments_unsigned_header_once_mangled_dash_page_numbers"
emit(Q02, d, [
    dict(title=Q02_A, authors=["Ines Vardoulakis-Bree", "Caspar Ndiaye-Holm", "Ruth Amsel-Okoro"], kind="feature", **Q02_META),
    dict(title=Q02_B, authors=["Fennimore Stolt"], kind="feature", **Q02_META),
    dict(title=Q02_C, authors=["Linnea Okafor-Strand"], kind="brief", **Q02_META),
    dict(title=Q02_D, authors=[], kind="brief", **Q02_META)],
    comments=["Open choices: `Volume XLIV, No. 9` beside the name over `Friday, May 11, 2046` is volume 44, issue 9,",
              "2046-05-11; the foundation's name over the masthead and the `HIGHLIGHTS` bullets are furniture; the two",
              "pieces the highlights list by title under no label are features; `OTHER DEVELOPMENTS` is a section",
              "name no page uses as a genre, over a run of two short pieces, so each is a brief (the second unsigned).",
              "The three-name byline names all three; their one bio paragraph after the Notes is not text. `The",
              "Ferryman of Dunlow Reach` and `A Toll Without a Booth` are subheadings (text). `Order No. 9 of the XLIV",
              "Corps` is prose. The running header printed once (mangled) and the `— N —` page numbers are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# q03: a whole Terrorism Monitor issue (PDF text, blank lines): **the date first** (`September 3, 2046`) over the name and
# **`Volume XLIV • Issue Seventeen`** (the issue in words); **`TABLE OF CONTENTS` of entries `N  Title — NAMES`** (the
# page first, two spaces) and `5  Briefs`; feature A `By NAME`, `[n]`, `Notes`, **a bio after the Notes opening
# `Dr NAME`**; **`BRIEFS` between the features** over three (`By NAME`; **`BY NAME AND NAME` in capitals**; **a bare
# name line**); feature B **`By NAME and NAME`** with a title-like subheading and **the bio of only the second
# co-author after the text**; **running footers `Terrorism Monitor | September 3, 2046` over `Page N`, one mangled**;
# `Brigade 17 of the 44th Division` and `By nightfall on 2 August …` in prose; sidecar.
Q03_A = "The Seminary Network: Recruitment Through Religious Schools in the Dorrow Uplands"
Q03_B1 = "Militia Checkpoint Removed from Farrow Bridge"
Q03_B2 = "Kidnapped Surveyors Freed in Upper Haske"
Q03_B3 = "Drone Debris Found Near Tollan Airfield"
Q03_C = "After the Siege: What the Fall of Corrow Bridge Means for the Eastern Front"
d = Doc(78, hyph=True)

def q03_break(page, mangled=False):
    foot = ("TerrorismMonitor|September3,2046 \u25a1" if mangled else "Terrorism Monitor | September 3, 2046")
    return ["", foot, f"Page {page - 1}", ""]

d.fur("September 3, 2046", "", "TERRORISM MONITOR", "Volume XLIV \u2022 Issue Seventeen", "",
      "TABLE OF CONTENTS", "", f"1  {Q03_A} \u2014 Halvard Quist", "2  Briefs",
      f"3  {Q03_C} \u2014 Aurelie Madsen-Tiwari and Gideon Roane", "", Q03_A, "By Halvard Quist", "")
d.paras(1,
        "In the upland districts around Dorrow, where the state runs almost no secondary schools, the boarding "
        "seminaries of the Ashfold order have become the main route out of the villages for boys over twelve. Over "
        "the past three years they have also become the main source of recruits for the Dorrow Vigilance, an armed "
        "movement that now holds two of the district's five valleys.[1]",
        "The seminaries do not recruit openly. Teachers sympathetic to the Vigilance pick out promising pupils, "
        "give them extra lessons in the movement's reading of scripture, and send them home in the holidays with "
        "letters of introduction to its local commanders.[2]",
        "The Vigilance repays the favour. It guards the seminaries' grain stores, pays for their roofs, and has "
        "twice driven off bandits who came for the boys' families. Parents who might object have good reason not "
        "to.")
d.add()
d.para(1, "Closing the seminaries would leave the uplands with no schools at all. The ministry's better course "
       "would be to open state schools in the valley towns, and to pay the seminaries' own teachers to staff "
       "them.[3]", brk=(2, q03_break(2)))
d.fur("", "Notes", "")
d.para(1, "[1] District education office, Dorrow, enrolment returns for 2043\u20132045, tables 2 and 3.")
d.add()
d.para(1, "[2] Interviews by the author with six former pupils in Dorrow town, June 2046.")
d.add()
d.para(1, "[3] Ministry of Education, Upland Schools Plan (draft), circulated in July 2046.")
d.fur("", "Dr Halvard Quist is a lecturer in religious studies at Ostgate College and has written on the Ashfold "
      "order", "since 2040.", "", "BRIEFS", "", Q03_B1, "By Saoirse Lindqvist-Obi", "")
d.para(2, "The Farrow Vigilance Committee removed its checkpoint from the Farrow bridge on 28 August after the "
       "provincial governor agreed to station police on both banks. Traders had paid the committee a fee at the "
       "bridge for more than a year.")
d.fur("", Q03_B2, "BY PIETER ANSAH AND MARGIT ELDRED-KUHN", "")
d.para(3, "Four surveyors of the state mapping agency, seized in Upper Haske on 19 August, were released unharmed "
       "a week later. The agency has not said whether a ransom was paid; the kidnappers called themselves the "
       "Haske Free Company and asked that the survey be stopped.", brk=(3, q03_break(3)))
d.fur("", Q03_B3, "Corvin Achterberg", "")
d.para(4, "Farmers near the military airfield at Tollan found the wreck of a small drone in a barley field on 30 "
       "August. It carried no explosives, and the air force says it was probably used to photograph the runway.")
d.fur("", Q03_C, "By Aurelie Madsen-Tiwari and Gideon Roane", "")
d.paras(5,
        "By nightfall on 2 August the last defenders of Corrow Bridge had surrendered, ending a siege of nine weeks. "
        "The town had been held by Brigade 17 of the 44th Division, which lost more than half its strength before "
        "the end.",
        "Nine Nights at Corrow Bridge",
        "The siege turned in its last nine nights, when the attackers cut the water main from the reservoir above "
        "the town. The brigade held on for as long as its own cisterns lasted and then negotiated its way out under "
        "the eyes of the provincial bishop.",
        "The loss of the bridge opens the valley road to the attackers for the first time since the war began. The "
        "army has no second line between Corrow and the provincial capital, only a string of police posts.")
d.add()
d.para(5, "Whether the attackers can use the road is another question. They took the town with men they cannot "
       "easily spare from the south, and the autumn rains will soon close the passes behind them.",
       brk=(2, q03_break(4, True)))
d.fur("", "Gideon Roane is a former correspondent in the eastern provinces and now edits the Roane Letter.", "",
      "Terrorism Monitor | September 3, 2046", "Page 4", "", *TMNOTICE)
Q03_META = dict(date="2046-09-03", pub=TM, volume=44, issue=17)
Q03 = "q03_tm_issue_date_first_issue_in_words_table_of_contents_page_first_briefs_between_caps_two_authors_bare_name_bio_dr_after_notes_bio_second_coauthor_footers_over_page_n_one_mangled"
emit(Q03, d, [
    dict(title=Q03_A, authors=["Halvard Quist"], kind="feature", **Q03_META),
    dict(title=Q03_B1, authors=["Saoirse Lindqvist-Obi"], kind="brief", **Q03_META),
    dict(title=Q03_B2, authors=["Pieter Ansah", "Margit Eldred-Kuhn"], kind="brief", **Q03_META),
    dict(title=Q03_B3, authors=["Corvin Achterberg"], kind="brief", **Q03_META),
    dict(title=Q03_C, authors=["Aurelie Madsen-Tiwari", "Gideon Roane"], kind="feature", **Q03_META)],
    comments=["Open choices: `September 3, 2046` over the name and `Volume XLIV • Issue Seventeen` is volume 44, issue",
              "17 (the number in words), 2046-09-03; the table of contents (`N  Title — NAMES`) is furniture; the two",
              "pieces it lists by title under no label are features, `BRIEFS` over three gives brief. `BY PIETER",
              "ANSAH AND MARGIT ELDRED-KUHN` names both in proper case; the bare name line `Corvin Achterberg` is a",
              "byline. The bio `Dr Halvard Quist is …` after the Notes and Gideon Roane's bio after the text (only the",
              "second co-author) are not text. `Nine Nights at Corrow Bridge` is a subheading (text); `By nightfall on",
              "2 August …` opens a paragraph (text); `Brigade 17 of the 44th Division` is prose. Footers over `Page N`",
              "(one mangled) and the notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# q04: a whole issue of an invented sibling monitor, *Hallowmere Basin Monitor* (PDF text, blank lines): **the name
# letterspaced in capitals** (`H A L L O W M E R E   B A S I N   M O N I T O R`), **`December 2046 (No. 18)`** (only a
# month and year, the number after it in brackets), the trust's line, **`In these pages` of entries `LABEL / Title /
# page N`**; **singular section labels**: `BRIEF` (`By NAME`), **`ANALYSIS`** (**`Author: NAME`**, `[n]`, a title-like
# subheading, **a running footer between two halves of a sentence**, `Notes`, **a bio after the Notes**),
# **`PERSPECTIVE`** (**a bare name line**, `Ward 18` in prose, a bio after the text), `BRIEF` (**`BY NAME`**); running
# footers `Hallowmere Basin Monitor — December 2046 — N`; the trust's notice; no sidecar.
HBM = "Hallowmere Basin Monitor"
Q04_A = "Reed Cutters and Raiders on the Southern Shore"
Q04_B = "The River Pact Frays: Water, Militias and the Kessow Barrage"
Q04_C = "Listening to the Fishermen Before the Soldiers"
Q04_D = "Police Station at Marrin Quay Reopens"
Q04_B_PARAS = [
    "The Kessow barrage was built to share the river between two provinces, and for thirty years the agreement that "
    "governs it held. This autumn it began to fail, and the armed groups on both banks have been quick to take "
    "advantage.[1]",
    "Under the River Pact the sluice keepers at Kessow open the gates on a fixed calendar, sending water south in "
    "the planting months and holding it back in the dry season. Since September the northern province has kept the "
    "gates closed for longer than the calendar allows, citing low water in its own reservoirs.",
    "The Boatmen of Kessow Bar",
    "The first to feel the change were the boatmen who carry goods across the bar below the barrage. With less water "
    "their heavier boats ground on the shoals, and several now pay the Shore Guard, a militia from the southern bank, "
    "to tow them across at night.[2]",
    "The Shore Guard has used the money to arm itself. In November its men occupied the southern sluice house, "
    "which the pact assigns to neither province, and said they would hold it until the calendar was restored.",
    "Neither provincial government wants to fight over the barrage, and both say they will return to the pact. The "
    "danger is that the militias now have a stake in the dispute, and a reason to keep it alive.[3]",
]
Q04_B_NOTES = [
    "[1] Kessow Barrage Authority, gate log for September to November 2046, published on 28 November.",
    "[2] Interviews by the author with boatmen at Kessow Bar and Lower Ferrin, November 2046.",
    "[3] Joint statement of the two provincial governors, Ferrin, 30 November 2046.",
]
d = Doc(78, hyph=True)

def q04_foot(page):
    return ["", f"{HBM} \u2014 December 2046 \u2014 {page}", ""]

d.fur("H A L L O W M E R E   B A S I N   M O N I T O R", "December 2046 (No. 18)",
      "Published by the Dunraven Trust for Regional Studies", "", "In these pages", "",
      f"BRIEF / {Q04_A} / page 1", f"ANALYSIS / {Q04_B} / page 1",
      f"PERSPECTIVE / {Q04_C} / page 2", f"BRIEF / {Q04_D} / page 3", "", "BRIEF", "", Q04_A,
      "By Elspeth Moraine-Kofi", "")
d.paras(1,
        "Reed cutters on the southern shore of the Hallowmere say they have stopped working the far beds after two "
        "of their boats were seized by armed men in November. The men took the reeds and let the cutters go.",
        "The shore police believe the raiders come from across the lake and sell the reeds to thatchers in the "
        "market towns.")
d.fur("", "ANALYSIS", "", Q04_B, "Author: Tomasz Ellery-Nwosu", "")
for i, p in enumerate(Q04_B_PARAS):
    if i:
        d.add()
    if p.startswith("The Boatmen"):
        d.add(p, 2)
    else:
        d.para(2, p, brk=(2, q04_foot(1)) if i == 1 else None)
d.fur("", "Notes", "")
for i, p in enumerate(Q04_B_NOTES):
    if i:
        d.add()
    d.para(2, p)
d.fur("", "Tomasz Ellery-Nwosu is a hydrologist and a research associate of the Dunraven Trust.", "",
      "PERSPECTIVE", "", Q04_C, "Ysolde Harrowgate", "")
d.paras(3,
        "Every report on the Hallowmere begins with the militias and ends with the army. Very few begin where "
        "people on the lake begin, with the fish.",
        "By the Trust's own reckoning the catch has fallen by a third in five years. The fishermen of the southern "
        "villages blame the barrage and the reed fires, and they are the first to know when strangers come ashore.",
        "When a boy from Marrin was wounded in a raid last month he was carried to Ward 18 of the district hospital "
        "by fishermen, not by soldiers, and it was the fishermen who told the police where the raiders had landed.")
d.add()
d.para(3, "A security policy for the lake that starts by asking the fishermen what they need would cost little, "
       "and it might find that the army is not what they ask for.", brk=(1, q04_foot(2)))
d.fur("", "Ysolde Harrowgate chairs the Marrin Fishermen's Cooperative and writes on life around the lake.", "",
      "BRIEF", "", Q04_D, "BY DORIAN QUELLET-ASARE", "")
d.para(4, "The police station at Marrin Quay, closed since an arson attack in June, reopened on 26 November with a "
       "staff of eight. The district commander said a boat would be added in the spring.")
d.fur("", f"{HBM} \u2014 December 2046 \u2014 3", "",
      "The Hallowmere Basin Monitor is published by the Dunraven Trust for Regional Studies, a registered charity.",
      "Views expressed are the authors' own. \u00a9 2046 Dunraven Trust.")
Q04_META = dict(date="2046-12-01", pub=HBM, issue=18)
Q04 = "q04_sibling_letterspaced_name_month_year_no_in_brackets_in_these_pages_label_slash_title_slash_page_brief_analysis_author_colon_footer_mid_sentence_bio_after_notes_perspective_bare_name_brief_caps"
emit(Q04, d, [
    dict(title=Q04_A, authors=["Elspeth Moraine-Kofi"], kind="brief", **Q04_META),
    dict(title=Q04_B, authors=["Tomasz Ellery-Nwosu"], kind="analysis", **Q04_META),
    dict(title=Q04_C, authors=["Ysolde Harrowgate"], kind="perspective", **Q04_META),
    dict(title=Q04_D, authors=["Dorian Quellet-Asare"], kind="brief", **Q04_META)],
    comments=["Open choices: the letterspaced capitals name the Hallowmere Basin Monitor, written in its proper form;",
              "`December 2046 (No. 18)` is issue 18 with no volume, dated 2046-12-01 (only a month and year); the",
              "singular labels `BRIEF`, `ANALYSIS`, `PERSPECTIVE` name the piece under each. `Author: NAME` and the",
              "bare name line are bylines; `BY DORIAN QUELLET-ASARE` in proper case. `The Boatmen of Kessow Bar` is a",
              "subheading (text); `By the Trust's own reckoning …` opens a paragraph (text); `Ward 18` is prose. The",
              "notes `[n] …` are text, `Notes` and the bios are not; footers (one between two halves of a sentence),",
              "the contents and the trust's notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# q05: a whole issue of an invented sibling monitor, *Varrow Strait Monitor*, printed WITHOUT blank lines (PDF text):
# the name in ordinary case over a tagline, **`Volume 9, Nr 3 — 12 March 2046`** (`Nr` for number), **`CONTENTS (page)` of
# entries `[N] Title — NAME`**; **`ANALYSES` (a plural genre) over two**: A **`By NAME, Senior Fellow`** (a role after a
# comma), a subheading, a bio after the text; B **`NAME and NAME` on a line of its own**, `[n]`, `Notes`, **a bio of
# both after the Notes in two sentences**; **`ON THE WATER` (a section name) over three short pieces** (unsigned;
# **`Reporting: NAME`**; `By NAME`); **running headers `VSM 9/3 — 12.03.2046` between halves of sentences, one
# mangled**; `Pier 9, Berth 3` in prose; sidecar.
VSM = "Varrow Strait Monitor"
Q05_A = "Pirates or Patriots? The Brothers of the Outer Reefs"
Q05_B = "Mines in the Shipping Lane: Who Laid the Field off Castellan Head"
Q05_C = "Night Curfew Lifted in Skarrow Harbour"
Q05_D = "Coastguard Cutter Fired On Near Helm Rock"
Q05_E = "Lighthouse Keepers Return to Fennick Island"
d = Doc(80, hyph=True)

def q05_head(mangled=False):
    return ["VSM9/3\u201412.03.2046 \u00a7" if mangled else "VSM 9/3 \u2014 12.03.2046"]

d.fur("Varrow Strait Monitor", "Security and trade on the strait and its islands",
      "Volume 9, Nr 3 \u2014 12 March 2046", "CONTENTS (page)", f"[1] {Q05_A} \u2014 Brennagh Oduya",
      f"[2] {Q05_B} \u2014 Lorcan Weiss-Abara, Imke Saltonstall", "[4] On the Water", "ANALYSES", Q05_A,
      "By Brennagh Oduya, Senior Fellow")
d.para(1, "The fishermen of the outer reefs call them the Brothers. The navy calls them pirates, and the Brothers "
       "themselves claim to be the only force defending the reef villages from the trawlers that strip their "
       "waters. Each description is partly true.")
d.para(1, "The group took shape in 2043, when the strait's authorities licensed foreign trawlers to fish inside the "
       "reefs. Young men from the villages began boarding the trawlers at night and cutting their nets; within a "
       "year they were taking the catch as well.", brk=(2, q05_head()))
d.add("Ransom and Reputation", 1)
d.para(1, "Since 2045 the Brothers have seized four merchant ships and released each after a ransom was paid. The "
       "money has bought them fast boats and the loyalty of the villages, where it pays for the school at Pier 9, "
       "Berth 3 of the old harbour.")
d.para(1, "Treating the Brothers only as criminals will not work while the trawlers remain. Revoking the licences "
       "would cost the strait's treasury, but it would take away the grievance that made the group.")
d.bio("Brennagh Oduya is a senior fellow of the Varrow Institute and a former naval officer.")
d.fur(Q05_B, "Lorcan Weiss-Abara and Imke Saltonstall")
d.para(2, "On 20 February the bulk carrier Aldous Quay struck a mine eleven miles off Castellan Head and sank in "
       "shallow water; her crew were taken off by a tug. Navy divers have since found six more mines in the "
       "main shipping lane.[1]")
d.para(2, "The mines are old, of a pattern the strait's navy used in the 2020s and later sold off as scrap. Whoever "
       "laid them bought them from a dealer or took them from a store that should have been emptied long ago.[2]",
       brk=(2, q05_head(True)))
d.para(2, "No group has claimed the field. The navy suspects a smuggling ring that wants ships to use a longer "
       "route through waters it controls, but it has offered no evidence, and the ring has no known means of "
       "laying mines at sea.[3]")
d.para(2, "Until the lane is swept, insurers will charge the strait's ports a war premium, and that alone may be "
       "what the layers wanted.")
d.fur("Notes")
d.para(2, "[1] Varrow Strait Navy, statement on the loss of the Aldous Quay, 21 February 2046.")
d.para(2, "[2] Register of naval stores sold for scrap, 2031\u20132036, Varrow Strait Treasury archive.")
d.para(2, "[3] Interview with a navy staff officer at Castellan, 1 March 2046.")
d.bio("Lorcan Weiss-Abara is a maritime lawyer in Castellan. Imke Saltonstall is a researcher at the Varrow "
      "Institute who studies naval procurement.")
d.fur("ON THE WATER", Q05_C)
d.para(3, "The harbour board at Skarrow lifted the night curfew on small boats on 8 March, six weeks after it was "
       "imposed following an attack on the fuel pier.")
d.fur(Q05_D, "Reporting: Anselm Quarrie")
d.para(4, "A coastguard cutter on patrol near Helm Rock came under rifle fire from a speedboat on the night of 4 "
       "March. No one was hurt; the speedboat escaped towards the outer reefs.", brk=(1, q05_head()))
d.fur(Q05_E, "By Tilde Abernethy-Oko")
d.para(5, "The two keepers of the Fennick Island light returned to their posts on 10 March after the coastguard "
       "agreed to land supplies every week. They had left in January when their boat was stolen.")
d.fur("The Varrow Strait Monitor is published monthly by the Varrow Institute. The views expressed are the authors'.")
Q05_META = dict(date="2046-03-12", pub=VSM, volume=9, issue=3)
Q05 = "q05_sibling_no_blank_lines_volume_nr_date_contents_page_in_brackets_analyses_over_two_by_name_role_two_names_line_bio_both_after_notes_on_the_water_run_unsigned_reporting_colon_headers_mid_sentence_one_mangled"
emit(Q05, d, [
    dict(title=Q05_A, authors=["Brennagh Oduya"], kind="analysis", **Q05_META),
    dict(title=Q05_B, authors=["Lorcan Weiss-Abara", "Imke Saltonstall"], kind="analysis", **Q05_META),
    dict(title=Q05_C, authors=[], kind="brief", **Q05_META),
    dict(title=Q05_D, authors=["Anselm Quarrie"], kind="brief", **Q05_META),
    dict(title=Q05_E, authors=["Tilde Abernethy-Oko"], kind="brief", **Q05_META)],
    comments=["Open choices: the issue prints no blank lines; `Volume 9, Nr 3 — 12 March 2046` is volume 9, issue 3",
              "(`Nr` a number), 2046-03-12; `ANALYSES` (a plural genre) over two long pieces names each analysis; `ON",
              "THE WATER` is a section name no page uses as a genre, over a run of three short pieces, so each is a",
              "brief. `By NAME, Senior Fellow` names the person without the role; the line `NAME and NAME` under the",
              "title is a byline; `Reporting: NAME` is a byline. `Ransom and Reputation` is a subheading (text);",
              "`Pier 9, Berth 3` is prose. The notes `[n] …` are text, `Notes` and the bios are not; running headers",
              "`VSM 9/3 — 12.03.2046` (one mangled) between halves of sentences, the contents and the closing line are",
              "furniture."],
    sidecar="publication: Varrow Strait Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# q06: **the web version of q01's first feature** on the foundation's site, one line per paragraph with blank lines
# between: the site's name, **`Donate | Newsletter | Log in`**, a menu, **`You are in: Programs › Terrorism Monitor ›
# Volume XLIV › Number 4`**, `FEATURE` over the title, **the two names joined by `&`**, **`21 Feb 2046 | Terrorism
# Monitor Volume XLIV, Number 4`**, `Share this:` bar, **an image line with its credit in brackets**, the article, `Notes`,
# **`The authors` with each name over its bio**, **`You might also like` teasers (one titled `By Sea and by Salt: …`)**,
# a sign-up line, the footer; sidecar `url:`.
d = Doc()
d.fur("Weatherby-Stroud Foundation", "", "Donate | Newsletter | Log in", "",
      "Research    Programs    Events    Experts    About", "", "Search", "",
      "You are in: Programs \u203a Terrorism Monitor \u203a Volume XLIV \u203a Number 4", "", "FEATURE", "", Q01_A, "",
      "Marisol Tenvik & Oduya Fenshaw-Lark", "", "21 Feb 2046 | Terrorism Monitor Volume XLIV, Number 4", "",
      "Share this: Facebook \u00b7 LinkedIn \u00b7 Email \u00b7 Print", "",
      "[Image: Salt carts on the coast road south of Tarrow. (Credit: Weatherby-Stroud Foundation archive)]", "")
d.web(1, *Q01_A_PARAS, sep=True)
d.fur("", "Notes", "")
d.web(1, *Q01_A_NOTES, sep=True)
d.fur("", "The authors", "", "Marisol Tenvik", "",
      "Marisol Tenvik is a researcher at the Caddell Institute for Maritime Affairs, where she studies smuggling "
      "economies on the gulf coasts.", "", "Oduya Fenshaw-Lark", "",
      "Oduya Fenshaw-Lark is a former harbour master at Menlock and now advises the Orvin Provincial Council on port "
      "licensing.", "", "You might also like", "", "By Sea and by Salt: Smuggling Routes of the Gulf Coast", "",
      "9 Jan 2046", "", "A Quiet Purge in the Hill Command of the Sarrat Front", "", "21 Feb 2046", "",
      "Sign up to receive the Terrorism Monitor every second Wednesday.", "",
      "\u00a9 2046 Weatherby-Stroud Foundation \u00b7 Privacy \u00b7 Terms of use \u00b7 Contact")
Q06 = "q06_tm_web_version_of_q01_feature_donate_bar_you_are_in_breadcrumb_names_with_ampersand_abbreviated_date_bar_publication_image_credit_in_brackets_the_authors_box_you_might_also_like"
emit(Q06, d, [dict(title=Q01_A, authors=["Marisol Tenvik", "Oduya Fenshaw-Lark"], kind="feature", **Q01_META)],
     comments=["Open choices: the web version of q01's first feature, labelled as its page prints it: `FEATURE` over",
               "the title gives feature, `21 Feb 2046 | Terrorism Monitor Volume XLIV, Number 4` gives 2046-02-21,",
               "volume 44, issue 4; `NAME & NAME` names both. The subheading is text, as are the notes `[n] …`; the",
               "`Notes` heading, the image line, `The authors` box, the teasers (`By Sea and by Salt: …` is a related",
               "title, no byline), the sign-up line and the footer are not."],
     sidecar="url: https://weatherby-stroud.example.org/programs/terrorism-monitor/salt-diesel-and-loyalty",
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q07: **the web version of q04's analysis** on the trust's site, one line per paragraph with NO blank lines: the
# trust's name, `Menu ☰`, **`Publications > Hallowmere Basin Monitor > December 2046 (No. 18)`**, `Analysis` over the
# title, **`NAME — 9 December 2046`** (name and date on one line after a dash), `5 minute read`, `Print this page |
# Download PDF`, the article, **numbered notes `1. …` under `Notes`** (markers `[n]` in the text), **`About NAME` over
# the bio**, **`From the same issue` teasers**, the charity line with its number; no sidecar.
d = Doc()
d.fur("Dunraven Trust for Regional Studies", "Menu \u2630",
      "Publications > Hallowmere Basin Monitor > December 2046 (No. 18)", "Analysis", Q04_B,
      "Tomasz Ellery-Nwosu \u2014 9 December 2046", "5 minute read", "Print this page | Download PDF")
d.web(1, *Q04_B_PARAS)
d.fur("Notes")
d.web(1, *[n.replace(f"[{k}] ", f"{k}. ") for k, n in enumerate(Q04_B_NOTES, 1)])
d.fur("About Tomasz Ellery-Nwosu",
      "Tomasz Ellery-Nwosu is a hydrologist and a research associate of the Dunraven Trust.",
      "From the same issue", Q04_A, Q04_C,
      "The Dunraven Trust for Regional Studies is a registered charity, No. 1184418. \u00a9 2046. Accessibility | Privacy")
Q07 = "q07_sibling_web_version_of_q04_analysis_no_blank_lines_menu_breadcrumb_issue_month_no_label_over_title_name_dash_date_reading_time_print_numbered_notes_about_name_from_the_same_issue_charity_number"
emit(Q07, d, [dict(title=Q04_B, authors=["Tomasz Ellery-Nwosu"], kind="analysis", date="2046-12-09", pub=HBM, issue=18)],
     comments=["Open choices: the web version of q04's analysis, labelled as its page prints it: `Analysis` over the",
               "title; `NAME — 9 December 2046` gives the author and 2046-12-09; the breadcrumb's `December 2046",
               "(No. 18)` gives issue 18 with no volume; the publication is the monitor, not the trust whose site",
               "carries it. The subheading and the notes `N. …` are text; `Notes`, `About NAME` and the bio, the",
               "teasers (the issue's other titles) and the charity line are not."],
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q08: an **intergovernmental body's backgrounder** (*Lake States Concord*) opening with **a crawler's YAML block (the
# site after ` :: `, an ISO date)**; a cookie line with two choices, the name, `Home › Newsroom › Backgrounders`,
# `Backgrounder` over the title, **three names as `NAME, NAME & NAME`**, a date, **a map placeholder**, a subheading,
# **markers glued to words and after stops**, `By the Concord's estimate, …` and `Convoy 12, Column 4` in prose,
# **`References` of `N. Title – Site, accessed DATE, URL`**, **a designations disclaimer**, share line, related
# backgrounders, the copyright; sidecar `url:`.
LSC = "Lake States Concord"
Q08_T = "Who Guards the Grain Convoys? A Backgrounder on the Tessaly Corridor"
d = Doc()
d.fur("---", f'title: "{Q08_T} :: {LSC}"',
      "source: https://lakestatesconcord.example.int/newsroom/backgrounders/grain-convoys-tessaly-corridor",
      "date: 2046-06-27",
      'description: "How three armed escorts came to protect, and to tax, the grain convoys on the Tessaly corridor."',
      "---", "We use cookies to understand how our site is used. Accept all | Manage preferences", LSC,
      "Home \u203a Newsroom \u203a Backgrounders", "Backgrounder", Q08_T,
      "Rosalind Ekwueme-Varga, Teodor Blaskovic & Hanne Mbeki-Lund", "27 June 2046",
      "[Interactive map: the Tessaly corridor \u2014 loading\u2026]")
d.web(1,
      "Every week some forty lorries of grain leave the lake ports for the inland provinces along the Tessaly "
      "corridor, a single road of three hundred kilometres through hill country where no state has kept order for "
      "a decade. The convoys arrive because they are escorted, and the escorts are paid.1",
      "By the Concord's estimate, escort fees now add a fifth to the price of a tonne of wheat delivered at the far "
      "end of the road.2 The money goes to three armed groups, each of which guards one stretch and hands the "
      "convoy to the next at an agreed point.",
      "Three Escorts, One Road",
      "The first stretch, from the ports to the Osk crossing, is held by the Lakeside Watch, a militia formed from "
      "dock workers in 2039. Beyond Osk the road belongs to the Hill Companies, and the last hundred kilometres to "
      "the remnants of a provincial police force that has not been paid by its own government since 2044.3",
      "The handovers are orderly. Drivers describe a routine in which Convoy 12, Column 4 and every other column "
      "wait at a lay-by while the two escorts count the lorries and exchange a signed list.",
      "The arrangement has kept the grain moving, but it has also made three armed groups dependent on a road they "
      "have every reason to keep dangerous. The Concord's food programme is now studying whether a rail link, "
      "long planned and never built, could carry the grain instead.")
d.fur("References")
d.web(1,
      "1. Grain Corridor Monitoring Report, Second Quarter 2046 \u2013 Lake States Concord, accessed 20 June 2046, "
      "https://lakestatesconcord.example.int/food/corridor-report-q2-2046",
      "2. Escort fees and the price of bread \u2013 Inland Markets Bulletin, accessed 21 June 2046, "
      "https://inlandmarkets.example/bulletin/escort-fees",
      "3. Unpaid police in the eastern provinces \u2013 Tessaly Public Radio, accessed 22 June 2046, "
      "https://tessalyradio.example/news/unpaid-police")
d.fur("The designations employed on this page do not imply the expression of any opinion on the part of the Lake "
      "States Concord concerning the legal status of any territory or of its authorities.",
      "Share: Email | Mastodon | Print", "Related backgrounders",
      "Fishing Rights on the Upper Lakes: A Short History", "Ports Under Pressure: The Lake Harbours Since 2040",
      "\u00a9 Lake States Concord 2046 | Terms | Privacy | Contact the Newsroom")
Q08 = "q08_intergovernmental_backgrounder_crawler_yaml_site_after_double_colon_cookie_two_choices_breadcrumb_label_three_names_ampersand_map_placeholder_glued_markers_references_accessed_designations_disclaimer"
emit(Q08, d, [dict(title=Q08_T, authors=["Rosalind Ekwueme-Varga", "Teodor Blaskovic", "Hanne Mbeki-Lund"],
                   kind="backgrounder", date="2046-06-27", pub=LSC)],
     comments=["Open choices: the crawler block is metadata, not text (its title carries the site after ` :: `);",
               "`Backgrounder` over the title (and the breadcrumb's `Backgrounders`) gives backgrounder; the line",
               "`NAME, NAME & NAME` names all three; `By the Concord's estimate, …` opens a paragraph (text);",
               "`Convoy 12, Column 4` is prose. The subheading and the `References` entries are text, their heading",
               "is not; the cookie line, the map placeholder, the disclaimer, the share line, the related items and",
               "the copyright are furniture."],
     sidecar="url: https://lakestatesconcord.example.int/newsroom/backgrounders/grain-convoys-tessaly-corridor",
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q09: a **professional association's news item** (*Guild of Harbour Security Officers*), no crawler block: `Skip to
# content`, a members' bar, the name, `Home / News / Industry news`, the title, **`Posted by NAME on Thursday 14 June
# 2046 at 09:12`** (name before date), **a photo caption with `Photo:` credit**, `By the inquiry's count, …` and `Berth
# 9, Gate 44` in prose, a subheading, a quoted port director, **a forum prompt**, **a subscribe blurb with a form**,
# **a disclaimer**, **`‹ Previous post:` / `Next post: … ›`**, the copyright with the registered office; no sidecar.
GHSO = "Guild of Harbour Security Officers"
Q09_T = "Cargo thieves used forged gate passes at Port Ellery, inquiry finds"
d = Doc()
d.fur("Skip to content", "Members' area | Join the Guild | Contact", GHSO, "Home / News / Industry news", Q09_T,
      "Posted by Magnus Adeyemi-Strand on Thursday 14 June 2046 at 09:12",
      "Gate 4 at Port Ellery, where most of the forged passes were used. Photo: Guild archive / K. Lindahl")
d.web(1,
      "An inquiry into the loss of containers at Port Ellery has found that the thieves drove in and out through the "
      "main gates using passes forged on the port's own printer, which had been left in an unlocked office.",
      "By the inquiry's count, forty-one containers left the port on forged passes between January and April. Most "
      "were taken from the stacks between Berth 9, Gate 44 and the rail siding, an area with no cameras.",
      "The inquiry, led by a retired customs officer, found no evidence that any armed group was involved. It "
      "criticised the port for treating pass checks as a formality on busy shifts.",
      "What the inquiry recommends",
      "The report asks for passes with photographs, a second check at the exit gate and cameras along the whole "
      "length of the stacks. It also recommends that gate staff be rotated between shifts.",
      "\u201cWe accept every recommendation,\u201d said Oona Brackley, director of Port Ellery. \u201cThe first "
      "cameras will be in place by the end of July.\u201d")
d.fur("Members can discuss the findings in the Guild forum (log in required).",
      "Get Guild news in your inbox every Friday. Enter your email address | Subscribe",
      "Disclaimer: news items report developments of interest to members and do not represent the Guild's policy.",
      "\u2039 Previous post: Annual conference opens in Tallow Bay",
      "Next post: New training standard for gate officers agreed \u203a",
      "\u00a9 2046 Guild of Harbour Security Officers. Registered office: 3 Wharf Lane, Tallow Bay.")
Q09 = "q09_association_news_item_skip_link_members_bar_breadcrumb_industry_news_posted_by_name_on_weekday_date_at_time_photo_credit_subheading_quote_forum_prompt_subscribe_form_disclaimer_previous_next_post"
emit(Q09, d, [dict(title=Q09_T, authors=["Magnus Adeyemi-Strand"], kind="news", date="2046-06-14", pub=GHSO)],
     comments=["Open choices: the breadcrumb's `Industry news` gives news (a section label `… news` names news);",
               "`Posted by NAME on Thursday 14 June 2046 at 09:12` gives the author and 2046-06-14; the photographer",
               "in the caption and the quoted director are no authors; `By the inquiry's count, …` opens a paragraph",
               "(text); `Berth 9, Gate 44` is prose. The subheading and the quotation are text; the forum prompt, the",
               "subscribe form, the disclaimer, the previous/next posts and the copyright are furniture."],
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q10: a **fact-checking site's fact check** (*Clearwater Check*) opening with **a crawler's block whose title, date and
# description are `unknown`**; the name, a menu with bars, `Fact check` over the title, **`Checked by NAME | Edited by
# NAME`** (the editor no author), **`Published 3 July 2046 · Updated 4 July 2046`**, the claim and verdict lines (text),
# `By the time the clip reached …` and `Platform 3, Pier 41` in prose, **the site's rating scale** (furniture), a share
# line, **`Spotted something we should check?`** (a standing prompt), `More fact checks`, the footer; sidecar `url:`.
CWC = "Clearwater Check"
Q10_T = "No, this video does not show an attack on the Lissom Sound ferry"
d = Doc()
d.fur("---", "title: unknown", "source: https://clearwatercheck.example/fact-checks/lissom-ferry-video-is-old",
      "date: unknown", "description: unknown", "---", CWC,
      "Fact checks | Explainers | How we work | Support us", "Fact check", Q10_T,
      "Checked by Yara Pemberton-Ssali | Edited by Joachim Orrey", "Published 3 July 2046 \u00b7 Updated 4 July 2046")
d.web(1,
      "Claim: A video shared widely on 1 July shows a bomb exploding on board a Lissom Sound ferry.",
      "Our verdict: False. The video was filmed in 2041 during a fireworks display in Castellan harbour.",
      "The clip, about twenty seconds long, shows a bright flash beside a white ship at night and people shouting. "
      "It was posted on several accounts on the evening of 1 July with captions saying that a ferry to the outer "
      "islands had been bombed.",
      "By the time the clip reached the larger accounts it had been cropped, removing a banner for the Castellan "
      "harbour festival that is visible in the top corner of the original.",
      "We found the original on a video site, uploaded on 15 August 2041 by a visitor to the festival. The ship in "
      "the clip is moored at Platform 3, Pier 41 of Castellan harbour, which is not a ferry berth.",
      "The Lissom Sound ferry company told us that all three of its ferries completed their crossings on 1 July "
      "without incident. The maritime police said they had no report of an explosion on the sound that week.")
d.fur("How we rate claims: True \u00b7 Mostly true \u00b7 Missing context \u00b7 Misleading \u00b7 False",
      "Share this fact check: Copy link | Email | Messenger",
      "Spotted something we should check? Send it to tips@clearwatercheck.example",
      "More fact checks", "Photo of flooded polling station is from 2043, not this year",
      "Minister did not say the border would close in August",
      "Clearwater Check is an independent, non-profit fact-checking service. \u00a9 2046")
Q10 = "q10_fact_check_crawler_block_unknown_title_date_description_menu_bars_label_checked_by_edited_by_published_updated_claim_verdict_text_rating_scale_share_standing_prompt_more_fact_checks"
emit(Q10, d, [dict(title=Q10_T, authors=["Yara Pemberton-Ssali"], kind="fact check", date="2046-07-03", pub=CWC)],
     comments=["Open choices: the crawler block's `unknown` placeholders are ignored; `Fact check` over the title",
               "gives fact check; `Checked by NAME` names the author, the editor of `Edited by NAME` is none;",
               "`Published 3 July 2046 · Updated 4 July 2046` gives 2046-07-03. The `Claim:` and `Our verdict:` lines",
               "are text (they state what this piece checked and found), the rating scale is furniture; `By the time",
               "the clip reached …` opens a paragraph (text); `Platform 3, Pier 41` is prose. The share line, the",
               "standing prompt, the other fact checks and the footer are furniture."],
     sidecar="url: https://clearwatercheck.example/fact-checks/lissom-ferry-video-is-old",
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q11: a **peace NGO's briefing note** (*Kestrel Hill Peace Fellowship*) opening with **a crawler's YAML block (the site
# after ` / `, unquoted)**; `Menu | Search | Donate`, the name, `Resources » Briefing notes`, **`Briefing Note` over the
# title**, a date, `Download this briefing (PDF, 412 KB)`, **no byline**; **word-processor roman endnotes
# `[[i]](URL#_edn1)` inside sentences, before commas**, a subheading, `By September, …` and `Shelter 12, Block 4` in
# prose, **`Notes and sources` over the entries `[[i]](URL#_ednref1) …`**, **an italic closing bio `*The Rev. Dr NAME
# is …*`, the only place the author is named**, a funder's note, `Share | Print`, a mailing-list blurb, the footer; no
# sidecar.
KHPF = "Kestrel Hill Peace Fellowship"
Q11_T = "Returning Home to the Sefton Valley: Risks for Displaced Families"
Q11_U = "https://kestrelhill.example.org/resources/briefing-notes/returning-home-sefton-valley"
d = Doc()
d.fur("---", f"title: {Q11_T} / {KHPF}", f"source: {Q11_U}", "date: 2046-08-20",
      "description: A briefing note on the return of displaced families to the Sefton valley after the ceasefire.",
      "---", "Menu | Search | Donate", KHPF, "Resources \u00bb Briefing notes", "Briefing Note", Q11_T,
      "20 August 2046", "Download this briefing (PDF, 412 KB)")
d.web(1,
      "Since the ceasefire of May, some nine thousand families have begun to return to the Sefton valley from the "
      f"camps on the plain.[[i]]({Q11_U}#_edn1) Most find their houses standing but their fields sown with "
      "unexploded ordnance, and their wells fouled.",
      "By September, when the camps are due to close, the number of returns is expected to double. The valley's "
      f"two clinics[[ii]]({Q11_U}#_edn2), both reopened in July, cannot serve even the families already there.",
      "What Families Told Us",
      "In interviews in Shelter 12, Block 4 of the Arden camp and in four valley villages, families said their first "
      "worry was not the armed groups but the fields. Several had already lost animals to mines, and one family a "
      f"son.[[iii]]({Q11_U}#_edn3)",
      "The Fellowship asks the provincial authorities to delay the closure of the camps until the fields around the "
      "villages have been surveyed, and to fund a mobile clinic for the upper valley.")
d.fur("Notes and sources")
d.web(1,
      f"[[i]]({Q11_U}#_ednref1) Provincial Office for Displaced Persons, return figures to 31 July 2046.",
      f"[[ii]]({Q11_U}#_ednref2) Sefton District Health Board, statement of 14 July 2046.",
      f"[[iii]]({Q11_U}#_ednref3) Interviews conducted by the Fellowship's field team, 2\u20139 August 2046.")
d.fur("*The Rev. Dr Alma Greythorn-Sesay is the Fellowship's field coordinator in the Sefton valley and a minister of "
      "the Lowland Reformed Church.*",
      "This briefing was produced with the support of the Orrindale Charitable Fund. The views expressed are the "
      "Fellowship's alone.", "Share | Print",
      "Stay informed: join our mailing list for briefings and news from the field.",
      "\u00a9 2046 Kestrel Hill Peace Fellowship \u00b7 Registered charity 1170442 \u00b7 Privacy")
Q11 = "q11_peace_ngo_briefing_note_crawler_yaml_site_after_slash_unquoted_menu_breadcrumb_label_no_byline_download_roman_endnotes_mid_sentence_notes_and_sources_italic_bio_rev_dr_funder_note_mailing_list"
emit(Q11, d, [dict(title=Q11_T, authors=["Alma Greythorn-Sesay"], kind="briefing note", date="2046-08-20", pub=KHPF)],
     comments=["Open choices: the crawler block is metadata (its title carries the site after ` / `); `Briefing Note`",
               "over the title gives briefing note (two words, as printed); the page prints no byline, and the italic",
               "closing bio `*The Rev. Dr NAME is …*` names the author (honorifics left out) and is not text. The",
               "roman endnote entries are text, their heading `Notes and sources` is not; `By September, …` opens a",
               "paragraph (text); `Shelter 12, Block 4` is prose; `What Families Told Us` is a subheading (text). The",
               "download line, the funder's note, the share line, the mailing-list blurb and the footer are furniture."],
     one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# q12: a **review site's book review** (*Fenwick Review of Books*) opening with **a crawler's YAML block (quoted title,
# the site after ` – `, an ISO date with time and offset)**; the name, a menu with middots, the title in sentence case,
# **`Posted 2 October 2046 by NAME in Book reviews`**, **a cover credit**, **the reviewed book's block: its title, `By
# NAME` (the book's author, no byline) and its publisher line**, a subheading, `Chapter 4, Section 12` in prose,
# `Tags:`, a share line, **`Previous review:` / `Next review:`**, **a cookie banner at the foot**; no sidecar.
FRB = "Fenwick Review of Books"
Q12_T = "Militias and markets in the eastern fens"
d = Doc()
d.fur("---", f'title: "{Q12_T} \u2013 {FRB}"',
      "source: https://fenwickreview.example/2046/10/02/militias-and-markets-eastern-fens/",
      "date: 2046-10-02T08:00:00+01:00",
      "description: \"Osric Pell's study of the fen militias is patient, detailed and a little too fond of its "
      "subjects.\"", "---", FRB, "Reviews \u00b7 Essays \u00b7 Podcast \u00b7 Subscribe", Q12_T,
      "Posted 2 October 2046 by Winifred Achebe-Laurent in Book reviews",
      "Cover image courtesy of Harlow Vale University Press",
      "The Silent Quarter: Militias and Markets in the Eastern Fens", "By Osric Pell",
      "Harlow Vale University Press, 2046. 312 pp. \u00a324.")
d.web(1,
      "For twenty years the eastern fens have been governed, if that is the word, by a patchwork of dyke "
      "committees, eel-trapping cooperatives and armed men who say they protect both. Osric Pell spent four of "
      "those years living among them, and his book is the fullest account we have of how the arrangement works.",
      "Pell's central claim is that the fen militias are best understood as market makers. They set the price of "
      "eels at the landing stages, guarantee the weights, and take a cut for their trouble; violence, in his account, "
      "is what happens when the market breaks down, not the business itself.",
      "A Historian Among the Dykes",
      "The strongest chapters are the ones built on the committees' own ledgers, which Pell was allowed to copy. "
      "Chapter 4, Section 12 reconstructs a year of eel prices at Hollin Staithe and shows them rising and falling "
      "with the militia's quarrels rather than with the catch.",
      "The weakness of the book is its fondness for its subjects. Pell rarely asks what the arrangement costs the "
      "families who trap no eels and sit on no committee, and the two pages he gives to the killings at Marsh End "
      "read like an apology.",
      "Even so, anyone who wants to understand how armed groups govern places the state has left should start here.")
d.fur("Tags: fens, militias, economic history", "Share this: Email \u00b7 Copy link",
      "Previous review: The Lighthouse Years, by Maren Oake",
      "Next review: A Ledger of Salt: Trade and War on the Orvin Coast",
      "We use cookies to remember your preferences. OK | Read more")
Q12 = "q12_review_site_book_review_crawler_yaml_site_after_en_dash_iso_offset_menu_sentence_case_title_posted_date_by_name_in_category_cover_credit_book_block_by_author_subheading_tags_previous_next_review_cookie_at_foot"
emit(Q12, d, [dict(title=Q12_T, authors=["Winifred Achebe-Laurent"], kind="review", date="2046-10-02", pub=FRB)],
     comments=["Open choices: the crawler block is metadata (its title carries the site after ` – `); the category",
               "`Book reviews` on the posted line gives review (a true synonym the catalogue folds, singular);",
               "`Posted 2 October 2046 by NAME in …` gives the author and 2046-10-02; the reviewed book's block (its",
               "title, `By Osric Pell`, the publisher line) names the book and its author, who is no author of the",
               "page, and is not text; the cover credit is not text. The subheading is text; `Chapter 4, Section 12` is",
               "prose. Tags, the share line, the previous/next reviews (`The Lighthouse Years, by NAME` is a teaser)",
               "and the cookie banner at the foot are furniture."],
     one_line=True)
