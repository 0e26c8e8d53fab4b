"""issues42-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated March 2038 - February 2039): three whole Terrorism
Monitor issues as PDF text (m01, m04, m08), three whole issues of invented sibling monitors (m03 printed without blank
lines between paragraphs, m06), three plain-text email letters (m02 and m07 dailies, m05 and m09 weeklies) and the
publisher's email carrying a whole issue of a sibling monitor (m10).
The weight is on email letters (contents at the top, send counts in the letter's own word, recurring blocks that are not
articles, sign-offs naming where the team writes from, feet), section labels over runs, signatures under the text,
bylines over it (ranks written out, honorifics, particles, capitals, three authors with roles, correspondents, reviews),
contents lists, bios, running lines and notes.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues41-new/gen.py (from issues39-new and issues40-new), copied unchanged.
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
GLYPH = "\uf0be"

# ---------------------------------------------------------------------------------------------------------------------
# m01: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher under the name,
# `Vol. 36 — No. 5` over `Thursday 18 March 2038`; `What's inside` with group headings and dotted leaders, pages last;
# `COMMENTARIES` (plural) over a run of two: `By Group Captain (retd) NAME` with `(n)` notes (one entry wrapped) and
# `By Lieutenant Commander NAME` whose bio sits straight under the text with no label, just before the running footer;
# `DIGEST` (a collection label) over three short pieces: the first signed with initials between dashes, the second
# unsigned, the third signed by a name over the city on the next line, at the end of the issue; footer
# `— 36/5 · Terrorism Monitor · N —`, once mangled between the halves of a sentence (words run together, a stray glyph,
# the page number glued to the words).
d = Doc(76, hyph=True)
M01_C1 = "The Quiet Rearmament of the Tessaly Hill Militias"
M01_C2 = "Mines in the Fairway: What the Navy Learned at Port Vell"
M01_D1 = "Orvane Court Frees Three Bus Hijackers on Appeal"
M01_D2 = "Border Crossing at Hask Reopens After Nine Weeks"
M01_D3 = "Wedding Guests Held Hostage for a Night in Lorreby"

def m01_foot(page, mangled=False):
    if mangled:
        return ["", f"—36/5·TerrorismMonitor{GLYPH}{page}—", "\f"]
    return ["", f"— 36/5 · Terrorism Monitor · {page} —", "\f"]

d.fur("TERRORISM MONITOR", "A publication of the Halvern Institute", "", "Vol. 36 — No. 5", "Thursday 18 March 2038",
      "", "What's inside", "", "Commentaries",
      f"{M01_C1} .......... 1", f"{M01_C2} .......... 3", "Digest",
      f"{M01_D1} .......... 4", f"{M01_D2} .......... 4", f"{M01_D3} .......... 5", "",
      "COMMENTARIES", "", M01_C1, "", "By Group Captain (retd) Anselm Okonkwo-Varga", "")
d.paras(1,
        "Nobody in the Tessaly hills has announced that the militias are rearming. There have been no parades "
        "and no statements, and the village councils that disbanded their guard companies after the 2033 "
        "accord still meet every month as though nothing had changed (1).",
        "Yet the signs are there for anyone who counts. Gun shops in the valley towns have sold out of "
        "hunting ammunition twice this winter, and the price of a second-hand rifle in the Saturday market at "
        "Ebbon has doubled since October (2).")
d.add()
d.para(1, "The militias are not preparing for an offensive. They are preparing for the day the provincial police "
       "leave, which the hill villages expect once the new governor's budget cuts reach the outlying "
       "stations. A village that remembers the last time the police left will not wait to find out what "
       "happens next, and its neighbours will not wait either (3).", brk=(2, m01_foot(2, mangled=True)))
d.add()
d.para(1, "Keeping three police posts open in the hills would cost less than a single month of the clashes that "
       "would follow their closing.")
d.fur("", "Notes", "")
for t in ["(1) Minutes of the Tessaly village councils, January 2034 to February 2038, held at the district "
          "archive in Ebbon.",
          "(2) Prices recorded by the author at the Ebbon market, October 2037 and February 2038.",
          "(3) Interviews with four village headmen, Tessaly hills, February 2038."]:
    d.para(1, t)
d.fur("", M01_C2, "", "By Lieutenant Commander Mairead Tolland-Osei", "")
d.paras(2,
        "When a fishing boat struck a mine in the approach channel to Port Vell last autumn, the navy's first "
        "assumption was that the mine was old, a relic of the war that ended thirty years ago. It was not. "
        "The fragments recovered by divers were of a pattern made in a workshop, not a factory.",
        "Since then the navy has swept the fairway four times and found two more. Each was laid in the same "
        "way, from a small boat at night, at a point where the channel narrows and the ships must keep to a "
        "single lane.",
        "The lesson is uncomfortable. A port that depends on one narrow channel can be closed by a handful of "
        "people with a workshop and a dinghy, and the navy has too few minesweepers to guard every such "
        "channel on the coast.")
d.add()
d.bio("Mairead Tolland-Osei served eighteen years in the navy's mine countermeasures squadron and now advises "
      "harbour authorities on channel safety.")
d.fur(*m01_foot(3), "DIGEST", "", M01_D1, "")
d.paras(3,
        "The appeal court at Orvane freed three men on March 9 who had been convicted of hijacking a bus on "
        "the coast road in 2036. The judges found that the police had questioned the men for two days "
        "without a lawyer.",
        "The bus company's drivers walked out for a day in protest, and the prosecutor says he will ask for a "
        "retrial.")
d.add()
d.fur("— R.T.V. —", "", M01_D2, "")
d.paras(4,
        "The crossing at Hask on the northern border reopened to lorries on March 12 after nine weeks in "
        "which it was closed by a dispute over customs fees. Queues on the approach road reached twelve "
        "kilometres on the first day.",
        "Traders on both sides say the closure cost them their winter season.")
d.fur(*m01_foot(4), M01_D3, "")
d.paras(5,
        "Gunmen burst into a wedding party at a farm outside Lorreby on the night of March 6 and held some "
        "sixty guests until dawn, demanding a ransom from the bridegroom's family. They left before the "
        "police arrived, taking two of the guests' cars.",
        "No one was hurt. The families have refused to say whether any money was paid.")
d.add()
d.fur("Yusuf Demirel-Haas", "Lorreby", *m01_foot(5)[:2])
META = dict(date="2038-03-18", pub=TM, volume=36, issue=5)
emit("m01_tm_issue_dotted_contents_groups_commentaries_run_group_captain_retd_lt_cdr_bio_under_text_digest_dash_initials_unsigned_name_city", d, [
    dict(title=M01_C1, authors=["Anselm Okonkwo-Varga"], kind="commentary", **META),
    dict(title=M01_C2, authors=["Mairead Tolland-Osei"], kind="commentary", **META),
    dict(title=M01_D1, authors=[], kind="brief", **META),
    dict(title=M01_D2, authors=[], kind="brief", **META),
    dict(title=M01_D3, authors=["Yusuf Demirel-Haas"], kind="brief", **META)],
    comments=["Open choices: `COMMENTARIES` over a run of two names each a commentary (singular); `Group Captain",
              "(retd)` and `Lieutenant Commander` are ranks left out of the names; the notes entries are text, the",
              "heading `Notes` is not; the bio straight under the second commentary's text (no label) is not text;",
              "`DIGEST` is a collection label over a run of short pieces, each a brief; the first brief is signed",
              "with initials only (`— R.T.V. —`), which name nobody, so its authors stay empty and the line is not",
              "text; the second brief is unsigned; the third is signed by a name over the city `Lorreby` (neither",
              "line text, the city not part of the name); contents, running footers and the group headings of the",
              "contents are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m02: a plain-text daily email letter, *The Lisbourne Morning* (hard-wrapped at 68, paragraphs apart by blank lines):
# a mail header with no `Date:` line (a saved copy), the name over `Post No. 311` (a send count in the letter's own
# word, no volume) and a dateline `Tuesday, 13 April 2038 — Lisbourne` (the only date); `Good morning.`; the contents
# under `On today's page` (no colon) listing the three stories and the two recurring blocks; `REPORTS` (plural) over a
# run of three: `From our correspondent` (no name), `NAME in PLACE · DATE`, and a story with no byline signed under its
# text `NAME, Role, ORG`; between the second and third story the recurring `THE DAY AHEAD` (a calendar) and after the
# third `QUOTE OF THE DAY` (a quotation with its speaker), neither an article; the sign-off naming where the team
# writes from and a foot of seven short lines; no sidecar.
d = Doc(68)
M02_R1 = "Tram drivers at Lisbourne walk out over night attacks"
M02_R2 = "Ferry searches tightened at Port Omer after arms find"
M02_R3 = "City council votes to keep the old fort's garrison"
d.fur("From: The Lisbourne Morning <morning@lisbourne-morning.example>",
      "To: reader@quaysidemail.example",
      "Subject: Trams, ferries and the fort", "", "THE LISBOURNE MORNING", "Post No. 311",
      "Tuesday, 13 April 2038 — Lisbourne", "", "Good morning.", "", "On today's page",
      f"* {M02_R1}", f"* {M02_R2}", "* The day ahead", f"* {M02_R3}", "* Quote of the day", "",
      "=" * 68, "", "REPORTS", "", M02_R1, "", "From our correspondent", "")
d.paras(1,
        "Drivers on Lisbourne's three tram lines stopped work at midnight and say they will not run the last "
        "trams of the evening until the transport company puts a guard on every car after nine o'clock.",
        "The walkout follows the fourth assault on a driver this year. On Saturday a driver on the harbour "
        "line was beaten by two passengers who had been refused entry for carrying open bottles; she is in "
        "hospital with a broken arm.",
        "The company says guards on every car would cost more than the night service earns, and has offered "
        "cameras instead.")
d.fur("", M02_R2, "", "Ilka Brannigan-Tuva in Port Omer · 13 April 2038", "")
d.paras(2,
        "Passengers boarding the morning ferries at Port Omer faced searches of every bag and vehicle from "
        "Monday, after customs officers found six pistols hidden in the spare wheel of a camper van on "
        "Friday night.",
        "The searches added more than an hour to the crossing. The ferry company has asked drivers to arrive "
        "ninety minutes early until the end of the month.")
d.fur("", "=" * 68, "", "THE DAY AHEAD", "", "09:00  Harbour board meets in open session, Customs House",
      "11:30  Trial of the Wexley depot arsonists resumes, Crown Court 2",
      "14:00  Police commissioner's monthly briefing, Station Square",
      "19:00  Residents' meeting on the tram attacks, St Anne's Hall", "", "=" * 68, "", M02_R3, "")
d.paras(3,
        "The city council voted by nineteen to twelve last night to ask the defence ministry to keep the "
        "small garrison at the old harbour fort, which the ministry plans to close next year.",
        "Councillors who voted for the motion said the soldiers' presence had kept the fort's empty "
        "magazines from being used as a store by smugglers. Those against said a police post would do the "
        "same job for less.")
d.add()
d.fur("Tomasz Adeyemi-Rusk, City Hall Reporter, The Lisbourne Morning", "", "=" * 68, "", "QUOTE OF THE DAY", "",
      "\u201cA guard on the last tram is cheaper than a driver in hospital.\u201d",
      "— a tram driver at the Harbour Road depot", "", "=" * 68, "",
      "That's all for this morning. Written, as ever, from the newsroom above",
      "the fish market on Harbour Row, Lisbourne.", "",
      "You receive the Morning because you signed up at lisbourne-morning.example.",
      "Stop receiving it: lisbourne-morning.example/stop",
      "Weekends only? lisbourne-morning.example/settings",
      "Passed on by a friend? Sign up at lisbourne-morning.example/join",
      "Tips and corrections: desk@lisbourne-morning.example",
      "The Lisbourne Morning, 12 Harbour Row, Lisbourne LB2 7HQ",
      "© 2038 Lisbourne Morning Ltd")
META = dict(date="2038-04-13", pub="The Lisbourne Morning", volume=None, issue=None)
emit("m02_email_daily_post_no_date_in_letter_line_contents_no_colon_reports_run_our_correspondent_name_in_place_signed_role_calendar_quote", d, [
    dict(title=M02_R1, authors=[], kind="report", **META),
    dict(title=M02_R2, authors=["Ilka Brannigan-Tuva"], kind="report", **META),
    dict(title=M02_R3, authors=["Tomasz Adeyemi-Rusk"], kind="report", **META)],
    comments=["Open choices: `Post No. 311` under the name with no volume is the letter's count of its sends, so",
              "volume and issue stay empty (README, Numbers); the only date is the dateline under it (the mail",
              "header has no `Date:`); the publication is the name the masthead prints (`THE LISBOURNE MORNING`);",
              "`REPORTS` over a run of three names each a report (singular), the calendar and the quote of the day",
              "between and after them breaking no run and being no article; `From our correspondent` names nobody",
              "(authors empty); `NAME in Port Omer · DATE` names its author (place and date left out); the third",
              "story's signature `NAME, City Hall Reporter, The Lisbourne Morning` names its author (role and",
              "paper left out) and is not text; the contents under `On today's page`, greeting, sign-off (naming",
              "where the team writes from) and the foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# m03: a whole issue of an invented sibling monitor, *Carrow Basin Monitor*, printed WITHOUT blank lines between
# paragraphs or around titles (PDF text, no indents; a paragraph ends where a line stops short): the name over
# `No. 7 · Volume 2 · September 2038` (month and year only → the first of the month); `Contents` in the form
# `Genre — Title, N`, the two short pieces on one line with their pages; `ANALYSIS` (singular) over a byline in
# capitals with a rank and a particle in capitals `BY DETECTIVE INSPECTOR NAME VAN DER NAME`, superscript note markers,
# `Notes` whose entries are superscript numbers (one wrapped over two lines), an `About the author` block after the
# notes; `IN SHORT` (a collection label) over two short pieces: the first signed with initials in brackets, the second
# signed by a name over the city and followed straight by the running header's last page; running header
# `CARROW BASIN MONITOR // No. 7 // N`, once mangled between the halves of a sentence; no sidecar.
d = Doc(78, hyph=True)
M03_A = "Who Guards the Sluices? Policing the Carrow Drainage Boards"
M03_S1 = "Eel Fishermen Report Night Crossings at Dunnock Reach"
M03_S2 = "Pumping Station at Helm Fen Set Alight"
SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}

def m03_head(page, mangled=False):
    if mangled:
        return ["\f", f"CARROWBASINMONITOR//No.7//{page}"]
    return ["\f", f"CARROW BASIN MONITOR // No. 7 // {page}"]

d.fur("CARROW BASIN MONITOR", "No. 7 · Volume 2 · September 2038", "Contents",
      f"Analysis — {M03_A}, 1", f"In short — {M03_S1}, 4; {M03_S2}, 4",
      "ANALYSIS", M03_A, "BY DETECTIVE INSPECTOR MAREN VAN DER STEEG")
for t in ["The Carrow basin is drained by forty-one pumping stations and several hundred sluices, and every one of "
          f"them is run by a drainage board of farmers elected by their neighbours.{SUP['1']} None of the boards "
          "employs a guard. For a century nobody thought they needed one.",
          "That changed in the wet spring of 2036, when a sluice at Amsey was opened at night and three farms "
          "were flooded. The board blamed a faulty gear. The police, when they were finally called, found that "
          f"the padlock had been cut.{SUP['2']} Since then there have been nine more cases, each timed to a high "
          "tide and each aimed at a farmer who had quarrelled with someone over water.",
          "The drainage boards are not equipped to investigate crimes, and the police are not equipped to "
          "understand drainage. Each side waits for the other. What the basin needs is a small unit of "
          "officers who know the sluices as well as the farmers do, and a register of who holds the keys.",
          f"A register alone would have solved four of the ten cases.{SUP['3']}"]:
    d.para(1, t, brk=(2, m03_head(2, mangled=True)) if t.startswith("That changed") else None)
d.fur("Notes")
for t in [f"{SUP['1']} Carrow Basin Drainage Commission, Register of Boards and Stations, edition of 2037, "
          "with the amendments of March 2038.",
          f"{SUP['2']} Carrow Police, crime report 36/1142, Amsey, April 2036.",
          f"{SUP['3']} The author's review of the ten case files, 2036-2038."]:
    d.para(1, t)
d.bio("About the author: Maren van der Steeg leads the rural crime team of the Carrow Police and has worked "
      "the basin's farms for eleven years.")
d.fur(*m03_head(3), "IN SHORT", M03_S1)
d.para(2, "Eel fishermen working the traps at Dunnock Reach say they have seen boats crossing the basin without "
       "lights on at least six nights since August, always in the small hours and always towards the old "
       "brickworks on the east bank.")
d.para(2, "The fishermen have told the river police, who say they have no boat to spare for night patrols until "
       "the new launch arrives in November.")
d.fur("(E.W.)", M03_S2)
d.para(3, "Fire crews were called to the pumping station at Helm Fen early on September 3, where a fire set "
       "against the engine house door had spread to the diesel store. The station was out of action for two "
       "days, and the fields around it flooded to the depth of a boot.")
d.para(3, "The drainage board has offered a reward for information and fitted a camera to the gate.")
d.fur("Lotte Hammarsten-Obi", "Helm Fen", *m03_head(4))
META = dict(date="2038-09-01", pub="Carrow Basin Monitor", volume=2, issue=7)
emit("m03_sibling_no_blank_lines_genre_dash_title_contents_two_on_a_line_caps_det_insp_van_der_superscript_notes_about_in_short_brackets_name_city", d, [
    dict(title=M03_A, authors=["Maren van der Steeg"], kind="analysis", **META),
    dict(title=M03_S1, authors=[], kind="brief", **META),
    dict(title=M03_S2, authors=["Lotte Hammarsten-Obi"], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines, so titles, labels and bylines run straight into the text;",
              "`No. 7 · Volume 2 · September 2038` is volume 2, issue 7, dated the first of the month; the byline",
              "in capitals names `Maren van der Steeg` (the particle written in lower case as in her bio, the rank",
              "`Detective Inspector` left out); superscript note markers and the notes entries are text, the",
              "heading `Notes` and the `About the author:` block are not; `IN SHORT` is a collection label over a",
              "run of short pieces, each a brief; the first is signed with initials in brackets (`(E.W.)`), which",
              "name nobody, so its authors stay empty; the second is signed by a name over the city `Helm Fen`",
              "(neither line text); contents and running headers are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# m04: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `TERRORISM MONITOR` over
# `Volume XXXVI · Issue 14` and `July 22, 2038`, the publisher's line under them; `In This Issue` with the page first
# under group headings `Analyses` / `Profile`; `ANALYSES` (plural) over a run of two: three authors with roles after
# commas (`By NAME, Role, NAME, Role, and NAME, Role`, over two lines), bracketed roman note markers `[i]`, `Endnotes` (one entry
# wrapped), and an `About the authors` block for all three before the endnotes; and `By Professor NAME` whose two-line
# bio sits straight under the text with no label, before the next label; `PROFILE` (singular) over a byline in
# capitals with particles in capitals (`BY HÉLOÏSE DE LA TOUR-MBEKI`); footer `36:14 · TERRORISM MONITOR · N`, once
# mangled between the halves of a sentence (words run together, a glyph, the page number glued to the words).
d = Doc(76, hyph=True)
M04_A1 = "Counting the Dead in the Irrel Delta"
M04_A2 = "The Courier Networks of the Sarrow Plateau"
M04_P = "Brother Ansgar: The Monk Who Negotiates with Kidnappers"

def m04_foot(page, mangled=False):
    if mangled:
        return ["", f"36:14{GLYPH}TERRORISMMONITOR{page}", "\f"]
    return ["", f"36:14 · TERRORISM MONITOR · {page}", "\f"]

d.fur("TERRORISM MONITOR", "Volume XXXVI · Issue 14", "July 22, 2038", "The Halvern Institute · Washbourne", "",
      "In This Issue", "Analyses", f"1  {M04_A1}", f"3  {M04_A2}", "Profile", f"5  {M04_P}", "",
      "ANALYSES", "", M04_A1, "",
      "By Aurelio Santangelo-Fitch, Lecturer in War Studies, Noor Bashiri-Lund,",
      "Field Analyst, and Pelle Aakster, Research Fellow", "")
d.paras(1,
        "No two counts of the dead in the Irrel delta agree. The provincial health office counted 212 deaths "
        "from political violence in 2037; the delta's own mosque and church committees, which bury the "
        "dead, counted 341; the armed groups' own announcements, added together, claim more than 600.[i]",
        "Each count has its reasons. The health office records only deaths in its hospitals, and the delta's "
        "hospitals are far from its fighting. The committees record every burial, including those of "
        "people who died of fevers in the camps.[ii] The armed groups count what helps them.")
d.add()
d.para(1, "We went through the committees' burial books for five of the delta's parishes and matched each "
       "entry with a family, a place and a cause. About two thirds of the deaths in the books were violent, "
       "which suggests that the true toll for the year lies close to 230, a little above the health office's "
       "figure and far below the armed groups' claims.[iii]", brk=(3, m04_foot(2, mangled=True)))
d.add()
d.para(1, "A count that families can check is worth more than a large one. The province should publish the "
       "committees' books, with names withheld, every quarter.")
d.add()
d.bio("About the authors: Aurelio Santangelo-Fitch lectures in war studies at Halden University; Noor "
      "Bashiri-Lund maps violence for the Delta Records Project; Pelle Aakster is a research fellow at the "
      "Tannick Institute.")
d.fur("", "Endnotes", "")
for t in ["[i] Irrel Provincial Health Office, Annual Mortality Return 2037, table 9.",
          "[ii] Burial books of the parish committees of Osk, Lemmet, Varra, Tull and Great Irrel, January to "
          "December 2037, read with the committees' consent.",
          "[iii] The authors' matching of 418 entries, April-June 2038."]:
    d.para(1, t)
d.fur("", M04_A2, "", "By Professor Idunn Castellanos-Reith", "")
d.paras(2,
        "On the Sarrow plateau the armed groups do not use phones. Their messages travel on foot, by bus and "
        "on the backs of motorcycles, carried by couriers who are often teenagers and usually paid in fuel.",
        "This makes the groups slow, but it also makes them hard to follow. A courier who is arrested knows "
        "only the next courier, and the groups change their routes whenever one is caught.",
        "The plateau's police have tried to break the chains by arresting couriers. They would do better to "
        "offer the couriers work: the same teenagers who carry messages for fuel would carry parcels for a "
        "wage.")
d.add()
d.bio("Idunn Castellanos-Reith holds the chair of rural sociology at the University of Marrick and has studied the "
      "plateau's villages since 2029.")
d.fur(*m04_foot(4), "PROFILE", "", M04_P, "", "BY HÉLOÏSE DE LA TOUR-MBEKI", "")
d.paras(3,
        "When a family in the southern hills needs to bring someone home from the kidnappers, it often sends "
        "first for Brother Ansgar, a monk of the small house at Cleve who has spent twenty years walking into "
        "the camps with nothing but a breviary and a flask of tea.",
        "He does not carry money, and he says he has never asked what a family paid. What he brings is "
        "patience and a reputation: every band in the hills knows that a hostage released to Brother Ansgar "
        "will be returned to his family and not to the police.",
        "The government distrusts him, and some of the families do too. But nineteen hostages have walked out "
        "of the hills beside him, and none of them has ever walked back in.")
d.fur(*m04_foot(5)[:2])
META = dict(date="2038-07-22", pub=TM, volume=36, issue=14)
emit("m04_tm_issue_page_first_contents_groups_analyses_run_three_authors_roles_roman_notes_about_authors_professor_bio_under_profile_caps_de_la", d, [
    dict(title=M04_A1, authors=["Aurelio Santangelo-Fitch", "Noor Bashiri-Lund", "Pelle Aakster"], kind="analysis", **META),
    dict(title=M04_A2, authors=["Idunn Castellanos-Reith"], kind="analysis", **META),
    dict(title=M04_P, authors=["Héloïse de la Tour-Mbeki"], kind="profile", **META)],
    comments=["Open choices: `ANALYSES` over a run of two names each an analysis (singular); the roles after the three",
              "names of the first byline (`Lecturer in War Studies`, `Field Analyst`, `Research Fellow`) are part of",
              "no name; the `About the authors:` block (one sentence for three authors) is not text; the endnotes",
              "with bracketed roman markers are text, the heading `Endnotes` is not; `Professor` is an honorific left",
              "out of the name; the second analysis's bio straight under its text (no label) is not text; `PROFILE`",
              "names its piece a profile; its byline in capitals names `Héloïse de la Tour-Mbeki` (particles in",
              "lower case); the publisher's line, contents and running footers are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m05: a plain-text weekly email letter, *The Fenwater Letter* (hard-wrapped at 72, paragraphs apart by blank lines),
# forwarded by a reader: her mail header (the only date), a forwarded-by line with her note, the name over
# `Volume 4 · Letter 17` (the letter's own numbering with a volume, kept), `Dear all,`; the contents under
# `In this letter:` (with a colon); `ESSAY` (singular) over `Our correspondent in Tarrant` (no name); `THE WEEK IN
# BRIEF` (a collection label ending in `brief`) over a run of three short pieces: the first signed with initials in
# square brackets, the second unsigned, the third signed `NAME, Role, ORG` and followed by the team's sign-off naming
# where it writes from; a foot of six short lines; sidecar `publication:`.
d = Doc(72)
M05_E = "The lock-keepers' war on the Fenwater canals"
M05_B1 = "Tarrant bridge reopens under guard"
M05_B2 = "Boatyard fire at Skellow was arson, say police"
M05_B3 = "Canal trust hires night wardens"
d.fur("From: Greta Whitlow-Asante <greta.wa@marshpost.example>", "To: desk@halvern.example",
      "Subject: Fwd: The Fenwater Letter, Volume 4 · Letter 17", "Date: Sat, 5 Jun 2038 19:02:11 +0100", "",
      "Forwarded by Greta Whitlow-Asante: worth a look for the canal piece, I think.", "",
      "---------- Forwarded message ----------",
      "From: The Fenwater Letter <letter@fenwaterletter.example>", "Subject: The Fenwater Letter, Volume 4 · Letter 17",
      "", "THE FENWATER LETTER", "Volume 4 · Letter 17",
      "Dear all,", "", "In this letter:", f"  Essay: {M05_E}",
      "  The week in brief:", f"    - {M05_B1}", f"    - {M05_B2}", f"    - {M05_B3}", "", "-- -- -- -- -- -- -- --", "", "ESSAY", "",
      M05_E, "", "Our correspondent in Tarrant", "")
d.paras(1,
        "There are fourteen locks between Tarrant and the sea, and until last year each had a keeper who "
        "lived in the cottage beside it. The canal trust has since replaced nine of them with automatic "
        "gates that boat crews open with a card.",
        "The smugglers who run cigarettes and fuel up the canals noticed at once. A keeper knew every boat "
        "that passed and wrote it in a ledger; a card reader knows only a number, and a card can be "
        "borrowed. Traffic through the unmanned locks at night has tripled.",
        "The five keepers who remain have become, without anyone asking them, the canal's police. They note "
        "the boats that pass too often, the crews who will not look them in the eye, the cargo covered with "
        "tarpaulins on a dry night. Two of them have had their windows broken this spring.",
        "The trust says it cannot afford to bring back the keepers. It might ask what the smuggling is "
        "costing the towns along the canal, and who is paying for that.")
d.fur("", "-- -- -- -- -- -- -- --", "", "THE WEEK IN BRIEF", "", M05_B1, "")
d.paras(2,
        "The road bridge over the canal at Tarrant reopened on Tuesday after a month of repairs, with a police "
        "van parked at each end. Officers will stay until the council decides whether to fit barriers against "
        "the lorries that struck it twice in May.")
d.add()
d.fur("[T.M.O.]", "", M05_B2, "")
d.paras(3,
        "Police now say the fire that destroyed three boats at the Skellow boatyard on May 28 was started "
        "deliberately. The yard's owner had refused to store a cargo for a customer he did not know, a week "
        "before the fire.")
d.add()
d.add(M05_B3)
d.add()
d.paras(4,
        "The Fenwater Canal Trust is to hire six night wardens for the stretch between Skellow and the sea, "
        "paid for by a levy on moorings. The wardens will have radios and bicycles but no powers of arrest.")
d.add()
d.fur("Harriet Osei-Lindgren, Waterways Editor, The Fenwater Letter", "", "-- -- -- -- -- -- -- --", "",
      "That's the week. We write the Letter each week in the old chandlery",
      "at Skellow Basin, and we'd love to hear from you.", "",
      "Why am I getting this? You joined at fenwaterletter.example.",
      "Leave the Letter: fenwaterletter.example/goodbye",
      "Change your email address: fenwaterletter.example/account",
      "Send the Letter to a friend: fenwaterletter.example/share",
      "The Fenwater Letter, The Chandlery, Skellow Basin SK4 1LL",
      "(c) The Fenwater Letter 2038")
META = dict(date="2038-06-05", pub="The Fenwater Letter", volume=4, issue=17)
emit("m05_email_weekly_forwarded_by_volume_letter_count_date_in_header_contents_colon_essay_our_correspondent_in_week_in_brief_brackets_unsigned_role_org", d, [
    dict(title=M05_E, authors=[], kind="essay", **META),
    dict(title=M05_B1, authors=[], kind="brief", **META),
    dict(title=M05_B2, authors=[], kind="brief", **META),
    dict(title=M05_B3, authors=["Harriet Osei-Lindgren"], kind="brief", **META)],
    comments=["Open choices: `Volume 4 · Letter 17` prints a volume, so it is the letter's own numbering, kept as",
              "volume 4, issue 17 (as a volume and a number under an email letter's name are labelled elsewhere);",
              "the only date is the reader's mail header (`Sat, 5 Jun 2038`), the forwarded message carrying none;",
              "the forwarded-by line names a reader, no author, and is furniture; `ESSAY` names its piece an essay,",
              "and `Our correspondent in Tarrant` names nobody (authors empty); `THE WEEK IN BRIEF` is a collection",
              "label (three words ending in `brief`) over a run of short pieces, each a brief; the first is signed",
              "with initials in square brackets (`[T.M.O.]`), which name nobody (authors empty); the second is",
              "unsigned; the third's signature `NAME, Waterways Editor, The Fenwater Letter` names its author and is",
              "not text; the contents, greeting, sign-off (naming where the team writes) and foot are furniture."],
    sidecar="publication: The Fenwater Letter")

# ---------------------------------------------------------------------------------------------------------------------
# m06: a whole issue of an invented sibling monitor, *Helmsgate Strait Monitor* (PDF text, paragraphs apart by blank
# lines): the name over `Issue 9 of Volume 11 — 2 May 2038`; `Contents` with dotted leaders and pages last, the two
# reviews on one line after the heading `Reviews:`; `FEATURE` (singular) over `By the Rev. Canon NAME and Dr NAME`,
# `[n]` markers, `Sources` (one entry wrapped), and one bio for the two co-authors straight under the sources with no
# label, just before the running header; `REVIEWS` (plural) over a run of two, each the book's title and a details line
# (author, publisher, year, pages, price) over the reviewer's byline: `Reviewed by Chief Superintendent (ret.) NAME`
# and `Reviewed by Mr. NAME` (an apostrophe in the surname), the second followed by a line of the issue's colophon;
# running header `Helmsgate Strait Monitor — May 2038 — page N of 4`, once mangled between the halves of a sentence;
# no sidecar.
d = Doc(78, hyph=True)
M06_F = "The Pilots' Guild and the Night Tankers of Helmsgate"
M06_R1 = "Harbours of Ash: Arson and Extortion on the Northern Quays"
M06_R2 = "The Long Watch"

def m06_head(page, mangled=False):
    if mangled:
        return ["\f", f"HelmsgateStraitMonitor—May2038—page{page}of4", ""]
    return ["\f", f"Helmsgate Strait Monitor — May 2038 — page {page} of 4", ""]

d.fur("HELMSGATE STRAIT MONITOR", "Issue 9 of Volume 11 — 2 May 2038", "", "Contents", "",
      f"Feature: {M06_F} ........ 1", f"Reviews: {M06_R1} ........ 3   {M06_R2} ........ 4", "",
      "FEATURE", "", M06_F, "", "By the Rev. Canon Ottilie Brabazon and Dr Ines Wahlberg-Nkosi", "")
d.paras(1,
        "Every ship that passes through the Helmsgate strait at night must carry a pilot from the guild at "
        "Helmsgate, and for two hundred years the guild's pilots have been the strait's eyes. They know which "
        "ships sail light, which ride low, and which call at the anchorage off Skerry Point when no cargo is "
        "due there.[1]",
        "Since the winter the guild's pilots have reported a new pattern: small tankers that clear the "
        "strait's customs post empty, anchor off Skerry Point for a night and sail on full. Their cargo is "
        "fuel bought cheaply in the south and sold in the northern ports without duty.[2]")
d.add()
d.para(1, "The pilots have told the coastguard, the customs service and the ministry. Each has thanked them and "
       "done nothing, because none of them has a boat that can stay off Skerry Point for a night. The guild "
       "has now begun to keep its own log, and it has asked to be given the power to refuse a ship that "
       "will not say where it is going.[3]", brk=(2, m06_head(2, mangled=True)))
d.add()
d.para(1, "The ministry should grant it. The guild is the only body in the strait that sees every ship.")
d.fur("", "Sources", "")
for t in ["[1] Helmsgate Pilots' Guild, charter and bylaws, consolidated text of 2031, with the register of "
          "pilotage for 2037.",
          "[2] Pilots' reports to the guild secretary, January-April 2038.",
          "[3] Letter from the guild master to the Ministry of Shipping, 14 March 2038."]:
    d.para(1, t)
d.add()
d.bio("Ottilie Brabazon is chaplain to the Helmsgate pilots and has sailed with them for twenty years; Ines "
      "Wahlberg-Nkosi researches the law of the sea at the Bremmer Maritime Academy.")
d.fur(*m06_head(3), "REVIEWS", "", M06_R1, "",
      "By Sunniva Okafor-Brandt. Helmsgate: Pellow & Crane, 2037. 288 pages. £22.50", "",
      "Reviewed by Chief Superintendent (ret.) Bartholomew Kessing", "")
d.paras(2,
        "Sunniva Okafor-Brandt spent four years on the northern quays, where fires in warehouses are so common "
        "that the insurers have stopped asking why. Her book argues that most of them are not accidents but "
        "invoices: a warehouse that does not pay the gangs who run the quays will burn.",
        "The argument is made with care and with a great deal of evidence, much of it from fire brigade "
        "records that the author was the first to read. Where the book is weaker is in what it proposes. A "
        "single harbour police force, which it calls for in its last chapter, would have to be paid for by "
        "the same owners who now pay the gangs.")
d.fur(*m06_head(4), M06_R2, "", "By Aurelie Moncrieff. Oldport: Saltire House, 2038. xii + 196 pp. £16.99", "",
      "Reviewed by Mr. Casimir N'Dour-Pettersen", "")
d.paras(3,
        "This short novel follows a lighthouse keeper on a rock in the strait through the winter in which "
        "smugglers begin to use his light as a landmark. It is quiet, exact and very good on the boredom of "
        "watching, which is most of what security work is.",
        "Readers who know the strait will recognise the rock, and may wonder how much of the story is "
        "invented. The author, who kept a light herself for six years, will not say.")
d.fur("", "Helmsgate Strait Monitor is published monthly by the Bremmer Maritime Academy, Helmsgate.")
META = dict(date="2038-05-02", pub="Helmsgate Strait Monitor", volume=11, issue=9)
emit("m06_sibling_issue_of_volume_dotted_contents_two_on_a_line_feature_rev_canon_and_dr_bracket_notes_joint_bio_no_label_reviews_run_book_details", d, [
    dict(title=M06_F, authors=["Ottilie Brabazon", "Ines Wahlberg-Nkosi"], kind="feature", **META),
    dict(title=M06_R1, authors=["Bartholomew Kessing"], kind="review", **META),
    dict(title=M06_R2, authors=["Casimir N'Dour-Pettersen"], kind="review", **META)],
    comments=["Open choices: `Issue 9 of Volume 11` is volume 11, issue 9; `FEATURE` names its piece a feature; `the",
              "Rev. Canon` and `Dr` are honorifics left out of the names; the sources with `[n]` markers are text,",
              "the heading `Sources` is not; the one bio for both co-authors straight under the sources (no label)",
              "is not text; `REVIEWS` over a run of two names each a review (singular), whose title is the book's",
              "title printed over it; the details line names the book's author, not the review's, and is not text;",
              "`Chief Superintendent (ret.)` and `Mr.` are left out of the reviewers' names; the colophon line after",
              "the last review is furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# m07: a plain-text daily email letter, *The Anselm Wire* (hard-wrapped at 66, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date, the name over `Vol. 2 · Wire № 88` (a volume and a number in the letter's
# own word, kept), `Morning, readers.`; the contents under `Today's running order:` (with a colon) naming the three stories and the recurring
# blocks; `DISPATCHES` (plural) over a run of three: `NAME in PLACE · DATE`; then the recurring `DIARY` (a calendar);
# `From our correspondent in Kell`; and a story with no byline signed under its text with initials between dashes;
# after them the recurring `WORDS OF THE DAY` (a quotation), not an article; the sign-off naming where the team writes
# from; a foot of five short lines; no sidecar.
d = Doc(66)
M07_D1 = "Curfew lifted in Fort Anselm's old town"
M07_D2 = "Kell miners block the ore road for a third day"
M07_D3 = "Customs seize drone parts at the airport"
d.fur("From: The Anselm Wire <wire@anselmwire.example>", "To: subscriber@mailbay.example",
      "Subject: Curfew lifted; miners; drone parts", "Date: Mon, 21 Jun 2038 05:30:00 +0200", "",
      "THE ANSELM WIRE", "Vol. 2 · Wire № 88", "", "Morning, readers.", "", "Today's running order:",
      f"1. {M07_D1}", "2. Diary", f"3. {M07_D2}", f"4. {M07_D3}", "5. Words of the day", "",
      "#" * 66, "", "DISPATCHES", "", M07_D1, "", "Selby Quarshie-Lamb in Fort Anselm · 21 June 2038",
      "")
d.paras(1,
        "The night curfew in Fort Anselm's old town ended at midnight on Sunday after seven weeks, the city's "
        "governor announced, crediting the arrest of the gang that had set fire to four shops in the market "
        "in April.",
        "Shopkeepers welcomed the news but said they would keep their shutters down after dark for now. "
        "\"We have been told it is over before,\" said one, who sells lamps by the north gate.")
d.fur("", "#" * 66, "", "DIARY", "", "Mon 21  Governor's press conference, 10:00, Citadel Hall",
      "Tue 22  Market traders' association meets, 18:30, Corn Exchange",
      "Thu 24  Sentencing in the market arson trial, Assize Court", "", "#" * 66, "", M07_D2, "",
      "From our correspondent in Kell", "")
d.paras(2,
        "Miners from the Kell pits kept the ore road closed for a third day yesterday, parking lorries across "
        "both lanes at the Hollow Bridge. They want the mining company to pay for guards on the pay convoy, "
        "which was robbed twice this spring.",
        "The company says the convoy is the police's business. The police say they have four officers for "
        "the whole valley.")
d.fur("", M07_D3, "")
d.paras(3,
        "Customs officers at Fort Anselm airport seized a crate of drone motors and flight controllers on "
        "Friday that had been declared as garden pumps. The crate was addressed to a farm supply shop in the "
        "hills that, officers say, does not exist.")
d.add()
d.fur("—P.N.—", "", "#" * 66, "", "WORDS OF THE DAY", "",
      "\"A pump that flies is not a pump.\"", "  — a customs officer at Fort Anselm airport", "", "#" * 66, "",
      "Sent, as every weekday, from our newsroom on Quay Lane, Fort Anselm.", "See you tomorrow.", "",
      "Unsubscribe: anselmwire.example/unsubscribe",
      "Update your details: anselmwire.example/me",
      "Forwarded this? Get your own: anselmwire.example/signup",
      "The Anselm Wire, 3 Quay Lane, Fort Anselm",
      "All content © 2038 The Anselm Wire")
META = dict(date="2038-06-21", pub="The Anselm Wire", volume=2, issue=88)
emit("m07_email_daily_vol_numero_date_in_header_contents_colon_dispatches_run_name_in_place_date_diary_correspondent_in_dashed_initials_words_of_day", d, [
    dict(title=M07_D1, authors=["Selby Quarshie-Lamb"], kind="dispatch", **META),
    dict(title=M07_D2, authors=[], kind="dispatch", **META),
    dict(title=M07_D3, authors=[], kind="dispatch", **META)],
    comments=["Open choices: `Vol. 2 · Wire № 88` prints a volume, so it is the letter's own numbering, kept as",
              "volume 2, issue 88; the only date is the mail header's (`Mon, 21 Jun 2038`); `DISPATCHES` over a run of three",
              "names each a dispatch (singular), the recurring `DIARY` calendar between them breaking no run and",
              "being no article, nor the recurring `WORDS OF THE DAY`; `NAME in Fort Anselm · DATE` names its author",
              "(place and date left out); `From our correspondent in Kell` names nobody (authors empty); the third",
              "dispatch is signed with initials between dashes (`—P.N.—`), which name nobody (authors empty), and",
              "the line is not text; the quoted shopkeeper's words are text; the contents, greeting, sign-off",
              "(naming where the team writes) and the foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# m08: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `The Halvern Institute` over
# `TERRORISM MONITOR`, `Volume 36 | Issue 20 | October 14, 2038`; `Contents` with the page first (`p. N`) and the
# genre before each title; `IN BRIEF` (a collection label) over one short piece with no byline, signed by a name over
# the city and followed straight by the label `ANALYSIS`; `ANALYSIS` (singular) over `By Brigadier (retd) NAME`, note
# numbers glued to sentence ends, an `About the author` block before `NOTES` whose entries start with bare numbers (one
# wrapped); `REVIEW` (singular) over the book's title, its details (editors, publisher, year, pages, price) and
# `Reviewed by Dr. NAME`, whose bio sits straight under the text with no label before the last footer; footer
# `«N»  Terrorism Monitor, 36/20`, once mangled between the halves of a sentence (the page number glued to the words).
d = Doc(76, hyph=True)
M08_B = "Grain Convoy Ambushed on the Tolmar Pass"
M08_A = "Why the Orsk Amnesty Emptied the Camps but Not the Hills"
M08_R = "Small Wars, Long Shadows: Essays on the Frontier Insurgencies"

def m08_foot(page, mangled=False):
    if mangled:
        return ["", f"«{page}»TerrorismMonitor,36/20", "\f"]
    return ["", f"«{page}»  Terrorism Monitor, 36/20", "\f"]

d.fur("The Halvern Institute", "TERRORISM MONITOR", "Volume 36 | Issue 20 | October 14, 2038", "", "Contents",
      f"p. 1   In Brief — {M08_B}", f"p. 2   Analysis — {M08_A}", f"p. 4   Review — {M08_R}", "",
      "IN BRIEF", "", M08_B, "")
d.paras(1,
        "Gunmen stopped a convoy of eleven grain lorries on the Tolmar pass on October 6, set two of them on "
        "fire and drove off with a third. The convoy was carrying relief grain to the flooded districts of "
        "the lower valley and had no escort.",
        "The relief agency that hired the lorries has suspended its deliveries over the pass until the army "
        "provides one.")
d.add()
d.fur("Anneliese Mbatha-Korhonen", "Tolmar", "", "ANALYSIS", "", M08_A, "",
      "By Brigadier (retd) Kofi Ambrose-Lindahl", "")
d.paras(2,
        "The amnesty that the government of Orsk offered to the hill bands in 2036 has been counted a success, "
        "and by one measure it is. The camps in which the bands' families lived along the valley floor are "
        "empty; more than four thousand people have gone home.1",
        "But the men with guns have mostly stayed where they were. The amnesty required each fighter to hand "
        "in a weapon, and the price of a rifle in the hills fell so low that a band could buy its way into "
        "the amnesty for its families while keeping its fighters armed.2")
d.add()
d.para(2, "The result is a smaller insurgency that no longer has to feed anyone. It raids less often but more "
       "freely, and the villages that took back the families of the fighters are now the bands' supply "
       "lines.3 An amnesty that counted people rather than weapons would have been harder to buy.",
       brk=(2, m08_foot(3, mangled=True)))
d.add()
d.bio("About the author: Kofi Ambrose-Lindahl commanded the Orsk garrison from 2031 to 2034 and now writes on "
      "the frontier wars.")
d.fur("", "NOTES", "")
for t in ["1 Orsk Ministry of Returns, figures for the camps of the valley floor, published quarterly from "
          "June 2036 to June 2038.",
          "2 Prices collected by the author in three hill markets, 2036-2038.",
          "3 Interviews in the villages of Upper Orsk, August 2038."]:
    d.para(2, t)
d.fur(*m08_foot(4), "REVIEW", "", M08_R, "",
      "Edited by Rasmus Ilunga and Petra Solberg-Asante. Marrick University Press, 2038. 344 pp. $38.00", "",
      "Reviewed by Dr. Oriane Falkenrath", "")
d.paras(3,
        "The fourteen essays in this collection cover the frontier insurgencies from the mountain wars of the "
        "2020s to the river campaigns of the last decade. Most were written by people who served in them or "
        "reported them, and it shows in their detail.",
        "The best essay, on the ferrymen of the Dass river who carried both armies for a fee, is worth the "
        "price of the book. The weakest is the editors' own conclusion, which tries to find one lesson in "
        "fourteen very different wars.")
d.add()
d.bio("Oriane Falkenrath teaches the history of insurgency at the Staff College in Marrow.")
d.fur(*m08_foot(5)[:2])
META = dict(date="2038-10-14", pub=TM, volume=36, issue=20)
emit("m08_tm_issue_page_first_genre_contents_in_brief_one_name_city_brigadier_retd_glued_notes_about_before_review_edited_by_dr_bio_under_text", d, [
    dict(title=M08_B, authors=["Anneliese Mbatha-Korhonen"], kind="brief", **META),
    dict(title=M08_A, authors=["Kofi Ambrose-Lindahl"], kind="analysis", **META),
    dict(title=M08_R, authors=["Oriane Falkenrath"], kind="review", **META)],
    comments=["Open choices: `IN BRIEF` over one short piece names it a brief, signed by a name over the city",
              "`Tolmar` (neither line text, the city not part of the name); `ANALYSIS` names its piece an analysis;",
              "`Brigadier (retd)` is a rank left out of the name; the glued note numbers stay in the text; the",
              "`About the author:` block before the notes is not text, the notes entries after `NOTES` are; `REVIEW`",
              "names its piece a review, whose title is the book's title printed over it; the details line names",
              "the book's editors, not the review's author, and is not text; `Dr.` is left out of the reviewer's",
              "name; her bio straight under the text (no label) is not text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# m09: a plain-text weekly email letter, *The Causeway Letter* (hard-wrapped at 70, paragraphs apart by blank lines):
# a mail header whose `Date:` is the only date, a forwarded-by line between dashes, the name over `Mailout #58` (a
# send count after `#`, no volume: volume and issue empty), `Hello from the Causeway,`; the contents under `This week`
# (no colon); `FIELD REPORTS` (plural) over a run of two: `By Superintendent NAME` whose bio sits straight under the
# text with no label before the next title, and a piece with no byline signed by a name over the place on the next
# line; then the recurring `THIS WEEK'S NUMBER` (a figure and a sentence), not an article; the sign-off naming where the
# team writes from and a foot of eight short lines; no sidecar.
d = Doc(70)
M09_F1 = "What the tide leaves: policing the Brannock causeway"
M09_F2 = "A night with the sand-yacht patrol"
d.fur("From: The Causeway Letter <hello@causewayletter.example>", "To: member@tidemail.example",
      "Subject: Mailout #58: the causeway, the sand yachts", "Date: Fri, 26 Nov 2038 16:10:05 +0000", "",
      "-- Sent on by Ravi Holm-Baptiste, who thought you'd like it --", "", "THE CAUSEWAY LETTER", "Mailout #58",
      "", "Hello from the Causeway,", "", "This week", f"  {M09_F1}", f"  {M09_F2}", "  This week's number", "",
      "* * *", "", "FIELD REPORTS", "", M09_F1, "", "By Superintendent Gwendolyn Achterberg", "")
d.paras(1,
        "Twice a day the sea covers the Brannock causeway, and twice a day the island of Holm is cut off from "
        "the mainland for five hours. For most of the island's people this is the rhythm of their lives. For "
        "the men who run stolen machinery off the island, it is a timetable.",
        "The pattern is simple. A tractor or a quad bike disappears from a farm on the mainland in the "
        "afternoon, crosses to the island as the tide falls, and is on a boat from the island's north "
        "slipway before the tide turns. By the time the farmer reports it, the causeway is under water and "
        "we cannot follow.",
        "Since August we have kept an officer at the island end of the causeway at every low tide. Thefts "
        "have fallen by half. The other half now go by the old ford at Saltings, which the maps stopped "
        "showing forty years ago.")
d.add()
d.bio("Gwendolyn Achterberg commands the Brannock district police and walked the causeway on her first beat in "
      "2019.", width=70)
d.fur("", M09_F2, "")
d.paras(2,
        "The sand yachts of the Brannock beach club have become, this autumn, the fastest patrol on the coast. "
        "On falling tides three members sail the flats below the dunes with a radio, looking for the lights "
        "of boats that have no business there.",
        "They have reported eleven boats since September, and the coastguard has boarded four. The club's "
        "secretary says the members enjoy it more than racing.")
d.add()
d.fur("Dominika Farrant-Obuya", "Brannock Sands", "", "* * *", "", "THIS WEEK'S NUMBER", "",
      "11 — boats reported by the sand yachts since September.", "", "* * *", "",
      "Until next week, from the Causeway office above the harbour at Brannock.", "",
      "You signed up at causewayletter.example.",
      "Unsubscribe in one click: causewayletter.example/out",
      "Monthly digest instead: causewayletter.example/prefs",
      "Write to us: simply reply.",
      "Someone forward this to you? Join at causewayletter.example.",
      "Privacy: causewayletter.example/privacy",
      "The Causeway Letter, Harbour Chambers, Brannock BR9 2TA",
      "© 2038 Causeway Letter")
META = dict(date="2038-11-26", pub="The Causeway Letter", volume=None, issue=None)
emit("m09_email_weekly_mailout_hash_date_in_header_forwarded_by_contents_no_colon_field_reports_run_superintendent_bio_under_text_name_place_number_block", d, [
    dict(title=M09_F1, authors=["Gwendolyn Achterberg"], kind="field report", **META),
    dict(title=M09_F2, authors=["Dominika Farrant-Obuya"], kind="field report", **META)],
    comments=["Open choices: `Mailout #58` under the name with no volume is the letter's count of its sends, so",
              "volume and issue stay empty (README, Numbers); the only date is the mail header's (`Fri, 26 Nov",
              "2038`); the forwarded-by line names a reader and is furniture; `FIELD REPORTS` over a run of two names",
              "each a field report (singular, two words kept); `Superintendent` is a rank left out of the name; the",
              "bio straight under the first report's text (no label) is not text; the second report's signature,",
              "a name over the place `Brannock Sands`, names its author (neither line text); the recurring `THIS",
              "WEEK'S NUMBER` block is no article and not text; the contents, greeting, sign-off (naming where the",
              "team writes) and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# m10: shapes mixed: a publisher's email carrying a whole issue of an invented sibling monitor, *Kestrane Borders
# Monitor* (plain text hard-wrapped at 72, paragraphs apart by blank lines): a mail header, a web link, the masthead
# `KESTRANE BORDERS MONITOR` over `Volume 9 | No. 3 | 10 February 2039`, `Contents` in the form `Genre — Title, N`
# under group headings; `ESSAYS` (plural) over a run of two: a byline in capitals with a particle in capitals
# (`BY ÉLODIE DU PLESSIS-ARANDA`), her bio straight under the text with no label before the next title, and
# `By Squadron Leader (retd) NAME` with `[n]` notes (one entry wrapped) and an `About the author` block after them;
# `ROUND-UP` (a collection label) over one short piece signed `— NAME, Role, ORG`; the issue's own closing note and the
# mail's foot (forwarding, preferences, unsubscribe, postal address); sidecar `publication:`.
d = Doc(72)
M10_E1 = "The salt road: smuggling through the Kestrane marshes"
M10_E2 = "Watching the border from the air, and what it misses"
M10_B = "Two customs posts merged at Vellin"
d.fur("From: Orland Centre for Border Studies <monitor@orlandcentre.example>", "To: reader@postbox.example",
      "Subject: Kestrane Borders Monitor, Volume 9, No. 3", "Date: Thu, 10 Feb 2039 08:00:00 +0100", "",
      "Trouble reading this email? Open it in your browser: https://orlandcentre.example/kbm/9-3", "",
      "KESTRANE BORDERS MONITOR", "Volume 9 | No. 3 | 10 February 2039", "", "Contents", "Essays",
      f"  Essay — {M10_E1}, 1", f"  Essay — {M10_E2}, 3", "Round-up", f"  Round-up — {M10_B}, 5", "",
      "ESSAYS", "", M10_E1, "", "BY ÉLODIE DU PLESSIS-ARANDA", "")
d.paras(1,
        "The Kestrane marshes have been a smugglers' road for as long as there has been a border to smuggle "
        "across. Salt went one way and brandy the other in the old days; now it is cigarettes and fuel, and "
        "sometimes people.",
        "What has changed is the border itself. The fence that the southern government built in 2035 stops at "
        "the edge of the marsh, because nobody could find a way to build it across water that moves with "
        "every storm. The smugglers simply walk around its end.",
        "The marsh villages live off the trade and do not hide it. A border guard who wants to stop it must "
        "first persuade the villages that they have something better to live off, and no government has yet "
        "tried.")
d.add()
d.bio("ÉLODIE DU PLESSIS-ARANDA has walked the marsh paths for the Orland Centre since 2033 and is writing a "
      "history of the salt road.", width=72)
d.fur("", M10_E2, "", "By Squadron Leader (retd) Tobiah Marchbank", "")
d.paras(2,
        "The border guard's new surveillance aircraft fly every day along the Kestrane frontier, and their "
        "cameras see everything larger than a dog.[1] What they do not see is what happens under the trees of "
        "the Vellin forest, which covers a third of the frontier.",
        "The guard knows this, and it has asked for more aircraft. More aircraft would see more of the open "
        "ground, where little happens, and none more of the forest, where much does.[2] The money would be "
        "better spent on foresters.")
d.fur("", "Notes", "")
for t in ["[1] Border Guard of Kestrane, Annual Report 2038, chapter 4, on the air wing's first full year of "
          "patrols.",
          "[2] The author's flights with the air wing, October-December 2038."]:
    d.para(2, t)
d.add()
d.bio("About the author: Tobiah Marchbank flew maritime patrols for twenty years and now advises the Orland "
      "Centre on surveillance.", width=72)
d.fur("", "ROUND-UP", "", M10_B, "")
d.paras(3,
        "The customs posts at Vellin North and Vellin Bridge were merged on February 1 into a single post at "
        "the bridge. The customs service says the change frees six officers for mobile patrols; residents of "
        "the north village say it leaves their road unwatched.")
d.add()
d.fur("— Ingrid Achebe-Sorvik, Programme Officer, Orland Centre", "", "-" * 72,
      "The Kestrane Borders Monitor appears monthly. Views are the authors' own.", "",
      "Forward this issue: orlandcentre.example/kbm/share",
      "Manage your subscriptions: orlandcentre.example/subscriptions",
      "Unsubscribe: orlandcentre.example/unsubscribe",
      "Orland Centre for Border Studies, 7 Ferry Street, Vellin")
META = dict(date="2039-02-10", pub="Kestrane Borders Monitor", volume=9, issue=3)
emit("m10_mixed_email_carrying_sibling_issue_genre_dash_contents_groups_essays_run_caps_du_bio_under_text_squadron_leader_retd_about_after_round_up_one", d, [
    dict(title=M10_E1, authors=["Élodie du Plessis-Aranda"], kind="essay", **META),
    dict(title=M10_E2, authors=["Tobiah Marchbank"], kind="essay", **META),
    dict(title=M10_B, authors=["Ingrid Achebe-Sorvik"], kind="brief", **META)],
    comments=["Open choices: the email carries a whole issue of the Kestrane Borders Monitor, so the publication is",
              "the monitor (not the centre that sends it) and `Volume 9 | No. 3` its numbering; `ESSAYS` over a run",
              "of two names each an essay (singular); the byline in capitals names `Élodie du Plessis-Aranda` (the",
              "particle in lower case); her bio straight under the text (no label, her name in capitals) is not",
              "text; `Squadron Leader (retd)` is a rank left out of the name; the notes entries are text, the heading",
              "`Notes` and the `About the author:` block are not; `ROUND-UP` is a collection label over one short",
              "piece, a brief, whose signature `— NAME, Programme Officer, Orland Centre` names its author (role and",
              "organisation left out) and is not text; the issue's closing note and the mail's foot are furniture."],
    sidecar="publication: Kestrane Borders Monitor")
