"""mix54-new: twelve invented raw files in the proportions of the hidden set of issue 6, written by a helper before any
run from monitors, sites, people and places of the writer's own invention (dated 2048), in shapes, wordings and layouts
chosen file by file to differ from mix49-new to mix53-new: three whole Terrorism Monitor issues as PDF text with blank
lines (s01-s03), two whole issues of invented sibling monitors (s04 with blank lines, s05 printed WITHOUT them), two web
versions of monitor articles, one article per page (s06 of s01's feature, s07 of s04's explainer), and five pages
scraped from other kinds of sites, one line per paragraph, three of them opening with a crawler's YAML block (s08-s12).
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with long lower-case words hyphenated at line ends.
The helpers (Doc, emit) are those of issues48-new/gen.py, copied unchanged.
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


TM = "Terrorism Monitor"

# ---------------------------------------------------------------------------------------------------------------------
# s01: a whole Terrorism Monitor issue, PDF text with blank lines: the name in ordinary case over a tagline and
# `Vol. XLVI (2048)  ·  Issue 3  ·  7 February` (the year in brackets after the volume, the day and month after the
# issue), `ARTICLES IN THIS ISSUE` of lettered entries `A.  Title` with the author and dotted page on an indented line
# under each, the run as one entry; feature A `BY DR. NAME` (capitals, honorific), a title-like subheading, `[n]`
# markers, `SOURCES AND NOTES` of `1) …` entries, and a bio after them opening `The author, Dr. NAME, …`; `INTERVIEW`
# (singular) `Conducted by NAME`, `Q:` / `A:` lines; `FROM THE FIELD` (a section name) over two: one signed at its end
# `[NAME]`, one `By NAME`; running footers `www.wrenfield.example/tm | TM XLVI·3 | N`, one mangled; sidecar.
d = HDoc(82, hyph=True)
S01_A = "Grain, Diesel and Silence: How the Oskar Ford Cells Pay Their Way"
S01_B = "\u201cWe Count the Boats, Not the Flags\u201d: A Conversation with Harbourmaster Edvina Solberg-Achebe"
S01_C = "Checkpoint Fees Rise on the Vellin Gap Road"
S01_D = "Schoolteachers Return to Dunmarrow After Truce"

def s01_foot(page, mangled=False):
    if mangled:
        return ["", f"www.wrenfield.example/tmTMXLVI\u00b73 \ufffd {page}", "\f"]
    return ["", f"www.wrenfield.example/tm  |  TM XLVI\u00b73  |  {page}", "\f"]

d.fur("Terrorism Monitor", "Analysis of armed movements for those who must answer them",
      "Vol. XLVI (2048)  \u00b7  Issue 3  \u00b7  7 February", "", "ARTICLES IN THIS ISSUE", "",
      "A.  Grain, Diesel and Silence: How the Oskar Ford Cells Pay Their Way",
      "        Ottilie Brannagh ........................................ 1",
      "B.  \u201cWe Count the Boats, Not the Flags\u201d: A Conversation with Harbourmaster",
      "    Edvina Solberg-Achebe",
      "        Jonah Ferrante .......................................... 4",
      "C.  From the Field: two reports from the interior ................ 6", "", "")
d.fur(S01_A, "", "BY DR. OTTILIE BRANNAGH", "")
d.para(1, "For three years the cells that operate around Oskar Ford have kept a low profile. They have claimed no "
       "attacks since the spring of 2045, they have issued no statements, and the provincial police list them as "
       "dormant. Yet the money that moves through the ford's two grain depots and its single diesel station tells "
       "another story.[1]")
d.add()
d.para(1, "By and large, the cells do not steal. They tax. A farmer who sells barley at the Oskar Ford depot pays a "
       "levy of one sack in forty to a collector who sits in the weighing shed, and a lorry that fills up at the "
       "diesel station pays a fixed sum per journey, noted in a school exercise book.[2]",
       brk=(3, s01_foot(2)))
d.add()
d.para(1, "The sums are modest, which is the point. A levy that nobody notices is a levy that nobody reports, and "
       "the collectors are careful to leave the army's own suppliers alone. One officer of the 46th Regiment told "
       "the author that his men bought fuel at the station every week and had never been asked for anything.")
d.add()
d.add("The Ferryman's Ledger at Oskar Ford", 1)
d.add()
d.para(1, "The clearest record of the system is a ledger kept by the ferryman who carries passengers across the "
       "river when the ford is flooded. He notes each crossing and the fee, and since 2046 he has noted a second "
       "column of smaller sums, passed on each Friday to a man from the hill villages.[3] The ledger was shown to "
       "the author on condition that neither the ferryman nor his village be named.",
       brk=(2, s01_foot(3)))
d.add()
d.para(1, "Taken together, the depot levy, the fuel payments and the ferry column would keep perhaps sixty armed "
       "men fed and supplied through a winter. That is roughly the strength the police themselves attributed to "
       "the cells before they were declared dormant.")
d.add()
d.para(1, "The provincial government has two options that cost little. It can put its own clerks in the weighing "
       "sheds, where the collectors now sit unchallenged, and it can pay the ferryman a salary, so that his second "
       "column has no reason to exist.[4]")
d.add()
d.add("SOURCES AND NOTES", 0)
d.add()
d.para(1, "1) Provincial Police of Lower Merrow, annual threat assessment, edition of January 2048, annex C.")
d.para(1, "2) Interviews by the author with six farmers and two lorry drivers at Oskar Ford, November and December "
       "2047.")
d.para(1, "3) Ferry ledger for the Oskar Ford crossing, entries for March 2046 to October 2047, seen by the author.")
d.para(1, "4) For a comparable scheme, see Merrow Agricultural Board, Report on Depot Staffing (Merrow, 2044).")
d.add()
d.bio("The author, Dr. Ottilie Brannagh, directs the rural security programme at the Coldharbour Institute and has "
      "written on the economies of armed groups in the Merrow basin since 2039.")
d.fur("", "INTERVIEW", "", "\u201cWe Count the Boats, Not the Flags\u201d: A Conversation with",
      "Harbourmaster Edvina Solberg-Achebe", "", "Conducted by Jonah Ferrante", "")
d.para(2, "Edvina Solberg-Achebe has been harbourmaster at Quellport for eleven years, long enough to remember the "
       "season when the smuggling boats stopped flying any flag at all. She spoke to the Monitor in her office "
       "above the fish market in late January.")
d.add()
d.para(2, "Q: What changed on the water this winter?")
d.add()
d.para(2, "A: The boats changed before the people did. We began to see fast hulls with two engines and no name "
       "painted on them, leaving after midnight and coming back before the fishing fleet. We count them from the "
       "tower. We count the boats, not the flags, because the flags mean nothing now.", brk=(2, s01_foot(4)))
d.add()
d.para(2, "Q: Who do you report them to?")
d.add()
d.para(2, "A: To the coast guard, every morning, in writing. For a long time nothing happened. Since December they "
       "have had a patrol boat at the harbour mouth on three nights a week, and on those nights the fast hulls do "
       "not come.")
d.add()
d.para(2, "Q: Is that enough?")
d.add()
d.para(2, "A: It moves the problem along the coast. Signed by the port council last month, our request for a "
       "second boat is still on someone's desk in the capital.")
d.fur("", "FROM THE FIELD", "", S01_C, "")
d.para(3, "VELLIN GAP, 2 February \u2014 Drivers on the road through the Vellin Gap say the fee demanded at the "
       "unofficial checkpoint below the pass has doubled since the new year, to forty crowns for a loaded lorry. "
       "The men at the barrier wear no uniform and give no receipt.", brk=(2, s01_foot(5, mangled=True)))
d.add()
d.para(3, "The district governor has promised to remove the barrier before the spring thaw opens the road to "
       "heavier traffic. Drivers say they have heard the promise before.")
d.add()
d.add("[Ines Holloway-Tarr]", 0)
d.fur("", S01_D, "", "By Cormac Aldinge", "")
d.para(4, "Eleven of the fourteen teachers who left Dunmarrow when fighting reached the town in October have "
       "returned, the district education office says, and the primary school reopened on Monday with a little "
       "over half of its pupils.")
d.add()
d.para(4, "Parents interviewed at the school gate said they were waiting to see whether the truce held through "
       "the market day before sending the older children back.")
d.fur("", "", "The Terrorism Monitor is published twice monthly by the Wrenfield Foundation, 200 Calloway Street,",
      "Alexandria, VA 22391. Opinions are the authors' alone. \u00a9 2048 The Wrenfield Foundation. All rights",
      "reserved.")
META = dict(date="2048-02-07", pub=TM, volume=46, issue=3)
emit("s01_tm_issue_volume_year_in_brackets_issue_day_month_lettered_contents_caps_byline_honorific_title_like_subheading_notes_paren_entries_bio_the_author_after_notes_interview_from_the_field_run_bracket_signature_url_footers", d, [
    dict(title=S01_A, authors=["Ottilie Brannagh"], kind="feature", **META),
    dict(title=S01_B, authors=["Jonah Ferrante"], kind="interview", **META),
    dict(title=S01_C, authors=["Ines Holloway-Tarr"], kind="brief", **META),
    dict(title=S01_D, authors=["Cormac Aldinge"], kind="brief", **META)],
    comments=["Open choices: `Vol. XLVI (2048) · Issue 3 · 7 February` is volume 46, issue 3, dated 2048-02-07 (the",
              "year is printed after the volume); feature A is listed by title under no label, so a feature; `BY",
              "DR. OTTILIE BRANNAGH` names her without the honorific, in proper case; the subheading is text; notes",
              "`1) …` are text, `SOURCES AND NOTES` is not; the bio after them (`The author, Dr. NAME, …`) is not text;",
              "`INTERVIEW` names its one piece (interview); `Conducted by NAME` is its byline, the harbourmaster is no",
              "author; its `Q:` / `A:` lines are text; `FROM THE FIELD` is a section name over a run, so each piece is",
              "a brief; `[NAME]` after the first brief's text is its signature (not text), `VELLIN GAP, 2 February —`",
              "opens its text; `By and large, …` and `Signed by the port council …` are prose; `the 46th Regiment`",
              "is prose; the footers (one mangled), contents and notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# s02: a whole Terrorism Monitor issue, PDF text with blank lines: `Terrorism Monitor 46:9` (the name with volume and
# issue over a colon on one line) over `May 6, 2048 — a fortnightly of the Wrenfield Foundation`, NO contents;
# `Commentary` (a singular label in title case) over `By Ambassador NAME†` with superscript markers glued to words and
# sentence ends, `Footnotes` of entries opened by the superscript, and the dagger's bio at the article's end; `Analysis`
# over `NAME and Dr NAME` with a title-like subheading and ONE sentence of bio naming both (`The authors are NAME, a …,
# and NAME, a …`); `Monitor Notes` (a section name in title case) over two: `By NAME (PLACE)` and `By NAME and NAME
# (PLACE)`; the running footer printed only once, mangled, between two halves of a sentence; the other page breaks
# print only Word's `N | P a g e`; no sidecar.
d = HDoc(80, hyph=True)
S02_A = "The Slow Return of the Marrowgate Brigades"
S02_B = "Salt Roads and Smugglers' Credit in the Ferrisand Delta"
S02_C = "Bus Depot Attack Halts Night Services in Kelmarsh"
S02_D = "Border Traders Protest New Permit Rules at Dunlow"

def s02_page(n):
    return ["", f"{n} | P a g e", "\f"]

d.fur("Terrorism Monitor 46:9", "May 6, 2048 \u2014 a fortnightly of the Wrenfield Foundation", "", "",
      "Commentary", "", S02_A, "", "By Ambassador Lucan Thorsby\u2020", "")
d.para(1, "Seven years after the Marrowgate Brigades laid down their rifles in a ceremony broadcast from the "
       "cathedral square, their former commanders are quietly buying back what they sold. Land registries in three "
       "districts record transfers of farmland to men who once held brigade ranks.\u00b9")
d.add()
d.para(1, "Translated by volunteers overnight, the leaflet that appeared in the Marrowgate markets in March did not "
       "call anyone to arms. It asked former fighters to register with a veterans' association that the government "
       "has never recognised, and gave an address in the old brigade headquarters.\u00b2",
       brk=(3, s02_page(1)))
d.add()
d.para(1, "None of this is illegal. The peace accord allowed former combatants to own land and to organise. What "
       "should worry the capital is the pattern: the association's branches follow the old brigade districts "
       "exactly, and its treasurers are the men who kept the brigades' books.\u00b3")
d.add()
d.para(1, "Diplomats who negotiated the accord, the author among them, assumed that the brigades would dissolve "
       "into ordinary politics. They have dissolved into property instead, which is slower and harder to see, and "
       "far harder to undo if the accord fails.")
d.add()
d.add("Footnotes", 0)
d.add()
d.para(1, "\u00b9 Marrowgate District Land Office, register of transfers, 2045\u20132047, seen by the author.")
d.para(1, "\u00b2 Leaflet distributed in the Marrowgate central market, 14 March 2048; copy held by the author.")
d.para(1, "\u00b3 Interviews with two former brigade officers, Marrowgate, April 2048.")
d.add()
d.bio("\u2020 Lucan Thorsby was his country's ambassador to the Marrowgate talks from 2039 to 2041 and is now a "
      "visiting fellow at the Wrenfield Foundation.")
d.fur("", "", "Analysis", "", S02_B, "", "Pell Ravensholt and Dr Ayesha Kintore-Vale", "")
d.para(2, "Nobody in the Ferrisand Delta pays cash for salt. The sacks that leave the pans on the southern shore "
       "are paid for months later, on credit extended by a handful of brokers in the river towns, and that credit "
       "has become the delta's real currency.")
d.add()
d.para(2, "Over the past two years the brokers have found new customers. Armed crews that move fuel and cigarettes "
       "across the delta's western channels now settle their debts in salt credit, which passes from hand to hand "
       "without a bank and without a trace.", brk=(2, ["", "TerrorismMonitor46:9\u2666May6,2048", "\f"]))
d.add()
d.add("Salt, Smoke and a Closed Border", 2)
d.add()
d.para(2, "The closure of the western border crossing in 2046 made the arrangement more valuable. Goods that once "
       "crossed in lorries now cross in boats at night, and the boatmen must be paid in something other than the "
       "currency of either country. A broker in Ferrisand town told us he now handles more smugglers' credit than "
       "farmers'.")
d.add()
d.para(2, "The traffic is easy to see from Highway 46 at kilometre 9, where the road runs along the channel and "
       "the boats tie up in daylight. What is hard to see is the ledger behind them, and that is where the "
       "authorities would need to look.", brk=(2, s02_page(2)))
d.add()
d.para(2, "A licensing scheme for salt brokers, with books open to inspection, would not end the smuggling. It "
       "would make the delta's hidden bank visible, and it would give the honest brokers a reason to stay honest.")
d.add()
d.bio("The authors are Pell Ravensholt, a journalist who has reported from the delta since 2041, and Dr Ayesha "
      "Kintore-Vale, a lecturer in economic history at the University of Sarrowby.")
d.fur("", "", "Monitor Notes", "", S02_C, "", "By Tamsin Oyelaran-Pike (Kelmarsh)", "")
d.para(3, "Gunmen set fire to four buses at the municipal depot in Kelmarsh on the night of 1 May, and the city "
       "has suspended all services after nine in the evening until further notice. No one was hurt; the night "
       "watchman was tied up and left in the ticket office.")
d.add()
d.para(3, "A group calling itself the Kelmarsh Workers' Front claimed the attack in a message to a local radio "
       "station, saying the depot had dismissed drivers who joined a strike last year.")
d.fur("", S02_D, "", "By Gideon Marsh-Abara and Leonie Castellane (Dunlow)", "")
d.para(4, "Several hundred traders closed the road to the Dunlow crossing for most of Monday in protest at new "
       "permit rules that require every trader to carry a photographic pass issued in the provincial capital, a "
       "day's journey away.")
d.add()
d.para(4, "The provincial governor agreed in the evening to send clerks to Dunlow to issue the passes on the spot. "
       "The traders reopened the road but said they would close it again if the clerks had not arrived by Friday.")
d.fur("", "", "Terrorism Monitor is a publication of the Wrenfield Foundation. The opinions expressed are solely",
      "those of the authors. For reprint permission, write to permissions@wrenfield.example. \u00a9 2048.")
META = dict(date="2048-05-06", pub=TM, volume=46, issue=9)
emit("s02_tm_issue_name_volume_colon_issue_date_dash_fortnightly_no_contents_commentary_ambassador_dagger_superscripts_footnotes_dagger_bio_analysis_joint_one_sentence_bio_monitor_notes_run_name_place_brackets_page_word_footer_once", d, [
    dict(title=S02_A, authors=["Lucan Thorsby"], kind="commentary", **META),
    dict(title=S02_B, authors=["Pell Ravensholt", "Ayesha Kintore-Vale"], kind="analysis", **META),
    dict(title=S02_C, authors=["Tamsin Oyelaran-Pike"], kind="brief", **META),
    dict(title=S02_D, authors=["Gideon Marsh-Abara", "Leonie Castellane"], kind="brief", **META)],
    comments=["Open choices: `Terrorism Monitor 46:9` is volume 46, issue 9; the date is the line under it",
              "(2048-05-06); there are no contents; `Commentary` and `Analysis` (singular, in title case) name their",
              "pieces; `By Ambassador NAME†` names him without the honorific or the dagger, and the dagger's note",
              "at the article's end is his bio (not text); `Footnotes` is the notes heading (not text), its entries",
              "opened by the superscript are text; `NAME and Dr NAME` on a line of its own names both (no `Dr`); the",
              "one-sentence bio of both after the text is not text; `Monitor Notes` is a section name over a run, so",
              "each piece is a brief; `By NAME (PLACE)` names NAME (the place left out); `Translated by volunteers",
              "…` is prose; `Highway 46 at kilometre 9` is prose; the once-printed mangled footer, the `N | P a g e`",
              "lines and the closing notice are furniture; the subheading is text."])

# ---------------------------------------------------------------------------------------------------------------------
# s03: a whole Terrorism Monitor issue, PDF text with blank lines: the name over a masthead set as a TABLE (`VOLUME
# ISSUE PUBLISHED` over `XLVI  20  16 OCTOBER 2048`), contents under `In depth` and `Watchlist` of entries `Title –
# NAME [N]` (the page in square brackets at the end), one wrapped; `CASE STUDY` over `Prof. NAME, with NAME` (a
# co-author joined by `with`), `[n]` markers and `References` of `N. NAME, "Title," Site, accessed DATE, URL`, no bio;
# `RETROSPECTIVE` over `By NAME | Guest contributor` with a closing bio `Ms. NAME is …`; `WATCHLIST` (a section name)
# over three: `By NAME`, a bare name line, and an unsigned piece closed by `(Monitor staff)`; running headers at the
# top of pages `Terrorism Monitor ◼ Volume XLVI ◼ Issue 20`, one mangled, with `p.N` at the foot; sidecar.
d = HDoc(84, hyph=True)
S03_A = "Ransom by Instalment: Kidnapping Finance on the Sarrow Coast"
S03_B = "Twenty Years of the Hollin Accord"
S03_C = "Militia Disbands Its Youth Wing in Ostrevar"
S03_D = "Ferry Workers Threatened in Port Callan"
S03_E = "Weapons Cache Found Under Chapel at Wenlock Bar"

def s03_break(page, mangled=False):
    head = ("TerrorismMonitor\u25fcVolumeXLVI\u25fcIssue20 \u00a7" if mangled
            else "Terrorism Monitor \u25fc Volume XLVI \u25fc Issue 20")
    return ["", f"p.{page}", "\f", head, ""]

d.fur("TERRORISM MONITOR", "",
      "VOLUME          ISSUE          PUBLISHED",
      "XLVI            20             16 OCTOBER 2048", "",
      "In depth",
      "Ransom by Instalment: Kidnapping Finance on the Sarrow Coast \u2013 Marek Innisfail",
      "   and Rosalind Achterhof [1]",
      "Twenty Years of the Hollin Accord \u2013 Philippa Dunstaple-Ngata [4]",
      "Watchlist",
      "Militia Disbands Its Youth Wing in Ostrevar \u2013 Oren Blackwater-Sayed [6]", "", "",
      "CASE STUDY", "", S03_A, "", "Prof. Marek Innisfail, with Rosalind Achterhof", "")
d.para(1, "Kidnappers on the Sarrow coast no longer ask for a single payment. Since 2046 the gangs that seize "
       "fishing crews have offered families a schedule: a first sum to keep the hostage fed, a second to move him "
       "ashore, and a third for his release, spread over as much as a year.[1]")
d.add()
d.para(1, "The change looks like cruelty, and it is, but it is also a response to the coast's poverty. Few "
       "families can raise a whole ransom at once. By accepting instalments the gangs have widened the pool of "
       "people worth taking, from boat owners to ordinary deckhands.[2]", brk=(2, s03_break(2)))
d.add()
d.para(1, "Issue 20 of the gangs' own handwritten bulletin, in its second volume, set out the terms in a table "
       "that families were shown in the harbour tea houses. The bulletin is crude, but its arithmetic is careful, "
       "and it promises a discount for early payment.[3]")
d.add()
d.add("The Brokers in the Tea Houses", 1)
d.add()
d.para(1, "Between the gangs and the families stand brokers, usually retired fishermen, who carry messages and "
       "money and take a share of each instalment. The coast guard knows most of them by name. None has been "
       "charged, because each of them is also the only line to a hostage.", brk=(3, s03_break(3, mangled=True)))
d.add()
d.para(1, "Any serious response would start with the brokers: registering them, protecting them and paying them "
       "to report. It would be distasteful, and it would save lives.")
d.add()
d.add("References", 0)
d.add()
d.para(1, "1. Sarrow Coast Guard, \u201cAnnual Return on Maritime Abductions 2047,\u201d Coast Guard of Sarrow, "
       "accessed 2 October 2048, https://coastguard.sarrow.example/returns/2047.")
d.para(1, "2. Rosalind Achterhof, \u201cDeckhands and Debts,\u201d Harbour Review, accessed 5 October 2048, "
       "https://harbourreview.example/deckhands-and-debts.")
d.para(1, "3. Copy of the bulletin seen by the authors in Port Sarrow, August 2048.")
d.fur("", "", "RETROSPECTIVE", "", S03_B, "", "By Philippa Dunstaple-Ngata | Guest contributor", "")
d.para(2, "When the Hollin Accord was signed in a schoolroom in October 2028, few of those present expected it to "
       "last a winter. The valley's two militias had broken four ceasefires in as many years, and the schoolroom "
       "was chosen because it was the only building on the front line with a roof.")
d.add()
d.para(2, "It has now lasted twenty years. The militias became parties, then lost elections, then became "
       "something like ordinary political clubs, with offices above shops and quarrels about money. The valley "
       "is poorer than its neighbours, but nobody in it has been shot for politics since 2031.",
       brk=(2, s03_break(4)))
d.add()
d.add("What the Schoolroom Got Right", 2)
d.add()
d.para(2, "The accord's drafters made one decision that looks wiser every year: they left the militias' commanders "
       "their pensions. A man with a pension to lose, one of them told me, does not go back to the hills.")
d.add()
d.bio("Ms. Philippa Dunstaple-Ngata reported on the Hollin valley for the Northern Evening Star from 2026 to 2034 "
      "and is writing a history of the accord.")
d.fur("", "", "WATCHLIST", "", S03_C, "", "By Oren Blackwater-Sayed", "")
d.para(3, "The Ostrevar Defence Militia announced on 11 October that it had disbanded its youth wing, which "
       "recruited boys from the age of fourteen. Parents in the town said the wing's hut by the football ground "
       "had been locked and its flag taken down.", brk=(2, s03_break(5)))
d.add()
d.para(3, "The militia's spokesman said the decision followed talks with the regional council. He did not say "
       "what had been offered in return.")
d.fur("", S03_D, "", "Solveig Amberlyn", "")
d.para(4, "Leaflets posted on the gates of the ferry terminal at Port Callan have threatened workers who load "
       "vehicles for the island service, accusing them of carrying police cars to the islands. The ferry company "
       "has hired guards for the night shift.")
d.fur("", S03_E, "")
d.para(5, "Police searching a disused chapel at Wenlock Bar found rifles, two mortars and several hundred "
       "rounds of ammunition beneath the floor of the vestry. The chapel was sold to a private buyer in 2044; the "
       "police have not named him.")
d.add()
d.add("(Monitor staff)", 0)
d.fur("", "", "Terrorism Monitor \u00b7 The Wrenfield Foundation \u00b7 200 Calloway Street, Alexandria, VA 22391",
      "Views expressed are the authors' own. \u00a9 2048 The Wrenfield Foundation.")
META = dict(date="2048-10-16", pub=TM, volume=46, issue=20)
emit("s03_tm_issue_masthead_table_volume_issue_published_contents_in_depth_watchlist_page_square_brackets_case_study_prof_with_coauthor_references_accessed_retrospective_guest_contributor_ms_bio_watchlist_run_monitor_staff", d, [
    dict(title=S03_A, authors=["Marek Innisfail", "Rosalind Achterhof"], kind="case study", **META),
    dict(title=S03_B, authors=["Philippa Dunstaple-Ngata"], kind="retrospective", **META),
    dict(title=S03_C, authors=["Oren Blackwater-Sayed"], kind="brief", **META),
    dict(title=S03_D, authors=["Solveig Amberlyn"], kind="brief", **META),
    dict(title=S03_E, authors=[], kind="brief", **META)],
    comments=["Open choices: the masthead is a table, `XLVI 20 16 OCTOBER 2048` under `VOLUME ISSUE PUBLISHED`:",
              "volume 46, issue 20, 2048-10-16; `CASE STUDY` and `RETROSPECTIVE` (singular labels) name their pieces;",
              "`Prof. NAME, with NAME` names both (no `Prof.`); `By NAME | Guest contributor` names NAME (the role is",
              "left out); `WATCHLIST` is a section name over a run of three, so each piece is a brief; a bare name",
              "line is a byline; `(Monitor staff)` after the last piece names nobody and is not text; `References`",
              "is the notes heading (not text), its `N. … accessed …, URL` entries are text; the closing `Ms. NAME is",
              "…` is a bio (not text); `Issue 20 of the gangs' own handwritten bulletin, in its second volume` is",
              "prose; `By accepting instalments …` is prose inside a paragraph; the subheadings are text; running",
              "headers (one mangled), `p.N` lines, contents and notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# s04: a whole issue of an invented sibling monitor, *Teshwin Valley Monitor*, PDF text with blank lines: the name in
# ordinary case over `Issue 12 (March 2048)` (the month and year in brackets after the issue, no volume) and the
# trust's line; contents of entries `Title ..... label, p. N` (the label in lower case after the title); singular
# labels `EXPLAINER` (`Text by NAME`, `[n]` markers, `Notes:` with a colon over `[n]` entries, no bio), `REPORTAGE`
# (`Reported and written by NAME and NAME`, a title-like subheading, a running footer between two halves of a
# sentence, a joint bio of both in one sentence after the text) and `UPDATE` twice (one `By NAME`, one unsigned opening
# with a dateline); running footers `Teshwin Valley Monitor · Issue 12 · March 2048 · N`; the trust's notice; no sidecar.
d = HDoc(78, hyph=True)
TVM = "Teshwin Valley Monitor"
S04_A = "Who Guards the Teshwin Dams?"
S04_B = "The Shepherds Who Stayed: Winter on the Harrack Pastures"
S04_C = "Road to Ossery Reopens After Landslide"
S04_D = "Mine Clearance Teams Reach Upper Fellin"

def s04_foot(page):
    return ["", f"Teshwin Valley Monitor \u00b7 Issue 12 \u00b7 March 2048 \u00b7 {page}", "\f"]

d.fur("Teshwin Valley Monitor", "Issue 12 (March 2048)",
      "Published by the Harlow Trust for Mountain Communities", "",
      f"{S04_A} ........................ explainer, p. 1",
      f"{S04_B} ..... reportage, p. 3",
      "Road to Ossery Reopens; Mine Clearance Teams Reach Upper Fellin .... updates, p. 5", "", "",
      "EXPLAINER", "", S04_A, "", "Text by Anwen Castellaro-Bligh", "")
d.para(1, "Three dams hold back the Teshwin river above the valley towns, and between them they supply most of "
       "the province's electricity. Since the ceasefire of 2046 they have been guarded by three different forces, "
       "and the question of which force answers for what has never been settled.[1]")
d.add()
d.para(1, "The upper dam at Harrack is guarded by the army, which built the road to it. The middle dam is guarded "
       "by a private company hired by the power utility. The lower dam, nearest the towns, is guarded by the "
       "police, who complain that they have neither the men nor the boats for the job.[2]", brk=(3, s04_foot(1)))
d.add()
d.para(1, "Each arrangement works on its own. The trouble lies at the edges. In January a fishing boat drifted "
       "from the police zone into the company's zone at night and was fired on; nobody could say afterwards who "
       "had given the order to shoot.")
d.add()
d.para(1, "A single authority for the river, with one set of rules for the use of force, was proposed by the "
       "provincial assembly last year. The bill has not been debated.[3]")
d.add()
d.add("Notes:", 0)
d.add()
d.para(1, "[1] Teshwin Provincial Assembly, Committee on Infrastructure, hearing of 9 November 2047.")
d.para(1, "[2] Interview with a police inspector at Lower Teshwin, February 2048.")
d.para(1, "[3] Draft River Authority Bill, tabled 3 June 2047.")
d.fur("", "", "REPORTAGE", "", S04_B, "", "Reported and written by Bryn Attenborough-Oke and Marisol Vendrake", "")
d.para(2, "The Harrack pastures empty every October. The flocks go down to the valley, the shepherds go with "
       "them, and the stone huts on the high ground are left to the snow. This winter, for the first time in "
       "living memory, seven families stayed.")
d.add()
d.para(2, "They stayed because the valley was no longer safe for them. Two shepherds from Harrack were shot on "
       "the road to the winter markets last year, and the families decided that the cold was the lesser danger. "
       "Lot 12 at the March livestock auction, a pen of forty ewes, was theirs, driven down in a single day and "
       "sold before dark.", brk=(3, s04_foot(3)))
d.add()
d.para(2, "Photographed by a girl of twelve on a borrowed phone, the hut that serves as a school has become the "
       "best-known picture of the pastures in the valley towns, where it is shared as proof that the families are "
       "alive and well.")
d.add()
d.add("A Village Above the Snowline", 2)
d.add()
d.para(2, "We reached the pastures on foot in February, following a path the shepherds had kept open with "
       "shovels. The huts were warm and crowded. The families had pooled their fuel and their flour, and the "
       "children were taught in the largest hut by a woman who had once trained as a teacher.")
d.add()
d.para(2, "Asked whether they would stay again next winter, most of the men said they would rather not. The women "
       "were less certain. Up here, one of them said, nobody asks whose side you are on.")
d.add()
d.bio("Bryn Attenborough-Oke and Marisol Vendrake are freelance reporters based in Ossery who have covered the "
      "Teshwin valley since 2044.")
d.fur("", "", "UPDATE", "", S04_C, "", "By Keziah Farrow-Lindqvist", "")
d.para(3, "The road between Ossery and the upper valley reopened on 24 February after engineers cleared a "
       "landslide that had blocked it for nine days. Lorries carrying flour and fuel were the first through.",
       brk=(1, s04_foot(5)))
d.add()
d.para(3, "Engineers warned that the slope above the road remains unstable and that the road may be closed again "
       "at short notice if the thaw brings more rain.")
d.fur("", "", "UPDATE", "", S04_D, "")
d.para(4, "UPPER FELLIN, 27 February \u2014 Two mine clearance teams from the provincial demining office reached "
       "Upper Fellin this week, the first to work in the village since it was shelled in 2045. They expect to clear "
       "the school grounds and the spring path before the end of April.")
d.fur("", "", "The Teshwin Valley Monitor is published monthly by the Harlow Trust for Mountain Communities,",
      "a registered charity. The views of contributors are their own. \u00a9 The Harlow Trust 2048.")
META = dict(date="2048-03-01", pub=TVM, volume=None, issue=12)
emit("s04_sibling_issue_number_month_year_in_brackets_contents_title_dots_lower_label_page_explainer_text_by_notes_colon_reportage_reported_and_written_by_joint_bio_update_singular_twice_dateline_footers", d, [
    dict(title=S04_A, authors=["Anwen Castellaro-Bligh"], kind="explainer", **META),
    dict(title=S04_B, authors=["Bryn Attenborough-Oke", "Marisol Vendrake"], kind="reportage", **META),
    dict(title=S04_C, authors=["Keziah Farrow-Lindqvist"], kind="update", **META),
    dict(title=S04_D, authors=[], kind="update", **META)],
    comments=["Open choices: `Issue 12 (March 2048)` is issue 12 with no volume, dated 2048-03-01 (only the month",
              "and year are printed); singular labels name their pieces (`EXPLAINER`, `REPORTAGE`, `UPDATE` twice);",
              "`Text by NAME` and `Reported and written by NAME and NAME` are bylines; `Notes:` is the notes",
              "heading (not text), its `[n]` entries are text; the joint bio after the reportage is not text; the",
              "last update is unsigned and its dateline `UPPER FELLIN, 27 February —` opens its text; `Lot 12 at the",
              "March livestock auction` is prose; the subheading is text; contents, footers and notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# s05: a whole issue of an invented sibling monitor, *Corvell Lakes Monitor*, printed WITHOUT blank lines: the name in
# capitals, `Vol. 4, Issue 7 (Whole No. 31)  –  21 November 2048` (a running whole number in brackets), the
# institute's line, contents in a ruled box of `+---+` and `|` lines; `DEEP DIVE` (singular, two words) over `By NAME
# and NAME` with `[n]`, a subheading, `Notes` and a bio of each co-author after the Notes; `BRIEFLY NOTED` (a section
# name) over three (`By Capt. (retd) NAME`, `by NAME` in lower case, unsigned); `RESPONSE` (singular) over `By NAME,
# director of …`; running headers `Corvell Lakes Monitor — Vol. 4(7), November 2048 — page N` between halves of
# sentences, one mangled; sidecar.
d = HDoc(80, hyph=True)
CLM = "Corvell Lakes Monitor"
S05_A = "The Lake Patrols and the Price of Fish"
S05_B = "Fishing Licences Suspended at Hessick Pier"
S05_C = "Ferry Captain Released Without Charge"
S05_D = "New Radio Mast for the Island Clinics"
S05_E = "A Reply on the Lake Patrols"

def s05_head(page, mangled=False):
    if mangled:
        return [f"CorvellLakesMonitor\u2014Vol.4(7),November2048\u2014page{page} \u2020"]
    return [f"Corvell Lakes Monitor \u2014 Vol. 4(7), November 2048 \u2014 page {page}"]

d.fur("CORVELL LAKES MONITOR", "Vol. 4, Issue 7 (Whole No. 31)  \u2013  21 November 2048",
      "An occasional publication of the Saltreed Institute for Lake Studies",
      "+--------------------------------------------------------------+",
      "| Deep dive   The Lake Patrols and the Price of Fish        2  |",
      "| Briefly noted   three items from the shore                5  |",
      "| Response    A Reply on the Lake Patrols                   6  |",
      "+--------------------------------------------------------------+",
      "DEEP DIVE", S05_A, "By Halloran Mbeki-Stroud and Greta Vossberg")
d.para(1, "On the three great lakes of Corvell, the price of fish is set not at the market but on the water. Since "
       "the lake patrols were armed in 2046, every boat that lands a catch has passed at least one patrol launch, "
       "and the crews say that each launch takes its share.[1]")
d.para(1, "The patrols were created to stop the movement of weapons across the lakes, and they have had some "
       "success. Seizures rose in their first year. But the men on the launches are paid late and poorly, and the "
       "fishing fleet has become their second payroll.[2]", brk=(2, s05_head(3)))
d.para(1, "Fishermen at Hessick told us they now pay at three points: at the patrol line off the northern islands, "
       "at the mouth of the harbour, and on the pier itself, where men in plain clothes collect a fee for each "
       "crate. The patrol commanders deny any knowledge of the pier fees.")
d.para(1, "By-catch that once went to the Hessick canneries is now thrown back, because no crew will pay three "
       "fees to land a crate of fish worth less than one of them.")
d.add("Where the Fish Go Instead", 1)
d.para(1, "Some crews have stopped landing at Hessick altogether. They sell their catch at sea to buyers from the "
       "southern shore, who pay less but ask no questions, and a survey grid that once counted the boats at "
       "Sector 4, Grid 7 now counts almost none.[3]", brk=(1, s05_head(4, mangled=True)))
d.para(1, "Paying the patrols on time would not end the practice, but it would remove the excuse for it. So would "
       "a pier run by the fishermen's cooperative rather than by the harbour board.")
d.add("Notes", 0)
d.para(1, "[1] Interviews with eleven boat crews at Hessick and Marrin Cove, September and October 2048.")
d.para(1, "[2] Corvell Lakes Command, statement on seizures, 4 January 2048.")
d.para(1, "[3] Saltreed Institute boat counts, northern survey grid, 2045\u20132048.")
d.bio("Halloran Mbeki-Stroud is a research fellow at the Saltreed Institute. Greta Vossberg is a photographer and "
      "writer who has lived at Marrin Cove since 2040.")
d.add("BRIEFLY NOTED", 0)
d.fur(S05_B, "By Capt. (retd) Edmund Ferrars-Quaye")
d.para(2, "The harbour board has suspended all fishing licences at Hessick Pier for a month after a fight between "
       "crews and plain-clothes collectors left two men in hospital. Boats may still land their catch but may not "
       "sell it on the pier.", brk=(2, s05_head(5)))
d.para(2, "The cooperative says the suspension punishes the crews for what was done to them.")
d.fur(S05_C, "by Ysolde Marchbanks")
d.para(3, "The captain of the island ferry, held for four days after a crate of rifle parts was found in his hold, "
       "was released on Tuesday without charge. Police say the crate was loaded without his knowledge.")
d.fur(S05_D)
d.para(4, "Engineers have raised a new radio mast on Tarrow Island so that the clinics on the three outer islands "
       "can call the mainland hospital at night. Until now the clinics relied on the ferry's radio.")
d.fur("RESPONSE", S05_E, "By Ingrid Solvang-Adair, director of the Corvell Lakes Command's civil office")
d.para(5, "The Monitor's account of the lake patrols describes real problems, and the Command does not dispute "
       "that some patrol crews have been paid late. It does dispute the suggestion that collecting fees from "
       "fishermen is tolerated. Four officers were dismissed for it this year.")
d.para(5, "The Command has also asked the harbour board to hand the pier at Hessick to the cooperative, as the "
       "authors propose. We agree with them that the pier is where the worst abuses happen.")
d.fur("The Corvell Lakes Monitor is an occasional publication of the Saltreed Institute for Lake Studies.",
      "It may be quoted with acknowledgement. \u00a9 Saltreed Institute 2048.")
META = dict(date="2048-11-21", pub=CLM, volume=4, issue=7)
emit("s05_sibling_no_blank_lines_vol_issue_whole_number_brackets_ruled_box_contents_deep_dive_notes_bio_each_after_notes_briefly_noted_run_capt_retd_lower_by_unsigned_response_director_headers_mangled", d, [
    dict(title=S05_A, authors=["Halloran Mbeki-Stroud", "Greta Vossberg"], kind="deep dive", **META),
    dict(title=S05_B, authors=["Edmund Ferrars-Quaye"], kind="brief", **META),
    dict(title=S05_C, authors=["Ysolde Marchbanks"], kind="brief", **META),
    dict(title=S05_D, authors=[], kind="brief", **META),
    dict(title=S05_E, authors=["Ingrid Solvang-Adair"], kind="response", **META)],
    comments=["Open choices: `Vol. 4, Issue 7 (Whole No. 31)` is volume 4, issue 7 (the whole number is a running",
              "count, no issue), dated 2048-11-21; the name printed in capitals is written in proper form; `DEEP DIVE`",
              "(singular, two words the catalogue is not known to fold) names its piece; `BRIEFLY NOTED` is a section",
              "name over a run of three, so each is a brief; `RESPONSE` names its piece; `Capt. (retd)` and the",
              "director's role are left out of the names; the bio of each co-author after the Notes is not text;",
              "`Notes` is not text, its `[n]` entries are; `Sector 4, Grid 7` is prose; the subheading is text; the",
              "ruled contents box, running headers (one mangled) and notice are furniture."],
    sidecar="publication: Corvell Lakes Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# s06: the web version of s01's feature A, scraped as MARKDOWN (blank lines between lines): a skip link, the logo as a
# linked image, a bulleted menu, a linked breadcrumb ending in `Features`, the title as `# …`, `**Publication:**`,
# `**Volume:** 46 **Issue:** 3`, `By [Dr. NAME](/experts/…)` (a linked name with its honorific), `Posted on DATE`, a
# share row of links, an image and its italic caption with a credit, note links `[[n]](#note-n)`, `## Notes` over a
# numbered list, `### About the author` over a bio opening with the linked name, `### More from Volume 46` teasers with
# dates (one `By the Numbers: …`), a subscribe line and the footer; sidecar `url:`.
d = Doc()
d.fur("[Skip to main content](#main-content)", "", "[![The Wrenfield Foundation](/themes/wf/logo.svg)](/)", "",
      "* [Programs](/programs)", "* [Publications](/publications)", "* [Experts](/experts)", "* [Events](/events)",
      "* [Donate](/donate)", "", "[Home](/) / [Terrorism Monitor](/tm) / [Features](/tm/features)", "",
      f"# {S01_A}", "", "**Publication:** Terrorism Monitor", "", "**Volume:** 46 **Issue:** 3", "",
      "By [Dr. Ottilie Brannagh](/experts/ottilie-brannagh)", "", "Posted on 9 February 2048", "",
      "[Share on X](https://x.example/share?u=tm-46-3-grain) [Share on Facebook](https://fb.example/share?u=tm-46-3-grain) "
      "[Email](mailto:?subject=Grain) [Print](#print)", "",
      "![Grain sacks stacked in a depot](/files/tm/46-3/depot.jpg)", "",
      "*Grain sacks in a depot near Oskar Ford. (Photo: Wrenfield Foundation archive)*", "")
d.web(1, "For three years the cells that operate around Oskar Ford have kept a low profile. They have claimed no "
      "attacks since the spring of 2045, they have issued no statements, and the provincial police list them as "
      "dormant. Yet the money that moves through the ford's two grain depots and its single diesel station tells "
      "another story.[[1]](#note-1)",
      "By and large, the cells do not steal. They tax. A farmer who sells barley at the Oskar Ford depot pays a levy "
      "of one sack in forty to a collector who sits in the weighing shed, and a lorry that fills up at the diesel "
      "station pays a fixed sum per journey, noted in a school exercise book.[[2]](#note-2)",
      "The sums are modest, which is the point. A levy that nobody notices is a levy that nobody reports, and the "
      "collectors are careful to leave the army's own suppliers alone. One officer of the 46th Regiment told the "
      "author that his men bought fuel at the station every week and had never been asked for anything.",
      "## The Ferryman's Ledger at Oskar Ford",
      "The clearest record of the system is a ledger kept by the ferryman who carries passengers across the river "
      "when the ford is flooded. He notes each crossing and the fee, and since 2046 he has noted a second column of "
      "smaller sums, passed on each Friday to a man from the hill villages.[[3]](#note-3) The ledger was shown to "
      "the author on condition that neither the ferryman nor his village be named.",
      "Taken together, the depot levy, the fuel payments and the ferry column would keep perhaps sixty armed men fed "
      "and supplied through a winter. That is roughly the strength the police themselves attributed to the cells "
      "before they were declared dormant.",
      "The provincial government has two options that cost little. It can put its own clerks in the weighing sheds, "
      "where the collectors now sit unchallenged, and it can pay the ferryman a salary, so that his second column "
      "has no reason to exist.[[4]](#note-4)", sep=True)
d.fur("", "## Notes", "")
d.web(1, "1. Provincial Police of Lower Merrow, annual threat assessment, edition of January 2048, annex C.",
      "2. Interviews by the author with six farmers and two lorry drivers at Oskar Ford, November and December 2047.",
      "3. Ferry ledger for the Oskar Ford crossing, entries for March 2046 to October 2047, seen by the author.",
      "4. For a comparable scheme, see Merrow Agricultural Board, Report on Depot Staffing (Merrow, 2044).")
d.fur("", "### About the author", "",
      "[Dr. Ottilie Brannagh](/experts/ottilie-brannagh) directs the rural security programme at the Coldharbour "
      "Institute and has written on the economies of armed groups in the Merrow basin since 2039.", "",
      "### More from Volume 46", "",
      "* [Checkpoint Fees Rise on the Vellin Gap Road](/tm/46-3/checkpoint-fees) \u2014 February 7, 2048",
      "* [By the Numbers: Depot Raids in Lower Merrow, 2047](/tm/46-2/by-the-numbers) \u2014 January 24, 2048", "",
      "Get the Terrorism Monitor in your inbox every other Friday. [Subscribe](/subscribe)", "",
      "\u00a9 2048 The Wrenfield Foundation \u00b7 [Privacy](/privacy) \u00b7 [Terms of use](/terms)")
emit("s06_web_tm_feature_markdown_scrape_skip_link_logo_bullet_menu_linked_breadcrumb_hash_title_bold_fields_by_linked_name_honorific_posted_on_share_links_image_caption_note_links_notes_list_about_author_more_from_volume", d, [
    dict(title=S01_A, authors=["Ottilie Brannagh"], date="2048-02-09", kind="feature", pub=TM, volume=46, issue=3)],
    comments=["Open choices: the page is a Markdown scrape, one line per paragraph with blank lines between; the",
              "title is the `# …` line; the breadcrumb's last item `Features` gives the kind feature; `**Volume:** 46",
              "**Issue:** 3` gives volume 46, issue 3; `By [Dr. NAME](…)` names her without the honorific; the page",
              "is dated as it prints it (`Posted on 9 February 2048`), not by the issue's date; the image, its caption",
              "and credit are not text; `## Notes` is not text, its numbered entries are; the subheading is text; the",
              "bio under `### About the author`, the teasers (`By the Numbers: …` among them, which names nobody), the",
              "share row, menu, subscribe line and footer are not text."],
    one_line=True, sidecar="url: https://wrenfield.example/tm/46-3/grain-diesel-and-silence")

# ---------------------------------------------------------------------------------------------------------------------
# s07: the web version of s04's explainer on the trust's site, plain text with NO blank lines: the trust's name, a
# utility bar, a menu on one line, `Teshwin Valley Monitor › Issue 12 (March 2048) › Explainer`, a cookie line after
# the breadcrumb, `EXPLAINER` over the title, `Author(s): NAME`, `6 March 2048 · 4 min read`, superscript markers,
# a web-only subheading, `Notes` over `N. … ↩` entries with back arrows, `Tagged:`, a print/share line, `Other pieces
# in Issue 12` teasers, a comments prompt, the charity's footer; no sidecar.
d = Doc()
d.fur("Harlow Trust for Mountain Communities", "Donate | Contact | Newsletter",
      "Home   About   Our work   Monitor   Publications   Search",
      "Teshwin Valley Monitor \u203a Issue 12 (March 2048) \u203a Explainer",
      "We use cookies to improve your experience. OK, got it | More information",
      "EXPLAINER", S04_A, "Author(s): Anwen Castellaro-Bligh", "6 March 2048 \u00b7 4 min read")
d.web(1, "Three dams hold back the Teshwin river above the valley towns, and between them they supply most of the "
      "province's electricity. Since the ceasefire of 2046 they have been guarded by three different forces, and the "
      "question of which force answers for what has never been settled.\u00b9",
      "Written into the ceasefire by its negotiators, the division of the river was meant to last a few months. It "
      "has lasted two years.",
      "Three Forces, One River",
      "The upper dam at Harrack is guarded by the army, which built the road to it. The middle dam is guarded by a "
      "private company hired by the power utility. The lower dam, nearest the towns, is guarded by the police, who "
      "complain that they have neither the men nor the boats for the job.\u00b2",
      "Each arrangement works on its own. The trouble lies at the edges. In January a fishing boat drifted from the "
      "police zone into the company's zone at night, near the marker the engineers call Dam 2, Sluice 12, and was "
      "fired on; nobody could say afterwards who had given the order to shoot.",
      "A single authority for the river, with one set of rules for the use of force, was proposed by the provincial "
      "assembly last year. The bill has not been debated.\u00b3")
d.fur("Notes")
d.web(1, "1. Teshwin Provincial Assembly, Committee on Infrastructure, hearing of 9 November 2047. \u21a9",
      "2. Interview with a police inspector at Lower Teshwin, February 2048. \u21a9",
      "3. Draft River Authority Bill, tabled 3 June 2047. \u21a9")
d.fur("Tagged: dams, policing, Harrack, Teshwin river", "Print | Download PDF | Share",
      "Other pieces in Issue 12", f"{S04_B} \u2014 Reportage", f"{S04_C} \u2014 Update",
      f"{S04_D} \u2014 Update", "Reader comments are moderated. Log in to comment.",
      "The Harlow Trust for Mountain Communities is a registered charity, no. 1204812. \u00a9 2048")
emit("s07_web_sibling_explainer_no_blank_lines_trust_utility_bar_breadcrumb_issue_month_cookie_after_breadcrumb_label_authors_paren_s_date_read_time_superscripts_web_subheading_notes_back_arrows_tagged_other_pieces_comments_prompt", d, [
    dict(title=S04_A, authors=["Anwen Castellaro-Bligh"], date="2048-03-06", kind="explainer", pub=TVM,
         volume=None, issue=12)],
    comments=["Open choices: the monitor (not the trust whose site carries it) is the publication, issue 12 from the",
              "breadcrumb, no volume; the page is dated as it prints it (2048-03-06); `EXPLAINER` over the title is",
              "the kind; `Author(s): NAME` is the byline; the web-only paragraph `Written into the ceasefire by its",
              "negotiators, …` and the subheading are text; `Dam 2, Sluice 12` is prose; `Notes` is not text, its",
              "entries with back arrows are; tags, share line, teasers, comments prompt and footer are not text."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# s08: a security consultancy's risk alert (*Calvering Risk Advisory*) opening with a crawler's YAML block (title with
# the site after ` | `, `sitename:` and `hostname:` fields); a cookie notice with three buttons, `Client login`, a menu,
# `Insights › Risk alerts`, `RISK ALERT` over the title, `TLP:CLEAR` and `Threat level: ELEVATED`, `Analysts: NAME and
# NAME`, `Issued 12 June 2048, 14:00 UTC`, `Key judgements` bullets (text), a subheading, a paragraph opening `Compiled
# by the port authority, …`, markers glued to words and sentence ends, `Sources` of `N. Title – Site, accessed DATE,
# URL`, a contact line, `Download as PDF`, related alerts, the company footer; sidecar `url:`.
d = Doc()
S08 = "Port Callan: Threats Against Ferry Workers Likely to Disrupt Island Services"
d.fur("---", f'title: "{S08} | Calvering Risk Advisory"',
      "source: https://calvering-risk.example/insights/risk-alerts/port-callan-ferry-threats",
      "date: 2048-06-12", "sitename: Calvering Risk Advisory", "hostname: calvering-risk.example",
      "description: Threats against ferry workers at Port Callan are likely to disrupt island services through July.",
      "---",
      "We use cookies to run this site and to understand how it is used. [Accept all] [Reject all] [Cookie settings]",
      "Calvering Risk Advisory", "Client login", "Services | Insights | About us | Careers | Contact",
      "Insights \u203a Risk alerts", "RISK ALERT", S08, "TLP:CLEAR", "Threat level: ELEVATED",
      "Analysts: Corentin Ashby-Mwale and Rhiannon Estabrook", "Issued 12 June 2048, 14:00 UTC")
d.web(1, "Key judgements",
      "Threats against ferry workers at Port Callan are likely to continue through July, and the island service "
      "is likely to run a reduced timetable.",
      "Attacks on the ferries themselves remain unlikely; the group behind the threats wants the service stopped, "
      "not sunk.",
      "Clients with staff or cargo on the islands should plan for delays of two to four days.",
      "Background",
      "Since April, leaflets posted at the terminal gates have accused the workers who load vehicles of carrying "
      "police cars to the islands.1 Two loaders had their cars burned in May, and a third was beaten outside his "
      "house on 8 June.2",
      "Compiled by the port authority, the figures for May show that sailings fell by a third as loaders stayed at "
      "home. The ferry company has hired guards for the night shift and asked the police to escort its staff "
      "buses.3",
      "Outlook",
      "We expect the company to cut the timetable further if a fourth worker is attacked. The islands hold about "
      "ten days of fuel, so a longer stoppage would begin to affect clinics and schools by the end of July.")
d.fur("Sources")
d.web(1, "1. Leaflets at Port Callan ferry terminal \u2013 Callan Harbour News, accessed 10 June 2048, "
      "https://callanharbournews.example/leaflets-terminal",
      "2. Second loader's car burned in Port Callan \u2013 Island Evening Post, accessed 10 June 2048, "
      "https://islandeveningpost.example/2048/05/loader-car",
      "3. Monthly sailings report, May 2048 \u2013 Port Callan Authority, accessed 11 June 2048, "
      "https://portcallan.example/reports/sailings-2048-05")
d.fur("For an assessment of your own exposure, contact our 24/7 operations desk: ops@calvering-risk.example",
      "Download as PDF", "Related alerts",
      "Sarrow Coast: Kidnap-for-Ransom Schedules Spread to Deckhands \u2014 3 June 2048",
      "Kelmarsh: Night Bus Services Suspended After Depot Arson \u2014 4 May 2048",
      "\u00a9 2048 Calvering Risk Advisory Ltd. Registered in Eastmarch, company no. 4612093. Privacy | Terms")
emit("s08_consultancy_risk_alert_crawler_block_sitename_hostname_cookie_three_buttons_client_login_tlp_threat_level_analysts_issued_utc_key_judgements_glued_markers_sources_accessed_ops_desk_related_alerts", d, [
    dict(title=S08, authors=["Corentin Ashby-Mwale", "Rhiannon Estabrook"], date="2048-06-12", kind="risk alert",
         pub="Calvering Risk Advisory", volume=None, issue=None)],
    comments=["Open choices: the crawler block is metadata (its title without the ` | ` suffix); `RISK ALERT` over the",
              "title is the kind (two words kept); `TLP:CLEAR` and `Threat level: ELEVATED` are markings, not text;",
              "`Analysts: NAME and NAME` names both; `Key judgements` with its items, `Background` and `Outlook` are",
              "text (headings inside the piece); `Compiled by the port authority, …` is prose; markers glued to",
              "sentence ends (`islands.1`) are note markers; `Sources` is not text, its entries are; the contact line,",
              "download line, related alerts and footer are not text."],
    one_line=True, sidecar="url: https://calvering-risk.example/insights/risk-alerts/port-callan-ferry-threats")

# ---------------------------------------------------------------------------------------------------------------------
# s09: a post in a publication on a writing platform (*The Lantern Desk* on Longwater), no crawler block: `Open in app`,
# `Sign up | Sign in`, `Write`, the publication's name, `Member-only story`, `Notebook` over the title, a subtitle
# (standfirst), the author's name over `Follow`, `Published in The Lantern Desk · 9 min read · Jul 24, 2048`, clap and
# response counts, `Listen | Share`, an image credit `Photo by NAME on Stillframe`, a subheading, a paragraph opening
# `Written off by the ministry …`, tags, `Written by NAME` with a follower count and a bio, `More from …`,
# `Recommended from Longwater`, the platform's footer; no sidecar.
d = Doc()
S09 = "The Fuel That Never Reached Tarrow Island"
d.fur("Open in app", "Sign up | Sign in", "Write", "The Lantern Desk", "Member-only story", "Notebook", S09,
      "How eleven thousand litres of diesel disappeared between a depot and a clinic, and why nobody is looking",
      "Fenna Oduya-Blackstock", "Follow",
      "Published in The Lantern Desk \u00b7 9 min read \u00b7 Jul 24, 2048", "412", "17", "Listen | Share",
      "Photo by Caspar Lindemere on Stillframe")
d.web(1, "The clinic on Tarrow Island runs its generator for six hours a night. The rest of the time the nurses "
      "work by daylight and torches, and the vaccine fridge runs on a battery that was never meant to last more "
      "than a few hours.",
      "It should not be like this. In March the provincial health office ordered eleven thousand litres of "
      "diesel for the island clinics, enough for a year. I have seen the order and the depot's receipt. The fuel "
      "left the depot at Hessick on a lake barge on 2 April. It never arrived.",
      "Written off by the ministry as a loss in transit, the missing fuel appears in the health office's accounts "
      "as a single line. Nobody has asked the barge's owner where it went, and the barge is still working the "
      "same route.",
      "What the Bargemen Say",
      "I spent a week on the Hessick waterfront asking. The bargemen were friendly and unsurprised. Fuel goes "
      "missing on the lakes all the time, one told me; the patrols take some, the buyers on the southern shore "
      "take more, and the clinics get what is left.",
      "The patrol command says it has no record of stopping the barge. The southern buyers do not answer "
      "questions. The clinic's nurses, meanwhile, have started asking visitors from the mainland to bring a jerry "
      "can.",
      "If you have worked on the lake barges and want to tell me what you saw, my messages are open.")
d.fur("Security", "Corvell Lakes", "Health", "Journalism", "412", "17",
      "Written by Fenna Oduya-Blackstock", "2.3K Followers \u00b7 Writer for The Lantern Desk",
      "Freelance reporter on the Corvell lakes. Formerly at the Hessick Gazette. Tips by message.",
      "More from Fenna Oduya-Blackstock and The Lantern Desk",
      "The Ferry Captain and the Crate of Rifle Parts", "Fenna Oduya-Blackstock in The Lantern Desk",
      "Recommended from Longwater",
      "Ten Things I Learned Covering Island Elections", "Help Status About Careers Press Blog Privacy Terms")
emit("s09_platform_post_publication_open_in_app_member_only_notebook_label_subtitle_name_follow_published_in_read_time_short_date_claps_photo_by_on_written_off_by_prose_tags_written_by_followers_bio_recommended", d, [
    dict(title=S09, authors=["Fenna Oduya-Blackstock"], date="2048-07-24", kind="notebook",
         pub="The Lantern Desk", volume=None, issue=None)],
    comments=["Open choices: the publication is the one the post is published in (`The Lantern Desk`), not the",
              "platform (`Longwater`); `Notebook` over the title is its kind; the author's name alone over `Follow`",
              "is the byline; `Jul 24, 2048` is the date; the subtitle is a standfirst (not text); the counts,",
              "`Photo by NAME on Stillframe`, tags, the `Written by NAME` box and its bio, teasers and footer are not",
              "text; `Written off by the ministry …` is prose; the subheading and the closing appeal to bargemen",
              "(about this story) are text."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# s10: a journal article page on an academic publisher's site (*Quarterly Journal of Maritime Insecurity* on Ashcombe
# Academic) opening with a crawler's YAML block (title with the site after ` - `); the publisher's bar, the journal's
# name, `Volume 17, Issue 2, 2048`, `Research Article`, the title, authors with superscript affiliations
# `NAME¹ and NAME²`, the affiliations, `Received …; Accepted …; Published online 30 August 2048`, a DOI, `Abstract`
# (text), `Keywords:`, numbered section headings `1. Introduction` (text), `[n]` markers, `References` of
# `N. NAME (YEAR) Title. Journal V(I): pages.`, `Funding`, `Disclosure statement`, `Cite this article`, metrics; sidecar.
d = Doc()
S10 = "Ransom Schedules and the Economics of Coastal Kidnapping"
d.fur("---", f"title: {S10} - Ashcombe Academic",
      "source: https://ashcombe-academic.example/doi/full/10.5599/qjmi.2048.0117", "date: 2048-08-30",
      "description: unknown", "---",
      "Ashcombe Academic", "Journals | Books | Open access | Log in | Cart (0)",
      "Quarterly Journal of Maritime Insecurity", "Volume 17, Issue 2, 2048", "Research Article", S10,
      "Idris Penhallow\u00b9 and Mireille Santacruz-Obote\u00b2",
      "\u00b9 Department of War Studies, University of Sarrowby; \u00b2 Centre for Coastal Governance, Port Sarrow",
      "Received 3 March 2048; Accepted 2 June 2048; Published online 30 August 2048",
      "https://doi.org/10.5599/qjmi.2048.0117")
d.web(1, "Abstract",
      "Kidnapping for ransom on the Sarrow coast has shifted since 2046 from single payments to schedules of "
      "instalments. Using interviews with families and brokers and the coast guard's annual returns, we show that "
      "instalments widened the pool of viable victims and lengthened captivity, and we argue that brokers, not "
      "gangs, are the point at which policy can act.")
d.fur("Keywords: kidnapping; ransom; maritime crime; brokers; Sarrow")
d.web(1, "1. Introduction",
      "The literature on maritime kidnapping treats the ransom as a single price, bargained down over weeks and "
      "paid at once [1]. That model fits the seizure of merchant ships with insured owners. It fits poorly the "
      "seizure of fishing crews whose families have no insurer and little cash [2].",
      "2. Data and method",
      "We interviewed twenty-three families of former hostages and nine brokers in four harbours between "
      "October 2047 and February 2048, and we coded the coast guard's returns for 2043 to 2047 [3]. Volume 17 "
      "of the returns series, table 2, gives the duration of each captivity.",
      "3. Findings",
      "After the introduction of schedules, the median captivity rose from five weeks to seven months, and the "
      "share of hostages who were ordinary deckhands rose from a fifth to more than half. Brokers handled every "
      "payment we recorded.",
      "4. Conclusion",
      "Policies aimed at the gangs have failed on this coast for a decade. The brokers are known, few and "
      "exposed; protecting and registering them would change the gangs' incentives at little cost [4].")
d.fur("References")
d.web(1, "1. Harrowgate, L. (2041) The price of a crew. Journal of Sea Lanes 9(1): 12\u201331.",
      "2. Achterhof, R. (2047) Deckhands and debts. Harbour Review 4(2): 44\u201358.",
      "3. Sarrow Coast Guard (2048) Annual return on maritime abductions 2047. Port Sarrow: Coast Guard of Sarrow.",
      "4. Innisfail, M. (2048) Ransom by instalment. Terrorism Monitor 46(20): 1\u20134.")
d.fur("Funding", "This work was supported by the Sarrowby Coastal Fund under grant SCF-2047-112.",
      "Disclosure statement", "No potential conflict of interest was reported by the authors.",
      "Cite this article: Penhallow, I. and Santacruz-Obote, M. (2048) Ransom schedules and the economics of "
      "coastal kidnapping. Quarterly Journal of Maritime Insecurity 17(2).",
      "Download PDF | Metrics: 412 views, 3 citations", "\u00a9 2048 Ashcombe Academic. All rights reserved.")
emit("s10_journal_article_page_crawler_block_dash_suffix_unknown_description_publisher_bar_journal_volume_issue_year_research_article_superscript_affiliations_received_accepted_doi_abstract_keywords_numbered_sections_references_funding_cite", d, [
    dict(title=S10, authors=["Idris Penhallow", "Mireille Santacruz-Obote"], date="2048-08-30",
         kind="research article", pub="Quarterly Journal of Maritime Insecurity", volume=17, issue=2)],
    comments=["Open choices: the journal (not the publisher's site) is the publication, `Volume 17, Issue 2` its",
              "numbering; `Research Article` is the kind; the superscript digits after the authors' names are",
              "affiliation marks, not note markers, and the affiliations line is not text; the date is `Published",
              "online` (2048-08-30), as the crawler block gives it; `Abstract` and the numbered section headings are",
              "text (headings inside the piece), as is the abstract; `Keywords:` is not; `Volume 17 of the returns",
              "series, table 2` is prose; `References` is not text, its entries are; funding, disclosure, cite line,",
              "metrics and footer are not text."],
    one_line=True, sidecar="url: https://ashcombe-academic.example/doi/full/10.5599/qjmi.2048.0117")

# ---------------------------------------------------------------------------------------------------------------------
# s11: a national daily's guest essay (*The Kessmoor Herald*), no crawler block: a subscribe bar, `Today's paper`,
# a menu, `Opinion › Guest essay`, `GUEST ESSAY` over the title, a standfirst, `By Sir NAME` (an honorific),
# `Mon 14 Sep 2048 06.00 BST`, an image credit `Photograph: NAME/Agency`, an inline `Related:` teaser, a title-like
# subheading, a paragraph opening `Bylines, datelines …`, an italic closing bio `*Sir NAME is …*`, topics, a share
# bar, `Reuse this content`, `Most viewed`, comments with two readers' posts, the footer; no sidecar.
d = Doc()
S11 = "We Ask Informants to Take Every Risk and Give Them No Protection"
d.fur("Support independent journalism \u2013 subscribe from \u00a31 | Sign in", "The Kessmoor Herald", "Today's paper",
      "News | Opinion | Sport | Culture | Lifestyle", "Opinion \u203a Guest essay", "GUEST ESSAY", S11,
      "The men and women who warned us about the Kelmarsh cell are living in fear. A former chief constable says "
      "the state owes them more",
      "By Sir Aldous Penwarden", "Mon 14 Sep 2048 06.00 BST",
      "Photograph: Mirela Odegaard/Northline Pictures")
d.web(1, "Every serious plot that the police of this country have stopped in the last decade was stopped because "
      "somebody talked. Not a camera, not an algorithm: a person, usually frightened, usually paid very little, who "
      "decided that what they knew mattered more than what it might cost them.",
      "We do not treat those people well. When a case comes to court, the informant's role is shielded for as long "
      "as the trial lasts, and then the shield is quietly lowered. Three of the people who warned the police about "
      "the Kelmarsh cell have since moved house at their own expense, one of them twice.")
d.fur("Related: Kelmarsh bus depot attack: what we know so far")
d.web(1, "What the Informants Knew",
      "Bylines, datelines and deadlines shaped the way the Kelmarsh case was reported, and none of them left room "
      "for the people at its centre. The reports named the accused, the officers and the judge. They could not "
      "name the baker and the van driver who had first noticed what the men were buying, and so they forgot them.",
      "When I ran a police force I signed the payments to informants myself. They were small, irregular and, I "
      "now think, shameful. A witness protection scheme that covers only trial witnesses leaves out most of the "
      "people who actually keep us safe.",
      "Parliament will debate the protection of sources next month. It should extend the scheme to informants, "
      "fund it properly and put it beyond the reach of the next round of budget cuts.")
d.fur("*Sir Aldous Penwarden was chief constable of Eastmarch from 2036 to 2045 and chairs the Northern Policing "
      "Trust.*", "Topics: Policing \u00b7 Terrorism \u00b7 Opinion",
      "Share on Facebook | Share on X | Share via Email", "Reuse this content", "Most viewed",
      "Kelmarsh night buses to resume from Monday", "Comments (214)",
      "harbourlight: Good piece. My brother-in-law was one of the people he describes.",
      "TomasV: And who pays for all this? | Reply | Report",
      "\u00a9 2048 Kessmoor Herald Media Group. All rights reserved. | Privacy policy | Cookie settings")
emit("s11_national_daily_guest_essay_subscribe_bar_todays_paper_opinion_breadcrumb_label_standfirst_by_sir_weekday_short_date_bst_photograph_credit_inline_related_bylines_prose_italic_bio_sir_topics_comments", d, [
    dict(title=S11, authors=["Aldous Penwarden"], date="2048-09-14", kind="guest essay", pub="The Kessmoor Herald",
         volume=None, issue=None)],
    comments=["Open choices: `GUEST ESSAY` over the title (and the breadcrumb's last item) is the kind, two words",
              "kept; `By Sir NAME` names him without the honorific; the publication is the masthead's name as the",
              "logo line prints it (`The Kessmoor Herald`), not the company of the copyright line (`Kessmoor Herald",
              "Media Group`); the standfirst, the photograph credit, the inline `Related:` teaser",
              "and the italic closing bio are not text; `Bylines, datelines and deadlines …` is prose; the",
              "subheading is text; topics, share bar, most viewed, comments and footer are not text."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# s12: a press-release distribution site's copy of an NGO's release (*Newsline Relay* carrying the *Corvell Demining
# Trust*) opening with a crawler's YAML block whose description is `unknown` (title with the site after ` :: `);
# `Submit a release | Log in`, `Home › Releases › Humanitarian`, `Press release` over the title, `Source: NAME of the
# body`, `Distributed: 2 April 2048 09:00 UTC`, a dateline opening the first paragraph with `/Newsline Relay/ --`,
# a quoted director, `About the Corvell Demining Trust` boilerplate, `Media contact:`, `###`, the site's disclaimer,
# `More releases from this source`, the footer; sidecar `url:`.
d = Doc()
S12 = "Demining Trust Clears Last Minefield Near Hessick Schools"
d.fur("---", f"title: {S12} :: Newsline Relay",
      "source: https://newslinerelay.example/releases/2048/04/02/demining-trust-hessick-schools",
      "date: 2048-04-02", "description: unknown", "---",
      "Newsline Relay", "Submit a release | Log in", "Home \u203a Releases \u203a Humanitarian", "Press release", S12,
      "Source: Corvell Demining Trust", "Distributed: 2 April 2048 09:00 UTC")
d.web(1, "HESSICK, Corvell Lakes, 2 April 2048 /Newsline Relay/ -- The Corvell Demining Trust today completed the "
      "clearance of the last known minefield within two kilometres of a school in the Hessick district, ending "
      "a programme that began in 2045.",
      "Teams removed 214 anti-personnel mines and 37 items of unexploded ordnance from the slope above the Marrin "
      "Cove primary school over the winter. The land will be handed back to the village council for grazing.",
      "\u201cFor three years the children of Marrin Cove have walked to school along a fence with a skull painted "
      "on it,\u201d said Orla Quennell-Adebayo, the Trust's director of operations. \u201cFrom Monday that fence "
      "comes down.\u201d",
      "By agreement with the district council, the Trust's teams will now move to the grazing land north of "
      "Hessick, where shepherds have reported finding mines after the spring floods.")
d.fur("About the Corvell Demining Trust",
      "The Corvell Demining Trust is a humanitarian charity that has cleared mines and unexploded ordnance around "
      "the Corvell lakes since 2041. It employs 160 local staff.",
      "Media contact: Jory Halversen, communications officer, tel. 0300 555 0148, press@corvelldemining.example",
      "###",
      "Newsline Relay distributes releases on behalf of their issuers and is not responsible for their content.",
      "More releases from this source", "Mine risk lessons reach 40 island schools \u2014 12 February 2048",
      "\u00a9 2048 Newsline Relay. Terms | Privacy | Contact")
emit("s12_release_wire_copy_of_ngo_release_crawler_block_double_colon_suffix_unknown_description_submit_release_press_release_source_line_distributed_utc_dateline_relay_slashes_about_boilerplate_media_contact_hashes_disclaimer", d, [
    dict(title=S12, authors=[], date="2048-04-02", kind="press release", pub="Corvell Demining Trust",
         volume=None, issue=None)],
    comments=["Open choices: an aggregator's copy of another body's document is that body's, so the publication is",
              "the `Source:` (`Corvell Demining Trust`), not `Newsline Relay`; `Press release` is the kind; a press",
              "release names no author (the quoted director is none); the dateline with `/Newsline Relay/ --` opens",
              "the first paragraph (text); `By agreement with the district council, …` is prose; the `About …`",
              "boilerplate, media contact, `###`, disclaimer, teasers and footer are not text."],
    one_line=True, sidecar="url: https://newslinerelay.example/releases/2048/04/02/demining-trust-hessick-schools")
