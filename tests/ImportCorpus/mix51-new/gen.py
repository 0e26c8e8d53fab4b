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

# ---------------------------------------------------------------------------------------------------------------------
# p02: a whole Terrorism Monitor issue with blank lines (PDF text): the name, a tagline naming the institute, `Volume 44
# — Issue 12` (Arabic numerals, a dash) over `18 June 2046`; `CONTENTS` of entries `Title | NAMES | N` under `FEATURES`
# and `BRIEFS`; feature A `BY NAME AND NAME` in capitals, `[n]` markers, the bio of only the first co-author after the
# text and before `Notes`; `BRIEFS` between the features over three (a bare name line, `By NAME`, unsigned); feature B
# `By NAME`, a heading that reads like a title (`Ten Days in Carrow Vale`), a paragraph opening `By Sunday and Monday`,
# a bio after the text; the running header printed only once (mangled), other page breaks print a bare number; prose
# `Battalion 44, Company 12` is no numbering; no sidecar.
d = Doc(76, hyph=True)
P02_A = "The Lantern Cells: Why the Vessan Delta Network Recruits in Night Schools"
P02_B = "Checkpoints and Grievance in the Carrow Valley"
P02_C = "Boatmen Paid in Fuel on the Lower Vessan"
P02_D = "Court in Tarrow Frees Four Held Without Charge"
P02_E = "Radio Mast Sabotaged Near Orsk Ridge"
d.fur("TERRORISM MONITOR", "A fortnightly review of armed movements from the Halloran Institute",
      "Volume 44 \u2014 Issue 12", "18 June 2046", "", "CONTENTS", "", "FEATURES",
      f"{P02_A} | Helga Morrison-Abadi and Teodor Sallinen | 1",
      f"{P02_B} | Piers Okonjo-Hale | 5", "BRIEFS",
      f"{P02_C} | Rhiannon Castellano | 3", f"{P02_D} | Odile Baptiste-Wren | 3", f"{P02_E} | 4", "",
      P02_A, "", "BY HELGA MORRISON-ABADI AND TEODOR SALLINEN", "")
d.paras(1, "In the towns of the Vessan delta the evening classes are where the young go when there is no work. "
        "The classes teach accounting, English and the driving theory test, and since 2044 some of them have "
        "also been where the Delta Network finds its recruits.[1]",
        "The Network's method is patient. A teacher, usually a volunteer, notices which students stay behind "
        "after class and which come without paying. Over months those students are offered small jobs: "
        "carrying parcels, watching a road, keeping a ledger. Few of them are asked to carry a weapon in the "
        "first year.[2]")
d.add()
d.para(1, "Police in the delta have so far treated the night schools as innocent places that bad people "
       "happen to use. Of the eleven cells broken up since 2044, at least seven had a teacher among their "
       "members, and in four cases the teacher kept the cell's accounts.[3]", brk=(2, page_foot("", "1")))
d.add()
d.paras(1, "The schools themselves are not the problem. They are among the few institutions in the delta "
        "that still work, and closing them would cost the state more goodwill than the Network could ever win "
        "on its own. What would help is a register of the volunteers who teach in them, kept by the "
        "education board rather than the police.",
        "The Network's own statements, issued in the name of Battalion 44, Company 12, never mention the "
        "schools. That silence is itself a sign of how much they matter to it.")
d.add()
d.bio("Helga Morrison-Abadi is a lecturer in criminology at the University of Tarrow and has studied "
      "recruitment in the delta since 2039.")
d.fur("", "Notes", "")
d.paras(1, "[1] Author interviews with teachers and former students in Vessan Mouth and Pell, 2045.",
        "[2] Delta Police Command, summary of prosecutions, March 2046.",
        "[3] Ibid.; and court records of the Tarrow District Court, cases heard in 2045.")
d.fur("", "2", "\f", "BRIEFS", "", P02_C, "", "Rhiannon Castellano", "")
d.paras(3, "Boatmen who carry goods on the lower Vessan say they are now paid in diesel rather than cash by "
        "traders who buy from the Delta Network's depots. The fuel is worth more than the fare and cannot be "
        "traced.",
        "The river authority says it has no power to inspect cargo on boats under twelve metres.")
d.fur("", P02_D, "", "By Odile Baptiste-Wren", "")
d.para(4, "A court in Tarrow has ordered the release of four men held for nine weeks without charge on "
       "suspicion of helping the Delta Network move money. The judge found that the police had not shown "
       "why the men could not be questioned while on bail.", brk=(2, ["", "3", "\f",
       "TerrorismMonitor Volume44\u2014Issue12 \u25aa", ""]))
d.add()
d.para(4, "Prosecutors said they would appeal. The men's lawyers said their clients would stay in the city.")
d.fur("", P02_E, "")
d.paras(5, "Engineers restoring the radio mast on Orsk Ridge found that its cables had been cut with a saw "
        "rather than broken by the wind, as first reported. The mast carries police and ambulance radio for "
        "the northern delta.",
        "No group has claimed the damage. It is the third such attack on a mast in the region this year.")
d.fur("", "4", "\f", P02_B, "", "By Piers Okonjo-Hale", "")
d.paras(2, "The Carrow valley has forty-one checkpoints along ninety kilometres of road. Most are manned by "
        "the army, some by the provincial police and a handful by village guards whose uniforms are their "
        "own. A farmer taking apples to market at Tarrow may be stopped eight times.",
        "Each stop is short and most are polite. But the cost adds up: a day's journey becomes two, fruit "
        "spoils, and the young men who are searched most often learn to expect it.")
d.fur("")
d.add("Ten Days in Carrow Vale", 2)
d.add()
d.paras(2, "In May the author travelled the valley with a lorry driver and a bus conductor. In ten days the "
        "lorry was stopped fifty-three times and searched twice; the bus was stopped thirty-one times and "
        "searched at every army post.",
        "By Sunday and Monday the conductor had stopped collecting fares from passengers who were searched, "
        "because, he said, they had already paid enough for the journey.",
        "None of this makes the valley's young men join armed groups. It does make the groups' claim that "
        "the state treats the valley as hostile ground easier to believe, and it costs the state nothing "
        "to change.")
