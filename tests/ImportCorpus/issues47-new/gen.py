"""issues47-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated February - December 2042): two whole Terrorism Monitor
issues as PDF text (h01, h05) and two whole issues of invented sibling monitors (h03, h07), all four printed WITHOUT
blank lines between paragraphs, one more sibling monitor printed with blank lines (h09), three plain-text daily email
letters (h02, h06, h08) and two weeklies (h04, h10).
The weight is on issues printed without blank lines whose contents carry no heading (entries `Part N — Title`,
`01 | Title`, `[N] Title`, `No. N: Title`, some wrapped onto an indented line, under section names in capitals), titles
ending on a short word over the byline, pieces with no byline, signatures (`NAME / Role`, `NAME, Role`, `— NAME`) with
the next title straight after, running lines printed once with their spaces lost or their separators turned into
glyphs, the publisher's notice closing an issue; letters whose parts stand between rules (`-----`, `=====`, `* * *`)
with an untitled-byline story beside headed items, bulleted or numbered contents, recurring blocks (tables closed by a
note, a quotation, a calendar) beside stories holding a list or a table; bylines in new forms (`From NAME in PLACE`,
`From our staff in PLACE`, `Our staff in PLACE`, `By our correspondent`, `Review by NAME`, `Reported by NAME`, `By NAME,
a former …`, `By ex-Deputy Governor NAME`, `By former Ambassador NAME and NAME`, `By Lt. Cdr. (retd) NAME`, two names
with roles after slashes) with look-alikes that are none; runs under place, topic and non-genre labels; mastheads
dated and numbered in other shapes (`Week 9, 2042`, `Autumn 2042`, `2042-10-04`, `Thursday 2.x.2042`, `40/19`,
`Vol. VII, No. 3`, `Issue 88`, `No. 17/2042`) with prose numbers like `24/7` that are none.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues46-new/gen.py, copied unchanged.
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
GLYPH = "\uf0b7"

# ---------------------------------------------------------------------------------------------------------------------
# h01: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents): the name, the foundation's
# line, `40/19  ·  Thursday 2.x.2042` (volume/issue with a slash, a date with a roman month), then a contents list with
# NO heading whose entries read `Part N — Title` under section names in capitals: `ANALYSIS` over one, `ASSESSMENTS`
# over two (the first wrapped onto an indented second line), `ON THE COAST ROAD` over the first piece of its run only;
# `ANALYSIS` over a title ending on `To` with `By ex-Deputy Governor NAME` on the next line; `ASSESSMENTS` over a run of
# two: a line of two names with roles after slashes, then a piece with no byline closed by `— NAME` with the next label
# straight after; its text holds `24/7` (no number); `ON THE COAST ROAD` (a place, no genre) over a run of two short
# pieces: `By our correspondent` (nobody), then an unlisted piece with no byline signed `NAME, Role` and followed
# straight by the publisher's notice; running header printed once with its separators turned into glyphs and once with
# its spaces lost, each between the halves of a sentence; sidecar `publication:`.
d = Doc(80, hyph=True)
H01_A = "The Toll Gates the Harbour Militia Answers To"
H01_B = "Cement, Diesel and Receipts: Auditing the Reconstruction Contracts of Vessan Province"
H01_C = "Why the Amnesty Commission Keeps Missing Its Deadlines"
H01_D = "Fishing Cooperative at Brelle Cove Hires Night Watchmen"
H01_E = "Road Between Ostry and Callan Point Closed After Ambush"

def h01_head(page, how=None):
    if how == "glyph":
        return ["\f", f"TERRORISM MONITOR {GLYPH} 40/19 {GLYPH} 2.x.2042 {GLYPH} {page}"]
    if how == "tight":
        return ["\f", f"TERRORISMMONITOR|40/19|2.x.2042|{page}"]
    return ["\f", f"TERRORISM MONITOR | 40/19 | 2.x.2042 | {page}"]

d.fur("TERRORISM MONITOR", "The Calder-Wye Foundation's review of political violence",
      "40/19  \u00b7  Thursday 2.x.2042", "ANALYSIS", f"Part 1 \u2014 {H01_A}", "ASSESSMENTS",
      "Part 2 \u2014 Cement, Diesel and Receipts: Auditing the Reconstruction",
      "         Contracts of Vessan Province", f"Part 3 \u2014 {H01_C}", "ON THE COAST ROAD",
      f"Part 4 \u2014 {H01_D}", "ANALYSIS", H01_A, "By ex-Deputy Governor Aurelio Fenwick-Mbatha")
d.para(1, "Every lorry that leaves the port of Sallow Quay passes three gates before it reaches the ring road. Only "
       "the first belongs to the port authority. The other two are kept by men of the Quay Brigade, a militia "
       "that fought beside the army in 2039 and has never been stood down.")
d.para(1, "The brigade does not call its charge a toll. Drivers receive a printed slip headed 'security "
       "contribution', and the amount rises with the load: a lorry of timber pays less than a tanker, and a "
       "tanker less than a container whose contents the gatekeepers cannot see.",
       brk=(2, h01_head(2, "glyph")))
d.para(1, "Who the brigade answers to is the question the governorate has avoided for three years. Its commander "
       "draws a salary from the interior ministry, yet the money from the gates is paid into an account at a "
       "cooperative bank in his home village. Until those two facts are put side by side in public, the gates "
       "will stay.")
d.fur("ASSESSMENTS", H01_B, "Mirela Dastan-Kowal / Senior Fellow  \u00b7  Okon Haverty-Lund / Research Associate")
d.para(2, "Vessan province has let 214 reconstruction contracts since the ceasefire, worth a little over a billion "
       "in the new currency. We read the 61 that the provincial audit office has published in full.")
d.para(2, "Three things stand out. A fifth of the contracts went to firms registered less than a month before the "
       "tender closed. Cement was bought at up to twice the price paid in the neighbouring province. And the "
       "diesel for the contractors' generators was bought separately, from a single supplier, on invoices that "
       "carry no quantities.")
d.para(2, "None of this proves that the money reached armed groups. It does show that the audit office, which "
       "has nine staff, cannot follow it, and that the groups would not need to be clever to take their share.",
       brk=(1, h01_head(3)))
d.fur(H01_C)
d.para(3, "The commission set up to hear amnesty applications from former fighters was given eighteen months. "
       "It has sat for twenty-six and decided fewer than a third of the 4,100 cases before it.")
d.para(3, "Its registry is staffed 24/7 during the weeks before each deadline, when applications arrive by the "
       "sackful from the district offices, and is nearly idle in between. The commissioners themselves sit only "
       "two days a week, because four of the seven hold other posts.")
d.para(3, "Extending the deadline again would be the easy course. Paying the commissioners to sit full time "
       "would be the better one.")
d.fur("\u2014 Sabela Quenneville-Tor", "ON THE COAST ROAD", H01_D, "By our correspondent")
d.para(4, "The fishing cooperative at Brelle Cove has hired four night watchmen after two of its boats were holed "
       "at their moorings in September. The cooperative's chair said the members had voted to pay for the watch "
       "out of the ice money.", brk=(2, h01_head(4, "tight")))
d.fur(H01_E)
d.para(5, "The coast road between Ostry and Callan Point has been closed to civilian traffic since Sunday, when a "
       "supply convoy was fired on near the Ferran bridge. Buses are running inland through Marrow Heath, adding "
       "an hour to the journey.")
d.fur("Idris Lanyon-Achebe, Coast Stringer",
      "The Terrorism Monitor is published every other Thursday by the Calder-Wye Foundation, 27 Harcourt Row,",
      "Washington, DC 20512. Opinions are those of the authors. Reproduction without the Foundation's written",
      "permission is not allowed. \u00a9 2042 The Calder-Wye Foundation.")
META = dict(date="2042-10-02", pub=TM, volume=40, issue=19)
emit("h01_tm_issue_no_blank_lines_slash_vol_iss_roman_month_date_part_em_dash_contents_title_ends_on_to_ex_deputy_governor_two_names_slashes_24_7_em_dash_signature_coast_road_correspondent_comma_role_notice", d, [
    dict(title=H01_A, authors=["Aurelio Fenwick-Mbatha"], kind="analysis", **META),
    dict(title=H01_B, authors=["Mirela Dastan-Kowal", "Okon Haverty-Lund"], kind="assessment", **META),
    dict(title=H01_C, authors=["Sabela Quenneville-Tor"], kind="assessment", **META),
    dict(title=H01_D, authors=[], kind="brief", **META),
    dict(title=H01_E, authors=["Idris Lanyon-Achebe"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`Part N — Title` under section names) and the first page run on in one block; `40/19` is volume 40,",
              "issue 19, and `Thursday 2.x.2042` is 2042-10-02 (a roman month); `ANALYSIS` names its one piece;",
              "`ASSESSMENTS` over a run of two names each an assessment (singular); the first title ends on `To`",
              "and its byline is the next line (`ex-Deputy Governor` left out of the name); the second title is",
              "wrapped in the contents and printed on one line over its piece; the line of two names with roles",
              "after slashes names both (roles left out); the third piece has no byline and is signed `— NAME`",
              "(not text), its `24/7` is prose; `ON THE COAST ROAD` is a place, no genre, over a run of short",
              "pieces, so each is a brief (the contents list only the first); `By our correspondent` names nobody;",
              "the last piece's author is its signature `NAME, Coast Stringer` (role left out, not text); the",
              "publisher's notice after it, the masthead, contents and running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# h02: a plain-text daily email letter, *The Wrenfold Daybreak* (hard-wrapped at 68, paragraphs apart by blank lines):
# a mail header, the name over `2042-10-04` (an ISO date), a greeting, then a contents list with NO heading, items
# marked `•`, naming two stories and the recurring `Ferries at a glance`; parts between rules of hyphens; the first
# story `Reported by NAME` ending on a table of figures it discusses (text); the recurring `FERRIES AT A GLANCE` table
# closed by a short note holding a figure; the second story printed under its title with no byline, date or address;
# the sign-off and a foot; no sidecar.
d = Doc(68)
RULE02 = "-" * 40
H02_S1 = "Wrenfold bus depot reopens after the fire, with fewer routes"
H02_S2 = "The lighthouse keeper's cottage will be a museum after all"
d.fur("From: The Wrenfold Daybreak <daybreak@wrenfold-news.example>", "To: t.ashgrove@postbox.example",
      "Date: Sat, 04 Oct 2042 06:10:44 +0100", "Subject: Buses back, ferries late, a museum at the light", "",
      "THE WRENFOLD DAYBREAK", "2042-10-04", "", "Good Saturday morning, Wrenfold.", "",
      f"\u2022 {H02_S1}", "\u2022 Ferries at a glance", f"\u2022 {H02_S2}", "", RULE02, "",
      H02_S1, "Reported by Corentin Abeyratne-Hale", "")
d.paras(1,
        "The bus depot on Mallard Road, shut since the fire in August, reopens on Monday. Seven of the eleven "
        "town routes return at once; the other four wait for the replacement buses, which the operator says "
        "will arrive before Christmas.",
        "The operator's own figures show how far the service has fallen, and the night routes have fallen "
        "furthest:")
d.add()
d.web(1, "Route          Buses before   Buses from Monday",
      "1 Harbour      12             10",
      "4 Crossways    8              6",
      "N2 Night       4              1")
d.add()
d.paras(1, "Councillor Bethan Oduya-Marsh said the night route mattered most to shift workers at the cannery and "
        "asked the operator to restore it first.")
d.fur("", RULE02, "", "FERRIES AT A GLANCE", "",
      "07:15  Wrenfold - Skellan Isle    on time",
      "09:40  Wrenfold - Skellan Isle    45 min late",
      "13:05  Skellan Isle - Wrenfold    cancelled",
      "Swell of 2.5 m expected after noon.", "", RULE02, "", H02_S2, "")
d.paras(2,
        "The trust that bought the keeper's cottage at Gannet Head has won its appeal, and the cottage will "
        "open as a museum of the light next spring. The planning inspector overturned the council's refusal "
        "on Thursday, finding that the extra cars could park at the old coastguard station.",
        "The trust has the keeper's logbooks from 1911 to 1986 and plans to show one year of them at a time.")
d.fur("", RULE02, "", "That's all for today. Back on Monday.", "Yusra, Colm and Alba", "",
      "The Wrenfold Daybreak, 3 Net Loft Lane, Wrenfold WF2 8HT",
      "You signed up at wrenfold-news.example. Leave whenever you like: wrenfold-news.example/leave")
META = dict(date="2042-10-04", pub="The Wrenfold Daybreak", volume=None, issue=None)
emit("h02_email_daily_iso_date_contents_no_heading_bullet_dot_hyphen_rules_reported_by_story_ends_on_table_discussed_ferries_table_note_with_figure_story_without_byline", d, [
    dict(title=H02_S1, authors=["Corentin Abeyratne-Hale"], kind="feature", **META),
    dict(title=H02_S2, authors=[], kind="feature", **META)],
    comments=["Open choices: the date is `2042-10-04` under the name (the mail header agrees); the two stories sit",
              "under no label and the contents (no heading, items marked `•`) list each by title, so each is a",
              "feature; `Reported by NAME` names the first story's author; the table of buses introduced by the",
              "story's sentence and followed by more of it is its text; `FERRIES AT A GLANCE` with its closing note",
              "(`Swell of 2.5 m ...`) is a recurring block, no article and not text; the second story has no",
              "byline (authors empty); the contents, greeting, rules, sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# h03: a whole issue of an invented sibling monitor, *Caldmoor Estuary Monitor*, printed WITHOUT blank lines (PDF text,
# no indents): the name, `Issue 88 — Autumn 2042` (an issue with no volume, a season), the publisher's line, then a
# contents list with NO heading whose entries read `01 | Title` (order numbers, no pages): the first entry under no
# section name, then `COMMENTARY` over one (wrapped onto an indented second line), `QUAYSIDE NOTES` over the first of
# its run; a piece under no label `By NAME, a former …` (apposition); `COMMENTARY` over `By Lt. Cdr. (retd) NAME`;
# `QUAYSIDE NOTES` (plural, not a genre) over a run of two short pieces: `From NAME in PLACE` (a person), then an
# unlisted piece with no byline whose first sentence opens `From the capital, …`, closed by `NAME / Harbour Desk` with
# the publisher's notice straight after; running header once with its spaces lost; sidecar `publication:`.
d = Doc(80, hyph=True)
H03_A = "Dredging Money and the Men Who Guard the Channel Markers of the Caldmoor"
H03_B = "Salt Pans Against the Smugglers' Road"
H03_C = "Harbourmaster at Penhallow Orders Gates Locked at Dusk"
H03_D = "Two Trawlers Detained Off Sker Sands"

def h03_head(page, tight=False):
    if tight:
        return ["\f", f"CaldmoorEstuaryMonitor\u2013Issue88\u2013Autumn2042\u2013{page}"]
    return ["\f", f"Caldmoor Estuary Monitor \u2013 Issue 88 \u2013 Autumn 2042 \u2013 {page}"]

d.fur("CALDMOOR ESTUARY MONITOR", "Issue 88 \u2014 Autumn 2042",
      "Published each season by the Tregarron Institute for Coastal Security",
      f"01 | {H03_B}", "COMMENTARY", "02 | Dredging Money and the Men Who Guard the Channel",
      "     Markers of the Caldmoor", "QUAYSIDE NOTES", f"03 | {H03_C}", H03_B,
      "By Ysolde Pennick-Arcand, a former customs inspector at the port of Tregarron")
d.para(1, "The salt pans on the north shore were abandoned in the 1990s. Their causeways, built for carts, now "
       "carry a quieter traffic: cigarettes and fuel landed on the sands at low water and driven inland before "
       "the tide turns.")
d.para(1, "The customs service has treated the shore as empty, with one patrol a week. A cooperative of salt "
       "makers wants to reopen six of the pans, and its members would be on the causeways every day.",
       brk=(1, h03_head(2)))
d.para(1, "The cooperative has asked for a lease and a small grant. Customs should support both.")
d.fur("COMMENTARY", H03_A, "By Lt. Cdr. (retd) Hallam Okonjo-Brierley")
d.para(2, "The Caldmoor is dredged twice a year so that the grain ships can reach the inner basin. The dredging "
       "contract is the largest the estuary board lets, and for the last three years the firm that won it has "
       "sub-let the buoy work to a company owned by the brother of the man whose boats once ran fuel across "
       "the bar at night.")
d.para(2, "Nobody has shown that the markers have been moved to help anyone. But a company that can place a buoy "
       "can also misplace one, and the board has no boat of its own to check where they lie.",
       brk=(1, h03_head(3, tight=True)))
d.para(2, "The remedy is cheap. The board should buy a survey launch, publish the position of every marker after "
       "each dredge, and let the contract to someone else next spring.")
d.fur("QUAYSIDE NOTES", H03_C, "From Tobias Wendt-Amadi in Penhallow")
d.para(3, "The harbourmaster at Penhallow has ordered the quay gates locked from dusk to dawn after three "
       "outboard engines were stolen in a week. Owners who need to sail at night must now ask for a key at the "
       "harbour office.")
d.fur(H03_D)
d.para(4, "From the capital, the fisheries ministry announced on October 12 that its patrol had detained two "
       "trawlers off Sker Sands for fishing inside the closed box. One was carrying forty cases of spirits with "
       "no customs seals.")
d.fur("Maren Coutts-Iheanacho / Harbour Desk",
      "The Caldmoor Estuary Monitor is published by the Tregarron Institute for Coastal Security, Quay House,",
      "Tregarron TG4 2AX. Views are the authors' own. \u00a9 2042 Tregarron Institute. All rights reserved.")
META = dict(date="2042-09-01", pub="Caldmoor Estuary Monitor", volume=None, issue=88)
emit("h03_sibling_no_blank_lines_issue_number_autumn_contents_no_heading_zero_padded_bar_apposition_commentary_wrapped_lt_cdr_retd_quayside_notes_run_from_name_in_place_from_the_capital_slash_role_notice", d, [
    dict(title=H03_B, authors=["Ysolde Pennick-Arcand"], kind="feature", **META),
    dict(title=H03_A, authors=["Hallam Okonjo-Brierley"], kind="commentary", **META),
    dict(title=H03_C, authors=["Tobias Wendt-Amadi"], kind="brief", **META),
    dict(title=H03_D, authors=["Maren Coutts-Iheanacho"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`01 | Title`) and the first page run on in one block; `Issue 88` is issue 88 with no volume;",
              "`Autumn 2042` is dated 2042-09-01, the first day of autumn's first month (September), as `Spring`",
              "is dated the first of March; the first piece is listed by title before any section name and",
              "printed under no label, so it is a feature; `COMMENTARY` names its one piece; the apposition",
              "`, a former customs inspector ...` and `Lt. Cdr. (retd)` are left out of the names;",
              "`QUAYSIDE NOTES` is a plural label no page uses as a genre, over a run of short pieces, so each is a",
              "brief (the contents list only the first); `From NAME in Penhallow` names a person, the author; the",
              "last piece has no byline (its first sentence `From the capital, ...` is text) and is signed",
              "`NAME / Harbour Desk` (role left out, not text); the",
              "publisher's notice, the masthead, contents and running headers are furniture."],
    sidecar="publication: Caldmoor Estuary Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# h04: a plain-text weekly email letter, *The Fellmouth Letter* (hard-wrapped at 70, paragraphs apart by blank lines):
# a mail header with no `Date:`, the name over `Week 9, 2042` (an ISO week), a greeting, then a contents list with NO
# heading, items marked `o `, naming three stories and the recurring `The reservoirs` and `Words of the week`; parts
# between rules of equals signs; the first story under `From our staff in PLACE` (nobody) holding a list of points
# after a sentence (text); the recurring `THE RESERVOIRS` table closed by a short note without a figure; the second story
# with no byline whose first sentence opens `Our staff counted …` (text); the third `By ex-Deputy Governor NAME`; the
# recurring `WORDS OF THE WEEK` (a quotation and its attribution); sign-off and foot; sidecar `publication:`.
d = Doc(70)
RULE04 = "=" * 44
H04_S1 = "What the flood inquiry at Haddow Bridge will look at"
H04_S2 = "Fewer walkers on the Corrie path after the rockfall"
H04_S3 = "A county that plans for the next winter, not the last one"
d.fur("From: The Fellmouth Letter <letter@fellmouth.example>", "To: j.ormerod@hillpost.example",
      "Subject: The flood inquiry, the Corrie path, planning for winter", "",
      "THE FELLMOUTH LETTER", "Week 9, 2042", "", "Hello, Fellmouth, and welcome to another week.", "",
      f"o {H04_S1}", "o The reservoirs", f"o {H04_S2}", f"o {H04_S3}", "o Words of the week", "",
      RULE04, "", H04_S1, "From our staff in Haddow Bridge", "")
d.paras(1,
        "The inquiry into January's flood at Haddow Bridge opens on Tuesday in the village hall. Its chair, a "
        "retired judge from outside the county, has set out the questions she means to answer:")
d.add()
d.web(1, "1. why the sluice at Kell Weir was left closed on the night of the storm",
      "2. whether the warning sirens were tested as the rules require",
      "3. how long the fire service took to reach the lower terrace")
d.add()
d.paras(1, "Residents may give evidence in person or in writing until the end of March.")
d.fur("", RULE04, "", "THE RESERVOIRS", "",
      "Kell Water       91%   up 3",
      "Lanty Tarn       78%   up 1",
      "Borrow Moss      64%   down 2",
      "Readings are taken by the water board on Monday mornings.", "", RULE04, "", H04_S2, "")
d.paras(2,
        "Our staff counted walkers at the foot of the Corrie path on two Sundays this month and found barely a "
        "third of the number the park rangers recorded last February.",
        "The rockfall in December closed the upper section for three weeks. It has reopened with a fence along "
        "the worst stretch, but the cafe at the car park says trade has not come back.")
d.fur("", RULE04, "", H04_S3, "By ex-Deputy Governor Rosalind Achterveld-Oku", "")
d.paras(3,
        "Every spring the county's emergency plan is rewritten to fit the winter just gone. After the snow of "
        "2040 it was all about snowploughs; after last year's gales, about fallen trees.",
        "A plan that fits the last disaster is always one disaster late. The county should plan for what its "
        "hills and rivers make likely, and test that plan every autumn with the people who will carry it out.")
d.fur("", RULE04, "", "WORDS OF THE WEEK", "",
      "\"A river remembers every field it ever flooded.\"", "  Ewan Rigby-Castell, ferryman, Kell Water", "",
      RULE04, "", "That is the Letter for this week. Wrap up warm.", "Hana, Dougie and Priya", "",
      "The Fellmouth Letter, 11 Bridge End, Fellmouth FM4 2LW",
      "You subscribed at fellmouth.example. Unsubscribe: fellmouth.example/off")
META = dict(date="2042-02-24", pub="The Fellmouth Letter", volume=None, issue=None)
emit("h04_email_weekly_iso_week_date_contents_no_heading_o_bullets_equals_rules_from_our_staff_list_in_story_reservoirs_table_note_without_figure_our_staff_counted_ex_deputy_governor_words_of_week", d, [
    dict(title=H04_S1, authors=[], kind="feature", **META),
    dict(title=H04_S2, authors=[], kind="feature", **META),
    dict(title=H04_S3, authors=["Rosalind Achterveld-Oku"], kind="feature", **META)],
    comments=["Open choices: `Week 9, 2042` is dated 2042-02-24, the Monday of ISO week 9; the three stories sit",
              "under no label and the contents (no heading, items marked `o `) list each by title, so each is a",
              "feature; `From our staff in Haddow Bridge` names nobody (authors empty); the numbered list of",
              "questions after the first story's sentence is its text, not contents; `THE RESERVOIRS` with its",
              "closing note and `WORDS OF THE WEEK` (a quotation and its attribution) are recurring blocks, no",
              "article and not text; the second story's first sentence `Our staff counted ...` is text, no byline",
              "(authors empty); `ex-Deputy Governor` is left out of the third author's name; the contents,",
              "greeting, rules, sign-off, first names and foot are furniture."],
    sidecar="publication: The Fellmouth Letter")

# ---------------------------------------------------------------------------------------------------------------------
# h05: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents): the publisher's line over the
# name, `Vol. XL, No. 20` over `Thursday, 16.10.2042` (a date with dots), then a contents list with NO heading whose
# entries read `[N] Title` (order numbers in brackets) under section names in capitals: `REVIEW` over one,
# `FRONTIER WATCH` over the first of its run, `COMMENTARY` over one (wrapped onto an indented second line); `REVIEW`
# over `Review by NAME`; `FRONTIER WATCH` (singular, no genre) over a run of two short pieces: `Reported by NAME`, then
# an unlisted piece with no byline closed by `NAME, Role` with the label `COMMENTARY` straight after; `COMMENTARY` over
# a title ending on `For` with `By former Ambassador NAME and NAME` on the next line; the publisher's notice as the
# last lines; running header once with its separators turned into glyphs; sidecar `publication:`.
d = Doc(80, hyph=True)
H05_A = "A Siege Diary From Marrowby, Read Twenty Years On"
H05_B = "Smugglers Switch to the Old Drove Road Above Kettering Gap"
H05_C = "Border Post at Ashkelm Moves Its Inspections Indoors"
H05_D = "The Disarmament Pact That Neither Militia Has Signed Up For"

def h05_head(page, glyph=False):
    sep = f" {GLYPH} " if glyph else " / "
    return ["\f", sep.join(["Terrorism Monitor", "Vol. XL, No. 20", "16.10.2042", f"p. {page}"])]

d.fur("The Calder-Wye Foundation", "TERRORISM MONITOR", "Vol. XL, No. 20", "Thursday, 16.10.2042",
      "REVIEW", f"[1] {H05_A}", "FRONTIER WATCH", f"[2] {H05_B}", "COMMENTARY",
      "[3] The Disarmament Pact That Neither Militia Has", "    Signed Up For", "REVIEW", H05_A,
      "Review by Leocadia Brunsvik-Ohene")
d.para(1, "Amos Threlkeld kept a diary for the eleven weeks that Marrowby was cut off in the winter of 2021. His "
       "daughter has now published it, with the police reports of the same weeks printed on the facing pages.")
d.para(1, "The pairing is the book's strength. Where the police saw a town held by a few dozen armed men, the "
       "diary sees a town run by its bakers, who decided each morning who would eat. The gunmen appear rarely "
       "and are mostly bored.", brk=(2, h05_head(2)))
d.para(1, "Readers looking for the origins of the Marrowby network will find little here. Readers who want to "
       "know how a town lives under a small armed group, and why it takes so long to say so, should start with "
       "this book.")
d.fur("FRONTIER WATCH", H05_B, "Reported by Gwilym Asante-Roux")
d.para(2, "Police at Kettering Gap say that since the new scanners went into the border post in August, tobacco "
       "smugglers have moved to the old drove road above the gap, walking loads over at night with ponies.")
d.fur(H05_C)
d.para(3, "Inspections at the Ashkelm border post will move into a covered hall from November, after a customs "
       "officer was struck by a car that drove through the open inspection lane in September. The hall takes "
       "six lorries at a time.", brk=(1, h05_head(3, glyph=True)))
d.fur("Tamsin Okereke-Vail, Border Analyst", "COMMENTARY", H05_D,
      "By former Ambassador Ferdinand Oyelowo-Strand and Marit Kasprzak-Lowe")
d.para(4, "The pact signed at Tellan in June was meant to take heavy weapons out of the valley. Four months on, "
       "the government has handed in its list of depots; neither of the two militias it was written for has "
       "signed.")
d.para(4, "Both say they will sign when the other does. The way out is a simultaneous signature before a third "
       "party both trust, and the valley's bishops, who brokered the ceasefire of 2040, have offered to host it.")
d.para(4, "The offer expires with the year. If it lapses, the pact will join the two before it in the archive.")
d.fur("The Terrorism Monitor is published fortnightly by the Calder-Wye Foundation. The views expressed are",
      "the authors' own. \u00a9 2042 The Calder-Wye Foundation, 27 Harcourt Row, Washington, DC 20512.")
META = dict(date="2042-10-16", pub=TM, volume=40, issue=20)
emit("h05_tm_issue_no_blank_lines_roman_vol_no_dotted_date_contents_no_heading_bracket_numbers_review_by_frontier_watch_singular_run_reported_by_comma_role_then_label_title_ends_on_for_former_ambassador_two_names", d, [
    dict(title=H05_A, authors=["Leocadia Brunsvik-Ohene"], kind="review", **META),
    dict(title=H05_B, authors=["Gwilym Asante-Roux"], kind="brief", **META),
    dict(title=H05_C, authors=["Tamsin Okereke-Vail"], kind="brief", **META),
    dict(title=H05_D, authors=["Ferdinand Oyelowo-Strand", "Marit Kasprzak-Lowe"], kind="commentary", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`[N] Title`) and the first page run on in one block; `Vol. XL, No. 20` is volume 40, issue 20, and",
              "`Thursday, 16.10.2042` is 2042-10-16; `REVIEW` names its one piece, `Review by NAME` its author;",
              "`FRONTIER WATCH` is a singular label no page uses as a genre, over a run of short pieces, so each",
              "is a brief (the contents list only the first); `Reported by NAME` names the first brief's author;",
              "the second has no byline and is signed `NAME, Border Analyst` (role left out, not text);",
              "`COMMENTARY` names its one piece, whose title (wrapped in the contents) ends on `For` with the",
              "byline on the next line; `former Ambassador` is left out and the byline names two authors; the",
              "publisher's notice, the masthead, contents and running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# h06: a plain-text daily email letter, *The Porthallow Lantern* (hard-wrapped at 66, paragraphs apart by blank lines):
# a mail header, the name over `Issue 1207 · Tuesday 11 November 2042` (a send number with no volume), a greeting,
# then a contents list with NO heading, items numbered `(N)`, naming three stories and the recurring `What's on`;
# parts between rules of equals signs; the first story `From NAME in PLACE` (a person) holding a table of landings it
# discusses, with more of the story after it (text); the recurring `WHAT'S ON` calendar; the second story printed
# under its title with no byline, date or address; the third under a line naming an organisation only (no author);
# sign-off and a foot; no sidecar.
d = Doc(66)
RULE06 = "=" * 36
H06_S1 = "Crab landings fall for a third autumn at Porthallow"
H06_S2 = "Chapel Street will be one-way from Monday"
H06_S3 = "New boat for the inshore crew arrives by lorry"
d.fur("From: The Porthallow Lantern <lantern@porthallow.example>", "To: e.tremayne@kernmail.example",
      "Date: Tue, 11 Nov 2042 06:30:02 +0000", "Subject: Crab, Chapel Street, a new boat", "",
      "THE PORTHALLOW LANTERN", "Issue 1207 \u00b7 Tuesday 11 November 2042", "",
      "Morning, Porthallow. Wind from the west, rain later.", "",
      f"(1) {H06_S1}", "(2) What's on", f"(3) {H06_S2}", f"(4) {H06_S3}", "", RULE06, "",
      H06_S1, "From Kerensa Blakemore-Adjei in Porthallow", "")
d.paras(1,
        "The harbour's crab boats have landed less in each of the last three autumns, and the fall is steepest "
        "among the smallest boats, which fish closest to the shore. The harbour office's figures for September "
        "and October:")
d.add()
d.web(1, "Year    Boats   Tonnes", "2040    14      212", "2041    13      168", "2042    11      121")
d.add()
d.paras(1, "The fishermen blame the seals; the marine laboratory at Gwithian Point blames warmer water and says "
        "the crabs are moving deeper. Both sides will put their case to the harbour commissioners next week.")
d.fur("", RULE06, "", "WHAT'S ON", "",
      "Tue 11   19:30  Lifeboat quiz, Ship Inn",
      "Wed 12   14:00  Harbour commissioners, open session, Fish Cellar",
      "Thu 13   18:00  Lantern slide talk: the pilchard years, Institute", "", RULE06, "", H06_S2, "")
d.paras(2,
        "Chapel Street becomes one-way, uphill only, from Monday for six months while the gas main is replaced. "
        "Traffic coming down into the town will be sent round by Trewarne Lane.",
        "Shops on the street say they were told a week ago and have asked the council for a loading bay at the "
        "top.")
d.fur("", RULE06, "", H06_S3, "Porthallow Inshore Rescue", "")
d.paras(3,
        "The inshore crew's new boat came over the hill on a lorry on Sunday afternoon and was in the water by "
        "dusk. She replaces a boat that had been in service since 2029 and could not be righted by her crew.",
        "The boat cost a little under two hundred thousand, raised in four years of suppers, swims and stalls.")
d.fur("", RULE06, "", "Back tomorrow with the commissioners' meeting.", "Demelza, Ravi and Jory", "",
      "The Porthallow Lantern, The Old Net Store, Porthallow PH7 3RQ",
      "Not for you any more? Unsubscribe at porthallow.example/lantern/stop")
META = dict(date="2042-11-11", pub="The Porthallow Lantern", volume=None, issue=None)
emit("h06_email_daily_send_number_date_contents_no_heading_paren_numbers_equals_rules_from_name_in_place_table_discussed_whats_on_calendar_story_without_byline_organisation_line_no_author", d, [
    dict(title=H06_S1, authors=["Kerensa Blakemore-Adjei"], kind="feature", **META),
    dict(title=H06_S2, authors=[], kind="feature", **META),
    dict(title=H06_S3, authors=[], kind="feature", **META)],
    comments=["Open choices: `Issue 1207` is the number an email letter prints under its mail header with no",
              "volume, so volume and issue stay empty (README, Numbers); the date is 2042-11-11; the three stories",
              "sit under no label and the contents (no heading, items `(N)`) list each by title, so each is a",
              "feature; `From NAME in Porthallow` names a person, the author; the table of landings between the",
              "first story's sentences is its text; `WHAT'S ON` (a calendar) is a recurring block, no article and",
              "not text; the second story has no byline; the line `Porthallow Inshore Rescue` under the third title",
              "names an organisation only, so no author (authors empty) and not text; the contents, greeting,",
              "rules, sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# h07: a whole issue of an invented sibling monitor, *Drumlow Highlands Monitor*, printed WITHOUT blank lines (PDF
# text, no indents): the name, `Vol. VII, No. 3  |  Week 44, 2042` (roman volume, an ISO week), the publisher's line,
# then a contents list with NO heading whose entries read `No. N: Title` under section names in capitals: `ESSAY` over
# one (wrapped onto an indented second line), `INSIDE THE GLENS` over the first of its run of three; `ESSAY` over `By
# NAME, a former …` (apposition), its text holding `4/17` (no number); `INSIDE THE GLENS` (a place, no genre) over three
# short pieces: `Our staff in PLACE` (nobody); a line of two names with roles after slashes joined by `and`; a piece
# with no byline whose first sentence opens `Our staff counted …`, closed by `— NAME` with the publisher's notice
# straight after; running header once with its spaces lost and once with glyphs for separators; sidecar
# `publication:`.
d = Doc(80, hyph=True)
H07_A = "Shielings and Safe Houses: The Summer Grazing Huts of the Drumlow Used as Stores"
H07_B = "Glen Orrin Post Office Reopens With a Police Counter"
H07_C = "Forestry Tracks Gated After Arms Find at Craigvane"
H07_D = "Deer Fences Cut Along the Laggan March"

def h07_head(page, how=None):
    if how == "tight":
        return ["\f", f"DrumlowHighlandsMonitor|VII.3|Week44|{page}"]
    if how == "glyph":
        return ["\f", f"Drumlow Highlands Monitor{GLYPH}VII.3{GLYPH}Week 44{GLYPH}{page}"]
    return ["\f", f"Drumlow Highlands Monitor | VII.3 | Week 44 | {page}"]

d.fur("DRUMLOW HIGHLANDS MONITOR", "Vol. VII, No. 3  |  Week 44, 2042",
      "Issued by the Strathmore Centre for Rural Security Studies", "ESSAY",
      "No. 1: Shielings and Safe Houses: The Summer Grazing Huts of the", "       Drumlow Used as Stores",
      "INSIDE THE GLENS", f"No. 2: {H07_B}", "ESSAY", H07_A,
      "By Fionnuala Derwent-Osei, a former hill shepherd and county councillor for Upper Drumlow")
d.para(1, "Every glen in the Drumlow has its shielings: stone huts where families once spent the summer with "
       "their cattle on the high grazing. Most lost their roofs a century ago. In the last four years about "
       "forty have been roofed again, with corrugated iron carried up on quad bikes.")
d.para(1, "Some of the work is honest. Estates have restored huts for walkers, and a few shepherds use them again. "
       "But since the 4/17 raids, when police found rifles under the floor of a hut above Glen Lyth, the county "
       "has had to ask who is roofing the rest, and why.", brk=(3, h07_head(2, "tight")))
d.para(1, "A register of the huts, kept by the estates and open to the police, would answer the question without "
       "treating every shepherd as a suspect.")
d.fur("INSIDE THE GLENS", H07_B, "Our staff in Glen Orrin")
d.para(2, "The post office at Glen Orrin, closed since the spring, reopened on Monday with a police counter in the "
       "back room, staffed two afternoons a week.")
d.fur(H07_C, "Alasdair Moncrieff-Eze / Estates Correspondent and Pernille Voss-Achebe / Researcher")
d.para(3, "The forestry commission has put locked gates across eleven of its tracks around Craigvane after "
       "walkers found a cache of rifles and ammunition wrapped in fertiliser sacks beside a turning place in "
       "October. Keys are held by the rangers and the fire service.", brk=(2, h07_head(3, "glyph")))
d.fur(H07_D)
d.para(4, "Our staff counted nineteen breaks in the deer fence along the Laggan march in a single walk last week, "
       "each cut cleanly with bolt croppers. The estate believes the gaps are for moving loads across the march "
       "without using the road.")
d.fur("\u2014 Morag Tennant-Ibekwe",
      "The Drumlow Highlands Monitor is issued by the Strathmore Centre for Rural Security Studies, Mill Wynd,",
      "Aberlarig. Opinions are the authors'. \u00a9 2042 Strathmore Centre. Not to be reproduced without leave.")
META = dict(date="2042-10-27", pub="Drumlow Highlands Monitor", volume=7, issue=3)
emit("h07_sibling_no_blank_lines_roman_vol_no_iso_week_contents_no_heading_no_n_colon_wrapped_essay_apposition_4_17_inside_glens_run_our_staff_in_two_names_slashes_our_staff_counted_em_dash_signature_notice", d, [
    dict(title=H07_A, authors=["Fionnuala Derwent-Osei"], kind="essay", **META),
    dict(title=H07_B, authors=[], kind="brief", **META),
    dict(title=H07_C, authors=["Alasdair Moncrieff-Eze", "Pernille Voss-Achebe"], kind="brief", **META),
    dict(title=H07_D, authors=["Morag Tennant-Ibekwe"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`No. N: Title`) and the first page run on in one block; `Vol. VII, No. 3` is volume 7, issue 3;",
              "`Week 44, 2042` is dated 2042-10-27, the Monday of ISO week 44; `ESSAY` names its one piece (its",
              "title wrapped in the contents, printed on one line over it); the apposition after the author's",
              "name is left out; `4/17` in its text is prose; `INSIDE THE GLENS` is a place, no genre, over a run",
              "of short pieces, so each is a brief (the contents list only the first); `Our staff in Glen Orrin`",
              "names nobody; the line of two names with roles after slashes names both (roles left out); the last",
              "piece has no byline (its first sentence `Our staff counted ...` is text) and is signed `— NAME`",
              "(not text); the publisher's notice, the masthead, contents and running headers are furniture."],
    sidecar="publication: Drumlow Highlands Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# h08: a plain-text daily email letter, *The Lowmarsh Lamp* (hard-wrapped at 64, paragraphs apart by blank lines): a
# mail header, the name over `Wednesday 3 December 2042`, a greeting, then a contents list with NO heading, items
# marked `–`, naming three stories and the recurring `River levels` and `Overheard`; parts between `* * *` rules; the
# first story `Reported by NAME` holding a lettered list of points after a sentence (text); the recurring `RIVER
# LEVELS` table closed by a short note holding a figure; the second story printed under its title with no byline,
# whose first sentence opens `From the capital, …` (text); the third `By our correspondent` (nobody), its text
# holding `24/7` and `11/3` (no numbers); the recurring `OVERHEARD` (a quotation and its attribution); no sidecar.
d = Doc(64)
RULE08 = "* * *"
H08_S1 = "Pumping station at Fenny Drove to be rebuilt"
H08_S2 = "Lowmarsh loses its magistrates' court"
H08_S3 = "The night shelter that never closes its door"
d.fur("From: The Lowmarsh Lamp <lamp@lowmarsh.example>", "To: g.pryor@fenpost.example",
      "Date: Wed, 03 Dec 2042 05:55:17 +0000", "Subject: Pumps, the court, the shelter", "",
      "THE LOWMARSH LAMP", "Wednesday 3 December 2042", "", "Good morning, Lowmarsh.", "",
      f"\u2013 {H08_S1}", "\u2013 River levels", f"\u2013 {H08_S2}", f"\u2013 {H08_S3}", "\u2013 Overheard", "",
      RULE08, "", H08_S1, "Reported by Anselm Okwuosa-Trent", "")
d.paras(1,
        "The drainage board will rebuild the pumping station at Fenny Drove next summer rather than patch it "
        "again. The board's engineer gave three reasons at Monday's meeting:")
d.add()
d.web(1, "a) the diesel pumps are older than any spare parts still made",
      "b) the station flooded twice last winter, both times at night",
      "c) a new station can be run from the board's office in town")
d.add()
d.paras(1, "The work will cost about four million and close the Drove road for eight weeks.")
d.fur("", RULE08, "", "RIVER LEVELS", "",
      "Lowmarsh Sluice    2.84 m   rising",
      "Fenny Drove        1.97 m   steady",
      "Hobb's Lode        2.12 m   falling",
      "Highest this year: 3.41 m at the Sluice on 2 February.", "", RULE08, "", H08_S2, "")
d.paras(2,
        "From the capital, the justice ministry confirmed on Tuesday that the magistrates' court on Sheep Market "
        "will close in April. Cases will be heard at Kingsferry, forty minutes away by bus.",
        "The town's solicitors say witnesses without cars will simply not come. The ministry says the building "
        "needs a new roof it cannot pay for.")
d.fur("", RULE08, "", H08_S3, "By our correspondent", "")
d.paras(3,
        "The night shelter behind St Botolph's has been open 24/7 since the cold snap began, its volunteers "
        "working in shifts of six hours. On the coldest night it took in twenty-three people.",
        "The shelter's warden, who has run it since the 11/3 fire that closed the old hostel, says the town "
        "needs a second building before January.")
d.fur("", RULE08, "", "OVERHEARD", "", "\"You can drain a fen, but you can't drain its weather.\"",
      "  -- a drainage board engineer, Monday", "", RULE08, "", "That's the Lamp for today.", "Ines, Barnaby and Oke",
      "", "The Lowmarsh Lamp, 2 Sheep Market, Lowmarsh LM1 6DD",
      "Unsubscribe any time: lowmarsh.example/lamp/unsubscribe")
META = dict(date="2042-12-03", pub="The Lowmarsh Lamp", volume=None, issue=None)
emit("h08_email_daily_contents_no_heading_en_dash_star_rules_reported_by_lettered_list_in_story_river_levels_note_with_figure_from_the_capital_story_without_byline_by_our_correspondent_24_7_overheard", d, [
    dict(title=H08_S1, authors=["Anselm Okwuosa-Trent"], kind="feature", **META),
    dict(title=H08_S2, authors=[], kind="feature", **META),
    dict(title=H08_S3, authors=[], kind="feature", **META)],
    comments=["Open choices: the three stories sit under no label and the contents (no heading, items marked `–`)",
              "list each by title, so each is a feature; `Reported by NAME` names the first story's author; the",
              "lettered list after its sentence is its text, not contents; `RIVER LEVELS` with its closing note",
              "(`Highest this year: ...`) and `OVERHEARD` (a quotation and its attribution) are recurring blocks,",
              "no article and not text; the second story has no byline and its first sentence `From the capital,",
              "...` is text; `By our correspondent` names nobody (authors empty); `24/7` and `11/3` are prose;",
              "the contents, greeting, rules, sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# h09: a whole issue of an invented sibling monitor, *Seravane Coast Monitor* (PDF text with blank lines between
# paragraphs): the name over `No. 17/2042  ·  2042-09-15` (a number within the year, no volume; an ISO date), a
# contents list under `In this number` whose entries read `N – Title`; `ANALYSIS` over `By former Ambassador NAME and
# Dr NAME`; `REVIEW` over `Review by NAME`; `BORDER JOTTINGS` (plural, not a genre) over a run of two short pieces:
# `By Lt. Cdr. (retd) NAME`, and a piece under a line naming an organisation only (no author); running footer once
# with its spaces lost; a closing line about the publisher; no sidecar.
d = Doc(80, hyph=True)
H09_A = "Ransom Economies on the Seravane Shelf"
H09_B = "The Harbour Wardens' Memoirs, and What They Leave Out"
H09_C = "Patrol Craft Returned to Service at Ostrel"
H09_D = "Lighthouse Keepers Asked to Log Unlit Vessels"

def h09_foot(page, tight=False):
    if tight:
        return ["", f"SeravaneCoastMonitor\u00b7No.17/2042\u00b7{page}", ""]
    return ["", f"Seravane Coast Monitor \u00b7 No. 17/2042 \u00b7 {page}", ""]

d.fur("SERAVANE COAST MONITOR", "No. 17/2042  \u00b7  2042-09-15", "", "In this number", "",
      f"1 \u2013 {H09_A}", f"2 \u2013 {H09_B}", f"3 \u2013 {H09_C}", "", "ANALYSIS", "", H09_A,
      "By former Ambassador Casimir Ndlovu-Haraldsen and Dr Oriane Featherstone-Ube", "")
d.para(1, "Kidnapping on the Seravane shelf is no longer the work of desperate fishermen. Over the last two years "
       "it has become a trade with its own brokers, who arrange the payment, and its own bankers, who hold the "
       "money until the hostages are landed.")
d.add()
d.para(1, "The brokers are the weak point. They work from offices in Port Ostrel, advertise as marine insurance "
       "agents, and need the harbour to stay open to do business.", brk=(1, h09_foot(2)))
d.add()
d.para(1, "A licensing rule for marine agents, checked against the harbour's own list of crews, would close more "
       "of the trade than another patrol boat.")
d.fur("", "REVIEW", "", H09_B, "Review by Sigrun Mabuza-Fairweather", "")
d.para(2, "Four retired harbour wardens of Port Ostrel have written a book of their working lives. It is full of "
       "storms, rescues and the odd drowned sheep, and it is good company.")
d.add()
d.para(2, "What it leaves out is the decade when the wardens were paid by both sides of the fuel trade. The "
       "authors mention the trial of 2031 in one sentence. A book that spends ten pages on a lost lifeboat owes "
       "its readers more than that.", brk=(2, h09_foot(3, tight=True)))
d.fur("", "BORDER JOTTINGS", "", H09_C, "By Lt. Cdr. (retd) Joren Abernethy-Kuti", "")
d.para(3, "Two of the four patrol craft at Ostrel, laid up since the spring for want of engine parts, returned to "
       "service on September 9. The other two are promised for November.")
d.fur("", H09_D, "Seravane Institute for Maritime Affairs", "")
d.para(4, "Keepers at the three manned lighthouses of the coast have been asked to log every vessel they see "
       "running without lights and to telephone the coastguard at once.")
d.fur("", "The Seravane Coast Monitor is published by the Seravane Institute for Maritime Affairs, Port Ostrel.")
META = dict(date="2042-09-15", pub="Seravane Coast Monitor", volume=None, issue=17)
emit("h09_sibling_blank_lines_number_slash_year_iso_date_contents_en_dash_analysis_former_ambassador_and_dr_review_by_border_jottings_run_lt_cdr_retd_organisation_line_no_author", d, [
    dict(title=H09_A, authors=["Casimir Ndlovu-Haraldsen", "Oriane Featherstone-Ube"], kind="analysis", **META),
    dict(title=H09_B, authors=["Sigrun Mabuza-Fairweather"], kind="review", **META),
    dict(title=H09_C, authors=["Joren Abernethy-Kuti"], kind="brief", **META),
    dict(title=H09_D, authors=[], kind="brief", **META)],
    comments=["Open choices: `No. 17/2042` on a monitor is its issue 17 with no volume; the date is 2042-09-15;",
              "`ANALYSIS` and `REVIEW` name their one piece each; `former Ambassador` and `Dr` are left out and the",
              "byline names two authors; `Review by NAME` names the review's author; `BORDER JOTTINGS` is a plural",
              "label no page uses as a genre, over a run of short pieces, so each is a brief (the contents list",
              "only the first); `Lt. Cdr. (retd)` is left out of the name; the line `Seravane Institute for",
              "Maritime Affairs` under the last title names an organisation only, so no author (not text); the",
              "masthead, contents, running footers and closing line are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# h10: a plain-text weekly email letter, *The Tollbridge Saturday* (hard-wrapped at 68, paragraphs apart by blank lines):
# a mail header, the name over `Saturday 8.xi.2042` (a roman month), a greeting, then a contents list with NO heading,
# items marked `•` and indented two, naming a story, the first piece of a run (not the run's label) and the recurring
# `Dates for the diary` and `They said`; parts between `* * *` rules; the story printed under its title with no
# byline, date or address; `VALLEY LEDGER` (singular, no genre) over a run of two short pieces: `From NAME in PLACE`
# (a person) and, unlisted, `From our staff in PLACE` (nobody); the recurring `DATES FOR THE DIARY` calendar and `THEY
# SAID` (a quotation and its attribution); no sidecar.
d = Doc(68)
RULE10 = "* * *"
H10_S1 = "Tollbridge toll house to become a bakery"
H10_R1 = "Weir at Hesket repaired before the floods"
H10_R2 = "Ferry at Ousel Staithe gets a new chain"
d.fur("From: The Tollbridge Saturday <saturday@tollbridge.example>", "To: r.lightfoot@dalesmail.example",
      "Date: Sat, 08 Nov 2042 07:00:00 +0000", "Subject: Bread at the toll house, the weir, the ferry", "",
      "THE TOLLBRIDGE SATURDAY", "Saturday 8.xi.2042", "", "Hello, Tollbridge. A short one this week.", "",
      f"  \u2022 {H10_S1}", f"  \u2022 {H10_R1}", "  \u2022 Dates for the diary", "  \u2022 They said", "",
      RULE10, "", H10_S1, "")
d.paras(1,
        "The toll house at the end of the old bridge, empty since the tolls stopped in 2031, is to become a "
        "bakery. The trust that owns it chose a baker from Hesket over a café chain and a bicycle shop.",
        "The oven will go where the toll keeper's kitchen was, and the bakery will open at six every morning "
        "except Mondays.")
d.fur("", RULE10, "", "VALLEY LEDGER", "", H10_R1, "From Wilhelmina Stott-Agyeman in Hesket", "")
d.paras(2,
        "The weir at Hesket, breached in last winter's floods, has been repaired a month before the river "
        "usually rises. The contractor finished the stonework on Thursday.")
d.fur("", H10_R2, "From our staff in Ousel Staithe", "")
d.paras(3,
        "The chain ferry at Ousel Staithe is running again with a new chain, after three weeks in which "
        "foot passengers were rowed across by the ferryman's son.")
d.fur("", RULE10, "", "DATES FOR THE DIARY", "",
      "Sat 8 Nov    Apple pressing, Hesket green, from 10:00",
      "Wed 12 Nov   Parish council, Reading Room, 19:30",
      "Sat 15 Nov   Bridge lantern walk, meet at the toll house, 17:00", "", RULE10, "", "THEY SAID", "",
      "\"Bread is the best toll a bridge ever took.\"", "  -- Cuthbert Alderson-Nnaji, trust chairman", "",
      RULE10, "", "See you next Saturday.", "Freya and Lukas", "",
      "The Tollbridge Saturday, 5 Bridge Foot, Tollbridge TB3 9KX",
      "Unsubscribe: tollbridge.example/saturday/unsubscribe")
META = dict(date="2042-11-08", pub="The Tollbridge Saturday", volume=None, issue=None)
emit("h10_email_weekly_roman_month_date_contents_no_heading_indented_bullets_first_of_run_listed_star_rules_story_without_byline_valley_ledger_singular_run_from_name_in_place_from_our_staff_diary_they_said", d, [
    dict(title=H10_S1, authors=[], kind="feature", **META),
    dict(title=H10_R1, authors=["Wilhelmina Stott-Agyeman"], kind="brief", **META),
    dict(title=H10_R2, authors=[], kind="brief", **META)],
    comments=["Open choices: `Saturday 8.xi.2042` is 2042-11-08 (a roman month); the story under no label is",
              "listed by title in the contents (no heading, items marked `•`), so it is a feature, with no byline;",
              "`VALLEY LEDGER` is a singular label no page uses as a genre, over a run of short pieces, so each is",
              "a brief (the contents list only the first, by title); `From NAME in Hesket` names a person, the",
              "author; `From our staff in Ousel Staithe` names nobody; `DATES FOR THE DIARY` (a calendar) and",
              "`THEY SAID` (a quotation and its attribution) are recurring blocks, no article and not text; the",
              "contents, greeting, rules, sign-off, first names and foot are furniture."])
