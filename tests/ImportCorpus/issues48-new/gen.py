"""issues48-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated March - September 2043): two whole Terrorism Monitor
issues as PDF text (i01, i04) and three whole issues of invented sibling monitors (i02, i06, i08), all five printed
WITHOUT blank lines between paragraphs, two plain-text daily email letters (i03, i07) and one weekly (i05).
The weight is on issues printed without blank lines whose contents carry no heading and print a page or number before
the title (`3. Title`, `Item 2: Title`, `(p. 6) Title`, `pg 5 | Title`, `4 - Title`), some wrapped onto an indented
line, under section names in capitals; mastheads `March 18, 2043 — 41/6`, `Iss 11, vol 6`, `No 57 | 2043, week 23`,
a weekday over `24.IV.2043` or `9-IX-2043`; runs of short pieces under a place or topic label (`THE SALT COAST`,
`WATER AND POWER`, `ROADS AND RAILS`, `THE UPPER CASSARD`, `THE NARROWS`) whose later pieces the contents do not list,
under `From our correspondent, PLACE` (a two-word place that reads like a name), `Our staff in PLACE`, `From a staff
reporter in PLACE`, `By our own correspondent`, `From NAME in PLACE`, `From NAME and NAME in PLACE`, or no byline and a
signature (`NAME / Desk`, `NAME, Role`, `— NAME` set to the right); look-alikes that must not be taken: a note list
`[1] …` after an article, prose numbers over a slash (`41/6`, `12/12`), a first sentence `From the harbour office, …`,
a feature under a genre label with subheadings and no signature, a feature signed at its end with subheadings; letters
with runs under a place label (titles in sentence case or capitals, staff or a named reporter filing from a place under
the title) beside recurring blocks.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues47-new/gen.py, copied unchanged.
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

# ---------------------------------------------------------------------------------------------------------------------
# i01: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text): the name, the foundation's line,
# `March 18, 2043 — 41/6` (a date beside volume/issue over a slash), a contents list with NO heading of entries
# `P. Title` (page, a dot): `ANALYSIS` over one entry wrapped onto an indented line, `THE SALT COAST` over the first
# piece of its run only; `ANALYSIS` over a feature `By NAME` with two subheadings, `[n]` markers and a `Notes` list
# `[1] …` after it, no signature; `THE SALT COAST` (a place) over a run of three: `From our correspondent, Harlan
# Moss` (a two-word place that reads like a name), `From NAME and NAME in PLACE`, and a piece with no byline whose first
# sentence opens `From the harbour office, …`, closed by `NAME / Salt Coast Desk` with the publisher's notice straight
# after; prose `kilometre post 41/6` is no numbering; running header `TM 41/6 · March 18, 2043 · page N`; sidecar.
d = Doc(80, hyph=True)
I01_A = "The Ledger Wars: How the Karsk Front Finances Itself Through Grain Receipts"
I01_B = "Harbour Pilots at Venn Strand Refuse Night Sailings"
I01_C = "Two Held Over Diesel Thefts at Cobbe Lock"
I01_D = "Keepers on Gull Stack Ask for Radios"

def i01_head(page):
    return ["\f", f"TM 41/6 \u00b7 March 18, 2043 \u00b7 page {page}"]

d.fur("TERRORISM MONITOR", "A journal of the Orrin-Vance Foundation on armed movements",
      "March 18, 2043 \u2014 41/6", "ANALYSIS", "3. The Ledger Wars: How the Karsk Front Finances Itself",
      "   Through Grain Receipts", "THE SALT COAST", f"7. {I01_B}", "ANALYSIS", I01_A, "By Teodora Vasquez-Iyer")
d.para(1, "For most of the last decade the Karsk Front paid its fighters in cash taken at roadblocks. Since the "
       "autumn of 2042 it has paid them increasingly in paper: warehouse receipts for wheat and barley stored in "
       "the silos of the upper plain, which traders in the market towns accept at a small discount.[1]")
d.add("Receipts as currency", 1)
d.para(1, "A receipt names a silo, a grade and a weight. It carries the stamp of the silo's manager, and in the "
       "districts the Front controls that manager now answers to the Front's economic committee. The receipts "
       "circulate for weeks before anyone collects the grain, and some are never collected at all.",
       brk=(2, i01_head(2)))
d.para(1, "The arrangement suits the Front in two ways. It needs far less cash, which is hard to move past the "
       "army's checkpoints, and it ties the traders of the plain to the survival of the silos it holds.")
d.add("What the ministry can do", 1)
d.para(1, "The agriculture ministry still licenses every silo on the plain. Publishing the licensed capacity of "
       "each, and the weight its receipts claim, would show at once where paper has outrun grain.[2]")
d.add("Notes", 0)
d.para(1, "[1] Interviews by the author with four grain traders in Ostvell and Marrach, January and February 2043.")
d.para(1, "[2] Ministry of Agriculture, Register of Licensed Stores, edition of 2042, tables 4 to 9.")
d.fur("THE SALT COAST", I01_B, "From our correspondent, Harlan Moss")
d.para(2, "The pilots who bring tankers into Venn Strand have refused to work after dark since two pilot boats "
       "were fired on near the outer buoy. Ships now wait at anchor overnight, and the port says the queue "
       "reached eleven vessels on Sunday.")
d.para(2, "The pilots' association wants an armed escort for every night sailing. The navy has offered one boat.")
d.fur(I01_C, "From Ilse Marrow-Tan and Quentin Adeyemi-Ross in Cobbe Lock")
d.para(3, "Police at Cobbe Lock have detained two lock keepers over the theft of diesel from the barges that "
       "wait for the lock to fill. The fuel was siphoned at night and sold from a lay-by near kilometre post "
       "41/6 on the canal road, according to the police statement.", brk=(1, i01_head(3)))
d.fur(I01_D)
d.para(4, "From the harbour office, the lighthouse on Gull Stack can be seen but not reached: its three keepers "
       "have had no working radio since the storm of 2 March, and the relief boat cannot land in a swell.")
d.para(4, "The keepers have asked for two hand-held sets and a mast. The coast authority says an order has been "
       "placed.")
d.fur("Wenna Trask-Olubi / Salt Coast Desk",
      "The Terrorism Monitor is published twice a month by the Orrin-Vance Foundation, 14 Ledbury Court,",
      "Arlington, VA 22290. The views expressed are the authors' own. No part may be reproduced without the",
      "Foundation's permission. \u00a9 2043 The Orrin-Vance Foundation.")
META = dict(date="2043-03-18", pub=TM, volume=41, issue=6)
emit("i01_tm_issue_no_blank_lines_date_dash_vol_iss_slash_contents_no_heading_page_dot_wrapped_analysis_subheadings_notes_list_salt_coast_run_correspondent_two_word_place_two_names_in_place_harbour_office_desk_signature_notice", d, [
    dict(title=I01_A, authors=["Teodora Vasquez-Iyer"], kind="analysis", **META),
    dict(title=I01_B, authors=[], kind="brief", **META),
    dict(title=I01_C, authors=["Ilse Marrow-Tan", "Quentin Adeyemi-Ross"], kind="brief", **META),
    dict(title=I01_D, authors=["Wenna Trask-Olubi"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`P. Title`, a page and a dot, under section names) and the first page run on in one block;",
              "`March 18, 2043 — 41/6` is 2043-03-18, volume 41, issue 6; `ANALYSIS` names its one piece, whose",
              "subheadings and notes `[1] …` are its text (the `Notes` heading is not); it has no signature;",
              "`THE SALT COAST` is a place, no genre, over a run of short pieces, so each is a brief (the contents",
              "list only the first); `From our correspondent, Harlan Moss` names nobody (Harlan Moss is the place);",
              "`From NAME and NAME in PLACE` names both; the last piece has no byline, its first sentence",
              "`From the harbour office, …` is text, and its author is its signature `NAME / Salt Coast Desk` (desk",
              "left out, not text); `kilometre post 41/6` is prose; the publisher's notice, masthead, contents and",
              "running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i02: a whole issue of an invented sibling monitor, *Velmorra Basin Monitor*, printed WITHOUT blank lines (PDF text):
# the name, `Iss 11, vol 6  ·  Monday 4 May 2043` (the issue word abbreviated without its stop, before the volume),
# the institute's line, a contents list with NO heading of entries `Item N: Title` (a numbering word and a colon):
# `FEATURES` over one entry wrapped onto an indented line, `WATER AND POWER` over the first piece of its run only;
# `FEATURES` over a piece with no byline, two subheadings, signed at its end `— NAME` with the next label straight
# after; `WATER AND POWER` (a topic) over a run of three: `Our staff in PLACE` (its prose holds `12/12`), `By our own
# correspondent`, and an unlisted piece with no byline closed by `NAME, Water Correspondent` with the publisher's notice
# straight after; running footer `VBM  Iss 11 / vol 6  p. N`; sidecar.
d = Doc(78, hyph=True)
I02_A = "The Dam Two Provinces Claim: Who Opens the Velmorra Spillway"
I02_B = "Pump Station at Orla Ford Guarded by Volunteers"
I02_C = "Water Tariff Rise Postponed After Protest in Dunmere"
I02_D = "Irrigation Canal Reopens Below Sallis Weir"

def i02_foot(page):
    return [f"VBM  Iss 11 / vol 6  p. {page}", "\f"]

d.fur("VELMORRA BASIN MONITOR", "Iss 11, vol 6  \u00b7  Monday 4 May 2043",
      "Published by the Tessaly Institute for River Studies", "FEATURES",
      "Item 1: The Dam Two Provinces Claim: Who Opens the", "        Velmorra Spillway", "WATER AND POWER",
      f"Item 2: {I02_B}", "FEATURES", I02_A)
d.para(1, "When the Velmorra dam was finished in 2031, the spillway gates were to be opened by a joint board of "
       "the two provinces that share the river. The board last met in 2040. Since then the gates have been "
       "opened by whichever side held the control house on the day.")
d.add("A control house changing hands", 1)
d.para(1, "The control house has changed hands four times in three years. Each time, the new holders have "
       "released water to suit their own fields downstream, and each release has flooded villages on the "
       "other bank.", brk=(2, i02_foot(2)))
d.add("The case for an outside keeper", 1)
d.para(1, "Engineers on both sides say privately that the gates should be run by a third party with no fields "
       "to water. The river authority of the basin, which both provinces still fund, is the obvious candidate, "
       "if it can be given guards of its own.")
d.add("                                                  \u2014 Anselm Drury-Kato")
d.fur("WATER AND POWER", I02_B, "Our staff in Orla Ford")
d.para(2, "Farmers at Orla Ford have taken turns guarding the pump station that feeds their channels since its "
       "fuel store was broken into in April. Twenty men work 12/12 shifts, two at a time, and the council has "
       "lent them a shed and a telephone.")
d.fur(I02_C, "By our own correspondent")
d.para(3, "The provincial water company has put off a rise in tariffs after several hundred people blocked the "
       "road outside its offices in Dunmere for two days. The rise, of nearly a third, will be reconsidered in "
       "the autumn.")
d.fur(I02_D)
d.para(4, "The irrigation canal below Sallis Weir carried water again on Thursday, eight months after a blast "
       "breached its bank. Engineers rebuilt eighty metres of the embankment under police guard.",
       brk=(1, i02_foot(3)))
d.fur("Petra Lindqvist-Oyo, Water Correspondent",
      "The Velmorra Basin Monitor is published monthly by the Tessaly Institute for River Studies, Canal House,",
      "Brede Street, Tessaly. Its contents may be quoted with acknowledgement. \u00a9 2043 Tessaly Institute.")
META = dict(date="2043-05-04", pub="Velmorra Basin Monitor", volume=6, issue=11)
emit("i02_sibling_no_blank_lines_iss_no_stop_before_vol_weekday_date_contents_no_heading_item_colon_wrapped_features_signed_at_end_subheadings_water_and_power_run_our_staff_12_12_own_correspondent_comma_role_notice", d, [
    dict(title=I02_A, authors=["Anselm Drury-Kato"], kind="feature", **META),
    dict(title=I02_B, authors=[], kind="brief", **META),
    dict(title=I02_C, authors=[], kind="brief", **META),
    dict(title=I02_D, authors=["Petra Lindqvist-Oyo"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`Item N: Title` under section names) and the first page run on in one block; `Iss 11, vol 6` is",
              "volume 6, issue 11, dated `Monday 4 May 2043`; `FEATURES` over one piece names it a feature",
              "(singular); that piece has no byline, its two subheadings are its text and its author is the",
              "signature `— NAME` set to the right at its end (not text); `WATER AND POWER` is a topic, no genre,",
              "over a run of short pieces, so each is a brief (the contents list only the first); `Our staff in",
              "PLACE` and `By our own correspondent` name nobody; `12/12` is prose; the last piece's author is its",
              "signature `NAME, Water Correspondent` (role left out, not text); the publisher's notice, masthead,",
              "contents and running footers are furniture."],
    sidecar="publication: Velmorra Basin Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i03: a plain-text daily email letter, *The Skerrin Bell* (hard-wrapped at 66, paragraphs apart by blank lines): a
# mail header, the name over `Tuesday 12 May 2043`, a greeting, a contents list with no heading, items marked `+ `,
# naming a story, the first piece of a run and the recurring blocks; a story `By NAME` under a sentence-case title;
# `THE ISLANDS` (a place) over a run of two, titles printed in capitals: `From a staff reporter in PLACE` (listed), and
# `From NAME in PLACE` (unlisted); the recurring `WEATHER AT THE PIERS` table and `QUOTE OF THE MORNING`; a sign-off and
# a foot; no sidecar.
d = Doc(66)
I03_A = "Ferry fares to rise in June, operator confirms"
I03_B = "Fish market at Skerry Holm moves indoors"
I03_C = "School boat runs again to Inchmorra"
d.fur("From: The Skerrin Bell <bell@skerrin-bell.example>", "To: m.ostler@mailbox.example",
      "Date: Tue, 12 May 2043 06:05:12 +0100", "Subject: Dearer ferries, a fish market indoors, the school boat",
      "", "THE SKERRIN BELL", "Tuesday 12 May 2043", "", "Morning, all. In the Bell today:", "",
      f"+ {I03_A}", f"+ {I03_B}", "+ Weather at the piers", "+ Quote of the morning", "", "",
      I03_A, "By Nadia Ferreira-Holm", "")
d.paras(1,
        "Return fares on the Skerrin ferries will rise by a sixth from 1 June, the operator confirmed last "
        "night. Islanders with a resident's card will pay the old fare until the end of the summer.",
        "The operator blames fuel, which it says now costs twice what it did two years ago, and the new crew "
        "rota that the licensing board demanded after the grounding at Stoer Point.",
        "The islands' councillor, Morag Tennant-Obi, said she would ask the board to cap the rise for "
        "freight, on which the fish merchants depend.")
d.fur("", "", "THE ISLANDS", "", I03_B.upper(), "From a staff reporter in Skerry Holm", "")
d.paras(2,
        "The fish market at Skerry Holm will move into the old net store on the pier next month, ending "
        "forty years of selling from trestles on the slipway.",
        "The trust that owns the store has fitted chilled counters and a drain. Stallholders will pay a "
        "small rent from September.")
d.fur("", I03_C.upper(), "From Calum Ostrander in Inchmorra", "")
d.paras(3,
        "The school boat to Inchmorra ran again yesterday after a week laid up with a cracked propeller "
        "shaft. Nine pupils were back at their desks in Skerrin by half past nine.",
        "The education office says a spare shaft will now be kept at the boatyard.")
d.fur("", "", "WEATHER AT THE PIERS", "",
      "Skerrin      14C   wind SW 4   sea moderate",
      "Skerry Holm  13C   wind SW 5   sea rough",
      "Inchmorra    12C   wind W 5    sea rough",
      "", "", "QUOTE OF THE MORNING", "",
      "\"A ferry timetable is a promise the sea has never signed.\"",
      "  -- Old Ewan, skipper of the Marram, retired", "", "",
      "That's the Bell for today. Ring again tomorrow.", "Isla and Fergus", "",
      "The Skerrin Bell, 2 Quay Brae, Skerrin SK1 4PA",
      "You get this because you asked to. Stop it at skerrin-bell.example/stop")
META = dict(date="2043-05-12", pub="The Skerrin Bell", volume=None, issue=None)
emit("i03_email_daily_weekday_date_contents_no_heading_plus_items_story_by_name_islands_run_caps_titles_staff_reporter_in_place_from_name_in_place_weather_table_quote", d, [
    dict(title=I03_A, authors=["Nadia Ferreira-Holm"], kind="feature", **META),
    dict(title=I03_B, authors=[], kind="brief", **META),
    dict(title=I03_C, authors=["Calum Ostrander"], kind="brief", **META)],
    comments=["Open choices: the date is `Tuesday 12 May 2043` under the name (the mail header agrees); the first",
              "story sits under no label and the contents (no heading, items marked `+ `) list it by title, so it",
              "is a feature; `THE ISLANDS` is a place, no genre, over a run of short pieces, so each is a brief;",
              "their titles are printed in capitals over the pieces: the listed one is labelled as the contents",
              "print it, the unlisted one in sentence case; `From a staff reporter in PLACE` names nobody, `From",
              "NAME in PLACE` names its author; `WEATHER AT THE PIERS` and `QUOTE OF THE MORNING` are recurring",
              "blocks, no article and not text; the contents, greeting, sign-off, first names and foot are",
              "furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# i04: a whole Terrorism Monitor issue printed WITHOUT blank lines (PDF text): the foundation over the name, `Friday`
# over `24.IV.2043` (a weekday over a date with a Roman month), `Volume XLI · Number 8`, a contents list with NO heading
# of entries `(p. N) Title` (a page in brackets): `ASSESSMENT` over one entry wrapped onto an indented line, `ROADS AND
# RAILS` over the first piece of its run only; `ASSESSMENT` over `By Dr NAME` with `[n]` markers and its notes `[1] …`
# printed after it with no heading; `ROADS AND RAILS` (a topic) over a run of three: `From a staff reporter in PLACE`,
# `From NAME in PLACE`, and an unlisted piece with no byline (its prose holds `06/14`) closed by `— NAME` set to the
# right with the publisher's notice straight after; running header `Terrorism Monitor | XLI.8 | N`; sidecar.
d = Doc(80, hyph=True)
I04_A = "Amnesty Without Disarmament: The Lessons of the Dravic Hills Accord"
I04_B = "Rail Freight Through Tolvern Halted After Track Sabotage"
I04_C = "Checkpoint Fees Return on the Gastony Highway"
I04_D = "Bus Companies Ask for Escorts Over the Pellan Pass"

def i04_head(page):
    return ["\f", f"Terrorism Monitor | XLI.8 | {page}"]

d.fur("THE ORRIN-VANCE FOUNDATION", "TERRORISM MONITOR", "Friday", "24.IV.2043", "Volume XLI \u00b7 Number 8",
      "ASSESSMENT", "(p. 2) Amnesty Without Disarmament: The Lessons of the", "       Dravic Hills Accord",
      "ROADS AND RAILS", f"(p. 6) {I04_B}", "ASSESSMENT", I04_A, "By Dr Halvard Nkemelu-Rae")
d.para(1, "Two years after the Dravic Hills accord, some 3,400 former fighters of the Hill Brotherhood have "
       "received the amnesty it promised. Fewer than 900 weapons have been handed in.[1] The gap is no "
       "accident of paperwork: the accord tied amnesty to registration, not to disarmament, and registration "
       "asks for a name and a village, not a rifle.")
d.para(1, "The negotiators had their reasons. The Brotherhood's commanders would not sign anything that left "
       "their men unarmed while the rival Vessic militias kept their guns, and the government wanted the "
       "signatures before the elections.[2] But the result is a province where thousands of amnestied men "
       "still keep their weapons at home, and where the commanders can call them back at a week's notice.",
       brk=(3, i04_head(3)))
d.para(1, "A second accord, now being discussed for the Vessic districts, should not repeat the mistake. "
       "Registration and the handing in of weapons can be made one act, at one office, with the amnesty "
       "certificate issued only when both are done.[3]")
d.para(1, "[1] Figures of the provincial reintegration office, published on 2 April 2043.")
d.para(1, "[2] Author's interviews with two members of the government delegation, Dravic, March 2043.")
d.para(1, "[3] As proposed by the Hollis Commission in its second report, paragraphs 41 to 47.")
d.fur("ROADS AND RAILS", I04_B, "From a staff reporter in Tolvern")
d.para(2, "No freight train has passed through Tolvern since Monday, when a length of rail was cut and removed "
       "on the bridge approach east of the town. Passenger trains turn back at Ossery. The railway says repairs "
       "will take another week.")
d.fur(I04_C, "From Mireille Achterberg in Gastony")
d.para(3, "Armed men have again been stopping lorries on the Gastony highway and demanding a fee for each axle, "
       "six months after the police cleared their posts. Drivers say there are now two posts, moved every few "
       "days.", brk=(2, i04_head(4)))
d.fur(I04_D)
d.para(4, "The three companies that run coaches over the Pellan Pass have asked the army to escort their night "
       "services, after the 06/14 departure from Marrow Cross was stopped and robbed last Saturday. Until an "
       "answer comes, the night coaches will not run.")
d.add("                                                      \u2014 Tobias Wennerholm-Sy")
d.fur("The Terrorism Monitor is published twice a month by the Orrin-Vance Foundation, 14 Ledbury Court,",
      "Arlington, VA 22290. Views are the authors' own. \u00a9 2043 The Orrin-Vance Foundation.")
META = dict(date="2043-04-24", pub=TM, volume=41, issue=8)
emit("i04_tm_issue_no_blank_lines_weekday_over_roman_month_date_contents_no_heading_page_in_brackets_wrapped_assessment_notes_no_heading_roads_rails_run_staff_reporter_from_name_in_place_right_dash_signature", d, [
    dict(title=I04_A, authors=["Halvard Nkemelu-Rae"], kind="assessment", **META),
    dict(title=I04_B, authors=[], kind="brief", **META),
    dict(title=I04_C, authors=["Mireille Achterberg"], kind="brief", **META),
    dict(title=I04_D, authors=["Tobias Wennerholm-Sy"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`(p. N) Title`, a page in brackets, under section names) and the first page run on in one block;",
              "`Friday` over `24.IV.2043` is 2043-04-24 (a Roman month); `Volume XLI · Number 8` is volume 41,",
              "issue 8; `ASSESSMENT` names its one piece (`Dr` left out of the name); its notes `[1] …` printed",
              "after it with no heading are its text; `ROADS AND RAILS` is a topic, no genre, over a run of short",
              "pieces, so each is a brief (the contents list only the first); `From a staff reporter in PLACE`",
              "names nobody, `From NAME in PLACE` names its author; the last piece has no byline and its author",
              "is the signature `— NAME` set to the right (not text); `06/14` is prose; the publisher's notice,",
              "masthead, contents and running headers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# i05: a plain-text weekly email letter, *The Quarrendon Weekly Note* (hard-wrapped at 70, paragraphs apart by blank
# lines): a mail header with no `Date:`, the name over `Week 19 of 2043` (-> the Monday of ISO week 19), a greeting, a
# contents list with no heading, items marked `» `, naming a story, the place label of a run and the recurring blocks;
# a story in sentence case `By our own correspondent`; `THE NORTH SHORE` (a place) over a run of three in sentence case:
# `From NAME and NAME in PLACE`, `Our own staff, PLACE` under the title, and a piece with no byline whose first sentence
# opens `From the harbour office, …`; the recurring `SHIPPING THIS WEEK` table and `THE WEEK IN ONE NUMBER`; a
# sign-off and a foot; sidecar.
d = Doc(70)
I05_A = "The new bridge at Quarrendon opens to lorries on Monday"
I05_B = "Penmarrow lifeboat gets a second crew"
I05_C = "Gullet Bay quarry to close for the summer"
I05_D = "Sea wall at Harth Sands to be raised"
d.fur("From: The Quarrendon Weekly Note <note@quarrendon.example>", "To: readers@quarrendon.example",
      "Subject: A bridge, a lifeboat crew, a quarry shut, a sea wall", "",
      "THE QUARRENDON WEEKLY NOTE", "Week 19 of 2043", "", "Hello again. This week:", "",
      f"\u00bb {I05_A}", "\u00bb The North Shore", "\u00bb Shipping this week", "\u00bb The week in one number",
      "", "", I05_A, "By our own correspondent", "")
d.paras(1,
        "The new road bridge over the Quarren opens to lorries on Monday, a month after cars began to use "
        "it. The county had held the heavy traffic back until the last of the load tests was signed off.",
        "Lorries will no longer have to pass through the market square, which the traders have asked for "
        "since the old bridge was weight-limited in 2039. The square will be closed to through traffic "
        "from June.")
d.fur("", "", "THE NORTH SHORE", "", I05_B, "From Rhiannon Vale and Tomasz Okafor-Lind in Penmarrow", "")
d.paras(2,
        "The lifeboat station at Penmarrow has trained a second crew of six, so that the boat can put to sea "
        "twice in one night. Two of the new crew are fishermen; the others work at the creamery.")
d.fur("", I05_C, "Our own staff, Gullet Bay", "")
d.paras(3,
        "The quarry above Gullet Bay will stop blasting from June to September while the company repairs "
        "the haul road, which slid in the March rains. Forty men will be laid off for the summer.")
d.fur("", I05_D, "")
d.paras(4,
        "From the harbour office, the word on Thursday was that the sea wall at Harth Sands will be raised "
        "by a metre along its whole length, after the winter tides came over it three times.",
        "Work starts in the autumn and should be finished before the equinox tides of 2044.")
d.fur("", "", "SHIPPING THIS WEEK", "",
      "Arrived   Saltire Grace    timber      Quarrendon",
      "Arrived   Morven Star      coal        Penmarrow",
      "Sailed    Ellen Brack      barley      Quarrendon",
      "", "", "THE WEEK IN ONE NUMBER", "",
      "312 -- the lorries a day the county expects over the new bridge.", "", "",
      "Until next week,", "Hester", "",
      "The Quarrendon Weekly Note, Old Custom House, Quarrendon QN3 9LL",
      "To stop receiving the Note, reply with STOP.")
META = dict(date="2043-05-04", pub="The Quarrendon Weekly Note", volume=None, issue=None)
emit("i05_email_weekly_week_of_year_no_date_header_contents_no_heading_guillemet_items_own_correspondent_story_north_shore_run_two_names_in_place_our_own_staff_comma_place_harbour_office_shipping_table_number", d, [
    dict(title=I05_A, authors=[], kind="feature", **META),
    dict(title=I05_B, authors=["Rhiannon Vale", "Tomasz Okafor-Lind"], kind="brief", **META),
    dict(title=I05_C, authors=[], kind="brief", **META),
    dict(title=I05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the mail header has no date; `Week 19 of 2043` is the Monday of ISO week 19,",
              "2043-05-04; the first story sits under no label and the contents (no heading, items marked `» `)",
              "list it by title, so it is a feature; `By our own correspondent` names nobody; `THE NORTH SHORE` is",
              "a place, no genre, over a run of short pieces, so each is a brief; `From NAME and NAME in PLACE`",
              "names both, `Our own staff, PLACE` names nobody; the last piece has no byline and its first",
              "sentence `From the harbour office, …` is text; `SHIPPING THIS WEEK` and `THE WEEK IN ONE NUMBER` are",
              "recurring blocks, no article and not text; the contents, greeting, sign-off, first name and foot",
              "are furniture."],
    sidecar="publication: The Quarrendon Weekly Note")

# ---------------------------------------------------------------------------------------------------------------------
# i06: a whole issue of an invented sibling monitor, *Cassard Riverlands Monitor*, printed WITHOUT blank lines (PDF
# text): the name, `No 57  |  2043, week 23` (the issue word abbreviated without its stop, no volume, a week of the
# year), the trust's line, a contents list with NO heading of entries `pg N | Title` (a page and a bar): `ANALYSIS` over
# one entry, `THE UPPER CASSARD` over the first piece of its run only, wrapped onto an indented line; `ANALYSIS` over a
# feature `By NAME` with two subheadings and no signature; `THE UPPER CASSARD` (a place) over a run of three: `From our
# correspondent, Marten Cross` (a two-word place that reads like a name), `From NAME and NAME in PLACE`, and an unlisted
# piece with no byline closed by `NAME / Upper Cassard Desk` with the publisher's notice straight after; running footer
# `Cassard Riverlands Monitor – No 57 – N`; no sidecar.
d = Doc(78, hyph=True)
I06_A = "Why the Ferry Guilds of the Cassard Became Armed Guilds"
I06_B = "Night Curfew Lifted in the Villages Above the Gorge"
I06_C = "Mill Owners Pay for Their Own Guards at Weir End"
I06_D = "Grain Barges Sail Again From Cassard Landing"

def i06_foot(page):
    return [f"Cassard Riverlands Monitor \u2013 No 57 \u2013 {page}", "\f"]

d.fur("CASSARD RIVERLANDS MONITOR", "No 57  |  2043, week 23", "A bulletin of the Hollin Trust for the Riverlands",
      "ANALYSIS", f"pg 2 | {I06_A}", "THE UPPER CASSARD", "pg 5 | Night Curfew Lifted in the Villages Above",
      "       the Gorge", "ANALYSIS", I06_A, "By Ingrid Solberg-Amadi")
d.para(1, "There have been ferry guilds on the Cassard for as long as there have been ferries. Each guild "
       "holds the right to carry passengers and goods across one reach of the river, and each has always "
       "defended that right against boatmen from outside. What is new is how.")
d.add("From oars to rifles", 1)
d.para(1, "Since the provincial police withdrew from the river posts in 2041, three of the seven guilds have "
       "armed their members. They say they need the rifles against the smugglers who use the river at night; "
       "the smugglers, for their part, now pay the guilds to look the other way.", brk=(2, i06_foot(2)))
d.add("A monopoly worth defending", 1)
d.para(1, "The guilds' crossing rights are worth more each year, because the two road bridges over the "
       "Cassard are both closed. A guild that controls the only crossing in a reach controls the trade of "
       "every village on both banks, and the province has let that happen by default.")
d.fur("THE UPPER CASSARD", I06_B, "From our correspondent, Marten Cross")
d.para(2, "The district office has lifted the night curfew in the six villages above the gorge, in force since "
       "the raids of last winter. Shops may open until ten, and the bus from the valley will run its late "
       "service again.")
d.fur(I06_C, "From Oskar Lindahl and Femi Aldana-Roth in Weir End")
d.para(3, "The owners of the three flour mills at Weir End have hired a private guard company, saying the "
       "police cannot protect the mill races at night. Each mill pays for two guards; the town council has "
       "refused to share the cost.", brk=(2, i06_foot(3)))
d.fur(I06_D)
d.para(4, "The first grain barges since March left Cassard Landing on Tuesday, escorted by a police launch. "
       "Twelve barges are waiting to load, and the harbour master expects the backlog to clear within a "
       "fortnight.")
d.fur("Beatrix Holloway-Nze / Upper Cassard Desk",
      "The Cassard Riverlands Monitor is published weekly by the Hollin Trust for the Riverlands, 9 Tanner's",
      "Walk, Cassard. All rights reserved. \u00a9 2043 The Hollin Trust.")
META = dict(date="2043-06-01", pub="Cassard Riverlands Monitor", volume=None, issue=57)
emit("i06_sibling_no_blank_lines_no_without_stop_week_of_year_contents_no_heading_page_bar_wrapped_analysis_subheadings_upper_cassard_run_correspondent_two_word_place_two_names_in_place_desk_signature_notice", d, [
    dict(title=I06_A, authors=["Ingrid Solberg-Amadi"], kind="analysis", **META),
    dict(title=I06_B, authors=[], kind="brief", **META),
    dict(title=I06_C, authors=["Oskar Lindahl", "Femi Aldana-Roth"], kind="brief", **META),
    dict(title=I06_D, authors=["Beatrix Holloway-Nze"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`pg N | Title` under section names) and the first page run on in one block; `No 57` on a monitor",
              "is its issue with no volume; `2043, week 23` is the Monday of ISO week 23, 2043-06-01; `ANALYSIS`",
              "names its one piece, whose subheadings are its text, and which has no signature; `THE UPPER",
              "CASSARD` is a place, no genre, over a run of short pieces, so each is a brief (the contents list",
              "only the first, wrapped); `From our correspondent, Marten Cross` names nobody (Marten Cross is the",
              "place); `From NAME and NAME in PLACE` names both; the last piece has no byline and its author is its",
              "signature `NAME / Upper Cassard Desk` (desk left out, not text); the publisher's notice, masthead,",
              "contents and running footers are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# i07: a plain-text daily email letter, *The Orrelby Courier* (hard-wrapped at 64, paragraphs apart by blank lines):
# a mail header, the name over `Thursday 18 June 2043`, a greeting, a contents list with no heading, items marked
# `-> `, naming a story, the first piece of a run and the recurring blocks; the recurring `ROADWORKS TODAY` first; a
# story under its title `By NAME`; `IN THE HILL TOWNS` (a place) over a run of two, titles printed in capitals: `From a
# staff reporter in PLACE` (listed) and `From NAME in PLACE` (unlisted); the recurring `ON THIS DAY`; a sign-off and a
# foot; no sidecar.
d = Doc(64)
I07_A = "Orrelby hospital opens its new wing two years late"
I07_B = "Water back on in Callow Top after nine days"
I07_C = "Upper Brack votes to keep its market charter"
d.fur("From: The Orrelby Courier <courier@orrelby-courier.example>", "To: j.pardew@postbox.example",
      "Date: Thu, 18 Jun 2043 06:30:00 +0100", "Subject: The new wing, water at Callow Top, a charter kept", "",
      "THE ORRELBY COURIER", "Thursday 18 June 2043", "", "Good morning. Inside today:", "",
      "-> Roadworks today", f"-> {I07_A}", f"-> {I07_B}", "-> On this day", "", "",
      "ROADWORKS TODAY", "",
      "Mill Street       lane closed     until 22 June",
      "Orrel Bridge      lights          nights only",
      "Station Approach  resurfacing     from Monday", "", "",
      I07_A.upper(), "By Priya Halloran-Eze", "")
d.paras(1,
        "The new wing of Orrelby General opens to patients on Monday, two years after the date first "
        "promised and at half as much again as the first estimate.",
        "It holds forty beds, a second operating theatre and a children's ward that replaces the one closed "
        "in 2040. The health board blames the contractor's collapse in 2041 for most of the delay.",
        "Staff for the children's ward are still being recruited; until they are, the ward will open only "
        "on weekdays.")
d.fur("", "", "IN THE HILL TOWNS", "", I07_B.upper(), "From a staff reporter in Callow Top", "")
d.paras(2,
        "Taps ran again in Callow Top yesterday, nine days after the main from the reservoir burst under the "
        "school playing field. Households had been filling cans from a tanker in the square.")
d.fur("", I07_C.upper(), "From Joss Merriman in Upper Brack", "")
d.paras(3,
        "The parish meeting at Upper Brack has voted by 212 to 40 to keep the market charter granted in "
        "1604, rejecting a plan to sell the market square for housing.",
        "The Saturday market will carry on, though only four stalls now trade in the winter.")
d.fur("", "", "ON THIS DAY", "",
      "1923: The Orrel burst its banks and flooded the lower town to the height of a door.", "", "",
      "That's all. Tomorrow: the hill towns' budget.", "The Courier desk", "",
      "The Orrelby Courier, 41 Castle Wynd, Orrelby OR2 6DD",
      "Unsubscribe at orrelby-courier.example/unsubscribe")
META = dict(date="2043-06-18", pub="The Orrelby Courier", volume=None, issue=None)
emit("i07_email_daily_weekday_date_contents_no_heading_arrow_items_roadworks_first_story_by_name_caps_hill_towns_run_caps_titles_staff_reporter_in_place_from_name_in_place_on_this_day", d, [
    dict(title=I07_A, authors=["Priya Halloran-Eze"], kind="feature", **META),
    dict(title=I07_B, authors=[], kind="brief", **META),
    dict(title=I07_C, authors=["Joss Merriman"], kind="brief", **META)],
    comments=["Open choices: the date is `Thursday 18 June 2043` under the name (the mail header agrees); the first",
              "story sits under no label and the contents (no heading, items marked `-> `) list it by title, so it",
              "is a feature, labelled as the contents print it though printed in capitals over it; `IN THE HILL",
              "TOWNS` is a place, no genre, over a run of short pieces, so each is a brief; the listed piece is",
              "labelled as the contents print it, the unlisted one in sentence case; `From a staff reporter in",
              "PLACE` names nobody, `From NAME in PLACE` names its author; `ROADWORKS TODAY` and `ON THIS DAY` are",
              "recurring blocks, no article and not text; the contents, greeting, sign-off and foot are",
              "furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# i08: a whole issue of an invented sibling monitor, *Ardentine Straits Monitor*, printed WITHOUT blank lines (PDF
# text): the name, `Wednesday` over `9-IX-2043` (a weekday over a date with a Roman month), `Vol 3 No 17`, the
# publisher's line, a contents list with NO heading of entries `N - Title` (a page and a hyphen): `FEATURES` over one
# entry wrapped onto an indented line, `THE NARROWS` over the first piece of its run only; `FEATURES` over a piece
# `By NAME` with two subheadings, signed again at its end `— NAME` (the byline's name) with the next label straight
# after; `THE NARROWS` (a place) over a run of three: `Our staff in PLACE`, `From a staff reporter in PLACE`, and an
# unlisted piece with no byline closed by `NAME, Straits Editor` with the publisher's notice straight after; its prose
# holds `3/17` (no numbering); running header `ASM Vol 3 No 17 / 9-IX-2043 / N`; no sidecar.
d = Doc(78, hyph=True)
I08_A = "Convoys or Coastguards: Two Ways of Keeping the Ardentine Straits Open"
I08_B = "Ferry Crews at Kell Point Strike Over Boardings"
I08_C = "Buoy Tender Fired On Near Sorrow Rocks"
I08_D = "Insurers Raise Premiums for Night Passages"

def i08_head(page):
    return ["\f", f"ASM Vol 3 No 17 / 9-IX-2043 / {page}"]

d.fur("ARDENTINE STRAITS MONITOR", "Wednesday", "9-IX-2043", "Vol 3 No 17",
      "Published by the Maritime Studies Circle of Port Ardent", "FEATURES",
      "4 - Convoys or Coastguards: Two Ways of Keeping the", "    Ardentine Straits Open", "THE NARROWS",
      f"9 - {I08_B}", "FEATURES", I08_A, "By Sunniva Okparaeke")
d.para(1, "Since the spring, merchant ships bound through the Ardentine Straits have been boarded eleven times "
       "by men in fast boats who demand money from the master and leave. Nobody has been killed. The shipping "
       "lines want convoys; the port authorities want a coastguard that can patrol the whole strait.")
d.add("The case for convoys", 1)
d.para(1, "Convoys are quick to arrange and need only the two frigates the navy already keeps at Port Ardent. "
       "They would also slow every passage by a day, because ships would wait at either end for the escort, and "
       "the smaller coasters cannot keep a frigate's pace.", brk=(2, i08_head(5)))
d.add("The case for a coastguard", 1)
d.para(1, "A coastguard would take two years to build and cost far more. It would also do what a convoy cannot: "
       "search the coves on both shores where the fast boats are kept, and stay after the boardings stop.")
d.add("                                                        \u2014 Sunniva Okparaeke")
d.fur("THE NARROWS", I08_B, "Our staff in Kell Point")
d.para(2, "Crews of the Kell Point ferry stopped work on Monday, saying they will not sail again until the "
       "company puts a second mate on every night crossing. Two ferries were boarded in August.")
d.fur(I08_C, "From a staff reporter in Port Ardent")
d.para(3, "The buoy tender Marisol was fired on near Sorrow Rocks while replacing a light on Friday. No one "
       "aboard was hurt; the crew logged the shots in the margin of page 3/17 of the light list they were "
       "working from.", brk=(1, i08_head(6)))
d.fur(I08_D)
d.para(4, "Marine insurers in Port Ardent have raised premiums for ships passing the straits between dusk and "
       "dawn by a quarter. Several lines have already moved their sailings into daylight.")
d.fur("Ottilie Brandt, Straits Editor",
      "The Ardentine Straits Monitor is published fortnightly by the Maritime Studies Circle, 3 Chandlers'",
      "Row, Port Ardent. Quotation with credit is welcome. \u00a9 2043 Maritime Studies Circle.")
META = dict(date="2043-09-09", pub="Ardentine Straits Monitor", volume=3, issue=17)
emit("i08_sibling_no_blank_lines_weekday_over_roman_month_date_vol_no_without_stops_contents_no_heading_page_hyphen_wrapped_features_byline_and_end_signature_subheadings_narrows_run_our_staff_staff_reporter_comma_role_notice", d, [
    dict(title=I08_A, authors=["Sunniva Okparaeke"], kind="feature", **META),
    dict(title=I08_B, authors=[], kind="brief", **META),
    dict(title=I08_C, authors=[], kind="brief", **META),
    dict(title=I08_D, authors=["Ottilie Brandt"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so the masthead, the contents (no heading, entries",
              "`N - Title`, a page and a hyphen, under section names) and the first page run on in one block;",
              "`Wednesday` over `9-IX-2043` is 2043-09-09 (a Roman month); `Vol 3 No 17` is volume 3, issue 17;",
              "`FEATURES` over one piece names it a feature (singular); its subheadings are its text; it is signed",
              "at its end `— NAME` by its byline's author (the signature not text); `THE NARROWS` is a place, no",
              "genre, over a run of short pieces, so each is a brief (the contents list only the first); `Our",
              "staff in PLACE` and `From a staff reporter in PLACE` name nobody; `3/17` is prose; the last piece",
              "has no byline and its author is its signature `NAME, Straits Editor` (role left out, not text); the",
              "publisher's notice, masthead, contents and running headers are furniture."])
