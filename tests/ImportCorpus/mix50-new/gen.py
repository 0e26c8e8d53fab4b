"""mix50-new: twelve raw files in the proportions of the hidden set (issue 6), written by a helper before any run from
monitors, sites, people and places of the writer's own invention (dated 2046), in shapes, wordings and layouts chosen
to differ from mix49-new's file by file: three whole Terrorism Monitor issues as PDF text with blank lines (n01-n03),
two whole issues of invented sibling monitors (n04 with blank lines, singular section labels and only a month and year;
n05 printed without blank lines), two web versions of monitor articles, one article per page (n06 of n01's second
feature, n07 of n04's assessment), and five pages scraped from other kinds of sites, one line per paragraph (n08 a
writer's newsletter post, n09 a news magazine's long read, n10 a university centre's commentary, n11 a regional radio
station's news story, n12 an association's blog post).
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
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



TM = "Terrorism Monitor"

# ---------------------------------------------------------------------------------------------------------------------
# n01: a whole Terrorism Monitor issue as PDF text with blank lines: the name printed over two lines (`TERRORISM` /
# `MONITOR`), a tagline naming the institute, `Issue 7 ◆ Volume XLIV ◆ 2 April 2046` (issue before volume), `Inside
# this issue` with entries `N | Title` and the authors on an indented line under each, the briefs listed as one entry
# `Briefs`; feature A `By NAME and NAME` with `[n]` markers, a subheading that reads like a title (`The Men of Velder
# Pass`), an `Endnotes` list and a bio of ONE of the two co-authors after it; feature B `BY NAME` in capitals, a
# subheading in capitals holding the word `BY` (`RECRUITING BY TELEPHONE`), a bio after the text; `BRIEFS` at the END
# of the issue over a run of two (`By NAME`; a bare name line); prose `Issue 12 of the third volume` of a magazine is no
# numbering; running footers `Terrorism Monitor ◆ Issue 7 ◆ 2 April 2046` over the page number, one mangled (words run
# together, a stray glyph); the institute's notice at the end; sidecar.
d = Doc(84, hyph=True)
N01_A = "The Salt Tithe: How the Ridge Committee Taxes the Mountain Roads"
N01_B = "A Quiet Recruiter: Dervan Holt and the Youth Wings of the North"
N01_C = "Bus Drivers in Amberlee Strike After Second Hijacking"
N01_D = "Ridge Committee Magazine Reappears After Two Years"

def n01_foot(page, mangled=False):
    line = ("TerrorismMonitor\u25c6Issue7 \ufffd2April2046" if mangled
            else "Terrorism Monitor \u25c6 Issue 7 \u25c6 2 April 2046")
    return ["", line, f"{page}", "\f"]

d.fur("TERRORISM", "MONITOR", "In-depth analysis of armed movements from the Halloway Institute", "",
      "Issue 7 \u25c6 Volume XLIV \u25c6 2 April 2046", "", "Inside this issue", "",
      f"1 | {N01_A}", "      Oriel Tennant-Baptiste and Casimir Lund", f"5 | {N01_B}", "      Saskia Morrow-Delacroix",
      "8 | Briefs", "", N01_A, "", "By Oriel Tennant-Baptiste and Casimir Lund", "")
d.para(1, "Every lorry that climbs from the salt pans of the Amber Flats to the market towns of the high valleys now "
       "pays twice. It pays the provincial toll at the foot of the pass, and it pays the Ridge Committee at a "
       "wooden hut two kilometres higher, where men in grey jackets write out receipts on printed forms.[1]")
d.add()
d.para(1, "The Committee calls the levy a tithe and says it funds schools and a clinic in the villages it controls. "
       "Drivers interviewed for this article described it differently: a price for passing without having their "
       "cargo thrown into the gorge. The rate is set per axle and has risen three times since the summer of 2044.[2]")
d.add()
d.add("The Men of Velder Pass", 1)
d.add()
d.para(1, "The hut at Velder Pass is staffed by about a dozen men from the villages on either side of the road. Most "
       "are in their twenties, and several worked as drivers themselves before the Committee offered them a steady "
       "wage. They know the hauliers by name and know which firms can afford to pay more.", brk=(2, n01_foot(2)))
d.add()
d.para(1, "The provincial government has twice sent police to close the hut, and twice the hut has reopened within "
       "a week further up the slope. Officials in Tarvel privately concede that the levy now raises more than the "
       "provincial toll on the same road.[3]")
d.add()
d.para(1, "Ending the tithe would require more than police. The salt trade is the only employer of any size in the "
       "high valleys, and the Committee has made itself the guarantor of that trade as much as its tax collector.")
d.add()
d.add("Endnotes", 0)
d.add()
d.para(1, "[1] Interviews with six lorry drivers in Amberlee and Kessock, January 2046.")
d.para(1, "[2] Printed receipt forms seen by the authors, dated June 2044, March 2045 and November 2045.")
d.para(1, "[3] Conversation with two officials of the provincial transport department, Tarvel, February 2046.")
d.add()
d.bio("Oriel Tennant-Baptiste is a research fellow at the Halloway Institute who studies the economies of armed "
      "groups in the southern ranges.")
d.fur("", N01_B, "", "BY SASKIA MORROW-DELACROIX", "")
d.para(2, "Dervan Holt does not look like a recruiter. He is fifty-one, walks with a stick and runs a repair shop for "
       "radios and telephones in the old quarter of Drumlough. Yet three former members of the Northern Youth Wing "
       "name him as the man who first brought them to a meeting.")
d.add()
d.para(2, "Holt has never been charged with any offence. He told this author that he knows many young people because "
       "they bring him their broken telephones, and that he cannot be blamed for what they do afterwards.",
       brk=(1, n01_foot(5)))
d.add()
d.add("RECRUITING BY TELEPHONE", 2)
d.add()
d.para(2, "The Youth Wing's method relies on small favours. A repaired handset is returned with a new number stored "
       "in it; the number belongs to an older member who offers work, then a place to stay, then a cause. Police in "
       "Drumlough say they have traced at least fourteen recruits along this path since 2043.")
d.add()
d.para(2, "Whether Holt directs the network or merely tolerates it is the question investigators have not answered. "
       "What is clear is that the Youth Wing has found in ordinary trades a cover that raids on its training camps "
       "cannot reach.")
d.add()
d.bio("Saskia Morrow-Delacroix is a journalist based in Tarvel who has covered the northern districts since 2039.")
d.fur(*n01_foot(7, mangled=True))
d.fur("", "BRIEFS", "", N01_C, "", "By Lucan Ferreira-Holm", "")
d.para(3, "Bus drivers on the Amberlee to Kessock route stopped work on Monday after the second hijacking of a "
       "passenger bus in a month. Gunmen stopped the bus at a bend below the reservoir, ordered the passengers off "
       "and drove it away; it was found burned the next morning.")
d.add()
d.para(3, "The drivers' union wants police on every bus after dark. The transport company says it will pay for "
       "escorts on the evening services only.")
d.fur("", N01_D, "", "Imelda Quist", "")
d.para(4, "The Ridge Committee's magazine, silent since the spring of 2044, has reappeared in the market towns. The "
       "new number calls itself Issue 12 of the third volume, as if no time had passed, and carries a long essay "
       "defending the salt tithe as a tax like any other.")
d.add()
d.para(4, "Copies were left in bundles at bus stops on the pass road. Police have not said whether they know "
       "where the magazine is printed.")
d.fur("", "The Terrorism Monitor is a publication of the Halloway Institute. The opinions expressed are those of",
      "the authors alone. Reproduction in any form requires written permission. \u00a9 2046 The Halloway Institute.",
      "8")
META = dict(date="2046-04-02", pub=TM, volume=44, issue=7)
emit("n01_tm_issue_name_over_two_lines_issue_before_volume_inside_entries_bar_authors_indented_coauthors_one_bio_after_endnotes_caps_byline_caps_subheading_by_briefs_at_end_footers_mangled", d, [
    dict(title=N01_A, authors=["Oriel Tennant-Baptiste", "Casimir Lund"], kind="feature", **META),
    dict(title=N01_B, authors=["Saskia Morrow-Delacroix"], kind="feature", **META),
    dict(title=N01_C, authors=["Lucan Ferreira-Holm"], kind="brief", **META),
    dict(title=N01_D, authors=["Imelda Quist"], kind="brief", **META)],
    comments=["Open choices: the name printed over two lines is the monitor's name; `Issue 7 ◆ Volume XLIV ◆ 2 April",
              "2046` is volume 44, issue 7, 2046-04-02; the two features are listed in the contents by title under",
              "no label, so each is a feature; `BRIEFS` over a run of two → brief; `By NAME and NAME` names both",
              "co-authors although only the first has a bio (the bio, after the Endnotes, is not text; the",
              "`Endnotes` heading is not text, its entries are); `BY NAME` in capitals is written in proper case;",
              "the subheadings `The Men of Velder Pass` and `RECRUITING BY TELEPHONE` are text, neither a title",
              "nor a byline; a bare name line under a brief's title is its byline; `Issue 12 of the third volume`",
              "in prose is no numbering; footers (one mangled), page numbers, contents and the notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n02: a whole Terrorism Monitor issue as PDF text with blank lines: the institute's name over the monitor's, then
# `August 13, 2046 | Vol. XLIV, Iss. 15` (the date first, volume and issue abbreviated), a contents list headed
# `THIS ISSUE` of entries `Title (NAME) – page N`, under `BRIEFS` and `FEATURES` (one entry wrapped onto a second line);
# `BRIEFS` first over a run of three (a bare name line; `By NAME`; `By NAME and NAME`); feature D `By NAME and NAME`
# with `[n]` markers and a bio of BOTH co-authors (two sentences) after the text and BEFORE `Notes`; feature E `By Dr
# NAME` with a subheading, `Notes` and a bio opening `Dr NAME` after them; a paragraph opening `By and large`, prose
# `No. 15 Company` and `the 44th Brigade` are no byline or numbering; the running header printed only ONCE (mangled:
# `Terrorism MonitorVol.XLIV,Iss.15`), other page breaks print only `Page N`; no sidecar.
d = Doc(80, hyph=True)
N02_A = "Fishing Co-operative Offices Burned in Port Aubel"
N02_B = "Militia Checkpoints Return to the Lessing Highway"
N02_C = "Kidnapped Engineers Freed Near Orvane Dam"
N02_D = "Paper Soldiers: The Hollow Expansion of the Eastern Covenant"
N02_E = "After the Amnesty: Who Stayed Out of the Marsh Brigades"

def n02_page(page, header=False):
    return (["", "Terrorism MonitorVol.XLIV,Iss.15", "", "\f", f"Page {page}", ""] if header
            else ["", "\f", f"Page {page}", ""])

d.fur("THE HALLOWAY INSTITUTE", "Terrorism Monitor", "August 13, 2046 | Vol. XLIV, Iss. 15", "", "THIS ISSUE", "",
      "BRIEFS", f"{N02_A} (Tamsin Achterberg) \u2013 page 1", f"{N02_B} (Rufus Okonkwo-Lind) \u2013 page 2",
      f"{N02_C} (Eliska Varga and Benedek Soule) \u2013", "page 2", "FEATURES",
      f"{N02_D} (Hollis Grange and Nadia Ferrant) \u2013 page 3", f"{N02_E} (Dr Marek Ilunga) \u2013 page 6", "",
      "BRIEFS", "", N02_A, "", "Tamsin Achterberg", "")
d.para(1, "Masked men set fire to the offices of two fishing co-operatives in Port Aubel on the night of 9 August, "
       "days after the co-operatives refused to pay a levy on each catch landed at the harbour. No one was hurt, "
       "but the records of both co-operatives were destroyed.")
d.add()
d.para(1, "By and large, the fishermen of Port Aubel have kept out of the quarrels of the coastal militias. Their "
       "leaders now say they will ask the navy to patrol the harbour at night.")
d.fur("", N02_B, "", "By Rufus Okonkwo-Lind", "")
d.para(2, "Travellers on the Lessing highway report that armed men have again set up checkpoints between the river "
       "crossing and the salt works, eighteen months after the army cleared the road. The men wear the patches of "
       "No. 15 Company, a unit of the old Lessing militia that was meant to have disbanded.", brk=(2, n02_page(2, True)))
d.add()
d.para(2, "Drivers are asked for a fee and for their papers. The provincial governor has said the checkpoints are "
       "illegal but has not said who will remove them.")
d.fur("", N02_C, "", "By Eliska Varga and Benedek Soule", "")
d.para(3, "Four engineers kidnapped from the Orvane dam site in June were released on Tuesday near the village of "
       "Hesk. The construction company said no ransom was paid; local officials said the elders of Hesk had "
       "negotiated the release over several weeks.")
d.add()
d.para(3, "The engineers, two of them foreign nationals, were taken to hospital in Orvane for examination.")
d.fur("", "FEATURES", "", N02_D, "", "By Hollis Grange and Nadia Ferrant", "")
d.para(4, "In its statements the Eastern Covenant claims to have opened new fronts in five provinces since January. "
       "A count of the attacks it has actually claimed tells a smaller story: of the forty-one operations listed "
       "in its bulletins, thirty-two took place in the two districts where it was already strong.[1]")
d.add()
d.para(4, "The gap between claim and record matters because the Covenant's announcements are widely repeated. "
       "Local newspapers in three of the five provinces reported the opening of a front that left no other trace, "
       "and at least one provincial council moved police from the cities to guard empty roads.[2]",
       brk=(3, n02_page(4)))
d.add()
d.para(4, "The pattern resembles that of the 44th Brigade of the old northern insurgency, which in the late 2030s "
       "announced offensives it never mounted in order to draw troops away from its real operations. There is no "
       "sign yet that the Covenant has learned the second half of that lesson.[3]")
d.add()
d.bio("Hollis Grange is a senior analyst at the Halloway Institute. Nadia Ferrant is a researcher on political "
      "violence in the eastern provinces and a former correspondent in Veyrac.")
d.add()
d.add("Notes", 0)
d.add()
d.para(4, "[1] Authors' count of the Covenant's bulletins numbered 88 to 131, January to July 2046.")
d.para(4, "[2] Council of Ostrava Province, minutes of the session of 12 March 2046.")
d.para(4, "[3] See the Brigade's communiques collected in the archive of the Veyrac Press Club.")
d.fur("", N02_E, "", "By Dr Marek Ilunga", "")
d.para(5, "When the government offered an amnesty to the Marsh Brigades in 2044, it expected most of their members "
       "to come in. About two thousand did. Perhaps four hundred did not, and it is these men, rather than those who "
       "surrendered, who now decide whether the marshes stay quiet.[1]")
d.add()
d.add("The holdouts", 5)
d.add()
d.para(5, "Those who stayed out are older than those who came in, and more of them were born outside the marshes. "
       "Many had been sentenced in their absence for crimes the amnesty did not cover, and so had nothing to gain "
       "by surrendering.", brk=(2, n02_page(7)))
d.add()
d.para(5, "They have not resumed large attacks. Instead they tax the reed harvest and the boat traffic, and they "
       "settle disputes in villages where the courts have never sat. The amnesty, in other words, removed the "
       "army's enemy but not the marshes' government.[2]")
d.add()
d.add("Notes", 0)
d.add()
d.para(5, "[1] Figures of the National Reconciliation Office, annual report for 2045, p. 17.")
d.para(5, "[2] Interviews by the author in the marsh villages of Ebb and Saltgreave, May 2046.")
d.add()
d.bio("Dr Marek Ilunga teaches at the University of Corran and has written two books on amnesty and "
      "demobilisation in the marsh provinces.")
d.fur("", "Page 8")
META = dict(date="2046-08-13", pub=TM, volume=44, issue=15)
emit("n02_tm_issue_institute_over_name_date_first_vol_iss_abbreviated_this_issue_name_in_brackets_page_wrapped_briefs_first_bare_name_two_authors_coauthor_bio_before_notes_dr_bio_after_notes_header_once", d, [
    dict(title=N02_A, authors=["Tamsin Achterberg"], kind="brief", **META),
    dict(title=N02_B, authors=["Rufus Okonkwo-Lind"], kind="brief", **META),
    dict(title=N02_C, authors=["Eliska Varga", "Benedek Soule"], kind="brief", **META),
    dict(title=N02_D, authors=["Hollis Grange", "Nadia Ferrant"], kind="feature", **META),
    dict(title=N02_E, authors=["Marek Ilunga"], kind="feature", **META)],
    comments=["Open choices: `August 13, 2046 | Vol. XLIV, Iss. 15` is 2046-08-13, volume 44, issue 15; `BRIEFS`",
              "over a run of three → brief; `FEATURES` over two longer pieces → feature; a bare name line under a",
              "brief's title is its byline; `Dr` is left out of the name; the bio of both co-authors (after the",
              "text, before `Notes`) and the bio after the last Notes are not text; `The holdouts` is a subheading",
              "(text); `By and large, …`, `No. 15 Company` and `the 44th Brigade` are prose; the running header",
              "printed once (mangled) and the `Page N` lines are furniture, as are the masthead and contents."])

# ---------------------------------------------------------------------------------------------------------------------
# n03: a whole Terrorism Monitor issue as PDF text with blank lines: `Terrorism Monitor` over a one-line description,
# `Vol 44 | Iss 22 | 19 November 2046` (Arabic numerals), the contents run on as ONE wrapped paragraph (`In this issue:
# Title, by NAME (p. 1); … Briefs: Title; Title; Title`); feature A `By NAME` with a subheading that reads like a title
# (`Why the Ferry Matters`), prose `Resolution 44/22` (reads like volume/issue), `[n]` markers, `NOTES`, and a bio at
# the very end of the issue's article, after the NOTES; feature B under a bare name line, no notes, a bio after the
# text; `IN BRIEF` over a run of three (`BY NAME`; `By NAME`; no byline); page headers `Terrorism Monitor, Vol 44, Iss
# 22` with the page number set at the right on the same line, one mangled; sidecar.
d = Doc(82, hyph=True)
N03_A = "The Ferry War on Lake Innis"
N03_B = "Old Guns, New Owners: The Arms Market After the Treaty of Caddon"
N03_C = "Prison Break at Harrowgate Leaves Three Guards Wounded"
N03_D = "Pipeline Pumping Station Attacked for Third Time"
N03_E = "Border Villages Form Night Watches"

def n03_head(page, mangled=False):
    line = ("TerrorismMonitor,Vol44,Iss22\u00b7" if mangled else "Terrorism Monitor, Vol 44, Iss 22")
    return ["\f", f"{line}{' ' * (60 - len(line))}{page}", ""]

d.fur("Terrorism Monitor", "Research and analysis on terrorism and insurgency from the Halloway Institute",
      "Vol 44 | Iss 22 | 19 November 2046", "")
for ln in d.wrap(f"In this issue: {N03_A}, by Perpetua Voss (p. 1); {N03_B}, by Anwar Castellane (p. 4); Briefs: "
                 f"{N03_C}; {N03_D}; {N03_E} (p. 7)"):
    d.add(ln, 0)
d.fur("", N03_A, "", "By Perpetua Voss", "")
d.para(1, "Two ferry companies carry passengers and goods across Lake Innis, and since the spring each has had its "
       "own armed escort. The escorts are supplied by rival factions of the Innis Shore Front, which split in 2045 "
       "over the division of the fees the companies pay for protection.[1]")
d.add()
d.para(1, "In September a ferry of the Blue Line was fired on from a launch as it left the jetty at Cray. Two "
       "passengers were killed. The Front's northern faction denied responsibility; the southern faction said the "
       "attack proved the Blue Line could not be protected by its rivals.", brk=(3, n03_head(2)))
d.add()
d.add("Why the Ferry Matters", 1)
d.add()
d.para(1, "The lake is the only route between the shore towns that does not pass through the army's lines. A UN "
       "Security Council text, Resolution 44/22, names the crossing as a channel for the aid the shore towns "
       "depend on, and any interruption is felt in their markets within days.[2]")
d.add()
d.para(1, "Neither faction can win the ferry trade outright without driving away the passengers it lives on. That "
       "logic has so far kept the violence limited, but it depends on both factions believing the fees are worth "
       "more than a victory.")
d.add()
d.add("NOTES", 0)
d.add()
d.para(1, "[1] Statements of the Innis Shore Front, 3 May and 11 June 2045.")
d.para(1, "[2] The resolution's text is reproduced in the Innis aid consortium's report of October 2046.")
d.add()
d.bio("Perpetua Voss is an associate fellow of the Halloway Institute and the author of a study of lake and river "
      "economies in conflict.")
d.fur(*n03_head(4))
d.fur(N03_B, "", "Anwar Castellane", "")
d.para(2, "The Treaty of Caddon ended a war and began a market. In the two years since its signing, rifles handed "
       "in by demobilised fighters have reappeared at sales in the border towns, sometimes still bearing the "
       "stencilled numbers of the collection points where they were surrendered.")
d.add()
d.para(2, "The buyers are not the old armies. They are the guards of mines and plantations, local strongmen, and "
       "increasingly the smuggling crews that move fuel across the Caddon river at night.", brk=(1, n03_head(5, True)))
d.add()
d.para(2, "Collection points kept poor records and stored the weapons in warehouses guarded by the same men who had "
       "surrendered them. The monitoring mission counted the rifles in, but nobody was charged with counting them "
       "again a year later.")
d.add()
d.para(2, "The lesson for the next peace agreement in the region is simple and expensive: weapons collected must be "
       "destroyed where they are collected, and in public.")
d.add()
d.bio("Anwar Castellane is a consultant on arms control who worked for the Caddon monitoring mission in 2044 and "
      "2045.")
d.fur(*n03_head(7))
d.fur("IN BRIEF", "", N03_C, "", "BY GWENDOLYN ASHBY-NAKAMURA", "")
d.para(3, "Eleven prisoners escaped from Harrowgate prison on 14 November after accomplices rammed the outer gate "
       "with a lorry. Three guards were wounded. Six of the escaped men had been convicted of attacks on police "
       "stations in 2043.")
d.fur("", N03_D, "", "By Idris Mallory", "")
d.para(4, "Saboteurs blew up a valve at the Teller pumping station on the Western pipeline on Sunday, the third "
       "attack on the station this year. The operator says repairs will take a week.")
d.add()
d.para(4, "No group has claimed the attack. The earlier two were claimed by the Western Freedom Council.")
d.fur("", N03_E, "")
d.para(5, "Farmers in a dozen villages along the northern border have formed night watches after a series of "
       "cattle raids. Each village sends four men to a hilltop post with a whistle and a lamp.")
d.add()
d.para(5, "The district police chief said he welcomed the watches as long as they carried no weapons.")
d.fur("", "The Halloway Institute | 1120 Corbin Street | Annapolis Junction | halloway.example",
      "Terrorism Monitor is published twice a month. \u00a9 2046")
META = dict(date="2046-11-19", pub=TM, volume=44, issue=22)
emit("n03_tm_issue_arabic_vol_iss_bars_contents_one_wrapped_paragraph_title_like_subheading_resolution_44_22_caps_notes_bare_name_feature_in_brief_run_caps_byline_unsigned_header_page_right", d, [
    dict(title=N03_A, authors=["Perpetua Voss"], kind="feature", **META),
    dict(title=N03_B, authors=["Anwar Castellane"], kind="feature", **META),
    dict(title=N03_C, authors=["Gwendolyn Ashby-Nakamura"], kind="brief", **META),
    dict(title=N03_D, authors=["Idris Mallory"], kind="brief", **META),
    dict(title=N03_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `Vol 44 | Iss 22 | 19 November 2046` is volume 44, issue 22, 2046-11-19; the contents",
              "printed as one wrapped paragraph are furniture; the two pieces listed by title under no label are",
              "features; `IN BRIEF` (a section name) over a run of three short pieces → brief; the third brief has",
              "no byline (authors empty); `Why the Ferry Matters` is a subheading (text); `Resolution 44/22` is",
              "prose; `NOTES` is not text, its entries are; bios after the notes and after the text are not text;",
              "the page headers with the page number at the right (one mangled) are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n04: a whole issue of an invented sibling monitor, *Karvane Highlands Monitor*, PDF text with blank lines: the name in
# capitals, `Edition 31` and `September 2046` on one line far apart (an edition number and ONLY a month and year), the
# trust's line, `WHAT'S INSIDE` of entries `LABEL   Title   N` in columns; SINGULAR section labels: `PROFILE` over a
# piece under a bare name line with the author's bio printed straight UNDER the byline, before the text; `ASSESSMENT`
# `By NAME` with `[n]` markers and `Sources` entries, no bio, a running footer between two halves of a sentence;
# `BRIEF` `By NAME`; `BRIEF` `Reported by NAME`; a paragraph opening `Signed by forty-two elders, …` (no byline),
# prose `Edition 12 of the council's gazette` (no numbering); no sidecar.
d = Doc(78, hyph=True)
KHM = "Karvane Highlands Monitor"
N04_A = "The Schoolmaster of Glen Arrow: Tobiah Renn and the Valley Councils"
N04_B = "Snow, Salt and Silence: Why the Karvane Passes Stay Closed"
N04_C = "Shepherds Return to the Upper Meadows"
N04_D = "Valley Council Demands Share of Quarry Revenue"

def n04_foot(page):
    return ["", f"Karvane Highlands Monitor \u00b7 Edition 31 \u00b7 September 2046 \u00b7 page {page}", "\f", ""]

d.fur("KARVANE HIGHLANDS MONITOR", "Edition 31" + " " * 40 + "September 2046",
      "Published by the Tessaly Trust for Mountain Affairs", "", "WHAT'S INSIDE", "",
      f"PROFILE       {N04_A}   1", f"ASSESSMENT    {N04_B}   3", f"BRIEF         {N04_C}   5",
      f"BRIEF         {N04_D}   6", "", "PROFILE", "", N04_A, "", "Ilona Marchetti-Quayle", "")
d.bio("Ilona Marchetti-Quayle is a fellow of the Tessaly Trust and writes on local government in the highlands.")
d.add()
d.para(1, "Tobiah Renn taught arithmetic in the village school of Glen Arrow for thirty years before the valley "
       "councils chose him as their speaker in 2045. He has no party and no militia, and that is precisely why the "
       "councils trust him to speak for them to the capital and to the armed men in the hills alike.")
d.add()
d.para(1, "Renn's method is patience. He visits every council in the valley once a month, on foot where the road is "
       "closed, and he keeps the minutes himself. Edition 12 of the council's gazette, which he edits, printed "
       "the full text of every demand the councils sent to the governor last winter, and every reply.")
d.add()
d.para(1, "Whether a schoolmaster can hold the valleys together if the talks with the capital fail is another "
       "matter. His critics say he has never had to refuse the gunmen anything they really wanted.")
d.fur("", "ASSESSMENT", "", N04_B, "", "By Joaquin Threlkeld", "")
d.para(2, "Three of the five passes that link the Karvane highlands to the lowland markets have been closed since "
       "early August. The government blames landslides; the hauliers blame the Karvane Mountain Front, whose "
       "fighters have mined the approaches to two of them.[1]")
d.add()
d.para(2, "The closures have raised the price of salt and fuel in the valleys by about half, and the councils say "
       "that families have begun to move down to the towns before the first snow rather than after it. If the "
       "passes are still closed in November, when the snows usually close them anyway, the valleys will be cut "
       "off until the spring.[2]", brk=(3, n04_foot(3)))
d.add()
d.para(2, "The Front appears to want exactly that. A winter without traffic would leave the valleys dependent on "
       "the supply caravans it controls, and would show the councils that the government cannot keep its roads "
       "open.")
d.add()
d.add("Sources", 0)
d.add()
d.para(2, "[1] Statement of the Karvane Hauliers' Association, 21 August 2046.")
d.para(2, "[2] Price survey of the Tessaly Trust in eight valley markets, August and September 2046.")
d.fur(*n04_foot(5))
d.fur("BRIEF", "", N04_C, "", "By Corwin Adebayo-Strand", "")
d.para(3, "For the first time in three summers, shepherds from the lower villages drove their flocks to the upper "
       "meadows of the Karvane range this year. The army withdrew its posts from the meadows in June, and the "
       "Front has not returned to them.")
d.add()
d.para(3, "Signed by forty-two elders, the petition that asked the army to leave the meadows was delivered to the "
       "governor in April. The shepherds say they will stay until October.")
d.fur("", "BRIEF", "", N04_D, "", "Reported by Hester Vaughan-Oduya", "")
d.para(4, "The valley council of Scarrow has asked the provincial government for a share of the revenue from the "
       "granite quarry opened on its land in 2045. The council says the quarry's lorries have destroyed the "
       "village road and that none of its people are employed there.")
d.add()
d.para(4, "The quarry company said it pays all the taxes due to the province.")
d.fur("", "The Karvane Highlands Monitor is published monthly by the Tessaly Trust for Mountain Affairs.",
      "Views expressed are those of the authors. tessalytrust.example", "6")
META = dict(date="2046-09-01", pub=KHM, volume=None, issue=31)
emit("n04_sibling_caps_name_edition_number_month_year_far_apart_whats_inside_columns_profile_bare_name_bio_under_byline_assessment_sources_footer_mid_sentence_brief_reported_by_signed_by_prose", d, [
    dict(title=N04_A, authors=["Ilona Marchetti-Quayle"], kind="profile", **META),
    dict(title=N04_B, authors=["Joaquin Threlkeld"], kind="assessment", **META),
    dict(title=N04_C, authors=["Corwin Adebayo-Strand"], kind="brief", **META),
    dict(title=N04_D, authors=["Hester Vaughan-Oduya"], kind="brief", **META)],
    comments=["Open choices: the masthead prints the name in capitals, written in its proper form; `Edition 31` is",
              "the issue (no volume); only `September 2046` is printed, so the date is 2046-09-01; the singular",
              "labels `PROFILE`, `ASSESSMENT` and `BRIEF` name the piece under each; a bare name line is a byline;",
              "the bio printed under the byline, before the text, is not text; `Reported by NAME` is a byline;",
              "`Sources` is a notes heading (not text), its entries are text; `Signed by forty-two elders, …` and",
              "`Edition 12 of the council's gazette` are prose; the footer between two halves of a sentence, the",
              "contents columns and the notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# n05: a whole issue of an invented sibling monitor, *Ostmark Delta Monitor*, printed WITHOUT blank lines (PDF text):
# the trust's name over the name in capitals, `Vol. 12 · Iss. 4 · 30.10.2046` (a date in dots), `Contents` of entries
# `→ Title, N` under `FEATURES` and `ALONG THE DELTA`; `FEATURES` over two pieces: A `By NAME` with a subheading,
# `[n]` markers, the bio after the text and then `Notes`; B `BY NAME` with a bio after the text; `ALONG THE DELTA` (a
# place) over a run of two (`By NAME`; unsigned); running headers `ODM 12/4 — Ostmark Delta Monitor — 30.10.2046`,
# one mangled, between the halves of sentences; prose `Circular 12/4` is no numbering; sidecar.
d = Doc(80, hyph=True)
ODM = "Ostmark Delta Monitor"
N05_A = "The Dredgers' Truce: How the Delta Gangs Divided the Channels"
N05_B = "Water Rights and the New Militias of the Lower Ostmark"
N05_C = "Ferry Pontoon Sunk at Merrow Reach"
N05_D = "Rice Farmers Petition Against Canal Tolls"

def n05_head(mangled=False):
    return ["\f", "ODM12/4\u2014OstmarkDeltaMonitor\u201430.10.2046" if mangled
            else "ODM 12/4 \u2014 Ostmark Delta Monitor \u2014 30.10.2046"]

d.fur("The Ferrand Trust for River Peoples", "OSTMARK DELTA MONITOR", "Vol. 12 \u00b7 Iss. 4 \u00b7 30.10.2046",
      "Contents", "FEATURES", f"\u2192 {N05_A}, 1", f"\u2192 {N05_B}, 4", "ALONG THE DELTA", f"\u2192 {N05_C}, 6",
      f"\u2192 {N05_D}, 6", "FEATURES", N05_A, "By Sunniva Kalderon")
d.para(1, "For two years the channels of the lower delta have been quieter than at any time since the floods of "
       "2038. The quiet is not the work of the river police. It rests on an agreement between the three gangs that "
       "control the dredging trade, each of which now keeps to its own channels.[1]")
d.add("A map drawn in sand", 1)
d.para(1, "The agreement was reached, according to boatmen who carried the negotiators, on a sandbank below the "
       "Merrow locks in the spring of 2044. It assigns the eastern channels to the Kessel brothers, the central "
       "ones to the Harbour Union and the western reaches to a group the boatmen call only the Widow's men.",
       brk=(2, n05_head()))
d.para(1, "The river authority's own Circular 12/4 of that year, which reorganised the dredging licences, "
       "matches the division almost channel for channel, a coincidence the authority declines to explain.[2]")
d.para(1, "A truce between gangs is not peace. But the alternative the delta knew before 2044, when dredgers were "
       "sunk at their moorings, was worse for everyone who lives on the water.")
d.bio("Sunniva Kalderon is a researcher at the Ferrand Trust who has worked in the Ostmark delta since 2040.")
d.add("Notes", 0)
d.para(1, "[1] Interviews with boatmen and dredger crews in Merrow and Sallowby, June to September 2046.")
d.para(1, "[2] Ostmark River Authority, Circular 12/4 on the licensing of dredging, April 2044.")
d.fur(N05_B, "BY FENWICK ABERNATHY-ROY")
d.para(2, "The lower Ostmark has always fought over water. What is new is that the fighting is now done by men who "
       "are paid for it. Since the drought of 2045 at least four armed groups have formed to guard the sluices of "
       "the big estates, and they have begun to guard them against the villages downstream.",
       brk=(3, n05_head(True)))
d.para(2, "The villages have answered in kind. In September, a village guard at Tollen opened a sluice by force "
       "and held it open for three days while the estate's men watched from the other bank.")
d.para(2, "The provincial water board could settle these disputes by publishing the allocations it grants each "
       "estate. It has not done so since 2041.")
d.bio("Fenwick Abernathy-Roy is a former water engineer and writes on rural conflict in the delta provinces.")
d.fur("ALONG THE DELTA", N05_C, "By Lisbeth Carrow")
d.para(3, "The pontoon that carries the ferry landing at Merrow Reach was sunk on the night of 22 October, "
       "cutting the only crossing between the two halves of the town. Witnesses saw a boat without lights near "
       "the landing shortly before midnight.")
d.para(3, "The ferry company says a temporary landing will open within a fortnight.")
d.fur(N05_D)
d.para(4, "Rice farmers from eleven villages have petitioned the provincial assembly against the tolls levied on "
       "the Sallowby canal, which they say have tripled since the canal guards were replaced by a private company.")
d.para(4, "The assembly is to debate the petition in November.")
d.fur("Ostmark Delta Monitor is a publication of the Ferrand Trust for River Peoples. All rights reserved.")
META = dict(date="2046-10-30", pub=ODM, volume=12, issue=4)
emit("n05_sibling_no_blank_lines_trust_over_caps_name_vol_iss_dotted_date_contents_arrows_features_bio_before_notes_caps_byline_along_the_delta_run_unsigned_headers_mid_sentence_circular_12_4", d, [
    dict(title=N05_A, authors=["Sunniva Kalderon"], kind="feature", **META),
    dict(title=N05_B, authors=["Fenwick Abernathy-Roy"], kind="feature", **META),
    dict(title=N05_C, authors=["Lisbeth Carrow"], kind="brief", **META),
    dict(title=N05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the issue prints no blank lines; `Vol. 12 · Iss. 4 · 30.10.2046` is volume 12, issue 4,",
              "2046-10-30; the name printed in capitals is written in its proper form; `FEATURES` over two longer",
              "pieces → feature; `ALONG THE DELTA` (a place, no genre) over a run of two short pieces → brief; the",
              "second brief has no byline (authors empty); the subheading `A map drawn in sand` and the notes",
              "entries are text, `Notes` is not; bios after the text are not text; `Circular 12/4` is prose; the",
              "running headers between halves of sentences (one mangled), the contents and the notice are furniture."],
    sidecar="publication: Ostmark Delta Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# n06: the web version of n01's feature A on the institute's site (one article per page, one line per paragraph, blank
# lines between): a utility bar, the institute's name, a menu, breadcrumb `Research / Terrorism Monitor / Issue 7`,
# the title, the two authors as `Authors: NAME, NAME`, a Drupal-style date `Thu, 04/02/2046 - 09:30`, `Terrorism
# Monitor, Vol. 44, Iss. 7`, `Article type: Feature`, a share bar with `Print`, an image placeholder with its credit, the
# text with `[n]` markers and a subheading, `Notes`, `About the authors` with a bio of each, `Related research` whose
# first title reads like a byline (`By the Numbers: …`) with dates, a newsletter box, the footer; sidecar `url:`.
d = Doc()
d.fur("Donate  |  Newsletters  |  Contact  |  Search", "", "HALLOWAY INSTITUTE",
      "Research    Programs    Experts    Events    About", "", "Research / Terrorism Monitor / Issue 7", "", N01_A, "",
      "Authors: Oriel Tennant-Baptiste, Casimir Lund", "Thu, 04/02/2046 - 09:30",
      "Terrorism Monitor, Vol. 44, Iss. 7", "Article type: Feature", "",
      "Share this:  Facebook  |  X  |  LinkedIn  |  Email  |  Print", "",
      "[image: A lorry loaded with salt sacks on the road to Velder Pass]",
      "Credit: Halloway Institute photo archive", "")
d.web(1, "Every lorry that climbs from the salt pans of the Amber Flats to the market towns of the high valleys now "
      "pays twice. It pays the provincial toll at the foot of the pass, and it pays the Ridge Committee at a wooden "
      "hut two kilometres higher, where men in grey jackets write out receipts on printed forms.[1]",
      "The Committee calls the levy a tithe and says it funds schools and a clinic in the villages it controls. "
      "Drivers interviewed for this article described it differently: a price for passing without having their cargo "
      "thrown into the gorge. The rate is set per axle and has risen three times since the summer of 2044.[2]",
      "The Men of Velder Pass",
      "The hut at Velder Pass is staffed by about a dozen men from the villages on either side of the road. Most are in "
      "their twenties, and several worked as drivers themselves before the Committee offered them a steady wage. They "
      "know the hauliers by name and know which firms can afford to pay more.",
      "The provincial government has twice sent police to close the hut, and twice the hut has reopened within a week "
      "further up the slope. Officials in Tarvel privately concede that the levy now raises more than the provincial "
      "toll on the same road.[3]",
      "Ending the tithe would require more than police. The salt trade is the only employer of any size in the high "
      "valleys, and the Committee has made itself the guarantor of that trade as much as its tax collector.", sep=True)
d.fur("", "Notes", "")
d.web(1, "[1] Interviews with six lorry drivers in Amberlee and Kessock, January 2046.",
      "[2] Printed receipt forms seen by the authors, dated June 2044, March 2045 and November 2045.",
      "[3] Conversation with two officials of the provincial transport department, Tarvel, February 2046.")
d.fur("", "About the authors", "",
      "Oriel Tennant-Baptiste is a research fellow at the Halloway Institute who studies the economies of armed groups "
      "in the southern ranges.",
      "Casimir Lund is a photographer and writer who has travelled the salt roads of the Amber Flats since 2041.", "",
      "Related research", "", "By the Numbers: Salt Traffic on the Pass Road", "March 12, 2046", "",
      "Ridge Committee Magazine Reappears After Two Years", "April 2, 2046", "",
      "Get the Terrorism Monitor in your inbox every other Thursday. Sign up", "",
      "\u00a9 2046 Halloway Institute  \u00b7  1120 Corbin Street, Annapolis Junction  \u00b7  Privacy  \u00b7  Terms")
emit("n06_web_tm_utility_bar_slash_breadcrumb_authors_colon_drupal_date_vol_iss_line_article_type_share_print_image_credit_notes_about_the_authors_two_related_by_the_numbers", d, [
    dict(title=N01_A, authors=["Oriel Tennant-Baptiste", "Casimir Lund"], kind="feature", date="2046-04-02", pub=TM,
         volume=44, issue=7)],
    comments=["Open choices: the web version of n01's first feature; `Article type: Feature` names the kind;",
              "`Thu, 04/02/2046 - 09:30` is 2 April 2046 (month first, as the issue's date confirms); `Terrorism",
              "Monitor, Vol. 44, Iss. 7` gives the publication, volume and issue; `Authors: NAME, NAME` names both;",
              "the subheading and the notes entries are text, `Notes` is not; the image placeholder, its credit, the",
              "bios under `About the authors`, the related titles (`By the Numbers: …` is a related title, no byline),",
              "the newsletter box and the footer are furniture."],
    sidecar="url: https://halloway.example/research/terrorism-monitor/salt-tithe-ridge-committee-mountain-roads",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n07: the web version of n04's assessment on the trust's site (one line per paragraph, NO blank lines): the trust's
# name, a bar `Donate · Newsletter · Search`, breadcrumb `Home › Monitors › Karvane Highlands Monitor › Edition 31`,
# `Assessment` over the title, `by NAME · 8 September 2046 · 6 min read` (a lower-case `by`), `Share: X / Mastodon /
# Email / Copy link`, the text, `Sources` entries, the author's name over a bio box, `More from Edition 31` teasers,
# edition navigation `‹ Edition 30 | Edition 32 ›` (numbers that are no issue of this page), a subscribe line and the
# charity footer; no sidecar.
d = Doc()
d.fur("Tessaly Trust for Mountain Affairs", "Donate \u00b7 Newsletter \u00b7 Search",
      "Home \u203a Monitors \u203a Karvane Highlands Monitor \u203a Edition 31", "Assessment", N04_B,
      "by Joaquin Threlkeld \u00b7 8 September 2046 \u00b7 6 min read", "Share: X / Mastodon / Email / Copy link")
d.web(2, "Three of the five passes that link the Karvane highlands to the lowland markets have been closed since early "
      "August. The government blames landslides; the hauliers blame the Karvane Mountain Front, whose fighters have "
      "mined the approaches to two of them.[1]",
      "The closures have raised the price of salt and fuel in the valleys by about half, and the councils say that "
      "families have begun to move down to the towns before the first snow rather than after it. If the passes are "
      "still closed in November, when the snows usually close them anyway, the valleys will be cut off until the "
      "spring.[2]",
      "The Front appears to want exactly that. A winter without traffic would leave the valleys dependent on the supply "
      "caravans it controls, and would show the councils that the government cannot keep its roads open.")
d.fur("Sources")
d.web(2, "[1] Statement of the Karvane Hauliers' Association, 21 August 2046.",
      "[2] Price survey of the Tessaly Trust in eight valley markets, August and September 2046.")
d.fur("Joaquin Threlkeld",
      "Joaquin Threlkeld reports on the mountain provinces for the Trust and has travelled the Karvane passes every "
      "winter since 2041.", "More from Edition 31", N04_A, N04_C,
      "\u2039 Edition 30 | Edition 32 \u203a",
      "Get the Karvane Highlands Monitor by email each month: subscribe",
      "\u00a9 2046 Tessaly Trust for Mountain Affairs \u00b7 Registered charity no. 4410-227 \u00b7 Privacy")
d.lines = [(t, (1 if n else 0)) for t, n in d.lines]
emit("n07_web_sibling_trust_bar_breadcrumb_edition_label_over_title_lowercase_by_dot_date_read_time_share_slashes_sources_name_over_bio_more_from_edition_navigation", d, [
    dict(title=N04_B, authors=["Joaquin Threlkeld"], kind="assessment", date="2046-09-08", pub=KHM, volume=None,
         issue=31)],
    comments=["Open choices: the web version of n04's assessment; the label `Assessment` over the title names the",
              "kind; the page's own date (8 September 2046) is its date, not the issue's month; the breadcrumb's",
              "`Edition 31` is the issue (no volume); the publication is the monitor, not the trust that runs the",
              "site; `Sources` is not text, its entries are; the name over the bio, the bio, the teasers, the",
              "edition navigation (`Edition 30 | Edition 32` are other issues), the subscribe line and the footer",
              "are furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n08: a writer's newsletter post (*The Frontier Ledger*), one line per paragraph with blank lines between, opening with
# a crawler's YAML block (`title` quoted, no site suffix; `description`); the newsletter's name, `Subscribe` / `Sign
# in`, the section `Explainers` over the title, the author's name alone on a line, `Mar 14, 2046`, like and comment
# counts and `Share`; a subscribe blurb in the middle of the text; a paragraph opening `By boat, …` (no byline); prose
# `Decree 14 of 2046` (no numbering); a photo placeholder with `Photo by the author`; `Leave a comment`, `Previous` /
# `Next` teasers, the footer and `Start writing`; no sidecar.
d = Doc()
N08 = "The toll collectors of the Sallow estuary"
d.fur("---", f'title: "{N08}"', "source: https://frontierledger.example/p/toll-collectors-sallow-estuary",
      "date: 2046-03-14", 'description: "Who takes the money on the estuary ferries, and why the boatmen keep paying."',
      "---", "The Frontier Ledger", "Subscribe", "Sign in", "", "Explainers", "", N08, "", "Maren Oyelaran-Voss",
      "Mar 14, 2046", "", "14", "", "3", "", "Share", "")
d.web(1, "Ask a boatman on the Sallow estuary who runs the ferries and he will name the company painted on the hull. "
      "Ask him who he pays, and he will go quiet.",
      "For three years I have crossed the estuary about once a month, and in that time the answer has changed twice. "
      "First it was the harbour police, then a family from the north shore, and since last autumn it has been the "
      "Estuary Defence Committee, a group that did not exist in 2043.",
      "By boat, the crossing from Quell to the north shore takes forty minutes; by road, around the head of the "
      "estuary, most of a day. That difference is the whole business. Anyone who can stop the boats can charge for "
      "letting them run.", sep=True)
d.fur("", "Thanks for reading The Frontier Ledger! Subscribe for free to receive new posts and support my work.", "")
d.web(1, "The Committee's collectors sit in a kiosk at the end of each slipway. They charge by the passenger, not by "
      "the boat, and they give a paper token in return that the ferrymen must show before casting off.",
      "The provincial government banned private levies on the estuary in Decree 14 of 2046, published in January. "
      "Nobody I spoke to had seen the decree enforced, and two ferrymen laughed when I mentioned it.",
      "What the Committee offers in return is order. There have been no robberies on the ferries since it took over, "
      "and the boatmen, who lost money and sometimes boats to the robbers, say that is worth the tokens.", sep=True)
d.fur("", "[Photo: the slipway at Quell at low tide]", "Photo by the author", "")
d.web(1, "That bargain is familiar from every coast where the state has stepped back. It rarely lasts: the price "
      "goes up, and the order becomes the Committee's own.")
d.fur("", "Leave a comment", "", "Previous", "The fuel smugglers' calendar", "Next",
      "A week on the Quell night bus", "", "\u00a9 2046 Maren Oyelaran-Voss", "Privacy \u2219 Terms \u2219 Collection notice",
      "Start writing", "Get the app")
emit("n08_newsletter_post_crawler_block_quoted_title_subscribe_sign_in_section_over_title_name_alone_short_date_counts_mid_text_blurb_by_boat_decree_photo_by_author_previous_next", d, [
    dict(title=N08, authors=["Maren Oyelaran-Voss"], kind="explainer", date="2046-03-14", pub="The Frontier Ledger")],
    comments=["Open choices: the crawler block is furniture (its title has no site suffix); the section `Explainers`",
              "over the title names one explainer; the name alone on a line under the title is the byline; `Mar",
              "14, 2046` is the date; the counts, `Share`, the mid-text subscribe blurb, the photo placeholder and",
              "its credit, the comment prompt, the teasers and the footer are furniture; `By boat, …` and",
              "`Decree 14 of 2046` are prose; the publication is the newsletter's name as its masthead prints it."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n09: a news magazine's long read (*The Calder Review*), one line per paragraph, no blank lines: a cookie banner with
# two choices, the name in capitals, a menu, `Long read` over the title, a standfirst-free page with THREE names
# separated by middots on one line, `Published 22 May 2046`, a photo caption with `Photograph: NAME for …`, an
# `Advertisement` / `Continue reading below` block in the text, a subheading that reads like a title (`The Schoolhouse at
# Orrin`), prose `pillar No. 118` (no numbering), a funder's disclaimer, `Previous:` / `Next:` teasers, a newsletter
# box, the company's copyright; sidecar `url:`.
d = Doc()
N09 = "The border that moved: a year on the Tarn frontier"
d.fur("We use cookies to improve your experience and to show you relevant advertising.",
      "Accept all | Manage preferences", "THE CALDER REVIEW",
      "World  Politics  Culture  Long reads  Podcasts  Subscribe", "Long read", N09,
      "Eamon Lisowski \u00b7 Priya Hartigan-Obi \u00b7 Tomas Verhoeven", "Published 22 May 2046",
      "Soldiers at the Tarn crossing in April. Photograph: Katell Brun for The Calder Review")
d.web(1, "A year ago the border between the Tarn valley and its northern neighbour ran along the river. Today, in "
      "the stretch below Orrin, it runs along a line of concrete pillars two kilometres to the south, and the "
      "families who farm the land between the river and the pillars no longer know which country they live in.",
      "The pillars appeared in the spring of 2045, after the northern militia that holds the far bank crossed the "
      "river and dug in on the southern shore. Neither government admits that the border has moved. Both treat the "
      "pillars as a fact.",
      "Farmers in the strip describe being stopped by militiamen when they cross to their fields and by police when "
      "they cross back. One man showed us two permits, one from each side, and said he paid for both.")
d.fur("Advertisement", "Continue reading below")
d.web(1, "The Schoolhouse at Orrin",
      "The schoolhouse at Orrin stands a few metres north of pillar No. 118, which the surveyors of the 1931 treaty "
      "would have placed on the river's edge. The teacher, who asked not to be named, still crosses to it every "
      "morning. Her pupils come from both sides of the line.",
      "She keeps two flags in a cupboard, she told us, and has never hung either.",
      "The militia's commanders say they crossed the river to stop raids on their villages and will withdraw when "
      "the raids stop. Villagers on both banks say there have been no raids for a year.")
d.fur("This reporting was supported by a grant from the Westlake Fund for Journalism. The Fund had no say over its "
      "content.", "Previous: The last ferryman of the Caddon", "Next: Inside the Ostmark water courts",
      "Sign up to The Calder Review's weekly newsletter for the best of our journalism every Saturday.",
      "\u00a9 2046 Calder Review Media Ltd. All rights reserved.")
emit("n09_magazine_long_read_cookie_two_choices_caps_name_menu_label_three_names_middots_published_photograph_for_advertisement_continue_reading_title_like_subheading_pillar_no_funder_disclaimer", d, [
    dict(title=N09, authors=["Eamon Lisowski", "Priya Hartigan-Obi", "Tomas Verhoeven"], kind="long read",
         date="2046-05-22", pub="The Calder Review")],
    comments=["Open choices: `Long read` over the title names the kind; three names separated by middots on one",
              "line are the authors; the photographer named in the caption is no author; the masthead prints the",
              "name in capitals, written in its proper form (not the company of the copyright line); `The",
              "Schoolhouse at Orrin` is a subheading (text); `pillar No. 118` is prose; the cookie banner, the",
              "caption, the advertisement block, the funder's disclaimer, the teasers and the newsletter box are",
              "furniture."],
    sidecar="url: https://calderreview.example/long-reads/2046/may/22/border-that-moved-tarn-frontier",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n10: a university centre's commentary (*Centre for Frontier Security Studies* under *Vellmoor University*), one line
# per paragraph with blank lines between, opening with a crawler's YAML block (`title` with the site suffix after ` |
# `, unquoted); the university's name over the centre's, the centre's own menu, `Commentary` over the title, a date,
# `Reading time: 7 minutes`, NO byline; markers glued to words (`Observer3`) and sentence ends (`.2`), a title-case
# subheading (`A Cheap Eye in the Sky`), a chart placeholder `Chart loading…`, prose `Regulation 7/12`; `References` of
# `N. Title – Site, accessed DATE, URL`; an italic closing bio with an honorific `_Prof. NAME …_` (the only place the
# author is named), a disclaimer, `Download PDF`; no sidecar.
d = Doc()
N10 = "Drones over the Caddon river: what the smugglers learned first"
d.fur("---", f"title: {N10} | CFSS", "source: https://cfss.vellmoor.example/commentary/drones-over-the-caddon",
      "date: 2046-06-30", "description: Smuggling crews on the Caddon adopted cheap drones before the border guards did.",
      "---", "Vellmoor University", "Centre for Frontier Security Studies",
      "About | People | Research | Commentary | Events | Contact", "", "Commentary", "", N10, "", "30 June 2046",
      "Reading time: 7 minutes", "")
d.web(1, "The first drones over the Caddon river were not flown by the border guards. They were flown by the fuel "
      "smugglers, who began in 2044 to send small quadcopters ahead of their boats to watch for patrols.1",
      "The guards noticed only when a patrol boat's crew photographed one hovering above them at dusk. By then the "
      "smugglers had been using them for the better part of a year.2", sep=True)
d.fur("", "Chart loading\u2026", "")
d.web(1, "A Cheap Eye in the Sky",
      "The machines cost less than a night's fuel cargo. According to a report in the Caddon Observer3 the crews "
      "buy them in the market towns as toys and fit them with larger batteries. The river authority's Regulation 7/12 "
      "on the registration of aircraft was never meant for them and has not been applied.",
      "The border guards have since bought drones of their own, and the river now has two air forces of a dozen "
      "machines each. Neither side has yet tried to bring the other's down.4",
      "The lesson is not new, but it is worth repeating: on a border where the state moves slowly, the people it is "
      "trying to stop will adopt new tools first.", sep=True)
d.fur("", "References", "")
d.web(1, "1. Smuggling on the upper Caddon \u2013 Vellmoor Border Papers, accessed 2 June 2046, "
      "https://borderpapers.vellmoor.example/2045/upper-caddon",
      "2. Patrol report extracts, winter 2044\u201345 \u2013 Caddon Border Guard, accessed 4 June 2046, "
      "https://borderguard.caddon.example/reports/winter-2044",
      "3. Toy drones and river runners \u2013 Caddon Observer, accessed 11 June 2046, "
      "https://caddonobserver.example/2046/03/toy-drones-river-runners",
      "4. Two air forces on one river \u2013 Frontier Notes, accessed 20 June 2046, "
      "https://frontiernotes.example/two-air-forces", sep=True)
d.fur("", "_Prof. Halvard Ingersoll-Mbeki directs the Centre's programme on borderland security and teaches in the "
      "Department of Geography at Vellmoor University._", "",
      "The views expressed in this commentary are the author's and do not necessarily reflect those of the Centre or "
      "of Vellmoor University.", "", "Download PDF", "", "\u00a9 2046 Vellmoor University \u00b7 Accessibility \u00b7 "
      "Privacy notice")
emit("n10_university_centre_commentary_crawler_block_bar_suffix_unquoted_parent_over_centre_no_byline_read_time_markers_glued_chart_loading_references_accessed_italic_underscore_bio_prof", d, [
    dict(title=N10, authors=["Halvard Ingersoll-Mbeki"], kind="commentary", date="2046-06-30",
         pub="Centre for Frontier Security Studies")],
    comments=["Open choices: the crawler block is furniture, its title's ` | CFSS` is the site suffix; the centre",
              "prints its own name and menu under the university's, so it is the publication (a unit with its",
              "own navigation); `Commentary` over the title names the kind; the page prints no byline and the",
              "italic closing bio `_Prof. NAME …_` names the author (`Prof.` left out; the bio is not text);",
              "markers glued to words and sentence ends are text, the `References` entries are text and their",
              "heading is not; `A Cheap Eye in the Sky` is a subheading (text); `Regulation 7/12` is prose; the",
              "reading time, the chart placeholder, the disclaimer and the download line are furniture."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n11: a regional radio station's news story (*Radio Tarn 102.6*), one line per paragraph with blank lines between,
# opening with a crawler's YAML block whose `title`, `date` and `description` are `unknown` (the source is real); `Listen
# live ▶`, a menu, `News | Regional`, the headline, `Reporting by NAME; editing by NAME`, `Tuesday 7 July 2046, 18:42`,
# a share line, the text with a quoted inspector, a police appeal quoting a reference `2046/0707/18` (text), `Got a
# story?` (furniture), `Previous story:` / `Next story:`, the group line; sidecar `url:`.
d = Doc()
N11 = "Gunmen rob payroll van on the Kessock road"
d.fur("---", "title: unknown", "source: https://radiotarn.example/news/regional/2046/07/07/payroll-van-robbed-kessock",
      "date: unknown", "description: unknown", "---", "Radio Tarn 102.6", "Listen live \u25b6", "",
      "News   Sport   Weather   Travel   Schedule", "", "News | Regional", "", N11, "",
      "Reporting by Odile Marsh-Pennington; editing by Lars Quennell", "Tuesday 7 July 2046, 18:42", "",
      "Share on Facebook   Share on X   Email", "")
d.web(1, "Three armed men robbed a security van carrying the wages of the Kessock quarry workers on Tuesday morning, "
      "police have said.",
      "The van was stopped by a car parked across the Kessock road near the old toll house shortly after nine "
      "o'clock. The two guards were made to lie on the verge while the men took the cash boxes.",
      "Nobody was hurt. The car, a grey estate, was later found burned out on a farm track near Amberlee.",
      "Detective Inspector Rowan Achebe-Lindqvist said: \"This was a planned robbery by people who knew the van's "
      "route and timing. We want to hear from anyone who saw the grey car in the area in the days before.\"",
      "The quarry company said its workers would be paid in full on Friday.",
      "Anyone with information is asked to call Tarn Police on 0400 118 118, quoting reference 2046/0707/18.",
      sep=True)
d.fur("", "Got a story? Email newsdesk@radiotarn.example or message us on 07000 102 600.", "",
      "Previous story: Flood warnings lifted for the Upper Tarn", "Next story: County show returns after three-year break",
      "", "Radio Tarn 102.6 is part of the Westvale Broadcasting Group. \u00a9 2046")
emit("n11_radio_news_crawler_block_unknown_placeholders_listen_live_news_bar_regional_reporting_by_editing_by_weekday_date_time_appeal_reference_got_a_story_previous_next_story", d, [
    dict(title=N11, authors=["Odile Marsh-Pennington"], kind="news", date="2046-07-07", pub="Radio Tarn 102.6")],
    comments=["Open choices: the crawler block's `unknown` placeholders are ignored (and the block is furniture);",
              "`News | Regional` names the kind news; `Reporting by NAME; editing by NAME` names the reporter as",
              "the author, the editor is no author (as photographers and translators are not); the publication",
              "is the station's name as its masthead prints it, not its group; the police appeal about this case",
              "is text, the standing `Got a story?` prompt is not; the share line and teasers are furniture."],
    sidecar="url: https://radiotarn.example/news/regional/2046/07/07/payroll-van-robbed-kessock",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# n12: an association's blog post (*Society for Irregular Warfare Studies*), one line per paragraph, no blank lines: a
# cookie banner, the society's name and `Blog`, a menu, the title, `Posted on 10 November 2046 by NAME | Filed in:
# Analysis`, an image with `Image credit: …`, a placeholder `[Embedded content unavailable: …]`, word-processor roman
# endnotes `[[i]](URL#_edn1)` glued to sentence ends, `Endnotes` over entries `[[i]](URL#_ednref1) …`, a line in the
# text `Posted to Lorne in 2043, …` that is no byline, prose `Order 3 of 2046, Section 11` (no numbering), the blog's
# disclaimer, `« Older post` / `Newer post »` teasers, `Comments are closed.`, the footer; no sidecar.
d = Doc()
N12 = "What the Lorne Ceasefire Monitors Actually Do"
U = "https://siws.example/blog/2046/11/10/lorne-ceasefire-monitors/"
d.fur("This site uses cookies. By continuing to browse you agree to our use of cookies. OK | More information",
      "Society for Irregular Warfare Studies", "Blog", "Home | Membership | Journal | Blog | Conferences | Contact",
      N12, "Posted on 10 November 2046 by Wilhelmina Ashdown-Okafor | Filed in: Analysis",
      "[image: A white pick-up truck of the monitoring mission on a dirt road]",
      "Image credit: Lorne Monitoring Mission press office")
d.web(1, "Since the Lorne ceasefire took effect in March, forty unarmed monitors have driven the line between the "
      "two armies every day. Their reports are published weekly, and both sides quote them selectively.[[i]]"
      f"({U}#_edn1)",
      "Posted to Lorne in 2043, before the ceasefire, I watched the earlier observer team at work, and the "
      "difference is instructive. The old team counted shells. The new one counts people: who crossed, who was "
      "turned back, who was detained and where.",
      "That change follows from the text of the agreement itself. Order 3 of 2046, Section 11, which the two "
      "commanders signed, makes freedom of movement for civilians the first test of compliance.[[ii]]"
      f"({U}#_edn2)")
d.fur("[Embedded content unavailable: please enable JavaScript to view this map.]")
d.web(1, "The monitors have no power to enforce anything. What they have is a record, and a record is what both "
      "armies fear when the talks on a final settlement resume.[[iii]]" f"({U}#_edn3)",
      "The risk is that the record becomes the goal. A mission that measures crossings may find itself defending "
      "the line it counts across.")
d.fur("Endnotes")
d.web(1, f"[[i]]({U}#_ednref1) Lorne Monitoring Mission, Weekly Report No. 31, 4 November 2046.",
      f"[[ii]]({U}#_ednref2) Agreement on the Cessation of Hostilities in Lorne, March 2046, Section 11.",
      f"[[iii]]({U}#_ednref3) The talks were suspended in September; see the mission's statement of 30 September "
      "2046.")
d.fur("The views expressed on this blog are those of the individual authors and do not represent the Society.",
      "\u00ab Older post: Training the village guards of Hollin", "Newer post: A reading list on urban sieges \u00bb",
      "Comments are closed.", "\u00a9 2046 Society for Irregular Warfare Studies \u00b7 Registered office: 9 Fenner Row, "
      "Castlebridge")
emit("n12_society_blog_cookie_ok_name_blog_menu_posted_on_by_filed_in_image_credit_embed_placeholder_roman_endnotes_glued_endnotes_heading_posted_to_lookalike_order_section_disclaimer_older_newer", d, [
    dict(title=N12, authors=["Wilhelmina Ashdown-Okafor"], kind="analysis", date="2046-11-10",
         pub="Society for Irregular Warfare Studies")],
    comments=["Open choices: `Posted on DATE by NAME | Filed in: Analysis` gives the date, the author and the kind",
              "(the category the page files the piece under); `Blog` under the society's name is the site's section,",
              "not part of its name; `Posted to Lorne in 2043, …` and `Order 3 of 2046, Section 11` are prose;",
              "roman markers glued to sentence ends and the endnote entries are text, `Endnotes` is not; the cookie",
              "banner, image and credit, embed placeholder, disclaimer, teasers, `Comments are closed.` and footer",
              "are furniture."],
    one_line=True)
