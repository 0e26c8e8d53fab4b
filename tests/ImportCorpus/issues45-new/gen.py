"""issues45-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated September - December 2041): two whole Terrorism
Monitor issues as PDF text (f02 printed without blank lines between paragraphs, f07), two whole issues of invented
sibling monitors (f05, f09 printed without blank lines), four plain-text daily email letters with recurring blocks
(f01, f04, f08, f10) and two weeklies (f03, f06).
The weight is on daily letters' recurring blocks between and after the stories (and look-alikes inside stories),
contents lists marked with dashes, `>` or `*`, with groups, without a heading or with titles printed later in capitals,
sign-offs and feet, undashed signatures closing a piece, runs under section labels whose first piece the contents list,
contents with no heading opening on a section name, bylines with former or retired ranks, and bylines naming nobody.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues44-new/gen.py (from issues39-new on), copied unchanged.
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
GLYPH = "\uf0a8"

# ---------------------------------------------------------------------------------------------------------------------
# f01: a plain-text daily email letter, *The Caddon Wake-Up* (hard-wrapped at 64, paragraphs apart by blank lines): a
# mail header with its `Date:`, the name over the day's date, `Morning, Caddon.`; a contents list with NO heading at
# all, items marked `--`, naming the three stories in sentence case (printed later in capitals) and the recurring
# blocks beside them (in another case from where they are printed); three stories under no label: the first under
# `From our correspondent, Upper Caddon` (a byline naming nobody) whose last section is a short list of dates and
# times (text), the second signed `NAME / Community Reporter` followed only by a rule and the recurring `FERRY TIMES`,
# the third `By NAME` ending on a sentence quoting a councillor by name and role (text); the recurring `QUOTE OF THE
# MORNING` (a quotation and its attribution) and `WORD OF THE DAY` after the stories; the sign-off `That was the
# Wake-Up, made in …` over the team's first names; a foot of labelled addresses, a copyright line with years and an
# unsubscribe line; no sidecar.
d = Doc(64)
RULE01 = "= " * 23 + "="
F01_S1 = "Quarry blast rattles windows in Upper Caddon"
F01_S2 = "Bus shelter vandals caught on camera"
F01_S3 = "The council's flood money: where it went"
d.fur("From: The Caddon Wake-Up <hello@caddon-wakeup.example>", "To: reader.418@quaymail.example",
      "Date: Mon, 4 Nov 2041 06:05:12 +0000", "Subject: Blast, vandals, flood money", "",
      "THE CADDON WAKE-UP", "Monday 4 November 2041", "", "Morning, Caddon.", "",
      "Frost on the quay and three stories before your tea cools.", "",
      f"-- {F01_S1}", f"-- {F01_S2}", "-- Ferry times", f"-- {F01_S3}", "-- Quote of the morning",
      "-- Word of the day", "", RULE01, "", F01_S1.upper(), "From our correspondent, Upper Caddon", "")
d.paras(1,
        "A blast at the Gorran quarry on Friday shook windows across Upper Caddon and cracked a pane in the "
        "primary school's hall, two kilometres from the quarry face.",
        "The quarry company said the charge was the size it always uses and that the shock was carried further "
        "than usual by the frozen ground. Parents at the school gate on Friday afternoon were not persuaded, and "
        "forty of them have signed a letter to the county's minerals officer.",
        "The company has agreed to give the school a day's notice of each blast. Its remaining blasts this "
        "month are set for:")
d.add()
d.web(1, "Wed 6 Nov   11:00", "Tue 12 Nov  11:00", "Thu 21 Nov  14:30")
d.fur("", RULE01, "", F01_S2.upper(), "")
d.paras(2,
        "Two teenagers have been identified from the council's own camera footage as the pair who smashed the "
        "glass of four bus shelters along Harbour Road last month, the council said yesterday.",
        "The footage was handed to the police on Thursday. Replacing the glass cost just under nine hundred "
        "pounds, and the council says it will ask the families to pay it.")
d.add()
d.fur("Talulah Brenning-Ocampo / Community Reporter", "", RULE01, "", "FERRY TIMES", "",
      "Caddon to Wrayness    07:10   09:40   13:15   17:50",
      "Wrayness to Caddon    08:25   10:55   14:30   19:05",
      "Last sailing Saturday 16:00; no sailings Sunday.", "", RULE01, "", F01_S3.upper(),
      "By Osgar Lindqvist-Adeyemi", "")
d.paras(3,
        "Of the 1.2 million pounds the county gave Caddon after the floods of last winter, 740,000 has been "
        "spent, according to accounts the town council published on Saturday.",
        "Most of it went on the new pumps at the harbour end of Mill Row and on raising the footpath along the "
        "Caddon Water. About 90,000 went on consultants' reports, which is the line residents at Saturday's "
        "meeting wanted explained.",
        "\"We will publish every invoice before Christmas, and anyone who wants to read them can,\" said "
        "Councillor Ines Marlowe-Tshabalala, who chairs the council's finance committee.")
d.fur("", RULE01, "", "QUOTE OF THE MORNING", "",
      "\"A tide table is the only timetable that has never once been late.\"",
      "   -- Annis Fairweather, skipper of the Wrayness ferry", "", "WORD OF THE DAY", "",
      "Scree (noun): the loose stones at the foot of a slope, and",
      "what the Gorran quarry leaves behind it.", "", RULE01, "",
      "That was the Wake-Up, made in the back room of Caddon library.", "Bryony, Tevita and Luc", "",
      "Post: The Caddon Wake-Up, 14 Mill Row, Caddon CD2 7QP",
      "Desk: desk@caddon-wakeup.example",
      "Copyright 2039-2041 Caddon Wake-Up Ltd",
      "Unsubscribe or change how often we write: caddon-wakeup.example/me")
META = dict(date="2041-11-04", pub="The Caddon Wake-Up", volume=None, issue=None)
emit("f01_email_daily_contents_no_heading_double_dash_blocks_listed_titles_later_in_caps_from_our_correspondent_place_dates_list_in_story_slash_role_then_rule_ferry_times_quote_word_that_was", d, [
    dict(title=F01_S1, authors=[], kind="feature", **META),
    dict(title=F01_S2, authors=["Talulah Brenning-Ocampo"], kind="feature", **META),
    dict(title=F01_S3, authors=["Osgar Lindqvist-Adeyemi"], kind="feature", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty and the date is the",
              "line under the name; the three stories sit under no label and the contents (no heading) list each by",
              "title, so each is a feature (README, Issue sections: a piece the contents list by title under no",
              "label); each title is written as the contents print it (sentence case), the capitals over the story",
              "being the same words; `From our correspondent, Upper Caddon` names nobody, so the first story has no",
              "authors; its closing list of blasting dates, introduced by its last sentence, is its text; the",
              "second is signed `NAME / Community Reporter` (role left out, not text); the third story's closing",
              "quotation naming a councillor and her role is its text; `FERRY TIMES`, `QUOTE OF THE MORNING` and",
              "`WORD OF THE DAY` are recurring blocks, no article and not text; the contents, greeting, rules,",
              "sign-off, first names and foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# f02: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text, no indents; a paragraph ends where a line
# stops short): the name, a line naming the publisher and `Vol. 39, Issue 22 | Wednesday 20 November 2041`, then a
# contents list with NO heading that opens on a section name in capitals over its entries, page numbers first
# (`02 | Title`), a second section name over the first piece of a run only, and the first page, all in one block;
# `ANALYSES` (plural) over a run of two: `By former Brigadier-General NAME` with superscript note markers under
# `Notes` (one entry wrapped), and `By Chief Inspector NAME (retd.)` signed nowhere else; `ALONG THE BORDERS` (a section
# name) over a run of two short pieces, the first listed in the contents, unsigned, the second not listed, signed
# `NAME, Researcher, Halloran Trust` and followed only by a rule of underscores; running header `Halloran Trust -
# Terrorism Monitor - 39/22 - page N`, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(80, hyph=True)
F02_A1 = "The Lowland Cells After Their Leaders' Arrest"
F02_A2 = "Prison Visits as a Channel for Orders: Evidence From Two Jails"
F02_B1 = "Customs Post at Harnock Moved Back From the Line"
F02_B2 = "Smugglers' Tunnel Found Under a Farm at Oskel"

def f02_head(page, mangled=False):
    if mangled:
        return ["\f", f"HalloranTrust-TerrorismMonitor-39/22{GLYPH}page{page}"]
    return ["\f", f"Halloran Trust - Terrorism Monitor - 39/22 - page {page}"]

d.fur("TERRORISM MONITOR", "Published fortnightly by the Halloran Trust for Conflict Studies",
      "Vol. 39, Issue 22 | Wednesday 20 November 2041", "ANALYSES", f"01 | {F02_A1}", f"03 | {F02_A2}",
      "ALONG THE BORDERS", f"05 | {F02_B1}", "ANALYSES", F02_A1, "By former Brigadier-General Anselm Okonkwo-Reis")
d.para(1, "When the police of the Lowland province arrested the three men they believed led the province's "
       "cells in August, they expected the attacks to stop. They have not stopped; they have changed. The "
       "bombings of the spring, aimed at police stations, have given way to arson against the property of "
       "men who gave evidence in earlier trials.\u00b9")
d.para(1, "That is the pattern of a movement that has lost its planners but kept its grievances. The younger "
       "men who remain know how to burn a barn and how to find out who testified, and little else.\u00b2",
       brk=(2, f02_head(2, mangled=True)))
d.para(1, "The province's police should now protect witnesses, not police stations. The arrests bought them "
       "that choice; they should use it before the cells find new planners among the men released this "
       "winter.\u00b3")
d.fur("Notes")
for t in ["\u00b9 Lowland provincial police, statement on the arrests at Dorvan, 19 August 2041, and the "
          "province's list of attacks for the year to October.",
          "\u00b2 Court records of the Lowland assizes, 2038 to 2040.",
          "\u00b3 Prison service release schedule, winter 2041."]:
    d.para(1, t)
d.fur(*f02_head(3), F02_A2, "By Chief Inspector Moira Tallis-Gunawardena (retd.)")
d.para(2, "In the two years to September, the prison service recorded 1,180 visits to the eleven men held at "
       "Varnholt and Esk for offences under the security laws. Visitors are searched; their conversations are "
       "not recorded. Officers at both prisons believe that orders leave the visiting rooms every week.")
d.para(2, "The evidence is indirect but hard to dismiss. Three times this year an attack followed within a "
       "week of a visit from the same cousin of a prisoner at Esk, and each time the target was one that "
       "prisoner had named in his trial as an enemy.", brk=(2, f02_head(4)))
d.para(2, "Recording every conversation would be costly and, the courts have said, unlawful. Ending open "
       "visits for the men whose visitors have been linked to attacks would be neither.")
d.fur(*f02_head(5), "ALONG THE BORDERS", F02_B1)
d.para(3, "The customs post at Harnock has been moved four hundred metres back from the border after shots "
       "were fired at it twice in October. The officers now work from a former road depot that the border "
       "agency says can be defended.")
d.fur(F02_B2)
d.para(4, "Police searching a farm at Oskel on November 12 found a tunnel running from a cattle shed towards "
       "the border fence. It stopped thirty metres short. The farmer, who has been charged, told the police "
       "it was a drain.")
d.fur("Ilse Marchetti-Obi, Researcher, Halloran Trust", "_" * 40)
META = dict(date="2041-11-20", pub=TM, volume=39, issue=22)
emit("f02_tm_issue_no_blank_lines_contents_no_heading_opens_on_caps_section_page_first_bar_analyses_run_former_brigadier_retd_dot_along_borders_run_first_listed_role_office_then_rule", d, [
    dict(title=F02_A1, authors=["Anselm Okonkwo-Reis"], kind="analysis", **META),
    dict(title=F02_A2, authors=["Moira Tallis-Gunawardena"], kind="analysis", **META),
    dict(title=F02_B1, authors=[], kind="brief", **META),
    dict(title=F02_B2, authors=["Ilse Marchetti-Obi"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, opening on",
              "the section name `ANALYSES`) and the first page run on in one block; `Vol. 39, Issue 22` is volume",
              "39, issue 22; `ANALYSES` over a run of two names each an analysis (singular); `former`,",
              "`Brigadier-General`, `Chief Inspector` and `(retd.)` are left out of the names; the superscript",
              "markers stay in the text and the note entries are text, the heading `Notes` is not; `ALONG THE",
              "BORDERS` is a section name no page uses as a genre, over a run of short pieces, so each is a brief;",
              "the contents list only the first piece of the run, which is unsigned; the second is signed `NAME,",
              "Researcher, Halloran Trust` (role and office left out, not text); the rule after it, the masthead,",
              "contents and running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# f03: a plain-text weekly email letter, *Letters from Tarn Holm* (hard-wrapped at 70, paragraphs apart by blank lines):
# a mail header with its `Date:`, the name over `Saturday 9 November 2041`, `Hello again, Holm.`; the contents under
# `This week` (no colon) with group names indented one space over items indented three and marked with em dashes, the
# `Short takes` group listing only the first piece of its run, an `Every week` group listing the recurring blocks in
# sentence case; `SHORT TAKES` over a run of three: two unsigned, the third under `From our staff in Kelby` (a byline
# naming nobody); the run ended by a feature with no label and no byline, signed `NAME — Editor at Large` on its last
# line and followed only by a rule and the recurring `FIXTURES` table; the recurring `HEARD ON THE QUAY` (a few short
# lines under the feature's name); the sign-off `You have been reading …, put together in …` over the team's first
# names; a foot of labelled addresses split once by a rule, a copyright line with two years and a preferences line;
# sidecar `publication:`.
d = Doc(70)
RULE03 = "-" * 30
F03_B1 = "Holm Quay lamps to stay on all night"
F03_B2 = "Lifeboat crew's new boat arrives in March"
F03_B3 = "Kelby school reopens after the storm"
F03_F = "What the ferry strike taught the islands about themselves"
d.fur("From: Letters from Tarn Holm <letters@tarnholm.example>", "To: mariot.a@islepost.example",
      "Date: Sat, 9 Nov 2041 08:30:00 +0000", "Subject: Lamps, a lifeboat, the strike", "",
      "LETTERS FROM TARN HOLM", "Saturday 9 November 2041", "", "Hello again, Holm.", "", "This week",
      " Short takes", f"   \u2014 {F03_B1}", " Feature", f"   \u2014 {F03_F}", " Every week",
      "   \u2014 Fixtures", "   \u2014 Heard on the quay", "", RULE03, "", "SHORT TAKES", "", F03_B1, "")
d.paras(1,
        "The harbour board has agreed to leave the lamps on Holm Quay burning all night through the winter, "
        "reversing the saving it made in the spring. Two fishermen fell from the quay in the dark in October.")
d.fur("", F03_B2, "")
d.paras(2,
        "The island's lifeboat crew will take delivery of their new boat in March, the lifeboat trust has "
        "confirmed. The old boat, in service since 2019, will go to a museum in Ardwick.")
d.fur("", F03_B3, "From our staff in Kelby", "")
d.paras(3,
        "Kelby school reopened on Wednesday, three weeks after the storm took half its roof. Lessons are being "
        "held in the hall and the library while the classrooms dry out.")
d.fur("", RULE03, "", F03_F, "")
d.paras(4,
        "For nineteen days in October no ferry left Tarn Holm. The crews were on strike over a rota that would "
        "have had them working eleven days in a row, and the company, which had expected the strike to last a "
        "weekend, had no plan for a longer one.",
        "The islands managed. Fishing boats carried the post and the medicines; the shop at Kelby rationed milk "
        "and nobody complained; the school bus took the old people to the surgery on the days the doctor came "
        "over by lifeboat. What had seemed a lifeline turned out, for three weeks, to be a convenience.",
        "That is not an argument for doing without the ferry. It is an argument for the islands to keep what "
        "they learned: a list of who has a boat, who needs a lift, and who will notice when a neighbour's "
        "lights stay off.")
d.add()
d.fur("Petronella Aske-Mwangi \u2014 Editor at Large", "", RULE03, "", "FIXTURES", "",
      "Sat 9    Holm Rovers v Kelby Athletic      14:00  Quay Field",
      "Sun 10   Island darts league, round 6      19:30  Ferry Inn",
      "Wed 13   Holm Rovers v Ardwick Town        19:00  Quay Field", "", "HEARD ON THE QUAY", "",
      "\"Nineteen days. I got more done than in a year.\"", "\"It was the milk I missed.\"",
      "\"Don't tell the company we managed.\"", "", RULE03, "",
      "You have been reading Letters from Tarn Holm, put together in the", "old ferry office on Holm Quay by",
      "Ysolde, Bram and Kit", "", "Write to: The Old Ferry Office, Holm Quay, Tarn Holm TH1 2AA", RULE03,
      "Tips: tips@tarnholm.example", "(C) 2040, 2041 Tarn Holm Letters",
      "Preferences and unsubscribe: tarnholm.example/account")
META = dict(date="2041-11-09", pub="Letters from Tarn Holm", volume=None, issue=None)
emit("f03_email_weekly_groups_indented_less_em_dash_items_first_of_run_listed_short_takes_run_unsigned_from_our_staff_in_feature_ends_run_name_em_dash_role_fixtures_heard_foot_split", d, [
    dict(title=F03_B1, authors=[], kind="brief", **META),
    dict(title=F03_B2, authors=[], kind="brief", **META),
    dict(title=F03_B3, authors=[], kind="brief", **META),
    dict(title=F03_F, authors=["Petronella Aske-Mwangi"], kind="feature", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; `SHORT TAKES` is a",
              "section name no page uses as a genre, over a run of short pieces, so each is a brief (the contents",
              "list only the first); the first two are unsigned; `From our staff in Kelby` names nobody, so the third",
              "has no authors; the long piece after the run has no label and the contents list it under the group",
              "`Feature`, so it is a feature; its last line `NAME \u2014 Editor at Large` is its signature (role left",
              "out, not text); `FIXTURES` and `HEARD ON THE QUAY` are recurring blocks, no article and not text;",
              "the contents, greeting, rules, sign-off, first names and foot are furniture."],
    sidecar="publication: Letters from Tarn Holm")

# ---------------------------------------------------------------------------------------------------------------------
# f04: a plain-text daily email letter, *Pellingham Today* (hard-wrapped at 68, paragraphs apart by blank lines): a
# mail header with its `Date:`, the name over `Tuesday, 22 October 2041`; the contents under `In today's letter:` (a
# colon) with group names at the margin over items indented two and marked `>`, the `ALSO` group listing the recurring
# blocks in lower case; `NEWS` over a run of three: the first `From NAME in PLACE` (a byline naming a person), then the
# recurring `MARKETS AT THE CLOSE` table between it and the second; the second unsigned, ending on a `Notes` list with
# numbered entries (text); the third signed `NAME, Transport Correspondent, Pellingham Today` and followed straight by
# the recurring `NUMBER OF THE DAY`; the recurring `A READER ASKS` (a question and a short answer); the sign-off `Put
# together in …` naming the team; a foot of labelled addresses (`Post:`, `Desk:`), a copyright line and an unsubscribe
# line; sidecar `publication:`.
d = Doc(68)
RULE04 = "*" * 34
F04_S1 = "Drennock flats evacuated after gas cylinder find"
F04_S2 = "Pellingham fire service to close one of its two stations"
F04_S3 = "Night buses return to the Orme estate"
d.fur("From: Pellingham Today <today@pellingham-today.example>", "To: gwen.h@estuarymail.example",
      "Date: Tue, 22 Oct 2041 06:30:41 +0100", "Subject: Drennock, the fire station, night buses", "",
      "PELLINGHAM TODAY", "Tuesday, 22 October 2041", "", "In today's letter:", "NEWS", f"  > {F04_S1}",
      f"  > {F04_S2}", f"  > {F04_S3}", "ALSO", "  > markets at the close", "  > number of the day",
      "  > a reader asks", "", RULE04, "", "NEWS", "", F04_S1, "From Ruairi Castellanos-Mbeki in Drennock", "")
d.paras(1,
        "Forty households in two blocks of flats in Drennock spent Monday night in the community hall after "
        "police found eleven gas cylinders and a quantity of fertiliser in a lock-up garage beneath them.",
        "A man of thirty-four was arrested at the scene. Police said the cylinders had been stolen from a "
        "builders' yard in Pellingham in September, and that army technicians had made them safe by midnight.")
d.fur("", RULE04, "", "MARKETS AT THE CLOSE", "", "Pellingham fish market   cod   4.10/kg   +0.20",
      "                         hake  3.35/kg   -0.05", "Cattle mart, Orme       steers  212.0p/kg  +1.5",
      "Grain exchange          barley  188/t    unch.", "", RULE04, "", F04_S2, "")
d.paras(2,
        "The county fire authority will close the station on Quarry Street next spring and serve the whole town "
        "from the station at the docks, it said yesterday. The authority says the change will save 600,000 "
        "pounds a year and add no more than ninety seconds to the average time a crew takes to arrive.(1)",
        "The firefighters' union disputes the figure for the estates north of the railway, which it says will "
        "wait up to four minutes longer.(2)")
d.fur("", "Notes", "")
d.web(2, "1. County fire authority, paper to the authority's meeting of 21 October 2041.",
      "2. Firefighters' union, Pellingham branch, letter to councillors, 20 October 2041.")
d.fur("", RULE04, "", F04_S3, "")
d.paras(3,
        "Night buses will run again from Pellingham centre to the Orme estate from Friday, nine months after the "
        "company withdrew them when two drivers were assaulted. Each bus will now carry a conductor between "
        "eleven at night and three in the morning.")
d.add()
d.fur("Helga Mbekwe-Torvaldsen, Transport Correspondent, Pellingham Today", "NUMBER OF THE DAY", "",
      "11 -- gas cylinders found in the Drennock lock-up.", "", "A READER ASKS", "",
      "Q. Why is the Orme road dug up again?", "A. New water main. Until 8 November, says the council.", "",
      RULE04, "", "Put together in Pellingham by Ama, Florian and Jun.", "",
      "Post: Pellingham Today, 3 Dock Chambers, Pellingham PG1 4RD",
      "Desk: newsdesk@pellingham-today.example", "\u00a9 2041 Pellingham Today",
      "Unsubscribe: pellingham-today.example/leave")
META = dict(date="2041-10-22", pub="Pellingham Today", volume=None, issue=None)
emit("f04_email_daily_contents_colon_groups_at_margin_gt_items_blocks_lower_case_news_run_from_name_in_place_markets_table_numbered_notes_role_office_then_number_reader_asks_put_together", d, [
    dict(title=F04_S1, authors=["Ruairi Castellanos-Mbeki"], kind="news", **META),
    dict(title=F04_S2, authors=[], kind="news", **META),
    dict(title=F04_S3, authors=["Helga Mbekwe-Torvaldsen"], kind="news", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; `NEWS` over the run",
              "of three names each news (README, a section label `Local news` names the kind news);",
              "`From NAME in PLACE` names a person, so it is the first story's byline; the second story is unsigned",
              "and its numbered notes are its text (the heading `Notes` is not); the third is signed `NAME,",
              "Transport Correspondent, Pellingham Today` (role and letter left out, not text); `MARKETS AT THE",
              "CLOSE`, `NUMBER OF THE DAY` and `A READER ASKS` are recurring blocks, no article and not text; the",
              "contents, rules, sign-off and foot are furniture."],
    sidecar="publication: Pellingham Today")

# ---------------------------------------------------------------------------------------------------------------------
# f05: a whole issue of an invented sibling monitor, *Varrow Strait Monitor* (PDF text, paragraphs apart by blank
# lines): the name over `an occasional paper of the Varrow Institute` and `Volume 2 / Number 9 / September 2041` (month
# and year only); a contents list with NO heading that opens on a section name in capitals over its entries, page
# numbers first (`p. N   Title`), the second section listing only the first piece of its run, a third section
# `FEATURE` over one entry; `ASSESSMENT` over `By Major NAME (retd)`; `FROM THE STRAIT` (a section name) over a run of
# two short pieces: the first unsigned, the second not in the contents, under `From our correspondent, Selby Narrows`;
# the run ended by a feature printed with no label, `By former Harbourmaster NAME`; footer `VSM 2/9 · September 2041 ·
# N`, once mangled between the halves of a sentence; a colophon; sidecar `publication:`.
d = Doc(76, hyph=True)
F05_A = "Mines in the Shipping Lane: How Real Is the Threat?"
F05_B1 = "Pilot Boats to Sail in Pairs After Night Approach"
F05_B2 = "Selby Narrows Lighthouse Keeper's Cottage Broken Into"
F05_F = "A Harbour Without Secrets: Varrow's Port Police and Their Informers"

def f05_foot(page, mangled=False):
    if mangled:
        return ["", f"VSM2/9\u00b7September2041{GLYPH}{page}", "\f"]
    return ["", f"VSM 2/9 \u00b7 September 2041 \u00b7 {page}", "\f"]

d.fur("VARROW STRAIT MONITOR", "an occasional paper of the Varrow Institute", "",
      "Volume 2 / Number 9 / September 2041", "", "ASSESSMENT", f"p. 1   {F05_A}", "FROM THE STRAIT",
      f"p. 3   {F05_B1}", "FEATURE", f"p. 4   {F05_F}", "", "ASSESSMENT", "", F05_A, "",
      "By Major Tobiah Quist-Amadi (retd)", "")
d.paras(1,
        "Twice this summer, fishing boats in the Varrow strait brought up in their nets objects that the navy "
        "later identified as sea mines. Both were old, both were rusted through, and neither could have "
        "exploded. The question the shipping companies now ask is whether anyone has laid new ones.",
        "The navy's answer, which is cautious, is that it has no evidence of it. The harder answer is that the "
        "strait is forty kilometres wide and the navy sweeps a lane of two, once a month. A group with a boat, "
        "a crane and patience could lay a mine outside the swept lane without being seen.")
d.add()
d.para(1, "Nobody has claimed to have done so. But the groups that attacked the strait's ferries in 2039 "
       "said openly that the sea was their next front, and the navy's own exercises in June showed how long "
       "a single mine could close the strait: nine days.", brk=(2, f05_foot(1, mangled=True)))
d.add()
d.paras(1,
        "Sweeping the whole strait each month would cost about as much as the ferry companies lose in two days "
        "of closure. It would be money well spent.")
d.fur(*f05_foot(2), "FROM THE STRAIT", "", F05_B1, "")
d.paras(2,
        "The strait's pilots will sail in pairs at night from October, after a pilot boat was approached by an "
        "unlit launch off Cape Orran on August 28. The launch turned away when the pilot boat's searchlight "
        "found it.")
d.fur("", F05_B2, "", "From our correspondent, Selby Narrows", "")
d.paras(3,
        "The keeper's cottage at the Selby Narrows lighthouse was broken into in the first week of September. "
        "Nothing was taken except the logbooks of passing ships, which the keeper has kept since 2033.")
d.fur(*f05_foot(3), F05_F, "", "By former Harbourmaster Conall Ibsen-Achterberg", "")
d.paras(4,
        "Every port has its informers, and Varrow's port police have always relied on theirs: a tally clerk "
        "here, a crane driver there, a woman who runs the canteen and hears everything. For twenty years the "
        "arrangement worked because nobody on the quays knew who the informers were.",
        "That ended in March, when a list of eleven names, copied from a police laptop, was posted on the gates "
        "of the container terminal. Two of the men on it have left Varrow. One was beaten so badly that he has "
        "not worked since.",
        "The port police have since recruited no one. Their commander told the harbour board in July that he "
        "had \"lost his ears\" on the quays, and the seizures of the summer bear him out: fewer than half the "
        "number of a year before.")
d.add()
d.para(4, "The list came from a laptop left in a car. The remedy is not a better laptop. It is a port police "
       "that keeps the names of its informers where no car thief will find them, and that tells the men it "
       "asks for help exactly what it will do to protect them.")
d.fur(*f05_foot(4)[:2], "",
      "The Varrow Strait Monitor is sent free to the strait's harbour boards and shipping companies.")
META = dict(date="2041-09-01", pub="Varrow Strait Monitor", volume=2, issue=9)
emit("f05_sibling_contents_no_heading_opens_on_caps_section_page_first_p_assessment_major_retd_from_the_strait_run_first_listed_from_our_correspondent_place_feature_ends_run_former_harbourmaster", d, [
    dict(title=F05_A, authors=["Tobiah Quist-Amadi"], kind="assessment", **META),
    dict(title=F05_B1, authors=[], kind="brief", **META),
    dict(title=F05_B2, authors=[], kind="brief", **META),
    dict(title=F05_F, authors=["Conall Ibsen-Achterberg"], kind="feature", **META)],
    comments=["Open choices: `Volume 2 / Number 9 / September 2041` is volume 2, issue 9, dated the first of the",
              "month; `ASSESSMENT` over one piece names it an assessment; `Major` and `(retd)` are left out of the",
              "name; `FROM THE STRAIT` is a section name no page uses as a genre, over a run of short pieces, so each",
              "is a brief (the contents list only the first, which is unsigned); `From our correspondent, Selby",
              "Narrows` names nobody, so the second has no authors; the long piece after the run is printed with no",
              "label and the contents list it under `FEATURE`, so it is a feature; `former Harbourmaster` is left",
              "out of the name; the masthead, contents, running footers and the closing line are furniture."],
    sidecar="publication: Varrow Strait Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# f06: a plain-text weekly email letter, *The Wendlebury Packet* (hard-wrapped at 66, paragraphs apart by blank lines):
# a mail header whose `Date:` is the only date, the name over `The Friday Packet`; the contents under `Contents of this
# Packet` (no colon) with group names indented two over items indented six and marked `*`, the titles printed later
# in capitals, a `Regulars` group listing the recurring blocks; `DISPATCHES` (plural) over a run of two: `By NAME`
# ending on a sentence that names a clerk and her role (text), and a dispatch signed `NAME IN CAPITALS / Harbour
# Reporter` followed straight by the label `COMMENTARY`; `COMMENTARY` over `By Dr NAME`; the recurring `THE WEEK IN
# FIGURES`; the sign-off `That was the Packet …` naming where it is made over the team's first names; a foot whose
# copyright line is mangled once with a rule run into it, and an unsubscribe line; no sidecar.
d = Doc(66)
RULE06 = "#" * 33
F06_D1 = "Tribunal Told of Threats to Wendlebury Dock Witnesses"
F06_D2 = "Customs Launch Stopped by Harbour Chain"
F06_C = "Why the Dock Inquiry Should Sit in Public"
d.fur("From: The Wendlebury Packet <packet@wendlebury-packet.example>", "To: h.mortlake@downsmail.example",
      "Date: Fri, 27 Sep 2041 17:00:00 +0100", "Subject: The dock tribunal, a harbour chain", "",
      "THE WENDLEBURY PACKET", "The Friday Packet", "", "Contents of this Packet", "  Dispatches",
      f"      * {F06_D1}", f"      * {F06_D2}", "  Commentary", f"      * {F06_C}", "  Regulars",
      "      * The week in figures", "", RULE06, "", "DISPATCHES", "", F06_D1.upper(), "By Ottoline Frere-Adjei", "")
d.paras(1,
        "Two dock workers told the employment tribunal in Wendlebury on Tuesday that they had been threatened "
        "after agreeing to give evidence about thefts from the container yard. One said a dead gull had been "
        "left on the bonnet of his car.",
        "The tribunal is hearing claims from four workers who say they were dismissed for reporting the thefts. "
        "The port company denies it.",
        "The hearing resumes on Friday, said Ottilie Brask, clerk to the tribunal.")
d.fur("", F06_D2.upper(), "")
d.paras(2,
        "A customs launch chasing a speedboat into Wendlebury harbour on Sunday night was stopped by the boom "
        "chain that closes the inner basin after dark. The speedboat, which had passed the chain minutes "
        "earlier, was found abandoned on the slipway with its engine still warm.",
        "The harbour master says the chain was raised on time, as it is every night, and that nobody told him "
        "a chase was coming.")
d.add()
d.fur("CASPAR NYGAARD-ESI / Harbour Reporter", "COMMENTARY", "", F06_C.upper(), "By Dr Imelda Rourke-Tan", "")
d.paras(3,
        "The port company would like the inquiry into the container yard thefts to sit in private. It says "
        "witnesses will speak more freely, and after this week's evidence at the tribunal that argument has "
        "some force.",
        "But the thefts went on for three years precisely because they were discussed only in private, by men "
        "who had reasons to keep them quiet. An inquiry behind closed doors would repeat the mistake. Protect "
        "the witnesses, by all means: let them give evidence from behind a screen. Let the rest of Wendlebury "
        "hear what they say.")
d.fur("", RULE06, "", "THE WEEK IN FIGURES", "", "4      workers suing the port company",
      "3      years the container thefts went on", "212    containers through the yard on Monday", "",
      RULE06, "", "That was the Packet for this week, made at the Wendlebury Exchange.", "Hetty, Amos and Rui", "",
      "(c) 2041 The Wendlebury Packet ############ Write to: 7 Exchange Steps, Wendlebury",
      "Unsubscribe: wendlebury-packet.example/stop")
META = dict(date="2041-09-27", pub="The Wendlebury Packet", volume=None, issue=None)
emit("f06_email_weekly_star_items_groups_indented_less_titles_later_in_caps_dispatches_run_sentence_naming_clerk_caps_name_slash_role_then_label_commentary_week_in_figures_foot_mangled", d, [
    dict(title=F06_D1, authors=["Ottoline Frere-Adjei"], kind="dispatch", **META),
    dict(title=F06_D2, authors=["Caspar Nygaard-Esi"], kind="dispatch", **META),
    dict(title=F06_C, authors=["Imelda Rourke-Tan"], kind="commentary", **META)],
    comments=["Open choices: `The Friday Packet` is no count and the letter prints no volume, so volume and issue",
              "stay empty; the date is the mail header's; each title is written as the contents print it, the",
              "capitals over the piece being the same words; `DISPATCHES` over a run of two names each a dispatch",
              "(singular); the first dispatch's last line, a sentence naming the tribunal's clerk and her role, is",
              "its text; the second is signed by a name in capitals over `/ Harbour Reporter` (written as a name,",
              "role left out, not text); `COMMENTARY` names its piece; `Dr` is left out; `THE WEEK IN FIGURES` is a",
              "recurring block, no article and not text; the contents, rules, sign-off, first names and foot",
              "(its copyright line mangled with a rule) are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# f07: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `THE TERRORISM MONITOR` over `Issue
# 17 of Volume 39` and `Wednesday, 11 September 2041`; `This issue` (no colon) with page-first entries after dots
# (`2 ....... Title`) listing the analysis and the profile but NOT the run between them; `ANALYSIS` over `By Colonel NAME
# (retd)` with bracketed roman note markers under `Sources` (one entry wrapped); `ON THE GROUND` (a section name) over a
# run of two short pieces the contents do not list: the first under `From our correspondent, Kavor`, the second with no
# byline signed `NAME — Stringer, Lake Ashby` and followed straight by the label `PROFILE`; `PROFILE` over `By former
# Inspector-General of Police NAME`; footer `TM · 11.09.41 · N`, once mangled between the halves of a sentence;
# sidecar `publication:`.
d = Doc(78, hyph=True)
F07_A = "The Ferry Bombers of Lake Ashby Are Recruiting Again"
F07_G1 = "Market Traders in Kavor Pay a New Levy"
F07_G2 = "Lake Patrol Boat Fired On Near Ashby Pier"
F07_P = "Severin Kolbe-Nakamura, the Quartermaster Who Came Home"

def f07_foot(page, mangled=False):
    if mangled:
        return ["", f"TM\u00b711.09.41{GLYPH}{page}", "\f"]
    return ["", f"TM \u00b7 11.09.41 \u00b7 {page}", "\f"]

d.fur("THE TERRORISM MONITOR", "Issue 17 of Volume 39", "Wednesday, 11 September 2041", "", "This issue", "",
      f"2 ........ {F07_A}", f"4 ........ {F07_P}", "", "ANALYSIS", "", F07_A, "",
      "By Colonel Ekaterina Moss-Adebayo (retd)", "")
d.paras(1,
        "Three years after the ferry bombing that killed nineteen people on Lake Ashby, the group that carried "
        "it out is recruiting again. Its leaflets have appeared in the lakeside schools, and two of the boys "
        "arrested in August for throwing petrol bombs at a police launch carried its membership cards.[i]",
        "The group was thought broken in 2039, when its founders were killed or jailed. What has revived it is "
        "the same thing that created it: the closure of the lake fisheries, which left the lakeside villages "
        "with nothing to do and nobody to blame but the government that closed them.[ii]")
d.add()
d.para(1, "A security answer alone will fail as it failed before. The fisheries board's proposal to reopen "
       "the northern shore to licensed boats would cost the government little and take from the group its "
       "best argument.[iii]", brk=(2, f07_foot(2, mangled=True)))
d.fur("", "Sources", "")
for t in ["[i] Lake Ashby district police, charge sheets of 14 and 19 August 2041, with the inventory of items "
          "taken from the two boys at their arrest.",
          "[ii] Ministry of Fisheries, order closing the Lake Ashby fisheries, March 2036.",
          "[iii] Lake Ashby fisheries board, proposal to the ministry, July 2041."]:
    d.para(1, t)
d.fur("", "ON THE GROUND", "", F07_G1, "", "From our correspondent, Kavor", "")
d.paras(2,
        "Stallholders at the covered market in Kavor have been asked since July for a weekly payment that the "
        "men collecting it call a protection levy. Those who paid say it is forty crowns; two who refused had "
        "their stalls overturned.")
d.fur("", F07_G2, "")
d.paras(3,
        "A lake police patrol boat was fired on from the shore near Ashby pier on September 3. No one was "
        "hurt; the boat returned with three holes in its cabin.")
d.add()
d.fur("Ilario Benedek-Sow \u2014 Stringer, Lake Ashby", *f07_foot(3), "PROFILE", "", F07_P, "",
      "By former Inspector-General of Police Bartholomew Nkemdirim-Hale", "")
d.paras(4,
        "Severin Kolbe-Nakamura kept the ferry bombers' stores for four years: the fertiliser, the detonators, "
        "the boats. He was arrested in 2039, served two years of a six-year sentence and was released in May on "
        "the condition that he live in the capital. In July he was seen in Ashby.",
        "He is not a commander. He never planned an attack, and his trial found that he did not know the "
        "targets of the bombs he helped to build. But a group that is recruiting needs a man who knows where "
        "to buy fertiliser without being noticed, and there is no one alive who knows it better.",
        "The police say he has broken no law by visiting the lake. They are watching him. So, in all "
        "likelihood, are the boys with the membership cards.")
d.fur(*f07_foot(4)[:2])
META = dict(date="2041-09-11", pub=TM, volume=39, issue=17)
emit("f07_tm_issue_of_volume_dots_contents_skip_run_analysis_colonel_retd_roman_on_the_ground_unlisted_from_our_correspondent_em_dash_role_then_label_former_inspector_general", d, [
    dict(title=F07_A, authors=["Ekaterina Moss-Adebayo"], kind="analysis", **META),
    dict(title=F07_G1, authors=[], kind="brief", **META),
    dict(title=F07_G2, authors=["Ilario Benedek-Sow"], kind="brief", **META),
    dict(title=F07_P, authors=["Bartholomew Nkemdirim-Hale"], kind="profile", **META)],
    comments=["Open choices: `Issue 17 of Volume 39` is volume 39, issue 17; `ANALYSIS` and `PROFILE` name their",
              "pieces; `Colonel`, `(retd)`, `former` and `Inspector-General of Police` are left out of the names;",
              "the `[i]` markers stay in the text and the entries are text, the heading `Sources` is not; `ON THE",
              "GROUND` is a section name no page uses as a genre, over a run of short pieces the contents do not",
              "list, so each is a brief; `From our correspondent, Kavor` names nobody, so the first has no authors;",
              "the second's last line `NAME \u2014 Stringer, Lake Ashby` is its signature (role left out, not text);",
              "the masthead, contents and running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# f08: a plain-text daily email letter, *Early Light* (hard-wrapped at 62, paragraphs apart by blank lines): a mail
# header with its `Date:`, the name over `from Dunmore · Monday 14 October 2041`; the contents under `Today, in order:`
# (a colon), items marked with en dashes, stories and recurring blocks in the order printed, the blocks in title case;
# `AROUND DUNMORE` (a section name) over a run of two short stories: `By NAME` ending on a quotation of one named
# person, then the recurring `TONIGHT IN DUNMORE` calendar (times), then an unsigned story; `REPORT` over a longer story
# with no byline whose last section is a short list of figures (text), signed `NAME, Chief Reporter` and followed
# straight by the recurring `SAID ALOUD` (one quotation with its attribution); the recurring `YOU ASKED` (a question
# with a short answer) and `NIGHT DESK` (a few short lines under the feature's name); the sign-off `You have been
# reading …` naming where it is written over the team's first names; a foot of labelled lines (`Write to:`,
# `Preferences:`, `Unsubscribe:`) and a copyright line with two years; no sidecar.
d = Doc(62)
RULE08 = "-=" * 20
F08_B1 = "Dunmore library to open on Sundays"
F08_B2 = "Harbour car park barrier smashed again"
F08_R = "Inquiry hears how the Dunmore grain store fire spread"
d.fur("From: Early Light <morning@earlylight-dunmore.example>", "To: c.fenwick@hillmail.example",
      "Date: Mon, 14 Oct 2041 05:45:09 +0100", "Subject: Sundays at the library; the grain store inquiry", "",
      "EARLY LIGHT", "from Dunmore \u00b7 Monday 14 October 2041", "", "Today, in order:",
      f"\u2013 {F08_B1}", "\u2013 Tonight In Dunmore", f"\u2013 {F08_B2}", f"\u2013 {F08_R}",
      "\u2013 Said Aloud", "\u2013 You Asked", "\u2013 Night Desk", "", RULE08, "", "AROUND DUNMORE", "", F08_B1,
      "By Ngozi Halloran-Petit", "")
d.paras(1,
        "Dunmore library will open on Sunday afternoons from November, after the town council found the money "
        "for a second librarian in its autumn budget.",
        "\"Half the town works on Saturdays. Sunday is the only day they can come,\" said Marguerite Osei-Lund, "
        "who has run the library since 2030.")
d.fur("", RULE08, "", "TONIGHT IN DUNMORE", "", "18:00  Choir rehearsal, St Brendan's hall",
      "19:00  Planning committee, town hall, room 2", "19:30  Quiz night, the Anchor", "", RULE08, "", F08_B2, "")
d.paras(2,
        "The barrier at the harbour car park was smashed for the third time this year on Saturday night. The "
        "council says it will not be replaced until a camera is installed beside it.")
d.fur("", RULE08, "", "REPORT", "", F08_R, "")
d.paras(3,
        "The fire that destroyed the Dunmore grain store in June spread from the drying room to the main hall "
        "in under ten minutes because two fire doors had been wedged open, the inquiry into the fire heard on "
        "Friday.",
        "A fire officer told the inquiry that the doors had been wedged open for so long that their hinges had "
        "rusted in place. The store's owners said the doors were opened only on delivery days.",
        "The figures the inquiry was given by the brigade:")
d.add()
d.web(3, "Time from alarm to first crew:    11 minutes", "Time for fire to reach main hall:  9 minutes",
      "Grain lost:                       1,400 tonnes")
d.add()
d.fur("Augustin Velde-Achebe, Chief Reporter", "SAID ALOUD", "",
      "\"Doors are for closing. That's the whole of my evidence.\"",
      "-- a retired fire officer, to the grain store inquiry", "", "YOU ASKED", "",
      "Is the Sunday bus running again?", "Yes, from 20 October, hourly from noon.", "", "NIGHT DESK", "",
      "Two foxes on the quay at 02:10.", "The lighthouse lamp blinked twice and recovered.",
      "The bakery's lights were on by four.", "", RULE08, "",
      "You have been reading Early Light, written overnight above the", "harbour office in Dunmore.",
      "Orla, Sione, Beatrix and Dev", "", "Write to: letters@earlylight-dunmore.example",
      "Preferences: earlylight-dunmore.example/settings", "Unsubscribe: earlylight-dunmore.example/bye",
      "\u00a9 2040\u20132041 Early Light Media")
META = dict(date="2041-10-14", pub="Early Light", volume=None, issue=None)
emit("f08_email_daily_en_dash_contents_in_order_around_dunmore_run_quote_at_end_tonight_calendar_report_figures_list_name_comma_role_said_aloud_you_asked_night_desk_you_have_been_reading", d, [
    dict(title=F08_B1, authors=["Ngozi Halloran-Petit"], kind="brief", **META),
    dict(title=F08_B2, authors=[], kind="brief", **META),
    dict(title=F08_R, authors=["Augustin Velde-Achebe"], kind="report", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; the name is",
              "`EARLY LIGHT` (the line under it says where it comes from); `AROUND DUNMORE` is a section name no",
              "page uses as a genre, over a run of short pieces, so each is a brief; the first ends on a quotation",
              "of one named person, which is its text; the second is unsigned; `REPORT` names its piece; its",
              "closing list of figures, introduced by its last sentence, is its text, and `NAME, Chief Reporter` is",
              "its signature (role left out, not text); `TONIGHT IN DUNMORE`, `SAID ALOUD`, `YOU ASKED` and `NIGHT",
              "DESK` are recurring blocks, no article and not text; the contents, rules, sign-off, first names and",
              "foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# f09: a whole issue of an invented sibling monitor, *Kessmark Basin Monitor*, printed WITHOUT blank lines (PDF text, no
# indents; a paragraph ends where a line stops short): the name, `No. 14 (Vol. 5), 27 November 2041` and the
# publisher's line, then a contents list with NO heading opening on a section name in capitals over page-first
# entries (`N – Title`), the second section listing the first two pieces of its run of three, and the first page, all
# in one block; `COMMENTARY` over `By NAME (retd)` (no rank) with `[n]` markers and entries under `Notes`; `BASIN NOTES`
# (a section name) over a run of three short pieces: `From our staff in Tolvey` (naming nobody), `From NAME in Tolvey`
# (naming a person), and a piece with no byline signed `NAME, Liaison Officer, Tolvey District Office` and followed
# only by a rule of underscores; running header `Kessmark Basin Monitor No. 14 | N`, once mangled between the halves of a
# sentence; sidecar `publication:`.
d = Doc(78, hyph=True)
F09_C = "The Reservoir Guards Nobody Pays For"
F09_B1 = "Tolvey Pumping Station Fenced at Last"
F09_B2 = "Fishing Permits Withdrawn on the Upper Basin"
F09_B3 = "District Office Opens a Night Line"

def f09_head(page, mangled=False):
    if mangled:
        return ["\f", f"KessmarkBasinMonitorNo.14{GLYPH}|{page}"]
    return ["\f", f"Kessmark Basin Monitor No. 14 | {page}"]

d.fur("KESSMARK BASIN MONITOR", "No. 14 (Vol. 5), 27 November 2041",
      "Issued by the Kessmark Water Security Council", "COMMENTARY", f"1 \u2013 {F09_C}", "BASIN NOTES",
      f"3 \u2013 {F09_B1}", f"3 \u2013 {F09_B2}", "COMMENTARY", F09_C, "By Hollis Adeyemi-Strand (retd)")
d.para(1, "The four reservoirs of the Kessmark basin supply water to a million people, and since the attack on "
       "the Orrin dam in 2038 each has been guarded day and night. The guards are paid by the water company, "
       "which says the cost should fall on the state; the state says the reservoirs are the company's "
       "property and their guarding its business.[1]")
d.para(1, "The result is a guard force that nobody wants to pay for and that nobody has reviewed. Its men "
       "are trained for a week and armed with radios. Two of the four reservoirs have no fence on their "
       "northern shores at all.[2]", brk=(2, f09_head(2, mangled=True)))
d.para(1, "A basin authority, funded by a small charge on every water bill, would settle who pays and who "
       "answers for the guards. The council proposed one in 2039. It should propose it again.")
d.fur("Notes")
for t in ["[1] Kessmark Water Company, annual report 2040, the note on security costs, and the ministry's reply "
          "to the company of 3 March 2041.",
          "[2] The author's visits to the four reservoirs, October 2041."]:
    d.para(1, t)
d.fur(*f09_head(3), "BASIN NOTES", F09_B1, "From our staff in Tolvey")
d.para(2, "A fence has at last gone up around the Tolvey pumping station, three years after the water company "
       "promised one. It was finished on November 18.")
d.fur(F09_B2, "From Jonas Abara-Lindqvist in Tolvey")
d.para(3, "The basin council has withdrawn all fishing permits for the upper basin until the spring, after two "
       "men holding permits were found photographing the sluice gates of the Orrin dam.")
d.fur(F09_B3)
d.para(4, "The Tolvey district office now answers its telephone through the night. Residents who see anything "
       "unusual at the reservoirs are asked to call it rather than the police, who are an hour away.")
d.fur("Teodora Vasquez-Mbeki, Liaison Officer, Tolvey District Office", "_" * 36)
META = dict(date="2041-11-27", pub="Kessmark Basin Monitor", volume=5, issue=14)
emit("f09_sibling_no_blank_lines_contents_no_heading_opens_on_caps_section_page_first_en_dash_commentary_name_retd_no_rank_basin_notes_run_from_our_staff_from_name_in_place_role_office_then_rule", d, [
    dict(title=F09_C, authors=["Hollis Adeyemi-Strand"], kind="commentary", **META),
    dict(title=F09_B1, authors=[], kind="brief", **META),
    dict(title=F09_B2, authors=["Jonas Abara-Lindqvist"], kind="brief", **META),
    dict(title=F09_B3, authors=["Teodora Vasquez-Mbeki"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, opening on",
              "the section name `COMMENTARY`) and the first page run on in one block; `No. 14 (Vol. 5)` is volume",
              "5, issue 14; `COMMENTARY` names its piece; `(retd)` is left out of the name; the `[n]` markers stay",
              "in the text and the entries are text, the heading `Notes` is not; `BASIN NOTES` is a section name no",
              "page uses as a genre, over a run of short pieces, so each is a brief; `From our staff in Tolvey`",
              "names nobody, so the first has no authors; `From NAME in Tolvey` names the second's author; the third",
              "is signed `NAME, Liaison Officer, Tolvey District Office` (role and office left out, not text); the",
              "rule after it, the masthead, contents and running headers are furniture."],
    sidecar="publication: Kessmark Basin Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# f10: a plain-text daily email letter of the Varrow Institute, *Varrow Strait Daily* (hard-wrapped at 66, paragraphs
# apart by blank lines): a mail header with its `Date:`, the name over `Monday 2 December 2041 | the strait at 06:00`,
# `Good morning from the strait.`; the contents under `In this letter` (no colon), items marked `*`, the stories'
# titles printed later in capitals, the recurring blocks named in capitals and printed in title case; `IN THE STRAIT`
# (a section name) over a run of three short stories: `By NAME`, then the recurring `Shipping Movements` table (times);
# a story under `From our correspondent, Orran Point`; a story with no byline signed `NAME / Night Editor` and followed
# straight by the recurring `Wind and Sea` table;
# the recurring `The Day's Number`; the sign-off `That was …` naming where it is put together over the team's first
# names; a foot of labelled addresses split once by a rule, a copyright line and an unsubscribe line; no sidecar.
d = Doc(66)
RULE10 = "_" * 44
F10_S1 = "Ferry company adds a night crossing to Orran"
F10_S2 = "Orran Point fog signal silent for two nights"
F10_S3 = "Navy sweep finds nothing in the outer lane"
d.fur("From: Varrow Strait Daily <daily@varrow-institute.example>", "To: l.okafor@portmail.example",
      "Date: Mon, 2 Dec 2041 06:15:33 +0000", "Subject: A night ferry, a silent fog signal, the sweep", "",
      "VARROW STRAIT DAILY", "Monday 2 December 2041 | the strait at 06:00", "", "Good morning from the strait.",
      "", "In this letter", f"* {F10_S1}", "* SHIPPING MOVEMENTS", f"* {F10_S2}", f"* {F10_S3}",
      "* WIND AND SEA", "* THE DAY'S NUMBER", "", RULE10, "", "IN THE STRAIT", "", F10_S1.upper(),
      "By Lisbet Carrow-Nwosu", "")
d.paras(1,
        "The strait's ferry company will run a crossing to Orran at eleven at night from January, the first "
        "night sailing since the ferry attacks of 2039. The company says the port police will search every "
        "vehicle before it boards.")
d.fur("", RULE10, "", "Shipping Movements", "", "05:40  Inbound   Harl Voyager      bulk grain    berth 4",
      "06:10  Outbound  Selby Trader      containers    lane B", "07:25  Inbound   Orran Belle       ferry         pier 1",
      "", RULE10, "", F10_S2.upper(), "From our correspondent, Orran Point", "")
d.paras(2,
        "The fog signal at Orran Point was silent on Friday and Saturday nights while fog lay over the strait. "
        "The lighthouse authority found its power cable cut at the foot of the cliff and says it was not "
        "an accident.")
d.fur("", F10_S3.upper(), "")
d.paras(3,
        "The navy's monthly sweep of the strait's outer shipping lane, extended this month at the request of "
        "the shipping companies, found no mines. The sweep took four days instead of the usual one.")
d.add()
d.fur("Benedikt Sorlie-Amankwah / Night Editor", "Wind and Sea", "", "Today    SW 5 to 6, sea moderate, fog patches",
      "Tonight  W 6, sea rough, good visibility", "", "The Day's Number", "",
      "4 -- days the navy took to sweep the outer lane.", "", RULE10, "",
      "That was the Varrow Strait Daily, put together in the Varrow", "Institute's harbour office.",
      "Kaia, Mattias and Noor", "", "Post: Varrow Institute, Harbour Office, Varrow VR2 9SE", RULE10,
      "Desk: daily@varrow-institute.example", "Copyright 2041 The Varrow Institute",
      "Unsubscribe: varrow-institute.example/daily/leave")
META = dict(date="2041-12-02", pub="Varrow Strait Daily", volume=None, issue=None)
emit("f10_email_daily_star_items_titles_later_in_caps_blocks_listed_in_caps_in_the_strait_run_shipping_table_from_our_correspondent_slash_role_then_wind_and_sea_days_number_foot_split", d, [
    dict(title=F10_S1, authors=["Lisbet Carrow-Nwosu"], kind="brief", **META),
    dict(title=F10_S2, authors=[], kind="brief", **META),
    dict(title=F10_S3, authors=["Benedikt Sorlie-Amankwah"], kind="brief", **META)],
    comments=["Open choices: the letter prints no volume or count, so volume and issue stay empty; each title is",
              "written as the contents print it, the capitals over the story being the same words; `IN THE STRAIT`",
              "is a section name no page uses as a genre, over a run of short pieces, so each is a brief;",
              "`From our correspondent, Orran Point` names nobody, so the second has no authors; the third is",
              "signed `NAME / Night Editor` (role left out, not text); `Shipping Movements`, `Wind and Sea` and `The",
              "Day's Number` are recurring blocks, no article and not text; the contents, greeting, rules, sign-off,",
              "first names and foot are furniture."])
