"""issues44-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated February - October 2041): three whole Terrorism
Monitor issues as PDF text (i01 printed without blank lines between paragraphs, i03, i08), two whole issues of invented
sibling monitors (i05 printed without blank lines, i06), four plain-text email letters (i02 and i07 dailies with
recurring blocks, i04 and i10 weeklies with contents nested under group names) and a research centre's email carrying
a whole issue of a sibling monitor (i09).
The weight is on run-on issues (masthead, contents and first page in one block), contents whose entries carry a
section name, nested email contents, recurring blocks, bylines with ranks, retirement notes, titles of nobility and
clergy and notes in brackets, section labels over runs, bios and signatures, running lines and note markers.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues43-new/gen.py (from issues39-new on), copied unchanged.
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
# i01: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents; a paragraph ends where a line
# stops short): the masthead, a contents list with NO heading (section names in capitals on lines of their own over
# page-first entries, one wrapped over two lines) and the first page run on in one block; `ASSESSMENTS` (plural) over a
# run of two: `By Wing Commander NAME (Retd)` (the retirement note after the name), a subheading in the text, `{n}`
# markers under a capitals `NOTES` heading (one entry wrapped) and a bio opened by an asterisk; `By former Police
# Commissioner NAME`, a paragraph opening `By the time` and a quoted `NAME, Clerk of the Court, PLACE` line (both text),
# her bio straight under the text with no label BEFORE the notes; `LOOSE THREADS` (a collection label) over three
# short pieces: unsigned, signed `NAME / Staff Correspondent`, signed `NAME, Field Officer, Carwen Liaison Office`;
# running header `Terrorism Monitor  ::  Volume 39, Issue 3  ::  p. N`, once mangled between the halves of a sentence;
# sidecar `publication:`.
d = Doc(78, hyph=True)
I01_A1 = "The Salt Road Reopens: Smuggling Across the Orvell Flats at Low Tide"
I01_A2 = "Why the Kessendorf Trial Collapsed, and What Prosecutors Should Take From It"
I01_B1 = "Ferry Ticket Office at Dunmere Burned"
I01_B2 = "Checkpoint Guards Rotated After Bribery Complaint"
I01_B3 = "Liaison Office Reopens in Carwen"

def i01_head(page, mangled=False):
    if mangled:
        return ["\f", f"TerrorismMonitor::Volume39,Issue3{GLYPH}::p.{page}"]
    return ["\f", f"Terrorism Monitor  ::  Volume 39, Issue 3  ::  p. {page}"]

d.fur("TERRORISM MONITOR", "Analysis of insurgency and political violence from the Tessaly Foundation",
      "Volume 39 (2041) \u00b7 Issue 3 \u00b7 Thursday 14 February 2041", "ASSESSMENTS",
      f"1  {I01_A1}", "3  Why the Kessendorf Trial Collapsed, and What Prosecutors Should", "   Take From It",
      "LOOSE THREADS", f"5  {I01_B1}", f"5  {I01_B2}", f"5  {I01_B3}",
      "ASSESSMENTS", I01_A1, "By Wing Commander Idris Pemberton-Achebe (Retd)")
d.para(1, "At low water the Orvell flats stretch eleven kilometres from the sea wall at Hesketh to the channel "
       "buoys, and for six hours a day a man who knows the ground can walk across them with a load on his back. "
       "For most of the last decade nobody did: the coastguard's shore radar, installed in 2031, saw every "
       "figure on the sand.{1}")
d.para(1, "The radar failed in October and has not been repaired. Since then the coastguard has logged "
       "forty-seven crossings that its officers could see from the sea wall with binoculars, and it assumes "
       "that there were many more they could not see at all.{2}", brk=(2, i01_head(2, mangled=True)))
d.add("What the walkers carry", 1)
d.para(1, "The loads seized so far are small: cigarettes, cartridges, a few hundred grams of explosive packed "
       "in a fishing creel. By themselves they matter little. What matters is that the route works, and that "
       "the men who run it are learning how long the coastguard takes to arrive.{3}")
d.para(1, "By the spring the flats will lie dry for longer each day, and the crossings will grow. A repaired "
       "radar costs less than a single patrol boat; it should be the ministry's first purchase of the year.")
d.fur("NOTES")
for t in ["{1} Orvell Coastguard, annual report for 2031, the section on shore surveillance, with the radar's "
          "stated range over the flats at low water.",
          "{2} Coastguard sea wall log, Hesketh station, October 2040 to January 2041.",
          "{3} Seizure records of the Hesketh customs post, 2040."]:
    d.para(1, t)
d.bio("*Idris Pemberton-Achebe flew maritime patrols over the Orvell coast for twenty-two years and now advises "
      "the Tessaly Foundation on coastal security.")
d.fur(*i01_head(3), I01_A2, "By former Police Commissioner Saoirse Ndiaye-Brandt")
d.para(2, "The trial of the four men accused of the Kessendorf market bombing lasted nineteen weeks and ended in "
       "an afternoon. On the morning of January 20 the prosecution's principal witness told the court that he "
       "could no longer be sure of anything in his statement, and by the afternoon the judge had directed the "
       "jury to acquit.{1}")
d.para(2, "By the time the jury was sent out, the case had already been lost somewhere else.")
d.para(2, "The witness had been held in protective custody for fourteen months, in a police flat two streets "
       "from the homes of the accused men's families. Everybody in Kessendorf knew where the flat was. The "
       "court's order moving him, when it finally came, was signed as such orders are:",
       brk=(2, i01_head(4)))
d.add("Rainer Olt, Clerk of the Court, Kessendorf Assizes", 2)
d.para(2, "It came eleven days after he had changed his story. Prosecutors elsewhere should take three lessons. "
       "Keep a witness far from home. Take his evidence on film early, under oath, while he still wants to "
       "give it. And charge the men who carry the messages as readily as the men who plant the bomb.{2}")
d.bio("Saoirse Ndiaye-Brandt was police commissioner of Kessendorf from 2030 to 2037 and now lectures on "
      "criminal evidence at the University of Varn.")
d.fur("NOTES")
for t in ["{1} Kessendorf Assizes, transcript of proceedings for 20 January 2041, the witness's evidence at "
          "pages 4 to 11 and the judge's direction to the jury.",
          "{2} The author's interviews with prosecutors in Kessendorf and Varn, January 2041."]:
    d.para(2, t)
d.fur(*i01_head(5), "LOOSE THREADS", I01_B1)
d.para(3, "The ticket office of the Dunmere ferry was burned out in the early hours of February 9. The ferry "
       "company, which had received two letters demanding money since Christmas, now sells its tickets from a "
       "caravan on the quay.")
d.fur(I01_B2)
d.para(4, "Eleven guards at the Hollin Gap checkpoint were moved to other posts on February 11 after lorry "
       "drivers complained that a fee was being charged for a stamp that costs nothing. The border agency says "
       "an inquiry has begun.")
d.para(4, "Drivers say the fee has been collected at the gap for as long as any of them can remember.")
d.fur("Ambrose Kettering-Osei / Staff Correspondent", I01_B3)
d.para(5, "The liaison office that links the Carwen district council with the army garrison reopened on "
       "February 12, eight months after it closed when its building was damaged by a car bomb. It now "
       "occupies two rooms on the first floor of the district library.")
d.fur("Wilhelmina Dar-Sorensen, Field Officer, Carwen Liaison Office",
      "Terrorism Monitor is published every other Thursday by the Tessaly Foundation.")
META = dict(date="2041-02-14", pub=TM, volume=39, issue=3)
emit("i01_tm_issue_no_blank_lines_contents_no_heading_caps_sections_page_first_assessments_run_wing_cdr_retd_after_name_former_commissioner_loose_threads_slash_role", d, [
    dict(title=I01_A1, authors=["Idris Pemberton-Achebe"], kind="assessment", **META),
    dict(title=I01_A2, authors=["Saoirse Ndiaye-Brandt"], kind="assessment", **META),
    dict(title=I01_B1, authors=[], kind="brief", **META),
    dict(title=I01_B2, authors=["Ambrose Kettering-Osei"], kind="brief", **META),
    dict(title=I01_B3, authors=["Wilhelmina Dar-Sorensen"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading) and the first",
              "page run on in one block; `Volume 39 (2041) \u00b7 Issue 3` is volume 39, issue 3; `ASSESSMENTS` over a",
              "run of two names each an assessment (singular, the genre word as printed); `Wing Commander` and the",
              "note `(Retd)` after the name, and `former Police Commissioner`, are left out of the names; the",
              "subheading `What the walkers carry`, the paragraph opening `By the time` and the quoted line `Rainer",
              "Olt, Clerk of the Court, Kessendorf Assizes` are the second and first assessment's text; the `{n}`",
              "markers stay in the text and the entries are text, the `NOTES` headings are not; the asterisk bio and",
              "the bio straight under the second assessment's text (before its notes) are not text; `LOOSE",
              "THREADS` is a collection label no page uses as a genre, over a run of short pieces, so each is a",
              "brief; the first is unsigned; the signatures `NAME / Staff Correspondent` and `NAME, Field Officer,",
              "Carwen Liaison Office` name their authors (roles left out) and are not text; the masthead, contents,",
              "running headers and the closing line are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i02: a plain-text daily email letter, *The Ellerbeck Daybook* (hard-wrapped at 66, paragraphs apart by blank lines):
# a mail header with no `Date:`, the name over `Your 1,412th Daybook · Tue 05-Mar-2041` (an ordinal send count, no
# volume; the date in a form of its own), `Mornin', Ellerbeck.`; the contents under `What's on the slate` (no colon),
# numbered within two groups (`NEWS IN BRIEF`, `EVERY DAY`); `NEWS IN BRIEF` over three stories: `Reporting by NAME`,
# an unsigned story closing with an appeal (text), and a story signed `NAME / Courts Reporter`; the recurring blocks
# `DIARY FOR THE WEEK` and `WEATHER BY THE HOUR` between the stories and `FIGURE OF THE DAY` and `YOU ASKED, WE
# ANSWERED` (a question answered in one line) after them, none an article; the sign-off naming where the team writes;
# a foot of six short lines; no sidecar.
d = Doc(66)
RULE02 = ":" * 40
I02_S1 = "Tolls return to the Sallow bridge"
I02_S2 = "Fire at Brandle mill was set, says brigade"
I02_S3 = "Jury clears farmhand of Fellgate arson"
d.fur("From: The Ellerbeck Daybook <desk@ellerbeck-daybook.example>", "To: early.reader@fellpost.example",
      "Subject: Your 1,412th Daybook: bridge tolls, the mill fire, a verdict", "",
      "THE ELLERBECK DAYBOOK", "Your 1,412th Daybook \u00b7 Tue 05-Mar-2041", "", "Mornin', Ellerbeck.", "",
      "A grey start and a full slate.", "", "What's on the slate", "  NEWS IN BRIEF", f"    1. {I02_S1}",
      f"    2. {I02_S2}", f"    3. {I02_S3}", "  EVERY DAY", "    1. Diary for the week",
      "    2. Weather by the hour", "    3. Figure of the day", "    4. You asked, we answered", "", RULE02, "",
      "NEWS IN BRIEF", "", I02_S1, "Reporting by Corinna Halvey-Mbatha", "")
d.paras(1,
        "Drivers crossing the Sallow bridge will pay a toll again from April 1, the county council decided last "
        "night, eleven years after the old toll booths were pulled down.",
        "The council says the money, about two pounds a crossing, will pay for the repairs the bridge has needed "
        "since the floods of 2039. Hauliers who use it daily say they will go round by Fellgate instead, which "
        "adds twenty minutes and a hill.")
d.fur("", RULE02, "", "DIARY FOR THE WEEK", "", "Tue  Magistrates sit, Ellerbeck courthouse, 10:00",
      "Wed  Parish council, Brandle village hall, 19:00", "Thu  Flood wardens' training, fire station, 18:30",
      "Sat  Farmers' market, Cattle Square, 08:00-13:00", "", RULE02, "", I02_S2, "")
d.paras(2,
        "The fire that gutted the old corn mill at Brandle on Sunday night was started deliberately, the fire "
        "brigade said yesterday. Investigators found the remains of two petrol cans in what had been the "
        "mill's office.",
        "The mill, empty since 2036, was bought in January by a developer who planned flats there. Police ask "
        "anyone who saw a vehicle on Brandle Lane after ten on Sunday night to call 0155 0192, quoting "
        "incident 71.")
d.fur("", RULE02, "", "WEATHER BY THE HOUR", "", "06:00    3C   drizzle      wind W 15",
      "09:00    5C   drizzle      wind W 20", "12:00    8C   cloud        wind NW 20",
      "15:00    9C   bright       wind NW 10", "", RULE02, "", I02_S3, "")
d.paras(3,
        "A farmhand accused of setting fire to three hay barns at Fellgate last summer was found not guilty by "
        "a jury at Ellerbeck yesterday after a two-day trial.",
        "The jury took forty minutes. Outside the court the farmhand, who is nineteen, said he wanted only to "
        "go home and sleep.")
d.add()
d.fur("Hamish Oduya-Kelleher / Courts Reporter", "", RULE02, "", "FIGURE OF THE DAY", "",
      "2,380 - cars over the Sallow bridge on an ordinary Monday, by the", "council's own count.", "",
      "YOU ASKED, WE ANSWERED", "",
      "Why do the church bells ring at six on Wednesdays?",
      "Bell practice, every Wednesday since 1911.", "", RULE02, "",
      "That's your Daybook, typed up between five and seven at the back",
      "table of the Railway Tavern, Ellerbeck. See you tomorrow.", "",
      "You signed up at ellerbeck-daybook.example.",
      "Leave the list: ellerbeck-daybook.example/out",
      "Send us a tip: tips@ellerbeck-daybook.example",
      "Forwarded this? Join: ellerbeck-daybook.example/in",
      "The Ellerbeck Daybook, 2 Station Yard, Ellerbeck EB4 1TT",
      "(c) 2041 Daybook Press")
META = dict(date="2041-03-05", pub="The Ellerbeck Daybook", volume=None, issue=None)
emit("i02_email_daily_ordinal_count_dash_date_contents_numbered_in_groups_news_in_brief_reporting_by_unsigned_appeal_slash_role_diary_weather_figure_question", d, [
    dict(title=I02_S1, authors=["Corinna Halvey-Mbatha"], kind="brief", **META),
    dict(title=I02_S2, authors=[], kind="brief", **META),
    dict(title=I02_S3, authors=["Hamish Oduya-Kelleher"], kind="brief", **META)],
    comments=["Open choices: `Your 1,412th Daybook` under the name is the letter's count of its sends with no volume,",
              "so volume and issue stay empty (README, Numbers); the date is `Tue 05-Mar-2041` on the same line (the",
              "mail header has no `Date:`); `NEWS IN BRIEF` is a label of three words ending in brief, so each story",
              "is a brief; `Reporting by NAME` names the first story's author; the second is unsigned and its",
              "closing appeal for information about the case is its text; the third is signed `NAME / Courts",
              "Reporter` (role left out, not text); `DIARY FOR THE WEEK`, `WEATHER BY THE HOUR`, `FIGURE OF THE",
              "DAY` and `YOU ASKED, WE ANSWERED` are recurring blocks, no article and not text; the contents, the",
              "greeting and welcome line, rules, sign-off (naming where the team writes) and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# i03: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the name over the publisher and
# `Volume 39 — Issue 10 — 23rd May 2041` (an ordinal day); `What this issue holds:` (a colon) with entries
# `Section: Title ....... N`, the section first and the page last, one entry wrapped over two lines (a title that holds
# a colon of its own); `ODDS AND ENDS` (a collection label) over a run of two short pieces: the first unsigned, the
# second signed by a bare name on the line under the text, followed straight by the next label `CASE STUDIES`;
# `CASE STUDIES` (plural) over a run of two: three authors on one line joined by `,` and `&` (`Dr`, `Captain`,
# `Rabbi`), `<n>` markers under `References` (one entry wrapped) and a bio for the three opened by an asterisk; `By
# Colonel NAME, retired, and Lady NAME` with an `About the authors` heading over two bios; footer
# `N  ||  Terrorism Monitor  ||  23 May 2041`, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(76, hyph=True)
I03_O1 = "Tram Depot Guard Posts Doubled in Marrak"
I03_O2 = "Border Post at Ulden Shelled for a Second Night"
I03_C1 = "The Bargemen of Tollis: Cargo, Cash and the River Cells"
I03_C2 = "Three Trials, One Witness: The Marrak Cases Reconsidered"

def i03_foot(page, mangled=False):
    if mangled:
        return ["", f"{page}||TerrorismMonitor{GLYPH}||23May2041", "\f"]
    return ["", f"{page}  ||  Terrorism Monitor  ||  23 May 2041", "\f"]

d.fur("TERRORISM MONITOR", "Published by the Kestlemoor Trust for the Study of Political Violence", "",
      "Volume 39 \u2014 Issue 10 \u2014 23rd May 2041", "", "What this issue holds:", "",
      f"Odds and ends: {I03_O1} .............. 1", f"Odds and ends: {I03_O2} ....... 1",
      "Case studies: The Bargemen of Tollis: Cargo, Cash and the River",
      "    Cells .................................................. 1",
      f"Case studies: {I03_C2} ..... 3", "", "ODDS AND ENDS", "", I03_O1, "")
d.paras(1,
        "The tram company in Marrak has doubled the guard on its two depots after a tram was set alight in the "
        "Harbour depot on the night of May 14. Night cleaners at both depots will now be searched as they come "
        "on shift.")
d.fur("", I03_O2, "")
d.paras(2,
        "Mortar rounds fell near the border post at Ulden on the nights of May 17 and 18. Nobody was hurt. The "
        "post's commander said the rounds were fired from the far side of the river, and that the men who "
        "fired them were gone before his patrol could reach the bank.")
d.add()
d.fur("Perpetua Ansah-Lindgren", "CASE STUDIES", "", I03_C1, "",
      "By Dr Ama Oyelaran-Fitch, Captain Jonas Whitcombe-Lee & Rabbi Mordecai Stellan-Voss", "")
d.paras(3,
        "The barges that carry gravel down the river Tollis to the coast are old, slow and unremarkable, and "
        "that is their value to the cells that have used them since 2037. A barge is searched when it leaves "
        "the quarry and again when it reaches the port. Between the two it moors for a night at one of "
        "twenty-six village landings.<1>",
        "At four of those landings, the river police found last winter, the same men came aboard at night on "
        "every trip. They brought nothing on and took nothing off that the bargemen would admit to. They did "
        "bring cash, and the bargemen, who earn less than the gravel they carry is worth, took it.<2>")
d.add()
d.para(3, "We spoke to nineteen bargemen over the winter. Most would talk only about the cash, and only after "
       "we had promised not to name their boats. None of them believed he had done anything worse than earn a "
       "little on the side.<3>", brk=(2, i03_foot(1, mangled=True)))
d.add()
d.paras(3,
        "The cheapest remedy is to pay the bargemen properly and to search each barge at its night mooring as "
        "well as at its ends. The river police have the boats to do it. They lack only the order.")
d.fur("", "References", "")
for t in ["<1> Tollis River Authority, register of moorings and landings, 2040 edition, with the night moorings "
          "of the gravel barges marked by the authors from the bargemen's logs.",
          "<2> Tollis river police, patrol reports, November 2040 to February 2041.",
          "<3> Interviews at Tollis, Marle and Eddon Quay, December 2040 to March 2041."]:
    d.para(3, t)
d.add()
d.bio("* Ama Oyelaran-Fitch researches river trade at the Kestlemoor Trust; Jonas Whitcombe-Lee commands the "
      "Tollis river police; Mordecai Stellan-Voss is chaplain to the port workers of Tollis.")
d.fur(*i03_foot(2), I03_C2, "", "By Colonel Teodoro Vance-Iwu, retired, and Lady Hesper Caldwell-Nkemelu", "")
d.paras(4,
        "Between 2036 and 2040 three men were tried in Marrak for three separate attacks on the city's police "
        "stations. The trials had different judges, different prosecutors and different juries. They had the "
        "same witness.",
        "He was a shopkeeper from the old town who said he had seen each of the accused near the station "
        "before the attack. Each jury believed him. Nobody told any jury that he had given the same evidence "
        "before, or that he had been paid by the police for information since 2034.",
        "The three convictions are now before the appeal court. Whatever it decides, the courts of Marrak "
        "need a register of paid informants that the defence can see.")
d.add()
d.fur("About the authors", "")
d.bio("Teodoro Vance-Iwu commanded the Marrak garrison until 2038.")
d.bio("Hesper Caldwell-Nkemelu chairs the Marrak prisoners' aid society.")
d.fur(*i03_foot(3)[:2])
META = dict(date="2041-05-23", pub=TM, volume=39, issue=10)
emit("i03_tm_issue_section_colon_title_dots_contents_colon_heading_wrapped_odds_and_ends_run_bare_name_then_label_case_studies_three_ampersand_rabbi_retired_lady_about_authors", d, [
    dict(title=I03_O1, authors=[], kind="brief", **META),
    dict(title=I03_O2, authors=["Perpetua Ansah-Lindgren"], kind="brief", **META),
    dict(title=I03_C1, authors=["Ama Oyelaran-Fitch", "Jonas Whitcombe-Lee", "Mordecai Stellan-Voss"],
         kind="case study", **META),
    dict(title=I03_C2, authors=["Teodoro Vance-Iwu", "Hesper Caldwell-Nkemelu"], kind="case study", **META)],
    comments=["Open choices: `Volume 39 \u2014 Issue 10 \u2014 23rd May 2041` is volume 39, issue 10, dated 23 May 2041;",
              "`ODDS AND ENDS` is a collection label no page uses as a genre, over a run of short pieces, so each is",
              "a brief; the first is unsigned; the bare name under the second's text (followed straight by the label",
              "`CASE STUDIES`) is its signature and names its author, not text; `CASE STUDIES` over a run of two",
              "names each a case study (singular); `Dr`, `Captain`, `Rabbi`, `Colonel`, the note `retired` and `Lady`",
              "are left out of the names; the `<n>` markers stay in the text and the entries are text, the heading",
              "`References` is not; the asterisk bio and the `About the authors` block are not text; the publisher's",
              "line, contents and running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i04: a plain-text weekly email letter, *The Saltmarsh Register* (hard-wrapped at 72, paragraphs apart by blank lines):
# a mail header whose `Date:` is written `13/04/2041 08:00` (the only date), the name over `The eighty-eighth Register`
# (a send count in words, no volume), `Good Saturday to you all,`; the contents under `In the Register this Saturday:`
# (a colon) with titles bulleted under starred group names (`DOSSIER`, `CHRONICLES`, `FROM THE MARSH EDGE`), the pieces
# then following under the same names; `DOSSIER` over `By Archdeacon NAME` with a subheading in the text; `CHRONICLES`
# over a run of two: `By Sergeant-Major NAME, retd.` and `By NAME (the Register's volunteer in Dunmarsh)`, then an
# `About the authors` heading over two bios; `FROM THE MARSH EDGE` over one short piece signed `NAME, Warden, Saltmarsh
# Reserve Office`; the sign-off naming where the team writes; a foot of five short lines; no sidecar.
d = Doc(72)
RULE04 = "+ - " * 17 + "+"
I04_D = "Who holds the keys to the Greyling sluices?"
I04_C1 = "A night on the sea wall with the Dunmarsh watch"
I04_C2 = "The post office that became an information desk"
I04_F = "Fence cut again at the bird reserve"
d.fur("From: The Saltmarsh Register <register@saltmarsh-register.example>", "To: friend@reedmail.example",
      "Subject: Sluices, the sea wall, the post office", "Date: 13/04/2041 08:00", "",
      "THE SALTMARSH REGISTER", "The eighty-eighth Register", "", "Good Saturday to you all,", "",
      "In the Register this Saturday:", "* DOSSIER", f"    - {I04_D}", "* CHRONICLES", f"    - {I04_C1}",
      f"    - {I04_C2}", "* FROM THE MARSH EDGE", f"    - {I04_F}", "", RULE04, "", "DOSSIER", "", I04_D, "",
      "By Archdeacon Philippa Oduya-Marsh", "")
d.paras(1,
        "The Greyling marshes are kept dry by nine sluices, and the nine sluices are opened and shut by hand. "
        "For two centuries the keys were held by the marsh reeve, an office that passed from father to son in "
        "the same three families.",
        "When the last reeve died in 2038 the drainage board did not appoint another. It kept the keys in a "
        "drawer in its office at Greyling and sent a clerk out when the tide tables said a sluice should be "
        "opened. Last month one of those keys was found to be missing.")
d.add()
d.add("The keys and the drawer", 1)
d.add()
d.paras(1,
        "Nobody knows when it went. The drawer was not locked. The clerk who signs the keys out says that "
        "eleven people had been in the office since January, among them two men who came to ask about "
        "grazing rights and never came back.",
        "A sluice opened at the wrong tide would flood four hundred homes at Greyling within the hour. The "
        "board has changed the locks. It should also appoint a reeve.")
d.fur("", RULE04, "", "CHRONICLES", "", I04_C1, "", "By Sergeant-Major Garrick Olawale-Finch, retd.", "")
d.paras(2,
        "The Dunmarsh watch is eleven volunteers, two flasks of tea and a torch each. Since the winter they "
        "have walked the sea wall every night from dusk to two, looking for boats that come in without lights.",
        "On the night I walked with them we saw nothing but a heron and the lights of the ferry. They were "
        "not disappointed. Nothing, they said, is what they are there to see.")
d.fur("", I04_C2, "", "By Marta Kellow-Idris (the Register's volunteer in Dunmarsh)", "")
d.paras(3,
        "When the police station at Dunmarsh closed, people kept coming to the post office instead. They came "
        "to report a stolen bicycle, a strange van, a neighbour not seen for a week.",
        "The postmistress now keeps a book on the counter for them, and the police collect it every Friday. "
        "Last month the book led them to a barn full of stolen outboard motors.")
d.add()
d.fur("About the authors", "")
d.bio("Garrick Olawale-Finch served thirty years with the Marsh Rifles and leads the Dunmarsh watch.", width=72)
d.bio("Marta Kellow-Idris keeps the Dunmarsh post office and writes for the Register.", width=72)
d.fur("", RULE04, "", "FROM THE MARSH EDGE", "", I04_F, "")
d.paras(4,
        "The fence around the tern colony at Scoter Point was cut again on Tuesday night, the third time this "
        "spring. Whoever cut it took nothing and hurt no birds, which leaves the wardens more puzzled than "
        "angry.")
d.add()
d.fur("Tamsin Harrowell, Warden, Saltmarsh Reserve Office", "", RULE04, "",
      "Till next Saturday, from the Register's table in the reading room of",
      "the Saltmarsh Institute.", "",
      "Why this email? You joined at saltmarsh-register.example.",
      "No more Registers: saltmarsh-register.example/stop",
      "Write to us: just reply.",
      "The Saltmarsh Register, Institute Buildings, Greyling GR2 7AA",
      "(c) 2041 The Saltmarsh Register")
META = dict(date="2041-04-13", pub="The Saltmarsh Register", volume=None, issue=None)
emit("i04_email_weekly_count_in_words_slash_date_header_bulleted_groups_dossier_archdeacon_chronicles_run_sgt_major_retd_bracket_note_about_authors_marsh_edge_role_office", d, [
    dict(title=I04_D, authors=["Philippa Oduya-Marsh"], kind="dossier", **META),
    dict(title=I04_C1, authors=["Garrick Olawale-Finch"], kind="chronicle", **META),
    dict(title=I04_C2, authors=["Marta Kellow-Idris"], kind="chronicle", **META),
    dict(title=I04_F, authors=["Tamsin Harrowell"], kind="brief", **META)],
    comments=["Open choices: `The eighty-eighth Register` under the name is the letter's count of its sends with no",
              "volume, so volume and issue stay empty; the only date is the mail header's `13/04/2041` (day first,",
              "as the letter is British); `DOSSIER` is a singular label naming its piece; `Archdeacon`,",
              "`Sergeant-Major`, the note `retd.` and the bracketed note after the second chronicler's name are",
              "left out of the names; the subheading `The keys and the drawer` is the dossier's text; `CHRONICLES`",
              "over a run of two names each a chronicle (singular); the `About the authors` block is not text;",
              "`FROM THE MARSH EDGE` is a section name no page uses as a genre, over one short piece, so a brief; its",
              "signature `NAME, Warden, Saltmarsh Reserve Office` names its author and is not text; the contents,",
              "greeting, rules, sign-off and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# i05: a whole issue of an invented sibling monitor, *Dunhollow Highlands Monitor*, printed WITHOUT blank lines (PDF
# text, no indents; a paragraph ends where a line stops short): the name, a tagline naming the observatory and `Vol. 7
# no. 4 (June 2041)` (month and year only), `Contents of this number` (no colon) with entries `N · Section · Title`,
# the page first and the section between, one wrapped over two lines, and the first page run on in one block;
# `WORKING NOTES` (plural) over a run of two: `By Lieutenant-Commander NAME (ret.)` with `[note n]` markers under
# `Notes` (entries `Note n.`, one wrapped) and an asterisk bio, and three authors on one line joined by `,` and `&`
# (`Brother` among them) with one bio for the three straight under the text; `TESTIMONY` (singular) over a piece with no
# byline, signed `NAME, Deputy Warden, Glenreach Mountain Rescue Office`; running header `DHM 7.4 | June 2041 | sheet
# N`, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(78, hyph=True)
I05_W1 = "Reservoir Dams and the Men Who Walk Them at Night"
I05_W2 = "Shepherds, Signal Fires and the Smuggling Passes Above Carrick"
I05_T = "The Night the Glenreach Hut Was Broken Into"

def i05_head(page, mangled=False):
    if mangled:
        return ["\f", f"DHM7.4|June2041{GLYPH}|sheet{page}"]
    return ["\f", f"DHM 7.4 | June 2041 | sheet {page}"]

d.fur("DUNHOLLOW HIGHLANDS MONITOR", "a bulletin of the Carrick Hill Observatory on upland security",
      "Vol. 7 no. 4 (June 2041)", "Contents of this number", f"1 \u00b7 Working notes \u00b7 {I05_W1}",
      "3 \u00b7 Working notes \u00b7 Shepherds, Signal Fires and the Smuggling Passes",
      "Above Carrick", f"4 \u00b7 Testimony \u00b7 {I05_T}", "WORKING NOTES", I05_W1,
      "By Lieutenant-Commander Lorcan Abernethy-Osei (ret.)")
d.para(1, "Four dams hold back the reservoirs that water the lowland towns, and since the spring of 2040 each has "
       "been walked at night by a pair of volunteers with a radio and a torch. The water board calls them "
       "patrols. The volunteers call them walks.[note 1]")
d.para(1, "They have found nothing yet that should not be there, and that is not the point. A dam that is walked "
       "every night is a dam that nobody can survey at leisure, and the men who surveyed the Coldwell dam in "
       "2039 took, by their own account, eleven nights to do it.[note 2]", brk=(2, i05_head(2, mangled=True)))
d.para(1, "The walkers need two things the board has not given them: a key to the valve houses and a number to "
       "call that is answered at three in the morning.")
d.fur("Notes")
for t in ["Note 1. Dunhollow Water Board, minutes of the security committee, April 2040, the item on volunteer "
          "patrols of the four upland dams and their radios.",
          "Note 2. Statement of the accused in the Coldwell dam case, read at the Dunhollow sheriff court, 2040."]:
    d.para(1, t)
d.bio("*Lorcan Abernethy-Osei served in the navy's diving branch for twenty years and now leads the Coldwell "
      "dam walkers.")
d.fur(*i05_head(3), I05_W2, "By Ifeoma Carrick-Dahl, Brother Anselm Roake & Tuula Menzies-Obi")
for t in ["Above Carrick the old drove roads cross the border by four passes, and in the summer months the only "
          "people on them are shepherds. The shepherds see everything that crosses; until this year nobody "
          "asked them what they saw.",
          "In March the observatory gave each of the eleven families who summer their flocks on the passes a "
          "radio and a list of three numbers. By the end of May they had reported nine crossings at night, "
          "four of them by men leading pack horses.",
          "The old signal fires on the passes, lit for centuries to warn the valleys of raiders, have not been "
          "lit since 1911. The radios do the same work, and they do it faster."]:
    d.para(2, t)
d.bio("Ifeoma Carrick-Dahl is a research fellow at the observatory, Anselm Roake is a monk of the Carrick "
      "priory who walks the passes every summer, and Tuula Menzies-Obi keeps sheep on the Ridder pass.")
d.fur(*i05_head(4), "TESTIMONY", I05_T)
for t in ["Somebody broke into the mountain rescue hut at Glenreach on the night of May 30. They forced the "
          "shutter, slept on the stretchers and left before dawn, taking two radios, a first aid kit and all "
          "the tinned food.",
          "We found their boot prints going up towards the pass, not down towards the road. Nobody walks that "
          "way in the dark unless he knows it very well, or is being paid to learn it."]:
    d.para(3, t)
d.fur("Grainne Holloway-Mensah, Deputy Warden, Glenreach Mountain Rescue Office",
      "The Dunhollow Highlands Monitor is printed four times a year at Carrick Hill.")
META = dict(date="2041-06-01", pub="Dunhollow Highlands Monitor", volume=7, issue=4)
emit("i05_sibling_no_blank_lines_page_section_title_contents_wrapped_working_notes_run_lt_cdr_ret_after_name_note_n_asterisk_bio_three_ampersand_brother_testimony_role_office", d, [
    dict(title=I05_W1, authors=["Lorcan Abernethy-Osei"], kind="working note", **META),
    dict(title=I05_W2, authors=["Ifeoma Carrick-Dahl", "Anselm Roake", "Tuula Menzies-Obi"],
         kind="working note", **META),
    dict(title=I05_T, authors=["Grainne Holloway-Mensah"], kind="testimony", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents and the first page run on",
              "in one block; `Vol. 7 no. 4 (June 2041)` is volume 7, issue 4, dated the first of the month;",
              "`WORKING NOTES` (two words, plural) over a run of two names each a working note (singular); the rank",
              "`Lieutenant-Commander`, the note `(ret.)` after the name and `Brother` are left out of the names; the",
              "`[note n]` markers stay in the text and the entries `Note n.` are text, the heading `Notes` is not;",
              "the asterisk bio and the joint bio straight under the second note's text (no label) are not text;",
              "`TESTIMONY` is a singular label naming its piece; its signature `NAME, Deputy Warden, Glenreach",
              "Mountain Rescue Office` names its author and is not text; the tagline, contents, running headers",
              "and the closing line are furniture."],
    sidecar="publication: Dunhollow Highlands Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i06: a whole issue of an invented sibling monitor, *Corrant Sound Monitor* (PDF text, paragraphs apart by blank
# lines): the name over the trust and `Volume 3, Issue 7 · Wednesday 19 June 2041`; `Inside the issue` (no colon) with
# section names in capitals on lines of their own over indented titles, the page last after spaces, one title wrapped
# over two lines; `SKETCH` (singular) over `By Baroness NAME of Thrane`, `^n` markers under `Sources and notes` (one
# wrapped) and her bio straight under the text with no label before the sources; `THE MARGINS` (a collection label)
# over a run of two unsigned short pieces, the second followed by a colophon; running header `Corrant Sound Monitor /
# 19.vi.2041 / N`, once mangled between the halves of a sentence; no sidecar.
d = Doc(76, hyph=True)
I06_S = "Low Water at Isbister: A Harbour Town Waits for Its Patrol Boat"
I06_M1 = "Buoy Lights Shot Out Off Skerrow Head"
I06_M2 = "Fishing Cooperative Asks for Radios After Two Boats Are Boarded in the Outer Sound"

def i06_head(page, mangled=False):
    if mangled:
        return ["\f", f"CorrantSoundMonitor/19.vi.2041{GLYPH}/{page}", ""]
    return ["\f", f"Corrant Sound Monitor / 19.vi.2041 / {page}", ""]

d.fur("CORRANT SOUND MONITOR", "The Isbister Maritime Trust", "",
      "Volume 3, Issue 7 \u00b7 Wednesday 19 June 2041", "", "Inside the issue", "", "SKETCH",
      f"    {I06_S}        1", "THE MARGINS", f"    {I06_M1}        3",
      "    Fishing Cooperative Asks for Radios After Two Boats Are Boarded", "    in the Outer Sound        3",
      "", "SKETCH", "", I06_S, "", "By Baroness Ilse Marwood-Oyelowo of Thrane", "")
d.paras(1,
        "The patrol boat that was promised to Isbister in 2038 has been built. It lies at the yard in Corrant, "
        "painted and fitted, waiting for a crew that the coastguard says it cannot afford.^1",
        "Meanwhile the harbour at Isbister is watched by its harbour master from his window, and by the "
        "fishermen from their boats, and at night by nobody at all.^2")
d.add()
d.para(1, "In May two boats came in after dark, unloaded crates onto a lorry that was waiting on the quay and "
       "were gone before the harbour master, woken by his dog, had found his boots. The lorry was found "
       "burned the next day on the moor road.^3", brk=(2, i06_head(2, mangled=True)))
d.add()
d.paras(1,
        "Isbister is not asking for much: one boat, four crew and a mooring that is already paid for. The "
        "trust will raise the question at the Sound council in July.")
d.add()
d.bio("Ilse Marwood-Oyelowo chairs the Isbister Maritime Trust and sits on the Sound council.")
d.fur("", "Sources and notes", "")
for t in ["^1 Corrant Coastguard, statement to the Sound council on the Isbister boat and the crews it would "
          "need, March 2041.",
          "^2 Isbister harbour log, January to May 2041.",
          "^3 Corrant police, report of the lorry found on the moor road, 12 May 2041."]:
    d.para(1, t)
d.fur(*i06_head(3), "THE MARGINS", "", I06_M1, "")
d.paras(2,
        "The lights of three buoys marking the rocks off Skerrow Head were shot out in the first week of June. "
        "A trawler ran aground on the rocks two nights later; her crew were taken off by the lifeboat.")
d.fur("", I06_M2, "")
d.paras(3,
        "Two boats of the Corrant fishing cooperative were stopped and boarded in the outer Sound this month by "
        "men in a fast launch who said they were looking for a stolen net. They took nothing. The cooperative "
        "has asked the trust to pay for radios for its fourteen boats.")
d.fur("", "The Corrant Sound Monitor is written in Isbister and sent to members of the trust.")
META = dict(date="2041-06-19", pub="Corrant Sound Monitor", volume=3, issue=7)
emit("i06_sibling_caps_sections_over_titles_page_last_no_colon_sketch_baroness_of_place_caret_notes_bio_before_sources_margins_run_unsigned", d, [
    dict(title=I06_S, authors=["Ilse Marwood-Oyelowo"], kind="sketch", **META),
    dict(title=I06_M1, authors=[], kind="brief", **META),
    dict(title=I06_M2, authors=[], kind="brief", **META)],
    comments=["Open choices: `Volume 3, Issue 7` is volume 3, issue 7; `SKETCH` is a singular label naming its piece;",
              "`Baroness` and the territorial `of Thrane` are left out of the name; the `^n` markers stay in the",
              "text and the entries are text, the heading `Sources and notes` is not; the bio straight under the",
              "sketch's text (no label, before the sources) is not text; `THE MARGINS` is a collection label no page",
              "uses as a genre, over a run of short pieces, so each is a brief; both are unsigned; the trust's",
              "line, contents, running headers and the closing colophon are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# i07: a plain-text daily email letter, *The Morrow Point Bell* (hard-wrapped at 64, paragraphs apart by blank lines): a
# mail header with its `Date:`, the name over `Ring 302 — rung Thursday, 11th April 2041` (a send count in the letter's
# own word, no volume; an ordinal day), `Hello, Point.`; the contents under `Today's Bell` (no colon), titles indented
# under indented group names (no numbers, no bullets), the recurring blocks as a group of their own; `ON THE HARBOUR`
# over two stories: the first signed `NAME, Harbour Desk` under the text, then the recurring `TIDE TIMES` table, the
# second `by NAME (standing in for ...)` (a bracketed note after the name); the recurring `SAID TODAY` (a line of the
# day); `UP THE HILL` over one short unsigned story; the recurring `ASK THE BELL` (a reader's question answered in one
# line); the sign-off naming where the team writes; a foot of six short lines; no sidecar.
d = Doc(64)
RULE07 = "\u2022 " * 20 + "\u2022"
I07_H1 = "Lifeboat called out twice to the same yacht"
I07_H2 = "Harbour cameras to be moved after vandalism"
I07_U = "Hill road closed after a lorry sheds its load"
d.fur("From: The Morrow Point Bell <ringer@morrowpointbell.example>", "To: reader@capemail.example",
      "Subject: Ring 302 - the lifeboat, the cameras, the hill road", "Date: Thu, 11 Apr 2041 06:15:00 +0100", "",
      "THE MORROW POINT BELL", "Ring 302 \u2014 rung Thursday, 11th April 2041", "", "Hello, Point.", "",
      "Today's Bell", "    On the harbour", f"        {I07_H1}", f"        {I07_H2}", "    Up the hill",
      f"        {I07_U}", "    Every morning", "        Tide times", "        Said today", "        Ask the Bell",
      "", RULE07, "", "ON THE HARBOUR", "", I07_H1, "")
d.paras(1,
        "The Morrow Point lifeboat was launched twice on Tuesday to the same yacht, the Cormorant, which "
        "lost her engine off the Point in the morning and, after a tow to the harbour and a repair, lost it "
        "again in the afternoon.",
        "The coxswain said the yacht's owner had been advised to stay in harbour after the first rescue. He "
        "said it politely.")
d.add()
d.fur("Ione Bastable-Kwarteng, Harbour Desk", "", RULE07, "", "TIDE TIMES", "",
      "High   05:42   4.1m      18:09   4.3m", "Low    11:58   0.9m      --:--", "", RULE07, "", I07_H2, "",
      "by Rhys Mallory-Achebe (standing in for our harbour reporter this week)", "")
d.paras(2,
        "The two cameras that watch the harbour mouth will be moved to the top of the fish market roof after "
        "both were smashed for the second time this year, the harbour board said last night.",
        "Fishermen at the meeting asked why the cameras had been put within reach of a ladder in the first "
        "place. The board's chairman said that was a fair question.")
d.fur("", RULE07, "", "SAID TODAY", "",
      "\"The sea doesn't read the forecast, and neither, it seems, do yachtsmen.\"",
      "- the lifeboat coxswain", "", RULE07, "", "UP THE HILL", "", I07_U, "")
d.paras(3,
        "The hill road above the Point was closed for six hours yesterday after a lorry carrying roof slates "
        "lost part of its load on the hairpin below the quarry. Nobody was hurt. The slates have been swept "
        "up; the police say the lorry's straps had been cut.")
d.fur("", RULE07, "", "ASK THE BELL", "",
      "Is the ferry running on Good Friday? Yes, the Sunday timetable.", "", RULE07, "",
      "That's the Bell rung for today - from the upstairs room of the",
      "old coastguard lookout, where the kettle is never cold.", "",
      "You get the Bell because you asked for it at morrowpointbell.example.",
      "Stop the Bell: morrowpointbell.example/quiet",
      "Tell us something: tips@morrowpointbell.example",
      "Read old Bells: morrowpointbell.example/archive",
      "The Morrow Point Bell, The Lookout, Morrow Point MP1 2QE",
      "(c) 2041 Bell Ringers Ltd")
META = dict(date="2041-04-11", pub="The Morrow Point Bell", volume=None, issue=None)
emit("i07_email_daily_ring_count_ordinal_date_indented_groups_no_colon_on_harbour_run_name_desk_tide_times_bracket_note_said_today_up_the_hill_one_ask_the_bell", d, [
    dict(title=I07_H1, authors=["Ione Bastable-Kwarteng"], kind="brief", **META),
    dict(title=I07_H2, authors=["Rhys Mallory-Achebe"], kind="brief", **META),
    dict(title=I07_U, authors=[], kind="brief", **META)],
    comments=["Open choices: `Ring 302` under the name is the letter's count of its sends with no volume, so volume",
              "and issue stay empty; the date is that line's and the mail header's; `ON THE HARBOUR` and `UP THE",
              "HILL` are section names no page uses as a genre, over a run of short stories and over one short",
              "story, so each story is a brief; the signature `NAME, Harbour Desk` names the first story's author",
              "and is not text; the bracketed note after the second story's byline is left out of the name; the",
              "third is unsigned; `TIDE TIMES`, `SAID TODAY` and `ASK THE BELL` are recurring blocks, no article and",
              "not text; the contents, greeting, rules, sign-off and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# i08: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher over the name and
# `Vol. XXXIX · No. 20 · 24 Oct. 2041`; `This fortnight's pieces` (no colon) with entries `N ▸ SECTION ▸ Title`, page
# first and the section between; `MEMO` (singular) over a piece with no byline, `⁽n⁾` markers under `Notes and
# sources` (one wrapped), signed under the text `NAME, Imam of the Harbour Mosque, Ossian` and followed straight by the
# label `ASSESSMENT`; `ASSESSMENT` over `By Lieutenant-Colonel the Hon. NAME (ret'd)` with his bio straight under the
# text and a paragraph in the text that names a retired officer (text); `FROM THE PROVINCES` (a collection label) over
# a run of two short pieces: the first signed `NAME / Stringer, Ardmuir`, the second unsigned; footer `TM 39·20 — page
# N — The Ossian Institute`, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(78, hyph=True)
SUPN = {"1": "\u207d\u00b9\u207e", "2": "\u207d\u00b2\u207e", "3": "\u207d\u00b3\u207e"}
I08_M = "What the Harbour Mosque Asked of the Police, and What It Got"
I08_A = "The Ardmuir Ceasefire at Six Months: Holding, Fraying or Both?"
I08_P1 = "Market Stalls Searched at Lennock After Anonymous Call"
I08_P2 = "School Bus Route Changed After Threat in Balvaig"

def i08_foot(page, mangled=False):
    if mangled:
        return ["", f"TM39\u00b720{GLYPH}\u2014page{page}\u2014TheOssianInstitute", "\f"]
    return ["", f"TM 39\u00b720 \u2014 page {page} \u2014 The Ossian Institute", "\f"]

d.fur("The Ossian Institute", "TERRORISM MONITOR", "Vol. XXXIX \u00b7 No. 20 \u00b7 24 Oct. 2041", "",
      "This fortnight's pieces", "", f"1 \u25b8 MEMO \u25b8 {I08_M}", f"2 \u25b8 ASSESSMENT \u25b8 {I08_A}",
      f"4 \u25b8 FROM THE PROVINCES \u25b8 {I08_P1}", f"4 \u25b8 FROM THE PROVINCES \u25b8 {I08_P2}", "",
      "MEMO", "", I08_M, "")
d.paras(1,
        f"In March the elders of the Harbour Mosque in Ossian wrote to the chief constable. Three of the young "
        f"men who prayed with them had stopped coming, and had been seen with a man from outside the city whom "
        f"nobody knew.{SUPN['1']}",
        f"The letter asked for one thing: that an officer should come and listen. It offered a room, tea and "
        f"the names of the three young men's families.{SUPN['2']}")
d.add()
d.para(1, f"No officer came until August. By then two of the young men had left the country, and the third was "
       f"in custody.{SUPN['3']} The police say the letter went to the wrong desk. The elders have stopped "
       "writing letters.", brk=(2, i08_foot(1, mangled=True)))
d.fur("", "Notes and sources", "")
for t in [f"{SUPN['1']} The elders' letter to the chief constable of Ossian, 14 March 2041, shown to the "
          "Monitor by the mosque's committee with the families' consent.",
          f"{SUPN['2']} The same letter, second page.",
          f"{SUPN['3']} Ossian Sheriff Court, remand hearing, 9 August 2041."]:
    d.para(1, t)
d.add()
d.fur("Tariq Bekele-Hartigan, Imam of the Harbour Mosque, Ossian", "ASSESSMENT", "", I08_A, "",
      "By Lieutenant-Colonel the Hon. Rupert Achterberg-Nwosu (ret'd)", "")
d.paras(2,
        "Six months after the Ardmuir ceasefire was signed, both sides can claim that it is holding. There have "
        "been no attacks on the police and no arrests of the movement's leaders. There have also been eleven "
        "punishment beatings in the glens, each of them reported by the families to the ceasefire monitors "
        "and none of them to the police.",
        "The monitors, led by a retired brigadier, Colum Strachan-Ife, have called the beatings a breach. The "
        "movement calls them policing. The government, which needs the ceasefire more than either, has said "
        "nothing at all.")
d.add()
d.para(2, "A ceasefire that holds against the state but not against the glens is not yet peace. The monitors "
       "should publish their reports, and the government should say out loud what it has so far said only "
       "in private.", brk=(2, i08_foot(2)))
d.add()
d.bio("Rupert Achterberg-Nwosu commanded the Ardmuir garrison from 2033 to 2036 and sits on the ceasefire "
      "monitors' advisory panel.")
d.fur(*i08_foot(3), "FROM THE PROVINCES", "", I08_P1, "")
d.paras(3,
        "Police searched every stall of the Lennock Saturday market on October 19 after an anonymous caller "
        "said a bomb had been left among the vegetables. Nothing was found. The market opened two hours late.")
d.add()
d.fur("Euan Dalgliesh-Amari / Stringer, Ardmuir", "", I08_P2, "")
d.paras(4,
        "The school bus that serves the farms west of Balvaig will no longer stop at the Drummond crossroads "
        "after a note threatening the driver was left in the shelter there. The council has not said what the "
        "note said.")
d.fur(*i08_foot(4)[:2])
META = dict(date="2041-10-24", pub=TM, volume=39, issue=20)
emit("i08_tm_issue_page_section_title_contents_no_colon_memo_signed_imam_then_label_assessment_lt_col_hon_retd_bio_under_provinces_run_slash_stringer_unsigned", d, [
    dict(title=I08_M, authors=["Tariq Bekele-Hartigan"], kind="memo", **META),
    dict(title=I08_A, authors=["Rupert Achterberg-Nwosu"], kind="assessment", **META),
    dict(title=I08_P1, authors=["Euan Dalgliesh-Amari"], kind="brief", **META),
    dict(title=I08_P2, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol. XXXIX \u00b7 No. 20` is volume 39, issue 20; `MEMO` and `ASSESSMENT` are singular",
              "labels naming their pieces; the memo has no byline and is signed under the text by `NAME, Imam of",
              "the Harbour Mosque, Ossian` (role and place left out; not text), followed straight by the next",
              "label; the `\u207d\u00b9\u207e` markers stay in the text and the entries are text, the heading `Notes and sources`",
              "is not; `Lieutenant-Colonel`, `the Hon.` and the note `(ret'd)` are left out of the name; the retired",
              "brigadier named in the assessment's second paragraph is its text, not an author; the bio straight",
              "under the assessment's text is not text; `FROM THE PROVINCES` is a section name no page uses as a",
              "genre, over a run of short pieces, so each is a brief; the first is signed `NAME / Stringer,",
              "Ardmuir` (not text), the second unsigned; the publisher's line, contents and running footers are",
              "furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i09: shapes mixed: a research centre's email carrying a whole issue of an invented sibling monitor, *Velloran Frontier
# Monitor* (mail header with its `Date:`, a line to read it on the web, the masthead, `Issue 13, Volume 12 (8 July
# 2041)`, `Pieces in this issue:` (a colon) with entries `Section: Title (p. N)`, the page last in brackets); `CASE
# STUDY` (singular) over `By Group-Captain NAME`, `^n` markers under `Sources` (one wrapped) and her bio straight under
# the sources with no label; `CROSSINGS` (a collection label) over a run of two short pieces: the first unsigned with a
# one-line quotation in capitals in its text, the second signed `NAME, Liaison Officer, Velloran Frontier Office`; the
# monitor's closing note and the mail's foot; sidecar `publication:`.
d = Doc(74)
I09_C = "The Quiet Valley: How the Tessin Crossing Emptied in a Year"
I09_X1 = "Road Sign Painted Over at the Orrin Junction"
I09_X2 = "Bridge Guard Post at Velle Handed to the Police"
d.fur("From: Ashgrove Centre for Frontier Studies <vfm@ashgrove-centre.example>", "To: member@hillnet.example",
      "Subject: Velloran Frontier Monitor, Issue 13, Volume 12", "Date: Mon, 8 Jul 2041 09:00:00 +0200", "",
      "Reading on a phone? The issue is on the web at ashgrove-centre.example/vfm/12-13", "",
      "==========================================================================", "",
      "VELLORAN FRONTIER MONITOR", "Issue 13, Volume 12 (8 July 2041)", "", "Pieces in this issue:",
      f"Case study: {I09_C} (p. 1)", f"Crossings: {I09_X1} (p. 3)", f"Crossings: {I09_X2} (p. 3)", "",
      "CASE STUDY", "", I09_C, "", "By Group-Captain Anneliese Okwu-Baptiste", "")
d.paras(1,
        "A year ago the Tessin crossing was the busiest unofficial route over the Velloran frontier. On a good "
        "night, the border guards estimated, two hundred people crossed the river there, most of them on foot "
        "and most of them paying.^1",
        "Today almost nobody does. The guards count fewer than ten crossings a week, and the ferrymen who ran "
        "the flat-bottomed boats have gone back to fishing or gone away.^2",
        "The change did not come from the guards, who are no more numerous than they were. It came from the "
        "far bank, where the armed group that took its cut of every crossing fell out with the families that "
        "ran the boats, and shot two of their sons. The families stopped running the boats. The route died "
        "with them.^3",
        "Routes like the Tessin are not closed by fences. They close when the people who run them fall out, "
        "and they open again somewhere else when a new arrangement is made.")
d.fur("", "Sources", "")
for t in ["^1 Velloran Border Guard, monthly estimates of unofficial crossings by sector, 2039 and 2040, as "
          "released to the centre under the information law.",
          "^2 The author's interviews with ferrymen at Tessin and Orrin, May 2041.",
          "^3 Reports of the Tessin district court, 2040."]:
    d.para(1, t)
d.add()
d.bio("Anneliese Okwu-Baptiste flew frontier surveillance for the air force until 2039 and is now a visiting "
      "fellow at the Ashgrove Centre.")
d.fur("", "CROSSINGS", "", I09_X1, "")
d.paras(2,
        "The road sign at the Orrin junction that points the way to the frontier was painted over in the night "
        "of June 30. In its place someone painted four words in red:",
        "THIS ROAD IS CLOSED",
        "The road is open. The highways office has ordered a new sign.")
d.fur("", I09_X2, "")
d.paras(3,
        "The army handed its guard post on the Velle bridge to the frontier police on July 2, the last of the "
        "posts it has held on the river since 2036. The soldiers left the same afternoon.")
d.add()
d.fur("Daniyar Essen-Holt, Liaison Officer, Velloran Frontier Office", "",
      "The Velloran Frontier Monitor is edited at the Ashgrove Centre for Frontier Studies. The views",
      "expressed are the authors' own.", "",
      "==========================================================================", "",
      "You receive the Monitor as a member of the Ashgrove Centre.",
      "Change your preferences: ashgrove-centre.example/prefs",
      "Unsubscribe: ashgrove-centre.example/unsub",
      "Ashgrove Centre for Frontier Studies, 4 Tanner's Row, Ashgrove AG1 3NP")
META = dict(date="2041-07-08", pub="Velloran Frontier Monitor", volume=12, issue=13)
emit("i09_mixed_email_carrying_sibling_issue_of_volume_section_colon_title_page_brackets_case_study_group_captain_caret_bio_after_sources_crossings_run_caps_quote_role_office", d, [
    dict(title=I09_C, authors=["Anneliese Okwu-Baptiste"], kind="case study", **META),
    dict(title=I09_X1, authors=[], kind="brief", **META),
    dict(title=I09_X2, authors=["Daniyar Essen-Holt"], kind="brief", **META)],
    comments=["Open choices: the email carries a whole issue of the Velloran Frontier Monitor, so the publication is",
              "the monitor (not the centre that sends it) and `Issue 13, Volume 12` its numbering; `CASE STUDY` is",
              "a singular label naming its piece; `Group-Captain` is a rank left out of the name; the `^n` markers",
              "stay in the text and the entries are text, the heading `Sources` is not; the bio straight under the",
              "sources (no label) is not text; `CROSSINGS` is a collection label no page uses as a genre, over a",
              "run of short pieces, so each is a brief; the first is unsigned and the capitals line `THIS ROAD IS",
              "CLOSED` is its text; the second's signature `NAME, Liaison Officer, Velloran Frontier Office` names",
              "its author and is not text; the mail header and foot, web line, rules, contents and the monitor's",
              "closing note are furniture."],
    sidecar="publication: Velloran Frontier Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i10: a plain-text weekly email letter, *The Pennock Lantern* (hard-wrapped at 70, paragraphs apart by blank lines): a
# mail header with no `Date:`, the name over `Lantern seventy-one` (a send count in words, no volume) and `Friday the
# thirtieth of August, 2041` (a date in words), `Evening, lamplighters.`; the contents under `Tonight's Lantern:` (a
# colon), titles numbered within lettered groups (`A  SKETCHES` / `A1 ...`); `SKETCHES` (plural) over a run of two:
# `By Father NAME` with an asterisk bio under the text, and `By Second Lieutenant NAME (who walked the route herself in
# July)` with her bio straight under the text; `BY LAMPLIGHT` (a section name) over one short piece signed `NAME /
# Lantern volunteer`; the sign-off naming where the team writes; a foot of five short lines; no sidecar.
d = Doc(70)
RULE10 = "*  " * 16 + "*"
I10_S1 = "The last bus to Harl Bottom, and who rides it"
I10_S2 = "Following the old smugglers' path from Pennock Cove"
I10_L = "Lantern lit again on the lifeboat station"
d.fur("From: The Pennock Lantern <lantern@pennocklantern.example>", "To: lamplighter@coastpost.example",
      "Subject: The last bus, the cove path, the lantern", "", "THE PENNOCK LANTERN", "Lantern seventy-one",
      "Friday the thirtieth of August, 2041", "", "Evening, lamplighters.", "", "Tonight's Lantern:",
      "A  SKETCHES", f"   A1  {I10_S1}", f"   A2  {I10_S2}", "B  BY LAMPLIGHT", f"   B1  {I10_L}", "",
      RULE10, "", "SKETCHES", "", I10_S1, "", "By Father Colm Ashdown-Meyer", "")
d.paras(1,
        "The last bus to Harl Bottom leaves the Pennock quay at twenty past eleven, and on a Friday it carries "
        "the same dozen people: two nurses coming off shift, a barman, four lads from the boatyard and the "
        "rest whoever missed the one before.",
        "Since July it has also carried a guard, paid for by the bus company after the driver was threatened "
        "with a knife at the Harl turning. The guard is a retired postman. The lads from the boatyard call "
        "him sir.")
d.add()
d.bio("* Colm Ashdown-Meyer is parish priest of Harl and Pennock and rides the last bus home most Fridays.",
      width=70)
d.fur("", I10_S2, "", "By Second Lieutenant Ruth Okonkwo-Bray (who walked the route herself in July)", "")
d.paras(2,
        "The path from Pennock Cove to the moor road climbs three hundred metres in a mile, and for two "
        "centuries it was how brandy came ashore. It is still walked at night, the coastguard believes, "
        "though not for brandy.",
        "Walking it by day in July I found a new rope fixed to the steepest rock, a stash of water bottles "
        "under a gorse bush and, at the top, tyre marks where a van had turned.")
d.add()
d.bio("Ruth Okonkwo-Bray serves with the county's coastal reserve and grew up at the cove.", width=70)
d.fur("", RULE10, "", "BY LAMPLIGHT", "", I10_L, "")
d.paras(3,
        "The old lantern over the door of the lifeboat station, dark since its glass was broken in the spring, "
        "was lit again on Tuesday. The crew paid for the new glass themselves.")
d.add()
d.fur("Nell Tamworth / Lantern volunteer", "", RULE10, "",
      "That's the Lantern for this week, written at the corner table of the",
      "lifeboat station's tea room.", "",
      "You asked for the Lantern at pennocklantern.example.",
      "Put it out: pennocklantern.example/off",
      "Reply to reach the lamplighters.",
      "The Pennock Lantern, Lifeboat Station, Pennock PK7 4LL",
      "(c) 2041 The Pennock Lantern")
META = dict(date="2041-08-30", pub="The Pennock Lantern", volume=None, issue=None)
emit("i10_email_weekly_count_in_words_date_in_words_lettered_groups_numbered_sketches_run_father_asterisk_bio_second_lt_bracket_note_bio_under_lamplight_one_slash_role", d, [
    dict(title=I10_S1, authors=["Colm Ashdown-Meyer"], kind="sketch", **META),
    dict(title=I10_S2, authors=["Ruth Okonkwo-Bray"], kind="sketch", **META),
    dict(title=I10_L, authors=["Nell Tamworth"], kind="brief", **META)],
    comments=["Open choices: `Lantern seventy-one` under the name is the letter's count of its sends with no volume,",
              "so volume and issue stay empty; the date is the line `Friday the thirtieth of August, 2041` (the mail",
              "header has no `Date:`); `SKETCHES` over a run of two names each a sketch (singular); `Father`,",
              "`Second Lieutenant` and the bracketed note after the second name are left out of the names; the",
              "asterisk bio and the bio straight under the second sketch's text are not text; `BY LAMPLIGHT` is a",
              "section name no page uses as a genre, over one short piece, so a brief; its signature `NAME /",
              "Lantern volunteer` names its author and is not text; the contents, greeting, rules, sign-off and",
              "foot are furniture; no sidecar."])
