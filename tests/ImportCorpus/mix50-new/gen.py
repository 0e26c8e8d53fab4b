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