d.add()
d.bio("Piers Okonjo-Hale is a journalist based in Tarrow who has reported on the Carrow valley for twelve years.")
d.fur("", "5")
META = dict(date="2046-06-18", pub=TM, volume=44, issue=12)
emit("p02_tm_issue_blank_lines_tagline_volume_dash_issue_arabic_date_below_contents_title_bar_names_bar_page_caps_two_authors_bio_first_before_notes_briefs_between_features_header_once_mangled_bare_numbers", d, [
    dict(title=P02_A, authors=["Helga Morrison-Abadi", "Teodor Sallinen"], kind="feature", **META),
    dict(title=P02_B, authors=["Piers Okonjo-Hale"], kind="feature", **META),
    dict(title=P02_C, authors=["Rhiannon Castellano"], kind="brief", **META),
    dict(title=P02_D, authors=["Odile Baptiste-Wren"], kind="brief", **META),
    dict(title=P02_E, authors=[], kind="brief", **META)],
    comments=["Open choices: `Volume 44 — Issue 12` over `18 June 2046` is volume 44, issue 12, dated 2046-06-18;",
              "the contents print `FEATURES` and `BRIEFS` over their entries, so the two long pieces are features",
              "and the three under the printed `BRIEFS` label are briefs (the third unsigned); the capitals byline",
              "names both co-authors in proper case; the bio (of the first co-author only, printed after the text",
              "and before `Notes`) is not text, the notes `[n] …` are; `Ten Days in Carrow Vale` is a subheading",
              "(text); `By Sunday and Monday …` is prose; `Battalion 44, Company 12` is prose; the running header",
              "printed once (mangled, with a stray glyph) and the bare page numbers are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# p03: a whole Terrorism Monitor issue with blank lines (PDF text): the weekday and date first (`Monday, November 5,
# 2046`), then the name and `Vol. 44 No. 21`; `ARTICLES` of entries `Title — by NAMES — page N` and `Briefs — page N`;
# feature A `By NAME` with `[n]` markers, `Notes` and a bio after the Notes; feature B `By NAME and NAME` with a
# heading that reads like a title (`The Widow of Sarn Ferry`) and a bio of both co-authors in one paragraph after the
# text; `BRIEFS` at the end over three (a bare name line, `By NAME and NAME`, `BY NAME`), one opening `By noon and
# nightfall …`; running footers in lower case over `Page N of 6`, one mangled; prose `the 21st Rifles … 44 men` is no
# numbering; sidecar.
d = Doc(80, hyph=True)
P03_A = "The Return of the Kessel Column: Old Commanders, New Recruits"
P03_B = "Ransom on the River: Kidnapping as Policy in the Sarn Marshes"
P03_C = "Border Guards Report Drone Drops Near Halm"
P03_D = "Students Detained After Campus Rally in Orvell"
P03_E = "Bridge at Tessin Reopens Under Guard"
P03_FOOT = "terrorism monitor \u00b7 vol. 44 no. 21"
d.fur("Monday, November 5, 2046", "", "TERRORISM MONITOR", "Vol. 44 No. 21", "", "ARTICLES", "",
      f"{P03_A} \u2014 by Mirela Santangelo \u2014 page 1",
      f"{P03_B} \u2014 by Jonas Achterberg and Farida Quist-Molina \u2014 page 3",
      "Briefs \u2014 page 5", "", P03_A, "", "By Mirela Santangelo", "")
d.paras(1, "The Kessel Column was declared defeated in 2039, when its last commander surrendered at the ford "
        "below Harrowgate. Seven years on, men who fought under him are again leading armed bands in the "
        "hills, and they are recruiting young men who were children when the Column laid down its arms.[1]",
        "The new bands use the old name sparingly. Their leaflets speak of the Column as a memory rather than "
        "an organisation, and the men who lead them are careful not to claim command over one another.")
d.add()
d.para(1, "What unites them is a grievance the peace settlement left open. The settlement promised land "
       "to demobilised fighters; of the 3,100 plots promised, fewer than 900 were ever surveyed, and most of "
       "those were on the wrong side of the river.[2]", brk=(3, page_foot("", P03_FOOT, "Page 1 of 6")))
d.add()
d.paras(1, "The recruits are not veterans' sons, as the army assumes. Most come from the towns of the valley "
        "floor, where work has dried up since the tannery closed, and few have any family tie to the Column.",
        "A government that wants to stop this has a cheap tool at hand: finish the land survey it promised in "
        "2039. It would cost less than a month of the current operation in the hills.[3]")
d.fur("", "Notes", "")
d.paras(1, "[1] Interviews by the author with former members of the Kessel Column in Harrowgate, August 2046.",
        "[2] Land Commission of the Kessel Valley, progress report, December 2045.",
        "[3] The operation's cost is set out in the defence ministry's supplementary budget for 2046.")
d.add()
d.bio("Mirela Santangelo is an independent researcher who has followed the Kessel valley since the "
      "settlement of 2039.")
d.fur("", P03_FOOT, "Page 2 of 6", "\f", P03_B, "", "By Jonas Achterberg and Farida Quist-Molina", "")
d.paras(2, "In the Sarn marshes kidnapping is no longer a crime of opportunity. Since the spring, the armed "
        "group that calls itself the Reed Council has taken at least nineteen people from the river boats "
        "and released all but two after payment.",
        "The Council sets its prices by the boat. A passenger on a mail launch costs less than a fuel "
        "trader, and a foreign engineer costs most of all. The money goes, the group says, to the villages "
        "that the state has forgotten.")
d.add()
d.add("The Widow of Sarn Ferry", 2)
d.add()
d.para(2, "The Council's go-between is a widow who runs the ferry at Sarn. Families pay her, she crosses the "
       "river, and within a day or two the hostage walks out of the reeds. She has never been charged; the "
       "police say they need her more than they need a conviction.", brk=(2, page_foot("",
       "terrorismmonitor\u00b7vol.44no.21 \u25a1", "Page 3 of 6")))
d.add()
d.paras(2, "The army's last sweep of the marshes, in 2045, found camps but no hostages and killed a fisherman "
        "by mistake. The 21st Rifles lost 44 men to fever in the three months they spent there.",
        "Paying works, and everyone knows it. Until the state offers the marsh villages something the Council "
        "cannot, the ferry will keep running.")
d.add()
d.bio("Jonas Achterberg is a fellow of the Halloran Institute. Farida Quist-Molina reports from the river "
      "provinces for several newspapers.")
d.fur("", P03_FOOT, "Page 4 of 6", "\f", "BRIEFS", "", P03_C, "", "Annika Lowenthal-Rees", "")
d.paras(3, "Border guards at Halm say they have seen small drones drop packages on the far side of the "
        "frontier fence at night on at least six occasions since September.",
        "The packages have not been recovered. Guards believe they hold phones and cash for men waiting "
        "in the forest.")
d.fur("", P03_D, "", "By Selim Varga and Imogen Tesfaye", "")
d.paras(4, "Police in Orvell detained fourteen students after a rally at the university in support of men "
        "on trial for the bombing of the Orvell tax office last year.",
        "By noon and nightfall all but two had been released. The university has suspended the student "
        "society that called the rally.")
d.fur("", P03_FOOT, "Page 5 of 6", "\f", P03_E, "", "BY CASIMIR NDIAYE-HOLT", "")
d.paras(5, "The bridge at Tessin, closed since a lorry bomb damaged its eastern span in July, reopened on "
        "Thursday with soldiers posted at both ends.",
        "Only cars and buses may cross. Lorries must still take the ferry, which carries six at a time.")
d.fur("", "The Terrorism Monitor is a publication of the Halloran Institute for Security Studies.",
      "Views are the authors' own. \u00a9 Halloran Institute 2046.", "", P03_FOOT, "Page 6 of 6")
META = dict(date="2046-11-05", pub=TM, volume=44, issue=21)
emit("p03_tm_issue_blank_lines_weekday_date_first_vol_no_articles_title_by_names_page_bio_after_notes_two_authors_bio_both_one_paragraph_briefs_end_bare_name_two_names_caps_lowercase_footer_page_of_mangled", d, [
    dict(title=P03_A, authors=["Mirela Santangelo"], kind="feature", **META),
    dict(title=P03_B, authors=["Jonas Achterberg", "Farida Quist-Molina"], kind="feature", **META),
    dict(title=P03_C, authors=["Annika Lowenthal-Rees"], kind="brief", **META),
    dict(title=P03_D, authors=["Selim Varga", "Imogen Tesfaye"], kind="brief", **META),
    dict(title=P03_E, authors=["Casimir Ndiaye-Holt"], kind="brief", **META)],
    comments=["Open choices: `Monday, November 5, 2046` over the name and `Vol. 44 No. 21` is dated 2046-11-05,",
              "volume 44, issue 21; the two features are listed by title under no label, so each is a feature;",
              "`BRIEFS` covers the three pieces under it; a bare name line under a brief's title is its byline;",
              "the bios (after the Notes; of both co-authors in one paragraph after the text) are not text; the",
              "notes are text, `Notes` is not; `The Widow of Sarn Ferry` is a subheading (text); `By noon and",
              "nightfall …` opens a paragraph of prose; `The 21st Rifles lost 44 men` is prose; the footers in",
              "lower case (one mangled, with a stray glyph), `Page N of 6`, contents and the notice are furniture."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# p04: a whole issue of an invented sibling monitor, *Meridane Gulf Monitor*, with blank lines (PDF text): the name in
# capitals, `No. 5 (Vol. 7) — May 2046` (the issue before the volume in brackets, only a month and year), the trust's
# line; `In this edition` of entries `LABEL: Title` with no pages; singular section labels `BRIEF` (`By NAME`),
# `ANALYSIS` (a bare name line, `[n]`, a heading that reads like a title, a running footer between two halves of a
# sentence, `Notes`, a bio after the Notes), `FIELD REPORT` (`By NAME`, a paragraph opening `By the harbour master's
# count, …`) and `BRIEF` (unsigned); running footers `Meridane Gulf Monitor | May 2046 | N`; prose `Berth 7, Quay 5`
# is no numbering; no sidecar.
d = Doc(78, hyph=True)
MGM = "Meridane Gulf Monitor"
P04_A = "Smugglers Switch to Pearl Boats off Cape Sallow"
P04_B = "The Gulf's Quiet Militias: Who Guards the Oil Jetties of Port Ossery?"
P04_C = "A Night with the Coast Watch at Tessel Key"
P04_D = "Navy Opens Inquiry into Lost Patrol Boat"
P04_FOOT = "Meridane Gulf Monitor | May 2046 | "
d.fur("MERIDANE GULF MONITOR", "No. 5 (Vol. 7) \u2014 May 2046",
      "Published monthly by the Corvell Trust for Maritime Studies", "", "In this edition", "",
      f"BRIEF: {P04_A}", f"ANALYSIS: {P04_B}", f"FIELD REPORT: {P04_C}", f"BRIEF: {P04_D}", "",
      "BRIEF", "", P04_A, "", "By Lorcan Abernethy-Sow", "")
d.paras(1, "Customs officers on the southern shore of the gulf say smugglers who once used fast launches have "
        "moved to the old wooden pearl boats, which are slow but attract no attention among the fishing fleet.",
        "Two boats stopped in April carried cigarettes and rifle parts under their nets. Both were registered "
        "to men who had not fished for pearls in a decade.")
d.fur("", "ANALYSIS", "", P04_B, "", "Saoirse Delacroix-Amadi", "")
d.paras(2, "Port Ossery ships most of the gulf's crude oil from four jetties that reach a kilometre into the "
        "bay. The jetties are guarded not by the navy or the port police but by three private companies, each "
        "recruited from a different clan of the coast.[1]",
        "This arrangement has kept the jetties safe for six years. It has also given three clans armed men, "
        "boats and a share of the port's revenue, and it has made the port hostage to their quarrels.")
d.add()
d.add("Where the Channel Narrows", 2)
d.add()
d.para(2, "The danger is clearest at the harbour mouth, where the channel narrows to four hundred metres "
       "between Berth 7, Quay 5 and the breakwater. In March two guard boats from rival companies blocked "
       "each other there for most of a night while a tanker waited outside, and the port authority had to "
       "call the clan elders to end the stand-off.[2]", brk=(3, page_foot("", P04_FOOT + "1")))
d.add()
d.paras(2, "The companies are not militias in the usual sense. Their men are paid, trained and insured, and "
        "they answer to contracts. But the contracts are renewed by a port board on which the clans sit, and "
        "nobody at the port expects that to change.[3]",
        "The navy could take over the jetties, and has offered to. The clans would then have armed men with "
        "no work, which nobody in Port Ossery thinks is an improvement.")
d.fur("", "Notes", "")
d.paras(2, "[1] Port Ossery Authority, annual report for 2045, section 6.",
        "[2] Interviews by the author with two tanker pilots and a port official, April 2046.",
        "[3] The board's membership is published in the Ossery Gazette each January.")
d.add()
d.bio("Saoirse Delacroix-Amadi is a senior fellow of the Corvell Trust and writes on port security in the "
      "Meridane gulf.")
d.fur("", P04_FOOT + "2", "\f", "FIELD REPORT", "", P04_C, "", "By Anselm Oduya-Farrant", "")
d.paras(3, "The coast watch at Tessel Key is four men, a radio, a pair of binoculars bought in 2031 and a "
        "hut on stilts above the tide line. From dusk to dawn they log every light that moves on the water.",
        "By the harbour master's count, the watch logged 212 vessels in April and reported eleven to the "
        "navy. The navy boarded three.")
d.add()
d.para(3, "The men are paid by the island council, not the state, and they know most of the boats they see. "
       "What they report, they say, are the boats they do not know, and the ones that run without lights "
       "when there is no moon.", brk=(2, page_foot("", P04_FOOT + "3")))
d.add()
d.para(3, "At three in the morning a launch passed the key heading north at speed. The watch radioed it in. "
       "Nobody answered.")
d.fur("", "BRIEF", "", P04_D, "")
d.paras(4, "The navy has opened an inquiry into the loss of a patrol boat that sank at its moorings in Port "
        "Ossery in April. Sailors say the hull had been reported as leaking twice.",
        "No one was aboard when it sank. The boat had been due for repair in June.")
d.fur("", "The Meridane Gulf Monitor is published by the Corvell Trust for Maritime Studies, a registered",
      "charity. The views expressed are those of the authors.", "", P04_FOOT + "4")
META = dict(date="2046-05-01", pub=MGM, volume=7, issue=5)
emit("p04_sibling_caps_name_no_issue_vol_in_brackets_month_year_in_this_edition_label_colon_title_brief_analysis_bare_name_footer_mid_sentence_bio_after_notes_field_report_unsigned_brief", d, [
    dict(title=P04_A, authors=["Lorcan Abernethy-Sow"], kind="brief", **META),
    dict(title=P04_B, authors=["Saoirse Delacroix-Amadi"], kind="analysis", **META),
    dict(title=P04_C, authors=["Anselm Oduya-Farrant"], kind="field report", **META),
    dict(title=P04_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the masthead prints the name in capitals, so the publication is `Meridane Gulf",
              "Monitor`; `No. 5 (Vol. 7) — May 2046` is issue 5 of volume 7, dated 2046-05-01 (only month and",
              "year printed); each singular section label names its piece (`BRIEF` → brief, `ANALYSIS` →",
              "analysis, `FIELD REPORT` → field report, a two-word label kept as printed); the bare name line is",
              "the analysis's byline; the last brief is unsigned; `Where the Channel Narrows` is a subheading",
              "(text); `Berth 7, Quay 5` and `By the harbour master's count, …` are prose; the bio after the Notes",
              "is not text; footers (one between two halves of a sentence), contents and the notice are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# p05: a whole issue of an invented sibling monitor, *Orvane Steppe Monitor*, printed WITHOUT blank lines (PDF text):
# the trust over the name in capitals, `Third Volume, Ninth Issue — 14 August 2046` (numbering in words), a
# `Contents:` line over entries `Title (p. N)` under `REPORTS` and `AROUND THE PLATEAU`; `REPORTS` (a plural genre)
# over two: `BY NAME` with a bio after the text, and `By NAME and NAME` with `[n]`, `Notes` and the bio of only the
# second co-author after the Notes; `AROUND THE PLATEAU` (a place-like section name) over two: `Filed by NAME` and an
# unsigned piece; running headers `Orvane Steppe Monitor · 3/9 · 14 August 2046 · N` between halves of sentences, one
# mangled; prose `Grazing Order 3/9` and a heading `The Well at Sumbel Ford` are look-alikes; sidecar.
d = Doc(82, hyph=True)
OSM = "Orvane Steppe Monitor"
P05_A = "Horsemen for Hire: The Private Escorts of the Orvane Caravan Trade"
P05_B = "Water Rights and Rifles on the Upper Tavash"
P05_C = "Herders Block Highway at Karsen Junction"
P05_D = "Clinic at Ulm Reopens After Raid"

def p05_head(page, mangled=False):
    if mangled:
        return ["\f", f"OrvaneSteppeMonitor\u00b73/9\u00b714August2046 \u25cf{page}"]
    return ["\f", f"Orvane Steppe Monitor \u00b7 3/9 \u00b7 14 August 2046 \u00b7 {page}"]

d.fur("The Ansgar-Pellew Trust for Steppe Studies", "ORVANE STEPPE MONITOR",
      "Third Volume, Ninth Issue \u2014 14 August 2046", "Contents:", "REPORTS", f"{P05_A} (p. 1)",
      f"{P05_B} (p. 2)", "AROUND THE PLATEAU", f"{P05_C} (p. 4)", f"{P05_D} (p. 5)", "REPORTS", P05_A,
      "BY ODHRAN VELASCO-MBEKI")
d.para(1, "The caravans that carry cloth and tea across the Orvane steppe no longer travel with soldiers. "
       "Since the army withdrew its escorts in 2044, traders hire horsemen from the herding clans, paying "
       "by the day and by the camel.")
d.para(1, "The escorts are cheap, they know the ground and they are good at their work: only two caravans "
       "have been robbed this year, against eleven in the last year of army escorts. The trouble is what "
       "the horsemen do between jobs.", brk=(2, p05_head(2)))
d.para(1, "Several of the escort bands have begun charging caravans that do not hire them. A trader who "
       "crosses the Sumbel plain without an escort now pays a toll at the wells, and the men who collect it "
       "are the same men who escort the caravans that pay.")
d.para(1, "The provincial governor calls this banditry. The traders call it insurance. Both are right, and "
       "neither has a plan for what happens when the escorts decide the toll is worth more than the work.")
d.bio("Odhran Velasco-Mbeki is a researcher at the Ansgar-Pellew Trust who has travelled with the Orvane "
      "caravans since 2041.")
d.fur(P05_B, "By Katarzyna Oyelowo and Bertil Amsterdam-Reyes")
d.para(2, "The Upper Tavash river feeds the last irrigated fields on the plateau, and every village along it "
       "holds a written share of its water. Since the drought of 2045 those shares have been enforced with "
       "rifles.[1]")
d.add("The Well at Sumbel Ford", 2)
d.para(2, "At Sumbel Ford a dispute over a single well left three men dead in June. The well was dug in "
       "the 1990s under Grazing Order 3/9, which gave it to two villages in alternate weeks; each village "
       "now claims the other broke the order first.[2]", brk=(2, p05_head(3, mangled=True)))
d.para(2, "The armed groups of the plateau have noticed. The Tavash Front, which had been quiet since 2042, "
       "has offered to arbitrate water disputes in three districts, and in two of them the villages "
       "accepted.[3]")
d.para(2, "Arbitration is how the Front first won friends on the plateau twenty years ago. The ministry of "
       "water has the surveys and the engineers to settle these disputes itself; what it lacks is anyone "
       "on the river who trusts it.", brk=(1, p05_head(4)))
d.add("Notes", 0)
d.para(2, "[1] Ministry of Water of Orvane Province, register of river shares, 2040 edition.")
d.para(2, "[2] Interviews by the authors with elders of both villages, July 2046.")
d.para(2, "[3] Statements of the Tavash Front, posted at the market in Karsen, June and July 2046.")
d.bio("Bertil Amsterdam-Reyes is a hydrologist who has worked on the Upper Tavash for fifteen years.")
d.fur("AROUND THE PLATEAU", P05_C, "Filed by Marguerite Osei-Lindqvist")
d.para(3, "Herders drove some two thousand sheep onto the highway at Karsen Junction on Sunday, blocking "
       "traffic for six hours in protest at the fencing of winter pastures by a mining company.")
d.para(3, "Police cleared the road without arrests. The company says the fences will stay.")
d.fur(*p05_head(5))
d.fur(P05_D)
d.para(4, "The clinic at Ulm, closed since armed men took its medicines in May, reopened last week with a "
       "nurse and a doctor who visits twice a month. The village council has paid for a night watchman.")
d.fur("The Orvane Steppe Monitor is published by the Ansgar-Pellew Trust for Steppe Studies. Opinions are",
      "the authors' own. \u00a9 2046.")
META = dict(date="2046-08-14", pub=OSM, volume=3, issue=9)
emit("p05_sibling_no_blank_lines_trust_caps_name_volume_issue_in_words_contents_colon_title_page_paren_reports_caps_byline_two_authors_bio_second_after_notes_around_the_plateau_filed_by_unsigned_headers_mid_sentence_mangled", d, [
    dict(title=P05_A, authors=["Odhran Velasco-Mbeki"], kind="report", **META),
    dict(title=P05_B, authors=["Katarzyna Oyelowo", "Bertil Amsterdam-Reyes"], kind="report", **META),
    dict(title=P05_C, authors=["Marguerite Osei-Lindqvist"], kind="brief", **META),
    dict(title=P05_D, authors=[], kind="brief", **META)],
    comments=["Open choices: the name is printed in capitals, so the publication is `Orvane Steppe Monitor`;",
              "`Third Volume, Ninth Issue — 14 August 2046` is volume 3, issue 9 (numbering in words, as the",
              "running header's `3/9` confirms), dated 2046-08-14; `REPORTS` is a plural genre label over two",
              "long pieces, so each is a report; `AROUND THE PLATEAU` is a section name no page uses as a genre",
              "over two short pieces, so each is a brief; `Filed by NAME` is a byline; the last piece is",
              "unsigned; `BY NAME` is written in proper case; the bios (after the text; of the second co-author",
              "only, after the Notes) are not text; `The Well at Sumbel Ford` is a subheading (text); `Grazing",
              "Order 3/9` is prose; running headers (one mangled) between halves of sentences, the contents and",
              "the notice are furniture."],
    sidecar="publication: Orvane Steppe Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# p06: the web version of p01's feature A on the institute's site, one line per paragraph with blank lines: a skip
# link, the name, a menu on one line with bars, a search prompt, the breadcrumb `Monitors / Terrorism Monitor / Issue 5
# of Volume XLIV`, the title, the two authors' names after a comma on a line of their own, `Thursday 8 March 2046 ·
# Feature · 6 minute read`, a share line, the text with `[n]`, `Notes`, `Contributors` (each name over a bio), `More
# from the Terrorism Monitor` (a teaser opening `By Land and by Lake`), a subscribe line and the footer; sidecar `url:`.
d = Doc()
items = [(0, "Skip to main content"), (0, "Halloran Institute for Security Studies"),
         (0, "Research | Monitors | Events | Experts | About | Support us"), (0, "Search the site"),
         (0, "Monitors / Terrorism Monitor / Issue 5 of Volume XLIV"), (0, P01_A),
         (0, "Ilse Danker, Marek Oyelaran-Voss"), (0, "Thursday 8 March 2046 \u00b7 Feature \u00b7 6 minute read"),
         (0, "Share on X \u00b7 Share on LinkedIn \u00b7 Email \u00b7 Print")]
items += [(1, t) for t in P01_A_PARAS]
items += [(0, "Notes")] + [(1, t) for t in P01_A_NOTES]
items += [(0, "Contributors"), (0, "Ilse Danker"),
          (0, "Ilse Danker is a senior analyst at the Halloran Institute and edits its series on the southern "
              "uplands."),
          (0, "Marek Oyelaran-Voss"),
          (0, "Marek Oyelaran-Voss is a research fellow at the Halloran Institute, where he studies the economies "
              "of armed groups in the southern uplands."),
          (0, "More from the Terrorism Monitor"),
          (0, "By Land and by Lake: Smuggling Routes Around Lake Orm \u2014 21 February 2046"),
          (0, "Pilgrims and Police at the Shrine of Sett \u2014 7 February 2046"),
          (0, "Get the Terrorism Monitor in your inbox every fortnight. Subscribe"),
          (0, "\u00a9 2046 Halloran Institute for Security Studies \u00b7 Privacy \u00b7 Accessibility \u00b7 Contact us")]
webpage(d, items)
emit("p06_web_of_p01_feature_skip_bar_menu_search_slash_breadcrumb_issue_of_volume_names_comma_line_weekday_date_feature_reading_time_share_notes_contributors_name_over_bio_more_from_teasers", d, [
    dict(title=P01_A, authors=["Ilse Danker", "Marek Oyelaran-Voss"], kind="feature", date="2046-03-08", pub=TM,
         volume=44, issue=5)],
    comments=["Open choices: the web version of p01's first feature; the line of two names separated by a comma",
              "under the title is the byline; `Feature` on the date line is the kind; `Issue 5 of Volume XLIV` in",
              "the breadcrumb is volume 44, issue 5; the date is the page's (2046-03-08); the notes `[n] …` are",
              "text, `Notes` is not; `The Quarry at Delmont Rise` is a subheading (text); the contributors' box",
              "(names over bios) is not text; the teaser `By Land and by Lake: …` is furniture, no byline; the",
              "publication is the monitor, not the institute whose site carries it."],
    sidecar="url: https://halloran-institute.example.org/monitors/terrorism-monitor/salt-diesel-drovers-levy",
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# p07: the web version of p04's analysis on the trust's site, one line per paragraph WITHOUT blank lines: the trust's
# name, `Menu`, `Home › Publications › Meridane Gulf Monitor › No. 5 (Vol. 7)`, `ANALYSIS` over the title, `Article by
# NAME`, `Date: 12 May 2046`, `Listen · 7 min`, a share line, the text, `Notes`, `The author` over a bio, `Also in No.
# 5 (Vol. 7)` teasers, a donation line and a charity footer; no sidecar.
d = Doc()
P07_PARAS = [
    "Port Ossery ships most of the gulf's crude oil from four jetties that reach a kilometre into the bay. The "
    "jetties are guarded not by the navy or the port police but by three private companies, each recruited from "
    "a different clan of the coast.[1]",
    "This arrangement has kept the jetties safe for six years. It has also given three clans armed men, boats "
    "and a share of the port's revenue, and it has made the port hostage to their quarrels.",
    "Where the Channel Narrows",
    "The danger is clearest at the harbour mouth, where the channel narrows to four hundred metres between "
    "Berth 7, Quay 5 and the breakwater. In March two guard boats from rival companies blocked each other there "
    "for most of a night while a tanker waited outside, and the port authority had to call the clan elders to "
    "end the stand-off.[2]",
    "The companies are not militias in the usual sense. Their men are paid, trained and insured, and they answer "
    "to contracts. But the contracts are renewed by a port board on which the clans sit, and nobody at the port "
    "expects that to change.[3]",
    "The navy could take over the jetties, and has offered to. The clans would then have armed men with no work, "
    "which nobody in Port Ossery thinks is an improvement.",
]
items = [(0, "Corvell Trust for Maritime Studies"), (0, "Menu"),
         (0, "Home \u203a Publications \u203a Meridane Gulf Monitor \u203a No. 5 (Vol. 7)"), (0, "ANALYSIS"),
         (0, P04_B), (0, "Article by Saoirse Delacroix-Amadi"), (0, "Date: 12 May 2046"),
         (0, "Listen \u00b7 7 min"), (0, "Print | Email | Copy link")]
items += [(1, t) for t in P07_PARAS]
items += [(0, "Notes"), (1, "1. Port Ossery Authority, annual report for 2045, section 6."),
          (1, "2. Interviews by the author with two tanker pilots and a port official, April 2046."),
          (1, "3. The board's membership is published in the Ossery Gazette each January."),
          (0, "The author"),
          (0, "Saoirse Delacroix-Amadi is a senior fellow of the Corvell Trust and writes on port security in the "
              "Meridane gulf."),
          (0, "Also in No. 5 (Vol. 7)"), (0, P04_A), (0, P04_C),
          (0, "Our research is free to read. Support it with a donation."),
          (0, "Registered charity no. 1184402 \u00b7 \u00a9 Corvell Trust for Maritime Studies 2046 \u00b7 Terms \u00b7 Cookies")]
webpage(d, items, blank=False)
emit("p07_web_of_p04_analysis_no_blank_lines_menu_word_breadcrumb_no_vol_brackets_caps_label_article_by_date_colon_listen_share_numbered_notes_the_author_also_in_teasers_charity", d, [
    dict(title=P04_B, authors=["Saoirse Delacroix-Amadi"], kind="analysis", date="2046-05-12", pub=MGM,
         volume=7, issue=5)],
    comments=["Open choices: the web version of p04's analysis; `ANALYSIS` over the title is the kind; `Article by",
              "NAME` is the byline; `Date: 12 May 2046` is the page's date (the issue prints only May 2046);",
              "`No. 5 (Vol. 7)` in the breadcrumb is issue 5 of volume 7; the numbered notes are text, `Notes` is",
              "not; `Where the Channel Narrows` is a subheading (text); the author box, the teasers (titles of",
              "other pieces of the issue), the donation line and the footer are furniture; the publication is the",
              "monitor the breadcrumb names (as for p04), not the trust whose site carries it."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# p08: a mine-action charity's field diary (*Stillwater Mine Action Network*), one line per paragraph with blank lines,
# opening with a crawler's YAML block (quoted title, the site after ` · `, an ISO date with a time); a cookie line, the
# name, a menu, `Home › Field diary › Kelso Vale`, the title, `NAME | Role`, `15 July 2046`, a photo caption with its
# credit, a heading that reads like a title (`What the Goats Found`), word-processor roman endnotes `[[i]](#_edn1)`
# placed before the stop, their entries after a rule of underscores, a donation box and the footer; a paragraph
# opening `By hand, …` and `Team 3, Section 14` are look-alikes; sidecar `url:`.
d = Doc()
P08 = "Three Weeks on the Orchard Terraces of Kelso Vale"
items = [(0, "---"), (0, f'title: "{P08} \u00b7 Stillwater Mine Action Network"'),
         (0, "source: https://stillwater-mines.example.org/field-diary/kelso-vale-orchard-terraces"),
         (0, "date: 2046-07-15T08:40:00+00:00"),
         (0, 'description: "Our survey team spent three weeks clearing the terraces above Kelso Vale. This is '
             'what they found, and what is left to do."'), (0, "---"),
         (0, "We use cookies to understand how visitors use this site. Accept all | Manage preferences"),
         (0, "Stillwater Mine Action Network"), (0, "Who we are   Where we work   Field diary   Donate"),
         (0, "Home \u203a Field diary \u203a Kelso Vale"), (0, P08),
         (0, "Hedda Marchetti-Obi | Survey Team Leader, Northern Region"), (0, "15 July 2046"),
         (1, "The orchard terraces above Kelso Vale were planted in the 1970s and mined in 2041, when the valley "
             "changed hands twice in a single summer. Nobody has picked an apple there since[[i]](#_edn1)."),
         (1, "Our team of nine arrived on 20 June with a mechanical flail, two dogs and a list of eleven places "
             "where villagers had seen mines or heard them go off. The list was the most useful tool we had."),
         (0, "Photo: The flail working the third terrace, June 2046. \u00a9 Stillwater / Jonah Pell-Abara"),
         (1, "By hand, the team clears about forty square metres a day on ground the flail cannot reach. On the "
             "terraces that is most of the ground, because the walls between them are too steep for the machine."),
         (1, "What the Goats Found"),
         (1, "Two of the eleven places on the villagers' list were known only because goats had died there. We "
             "found seven mines in the first, laid in a neat row along the foot of a wall, and none in the "
             "second[[ii]](#_edn2)."),
         (1, "The row tells us something. Mines laid in a pattern were laid by a unit that kept records, and "
             "records can be asked for. We have written to the authorities on both sides of the 2041 front line "
             "asking for the maps of Team 3, Section 14, which the markings on the mines point to[[iii]](#_edn3)."),
         (1, "In three weeks we cleared 1.2 hectares and destroyed nineteen mines and four unexploded mortar "
             "bombs. About six hectares of terraces remain. The villagers want to harvest in September of next "
             "year, and we think that is possible if the maps turn up."),
         (0, "________________"),
         (1, "[[i]](#_ednref1) Interviews with residents of Kelso Vale, June 2046."),
         (1, "[[ii]](#_ednref2) Stillwater survey records, Kelso Vale task 46/07, entries for 24 and 26 June."),
         (1, "[[iii]](#_ednref3) The letters were sent on 9 July 2046 through the regional mine action centre."),
         (0, "Can you help us finish Kelso Vale? \u20ac40 pays for a day of a deminer's work. Give now"),
         (0, "Stillwater Mine Action Network is a registered charity. \u00a9 2046 \u00b7 Privacy \u00b7 Safeguarding")]
webpage(d, items)
emit("p08_charity_field_diary_yaml_quoted_title_middot_suffix_iso_time_cookie_menu_breadcrumb_name_bar_role_date_photo_credit_heading_roman_endnotes_before_stop_underscore_rule_donate", d, [
    dict(title=P08, authors=["Hedda Marchetti-Obi"], kind="field diary", date="2046-07-15",
         pub="Stillwater Mine Action Network")],
    comments=["Open choices: the crawler block, cookie line, menu, breadcrumb, byline, date, caption with its",
              "credit, the rule of underscores, the donation box and footer are not text; the title is the block's",
              "without the site after ` · `; `NAME | Role` names the author (the photographer is none); the",
              "breadcrumb's genre item `Field diary` is the kind (a two-word label kept as printed); `What the",
              "Goats Found` is a subheading (text); `By hand, …` and `Team 3, Section 14` are prose; the roman",
              "endnote entries are text (under no heading)."],
    sidecar="url: https://stillwater-mines.example.org/field-diary/kelso-vale-orchard-terraces", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# p09: a wire service's news story (*Corran Wire*), one line per paragraph with blank lines, opening with a crawler's
# YAML block whose date and description are `unknown` (the title with the site after ` - `); a cookie banner, the name,
# `News / World / Eastern Marches`, the title, a line of three names separated by commas with no `and`, `April 22, 2046
# at 2:05 PM GMT`, an image caption with its credit, `Advertisement` inside the text, a heading `Why the Depot Was
# Chosen`, `← Previous story` / `Next story →`, a newsletter line and a disclaimer; `Route 44, bus No. 12` and a
# paragraph opening `By Tuesday night …` are look-alikes; no sidecar.
d = Doc()
P09 = "Bus Depot Fire in Marrow Cross Was Arson, Police Say"
items = [(0, "---"), (0, f"title: {P09} - Corran Wire"),
         (0, "source: https://corranwire.example.com/world/eastern-marches/marrow-cross-depot-fire-arson"),
         (0, "date: unknown"), (0, "description: unknown"), (0, "---"),
         (0, "This website uses cookies to give you the best experience. By continuing you agree to our use of "
             "cookies. Got it"), (0, "CORRAN WIRE"), (0, "News / World / Eastern Marches"), (0, P09),
         (0, "Dagny Holm-Achebe, Ruaridh Santos, Lilou Abramczyk"), (0, "April 22, 2046 at 2:05 PM GMT"),
         (1, "A fire that destroyed fourteen buses at the main depot in Marrow Cross on Friday night was started "
             "deliberately, police said on Sunday, and they are treating it as an attack by the separatist "
             "group that has threatened the city's transport company since March."),
         (0, "The burnt-out shells of buses at the Marrow Cross depot on Saturday morning. (Image: Pietro "
             "Lanz-Oduro / Corran Wire)"),
         (1, "Investigators found traces of petrol at three points along the depot's fence, a police spokesman "
             "told reporters. No one was hurt; the night shift of four mechanics escaped through a side gate."),
         (1, "By Tuesday night the company expects to run a reduced service on its busiest lines, including "
             "Route 44, bus No. 12 to the hospital and the school runs, with vehicles borrowed from neighbouring "
             "towns."),
         (0, "Advertisement"),
         (1, "Why the Depot Was Chosen"),
         (1, "The depot is the company's only one, and the company is owned by the city council, which the "
             "separatists accuse of hiring workers from outside the region. In March the group sent letters to "
             "the company's drivers telling them to stay at home."),
         (1, "\u201cThey want people to be afraid to take the bus,\u201d said Mayor Berit Oyinlola-Strand. "
             "\u201cThe buses will run.\u201d"),
         (1, "Police have asked anyone who was near the depot on Friday between 11 p.m. and 1 a.m. to contact "
             "them."),
         (0, "\u2190 Previous story: Flood barriers raised early on the Lower Marrow"),
         (0, "Next story: Teachers in Orm vote to end strike \u2192"),
         (0, "Get the Corran Wire morning briefing in your inbox. Sign up"),
         (0, "Corran Wire is not responsible for the content of external sites. \u00a9 2046 Corran Wire Ltd.")]
webpage(d, items)
emit("p09_wire_story_yaml_unknown_date_description_dash_suffix_cookie_caps_name_slash_breadcrumb_three_names_commas_no_and_date_at_time_gmt_image_credit_advertisement_heading_previous_next_disclaimer", d, [
    dict(title=P09, authors=["Dagny Holm-Achebe", "Ruaridh Santos", "Lilou Abramczyk"], kind="news",
         date="2046-04-22", pub="Corran Wire")],
    comments=["Open choices: the crawler block's `unknown` date and description are placeholders; the title is",
              "the block's without ` - Corran Wire`; the masthead prints `CORRAN WIRE` in capitals, the copyright",
              "`Corran Wire Ltd.`: the publication is `Corran Wire`; the breadcrumb's `News` is the kind; the",
              "line of three names is the byline; the date is the page's; the caption with its credit,",
              "`Advertisement`, teasers, newsletter line and disclaimer are not text; the appeal to witnesses is",
              "text (about this case); `Why the Depot Was Chosen` is a subheading (text); `By Tuesday night …`",
              "and `Route 44, bus No. 12` are prose."])

# ---------------------------------------------------------------------------------------------------------------------
# p10: a ministry's statement (*Ministry of Inland Waters*), one line per paragraph with blank lines, no crawler block:
# a cookie line, a coat-of-arms placeholder, the ministry's name over `An official website of the Republic of
# Tallory`, `Home > News and media > Statements`, the title, `Statement | Saturday 9 June 2046`, a video placeholder,
# a quoted minister, `Last updated`, a feedback question and the licence line; no author; `Official Gazette No. 118 of
# 2046` and a paragraph opening `By decision of the Cabinet …` are look-alikes; sidecar `url:`.
d = Doc()
P10 = "Statement on the Attack on the Halden Weir Sluice Gates"
items = [(0, "This site uses only essential cookies. OK"), (0, "[Coat of arms of the Republic of Tallory]"),
         (0, "Ministry of Inland Waters"), (0, "An official website of the Republic of Tallory"),
         (0, "Home > News and media > Statements"), (0, P10), (0, "Statement | Saturday 9 June 2046"),
         (0, "[Video could not be loaded. Please enable JavaScript or try again later.]"),
         (1, "In the early hours of Friday 8 June, explosive charges were set off against two of the five sluice "
             "gates of the Halden Weir. One gate was damaged beyond repair; the second can be repaired within a "
             "month. Nobody was injured."),
         (1, "The weir controls the level of the river Halden through the towns of Emmerich and Sorve. Engineers "
             "of the ministry have lowered the three working gates to hold the river at its summer level, and "
             "there is no risk of flooding at present."),
         (1, "By decision of the Cabinet of 8 June, the weir and the four other weirs of the Halden system are "
             "placed under the protection of the National Guard from today. The order is published in the "
             "Official Gazette No. 118 of 2046."),
         (1, "\u201cWhoever did this wanted to frighten the people of the river towns. They will not succeed,\u201d "
             "said the Minister of Inland Waters, Ottilie Farrant-Besse. \u201cThe gate will be replaced, and "
             "the weir will be guarded until those responsible are found.\u201d"),
         (1, "Residents who see anyone near the weirs at night are asked to call the National Guard on 112."),
         (0, "Last updated: 9 June 2046"), (0, "Was this page helpful? Yes | No"),
         (0, "All content is available under the Open Government Licence, except where otherwise stated. "
             "\u00a9 Republic of Tallory 2046")]
webpage(d, items)
emit("p10_ministry_statement_cookie_arms_placeholder_name_over_official_website_line_gt_breadcrumb_statement_bar_weekday_date_video_placeholder_quoted_minister_gazette_number_last_updated_helpful", d, [
    dict(title=P10, authors=[], kind="statement", date="2046-06-09", pub="Ministry of Inland Waters")],
    comments=["Open choices: the masthead prints the ministry's name over the republic's official-website line,",
              "so the publication is the ministry; `Statement` on the date line is the kind; the statement has no",
              "author (the quoted minister is none); the placeholders, `Last updated`, the feedback question and",
              "the licence line are not text; the closing appeal to residents is text; `By decision of the",
              "Cabinet …` and `Official Gazette No. 118 of 2046` are prose."],
    sidecar="url: https://inland-waters.gov.example/news/statements/halden-weir-sluice-gates", one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# p11: an independent research centre's research note (*Dunmarsh Centre for Conflict Research*), one line per paragraph
# with blank lines, opening with a crawler's YAML block in another order (`source` first, `date` last, the title with
# the site after ` — `); the name, a menu, `Research Note` over the title, `July 2, 2046`, no byline; a chart
# placeholder, a heading that reads like a title (`The Ledger and the Lamp`), markers glued to words and after stops,
# `Works cited` of `N. Title – Site, accessed DATE, URL`, an italic closing bio `*Dr. NAME …*` (the only place the
# author is named), a disclaimer and a download line; `volume 3 of the militia's ledgers` is a look-alike; no sidecar.
d = Doc()
P11 = "Paying the Watchmen: How Village Militias in the Fenmark Are Financed"
items = [(0, "---"), (0, "source: https://dunmarsh-centre.example.org/research/paying-the-watchmen"),
         (0, f"title: {P11} \u2014 Dunmarsh Centre for Conflict Research"),
         (0, "description: A research note on the finances of the village militias of the Fenmark, drawn from "
             "their own ledgers."), (0, "date: 2046-07-02"), (0, "---"),
         (0, "Dunmarsh Centre for Conflict Research"), (0, "Research  Data  Events  People  About"),
         (0, "Research Note"), (0, P11), (0, "July 2, 2046"),
         (1, "Almost every village in the Fenmark now has a militia. Most began in 2043 as night watches against "
             "cattle thieves; some have since grown into armed forces of forty or fifty men with vehicles and "
             "radios.1 How they pay for all this has been a matter of guesswork."),
         (1, "This note draws on the ledgers of three militias, lent to the centre by their treasurers on "
             "condition that the villages are not named.2 The ledgers cover 2044 and 2045; one of them, volume 3 "
             "of the militia's ledgers at the largest village, runs to some four hundred pages."),
         (0, "[Interactive chart: militia income by source, 2044\u20132045. Enable JavaScript to view.]"),
         (1, "The Ledger and the Lamp"),
         (1, "The largest single source of income in all three ledgers is a household levy, collected monthly "
             "and recorded against each family's name. It is called the lamp money, after the lamps the first "
             "night watches carried, and few families refuse it.3"),
         (1, "The second source is fees for escorting lorries through the villages' land, which grew sharply in "
             "2045 after the provincial police withdrew from the Fenmark roads.4 The third, much smaller, is "
             "fines: for grazing on the wrong side of a ditch, for drunkenness, for missing a turn on the watch."),
         (1, "None of the ledgers records any payment from outside the village. That does not prove there were "
             "none, but it weakens the claim, often made in the capital, that the militias are financed by the "
             "armed groups across the border.5"),
         (0, "Works cited"),
         (1, "1. The Fenmark night watches: a survey \u2013 Fenmark Rural Council, accessed 12 June 2046, "
             "https://fenmark-council.example.org/reports/night-watches"),
         (1, "2. Research ethics and village records \u2013 Dunmarsh Centre for Conflict Research, accessed 12 "
             "June 2046, https://dunmarsh-centre.example.org/about/ethics"),
         (1, "3. Lamp money and the moral economy of protection \u2013 Review of Rural Security, accessed 20 June "
             "2046, https://rrs-journal.example.net/articles/lamp-money"),
         (1, "4. Provincial police withdraw from Fenmark roads \u2013 Fenmark Herald, accessed 20 June 2046, "
             "https://fenmarkherald.example.com/news/police-withdraw"),
         (1, "5. Minister warns of foreign money behind militias \u2013 Capital Evening News, accessed 22 June "
             "2046, https://capital-evening.example.com/politics/militia-money"),
         (0, "*Dr. Ysolde Brannagh-Mensah leads the centre's work on local armed groups and has studied the "
             "Fenmark since 2040.*"),
         (0, "The views expressed in this note are the author's and not necessarily those of the Dunmarsh Centre "
             "or its funders."),
         (0, "Download this research note (PDF, 310 KB)")]
webpage(d, items)
emit("p11_centre_research_note_yaml_source_first_date_last_em_dash_suffix_menu_label_over_title_us_date_no_byline_chart_placeholder_heading_markers_glued_works_cited_accessed_italic_bio_dr_stop", d, [
    dict(title=P11, authors=["Ysolde Brannagh-Mensah"], kind="research note", date="2046-07-02",
         pub="Dunmarsh Centre for Conflict Research")],
    comments=["Open choices: the crawler block (its fields in another order) is not text; the title is the",
              "block's without the site after ` — `; `Research Note` over the title is the kind (a two-word",
              "label kept as printed); the page prints no byline, so the author is named only by the italic",
              "closing bio, `Dr.` left out; the bio, the chart placeholder, the disclaimer and the download line",
              "are not text; the `Works cited` entries are text, their heading is not; `The Ledger and the Lamp`",
              "is a subheading (text); `volume 3 of the militia's ledgers` is prose."],
    one_line=True)

# ---------------------------------------------------------------------------------------------------------------------
# p12: a one-author blog (*Salt Roads*), one line per paragraph with blank lines, no crawler block: the name, a
# tagline, a menu, `September 18, 2046` over the title, an image placeholder with `Photo: the author`, a subscribe box
# in the middle of the text, a heading that reads like a title (`The Hut at Tallis Gap`), the post closed by `This
# entry was posted in Dispatches on Tuesday, 18 September 2046 by NAME.` (the only byline, after the text), a share
# line, `← Older` / `Newer →` teasers, `2 Responses`, `Leave a Reply` and the host's footer; a paragraph opening
# `Posted to the gap in 2040, …` and `Post 12 of the old customs line` are look-alikes; no sidecar.
d = Doc()
P12 = "The Last Customs Men of Tallis Gap"
items = [(0, "Salt Roads"), (0, "Notes on smuggling, borders and the people in between"),
         (0, "Home   About   Archive   Contact"), (0, "September 18, 2046"), (0, P12),
         (1, "There are still two customs men at Tallis Gap. They live in a concrete hut at the top of the pass, "
             "they are paid by a ministry that has forgotten them, and they stop nobody."),
         (0, "[Image: the hut at the top of the pass. Photo: the author]"),
         (1, "Posted to the gap in 2040, the elder of the two has watched the smuggling change three times. "
             "First it was cigarettes, then fuel, and since last year it has been people: men from the valleys "
             "who cross to work on the other side and come back with wages the militias tax on the way down."),
         (0, "Enjoying Salt Roads? Enter your email address to subscribe and get new posts by email. Subscribe"),
         (1, "The Hut at Tallis Gap"),
         (1, "The hut is Post 12 of the old customs line, and it is the last one still manned. The others were "
             "closed when the border moved in 2039, and their men were sent to the ports."),
         (1, "The customs men keep a logbook out of habit. They write down every group that passes and how many "
             "mules it has. Nobody has asked to see the logbook in four years, but they showed it to me, and it "
             "is the best record of the pass that I know of."),
         (1, "When they retire, the ministry says, the post will close. Then nobody will write anything down "
             "at all."),
         (0, "This entry was posted in Dispatches on Tuesday, 18 September 2046 by Quillon Fairbairn-Osei."),
         (0, "Share this: Email \u00b7 Print \u00b7 Mastodon"),
         (0, "\u2190 Older: The Salt Tax at Orm"), (0, "Newer: Winter on the Ridge Road \u2192"),
         (0, "2 Responses"), (0, "Leave a Reply"),
         (0, "Salt Roads runs on Wordpad. Theme: Ledger by Inkwell.")]
webpage(d, items)
emit("p12_blog_name_tagline_menu_date_over_title_image_placeholder_subscribe_mid_text_heading_posted_in_category_on_weekday_date_by_name_after_text_share_older_newer_responses", d, [
    dict(title=P12, authors=["Quillon Fairbairn-Osei"], kind="dispatch", date="2046-09-18", pub="Salt Roads")],
    comments=["Open choices: the blog names itself `Salt Roads`; the post's category `Dispatches` (the piece's",
              "own label, in the closing line) is the kind, singular: dispatch; `This entry was posted … by NAME.`",
              "after the text is the only byline and gives the author and the date (the same as the date over the",
              "title); the image placeholder, the subscribe box in the text, the share line, teasers, responses",
              "and footer are not text; `The Hut at Tallis Gap` is a subheading (text); `Posted to the gap in",
              "2040, …` and `Post 12 of the old customs line` are prose."],
    one_line=True)
