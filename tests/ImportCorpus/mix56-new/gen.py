"""mix56-new: twelve invented raw files in the proportions of the hidden set of issue 6, written by a helper before any
run from monitors, sites, people and places of the writer's own invention (dated 2050), in shapes, wordings and layouts
chosen file by file to differ from mix49-new to mix55-new: three whole Terrorism Monitor issues as PDF text (v01 and
v02 with blank lines, v03 printed WITHOUT them), two whole issues of invented sibling monitors (v04, v05), two web
versions of monitor articles, one article per page (v06 of v01's analysis; v07 a print-friendly page of an analysis
from an issue not in the set), and five pages scraped from other kinds of sites, one line per paragraph, three of them
opening with a crawler's YAML block (v08, v10, v11).
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with long words hyphenated at line ends.
The helpers (Doc, emit, HDoc, PDoc, JDoc) are those of mix55-new/gen.py, copied unchanged.
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
# v01: a whole Terrorism Monitor issue, PDF text with blank lines: the foundation in capitals over the name and a
# capitals line `VOLUME XLVIII  •  Nº 2  •  20 JANUARY 2050` (the NUMERO sign); `THIS FORTNIGHT` of entries
# `NN  LABEL  Title` (a zero-padded page first, the label in a column); `ANALYSIS` over a piece by TWO AUTHORS WITH
# DIFFERENT HONORIFICS AND ASTERISKS (`By Brigadier (retd) NAME* and Dr NAME**`), whose bios are printed as
# ASTERISK FOOTNOTES AT THE FOOT OF THE FIRST PAGE, between two halves of a sentence; `[n]` markers, a title-like
# subheading, `NOTES AND REFERENCES` of `[n]` entries; `VIEWPOINT` (singular) over `A viewpoint from NAME` with a plain
# bio after the text; `NEWSWIRE` (a section name) over three: `Reporting: NAME`, `NAME | PLACE` under the title, and
# one unsigned; running footers `Hallorand Foundation • Terrorism Monitor • Vol. XLVIII, Nº 2` over a page number set
# between dashes `— N —`, one mangled; the foundation's notice; sidecar.
d = HDoc(80, hyph=True)
V01_A = "The Salt Road Cells of Orvenna"
V01_B = "Why Talks With the Marsh Brigades Will Fail"
V01_C = "Quarry Raid at Tolland Nets Detonators"
V01_D = "Mayor's Bodyguard Arrested in Esk"
V01_E = "Drones Sighted Over the Esk Reservoir"


def v01_foot(page, mangled=False, extra=()):
    f = ("HallorandFoundation\u2022TerrorismMonitor\u2022Vol.XLVIII,N\u00ba2" if mangled
         else "Hallorand Foundation \u2022 Terrorism Monitor \u2022 Vol. XLVIII, N\u00ba 2")
    pn = f"\u2014{page}\u2014" if mangled else f"\u2014 {page} \u2014"
    return list(extra) + ["", f, pn, "\f", ""]


d.fur("THE HALLORAND FOUNDATION", "Terrorism Monitor",
      "VOLUME XLVIII  \u2022  N\u00ba 2  \u2022  20 JANUARY 2050", "", "THIS FORTNIGHT", "",
      f"02  ANALYSIS     {V01_A}", f"05  VIEWPOINT    {V01_B}",
      "07  NEWSWIRE     A quarry raid at Tolland; a mayor's bodyguard; drones over Esk", "", "",
      "ANALYSIS", "", V01_A, "",
      "By Brigadier (retd) Tancred Osei-Hallworth* and Dr Mirela Quaintance**", "")
d.para(1, "For most of the last decade the salt road that climbs from the Orvenna flats to the border posts of the "
       "high passes carried little but salt, wool and the occasional tourist coach. Since the spring of 2048 it "
       "has also carried the men and money of at least four small armed cells, each of them loosely tied to the "
       "Marsh Brigades and each of them paid, in one way or another, out of the salt trade.[1]")
d.add()
d.para(1, "The cells are not large. Police and military sources in Orvenna put the strongest of them at around "
       "thirty members and the weakest at fewer than ten. What makes them dangerous is not their size but their "
       "position: they sit astride the only paved road between the salt pans and the markets of the interior, "
       "and every lorry that uses it pays them something.[2]",
       brk=(3, v01_foot(2, extra=[
           "", "________",
           "* Tancred Osei-Hallworth commanded the Orvenna garrison from 2041 to 2044 and is now a senior",
           "associate of the Hallorand Foundation.",
           "** Mirela Quaintance lectures in security studies at the University of Pellmarch."])))
d.add()
d.para(1, "By the time the night convoys reached Orvenna in the winter of 2049, the pattern was settled. A lorry "
       "leaving the pans after dark stopped at Checkpoint 48, two kilometres past Marker 2, where a man in a "
       "reflective jacket collected a fee that the drivers call the salt tithe. No receipt was given, and none "
       "was asked for.")
d.add()
d.add("Salt, Silence and the Night Convoys", 1)
d.add()
d.para(1, "The drivers' silence is easy to explain. Most of them are paid by the load, and a lorry held for a "
       "night at the checkpoint loses its driver a day's wages. The tithe, by contrast, costs them about a tenth "
       "of what a day's delay would, and the salt companies quietly refund it as a road expense.[3]")
d.add()
d.para(1, "The companies' silence is harder to excuse. Three of the four largest salt producers in the province "
       "have recorded the tithe in their accounts for at least two years, under headings such as security "
       "services and route maintenance. Their auditors have not objected, and the provincial tax office has "
       "allowed the payments as a deductible cost.[4]", brk=(4, v01_foot(3, mangled=True)))
d.add()
d.para(1, "Ending the trade would take less than the government fears. A weighbridge at each end of the road, "
       "convoys escorted by the border police at fixed hours and a rule that salt companies publish every "
       "payment made on the road would leave the cells with little to live on. Whether the province has the "
       "will to do so is another matter.")
d.add()
d.fur("NOTES AND REFERENCES", "")
for t in ["[1] Orvenna Provincial Police, threat assessment for the salt road corridor, unpublished, March 2049.",
          "[2] Interviews by the authors with police and army officers in Orvenna, September and October 2049.",
          "[3] Interviews by the authors with eleven lorry drivers at the Orvenna pans, November 2049.",
          "[4] Annual accounts of the Orvenna Salt Company, the Flats Mineral Cooperative and Pellmarch Salt, "
          "2047 and 2048."]:
    d.para(1, t)
    d.add()
d.fur(*v01_foot(4))
d.fur("VIEWPOINT", "", V01_B, "", "A viewpoint from Ysolde Brannigan-Efe", "")
d.para(2, "Every eighteen months or so, a minister in the capital announces that the time has come to talk to the "
       "Marsh Brigades. The announcement is welcomed by the press, a mediator is appointed, and within a year "
       "the talks have collapsed. The next attempt, which the government now appears to be preparing, will "
       "fail for the same reasons as the last three.")
d.add()
d.para(2, "The first reason is that the Brigades are not one organisation. They are a federation of village "
       "militias whose commanders meet twice a year and agree on very little. A commander who signs a "
       "ceasefire speaks for his own valley and nobody else's.")
d.add()
d.para(2, "The second reason is money. The salt tithe, the ferry levies and the grazing fees bring the "
       "commanders more than any peace settlement could offer them, and the government has never been willing "
       "to say what it would put in their place.", brk=(2, v01_foot(5)))
d.add()
d.para(2, "Talks could work if they began with the valleys rather than the federation, and with the money rather "
       "than the flags. Until then, the mediator's office should be left empty.")
d.add()
d.bio("Ysolde Brannigan-Efe was the Union's deputy mediator for the Marsh provinces from 2044 to 2048.")
d.fur("", "", "NEWSWIRE", "", V01_C, "", "Reporting: Casimir Obuya-Lindgren", "")
d.para(3, "Border police raided a disused limestone quarry outside Tolland on 14 January and recovered some two "
       "hundred commercial detonators, together with coils of fuse wire and a logbook listing deliveries to "
       "three villages on the salt road.")
d.add()
d.para(3, "The quarry's owner, who was not present during the raid, told reporters that the site had been "
       "closed since 2046 and that he had no knowledge of the stores.", brk=(1, v01_foot(6)))
d.fur("", V01_D, "", "Henrike Salo | Esk", "")
d.para(4, "A bodyguard assigned to the mayor of Esk was arrested on 16 January on suspicion of passing the "
       "mayor's travel plans to a cell of the Marsh Brigades. The mayor was unhurt and has continued to work "
       "from the town hall.")
d.fur("", V01_E, "")
d.para(5, "Residents of Esk reported small drones flying low over the town's reservoir on three nights last week. "
       "The water authority has asked the army to station a team with jamming equipment at the dam.")
d.fur(*v01_foot(7))
d.fur("Terrorism Monitor is published fortnightly by the Hallorand Foundation, 2210 Quarry Lane, Suite 48, "
      "Arlington, VA", "22201. Opinions are the authors' own. \u00a9 2050 The Hallorand Foundation.")
META = dict(date="2050-01-20", pub=TM, volume=48, issue=2)
emit("v01_tm_issue_foundation_caps_numero_sign_caps_date_this_fortnight_zero_padded_page_label_column_analysis_two_honorifics_asterisk_bios_at_page_foot_viewpoint_a_viewpoint_from_newswire_reporting_name_pipe_place_dash_page_numbers", d, [
    dict(title=V01_A, authors=["Tancred Osei-Hallworth", "Mirela Quaintance"], kind="analysis", **META),
    dict(title=V01_B, authors=["Ysolde Brannigan-Efe"], kind="viewpoint", **META),
    dict(title=V01_C, authors=["Casimir Obuya-Lindgren"], kind="brief", **META),
    dict(title=V01_D, authors=["Henrike Salo"], kind="brief", **META),
    dict(title=V01_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `VOLUME XLVIII • Nº 2 • 20 JANUARY 2050` is volume 48, issue 2, dated 2050-01-20;",
              "`ANALYSIS` and `VIEWPOINT` are singular labels naming their pieces; `NEWSWIRE` is a section name",
              "over a run of short pieces, so each of its three pieces is a brief; `Brigadier (retd)` and `Dr` and",
              "the asterisks are left out of the names; the asterisk bios at the foot of page 2 are bios (not",
              "text), the sentence around them is rejoined; `A viewpoint from NAME` is a byline; `Reporting: NAME`",
              "and `NAME | Esk` name their authors (the place left out); the third brief is unsigned; `By the time",
              "the night convoys reached Orvenna, …` is prose, `Checkpoint 48, two kilometres past Marker 2` is",
              "no numbering; the subheading is text, the notes heading is not, its `[n]` entries are; contents,",
              "footers, dashed page numbers (one footer mangled) and the notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# v02: a whole Terrorism Monitor issue, PDF text with blank lines: a masthead STAGGERED over four lines (`Issue 9 · 5
# May 2050` pushed right above the name in capitals, `Volume XLVIII` pushed right under it, then the foundation's line);
# no contents; REGIONAL SECTION NAMES as labels: `HIGH STEPPE` over a long piece by THREE AUTHORS STACKED ONE NAME A
# LINE, two with honorifics (`Dr NAME` / `Prof. NAME` / `NAME`), `[n]` markers, a title-like subheading, `References
# and notes` of `N – …` entries and ONE BIO PARAGRAPH OF ALL THREE after them (a shared opening sentence, then one
# sentence each naming them by surname with honorific); `SOUTHERN LITTORAL` over a long piece `By Colonel NAME
# (retired)` and a BIO NAMING HIM BY RANK AND SURNAME ONLY; `IN SHORT` over three: `From NAME in PLACE`, a signature
# in brackets `(NAME)` after the text, and one unsigned; ALTERNATING RUNNING HEADS (even pages `N    Terrorism
# Monitor`, odd pages `Volume XLVIII · Issue 9    N`), one mangled, between halves of sentences; a `Next issue:` line
# and the notice; no sidecar.
d = HDoc(80, hyph=True)
V02_A = "The Well-Diggers' War in the Tessaly Basin"
V02_B = "Ferry Crews and the Kessingham Bombing"
V02_C = "Border Post Reopens at Hallin Gap"
V02_D = "Two Militia Leaders Sentenced in Varrow"
V02_E = "Curfew Lifted in Old Kessingham"


def v02_head(page, mangled=False):
    if page % 2 == 0:
        h = f"{page}    Terrorism Monitor"
    else:
        h = (f"VolumeXLVIII\u00b7Issue9 {page}" if mangled else " " * 50 + f"Volume XLVIII \u00b7 Issue 9    {page}")
    return ["", "\f", h, ""]


d.fur(" " * 56 + "Issue 9 \u00b7 5 May 2050", "TERRORISM MONITOR", " " * 63 + "Volume XLVIII",
      "A HALLORAND FOUNDATION PUBLICATION", "", "", "HIGH STEPPE", "", V02_A, "",
      "Dr Anselm Vukovic-Nyambura", "Prof. Perpetua Haldane", "Jonah Ferreira-Lusk", "")
d.para(1, "In the Tessaly basin, water has always been political. What has changed since 2046 is that it has "
       "become military. Armed groups that once fought over grazing now fight over boreholes, and the men who "
       "dig and repair the wells have become the most valuable, and the most threatened, people on the steppe.[1]")
d.add()
d.para(1, "The basin has some four hundred working boreholes, most of them sunk by the state water company in the "
       "2020s and left to the villages when the company withdrew. Bore 48 and Bore 9, the two deepest, supply "
       "the market town of Tessaly itself, and both have been seized and held for ransom in the past year.[2]",
       brk=(3, v02_head(2)))
d.add()
d.add("Pumps, Permits and the Price of Water", 1)
d.add()
d.para(1, "The militias do not want to destroy the wells. They want to license them. A village that wants its "
       "pump repaired must now obtain a permit from whichever group controls the track to the village, and the "
       "permit is paid for in cash, in livestock or in recruits. The well-diggers, who travel between villages "
       "with their rigs, pay at every checkpoint and are sometimes held for weeks.[3]")
d.add()
d.para(1, "The government's answer has been to send the rigs out under army escort. This has protected the crews "
       "but has also made them a target: two escorted rigs were ambushed in March, and one of the crews was "
       "killed. Several drilling firms have since refused to work in the basin at any price.",
       brk=(2, v02_head(3, mangled=True)))
d.add()
d.para(1, "A better answer may lie with the villages themselves. Where village councils have trained their own "
       "mechanics and hold their own spare parts, the militias have found little to license, and the wells have "
       "kept working through two years of fighting.[4]")
d.add()
d.fur("References and notes", "")
for t in ["1 \u2013 Tessaly Basin Water Authority, register of boreholes, revised edition, January 2050.",
          "2 \u2013 Interviews by the authors with the Tessaly town council, February 2050.",
          "3 \u2013 Interviews by the authors with drilling crews in the northern and eastern districts of the basin, "
          "2049\u20132050.",
          "4 \u2013 Field survey of thirty-one village councils by the Steppe Water Project, 2049."]:
    d.para(1, t)
    d.add()
d.bio("The authors work together on the Hallorand Foundation's Steppe Water Project. Dr Vukovic-Nyambura is a "
      "hydrologist who has surveyed the basin since 2039. Professor Haldane teaches conflict studies at Marrowby "
      "College. Mr Ferreira-Lusk is the project's field coordinator in Tessaly.")
d.fur(*v02_head(4))
d.fur("SOUTHERN LITTORAL", "", V02_B, "", "By Colonel Bertrand Ashgrove-Uzor (retired)", "")
d.para(2, "The bomb that damaged the Kessingham ferry terminal on 11 April killed nobody, but it closed the port "
       "for nine days and cut the only passenger link between the mainland and the Sallow islands. It was also, "
       "by the standards of the southern littoral, unusually well made.")
d.add()
d.para(2, "Investigators have found that the device was built from marine signal flares and a timer taken from a "
       "ferry's own engine room. That points to someone with access to the ships, and suspicion has fallen on a "
       "group of former crew members dismissed when the ferry company was sold in 2048.")
d.add()
d.para(2, "Signed on by the ferry company as deckhands, most of the dismissed men had worked the Sallow crossing "
       "for twenty years. They lost their jobs, their pensions and, in several cases, the company housing in "
       "which their families lived. Their union has organised protests at the terminal every month since the "
       "sale.", brk=(3, v02_head(5)))
d.add()
d.para(2, "There is no evidence yet that the union or its leaders had anything to do with the bomb, and they have "
       "condemned it. But the port authority's decision to ban former crew from the terminal has already turned "
       "a labour dispute into a security problem, and the police should be careful not to turn a security "
       "problem into an insurgency.")
d.add()
d.para(2, "What the littoral needs is a settlement of the pensions question, which would cost the new owners a "
       "fraction of what nine days of closure have cost the port.")
d.add()
d.bio("Colonel Ashgrove-Uzor served thirty years in the coastal artillery and now advises port authorities on "
      "security.")
d.fur("", "", "IN SHORT", "", V02_C, "", "From Oona Petrakis-Wale in Hallin", "")
d.para(3, "The border post at Hallin Gap reopened on 28 April after four months in which it was closed to all but "
       "military traffic. Traders queued overnight to be among the first across.")
d.fur(*v02_head(6))
d.fur(V02_D, "")
d.para(4, "A court in Varrow sentenced two commanders of the Steppe Militia to twenty years each for the kidnapping "
       "of a drilling crew in 2049. Both men denied the charges and are expected to appeal.")
d.fur("(Teodoro Blankenship-Asare)", "", V02_E, "")
d.para(5, "The curfew imposed on the old town of Kessingham after the terminal bombing was lifted on 2 May. Shops "
       "on the harbour front reopened the same evening.")
d.fur("", "Next issue: 19 May 2050", "",
      "Terrorism Monitor is a publication of the Hallorand Foundation. The views expressed are solely those of the "
      "authors. \u00a9 2050.")
META = dict(date="2050-05-05", pub=TM, volume=48, issue=9)
emit("v02_tm_issue_staggered_masthead_no_contents_regional_section_names_three_authors_one_a_line_en_dash_notes_bio_of_three_colonel_retired_bio_by_rank_in_short_alternating_running_heads", d, [
    dict(title=V02_A, authors=["Anselm Vukovic-Nyambura", "Perpetua Haldane", "Jonah Ferreira-Lusk"],
         kind="feature", **META),
    dict(title=V02_B, authors=["Bertrand Ashgrove-Uzor"], kind="feature", **META),
    dict(title=V02_C, authors=["Oona Petrakis-Wale"], kind="brief", **META),
    dict(title=V02_D, authors=["Teodoro Blankenship-Asare"], kind="brief", **META),
    dict(title=V02_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `Issue 9 · 5 May 2050` over the name and `Volume XLVIII` under it are volume 48,",
              "issue 9, dated 2050-05-05; `HIGH STEPPE` and `SOUTHERN LITTORAL` are regional section names no page",
              "uses as genres, each over one longer piece, so features; `IN SHORT` is a section name over a run of",
              "short pieces, so briefs; the three names stacked one a line under the first title are its byline",
              "(without `Dr` and `Prof.`); the bio paragraph of all three after the notes is not text (its sentences",
              "name them by surname); `(retired)` and `Colonel` are left out of the name, and the bio naming him",
              "`Colonel Ashgrove-Uzor` is not text; `From NAME in PLACE` names her, `(NAME)` after the second brief",
              "is its signature, the third is unsigned; `Signed on by the ferry company as deckhands, …` is prose,",
              "`Bore 48 and Bore 9` is no numbering; the subheading is text, the notes heading is not, its entries",
              "are; running heads (one mangled), `Next issue: …` and the notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# v03: a whole Terrorism Monitor issue printed WITHOUT blank lines: the cover prints the name, a weekday date and a
# tagline only; `CONTENTS` of titles IN CAPITALS with dotted leaders and the page, each over `by NAME` on an indented
# line; the volume and issue are printed ONLY IN A COLOPHON AT THE END (`Terrorism Monitor, Vol. XLVIII, Issue 14 ·
# ISSN …`); a piece listed by title under no label, `By Lady NAME`, superscript markers, a title-like subheading,
# `Notes` of `N.` entries and a RUN-IN BIO `About the author: NAME …` after them; `REVIEW ESSAY` (two words) over
# `Reviewed by the Rev. Dr NAME` (two honorifics), with a paragraph opening `By NAME's own count, …`; `DISPATCH` twice
# (singular): `NAME reports from PLACE:` and one signed at the end `NAME, PLACE, D Month`; running footers `Page N of 8`
# with the date, one mangled, between halves of sentences; sidecar.
d = HDoc(80, hyph=True)
V03_A = "The Orchard Militias of Upper Brey"
V03_B = "Three Books on the Breyland Uprising"
V03_C = "Night Market Fire in Sallow Cross"
V03_D = "A Ferry Strike on the Brey Estuary"


def v03_foot(page, mangled=False):
    return ([f"terrorismmonitor|14july2050Page{page}of8"] if mangled
            else [f"Terrorism Monitor | 14 July 2050" + " " * 30 + f"Page {page} of 8"]) + ["\f"]


d.fur("Terrorism Monitor", "Thursday, 14 July 2050",
      "Reporting and analysis on political violence, from the Hallorand Foundation", "CONTENTS",
      "THE ORCHARD MILITIAS OF UPPER BREY ....................................... 1",
      "     by Lady Philippa Anwar-Stroud",
      "THREE BOOKS ON THE BREYLAND UPRISING ..................................... 5",
      "     by the Rev. Dr Amos Kettleby-Achebe",
      "DISPATCHES FROM SALLOW CROSS AND THE ESTUARY ............................. 7",
      *v03_foot(1), V03_A, "By Lady Philippa Anwar-Stroud")
d.para(1, "The orchards of Upper Brey produce most of the province's apples and nearly all of its cider. Since "
       "the winter of 2049 they have also produced a new kind of armed group: small militias, raised and paid by "
       "the orchard owners, that guard the harvest, collect debts and, increasingly, fight one another.\u00b9")
d.para(1, "The militias began as night watches. After a run of thefts in the autumn of 2048, when whole lorry "
       "loads of fruit vanished from the packing sheds, the larger estates hired former soldiers to patrol "
       "their rows. Within a year the watches had guns, uniforms of a sort and names.\u00b2",
       brk=(2, v03_foot(2)))
d.add("Cider, Credit and the Militia Tax", 1)
d.para(1, "What turned the watches into militias was credit. The smaller growers of Upper Brey borrow every spring "
       "from the larger estates to pay for spraying and pruning, and repay the loans from the harvest. When the "
       "harvest failed in 2049, the estates sent their watchmen to collect, and the watchmen took fruit, "
       "equipment and, in a few cases, land.\u00b3")
d.para(1, "The growers responded by raising watches of their own. There are now at least eleven armed groups in "
       "a valley of some forty villages, and the provincial police, who have twelve officers for the whole of "
       "Upper Brey, no longer patrol the orchard roads after dark.", brk=(3, v03_foot(3, mangled=True)))
d.para(1, "None of the militias has a political programme, and none is tied to the uprising in the lowlands. That "
       "is what makes them easy to ignore and hard to disarm: there is nobody to negotiate with, only a great "
       "many people who are owed money.\u2074")
d.fur("Notes")
for t in ["1. Brey Provincial Agricultural Office, harvest returns, 2045\u20132049.",
          "2. Interviews by the author with estate managers in Upper Brey, March 2050.",
          "3. Interviews by the author with members of the Upper Brey Growers' Association, April 2050.",
          "4. Provincial police, report to the Brey regional assembly, May 2050."]:
    d.para(1, t)
d.bio("About the author: Lady Philippa Anwar-Stroud is a writer and farmer in the Brey uplands and the author of "
      "a history of the province's cider trade.")
d.fur(*v03_foot(4))
d.fur("REVIEW ESSAY", V03_B, "Reviewed by the Rev. Dr Amos Kettleby-Achebe")
d.para(2, "Two years after the first barricades went up in the lowland towns, the Breyland uprising has found its "
       "historians. Three new books, written from very different places, try to explain why a province known "
       "for its orchards and its choirs took up arms against its own assembly.")
d.para(2, "By Orla Fenn-Matthiasen's own count, her book The Long Harvest draws on more than three hundred "
       "interviews, most of them with people who took no side at all. It is the best of the three, because it "
       "takes the boredom and fear of ordinary life under the barricades as seriously as the speeches of the "
       "leaders.", brk=(3, v03_foot(5)))
d.para(2, "Gideon Marsh-Oduya's Against the Assembly is a partisan book, and says so. Its account of the assembly's "
       "corruption is detailed and largely convincing; its account of the uprising's own violence is thin. The "
       "third book, a collection of essays edited by the Brey Historical Society, is uneven but contains the only "
       "serious study so far of the uprising's finances.")
d.para(2, "Read together, the three books suggest that the uprising was less a revolution than a revolt of the "
       "indebted, and that it will end only when somebody addresses the debts.")
d.fur(*v03_foot(6))
d.fur("DISPATCH", V03_C, "Evander Pryce-Momoh reports from Sallow Cross:")
d.para(3, "The night market at Sallow Cross burned for six hours on 9 July, destroying some two hundred stalls. "
       "Traders blamed a protection gang that had demanded a weekly payment since the spring; the fire service "
       "said it had not yet established the cause.")
d.para(3, "By morning, the traders had set up again on the ring road, under tarpaulins, and the gang's collectors "
       "were back.")
d.fur("DISPATCH", V03_D)
d.para(4, "The ferry crews of the Brey estuary stopped work on 11 July, leaving some four thousand commuters to "
       "find their way around by road. The crews say armed men have boarded the ferries twice this month to "
       "search passengers, and they will not sail again without a police presence on board.",
       brk=(2, v03_foot(7)))
d.para(4, "The estuary authority has promised to put an officer on each crossing from next week.")
d.fur("Mireille Oyelaran-Voss, Brey Estuary, 12 July")
d.fur("Terrorism Monitor, Vol. XLVIII, Issue 14 \u00b7 ISSN 1555-2050 \u00b7 Published by the Hallorand Foundation, "
      "Arlington, VA.", "All rights reserved. Views are those of the authors.", *v03_foot(8))
META = dict(date="2050-07-14", pub=TM, volume=48, issue=14)
emit("v03_tm_issue_no_blank_lines_cover_weekday_date_caps_contents_by_lines_numbers_only_in_colophon_lady_superscripts_run_in_about_the_author_review_essay_rev_dr_dispatch_reports_from_page_n_of_m", d, [
    dict(title=V03_A, authors=["Philippa Anwar-Stroud"], kind="feature", **META),
    dict(title=V03_B, authors=["Amos Kettleby-Achebe"], kind="review essay", **META),
    dict(title=V03_C, authors=["Evander Pryce-Momoh"], kind="dispatch", **META),
    dict(title=V03_D, authors=["Mireille Oyelaran-Voss"], kind="dispatch", **META)],
    comments=["Open choices: the volume and issue are printed only in the closing colophon (`Vol. XLVIII, Issue 14`:",
              "volume 48, issue 14), the date only on the cover (2050-07-14); the first piece is listed by title",
              "under no label, so a feature; `REVIEW ESSAY` is a two-word label kept as printed; `DISPATCH` is a",
              "singular label over each of the last two pieces; `Lady`, `the Rev. Dr` are left out of the names;",
              "`NAME reports from PLACE:` is a byline; `NAME, PLACE, 12 July` after the last piece is its",
              "signature (not text); `About the author: …` is a bio (not text); the authors of the reviewed books",
              "are no authors, and `By Orla Fenn-Matthiasen's own count, …` is prose; the subheading is text, the",
              "notes heading is not, its entries are; contents, `Page N of 8` footers (one mangled) and the",
              "colophon are furniture; the contents entry `DISPATCHES FROM …` is no article."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# v04: a whole issue of an invented sibling monitor, *Ulvenmark Borderlands Monitor*, PDF text with blank lines: the
# name in capitals over the trust's tagline and `Vol. 6 — Issue 3 — February 2050` (only a month and year); `Contents`
# of LABELS WITH DOTTED PAGES and the titles indented UNDER each label (the two case files on one line, joined by a
# semicolon); `PERSPECTIVE` (singular) over `By Mx NAME`, `[n]` markers, a running footer between two halves of a
# sentence, `Notes` of `N.` entries and `ABOUT THE WRITER` over the bio after them; `CASE FILES` (a plural genre)
# over two: `NAME & NAME` (an AMPERSAND on a line of its own), and `By Maj. Gen. (retd) NAME`; `NOTICEBOARD` (a
# section name) over one short unsigned piece; ABBREVIATED running footers `UBM 6(3) · Feb. 2050 · N`, one mangled;
# the trust's notice; sidecar.
d = HDoc(80, hyph=True)
UBM = "Ulvenmark Borderlands Monitor"
V04_A = "The Myth of the Empty Frontier"
V04_B = "The Harnby Bridge Cell"
V04_C = "The Farrow Brothers and the Timber Levy"
V04_D = "Trust Opens Archive of Frontier Court Records"


def v04_foot(page, mangled=False):
    f = f"UBM6(3)\u00b7Feb.2050\u00b7{page}" if mangled else f"UBM 6(3) \u00b7 Feb. 2050 \u00b7 {page}"
    return ["", f, "\f", ""]


d.fur("ULVENMARK BORDERLANDS MONITOR", "Independent reporting from the northern frontier \u2014 the Ulvenmark Trust",
      "Vol. 6 \u2014 Issue 3 \u2014 February 2050", "", "Contents", "",
      "PERSPECTIVE ................................ 1", "     " + V04_A,
      "CASE FILES ................................. 3", "     " + V04_B + "; " + V04_C,
      "NOTICEBOARD ................................ 6", "     Court records archive", "", "",
      "PERSPECTIVE", "", V04_A, "", "By Mx Rowan Tiberius-Okoro", "")
d.para(1, "Maps of the northern frontier still show it as empty: a wide band of pale green between the last "
       "villages of Ulvenmark and the first of the Kessow uplands, crossed by a single road. Policy has followed "
       "the maps. For thirty years the frontier has been treated as a space to be watched, not a place where "
       "people live.[1]")
d.add()
d.para(1, "In fact some twelve thousand people live there, in forestry camps, herders' settlements and the "
       "old railway towns along the Harnby line. They trade across the border, marry across it and, since the "
       "closure of the crossings in 2047, smuggle across it, because there is no other way to reach the "
       "markets that their livelihoods depend on.[2]", brk=(3, v04_foot(1)))
d.add()
d.para(1, "The armed groups that now operate on the frontier have understood this better than the government. "
       "They offer the frontier's people what the state does not: a way across, protection on the road and a "
       "share of the proceeds. In return they ask for silence, shelter and, from time to time, recruits.[3]")
d.add()
d.para(1, "Reopening two or three of the crossings under civilian customs officers would do more to weaken the "
       "armed groups than any number of patrols. It would also require the government to admit that the "
       "frontier is not empty after all.")
d.add()
d.fur("Notes", "")
for t in ["1. Ulvenmark Land Survey, frontier zone sheets 4\u20139, edition of 2019, reprinted without revision "
          "in 2048.",
          "2. Ulvenmark Trust, household survey of the frontier zone, 2049.",
          "3. Interviews by the writer in the Harnby railway towns, November and December 2049."]:
    d.para(1, t)
    d.add()
d.fur("ABOUT THE WRITER", "")
d.bio("Rowan Tiberius-Okoro grew up in the Harnby railway towns and now researches cross-border trade for the "
      "Ulvenmark Trust.")
d.fur(*v04_foot(2))
d.fur("CASE FILES", "", V04_B, "", "Hedda Marchbank & Olusegun Tveit", "")
d.para(2, "The Harnby bridge carries the railway over the Ulven gorge, and in October 2049 a cell of five men "
       "tried to bring it down. The charges they laid on the northern pier failed to go off, and the men were "
       "arrested a week later in a forestry camp twenty kilometres away.")
d.add()
d.para(2, "Court papers show that all five had worked on the railway and had lost their jobs when the line was "
       "closed to passenger traffic in 2048. Their leader, a former signalman, told investigators that the "
       "attack was meant to show the government that the frontier could not be ignored.", brk=(2, v04_foot(3)))
d.add()
d.para(2, "Written off by the railway company as a loss-making branch, the Harnby line now carries two freight "
       "trains a week. The bridge, which the cell failed to destroy, is in any case due to close for repairs.")
d.add()
d.fur(V04_C, "", "By Maj. Gen. (retd) Caradoc Ellery-Nwosu", "")
d.para(3, "The Farrow brothers, three men from a forestry settlement on the upper Ulven, have been collecting "
       "what they call a timber levy from every logging lorry on the frontier road since the spring of 2049. The "
       "levy is small, a few crowns a cubic metre, and most firms pay it without complaint.")
d.add()
d.para(3, "What sets the brothers apart from ordinary racketeers is what they do with the money. They have paid "
       "for a school bus, a generator for the settlement's clinic and the repair of two bridges that the "
       "district had abandoned, and they are, by most accounts, popular.", brk=(3, v04_foot(4, mangled=True)))
d.add()
d.para(3, "The police have a warrant for the eldest brother but have not tried to serve it. An officer in the "
       "district said that arresting him would cost the force whatever goodwill it has left on the frontier.")
d.fur(*v04_foot(5))
d.fur("NOTICEBOARD", "", V04_D, "")
d.para(4, "The Ulvenmark Trust has opened its archive of frontier court records, some four thousand files from "
       "the district courts at Harnby and Ulvenfoss covering 2030 to 2049, to researchers. Files from 2048 and "
       "2049 can be read in the trust's reading room by appointment.")
d.fur("", "The Ulvenmark Borderlands Monitor is published monthly by the Ulvenmark Trust, a registered charity. "
      "Reproduction with acknowledgement.", *v04_foot(6))
META = dict(date="2050-02-01", pub=UBM, volume=6, issue=3)
emit("v04_sibling_caps_name_vol_issue_month_year_contents_labels_dotted_titles_under_perspective_mx_about_the_writer_case_files_ampersand_line_maj_gen_retd_noticeboard_abbreviated_footers", d, [
    dict(title=V04_A, authors=["Rowan Tiberius-Okoro"], kind="perspective", **META),
    dict(title=V04_B, authors=["Hedda Marchbank", "Olusegun Tveit"], kind="case file", **META),
    dict(title=V04_C, authors=["Caradoc Ellery-Nwosu"], kind="case file", **META),
    dict(title=V04_D, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol. 6 — Issue 3 — February 2050` is volume 6, issue 3, dated 2050-02-01 (only a",
              "month and year printed); the publication in proper form (`Ulvenmark Borderlands Monitor`);",
              "`PERSPECTIVE` (singular) names its piece; `CASE FILES` is a plural genre, so each of its two pieces",
              "is a case file; `NOTICEBOARD` is a section name no page uses as a genre, over one short piece with",
              "no subheadings, so a brief; `Mx` and `Maj. Gen. (retd)` are left out of the names; `NAME & NAME` on",
              "a line of its own names both; `ABOUT THE WRITER` and the bio under it are not text; the notes",
              "heading is not text, its entries are; `Written off by the railway company …` is prose; the",
              "abbreviated footers `UBM 6(3) · Feb. 2050 · N` (one mangled), contents and notice are furniture."],
    sidecar="publication: Ulvenmark Borderlands Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# v05: a whole issue of an invented sibling monitor, *Fenwater Delta Monitor*, PDF text with blank lines: the name in
# ordinary case over `ISSN 4410-2208   |   Issue 41   |   30 September 2050` (an ISSN before the issue, no volume) and
# the institute's line; NO CONTENTS but a `CONTRIBUTORS TO THIS ISSUE` box of bios ON THE COVER, before the first
# piece; `EXPLAINERS` (a plural genre) over two: `By Professor Emerita NAME` (a two-word honorific) with a title-like
# subheading, and `By NAME and NAME, with maps by NAME` (a cartographer named after `with maps by`); `OBITUARY`
# (singular) over a title that is a NAME WITH LIFE DATES `(2001–2050)`, `An appreciation by NAME`; `LAST PAGE` (a
# section name) over one short unsigned piece; running headers `FENWATER DELTA MONITOR … ISSUE 41` with a page number
# set between middle dots `· N ·` at the foot, one header mangled, between halves of sentences; no sidecar.
d = HDoc(80, hyph=True)
FDM = "Fenwater Delta Monitor"
V05_A = "What the Sluice Gangs Want"
V05_B = "How the Delta Ferries Became a Battleground"
V05_C = "Bartholomew Quist (2001\u20132050)"
V05_D = "A Census of Boats"


def v05_break(page, mangled=False):
    h = "FENWATERDELTAMONITOR ISSUE41" if mangled else "FENWATER DELTA MONITOR" + " " * 48 + "ISSUE 41"
    return ["", f"\u00b7 {page} \u00b7", "\f", h, ""]


d.fur("Fenwater Delta Monitor", "ISSN 4410-2208   |   Issue 41   |   30 September 2050",
      "A bulletin of the Corrin Institute for Delta Studies", "", "CONTRIBUTORS TO THIS ISSUE", "")
d.bio("Gudrun Olawale-Fisk is Professor Emerita of Water Law at the Corrin Institute.")
d.bio("Ilario Brandt-Mensah and Wenonah Szabo report on the delta for the Monitor from Port Fenwater.")
d.bio("Saoirse Adebayo-Lund edited the Monitor from 2038 to 2046.")
d.fur("", "", "EXPLAINERS", "", V05_A, "", "By Professor Emerita Gudrun Olawale-Fisk", "")
d.para(1, "The sluice gates of the Fenwater delta decide which fields flood and which stay dry, which channels "
       "carry boats and which silt up. For most of the last century they were opened and closed by the Delta "
       "Water Board. Today about a third of them are in the hands of armed men whom the delta calls the sluice "
       "gangs.")
d.add()
d.para(1, "The gangs want three things. They want payment, usually in rice, from the farmers whose fields they "
       "keep dry. They want the right to decide who may fish in the channels they control. And they want the "
       "Water Board to recognise them, in writing, as the keepers of their gates.", brk=(3, v05_break(2)))
d.add()
d.add("The Keepers of the Gates", 1)
d.add()
d.para(1, "The last demand is the one that matters. Under the delta's old water law, a keeper who holds a gate "
       "for ten years without challenge acquires a claim to it. Several of the gangs have now held their gates "
       "for six or seven years, and they know exactly how long they have left to wait.")
d.add()
d.para(1, "The Water Board has so far refused even to meet them. That is the right answer in law, but it leaves "
       "the farmers paying twice: once in rates to the Board and once in rice to the gangs.")
d.fur("", "", V05_B, "", "By Ilario Brandt-Mensah and Wenonah Szabo, with maps by Teodor Lusk", "")
d.para(2, "Until 2047 the delta's ferries were run by the province, badly but cheaply. When the province sold the "
       "routes to private operators, the fares doubled and the boats became the only thing in the delta worth "
       "fighting over: they carry the rice to market, the children to school and, now, the gangs' "
       "collectors from village to village.")
d.add()
d.para(2, "Two operators now share the main routes. Each has hired its own guards, and each accuses the other's "
       "guards of working for the sluice gangs. In August a ferry on the Corrin channel was boarded and its "
       "engine smashed; in September a second was set alight at its mooring.", brk=(2, v05_break(3, mangled=True)))
d.add()
d.para(2, "The province says it cannot take the routes back without paying compensation it does not have. The "
       "villages say they cannot wait for the province. In the meantime, more and more of them are buying "
       "their own boats.")
d.fur("", "", "OBITUARY", "", V05_C, "", "An appreciation by Saoirse Adebayo-Lund", "")
d.para(3, "Bartholomew Quist, who has died at forty-nine, was the Monitor's first correspondent in the delta and, "
       "for a decade, its only one. He filed by hand from a houseboat on the Corrin channel, and his reports, "
       "often written by lamplight, were the first to describe the sluice gangs by name.")
d.add()
d.para(3, "He was born in Port Fenwater in 2001, trained as a pilot on the delta ferries and came to journalism "
       "late, after an accident on the water ended his career as a pilot. He leaves his wife, Ines, and two "
       "daughters.", brk=(2, v05_break(4)))
d.fur("LAST PAGE", "", V05_D, "")
d.para(4, "The Corrin Institute's annual count of boats on the delta, carried out in the first week of "
       "September, found 4,108 working vessels, some three hundred more than last year. Most of the new boats "
       "are small motor launches bought by villages tired of waiting for the ferries.")
d.fur("", "\u00b7 5 \u00b7", "",
      "Fenwater Delta Monitor is published by the Corrin Institute for Delta Studies. Opinions expressed are "
      "those of the contributors.")
META = dict(date="2050-09-30", pub=FDM, volume=None, issue=41)
emit("v05_sibling_issn_issue_no_volume_contributors_box_on_cover_explainers_professor_emerita_with_maps_by_obituary_life_dates_title_appreciation_by_last_page_dotted_page_numbers", d, [
    dict(title=V05_A, authors=["Gudrun Olawale-Fisk"], kind="explainer", **META),
    dict(title=V05_B, authors=["Ilario Brandt-Mensah", "Wenonah Szabo"], kind="explainer", **META),
    dict(title=V05_C, authors=["Saoirse Adebayo-Lund"], kind="obituary", **META),
    dict(title=V05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: `ISSN 4410-2208 | Issue 41 | 30 September 2050` is issue 41 with no volume (the ISSN",
              "is no numbering), dated 2050-09-30; `EXPLAINERS` is a plural genre, so each of its two pieces is an",
              "explainer; `OBITUARY` (singular) names its piece, whose title is the man's name with his life dates;",
              "`LAST PAGE` is a section name over one short piece with no subheadings, so a brief; `Professor",
              "Emerita` is left out of the name; `with maps by NAME` names a cartographer, no author (as a photo",
              "credit); `An appreciation by NAME` is a byline; the man remembered is no author; the",
              "`CONTRIBUTORS TO THIS ISSUE` box on the cover holds bios (not text); the subheading is text;",
              "running headers (one mangled), page numbers between middle dots and the notice are furniture;",
              "`4,108 working vessels` and the life dates are no numbering."])

# ---------------------------------------------------------------------------------------------------------------------
# v06: the WEB VERSION of v01's analysis on the foundation's site, one line per paragraph, no blank lines: a skip
# link, the foundation's name, `≡ Menu  ⌕ Search`, `Research › Terrorism Monitor › Vol. XLVIII, Nº 2`, `ANALYSIS`
# over the title, THE AUTHORS ON ONE LINE WITH ABBREVIATED HONORIFICS AND A COMMA (`Brig. (retd) NAME, Dr NAME`), a
# line `Terrorism Monitor Volume 48, Number 2  |  January 21, 2050`, an AUDIO PLAYER line (`▶ Listen to this article ·
# 9 min`), a share line of network names, `[n]` markers, the subheading, `NOTES AND REFERENCES` of `[n] … ↑` entries
# with up arrows, an `Authors` box of `NAME — bio` lines, `Keep reading` teasers, a newsletter box, the footer;
# sidecar `url:`.
d = Doc()
d.fur("Skip to main content", "HALLORAND FOUNDATION", "\u2261 Menu   \u2315 Search",
      "Research \u203a Terrorism Monitor \u203a Vol. XLVIII, N\u00ba 2", "ANALYSIS", V01_A,
      "Brig. (retd) Tancred Osei-Hallworth, Dr Mirela Quaintance",
      "Terrorism Monitor Volume 48, Number 2  |  January 21, 2050",
      "\u25b6 Listen to this article \u00b7 9 min",
      "Share  Facebook  X  LinkedIn  WhatsApp  Email  Print")
d.web(1, "For most of the last decade the salt road that climbs from the Orvenna flats to the border posts of the "
      "high passes carried little but salt, wool and the occasional tourist coach. Since the spring of 2048 it "
      "has also carried the men and money of at least four small armed cells, each of them loosely tied to the "
      "Marsh Brigades and each of them paid, in one way or another, out of the salt trade.[1]",
      "The cells are not large. Police and military sources in Orvenna put the strongest of them at around "
      "thirty members and the weakest at fewer than ten. What makes them dangerous is not their size but their "
      "position: they sit astride the only paved road between the salt pans and the markets of the interior, "
      "and every lorry that uses it pays them something.[2]",
      "By the time the night convoys reached Orvenna in the winter of 2049, the pattern was settled. A lorry "
      "leaving the pans after dark stopped at Checkpoint 48, two kilometres past Marker 2, where a man in a "
      "reflective jacket collected a fee that the drivers call the salt tithe. No receipt was given, and none "
      "was asked for.",
      "Salt, Silence and the Night Convoys",
      "The drivers' silence is easy to explain. Most of them are paid by the load, and a lorry held for a night "
      "at the checkpoint loses its driver a day's wages. The tithe, by contrast, costs them about a tenth of what "
      "a day's delay would, and the salt companies quietly refund it as a road expense.[3]",
      "The companies' silence is harder to excuse. Three of the four largest salt producers in the province have "
      "recorded the tithe in their accounts for at least two years, under headings such as security services "
      "and route maintenance. Their auditors have not objected, and the provincial tax office has allowed the "
      "payments as a deductible cost.[4]",
      "Ending the trade would take less than the government fears. A weighbridge at each end of the road, "
      "convoys escorted by the border police at fixed hours and a rule that salt companies publish every payment "
      "made on the road would leave the cells with little to live on. Whether the province has the will to do so "
      "is another matter.")
d.fur("NOTES AND REFERENCES")
d.web(1, "[1] Orvenna Provincial Police, threat assessment for the salt road corridor, unpublished, March 2049. \u2191",
      "[2] Interviews by the authors with police and army officers in Orvenna, September and October 2049. \u2191",
      "[3] Interviews by the authors with eleven lorry drivers at the Orvenna pans, November 2049. \u2191",
      "[4] Annual accounts of the Orvenna Salt Company, the Flats Mineral Cooperative and Pellmarch Salt, 2047 "
      "and 2048. \u2191")
d.fur("Authors",
      "Tancred Osei-Hallworth \u2014 Senior associate, Hallorand Foundation. Commanded the Orvenna garrison from "
      "2041 to 2044.",
      "Mirela Quaintance \u2014 Lecturer in security studies, University of Pellmarch.",
      "Keep reading",
      "Terrorism Monitor \u00b7 Why Talks With the Marsh Brigades Will Fail \u00b7 January 21, 2050",
      "Terrorism Monitor \u00b7 Ferry Levies and the Financing of the Marsh Brigades \u00b7 December 9, 2049",
      "Get Terrorism Monitor in your inbox every other Thursday.", "Email address  [ Sign up ]",
      "\u00a9 2050 The Hallorand Foundation \u00b7 2210 Quarry Lane, Suite 48, Arlington, VA 22201 \u00b7 Privacy "
      "\u00b7 Terms")
emit("v06_web_tm_analysis_menu_glyphs_breadcrumb_numero_label_authors_one_line_abbreviated_honorifics_volume_number_pipe_date_audio_player_share_names_notes_up_arrows_authors_box_dash_bios_newsletter", d, [
    dict(title=V01_A, authors=["Tancred Osei-Hallworth", "Mirela Quaintance"], date="2050-01-21", kind="analysis",
         pub=TM, volume=48, issue=2)],
    comments=["Open choices: the web version of v01's analysis; dated as the page prints it (2050-01-21, against",
              "the issue's 2050-01-20); `Terrorism Monitor Volume 48, Number 2` gives volume 48, issue 2; `ANALYSIS`",
              "over the title names the kind; `Brig. (retd)` and `Dr` are left out of the names on the authors'",
              "line; the `Authors` box of `NAME — bio` lines is bios (not text); the notes' entries are text (their",
              "up arrows are links back), their heading is not; the audio player, share line, `Keep reading`",
              "teasers, newsletter box and footer are furniture; `Checkpoint 48, … Marker 2` is prose."],
    one_line=True, sidecar="url: https://hallorand.example/research/terrorism-monitor/salt-road-cells-orvenna")

# ---------------------------------------------------------------------------------------------------------------------
# v07: the web version of a Terrorism Monitor analysis from an issue not in the set, saved as the foundation site's
# PRINTER-FRIENDLY PAGE (a CMS print module), blank lines between lines: `Published on Hallorand Foundation (URL)`, a
# breadcrumb `Home > Programs > Terrorism Monitor > Analysis`, the title, `Terrorism Monitor | vol. 48 | issue 5`
# in lower case, `By Inspector (retd) NAME`, `Date: Thursday, March 3, 2050 - 10:45`, `[n]` markers, a title-like
# subheading, `Notes` of `[n]` entries, a plain bio after them, then the print module's `Source URL: …` and `Links:`
# list of `[n] URL` lines that REPEATS THE NOTE NUMBERS as link numbers; no sidecar.
d = Doc()
V07 = "The Gravel Barons of the Istra Valley"
d.fur("Published on Hallorand Foundation (https://hallorand.example)", "",
      "Home > Programs > Terrorism Monitor > Analysis", "", V07, "",
      "Terrorism Monitor | vol. 48 | issue 5", "", "By Inspector (retd) Wendeline Okonkwo-Brask", "",
      "Date: Thursday, March 3, 2050 - 10:45", "")
d.web(1, "The gravel pits of the Istra valley supply most of the concrete poured in the capital, and for the past "
      "three years they have also supplied the Istra Valley Front with most of its money. The Front does not "
      "own a single pit. It does not need to: it owns the road.[1]",
      "Every lorry that leaves the valley passes through the village of Kell, where the road narrows to a single "
      "lane between the river and the cliff. Since 2047 the Front has kept a post at the narrows, and the "
      "hauliers pay it a fixed sum per load, recorded in their books as a toll.[2]",
      "Issued by the valley council in 2047, the permits that allow the hauliers to use the road say nothing "
      "about a toll. The council's own minutes show that it knew about the post at Kell within weeks of its "
      "appearance and chose to say nothing.[3]",
      "Who Owns the Riverbed",
      "The deeper question is who owns the gravel. Under the river law of 1952, the riverbed belongs to the "
      "state, and the pit owners hold leases that the ministry has not reviewed in decades. The Front's leaders "
      "have begun to argue, in leaflets posted on the valley's bus shelters, that the gravel belongs to the "
      "villages, and that the toll is the villages' rent.",
      "It is a clever argument, and it is winning support. A government that wants to take the road back will "
      "first have to answer it, by giving the villages a share of the gravel money that does not pass through "
      "the post at Kell.", sep=True)
d.fur("", "Notes", "")
d.web(1, "[1] Istra Valley Aggregates Association, production figures for 2049.",
      "[2] Interviews by the author with four haulage firms, January 2050.",
      "[3] Minutes of the Istra valley council, sessions of 12 May and 9 June 2047.", sep=True)
d.fur("", "Wendeline Okonkwo-Brask served for twenty-two years in the national police and led its organised crime "
      "unit in the Istra valley until 2046.", "",
      "Source URL: https://hallorand.example/program/gravel-barons-istra-valley", "", "Links:",
      "[1] https://hallorand.example/program/gravel-barons-istra-valley#_ftn1",
      "[2] https://hallorand.example/program/gravel-barons-istra-valley#_ftn2",
      "[3] https://hallorand.example/program/gravel-barons-istra-valley#_ftn3")
emit("v07_web_tm_analysis_cms_printer_friendly_page_published_on_breadcrumb_lower_case_vol_issue_inspector_retd_date_weekday_time_notes_bio_source_url_links_list_repeating_note_numbers", d, [
    dict(title=V07, authors=["Wendeline Okonkwo-Brask"], date="2050-03-03", kind="analysis", pub=TM, volume=48,
         issue=5)],
    comments=["Open choices: a printer-friendly page of the foundation's site; the breadcrumb's last item `Analysis`",
              "names the kind; `Terrorism Monitor | vol. 48 | issue 5` is volume 48, issue 5; `Date: Thursday, March",
              "3, 2050 - 10:45` dates it 2050-03-03; `Inspector (retd)` is left out of the name; the bio after the",
              "notes is not text; the notes heading is not text, its `[n]` entries are; `Source URL:` and the",
              "`Links:` list (whose numbers repeat the note numbers) are furniture; `Issued by the valley council in",
              "2047, …` is prose, the subheading is text; the publication is the monitor, not the foundation."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# v08: a SHIPPING TRADE MAGAZINE's analysis (*Harbourline Freight Review*) opening with a crawler's YAML block (the
# site after ` » `, an `author:` field that names the SITE, not a person, `language: en`); a METERED PAYWALL line
# (`You have 2 free articles remaining this month`), `Log in | Register`, a menu, `Risk › Security`, `ANALYSIS` over
# the title, a standfirst, `Words by NAME | Pictures by NAME` (a photographer named beside the writer), `08 Aug 2050 ·
# Updated 09 Aug 2050`, a share line, a caption with `Picture:` credit, an `ADVERTISEMENT` line and a `SPONSORED:`
# line inside the text, a paragraph opening `By Thursday the queue …`, a title-like subheading, `Topics:`, related
# articles, a webinar promotion, the footer; sidecar `url:`.
d = Doc()
V08 = "War-Risk Premiums Triple for Ships Calling at the Pellmarch Roads"
d.fur("---", f"title: {V08} \u00bb Harbourline Freight Review",
      "author: Harbourline Freight Review",
      "source: https://harbourline.example/risk/security/war-risk-premiums-pellmarch-roads",
      "date: 2050-08-08",
      "description: Underwriters have tripled war-risk premiums for vessels anchoring in the Pellmarch Roads "
      "after a third drone strike on a waiting tanker.",
      "language: en", "---",
      "You have 2 free articles remaining this month. Subscribe for unlimited access.",
      "Log in | Register", "Ports  Shipping  Logistics  Risk  Insurance  Events  Podcasts",
      "Risk \u203a Security", "ANALYSIS", V08,
      "After a third drone strike on a waiting tanker, underwriters are charging owners more to anchor off "
      "Pellmarch than to transit the Sallow Strait.",
      "Words by Aurelio Mbeki-Sorensen | Pictures by Hanne Iwu-Castellane",
      "08 Aug 2050 \u00b7 Updated 09 Aug 2050", "Share on:  in  X  \u2709",
      "Tankers at anchor in the Pellmarch Roads. Picture: Hanne Iwu-Castellane")
d.web(1, "War-risk underwriters in the Vessand market have tripled the additional premium charged to ships "
      "anchoring in the Pellmarch Roads, after a small explosive drone struck the tanker Coral Anselm on 2 "
      "August while she waited for a berth. It was the third such strike on an anchored vessel since May.",
      "The new rate, quoted at 0.48 per cent of hull value for a seven-day stay, makes a week at anchor off "
      "Pellmarch more expensive to insure than a passage through the Sallow Strait, where naval escorts have "
      "kept attacks to a minimum this year.")
d.fur("ADVERTISEMENT")
d.web(1, "Nobody has been killed in the strikes, and damage has been limited to superstructure and deck "
      "equipment. But the owners of the Coral Anselm say the repairs will keep her out of service for a month, "
      "and several charterers have begun to add clauses allowing them to refuse orders to Pellmarch.",
      "By Thursday the queue of ships waiting for a berth had fallen from forty-one to twenty-six, as masters "
      "chose to wait further out to sea or to divert to Hallenmouth.",
      "Insurers Count the Cost",
      "Underwriters say the problem is not the size of the drones but the length of the queue. Ships wait an "
      "average of nine days for a berth at Pellmarch, and an anchored ship is an easy target for a device "
      "launched from a fishing boat.",
      "The port authority has promised to cut waiting times by opening two new berths in October. Until then, "
      "the harbour master has asked ships to keep their deck lights on and a lookout posted through the night.")
d.fur("SPONSORED: Is your fleet covered? Compare war-risk cover from leading underwriters in minutes.")
d.web(1, "For owners, the arithmetic is simple. A tanker that waits nine days off Pellmarch now pays more in war-risk "
      "premium than it earns in demurrage, and some are concluding that the port is no longer worth the wait.")
d.fur("Topics: Piracy and security, Ports, Marine insurance, Tankers",
      "Related articles",
      "Hallenmouth prepares for overflow as Pellmarch queue lengthens \u2014 05 Aug 2050",
      "Naval escorts cut Sallow Strait incidents to a five-year low \u2014 28 Jul 2050",
      "WEBINAR | Drones, ports and the new war-risk map \u2014 register now",
      "\u00a9 2050 Harbourline Media Ltd. Harbourline Freight Review is a trading name of Harbourline Media Ltd. "
      "All rights reserved. | Terms | Privacy | Cookies")
emit("v08_shipping_trade_magazine_crawler_block_guillemet_suffix_author_field_names_site_metered_paywall_words_by_pictures_by_updated_date_advert_sponsored_inside_text_by_thursday_prose_webinar", d, [
    dict(title=V08, authors=["Aurelio Mbeki-Sorensen"], date="2050-08-08", kind="analysis",
         pub="Harbourline Freight Review", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its title without the ` » Harbourline Freight Review`",
              "suffix); its `author:` field names the site, not a person, so the byline decides; `Words by NAME`",
              "names the writer, `Pictures by NAME` a photographer (no author); `ANALYSIS` over the title names the",
              "kind; the publication is the magazine as its masthead and crawler block print it, not its company",
              "`Harbourline Media Ltd.`; dated by its first date (2050-08-08), not the update; the standfirst,",
              "paywall line, caption and credit, `ADVERTISEMENT` and `SPONSORED:` lines are furniture; `By Thursday",
              "the queue …` is prose; the subheading is text; topics, related articles, webinar and footer are not."],
    one_line=True, sidecar="url: https://harbourline.example/risk/security/war-risk-premiums-pellmarch-roads")

# ---------------------------------------------------------------------------------------------------------------------
# v09: a STUDENT NEWSPAPER's column (*The Cressingham Clarion*), no crawler block: the paper's name over its tagline,
# a menu, `Opinion / Columns`, `COLUMN` over the title, a STANDING COLUMN BLURB naming the columnist (`Every fortnight,
# NAME argues …`), `NAME, Opinion Columnist` (name and role on one line), a long-form US date, `Reading time: 5
# minutes`, a paragraph opening `Written by the dean's office in 2047, …`, the paper's standing opinion disclaimer, a
# share line, `Comments (3)` with readers' posts signed by HANDLES and like counts, a `Write for us` prompt, and a
# `Read this week's print edition: Volume 52, Issue 14` promotion (a print edition's numbering, not this page's); no
# sidecar.
d = Doc()
V09 = "Our Campus Has a Radicalisation Problem, and It Isn't the One You Think"
d.fur("The Cressingham Clarion", "The independent student newspaper of Cressingham University since 1998",
      "News | Opinion | Culture | Sport | Science | Podcasts | Print edition", "Opinion / Columns", "COLUMN", V09,
      "Every fortnight, Tobias Mwangi-Hartigan argues with the university's received wisdom.",
      "Tobias Mwangi-Hartigan, Opinion Columnist", "October 12, 2050", "Reading time: 5 minutes")
d.web(1, "Last week the university sent every student an email about radicalisation. It told us to look out for "
      "friends who withdraw from social life, spend long hours online and start talking about the world in "
      "terms of us and them. It gave a phone number to call.",
      "I do not doubt that the university means well. But the email described, more or less exactly, every "
      "student I know in the month before exams, and it said nothing about the one kind of radicalisation that "
      "has actually happened on this campus.",
      "Written by the dean's office in 2047, the university's guidance on extremism was drawn up after two "
      "students from the engineering faculty joined an armed group in the Marsh provinces. It has not been "
      "revised since, and it has nothing to say about the way that group recruited them.",
      "They were not recruited online. They were recruited in person, at a debt advice session run by a "
      "charity that turned out to be a front, in a room the students' union had booked for it. Both of them "
      "owed more than a year's fees.",
      "If the university wants to stop the next recruitment, it should spend less on emails and more on the "
      "hardship fund, and it should check who it lets into its rooms.")
d.fur("The views expressed in this column are the author's own and do not necessarily represent those of the "
      "Clarion or its editors.",
      "Share this: Facebook \u00b7 X \u00b7 Email \u00b7 Copy link", "Comments (3)",
      "anon_hydrographer \u2014 October 12, 2050 at 9:14 pm",
      "Finally someone says it. The hardship fund ran out in March last year.",
      "Reply \u00b7 12 likes",
      "marsh_and_meadow \u2014 October 13, 2050 at 8:02 am",
      "The guidance was updated in 2049, I think? Not sure it changed much though.",
      "Reply \u00b7 3 likes",
      "Dr. P. Ellingham \u2014 October 13, 2050 at 11:40 am",
      "As a member of staff I would add that the rooms policy was tightened this term.",
      "Reply \u00b7 5 likes",
      "Write for us! Opinion pitches to opinion@clarion.example",
      "Read this week's print edition: Volume 52, Issue 14 \u2014 pick up a copy on campus or read it online.",
      "\u00a9 2050 The Cressingham Clarion. Published by Cressingham Student Media.")
emit("v09_student_newspaper_column_label_standing_blurb_names_columnist_name_role_one_line_reading_time_written_by_prose_opinion_disclaimer_comments_handles_likes_print_edition_volume_issue_promo", d, [
    dict(title=V09, authors=["Tobias Mwangi-Hartigan"], date="2050-10-12", kind="column",
         pub="The Cressingham Clarion", volume=None, issue=None)],
    comments=["Open choices: `COLUMN` over the title names the kind; the paper's name as its masthead prints it,",
              "with `The`; `NAME, Opinion Columnist` names him (the role left out); the standing blurb naming him",
              "is not text; `Written by the dean's office in 2047, …` is prose; the readers' comments (one signed",
              "`Dr. P. Ellingham`) name no authors; `Volume 52, Issue 14` names this week's print edition, not this",
              "page, so volume and issue stay empty; the disclaimer, share line, comments, prompts and footer are",
              "furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# v10: a REGIONAL TELEVISION STATION's news story with a video (*Tidewater TV*) opening with a crawler's YAML block
# (the title with NO site suffix, `sitename:` and `hostname:`, a date with a time and an offset, a `categories:`
# list); a LIVE ON-AIR STRIP, `Watch live | TV guide | Weather 14°C`, a menu, `News › Local news`, the title, a VIDEO
# BLOCK (`Video duration 2:31`, `Autoplay: on`, `Transcript available`), `By NAME & NAME` (an ampersand),
# `Published: 19 June 2050, 5:42pm | Updated: 6:10pm`, a quoted witness whose paragraph opens `"By the time we got the
# children out, …"`, a police appeal quoting an incident number (text), a promotion of the evening bulletin, `Most
# watched`, the footer; no sidecar.
d = Doc()
V10 = "Fire at Brayford Community Hall Treated as Arson, Police Say"
d.fur("---", f"title: {V10}", "sitename: Tidewater TV", "hostname: tidewatertv.example",
      "source: https://tidewatertv.example/news/local/brayford-community-hall-fire-arson",
      "date: 2050-06-19T17:42:00+01:00",
      "description: Police say a fire that gutted Brayford Community Hall on Saturday night was started "
      "deliberately.",
      "categories: [news, local]", "---",
      "LIVE  Tidewater Tonight is on air now \u2014 Watch", "Watch live | TV guide | Weather 14\u00b0C",
      "Home  News  Sport  Weather  Programmes  Competitions", "News \u203a Local news", V10,
      "Video duration 2:31", "Autoplay: on", "Transcript available",
      "By Roisin Adeyemi-Holt & Jerome Kastrup", "Published: 19 June 2050, 5:42pm | Updated: 6:10pm")
d.web(1, "Police say a fire that gutted Brayford Community Hall on Saturday night was started deliberately, and "
      "they are investigating whether it is linked to threats made against the hall's management committee "
      "earlier this month.",
      "Around forty people, among them a children's dance class, were inside the hall when the fire broke out "
      "shortly after 7pm. Everyone got out safely, though two adults were treated for smoke inhalation.",
      "\u201cBy the time we got the children out, the smoke was everywhere,\u201d said Delphine Oduro, who runs "
      "the dance class. \u201cThe fire doors were the only thing that saved us.\u201d",
      "The hall's committee had recently agreed to host meetings of a refugee support group, and its chair, "
      "Gwilym Ashdown, said members had received anonymous letters objecting to the decision.",
      "Detective Inspector Marguerite Sallis said officers were keeping an open mind about the motive but were "
      "treating the letters as a serious line of inquiry.",
      "Anyone with information is asked to call police on 101, quoting incident 412 of 18 June.")
d.fur("Watch the full report on Tidewater Tonight at 6.30pm on Tidewater TV and the Tidewater TV app.",
      "Most watched",
      "Harbour swimmers rescued off Sallow Point \u2014 2:04",
      "Brayford Market celebrates its 48th summer \u2014 1:52",
      "\u00a9 2050 Tidewater TV. Tidewater TV is not responsible for the content of external sites. | Privacy | "
      "Cookies | Accessibility | Contact us")
emit("v10_regional_tv_station_news_video_crawler_block_no_suffix_sitename_offset_date_categories_live_strip_video_block_ampersand_byline_published_updated_pm_quote_opening_by_the_time_police_appeal", d, [
    dict(title=V10, authors=["Roisin Adeyemi-Holt", "Jerome Kastrup"], date="2050-06-19", kind="news",
         pub="Tidewater TV", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its title has no suffix; `sitename: Tidewater TV`);",
              "the breadcrumb's `Local news` names the kind news; `By NAME & NAME` names both; the quoted witness,",
              "the committee's chair and the detective inspector are no authors; the police appeal quoting an",
              "incident number is text (it is about this case); the promotion of the evening bulletin, the live",
              "strip, the video block, `Most watched` and the footer are furniture; the quote opening `By the time",
              "we got the children out, …` is prose; `incident 412` and `its 48th summer` are no numbering."])

# ---------------------------------------------------------------------------------------------------------------------
# v11: a LAW FIRM's client alert (*Ostrander Vance LLP*) opening with a crawler's YAML block (quoted title with the
# firm after ` | `, `description: unknown`, the date with a time); a cookie-consent bar with three choices, the firm's
# name, a menu, `Insights › Client alerts`, `CLIENT ALERT` over the title, the date, an `Authors` heading over TWO
# AUTHOR LINES WITH ROLE, OFFICE AND TELEPHONE (`Dame NAME, Partner, London  +44 …`), `Related practices:`, a `Key
# takeaways` list (text), numbered headings (text), `[n]` markers, `Footnotes` of `[n]` entries naming a
# `Directive 48/2050`, the firm's `Attorney advertising` disclaimer, a subscribe line, the footer; sidecar `url:`.
d = Doc()
V11 = "New Terrorist-Financing Duties for Port Operators: What Changes in January"
d.fur("---", f"title: \"{V11} | Ostrander Vance LLP\"",
      "source: https://ostrandervance.example/insights/client-alerts/terrorist-financing-duties-port-operators",
      "date: 2050-09-02T08:00:00", "description: unknown", "---",
      "We use cookies to improve your experience. Accept all | Reject all | Manage preferences",
      "Ostrander Vance LLP", "People  Practices  Sectors  Insights  Offices  Careers  Contact",
      "Insights \u203a Client alerts", "CLIENT ALERT", V11, "September 2, 2050", "Authors",
      "Dame Cordelia Hwang-Ferris, Partner, London  +44 20 7946 0481",
      "Nikolai Osterberg-Ade, Senior Associate, Frankfurt  +49 69 5550 2217",
      "Related practices: Sanctions and Export Controls; Financial Crime; Ports and Maritime")
d.web(1, "From 1 January 2051, operators of commercial ports in the Varric Union will have to screen the owners "
      "of every vessel and every cargo consignee against the Union's terrorist-financing lists, and report "
      "suspicious payments to their national financial intelligence unit.[1] The new duties, set out in "
      "Directive 48/2050, extend to ports obligations that until now applied only to banks.",
      "Key takeaways",
      "\u2022 Port operators become obliged entities under the Union's terrorist-financing rules from 1 January "
      "2051.",
      "\u2022 Screening covers vessel owners, charterers and cargo consignees, not only the operator's direct "
      "customers.",
      "\u2022 Fines for failing to report can reach four per cent of annual turnover.[2]",
      "1. What changes",
      "The directive treats a port operator much as it treats a bank: the operator must know who it is dealing "
      "with, keep records for five years and appoint a reporting officer. Screening must take place before a "
      "vessel is given a berth, not after it has arrived.",
      "2. What port operators should do now",
      "Operators should map the payments they receive, identify who stands behind each vessel and consignee, "
      "and decide whether to build screening in-house or buy it in. Those who rely on shipping agents for "
      "customer information should review their contracts, since the directive leaves the duty with the "
      "operator.[3]")
d.fur("Footnotes")
d.web(1, "[1] Directive 48/2050 of the Council of the Varric Union on the prevention of terrorist financing in "
      "maritime trade, Article 3.",
      "[2] Ibid., Article 19.",
      "[3] Ibid., Article 9(2).")
d.fur("This client alert is for general information only and does not constitute legal advice. Attorney "
      "advertising. Prior results do not guarantee a similar outcome.",
      "Subscribe to Ostrander Vance Insights",
      "\u00a9 2050 Ostrander Vance LLP. All rights reserved. | Legal notices | Privacy | Cookies")
emit("v11_law_firm_client_alert_crawler_block_quoted_title_pipe_suffix_unknown_description_cookie_three_choices_authors_heading_role_office_telephone_dame_key_takeaways_numbered_headings_directive_number", d, [
    dict(title=V11, authors=["Cordelia Hwang-Ferris", "Nikolai Osterberg-Ade"], date="2050-09-02",
         kind="client alert", pub="Ostrander Vance LLP", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its quoted title without ` | Ostrander Vance LLP`,",
              "`description: unknown` a placeholder); `CLIENT ALERT` is a two-word label the catalogue does not",
              "fold, kept as printed; the firm's name as printed, with `LLP`; the two lines under `Authors` name",
              "them without `Dame`, roles, offices and telephone numbers; `Key takeaways` and its items, and the",
              "numbered headings, are text; the notes heading is not text, its entries are; `Directive 48/2050`",
              "is no numbering; the cookie bar, `Related practices:`, disclaimer, subscribe line and footer are",
              "furniture."],
    one_line=True,
    sidecar="url: https://ostrandervance.example/insights/client-alerts/terrorist-financing-duties-port-operators")

# ---------------------------------------------------------------------------------------------------------------------
# v12: a NEWS AGGREGATOR APP's copy of a local paper's op-ed (*NewsHive* carrying *The Dunmore Gazette*), no crawler
# block: the app's name, its tabs, `Get the app`, THE SOURCE PAPER'S NAME WITH `· Follow`, `OPINION` over the title,
# `NAME and NAME` on a line of its own, `3 Aug 2050 · 6 min read`, an `Originally published by … on 3 August 2050.
# Added to NewsHive 4 Aug 2050.` line, a paragraph opening `Flown by hobbyists, …`, a title-like subheading, a closing
# BIO OF BOTH IN ONE PARAGRAPH (a sentence each), `Read the original at …`, reaction counts, `More from …`, `Trending
# on NewsHive`, the aggregator's disclaimer; no sidecar.
d = Doc()
V12 = "The Drones Over Our Harbour Are Not a Prank"
d.fur("NewsHive", "For you | Following | Local | Topics | Saved", "Get the app",
      "The Dunmore Gazette  \u00b7  Follow", "OPINION", V12, "Eleanor Fitzgibbon-Adu and Samir Holloway",
      "3 Aug 2050 \u00b7 6 min read",
      "Originally published by The Dunmore Gazette on 3 August 2050. Added to NewsHive 4 Aug 2050.")
d.web(1, "For six weeks now, drones have been flying over Dunmore harbour at night. They hover above the fuel "
      "jetty, circle the ferry terminal and disappear towards the headland before anyone can follow them. The "
      "harbour board's position, repeated at last month's public meeting, is that they are probably being "
      "flown by teenagers.",
      "Flown by hobbyists, drones do not keep to a timetable. These do. They appear between one and three in "
      "the morning, on nights when the fuel tanker is alongside, and they follow the same route each time.",
      "What the Harbour Board Is Not Saying",
      "Harbours elsewhere on this coast have learned, at some cost, what regular night flights over fuel "
      "installations can mean. Two years ago a series of similar sightings at Pellmarch was followed by a "
      "drone strike on an anchored tanker. The authorities there, too, had called the flights a prank.",
      "We are not asking the harbour board to panic. We are asking it to report the sightings to the police "
      "counter-terrorism unit, to fit the fuel jetty with the detection equipment that other ports already "
      "use, and to tell the town what it finds.")
d.fur("Eleanor Fitzgibbon-Adu chairs the Dunmore Harbour Users' Association. Samir Holloway is a retired air "
      "traffic controller who lives on the harbour front.",
      "Read the original at dunmoregazette.example",
      "\U0001F44D 128   \U0001F4AC 41   \u2197 Share", "More from The Dunmore Gazette",
      "Council confirms summer ferry timetable \u2014 2 Aug 2050",
      "Letters: the harbour lights, the bypass and the bins \u2014 1 Aug 2050",
      "Trending on NewsHive",
      "NewsHive shows stories from publishers across the country. Views expressed are those of the original "
      "authors and publishers. \u00a9 2050 NewsHive Ltd.")
emit("v12_news_aggregator_app_copy_of_local_paper_op_ed_source_name_follow_opinion_two_names_line_originally_published_added_flown_by_prose_joint_bio_one_paragraph_reactions_trending", d, [
    dict(title=V12, authors=["Eleanor Fitzgibbon-Adu", "Samir Holloway"], date="2050-08-03", kind="opinion",
         pub="The Dunmore Gazette", volume=None, issue=None)],
    comments=["Open choices: an aggregator's copy is the source paper's, so the publication is `The Dunmore",
              "Gazette` (as its name is printed, with `The`), not NewsHive; dated by the original publication",
              "(2050-08-03), not the day the app added it; `OPINION` over the title names the kind; `NAME and NAME`",
              "on a line of its own names both; the closing bio of both in one paragraph is not text; `Flown by",
              "hobbyists, …` is prose, the subheading is text; the app's tabs, the `Follow` line, the",
              "`Originally published …` line, reactions, teasers, trending list and disclaimer are furniture."])
