"""issues40-new: whole newsletter issues and plain-text email letters, written by a helper before any run from monitors,
letters, people and places of the writer's own invention (dated January-July 2039): three whole Terrorism Monitor
issues as PDF text, three whole issues of invented sibling monitors, three plain-text email letters and the
publisher's email carrying a whole Terrorism Monitor issue.
The weight is on plural genre labels over runs of pieces, signatures under the text, email letters' send counts and
feet, notes and bios, running headers and footers, contents lists and bylines with roles and institutions.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
The helpers (Doc, emit) are those of issues39-new/gen.py.
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
# k01: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher over the monitor's
# name, `Volume 37, Issue 3` and `February 11, 2039`; `CONTENTS` with group headings (`Dispatches`, `Analysis`), the two
# dispatches on one line joined by ` / `, dotted leaders, pages last; `DISPATCHES` (plural) over a run of two: a name
# line over a role line, text opening `By the time …` with a subheading `By Night and by Water`; `By Lt. Col. NAME`
# (a rank, an accented hyphenated surname) with a paragraph opening `Written in chalk …`; `ANALYSIS` over `By NAME,
# Role, and NAME, Role`, `(n)` markers after a space at clause ends, notes whose entries hold an address, a phone
# number and a span of years, and the authors' bio straight after the notes with no label; footer `TERRORISM MONITOR
# Volume 37 Issue 3` over `— N —` with a form feed, once mangled (words run together, a stray glyph) between the halves
# of a sentence.
d = Doc(76, hyph=True)
K01_D1 = "The Last Ferry from Orle"
K01_D2 = "Salt, Fuel and the Kervan Checkpoint"
K01_A = "Why the Tesk Amnesty Emptied the Prisons but Not the Hills"

def tm_foot1(page, mangled=False):
    if mangled:
        return ["", "TERRORISMMONITORVolume37Issue3", f"{GLYPH}{page}{GLYPH}", "\f"]
    return ["", "TERRORISM MONITOR   Volume 37   Issue 3", f"— {page} —", "\f"]

d.fur("THE LINDEN HALL INSTITUTE", "", "TERRORISM MONITOR", "Volume 37, Issue 3", "February 11, 2039", "",
      "CONTENTS", "Dispatches", f"   {K01_D1} / {K01_D2} ......... 1", "Analysis",
      f"   {K01_A} ......... 3", "", "DISPATCHES", "", K01_D1, "", "Halvard Quist-Amari", "Correspondent in Tesk", "")
d.paras(1,
        "By the time the last ferry left the jetty at Orle on the evening of January 26, the harbour had been "
        "emptied of everyone but the crew and a dozen soldiers. The service across the Tesk narrows, which "
        "had run twice a day for as long as anyone in the town could remember, was suspended the next morning "
        "after the Orle Valley Front warned the operator that its boats would be treated as military targets.",
        "The warning came in a letter delivered by hand to the ferry office and read aloud to the crews. The "
        "Front accused the operator of carrying soldiers and their supplies at a discount, which the operator "
        "denies, and gave it a week to stop. The operator stopped in two days.")
d.add()
d.add("By Night and by Water", 1)
d.add()
d.paras(1,
        "Without the ferry, the people of Orle have two ways to reach the market towns on the far shore. The "
        "road around the head of the narrows takes most of a day and passes three checkpoints, one of them "
        "the Front's. The other way is by fishing boat after dark, at a price that has tripled since the "
        "ferry stopped, in waters where the coast guard has orders to stop any unlit craft.",
        "Several families in Orle said that they had already sent their older children to relatives on the "
        "far shore, so that they could finish the school year. The ferry's crews, who are paid only when the "
        "boats run, have begun looking for work in the fishing fleet. Nobody in the town expects the service "
        "to return before the spring.")
d.add()
d.fur(K01_D2, "", "By Lt. Col. Rémy Aubertin-Sallé", "")
d.paras(2,
        "The checkpoint at Kervan is a single steel barrier across the coast road, a cabin built from a "
        "shipping container and a flag that changes with the season. For most of last year it belonged to the "
        "army. Since November it has belonged to whoever holds the ridge above it, and in January that was the "
        "Orle Valley Front.",
        "Written in chalk on the barrier, in a hand that the drivers say belongs to the checkpoint's "
        "commander, is a list of the fees the Front now charges: so much for a lorry of salt from the pans at "
        "Marsk, so much for a tanker of fuel, nothing for a bus. The list is rubbed out and rewritten every "
        "few days as prices change.",
        "I commanded the battalion that held the Kervan road until 2036, and the lesson of that posting was "
        "that the road pays whoever holds it. The salt and fuel trades are worth more to the Front than any "
        "raid, and they will keep it on the ridge long after the fighting season ends. Retaking the barrier "
        "is the easy part. Keeping the trade away from the ridge will need a second road, and nobody has "
        "yet found the money to build it.")
d.fur(*tm_foot1(2), "ANALYSIS", "", K01_A, "",
      "By Ines Valcourt, Senior Researcher, and Oskar Brandvold, Visiting Fellow", "")
d.paras(3,
        "When the government of Tesk province declared an amnesty for members of armed groups in September, "
        "it promised that the hills would be quiet by the new year (1). Four months later, the amnesty has "
        "emptied the province's prisons of nearly nine hundred men, most of them held for years without "
        "trial. It has not emptied the hills.",
        "The reason is in the amnesty's own terms. It was offered to men already in custody and to those who "
        "surrendered with a weapon, but it made no provision for the fighters' families, who in many "
        "villages still face the confiscation of their land (2). A fighter who surrenders keeps his freedom "
        "and loses his fields, and few have found that a bargain.")
d.add()
d.para(3, "The men released from prison have added to the difficulty. Many of them returned to villages where "
       "the Orle Valley Front is the only employer and the only authority, and at least some have joined it, "
       "according to district officials who track the released men by name (3). Others have gone to the "
       "coast looking for work and found none, and the officials fear that they, too, will drift back to the "
       "hills before the summer.", brk=(4, tm_foot1(3, mangled=True)))
d.add()
d.para(3, "An amnesty that dealt with land as well as men would stand a better chance. The province could "
       "suspend confiscations for the families of men who surrender, and give the district land offices the "
       "staff to settle claims within a season rather than a decade (4). Without such a step, the amnesty "
       "will be remembered as the year the prisons were emptied and the hills filled up again.")
d.fur("", "Notes", "")
for t in ["(1) Office of the Governor of Tesk, amnesty decree no. 14, 9 September 2038.",
          "(2) Tesk Land Registry, 4 Customs House Lane, Orle; records of confiscations, 2031-2038.",
          "(3) Interviews with district officials, Orle and Marsk, January 2039; district office switchboard "
          "+00 23 4471 0905.",
          "(4) Provincial Assembly of Tesk, budget debate, 2037-2039 sessions."]:
    d.para(3, t)
d.bio("Ines Valcourt is a senior researcher at the Linden Hall Institute, where she studies land and conflict in "
      "the coastal provinces. Oskar Brandvold is a visiting fellow at the Institute and a former district "
      "officer in Tesk.")
d.fur("", "TERRORISM MONITOR   Volume 37   Issue 3", "— 4 —")
META = dict(date="2039-02-11", pub=TM, volume=37, issue=3)
emit("k01_tm_issue_dispatches_run_name_over_role_by_rank_slash_contents_by_role_and_role_notes_lookalikes_bio_no_label", d, [
    dict(title=K01_D1, authors=["Halvard Quist-Amari"], kind="dispatch", **META),
    dict(title=K01_D2, authors=["Rémy Aubertin-Sallé"], kind="dispatch", **META),
    dict(title=K01_A, authors=["Ines Valcourt", "Oskar Brandvold"], kind="analysis", **META)],
    comments=["Open choices: `DISPATCHES` over a run of two pieces names the kind of each in the singular, dispatch",
              "(a genre pages use); the role line `Correspondent in Tesk` under the first name is neither text nor part",
              "of the name; `By Night and by Water` is a subheading of the first dispatch (text), `By the time …` and",
              "`Written in chalk …` open paragraphs (text); `Lt. Col.` is a rank left out of the name; the roles after",
              "each name of the analysis's byline are not part of the names; the notes entries (an address, a phone",
              "number, spans of years) are text; the bio straight after the notes is not text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# k02: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `Vol. XXXVII · Issue 8 · 22 April
# 2039` under the name; `Contents` with the page first under group headings (`BRIEFS`, `FEATURE`), two briefs on one
# line joined by `;`; `BRIEFS` over three briefs with no byline over any: the first signed under its text `— NAME
# (ORG)` and followed straight by the next title, the second unsigned, the third signed `NAME / PLACE` and followed by
# the label `FEATURE` and the next title; the feature `By Dr. NAME (ORG) and NAME (ORG)`, `[n]` markers, an `About the
# authors:` block before the notes, a note entry wrapped over two lines; footer `Page N of 5`, once mangled between the
# halves of a sentence.
d = Doc(78, hyph=True)
K02_B1 = "Kessin Dockers End Strike After Militia Threats"
K02_B2 = "Checkpoints Return to the Orle Coast Road"
K02_B3 = "Drone Parts Seized at Vannock Airfield"
K02_F = "The Long Shadow of the Halvern Accord"

def tm_foot2(page, mangled=False):
    return ["", f"Page{GLYPH}{page}of5" if mangled else f"Page {page} of 5", "\f"]

d.fur("TERRORISM MONITOR", "The Linden Hall Institute", "Vol. XXXVII · Issue 8 · 22 April 2039", "", "Contents",
      "BRIEFS", f"1  {K02_B1}; {K02_B2}", f"2  {K02_B3}", "FEATURE", f"3  {K02_F}", "", "BRIEFS", "", K02_B1, "")
d.paras(1,
        "Dock workers at the port of Kessin returned to work on April 14 after a three-week strike that "
        "ended, according to their union, only because members of the Sarn Coast Militia visited the homes "
        "of the strike committee. The union had demanded a danger allowance for night shifts after two "
        "workers were shot on the quay in March.",
        "The militia, which controls the roads into Kessin and takes a fee on every container that leaves "
        "the port, has no interest in a closed harbour. Its intervention settled the strike faster than the "
        "port authority could, and it has left the union's members in no doubt about who governs the docks.")
d.add()
d.fur("— Marta Llewellyn-Okafor (Centre for Port Studies)", "", K02_B2, "")
d.paras(2,
        "Army checkpoints reappeared on the coast road between Orle and Marsk in the first week of April, "
        "three months after the army withdrew from the road under the terms of the Tesk amnesty. Drivers "
        "reported five new posts in forty kilometres, each searching lorries for fuel and weapons.",
        "The army says the checkpoints are temporary and will be removed once the amnesty's second phase "
        "begins in May. Drivers are sceptical. Several said they now pay fees at the Front's barrier at "
        "Kervan and then wait for hours at the army's posts, and that the road has become slower than it was "
        "at the height of the fighting.")
d.add()
d.add(K02_B3)
d.add()
d.paras(3,
        "Customs officers at Vannock airfield seized forty crates of drone parts on April 9 from a cargo "
        "flight declared as carrying agricultural equipment. The crates held motors, flight controllers and "
        "camera mounts enough to assemble some two hundred small aircraft, according to an inventory seen "
        "by this publication.",
        "The consignee, a farm supply company in Marsk, was registered six weeks before the flight and has "
        "no premises at its listed address. Police have arrested a freight agent at the airfield and are "
        "looking for the company's two directors.")
d.add()
d.fur("Jonas Ekwueme / Vannock", *tm_foot2(2), "FEATURE", "", K02_F, "",
      "By Dr. Selin Aydemir-Holt (Corran University) and Piers Lachance (Halvern Policy Lab)", "")
d.paras(4,
        "Ten years ago this spring, the government and the Sarn Coast Militia signed the Halvern Accord, "
        "which ended four years of fighting on the southern coast and brought the militia's leaders into the "
        "provincial administration [1]. The accord has been praised ever since as a model settlement. It "
        "deserves a more careful reading.",
        "The accord bought peace by handing the militia the coast's ports and roads. Its leaders became "
        "harbour masters, customs chiefs and district governors, and its fighters were enrolled as port "
        "police without leaving their units [2]. For a decade the arrangement held, because the militia had "
        "more to gain from collecting fees than from fighting.")
d.add()
d.para(4, "That bargain is now fraying. The militia's leaders are ageing, their sons are less patient, and the "
       "fees on the ports have grown so heavy that shipping lines have begun moving their cargo to Vannock "
       "and the northern harbours [3]. A militia whose income is shrinking is more likely to turn to the "
       "tactics it used before the accord, and the strike at Kessin this month showed how quickly it can "
       "still bring its weight to bear on a town.", brk=(2, tm_foot2(3, mangled=True)))
d.add()
d.para(4, "The government's options are narrow. It cannot remove the militia from the ports without a fight, "
       "and it cannot leave the fees to rise without losing the ports' trade. A slow purchase of the militia's "
       "posts, paid in pensions to its older leaders and in training for the younger men, is the least bad "
       "choice, and it should begin while the accord still holds.")
d.add()
d.bio("About the authors: Selin Aydemir-Holt lectures in political economy at Corran University. Piers Lachance "
      "directs the Halvern Policy Lab, which studies the southern coast's settlement.")
d.fur("", "Notes", "")
for t in ["[1] Halvern Accord between the Government of the Republic and the Sarn Coast Militia, signed at Halvern, "
          "3 May 2029, articles 4 to 11.",
          "[2] Provincial Gazette of Sarn, appointments to the port police, 2029-2031.",
          "[3] Coastal Shipping Association, tonnage returns for Kessin, Vannock and Marsk, 2036-2038."]:
    d.para(4, t)
d.fur(*tm_foot2(4)[:2])
META = dict(date="2039-04-22", pub=TM, volume=37, issue=8)
emit("k02_tm_issue_page_first_contents_semicolon_signed_dash_org_unsigned_signed_slash_place_by_org_and_org_about_before_notes", d, [
    dict(title=K02_B1, authors=["Marta Llewellyn-Okafor"], kind="brief", **META),
    dict(title=K02_B2, authors=[], kind="brief", **META),
    dict(title=K02_B3, authors=["Jonas Ekwueme"], kind="brief", **META),
    dict(title=K02_F, authors=["Selin Aydemir-Holt", "Piers Lachance"], kind="feature", **META)],
    comments=["Open choices: the signature `— NAME (ORG)` under the first brief names its author (the organisation",
              "left out) and is not text, and it is the first brief's, not the second's, which is unsigned; the",
              "signature `NAME / PLACE` under the third brief names its author (the place left out); `BRIEFS` over",
              "the run names each a brief; `Dr.` is left out of the name and the organisations in brackets after",
              "each name of the feature's byline are not part of the names; the `About the authors:` block before",
              "the notes is not text, the notes after it are the feature's text."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# k03: a whole issue of an invented sibling monitor, *Varden Strait Monitor* (PDF text, paragraphs apart by blank
# lines): the capital name over `Vol. 6 / No. 14 / March 2039` (month and year only); `In this number` without pages;
# `FIELD NOTES` (plural) over a run of two: `NAME | Staff Correspondent` with a paragraph opening `Written on the back
# of …`, a subheading `Under Sail and Under Guard` and note numbers glued to sentence ends over `Notes` with bare
# `1` entries; `BY MAJ. NAME` in capitals (a slashed-o surname) with his bio straight under the text; the label
# `REVIEW` over a piece signed under its text `NAME, Role, ORG`; footer `N | VARDEN STRAIT MONITOR`, once mangled
# between the halves of a sentence; no sidecar.
d = Doc(74, hyph=True)
K03_F1 = "A Night Watch on the Varden Lightship"
K03_F2 = "What the Coast Guard Reserve Sees"
K03_R = "A Strait Observed: Three Decades of Smuggling in One Harbour Log"
VSM = "Varden Strait Monitor"

def vsm_foot(page, mangled=False):
    return ["", f"{page}{GLYPH}VARDENSTRAITMONITOR" if mangled else f"{page} | VARDEN STRAIT MONITOR", "\f"]

d.fur("VARDEN STRAIT MONITOR", "Vol. 6 / No. 14 / March 2039", "A quarterly from the Skerry Institute", "",
      "In this number", f"Field notes: {K03_F1}; {K03_F2}", f"Review: {K03_R}", "", "FIELD NOTES", "", K03_F1, "",
      "Ilka Marsh-Toivonen | Staff Correspondent", "")
d.paras(1,
        "The lightship at the mouth of the Varden Strait has not carried a light since 2034, when the "
        "automatic beacon on Skerry Head replaced it. It still carries a crew of four, who keep a radar "
        "watch for the coast guard and log every vessel that passes between the islands at night.1",
        "Written on the back of a tide table and pinned above the radar screen is the list of boats the crew "
        "have learned to watch for: two trawlers that never seem to land fish, a yacht registered in three "
        "ports in a single year, and a fast launch that runs without lights between midnight and four.2")
d.add()
d.add("Under Sail and Under Guard", 1)
d.add()
d.para(1, "The crew report what they see by radio, and they know that little of it will be acted on. The coast "
       "guard has two cutters for the whole strait, and one of them has been in dry dock since the autumn. "
       "On the night I spent aboard, the launch passed twice, and the watch officer logged it both times "
       "with the same weary note: reported, no vessel available.3", brk=(3, vsm_foot(2, mangled=True)))
d.add()
d.para(1, "The crew do not complain. They say the log is the point, and that one day someone will read it.")
d.fur("", "Notes", "")
for t in ["1 Varden Coast Guard, watch orders for the lightship station, 2034.",
          "2 Conversations with the lightship's crew, February 2039.",
          "3 Lightship radar log, entries for 17 and 18 February 2039."]:
    d.para(1, t)
d.fur("", K03_F2, "", "BY MAJ. TOBIAS ØSTERGAARD-LIND", "")
d.paras(2,
        "Reservists of the Varden coast guard spend two weekends a month at sea, and most of us have day jobs "
        "ashore as ferry mates, harbour pilots and fishermen. That gives the reserve a view of the strait that "
        "the regular service lacks: we know the boats, the crews and the rumours of the harbours.",
        "What we have seen this winter is a change in the smuggling trade. The old cargo was cigarettes and "
        "spirits, carried by fishermen who knew every rock. The new cargo is people and weapons, carried by "
        "crews nobody in the harbours has met before. They pay in cash, they do not drink in the port bars "
        "and they leave before anyone learns their names.",
        "The regular service should make more use of what the reserve knows. A weekly meeting between the "
        "reserve's boat crews and the intelligence office at Skerry Head would cost nothing and would put "
        "names and faces to the traces on the lightship's radar.")
d.add()
d.bio("Tobias Østergaard-Lind is a major in the Varden coast guard reserve and a harbour pilot in Skerry.")
d.fur(*vsm_foot(3), "REVIEW", "", K03_R, "")
d.paras(3,
        "Harbour masters keep logs because the law requires it, and most of those logs are dull. The one kept "
        "at Saltwick between 2006 and 2037 is an exception. Its three keepers, father, daughter and grandson, "
        "noted every unusual arrival and departure in the margins, and the book now published from it by the "
        "Skerry Historical Society is the best account we have of how the strait's smuggling trade grew.",
        "The editors have been wise to let the log speak for itself. Each year opens with a short note on the "
        "harbour's trade, followed by the margin entries in full. The reader watches the cargo change from "
        "butter and tobacco in the early years to fuel in the 2020s, and watches the keepers' tone change "
        "from amusement to alarm.",
        "The book has faults. Its maps are too small, and it says little about the harbour police, whose own "
        "records remain closed. But anyone who wants to understand the strait should read it, and the "
        "coast guard would do well to give a copy to every new cutter captain.")
d.add()
d.fur("Aurelie Nakashima-Brandt, Senior Editor, Varden Strait Monitor", *vsm_foot(4)[:2])
META = dict(date="2039-03-01", pub=VSM, volume=6, issue=14)
emit("k03_sibling_month_year_field_notes_run_pipe_role_written_on_caps_major_glued_notes_review_signed_name_role_org", d, [
    dict(title=K03_F1, authors=["Ilka Marsh-Toivonen"], kind="field note", **META),
    dict(title=K03_F2, authors=["Tobias Østergaard-Lind"], kind="field note", **META),
    dict(title=K03_R, authors=["Aurelie Nakashima-Brandt"], kind="review", **META)],
    comments=["Open choices: `March 2039` only is 2039-03-01; `Vol. 6 / No. 14` is volume 6, issue 14; `FIELD NOTES`",
              "over a run of two pieces names the kind of each in the singular, field note; `| Staff Correspondent`",
              "is the author's role; `Written on the back of …` opens a paragraph (text) and `Under Sail and Under",
              "Guard` is a subheading (text); the glued note numbers stay in the text and the `1`, `2`, `3` entries",
              "are text; `BY MAJ. TOBIAS ØSTERGAARD-LIND` is labelled without the rank and in the case his bio",
              "prints; the bio straight under his text is not text; the signature `NAME, Senior Editor, Varden",
              "Strait Monitor` names the review's author and is not text; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# k04: a whole issue of an invented sibling monitor, *Kelmar Uplands Monitor* (PDF text, paragraphs apart by blank
# lines): the name over `Number 22 — Volume 4 — 14 May 2039` (number before volume); `CONTENTS` with group headings
# (`Feature`, `Reviews`), dotted leaders and pages last; `FEATURE` over `By Dr. NAME, Role, and NAME, Role` (a particle
# `e`, an umlaut), `[n]` notes with a contact line and an address among the entries, an `About the authors:` block after
# the notes; `REVIEWS` (plural) over a run of two: `Reviewed by Prof. NAME` (a lower-case particle) with a paragraph
# opening `By the end of the book …`, and a name line over a role line with a subheading `By Foot and by Mule`; a bare
# page number `— N —` between dashes, once mangled between the halves of a sentence; no sidecar.
d = Doc(76, hyph=True)
K04_F = "Mountain Schools and the Recruiters of the Kelmar Pass"
K04_R1 = "Faith and the Frontier: A Clerk's History of the Upland Shrines"
K04_R2 = "Two Roads to Ashkel"
KUM = "Kelmar Uplands Monitor"

def kum_foot(page, mangled=False):
    return ["", f"{GLYPH}{page}—" if mangled else f"— {page} —", "\f"]

d.fur("KELMAR UPLANDS MONITOR", "Number 22 — Volume 4 — 14 May 2039", "Published by the Ashkel Foundation", "",
      "CONTENTS", "Feature", f"  {K04_F} .......... 1", "Reviews", f"  {K04_R1} .......... 3",
      f"  {K04_R2} .......... 4", "", "FEATURE", "", K04_F, "",
      "By Dr. Amadou Ferreira e Silva, Research Director, and Katrin Vöhl-Sandberg, Field Researcher", "")
d.paras(1,
        "Of the forty-one villages in the Kelmar Pass, nineteen have had no state teacher since the autumn of "
        "2037 [1]. The teachers left when the Ashkel Brigades began posting notices on school doors calling "
        "state education a tool of the lowland government, and the ministry has not replaced them.",
        "The Brigades have filled the gap with their own teachers, young men from the pass who teach reading "
        "from the group's pamphlets and arithmetic from its accounts. Parents in six villages told us that "
        "they send their children because there is nowhere else to send them, and that the lessons end each "
        "week with an hour of drill [2].")
d.add()
d.para(1, "Recruitment follows. District police estimate that a third of the Brigades' new fighters last year "
       "had passed through its village schools, and that most were under eighteen when they joined [3]. The "
       "schools give the group a steady supply of young men who have known no other authority, and they "
       "give the villages a reason to tolerate it.", brk=(2, kum_foot(2, mangled=True)))
d.add()
d.para(1, "The ministry can still win these children back, but not with notices of its own. It needs teachers "
       "who come from the pass, are paid on time and are protected by the villages rather than by soldiers. "
       "A programme to train local teachers, run with the village councils, would cost less than a single "
       "season of operations against the Brigades [4].")
d.fur("", "Notes", "")
for t in ["[1] Ministry of Education of Kelmar, staffing returns for the Ashkel district, 2037-2039.",
          "[2] Interviews with parents in the Kelmar Pass, March and April 2039.",
          "[3] Ashkel District Police, Station Road, Ashkel; annual report for 2038.",
          "[4] Email from the ministry's press office, press@kelmar-education.example, 2 May 2039."]:
    d.para(1, t)
d.add()
d.bio("About the authors: Amadou Ferreira e Silva is research director of the Ashkel Foundation. Katrin "
      "Vöhl-Sandberg is a field researcher with the Foundation and has worked in the Kelmar Pass since 2035.")
d.fur(*kum_foot(3), "REVIEWS", "", K04_R1, "", "Reviewed by Prof. Lucinda de Borja", "")
d.paras(2,
        "For thirty years, the district clerk of Ashkel kept a private notebook on the shrines of the upper "
        "valleys: who tended them, who visited them and who quarrelled over them. His history, drawn from "
        "that notebook and published after his death by his daughter, is a modest book with an unusual "
        "subject, and it explains more about the Brigades than most studies of the group.",
        "The clerk saw the shrines as the places where the valleys settled their disputes. When the ministry "
        "of religious affairs took them over in the 2020s and sent its own keepers, the disputes had nowhere "
        "to go. Several of the Brigades' first commanders, he notes drily, were the sons of dismissed keepers.",
        "By the end of the book the reader understands why the Brigades' first act in any village is to "
        "restore its shrine to local hands. The book is short on dates and long on gossip, but the gossip is "
        "the point, and no outsider could have collected it.")
d.fur("", K04_R2, "", "Teodora Ilić-Ward", "Books Editor", "")
d.paras(3,
        "Two books this spring describe the road from the lowlands to Ashkel, and they might be describing "
        "different countries. The first is a soldier's memoir of the 2036 campaign; the second is a trader's "
        "account of thirty years carrying salt and cloth up the same road.")
d.add()
d.add("By Foot and by Mule", 3)
d.add()
d.paras(3,
        "The soldier's road is a line of ambush points, each named after the men who died there. The trader's "
        "road is a line of tea houses, each named after the family that runs it. The soldier never stops at "
        "the tea houses, and the trader knows nothing of the ambushes except that they close the road for a "
        "few days at a time.",
        "Read together, the two books make an argument that neither author intends: the war and the trade "
        "share the road, and whoever wants to end the first must make room for the second.")
d.fur(*kum_foot(4)[:2])
META = dict(date="2039-05-14", pub=KUM, volume=4, issue=22)
emit("k04_sibling_number_before_volume_dotted_contents_groups_by_role_and_role_about_after_notes_reviews_run_reviewed_by", d, [
    dict(title=K04_F, authors=["Amadou Ferreira e Silva", "Katrin Vöhl-Sandberg"], kind="feature", **META),
    dict(title=K04_R1, authors=["Lucinda de Borja"], kind="review", **META),
    dict(title=K04_R2, authors=["Teodora Ilić-Ward"], kind="review", **META)],
    comments=["Open choices: `Number 22 — Volume 4` is volume 4, issue 22; `Dr.` and `Prof.` are left out of the names",
              "and the roles after each name of the feature's byline are not part of them; `e` in `Ferreira e Silva`",
              "is part of the surname; the notes entries (an address, a contact line) are text and the `About the",
              "authors:` block after them is not; `REVIEWS` over a run of two names each a review; `Reviewed by",
              "NAME` is a byline; `By the end of the book …` opens a paragraph and `By Foot and by Mule` is a",
              "subheading (both text); the role line `Books Editor` is not text; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# k05: a plain-text email letter, *The Quayside Letter* (hard-wrapped at 70, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date in the file, the name over `Letter 214` (a send count, no volume), a greeting,
# `This week:` with `-` items; `DISPATCHES` (plural) over a run of two: a name line over a role line, and a piece with no
# byline signed under its text `NAME / PLACE`; `ALSO THIS WEEK` over one short unsigned piece; the feet: a closing line,
# the editor's and team's sign-off, a forwarding prompt, leaving the list, changing preferences and the postal address;
# no sidecar.
d = Doc(70)
K05_D1 = "Night fishing is back in Port Haskell, and so are the patrols"
K05_D2 = "A quieter quay at Brennock"
K05_B = "Harbour police recruit forty new officers"
d.fur("From: The Quayside Letter <desk@quayside-letter.example>", "To: reader@postbox.example",
      "Subject: Letter 214: night fishing, a quieter quay, and new recruits",
      "Date: Fri, 7 Jan 2039 17:20:41 +0000", "", "THE QUAYSIDE LETTER", "Letter 214",
      "Ports, fleets and the people who work them", "", "Dear readers,", "",
      "Three stories from the waterfront this week.", "", "This week:", f"- {K05_D1}", f"- {K05_D2}", f"- {K05_B}",
      "", "· " * 34 + "·", "", "DISPATCHES", "", K05_D1, "Wilhelmina Otieno-Strand", "Our correspondent in Port Haskell",
      "")
d.paras(1,
        "The night fleet of Port Haskell went out again on Monday for the first time since October, when the "
        "harbour authority banned fishing after dark following the hijacking of two trawlers by men who "
        "later turned up on the far side of the bay. Forty boats left on the evening tide, and every one of "
        "them was boarded and checked by the harbour police before it reached the breakwater.",
        "The checks are the price of lifting the ban. Each skipper must now file a crew list before sailing, "
        "carry a tracking beacon and answer a radio call from the harbour office every two hours. Skippers "
        "grumble about the paperwork but say it is better than three months tied up at the quay.",
        "The patrols are thin. The harbour police have one boat on the water at night, and it cannot reach the "
        "outer banks in under an hour. Nobody on the quay believes the beacons would save a crew from a "
        "determined boarding party, but they do mean that someone would know where to look.")
d.add()
d.fur(K05_D2, "")
d.paras(2,
        "Brennock's quay used to be the busiest stretch of waterfront on the bay, and the least policed. Since "
        "the new customs shed opened in November, the lorries that once queued through the night are gone, "
        "and so are most of the men who loaded them by hand.",
        "The shed has cut the smuggling that made Brennock notorious, say the customs officers, and the "
        "figures bear them out: seizures are down by half because there is less to seize. It has also cut "
        "the work. Dockers who loaded lorries for cash now wait at the gate for a shift that rarely comes, "
        "and some of them have started crewing boats whose business nobody asks about.")
d.add()
d.fur("Casimir Delacroix-Mwangi / Brennock", "", "· " * 34 + "·", "", "ALSO THIS WEEK", "", K05_B, "")
d.para(3, "The harbour police of the three bay ports have taken on forty new officers, the first intake since "
       "2035. They begin a twelve-week course this month and will be posted to the night shifts at Port "
       "Haskell and Brennock in the spring.")
d.fur("", "· " * 34 + "·", "", "That's all from the waterfront this week.", "",
      "With best wishes,", "Rosa Penhallow and the Quayside team", "",
      "Forwarded this letter by a friend? Get your own copy at quayside-letter.example/join",
      "Leave the list: https://quayside-letter.example/leave?l=214",
      "Change your preferences or how often we write: https://quayside-letter.example/prefs",
      "The Quayside Letter, 3 Net Loft Yard, Port Haskell")
META = dict(date="2039-01-07", pub="The Quayside Letter", volume=None, issue=None)
emit("k05_email_letter_letter_count_date_in_header_dispatches_name_over_role_signed_slash_place_unsigned_brief_feet", d, [
    dict(title=K05_D1, authors=["Wilhelmina Otieno-Strand"], kind="dispatch", **META),
    dict(title=K05_D2, authors=["Casimir Delacroix-Mwangi"], kind="dispatch", **META),
    dict(title=K05_B, authors=[], kind="brief", **META)],
    comments=["Open choices: `Letter 214` under the mail header with no volume is a send count, so volume and issue",
              "stay empty (README, Numbers); the only date is the mail header's (`Fri, 7 Jan 2039`); the publication",
              "is the name the masthead prints (`THE QUAYSIDE LETTER`), labelled as the sender line and the postal",
              "address write it; `DISPATCHES` over a run of two pieces names each a dispatch; the role line under",
              "the first name is not text; the signature `NAME / Brennock` names the second piece's author; `ALSO",
              "THIS WEEK` is a section name over one short piece, a brief, which is unsigned (the editor's sign-off",
              "after the closing line is the letter's, not the piece's); greeting, sign-off and feet are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# k06: a plain-text email letter, *Frontier Ledger* (hard-wrapped at 72, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date in the file, the name over `Edition #12` (a send count), a greeting;
# `COMMENTARY` over `By NAME, Role, and NAME, Role`, `(n)` markers after a space at clause ends, `Notes` whose entries
# hold a contact line and a span of years, one entry wrapped over two lines, and an `About the authors:` block after
# the notes; `NEWS` over `NAME | Reporter`; the team's sign-off, a forwarding prompt, unsubscribe, preferences and the
# postal address.
d = Doc(72)
K06_C = "The border levy is a tax on the poor"
K06_N = "Customs post at Tavri Gate burned overnight"
d.fur("From: Frontier Ledger <hello@frontierledger.example>", "To: subscriber@mailhost.example",
      "Subject: Edition #12 | The border levy, and a fire at Tavri Gate",
      "Date: Wed, 16 Mar 2039 07:05:12 +0100", "", "FRONTIER LEDGER", "Edition #12",
      "Trade, borders and security in the eastern marches", "", "Hello again,", "",
      "This edition carries a commentary on the new border levy and the news from Tavri Gate.", "",
      "-" * 72, "", "COMMENTARY", "", K06_C, "",
      "By Nadezhda Quill, Senior Editor, and Rafael Okoro-Blum, Contributor", "")
d.paras(1,
        "The levy that the interior ministry began charging at the eastern crossings on March 1 is meant to "
        "pay for the new border guard posts (1). It is charged per person, not per load, and it is the same "
        "for a trader with a lorry of cloth as for a grandmother visiting her family on foot.",
        "That makes it one of the most regressive charges the marches have seen. The traders who cross with "
        "lorries pass the cost on to their customers; the families who cross on foot cannot. In the first "
        "two weeks, foot traffic at Tavri Gate fell by more than a third, according to the ministry's own "
        "counts (2), while lorry traffic barely changed.",
        "The families have not stopped crossing. They have stopped using the gates, and the paths over the "
        "hills that they use instead belong to the smugglers and the armed bands that tax them. A levy meant "
        "to pay for security is pushing the poorest travellers into the arms of those it was meant to "
        "guard against (3).",
        "The ministry should exempt foot travellers, as the levy's own draft once proposed, and charge "
        "lorries by weight. The revenue would hardly change, and the hill paths would lose most of their "
        "custom.")
d.fur("", "Notes", "")
for t in ["(1) Interior Ministry, order on the eastern border levy, 14 February 2039.",
          "(2) Crossing counts for Tavri Gate released by the ministry's press desk, "
          "tel. +00 71 300 2284, 15 March 2039.",
          "(3) Interviews with families crossing at Tavri Gate and Orun, 2037-2039."]:
    d.para(1, t)
d.add()
d.bio("About the authors: Nadezhda Quill edits Frontier Ledger. Rafael Okoro-Blum writes on trade in the eastern "
      "marches and has contributed to the letter since its first edition.", width=72)
d.fur("", "-" * 72, "", "NEWS", "", K06_N, "Émile Fairweather-Ngata | Reporter", "")
d.paras(2,
        "The customs post at Tavri Gate was set on fire in the early hours of Tuesday, destroying the "
        "building that houses the new levy office and the records of the first two weeks' collections. No "
        "one was hurt; the night guard said he was tied up by four masked men who arrived on foot from the "
        "hills.",
        "Border police have closed the gate to foot traffic while the office is rebuilt in a tent beside the "
        "road. Lorries are still crossing, with their drivers paying the levy at a table under an awning. "
        "No group has claimed the fire, and the police have made no arrests.",
        "Traders at the gate were not surprised. Several said that the levy office had been threatened in "
        "leaflets left on the hill paths, and that the guard posts promised for the crossing had not yet "
        "been built.")
d.fur("", "-" * 72, "", "— The Frontier Ledger team", "",
      "Know someone who should read this? Forward this email; they can sign up at frontierledger.example.",
      "Unsubscribe from Frontier Ledger | Update your email preferences",
      "Frontier Ledger, PO Box 118, Orun Market Street, Orun")
META = dict(date="2039-03-16", pub="Frontier Ledger", volume=None, issue=None)
emit("k06_email_letter_edition_hash_date_in_header_by_role_and_role_paren_notes_contact_about_after_notes_pipe_reporter", d, [
    dict(title=K06_C, authors=["Nadezhda Quill", "Rafael Okoro-Blum"], kind="commentary", **META),
    dict(title=K06_N, authors=["Émile Fairweather-Ngata"], kind="news", **META)],
    comments=["Open choices: `Edition #12` is a send count, so volume and issue stay empty (README, Numbers); the only",
              "date is the mail header's (`Wed, 16 Mar 2039`); the publication is the name the masthead prints",
              "(`FRONTIER LEDGER`), as the sender line and the sidecar write it; the roles after each name of the",
              "commentary's byline are not part of the names; the notes entries (a phone number, a span of years) are",
              "text and the `About the authors:` block after them is not; `| Reporter` is the news author's role; the",
              "greeting, the team's sign-off and the feet are furniture."],
    sidecar="publication: Frontier Ledger")

# ---------------------------------------------------------------------------------------------------------------------
# k07: a plain-text email letter, *The Marchland Letter* (hard-wrapped at 68, paragraphs apart by blank lines): a mail
# header, the name over `Issue no. 9 · Saturday, 5 March 2039` (a number with no volume), a greeting; `FIELD NOTES`
# (plural) over a run of two: a name line with a naval rank over a role line with an institution, and `NAME | Role` (a
# fada and an `Ó` particle) with a subheading `By Rail and by Road` and a paragraph opening `Written …`; the feet:
# the team's sign-off, leaving the list, changing the frequency, a forwarding prompt and the postal address; no sidecar.
d = Doc(68)
K07_F1 = "Watching the grain ships from the Skellan signal tower"
K07_F2 = "The border train that runs on rumours"
d.fur("From: The Marchland Letter <letter@marchland.example>", "To: you@readers-mail.example",
      "Subject: Issue no. 9 - grain ships and a border train",
      "Date: Sat, 5 Mar 2039 09:00:03 +0000", "", "The Marchland Letter", "Issue no. 9 · Saturday, 5 March 2039",
      "", "Hi there,", "", "Two field notes from the marches this fortnight.", "", "=" * 68, "", "FIELD NOTES", "",
      K07_F1, "", "Cmdr. Yusuf Al-Hashimi-Grant", "Naval Liaison Officer, Marchland Coastal Command", "")
d.paras(1,
        "From the signal tower at Skellan you can see every ship that enters the grain channel, and for "
        "the past month I have been watching them with the tower's two signalmen. The channel carries most "
        "of the marches' grain exports, and since December it has also carried a steady traffic of small "
        "tankers that do not appear on the port's schedule.",
        "The signalmen log the tankers as they log everything else, by name, flag and time. Several of the "
        "names change from one week to the next, painted over on the same hulls. The port's inspectors have "
        "boarded two of them and found fuel with papers from a refinery that closed in 2036.",
        "The navy has no ship in the channel, and the coastal command's patrol boats are busy further north. "
        "For now, the tankers' only audience is two men with binoculars and a logbook.")
d.fur("", K07_F2, "", "Beatrix Ó Conaill | Contributing Writer", "")
d.paras(2,
        "The train from Marrowgate to the border town of Hesk runs three times a week, and nobody at the "
        "station can tell you in advance which three days. Its timetable is decided each morning by the "
        "railway police, who cancel any run that the rumours of the previous night make too risky.",
        "Written on a board in the station hall, in a clerk's careful hand, is the only timetable the "
        "passengers trust: the days the train actually ran last month, and the days it did not.")
d.add()
d.add("By Rail and by Road", 2)
d.add()
d.paras(2,
        "Most of the passengers are traders who cannot afford the bus fare on the border road, where the "
        "armed bands of the Hesk hills charge a fee at every bend. The train is slower and less certain, but "
        "it is cheap and nobody has yet stopped it.",
        "The railway police know that this luck will not last. They have asked for guards on every run and "
        "for the line's culverts to be checked before each departure. Until then the train will keep running "
        "on rumours, and the traders will keep sleeping in the station hall waiting for it.")
d.fur("", "=" * 68, "", "Best,", "The Marchland Letter team", "",
      "You can leave this list at any time: reply with STOP or visit marchland.example/stop.",
      "Prefer a monthly round-up instead? Change how often we write at marchland.example/settings.",
      "Was this forwarded to you? Subscribe at marchland.example.",
      "The Marchland Letter · 22 Ropewalk Lane · Marrowgate")
META = dict(date="2039-03-05", pub="The Marchland Letter", volume=None, issue=None)
emit("k07_email_letter_issue_no_without_volume_field_notes_run_rank_over_role_pipe_role_fada_by_rail_written_on", d, [
    dict(title=K07_F1, authors=["Yusuf Al-Hashimi-Grant"], kind="field note", **META),
    dict(title=K07_F2, authors=["Beatrix Ó Conaill"], kind="field note", **META)],
    comments=["Open choices: `Issue no. 9` under the mail header with no volume is the letter's count of its sends,",
              "so volume and issue stay empty (README, Numbers), and the date is the one printed beside it; the",
              "publication is the name the masthead prints; `FIELD NOTES` over a run of two pieces names each a",
              "field note; `Cmdr.` is a rank left out of the name and the role line under it is not text; `|",
              "Contributing Writer` is a role; `Written on a board …` opens a paragraph and `By Rail and by Road` is",
              "a subheading (both text); greeting, sign-off and feet are furniture; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# k08: a whole Terrorism Monitor issue (PDF text, no blank lines between paragraphs, first lines indented): the name
# over `Volume XXXVII | Issue 11` and `June 3, 2039`; `Contents` with the page first under group headings (`IN BRIEF`,
# `ANALYSIS`); `BRIEF` over a capital byline `BY NAME (ORG) AND NAME (ORG)` (a particle `van den`) with the two
# authors' bio straight under the text; `ANALYSIS` over `By Dr. NAME` (a breve-accented hyphenated name), `[n]`
# markers, `Notes` whose entries hold an address and a contact line, one wrapped over two lines, and an `About the
# author:` block after them; header `Page N of 4` over the monitor's name, once mangled between the halves of a
# sentence.
d = Doc(80, hyph=True)
K08_B = "Kidnappers Target Aid Convoys on the Saltmere Road"
K08_A = "The Ashkel Brigades' Turn to the Cities"
IND = "    "

def tm_head8(page, mangled=False):
    if mangled:
        return ["\f" + f"Page{page}of4{GLYPH}TERRORISMMONITOR"]
    return ["\f" + f"Page {page} of 4", "TERRORISM MONITOR"]

d.fur("TERRORISM MONITOR", "Volume XXXVII | Issue 11", "June 3, 2039", "The Linden Hall Institute", "Contents",
      "IN BRIEF", f"1 {K08_B}", "ANALYSIS", f"2 {K08_A}", "BRIEF", K08_B,
      "BY FARIDA NOOR-HASSAN (KESTREL RISK) AND GEORG VAN DEN HEUVEL (UNIVERSITY OF SALTMERE)")
for t in ["Three convoys carrying food and medicine to the displacement camps south of Saltmere were stopped "
          "by armed men in May, and in each case the drivers were taken and later released for ransom. The "
          "camps' relief agencies have suspended road deliveries until the provincial police can escort them.",
          "The kidnappings break a long-standing habit on the Saltmere road, where armed groups have taxed "
          "convoys but left aid drivers alone. The men who stopped the convoys did not claim to belong to any "
          "group, and the ransoms were small, which suggests criminals taking advantage of the police's "
          "absence rather than a change of policy by the Ashkel Brigades."]:
    d.para(1, t, indent=IND)
d.bio("Farida Noor-Hassan is a senior analyst at Kestrel Risk. Georg van den Heuvel lectures in conflict studies "
      "at the University of Saltmere.", width=80)
d.fur(*tm_head8(2), "ANALYSIS", K08_A, "By Dr. Ana-Maria Drăgulescu")
d.para(2, "For a decade the Ashkel Brigades fought in the mountains and left the cities alone. Their leaders "
       "spoke of the lowland towns as places of corruption and said their war was for the villages [1]. That "
       "has changed this year. Since January, the Brigades have claimed four bombings in Saltmere and two in "
       "the provincial capital, all aimed at tax offices and police stations.", indent=IND)
d.para(2, "The turn follows the Brigades' losses in the Kelmar Pass, where army operations last autumn took "
       "back most of the villages the group had held since 2034 [2]. Pushed out of its strongholds and "
       "short of the fees it once collected on the pass road, the group appears to have decided that "
       "attacks in the cities will bring it attention and recruits more cheaply than holding ground.",
       indent=IND, brk=(3, tm_head8(3, mangled=True)))
d.para(2, "There are signs that the strategy is working. Police in Saltmere have arrested eleven young men "
       "accused of helping the bombers, and none of them came from the mountains; all had grown up in the "
       "city's poorer districts [3]. The group's recruiters, it seems, have found an audience among the "
       "sons of families who moved to the city to escape the fighting.", indent=IND)
d.para(2, "Urban campaigns are hard to sustain. They expose a group's networks to police who know the "
       "streets, and they turn the public against it when bystanders die. But the Brigades have proved "
       "adaptable before, and the government should not assume that the mountains were the only place "
       "they could fight.", indent=IND)
d.fur("Notes")
for t in ["[1] Statements of the Ashkel Brigades collected by the author, 2029-2038.",
          "[2] Army of the Republic, press briefing on the Kelmar Pass operations, Garrison Headquarters, "
          "1 Parade Road, Ashkel, 12 November 2038.",
          "[3] Saltmere Police, charge sheets released on request; press contact: media@saltmere-police.example."]:
    d.para(2, t)
d.bio("About the author: Ana-Maria Drăgulescu is a lecturer in security studies at the University of Saltmere "
      "and the author of a history of the Ashkel Brigades.", width=80)
d.fur(*tm_head8(4))
META = dict(date="2039-06-03", pub=TM, volume=37, issue=11)
emit("k08_tm_issue_indented_page_first_contents_caps_by_org_and_org_bio_under_text_bracket_notes_address_about_after", d, [
    dict(title=K08_B, authors=["Farida Noor-Hassan", "Georg van den Heuvel"], kind="brief", **META),
    dict(title=K08_A, authors=["Ana-Maria Drăgulescu"], kind="analysis", **META)],
    comments=["Open choices: the capital byline `BY NAME (ORG) AND NAME (ORG)` names two authors, labelled in the case",
              "their bio prints (`van den Heuvel` with lower-case particles), the organisations left out; the bio",
              "straight under the brief's text is not text; `Dr.` is left out; the notes entries (an address, a",
              "contact line) are text and the `About the author:` block after them is not; `Volume XXXVII | Issue",
              "11` is volume 37, issue 11."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# k09: a whole issue of an invented sibling monitor, *Saltmere Coast Monitor* (PDF text, paragraphs apart by blank
# lines): the capital name over `No. 5 · Vol. 2 · 7 July 2039`; `Contents` with two briefs on one line joined by ` / `
# and no pages; `BRIEFS` over a brief signed under its text `NAME, Role, ORG` followed straight by the next title, and an
# unsigned brief followed by the label `COMMENTARY` and its title; the commentary `BY NAME` in capitals (ring-accented
# given name, hyphenated surname), note numbers glued to sentence ends, `Notes` whose entries hold a span of years and a
# phone number, and the author's bio straight after the notes with no label; header `N | SALTMERE COAST MONITOR`, once
# mangled between the halves of a sentence; no sidecar.
d = Doc(74, hyph=True)
K09_B1 = "Oyster Farmers Report Night Raids on the Saltmere Flats"
K09_B2 = "New Radar Mast Rises at Corrow Point"
K09_C = "The Coast Needs Fewer Patrols and More Harbour Clerks"
SCM = "Saltmere Coast Monitor"

def scm_head(page, mangled=False):
    return ["\f" + (f"{page}|SALTMERECOASTMONITOR{GLYPH}" if mangled else f"{page} | SALTMERE COAST MONITOR"), ""]

d.fur("SALTMERE COAST MONITOR", "No. 5 · Vol. 2 · 7 July 2039", "From the Saltmere Coast Institute", "", "Contents",
      f"Briefs: {K09_B1} / {K09_B2}", f"Commentary: {K09_C}", "", "BRIEFS", "", K09_B1, "")
d.paras(1,
        "Oyster farmers on the tidal flats east of Saltmere say that their beds have been raided eleven times "
        "since April, always at low water on moonless nights. The raiders come by quad bike across the sand, "
        "strip the trestles and leave before the tide turns.",
        "The farmers suspect the same crews who run fuel across the bay, and say the raids began when the "
        "harbour police moved their night patrol to the fuel jetties. The police say they have too few "
        "officers to watch both, and have advised the farmers to form a watch of their own.")
d.add()
d.fur("Henrike Abasolo-Strand, Research Associate, Saltmere Coast Institute", "", K09_B2, "")
d.paras(2,
        "Work began in June on a radar mast at Corrow Point, the headland that overlooks the approaches to "
        "Saltmere harbour. The mast, paid for by the coastal ministry, will give the harbour police a view of "
        "small craft out to twenty nautical miles when it is finished in the autumn.",
        "Fishermen at Corrow have welcomed the mast but asked who will watch its screens. The harbour "
        "control room already has two radar feeds and one operator per shift.")
d.fur(*scm_head(2), "COMMENTARY", "", K09_C, "", "BY ÅSA LINDQVIST-ADEYEMI", "")
d.paras(3,
        "Every government that has tried to stop the smuggling on this coast has begun by buying boats. The "
        "coastal ministry has bought nine patrol craft since 2031, and the smuggling has grown in every one of "
        "those years.1 The boats are fast and well armed; the smugglers simply avoid them.",
        "What the smugglers cannot avoid is paper. Fuel must be sold, oysters must be bought, and every sale "
        "leaves a trace in a harbour ledger, a wholesaler's book or a bank's records.2 The harbour offices of "
        "Saltmere and Corrow employ four clerks between them, and none has the time to read those traces.")
d.add()
d.para(3, "A coast guard cutter costs as much to run for a year as thirty clerks. Thirty clerks, reading the "
       "ledgers and talking to the wholesalers, would learn more about the trade in a season than the patrol "
       "craft have learned in a decade.3 The argument is not new, but it is unfashionable, because clerks do "
       "not look like security.", brk=(3, scm_head(3, mangled=True)))
d.add()
d.para(3, "The ministry should try it at one harbour for one year and count the results. If the clerks fail, "
       "the boats will still be there.")
d.fur("", "Notes", "")
for t in ["1 Coastal Ministry, procurement records and seizure figures, 2031-2038.",
          "2 Interviews with fish wholesalers in Saltmere, May 2039.",
          "3 Saltmere harbour office, staffing list; enquiries on 0044 812 555 019."]:
    d.para(3, t)
d.add()
d.bio("Åsa Lindqvist-Adeyemi is a senior fellow of the Saltmere Coast Institute and a former harbour clerk.")
d.fur(*scm_head(4)[:1])
META = dict(date="2039-07-07", pub=SCM, volume=2, issue=5)
emit("k09_sibling_slash_contents_briefs_signed_name_role_org_unsigned_then_label_caps_by_glued_notes_phone_bio_no_label", d, [
    dict(title=K09_B1, authors=["Henrike Abasolo-Strand"], kind="brief", **META),
    dict(title=K09_B2, authors=[], kind="brief", **META),
    dict(title=K09_C, authors=["Åsa Lindqvist-Adeyemi"], kind="commentary", **META)],
    comments=["Open choices: `No. 5 · Vol. 2` is volume 2, issue 5; the signature `NAME, Research Associate, Saltmere",
              "Coast Institute` under the first brief names its author and is not text; the second brief is",
              "unsigned; `BY ÅSA LINDQVIST-ADEYEMI` is labelled in the case her bio prints; the glued note numbers",
              "stay in the text and the notes entries (a span of years, a phone number) are text; the bio straight",
              "after the notes is not text; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# k10: shapes mixed: the publisher's email carrying a whole Terrorism Monitor issue as plain text (hard-wrapped at 72,
# paragraphs apart by blank lines): a mail header, a web link, `TERRORISM MONITOR — VOLUME 37 — ISSUE 14 — 15 July 2039`;
# `DISPATCHES` (plural) over a run of two: a name line over a role line with an institution, and `By Sqn Ldr NAME` (a
# rank without dots) with a paragraph opening `By the time …`, `(n)` markers after a space, an `About the author:` block
# before the notes and a notes entry wrapped over two lines; the feet: forwarding prompt, preferences, unsubscribe and
# the postal address.
d = Doc(72)
K10_D1 = "Queues, Permits and Patience at the Hesk Crossing"
K10_D2 = "Flying the Border: What the Air Patrols Miss"
d.fur("From: The Linden Hall Institute <monitor@lindenhall.example>", "To: subscriber@inbox.example",
      "Subject: Terrorism Monitor, Volume 37, Issue 14 is out", "Date: Fri, 15 Jul 2039 12:30:09 +0000", "",
      "Read this issue online: https://lindenhall.example/tm/37/14", "",
      "TERRORISM MONITOR — VOLUME 37 — ISSUE 14 — 15 July 2039", "", "In this issue:", f"  {K10_D1}",
      f"  {K10_D2}", "", "DISPATCHES", "", K10_D1, "", "Gustavo Ribeiro-Nakamura",
      "Reporter, The Linden Hall Institute", "")
d.paras(1,
        "The queue at the Hesk crossing begins at the fuel station two kilometres from the border post, and on "
        "the morning I joined it, it did not move for three hours. Since the permit system began in June, "
        "every traveller needs a paper from the district office in Marrowgate, and the office issues two "
        "hundred a day.",
        "The permits were introduced after the armed bands of the Hesk hills used the crossing to move men "
        "and weapons in the spring. Border officials say the system has stopped that traffic. Travellers say "
        "it has stopped almost everything else, and that a permit can be bought from a man outside the "
        "district office for a week's wages.",
        "Those without the money wait, or take the hill paths that the permits were meant to close. The "
        "border police know the paths and say they cannot watch them all.")
d.fur("", K10_D2, "", "By Sqn Ldr Priya Venkataraman-Holt", "")
d.paras(2,
        "By the time an air patrol reaches the Hesk hills from the base at Marrowgate, the men it is looking "
        "for have usually heard it coming. I flew the border twice a week for two years, and in that time we "
        "saw armed men on the paths perhaps a dozen times (1).",
        "The patrols are not useless. They show the flag, they photograph new tracks and they reassure the "
        "border villages. But they are a poor way to find small groups that move at night and hide by day, "
        "and the air force has been asked to do more with them than they can do (2).",
        "A few listening posts on the ridges, manned by people from the border villages, would learn more in "
        "a month than the patrols learn in a year, at a fraction of the cost.")
d.add()
d.bio("About the author: Priya Venkataraman-Holt flew border patrols with the air force until 2038 and now "
      "advises the Marrowgate district council.", width=72)
d.fur("", "Notes", "")
for t in ["(1) Flight logs of the author's squadron, summarised with the air force's permission, 2036-2038.",
          "(2) Ministry of Defence, tasking orders for the border air patrols, issued under reference "
          "MD/BP/2037/14, 3 March 2037."]:
    d.para(2, t)
d.fur("", "-" * 72, "Enjoyed this issue? Forward it to a colleague; they can subscribe at lindenhall.example/tm.",
      "Update your preferences | Unsubscribe from the Terrorism Monitor",
      "The Linden Hall Institute, 9 Orchard Walk, Marrowgate")
META = dict(date="2039-07-15", pub=TM, volume=37, issue=14)
emit("k10_mixed_email_carrying_tm_issue_dispatches_run_name_over_role_squadron_leader_by_the_time_about_before_notes", d, [
    dict(title=K10_D1, authors=["Gustavo Ribeiro-Nakamura"], kind="dispatch", **META),
    dict(title=K10_D2, authors=["Priya Venkataraman-Holt"], kind="dispatch", **META)],
    comments=["Open choices: the email carries a whole Terrorism Monitor issue, so the publication is the monitor (not",
              "the institute that sends it) and `VOLUME 37 — ISSUE 14` its numbering; `DISPATCHES` over a run of two",
              "pieces names each a dispatch; the role line under the first name is not text; `Sqn Ldr` is a rank",
              "left out of the name; `By the time …` opens a paragraph (text); the `About the author:` block before",
              "the notes is not text, the notes after it are."],
    sidecar="publication: Terrorism Monitor")
