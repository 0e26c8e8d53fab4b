"""issues46-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated March - September 2042): two whole Terrorism Monitor
issues as PDF text (g01, g07), two whole issues of invented sibling monitors (g03, g05), all four printed WITHOUT blank
lines between paragraphs, one more sibling monitor printed with blank lines (g09), three plain-text daily email letters
(g02, g06, g08) and two weeklies (g04, g10).
The weight is on issues printed without blank lines whose contents carry no heading (page-first and numbered entries,
section names in capitals over one or several entries, a wrapped title), pieces closed by a signature with the next
title straight after, the publisher's notice closing an issue; bylines naming offices and former ranks in new forms
(with look-alikes that are no byline); letters' contents with no heading (dashes, bullets, numbers) beside recurring
blocks, with lists that are no contents; recurring blocks (tables closed by a note, schedules with a footnote line, a
quotation, a number of the day) beside a story ending on a table it discusses; collections under a place or topic in
capitals; and mastheads dated and numbered in other shapes (`Week 14, 2042`, `Spring 2042`, `2042-03-09`, `Vol. XII,
No. 5`, `Issue 231`, `No. 26/2042`).
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues45-new/gen.py, copied unchanged.
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
GLYPH = "\uf0e0"

# ---------------------------------------------------------------------------------------------------------------------
# g01: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents; a paragraph ends where a line
# stops short): the name, a tagline naming the publisher, `Vol 40 / Iss 5 / 2042-03-09` (an ISO date), then a contents
# list with NO heading: the section name `INVESTIGATIONS` in capitals over two entries printing the page first with a
# middle dot (`3 · Title`), the second title wrapped over two lines, then `ACROSS THE REGION` over one entry (the first
# piece of a run of three), and the first page, all in one block; `INVESTIGATIONS` (plural) over a run of two: `By
# former Ambassador NAME` with `[n]` markers under `Endnotes`, and `By Lt. Col. (ret.) NAME`; `ACROSS THE REGION` (a
# place or topic, no genre) over a run of three short pieces: `From our correspondent, PLACE` (naming nobody); a piece
# whose first sentence opens `Former officials say` (no byline) closed by `NAME / Regional Desk` with the next title
# straight after it; `Our staff in PLACE` (naming nobody); the publisher's notice (about, address, rights) as the
# issue's last lines; running footer `— N —  TERRORISM MONITOR  Vol 40 / Iss 5`, once mangled; sidecar `publication:`.
d = Doc(80, hyph=True)
G01_A1 = "The Grain Levy: How the Sarn Valley Cells Tax the Harvest"
G01_A2 = "Couriers Without Phones: Messages Carried on the Night Buses Between Tolmarch and Askel"
G01_R1 = "Checkpoint at Vardel Bridge Reopens to Trucks"
G01_R2 = "Ferry Crews at Orsmere Refuse Night Sailings"
G01_R3 = "Kelmsholt Market Guards Given Radios"

def g01_foot(page, mangled=False):
    if mangled:
        return ["\f", f"\u2014{page}\u2014TERRORISMMONITOR{GLYPH}Vol40/Iss5"]
    return ["\f", f"\u2014 {page} \u2014  TERRORISM MONITOR  Vol 40 / Iss 5"]

d.fur("TERRORISM MONITOR", "Reporting and analysis on political violence from the Ostrander Foundation",
      "Vol 40 / Iss 5 / 2042-03-09", "INVESTIGATIONS", f"3 \u00b7 {G01_A1}",
      "5 \u00b7 Couriers Without Phones: Messages Carried on the Night Buses", "    Between Tolmarch and Askel",
      "ACROSS THE REGION", f"7 \u00b7 {G01_R1}", "INVESTIGATIONS", G01_A1,
      "By former Ambassador Celestine Oyelaran-Voss")
d.para(1, "Farmers in the upper Sarn valley pay two taxes. One goes to the district treasury in Marrach and is "
       "assessed on the size of the holding; the other is collected at the threshing floor by young men who "
       "arrive on motorcycles and take one sack in twelve. The second tax is the better collected.[1]")
d.para(1, "The cells that run the levy have learned from the state. They keep ledgers, issue receipts stamped "
       "with a crossed sickle and exempt widows and families with a son in the district police, a courtesy "
       "that buys them more silence than any threat.[2]")
d.para(1, "Ending the levy will take more than arrests. The receipts show which farms pay, and the district "
       "could use them to offer those farms what the cells cannot: seed credit and a road that stays open "
       "after the rains.[3]", brk=(2, g01_foot(4)))
d.fur("Endnotes")
for t in ["[1] Marrach district treasury, harvest returns for 2041, and interviews in four villages of the upper "
          "valley, January 2042.",
          "[2] Receipts seen by the author at Coll Ardan, 14 January 2042.",
          "[3] District development plan for 2042 to 2046, chapter 6."]:
    d.para(1, t)
d.fur(G01_A2, "By Lt. Col. (ret.) Radomir Achterberg-Nwosu")
d.para(2, "Nobody in the Tolmarch network carries a telephone. After the arrests of 2040, when the police read "
       "two years of messages off a single seized handset, the network went back to paper, and paper travels "
       "on the night buses.")
d.para(2, "The drivers are not members. They are paid to carry an envelope from the depot at Tolmarch to the "
       "kiosk at the Askel terminus, as they carry parcels for the shops, and most of them have never opened one.",
       brk=(2, g01_foot(5, mangled=True)))
d.para(2, "The weakness of the method is the timetable. A courier who must catch the 23:40 can be waited for, "
       "and the police at Askel have begun to do exactly that.")
d.fur(*g01_foot(6), "ACROSS THE REGION", G01_R1, "From our correspondent, Vardel")
d.para(3, "The checkpoint at Vardel Bridge reopened to goods traffic on March 2, five weeks after a lorry loaded "
       "with fuel drums was stopped there. Trucks are now searched on the far bank, away from the houses.")
d.fur(G01_R2)
d.para(4, "Former officials say the port police at Orsmere have asked for an escort on every crossing after dark. "
       "The ferry crews have gone further: since February 20 they have refused to sail after eight at night, "
       "and the company has cancelled the last three sailings of the day.")
d.fur("Hendrika Solberg-Adu / Regional Desk", G01_R3, "Our staff in Kelmsholt")
d.para(5, "The eighteen guards who watch the covered market at Kelmsholt have been given radios linked to the "
       "police station, after a fire set in a stall in January spread to nine others before anyone raised the "
       "alarm.")
d.fur("The Terrorism Monitor is published twice a month by the Ostrander Foundation, 1180 Calloway Avenue,",
      "Suite 400, Brennard, DC 20544. The views expressed are the authors' own and not the Foundation's.",
      "\u00a9 2042 The Ostrander Foundation. All rights reserved; no part may be reproduced without permission.")
META = dict(date="2042-03-09", pub=TM, volume=40, issue=5)
emit("g01_tm_issue_no_blank_lines_iso_date_vol_iss_slashes_contents_no_heading_caps_sections_page_dot_wrapped_investigations_former_ambassador_lt_col_ret_across_region_former_officials_say_signature_then_title_notice", d, [
    dict(title=G01_A1, authors=["Celestine Oyelaran-Voss"], kind="investigation", **META),
    dict(title=G01_A2, authors=["Radomir Achterberg-Nwosu"], kind="investigation", **META),
    dict(title=G01_R1, authors=[], kind="brief", **META),
    dict(title=G01_R2, authors=["Hendrika Solberg-Adu"], kind="brief", **META),
    dict(title=G01_R3, authors=[], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, opening on",
              "the section name `INVESTIGATIONS`) and the first page run on in one block; `Vol 40 / Iss 5` is volume",
              "40, issue 5, and `2042-03-09` the date; `INVESTIGATIONS` over a run of two names each an",
              "investigation (singular); the second title is wrapped over two lines in the contents and printed on",
              "one line over its piece; `former Ambassador` and `Lt. Col. (ret.)` are left out of the names; the",
              "`[n]` markers stay in the text and the endnote entries are text, the heading `Endnotes` is not;",
              "`ACROSS THE REGION` names no genre, over a run of short pieces, so each is a brief (the contents list",
              "only the first); `From our correspondent, Vardel` and `Our staff in Kelmsholt` name nobody, so those",
              "pieces have no authors; the second piece's first sentence `Former officials say ...` is text, no",
              "byline, and its author is the signature `NAME / Regional Desk` under it (role left out, not text);",
              "the publisher's notice closing the issue, the masthead, contents and running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# g02: a plain-text daily email letter, *The Ostwardby Dawn Sheet* (hard-wrapped at 66, paragraphs apart by blank lines):
# a mail header with its `Date:`, the name over `Issue 412 · 2042-04-17` (a send number under the mail header, no volume,
# and an ISO date), `Good morning, Ostwardby.` and one line; after a blank line a contents list with NO heading, items
# marked `- `, naming three stories in sentence case (printed later in capitals, the third wrapped over two lines there)
# beside the recurring blocks `Trains today` and `Number of the day`; three stories under no label: the first `By NAME`,
# holding a dashed list of points after a sentence (text, not contents); then the recurring `TRAINS TODAY` table closed
# by one short note; the second unsigned, ending on a short table of stages it discusses (text); the third `By NAME`;
# the recurring `NUMBER OF THE DAY`; a sign-off with first names; a foot of two lines; no sidecar.
d = Doc(66)
RULE02 = "-=" * 16 + "-"
G02_S1 = "Tram depot fire was started deliberately, investigators say"
G02_S2 = "Harbour wall repairs will run into the summer"
G02_S3 = "Allotment waiting list halved after the council splits its plots"
d.fur("From: The Ostwardby Dawn Sheet <dawn@ostwardby-dawn.example>", "To: m.carrow@fenmail.example",
      "Date: Thu, 17 Apr 2042 05:45:09 +0100", "Subject: Depot fire, harbour wall, allotments", "",
      "THE OSTWARDBY DAWN SHEET", "Issue 412 \u00b7 2042-04-17", "", "Good morning, Ostwardby.",
      "Rain by noon, so read this before you go out.", "",
      f"- {G02_S1}", "- Trains today", f"- {G02_S2}", f"- {G02_S3}", "- Number of the day", "",
      RULE02, "", G02_S1.upper(), "By Maelis Okafor-Lindgren", "")
d.paras(1,
        "The fire that destroyed four trams at the Wharf Street depot on Sunday night was started on purpose, "
        "the county fire investigators said yesterday. It began in two places at once, at opposite ends of the "
        "shed, and nothing electrical was running in either.",
        "The investigators' report lists what they found:")
d.add()
d.web(1, "- the remains of a petrol can under the second tram",
      "- a cut in the perimeter fence behind the wash bay",
      "- a camera facing the gate that had been turned to the wall")
d.add()
d.paras(1, "Police have asked anyone who was on Wharf Street between midnight and two on Monday morning to come "
        "forward. The tram company says the Harbour line will run with buses until at least June.")
d.fur("", RULE02, "", "TRAINS TODAY", "",
      "05:52  Ostwardby - Carrow Junction    on time",
      "06:20  Ostwardby - Fenby              cancelled",
      "07:04  Ostwardby - Carrow Junction    platform 3",
      "07:31  Ostwardby - Lindrow            on time",
      "Buses replace trains to Fenby all day.", "", RULE02, "", G02_S2.upper(), "")
d.paras(2,
        "The repairs to the harbour wall, due to finish this month, will now go on until August, the harbour "
        "board said on Wednesday. Divers found the stones below the waterline in a worse state than the survey "
        "of 2040 had shown.",
        "The board has published the contractor's new timetable, and the north arm, where the fishing boats tie "
        "up, is the stage that has slipped furthest:")
d.add()
d.web(2, "Stage            Was due    Now due", "South arm        March      April",
      "North arm        April      August", "Lighthouse steps April      June")
d.fur("", RULE02, "", "ALLOTMENT WAITING LIST HALVED AFTER THE COUNCIL", "SPLITS ITS PLOTS",
      "By Tobiah Brenninkmeyer-Sowah", "")
d.paras(3,
        "The list of people waiting for an allotment in Ostwardby has fallen from 430 names to 212 since the "
        "council cut its largest plots in two last autumn.",
        "Some of the older holders objected at the time. A year on, the half-plots are almost all taken, and "
        "the council says it will do the same at the Fenby Road site next winter.")
d.fur("", RULE02, "", "NUMBER OF THE DAY", "", "212", "names still waiting for an allotment", "", RULE02, "",
      "Back tomorrow, earlier than the milk.", "Anouk, Piet and Sefa", "",
      "The Ostwardby Dawn Sheet, 9 Tannery Lane, Ostwardby OW3 1RT",
      "You get this because you asked to. Leave any time: ostwardby-dawn.example/leave")
META = dict(date="2042-04-17", pub="The Ostwardby Dawn Sheet", volume=None, issue=None)
emit("g02_email_daily_issue_number_iso_date_contents_no_heading_dashed_after_blank_blocks_beside_list_in_story_trains_table_note_story_ends_on_table_wrapped_caps_title_number_of_day", d, [
    dict(title=G02_S1, authors=["Maelis Okafor-Lindgren"], kind="feature", **META),
    dict(title=G02_S2, authors=[], kind="feature", **META),
    dict(title=G02_S3, authors=["Tobiah Brenninkmeyer-Sowah"], kind="feature", **META)],
    comments=["Open choices: `Issue 412` is the number an email letter prints under its mail header with no volume,",
              "so volume and issue stay empty (README, Numbers); the date is `2042-04-17` under the name; the three",
              "stories sit under no label and the contents (no heading, dashed items after a blank line) list each",
              "by title, so each is a feature; each title is written as the contents print it (sentence case), the",
              "capitals over the story (the third wrapped over two lines) being the same words; the dashed list after",
              "`The investigators' report lists what they found:` is the first story's text, not contents; the",
              "second story's closing table of stages, introduced by its last sentence, is its text; `TRAINS TODAY`",
              "(with its closing note) and `NUMBER OF THE DAY` are recurring blocks, no article and not text; the",
              "contents, greeting, rules, sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# g03: a whole issue of an invented sibling monitor, *Harrowmere Delta Monitor*, printed WITHOUT blank lines (PDF text,
# no indents): the name, `Issue 231  ·  Spring 2042` (an issue number with no volume, a season for a date), the
# publisher's line, then a contents list with NO heading of numbered entries `No. N: Title` (no pages, no sections),
# the third title wrapped over two lines with its second line indented, and the first page, all in one block; three
# pieces under no label: `By retired Rear Admiral NAME`; `By NAME, a former commander of …` (a name in apposition);
# a piece with no byline closed by a signature `NAME, Field Researcher` followed straight by the publisher's notice
# (about, address, rights) as the issue's last lines; running header `HDM 231 | Spring 2042 | page N`, once mangled;
# sidecar `publication:`.
d = Doc(80, hyph=True)
G03_A = "The Reed-Bed Camps: Who Shelters in the Lower Delta"
G03_B = "Patrol Boats, Fuel and the Limits of the River Police"
G03_C = "Salt, Silt and Smuggling on the Eastern Channels of the Harrowmere"

def g03_head(page, mangled=False):
    if mangled:
        return ["\f", f"HDM231|Spring2042{GLYPH}page{page}"]
    return ["\f", f"HDM 231 | Spring 2042 | page {page}"]

d.fur("HARROWMERE DELTA MONITOR", "Issue 231  \u00b7  Spring 2042",
      "A quarterly of the Delta Studies Centre, Port Ansel", f"No. 1: {G03_A}", f"No. 2: {G03_B}",
      "No. 3: Salt, Silt and Smuggling on the Eastern Channels", "       of the Harrowmere", G03_A,
      "By retired Rear Admiral Ingeborg Castellane-Mufasa")
d.para(1, "Between the last dyke and the open sea lie forty square kilometres of reed that no map shows "
       "accurately. Since the floods of 2040 the reed beds have held camps: some of families who lost their "
       "houses on the outer islands, some of men who would rather not be found.")
d.para(1, "The two kinds of camp look alike from a boat. The difference is in what they buy at the landing "
       "stages. Families buy flour and kerosene; the other camps buy outboard fuel in quantities no fisherman "
       "needs, and pay in the old notes the banks stopped taking in 2039.")
d.para(1, "The Centre's count this winter found thirty-one camps, of which six show the second pattern. They "
       "cluster along the Mell channel, which is the quickest water route to the border.",
       brk=(1, g03_head(2)))
d.fur(G03_B, "By Teodor Quayle-Ansah, a former commander of the Port Ansel river police")
d.para(2, "The river police have nine patrol boats and fuel for four. That arithmetic, more than any shortage "
       "of men, explains why the lower delta is patrolled twice a week and the camps are visited only when a "
       "boat happens to be passing.")
d.para(2, "When I commanded the Port Ansel station the fuel allowance was set each spring by the provincial "
       "treasury, which had never been on the water. It still is. The allowance for 2042 is lower than it "
       "was in 2037, while the price of fuel has doubled.", brk=(2, g03_head(3, mangled=True)))
d.para(2, "A boat that cannot leave the quay is not a patrol. The province would gain more from fuel for the "
       "boats it has than from the three new ones it promised in January.")
d.fur(G03_C)
d.para(3, "Salt from the pans at Oster Flats has always gone upriver by barge. This winter some of the barges "
       "have come back heavier than they left, and the customs post at Weir End, which weighs cargo going up "
       "but not coming down, has no way of knowing what the extra weight is.")
d.para(3, "The silting of the eastern channels helps. Only flat-bottomed barges can use them now, the customs "
       "launch draws too much water to follow, and the pilots who know the channels are the same families "
       "who have worked the salt pans for three generations.")
d.fur("Amadou Reinholt-Sithole, Field Researcher",
      "Harrowmere Delta Monitor is published each quarter by the Delta Studies Centre, 14 Weir Street, Port",
      "Ansel PN2 9LD. Views expressed are those of the authors. Copyright \u00a9 2042 Delta Studies Centre; all",
      "rights reserved. Subscriptions and permissions: monitor@deltastudies.example")
META = dict(date="2042-03-01", pub="Harrowmere Delta Monitor", volume=None, issue=231)
emit("g03_sibling_no_blank_lines_issue_number_no_volume_season_date_contents_no_heading_numbered_no_colon_wrapped_retired_rear_admiral_apposition_former_signature_then_notice", d, [
    dict(title=G03_A, authors=["Ingeborg Castellane-Mufasa"], kind="feature", **META),
    dict(title=G03_B, authors=["Teodor Quayle-Ansah"], kind="feature", **META),
    dict(title=G03_C, authors=["Amadou Reinholt-Sithole"], kind="feature", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, numbered",
              "`No. N: Title`) and the first page run on in one block; `Issue 231` is issue 231 with no volume",
              "(volume empty); `Spring 2042` is dated 2042-03-01, the first day of spring's first month (March), as",
              "a month and year alone is dated the first of the month; the pieces sit under no label and the",
              "contents list each by title, so each is a feature; the third title is wrapped over two lines in the",
              "contents and printed on one line over its piece; `retired Rear Admiral` is left out of the name; the",
              "apposition after the second author's name (`, a former commander of ...`) is left out and names no",
              "second author; the third piece has no byline and is signed `NAME, Field Researcher` (role left out,",
              "not text); the publisher's notice after it, the masthead, contents and running headers are",
              "furniture."],
    sidecar="publication: Harrowmere Delta Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# g04: a plain-text weekly email letter, *The Skarran Fell Round* (hard-wrapped at 68, paragraphs apart by blank lines):
# a mail header with no `Date:`, the name over `Week 14, 2042`, `Hello, fell folk.` and one line; after a blank line a
# contents list with NO heading, items numbered `1.`, naming the collection `From the border`, a feature's title
# (wrapped over two lines in the list) and the recurring `Buses over the fell`; `FROM THE BORDER` (a place, no genre)
# over a run of three short pieces: `Our staff in PLACE` (naming nobody), `From NAME in PLACE` (naming a person, a
# byline) and an unsigned piece; the recurring `BUSES OVER THE FELL` schedule with a heading row and a footnote-like
# line `* …`; a feature under its title in capitals, `By NAME`; the sign-off; then, after a blank line, a numbered list
# whose items are never printed as titles (next week's plans: no contents); a foot of three lines; sidecar
# `publication:`.
d = Doc(68)
RULE04 = "_" * 44
G04_B1 = "Snow ploughs reach Lannock after nine days"
G04_B2 = "A flock of ninety ewes found on the wrong side of the wire"
G04_B3 = "New crossing hut opens at Drum Rigg"
G04_F = "Why the fell farms are selling their winter grazing"
d.fur("From: The Skarran Fell Round <round@skarranfell.example>", "To: e.haldane@uplandpost.example",
      "Subject: Snow, a lost flock, and the grazing sales", "", "THE SKARRAN FELL ROUND", "Week 14, 2042", "",
      "Hello, fell folk.", "The pass is open again, just. Here is the week.", "",
      "1. From the border", "2. Why the fell farms are selling their", "   winter grazing",
      "3. Buses over the fell", "", RULE04, "", "FROM THE BORDER", "", G04_B1.upper(),
      "Our staff in Lannock", "")
d.paras(1,
        "The first snow plough reached Lannock on Tuesday, nine days after drifts closed the road below the "
        "pass. The village shop had run out of bread by the Friday and the school had been shut all week.")
d.fur("", G04_B2.upper(), "From Ilsabet Ferreira-Hughes in Drum Rigg", "")
d.paras(2,
        "Ninety ewes belonging to a farm at Drum Rigg spent the storm on the far side of the border fence, "
        "where a drift had buried the wire. Border guards from both sides helped bring them back on Thursday, "
        "with the farmer's dogs doing most of the work.")
d.fur("", G04_B3.upper(), "")
d.paras(3,
        "The new hut at the Drum Rigg crossing opened on Monday, with a stove, a telephone and room for six. "
        "The old one was a shipping container that the border agency admits was colder inside than out.")
d.fur("", RULE04, "", "BUSES OVER THE FELL", "",
      "Route               Mon-Fri          Sat",
      "Skarran - Lannock   07:15  16:40     09:30",
      "Lannock - Skarran   08:05  17:30     12:10",
      "Skarran - Drum Rigg 10:20*           --",
      "* Runs only when the pass is open; ring the depot first.", "", RULE04, "", G04_F.upper(),
      "By Ottoline Marsh-Abiodun", "")
d.paras(4,
        "Eleven farms on the north side of Skarran Fell have sold or let their winter grazing this year, more "
        "than in the previous five years together. The buyers are mostly forestry companies from the lowlands, "
        "who plant the in-bye land with spruce and pay more than sheep will ever earn.",
        "The farmers who sell are not leaving. They keep the house and the summer grazing on the tops, and buy "
        "hay for the winter instead of making it. It is a living, they say, that does not depend on the "
        "weather in June.",
        "What the fell loses is harder to count. A farm without winter ground keeps fewer ewes, needs no "
        "shepherd and sends no children to the school at Lannock, which has eleven pupils and is already on "
        "the county's list.")
d.fur("", RULE04, "", "That's the Round for this week. Mind the ice.", "Ruth and Calum", "",
      "1. The quarry appeal at Lannock", "2. Lambing at Hollin Farm", "3. Your letters about the school", "",
      "The Skarran Fell Round, Old Smithy, Skarran SF4 8NE",
      "round@skarranfell.example", "Stop these emails: skarranfell.example/stop")
META = dict(date="2042-03-31", pub="The Skarran Fell Round", volume=None, issue=None)
emit("g04_email_weekly_week_number_date_contents_no_heading_numbered_after_blank_wrapped_item_from_the_border_run_our_staff_from_name_in_place_unsigned_bus_schedule_footnote_feature_list_never_printed", d, [
    dict(title=G04_B1, authors=[], kind="brief", **META),
    dict(title=G04_B2, authors=["Ilsabet Ferreira-Hughes"], kind="brief", **META),
    dict(title=G04_B3, authors=[], kind="brief", **META),
    dict(title=G04_F, authors=["Ottoline Marsh-Abiodun"], kind="feature", **META)],
    comments=["Open choices: `Week 14, 2042` is dated 2042-03-31, the Monday of ISO week 14, the mail header",
              "printing no date; the letter prints no volume or count, so volume and issue stay empty; `FROM THE",
              "BORDER` names a place, no genre, over a run of short pieces, so each is a brief (the contents list",
              "only the collection's name); their titles are printed in capitals and written here in ordinary",
              "sentence case, as nothing prints them otherwise; `Our staff in Lannock` names nobody (no authors);",
              "`From NAME in Drum Rigg` names a person, the piece's author; the third piece is unsigned; the",
              "feature is listed by title (wrapped over two lines in the list) under no label, so it is a feature,",
              "written as the contents print it; `BUSES OVER THE FELL` (with its `*` line) is a recurring block,",
              "no article and not text; the numbered list after the sign-off names next week's plans, never",
              "printed as titles, so it is furniture, like the contents, greeting, rules, sign-off and foot."],
    sidecar="publication: The Skarran Fell Round")

# ---------------------------------------------------------------------------------------------------------------------
# g05: a whole issue of an invented sibling monitor, *Tarrowen Uplands Monitor*, printed WITHOUT blank lines (PDF text,
# no indents): the name, `Vol. XII, No. 5  —  Spring 2042` (a roman volume, a season for a date), a line naming the
# institute, then a contents list with NO heading: `FIELD REPORTS` (a plural genre) in capitals over two entries
# printing the page first (`p. 2  Title`), `ALONG THE RIDGE` over two more, and the first page, all in one block;
# `FIELD REPORTS` over a run of two: `By ex-Deputy Governor NAME`, and two authors of whom the second carries a former
# rank (`By NAME and former Police Superintendent NAME`); `ALONG THE RIDGE` (a place, no genre) over a run of two short
# pieces: the first under a byline-looking line naming an organisation only (`By the Uplands Monitoring Unit`), the
# second under `From our correspondent, PLACE` and closed by `NAME, Hill Correspondent`; the publisher's notice as the
# issue's last lines; footer `Tarrowen Uplands Monitor :: XII.5 :: N`, once mangled; sidecar `publication:`.
d = Doc(80, hyph=True)
G05_A = "The Shepherds' Militia of the Upper Tarrowen"
G05_B = "Ten Years of the Hill Roads Programme: Who Travels on Them Now"
G05_C = "Mast at Cairn Dubh Burned for the Second Time"
G05_D = "Drovers' Inn Reopens as a Police Post"

def g05_foot(page, mangled=False):
    if mangled:
        return [f"TarrowenUplandsMonitor::XII.5{GLYPH}{page}", "\f"]
    return [f"Tarrowen Uplands Monitor :: XII.5 :: {page}", "\f"]

d.fur("TARROWEN UPLANDS MONITOR", "Vol. XII, No. 5  \u2014  Spring 2042",
      "The Tarrowen Institute for Upland Affairs, Kelbro Bridge", "FIELD REPORTS", f"p. 2  {G05_A}",
      f"p. 4  {G05_B}", "ALONG THE RIDGE", f"p. 6  {G05_C}", f"p. 6  {G05_D}", "FIELD REPORTS", G05_A,
      "By ex-Deputy Governor Wilhelmina Achebe-Carrow")
d.para(1, "Every valley of the upper Tarrowen now has men who call themselves its guard. They began two winters "
       "ago as shepherds taking turns to watch the folds against rustlers; they now stop cars on the valley "
       "roads and ask drivers their business.")
d.para(1, "When I was deputy governor the province tolerated such groups because it could not police the hills "
       "itself. That excuse has worn thin. The guards of Glen Aulder carry rifles that no shepherd needs, and last "
       "month they turned back a district nurse.", brk=(2, g05_foot(2)))
d.para(1, "The province has two choices: to enrol the guards as special constables, with the training and the "
       "discipline that brings, or to disarm them. Doing neither is a choice too, and the worst of the three.")
d.fur(*g05_foot(3), G05_B, "By Galina Osei-Brandt and former Police Superintendent Matthias Krol-Adebayo")
d.para(2, "The hill roads programme paved 340 kilometres of track between 2031 and 2041 so that the upland "
       "farms could get their lambs to market. The farms have used them. So have others.")
d.para(2, "Police counts at the Aulder crossroads, which we were given for this report, show lorries at night "
       "outnumbering those by day since 2038. Few of them carry lambs.", brk=(1, g05_foot(4, mangled=True)))
d.para(2, "Roads cannot be unbuilt. They can be watched, and a camera at each of the programme's eleven "
       "junctions would cost less than a single kilometre of the tarmac.")
d.fur(*g05_foot(5), "ALONG THE RIDGE", G05_C, "By the Uplands Monitoring Unit")
d.para(3, "The telephone mast at Cairn Dubh was set alight on April 3, seven months after it was first burned "
       "and rebuilt. The valleys on either side have no mobile signal until it is repaired.")
d.fur(G05_D, "From our correspondent, Glen Aulder")
d.para(4, "The Drovers' Inn at Glen Aulder, shut since 2039, has reopened as a police post with four officers. The "
       "bar is now the front office; the landlord's old sign still hangs over the door.")
d.fur("Morag Delacroix-Amin, Hill Correspondent",
      "About the Monitor: the Tarrowen Uplands Monitor is published four times a year by the Tarrowen Institute",
      "for Upland Affairs, 3 Bridge End, Kelbro Bridge KB1 4TU. Opinions are the authors' alone.",
      "\u00a9 2042 Tarrowen Institute for Upland Affairs. Reproduction only with written permission.")
META = dict(date="2042-03-01", pub="Tarrowen Uplands Monitor", volume=12, issue=5)
emit("g05_sibling_no_blank_lines_roman_vol_no_season_contents_no_heading_caps_sections_over_several_p_page_field_reports_ex_deputy_governor_two_authors_former_superintendent_along_ridge_org_byline_correspondent_signature_notice", d, [
    dict(title=G05_A, authors=["Wilhelmina Achebe-Carrow"], kind="field report", **META),
    dict(title=G05_B, authors=["Galina Osei-Brandt", "Matthias Krol-Adebayo"], kind="field report", **META),
    dict(title=G05_C, authors=[], kind="brief", **META),
    dict(title=G05_D, authors=["Morag Delacroix-Amin"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, opening on",
              "the section name `FIELD REPORTS`) and the first page run on in one block; `Vol. XII, No. 5` is",
              "volume 12, issue 5; `Spring 2042` is dated 2042-03-01 (the first day of spring's first month);",
              "`FIELD REPORTS` over a run of two names each a field report (singular); `ex-Deputy Governor` and",
              "`former Police Superintendent` are left out of the names; `ALONG THE RIDGE` names a place, no genre,",
              "over a run of short pieces, so each is a brief; `By the Uplands Monitoring Unit` names an",
              "organisation, no person, so that piece has no authors; the last piece is under `From our",
              "correspondent, Glen Aulder` (naming nobody) and signed `NAME, Hill Correspondent`, so its author is the",
              "signature's name (role left out, not text); the publisher's notice after it, the masthead, contents",
              "and running footers are furniture."],
    sidecar="publication: Tarrowen Uplands Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# g06: a plain-text daily email letter, *The Porthvennor Early Edition* (hard-wrapped at 64, paragraphs apart by blank
# lines): a mail header with its `Date:`, the name over `Tuesday 13 May 2042`, `Morning, Porthvennor.`; after a blank line
# a contents list with NO heading, items marked `•`, naming three stories (printed later in capitals, the second
# wrapped over two lines there) beside the recurring `Council diary` and `In their words`; three stories under no label:
# the first `By NAME`, ending on a short table of figures it discusses (text); then the recurring `COUNCIL DIARY`
# schedule under a heading row with a footnote-like line `† …`; the second unsigned, holding a bulleted list of points
# after a sentence (text), signed `NAME, Health Reporter` and followed straight by the recurring `IN THEIR WORDS` (a
# quotation and its attribution); the third `By NAME`; a sign-off; a foot of three lines; no sidecar.
d = Doc(64)
RULE06 = ("\u2022 " * 20).rstrip()
G06_S1 = "Porthvennor's lifeboat launches hit a ten-year high"
G06_S2 = "Walk-in clinic at the old fish hall will open three evenings a week"
G06_S3 = "Cliff path at Treskellow to close for a month"
d.fur("From: The Porthvennor Early Edition <early@porthvennor-edition.example>",
      "To: s.rosewarne@cornmail.example", "Date: Tue, 13 May 2042 06:10:33 +0100",
      "Subject: Lifeboat, clinic, cliff path", "", "THE PORTHVENNOR EARLY EDITION", "Tuesday 13 May 2042", "",
      "Morning, Porthvennor.", "", f"\u2022 {G06_S1}", "\u2022 Council diary", f"\u2022 {G06_S2}",
      f"\u2022 {G06_S3}", "\u2022 In their words", "", RULE06, "", G06_S1.upper(), "By Jory Pengelly-Anand", "")
d.paras(1,
        "The Porthvennor lifeboat was called out 61 times last year, more than in any year since 2032, according "
        "to the station's annual return published on Monday.",
        "Most of the extra launches were to paddle boards and small inflatables blown offshore, which the crew "
        "put down to the warmer summers and the cheap boards sold at the petrol station. The return gives the "
        "figures for the last three years:")
d.add()
d.web(1, "Year   Launches   People helped", "2039   38         44", "2040   47         59",
      "2041   61         83")
d.fur("", RULE06, "", "COUNCIL DIARY", "", "Day    Time   Meeting                     Where",
      "Tue    18:30  Harbour committee           Guildhall",
      "Wed    10:00  Planning (Treskellow path)\u2020   Guildhall",
      "Thu    19:00  Parish forum                St Elwen's hall",
      "\u2020 Public gallery open; bring photo ID.", "", RULE06, "",
      "WALK-IN CLINIC AT THE OLD FISH HALL WILL OPEN THREE", "EVENINGS A WEEK", "")
d.paras(2,
        "The health board will open a walk-in clinic in the old fish hall on the quay from June, on Monday, "
        "Wednesday and Friday evenings between six and nine.",
        "The board says the clinic is meant for three groups of patients:")
d.add()
d.web(2, "\u2022 fishermen and shift workers who cannot reach the surgery by day",
      "\u2022 visitors who are not registered with a local doctor",
      "\u2022 anyone with a minor injury who would otherwise drive to Carnellis")
d.add()
d.paras(2, "The surgery on Chapel Street, which has been closed to new patients since January, welcomed the "
        "plan but said it would not staff the clinic.")
d.add()
d.fur("Demelza Achterberg-Okoye, Health Reporter", "IN THEIR WORDS", "",
      "\"We launch for anyone. We would just rather launch for fewer.\"",
      "    Coxswain Piran Treloar-Mbatha, Porthvennor lifeboat", "", RULE06, "", G06_S3.upper(),
      "By Kitto Vasquez-Rowe", "")
d.paras(3,
        "The coast path between Treskellow and the harbour will close from Monday for a month while the council "
        "rebuilds a stretch that slipped in the March storms. Walkers will be sent inland along the lane past "
        "the chapel, which adds about a kilometre.")
d.fur("", RULE06, "", "That's today. Same time tomorrow.", "Loveday, Jory and Sam", "",
      "The Porthvennor Early Edition, 2 Quay Street, Porthvennor PV9 1PB",
      "\u00a9 2041\u20132042 Porthvennor Edition Ltd",
      "Change how often you hear from us, or stop: porthvennor-edition.example/me")
META = dict(date="2042-05-13", pub="The Porthvennor Early Edition", volume=None, issue=None)
emit("g06_email_daily_contents_no_heading_bulleted_after_blank_blocks_beside_story_ends_on_table_council_diary_footnote_bulleted_list_in_story_comma_role_then_quotation_wrapped_caps_title", d, [
    dict(title=G06_S1, authors=["Jory Pengelly-Anand"], kind="feature", **META),
    dict(title=G06_S2, authors=["Demelza Achterberg-Okoye"], kind="feature", **META),
    dict(title=G06_S3, authors=["Kitto Vasquez-Rowe"], kind="feature", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; the three stories",
              "sit under no label and the contents (no heading, bulleted items after a blank line) list each by",
              "title, so each is a feature, written as the contents print it (the capitals over the second story",
              "wrapped over two lines); the first story's closing table of launches, introduced by its last",
              "sentence, is its text; the bulleted list after `... three groups of patients:` is the second story's",
              "text, not contents; the second story is signed `NAME, Health Reporter` (role left out, not text);",
              "`COUNCIL DIARY` (with its `\u2020` line) and `IN THEIR WORDS` (a quotation and its attribution) are",
              "recurring blocks, no article and not text; the contents, greeting, rules, sign-off, first names and",
              "foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# g07: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents): the publisher's line over
# the name, `Vol. XL, No. 9` (a roman volume) and `Tuesday, 6 May 2042`, then a contents list with NO heading: the
# section name `PERSPECTIVE` in capitals over one entry and `BRIEFINGS` over two, entries numbered in order with an en
# dash (`1 – Title`, no pages), the first title wrapped over two lines, and the first page, all in one block;
# `PERSPECTIVE` over `By NAME, a former deputy director of …,` (a name in apposition); `BRIEFINGS`
# (plural) over a run of two: a piece with no byline whose first sentence opens `Former officials say`, closed by
# `NAME / Research Associate` with the next title straight after it, and `By ex-Deputy Governor NAME`; the publisher's
# notice as the issue's last lines; running header `TM  Vol. XL, No. 9  |  6 May 2042  |  N`, once mangled; sidecar
# `publication:`.
d = Doc(80, hyph=True)
G07_P = "Why the Kestrel Border Agency Stopped Counting the Crossings It Cannot See"
G07_B1 = "Arms Caches Found in Two Quarries Near Holt Varran"
G07_B2 = "The Governor's Amnesty in the Eastern Marches, Six Months On"

def g07_head(page, mangled=False):
    if mangled:
        return ["\f", f"TMVol.XL,No.9|6May2042{GLYPH}{page}"]
    return ["\f", f"TM  Vol. XL, No. 9  |  6 May 2042  |  {page}"]

d.fur("THE OSTRANDER FOUNDATION", "TERRORISM MONITOR", "Vol. XL, No. 9", "Tuesday, 6 May 2042", "PERSPECTIVE",
      "1 \u2013 Why the Kestrel Border Agency Stopped Counting the Crossings", "    It Cannot See", "BRIEFINGS",
      f"2 \u2013 {G07_B1}", f"3 \u2013 {G07_B2}", "PERSPECTIVE", G07_P,
      "By Anneliese Varga-Mensah, a former deputy director of the Kestrel Border Agency")
d.para(1, "Until 2039 the Kestrel Border Agency published, every quarter, its estimate of the crossings made "
       "between the official posts. The figure was never precise, but it was watched, and ministers were "
       "asked about it in the assembly.")
d.para(1, "The estimate was dropped when the agency's thermal cameras were moved to the northern sector. Without "
       "them the agency could count only what it caught, and a count of arrests, published as a count of "
       "crossings, would have flattered it.", brk=(2, g07_head(2)))
d.para(1, "That was an honest decision, and a costly one. A border that nobody measures is a border nobody is "
       "blamed for, and the southern sector has had no new camera, post or patrol since.")
d.para(1, "The agency should publish the gap it cannot see, as a range, with its reasons. A wide range is an "
       "argument for cameras; no figure at all is an argument for nothing.")
d.fur(*g07_head(3), "BRIEFINGS", G07_B1)
d.para(2, "Former officials say the caches found at two disused quarries near Holt Varran on April 22 had been "
       "there since the truce of 2038. The army, which found them after a tip from a quarryman, counted "
       "forty rifles, a mortar tube and grease-wrapped ammunition in sealed drums.")
d.para(2, "Nobody has claimed them. The quarries belonged to a company dissolved in 2037 whose directors "
       "cannot be found.")
d.fur("Jonah Ekwueme-Strand / Research Associate", G07_B2, "By ex-Deputy Governor Henrike Osei-Lindqvist")
d.para(3, "In November the governor of the Eastern Marches offered an amnesty to any fighter who handed in a "
       "weapon before the end of April. Two hundred and twelve men came forward, most of them older than the "
       "province expected, and most from the hill districts.", brk=(2, g07_head(4, mangled=True)))
d.para(3, "The amnesty's weakness was what came after it. The men were given a certificate and a bus fare home, "
       "and nothing else; by March a dozen had been arrested again.")
d.fur("The Terrorism Monitor is a publication of the Ostrander Foundation, 1180 Calloway Avenue, Suite 400,",
      "Brennard, DC 20544. It appears twice a month. The opinions in it belong to the authors.",
      "Copyright \u00a9 2042 The Ostrander Foundation. All rights reserved.")
META = dict(date="2042-05-06", pub=TM, volume=40, issue=9)
emit("g07_tm_issue_no_blank_lines_publisher_over_name_roman_vol_no_contents_no_heading_caps_sections_numbered_en_dash_wrapped_perspective_apposition_briefings_former_officials_say_slash_role_then_title_ex_deputy_governor_notice", d, [
    dict(title=G07_P, authors=["Anneliese Varga-Mensah"], kind="perspective", **META),
    dict(title=G07_B1, authors=["Jonah Ekwueme-Strand"], kind="briefing", **META),
    dict(title=G07_B2, authors=["Henrike Osei-Lindqvist"], kind="briefing", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, opening on",
              "the section name `PERSPECTIVE`) and the first page run on in one block; `Vol. XL, No. 9` is volume",
              "40, issue 9; the first title is wrapped over two lines in the contents and printed on one line over",
              "its piece; `PERSPECTIVE` is a singular label over one piece and names it (perspective); the",
              "apposition after the author's name (`, a former deputy director of ...`) is left out; `BRIEFINGS`",
              "over a run of two names each a briefing (singular); the first briefing's first sentence `Former",
              "officials say ...` is text, no byline, and its author is the signature `NAME / Research Associate`",
              "under it (role left out, not text); `ex-Deputy Governor` is left out of the second's name; the",
              "publisher's notice closing the issue, the masthead, contents and running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# g08: a plain-text daily email letter, *The Skerrow Tideline* (hard-wrapped at 70, paragraphs apart by blank lines): a
# mail header with its `Date:`, the name over `Fri 12 Sep 2042`, `Good morning from the harbour.`; after a blank line
# a list of standing notices marked `o ` that are never printed later (no contents), then after another blank line the
# contents with NO heading, items marked `o `, naming three stories beside the recurring `Tides at Skerrow` and
# `Today's figure` (printed later in capitals); the first story `By retired Rear Admiral NAME`; the recurring `TIDES AT
# SKERROW` table closed by one short note; the second story unsigned; the third `By Lt. Col. (ret.) NAME` with a
# subheading in its text; the recurring `TODAY'S FIGURE` (a number and a line); a sign-off; a foot of two lines; no
# sidecar.
d = Doc(70)
RULE08 = "=" * 40
G08_S1 = "The navy's last frigate leaves Skerrow for good"
G08_S2 = "Harbour master warns of drifting nets off Gull Head"
G08_S3 = "What the old barracks could become"
d.fur("From: The Skerrow Tideline <tideline@skerrow.example>", "To: a.mcphail@northpost.example",
      "Date: Fri, 12 Sep 2042 06:00:21 +0100", "Subject: Frigate, nets, the barracks", "",
      "THE SKERROW TIDELINE", "Fri 12 Sep 2042", "", "Good morning from the harbour.", "",
      "o Reply to this email to reach the desk", "o Forwarded this? Sign up at skerrow.example/join", "",
      f"o {G08_S1}", "o Tides at Skerrow", f"o {G08_S2}", f"o {G08_S3}", "o Today's figure", "",
      RULE08, "", G08_S1.upper(), "By retired Rear Admiral Fenella Ogunbiyi-Strachan", "")
d.paras(1,
        "HMS Corrin sails from Skerrow this morning for the last time. When she clears the boom, the harbour "
        "that has based a navy squadron since 1911 will have no warship of its own.",
        "I commanded the squadron for three years, and I will be on the pier head with everyone else. The "
        "decision to move the last frigate south was made for good reasons of cost and training. What the "
        "town makes of the empty berths is now its own business, and that is no bad thing.")
d.fur("", RULE08, "", "TIDES AT SKERROW", "", "High water   04:12  4.6 m      16:38  4.8 m",
      "Low water    10:27  0.9 m      22:51  0.7 m", "Times local; heights above chart datum.", "",
      RULE08, "", G08_S2.upper(), "")
d.paras(2,
        "The harbour master has warned boat owners of a tangle of drifting nets about two miles off Gull Head, "
        "lost by a trawler in Tuesday's gale. Two yachts have already fouled their propellers on it.",
        "The coastguard expects the nets to come ashore on the Gull Head beaches over the weekend and asks "
        "walkers not to try to drag them clear.")
d.fur("", RULE08, "", G08_S3.upper(), "By Lt. Col. (ret.) Magnus Adeyinka-Forsyth", "")
d.paras(3,
        "With the squadron gone, the Ministry of Defence will sell the Harbour Road barracks next year. The "
        "town council has until December to say what it wants there.",
        "Three ideas so far",
        "A housing association wants the two accommodation blocks for flats. The college wants the drill hall "
        "for its boatbuilding course. And a group of former sailors would like the old guardroom as a museum "
        "of the squadron, which may be the cheapest of the three and the most popular.")
d.fur("", RULE08, "", "TODAY'S FIGURE", "", "131", "years of a navy squadron at Skerrow, ending this morning.",
      "", RULE08, "", "That's the Tideline. Wave her off if you can.", "Isla, Dougie and Ros", "",
      "The Skerrow Tideline, Pier Buildings, Skerrow ZS15 3XT",
      "Unsubscribe: skerrow.example/leave")
META = dict(date="2042-09-12", pub="The Skerrow Tideline", volume=None, issue=None)
emit("g08_email_daily_notices_list_never_printed_then_contents_no_heading_o_items_blocks_beside_retired_rear_admiral_tides_table_note_unsigned_lt_col_ret_subheading_todays_figure", d, [
    dict(title=G08_S1, authors=["Fenella Ogunbiyi-Strachan"], kind="feature", **META),
    dict(title=G08_S2, authors=[], kind="feature", **META),
    dict(title=G08_S3, authors=["Magnus Adeyinka-Forsyth"], kind="feature", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; the first list",
              "(`o Reply to ...`, `o Forwarded this? ...`) holds standing notices never printed as titles, so it is",
              "furniture, not contents; the second list (no heading, after a blank line) is the contents, naming",
              "the three stories under no label, so each is a feature, written as the contents print it (sentence",
              "case; capitals over the story); `retired Rear Admiral` and `Lt. Col. (ret.)` are left out of the",
              "names; the third story's subheading `Three ideas so far` is its text; `TIDES AT SKERROW` (with its",
              "closing note) and `TODAY'S FIGURE` are recurring blocks, no article and not text; the greeting, rules,",
              "sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# g09: a whole issue of an invented sibling monitor, *Corvale Frontier Monitor* (PDF text, paragraphs apart by blank
# lines): the name over `No. 26/2042` (a number within the year, no volume) and `Week 27, 2042`; a contents list with
# NO heading of entries printing the page first in brackets (`[2]  Title`), listing all three pieces, no sections;
# `VIEWPOINT` over two authors of whom the first carries a former office (`By former Ambassador NAME and NAME`);
# `ALONG THE WIRE` (a place, no genre) over a run of two short pieces: `From NAME in PLACE` (naming a person, a
# byline), and a byline-looking line naming an organisation only (`By staff of the …`); running header `Corvale
# Frontier Monitor · No. 26/2042 · N`, once mangled; a closing line about the publisher; no sidecar.
d = Doc(78, hyph=True)
G09_V = "A Fence Is Not a Policy: The Corvale Line After the Ceasefire"
G09_W1 = "Shepherds Allowed Back to the Summer Pastures at Corvale Gap"
G09_W2 = "Mine Clearance Reaches the Old Customs Road"

def g09_head(page, mangled=False):
    if mangled:
        return ["\f", f"CorvaleFrontierMonitor\u00b7No.26/2042{GLYPH}{page}", ""]
    return ["\f", f"Corvale Frontier Monitor \u00b7 No. 26/2042 \u00b7 {page}", ""]

d.fur("CORVALE FRONTIER MONITOR", "No. 26/2042", "Week 27, 2042", "", f"[2]  {G09_V}", f"[5]  {G09_W1}",
      f"[5]  {G09_W2}", "", *g09_head(2), "VIEWPOINT", "", G09_V, "",
      "By former Ambassador Ruth Adeyemi-Sorensen and Piotr Valdez-Okoro", "")
d.para(1, "Eighteen months after the ceasefire, the Corvale line is the best-built fence in the region: "
       "ninety kilometres of mesh, two rows of wire and a patrol road between them. It has stopped the raids "
       "it was built to stop. It has also cut forty villages off from the fields, wells and graves on the "
       "other side.")
d.add()
d.para(1, "A fence answers the question of who may cross. It does not answer the questions that started the "
       "war: who owns the summer pastures, who may use the Tash wells, and who will pay for the houses burned "
       "in 2039. Those questions are still open, and the fence makes them harder to ask.")
d.add()
d.para(1, "We propose three gates, opened on fixed days, each staffed by both sides' police and a monitor from "
       "the ceasefire commission. Nine months of such gates would tell both governments more about the "
       "frontier than nine years of patrols.", brk=(2, g09_head(3, mangled=True)))
d.fur("", *g09_head(5), "ALONG THE WIRE", "", G09_W1, "", "From Dagny Olawale in Corvale Gap", "")
d.para(2, "For the first time since the war, shepherds from the villages below Corvale Gap took their flocks "
       "through the wire on June 24 to the pastures on the far slope. Each shepherd carries a pass that must "
       "be shown at the gate on the way out and again on the way back.")
d.add()
d.fur(G09_W2, "", "By staff of the Corvale Frontier Institute", "")
d.para(3, "Clearance teams working west from Tash reached the old customs road this week and have declared the "
       "first six kilometres safe. The road, closed since 2038, is the shortest route between the two market "
       "towns of the valley.")
d.fur("", "Corvale Frontier Monitor is written and published weekly by the Corvale Frontier Institute.",
      "Write to the editors at monitor@corvale-institute.example.")
META = dict(date="2042-06-30", pub="Corvale Frontier Monitor", volume=None, issue=26)
emit("g09_sibling_number_slash_year_week_date_contents_no_heading_bracket_page_first_viewpoint_former_ambassador_two_authors_along_wire_from_name_in_place_org_byline", d, [
    dict(title=G09_V, authors=["Ruth Adeyemi-Sorensen", "Piotr Valdez-Okoro"], kind="viewpoint", **META),
    dict(title=G09_W1, authors=["Dagny Olawale"], kind="brief", **META),
    dict(title=G09_W2, authors=[], kind="brief", **META)],
    comments=["Open choices: `No. 26/2042` is issue 26 of the year, no volume (the year is not a volume, so volume",
              "is empty); `Week 27, 2042` is dated 2042-06-30, the Monday of ISO week 27; `VIEWPOINT` is a",
              "singular label over one piece and names it (viewpoint); `former Ambassador` is left out of the first",
              "name, and the second name after `and` is an author too; `ALONG THE WIRE` names a place, no genre,",
              "over a run of short pieces, so each is a brief; `From NAME in Corvale Gap` names a person, the",
              "piece's author; `By staff of the Corvale Frontier Institute` names an organisation, no person, so",
              "that piece has no authors; the masthead, contents, running headers and the closing lines about the",
              "publisher are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# g10: a plain-text weekly email letter, *The Aldersett Weekender* (hard-wrapped at 66, paragraphs apart by blank
# lines): a mail header with its `Date:`, the name over `No. 17/2042 · Saturday 26 April 2042` (a number under the mail
# header, no volume), `Hello, Aldersett.`; after a blank line a contents list with NO heading, items numbered `1)`,
# naming a story, the first piece of a run (not the run's label), another story and the recurring `Said this week`
# (titles printed later in capitals, the last story's wrapped there); a story under no label, unsigned, ending on a
# short table of prices it discusses (text); `ACROSS THE VALLEY` (a topic, no genre) over a run of two short pieces:
# the listed first under `From our correspondent, PLACE` (naming nobody), the second (not listed) under `Our staff in
# PLACE` (naming nobody); a story `By NAME` ending on a quotation of a named person (text); the recurring `SAID THIS
# WEEK` (a quotation and its attribution); a sign-off and a foot of three lines; no sidecar.
d = Doc(66)
RULE10 = "+" + "-" * 40 + "+"
G10_S1 = "Aldersett's coal merchant is the last in the valley"
G10_C1 = "Eskby bridge weight limit cut to seven tonnes"
G10_C2 = "Marrow Bridge chapel sold to the climbing club"
G10_S2 = "The mill that became a school, and the school that may become a mill again"
d.fur("From: The Aldersett Weekender <weekender@aldersett.example>", "To: b.oyston@daleswire.example",
      "Date: Sat, 26 Apr 2042 07:30:00 +0100", "Subject: Coal, a bridge, a chapel, the old mill", "",
      "THE ALDERSETT WEEKENDER", "No. 17/2042 \u00b7 Saturday 26 April 2042", "", "Hello, Aldersett.", "",
      f"1) {G10_S1}", f"2) {G10_C1}", f"3) {G10_S2}", "4) Said this week", "", RULE10, "", G10_S1.upper(), "")
d.paras(1,
        "When Hargreaves and Daughters closed their yard at Eskby in March, the coal lorry from Aldersett "
        "became the only one left in the valley. Malcolm Sutcliffe-Obeng, who drives it, delivers to 140 "
        "houses, most of them farms at the top of the dale with no gas main.",
        "He has had to raise his prices twice this year. The merchant's own list shows how far:")
d.add()
d.web(1, "                 January   April", "Cobbles, 25 kg    14.80     16.90",
      "Nuts, 25 kg       15.20     17.40", "Kindling, bag      3.50      3.90")
d.fur("", RULE10, "", "ACROSS THE VALLEY", "", G10_C1.upper(), "From our correspondent, Eskby", "")
d.paras(2,
        "The county has cut the weight limit on the Eskby bridge from eighteen tonnes to seven after an "
        "inspection found cracks in two of its arches. Lorries to the quarry must now go round by Hollenby, "
        "which adds twenty minutes each way.")
d.fur("", G10_C2.upper(), "Our staff in Marrow Bridge", "")
d.paras(3,
        "The Methodist chapel at Marrow Bridge, empty since 2039, has been sold to the Aldersett climbing club, "
        "which plans an indoor wall in the nave. The pews go to the church at Hollenby.")
d.fur("", RULE10, "", "THE MILL THAT BECAME A SCHOOL, AND THE SCHOOL THAT MAY", "BECOME A MILL AGAIN",
      "By Philippa Ackroyd-Nakamura", "")
d.paras(4,
        "Aldersett's primary school has been in the old worsted mill since 1974. The county now wants to move "
        "the children to a new building at Hollenby and sell the mill, and a company that makes woollen cloth for "
        "tailors has said it would like to spin in it again.",
        "Parents are divided. The new school would be warm and dry; the old one is a five-minute walk for most "
        "of the village. At Thursday's meeting the argument went on for two hours.",
        "\"The mill has outlived three industries,\" said Agnes Holroyd-Mensah, who chairs the governors. "
        "\"It can outlive a fourth, but I would rather it kept the children.\"")
d.fur("", RULE10, "", "SAID THIS WEEK", "", "\"A bridge that carries seven tonnes is a footbridge with ideas.\"",
      "  - Dennis Whitworth-Ayodele, haulier, Hollenby", "", RULE10, "",
      "That's your Weekender. Enjoy the dry spell while it lasts.", "Meg and Tobias", "",
      "The Aldersett Weekender, 4 Mill Fold, Aldersett AS7 5QA",
      "Copyright 2042 Aldersett Weekender", "To stop receiving the Weekender: aldersett.example/unsubscribe")
META = dict(date="2042-04-26", pub="The Aldersett Weekender", volume=None, issue=None)
emit("g10_email_weekly_number_slash_year_date_contents_no_heading_numbered_paren_story_ends_on_prices_table_across_valley_run_first_listed_correspondent_our_staff_quote_at_end_said_this_week", d, [
    dict(title=G10_S1, authors=[], kind="feature", **META),
    dict(title=G10_C1, authors=[], kind="brief", **META),
    dict(title=G10_C2, authors=[], kind="brief", **META),
    dict(title=G10_S2, authors=["Philippa Ackroyd-Nakamura"], kind="feature", **META)],
    comments=["Open choices: `No. 17/2042` is the number an email letter prints under its mail header with no volume,",
              "so volume and issue stay empty (README, Numbers); the first and last stories sit under no label and",
              "the contents (no heading, items `1)` after a blank line) list each by title, so each is a feature,",
              "written as the contents print it; the first story's closing table of prices, introduced by its",
              "last sentence, is its text; `ACROSS THE VALLEY` names a topic, no genre, over a run of short",
              "pieces, so each is a brief (the contents list only the first, by title; the second's title, printed",
              "only in capitals, is written in sentence case); `From our correspondent, Eskby` and `Our staff in",
              "Marrow Bridge` name nobody, so neither piece has authors; the last story's closing quotation of a",
              "named person is its text; `SAID THIS WEEK` (a quotation and its attribution) is a recurring block,",
              "no article and not text; the contents, greeting, rules, sign-off, first names and foot are",
              "furniture."])
