"""mix55-new: twelve invented raw files in the proportions of the hidden set of issue 6, written by a helper before any
run from monitors, sites, people and places of the writer's own invention (dated 2049), in shapes, wordings and layouts
chosen file by file to differ from mix49-new to mix54-new: three whole Terrorism Monitor issues as PDF text (x01 and
x02 with blank lines, x03 printed WITHOUT them), two whole issues of invented sibling monitors (x04 with blank lines,
x05 with blank lines and justified lines padded with runs of spaces), two web versions of monitor articles, one article
per page (x06 of x01's feature, a reader-view scrape; x07 of a Terrorism Monitor commentary from an issue not in the
set, on the foundation's digital archive), and five pages scraped from other kinds of sites, one line per paragraph,
three of them opening with a crawler's YAML block (x08-x12).
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with long words hyphenated at line ends.
The helpers (Doc, emit, HDoc) are those of mix54-new/gen.py, copied unchanged; PDoc (furniture given as (line, n)
pairs, for notes printed at the foot of a page) and JDoc (justified lines) are added.
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




import re


class HDoc(Doc):
    """Doc whose paragraphs mark long words (capitalised or followed by punctuation too) as hyphenable at a line end."""

    def para(self, n, text, brk=None, indent="", width=None):
        def mark(m):
            w, cuts = m.group(1), list(range(3, len(m.group(1)) - 2, 3))
            return "".join(w[a:b] + "~" for a, b in zip([0] + cuts, cuts)) + w[cuts[-1]:] + m.group(2)
        text = re.sub(r"(?<![\w/.@-])([A-Za-z][a-z]{7,})([.,;:]?)(?=\s|$)", mark, text)
        super().para(n, text, brk, indent, width)




class PDoc(HDoc):
    """HDoc whose furniture lists may hold (line, n) pairs: article text printed inside a page break (foot notes)."""

    def fur(self, *texts):
        for t in texts:
            if isinstance(t, tuple):
                self.add(*t)
            else:
                self.add(t, 0)


class JDoc(PDoc):
    """PDoc whose wrapped lines (all but a paragraph's last) are justified to the width by runs of spaces."""

    def wrap(self, text, width=None):
        width = width or self.width
        lines = super().wrap(text, width)
        out = []
        for i, ln in enumerate(lines):
            words = ln.split(" ")
            if i == len(lines) - 1 or len(words) < 2 or ln.startswith("\x01"):
                out.append(ln)
                continue
            gaps, extra = len(words) - 1, width - len(ln)
            res = words[0]
            for k, w in enumerate(words[1:]):
                res += " " * (1 + extra // gaps + (1 if k < extra % gaps else 0)) + w
            out.append(res)
        return out


TM = "Terrorism Monitor"

# ---------------------------------------------------------------------------------------------------------------------
# x01: a whole Terrorism Monitor issue, PDF text with blank lines: the foundation in capitals over the name and
# `Vol. 47 (XLVII)  —  Iss. 4` with a day-first SLASHED date `20/02/2049` far right on the same line; `IN THIS ISSUE` of
# entries opened by a PAGE RANGE `pp. 1–4` with the authors in brackets on an indented line under the title; feature A
# (listed by title under no label) with a byline WRAPPED ONTO TWO LINES (`By Professor NAME` / `and NAME`), `[n]`
# markers and its notes printed as FOOTNOTES AT THE FOOT OF EACH PAGE under a short rule; `PROFILE` (singular) over a
# piece whose title names the profiled man, `By NAME`, a title-like subheading; `ON THE RADAR` (a section name) over
# three: `NAME, Correspondent` under the title, a signature `— NAME, PLACE` after the text, and one unsigned; running
# headers pushed to the right by spaces, `Terrorism Monitor  |  20/02/2049  |  N`, one mangled, between halves of
# sentences; the issue's bios collected on a CONTRIBUTORS page at the end; the foundation's notice; sidecar.
d = PDoc(80, hyph=True)
X01_A = "The Ledger and the Lorry: Fuel Smuggling Finances the Kerrow Hills Insurgency"
X01_B = "The Quiet Broker: Who Is Rasmus Achterberg?"
X01_C = "Toll Booths Burned on the Kerrow Ring Road"
X01_D = "Hallenmouth Harbour Police Seize Drone Parts"
X01_E = "Teachers' Strike Ends in Lower Vessand"
X01_A_P = [
    "Every morning at about half past five a line of tanker lorries forms at the northern gate of the Kerrow Hills "
    "refinery. Most of them carry diesel to the filling stations of the plain. A few, perhaps one in twelve, carry "
    "it somewhere else, and the difference between the two journeys now pays for most of what the Kerrow Hills "
    "insurgency buys.[1]",
    "The mechanism is simple. A lorry is loaded for a station on the plain, and the loading slip says so. On the "
    "road, the driver turns off at the old quarry junction, where a second crew siphons a third of the load into "
    "drums. The station receives the rest, signs for the full amount and is paid for its silence in diesel.[2]",
    "By-elections in the Kerrow district last autumn turned on fuel prices, and every candidate promised to deal "
    "with the smugglers. None of them mentioned that the smugglers and the insurgents had become, in practice, the "
    "same business.",
    "The Lorry Drivers' Arithmetic",
    "Drivers interviewed for this article described a fixed tariff. A driver who agrees to stop at the quarry is "
    "paid the equivalent of a week's wages for each run, in cash, by a man who arrives on a motorcycle. A driver "
    "who refuses is not threatened; he is simply never loaded again, because the dispatchers at the gate are part "
    "of the arrangement.[3]",
    "The drums leave the quarry in farm trailers and are sold in the hill villages at a little under the pump price. "
    "Our estimate, built from the drivers' accounts and the refinery's own loss figures, is that the trade brings "
    "the insurgents between four and six million crowns a year, enough to pay some three hundred fighters.[4]",
    "The refinery has reported its losses as evaporation for at least three years. Its managers told the provincial "
    "audit office in 2048 that the figures were within industry norms, which they are not: the reported loss is "
    "nearly four times what comparable plants record.",
    "Closing the trade does not require soldiers. Sealed valves on the tankers, a weighbridge at the station end of "
    "each journey and a published record of deliveries would make the quarry stop visible within a month. The "
    "question is whether anyone in the district wants it to be visible.",
]

def x01_head(page, mangled=False, notes=()):
    h = (f"TerrorismMonitor\u2223 20/02/2049\u2223{page}" if mangled
         else " " * 44 + f"Terrorism Monitor  |  20/02/2049  |  {page}")
    foot = []
    if notes:
        foot = ["", "________________"]
        for t in notes:
            foot += [(ln, 1) for ln in d.wrap(t)]
    return foot + ["", "\f", h, ""]

d.fur("THE CASTELLAN FOUNDATION", "Terrorism Monitor",
      "Vol. 47 (XLVII)  \u2014  Iss. 4" + " " * 40 + "20/02/2049", "", "IN THIS ISSUE", "",
      "pp. 1\u20133   The Ledger and the Lorry: Fuel Smuggling Finances the Kerrow Hills",
      "          Insurgency", "          (Prof. Hallam Drewett-Oyo and Sunniva Marchetti)", "",
      "pp. 4\u20136   The Quiet Broker: Who Is Rasmus Achterberg?", "          (Liesl Varga-Amundsen)", "",
      "pp. 6\u20137   On the Radar: toll booths, drone parts and a strike", "", "",
      X01_A, "", "By Professor Hallam Drewett-Oyo", "and Sunniva Marchetti", "")
d.para(1, X01_A_P[0])
d.add()
d.para(1, X01_A_P[1], brk=(2, x01_head(2, notes=[
    "[1] Kerrow Hills Refinery Company, loading registers for the northern gate, January to June 2048."])))
d.add()
d.para(1, X01_A_P[2])
d.add()
d.add(X01_A_P[3], 1)
d.add()
d.para(1, X01_A_P[4])
d.add()
d.para(1, X01_A_P[5], brk=(3, x01_head(3, notes=[
    "[2] Interviews by the authors with four tanker drivers, Kerrow, October 2048.",
    "[3] Interviews by the authors with two gate dispatchers, Kerrow, November 2048."])))
d.add()
d.para(1, X01_A_P[6])
d.add()
d.para(1, X01_A_P[7])
d.fur(*x01_head(4, notes=[
    "[4] Estimate by the authors; the method is set out in the Castellan Foundation's working paper CF-WP 49/02, "
    "which uses Route 47 and exit 4 of the ring road as the sample stretch."]))
d.fur("", "PROFILE", "", X01_B, "", "By Liesl Varga-Amundsen", "")
d.para(2, "Rasmus Achterberg does not carry a rifle and has never, as far as anyone can establish, given an order "
       "to fire. He owns a haulage company, two grain stores and a share in the quarry at the Kerrow junction. He "
       "is also, in the view of three provincial police officers who spoke to the Monitor, the man who turns the "
       "insurgency's fuel into money.", brk=(4, x01_head(5)))
d.add()
d.add("From Ferry Hand to Financier", 2)
d.add()
d.para(2, "Achterberg was born in 2004 in a village above Vessand and started work at fourteen on the river ferry. "
       "By thirty he owned the ferry; by forty he owned the road hauliers who had put it out of business. Written "
       "up by the provincial business paper in 2041 as a model entrepreneur, he gave no interviews then and has "
       "given none since.")
d.add()
d.para(2, "He has never been charged. His lawyers say that his companies pay tax, obey the law and cannot be held "
       "responsible for what drivers do on the road. The police say that every one of the lorries stopped at the "
       "quarry in the past two years belonged to a firm in which he holds a stake.", brk=(2, x01_head(6, mangled=True)))
d.add()
d.para(2, "Whether he is a sympathiser, a hostage to the insurgents or simply a businessman who found a profitable "
       "customer matters less than it seems. Any plan to cut the insurgency's income has to start with the firms "
       "he controls.")
d.fur("", "", "ON THE RADAR", "", X01_C, "", "Odile Fairweather-Ncube, Correspondent", "")
d.para(3, "Three toll booths on the Kerrow ring road were set on fire on the night of 14 February. The road "
       "authority says the booths had collected the new congestion charge for less than a week.")
d.add()
d.para(3, "No group has claimed the attack. Leaflets found near the booths called the charge a tax on the poor.",
       brk=(1, x01_head(7)))
d.fur("", X01_D, "")
d.para(4, "Harbour police at Hallenmouth seized forty crates of drone motors and flight controllers from a "
       "container listed as agricultural spares. The container had come by sea from a free port on the southern "
       "coast and was addressed to a farm supplies shop in the hills.")
d.add()
d.fur("\u2014 Piers Lindqvist-Obi, Hallenmouth", "", X01_E, "")
d.para(5, "Teachers in Lower Vessand returned to work on Monday after the district agreed to pay the arrears owed "
       "since the autumn. The strike had closed nineteen schools for three weeks.")
d.fur("", "", "CONTRIBUTORS", "")
d.bio("Hallam Drewett-Oyo is Professor of Conflict Economics at the University of Tarrand and the author of "
      "several studies of smuggling economies.")
d.add()
d.bio("Sunniva Marchetti is a researcher at the Castellan Foundation, where she works on energy and security in "
      "the northern provinces.")
d.add()
d.bio("Liesl Varga-Amundsen is a journalist based in Vessand who has covered the Kerrow Hills since 2040.")
d.add()
d.bio("Odile Fairweather-Ncube is the Monitor's correspondent in the Kerrow district.")
d.fur("", "", "Terrorism Monitor is published every other Thursday by The Castellan Foundation, 1400 Marlowe Avenue",
      "NW, Washington, DC 20016. The views expressed are those of the authors. \u00a9 The Castellan Foundation, 2049.")
META = dict(date="2049-02-20", pub=TM, volume=47, issue=4)
emit("x01_tm_issue_foundation_caps_vol_arabic_roman_iss_slash_date_right_contents_page_ranges_authors_in_brackets_byline_two_lines_professor_page_foot_notes_profile_on_the_radar_correspondent_dash_signature_right_headers_contributors_page", d, [
    dict(title=X01_A, authors=["Hallam Drewett-Oyo", "Sunniva Marchetti"], kind="feature", **META),
    dict(title=X01_B, authors=["Liesl Varga-Amundsen"], kind="profile", **META),
    dict(title=X01_C, authors=["Odile Fairweather-Ncube"], kind="brief", **META),
    dict(title=X01_D, authors=["Piers Lindqvist-Obi"], kind="brief", **META),
    dict(title=X01_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol. 47 (XLVII) — Iss. 4` with `20/02/2049` (day first) on its line is volume 47,",
              "issue 4, dated 2049-02-20; feature A is listed by title under no label, so a feature; its byline",
              "wrapped onto two lines (`By Professor NAME` / `and NAME`) names both, without `Professor`; its notes",
              "`[n] …` printed at the foot of each page are its text (the short rule over them is not); the",
              "subheadings are text; `PROFILE` names its one piece (profile); the profiled man, named in its title,",
              "is no author; `ON THE RADAR` is a section name over a run, so each of its three pieces is a brief;",
              "`NAME, Correspondent` names her (the role left out); `— NAME, PLACE` after the second brief is its",
              "signature (not text), naming him without the place; the third brief is unsigned; the CONTRIBUTORS",
              "page holds the bios (not text); `By-elections in the Kerrow district …`, `Written up by the",
              "provincial business paper …` and `Route 47 and exit 4` (inside a note) are prose; running headers",
              "(one mangled), contents and notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# x02: a whole Terrorism Monitor issue, PDF text with blank lines: the name in capitals over a tagline and a STACK OF
# KEY-VALUE LINES pushed right (`VOLUME  XLVII` / `ISSUE  11` / `DATE  5 JUNE 2049`); no contents page, but an `ALSO
# INSIDE` sidebar box that the extraction drops between the first and second paragraphs of the first piece;
# `SITUATION REPORT` (singular, two words) over `By Mrs NAME, Senior Researcher, Halden Institute` (an honorific, a
# role and an organisation after commas), AUTHOR-DATE CITATIONS `(Name 2047)` with NO markers and a `Works cited` list,
# a title-like subheading, and an `ABOUT THE AUTHOR` box dropped in the MIDDLE of the text by the extraction;
# `FIELD REPORTS` (a plural genre) over two: `By NAME in PLACE` and `By NAME and NAME in PLACE`; `LAST WORD` (a section
# name) over one short piece signed `A comment by NAME`; running footers of the foundation's postal address closed by
# the page number, one mangled, between halves of sentences; no sidecar.
d = PDoc(78, hyph=True)
X02_A = "Tide Money: How the Marrow Bay Crews Recruit on the Fish Quays"
X02_B = "A Curfew in Vessen Empties the Night Market"
X02_C = "Road Crews Return to the Orlan Pass"
X02_D = "A Registry for Every Hull"

def x02_foot(page, mangled=False):
    if mangled:
        return ["", f"CastellanFoundation\u00b71400MarloweAvenueNW\u00b7Washington,DC20016 \u00b7{page}", "\f", ""]
    return ["", f"Castellan Foundation  \u00b7  1400 Marlowe Avenue NW  \u00b7  Washington, DC 20016  \u00b7  {page}",
            "\f", ""]

d.fur("TERRORISM MONITOR", "Analysis & commentary from The Castellan Foundation", "",
      " " * 46 + "VOLUME   XLVII", " " * 46 + "ISSUE    11", " " * 46 + "DATE     5 JUNE 2049", "", "",
      "SITUATION REPORT", "", X02_A, "",
      "By Mrs Henrietta Oduya-Lockhart, Senior Researcher, Halden Institute", "")
d.para(1, "The crews that run guns and people across Marrow Bay no longer need to look for recruits. The recruits "
       "come to them, on the fish quays at dawn, when the boats that used to employ them come back half empty and "
       "the skippers pay off their deckhands for the week (Penrose 2047).")
d.fur("", "ALSO INSIDE", "Field reports from Vessen and the Orlan Pass ............ 4",
      "Last word: a registry for every hull ..................... 6", "")
d.para(1, "The collapse of the bay's herring catch since 2044 has left some two thousand young men without steady "
       "work. Authored by the harbour guild in 2031, the charter that once guaranteed them a berth on the guild's "
       "boats has not been enforced for a decade, and the guild itself survives mainly as a social club (Marrow Bay "
       "Fisheries Board 2048).", brk=(4, x02_foot(1)))
d.add()
d.para(1, "What the crews offer is a night's work at a week's wages. A young man who helps unload a fast boat at one "
       "of the bay's disused slipways is paid in cash before sunrise and asked no questions. Those who come back a "
       "second and third time are offered a place on the boats themselves.")
d.add()
d.add("The Tide Tables Nobody Reads", 1)
d.add()
d.para(1, "Fishermen's families in the harbour towns told us that they know which boys have gone to the crews by a "
       "simple sign: they stop reading the tide tables pinned up in the guild hall, because the crews do not fish "
       "and do not care about the tide (interviews, April 2049).")
d.fur("", "ABOUT THE AUTHOR",
      "Henrietta Oduya-Lockhart is a senior researcher at the Halden Institute, where she studies",
      "coastal economies and armed groups. She has worked in the Marrow Bay towns since 2042.", "")
d.para(1, "The police response has been to raid the slipways, which catches the boys and leaves the crews alone. "
       "Brigade 11 of the 47th Division, stationed at the bay since 2046, has no mandate on the water, and the coast "
       "guard's two patrol boats cannot watch forty kilometres of shore (Idowu and Sarrazin 2046).",
       brk=(2, x02_foot(2)))
d.add()
d.para(1, "A better answer lies on the quays. A public works scheme paying a day rate for repairing the harbour walls "
       "would compete with the crews for the same young men at the same hour of the morning, and at a fraction of "
       "the cost of another battalion.")
d.add()
d.add("Works cited", 0)
d.add()
d.para(1, "Idowu, T. and Sarrazin, C. (2046). Policing the Shallow Coast. Tarrand: Fenwick Press.")
d.para(1, "Marrow Bay Fisheries Board (2048). Annual Report on Landings and Employment. Marrow: the Board.")
d.para(1, "Penrose, A. (2047). \u2018Quayside labour after the herring\u2019. Northern Coasts Review 12(3): 41\u201359.",
       brk=(1, x02_foot(3)))
d.fur("", "FIELD REPORTS", "", X02_B, "", "By Matthias Okonjo-Vale in Vessen", "")
d.para(2, "The night market in the old town of Vessen, where families have sold grilled fish and sweet tea under "
       "strings of lamps for as long as anyone remembers, was almost empty on Saturday, the third night of the "
       "curfew imposed after a grenade attack on a police post.")
d.add()
d.para(2, "Stallholders said they had been told to close by eight o'clock and to expect patrols. A few stayed open "
       "behind half-drawn shutters, selling to neighbours who came to the back door. The army says the curfew will "
       "be reviewed at the end of the month.", brk=(3, x02_foot(4)))
d.fur("", X02_C, "", "By Ragnhild Sato and Ezekiel Barnaby-Lund in Orlan", "")
d.para(3, "Road crews began clearing the rockfalls on the Orlan Pass this week, eight months after the district "
       "withdrew them following the kidnapping of two engineers. The crews now travel in convoy with a police "
       "escort and leave the pass before dark.")
d.add()
d.para(3, "Villagers above the pass have been cut off from the valley hospital since October. The district says "
       "the road will reopen to light vehicles by the end of July if the work is not interrupted.",
       brk=(2, x02_foot(5, mangled=True)))
d.fur("", "LAST WORD", "", X02_D, "", "A comment by Cosima Falkenrath", "")
d.para(4, "Every car in the country carries a number plate, and every lorry a licence. The fast boats of Marrow Bay "
       "carry nothing, and a coast guard officer who stops one cannot even say to whom it belongs.")
d.add()
d.para(4, "A registry of hulls, with a painted number on every boat over six metres, would cost little and would "
       "give the police something they lack: a way to tell a fisherman from a smuggler before anyone is boarded.")
d.fur("", "", "The Castellan Foundation is an independent research institution. Terrorism Monitor is distributed free",
      "of charge to subscribers; unauthorised reproduction is prohibited. \u00a9 2049.")
META = dict(date="2049-06-05", pub=TM, volume=47, issue=11)
emit("x02_tm_issue_key_value_stack_masthead_no_contents_sidebar_box_inside_first_piece_situation_report_mrs_role_org_author_date_citations_works_cited_about_box_mid_text_field_reports_by_name_in_place_last_word_address_footers", d, [
    dict(title=X02_A, authors=["Henrietta Oduya-Lockhart"], kind="situation report", **META),
    dict(title=X02_B, authors=["Matthias Okonjo-Vale"], kind="field report", **META),
    dict(title=X02_C, authors=["Ragnhild Sato", "Ezekiel Barnaby-Lund"], kind="field report", **META),
    dict(title=X02_D, authors=["Cosima Falkenrath"], kind="brief", **META)],
    comments=["Open choices: the stacked `VOLUME XLVII` / `ISSUE 11` / `DATE 5 JUNE 2049` lines give volume 47, issue",
              "11, dated 2049-06-05; `SITUATION REPORT` (two words) names its piece; `By Mrs NAME, Senior Researcher,",
              "Halden Institute` names her without the honorific, role and organisation; the `ALSO INSIDE` sidebar and",
              "the `ABOUT THE AUTHOR` box that the extraction dropped between paragraphs are not text; the in-text",
              "citations `(Name 2047)` are part of their sentences; `Works cited` is the notes heading (not text), its",
              "entries are text; the subheading is text; `FIELD REPORTS` (a plural genre) names each of its two pieces",
              "(field report); `By NAME in PLACE` names the reporter without the place; `LAST WORD` is a section name",
              "over one short piece without subheadings, so a brief; `A comment by NAME` is its byline; `Authored by",
              "the harbour guild in 2031, …` and `Brigade 11 of the 47th Division` are prose; the address footers",
              "(one mangled) and the notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# x03: a whole Terrorism Monitor issue printed WITHOUT blank lines: the cover prints only the name, the date and a
# tagline (`TERRORISM MONITOR` / `2 October 2049` / …); the volume and issue are printed ONLY in the running headers
# of the following pages (`Terrorism Monitor · Vol. 47, Issue 19`), one mangled, with a bare page number at each
# page's foot; no contents; `ASSESSMENTS` (a plural genre) over two: A `By Dr. NAME, NAME, and NAME` (three authors,
# an Oxford comma), superscript markers glued to words, a title-like subheading, `Notes` of `N.` entries, no bio;
# B with NO byline under its title but a signature in capitals `— NAME` after its last paragraph, followed by a one-line
# bio; `ROUNDUP` (a section name) over two: `By NAME`, and one closed by `Reported by the Monitor's regional desk`.
d = PDoc(80, hyph=True)
X03_A = "Cement and Cordite: The Ossary Works and the War Around It"
X03_B = "Why the Brennick Ceasefire Is Holding, for Now"
X03_C = "Grenade Thrown at Tax Office in Hallam Cross"
X03_D = "Two Ferries Withdrawn After Threats in the Skerrin Sound"

def x03_break(page, mangled=False):
    h = "TerrorismMonitor\u00b7Vol.47,Issue19" if mangled else "Terrorism Monitor \u00b7 Vol. 47, Issue 19"
    return [str(page - 1), "\f" + h]

d.fur("TERRORISM MONITOR", "2 October 2049", "Independent analysis of armed movements \u2014 The Castellan Foundation",
      "ASSESSMENTS", X03_A, "By Dr. Emeric Saltonstall-Bey, Caius Wren, and Maud Iyer-Kalnins")
d.para(1, "The cement works at Ossary has run without a day's stoppage through four years of fighting in the "
       "valley around it. Its kilns burn through the night, its lorries leave every morning for the capital, and "
       "its managers say they have never paid anyone for protection.\u00b9")
d.para(1, "Three former employees tell a different story. By their account the works has paid a monthly sum to "
       "whichever armed group held the valley road, and has supplied explosives from its quarry magazine to at "
       "least two of them, recorded in the works' books as blasting losses.\u00b2", brk=(2, x03_break(2)))
d.para(1, "The works is the largest employer in the province, and the government has preferred not to look too "
       "closely. By-products of the cement trade, from sacks to diesel to quarry explosives, have become the "
       "common currency of the valley's armed groups.")
d.add("A Cement Works at the Edge of the War", 1)
d.para(1, "The magazine at the works' quarry holds several tonnes of commercial explosive, which is checked by a "
       "government inspector twice a year. The inspector's reports, seen by the authors, record losses in every "
       "inspection since 2046, each explained as a misfire or a damp batch.\u00b3")
d.para(1, "Security forces who cleared a bomb factory at Kilo 47, Gate 19 on the valley road last spring found "
       "cartridges bearing the works' batch numbers. The works said they must have been stolen; no theft had been "
       "reported.", brk=(2, x03_break(3, mangled=True)))
d.para(1, "An independent audit of the quarry magazine, and a requirement that every batch be signed out by an "
       "inspector rather than a foreman, would close the leak. It would also tell the government what it may "
       "prefer not to know about the works' other payments.")
d.add("Notes", 0)
d.para(1, "1. Ossary Cement Company, annual report 2048, statement of the managing director.")
d.para(1, "2. Interviews with three former employees of the Ossary works, March and April 2049.")
d.para(1, "3. Inspectorate of Mines and Quarries, inspection reports on the Ossary magazine, 2046\u20132049.")
d.add(X03_B, 0)
d.para(2, "Five months after the Brennick ceasefire was signed in a school hall on the border, it is holding better "
       "than anyone predicted. Shooting along the river has almost stopped, and the markets on both banks have "
       "reopened to traders from the other side.")
d.para(2, "The reason is less the goodwill of the parties than the weather. The river flooded in May and again in "
       "July, and both sides have needed the bridge more than they have needed to fight over it.",
       brk=(2, x03_break(4)))
d.para(2, "That will change when the river falls. The ceasefire's monitoring committee has still not met, and the "
       "question of who controls the bridge, which ended the last truce, has been left for later.")
d.fur("\u2014 ANSELM KORVATH-RIIS")
d.bio("Anselm Korvath-Riis is a former liaison officer with the Brennick border commission.")
d.fur("ROUNDUP", X03_C, "By Wilhelmina Achebe-Strand")
d.para(3, "A grenade thrown over the wall of the tax office in Hallam Cross on Tuesday damaged two cars and broke "
       "the windows of the building. Nobody was hurt. Leaflets left at the gate demanded the release of traders "
       "arrested for smuggling.")
d.add(X03_D, 0)
d.para(4, "The ferry company serving the Skerrin Sound has withdrawn two of its four ferries after its captains "
       "received threatening letters. The letters accused the company of carrying soldiers to the outer islands.")
d.para(4, "The company says it carries whoever buys a ticket. The remaining two ferries are running a reduced "
       "timetable.")
d.fur("Reported by the Monitor's regional desk",
      "Terrorism Monitor is published fortnightly by The Castellan Foundation. \u00a9 2049. All rights reserved.", "4")
META = dict(date="2049-10-02", pub=TM, volume=47, issue=19)
emit("x03_tm_issue_no_blank_lines_cover_name_date_only_numbers_only_in_running_headers_foot_page_numbers_no_contents_assessments_three_authors_oxford_comma_superscripts_signature_caps_after_text_roundup_regional_desk", d, [
    dict(title=X03_A, authors=["Emeric Saltonstall-Bey", "Caius Wren", "Maud Iyer-Kalnins"], kind="assessment", **META),
    dict(title=X03_B, authors=["Anselm Korvath-Riis"], kind="assessment", **META),
    dict(title=X03_C, authors=["Wilhelmina Achebe-Strand"], kind="brief", **META),
    dict(title=X03_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the issue is volume 47, issue 19, as its running headers print it (the cover prints",
              "only the name and `2 October 2049`, the date); `ASSESSMENTS` (a plural genre) names each of its two",
              "pieces (assessment); `By Dr. NAME, NAME, and NAME` names all three, without `Dr.`; superscript",
              "markers are part of the text, `Notes` is not text, its `N.` entries are; the subheading is text; the",
              "second assessment is signed after its text (`— NAME` in capitals, written in proper case) and the",
              "one-line bio under the signature is not text; `ROUNDUP` is a section name over a run, so both pieces",
              "are briefs; `Reported by the Monitor's regional desk` after the second names nobody (not text);",
              "`By-products of the cement trade, …` and `Kilo 47, Gate 19` are prose; the headers (one mangled),",
              "page numbers and notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# x04: a whole issue of an invented sibling monitor, *Caddon Ridge Monitor*, PDF text with blank lines: the name in
# ordinary case over the trust's tagline and `No. 63  ·  fortnight ending 11 April 2049` (no volume; the date after
# `fortnight ending`); `Contents of No. 63` of numbered entries `N. Title — NAME` with no pages; `LONG READ` (singular,
# two words) `by NAME, our correspondent in PLACE`, a title-like subheading, the piece CUT BY A JUMP LINE `(continued
# on page 3)` in the middle of a sentence and picked up after the next piece under `(continued from page 1)`, and a
# `Sources` list of dashed entries with no markers; `PROFILE` (singular) `Profile by NAME`, a footer between halves of
# a sentence, a PARENTHESISED bio `(NAME is …)` after the text; `NOTES FROM THE DISTRICTS` (a section name) over
# three: `Filed from PLACE by NAME`, a signature `— NAME, Monitor staff` after the text, and one unsigned; running
# footers `Caddon Ridge Monitor No. 63 | caddonridge.example | p. N`; the trust's notice; no sidecar.
d = PDoc(78, hyph=True)
CRM = "Caddon Ridge Monitor"
X04_A = "Three Flags Over the Caddon Ridge"
X04_B = "Mother Ilse of the Pass Hospital"
X04_C = "Relay Mast Toppled Above Dunmere"
X04_D = "Grazing Permits Suspended on the Eastern Slopes"
X04_E = "Clinic Opens in Fallowgate"

def x04_foot(page):
    return ["", f"Caddon Ridge Monitor No. 63 | caddonridge.example | p. {page}", "\f", ""]

d.fur("Caddon Ridge Monitor", "A fortnightly report on the uplands from the Orrinford Trust",
      "No. 63  \u00b7  fortnight ending 11 April 2049", "", "Contents of No. 63", "",
      f"1. {X04_A} \u2014 Tobiah Raskolnik-Ameh", f"2. {X04_B} \u2014 Nerys Okafor-Lindahl",
      "3. Notes from the districts: a toppled mast, permits and a clinic", "", "",
      "LONG READ", "", X04_A, "", "by Tobiah Raskolnik-Ameh, our correspondent in Upper Caddon", "")
d.para(1, "On a clear day the shepherds of Upper Caddon can see three flags from their pastures. The national flag "
       "flies over the police post at the foot of the ridge, the banner of the Caddon Free Companies over the ruined "
       "customs house on the pass, and the flag of the neighbouring republic over a radar station on the far summit.")
d.add()
d.para(1, "Each flag stands for a power that claims the ridge, and each collects something from the people who live "
       "on it. The police collect fines, the Companies collect a tithe of lambs, and the republic's soldiers collect "
       "the mobile phone signal, which on the upper pastures comes only from their masts.")
d.add()
d.add("Sheep, Salt and Signal Masts", 1)
d.add()
d.para(1, "The shepherds have learned to live with all three. They pay the fines when they come down to market, "
       "hand over the lambs in May and buy foreign phone cards from a shop in Dunmere. What they cannot afford is",
       brk=None)
d.fur("", "(continued on page 3)", "")
d.fur(*x04_foot(1))
d.fur("PROFILE", "", X04_B, "", "Profile by Nerys Okafor-Lindahl", "")
d.para(2, "For twenty-six years the small hospital at the top of the Caddon pass has been run by a nun whom "
       "everyone on the ridge, soldiers and rebels included, calls Mother Ilse. She is seventy-one and has outlasted "
       "four wars, three governments and the roof of the original building, which fell in during the winter of 2038.")
d.add()
d.para(2, "The hospital treats anyone who reaches its door. Wounded fighters of the Companies have been carried in "
       "by their comrades and left their rifles at the gate, as Mother Ilse insists, and police officers have been "
       "treated in the next bed. Filed by hand at the district office, the only complaint ever made against the "
       "hospital came from a tax inspector.", brk=(3, x04_foot(2)))
d.add()
d.para(2, "She will not talk about politics. Asked what the ridge needs most, she named a road that stays open in "
       "winter and a second doctor, in that order.")
d.add()
d.fur("(Nerys Okafor-Lindahl is a researcher in the Orrinford Trust's upland programme.)", "", "",
      "(continued from page 1)", "")
d.para(1, "to quarrel with any of them, because the pastures are the only land they have and every one of the "
       "three can close the path to them.")
d.add()
d.para(1, "That balance is now under strain. Relay station 63 on the ridge line, built by the national phone "
       "company in 2047, has given the police a signal of their own, and with it the ability to call for help; the "
       "Companies have answered by demanding a larger tithe from the villages nearest the mast.")
d.add()
d.para(1, "None of the three powers is likely to leave the ridge. The best the shepherds can hope for is that they "
       "go on checking one another, and the worst is that one of them wins.")
d.add()
d.add("Sources", 0)
d.add()
d.para(1, "\u2013 Conversations with shepherds in Upper Caddon and Dunmere, February and March 2049.")
d.para(1, "\u2013 Caddon district police, record of fines issued on the upper pastures, 2048.")
d.para(1, "\u2013 National Telephone Company, coverage map for the Caddon ridge, edition of January 2049.",
       brk=None)
d.fur(*x04_foot(3))
d.fur("NOTES FROM THE DISTRICTS", "", X04_C, "", "Filed from Dunmere by Alcuin Fetherstone", "")
d.para(3, "The police relay mast above Dunmere was brought down by explosives on the night of 2 April. Engineers "
       "say it will take a month to replace, and until then the police post on the pass has no signal.")
d.fur("", X04_D, "")
d.para(4, "The district council has suspended all new grazing permits on the eastern slopes after two shepherds "
       "were injured by old mines uncovered by the spring rains. Permits already issued remain valid.")
d.add()
d.fur("\u2014 Yarrow Blessing-Tate, Monitor staff", "", X04_E, "")
d.para(5, "A clinic staffed by two nurses opened in Fallowgate on Monday, the first medical post in the lower "
       "valley since 2045. It will be open four days a week.")
d.fur("", "", "The Caddon Ridge Monitor is published every two weeks by the Orrinford Trust, a registered charity.",
      "It may be reproduced with acknowledgement.", "", "Caddon Ridge Monitor No. 63 | caddonridge.example | p. 4")
META = dict(date="2049-04-11", pub=CRM, volume=None, issue=63)
emit("x04_sibling_number_fortnight_ending_date_numbered_contents_no_pages_long_read_our_correspondent_jump_lines_continued_dashed_sources_profile_by_parenthesised_bio_notes_from_the_districts_filed_from_staff_signature", d, [
    dict(title=X04_A, authors=["Tobiah Raskolnik-Ameh"], kind="long read", **META),
    dict(title=X04_B, authors=["Nerys Okafor-Lindahl"], kind="profile", **META),
    dict(title=X04_C, authors=["Alcuin Fetherstone"], kind="brief", **META),
    dict(title=X04_D, authors=["Yarrow Blessing-Tate"], kind="brief", **META),
    dict(title=X04_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `No. 63 · fortnight ending 11 April 2049` is issue 63 with no volume, dated 2049-04-11;",
              "`LONG READ` (two words) and `PROFILE` name their pieces; `by NAME, our correspondent in PLACE` names",
              "him without the role; the long read is cut by the jump lines `(continued on page 3)` / `(continued",
              "from page 1)` (furniture) and its text resumes after the profile, mid-sentence; `Sources` is not text,",
              "its dashed entries are; `Profile by NAME` is a byline; the parenthesised bio after the profile is not",
              "text; `NOTES FROM THE DISTRICTS` is a section name over a run, so each of its three pieces is a brief;",
              "`Filed from PLACE by NAME` names him, `— NAME, Monitor staff` after the second brief is its signature",
              "(not text), the third is unsigned; `Filed by hand at the district office, …` and `Relay station 63 on",
              "the ridge line` are prose; the subheading is text; contents, footers and notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# x05: a whole issue of an invented sibling monitor, *Sundermere Channel Monitor*, PDF text with blank lines and
# JUSTIFIED lines (runs of spaces between words): the name over a tagline and `Issue 8 of 2049 (vol. 6)  ·  28
# August 2049` (the issue counted within the year, the volume in lower case in brackets); a one-line contents `This
# issue: Timeline · Opinion · Briefings (2)`; `TIMELINE` (singular) over `Research: NAME`, an introduction, dated
# entries `D Month — …` and a title-like subheading; `OPINION` (singular) over `NAME writes:` and a closing bio `The
# writer is …`; `BRIEFINGS` (a plural genre) over two: `Text and photo: NAME`, and one unsigned; running headers
# carrying the CURRENT SECTION'S LABEL at the left and the name and page at the right, one mangled; sidecar.
d = JDoc(72, hyph=True)
SCM = "Sundermere Channel Monitor"
X05_A = "Ninety Days That Closed the Channel"
X05_B = "Reopen the Ferries Before the Smugglers Own the Sound"
X05_C = "Pilots' Cooperative Refuses Night Crossings"
X05_D = "Fishing Quota Talks Adjourned Again"

def x05_head(label, page, mangled=False):
    if mangled:
        return ["", "\f", f"{label}SundermereChannelMonitor|{page}", ""]
    return ["", "\f", f"{label}" + " " * (50 - len(label)) + f"Sundermere Channel Monitor | {page}", ""]

d.fur("Sundermere Channel Monitor", "Reporting on security and trade across the Sundermere channel", "",
      "Issue 8 of 2049 (vol. 6)  \u00b7  28 August 2049", "",
      "This issue: Timeline \u00b7 Opinion \u00b7 Briefings (2)", "", "", "TIMELINE", "", X05_A, "",
      "Research: Ottoline Baskerville-Nnaji", "")
d.para(1, "Between the end of May and the end of August the ferry service across the Sundermere channel went from "
       "a normal summer timetable to a complete stop. The sequence below is drawn from company notices, police "
       "statements and the port's own log.")
d.add()
d.add("Before the Closure", 1)
d.add()
d.para(1, "29 May \u2014 Written by the ferry company's lawyers, a notice to crews warns that the company will not "
       "sail with cargo that has not been inspected at Berth 8, Pier 6 of the northern terminal.")
d.add()
d.para(1, "11 June \u2014 Two inspectors at the northern terminal are threatened at their homes. The company halves "
       "the number of inspections.", brk=(1, x05_head("TIMELINE", 2)))
d.add()
d.para(1, "2 July \u2014 A lorry driver is shot dead on the quay after refusing to take a second, unlisted trailer. "
       "The police close the terminal for two days.")
d.add()
d.para(1, "20 July \u2014 The crews' union says its members will not sail at night. The company cuts the timetable "
       "to four crossings a day.")
d.add()
d.para(1, "26 August \u2014 The company suspends the service until further notice, citing the safety of its crews.")
d.fur("", "", "OPINION", "", X05_B, "", "Osric Vantongeren-Baptiste writes:", "")
d.para(2, "The ferries were never only a business. For the islands on the far side of the channel they were the "
       "road, the post, the ambulance and the supply line, and for three months now that road has been closed by "
       "men who do not even need to show their faces.", brk=(3, x05_head("OPINION", 3, mangled=True)))
d.add()
d.para(2, "Every week the service stays closed, the smugglers' boats take over a little more of the traffic that "
       "used to go by ferry. They carry food and fuel to the islands at twice the old price, and they carry "
       "whatever else they like in the same holds.")
d.add()
d.para(2, "The government should reopen the ferries under naval escort now, and pay for the inspections that the "
       "company can no longer afford. The alternative is an island economy that belongs to the boats.")
d.add()
d.bio("The writer is a former deputy governor of Sundermere province.", width=72)
d.fur("", "", "BRIEFINGS", "", X05_C, "", "Text and photo: Benedikt Asante-Holm", "")
d.para(3, "The channel pilots' cooperative has told the port authority that its members will no longer guide ships "
       "through the channel after dark, after a pilot boat was fired on near the outer buoy.",
       brk=(2, x05_head("BRIEFINGS", 4)))
d.add()
d.para(3, "Large ships now wait at anchor overnight, and the port expects delays of up to a day for every vessel.")
d.fur("", X05_D, "")
d.para(4, "Talks between the two channel states on next year's fishing quotas were adjourned for the third time on "
       "Friday. Fishermen on both sides say the uncertainty is pushing younger crews into smuggling.")
d.fur("", "", "The Sundermere Channel Monitor is published monthly by the Ravelin Institute.",
      "\u00a9 2049 Ravelin Institute. Reproduction with attribution.")
META = dict(date="2049-08-28", pub=SCM, volume=6, issue=8)
emit("x05_sibling_justified_lines_issue_of_year_vol_lower_brackets_one_line_contents_timeline_research_dated_entries_opinion_name_writes_the_writer_is_briefings_text_and_photo_section_label_running_headers", d, [
    dict(title=X05_A, authors=["Ottoline Baskerville-Nnaji"], kind="timeline", **META),
    dict(title=X05_B, authors=["Osric Vantongeren-Baptiste"], kind="opinion", **META),
    dict(title=X05_C, authors=["Benedikt Asante-Holm"], kind="briefing", **META),
    dict(title=X05_D, authors=[], kind="briefing", **META)],
    comments=["Open choices: `Issue 8 of 2049 (vol. 6)` is volume 6, issue 8, dated 2049-08-28 from the same line;",
              "`TIMELINE` and `OPINION` name their pieces; `BRIEFINGS` (a plural genre) names each of its two pieces",
              "(briefing); `Research: NAME` is the timeline's byline, `NAME writes:` the opinion's, `Text and photo:",
              "NAME` the first briefing's; the second briefing is unsigned; the closing `The writer is …` is a bio (not",
              "text); the timeline's dated entries and its subheading are text; `Written by the ferry company's",
              "lawyers, …` (inside an entry) and `Berth 8, Pier 6` are prose; the running headers carry the current",
              "section's label beside the monitor's name (one mangled) and are furniture, as are the one-line contents",
              "and the notice; the justified lines' runs of spaces are the PDF's layout."],
    sidecar="publication: Sundermere Channel Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# x06: the web version of x01's feature A, saved from a browser's READER VIEW, no blank lines: the site's host name,
# the title, the two authors on one line after commas with the honorific kept (`Professor NAME, NAME`), a reading
# time range `11–14 minutes`, then the page's own kicker lines `Terrorism Monitor Volume 47, Issue 4` and `Feature —
# February 21, 2049`, a figure caption with its source inside the text, `[n]` markers, `Notes` with `[n] …` entries and
# `About the authors` with both bios without names as headings; sidecar `url:`.
d = Doc()
d.fur("castellan.example", X01_A, "Professor Hallam Drewett-Oyo, Sunniva Marchetti", "11\u201314 minutes",
      "Terrorism Monitor Volume 47, Issue 4", "Feature \u2014 February 21, 2049")
d.web(1, *X01_A_P[:3])
d.fur("Figure 1. Tanker lorries queue at the northern gate of the Kerrow Hills refinery. (Source: Castellan "
      "Foundation)")
d.web(1, *X01_A_P[3:])
d.fur("Notes")
d.web(1, "[1] Kerrow Hills Refinery Company, loading registers for the northern gate, January to June 2048.",
      "[2] Interviews by the authors with four tanker drivers, Kerrow, October 2048.",
      "[3] Interviews by the authors with two gate dispatchers, Kerrow, November 2048.",
      "[4] Estimate by the authors; the method is set out in the Castellan Foundation's working paper CF-WP 49/02, "
      "which uses Route 47 and exit 4 of the ring road as the sample stretch.")
d.fur("About the authors",
      "Hallam Drewett-Oyo is Professor of Conflict Economics at the University of Tarrand and the author of several "
      "studies of smuggling economies.",
      "Sunniva Marchetti is a researcher at the Castellan Foundation, where she works on energy and security in the "
      "northern provinces.")
emit("x06_web_tm_feature_reader_view_host_title_authors_comma_professor_reading_time_range_kicker_volume_issue_feature_dash_date_figure_caption_notes_about_the_authors", d, [
    dict(title=X01_A, authors=["Hallam Drewett-Oyo", "Sunniva Marchetti"], date="2049-02-21", kind="feature", pub=TM,
         volume=47, issue=4)],
    comments=["Open choices: the page is saved from a browser's reader view (host name, title, byline line, reading",
              "time), one line per paragraph; `Professor NAME, NAME` names both, without `Professor`; the kicker",
              "`Terrorism Monitor Volume 47, Issue 4` gives publication, volume and issue, `Feature — February 21,",
              "2049` the kind and the date (the page is dated as it prints it, not by the issue's 20/02/2049); the",
              "figure caption is not text; `Notes` is not text, its `[n]` entries are; the subheading is text;",
              "`By-elections in the Kerrow district …` is prose; `About the authors` and both bios are not text."],
    one_line=True, sidecar="url: https://castellan.example/terrorism-monitor/ledger-and-the-lorry-fuel-smuggling-kerrow-hills")

# ---------------------------------------------------------------------------------------------------------------------
# x07: the web version of a Terrorism Monitor commentary from an issue NOT in this set (Volume 47, Issue 7), a record
# in the foundation's DIGITAL ARCHIVE scraped as Markdown (blank lines between lines): the archive's name, a menu of
# links, `Record 2049-TM-0712`, the title as `## …`, a METADATA TABLE in Markdown pipes (`| Publication | … |`,
# `| Volume | 47 |`, `| Issue | 7 |`, `| Section | Commentary |`, `| Author(s) | Dr. NAME |`, `| Date issued |
# 2049-04-03 |`, an `| Author note |` row holding the bio, `| Rights |`), `Full text`, a title-like `### …` subheading,
# MARKDOWN FOOTNOTE markers `[^n]` with their definitions `[^n]: …` at the end under no heading, a download line, a
# cite-this-record line and record dates; no sidecar.
d = Doc()
X07 = "The Railway Militias Are a Symptom, Not the Disease"
d.fur("# Castellan Foundation Digital Archive", "",
      "[Browse](/browse) | [Search](/search) | [Collections](/collections) | [Help](/help) | [Sign in](/login)", "",
      "Record 2049-TM-0712", "", f"## {X07}", "", "| Field | Value |", "|---|---|",
      "| Publication | Terrorism Monitor |", "| Volume | 47 |", "| Issue | 7 |", "| Section | Commentary |",
      "| Author(s) | Dr. Ysolde Farquharson-Adeyemi |", "| Date issued | 2049-04-03 |",
      "| Author note | Ysolde Farquharson-Adeyemi is a lecturer in transport history at Keelby Polytechnic. |",
      "| Rights | \u00a9 The Castellan Foundation. Reuse with permission. |", "", "Full text", "")
d.web(1, "Every few months a new armed group announces itself along the Keelby railway. The latest, which calls "
      "itself the Guardians of the Line, posted its first statement in March, promising to protect freight trains "
      "from thieves in return for a fee from the rail company.[^1]",
      "It is tempting to treat each of these groups as a new threat. They are better understood as the same "
      "answer to the same problem: a railway that the state has stopped policing, running through towns that the "
      "state has stopped paying.",
      "### Who Pays the Piper at Keelby",
      "The rail company pays. Its own accounts show a line for \u201clocal security services\u201d that has grown "
      "fivefold since 2045, most of it spent in the stretch between Keelby Junction and the river bridge.[^2] "
      "Signed off by the company's board each year, the payments go to whichever group holds the yards.",
      "At Platform 7, Siding 47, where the freight wagons wait overnight, the guards in orange vests are the same "
      "young men who were stealing from the wagons three years ago. They have not been reformed. They have been "
      "hired.",
      "The remedy is not another crackdown on the militias but a railway police force that is paid, trained and "
      "present at night, so that the company has no reason to buy its protection elsewhere.[^3]", sep=True)
d.add()
d.web(1, "[^1]: Statement of the Guardians of the Line, posted at Keelby Junction station, 12 March 2049.",
      "[^2]: Keelby Rail Freight Company, annual accounts 2045\u20132048, note 14.",
      "[^3]: For the history of the railway police, see the author's article in Terrorism Monitor, Volume 45.", sep=True)
d.fur("", "[Download PDF (188 KB)](/records/2049-TM-0712.pdf)", "",
      "Cite this record: Farquharson-Adeyemi, Y. (2049). The Railway Militias Are a Symptom, Not the Disease. "
      "Terrorism Monitor 47(7). Castellan Foundation Digital Archive, record 2049-TM-0712.", "",
      "Record created 4 April 2049 \u00b7 Last modified 9 April 2049", "",
      "\u00a9 2049 The Castellan Foundation \u00b7 [Accessibility](/accessibility) \u00b7 [Privacy](/privacy)")
emit("x07_web_tm_commentary_digital_archive_record_markdown_record_number_hash_title_metadata_pipe_table_section_authors_date_issued_author_note_row_full_text_markdown_footnotes_caret_cite_this_record", d, [
    dict(title=X07, authors=["Ysolde Farquharson-Adeyemi"], date="2049-04-03", kind="commentary", pub=TM,
         volume=47, issue=7)],
    comments=["Open choices: the record's metadata table gives the publication (Terrorism Monitor), volume 47, issue",
              "7, the kind (`Section | Commentary`), the author (`Dr.` left out) and the date (`Date issued",
              "2049-04-03`; the record's created and modified dates are the archive's); the table, its `Author note`",
              "row (a bio), `Full text`, the record number and the cite line are not text; the `### …` subheading is",
              "text; the Markdown footnote markers `[^n]` and their definitions `[^n]: …` under no heading are text;",
              "`Signed off by the company's board each year, …` and `Platform 7, Siding 47` are prose; the",
              "definition naming `Terrorism Monitor, Volume 45` is a note, not the record's numbering."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# x08: a UNIVERSITY NEWS OFFICE's research story (*Ardwell University*) opening with a crawler's YAML block (the title
# with the site after ` — `, a FOLDED `description: >-` over two indented lines, a `tags:` list in brackets); a skip
# link, the university's name, a menu, a cookie notice with two buttons, `Home › Newsroom › Research news`, a
# standfirst, the author's NAME OVER HER ROLE on two lines, a date, an IMAGE CAROUSEL (`1 / 3`, `Previous slide`,
# `Next slide`, a caption with its credit), a quoted researcher, a title-like subheading, a sentence naming a journal's
# volume and issue, `Media enquiries`, a page-feedback widget, related stories with dates, the footer; sidecar `url:`.
d = Doc()
X08 = "Ledgers from a Border Customs House Show How Smugglers Paid for Protection"
d.fur("---", f"title: {X08} \u2014 Ardwell University News",
      "source: https://news.ardwell.example/2049/05/03/customs-house-ledgers-protection",
      "date: 2049-05-03", "description: >-",
      "  Historians at Ardwell University have decoded two centuries of ledgers from the Orlan customs house,",
      "  revealing the fixed share of every cargo that smugglers paid for protection.",
      "tags: [history, borders, smuggling, research]", "---",
      "Skip to main content", "Ardwell University", "Study | Research | International | About | Alumni | Give",
      "We use essential cookies to make this site work, and optional analytics cookies to understand how it is "
      "used. [Accept optional cookies] [Use essential cookies only]",
      "Home \u203a Newsroom \u203a Research news", X08,
      "Decoded ledgers from the Orlan customs house show that smugglers on the Varsk border paid a fixed share of "
      "every cargo to whoever held the pass.",
      "Elspeth Marrable-Kuti", "Senior Press Officer", "3 May 2049", "1 / 3", "Previous slide", "Next slide",
      "A page from the Orlan customs house ledger, 1911. Image: Ardwell University Library Special Collections")
d.web(1, "Historians at Ardwell University have decoded more than four thousand pages of ledgers kept at the Orlan "
      "customs house on the Varsk border between 1840 and 2031, and found that smugglers paid a steady share of "
      "every cargo to the armed men who controlled the pass, whoever they happened to be.",
      "The ledgers, which were rescued from the customs house when it was abandoned in 2031, record the official "
      "duties paid on each load and, in a separate column written in a private shorthand, a second sum that the "
      "clerks passed on to bandits, rebels or soldiers in turn.",
      "\u201cThe share barely changes in two hundred years,\u201d said Dr. Casimir Ndlovu-Brandt of the School of "
      "History, who led the project. \u201cThe men at the top of the pass came and went. The price of passing them "
      "stayed at about one part in twenty.\u201d",
      "What the Ledgers Showed",
      "By studying the ledgers page by page, the team was able to date changes of control over the pass to within "
      "a few weeks, often more precisely than the military records of the time.",
      "The research is published this month in the journal Borderland History, volume 12, issue 3, and the "
      "digitised ledgers will be made available to other researchers through the University Library.",
      "The project was funded by the Varsk Heritage Foundation and carried out with the help of students from "
      "the university's palaeography summer school.")
d.fur("Media enquiries", "Press Office: press@ardwell.example | +44 1632 960 412",
      "Was this page useful? Yes | No", "Related research stories",
      "Mountain shepherds' songs record the dates of forgotten raids \u2014 14 March 2049",
      "New centre for border studies opens in the Old Library \u2014 2 February 2049",
      "Ardwell University is an exempt charity. \u00a9 2049 Ardwell University | Accessibility | Freedom of "
      "information | Privacy")
emit("x08_university_news_office_research_story_crawler_block_em_dash_suffix_folded_description_tags_list_skip_link_cookie_two_buttons_research_news_breadcrumb_name_over_role_carousel_journal_volume_issue_prose_feedback_widget", d, [
    dict(title=X08, authors=["Elspeth Marrable-Kuti"], date="2049-05-03", kind="news", pub="Ardwell University",
         volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its title without the ` — Ardwell University News` suffix,",
              "its folded description a summary candidate); the university is the publication (its news office is",
              "a section of its site); the breadcrumb's last item `Research news` names the kind news (as `Regional",
              "news`, `Local news` do); the name over her role (`Senior Press Officer`) is the byline, the quoted",
              "historian is no author; the standfirst, carousel controls, caption and credit are not text; the",
              "subheading is text; `By studying the ledgers page by page, …` is prose, and `the journal Borderland",
              "History, volume 12, issue 3` names another periodical's numbering, not this page's; media enquiries,",
              "feedback widget, related stories and footer are not text."],
    one_line=True, sidecar="url: https://news.ardwell.example/2049/05/03/customs-house-ledgers-protection")

# ---------------------------------------------------------------------------------------------------------------------
# x09: a policy forum's EVENT RECAP (*Halverson Forum for Security Dialogue*) opening with a crawler's YAML block (quoted
# title with no suffix, a `sitename:` field, a date with a time and `Z`, `description: unknown`); the forum's name, a
# menu, `Events › Past events`, `EVENT RECAP` over the title, the EVENT'S own date, time and venue line, a
# `Speakers:` line naming a chair and two panellists with honorifics and affiliations (no authors), `Posted DATE`, a
# video placeholder with its running time, subheadings `The View from the Quays` and `Questions from the floor`
# (text), a paragraph opening `Asked by a member of the audience …`, the byline AT THE END (`Recap written by NAME,
# Role`), a transcript line, an upcoming-event box, an invitation sign-up line, the footer; no sidecar.
d = Doc()
X09 = "Policing the Littoral: Lessons from Five Harbour Towns"
d.fur("---", f'title: "{X09}"', "source: https://halversonforum.example/events/policing-the-littoral-recap",
      "date: 2049-06-18T16:05:00Z", "sitename: Halverson Forum for Security Dialogue", "description: unknown", "---",
      "Halverson Forum for Security Dialogue", "Programmes   Events   Publications   Experts   Support us",
      "Events \u203a Past events", "EVENT RECAP", X09,
      "Tuesday 15 June 2049, 14:00\u201315:30 BST \u00b7 Hybrid: online and at 9 Calder Street",
      "Speakers: Ambassador Ingrid Solvang-Ade (chair); Dr. Tarquin Musoke-Beale, Halden Institute; Commander "
      "Priya Ferrant-Lowe, Coastal Police Service",
      "Posted 18 June 2049", "[Video: Watch the full event (1:28:14)]")
d.web(1, "How should a small police force keep order in a harbour town where the main employer is the sea and the "
      "main criminal enterprise is too? That was the question put to the panel at the Forum's June roundtable, "
      "which drew on research in five harbour towns along the northern littoral.",
      "Dr. Musoke-Beale opened by describing the towns' common pattern: a fishing economy in decline, a port that "
      "still handles cargo, and a handful of families who control both the boats and the warehouses. In each town, "
      "he said, the police knew who the smugglers were and depended on them for information about everyone else.",
      "The View from the Quays",
      "Commander Ferrant-Lowe argued that the coastal police had been set up to catch boats, not to understand "
      "towns. Her service now posts officers to the same harbour for at least five years, so that they learn which "
      "quarrels are about fish and which are about something else.",
      "Questions from the floor",
      "Asked by a member of the audience whether longer postings risked making officers part of the towns' "
      "networks, the commander agreed that they did, and said that the answer was supervision, not rotation.",
      "Closing the discussion, Ambassador Solvang-Ade noted that none of the five towns had a court sitting more "
      "than once a month, and suggested that justice, not policing, might be the real gap on the littoral.")
d.fur("Recap written by Lowenna Achterberg-Diallo, Events and Outreach Officer",
      "A transcript is available on request from events@halversonforum.example.",
      "Upcoming: The Mountain Borders Roundtable \u2014 Wednesday 2 July 2049. Register now",
      "Receive invitations to our events | Email address | Subscribe",
      "Halverson Forum for Security Dialogue is an independent, non-partisan charity. \u00a9 2049 | Privacy | Contact")
emit("x09_policy_forum_event_recap_crawler_block_quoted_title_sitename_zulu_time_unknown_description_event_date_venue_line_speakers_honorifics_posted_video_placeholder_questions_from_floor_byline_at_end_recap_written_by", d, [
    dict(title=X09, authors=["Lowenna Achterberg-Diallo"], date="2049-06-18", kind="recap",
         pub="Halverson Forum for Security Dialogue", volume=None, issue=None)],
    comments=["Open choices: `EVENT RECAP` is a true synonym the catalogue folds, written as its kind (recap), as",
              "`Session recaps` → recap; the date is the recap's `Posted 18 June 2049` (as the crawler block gives",
              "it), not the event's 15 June; the speakers (chair and panellists) are no authors; `Recap written by",
              "NAME, Role` after the text is the byline (not text), the role left out; the event line, speakers line,",
              "video placeholder, transcript line, upcoming-event box, sign-up line and footer are not text; the",
              "subheadings `The View from the Quays` and `Questions from the floor` are text; `Asked by a member of",
              "the audience …` is prose."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# x10: a MEDIA-MONITORING SERVICE's daily PRESS REVIEW (*Varrick Media Watch*), no crawler block: the service's name,
# `Log in | Start a free trial`, a menu, `Press reviews › Eastern Littoral`, `PRESS REVIEW` over the title, `Compiled by
# NAME · Translations by NAME` (a translator, no author), a weekday date, a share line; the review's text is an
# introduction and, for each paper, a line NAMING THE PAPER with its town and frequency in brackets (a heading inside
# the text) over a summary of what it printed, one summary opening `Signed by the editor-in-chief, …` and citing the
# paper's `issue No. 14,220`; a translation disclaimer, `Previous review:`, an e-mail alerts line and the footer;
# sidecar `url:`.
d = Doc()
X10 = "Ferry Strike and Border Arrests Dominate the Littoral Papers"
d.fur("Varrick Media Watch", "Log in | Start a free trial", "Briefings | Press reviews | Country profiles | About",
      "Press reviews \u203a Eastern Littoral", "PRESS REVIEW", X10,
      "Compiled by Hester Oyelowo-Brandt \u00b7 Translations by Matteo Kravchenko-Lye", "Monday 12 July 2049",
      "Share: Email \u00b7 Copy link")
d.web(1, "The second week of the ferry crews' strike and the arrest of nine men at the Dunlow border crossing "
      "led the weekend papers of the Eastern Littoral, with the state-owned press and the independent weeklies "
      "drawing opposite conclusions from both stories.",
      "Dalmar Evening Star (Sallow, daily)",
      "The state-owned daily devotes its front page to the Dunlow arrests, which it describes as the breaking of "
      "a smuggling ring that supplied the rebels in the hills. It quotes the interior ministry as saying that the "
      "men carried detonators hidden in crates of tinned fish.",
      "Kessary Courier (Kessary, weekly)",
      "Signed by the editor-in-chief, the front-page comment in the Courier's issue No. 14,220 calls the arrests "
      "a distraction from the ferry strike, which it says has cut the islands off for twelve days. The paper "
      "publishes letters from island families who have been unable to reach hospital appointments on the mainland.",
      "Radio Orlan (website)",
      "The broadcaster's website reports that the ferry crews' union will meet the transport minister on Tuesday, "
      "and that the union has offered to resume a daily crossing for medical cases while talks continue.")
d.fur("Summaries are translated and condensed by Varrick Media Watch. Inclusion does not imply endorsement of "
      "the views expressed.",
      "Previous review: Littoral papers divided over the harvest tax \u2014 Friday 9 July 2049",
      "Subscribers can receive this review by e-mail every weekday. Manage your alerts",
      "\u00a9 2049 Varrick Media Watch Ltd. Terms of service | Privacy | Contact")
emit("x10_media_monitoring_press_review_no_crawler_free_trial_press_reviews_breadcrumb_label_compiled_by_translations_by_weekday_date_paper_name_lines_with_town_frequency_signed_by_editor_prose_issue_number_prose_disclaimer", d, [
    dict(title=X10, authors=["Hester Oyelowo-Brandt"], date="2049-07-12", kind="press review",
         pub="Varrick Media Watch", volume=None, issue=None)],
    comments=["Open choices: `PRESS REVIEW` (two words) is the kind; `Compiled by NAME` names the author, the",
              "translator after `Translations by` is no author; the lines naming each paper with its town and",
              "frequency in brackets are headings inside the review (text), as are the summaries under them;",
              "`Signed by the editor-in-chief, …` is prose and `issue No. 14,220` is the Courier's number, not this",
              "page's (volume and issue stay empty); the service's name is the publication (`Varrick Media Watch`,",
              "not the `Ltd.` of the copyright line); the share line, disclaimer, previous-review teaser, alerts line",
              "and footer are not text."],
    one_line=True, sidecar="url: https://varrickmediawatch.example/press-reviews/eastern-littoral/2049-07-12")

# ---------------------------------------------------------------------------------------------------------------------
# x11: a SUPREME COURT's PRESS SUMMARY of a judgment (*Supreme Court of Vandermark*) opening with a crawler's YAML block
# (the title in SINGLE quotes with the site after ` – `, `date: unknown`, a one-line description); a skip link, the
# court's name, a menu, `Home › Cases › Current cases › 2049/0047`, `PRESS SUMMARY` over the title, the NEUTRAL
# CITATION `[2049] VSC 31` and `On appeal from: [2048] VCA 112` (bracketed years that read like note markers),
# `Justices:` naming five judges (no authors), `Judgment date:`; the text under headings `Background to the appeals`,
# `Judgment` and `Reasons for the judgment`, citing the judgment's PARAGRAPHS in square brackets `(paras [41]–[44])`;
# the court's standard `NOTE:` disclaimer, download and video links, the footer; no author; no sidecar.
d = Doc()
X11 = "Ostrem and Others v The State"
d.fur("---", f"title: '{X11} \u2013 Supreme Court of Vandermark'",
      "source: https://supremecourt.vandermark.example/cases/2049-0047/press-summary", "date: unknown",
      "description: The Court dismissed the appeals of four men convicted of financing an armed group.", "---",
      "Skip to content", "Supreme Court of Vandermark", "Cases | Judgments | Hearings | Visiting the Court | About",
      "Home \u203a Cases \u203a Current cases \u203a 2049/0047", "PRESS SUMMARY", X11, "[2049] VSC 31",
      "On appeal from: [2048] VCA 112",
      "Justices: President Lund, Justice Aamodt, Justice Ferreira-Holt, Justice Bakshi, Justice Orrell",
      "Judgment date: 9 September 2049")
d.web(1, "Background to the appeals",
      "The four appellants ran a chain of money-transfer shops in the port of Sallow. In 2047 they were convicted "
      "of financing an armed group, the Hill Companies, by moving money for people they knew to be its "
      "quartermasters. They were sentenced to between six and nine years' imprisonment.",
      "They appealed on the ground that the prosecution had not proved that they knew the purpose of the "
      "transfers, and that the trial judge had wrongly told the jury that suspicion could be enough.",
      "Judgment",
      "The Supreme Court unanimously dismisses the appeals. Justice Aamodt gives the lead judgment, with which the "
      "other Justices agree.",
      "Reasons for the judgment",
      "The offence requires knowledge or reasonable cause to suspect that the money will be used for the purposes "
      "of an armed group. The trial judge's direction to the jury, read as a whole, stated that test correctly "
      "(paras [41]\u2013[44]).",
      "The evidence that the appellants knew the purpose of the transfers was strong. Their own messages referred "
      "to the recipients by their ranks in the Companies, and one appellant had kept a separate ledger for "
      "transfers that were never entered in the shops' books (paras [52]\u2013[57]).",
      "The Court also rejects the argument that the appellants were acting under threat. No such defence was raised "
      "at trial, and there was no evidence to support it (para [63]).")
d.fur("NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of the "
      "reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are "
      "public documents and are available on this website.",
      "Download the judgment (PDF, 412 KB) | Watch the judgment being handed down",
      "\u00a9 Supreme Court of Vandermark 2049 | Accessibility | Privacy | Cookies")
emit("x11_supreme_court_press_summary_crawler_block_single_quoted_title_en_dash_suffix_unknown_date_neutral_citation_bracketed_year_on_appeal_from_justices_judgment_date_headings_bracketed_paragraph_references_note_disclaimer", d, [
    dict(title=X11, authors=[], date="2049-09-09", kind="press summary", pub="Supreme Court of Vandermark",
         volume=None, issue=None)],
    comments=["Open choices: `PRESS SUMMARY` (two words) is the kind; the court is the publication and names no",
              "author (the justices, the lead judge named in the text among them, are no authors); the date is the",
              "`Judgment date` (the crawler block's is `unknown`); the neutral citation `[2049] VSC 31` and `On appeal",
              "from: [2048] VCA 112` are no volume or issue and no notes; the bracketed paragraph references `(paras",
              "[41]–[44])` are part of their sentences (text), not note markers; the headings inside the summary are",
              "text; the `NOTE:` disclaimer, download line and footer are not text."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# x12: a NONPROFIT INVESTIGATIVE NEWSROOM's investigation (*The Hollin Record*), no crawler block: a donation banner,
# the name, a menu, `INVESTIGATION` over the title, a dek, a byline of THREE AUTHORS FROM TWO NEWSROOMS (`By NAME and
# NAME, The Hollin Record, and NAME, Eastwater Public Radio`), `May 27, 2049, 5 a.m. EDT`, a partnership note, a
# photo caption with a `Credit:` naming one of the authors, a title-like subheading, a newsletter box of three lines
# INSIDE the text, a paragraph opening `Co-signed by eleven deputies, …`, `Precinct 12, Box 9`, a standing tips
# prompt, a republish box, two authors' bios after the text, `More investigations` teasers, the footer; sidecar `url:`.
d = Doc()
X12 = "How a County Sheriff's Office Armed a Private Militia"
d.fur("We're a nonprofit newsroom, and we rely on readers like you. Donate today \u2192", "The Hollin Record",
      "Investigations   Politics   Courts   Environment   About us", "INVESTIGATION", X12,
      "Records show deputies lent rifles, radios and a training range to the Iron Creek Watch for two years "
      "\u2014 and kept the arrangement off the books.",
      "By Marisol Quintanar-Hale and Dewitt Abernathy-Sowe, The Hollin Record, and Jun Takahashi-Brook, Eastwater "
      "Public Radio",
      "May 27, 2049, 5 a.m. EDT",
      "This article was produced in partnership with Eastwater Public Radio.",
      "The Iron Creek Watch's firing range on county land near Pell Ford. Credit: Dewitt Abernathy-Sowe/The Hollin "
      "Record")
d.web(1, "For two years, a group of armed volunteers calling itself the Iron Creek Watch patrolled the back roads "
      "of Hollin County with rifles, radios and body armour that belonged to the county sheriff's office, "
      "according to records obtained by The Hollin Record and Eastwater Public Radio.",
      "The equipment was never logged out. Inventory sheets for the sheriff's armoury show the same rifles on the "
      "shelves month after month, while photographs posted by the Watch's members show them at roadblocks on "
      "Miller Road and at a training day on county land.",
      "The Range on Miller Road",
      "The training took place on a firing range built by the county in 2044 for its deputies. Range logs show "
      "that on at least nineteen Saturdays in 2047 and 2048, the range was booked by a deputy who was not on duty "
      "and was used by people who were not deputies.")
d.fur("Get our investigations in your inbox.", "Sign up for The Record's weekly newsletter.",
      "Email address | Sign up")
d.web(1, "Co-signed by eleven deputies, a memo sent to the sheriff in March 2048 warned that the Watch's members "
      "were stopping drivers on county roads and asking for identification. The sheriff's office says it has no "
      "record of receiving the memo.",
      "Voters at Precinct 12, Box 9 \u2014 the polling station nearest the range \u2014 told reporters that Watch "
      "members stood outside it in uniform during last November's election. The county election board has opened "
      "an inquiry.",
      "Sheriff Dalton Marsh-Ewing did not respond to repeated requests for comment. A spokesperson for the county "
      "said the equipment had been \u201con loan for community safety purposes\u201d and would be returned.")
d.fur("Do you have a story we should investigate? Send us a confidential tip.",
      "Republish this story for free under a Creative Commons licence. Republish \u2192",
      "Marisol Quintanar-Hale covers law enforcement for The Hollin Record. Contact her at mqh@hollinrecord.example.",
      "Jun Takahashi-Brook is an investigative reporter at Eastwater Public Radio.",
      "More investigations", "The county jail's missing medical records \u2014 April 30, 2049",
      "Who owns the land under the new highway? \u2014 April 2, 2049",
      "\u00a9 2049 The Hollin Record, a nonprofit newsroom. Privacy policy | Terms of use | Ethics policy")
emit("x12_nonprofit_newsroom_investigation_no_crawler_donate_banner_label_dek_three_authors_two_newsrooms_byline_time_edt_partnership_note_credit_names_author_newsletter_box_inside_text_co_signed_prose_precinct_box_tips_republish_bios", d, [
    dict(title=X12, authors=["Marisol Quintanar-Hale", "Dewitt Abernathy-Sowe", "Jun Takahashi-Brook"],
         date="2049-05-27", kind="investigation", pub="The Hollin Record", volume=None, issue=None)],
    comments=["Open choices: `INVESTIGATION` over the title is the kind; the byline names three authors, the",
              "newsrooms after their names left out; the publication is the site whose masthead prints `The Hollin",
              "Record`, not the partner station; the dek, partnership note, photo caption and its credit (naming an",
              "author) are not text; the newsletter box inside the text, the tips prompt, the republish box, the two",
              "bios, the teasers and the footer are not text; the subheading is text; `Co-signed by eleven deputies,",
              "…` and `Precinct 12, Box 9` are prose; the sheriff is no author."],
    one_line=True, sidecar="url: https://hollinrecord.example/2049/05/27/sheriff-iron-creek-watch-militia")
