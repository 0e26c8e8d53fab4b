"""issues41-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated August-December 2039): four whole Terrorism Monitor
issues as PDF text (l01, l02, l04 printed without blank lines, one paragraph a line, and l08), two whole issues of
invented sibling monitors (l03, l07), three plain-text email letters (l05, l06, l09) and the publisher's email
carrying a whole Terrorism Monitor issue (l10).
The weight is on section labels over runs of pieces (plural genre labels and collection labels), signatures under the
text, bylines over it (name over role, roles between names, ranks, particles, capitals, reviews), email letters' counts,
sign-offs and feet, bios, running lines and notes.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues40-new/gen.py (from issues39-new), with a check that a page break asked for
inside a paragraph falls inside it.
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
# l01: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher over the name,
# `Volume 37 — Issue 16` and `Friday, August 12, 2039`; `In this issue` listing the pieces under their labels;
# `ASSESSMENTS` (plural) over a run of two: a name line over a role line `Senior Fellow, ORG` with `(n)` notes whose
# entries hold a span of years and an address (one wrapped), and `By Air Cdre NAME` (a hyphenated surname) whose text
# opens `By the spring …`, with his bio straight under the text (no label) before the running footer; `ROUNDUP` over a
# run of three short pieces: the first signed `— NAME (ORG)` and followed straight by the next title, the second
# unsigned, the third signed `NAME / PLACE` (a particle `de la`) at the end of the issue; footer `TM 37/16 ··· page N`,
# once mangled (words run together, a stray glyph) between the halves of a sentence.
d = Doc(76, hyph=True)
L01_A1 = "Why the Dunmere Ceasefire Keeps Breaking at Night"
L01_A2 = "Drones over the Salt Marshes of Keld"
L01_R1 = "Ferry Crews at Ostrand Refuse Night Sailings"
L01_R2 = "Kelvar Province Extends Its Curfew"
L01_R3 = "Arms Cache Found Under a Chapel Floor at Corlan"

def l01_foot(page, mangled=False):
    if mangled:
        return ["", f"TM37/16{GLYPH}page{page}", "\f"]
    return ["", f"TM 37/16 ··· page {page}", "\f"]

d.fur("THE ASHGROVE FOUNDATION", "", "TERRORISM MONITOR", "Volume 37 — Issue 16", "Friday, August 12, 2039", "",
      "In this issue", "Assessments", f"  {L01_A1}", f"  {L01_A2}", "Roundup", f"  {L01_R1}", f"  {L01_R2}",
      f"  {L01_R3}", "", "ASSESSMENTS", "", L01_A1, "", "Corisande Aldous-Nkemelu",
      "Senior Fellow, Orrin Centre for Maritime Security", "")
d.paras(1,
        "The ceasefire that the Dunmere district council brokered in May between the two clans of the river "
        "valley has held by day for three months. By night it has broken eleven times, each time in the same "
        "stretch of reed beds below the Hallow weir, where the clans' grazing lands meet (1).",
        "The pattern is not an accident. The ceasefire committee, which meets in the council hall at Dunmere, "
        "sends its monitors out only in daylight, because the council cannot insure them after dark. Young "
        "men on both sides know this, and the raids on cattle pens and fishing traps that once happened at any "
        "hour now happen only between dusk and dawn (2).")
d.add()
d.para(1, "The elders who signed the agreement say they cannot control what happens after dark, and each side "
       "blames the other's young men. What the committee's own records show is that the raids come in pairs: "
       "a raid from one bank is answered within a week from the other, and the answer is always a little "
       "worse than the raid that provoked it (3). Unless someone breaks that chain, the ceasefire will end "
       "the way the last two did, with a funeral that neither side can forgive.", brk=(3, l01_foot(2, mangled=True)))
d.add()
d.para(1, "The remedy is cheap. A pair of monitors from each clan, paid by the council and allowed to stay out "
       "overnight in the reed beds, would be harder to deceive than any patrol from the district town.")
d.fur("", "Notes", "")
for t in ["(1) Dunmere ceasefire committee, incident register, May-August 2039.",
          "(2) Minutes of the Dunmere district council, 2035-2039, and interviews with two of the committee's "
          "monitors, July 2039.",
          "(3) Committee secretariat, Council Hall, 4 Weir Street, Dunmere."]:
    d.para(1, t)
d.fur("", L01_A2, "", "By Air Cdre Idris Fenwick-Oyelaran", "")
d.paras(2,
        "By the spring of this year the smugglers who cross the salt marshes of Keld had learned to fly. Small "
        "drones, bought as toys in the market towns and fitted with cargo hooks, now carry phones, cash and "
        "ammunition over the tidal channels that the border police once watched from the dykes.",
        "A drone that flies low over water at night is almost impossible to see and hard to hear above the "
        "wind. The border police have tried nets, shotguns and a jamming set borrowed from the army, and none "
        "of them has brought down more than a handful of aircraft.",
        "The answer is not to chase the drones but to watch where they land. Every drone needs someone to "
        "launch it and someone to catch it, and those people live in the villages on either side of the "
        "marsh. Police who know the villages will find them long before any radar does.")
d.add()
d.bio("Idris Fenwick-Oyelaran is a retired air commodore who commanded the coastal patrol wing at Keld; he now "
      "teaches air power at the Staff College in Marrow.")
d.fur(*l01_foot(3), "ROUNDUP", "", L01_R1, "")
d.paras(3,
        "The crews of the Ostrand ferry company refused to sail after dark from August 2, a week after gunmen "
        "boarded the evening boat to Skarra and took the takings from the purser's office. The company has "
        "cut its timetable to four daylight crossings.",
        "Islanders who work on the mainland now leave home before dawn and miss the last boat back if their "
        "shift runs late. The company says it will restore the night service when the harbour police put an "
        "officer on every sailing.")
d.add()
d.fur("— Tamsin Oyelowo-Marsh (Harbourwatch Trust)", "", L01_R2, "")
d.paras(4,
        "The governor of Kelvar province extended the night curfew in the three border districts for a further "
        "sixty days on August 8, citing two attacks on police posts in July. The curfew, first imposed in "
        "March, runs from ten at night to five in the morning.",
        "Shopkeepers in the district towns say their evening trade has gone, and farmers complain that they "
        "cannot reach their fields before the heat of the day.")
d.add()
d.add(L01_R3)
d.add()
d.paras(5,
        "Police searching a disused chapel at Corlan on August 5 found forty rifles and several boxes of "
        "ammunition beneath the floorboards of the vestry. The chapel had been locked since its congregation "
        "moved to the new church in the town centre in 2031.",
        "A caretaker who held the only key has been questioned and released. Detectives believe the cache "
        "belonged to a smuggling crew that used the chapel's crypt as a store during the last fighting season.")
d.add()
d.fur("Piet de la Rey / Corlan", *l01_foot(4)[:2])
META = dict(date="2039-08-12", pub=TM, volume=37, issue=16)
emit("l01_tm_issue_assessments_run_name_over_role_air_cdre_by_spring_bio_under_text_roundup_dash_org_unsigned_slash_place", d, [
    dict(title=L01_A1, authors=["Corisande Aldous-Nkemelu"], kind="assessment", **META),
    dict(title=L01_A2, authors=["Idris Fenwick-Oyelaran"], kind="assessment", **META),
    dict(title=L01_R1, authors=["Tamsin Oyelowo-Marsh"], kind="brief", **META),
    dict(title=L01_R2, authors=[], kind="brief", **META),
    dict(title=L01_R3, authors=["Piet de la Rey"], kind="brief", **META)],
    comments=["Open choices: `ASSESSMENTS` over a run of two names each an assessment (singular); the role line",
              "`Senior Fellow, Orrin Centre for Maritime Security` under the first name is neither text nor part of",
              "the name; `Air Cdre` is a rank left out of the name; `By the spring …` opens a paragraph (text); the",
              "notes entries (spans of years, an address) are text; the bio straight under the second assessment's",
              "text is not text; `ROUNDUP` is a collection label over a run of short pieces, each a brief; the",
              "signature `— NAME (ORG)` is the first brief's (the organisation left out), the second brief is",
              "unsigned, the signature `NAME / Corlan` is the third's (the place left out); signatures are not text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# l02: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the name over `Volume XXXVII,
# Number 19` and `23 September 2039`; `CONTENTS` with dotted leaders, pages last; `IN BRIEF` (a collection label) over
# one short piece signed under its text `NAME, Role, ORG` and followed straight by the label `ANALYSIS`; the analysis
# `BY NAME, ROLE AT ORG, AND NAME` in capitals (a particle `binti`), `[n]` markers, an `About the authors:` block for
# both before the notes, a note wrapped over two lines; `INTERVIEW` over a name line over `Contributing editor` and a
# `Q.` / `A.` text; running header `23.09.2039 | TERRORISM MONITOR | XXXVII-19` over `p. N`, once mangled between the
# halves of a sentence; no sidecar.
d = Doc(78, hyph=True)
L02_B = "Quarry Explosives Go Missing in the Tallis Hills"
L02_A = "The Harbour Guilds and the Long Peace of Sarrow Bay"
L02_I = "“We Stopped Counting the Boats”: A Conversation with a Harbour Master"

def l02_head(page, mangled=False):
    if mangled:
        return ["\f" + f"23.09.2039|TERRORISMMONITOR{GLYPH}XXXVII-19", ""]
    return ["\f" + "23.09.2039 | TERRORISM MONITOR | XXXVII-19", f"p. {page}", ""]

d.fur("TERRORISM MONITOR", "Volume XXXVII, Number 19", "23 September 2039", "", "CONTENTS",
      f"In Brief: {L02_B} ........ 1", f"Analysis: {L02_A} ........ 2", f"Interview: {L02_I} ........ 4", "",
      "IN BRIEF", "", L02_B, "")
d.paras(1,
        "Managers at two limestone quarries in the Tallis hills reported in early September that more than "
        "three hundred kilograms of blasting explosive had gone missing from their magazines over the summer. "
        "Neither magazine showed signs of a break-in, and the quarries' own audits found the shortfall only "
        "when the autumn stock was counted.",
        "Police suspect that the explosive was sold a few kilograms at a time by staff who signed for more "
        "than they used. The hill bands that attacked the Tallis water works last year used quarry explosive, "
        "and the provincial police have asked every quarry in the district to recount its stock.")
d.add()
d.fur("Oskar Ruiz-Lindahl, Research Analyst, Brannock Risk Partners", "", *l02_head(2), "ANALYSIS", "", L02_A, "",
      "BY HALIMA BINTI YUSOF, SENIOR LECTURER AT KESTON UNIVERSITY, AND OSWIN TREHERNE-VOSS", "")
d.paras(2,
        "For twenty years the ports of Sarrow Bay have been the quietest stretch of an unquiet coast. The "
        "armed groups that fought over the hinterland left the harbours alone, and visitors have long credited "
        "the navy's base at Sarrow for the calm [1]. The real reason lies in the harbour guilds.",
        "Each of the bay's five ports is run in practice by a guild of pilots, stevedores and chandlers whose "
        "membership passes from father to son. The guilds decide who works on the quays, who may open a "
        "warehouse and whose boats may tie up at night. When the armed groups came to the coast in the 2020s, "
        "the guilds bargained with them as they bargain with everyone: the groups could buy, sell and ship "
        "what they liked, provided they did it through guild members and left their weapons outside the "
        "harbour gates [2].")
d.add()
d.para(2, "That bargain has lasted because both sides profit from it, and because the guilds could enforce it. "
       "A fighter who brought a rifle onto the quay found that no pilot would take his boat out and no "
       "stevedore would load it. Such sanctions cost the guilds nothing and the groups a great deal, and "
       "the harbours stayed quiet.", brk=(2, l02_head(3, mangled=True)))
d.add()
d.para(2, "The bargain is now under strain. The provincial government's plan to privatise the port of Sarrow "
       "would strip the largest guild of its hold on the quays, and the operator that has bid for the "
       "concession intends to hire its own staff [3]. If the plan goes ahead, the armed groups will lose their "
       "partners in the harbour and gain a reason to seek new ones.")
d.add()
d.bio("About the authors: Halima binti Yusof and Oswin Treherne-Voss served together on the Sarrow Bay port "
      "commission. She teaches maritime law at Keston University; he was a diplomat for thirty years and "
      "reported on the bay's ports for the foreign ministry.")
d.fur("", "Notes", "")
for t in ["[1] See, for example, the annual reports of the Sarrow naval base, 2030-2038.",
          "[2] Interviews with guild officers in Sarrow, Wendel and Port Ilse, conducted by the authors between "
          "March and July 2039.",
          "[3] Provincial Ports Authority, invitation to bid for the Sarrow concession, 2 June 2039."]:
    d.para(2, t)
d.fur(*l02_head(4), "INTERVIEW", "", L02_I, "", "Mattias Oduro-Kelleher", "Contributing editor", "")
d.paras(3,
        "Ragnhild Esterhuizen has been harbour master at Wendel since 2031. She spoke to the Monitor in her "
        "office above the fish market about smuggling, the guilds and the plan to privatise the port of Sarrow.",
        "Q. How much of the traffic through Wendel do you think is illegal?",
        "A. I stopped trying to work that out years ago. We count the boats that come in and the cargo they "
        "declare, and we stopped counting the boats that do not declare anything, because there were too "
        "many of them and we had nobody to board them.",
        "Q. Who keeps order on the quays, then?",
        "A. The guild does, and has done since before I arrived. If a crew causes trouble, the pilots will "
        "not take them out again. That works better than any police patrol I have seen.",
        "Q. What happens if Sarrow is privatised?",
        "A. Then the guild in Sarrow loses its hold, and the crews who caused trouble there will come to "
        "Wendel. I have already asked the province for two more officers.")
d.fur("", *l02_head(5)[:2])
META = dict(date="2039-09-23", pub=TM, volume=37, issue=19)
emit("l02_tm_issue_dotted_contents_in_brief_one_piece_signed_name_role_org_caps_by_role_between_about_before_notes_interview", d, [
    dict(title=L02_B, authors=["Oskar Ruiz-Lindahl"], kind="brief", **META),
    dict(title=L02_A, authors=["Halima binti Yusof", "Oswin Treherne-Voss"], kind="analysis", **META),
    dict(title=L02_I, authors=["Mattias Oduro-Kelleher"], kind="interview", **META)],
    comments=["Open choices: `IN BRIEF` over one short piece names it a brief; the signature `NAME, Research Analyst,",
              "Brannock Risk Partners` names its author (role and firm left out) and is not text; the capital byline",
              "names two authors, labelled in the case their bio prints (`binti` lower case), the role between them",
              "not part of either name; the `About the authors:` block before the notes is not text and the notes",
              "after it are the analysis's text; `Contributing editor` under the interviewer's name is a role, not",
              "text; the interview's opening paragraph and its `Q.` / `A.` lines are its text; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# l03: a whole issue of an invented sibling monitor, *Corran Highlands Monitor* (PDF text, paragraphs apart by blank
# lines): the capital name over its publisher and `Vol. 5 :: No. 9 :: Saturday 8 October 2039`; `Inside this number`
# without pages; `CASE STUDIES` (plural) over a run of two: a name line over `Our correspondent in PLACE` with note
# numbers glued to sentence ends over `Sources` whose entries are bare numbers (one a contact line, one wrapped), and
# `By Chief Supt. (ret.) NAME` (a police rank) with the bio straight under the text (no label) before the running
# footer; `ESSAY` (singular) over `By Prof. Dame NAME` (a particle `ter`); footer `— N — Corran Highlands Monitor, Vol. 5
# No. 9`, once mangled between the halves of a sentence; no sidecar.
d = Doc(74, hyph=True)
L03_C1 = "The Drovers' Road at Drumholt"
L03_C2 = "Counting Rifles in the Corran Glens"
L03_E = "What the Highlands Owe the Lowland Courts"
CHM = "Corran Highlands Monitor"

def l03_foot(page, mangled=False):
    if mangled:
        return ["", f"—{page}—CorranHighlandsMonitor,Vol.5No.9{GLYPH}", "\f"]
    return ["", f"— {page} — Corran Highlands Monitor, Vol. 5 No. 9", "\f"]

d.fur("CORRAN HIGHLANDS MONITOR", "published by the Tarrow Institute", "Vol. 5 :: No. 9 :: Saturday 8 October 2039",
      "", "Inside this number", f"Case studies: {L03_C1}; {L03_C2}", f"Essay: {L03_E}", "", "CASE STUDIES", "",
      L03_C1, "", "Lucan Mbeki-Farrell", "Our correspondent in Drumholt", "")
d.paras(1,
        "The drovers' road over the Drumholt pass was built for cattle, and for two centuries cattle were "
        "almost all it carried. Since the customs post on the valley highway was rebuilt last year, the road "
        "has carried something else: quad bikes loaded with cigarettes, fuel cans and, on at least two "
        "occasions, rifles wrapped in sacking.1",
        "The crofters who live along the road know the traffic well. They hear the bikes after midnight and "
        "find the tracks in the morning, and several have been paid to leave a gate open or a barn unlocked. "
        "One told me that the money was more than his sheep had earned him in a year.2")
d.add()
d.para(1, "The police station at Drumholt has two officers and one vehicle, and it closes at six. The sergeant "
       "in charge says she has asked for a night patrol on the pass every year since 2036, and every year the "
       "request has been refused for want of money.3 In the meantime the crofters have begun to take sides, "
       "and a dispute over a stolen ewe last month ended with a shotgun fired over a neighbour's roof.",
       brk=(3, l03_foot(2, mangled=True)))
d.fur("", "Sources", "")
for t in ["1 Corran Constabulary, seizure returns for the Drumholt sub-division, 2038-2039.",
          "2 Conversations with crofters on the Drumholt road, September 2039; names withheld at their request.",
          "3 Drumholt police station, enquiries desk, 01388 555 0192."]:
    d.para(1, t)
d.fur("", L03_C2, "", "By Chief Supt. (ret.) Ngaio Brackenridge-Ito", "")
d.paras(2,
        "Every autumn the Corran constabulary asks the highland estates to declare the rifles they hold for "
        "deer stalking. The return is a formality, and for most of my career it was treated as one. It should "
        "not be. The glens hold more rifles than any other part of the province, and when rifles go missing "
        "in the highlands they do not stay there.",
        "In the last three returns, the number of rifles declared has fallen by a tenth while the number of "
        "stalking licences has risen. Either the estates are hunting with fewer weapons, which nobody in the "
        "glens believes, or some of the rifles have left the estates without anyone telling the police.",
        "Checking the returns against the licences would take a clerk a fortnight. Visiting the estates whose "
        "figures do not match would take a sergeant a season. Neither has been asked to do it.")
d.add()
d.bio("Ngaio Brackenridge-Ito served thirty years in the Corran constabulary and commanded its highland division "
      "until her retirement in 2037.")
d.fur(*l03_foot(3), "ESSAY", "", L03_E, "", "By Prof. Dame Wilhelmina ter Horst", "")
d.paras(3,
        "Highlanders have never much liked the lowland courts. The judges sit in Tarrow, four hours' drive from "
        "the glens, and they speak of the highlands as a place where the law arrives late and leaves early. "
        "Yet the courts have done more for the peace of the glens than any police operation.",
        "The land cases that came before the Tarrow courts in the 2020s settled boundaries that the glens had "
        "fought over for a century. The judgments were slow and often resented, but they were obeyed, "
        "because both sides knew that the alternative was another generation of feuds.",
        "That is worth remembering now, when the province proposes to close the circuit court that sits in "
        "the highlands twice a year to save money. A court that never visits the glens will not be trusted "
        "in them, and a dispute that cannot reach a judge will be settled in some other way.")
d.fur(*l03_foot(4)[:2])
META = dict(date="2039-10-08", pub=CHM, volume=5, issue=9)
emit("l03_sibling_case_studies_run_correspondent_in_place_glued_sources_contact_chief_supt_bio_under_text_essay_dame_ter", d, [
    dict(title=L03_C1, authors=["Lucan Mbeki-Farrell"], kind="case study", **META),
    dict(title=L03_C2, authors=["Ngaio Brackenridge-Ito"], kind="case study", **META),
    dict(title=L03_E, authors=["Wilhelmina ter Horst"], kind="essay", **META)],
    comments=["Open choices: `CASE STUDIES` over a run of two names each a case study (two words stay, singular);",
              "`Our correspondent in Drumholt` under the first name is a role, not text; the glued note numbers stay",
              "in the text; the `Sources` heading is not text and its entries (a contact line among them) are;",
              "`Chief Supt. (ret.)` is a rank left out of the name; the bio straight under the second case study is",
              "not text; `ESSAY` over one piece names it an essay; `Prof. Dame` are honorifics left out of the name,",
              "the particle `ter` kept; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# l04: a whole Terrorism Monitor issue printed without blank lines between paragraphs: one line per paragraph, page
# breaks marked only by the running header `Terrorism Monitor, Volume 37, Issue 22 — Page N` (with a form feed), once
# mangled between the halves of a sentence; the name over `Volume 37 · Issue 22 · November 4, 2039`; `Contents` with
# the page first; `ANALYSES` (plural) over a run of two: `By Rear Adm. (ret.) NAME` with `[n]` markers, `Notes` whose
# entries hold an address (wrapped over two lines) and a span of years, and an `About the author:` block after them;
# a piece with no byline signed under its text `NAME, Role, ORG` and followed straight by the label `IN BRIEF`; `IN
# BRIEF` over one short piece signed by a name with the city on the next line.
d = Doc()
L04_A1 = "The Navy Cannot Patrol the Skerne Delta Alone"
L04_A2 = "Ransom and Reputation: How the Marl Brothers Finance Their War"
L04_B = "Bus Company Suspends Routes to the Upper Skerne"

def l04_head(page, mangled=False):
    if mangled:
        return ["\f" + f"TerrorismMonitor,Volume37,Issue22—Page{page}{GLYPH}"]
    return ["\f" + f"Terrorism Monitor, Volume 37, Issue 22 — Page {page}"]

d.fur("TERRORISM MONITOR", "Volume 37 · Issue 22 · November 4, 2039", "Contents", f"1 {L04_A1}", f"3 {L04_A2}",
      f"4 {L04_B}", "ANALYSES", L04_A1, "By Rear Adm. (ret.) Teodor Vasquez-Halloran")
d.web(1,
      "The Skerne delta is a maze of some four hundred channels, most of them too shallow for a naval patrol "
      "boat at low tide. For the past two years the navy has been asked to stop the arms traffic that moves "
      "through it from the coast to the armed bands of the upper river, and for two years it has failed [1].",
      "The failure is not the sailors' fault. The navy's boats draw too much water, its crews are rotated every "
      "six months before they learn the channels, and its orders forbid it to land on the islands where the "
      "arms are stored. The smugglers, who grew up in the delta, need only wait for the tide [2].")
d.add("The fishing cooperatives of the delta know every channel and every island, and they have more reason "
      "than anyone to want the traffic stopped: the smugglers take their boats, and the bands upstream take", 1)
d.fur(*l04_head(2, mangled=True))
d.add("their sons. A patrol built around the cooperatives, with a naval officer aboard and a fisherman at the "
      "helm, would do more in a season than the flotilla has done in two years [3].", 1)
d.web(1, "The navy has resisted the idea because it would mean sharing command with civilians. It should "
      "swallow its pride. The delta will not be held by boats that cannot reach it.")
d.fur("Notes")
d.web(1, "[1] Southern Flotilla, patrol summaries for the Skerne delta, 2037-2039.",
      "[2] Interviews with serving officers, Port Aldine, October 2039.",
      "[3] Skerne Delta Fishing Cooperative, Quay House, 11 Net Street,", "Port Aldine, SK4 2RA; minutes of the "
      "general meeting of 3 September 2039.")
d.fur("About the author: Teodor Vasquez-Halloran commanded the navy's southern flotilla from 2033 to 2036 and now "
      "teaches naval history at the Maritime Academy in Port Aldine.", *l04_head(3), L04_A2)
d.web(2,
      "Kidnapping has become the Marl brothers' main trade. Since January, their band has taken at least "
      "nineteen people in the upper Skerne valley, among them two engineers from the hydroelectric scheme, a "
      "district judge and the son of a cotton merchant, and released all but one of them for ransom.",
      "The brothers choose their victims with care. They take people whose families or employers can pay, and "
      "they avoid those whose abduction would bring the army into the valley. Ransoms are negotiated through "
      "a cattle dealer in the market town of Hesketh, who takes a share and has never been charged.")
d.fur(*l04_head(4))
d.web(2,
      "Kidnapping also serves the brothers' reputation. Each hostage released unharmed is proof that the band "
      "keeps its word, and in the upper valley that reputation is worth more than rifles. Farmers who would "
      "never join the band now pay it to protect their herds, because they trust it more than they trust the "
      "police.",
      "Breaking that reputation will be harder than breaking the band. The province could start by paying "
      "the families' ransoms itself, in return for the evidence that would convict the dealer in Hesketh.",
      "Marguerite Obi-Castellanos, Visiting Scholar, Hallam Centre for Security Studies")
# the signature line above is furniture: re-mark it
d.lines[-1] = (d.lines[-1][0], 0)
d.fur("IN BRIEF", L04_B)
d.web(3,
      "The Skerne Valley Bus Company suspended its services to the three villages of the upper valley on "
      "October 28, after a driver was held for two hours at a roadblock outside Hesketh. The company says the "
      "routes will not return until the police escort its buses.",
      "The villages have no other public transport, and the nearest clinic is in Hesketh.")
d.fur("Jesper Kallio-Ndiaye", "Varrow")
META = dict(date="2039-11-04", pub=TM, volume=37, issue=22)
emit("l04_tm_issue_no_blank_lines_page_first_contents_analyses_run_rear_adm_address_note_about_after_signed_name_role_org_city_line", d, [
    dict(title=L04_A1, authors=["Teodor Vasquez-Halloran"], kind="analysis", **META),
    dict(title=L04_A2, authors=["Marguerite Obi-Castellanos"], kind="analysis", **META),
    dict(title=L04_B, authors=["Jesper Kallio-Ndiaye"], kind="brief", **META)],
    comments=["Open choices: the issue prints one line per paragraph, but a sentence runs on across the mangled",
              "running header and a notes entry wraps over two lines, so `one_line_per_paragraph` is left out;",
              "`ANALYSES` over a run of two names each an analysis; `Rear Adm. (ret.)` is a rank left out of the",
              "name; the notes entries (a span of years, an address wrapped over two lines) are text and the",
              "`About the author:` line after them is not; the second analysis has no byline and the signature",
              "`NAME, Visiting Scholar, Hallam Centre for Security Studies` under it names its author (not text);",
              "`IN BRIEF` over one short piece names it a brief, signed by a name over the city `Varrow` (neither",
              "line is text, the city not part of the name)."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# l05: a plain-text email letter, *The Gantry Letter* (hard-wrapped at 70, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date in the file, the name over `Mailing no. 87` (a send count, no volume), a
# greeting; `INTERVIEW` (singular) over a name line over `Contributing editor` and a text with speakers' initials;
# `SHORT TAKES` (a collection label) over a run of three: the first signed with initials only, the second unsigned, the
# third signed by a name with the city on the next line and followed by the team's sign-off (two friendly sentences)
# and a foot of seven short lines (why you get it, leaving, preferences, forwarding, postal address, copyright); no
# sidecar.
d = Doc(70)
L05_I = "Rahel Asfaw on twenty years of watching the cranes"
L05_S1 = "Night shift cut at the Lowther container gate"
L05_S2 = "Dockers' union elects a new secretary"
L05_S3 = "Stolen pilot boat turns up in Kestrel Bay"
d.fur("From: The Gantry Letter <post@gantryletter.example>", "To: reader@harbourmail.example",
      "Subject: Mailing no. 87: the cranes, a gate and a pilot boat",
      "Date: Thu, 8 Sep 2039 06:45:30 +0100", "", "THE GANTRY LETTER", "Mailing no. 87",
      "News and talk from the docks of the Lowther estuary", "", "Morning, all —", "",
      "One long conversation and three short takes this time.", "", "+" * 70, "", "INTERVIEW", "", L05_I, "",
      "Maximilian Oduya-Brandt", "Contributing editor", "")
d.paras(1,
        "Rahel Asfaw has been the dockmaster at Lowther's north quay since 2019. We talked in the crane "
        "drivers' canteen about theft, threats and what the port's new owners do not understand.",
        "MOB: What has changed on the quay since you started?",
        "RA: The boxes. When I started, thieves wanted what was in a container. Now they want the container "
        "itself, or rather the right to move one without anybody asking what is in it. That is a different "
        "kind of crime, and it needs people inside the port.",
        "MOB: Have you been asked?",
        "RA: Twice. Once politely, with an envelope, and once not politely, with a man waiting by my car. I "
        "reported both, and I still park in the same place, because if I move they will know it worked.",
        "MOB: What would you tell the new owners?",
        "RA: Keep the old crane drivers. They see everything from up there, and they know which lorries come "
        "too often.")
d.fur("", "+" * 70, "", "SHORT TAKES", "", L05_S1, "")
d.paras(2,
        "The port company has cut the night shift at the Lowther container gate from six officers to two, "
        "saying that the new scanners make the checks faster. Drivers say the queue at night is shorter; the "
        "gate officers say that is because nobody is checking anything.")
d.add()
d.fur("— H.A.K.", "", L05_S2, "")
d.paras(3,
        "Members of the Lowther dockers' union have elected Benedikt Mwale-Sorensen as their secretary, "
        "replacing a man who held the post for eighteen years and resigned in June amid questions about the "
        "union's hiring list.")
d.add()
d.add(L05_S3)
d.add()
d.paras(4,
        "The pilot boat stolen from its mooring at Lowther in August was found last week drifting in Kestrel "
        "Bay with its engine burned out. The harbour police think it was used for one run across the estuary "
        "and then abandoned. Nobody has been arrested.")
d.add()
d.fur("Oona Trevelyan-Sato", "Kestrel Bay", "", "+" * 70, "",
      "That's the lot for this mailing. Thanks for reading, and if anything",
      "here rings true (or false), just hit reply: we read every answer.", "", "The Gantry desk", "",
      "You're getting this because you signed up at gantryletter.example.",
      "Had enough? Leave the list: gantryletter.example/leave",
      "Fewer mailings: gantryletter.example/preferences",
      "Know a docker who'd like this? Forward it on.",
      "The Gantry Letter, Unit 4, Crane Wharf, Lowther LW1 3QD",
      "© 2039 The Gantry Letter")
META = dict(date="2039-09-08", pub="The Gantry Letter", volume=None, issue=None)
emit("l05_email_letter_mailing_no_date_in_header_interview_contributing_editor_short_takes_initials_unsigned_name_city_signoff", d, [
    dict(title=L05_I, authors=["Maximilian Oduya-Brandt"], kind="interview", **META),
    dict(title=L05_S1, authors=[], kind="brief", **META),
    dict(title=L05_S2, authors=[], kind="brief", **META),
    dict(title=L05_S3, authors=["Oona Trevelyan-Sato"], kind="brief", **META)],
    comments=["Open choices: `Mailing no. 87` under the mail header with no volume is the letter's count of its sends,",
              "so volume and issue stay empty (README, Numbers); the only date is the mail header's (`Thu, 8 Sep",
              "2039`); the publication is the name the masthead prints; `INTERVIEW` over one piece names it an",
              "interview, whose author is the interviewer (`Contributing editor` is his role, not text), and its",
              "speakers' lines are its text; `SHORT TAKES` is a collection label over a run of short pieces, each a",
              "brief; the first take is signed with initials only (`— H.A.K.`), which name nobody, so its authors",
              "stay empty and the line is not text; the second take is unsigned; the third is signed by a name over",
              "the city `Kestrel Bay` (neither line text, the city not part of the name); the team's sign-off (`The",
              "Gantry desk`) is the letter's, not the last take's; greeting, sign-off and foot are furniture; no",
              "sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# l06: a plain-text email letter, *Marchwind*, forwarded by a reader (hard-wrapped at 72, paragraphs apart by blank
# lines): the forwarder's mail header and a `Forwarded by NAME:` line with her note, the forwarded message's header
# (the only dates, both the same day), the name over `Vol. 3 · No. 12` (the letter's own numbering with a volume), a
# greeting; `ASSESSMENT` (singular) over `By Wing Commander NAME` with `(n)` markers, `Notes` whose entries hold a
# contact line and a span of years (one wrapped) and an `About the author:` block after them (a pilot who covers …);
# `REVIEW` over the book's title, its details (`By NAME. Press, year. pp.`) and `Review by NAME`, with the reviewer's bio
# straight under the text (a diplomat who served …); the team's sign-off and a foot of six lines.
d = Doc(72)
L06_A = "What the coastal radar chain cannot see"
L06_R = "Borderlands of Salt: Trade and Insurgency on the Marrow Coast"
d.fur("From: Dorotea Lindqvist <dorotea.l@fjordmail.example>", "To: p.hennessy@harbourboard.example",
      "Subject: Fwd: Marchwind, Vol. 3 · No. 12", "Date: Thu, 13 Oct 2039 14:02:11 +0200", "",
      "Forwarded by Dorotea Lindqvist: the radar piece is the one I mentioned at Tuesday's meeting.", "",
      "---------- Forwarded message ----------", "From: Marchwind <letters@marchwind.example>",
      "Date: Thu, 13 Oct 2039 at 07:30", "Subject: Marchwind, Vol. 3 · No. 12", "To: dorotea.l@fjordmail.example",
      "", "MARCHWIND", "Vol. 3 · No. 12", "Security and trade on the northern coasts", "",
      "Dear friends of Marchwind,", "",
      "An assessment of the radar chain and a review of a new history of the Marrow coast this time.", "",
      "=" * 72, "", "ASSESSMENT", "", L06_A, "", "By Wing Commander Farida Okonkwo-Reyes", "")
d.paras(1,
        "The coastal radar chain that the air ministry finished building in 2037 was sold to parliament as a "
        "wall: eleven stations from the Hollin estuary to the Marrow border, each able to see an aircraft "
        "at forty kilometres (1). A wall it is, for anything flying above three hundred metres.",
        "The aircraft that matter on this coast do not fly that high. The light planes that bring cash and "
        "cigarettes in from the islands fly at wave height and land on beaches, and the radar loses them "
        "against the sea long before they cross the shore (2). Every pilot who has flown the coast at night "
        "knows this, and so do the smugglers.",
        "The ministry could close the gap for a fraction of what the chain cost. A few low-level radars on "
        "the headlands, and observers in the beach villages with a telephone number to call, would see what "
        "the big stations miss (3).")
d.fur("", "Notes", "")
for t in ["(1) Air Ministry, statement to parliament on the coastal radar chain, 2037.",
          "(2) Interviews with pilots of the coastal patrol squadron at Hollin, 2036-2039.",
          "(3) Hollin Coast Watch volunteers; contact the coordinator on +00 44 8120 5566 or "
          "watch@hollincoast.example."]:
    d.para(1, t)
d.add()
d.bio("About the author: Farida Okonkwo-Reyes was a pilot with the coastal patrol squadron at Hollin for "
      "fourteen years and covers air security for Marchwind.", width=72)
d.fur("", "=" * 72, "", "REVIEW", "", L06_R, "By Ansgar Holmqvist. Tarrow University Press, 2039. 298 pp.", "",
      "Review by Lucien Abara-Whitlock", "")
d.paras(2,
        "Ansgar Holmqvist spent six years in the villages of the Marrow coast, and his book is full of the "
        "people he met there: salt boilers, ferrymen, customs clerks and the men who run the boats at night. "
        "His argument is that the insurgency on the coast grew out of the salt trade, not the other way "
        "round.",
        "He makes the case well. The armed bands that appeared in the 2020s were led by the sons of salt "
        "merchants, financed by the trade's profits and protected by its networks of debt and marriage. When "
        "the government tried to tax salt, it found itself at war with the families who moved it.",
        "The book is weaker on the present. Its last chapter, on the peace talks of the past two years, "
        "reads as if written in haste, and it says little about the fuel trade that has since overtaken "
        "salt. But as a history of how a trade became a war, it has no equal.")
d.add()
d.bio("Lucien Abara-Whitlock is a former diplomat who served as consul in Marrow from 2029 to 2034.", width=72)
d.fur("", "=" * 72, "",
      "That's all for this number. Thank you for reading; we'll be back in",
      "a fortnight with the winter fuel figures.", "", "— Marchwind", "",
      "Marchwind is written for readers who asked for it at marchwind.example.",
      "To stop receiving it, unsubscribe here: marchwind.example/unsubscribe",
      "To change the address we write to: marchwind.example/account",
      "Forward this letter freely; please do not reprint it without asking.",
      "Marchwind, 17 Salt Lane, Hollin",
      "Copyright 2039 Marchwind Letters Ltd")
META = dict(date="2039-10-13", pub="Marchwind", volume=3, issue=12)
emit("l06_email_letter_forwarded_by_vol_no_date_in_header_assessment_wing_commander_paren_notes_contact_about_after_review_by", d, [
    dict(title=L06_A, authors=["Farida Okonkwo-Reyes"], kind="assessment", **META),
    dict(title=L06_R, authors=["Lucien Abara-Whitlock"], kind="review", **META)],
    comments=["Open choices: the letter was forwarded by a reader; her header, her `Forwarded by NAME:` line and note",
              "and the forwarded message's header are furniture, and she is no author; the date is the mail headers'",
              "(both 13 October 2039, the only dates); `Vol. 3 · No. 12` prints a volume, so it is the letter's own",
              "numbering, kept (volume 3, issue 12; README, Numbers, as issues39-new j08); `ASSESSMENT` over one",
              "piece names it an assessment; `Wing Commander` is a rank left out of the name; the notes entries (a",
              "span of years, a contact line) are text and the `About the author:` block after them is not;",
              "`REVIEW` over one piece names it a review, whose title is the book's title printed over it; the book's",
              "details line (`By Ansgar Holmqvist. …`) names the book's author, not the review's, and is not text;",
              "`Review by NAME` names the reviewer; his bio straight under the text is not text; greeting, sign-off",
              "and foot are furniture."],
    sidecar="publication: Marchwind")

# ---------------------------------------------------------------------------------------------------------------------
# l07: a whole issue of an invented sibling monitor, *Farrow Gulf Monitor* (PDF text, paragraphs apart by blank lines):
# the name over `Issue 31 | Volume 8` and `Tuesday 15 November 2039`; `In this issue` with pages after the titles;
# `PROFILE` (singular) over `BY NAME` in capitals (particle `de`, hyphenated surname), note numbers glued to sentence
# ends, an `About the author:` block before the notes; `REVIEWS` (plural) over a run of two, each the book's title and
# details over `Reviewed by RANK/HONORIFIC NAME` (a navy captain; a particle `ap`), the first with the reviewer's bio
# straight under the text before the running footer; footer `FARROW GULF MONITOR ◇ Issue 31 ◇ N`, once mangled between
# the halves of a sentence; no sidecar.
d = Doc(76, hyph=True)
L07_P = "Hesper Lune, the Harbour Boss Who Would Be Governor"
L07_R1 = "The Quiet Blockade: Navies and Smugglers in the Farrow Gulf"
L07_R2 = "Ports of Refuge"
FGM = "Farrow Gulf Monitor"

def l07_foot(page, mangled=False):
    if mangled:
        return ["", f"FARROWGULFMONITOR◇Issue31{GLYPH}{page}", "\f"]
    return ["", f"FARROW GULF MONITOR ◇ Issue 31 ◇ {page}", "\f"]

d.fur("FARROW GULF MONITOR", "Issue 31 | Volume 8", "Tuesday 15 November 2039", "", "In this issue",
      f"Profile — {L07_P}, 1", f"Reviews — {L07_R1}, 3; {L07_R2}, 4", "", "PROFILE", "", L07_P, "",
      "BY MARGUERITE DE SAINT-AUBIN", "")
d.paras(1,
        "Hesper Lune began her working life as a tally clerk on the quays of Port Senn and now controls, "
        "through relatives and friends, most of the port's warehouses, two of its three tug companies and the "
        "only fuel depot on the western shore of the gulf.1 In September she announced that she would stand "
        "for governor of Senn province next spring.",
        "Her rise has been quiet and, as far as anyone has proved, lawful. Her critics point out that every "
        "company she has bought had first suffered a fire, a strike or a run of thefts, and that the gulf's "
        "armed bands have never touched a cargo in one of her warehouses.2 Her supporters answer that she "
        "buys failing businesses cheaply because nobody else will, and that her warehouses are safe because "
        "she pays her guards well.")
d.add()
d.para(1, "Both accounts may be true. What is certain is that Lune has become the person the bands, the customs "
       "service and the shipping lines all deal with when they want something done in Port Senn, and that "
       "she has done so without ever holding public office.3 If she wins the governorship, the province "
       "will be run by the one person in it whom every armed group has reason to keep happy.",
       brk=(2, l07_foot(2, mangled=True)))
d.add()
d.bio("About the author: Marguerite de Saint-Aubin reported from Port Senn for eight years and is writing a book "
      "on the gulf's ports.")
d.fur("", "Notes", "")
for t in ["1 Company registry of Senn province, filings for 2031-2039.",
          "2 Senn harbour police, incident logs obtained by the author; and interviews with shipping agents at "
          "Port Senn, October 2039.",
          "3 Senn Chamber of Shipping, 2 Custom House Quay, Port Senn."]:
    d.para(1, t)
d.fur(*l07_foot(3), "REVIEWS", "", L07_R1,
      "Edited by Hedda Vinter and Kwame Ashby-Lund. Sorrel Academic, 2039. xii + 344 pp.", "",
      "Reviewed by Capt. (N) Amara Quinlan-Osei", "")
d.paras(2,
        "This collection sets out to explain why the navies of three states, patrolling the same small gulf "
        "for two decades, have failed to stop a smuggling trade that everyone on its shores can see. Its "
        "answer, argued in fourteen chapters by officers, customs officials and historians, is that the navies "
        "were never asked to stop it. They were asked to be seen trying.",
        "The chapters by serving officers are the most candid. One describes a patrol ordered to follow a "
        "known smuggling boat at a distance for a week and never to board it; another lists the fuel budgets "
        "that kept frigates in harbour for half of every month. Anyone who has commanded a ship in the gulf "
        "will recognise both.",
        "The editors could have cut some of the historians' chapters, which cover ground that is already well "
        "known. But the book deserves to be read in every naval staff college on the gulf.")
d.add()
d.bio("Amara Quinlan-Osei commanded the frigate Tern in the Farrow Gulf and now directs studies at the naval "
      "staff college in Senn.")
d.fur(*l07_foot(4), L07_R2, "By Ilario Benedetti-Kaur. Farrow Press, 2038. 212 pp.", "",
      "Reviewed by Dr. Rhys ap Gwilym", "")
d.paras(3,
        "Ilario Benedetti-Kaur's short book follows the people who fled the fighting on the gulf's eastern "
        "shore to the ports of the west, and what became of them there. Most found work on the quays; many "
        "found it through the same armed bands they had fled.",
        "It is a humane book, written from the families' side of the story, and its portraits of a dock "
        "worker, a ferry cook and a schoolteacher who keeps the books for a smuggling crew are unforgettable. "
        "It is less sure when it turns to policy, and its closing recommendations read like an afterthought.")
d.fur(*l07_foot(5)[:2])
META = dict(date="2039-11-15", pub=FGM, volume=8, issue=31)
emit("l07_sibling_profile_caps_by_de_glued_notes_about_before_reviews_run_reviewed_by_capt_n_ap_bio_under_text", d, [
    dict(title=L07_P, authors=["Marguerite de Saint-Aubin"], kind="profile", **META),
    dict(title=L07_R1, authors=["Amara Quinlan-Osei"], kind="review", **META),
    dict(title=L07_R2, authors=["Rhys ap Gwilym"], kind="review", **META)],
    comments=["Open choices: `Issue 31 | Volume 8` is volume 8, issue 31; `PROFILE` over one piece names it a",
              "profile; the capital byline is labelled in the case the bio prints (`de` lower case); the glued note",
              "numbers stay in the text; the `About the author:` block before the notes is not text, the notes after",
              "it are; `REVIEWS` over a run of two names each a review, whose title is the book's title printed over",
              "it; the books' details lines",
              "(`Edited by …`, `By NAME. Press …`) name the books' authors, not the reviews', and are not text;",
              "`Capt. (N)` and `Dr.` are left out of the reviewers' names; the first reviewer's bio straight under",
              "her text is not text; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# l08: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `TERRORISM MONITOR` over `Vol. 37,
# No. 24 · December 9, 2039`; `Contents` with the page first (`1 · Title`); `INTERVIEWS` (plural) over a run of two: a
# name line over `Our correspondent in PLACE`, and a name line (a particle `van`) over `Senior Fellow, ORG`; `ANALYSIS`
# over `By Flt Lt (ret.) NAME and Dr. NAME`, `[n]` markers, `Notes` with an entry wrapped over two lines and one that
# is an address and a contact line, and an `About the authors:` block for both after them (a pilot, a lecturer who
# teaches …); footer `[N] TERRORISM MONITOR · DECEMBER 9, 2039`, once mangled between the halves of a sentence.
d = Doc(76, hyph=True)
L08_I1 = "“The Ferries Are the Front Line”: A Captain on the Elska Narrows"
L08_I2 = "The Villages That Said No: A Headwoman from the Brenn Valley"
L08_A = "Why the Brenn Valley Bands Have Stopped Claiming Their Attacks"

def l08_foot(page, mangled=False):
    if mangled:
        return ["", f"[{page}]TERRORISMMONITOR·DECEMBER9,2039{GLYPH}", "\f"]
    return ["", f"[{page}] TERRORISM MONITOR · DECEMBER 9, 2039", "\f"]

d.fur("TERRORISM MONITOR", "Vol. 37, No. 24 · December 9, 2039", "", "Contents", f"1 · {L08_I1}",
      f"2 · {L08_I2}", f"3 · {L08_A}", "", "INTERVIEWS", "", L08_I1, "", "Sunniva Achterberg-Mensah",
      "Our correspondent in Port Elska", "")
d.paras(1,
        "Captain Jonas Orrefors has commanded the car ferry between Port Elska and Holm for eleven years. Since "
        "the spring, two of the company's boats have been stopped and searched at sea by armed men, and its "
        "crews now sail with a police officer aboard.",
        "Q: What happens when you are stopped?",
        "A: A fast boat comes alongside, usually at dusk, and four or five men climb aboard. They look at the "
        "lorries, they look at the passengers, and they leave. They have never taken anything. I think they "
        "are showing us that they can.",
        "Q: Why the ferries?",
        "A: Because everything on the narrows passes through us: food, fuel, soldiers on leave. If they can "
        "stop the ferries, they can stop the islands. The ferries are the front line, whether we like it or "
        "not.")
d.fur(*l08_foot(2), L08_I2, "", "Wiremu van Zyl-Hartmann", "Senior Fellow, Tarrow Institute", "")
d.paras(2,
        "Three villages at the head of the Brenn valley have refused, for two years, to pay the armed bands "
        "that tax every other settlement in the district. Their headwoman, Ingeborg Salo, explained how.",
        "Q: How do you refuse men with rifles?",
        "A: Together. When the bands first came, they asked each family separately, and each family was afraid. "
        "So we agreed that nobody would pay unless everyone paid, and we told the bands so at a meeting in the "
        "school hall.",
        "Q: And they accepted that?",
        "A: They burned a barn to test us. We rebuilt it in a week, all three villages together, and they have "
        "not come back. I do not say it would work everywhere. It worked here because we have known each "
        "other all our lives.")
d.fur("", "ANALYSIS", "", L08_A, "", "By Flt Lt (ret.) Sanjay Moreau-Achterberg and Dr. Olufunke Adeyemi-Strand", "")
d.paras(3,
        "For most of the past decade the armed bands of the Brenn valley claimed every attack they carried out, "
        "often within hours, in statements read on the valley's radio station or pinned to church doors [1]. "
        "This year they have claimed none, although the number of attacks has barely changed.")
d.add()
d.para(3, "The silence has a reason. The provincial government's offer of talks, made in March, was extended "
       "only to groups that had not carried out attacks since the offer was made [2]. A band that claims an "
       "attack rules itself out of the talks; a band that stays silent keeps its seat at the table while its "
       "men go on fighting.", brk=(3, l08_foot(3, mangled=True)))
d.add()
d.para(3, "That is a poor bargain for the government, which cannot now tell which bands are still fighting, "
       "and a worse one for the valley's people, who no longer know whom to blame or whom to pay. The offer "
       "of talks should be rewritten to require a band to answer for the attacks in its district, claimed or "
       "not [3].")
d.fur("", "Notes", "")
for t in ["[1] Statements of the Brenn valley bands collected by the Tarrow Institute, 2030-2038.",
          "[2] Office of the Provincial Governor, offer of talks to armed groups in the Brenn valley, 14 March "
          "2039.",
          "[3] Brenn Valley Peace Committee, Old Mill House, Brenn; telephone +00 62 118 4040."]:
    d.para(3, t)
d.add()
d.bio("About the authors: Sanjay Moreau-Achterberg flew helicopters in the Brenn valley for the air force and "
      "Olufunke Adeyemi-Strand teaches peace studies at the University of Tarrow; together they run the "
      "Institute's project on the valley's armed bands.")
d.fur(*l08_foot(4)[:2])
META = dict(date="2039-12-09", pub=TM, volume=37, issue=24)
emit("l08_tm_issue_page_first_contents_interviews_run_correspondent_senior_fellow_van_flt_lt_and_dr_notes_about_after", d, [
    dict(title=L08_I1, authors=["Sunniva Achterberg-Mensah"], kind="interview", **META),
    dict(title=L08_I2, authors=["Wiremu van Zyl-Hartmann"], kind="interview", **META),
    dict(title=L08_A, authors=["Sanjay Moreau-Achterberg", "Olufunke Adeyemi-Strand"], kind="analysis", **META)],
    comments=["Open choices: `INTERVIEWS` over a run of two names each an interview, whose author is the",
              "interviewer named over it (the role lines `Our correspondent in Port Elska` and `Senior Fellow, Tarrow",
              "Institute` are not text); each interview's opening paragraph and its `Q:` / `A:` lines are its text;",
              "`Flt Lt (ret.)` and `Dr.` are left out of the names; the notes entries (a wrapped entry, an address",
              "and telephone number) are text and the `About the authors:` block after them is not."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# l09: a plain-text email letter, *The Lamplighter* (hard-wrapped at 68, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date in the file, a forwarded-by line over the name, `Letter № 140` (a send count, no
# volume), a greeting; `COMMENTARY` (singular) over `By Inspector NAME` (a police rank) with the bio straight under the
# text (no label: serves, commands); `ALSO THIS WEEK` (a collection label) over a run of two: the first signed `— NAME
# (ORG)` and followed straight by the next title, the second signed `NAME / PLACE` and followed by the team's sign-off
# (two friendly sentences, a first name only) and a foot of eight short lines; no sidecar.
d = Doc(68)
L09_C = "The river police need boats, not more posters"
L09_W1 = "Winter shelter at Lowmarsh opens early"
L09_W2 = "Eel traps cut loose on the Grennock reach"
d.fur("From: The Lamplighter <letters@lamplighter.example>", "To: marsh.reader@fenmail.example",
      "Subject: Letter № 140 — boats, a shelter and the eel traps",
      "Date: Thu, 24 Nov 2039 18:10:00 +0000", "",
      "This copy was forwarded to you by Halvard Eik (halvard@fenmail.example).", "",
      "THE LAMPLIGHTER", "Letter № 140", "Weekly from the marsh towns", "", "Hello, Lamplighters —", "",
      "A commentary from the river police and two short items from the marsh this week.", "",
      "*****", "", "COMMENTARY", "", L09_C, "", "By Inspector Hamida Rahimi-Clarke", "")
d.paras(1,
        "Every autumn the river police print a new poster asking the marsh towns to report suspicious boats. "
        "This year's shows a heron watching a fishing skiff, and it is on the wall of every post office from "
        "Grennock to Lowmarsh. It will catch nobody.",
        "The marsh towns report suspicious boats all the time. What they cannot do is make us answer. The "
        "river police have three launches for ninety kilometres of channel, and two of them are older than "
        "most of the officers who crew them. When a call comes in at night, the honest answer is usually "
        "that nobody can go.",
        "The people who run fuel and cigarettes through the marsh know this better than anyone. They do not "
        "fear the posters. They would fear two fast boats and crews who knew the channels.")
d.add()
d.bio("Hamida Rahimi-Clarke served twelve years with the river police and now commands its Grennock station.",
      width=68)
d.fur("", "*****", "", "ALSO THIS WEEK", "", L09_W1, "")
d.paras(2,
        "The winter shelter in the old grain store at Lowmarsh opened on November 18, three weeks earlier than "
        "usual, after a cold snap left two families sleeping in their boats. It has forty beds and a kitchen "
        "run by volunteers.")
d.add()
d.fur("— Ilse Brandauer (Lowmarsh Refugee Council)", "", L09_W2, "")
d.paras(3,
        "Fishermen on the Grennock reach found eleven eel traps cut from their moorings last weekend, the third "
        "time since September. They blame a crew that wants the reach cleared for night traffic, and have "
        "asked the river police for a patrol.")
d.add()
d.fur("Tobias Achebe-Lund / Grennock", "", "*****", "",
      "That's this week's letter. Stay warm, keep the lamps lit, and write",
      "back if you have news from your own corner of the marsh.", "", "— Nell and the Lamplighter crew", "",
      "Forwarded this by a friend? Sign up at lamplighter.example/join",
      "Why am I getting this? You joined the list at a Lamplighter evening or on our website.",
      "Unsubscribe: lamplighter.example/u",
      "Update your preferences: lamplighter.example/p",
      "Reply to this email to reach the editors.",
      "The Lamplighter, 2 Chandlers Row, Grennock GR2 9LT",
      "© 2039 Lamplighter Press",
      "Printed on no paper at all.")
META = dict(date="2039-11-24", pub="The Lamplighter", volume=None, issue=None)
emit("l09_email_letter_forwarded_by_letter_no_sign_date_in_header_commentary_inspector_bio_under_text_also_this_week_dash_org_slash", d, [
    dict(title=L09_C, authors=["Hamida Rahimi-Clarke"], kind="commentary", **META),
    dict(title=L09_W1, authors=["Ilse Brandauer"], kind="brief", **META),
    dict(title=L09_W2, authors=["Tobias Achebe-Lund"], kind="brief", **META)],
    comments=["Open choices: `Letter № 140` under the mail header with no volume is the letter's count of its sends,",
              "so volume and issue stay empty (README, Numbers); the only date is the mail header's (`Thu, 24 Nov",
              "2039`); the forwarded-by line names a reader, no author, and is furniture; the publication is the name",
              "the masthead prints (`THE LAMPLIGHTER`); `COMMENTARY` over one piece names it a commentary; `Inspector`",
              "is a rank left out of the name; the bio straight under its text is not text; `ALSO THIS WEEK` is a",
              "collection label over a run of short pieces, each a brief; the signature `— NAME (ORG)` is the first",
              "brief's (the organisation left out) and `NAME / Grennock` the second's (the place left out), neither",
              "text; the team's sign-off (`— Nell and the Lamplighter crew`) is the letter's, not the second brief's;",
              "greeting, sign-off and foot are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# l10: shapes mixed: the publisher's email carrying a whole Terrorism Monitor issue as plain text (hard-wrapped at 72,
# paragraphs apart by blank lines): a mail header, a web link, `Terrorism Monitor | Vol. 37 | Issue 17 | 26 August
# 2039`, `Also in this issue`; `IN BRIEF` over one short piece signed with initials only and followed straight by the
# label `ANALYSES`; `ANALYSES` (plural) over a run of two: a name line (a particle `al-`) over `Contributing editor` with
# note numbers glued to sentence ends, an `About the author:` block before the notes and notes whose entries hold a
# span of years and a contact line (wrapped), and `By NAME, Reporter, and NAME` (a particle `van der`); the foot:
# forwarding prompt, preferences, unsubscribe, postal address.
d = Doc(72)
L10_B = "Fishing licences suspended in the Tamsk roads"
L10_A1 = "The Port of Tamsk and the price of quiet"
L10_A2 = "Where the Hollin bands buy their fuel"
d.fur("From: The Ashgrove Foundation <monitor@ashgrove.example>", "To: subscriber@inbox.example",
      "Subject: Terrorism Monitor, Vol. 37, Issue 17", "Date: Fri, 26 Aug 2039 11:15:42 +0000", "",
      "Read this issue on the web: https://ashgrove.example/monitor/37/17", "",
      "Terrorism Monitor | Vol. 37 | Issue 17 | 26 August 2039", "", "Also in this issue:",
      f"  Analyses: {L10_A1}; {L10_A2}", "", "IN BRIEF", "", L10_B, "")
d.paras(1,
        "The port authority at Tamsk suspended all fishing licences for the outer roads on August 19, after "
        "patrol boats twice found fishing skiffs transferring crates to a coaster anchored beyond the "
        "breakwater. Licences will be reissued only to skippers who fit tracking beacons.",
        "The fishermen's association says most of its members cannot afford the beacons and has asked the "
        "authority to lend them.")
d.add()
d.fur("— K.S.", "", "ANALYSES", "", L10_A1, "", "Rania al-Khatib", "Contributing editor", "")
d.paras(2,
        "The Port of Tamsk handles more than half of the coast's container traffic, and it has not suffered a "
        "serious attack since 2034.1 Its managers credit their fences and scanners. The longshoremen credit "
        "something else: a standing arrangement under which the port's security contractor pays the armed "
        "bands of the hinterland to leave the port's lorries alone.2",
        "The arrangement is no secret on the quays, and it is cheaper than the alternative. But it has made "
        "the bands partners in the port's business, and this summer they asked for more. Since June three "
        "lorries have been burned on the Tamsk road, each belonging to a haulier whose contract had lapsed.3",
        "The port cannot buy quiet forever. Every increase it pays tells the bands that the port will pay "
        "again, and every lorry burned tells the hauliers that the contractor's protection is the only kind "
        "that works.")
d.add()
d.bio("About the author: Rania al-Khatib covers the coast's ports for the Monitor and reported from Tamsk for "
      "ten years.", width=72)
d.fur("", "Notes", "")
for t in ["1 Port of Tamsk, annual security statements, 2034-2039.",
          "2 Interviews with longshoremen and two former employees of the contractor, Tamsk, July 2039.",
          "3 Tamsk Hauliers' Association, 9 Depot Road, Tamsk; telephone +00 31 440 9000, "
          "office@tamsk-hauliers.example."]:
    d.para(2, t)
d.fur("", L10_A2, "", "By Joost van der Meer, Reporter, and Amira Haddad-Lindqvist", "")
d.paras(3,
        "The armed bands of the Hollin hills run their trucks and generators on diesel, and diesel in the "
        "hills is rationed. Yet the bands have never been short of it. For a year we followed the fuel, from "
        "the depots on the coast to the fuel stations of the foothill towns and up the tracks into the hills.",
        "Most of it comes from a single place: the army's own depot at Gorse Cross, where fuel signed out for "
        "patrols that never happen is sold to traders in the town at night. We counted forty such sales in "
        "three months, and the army's own records show the patrols on the days the fuel was sold.",
        "The army has opened an inquiry. It should also change the way fuel is signed out, so that a patrol "
        "must return its logbook before it is issued more.")
d.fur("", "-" * 72,
      "Forward this issue to a colleague: they can subscribe at ashgrove.example/monitor.",
      "Manage your preferences | Unsubscribe from the Terrorism Monitor",
      "The Ashgrove Foundation, 40 Linden Terrace, Marrow")
META = dict(date="2039-08-26", pub=TM, volume=37, issue=17)
emit("l10_mixed_email_carrying_tm_issue_in_brief_initials_analyses_run_contributing_editor_al_glued_notes_by_role_between", d, [
    dict(title=L10_B, authors=[], kind="brief", **META),
    dict(title=L10_A1, authors=["Rania al-Khatib"], kind="analysis", **META),
    dict(title=L10_A2, authors=["Joost van der Meer", "Amira Haddad-Lindqvist"], kind="analysis", **META)],
    comments=["Open choices: the email carries a whole Terrorism Monitor issue, so the publication is the monitor (not",
              "the foundation that sends it) and `Vol. 37 | Issue 17` its numbering; `IN BRIEF` over one short piece",
              "names it a brief, signed with initials only (`— K.S.`), which name nobody, so its authors stay empty",
              "and the line is not text; `ANALYSES` over a run of two names each an analysis; `Contributing editor`",
              "under the first name is a role, not text; the glued note numbers stay in the text; the `About the",
              "author:` block before the notes is not text, the notes after it (a span of years, an address and",
              "contact line) are; the role `Reporter` between the second analysis's two names is part of neither."],
    sidecar="publication: Terrorism Monitor")
