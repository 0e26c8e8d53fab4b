"""issues43-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated February - October 2040): three whole Terrorism
Monitor issues as PDF text (n01, n06 printed without blank lines between paragraphs, n08), two whole issues of invented
sibling monitors (n03 printed without blank lines, n05), four plain-text email letters (n02 and n07 weeklies, n04 and
n09 dailies) and a research institute's email carrying a whole issue of a sibling monitor (n10).
The weight is on section labels over runs (plural genre labels, collection labels in words of the writer's own),
signatures under the text, bylines over it (ranks written out, honorifics, particles, capitals, three authors with
roles, correspondents, reviews with the book's details), contents lists, bios, email letters' counts, contents,
recurring blocks, sign-offs and feet, running lines and notes.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues42-new/gen.py (from issues39-new to issues41-new), copied unchanged.
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
STRAY = "\uf0a7"

# ---------------------------------------------------------------------------------------------------------------------
# n01: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the name over a tagline naming the
# publisher, `Volume 38 ▪ Issue 4` over `22 February 2040`; `TABLE OF CONTENTS` with group headings, pages last after
# dots; `APPRAISALS` (plural, a word of the writer's own) over a run of two: `By Air Vice-Marshal (Retd) NAME` with
# `[n]` markers and `Notes` entries numbered `n.` (one wrapped), and `By Detective Chief Inspector NAME` whose bio sits
# straight under the text with no label, just before the running footer; `AROUND THE REGION` (a section name) over three
# short pieces: the first signed with initials after a double hyphen, the second unsigned, the third signed by a name
# over the city on the next line, at the end of the issue; footer `page N | TM 38.4 | 22 Feb 2040`, once mangled between
# the halves of a sentence (words run together, a stray glyph, the page number glued to the words).
d = Doc(77, hyph=True)
N01_A1 = "Borrowed Wings: Why the Velmar Cells Have Taken to Light Aircraft"
N01_A2 = "Counting the Uncounted: Kidnap Figures in the Southern Provinces"
N01_R1 = "Grain Convoy Turned Back at the Ossery Bridge"
N01_R2 = "Prison Governor at Klane Suspended After Escape"
N01_R3 = "Radio Mast Toppled Outside Dorrigan"

def n01_foot(page, mangled=False):
    if mangled:
        return ["", f"page{page}|TM38.4{STRAY}|22Feb2040", "\f"]
    return ["", f"page {page} | TM 38.4 | 22 Feb 2040", "\f"]

d.fur("TERRORISM MONITOR", "The fortnightly of the Corvell Foundation for Security Studies", "",
      "Volume 38 \u25aa Issue 4", "22 February 2040", "", "TABLE OF CONTENTS", "", "Appraisals",
      f"  {N01_A1} ........ 1", f"  {N01_A2} ........ 3", "Around the Region",
      f"  {N01_R1} ........ 4", f"  {N01_R2} ........ 4", f"  {N01_R3} ........ 5", "",
      "APPRAISALS", "", N01_A1, "", "By Air Vice-Marshal (Retd) Cosmin Hallgrimsson-Abara", "")
d.paras(1,
        "Three times since November, small aircraft of the kind that farmers use to spray their fields have "
        "landed at night on the dry lake beds east of Velmar. Each time the police arrived to find tyre marks, "
        "an empty fuel drum and nothing else.[1]",
        "The cells that operate in the Velmar hills have never before shown any interest in flying. They have "
        "moved their weapons on mules and in the boots of taxis, and they have been caught, often enough, at "
        "the checkpoints on the three roads out of the hills.[2]")
d.add()
d.para(1, "An aircraft that flies low over the lake beds does not pass a checkpoint. It needs no road, no bribe and "
       "no driver who might talk, and a pilot who has learned his trade spraying cotton can put it down on a "
       "strip of hard sand with the lights of a single car to guide him.",
       brk=(2, n01_foot(2, mangled=True)))
d.add()
d.paras(1,
        "The remedy is not more checkpoints but a register of the province's light aircraft, of which there "
        "are fewer than two hundred, and a radar that can see below the hills. Neither is expensive. Both "
        "have been promised since 2031.[3]")
d.fur("", "Notes", "")
for t in ["1. Velmar Provincial Police, incident logs for the lake district, November 2039 to February 2040, "
          "as summarised for the provincial assembly.",
          "2. Checkpoint seizures, Velmar hills, 2034-2039.",
          "3. Ministry of Transport, civil aviation plan for the eastern provinces, 2031."]:
    d.para(1, t)
d.fur("", N01_A2, "", "By Detective Chief Inspector Priya Vantongeren-Mwale", "")
d.paras(2,
        "Every year the interior ministry publishes a figure for kidnappings in the southern provinces, and "
        "every year the figure is lower than the last. This year it was forty-one. Nobody who works in the "
        "south believes it.",
        "The figure counts only the cases reported to the police, and in the south a family whose son has "
        "been taken does not go to the police. It goes to the village elder, who knows a man who knows the "
        "kidnappers, and the price is settled over tea within a week.",
        "Our own count, made from the records of the elders' councils in two districts, found a hundred and "
        "six cases last year in those districts alone. If the rest of the south is similar, the true figure "
        "is ten times the ministry's.")
d.add()
d.bio("Priya Vantongeren-Mwale heads the kidnap unit of the southern provincial police and has negotiated "
      "the release of more than thirty hostages.")
d.fur(*n01_foot(3), "AROUND THE REGION", "", N01_R1, "")
d.paras(3,
        "A convoy of fourteen lorries carrying relief grain was turned back at the Ossery bridge on February 15 "
        "by men who said they spoke for the river villages. They demanded that a share of the grain be "
        "unloaded on their side of the river.",
        "The convoy returned to the depot at Tull and set out again two days later under police escort.")
d.add()
d.fur("-- J.M.O.", "", N01_R2, "")
d.paras(4,
        "The governor of the prison at Klane was suspended on February 17 after two men serving sentences for "
        "the bombing of the Klane bus station escaped through a laundry van.",
        "An inquiry will report within the month.")
d.fur(*n01_foot(4), N01_R3, "")
d.paras(5,
        "The radio mast that carries the police network's signal for the western valleys was pulled down on "
        "the night of February 19 by a tractor and a length of chain. Police radios in the valleys were silent "
        "for thirty hours.",
        "The tractor, stolen from a farm near the mast, was found burned in a quarry the next morning.")
d.add()
d.fur("Leocadia Farrow-Nakashima", "Dorrigan", *n01_foot(5)[:2])
META = dict(date="2040-02-22", pub=TM, volume=38, issue=4)
emit("n01_tm_issue_table_of_contents_groups_dots_appraisals_run_air_vice_marshal_dci_bio_under_text_around_region_initials_unsigned_name_city", d, [
    dict(title=N01_A1, authors=["Cosmin Hallgrimsson-Abara"], kind="appraisal", **META),
    dict(title=N01_A2, authors=["Priya Vantongeren-Mwale"], kind="appraisal", **META),
    dict(title=N01_R1, authors=[], kind="brief", **META),
    dict(title=N01_R2, authors=[], kind="brief", **META),
    dict(title=N01_R3, authors=["Leocadia Farrow-Nakashima"], kind="brief", **META)],
    comments=["Open choices: `APPRAISALS` over a run of two names each an appraisal (singular, a genre word the",
              "page prints); `Air Vice-Marshal (Retd)` and `Detective Chief Inspector` are ranks left out of the",
              "names; the notes entries are text, the heading `Notes` is not; the bio straight under the second",
              "appraisal's text (no label) is not text; `AROUND THE REGION` is a section name no page uses as a",
              "genre, over a run of short pieces, so each is a brief; the first is signed with initials only",
              "(`-- J.M.O.`), which name nobody, so its authors stay empty; the second is unsigned; the third is",
              "signed by a name over the city `Dorrigan` (neither line text); the tagline naming the publisher,",
              "contents with their group headings and running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n02: a plain-text weekly email letter, *The Quillon Weekly* (hard-wrapped at 70, paragraphs apart by blank lines): a
# mail header whose `Date:` is the only date, the name over `Edition No. 212` (a send count in the letter's own word, no
# volume), `Hi everyone,` and a line of welcome; the contents under `Inside this week's edition:` (a colon), grouped by
# section; `PERSPECTIVES` (plural) over a run of two: `By Lieutenant Colonel (ret.) NAME d'NAME` (a particle with an
# apostrophe) with an `About the author` line after the text, and `Our correspondent in Vessany` (no name);
# `NOTED IN PASSING` (a section name) over two short pieces: the first signed with initials in square brackets and
# followed straight by the next title, the second signed `NAME, Role, The Quillon Weekly`; the sign-off naming where the
# team writes from and a foot of six short lines; no sidecar.
d = Doc(70)
RULE02 = "· " * 14 + "·"
N02_P1 = "The ferry strike and the men who profit from it"
N02_P2 = "Vessany after the curfew: a town learns to sleep again"
N02_N1 = "Lighthouse keeper's cottage used as an arms cache"
N02_N2 = "Harbour cameras switched back on after two years"
d.fur("From: The Quillon Weekly <editors@quillonweekly.example>", "To: a.reader@saltpost.example",
      "Subject: Edition No. 212 - ferries, Vessany, the lighthouse", "Date: Fri, 9 Mar 2040 17:45:12 +0000", "",
      "THE QUILLON WEEKLY", "Edition No. 212", "", "Hi everyone,", "",
      "A stormy week on the island, and a long edition to match.", "", "Inside this week's edition:",
      "  Perspectives", f"    {N02_P1}", f"    {N02_P2}", "  Noted in passing",
      f"    {N02_N1}", f"    {N02_N2}", "", RULE02, "", "PERSPECTIVES", "",
      N02_P1, "", "By Lieutenant Colonel (ret.) Marguerite d'Orsay-Lindqvist", "")
d.paras(1,
        "The ferry crews of the Quillon strait have been on strike for three weeks, and the island's shops are "
        "running short of everything that does not grow here. Everything, that is, except cigarettes and "
        "diesel, which have never been cheaper.",
        "That is no accident. While the ferries lie idle, the fishing boats that run the strait at night carry "
        "whatever pays best, and what pays best is what the customs officers at the ferry terminal would "
        "otherwise have taxed.",
        "Every week the strike goes on, the smugglers' network grows a little, and it will not shrink again "
        "when the ferries return. The island's council should be asking who is paying the strikers' hardship "
        "fund.")
d.add()
d.bio("About the author: Marguerite d'Orsay-Lindqvist commanded the island garrison until 2036 and now "
      "chairs the Quillon harbour watch.", width=70)
d.fur("", N02_P2, "", "Our correspondent in Vessany", "")
d.paras(2,
        "For eleven months no one in Vessany was allowed on the streets after ten at night. The curfew was lifted "
        "on the first of March, and for the first few nights the streets stayed empty anyway.",
        "Now the cafes on the square stay open until midnight again, and the bakery has gone back to baking "
        "through the night. The police say there has not been a single shooting since the curfew ended. The "
        "townspeople say it is too early to say so out loud.")
d.fur("", RULE02, "", "NOTED IN PASSING", "", N02_N1, "")
d.paras(3,
        "Coastguards searching the disused keeper's cottage at Gannet Point on Monday found nine rifles wrapped "
        "in sailcloth under the floorboards. The lighthouse has run without a keeper since 2029.")
d.add()
d.fur("[R.D.]", N02_N2, "")
d.paras(4,
        "The harbour authority switched its twelve quayside cameras back on this week, two years after they "
        "were turned off to save money. The authority says the cost has been met by the ferry company.")
d.add()
d.fur("Hamid Osterberg-Nakamura, Harbour Editor, The Quillon Weekly", "", RULE02, "",
      "That's us for another week - written, as always, in the back room of",
      "the old ferry office on Quay Street, with the kettle on.", "",
      "Why am I getting this? You subscribed at quillonweekly.example.",
      "Had enough? quillonweekly.example/leave",
      "Tell a friend: quillonweekly.example/share",
      "Reply to this email to reach the editors.",
      "The Quillon Weekly, 3 Quay Street, Quillon QN1 4RB",
      "(c) 2040 The Quillon Weekly")
META = dict(date="2040-03-09", pub="The Quillon Weekly", volume=None, issue=None)
emit("n02_email_weekly_edition_no_contents_colon_perspectives_run_lt_col_d_apostrophe_correspondent_in_noted_in_passing_brackets_role_org", d, [
    dict(title=N02_P1, authors=["Marguerite d'Orsay-Lindqvist"], kind="perspective", **META),
    dict(title=N02_P2, authors=[], kind="perspective", **META),
    dict(title=N02_N1, authors=[], kind="brief", **META),
    dict(title=N02_N2, authors=["Hamid Osterberg-Nakamura"], kind="brief", **META)],
    comments=["Open choices: `Edition No. 212` under the name with no volume is the letter's count of its sends, so",
              "volume and issue stay empty (README, Numbers); the only date is the mail header's; the publication is",
              "the name the masthead prints; `PERSPECTIVES` over a run of two names each a perspective (singular);",
              "`Lieutenant Colonel (ret.)` is a rank left out of the name; the `About the author:` line is not text;",
              "`Our correspondent in Vessany` names nobody (authors empty); `NOTED IN PASSING` is a section name no",
              "page uses as a genre, over a run of short pieces, so each is a brief; the first is signed with",
              "initials only (`[R.D.]`: authors empty); the second's signature `NAME, Harbour Editor, The Quillon",
              "Weekly` names its author (role and letter left out) and is not text; the contents, greeting and",
              "welcome line, rules, sign-off (naming where the team writes) and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# n03: a whole issue of an invented sibling monitor, *Marrowdene Littoral Monitor*, printed WITHOUT blank lines between
# paragraphs or around titles (PDF text, no indents; a paragraph ends where a line stops short): the name over its
# publisher and `Number 12, Volume 4 — March 2040` (month and year only → the first of the month); `In these pages` with
# the page first (`Page N — Title`); `BRIEFINGS` (plural) over a run of two: a byline in capitals with a rank and a
# particle in capitals (`BY MAJOR GENERAL (RETD) NAME VON NAME`), note markers `*`, `†`, `‡` with entries opening with
# the same marks (one wrapped), and a bio in nouns opened `Contributor:` after the notes; and `By Dr NAME ten NAME and
# Professor NAME` whose joint bio for both sits straight under the text with no label, before the running header;
# running header `Sheet N · Marrowdene Littoral Monitor · 4/12`, once mangled between the halves of a sentence; a
# colophon at the end; no sidecar.
d = Doc(78, hyph=True)
N03_B1 = "The Dune Roads: How Contraband Moves Along the Marrowdene Shore"
N03_B2 = "Seagrass and Sonar: What the Survey Ships Found at Pell Sound"

def n03_head(page, mangled=False):
    if mangled:
        return ["\f", f"Sheet{page}·MarrowdeneLittoral{STRAY}Monitor·4/12"]
    return ["\f", f"Sheet {page} · Marrowdene Littoral Monitor · 4/12"]

d.fur("MARROWDENE LITTORAL MONITOR", "issued by the Pellhaven Coastal Institute",
      "Number 12, Volume 4 \u2014 March 2040", "In these pages", f"Page 1 \u2014 {N03_B1}", f"Page 3 \u2014 {N03_B2}",
      "BRIEFINGS", N03_B1, "BY MAJOR GENERAL (RETD) ANDR\u00c9S VON HALLWYL-OKORO")
for t in ["Behind the Marrowdene dunes runs a network of sand tracks that appears on no official map. The tracks "
          "were made by the shore's shellfish gatherers, who drive their carts down to the flats at every low "
          "tide, and for generations they carried nothing but cockles.*",
          "Since the coast road was given checkpoints in 2037, the tracks have carried rather more. Cigarettes "
          "landed on the flats at night are on a cart before the tide turns, and by morning they are in a barn "
          "twenty kilometres inland, having passed no checkpoint at all.\u2020",
          "The gatherers are not smugglers, but many of them rent their carts and their knowledge of the tracks "
          "to people who are. A policing plan that ignores the gatherers will fail; one that treats them all as "
          "criminals will fail faster.\u2021",
          "The coastal police should map the tracks, license the carts and pay the gatherers for what they see. "
          "It would cost less than a single checkpoint."]:
    d.para(1, t, brk=(2, n03_head(2, mangled=True)) if t.startswith("Since the coast") else None)
d.fur("Notes")
for t in ["* Pellhaven Coastal Institute, survey of the Marrowdene shellfish fishery, 2038, chapter 2, on the "
          "gatherers' carts and their routes across the flats.",
          "\u2020 Coastal Police seizure returns, 2037-2039.",
          "\u2021 Interviews with eleven gatherers at Saltcote and Marrow Ness, January 2040."]:
    d.para(1, t)
d.bio("Contributor: Andr\u00e9s von Hallwyl-Okoro, a former commander of the coastal division and a member of "
      "the Pellhaven board.")
d.fur(*n03_head(3), N03_B2, "By Dr Sigrun ten Brink and Professor Osric Mwangi-Lowe")
for t in ["When the survey ships of the hydrographic office mapped the seabed of Pell Sound last autumn, they were "
          "looking for the seagrass meadows that shelter the sound's young fish. They found the meadows, and "
          "they found something else: forty-three shallow trenches cut across them, each the width of a small "
          "boat's keel.",
          "The trenches lead from the mouth of the sound to three coves on its northern shore, none of them "
          "reached by a road. Divers who inspected two of the trenches found anchors and chain buried in the "
          "sand at their ends, the kind used to hold a package on the seabed until it can be collected.",
          "A sonar survey costs less than a patrol boat, and it sees what a patrol boat cannot. The office "
          "should repeat it every season and share it with the police."]:
    d.para(2, t)
d.bio("Sigrun ten Brink is a marine ecologist at the Pellhaven Coastal Institute; Osric Mwangi-Lowe teaches the "
      "law of the sea at the University of Marrowdene.")
d.fur(*n03_head(4),
      "The Marrowdene Littoral Monitor appears monthly. Opinions are those of the contributors.")
META = dict(date="2040-03-01", pub="Marrowdene Littoral Monitor", volume=4, issue=12)
emit("n03_sibling_no_blank_lines_page_first_contents_briefings_run_caps_maj_gen_von_dagger_notes_contributor_bio_dr_and_prof_joint_bio", d, [
    dict(title=N03_B1, authors=["Andr\u00e9s von Hallwyl-Okoro"], kind="briefing", **META),
    dict(title=N03_B2, authors=["Sigrun ten Brink", "Osric Mwangi-Lowe"], kind="briefing", **META)],
    comments=["Open choices: the issue prints no blank lines, so titles, labels and bylines run straight into the text;",
              "`Number 12, Volume 4 \u2014 March 2040` is volume 4, issue 12, dated the first of the month; `BRIEFINGS`",
              "over a run of two names each a briefing (singular, the genre word as printed, not folded to brief); the byline in capitals names `Andr\u00e9s von",
              "Hallwyl-Okoro` (the particle in lower case as his bio writes it, the rank `Major General (RETD)` left",
              "out); the note marks `*`, `\u2020`, `\u2021` stay in the text and the entries are text, the heading `Notes`",
              "is not; the `Contributor:` line is a bio and not text; `Dr` and `Professor` are left out of the names;",
              "the joint bio straight under the second briefing's text (no label) is not text; contents, running",
              "headers, the publisher's line and the closing colophon are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# n04: a plain-text daily email letter, *The Fennick Daybreak* (hard-wrapped at 66, paragraphs apart by blank lines): a
# saved copy whose mail header has no `Date:`, the name over `Vol. 5 · Daybreak #233` (a volume and a count after `#`
# in the letter's own word), a line of the letter `Thursday 5 April 2040, from Fennick` (the only date), the greeting
# `Good day from Fennick.`; the contents under `In this morning's Daybreak` (no colon), numbered with `--`, naming the
# stories and the recurring blocks; `ON THE BEAT` (a section name) over a run of three short stories: `NAME in PLACE ·
# DATE`, an unsigned story, and `From our correspondent, Sallow Cross`; the recurring `TODAY IN FENNICK` calendar between
# the first and second stories and `OVERHEARD` (a quotation) after the third, neither an article; the sign-off naming
# where the team writes from over a first-names signature; a foot of nine short lines; no sidecar.
d = Doc(66)
N04_S1 = "Night buses to Brisk Harbour get a second driver"
N04_S2 = "Shots fired at the Fennick cattle market"
N04_S3 = "Sallow Cross asks for its police station back"
RULE04 = "=-" * 33
d.fur("From: The Fennick Daybreak <daybreak@fennick-daybreak.example>", "To: subscriber@moormail.example",
      "Subject: Buses, the market, Sallow Cross", "", "THE FENNICK DAYBREAK", "Vol. 5 \u00b7 Daybreak #233",
      "Thursday 5 April 2040, from Fennick", "", "Good day from Fennick.", "", "In this morning's Daybreak",
      f"-- {N04_S1}", "-- Today in Fennick", f"-- {N04_S2}", f"-- {N04_S3}", "-- Overheard", "", RULE04, "",
      "ON THE BEAT", "", N04_S1, "", "Ottoline Fairweather-Kagame in Brisk Harbour \u00b7 5 April 2040", "")
d.paras(1,
        "From Monday every night bus on the Brisk Harbour route will carry a second driver, the transport board "
        "said yesterday, after three attacks on drivers at the harbour terminus since January.",
        "The drivers' union had threatened to stop the route after ten at night. It says a second driver is a "
        "start, but that what the terminus needs is a light that works.")
d.fur("", RULE04, "", "TODAY IN FENNICK", "", "08:30  Magistrates sit, Town Hall annexe",
      "12:00  Market traders meet the police commander, Corn Exchange",
      "18:00  Transport board, public session, Brisk Harbour library",
      "19:30  Vigil for the Ossley family, St Bride's steps", "", RULE04, "", N04_S2, "")
d.paras(2,
        "Two shots were fired into the air at the Fennick cattle market yesterday afternoon during an argument "
        "over the sale of a bull. Nobody was hurt, and the man who fired them was arrested at the market gate.",
        "The market's auctioneer says it is the first time a gun has been seen at the sale in his forty years "
        "there.")
d.fur("", N04_S3, "", "From our correspondent, Sallow Cross", "")
d.paras(3,
        "Sallow Cross parish council has written to the chief constable asking for the village police station, "
        "closed in 2038, to be reopened after a winter of break-ins at outlying farms.",
        "The nearest station is now at Fennick, twenty-five minutes away by car. The council says the thieves "
        "know it.")
d.fur("", RULE04, "", "OVERHEARD", "",
      "\"I've sold cattle here since I was twelve and never needed a bodyguard.\"",
      "   - a farmer at the Fennick cattle market", "", RULE04, "",
      "That's the Daybreak. Put together before breakfast in our two rooms",
      "above the bakery on Fennick High Street.", "   -- Ottoline, Dai and Wren", "",
      "You get the Daybreak because you asked for it at fennick-daybreak.example.",
      "Stop it: fennick-daybreak.example/stop",
      "Just the weekend edition: fennick-daybreak.example/weekend",
      "Forwarded to you? Subscribe: fennick-daybreak.example/join",
      "News tip? tips@fennick-daybreak.example",
      "Corrections: fennick-daybreak.example/corrections",
      "Advertise with us: fennick-daybreak.example/ads",
      "The Fennick Daybreak, 14 High Street, Fennick FK3 9LD",
      "(c) 2040 Daybreak Media")
META = dict(date="2040-04-05", pub="The Fennick Daybreak", volume=5, issue=233)
emit("n04_email_daily_vol_hash_date_in_letter_contents_no_colon_on_the_beat_run_name_in_place_date_unsigned_correspondent_calendar_overheard", d, [
    dict(title=N04_S1, authors=["Ottoline Fairweather-Kagame"], kind="brief", **META),
    dict(title=N04_S2, authors=[], kind="brief", **META),
    dict(title=N04_S3, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol. 5 \u00b7 Daybreak #233` under the name prints a volume, so the count after `#` is kept",
              "as the letter's numbering (volume 5, issue 233), as a volume and a number in the letter's own word",
              "are kept in issues42-new m07 (the Numbers rule empties a count after `#` printed with no volume);",
              "the date is the line `Thursday 5 April 2040, from Fennick` (the mail header has no `Date:`), which",
              "the first story's byline repeats;",
              "`ON THE BEAT` is a section name no page uses as a genre, over a run of short stories, so each is a",
              "brief; `NAME in Brisk Harbour \u00b7 DATE` names its author (place and date left out); the second story",
              "is unsigned; `From our correspondent, Sallow Cross` names nobody (authors empty); the calendar",
              "`TODAY IN FENNICK` and the quotation `OVERHEARD` are recurring blocks, no article and not text; the",
              "contents, greeting, rules, sign-off (naming where the team writes) with its first-names signature",
              "and the foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# n05: a whole issue of an invented sibling monitor, *Ashfall Delta Monitor* (PDF text, paragraphs apart by blank
# lines): the name over `from the Pelham Centre for Conflict Research` and `Volume 14 · Number 2 · 9 May 2040`;
# `Contents` in the form `Genre — Title, N`, the two reviews on one line split by `|`; `PERSPECTIVE` (singular) over
# three authors with roles after commas, one to a line (`By NAME, role,` / `NAME, role, and` / `NAME, role`), letter
# note markers `(a)` with entries `(a)` (one wrapped), and a `The contributors` block for all three after the notes;
# `REVIEWS` (plural) over a run of two, each the book's title over a details block — the first on three lines (`by
# NAME` / publisher and year / pages and price) over `Reviewer: Commodore (retd) NAME` with her bio straight under the
# text before the running footer, the second on one line (`NAME (ed.) · Press · 2040 · 198 pp · $27.50`) over
# `Reviewed for the Monitor by Ms NAME`; footer `N · Ashfall Delta Monitor · May 2040`, page first, once mangled between
# the halves of a sentence; sidecar `publication:`.
d = Doc(76, hyph=True)
N05_P = "Ash and Water: Who Controls the Delta's Irrigation Gates"
N05_R1 = "The Reed Wars: Banditry on the Southern Deltas, 2010-2035"
N05_R2 = "Policing Wet Borders"

def n05_foot(page, mangled=False):
    if mangled:
        return ["", f"{page}AshfallDelta{STRAY}Monitor·May2040", "\f"]
    return ["", f"{page}  \u00b7  Ashfall Delta Monitor  \u00b7  May 2040", "\f"]

d.fur("ASHFALL DELTA MONITOR", "from the Pelham Centre for Conflict Research", "",
      "Volume 14 \u00b7 Number 2 \u00b7 9 May 2040", "", "Contents", "",
      f"Perspective \u2014 {N05_P}, 1", f"Reviews \u2014 {N05_R1}, 4 | {N05_R2}, 5", "",
      "PERSPECTIVE", "", N05_P, "", "By Halvard Ekwueme, senior researcher,",
      "Odile Marchbanks-Tan, doctoral fellow, and", "Jovan Rusk-Ibekwe, data editor", "")
d.paras(1,
        "The Ashfall delta has more than three hundred irrigation gates, and whoever opens and closes them decides "
        "which villages have water in the dry months. On paper the gates belong to the delta water authority. "
        "In practice, we found, fewer than half are worked by the authority's own keepers.(a)",
        "The rest are worked by whoever holds the key, and the keys have a market. In the villages of the lower "
        "delta a gate key changes hands for the price of a motorcycle, and the man who holds it charges the "
        "farmers downstream for every night the gate is open.(b)")
d.add()
d.para(1, "Where two armed groups want the same gate, the farmers pay both. Since 2037 we have counted "
       "nineteen killings at or near the gates of the lower delta, eleven of them of keepers.(c) The authority "
       "has not replaced a single one of the murdered keepers.", brk=(2, n05_foot(2, mangled=True)))
d.add()
d.para(1, "The authority could take back the gates tomorrow by changing the locks and paying its keepers enough "
       "to refuse a bribe. It has the money. What it lacks is the will to quarrel with the men who now hold "
       "the keys.")
d.fur("", "Notes", "")
for t in ["(a) Delta Water Authority, register of gates and keepers, revised edition of 2039, checked by the "
          "authors against the gates themselves in the dry season of 2039.",
          "(b) Interviews in fourteen villages of the lower delta, October 2039 to January 2040.",
          "(c) Pelham Centre incident database, 2037-2040."]:
    d.para(1, t)
d.add()
d.bio("The contributors: Halvard Ekwueme, senior researcher at the Pelham Centre; Odile Marchbanks-Tan, doctoral "
      "fellow in hydrology at the University of Ashby; Jovan Rusk-Ibekwe, the centre's data editor.")
d.fur(*n05_foot(3), "REVIEWS", "", N05_R1, "", "by Ludmila Varga-Osei", "Ashby: Pellinore Books, 2039",
      "304 pages, \u00a324.00", "", "Reviewer: Commodore (retd) Benedek S\u00f8rlie", "")
d.paras(2,
        "For a quarter of a century the reed beds of the southern deltas were ruled by bandit families who "
        "took a toll on every boat that passed. Varga-Osei has spent ten years with the families' survivors, "
        "and her book is the first to tell the story from the reeds rather than from the patrol boat.",
        "It is a generous book, sometimes too generous: the families' violence is described more gently than "
        "the navy's. But no one who patrols a delta should go without reading it.")
d.add()
d.bio("Benedek S\u00f8rlie commanded the delta flotilla from 2028 to 2032.")
d.fur(*n05_foot(4), N05_R2, "", "Tamsin Achterhof (ed.) \u00b7 Vennel Press \u00b7 2040 \u00b7 198 pp \u00b7 $27.50", "",
      "Reviewed for the Monitor by Ms Coralie Duvivier-Amsel", "")
d.paras(3,
        "Nine short chapters on the policing of rivers, lakes and marshes that form borders, each by a serving "
        "or retired officer. The chapters on the lake police of the north are the strongest; the editor's "
        "introduction is the weakest, and can be skipped.")
d.fur(*n05_foot(5)[:2])
META = dict(date="2040-05-09", pub="Ashfall Delta Monitor", volume=14, issue=2)
emit("n05_sibling_genre_dash_contents_two_on_a_line_perspective_three_authors_per_line_letter_notes_reviews_run_details_block_commodore_ms", d, [
    dict(title=N05_P, authors=["Halvard Ekwueme", "Odile Marchbanks-Tan", "Jovan Rusk-Ibekwe"],
         kind="perspective", **META),
    dict(title=N05_R1, authors=["Benedek S\u00f8rlie"], kind="review", **META),
    dict(title=N05_R2, authors=["Coralie Duvivier-Amsel"], kind="review", **META)],
    comments=["Open choices: `PERSPECTIVE` names its piece a perspective; the three authors' roles after commas are",
              "left out of the names; the letter marks `(a)`-`(c)` stay in the text and the notes entries are text,",
              "the heading `Notes` is not; the `The contributors:` block is a bio and not text; `REVIEWS` over a run",
              "of two names each a review; a review's title is the book's title printed over it; the details",
              "(author or editor, publisher, year, pages, price) name the book's author, not the review's, and are",
              "not text; `Reviewer: Commodore (retd)` and `Reviewed for the Monitor by Ms` are left out of the",
              "reviewers' names; the first reviewer's bio straight under the text (no label) is not text; contents,",
              "the publisher's line and running footers are furniture."],
    sidecar="publication: Ashfall Delta Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n06: a whole Terrorism Monitor issue printed WITHOUT blank lines between paragraphs or around titles (PDF text, no
# indents): one masthead line `Terrorism Monitor — Volume XXXVIII, No. 11 — Tuesday, May 29, 2040`; `Inside` in the
# form `Genre — Title, N`; `ELSEWHERE THIS FORTNIGHT` (a section name) over one short piece signed `NAME, Role, ORG`
# and followed straight by the label `PORTRAITS`; `PORTRAITS` (plural) over a run of two: `By Rear Admiral NAME` whose
# bio sits straight under the text with no label, before the next title, and `By Sir NAME` with roman note markers in
# parentheses `(i)` and entries `(i)` (one wrapped) under `Endnotes`, and a `Biographical note:` block after them;
# footer `TM | XXXVIII/11 | page N of 4`, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(78, hyph=True)
N06_B = "Customs Launch Fired On in the Tellmarch Estuary"
N06_P1 = "The Quartermaster: Mirela Sandoval-Lutz and the Arms of the Coastal Front"
N06_P2 = "A Preacher Without a Mosque: The Long Exile of Yusuf Abd al-Qadir Renner"
ROMAN = ["i", "ii", "iii"]

def n06_foot(page, mangled=False):
    if mangled:
        return [f"TM|XXXVIII/11{STRAY}|page{page}of4", "\f"]
    return [f"TM | XXXVIII/11 | page {page} of 4", "\f"]

d.fur("Terrorism Monitor \u2014 Volume XXXVIII, No. 11 \u2014 Tuesday, May 29, 2040", "Inside",
      f"Elsewhere this fortnight \u2014 {N06_B}, 1", f"Portrait \u2014 {N06_P1}, 1",
      f"Portrait \u2014 {N06_P2}, 2", "ELSEWHERE THIS FORTNIGHT", N06_B)
d.para(1, "A customs launch on patrol in the Tellmarch estuary was fired on from the reed banks on the night of "
       "May 21. Two officers were slightly hurt by splinters. The launch returned fire and withdrew.")
d.para(1, "It is the third attack on a customs boat in the estuary this year. The relief boats that use the same "
       "channel have asked for an escort.")
d.fur("Reza Kowalczyk-Ahn, Field Coordinator, Tellmarch Relief Network", "PORTRAITS", N06_P1,
      "By Rear Admiral Ottavia Brennan-S\u00e6ther")
for t in ["Mirela Sandoval-Lutz has never fired a shot for the Coastal Front, and she may never have held a rifle. "
          "Yet every rifle the Front has carried since 2034 has passed, in one way or another, through her "
          "hands.",
          "She was a shipping clerk at the port of Vallis when the Front recruited her, and she has kept the "
          "habits of a clerk. Her consignments travel with proper papers, under the names of real companies, "
          "in containers that are declared, inspected and passed. What the inspectors do not find is what the "
          "papers do not mention.",
          "Two of the companies she used have been closed by the courts; a third has simply stopped trading. "
          "She will have others. Until the port authorities share their records with each other, a clerk with "
          "good handwriting will beat them every time."]:
    d.para(2, t, brk=(3, n06_foot(2, mangled=True)) if t.startswith("She was a") else None)
d.bio("Ottavia Brennan-S\u00e6ther commanded the fleet's customs support squadron and now sits on the Vallis port "
      "security board.")
d.fur(N06_P2, "By Sir Aldous Penhaligon-Reyes")
for t in ["Yusuf Abd al-Qadir Renner has not preached in a mosque for nine years. He was expelled from the last "
          "one that would have him in 2031, and since then he has preached from wherever he happens to be: a "
          "kitchen, a car, a hotel room, and for the last four years a flat above a shop in the suburbs of "
          "Harrowgate.(i)",
          "His audience is larger now than it ever was in the mosque. His sermons are recorded on a telephone "
          "and passed from hand to hand, and the young men who listen to them have never seen him.(ii)",
          "He has been arrested twice and charged once, and the charge failed. The courts found that his "
          "sermons, however hateful, did not call for violence in so many words.(iii) The men who have acted "
          "on them have been careful to say that they did so on their own."]:
    d.para(3, t, brk=(2, n06_foot(3)) if t.startswith("His audience") else None)
d.fur("Endnotes")
for t in ["(i) Court of Harrowgate, judgment in the matter of the Renner deportation appeal, 2036, paragraphs "
          "12 to 19, on his years without a mosque.",
          "(ii) Recordings collected by the author, 2035-2040.",
          "(iii) Crown v. Renner, Harrowgate Assizes, 2038."]:
    d.para(3, t)
d.bio("Biographical note: Sir Aldous Penhaligon-Reyes was for twenty years a prosecutor at the Harrowgate "
      "Assizes and writes on extremist preaching.")
d.fur(*n06_foot(4)[:1])
META = dict(date="2040-05-29", pub=TM, volume=38, issue=11)
emit("n06_tm_issue_no_blank_lines_genre_dash_contents_elsewhere_one_role_org_portraits_run_rear_admiral_bio_under_text_sir_roman_notes", d, [
    dict(title=N06_B, authors=["Reza Kowalczyk-Ahn"], kind="brief", **META),
    dict(title=N06_P1, authors=["Ottavia Brennan-S\u00e6ther"], kind="portrait", **META),
    dict(title=N06_P2, authors=["Aldous Penhaligon-Reyes"], kind="portrait", **META)],
    comments=["Open choices: the issue prints no blank lines, so titles, labels and bylines run straight into the text;",
              "`Volume XXXVIII, No. 11` is volume 38, issue 11; `ELSEWHERE THIS FORTNIGHT` is a section name no page",
              "uses as a genre, over one short piece without subheadings, so a brief; its signature `NAME, Field",
              "Coordinator, Tellmarch Relief Network` names its author (role and organisation left out) and is not",
              "text; `PORTRAITS` over a run of two names each a portrait (singular); `Rear Admiral` is a rank and",
              "`Sir` an honorific, left out of the names; the bio straight under the first portrait's text (no",
              "label) is not text; the roman marks `(i)`-`(iii)` stay in the text and the endnotes entries are text,",
              "the heading `Endnotes` and the `Biographical note:` block are not; the masthead line, contents and",
              "running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n07: a plain-text weekly email letter forwarded by a reader, *The Brackwater Missive* (hard-wrapped at 68, paragraphs
# apart by blank lines): the reader's mail header dated two days after the letter, her note, a `---------- Forwarded
# message ---------` block with the letter's own header (dated the day of the letter), the name over `Volume 2 ·
# Missive № 9` (a volume and a count after `№` in the letter's own word) and `Sunday 15 July 2040`, `Dear Missive
# readers,`; the contents under `What's in this one` (no colon); `OBSERVATIONS` (plural) over a run of two: `By our
# correspondent in Harl` (no name), and `By Sister NAME and Brother NAME` whose joint bio sits straight under the text
# with no label; `BEFORE WE GO` (a section name) over one short piece signed with initials in brackets `(M.-L.K.)`; the
# sign-off naming where the team writes from; a foot of five short lines; no sidecar.
d = Doc(68)
N07_O1 = "Harl's harbour wall, and who sleeps behind it"
N07_O2 = "Notes from the night shelter on Cable Street"
N07_B = "The footbridge at Annet Mill reopens"
d.fur("From: Wilhelmina Arrowsmith <w.arrowsmith@hillpost.example>", "To: committee@harlresidents.example",
      "Subject: Fwd: The Brackwater Missive, Volume 2, Missive \u2116 9", "Date: Tue, 17 Jul 2040 09:14:33 +0100", "",
      "Thought the shelter piece would interest the committee before Thursday. - W.", "",
      "---------- Forwarded message ---------",
      "From: The Brackwater Missive <missive@brackwater.example>", "Date: Sun, 15 Jul 2040 at 07:00",
      "Subject: Volume 2, Missive \u2116 9", "To: <w.arrowsmith@hillpost.example>", "",
      "THE BRACKWATER MISSIVE", "Volume 2 \u00b7 Missive \u2116 9", "Sunday 15 July 2040", "",
      "Dear Missive readers,", "", "What's in this one", f"\u2022 {N07_O1}", f"\u2022 {N07_O2}", f"\u2022 {N07_B}", "",
      "+ + + + +", "", "OBSERVATIONS", "", N07_O1, "", "By our correspondent in Harl", "")
d.paras(1,
        "Behind the harbour wall at Harl there is a strip of concrete, sheltered from the wind, where the "
        "trawlers used to dry their nets. Since the spring it has been where the town's homeless men sleep, "
        "and since June it has been where two of them were set upon at night by a group of youths.",
        "The harbour master has asked the police to clear the strip. The police have asked the council to "
        "open a shelter. The council points to the shelter on Cable Street, which is full.",
        "Nobody in Harl is asking the men themselves, who say the strip is the one place in town where "
        "nobody moves them on.")
d.fur("", N07_O2, "", "By Sister Benedicta Voss and Brother Anselm Kerrigan-Obi", "")
d.paras(2,
        "The night shelter on Cable Street has eighteen beds, and on every night this month we have turned "
        "people away. Most are men from the harbour; some are young people who have fallen out with their "
        "families; a few are strangers passing through.",
        "Since the attacks at the harbour, more of the men have come to us, and more of them arrive with "
        "injuries we are not trained to treat. We have asked the health board for a nurse two nights a "
        "week.")
d.add()
d.bio("Sister Benedicta and Brother Anselm have run the Cable Street shelter together since it opened in "
      "2034.", width=68)
d.fur("", "+ + + + +", "", "BEFORE WE GO", "", N07_B, "")
d.paras(3,
        "The footbridge over the Brackwater at Annet Mill reopened on Friday after two years behind fences, "
        "with new lights along its whole length. Walkers who had gone round by the road bridge can take the "
        "short way home again.")
d.add()
d.fur("(M.-L.K.)", "", "+ + + + +", "",
      "From all of us in the Missive's attic on Old Carrick Lane, Harl -",
      "until next Sunday.", "",
      "You are on this list because you joined at brackwater.example.",
      "Leave the list: brackwater.example/leave",
      "Send us your news: news@brackwater.example",
      "The Brackwater Missive, 2 Old Carrick Lane, Harl HL4 1AA",
      "(c) 2040 Brackwater Missive CIC")
META = dict(date="2040-07-15", pub="The Brackwater Missive", volume=2, issue=9)
emit("n07_email_weekly_forwarded_message_volume_numero_date_in_letter_observations_run_correspondent_in_sister_and_brother_before_we_go", d, [
    dict(title=N07_O1, authors=[], kind="observation", **META),
    dict(title=N07_O2, authors=["Benedicta Voss", "Anselm Kerrigan-Obi"], kind="observation", **META),
    dict(title=N07_B, authors=[], kind="brief", **META)],
    comments=["Open choices: the date is the letter's own (`Sunday 15 July 2040`, as its forwarded header dates it),",
              "not the reader's forwarding two days later; `Volume 2 \u00b7 Missive \u2116 9` prints a volume, so it is kept",
              "as the letter's numbering (volume 2, issue 9, as issues42-new m07 labels `Vol. 2 \u00b7 Wire \u2116 88`);",
              "the publication is the name the masthead prints; `OBSERVATIONS` over a run of two names each an",
              "observation (singular); `By our correspondent in Harl` names nobody (authors empty); `Sister` and",
              "`Brother` are honorifics left out of the names; the joint bio straight under the second piece's text",
              "(no label) is not text; `BEFORE WE GO` is a section name no page uses as a genre, over one short",
              "piece, so a brief, signed with initials only (`(M.-L.K.)`: authors empty); the reader's header and",
              "note, the forwarded header, contents, greeting, rules, sign-off and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# n08: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher over the name,
# `Volume 38, Issue 18` over `11 September 2040`; `This fortnight` with the page first and the two pieces on one line;
# `COUNTERPOINT` (a singular genre label of the writer's own) over `By Assistant Commissioner NAME Ó NAME`, note markers
# `(n)` with entries numbered `n.` (one wrapped), an `About the writer` block before `Notes`; `REVIEW` over the book's
# title, `By NAME` and a details line (`Press, 2040. 412 pp. Hardback, $34.00`) over `Reviewed by Air Commodore (retired)
# NAME`, whose bio sits straight under the text before the last running header; running header `N / Terrorism Monitor /
# Volume 38, Issue 18` over each page, once mangled between the halves of a sentence; sidecar `publication:`.
d = Doc(76, hyph=True)
N08_C = "Talking to the Harbour Gangs Is Not Surrender"
N08_R = "The Informer's Dilemma: Secret Witnesses in Terrorism Trials"

def n08_head(page, mangled=False):
    if mangled:
        return ["\f" + f"{page}/TerrorismMonitor{STRAY}/Volume38,Issue18", ""]
    return ["\f" + f"{page} / Terrorism Monitor / Volume 38, Issue 18", ""]

d.fur("THE CORVELL FOUNDATION", "TERRORISM MONITOR", "Volume 38, Issue 18", "11 September 2040", "",
      "This fortnight", f"1  {N08_C}     4  {N08_R}", "", "COUNTERPOINT", "", N08_C, "",
      "By Assistant Commissioner Dervla \u00d3 Ceallaigh-Marsh", "")
d.paras(1,
        "When the police of Port Lannec opened talks with the three gangs that run the city's harbour, the "
        "reaction in the capital was swift and angry. Ministers spoke of surrender; newspapers spoke of a "
        "police force that had given up. (1)",
        "I was one of the officers at that table, and I see it differently. The gangs of Port Lannec have "
        "supplied the coastal cells with explosives for a decade, not out of any sympathy for their cause but "
        "because the cells pay well. We could not arrest our way out of that; we tried for eight years. (2)")
d.add()
d.para(1, "What we could do was make the gangs choose. A gang that keeps the harbour free of explosives keeps its "
       "other trades, for now; a gang that does not loses everything. Two of the three gangs have chosen, and "
       "since March not a single detonator has been traced to the harbour. (3)",
       brk=(2, n08_head(2, mangled=True)))
d.add()
d.para(1, "That is not surrender. It is the oldest bargain in policing, and the capital should let us keep it.")
d.add()
d.bio("About the writer: Dervla \u00d3 Ceallaigh-Marsh is assistant commissioner for serious crime in Port Lannec "
      "and led the harbour talks.")
d.fur("", "Notes", "")
for t in ["1. Statements in the national assembly, 14 and 15 March 2040, and the leading articles of the capital's "
          "three morning papers on 16 March.",
          "2. Port Lannec Police, annual reports 2031-2039.",
          "3. National Explosives Tracing Service, quarterly summary, June 2040."]:
    d.para(1, t)
d.fur(*n08_head(4), "REVIEW", "", N08_R, "", "By Konstantin Abiodun-Fell",
      "Marrick & Lowe, 2040. 412 pp. Hardback, $34.00", "",
      "Reviewed by Air Commodore (retired) Emeka Strandberg", "")
d.paras(2,
        "Terrorism trials increasingly depend on witnesses whose names the jury never hears. Abiodun-Fell, a "
        "defence barrister, has read the transcripts of forty such trials, and he is troubled by what he found: "
        "in eleven, the secret witness was the only evidence that mattered.",
        "His proposals are modest and sensible, chief among them a panel of judges to examine each witness in "
        "private before the trial. The book is long, and its chapter on foreign law could have been cut, but "
        "its argument is hard to answer.")
d.add()
d.bio("Emeka Strandberg flew with the air force for thirty years and has since sat on the bench as a lay "
      "magistrate.")
d.fur(*n08_head(5)[:1])
META = dict(date="2040-09-11", pub=TM, volume=38, issue=18)
emit("n08_tm_issue_page_first_two_on_a_line_counterpoint_asst_commissioner_o_particle_about_writer_review_details_air_commodore_bio_under", d, [
    dict(title=N08_C, authors=["Dervla \u00d3 Ceallaigh-Marsh"], kind="counterpoint", **META),
    dict(title=N08_R, authors=["Emeka Strandberg"], kind="review", **META)],
    comments=["Open choices: `COUNTERPOINT` is the genre label printed over the piece, so its kind (one word, as",
              "printed); `Assistant Commissioner` is a rank left out of the name, the particle `\u00d3` kept; the note",
              "marks `(1)`-`(3)` stay in the text and the notes entries are text, the heading `Notes` and the `About",
              "the writer:` block before it are not; `REVIEW` names its piece a review, whose title is the book's",
              "title printed over it; the book's `By NAME` line and details line are not text and name the book's",
              "author, not the review's; `Air Commodore (retired)` is a rank left out of the reviewer's name; his",
              "bio straight under the text (no label) is not text; the publisher's line, contents and running",
              "headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n09: a plain-text daily email letter, *The Pellworth Early Edition* (hard-wrapped at 64, paragraphs apart by blank
# lines): a mail header whose `Date:` is the only date, a forwarded-by line in brackets, the name over `Sheet #1118` (a
# send count after `#`, no volume); `Morning, Pellworth!`; the contents under `Today:` (a colon) naming the stories and
# the recurring blocks; `LOCAL NEWS` over a run of three: `NAME in Pellworth · 8 August 2040`, `OUR CORRESPONDENT IN WEXMOOR` in
# capitals (no name), and a story with no byline signed by a name over the town on the next line; the recurring
# `HIGH WATER` tide table between the second and third stories and `LINE OF THE DAY` after them, neither an article; the
# sign-off naming where the team writes from; a foot of seven short lines; no sidecar.
d = Doc(64)
N09_S1 = "Two held after petrol bomb at Pellworth job centre"
N09_S2 = "Wexmoor quarry explosives store broken into"
N09_S3 = "Lifeboat crew honoured for fishing boat rescue"
RULE09 = "_" * 64
d.fur("From: The Pellworth Early Edition <early@pellworth-early.example>", "To: reader@heathmail.example",
      "Subject: Job centre arrests; Wexmoor quarry; lifeboat", "Date: Wed, 8 Aug 2040 06:00:04 +0100", "",
      "[Passed along by Ondine Castellane. Get your own copy at pellworth-early.example]", "",
      "THE PELLWORTH EARLY EDITION", "Sheet #1118", "", "Morning, Pellworth!", "", "Today:",
      f"  1 {N09_S1}", f"  2 {N09_S2}", "  3 High water", f"  4 {N09_S3}", "  5 Line of the day", "",
      RULE09, "", "LOCAL NEWS", "", N09_S1, "", "Kasimir Adebayo-Strand in Pellworth \u00b7 8 August 2040", "")
d.paras(1,
        "Police have arrested two men after a petrol bomb was thrown through the window of the job centre on "
        "Mill Street in the early hours of Tuesday. The building was empty and the fire was put out by the "
        "night watchman of the bank next door.",
        "The men, aged nineteen and twenty-three, are being held at Pellworth police station. Detectives say "
        "they are not looking for anyone else.")
d.fur("", N09_S2, "", "OUR CORRESPONDENT IN WEXMOOR", "")
d.paras(2,
        "Thieves cut through the fence of the Wexmoor quarry on Monday night and forced the door of its "
        "explosives store. The quarry company says an audit of the store is under way and will not say "
        "what, if anything, was taken.",
        "The police have set up a cordon around the quarry and asked walkers to keep to the lower paths.")
d.fur("", RULE09, "", "HIGH WATER", "", "Pellworth harbour   06:42  4.8 m   19:05  5.0 m",
      "Wexmoor Sands       07:10  4.5 m   19:31  4.7 m", "", RULE09, "", N09_S3, "")
d.paras(3,
        "The six volunteers of the Pellworth lifeboat received the coastal trust's silver medal on Tuesday for "
        "the rescue in March of four fishermen whose boat had capsized off Gull Head in a force nine gale.",
        "The coxswain said the medal belonged to the whole town.")
d.add()
d.fur("Philippa Nwankwo-Ross", "Pellworth", "", RULE09, "", "LINE OF THE DAY", "",
      "\"You don't think about the weather. You think about the men in the water.\"",
      "   - the Pellworth lifeboat's coxswain", "", RULE09, "",
      "That's the Early Edition, typed up at the kitchen table of our office",
      "in the old pilot house on Pellworth quay. Back tomorrow at six.", "",
      "Subscribed at pellworth-early.example - that's why you get this.",
      "Unsubscribe: pellworth-early.example/u",
      "Fewer emails: pellworth-early.example/weekly",
      "Tell us something: news@pellworth-early.example",
      "Support local news: pellworth-early.example/support",
      "The Pellworth Early Edition, Pilot House, The Quay, Pellworth PW1 2DE",
      "(c) 2040 Early Edition Ltd")
META = dict(date="2040-08-08", pub="The Pellworth Early Edition", volume=None, issue=None)
emit("n09_email_daily_sheet_hash_date_in_header_forwarded_by_contents_colon_local_news_run_name_in_place_caps_correspondent_tide_table", d, [
    dict(title=N09_S1, authors=["Kasimir Adebayo-Strand"], kind="news", **META),
    dict(title=N09_S2, authors=[], kind="news", **META),
    dict(title=N09_S3, authors=["Philippa Nwankwo-Ross"], kind="news", **META)],
    comments=["Open choices: `Sheet #1118` under the name with no volume is the letter's count of its sends, so",
              "volume and issue stay empty (README, Numbers); the only date is the mail header's; the forwarded-by",
              "line in brackets names a reader and is furniture; `LOCAL NEWS` names each story of its run `news`",
              "(README, a section label `Local news` names the kind news); `NAME in Pellworth \u00b7 DATE` names its",
              "author (place and date left out); `OUR CORRESPONDENT IN WEXMOOR` names nobody (authors empty); the third story's",
              "signature, a name over the town `Pellworth`, names its author (neither line text); the tide table",
              "`HIGH WATER` and the quotation `LINE OF THE DAY` are recurring blocks, no article and not text; the",
              "contents, greeting, rules, sign-off (naming where the team writes) and foot are furniture; no",
              "sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# n10: shapes mixed: a research institute's email carrying a whole issue of an invented sibling monitor, *Orbenmark
# Security Monitor* (plain text hard-wrapped at 72, paragraphs apart by blank lines): a mail header, a line to read it
# online, the masthead over `Vol. 6 · Issue 11 · 2 October 2040`, `In this issue` under group headings with dotted leaders,
# pages last; `EXPLAINERS` (plural) over a run of two: `By Colonel (Retired) NAME` with superscript note markers
# and `Sources` entries numbered `n.` (one wrapped), and an `ABOUT THE AUTHOR` heading over her bio after them; and three
# authors with roles after commas in capitals over two lines, whose joint bio sits straight under the text with no
# label before the next label; `THE MONTH IN SHORT` (a section name) over two short pieces: the first signed by a name
# over the city, the second signed with spaced initials after an en dash; the issue's closing note and the mail's foot;
# sidecar `publication:`.
d = Doc(72)
N10_E1 = "Why the Orbenmark Ferries Still Have No Searches"
N10_E2 = "Following the Money Through the Border Pawnshops"
N10_M1 = "Arson at the Lyne Asylum Hostel"
N10_M2 = "Orbenmark Police Recruit Their First Divers"
SUP10 = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}
d.fur("From: Hallam Kade Institute <osm@hallamkade.example>", "To: member@northpost.example",
      "Subject: Orbenmark Security Monitor, Vol. 6, Issue 11", "Date: Tue, 2 Oct 2040 10:30:00 +0200", "",
      "Read this issue online: https://hallamkade.example/osm/6-11", "",
      "ORBENMARK SECURITY MONITOR", "Vol. 6 \u00b7 Issue 11 \u00b7 2 October 2040", "", "In this issue", "",
      "EXPLAINERS", f"   {N10_E1} ......... 1", f"   {N10_E2} ......... 3", "THE MONTH IN SHORT",
      f"   {N10_M1} ......... 5", f"   {N10_M2} ......... 5", "", "*" * 72, "", "EXPLAINERS", "", N10_E1, "",
      "By Colonel (Retired) Teodora Vukasin-Ilunga", "")
d.paras(1,
        "Every lorry that crosses the Orbenmark land border is weighed, and one in ten is searched. Every "
        f"passenger who flies out of Orbenmark airport is searched.{SUP10['1']} Yet the four ferries a day "
        "that cross the sound to the mainland carry some two thousand people and three hundred vehicles, and "
        "not one of them is searched.",
        "The reason is not neglect but law. The ferry crossing was defined in 1998 as a domestic route, and "
        "domestic routes are no business of the border police. The coast guard has the power to search at "
        f"sea but no officers at the terminals.{SUP10['2']}",
        "Two attempts to change the law have failed in committee, each time because the ferry company warned "
        f"that searches would make the crossing too slow.{SUP10['3']} A third is due this winter.")
d.fur("", "Sources", "")
for t in ["1. Orbenmark Border Police, annual statement of controls, 2039, tables 2 and 3, on lorries and air "
          "passengers.",
          "2. Coast Guard Act 2011, section 14.",
          "3. Minutes of the transport committee, 2036 and 2038."]:
    d.para(1, t)
d.fur("", "ABOUT THE AUTHOR", "")
d.bio("Teodora Vukasin-Ilunga served in the army's military police and headed the border liaison office "
      "until 2038.", width=72)
d.fur("", N10_E2, "",
      "BY IN\u00c9S ALVARADO, RESEARCH ASSOCIATE, BO-RA PYEON, VISITING FELLOW,",
      "AND KWABENA FITZGERALD-TAL, ANALYST", "")
d.paras(2,
        "There are more pawnshops in the six border towns of Orbenmark than in the capital, which has ten "
        "times their people. We spent a year finding out why.",
        "The answer is that a pawnshop is the easiest place in the country to turn cash into goods and goods "
        "back into cash, with a receipt for each. A smuggler who pawns a gold chain in one town and redeems "
        "it in another has moved money across the country with paperwork that any tax inspector will accept.",
        "The pawnshops are licensed by the town councils, which have no way of seeing a customer's dealings "
        "in the next town. A single register of pledges, open to the police, would end the trick.")
d.add()
d.bio("In\u00e9s Alvarado and Bo-Ra Pyeon work on illicit finance at the Hallam Kade Institute, where Kwabena "
      "Fitzgerald-Tal builds its datasets.", width=72)
d.fur("", "THE MONTH IN SHORT", "", N10_M1, "")
d.paras(3,
        "A fire set at the back door of the asylum hostel in Lyne on September 24 was put out by residents "
        "before the fire brigade arrived. Police are treating it as arson and have asked for the footage of "
        "the shop cameras in Station Road.")
d.add()
d.fur("Aurelio Brandvold-Asante", "Lyne", "", N10_M2, "")
d.paras(4,
        "The Orbenmark police have recruited their first team of divers, six officers trained by the navy, "
        "who will search harbours and the sound for weapons and drugs dropped from boats.")
d.add()
d.fur("\u2013 Z. Q. A.", "", "*" * 72, "",
      "The Orbenmark Security Monitor is published monthly by the Hallam Kade Institute.",
      "The views expressed are the authors' own.", "",
      "Forward to a colleague: hallamkade.example/osm/forward",
      "Your subscriptions: hallamkade.example/account",
      "Unsubscribe from this list: hallamkade.example/osm/unsubscribe",
      "Hallam Kade Institute, 40 Tanners Row, Orbenmark")
META = dict(date="2040-10-02", pub="Orbenmark Security Monitor", volume=6, issue=11)
emit("n10_mixed_email_carrying_sibling_issue_group_contents_explainers_run_colonel_superscript_about_heading_three_caps_authors_month_in_short", d, [
    dict(title=N10_E1, authors=["Teodora Vukasin-Ilunga"], kind="explainer", **META),
    dict(title=N10_E2, authors=["In\u00e9s Alvarado", "Bo-Ra Pyeon", "Kwabena Fitzgerald-Tal"], kind="explainer",
         **META),
    dict(title=N10_M1, authors=["Aurelio Brandvold-Asante"], kind="brief", **META),
    dict(title=N10_M2, authors=[], kind="brief", **META)],
    comments=["Open choices: the email carries a whole issue of the Orbenmark Security Monitor, so the publication",
              "is the monitor (not the institute that sends it) and `Vol. 6 \u00b7 Issue 11` its numbering; `EXPLAINERS`",
              "over a run of two names each an explainer (singular); `Colonel (Retired)` is a rank left out of the",
              "name; the superscript marks stay in the text and the `Sources` entries are text, the heading `Sources`",
              "and the `ABOUT THE AUTHOR` heading and bio are not; the three authors in capitals are named as their",
              "joint bio writes them (roles left out); that bio straight under the text (no label) is not text;",
              "`THE MONTH IN SHORT` is a section name no page uses as a genre, over a run of short pieces, so each",
              "is a brief; the first is signed by a name over the city `Lyne` (neither line text), the second with",
              "initials only (`\u2013 Z. Q. A.`: authors empty); the contents with their group headings, the issue's",
              "closing note and the mail's header and foot are furniture."],
    sidecar="publication: Orbenmark Security Monitor")
