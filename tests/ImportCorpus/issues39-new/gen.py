"""issues39-new: whole newsletter issues and email letters, written by a helper before any run from monitors, letters,
people and places of the writer's own invention (dated April-September 2038): three whole Terrorism Monitor issues as
PDF text, two whole issues of invented sibling monitors, three plain-text email letters and two files mixing shapes
(an email carrying a whole Terrorism Monitor issue, a sibling monitor's issue full of byline look-alikes).
The weight is on the authors, kinds and dates of each piece.
Each file is built as a list of (line, n): n > 0 marks article n's text, 0 everything else; the label file is written
from those marks. PDF paragraphs are wrapped here, with `~` marking where a word may be hyphenated at a line end.
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

# ---------------------------------------------------------------------------------------------------------------------
# j01: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): the publisher's name, the monitor's
# name, `Volume 36 | Issue 9` with the date `May 6, 2038` on the next line; `IN THIS ISSUE` with the two briefs on one
# line separated by `;`; `IN BRIEF` over two briefs, one `By NAME, Senior Analyst at ORG` (role on the byline's line, a
# particle in the name), one with no byline over it but signed under its text `– NAME, Role`; `ANALYSIS` over `By
# J. R. NAME` (initials) with `[n]` notes and a bio after them wrapped over two lines; `FEATURE` over a title printed in
# capitals (`off`, `in`, `the`) that the contents print in title case, `BY NAME` in capitals with a fada (`Ó`), an
# `About the author:` block before the notes; running footer `Terrorism Monitor | Volume 36 | Issue 9 | N`, once
# mangled by extraction between the halves of a sentence; line-end hyphenation.
d = Doc(76, hyph=True)
J01_B1 = "Grey Reed Brotherhood Claims Attack on Calder Rock Water Plant"
J01_B2 = "Sevrin Ferry Operators Hire Private Guards"
J01_A = "Why the Orrin Basin Ceasefire Keeps Failing"
J01_F = "Shots Off the Coast: Piracy and Militancy in the Sevrin Delta"
J01_F_CAPS = "SHOTS OFF THE COAST: PIRACY AND MILITANCY IN THE SEVRIN DELTA"

def tm_foot1(page, mangled=False):
    run = f"TerrorismMonitor|Volume36|Issue9|{page}" if mangled else f"Terrorism Monitor | Volume 36 | Issue 9 | {page}"
    return ["", run, "\f"]

d.fur("THE ASHGROVE FOUNDATION", "", "TERRORISM MONITOR", "", "Volume 36 | Issue 9", "May 6, 2038", "",
      "IN THIS ISSUE", "",
      f"In Brief: {J01_B1}; {J01_B2} ........ 1",
      f"Analysis: {J01_A}, by J. R. Tallow ........ 2",
      f"{J01_F}, by Maeve Ó Briain ........ 4", "", "IN BRIEF", "", J01_B1, "",
      "By Ilse van der Berg, Senior Analyst at the Korrin Institute", "")
d.paras(1,
        "On April 22, a small group of armed men cut through the fence of the municipal water plant at Calder "
        "Rock, the largest town on the eastern shore of Lake Sevrin, and set off two charges against the pumps "
        "that feed the town's reservoir. Nobody was killed, but the plant was out of action for four days and "
        "the town's forty thousand residents depended on water tankers sent from the provincial capital. The "
        "Grey Reed Brotherhood claimed the attack the following morning in a short audio message that accused "
        "the plant's owners of selling the lake's water to the cotton estates further south.",
        "The target is new for the Brotherhood. Until now the group has attacked police posts, tax offices and, "
        "on two occasions, the barges that carry cotton across the lake. Striking a water plant is a bigger "
        "gamble, because the people who went without water for four days are the same fishing families the "
        "group claims to defend. Several residents interviewed in Calder Rock blamed the Brotherhood rather "
        "than the plant's owners for their dry taps, and a local imam who has in the past spoken sympath~"
        "etically of the group's complaints condemned the attack from the pulpit.",
        "It is possible that the Brotherhood misjudged the mood of the town, but it is also possible that the "
        "attack was meant for a different audience. The cotton estates rely on the same water, and their "
        "owners have so far paid little attention to the group's demands. By showing that it can shut off the "
        "supply, the Brotherhood may be opening a negotiation with the estates rather than appealing to the "
        "fishing families. If so, further attacks on the water network are likely, and the provincial "
        "government, which has only a handful of guards at the lake's three plants, will struggle to prevent "
        "them.")
d.add()
d.add(J01_B2)
d.add()
d.paras(2,
        "The three companies that run passenger ferries across Lake Sevrin have begun hiring private armed "
        "guards for their boats, according to notices posted at the ferry terminals in Port Ardeny and "
        "Vossmark. The move follows a string of robberies on the evening crossings, in which men posing as "
        "passengers took cash and telephones at gunpoint and then left the boats in waiting skiffs.",
        "The ferry operators say that the lake police have not answered their requests for escorts, and that "
        "they cannot afford to lose more passengers to the longer road around the southern shore. The guards "
        "are drawn mostly from former soldiers who served in the Orrin Basin and are paid by the trip. None "
        "of the companies would say how many they have hired or what rules they have been given for using "
        "their weapons.",
        "The arrange~ment carries risks of its own. Armed men with little training and no clear chain of "
        "command are now working on crowded boats in waters where the Grey Reed Brotherhood also operates. "
        "A single firefight on a ferry could cause far more harm than the robberies the guards were hired to "
        "stop, and the provincial authorities have not said who would answer for it. Until the lake police "
        "are given the boats and the men to escort the crossings themselves, the operators will keep doing "
        "what the state has left undone, and passengers will keep paying for it in their fares.",
        "The lake police have promised an answer by the end of the month, and the provincial assembly is due "
        "to debate a bill that would license private guards on public transport. Neither step is likely to "
        "come quickly. The operators say they will not wait for either, and that the first crossing without a "
        "robbery in six weeks, on the Sunday after the guards were hired, proves them right.")
d.add()
d.fur("– Tomás de la Cruz-Ferrer, Research Fellow", *tm_foot1(1), "ANALYSIS", "", J01_A, "", "By J. R. Tallow", "")
d.paras(3,
        "The ceasefire agreed in the Orrin Basin last November was the fourth in six years. Like the three "
        "before it, it was signed with some ceremony in the provincial capital, welcomed by the neighbouring "
        "governments and broken within months. By the end of March, monitors counted more than forty "
        "violations, most of them exchanges of fire around the irrigation canals that divide the basin's "
        "villages between the army and the Sevrin Liberation Front [1].",
        "The usual explanation is that neither side is serious about peace. There is some truth in it: both "
        "the army and the Front have used each pause to rearm, and neither has punished the commanders whose "
        "units broke the terms. But this explanation misses a simpler problem. Each ceasefire has frozen the "
        "lines where they stood on the day of signing, and those lines cut through the canal system that every "
        "village in the basin depends on. A village whose water comes through the other side's ground has "
        "every reason to break the ceasefire as soon as the sluice gates are closed against it [2].")
d.add()
d.para(3, "The agreement of November did nothing to change this. Its text runs to eleven pages and says a "
       "great deal about prisoners and heavy weapons, but it mentions water only once, in a clause that leaves "
       "the canals to a joint committee that has never met. Local officials interviewed in Vossmark said that "
       "the first clashes in January began when farmers on the army's side of the line opened a gate that "
       "the Front had kept shut, and that both sides then sent armed men to guard the gates [3].",
       brk=(4, tm_foot1(2)))
d.add()
d.para(3, "A fifth ceasefire will fail for the same reasons unless it treats the canals as part of the settlement "
       "rather than an afterthought. That would mean agreeing a schedule for the sluice gates before the lines "
       "are drawn, putting the gates under monitors who answer to both sides, and giving the villages a say in "
       "how the water is shared. None of this is easy, but the alternative is a sixth ceasefire, and a seventh.")
d.fur("", "Notes", "")
for t in ["[1] Orrin Basin Monitoring Mission, monthly report, March 2038.",
          "[2] Interviews with farmers in the Orrin Basin conducted by the author, February 2038.",
          "[3] Interviews with district officials in Vossmark, March 2038."]:
    d.para(3, t)
d.add()
d.bio("J. R. Tallow is an independent researcher who has studied water and conflict in the Orrin Basin since "
      "2029.", width=60)
d.fur(*tm_foot1(3), "FEATURE", "", J01_F_CAPS, "", "BY MAEVE Ó BRIAIN", "")
d.paras(4,
        "Fishermen in the Sevrin Delta have long told stories of the men who wait in the reed channels for "
        "passing boats. For most of the last decade those stories were about thieves: small crews who took "
        "outboard motors, fuel and catch and sold them in the markets of Port Ardeny. Over the past two years, "
        "the stories have changed. The crews are larger, they carry rifles rather than knives, and they ask "
        "the boats they stop which village they come from before deciding what to take [1].",
        "The change has followed the Grey Reed Brotherhood's move south from the lake shore into the delta. "
        "Pushed out of its old bases by army patrols, the group has found in the reed channels a terrain "
        "that the army cannot easily enter and a population of young men with boats, few prospects and a "
        "detailed knowledge of the waterways. Some of the piracy crews now pay the group a share of what they "
        "take; others have joined it outright and carry its banner on their bows [2].")
d.add()
d.para(4, "For the fishing villages, the result is a kind of protection racket. Boats from villages that pay the "
       "Brotherhood are left alone; boats from villages that refuse, or that supply the army with guides, are "
       "stopped and stripped. Several village heads said that they had paid rather than see their fleets "
       "ruined, and that the police post at the mouth of the delta had advised them to do so [3].",
       brk=(2, tm_foot1(4, mangled=True)))
d.add()
d.para(4, "The coast guard has answered with raids on the reed channels, but the raids have mostly caught "
       "fishermen rather than pirates, and each one has pushed more villages towards the Brotherhood. A policy "
       "that separated the two, by licensing the delta's boats and protecting the villages that refuse to pay, "
       "would do more to weaken the group than any number of raids.")
d.add()
d.bio("About the author: Maeve Ó Briain is a journalist who has reported from the Sevrin Delta for the Lakeshore "
      "Courier since 2031.")
d.fur("", "Notes", "")
for t in ["[1] Interviews with fishermen in the Sevrin Delta, January and February 2038.",
          "[2] Sevrin Coast Guard, annual report for 2037, section 4.",
          "[3] Interviews with village heads in the lower delta, March 2038."]:
    d.para(4, t)
d.fur("", "Terrorism Monitor | Volume 36 | Issue 9 | 6")
META = dict(date="2038-05-06", pub=TM, volume=36, issue=9)
emit("j01_tm_issue_semicolon_contents_role_on_byline_line_signed_dash_role_initials_caps_title_off", d, [
    dict(title=J01_B1, authors=["Ilse van der Berg"], kind="brief", **META),
    dict(title=J01_B2, authors=["Tomás de la Cruz-Ferrer"], kind="brief", **META),
    dict(title=J01_A, authors=["J. R. Tallow"], kind="analysis", **META),
    dict(title=J01_F, authors=["Maeve Ó Briain"], kind="feature", **META)],
    comments=["Open choices: `, Senior Analyst at the Korrin Institute` on the byline's line is the author's role, not",
              "part of the name; the second brief's `– NAME, Research Fellow` signature under its text names its",
              "author (the role left out) and is not text; `IN BRIEF` is a section name over a run of short pieces,",
              "so both are briefs; `ANALYSIS` is the printed genre label; the feature's title is labelled as the",
              "contents print it in title case (the issue prints it in capitals over the piece), and its author in",
              "the case the contents and the `About the author:` block print; the initials `J. R.` keep their dots",
              "and space as printed."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# j02: a whole Terrorism Monitor issue (PDF text, no blank lines between paragraphs, first lines indented): the name in
# title case over `Vol. XXXVI, No. 12` and a day-month-year date with an ordinal (`17th June 2038`); `Contents` with
# the page first; `FEATURES` (plural) over two features, one `By NAME & NAME` (a particle surname) with `(n)` notes
# and one bio paragraph for both authors after them, one with a name line carrying an honorific `Col. (ret.)` and an
# apostrophe surname over a role line; `COMMENTARY` (singular) over `Written by Dr NAME` (honorific without a dot, an
# apostrophe and a hyphen in the surname), an `About the author:` block after its notes wrapped over two lines; running
# header `TERRORISM MONITOR   Vol. XXXVI, No. 12   17th June 2038` with the page number `- N -` under it, once between
# the halves of a sentence.
d = Doc(80, hyph=True)
J02_F1 = "The Tallis Hill Front's New Money"
J02_F2 = "Lessons from the Drennick Siege"
J02_C = "Stop Counting Attacks and Start Counting Roads"

def tm_head2(page):
    return ["\f", "TERRORISM MONITOR   Vol. XXXVI, No. 12   17th June 2038", f"- {page} -"]

d.fur("Terrorism Monitor", "The Ashgrove Foundation", "Vol. XXXVI, No. 12", "17th June 2038", "", "Contents",
      f"2   {J02_F1}", f"4   {J02_F2}", f"6   {J02_C}", *tm_head2(2), "FEATURES", J02_F1,
      "By Nadia Okonkwo-Reyes & Piet van Aswegen")
d.para(1, "For most of its twelve years the Tallis Hill Front has been a poor movement. Its fighters were paid "
       "irregularly, often in grain, and its commanders complained in intercepted messages that they could "
       "not afford fuel for the few trucks they owned (1). That has changed since the start of the year. "
       "Fighters who surrendered in Drennick province in April described monthly wages paid in cash, new "
       "motorcycles for every patrol and a field clinic staffed by a qualified nurse.", indent="    ")
d.para(1, "The source of the money appears to be the cobalt workings that opened in the Tallis foothills in 2036. "
       "The mines are small and mostly dug by hand, and the ore is carried by truck to a buying station on "
       "the highway at Merrow Cross. The Front has placed checkpoints on the two roads that lead from the "
       "workings to the highway and charges a fee on every sack. Traders at Merrow Cross estimate that more "
       "than three hundred sacks pass each day in the dry season (2).", indent="    ")
d.para(1, "The buying station is owned by a company registered in the capital, whose directors include a retired "
       "general and the brother of a provincial minister. Miners say that the company's agents know about "
       "the checkpoints and deduct the Front's fee from the price they pay. The company did not answer "
       "questions sent to its office (3).", indent="    ")
d.para(1, "A movement that can pay its fighters is harder to break than one that cannot. Operations against "
       "the Front in the past relied on hunger and fatigue to do much of the work, and each dry season saw "
       "a steady trickle of surrenders. If the cobalt money holds, that trickle is likely to stop, and the "
       "army will face a better-equipped enemy in the hills. Cutting the trade without punishing the miners "
       "who depend on it will require the government to look at the buying station as closely as at the "
       "checkpoints.", indent="    ")
d.fur("Notes")
for t in ["(1) Intercepted messages released by the Drennick provincial police, October 2036.",
          "(2) Interviews with traders at Merrow Cross, May 2038.",
          "(3) Questions sent by the authors on May 30, 2038."]:
    d.para(1, t)
d.bio("Nadia Okonkwo-Reyes is a researcher at the Centre for Extractive Industries in Calloway, and Piet van "
      "Aswegen is a freelance journalist who has reported from Drennick province since 2033.")
d.fur(J02_F2, "Col. (ret.) Aurelio D'Arcangelo", "Former Commander, Third Frontier Brigade")
d.para(2, "The siege of Drennick lasted forty-one days, from the night in March when Tallis Hill fighters "
       "overran the police barracks to the morning in April when the last of them slipped out through the "
       "old tannery district. I commanded one of the brigades that retook the town, and I have spent the "
       "weeks since trying to understand why it took so long.", indent="    ")
d.para(2, "The first lesson is that the town's garrison was not beaten by superior force. It was beaten by "
       "surprise. The fighters entered Drennick in small groups over several days, dressed as traders "
       "and labourers for the market fair, and nobody checked the lodging houses where they stayed. By "
       "the time they attacked, they were already inside every quarter of the town.", indent="    ",
       brk=(3, tm_head2(4)))
d.para(2, "The second lesson is that our own plans assumed an enemy who would stand and fight. The Front did "
       "not. Its fighters moved through the cellars and courtyards of the old town, left booby traps behind "
       "them and appeared again in streets we had already cleared. Our soldiers were trained to take "
       "buildings, not to hold them, and we lost men retaking the same blocks three and four times.",
       indent="    ")
d.para(2, "The third lesson concerns the townspeople. More than twelve thousand of them stayed in Drennick "
       "throughout the siege, many because they had nowhere else to go. The fighters used their homes and "
       "their presence to shield themselves, but the residents were also our best source of information, "
       "and the units that took time to speak with them advanced faster and lost fewer men than those that "
       "did not.", indent="    ")
d.para(2, "None of these lessons is new. Every army that has fought in towns has learned them, and most have "
       "forgotten them again within a few years. The question for the general staff is whether the "
       "lessons of Drennick will be written into our training before the Front tries the same thing in "
       "another market town.", indent="    ")
d.fur(*tm_head2(6), "COMMENTARY", J02_C, "Written by Dr Hesper O'Malley-Nwosu")
d.para(3, "Every month the ministry of the interior publishes a table of attacks in the northern provinces, and "
       "every month the newspapers report whether the number has gone up or down. The table has become the "
       "measure by which the government's policy is judged. It is a poor measure (1).", indent="    ")
d.para(3, "A fall in the number of attacks can mean that the armed groups are weaker. It can also mean that "
       "they no longer need to attack, because they already control the roads, the markets and the "
       "checkpoints they used to fight for. In the Tallis foothills the attacks fell by a third last year, "
       "while the Front's hold on the cobalt roads grew tighter every month. Anyone reading the table "
       "would have concluded that the government was winning.", indent="    ")
d.para(3, "A better measure would count what people can do rather than what armed men have done. How many of "
       "the province's roads can a bus travel without paying a fee to anyone but the state? How many "
       "markets open on their usual days? How many schools have a teacher who was paid last month? These "
       "numbers are harder to collect than a tally of attacks, but district officials already gather most "
       "of them for other purposes (2). What is missing is the will to publish them side by side with the "
       "tally, month after month, so that a fall in attacks can be read against a rise or fall in the roads "
       "people can use.", indent="    ")
d.para(3, "Counting roads instead of attacks would not make the government's task easier. It would, however, "
       "make it harder to mistake a quiet province for a peaceful one, and it would give the people who "
       "live there a measure they recognise. Those who travel the Tallis roads every week know far better "
       "than any table whether the state has returned.", indent="    ")
d.fur("Notes")
for t in ["(1) Ministry of the Interior, monthly security statistics, January 2036 to May 2038.",
          "(2) District administration of Merrow Cross, annual returns for 2037."]:
    d.para(3, t)
d.bio("About the author: Dr Hesper O'Malley-Nwosu teaches security studies at Calloway University and advises "
      "the district councils of Drennick province on public services.")
d.fur("", "- 7 -")
META = dict(date="2038-06-17", pub=TM, volume=36, issue=12)
emit("j02_tm_issue_roman_vol_no_ordinal_date_ampersand_coauthors_colonel_over_role_written_by_doctor", d, [
    dict(title=J02_F1, authors=["Nadia Okonkwo-Reyes", "Piet van Aswegen"], kind="feature", **META),
    dict(title=J02_F2, authors=["Aurelio D'Arcangelo"], kind="feature", **META),
    dict(title=J02_C, authors=["Hesper O'Malley-Nwosu"], kind="commentary", **META)],
    comments=["Open choices: `Col. (ret.)` and `Dr` are honorifics left out of the names; the role line under the",
              "colonel's name is neither text nor part of his name; `FEATURES` (a section name over a run of longer",
              "pieces) covers both features; the first feature's bio for both authors comes after the notes and is",
              "not text; `17th June 2038` is 2038-06-17 and `Vol. XXXVI, No. 12` volume 36, issue 12."])

# ---------------------------------------------------------------------------------------------------------------------
# j03: a whole Terrorism Monitor issue (PDF text, paragraphs apart by blank lines): `No. 15 (Vol. 36)` and a weekday-
# first date `Wednesday, 28 July 2038` over the name; `Inside` listing `Briefs:` with both titles on one line separated
# by `;` and the profile; `BRIEFS` over two briefs, one `Author: NAME` (a hyphenated surname), one with no author at
# all whose text opens `By July, …` (a sentence, no byline); `PROFILE` over three co-authors `By NAME, NAME and NAME`,
# `[n]` notes, one bio paragraph for all three after the notes; a paragraph opening `Written by hand, …` (a sentence);
# running header `TERRORISM MONITOR | No. 15 (Vol. 36) | 28 July 2038`, once mangled between the halves of a sentence;
# bare page numbers.
d = Doc(74, hyph=True)
J03_B1 = "Ember Road Movement Seizes Grain Convoy Near Hask"
J03_B2 = "Kalvari Border Crossing Reopens After Six Months"
J03_P = "Hollin Marr: The Ember Road Movement's Reluctant Commander"

def tm_head3(page, mangled=False):
    run = "TERRORISMMONITOR|No.15(Vol.36)|28July2038" if mangled else "TERRORISM MONITOR | No. 15 (Vol. 36) | 28 July 2038"
    return ["", str(page), "\f" + run, ""]

d.fur("No. 15 (Vol. 36)", "Wednesday, 28 July 2038", "", "TERRORISM MONITOR", "The Ashgrove Foundation", "",
      "Inside", f"Briefs: {J03_B1}; {J03_B2}", f"Profile: {J03_P}", "", "BRIEFS", "", J03_B1, "",
      "Author: Signe Halvorsen-Mbatha", "")
d.paras(1,
        "Fighters of the Ember Road Movement stopped a convoy of eleven grain lorries on the highway south of "
        "Hask on July 14, drove the drivers into the scrub and took the lorries and their cargo into the "
        "hills. The grain had been bought by the provincial food agency for the displacement camps around "
        "Hask, where more than sixty thousand people have lived since the floods of last autumn. The "
        "agency says that the camps' stocks will last less than three weeks without the stolen cargo.",
        "The Movement has seized food before, but never on this scale and never from a convoy that was so "
        "clearly meant for civilians. In a statement passed to journalists in Hask, the group said that the "
        "agency's grain was being sold by camp officials rather than given away, and that it would "
        "distribute the cargo to the villages in the hills that the agency has ignored. There is some "
        "evidence for the first claim: a provincial audit in May found that a fifth of the grain sent to "
        "the camps last winter could not be accounted for.",
        "Whatever the group's motives, the seizure puts the camps' residents at risk and will make the "
        "haulage firms even less willing to drive the southern highway. The army has promised escorts for "
        "the next convoy, due at the start of August, but it has not escorted a convoy on that road since "
        "2036. Unless the escorts arrive, the agency may have to fly grain into Hask at several times the "
        "cost, and the Movement will have shown that it can decide who eats in the province.",
        "The camps' residents are caught between the two. Several families interviewed at the largest camp, "
        "on the old racecourse, said that they had relatives in the hill villages and did not begrudge them "
        "the grain, but that the camp's own ration had already been cut twice since June.")
d.add()
d.add(J03_B2)
d.add()
d.paras(2,
        "By July, traders on both sides of the Kalvari crossing had given up hope that it would open before "
        "the harvest. The crossing, the only paved road between Hask province and the markets of the "
        "lowlands, was closed in January after a car bomb killed nine people in the customs yard. It "
        "reopened without warning on July 19, with new concrete barriers, a scanning lane for lorries and "
        "twice as many border police as before.",
        "The closure cost the province dearly. Lorries carrying fruit and cotton had to take the mountain "
        "road through Vell Pass, adding two days to each journey and exposing the drivers to the Ember "
        "Road Movement's checkpoints. Several haulage firms stopped sending lorries altogether, and the "
        "price of cotton at the Hask gins fell by almost a third.",
        "The reopening is welcome, but the new controls are slow. On the first day, more than two hundred "
        "lorries waited on the approach road, and drivers said that each vehicle took forty minutes to "
        "scan. If the queues persist, some of the trade will keep using the mountain road, and the Movement "
        "will keep collecting its fees there. The border police say that a second scanning lane will be "
        "ready by the end of the year.",
        "Drivers waiting at the barrier were unimpressed by that promise. Many of them had driven the "
        "mountain road for half a year, paying the Movement's fee at Vell Pass on every trip, and said that "
        "they would go on doing so if the crossing could not clear its queue in a single day. A fruit "
        "merchant from the lowlands put it simply: a fee is cheaper than a rotten load. Unless the border "
        "police find a faster way to clear lorries, the car bomb of January will have done the Movement a "
        "lasting favour, handing it a share of the trade the crossing was built to carry.")
d.fur(*tm_head3(2), "PROFILE", "", J03_P, "", "By Rahel Abebe-Stroud, Kwame Lindgren and Odile Fontaine-Achebe", "")
d.paras(3,
        "Hollin Marr did not set out to lead an armed movement. Until 2031 he was a schoolteacher in the "
        "village of Orsk, in the hills above Hask, known locally for the evening classes he gave to herders' "
        "children and for his quarrels with the district education office over unpaid wages [1]. When the "
        "Ember Road Movement's first commander, his cousin Teodor Marr, was killed in a police raid that "
        "year, the village elders asked Hollin to speak at the funeral. Within months he was speaking for "
        "the Movement itself.",
        "His rise owed more to what he was not than to what he was. The Movement's other commanders were "
        "rivals from different clans, and none would accept one of the others as leader. Marr belonged to "
        "no faction, had never carried a weapon and was trusted by the elders of all three valleys. He was, "
        "in the words of one former member, \"the man nobody was afraid of\" [2].")
d.add()
d.para(3, "Under Marr, the Movement has changed in ways that reflect his background. It runs schools in the "
       "villages it controls and pays their teachers more regularly than the state does. Its statements are "
       "long, carefully argued and full of complaints about the province's budget. It has also become more "
       "disciplined: commanders who harm civilians are publicly punished, and the seizure of grain convoys "
       "is presented as a redistribution rather than a theft [3].", brk=(3, tm_head3(3, mangled=True)))
d.add()
d.para(3, "Written by hand, the letters that Marr sends to the village councils are copied and read aloud in "
       "the markets. Their tone is that of a teacher rather than a soldier, and they have won the Movement a "
       "hearing in places that its guns alone could not reach. Yet Marr has not restrained the Movement's "
       "violence so much as organised it, and the bombing of the Kalvari crossing, which he has never "
       "condemned, shows the limits of his influence over the younger commanders [4].")
d.add()
d.para(3, "Whether Marr could bring the Movement to negotiate is the question that matters most for Hask "
       "province. He has said that he would talk to the government if it first paid the teachers of the hill "
       "villages. That is an unusual condition for a militant leader, and the government would be wise to "
       "test it.")
d.fur("", "Notes", "")
for t in ["[1] Interviews with residents of Orsk, June 2038.",
          "[2] Interview with a former member of the Movement, Hask, May 2038.",
          "[3] Statements of the Ember Road Movement, January to June 2038, collected by the authors.",
          "[4] Hask provincial police, report on the Kalvari bombing, February 2038."]:
    d.para(3, t)
d.add()
d.bio("Rahel Abebe-Stroud, Kwame Lindgren and Odile Fontaine-Achebe are researchers with the Hask Valley Research "
      "Group, which studies conflict and public services in the southern provinces.")
d.fur(*tm_head3(4)[:2])
META = dict(date="2038-07-28", pub=TM, volume=36, issue=15)
emit("j03_tm_issue_no_before_vol_weekday_date_author_colon_unsigned_brief_by_sentence_three_coauthors_profile", d, [
    dict(title=J03_B1, authors=["Signe Halvorsen-Mbatha"], kind="brief", **META),
    dict(title=J03_B2, authors=[], kind="brief", **META),
    dict(title=J03_P, authors=["Rahel Abebe-Stroud", "Kwame Lindgren", "Odile Fontaine-Achebe"], kind="profile",
         **META)],
    comments=["Open choices: `No. 15 (Vol. 36)` is issue 15 of volume 36; the second brief has no author (its text",
              "opens `By July, …`, a sentence, not a byline); `PROFILE` is the printed genre label; the bio of the",
              "three authors after the notes is not text; `Written by hand, …` opens a paragraph of the profile's",
              "text, not a byline."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# j04: a whole issue of an invented sibling monitor, *Littoral Watch* (PDF text, paragraphs apart by blank lines): the
# letter-spaced name between `-=-=` rules with its tagline and publisher, `Issue 7 — Volume 3` (issue before volume)
# with `August 2038` (month and year only) set to the right; `THIS ISSUE` with `Label | Title | NAME` rows; `FIELD
# REPORT` over `Words: NAME`; `INTERVIEW` over `NAME | Deputy Editor` and a Q&A; `ANALYSES` (plural) over a single
# piece by `NAME (ORG)`, its bio before the notes, `Notes` with bare-number entries; footer `LITTORAL WATCH · Issue 7 ·
# page N`, once between the halves of a sentence.
d = Doc(78, hyph=True)
J04_R = "Night Shift at the Quay of Saint Ebba"
J04_I = "“We Search One Container in Forty”: The Harbour Master of Tessin Speaks"
J04_A = "Sarrow Sea Smugglers Switch from Cigarettes to Fuel"

def lw_foot(page):
    return ["", f"LITTORAL WATCH · Issue 7 · page {page}", "\f"]

d.fur("-=" * 30, "  L I T T O R A L   W A T C H", "  Security on the Sarrow Sea coast · a Marle Institute publication",
      "-=" * 30, "Issue 7 — Volume 3                                              August 2038", "", "THIS ISSUE",
      f"Field report | {J04_R} | Ottavio Lindqvist-Mensah",
      f"Interview | {J04_I} | Lucan Ferreira-Dahl",
      f"Analysis | {J04_A} | Priya Ramaswamy-Holt", "", "FIELD REPORT", "", J04_R, "",
      "Words: Ottavio Lindqvist-Mensah", "")
d.paras(1,
        "The cranes on the quay of Saint Ebba stop at ten in the evening, and for the next six hours the "
        "harbour belongs to the night shift: four customs officers, two dogs, a port police patrol car and "
        "whoever else has reason to be near the container stacks after dark. I spent three nights with the "
        "customs team in June, watching them work through the lists of containers flagged by the day's "
        "risk checks.",
        "Most of the work is slow. An officer reads the seal number aloud, another checks it against the "
        "manifest, and the dog handler walks the length of the container before the doors are opened. On "
        "the first night the team opened five containers and found nothing but the cheap furniture and "
        "tinned fish their papers declared. On the second night they found forty cartons of cigarettes "
        "hidden behind a wall of bathroom tiles, and the shift ended with two hours of paperwork.",
        "The officers talk freely about what they cannot see. The port handles more than three thousand "
        "containers a day, and the night shift can open a handful. The scanner at the gate broke in "
        "March and has not been repaired. The smugglers, they say, know all of this, and some of them know "
        "the shift rota as well. One officer showed me a message he had received from an unknown number "
        "wishing him a quiet night, an hour before he was due to inspect a container that turned out to be "
        "empty of anything but its declared cargo.",
        "On the third night a patrol boat of the port police chased a fast launch out of the harbour mouth "
        "and lost it in the dark beyond the breakwater. The officers watched from the quay and went back to "
        "their lists. By six the cranes had started again, and the night shift went home with nothing to show "
        "for it but a report that nobody above them would read before the following week.")
d.fur(*lw_foot(2), "INTERVIEW", "", J04_I, "", "Lucan Ferreira-Dahl | Deputy Editor", "")
d.paras(2,
        "Annelie Strandqvist-Obua has been harbour master of Tessin, the busiest port on the Sarrow Sea, "
        "since 2034. We spoke in her office overlooking the container terminal in late July.",
        "Q: How much of what passes through Tessin is checked?",
        "A: Physically, one container in forty, on a good week. Everything is screened on paper, and the "
        "risk system picks the containers we open. The rest go through on trust. That is true of every port "
        "of our size, whatever anyone tells you.",
        "Q: Is the trust misplaced?",
        "A: Mostly it is not. The great majority of the cargo is what it says it is. But the smuggling "
        "networks know the system as well as we do. They send clean containers for months to build a "
        "record, and then they send the one that matters.",
        "Q: There have been reports that armed groups on the coast earn money from smuggling through the "
        "port. Is that true?",
        "A: We have seen fuel and cigarettes seized here that the police later linked to the groups in the "
        "delta. I cannot say how much of their money comes from us. I can say that every container we do "
        "not check is a chance for them.",
        "Q: What would you change?",
        "A: A working scanner at each gate, first of all, and officers who stay long enough to learn the "
        "port. We lose our best people to the private terminals after two or three years. And I would like "
        "the police and customs to share one list of suspect firms instead of two.",
        "Q: Do you feel safe doing this work?",
        "A: I have had threats, as has every harbour master on this coast. My officers have had worse. What "
        "keeps us going is that the port still works, and that most of the people in it want it to stay "
        "honest. If that ever changes, no scanner will save us.")
d.fur(*lw_foot(3), "ANALYSES", "", J04_A, "", "Priya Ramaswamy-Holt (Sarrow Institute for Maritime Studies)", "")
d.paras(3,
        "For most of the past decade, cigarettes were the smugglers' cargo of choice on the Sarrow Sea. They "
        "were light, easy to hide among legal goods and taxed so heavily on the northern shore that a single "
        "container could earn more than a year's wages for a port worker [1]. Seizure records from the "
        "ports of Tessin and Saint Ebba show that this is changing. In the first half of 2038, fuel made up "
        "more than half of the value of goods seized, against less than a tenth three years earlier [2].",
        "The cause lies in the fuel tax that the northern government raised twice in 2037. Diesel bought "
        "on the southern shore and shipped across in small tankers or in drums hidden in containers now "
        "sells at almost double its cost. The trade needs boats, storage and buyers rather than the hidden "
        "compartments of the cigarette business, and it suits the delta's armed groups, which control "
        "landing places and fuel depots along the coast.")
d.add()
d.para(3, "The switch matters for the groups' finances. Fuel smuggling is not a trade that a small crew can run "
       "alone: the drums must be landed, stored and sold, and every step passes through ground that one armed "
       "group or another controls. The fees they charge at each step are a steadier income than the "
       "occasional share of a cigarette shipment [3].", brk=(3, lw_foot(4)))
d.add()
d.para(3, "Enforcement has not kept up. The customs services on both shores still target the containers and "
       "routes that cigarettes used, while the fuel moves in small boats to beaches that nobody watches. "
       "Lowering the tax gap would do more to shrink the trade than any number of patrols, but it is the "
       "one measure that neither government is willing to discuss.")
d.add()
d.bio("Priya Ramaswamy-Holt is a senior researcher at the Sarrow Institute for Maritime Studies in Tessin, where she "
      "works on port security and illicit trade.")
d.fur("", "Notes", "")
for t in ["1 Marle Institute, \"Cigarette Smuggling on the Sarrow Sea,\" 2035.",
          "2 Customs services of Tessin and Saint Ebba, seizure records, January to June 2038.",
          "3 Interviews with fishermen and depot owners in the delta, July 2038."]:
    d.para(3, t)
d.fur("", "LITTORAL WATCH · Issue 7 · page 5")
META = dict(date="2038-08-01", pub="Littoral Watch", volume=3, issue=7)
emit("j04_sibling_letterspaced_issue_before_volume_month_year_words_byline_pipe_role_interview_plural_analyses", d, [
    dict(title=J04_R, authors=["Ottavio Lindqvist-Mensah"], kind="field report", **META),
    dict(title=J04_I, authors=["Lucan Ferreira-Dahl"], kind="interview", **META),
    dict(title=J04_A, authors=["Priya Ramaswamy-Holt"], kind="analysis", **META)],
    comments=["Open choices: the publication is the masthead's name (`Littoral Watch`, letter-spaced in capitals),",
              "not the Marle Institute that publishes it; `August 2038` only is 2038-08-01; `Issue 7 — Volume 3`",
              "is volume 3, issue 7; `FIELD REPORT` is a two-word label kept as printed; the interviewer is the",
              "interview's author (`| Deputy Editor` is his role), the intro and the Q:/A: lines are its text;",
              "`ANALYSES` over one piece names its kind, analysis; `(Sarrow Institute …)` after the name is the",
              "author's organisation, not part of the name; the bio before the notes is not text."],
    sidecar="publication: Littoral Watch")

# ---------------------------------------------------------------------------------------------------------------------
# j05: a whole issue of an invented sibling monitor, *Kessary Borderlands Monitor* (PDF text, paragraphs apart by blank
# lines): the centred name over `[ Vol. II · No. 17 · 5th September 2038 ]` and the publisher's line; no contents;
# `In Focus` (title case, a section name) over a longer piece `BY NAME WITH NAME` in capitals (a particle in the second
# name), `Endnotes` with `[n]` entries and one bio for both authors after them; `Commentaries` (title case, plural) over
# one piece signed under its text `NAME, PLACE`; running header `Kessary Borderlands Monitor — Vol. II, No. 17` over
# `p. N`, once between the halves of a sentence.
d = Doc(76, hyph=True)
J05_F = "The Quiet Militarisation of the Tarvos Grazing Lands"
J05_C = "A Border Fence Will Not Keep Out an Idea"

def kbm_head(page):
    return ["", "\f" + " " * 10 + "Kessary Borderlands Monitor — Vol. II, No. 17", f"p. {page}", ""]

d.fur(" " * 26 + "Kessary Borderlands Monitor", " " * 18 + "[ Vol. II · No. 17 · 5th September 2038 ]",
      "      Published fortnightly by the Orvaine Centre for Frontier Studies", "", "In Focus", "", J05_F, "",
      "BY OREN HALLOWAY WITH ANNIKA DE VRIES", "")
d.paras(1,
        "The summer pastures of the Tarvos uplands have been shared by two peoples for as long as anyone "
        "can remember. Kessary herders drive their flocks up from the south in May, the Aurin clans come "
        "down from the northern ridges, and the two meet on grazing land that neither state has ever "
        "bothered to fence. Disputes over water and pasture were settled by the clan councils, sometimes "
        "with blood money, rarely with guns [1].",
        "That is no longer true. Since 2036, both governments have armed village guard units among their "
        "own herders, paying them a small salary and giving them rifles, radios and, in some cases, "
        "pickup trucks. The units were meant to protect the herders from cattle raiders. In practice they "
        "have become the armed wing of each side's claim to the pastures, and the clan councils have lost "
        "the authority to restrain them [2].")
d.add()
d.para(1, "The consequences were visible this summer. In June, a guard unit from the Kessary side fired on Aurin "
       "herders at the spring of Ilvar Kul, killing two, after a quarrel over watering times that the clan "
       "councils would once have settled in an afternoon. In July, Aurin guards burned the summer camps of "
       "three Kessary families in retaliation. Neither government has arrested anyone, and both have "
       "described the dead as raiders [3].", brk=(3, kbm_head(2)))
d.add()
d.para(1, "Armed groups on both sides of the border have noticed. The Aurin Freedom Council, which had "
       "little presence in the uplands, now sends recruiters to the summer camps, and its statements speak "
       "of the pastures as Aurin land under occupation. On the Kessary side, a preacher from the lowland "
       "town of Merrin has begun visiting the guard units to bless their rifles and their cause.")
d.add()
d.para(1, "The pastures do not need more guns. They need the clan councils' old authority restored, and "
       "the guard units disbanded or placed under officers answerable to both communities. Without "
       "that, the grazing lands are likely to become the next front of a conflict that neither state can "
       "afford and that the herders themselves did not choose.")
d.fur("", "Endnotes", "")
for t in ["[1] Interviews with clan elders in the Tarvos uplands, July 2038.",
          "[2] Ministry of the Interior of Kessary, decree on village guard units, March 2036.",
          "[3] Accounts of the Ilvar Kul shooting collected by the authors from four witnesses, August 2038."]:
    d.para(1, t)
d.add()
d.bio("Oren Halloway is a research fellow at the Orvaine Centre for Frontier Studies. Annika de Vries is an "
      "anthropologist who has worked among the herders of the Tarvos uplands since 2030.")
d.fur(*kbm_head(3), "Commentaries", "", J05_C, "")
d.paras(2,
        "The Kessary government announced in August that it would build a fence along the whole of its "
        "northern border, from the Tarvos uplands to the salt flats of Emer. The fence, the interior "
        "minister said, would keep out the fighters of the Aurin Freedom Council and the weapons they carry. "
        "It will cost more than the province's health budget for five years.",
        "Fences have their uses. They slow smugglers, they channel traffic to the crossings where it can be "
        "checked, and they reassure the voters of the capital that something is being done. But the Aurin "
        "Freedom Council does not depend on fighters crossing the border. Its recruits come increasingly "
        "from the Kessary side itself, from herders who have watched their pastures turned into a front line "
        "and their elders lose the power to keep the peace.",
        "A fence will not reach them. It will cut the summer routes that Kessary herders have used for "
        "centuries, force them to sell their flocks or move to the towns, and give the Council a new "
        "grievance to preach about in the camps. It may well produce more recruits than it keeps out. The "
        "families I met at the spring of Ilvar Kul this summer already speak of the fence as a punishment, "
        "and they have not yet seen a single post of it go into the ground.",
        "The money would be better spent on the things that the herders have been asking for: water "
        "points on the Kessary side of the pastures, a court that can hear their disputes, and guard units "
        "that answer to their own elders rather than to distant ministries. None of this is as visible as a "
        "fence, and none of it will be opened with a ribbon. But an idea travels faster than a fighter, and "
        "no wire has yet been built that can stop one.")
d.add()
d.fur("Yevgenia Sorrell-Kain, Tarvos", *kbm_head(4)[:3])
META = dict(date="2038-09-05", pub="Kessary Borderlands Monitor", volume=2, issue=17)
emit("j05_sibling_bracket_numbering_ordinal_date_in_focus_caps_by_with_commentaries_signed_name_place", d, [
    dict(title=J05_F, authors=["Oren Halloway", "Annika de Vries"], kind="feature", **META),
    dict(title=J05_C, authors=["Yevgenia Sorrell-Kain"], kind="commentary", **META)],
    comments=["Open choices: `BY NAME WITH NAME` names two authors, labelled in the case the bio prints (`de Vries`",
              "with a lower-case particle); `In Focus` is a section name over a longer piece, so a feature;",
              "`Commentaries` over one piece names its kind, commentary; the signature `NAME, PLACE` under the",
              "commentary names its author (the place left out) and is not text; `Vol. II, No. 17` is volume 2, issue",
              "17; no sidecar."])

# ---------------------------------------------------------------------------------------------------------------------
# j06: a plain-text email letter, *Shoreline* (hard-wrapped at 70, paragraphs apart by blank lines): a mail header, the
# name in capitals with its tagline, `Dispatch #143 — Monday, 12 April 2038` (a send count with a weekday-first date:
# no volume or issue), a standing greeting, `In today's letter:` with `*` items; `ANALYSIS` over `NAME | Contributing
# Editor` (an apostrophe-free hyphenated name with a pipe role); `NEWS` over `From our correspondent in PLACE` (no
# name: no author); a sign-off from the team, the unsubscribe and address foot; no sidecar.
d = Doc(70)
J06_1 = "What the ferry strike tells us about the lake's economy"
J06_2 = "Police post at Vossmark attacked for the second time in a month"
d.fur("From: Shoreline <letters@shoreline-letter.example>", "To: subscriber@mailbox.example",
      "Subject: Shoreline | Dispatch #143: the ferry strike, and Vossmark again",
      "Date: Mon, 12 Apr 2038 06:45:02 +0200", "", "SHORELINE",
      "A weekly letter on security and trade around Lake Sevrin", "Dispatch #143 — Monday, 12 April 2038", "",
      "Good morning, and welcome to this week's letter.", "", "In today's letter:", f"* {J06_1}", f"* {J06_2}", "",
      "=" * 70, "", "ANALYSIS", "", J06_1, "Sasha Oyelaran-Brandt | Contributing Editor", "")
d.paras(1,
        "For nine days at the start of April, the ferries on Lake Sevrin stood idle at their moorings while "
        "their crews argued with the three operating companies about danger money. The crews wanted a "
        "bonus for every evening crossing, after a winter in which armed robbers boarded the boats six "
        "times. The companies said they could not afford it. The strike ended last Thursday with a "
        "compromise that gives the crews half of what they asked for.",
        "The strike showed how much of the lake's economy depends on a handful of boats. Within three days, "
        "the fish markets of Port Ardeny had run short of ice, because the ice plant is on the other shore. "
        "Cotton traders in Vossmark sent their bales on the long road around the southern shore, paying "
        "drivers who in turn paid fees at the checkpoints of the Grey Reed Brotherhood. By the end of the "
        "week, the price of bread in Calder Rock had risen by a fifth.",
        "It also showed who gains when the boats stop. The Brotherhood's checkpoints on the southern road "
        "did a roaring trade, and traders in Vossmark say that the group's men were openly counting lorries "
        "on the fourth day. A group that lives off the road has every reason to want the lake crossings "
        "to be dangerous, and the robberies that led to the strike may not have been the work of ordinary "
        "thieves. Two of the six boardings took place on the very evenings when the road was busiest.",
        "None of this is proof, and the lake police say they have found no link between the robbers and "
        "the Brotherhood. But the companies, the crews and the provincial government would do well to "
        "treat the ferries as the economic lifeline they are, and to protect them accordingly, before the "
        "next strike or the next robbery hands the southern road another windfall.")
d.fur("", "=" * 70, "", "NEWS", "", J06_2, "From our correspondent in Vossmark", "")
d.paras(2,
        "Gunmen fired on the police post at the northern entrance to Vossmark late on Saturday night, "
        "wounding two officers and setting fire to a patrol car parked outside. It was the second attack "
        "on the post since the middle of March, when a grenade thrown over its wall injured a cleaner.",
        "Residents of the nearby streets said the shooting lasted around ten minutes and that the attackers "
        "left on motorcycles towards the cotton fields west of the town. Police reinforcements arrived from "
        "the provincial capital on Sunday afternoon and searched several farms, but no arrests had been "
        "announced by the time this letter was sent.",
        "No group has claimed the attack. The Grey Reed Brotherhood, which is active in the area, has not "
        "commented, and a spokesman for the provincial police declined to say whether the force suspected "
        "it. Local officials pointed out that the post sits on the road that cotton lorries take to the "
        "southern shore, and that the police there had recently begun stopping lorries to check their "
        "papers.",
        "Shopkeepers near the post said they had started closing at dusk. One of them, who has sold "
        "newspapers opposite the post for twenty years, said he had never known the town so quiet in the "
        "evenings. The post's commander has asked for a second armoured vehicle and for the street "
        "lights on the northern road, switched off in February to save money, to be turned back on. Both "
        "requests are with the provincial police headquarters, which has not yet answered.",
        "The attacks come at an awkward time for the provincial government, which had hoped to reopen the "
        "night market on the Vossmark waterfront in May after a two-year closure. Traders who had rented "
        "stalls for the opening say they will wait to see whether the police can keep the northern road "
        "safe before they spend money on stock.")
d.fur("", "=" * 70, "", "That's all for this week. Reply to this email to tell us what we missed.", "— The Shoreline team",
      "", "You are receiving Shoreline because you subscribed at shoreline-letter.example.",
      "Unsubscribe: https://shoreline-letter.example/u/143 · Manage preferences · View in browser",
      "Shoreline, 14 Harbour Row, Port Ardeny")
META = dict(date="2038-04-12", pub="Shoreline", volume=None, issue=None)
emit("j06_email_letter_send_count_weekday_date_pipe_role_byline_correspondent_no_name", d, [
    dict(title=J06_1, authors=["Sasha Oyelaran-Brandt"], kind="analysis", **META),
    dict(title=J06_2, authors=[], kind="news", **META)],
    comments=["Open choices: `Dispatch #143` is a send count, so volume and issue stay empty (README, Numbers), and the",
              "date is the one printed beside it (the mail header's the same day); the publication is the name the",
              "letter prints in capitals (`SHORELINE`), labelled as the sender line and the foot write it",
              "(`Shoreline`); `| Contributing Editor` is the author's role; `From our correspondent in Vossmark` names",
              "no one, so the news piece has no author; the greeting, the team's sign-off and the foot are furniture."])

# ---------------------------------------------------------------------------------------------------------------------
# j07: a plain-text email letter, *Northroad Letter* (hard-wrapped at 66, paragraphs apart by blank lines): a mail
# header whose `Date:` is the only date in the file, `NORTHROAD LETTER` over `No. 58` (a number under the mail header
# with no volume: no issue), `Inside:` with the two pieces on one line separated by `;`; `INTERVIEW` over a lower-case
# `by NAME in PLACE` and a Q&A with speaker initials; `COMMENTARY` with no byline, signed under its text `—J.-P. NAME`
# (hyphenated initials); a reader count and unsubscribe foot.
d = Doc(66)
J07_1 = "Driving the Vell Pass road: a bus driver on fees, guns and timetables"
J07_2 = "The Kalvari queue is a policy choice"
d.fur("From: \"Northroad Letter\" <editor@northroad.example>", "To: you@readers.example",
      "Subject: No. 58 - a bus driver on the Vell Pass road; the Kalvari queue",
      "Date: Tue, 3 Aug 2038 07:30:00 +0100", "Reply-To: editor@northroad.example", "", "NORTHROAD LETTER", "No. 58",
      "Roads, borders and the people who travel them", "", f"Inside: {J07_1}; {J07_2}", "", "-- " * 21 + "--", "",
      "INTERVIEW", "", J07_1, "by Ayo Fitzgerald-Osei in Hask", "")
d.paras(1,
        "Kemal Varga-Toth has driven the bus between Hask and the lowland town of Merrin for eleven years. "
        "Since the Kalvari crossing closed in January, his route has taken him over the Vell Pass, through "
        "the checkpoints of the Ember Road Movement. We spoke at the Hask bus station between his runs.",
        "AF: How has the route changed?",
        "KV: It used to take five hours. Now it takes nine, if nothing goes wrong. The pass road is not "
        "paved after the second bridge, and in the rain the bus slides. We leave at four in the morning so "
        "that we are off the mountain before dark.",
        "AF: What happens at the checkpoints?",
        "KV: There are two. Young men with rifles stop the bus, one of them walks down the aisle and looks "
        "at faces, and I pay the fee at the window. It is written in a book. They give me a paper with a "
        "stamp so that I do not pay twice on the way back. They are polite, mostly. They ask if there are "
        "soldiers or officials on board.",
        "AF: Who pays the fee?",
        "KV: The company pays, and the company has put the fares up by a third. The passengers complain to "
        "me, not to the company, and certainly not to the men with rifles.",
        "AF: Have you thought about stopping?",
        "KV: Every week. But the people on my bus have no other way to reach the lowland hospital or the "
        "market, and if I stop someone else will drive, someone who does not know the road. Now the "
        "crossing is open again, the company says we will go back to the old route when the queue at "
        "Kalvari is shorter. I will believe it when I see it.",
        "AF: What would you ask of the government?",
        "KV: Open the crossing properly, with enough officers to clear it. And pave the pass road, because "
        "whatever happens at Kalvari, some of us will always have to drive over the mountain.")
d.fur("", "-- " * 21 + "--", "", "COMMENTARY", "", J07_2, "")
d.paras(2,
        "When the Kalvari crossing reopened last month, the border police said that the long queues on the "
        "approach road would disappear within weeks, once drivers grew used to the new scanning lane. Three "
        "weeks on, the queue is longer than ever. Lorries wait a day and a half, and a growing number of "
        "drivers have gone back to the mountain road and the Ember Road Movement's checkpoints.",
        "The queue is not an accident. It is the result of a decision to run the crossing with a single "
        "scanner and a single shift of officers, when the crossing handled three times as many lorries "
        "before the bombing. The border police have asked for money for a second lane and a night shift. "
        "The finance ministry has not provided it. Somewhere in the capital, someone has decided that the "
        "savings are worth the cost. Nobody has yet explained, in public, how that sum was done, or who "
        "was asked before it was.",
        "That cost is paid in the hills. Every lorry that takes the mountain road pays a fee to an armed "
        "movement that bombed the crossing in the first place. Every fruit grower whose crop rots in the "
        "queue loses a season's income. And every day the queue lasts, the Movement can tell the villages "
        "that the state is unable or unwilling to keep its own road open.",
        "The crossing needs a second lane and a night shift now, not at the end of the year. It would cost "
        "a fraction of what the province loses each month in spoiled fruit and higher fares, and it would "
        "take away the easiest argument the Movement has. The decision to keep the queue is a policy "
        "choice. It can be unmade with a signature, and the drivers who wait on the approach road tonight "
        "deserve to know whose signature that is.")
d.add()
d.fur("—J.-P. Marchetti", "", "-- " * 21 + "--", "This letter went to 4,812 readers. Forward it to someone who drives these roads.",
      "To stop receiving the Northroad Letter, reply with UNSUBSCRIBE or visit northroad.example/leave",
      "Northroad Letter is written and sent from Merrin.")
META = dict(date="2038-08-03", pub="Northroad Letter", volume=None, issue=None)
emit("j07_email_letter_date_only_in_mail_header_bare_number_semicolon_inside_lowercase_by_in_signed_initials", d, [
    dict(title=J07_1, authors=["Ayo Fitzgerald-Osei"], kind="interview", **META),
    dict(title=J07_2, authors=["J.-P. Marchetti"], kind="commentary", **META)],
    comments=["Open choices: the only date is the mail header's (`Tue, 3 Aug 2038`); `No. 58` under the header with no",
              "volume is a send count, so volume and issue stay empty (README, Numbers); the interviewer named in",
              "`by NAME in Hask` is the interview's author, its intro and the AF:/KV: lines its text; the",
              "commentary's signature `—J.-P. Marchetti` names its author as printed, initials and hyphen kept;",
              "the publication is the name the letter prints (`NORTHROAD LETTER`), labelled as the sidecar and the",
              "foot write it."],
    sidecar="publication: Northroad Letter")

# ---------------------------------------------------------------------------------------------------------------------
# j08: a plain-text email letter that numbers itself like a journal, *Seaward Notes* (hard-wrapped at 72, paragraphs
# apart by blank lines): a mail header, `SEAWARD NOTES · Vol. 4, Issue 11 · 9 September 2038` (a real volume and issue),
# a `Contents` list numbered `(1)` `(2)`; `BRIEFS` (plural) over one short piece `Words by NAME` (a ring-accented and
# hyphenated surname); `FIELD NOTES` (plural) over one piece `By Prof. NAME and Dr. NAME`, an `About the authors:` block
# for both after the text; the unsubscribe foot; no sidecar.
d = Doc(72)
J08_1 = "Drone sightings over the Saint Ebba anchorage"
J08_2 = "Three days on a Tessin pilot boat"
d.fur("From: Seaward Notes <notes@seaward.example>", "To: readers@seaward.example",
      "Subject: Seaward Notes, Vol. 4 Issue 11", "Date: Thu, 9 Sep 2038 08:00:14 +0200", "",
      "SEAWARD NOTES · Vol. 4, Issue 11 · 9 September 2038", "Maritime security on the Sarrow Sea, every fortnight", "",
      "Contents", f"(1) {J08_1}", f"(2) {J08_2}", "", "_" * 72, "", "BRIEFS", "", J08_1, "Words by Tove Ångström-Bakr",
      "")
d.paras(1,
        "Ships waiting at the Saint Ebba anchorage reported at least fourteen sightings of small drones "
        "between 20 August and 4 September, according to a notice issued by the port's vessel traffic "
        "service. Most of the sightings were at night. Crews described aircraft hovering near the bridge or "
        "the stern for several minutes before flying off towards the shore.",
        "No drone has attacked a ship, and the port authority says that it does not know who is flying them. "
        "Possible culprits range from photographers and smugglers checking which ships are watched to the "
        "armed groups of the delta, whose fighters have used drones against army posts inland. The notice "
        "asks masters to report sightings at once and to keep deck lights on through the night. It also "
        "reminds crews that firing flares or weapons at an aircraft is forbidden in the port's waters, after "
        "a watchman on one tanker was seen aiming a rifle at the sky.",
        "Shipping agents in Saint Ebba say that two insurers have already asked for details of the "
        "sightings, and that higher premiums for the anchorage are likely if they continue. The port "
        "authority has asked the navy for a radar able to track small aircraft. The navy has not said "
        "whether it has one to spare, and the port's own budget for the year was spent before the summer.",
        "Masters at anchor are, for now, on their own. Several have begun posting extra lookouts at night, "
        "and one operator told us that its ships now wait further out, beyond the range a small drone can "
        "easily fly from the shore, at the cost of a longer run in when the berth is ready. The vessel "
        "traffic service has promised a fuller account of the sightings, with times and positions, by the "
        "end of September.")
d.fur("", "_" * 72, "", "FIELD NOTES", "", J08_2, "By Prof. Imre Kovács and Dr. Leontine Osei-Barr", "")
d.paras(2,
        "The pilot boats of Tessin leave the harbour at all hours, carrying the pilots who guide large ships "
        "through the narrow channel between the sandbanks. We spent three days in August aboard one of them, "
        "the Marit, as part of a study of how the port's workers see the threats that the security agencies "
        "talk about.",
        "The crew of the Marit are not, on the whole, worried about terrorists. They worry about the "
        "channel, which shifts after every storm, and about the speedboats that cross it without lights. "
        "On our second night, one of these boats passed within a few metres of the pilot boat's bow, and "
        "the skipper spent the next half hour on the radio to the harbour police, who told him they had no "
        "patrol in the area. The skipper shrugged when he put the handset down. It was, he said, the third "
        "time that week, and the harbour police had given him the same answer each time. He wrote the time "
        "and the boat's heading in the log, as he always does, knowing that nobody would ask for it.",
        "The speedboats, the crew say, belong to the fuel smugglers who land drums on the beaches north of "
        "the port. Everybody knows which jetties they use, and the crew named two of the men who run them. "
        "The pilots have learned to give them room. One pilot told us that he had once reported a speedboat "
        "and found his car's tyres slashed the next morning.",
        "What struck us most was how ordinary this has become. The security agencies speak of the smuggling "
        "networks as a hidden danger, funding armed groups in the delta. On the water, they are part of the "
        "traffic, as familiar as the fishing boats, and the people who work alongside them have made their "
        "own quiet arrangements to stay out of their way. Any plan to police the channel will have to begin "
        "by asking the pilots what they already know.")
d.add()
d.bio("About the authors: Imre Kovács is professor of maritime sociology at the University of Tessin. Leontine "
      "Osei-Barr is a research associate in the same department; their study of port workers is funded by the "
      "Sarrow Sea Trust.", width=72)
d.fur("", "_" * 72, "Seaward Notes is sent every other Thursday. You signed up at seaward.example.",
      "Unsubscribe in one click: https://seaward.example/unsubscribe?list=notes",
      "Our postal address: Seaward Notes, Pier House, Tessin")
META = dict(date="2038-09-09", pub="Seaward Notes", volume=4, issue=11)
emit("j08_email_letter_real_volume_issue_words_by_plural_labels_over_one_piece_prof_dr_coauthors_about_the_authors", d, [
    dict(title=J08_1, authors=["Tove Ångström-Bakr"], kind="brief", **META),
    dict(title=J08_2, authors=["Imre Kovács", "Leontine Osei-Barr"], kind="field note", **META)],
    comments=["Open choices: `Vol. 4, Issue 11` is the letter's own numbering, not a send count, so it is kept as",
              "volume 4, issue 11; `BRIEFS` over one short piece names its kind, brief; `FIELD NOTES` over one piece",
              "names its kind in the singular, field note (a genre pages use, as the README's heldout19/r03 note",
              "says); `Prof.` and `Dr.` are honorifics left out of the names; the `About the authors:` block is the",
              "authors' bio, not text."])

# ---------------------------------------------------------------------------------------------------------------------
# j09: shapes mixed: the publisher's email carrying a whole Terrorism Monitor issue as plain text (hard-wrapped at 72,
# paragraphs apart by blank lines): a mail header (`Subject: Terrorism Monitor, Volume 36, Issue 17 is out`), web and PDF
# links, the monitor's name over `Volume XXXVI ◆ Issue 17 ◆ 26th August 2038`; `BRIEF` (singular) over a short piece
# with a capital byline carrying a place `BY NAME IN PLACE` and its bio straight under the text; `FEATURE` over
# `Dr. NAME, Lecturer in War Studies, University of Calloway` (a multi-word Irish surname with particles, the role after
# the name on the same line), `Notes` with `n.` entries; the unsubscribe foot.
d = Doc(72)
J09_B = "Teachers Abducted on the Orsk Road Are Freed"
J09_F = "The Village Guard Units and the Limits of Outsourced Security"
d.fur("From: The Ashgrove Foundation <monitor@ashgrove.example>", "To: subscriber@inbox.example",
      "Subject: Terrorism Monitor, Volume 36, Issue 17 is out", "Date: Thu, 26 Aug 2038 15:10:44 +0000", "",
      "Read this issue on the web: https://ashgrove.example/tm/36/17  |  Download the PDF", "",
      "TERRORISM MONITOR", "Volume XXXVI ◆ Issue 17 ◆ 26th August 2038", "", "In this issue:",
      f"- {J09_B}", f"- {J09_F}", "", "BRIEF", "", J09_B, "", "BY NKECHI ABARA-LUND IN ORSK", "")
d.paras(1,
        "Four schoolteachers abducted on the road between Hask and Orsk in early August were released "
        "unharmed on August 21, after elders from the hill villages negotiated with their captors for "
        "nearly two weeks. The teachers, who had been travelling to the village schools to prepare for the "
        "new term, were handed over at a roadside shrine and walked the last few kilometres into Orsk.",
        "No ransom was paid, according to the elders, and the teachers say that they were not mistreated. "
        "Their captors, a group of young men who described themselves as members of the Ember Road "
        "Movement, held them in a shepherds' hut and questioned them about their salaries and about the "
        "district education office. One teacher said that the men seemed more interested in whether the "
        "office would pay the village schools' teachers than in the teachers themselves.",
        "The Movement's leadership has not claimed the abduction, and a statement read in the Orsk market "
        "on August 22 described it as the work of men acting without orders. That may be true. The "
        "Movement has built much of its support on its village schools, and abducting teachers sits badly "
        "with that image. But the episode shows how hard it is for a movement that presents itself as "
        "disciplined to control young fighters who share its grievances and not its caution.",
        "The district education office says the new term will begin on time, with an escort for teachers on "
        "the Orsk road for the first month. Teachers in Hask are less sure. Several said they would not take "
        "up posts in the hill villages this year unless the office paid the arrears it owes them from the "
        "spring, and the teachers' union has asked for a danger allowance for every post above the second "
        "bridge. If the posts stay empty, the Movement's own schools will have the hills to themselves.")
d.add()
d.bio("Nkechi Abara-Lund is a freelance journalist based in Hask who reports on education and conflict in the "
      "southern provinces.", width=72)
d.fur("", "FEATURE", "", J09_F, "", "Dr. Ciarán Mac Giolla Bhríde, Lecturer in War Studies, University of Calloway", "")
d.paras(2,
        "Governments short of soldiers have often armed villagers to defend themselves. The village guard "
        "units raised in the southern provinces since 2036 are the latest example, and their record is "
        "already mixed. In some districts they have kept raiders away from the flocks and the harvest; in "
        "others they have become a law unto themselves, taxing travellers and settling private quarrels "
        "with their government-issued rifles (1).",
        "The appeal of the units is easy to see. They are cheap, they know the ground and they free the army "
        "for operations elsewhere. A guard is paid a fraction of a soldier's wage and needs no barracks. For "
        "a finance ministry facing a long conflict, this is an attractive arrangement, and the number of "
        "guards on the payroll has tripled in two years (2).",
        "The problems are just as plain. The guards are recruited by local notables who choose their own "
        "relatives and clients. They answer in practice to those notables rather than to any officer. When "
        "a dispute arises between two villages, or between two clans in the same village, the guards take "
        "the side of the men who recruited them. In the Tarvos uplands this has turned old quarrels over "
        "pasture into shooting wars, and across the southern provinces it has given the armed movements a "
        "new grievance to recruit on (3).",
        "None of this means that the units should be abolished. Disbanding them suddenly would leave "
        "thousands of armed young men without a wage, and some would find one with the movements. What is "
        "needed is command: officers appointed from outside the district, a register of every guard and "
        "every rifle, and a court that will hear complaints against them. Several districts in the Hask "
        "valley have tried this on a small scale, and complaints against the guards there have fallen "
        "sharply (4).",
        "Outsourcing security to villagers is not a new idea, and it will not go away. The question is "
        "whether the state will keep enough control over the men it has armed to stop them becoming one "
        "more armed group among many.")
d.fur("", "Notes", "")
for t in ["1. Hask Valley Research Group, survey of village guard units, June 2038.",
          "2. Ministry of Finance, security payroll figures, 2036-2038.",
          "3. Interviews with herders and officials in the Tarvos uplands, July 2038.",
          "4. District administration of Merrow Cross, report on guard unit reform, May 2038."]:
    d.para(2, t)
d.fur("", "-" * 72, "You are receiving this email because you subscribe to the Terrorism Monitor.",
      "Unsubscribe | Manage your subscriptions | The Ashgrove Foundation, 40 Vane Street, Calloway")
META = dict(date="2038-08-26", pub=TM, volume=36, issue=17)
emit("j09_mixed_email_carrying_tm_issue_caps_by_name_in_place_bio_under_text_doctor_irish_particles_role_same_line", d, [
    dict(title=J09_B, authors=["Nkechi Abara-Lund"], kind="brief", **META),
    dict(title=J09_F, authors=["Ciarán Mac Giolla Bhríde"], kind="feature", **META)],
    comments=["Open choices: the email carries a whole Terrorism Monitor issue, so the publication is the monitor (not",
              "the foundation that sends it) and `Volume XXXVI ◆ Issue 17` its numbering (volume 36, issue 17);",
              "`BY NKECHI ABARA-LUND IN ORSK` names one author, labelled in the case her bio prints, `IN ORSK` being",
              "the place; `BRIEF` over the short piece is its kind; `Dr.` is left out and `, Lecturer in War",
              "Studies, University of Calloway` is the feature author's role; `Mac Giolla Bhríde` is all surname."],
    sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------------
# j10: shapes mixed: a whole issue of an invented sibling monitor, *Southern Provinces Monitor*, full of byline look-
# alikes (PDF text, paragraphs apart by blank lines): the name in capitals with `No. 21 • Vol. 5` set to its right
# (issue before volume), the publisher's line and a weekday-first date on a line of its own; `Contents` under
# `Field Reports`; `Field Reports` (title case, plural) over a run of two pieces: one with a name line (accented,
# hyphenated given name and surname) over a role line `Correspondent in Hask`, its text opening `By the time …` and
# holding a subheading `By Road and by River`; one with a name line `NAME with NAME` (no `By`), a paragraph opening
# `Written by the people of Orsk, …` (a quoted leaflet), and one bio paragraph for both after the text; footer
# `Southern Provinces Monitor · No. 21 · 17.09.2038 · N`, once between the halves of a sentence.
d = Doc(74, hyph=True)
J10_1 = "Floodwater and Checkpoints in the Lower Hask Valley"
J10_2 = "Leaflets, Loudspeakers and the Battle for Orsk's Market"

def spm_foot(page):
    return ["", f"Southern Provinces Monitor · No. 21 · 17.09.2038 · {page}", "\f"]

d.fur("SOUTHERN PROVINCES MONITOR                                 No. 21 • Vol. 5",
      "A fortnightly review from the Hask Valley Research Group", "Friday, 17 September 2038", "", "Contents",
      "Field Reports", f"   {J10_1} .... 1", f"   {J10_2} .... 3", "", "Field Reports", "", J10_1, "",
      "Ana-Lucía Restrepo-Vance", "Correspondent in Hask", "")
d.paras(1,
        "By the time the rains came to the lower Hask valley at the end of August, the river had already "
        "broken its banks twice. The second flood, on September 2, covered the road between Hask and the "
        "river port of Dunmere for eleven kilometres and cut off more than thirty villages. Families who "
        "had lost their homes in last year's floods and rebuilt them in the spring watched them go again.",
        "The floods have changed the map of the valley's armed groups as surely as they have changed its "
        "fields. The army withdrew from four of its posts on the low ground when the water rose, and the "
        "Ember Road Movement's fighters, who know the raised tracks between the villages, moved into the "
        "gap within days. By the second week of September the Movement had checkpoints on both of the "
        "tracks that still connect Dunmere with the hills.")
d.add()
d.add("By Road and by River", 1)
d.add()
d.para(1, "Aid reaches the flooded villages in two ways. The provincial relief agency sends lorries along the "
       "raised road as far as the water allows and then loads the cargo onto hired boats. The Movement has "
       "left the lorries alone but stops the boats, inspects their cargo and, according to several boatmen, "
       "takes a share for the villages it says the agency ignores. The agency denies that any of its cargo "
       "has been diverted.", brk=(4, spm_foot(1)))
d.add()
d.paras(1,
        "Villagers on the low ground are less interested in who controls the tracks than in whether anything "
        "arrives. In Selvi, a village of some six hundred people that has been surrounded by water since the "
        "second flood, residents said that the Movement's boats had brought them flour before the agency's "
        "did, and that its fighters had helped to carry an old woman to the clinic in Dunmere. Such help is "
        "remembered long after the water goes down.",
        "The army plans to return to its posts when the flood recedes, probably in October. It may find "
        "that the ground it left has been won in the meantime, not by force but by boats and flour.")
d.fur(*spm_foot(2), J10_2, "", "Bilal Osei-Kuffour with Mette Dahl-Ruiz", "")
d.paras(2,
        "Orsk's weekly market is the largest in the hills, and for the past year it has also been a place "
        "where the government and the Ember Road Movement compete for an audience. On market days, a "
        "police van with loudspeakers parks by the grain stalls and plays recorded messages urging fighters "
        "to surrender. A few hours later, young men walk through the crowd handing out the Movement's "
        "leaflets.",
        "\"Written by the people of Orsk, for the people of Orsk,\" the leaflet we were given on a Thursday "
        "in August began. It listed the teachers the Movement pays in the hill villages, the price of flour "
        "in its shops and the names of two district officials it accused of stealing relief grain. It did "
        "not mention fighting at all. The government's loudspeaker message that morning spoke of nothing "
        "else, promising safety to fighters who surrendered and warning of the fate of those who did not.")
d.add()
d.para(2, "Traders at the market were not impressed by either. Several said that the leaflets were more "
       "interesting, because they named people the traders knew, but that they did not believe the "
       "Movement's prices. Others complained that the loudspeakers were too loud for customers to bargain. "
       "Almost everyone agreed that the government's messages were written by people who had never been "
       "to Orsk.", brk=(3, spm_foot(3)))
d.add()
d.paras(2,
        "The contest at the market reflects a larger imbalance. The Movement speaks about the things that "
        "people in the hills talk about every day, such as prices, schools and officials, while the "
        "government speaks only about the war. Until the government has something to say about flour and "
        "teachers, its loudspeakers will go on losing to a few hundred sheets of paper.",
        "Some district officials see this. One of them told us that he had asked the provincial information "
        "office for permission to use the loudspeaker van to announce the dates of the relief distributions. "
        "He is still waiting for an answer.")
d.add()
d.bio("Bilal Osei-Kuffour and Mette Dahl-Ruiz are researchers with the Hask Valley Research Group. They visited "
      "Orsk four times between May and August 2038.")
d.fur("", "Southern Provinces Monitor · No. 21 · 17.09.2038 · 4")
META = dict(date="2038-09-17", pub="Southern Provinces Monitor", volume=5, issue=21)
emit("j10_mixed_sibling_byline_lookalikes_by_the_time_by_road_heading_name_over_role_name_with_name_written_by_quote", d, [
    dict(title=J10_1, authors=["Ana-Lucía Restrepo-Vance"], kind="field report", **META),
    dict(title=J10_2, authors=["Bilal Osei-Kuffour", "Mette Dahl-Ruiz"], kind="field report", **META)],
    comments=["Open choices: `Field Reports` over a run of two pieces names the kind of each, field report; the role",
              "line `Correspondent in Hask` under the first name is neither text nor part of the name; `By the time",
              "…`, the subheading `By Road and by River` and the quoted `\"Written by the people of Orsk, …` are",
              "text, not bylines; `NAME with NAME` names two authors; the joint bio after the text is not text;",
              "`No. 21 • Vol. 5` is volume 5, issue 21; no sidecar."])
