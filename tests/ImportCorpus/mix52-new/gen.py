"""mix52-new: twelve invented raw files in the proportions of the hidden set (issue 6), written by a helper before any
run from monitors, sites, people and places of the writer's own invention (dated 2046), in shapes, wordings and layouts
chosen file by file to differ from mix49-new, mix50-new and mix51-new: three whole Terrorism Monitor issues as PDF text
with blank lines (q01-q03), two whole issues of invented sibling monitors (q04 with blank lines, q05 without), two web
versions of monitor articles (q06 of q01's first feature, q07 of q04's analysis) and five pages scraped from other
kinds of sites, one line per paragraph (q08-q12).
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
TMNOTICE = ["The Terrorism Monitor is a publication of the Weatherby-Stroud Foundation, 80 Caddell Row, Suite 4,",
            "Falmouth Heights, MD 21077. It appears every second week. Opinions are those of the authors alone and",
            "not of the Foundation. Reprints by written permission only. \u00a9 2046 Weatherby-Stroud Foundation."]

# ---------------------------------------------------------------------------------------------------------------------
# q01: a whole Terrorism Monitor issue (PDF text, blank lines): `TERRORISM MONITOR`, **`Volume XLIV  ·  Number 4`** (the
# issue word spelled `Number`) over **`Wednesday 21 February 2046`**; **contents as a table `Page  Article  Author(s)`**
# with one title wrapped in its column; **`BRIEFS` first** over two (**a bare name line**; **`BY NAME`**); feature A
# **`By NAME and NAME`**, a title-like subheading, `[n]`, `Notes`, **a bio of each co-author, one paragraph each, after
# the Notes**; feature B `By NAME`, a prose `By most estimates …` line start, a bulletin's `issue 4 … volume 44` in prose,
# a bio after the text; **running headers at the top of pages, page numbers set at the right at the foot, one header
# mangled**; the foundation's notice; sidecar.
Q01_B1 = "Ferry Crews at Lissom Sound Strike Over Missing Escorts"
Q01_B2 = "Arrests Follow Valve Sabotage on the Crenn Pipeline"
Q01_A = "Salt, Diesel and Loyalty: How the Brannock Brotherhood Pays Its Way Along the Orvin Coast"
Q01_C = "A Quiet Purge in the Hill Command of the Sarrat Front"
Q01_A_PARAS = [
    "Along the Orvin coast the Brannock Brotherhood no longer needs to rob anyone. It sells protection to the salt "
    "pans, takes a share of every barrel of diesel landed at the small quays between Tarrow and Menlock, and pays its "
    "two hundred or so fighters from the proceeds.[1]",
    "The group began in 2039 as a handful of former coastguard conscripts who refused to be disbanded. Seven years "
    "later it is, in the words of one port official, the only employer on the coast that always pays on Friday.",
    "The Salt Merchants of Orvin Quay",
    "The salt trade is old and its merchants are few. Four families buy almost all of the coarse salt raked from the "
    "pans, and all four now pay the Brotherhood a fixed sum for each cart that leaves the flats. In return the carts "
    "travel the coast road unmolested and the pans are guarded at night.[2]",
    "The merchants describe the payment as a road fee. Several of them said it costs less than the bribes the police "
    "used to take, and that the Brotherhood, unlike the police, keeps its word about the amount.",
    "Diesel is a larger business. Small tankers from across the gulf unload at night into drums, and the drums go "
    "inland on the same carts as the salt. The Brotherhood takes one drum in twelve and sells it back to the fishing "
    "cooperatives at a price just under the official one.[3]",
    "Breaking this economy by force would cost the coast its only steady wages. A more promising course would be to "
    "buy the salt directly at the pans and to license the small quays, so that the carts and the drums need no "
    "protection at all.",
]
Q01_A_NOTES = [
    "[1] Interviews by the authors with port staff and two salt merchants in Tarrow and Menlock, November 2045.",
    "[2] Orvin Provincial Council, Salt Pans Register, revised edition, January 2046, pp. 12\u201319.",
    "[3] Fisheries cooperative price lists for Menlock and Caddow, December 2045 and January 2046, seen by the "
    "authors.",
]
d = Doc(82, hyph=True)

def q01_break(page, mangled=False):
    head = ("TerrorismMonitor\u2014VolumeXLIV,Number4 \u00a4 21February 2046" if mangled
            else "Terrorism Monitor \u2014 Volume XLIV, Number 4 \u2014 21 February 2046")
    return ["", f"{page - 1:>82}", "", head, ""]

d.fur("TERRORISM MONITOR", "In-depth analysis of armed movements and the states that face them", "",
      "Volume XLIV  \u00b7  Number 4", "Wednesday 21 February 2046", "",
      "CONTENTS", "Page  Article                                                          Author(s)",
      "1     Briefs",
      "2     Salt, Diesel and Loyalty: How the Brannock Brotherhood Pays Its       Marisol Tenvik and",
      "      Way Along the Orvin Coast                                          Oduya Fenshaw-Lark",
      "4     A Quiet Purge in the Hill Command of the Sarrat Front              Jonah Pelletreau-Abi",
      "", "BRIEFS", "", Q01_B1, "Hallam Oyelaran-Reese", "")
d.para(1, "Crews of the three ferries that link Lissom Sound with the outer islands stopped work on 16 February, two "
       "days after a ferry was boarded by armed men who took the passengers' telephones and the ship's cash box.")
d.add()
d.para(1, "The crews want a patrol boat on every crossing. The maritime police say they have four boats for the whole "
       "sound and cannot escort every sailing; the islands have had no ferry for five days.")
d.fur("", Q01_B2, "BY TAVISH MOLLAND-ORR", "")
d.para(2, "Police in Crenn have arrested three men over the sabotage of a valve station on the Crenn pipeline, which "
       "spilled crude into a drainage ditch for most of a night in early February.", brk=(2, q01_break(2)))
d.add()
d.para(2, "Investigators say the men were paid to open the valve by a trader who wanted the line shut while his own "
       "tankers carried the oil. None of the three has been linked to an armed group.")
d.fur("", Q01_A, "By Marisol Tenvik and Oduya Fenshaw-Lark", "")
for i, p in enumerate(Q01_A_PARAS):
    if i:
        d.add()
    if p == "The Salt Merchants of Orvin Quay":
        d.add(p, 3)
    else:
        d.para(3, p, brk=(3, q01_break(3)) if i == 3 else None)
d.fur("", "Notes", "")
for i, p in enumerate(Q01_A_NOTES):
    if i:
        d.add()
    d.para(3, p)
d.fur("")
d.bio("Marisol Tenvik is a researcher at the Caddell Institute for Maritime Affairs, where she studies smuggling "
      "economies on the gulf coasts.")
d.add()
d.bio("Oduya Fenshaw-Lark is a former harbour master at Menlock and now advises the Orvin Provincial Council on "
      "port licensing.")
d.fur("", Q01_C, "By Jonah Pelletreau-Abi", "")
d.paras(4,
        "Since the new year the Sarrat Front has removed at least nine of the commanders who led its Hill Command, "
        "the wing that holds the high valleys above Kestrin. None has been killed; most have been sent to run supply "
        "depots in the lowlands, far from the men they led.",
        "By most estimates the Hill Command lost a third of its officers in these moves. The Front's leadership "
        "presents them as routine rotation, but the timing tells another story: each came within weeks of a "
        "commander speaking in favour of the ceasefire talks at Dunmere.",
        "The Front's own bulletin, Dawn Watch, announced the changes in issue 4 of what it calls volume 44, counting "
        "its volumes from the founding of the movement's first cell rather than from the bulletin's first number.")
d.add()
d.para(4, "The men who replaced the commanders are younger and come from the lowland districts. Several served in "
       "the Front's internal security office, which until now had no role in the mountains.", brk=(2, q01_break(4, True)))
d.add()
d.para(4, "A purge carried out without bloodshed suggests a leadership that is confident rather than frightened. "
       "It also suggests that the talks at Dunmere have fewer friends inside the Front than its negotiators claim.")
d.fur("", "Jonah Pelletreau-Abi is a journalist based in Kestrin who has covered the Sarrat valleys since 2038.", "",
      f"{4:>82}", "", *TMNOTICE)
Q01_META = dict(date="2046-02-21", pub=TM, volume=44, issue=4)
Q01 = "q01_tm_issue_number_spelled_weekday_date_contents_table_page_article_authors_briefs_first_bare_name_caps_by_two_authors_bios_each_after_notes_headers_top_page_right_one_mangled"
emit(Q01, d, [
    dict(title=Q01_B1, authors=["Hallam Oyelaran-Reese"], kind="brief", **Q01_META),
    dict(title=Q01_B2, authors=["Tavish Molland-Orr"], kind="brief", **Q01_META),
    dict(title=Q01_A, authors=["Marisol Tenvik", "Oduya Fenshaw-Lark"], kind="feature", **Q01_META),
    dict(title=Q01_C, authors=["Jonah Pelletreau-Abi"], kind="feature", **Q01_META)],
    comments=["Open choices: `Volume XLIV  ·  Number 4` over `Wednesday 21 February 2046` is volume 44, issue 4,",
              "2046-02-21; the contents table (`Page  Article  Author(s)`) is furniture; `BRIEFS` over a run of two",
              "gives brief; the two pieces the contents list by title under no label are features. `BY TAVISH",
              "MOLLAND-ORR` is written in proper case. The subheading `The Salt Merchants of Orvin Quay` is text (a",
              "heading inside the feature, not a title); `By most estimates …` opens a paragraph (text, no byline);",
              "`issue 4 of what it calls volume 44` is prose. The notes `[n] …` are text, the `Notes` heading is not;",
              "the two bios after the Notes and the bio after feature B are not text. Running headers (one mangled)",
              "and page numbers set at the right are furniture, as is the foundation's notice."],
    sidecar="publication: Terrorism Monitor")
