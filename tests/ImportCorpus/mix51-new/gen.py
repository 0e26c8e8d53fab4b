"""mix51-new: twelve raw files in the proportions of the hidden set of issue 6, written by a helper before any run
from monitors, sites, people and places of the writer's own invention (dated 2046), in shapes, wordings and layouts
chosen file by file to differ from mix49-new's and mix50-new's: three whole Terrorism Monitor issues as PDF text with
blank lines (p01-p03), two whole issues of invented sibling monitors (p04 with blank lines, p05 without), two web
versions of monitor articles (p06 of p01's first feature, p07 of p04's analysis) and five pages scraped from other
kinds of sites (p08-p12), one line per paragraph.
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


def page_foot(*lines):
    """Furniture at a page break: the lines given, then a form feed."""
    return list(lines) + ["\f"]


def webpage(d, items, blank=True):
    """A web page: items are (n, text) pairs, one line per paragraph, a blank line between them when blank."""
    for i, (n, t) in enumerate(items):
        if i and blank:
            d.add()
        d.add(t, n)


# ---------------------------------------------------------------------------------------------------------------------
# p01: a whole Terrorism Monitor issue with blank lines (PDF text): the institute over the name, `Issue 5 of Volume
# XLIV` (a phrase) over `Thursday, 8 March 2046`, `IN THIS NUMBER` of entries `Page N: Title — NAMES` and one entry for
# the short pieces; feature A `By NAME and NAME`, a heading that reads like a title, `[n]` markers, `Notes`, and the
# bio of only the second co-author after the Notes; feature B under a bare name line, a paragraph opening `By his own
# account, …`, a bio after the text; `SHORT TAKES` (a section name, no genre) over two (`By NAME`, `BY NAME`);
# running footers `Halloran Institute • Terrorism Monitor • 8 March 2046` over a bare page number, one mangled;
# prose `Directive 44/5` is no numbering; the institute's notice; sidecar.
d = Doc(78, hyph=True)
P01_A = "Salt, Diesel and the Drovers' Levy: How the Ossary Brigades Tax the Southern Passes"
P01_B = "A Preacher Without a Mosque: The Online Congregation of Yusuf al-Tarrik"
P01_C = "Ferry Crews at Lammas Quay Strike Over Boarding Searches"
P01_D = "Second Arms Cache Found Under the Orchards of Vell"
P01_A_PARAS = [
    "Every drover who brings sheep down from the high pastures of the Ossary range now pays twice: once to the "
    "provincial customs post at Harnet Gate and once, a kilometre further on, to a man with a ledger who sits in a "
    "parked lorry. The second payment is the Ossary Brigades' levy, and it has quietly become the largest single "
    "source of the group's income.[1]",
    "The levy is not new. What is new is its reach. Until the spring of 2044 it was collected only on the two "
    "passes the Brigades held outright; it is now collected on five, including the Selk road, which the army "
    "patrols by day.",
    "The Quarry at Delmont Rise",
    "The Brigades run their collection from an abandoned limestone quarry above the village of Delmont Rise. "
    "Drovers interviewed for this article described a hut with a generator, three clerks and a wall of receipts "
    "pinned by date. Salt and diesel, both scarce in the upland villages, are sold from the same yard at prices "
    "below those of the market towns.[2]",
    "That pricing is deliberate. A drover who pays the levy is offered salt and fuel cheaply on the way back up; "
    "one who refuses finds that nobody at the quarry will sell to him, and that his flock is counted more "
    "carefully the next time he passes.",
    "The provincial government's answer so far has been Directive 44/5, which requires drovers to carry a "
    "stamped movement card. The cards are printed in the provincial capital and, according to two officials, "
    "have already been copied at the quarry.[3]",
    "A levy collected from people who see something in return is harder to break than one taken at gunpoint. "
    "Closing the quarry would remove the clerks but not the habit, and the habit is what the Brigades have built.",
]
P01_A_NOTES = [
    "[1] Interviews by the authors with eleven drovers at Harnet Gate and Selk, October and November 2045.",
    "[2] Receipts seen by the authors carry the stamp of the quarry and a running number; the earliest is dated "
    "April 2044.",
    "[3] Provincial Council of Ossary, Directive on the Movement of Livestock, 12 January 2046.",
]
P01_B_PARAS = [
    "Yusuf al-Tarrik has not preached in a building since the closure of the small mosque on Carrow Street in "
    "2043. He does not need one. His recorded sermons, each about twenty minutes long, are posted twice a week "
    "and are reposted within hours by a network of accounts that never name him.",
    "By his own account, al-Tarrik was a schoolteacher who came to preaching late. His early recordings are "
    "mild, concerned with charity and family quarrels. The change came in 2044, when he began to speak of the "
    "provincial authorities as an occupying power and of the Ossary Brigades as its only honest opponents.",
    "The reposting network is the more interesting part. Of the 240 accounts that shared his sermons in January, "
    "fewer than thirty posted anything else. Most were created in the same fortnight and went silent together "
    "when one of the platforms removed a batch of them.",
    "This matters because al-Tarrik's audience is larger than the Brigades' own. A preacher who praises them "
    "without belonging to them gives the group a voice it could not buy, and one that the authorities cannot "
    "easily silence without making him a martyr.",
]
P01_C_PARAS = [
    "Crews on the three ferries that cross from Lammas Quay to the islands walked off their boats on Monday in "
    "protest at new boarding searches, which they say have doubled the time of each crossing.",
    "The port police introduced the searches after a pistol was found in a lorry's cab in February. The crews' "
    "union says it does not oppose searches, only that they are done on the quay rather than on board.",
]
P01_D_PARAS = [
    "Police in Vell have found a second cache of rifles and ammunition buried beneath an orchard east of the "
    "town, eight weeks after the first was dug up less than a kilometre away.",
    "The orchard's owner, who was abroad when the cache was found, has not been charged. Police said the "
    "weapons were wrapped in the same kind of plastic sheeting as those of the first cache.",
]
P01_FOOT = "Halloran Institute \u2022 Terrorism Monitor \u2022 8 March 2046"
d.fur("HALLORAN INSTITUTE FOR SECURITY STUDIES", "", "TERRORISM MONITOR", "Issue 5 of Volume XLIV",
      "Thursday, 8 March 2046", "", "IN THIS NUMBER", "",
      "Page 1: Salt, Diesel and the Drovers' Levy: How the Ossary Brigades Tax the Southern",
      "Passes \u2014 Ilse Danker and Marek Oyelaran-Voss",
      f"Page 3: {P01_B} \u2014 Corentin Halvey", "Page 5: Short Takes", "", P01_A, "",
      "By Ilse Danker and Marek Oyelaran-Voss", "")
for i, t in enumerate(P01_A_PARAS):
    if i:
        d.add()
    if t == "The Quarry at Delmont Rise":
        d.add(t, 1)
    elif i == 3:
        d.para(1, t, brk=(2, page_foot("", P01_FOOT, "1")))
    else:
        d.para(1, t)
d.fur("", "Notes", "")
for i, t in enumerate(P01_A_NOTES):
    if i:
        d.add()
    d.para(1, t)
d.add()
d.bio("Marek Oyelaran-Voss is a research fellow at the Halloran Institute, where he studies the economies of "
      "armed groups in the southern uplands.")
d.fur("", "HalloranInstitute\u2022TerrorismMonitor\u2022 8March 2046\uf0b7", "2", "\f", P01_B, "", "Corentin Halvey", "")
for i, t in enumerate(P01_B_PARAS):
    if i:
        d.add()
    if i == 2:
        d.para(2, t, brk=(1, page_foot("", P01_FOOT, "3")))
    else:
        d.para(2, t)
d.add()
d.bio("Corentin Halvey writes on religion and politics in the Ossary provinces and is the author of a study of "
      "the region's rural preachers.")
d.fur("", P01_FOOT, "4", "\f", "SHORT TAKES", "", P01_C, "", "By Aino Fairweather-Kade", "")
d.paras(3, *P01_C_PARAS)
d.fur("", P01_D, "", "BY TOMASZ EKWUEME-LARK", "")
d.paras(4, *P01_D_PARAS)
d.fur("", "Terrorism Monitor is published twice a month by the Halloran Institute for Security Studies. The",
      "opinions expressed are those of the authors. \u00a9 2046 Halloran Institute. All rights reserved.", "",
      P01_FOOT, "5")
META = dict(date="2046-03-08", pub=TM, volume=44, issue=5)
emit("p01_tm_issue_blank_lines_issue_of_volume_phrase_weekday_date_in_this_number_page_colon_title_dash_names_two_authors_notes_bio_second_coauthor_bare_name_short_takes_by_caps_footer_mangled", d, [
    dict(title=P01_A, authors=["Ilse Danker", "Marek Oyelaran-Voss"], kind="feature", **META),
    dict(title=P01_B, authors=["Corentin Halvey"], kind="feature", **META),
    dict(title=P01_C, authors=["Aino Fairweather-Kade"], kind="brief", **META),
    dict(title=P01_D, authors=["Tomasz Ekwueme-Lark"], kind="brief", **META)],
    comments=["Open choices: `Issue 5 of Volume XLIV` over `Thursday, 8 March 2046` is volume 44, issue 5, dated",
              "2046-03-08; the two features are listed by title under no label, so each is a feature; `SHORT",
              "TAKES` is a section name no page uses as a genre over a run of short pieces, so each is a brief;",
              "`The Quarry at Delmont Rise` is a subheading (text); `Directive 44/5` is prose; the paragraph",
              "opening `By his own account, …` is text, not a byline; the bare name line under feature B is its",
              "byline; `BY NAME` in capitals is written in proper case; the bios (of the second co-author only,",
              "after the Notes; of feature B's author after the text) are not text; the notes `[n] …` are text,",
              "the `Notes` heading is not; footers (one mangled, with a stray glyph), page numbers, contents,",
              "masthead and the institute's notice are furniture."],
    sidecar="publication: Terrorism Monitor")
