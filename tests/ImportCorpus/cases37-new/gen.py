"""cases37-new: new cases of seven shapes of scraped web pages, written by a helper before any run from sites, people
and places of the writer's own invention (dated 2040): (1) mastheads: a site's name over a menu and a one-line
sentence-case description of the site (its tagline), then a section label and the headline; sites whose names end in a
genre-like word (Report, Insight, Column); pages whose first heading-like line is the site's name and whose real title
comes after a breadcrumb; (2) bylines: several authors with roles after commas (three without a serial comma, two on a
line with the date after a dash), `From our correspondent, NAME`, `NAME reports from PLACE`, two `NAME in PLACE` joined
by `and`, an author and a date after a bullet with the translator in brackets between them, author lines under the
standfirst, `Interview by NAME · Photographs by NAME` with a translator line under it; (3) dates: `Published on DATE`,
`First published: … | Last updated: …`, a date as the last item of a breadcrumb, beside the section label with an
abbreviated weekday and a relative date, an ordinal day, `Posted N hours ago — DATE`; (4) people who are not the
authors: speakers before the text with an `In the chair:` line, expert reviewers after the text of a page with a real
byline, witnesses after the text with an `Inquiry chair:` line, in forms such as `NAME | Institution`, `Institution:
NAME`, `NAME from Institution`, `Prof. NAME (Institution, Place)`, `Rank NAME, Service`; (5) closing prompts (a
question inviting replies, an event to book, a download, a newsletter, transcripts to download) and one op-ed whose last
paragraph is its own argument's call to action (text); (6) reference pages (a gazetteer entry, a community encyclopedia
entry with tabs and a contents box, a data profile) with a tagline, the term, a short definition, see-also lines
(`Compare:`, `See also` with commas, `Related records:`) and a citation line (`Cite as:`, `Cite this page:`, `Reference
this record as:`); (7) notes and sources at the foot (superscript-led footnotes, wiki references with carets, `1)`
notes, `(n)` sources; some wrapped over two lines: those files are not one line per paragraph and leave
`one_line_per_paragraph` out), markers glued to words, `Further reading:` lists (not text), `Correction` paragraphs
(text) and `Updated` lines (not text).
Lines starting with "<n>|" are article n's text; the label file is written from them, with the choices the labelling
rules left open written at its top. Run: python3 gen.py"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def emit(name, lines, arts, sidecar=None, one_line=True, notes=()):
    out, ranges = [], {}
    for ln in lines:
        m = re.match(r"^(\d)\|(.*)$", ln)
        if m:
            n = int(m.group(1))
            out.append(m.group(2))
            ranges.setdefault(n, []).append(len(out))
        else:
            out.append(ln)
    with open(os.path.join(HERE, f"{name}.txt"), "w") as f:
        f.write("\n".join(out) + "\n")

    def spans(nums):
        res, s, p = [], None, None
        for x in nums:
            if s is None:
                s = p = x
            elif x == p + 1:
                p = x
            else:
                res.append((s, p))
                s = p = x
        res.append((s, p))
        # a run of blank lines inside an article's text joins its ranges only when both sides are text
        merged = []
        for a, b in res:
            if merged and all(out[k - 1].strip() == "" for k in range(merged[-1][1] + 1, a)):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in merged)

    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    lab += [f"# {n}" for n in notes]
    if one_line:
        lab.append("one_line_per_paragraph: true")
    lab.append("articles:")

    def q(v):
        return "null" if v is None else f'"{v}"'

    for n, a in enumerate(arts, 1):
        lab += [f'  - title: "{a["title"]}"',
                f'    authors: [{", ".join(chr(34) + x + chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: {q(a["pub"])}',
                f'    volume: {a.get("volume", "null")}', f'    issue: {a.get("issue", "null")}',
                f'    text: [{spans(ranges[n])}]']
    with open(os.path.join(HERE, f"{name}.labels.yml"), "w") as f:
        f.write("\n".join(lab) + "\n")
    side = os.path.join(HERE, f"{name}.yml")
    if sidecar:
        with open(side, "w") as f:
            f.write(sidecar + "\n")
    elif os.path.exists(side):
        os.remove(side)
    return out


def T(*pars):
    """Text paragraphs, one line each."""
    return [f"1|{p}" for p in pars]


def TB(*pars):
    """Text paragraphs set apart by blank lines."""
    res = []
    for i, p in enumerate(pars):
        if i:
            res.append("")
        res.append(f"1|{p}")
    return res



# t01: a news site whose name ends in a genre-like word: a cookie line, the name, a menu with dots, a one-line tagline,
# `News · Wed 7 March 2040 · 3 days ago` (the date beside the label, an abbreviated weekday, a relative date), the
# headline, `NAME reports from PLACE`; the text closes with a `Correction (DATE):` paragraph (text); an `Updated …` line
# (not text), a question inviting replies, a share bar, footer.
t01 = ["We and our partners use cookies to run this site and to measure it. OK | Manage preferences",
       "The Pellow Report",
       "Front page · Borough · Courts · Weather · Jobs · Donate",
       "News for the Pellow estuary, written by people who live beside it", "",
       "News · Wed 7 March 2040 · 3 days ago",
       "Harbury jury told ferry mechanic kept fuses and timers in a tackle box",
       "Anneliese Drummond-Okoro reports from Harbury Crown Court", ""]
t01 += T("A ferry mechanic accused of planning to sink a car ferry in the Pellow estuary kept electrical fuses, two kitchen timers and a roll of detonating cord in a fishing-tackle box in his garden shed, a jury at Harbury Crown Court heard on Wednesday.",
         "Lorcan Abernethy-Suzuki, 44, of Quayside Terrace, Skelby, denies preparing acts of terrorism. The prosecution says he intended to damage the hull of the Skelby Venture, on which he had worked for nine years, during the first sailing after its winter refit.",
         "Opening the case, prosecutor Imelda Voskuijlen said police had found the box after a colleague reported that Mr Abernethy-Suzuki had been asking about the thickness of the steel below the waterline. \"Those are not questions a mechanic needs to ask,\" she told the jury.",
         "The court heard that messages on his phone showed he had been in contact with an online group that urged its members to attack transport owned by the borough, which bought the ferry company in 2037. The defence says the messages were bravado and that the items in the box were for a boat he was restoring.",
         "The trial, before Mrs Justice Rahimova-Penn, is expected to last four weeks.",
         "Correction (8 March 2040): An earlier version of this report gave the defendant's age as 47. He is 44.")
t01 += ["", "Updated 8 March 2040 at 11:20",
        "Did you work on the Skelby ferries, or do you use them every day? Our courts reporter would like to hear from you: courts@pellow-report.example",
        "Share   Facebook   Mastodon   Email   Print",
        "© 2040 Pellow Estuary Media CIC · The Pellow Report is a member of the Independent Community News Network · Privacy · Corrections policy"]
emit("t01_report_name_genre_word_cookie_dot_menu_tagline_label_abbreviated_weekday_relative_reports_from_court_correction_dated_updated_question_share", t01, [
    dict(title="Harbury jury told ferry mechanic kept fuses and timers in a tackle box",
         authors=["Anneliese Drummond-Okoro"], date="2040-03-07", kind="news", pub="The Pellow Report")],
    sidecar="url: https://pellow-report.example/news/2040/03/07/harbury-ferry-trial-opens",
    notes=["Left open: the name ends in the genre-like word `Report` and is printed so in the footer too, so it is the",
           "publication, with its `The` as the masthead prints it; the copyright's `Pellow Estuary Media CIC` is the company.",
           "The tagline is furniture. `News · Wed 7 March 2040 · 3 days ago` gives the kind news and the date; the relative",
           "date is furniture. `NAME reports from PLACE` names the author (the court is no part of the name). The closing",
           "`Correction (DATE):` paragraph is text; `Updated …` is not and does not change the date. The question inviting",
           "replies, the share bar and the footer are furniture."])

# t02: an analysis on a site whose name ends in a genre-like word, printed as the first heading-like line; a menu with
# dashes, a breadcrumb whose genre item is the kind and whose last item is the date, the title, three authors with
# roles after commas and no serial comma; superscript markers glued to words; a heading; `Footnotes` over entries that
# open with a superscript, two of them wrapped; `Further reading:` (not text) over two reports; the foundation's
# self-description and copyright.
t02 = ["Jump to main content",
       "Marrick Insight",
       "Topics — Regions — Podcasts — Events — About", "",
       "Home › Insight › Central Lowlands › 19 February 2040", "",
       "Paid to stay home: the militias that the Lowland truce is funding",
       "By Dr Sunniva Achterberg-Mensah, senior research fellow, Kofi Lindahl-Baptiste, research analyst and Paulina Rusk-Odede, visiting fellow", ""]
t02 += T("The truce that ended the fighting in the Central Lowlands in the autumn of 2038 has held for sixteen months. Much of the credit belongs to an arrangement that its signatories rarely discuss in public: every militia that keeps its fighters in barracks receives a monthly payment from the provincial treasury¹.",
         "The payments are not secret, but they are not easy to find either. They appear in the province's budget as \"community security grants\", and their recipients are listed by district rather than by name². By our count, eleven armed groups received them in 2039, at a cost equal to a fifth of the province's spending on schools.",
         "The arrangement has kept the peace. It has also given every group that signed a reason to stay armed, and every group that did not a reason to fight its way to the table³.")
t02 += ["", "1|Who is paid, and for what", ""]
t02 += T("The grants are calculated per fighter, which rewards the groups that report the most men. Two of the eleven groups have more than doubled the number they report since the truce began, while the number of clashes between them has fallen almost to nothing⁴.",
         "Nobody checks the lists. The provincial monitoring office has four inspectors for eleven groups spread across nine districts, and its last report admits that it has visited only three of the barracks it pays for⁵.",
         "We do not argue that the payments should stop. Stopping them would very likely restart the fighting. We argue that they should be tied to the number of weapons handed in rather than to the number of men reported, and that the lists should be checked by someone other than the groups that write them.")
t02 += ["", "Footnotes",
        "1|¹ Central Lowlands Ceasefire Agreement, signed at Dunmarrow on 3 October 2038, annex 2.",
        "1|² Provincial Treasury of the Central Lowlands, Budget 2039, line 14.6, \"Community security grants\";",
        "1|district tables in schedule F.",
        "1|³ Interviews with commanders of two groups that did not sign, Orlen district, November 2039.",
        "1|⁴ Provincial Monitoring Office, Quarterly Return, December 2039, compared with the returns for 2038; the",
        "1|office publishes the figures reported by each group without comment.",
        "1|⁵ Ibid., p. 3."]
t02 += ["", "Further reading:",
        "Ceasefires for Sale? Payments to Armed Groups after Civil Wars, Marrick Foundation working paper 31, 2038",
        "The Lowland Truce at One Year, Marrick Insight special report, October 2039", "",
        "Marrick Insight is the online journal of the Marrick Foundation, an independent research charity.",
        "© Marrick Foundation 2040 · Republishing guidelines · Privacy"]
emit("t02_insight_site_name_first_breadcrumb_genre_and_date_three_authors_roles_no_serial_comma_superscripts_glued_footnotes_superscript_led_wrap_further_reading_colon", t02, [
    dict(title="Paid to stay home: the militias that the Lowland truce is funding",
         authors=["Sunniva Achterberg-Mensah", "Kofi Lindahl-Baptiste", "Paulina Rusk-Odede"], date="2040-02-19",
         kind="insight", pub="Marrick Insight")],
    one_line=False,
    notes=["Left open: `Marrick Insight` is the first heading-like line and not the title; it ends in the genre-like word",
           "`Insight` and is printed so everywhere (the journal of the Marrick Foundation), so it is the publication. The",
           "breadcrumb's genre item `Insight` gives the kind insight (its region item is a topic) and its last item is the",
           "date. Three authors with roles after commas, no comma before the last `and`. `Footnotes` is the notes heading (not",
           "text); its entries open with the superscript and two of them wrap onto a second line (text), so the file is not",
           "one line per paragraph. `Further reading:` and its two titles, the self-description and copyright are not text."])

# t03: a gazetteer entry: the name over a menu and a tagline, `Gazetteer entry`, the term (a place), a one-sentence
# definition (text), a `Location:` line of coordinates (text), headings, `Compare:` over two lines (not text), an entry
# number and revision line (the date), `Cite as: …`, licence. No author.
t03 = ["Northern Marches Gazetteer",
       "Places A–Z  /  Maps  /  Roads and crossings  /  Contribute",
       "A gazetteer of the border villages, their roads and their river crossings", "",
       "Gazetteer entry",
       "Callow Ford",
       "1|Callow Ford is a hamlet and shallow river crossing on the Tarrant, four kilometres upstream of Marren Bridge, where the old drove road from Oskeby enters the Marches.",
       "1|Location: left bank of the Tarrant, 54.91° N, 2.37° W; altitude 118 m", ""]
t03 += ["1|The crossing", ""]
t03 += T("The ford can be waded on foot in most summers and driven by a tractor in all but the wettest months. A line of stepping stones, replaced in 2031 after floods, runs beside it for walkers.",
         "For most of the last century the ford was used only by farmers. It acquired a different reputation in the 2020s, when smugglers bringing tobacco and later people across the border found that it was the one crossing within twenty kilometres that had no camera.")
t03 += ["", "1|Policing", ""]
t03 += T("A camera mast was put up on the right bank in 2034 and burned down twice in its first year. Since 2036 the border police have patrolled the ford at irregular hours, and the stepping stones are lit at night by lamps that residents asked for and the county paid for.",
         "The hamlet itself has six houses and a chapel, now used as a store. Its residents were consulted in 2039 on a proposal to close the ford to vehicles, which most of them opposed.")
t03 += ["", "Compare:", "Marren Bridge (road crossing, 4 km downstream)", "Oskeby drove road", "",
        "Entry no. 1184 · revised 2 April 2040",
        "Cite as: Northern Marches Gazetteer (2040), \"Callow Ford\", entry no. 1184. Retrieved from the gazetteer's website.",
        "The text of this gazetteer may be reused under CC BY 4.0 · Maintained by volunteers of the Marches Local History Network"]
emit("t03_gazetteer_slash_menu_tagline_label_place_term_definition_location_line_compare_entry_number_revised_cite_as", t03, [
    dict(title="Callow Ford", authors=[], date="2040-04-02", kind="gazetteer entry",
         pub="Northern Marches Gazetteer")],
    sidecar="url: https://marches-gazetteer.example/places/callow-ford",
    notes=["Left open: the label `Gazetteer entry` over the term gives the kind gazetteer entry (two words, as printed). The",
           "tagline under the menu is furniture; the one-sentence definition and the `Location:` line under the term are",
           "text, as an entry's first facts. No author (the network of volunteers is no byline). `Compare:` and its two lines",
           "are see-also lines, not text. The date is the revision on the entry-number line. `Cite as:` and the licence are",
           "not text."])

# t04: a forum's seminar notes with no author: the name as the first heading-like line, a menu, a breadcrumb ending in
# `Seminar notes`, the title, `Held on … · Notes published …` (the notes' date), then before the text `Speakers` over
# four people in four forms and `In the chair: NAME, role` (not authors, not text); text naming them; a prompt to book
# the next seminar; footer.
t04 = ["Ostwick Forum for Security Policy",
       "Home  About  Programmes  Events  Publications  Contact", "",
       "Events › Past events › Seminar notes", "",
       "Who should pay for protecting places of worship?",
       "Held on Thursday 12 April 2040 · Notes published 19 April 2040", "",
       "Speakers",
       "Rabbi Miriam Castellanos-Hart | Ostwick Council of Faiths",
       "Ostwick Metropolitan Police: Chief Inspector Dafydd Okwuosa",
       "Farida Lindgren-Sato from the Protective Security Grants Office",
       "Prof. Teodor Mbatha-Ruel (University of Harrowby, Department of Law)", "",
       "In the chair: Agnieszka Fairbairn, Director of the Forum", ""]
t04 += T("Since the attacks on two churches in the east of the city in 2038, most of Ostwick's places of worship have installed cameras, stronger doors or both. The seminar asked who should pay for that, and whether congregations should be paying at all.",
         "Rabbi Castellanos-Hart said her synagogue now spends more on guards than on its youth work. The national grant covers equipment but not people, she said, and it is people who make a building safe: a camera records an attack, a steward at the door prevents one.",
         "Chief Inspector Okwuosa agreed that trained volunteers were the most effective measure the police had seen, and said his officers would train any congregation that asked. He was cautious about paid guards, whose training varies widely.",
         "Ms Lindgren-Sato explained that the grants office was bound by its rules to fund things rather than salaries. Professor Mbatha-Ruel argued that the rule had no basis in the law that created the grants and could be changed by the minister without a vote.",
         "Several members of the audience asked why congregations in the west of the city, where no attack had happened, received as much as those in the east. The speakers did not agree on an answer, and the chair closed the discussion there.")
t04 += ["", "Next in the series: \"Schools, lockdowns and drills\", Thursday 10 May 2040, 18:30, at the Forum. Admission is free; book your place through the Events page.",
        "Ostwick Forum for Security Policy is an independent, non-partisan association. Company no. 09981237 · Privacy notice"]
emit("t04_forum_site_name_first_breadcrumb_seminar_notes_held_and_published_speakers_before_text_four_forms_in_the_chair_book_prompt", t04, [
    dict(title="Who should pay for protecting places of worship?", authors=[], date="2040-04-19",
         kind="seminar note", pub="Ostwick Forum for Security Policy")],
    sidecar="url: https://ostwick-forum.example/events/past/seminar-notes/places-of-worship",
    notes=["Left open: the site's name is the first heading-like line; the title follows the breadcrumb, whose last item",
           "`Seminar notes` gives the kind seminar note (two words, singular). The date is the day the notes were published,",
           "not the day the seminar was held. No author: `Speakers`, the four people under it (`NAME | Institution`,",
           "`Institution: Rank NAME`, `NAME from Institution`, `Prof. NAME (Institution, Unit)`) and `In the chair: …` are",
           "neither authors nor text; the prose naming them is text. The prompt to book the next seminar is furniture."])

# t05: an interview: the name over a menu and a tagline, `INTERVIEWS` over the headline, `Interview by NAME ·
# Photographs by NAME` (the interviewer alone is the author), `Translated from the Varric by NAME` under it, then the
# date with a reading time; an introduction, questions and answers with the speakers' names as prefixes (text); an
# editing note and a question inviting replies (furniture); footer.
t05 = ["Saltgrave Quarterly",
       "Current issue   Archive   Interviews   Shop   Subscribe",
       "Long conversations about the border country and the people who cross it", "",
       "INTERVIEWS",
       "'I drove the van, and I never asked what was in the back'",
       "Interview by Rosalind Achebe-Varga · Photographs by Tomas Ilves-Okonjo",
       "Translated from the Varric by Henrike Solberg-Adeyemi",
       "2 May 2040 — 12 min read", ""]
t05 += T("For four years Davor Kestrel-Amani drove a delivery van between the border towns of Oskeby and Lanz for a haulage firm that, it later emerged, belonged to the Lanz Brotherhood. He was arrested in 2036, gave evidence against the firm's owners and served eighteen months. He now repairs bicycles in a town he asked us not to name.",
         "Saltgrave Quarterly: How did the job start?",
         "Kestrel-Amani: A cousin told me a firm needed drivers who knew the back roads. I had lost my job at the quarry. They paid on time and they paid more than anyone else, and nobody there ever raised their voice. That was the strange thing, looking back. Everyone was polite.",
         "Saltgrave Quarterly: When did you realise what the firm was?",
         "Kestrel-Amani: Honestly, later than I should have. There were runs where I was told to wait at a lay-by for an hour with the engine off. There were boxes I was not to sign for. I told myself it was tax, that they were avoiding duty on cigarettes. Everyone in Oskeby avoids duty on something.",
         "Saltgrave Quarterly: And when you knew?",
         "Kestrel-Amani: When the police stopped me at Lanz and opened the back, there were two men in it. They had been there since the morning. I had driven them for six hours and never heard them. I think about that every day.",
         "Saltgrave Quarterly: Why did you give evidence?",
         "Kestrel-Amani: Because one of the two men asked the police to find me afterwards and thank me for driving carefully. He did not know I was one of them. After that I could not lie for the firm.")
t05 += ["", "This conversation has been edited and condensed.",
        "Have you worked for a firm you later found out was a front? We would like to hear from you, in confidence: letters@saltgrave-quarterly.example",
        "Saltgrave Quarterly · Four issues a year, in print and online · © 2040 Saltgrave Press"]
emit("t05_quarterly_menu_tagline_interviews_label_quoted_headline_interview_by_photographs_by_translated_line_date_reading_time_prefixed_answers_editing_note_question", t05, [
    dict(title="'I drove the van, and I never asked what was in the back'",
         authors=["Rosalind Achebe-Varga"], date="2040-05-02", kind="interview", pub="Saltgrave Quarterly")],
    notes=["Left open: the tagline under the menu is furniture. The section label `INTERVIEWS` over one piece gives the kind",
           "interview (singular). `Interview by NAME · Photographs by NAME` names the interviewer alone as the author; the",
           "photographer and the translator on the line under it are not authors. The date is the one before the reading",
           "time. The introduction and every prefixed question and answer are text; the editing note and the question",
           "inviting replies are furniture. The title is printed in straight single quotes, kept in the label."])

# t06: a policy paper with a real byline and reviewers after the text: a cookie line, the name over a menu and a
# tagline, `POLICY PAPER`, the headline, a standfirst (not text), `Dr NAME, role, and NAME, role – DATE` under it (two
# authors and the date after a dash); superscript markers after closing quotation marks and stops; a heading; `Notes`
# over `1)` notes on one line each; `Expert reviewers` over four people in four forms (not authors, not text); a
# disclaimer and a download prompt (furniture); footer.
t06 = ["This website stores small files on your device. Accept all · Reject non-essential · Cookie policy",
       "Fenner Institute for Conflict Research",
       "Research | People | Data | Events | Newsroom",
       "Evidence on political violence for those who make policy about it", "",
       "POLICY PAPER",
       "Counting what matters: how Karsland measures its prevention programme",
       "The government reports the number of people referred. It should report what happened to them.",
       "Dr Marguerite Obi-Lindqvist, senior fellow, and Casimir Handforth-Eze, research assistant – 21 May 2040", ""]
t06 += T("Karsland's prevention programme, which asks teachers, doctors and social workers to refer people they fear are being drawn towards violent groups, publishes a single headline figure each year: the number of referrals. In 2039 it was 6,412, the highest since the programme began.¹",
         "The figure is reported as a measure of success. Ministers have described rising referrals as proof that \"the system is working\".² But a referral is the start of the process, not its result, and the programme publishes almost nothing about what follows.")
t06 += ["", "1|What the programme does not count", ""]
t06 += T("Of the 6,412 people referred in 2039, we could establish from answers to parliamentary questions that 1,190 were offered support and that 803 accepted it.³ The programme does not record how many of those completed it, how many were later referred again, or how many went on to commit an offence.",
         "Nor does it record who made the referrals that were closed without action, although three in four were. Teachers told us they had no idea what had happened to the pupils they referred, and several said they had stopped referring for that reason.",
         "We recommend that the programme publish, each year, what happened to each year's referrals after one and after three years, broken down by the sector that made them, and that it tell every person who makes a referral whether it was taken up.⁴")
t06 += ["", "Notes",
        "1|1) Ministry of the Interior of Karsland, Prevention Programme Statistics 2039, table 1.",
        "1|2) Minister of State for Security, statement to the Assembly, 14 February 2040.",
        "1|3) Written answers 1102 and 1167 of 2040, Karsland National Assembly.",
        "1|4) Our full list of proposed measures is set out in the annex to the paper.", "",
        "Expert reviewers",
        "Professor Ruth Adeyemi-Strand — Karsland University, School of Education",
        "Dr Ioannis Mwale (Centre for Youth Policy, Brenmouth)",
        "Sergeant Olivia Tremaine-Kuti, Karsland Police Service",
        "Northfield Teachers' Union: Harald Simbine", "",
        "The views in this paper are the authors' own and not those of the reviewers or of the Institute.",
        "Download the full paper with its annex (PDF, 36 pages, 1.8 MB)",
        "© 2040 Fenner Institute for Conflict Research · Registered charity 1176540 · Privacy · Accessibility"]
emit("t06_institute_cookie_bars_menu_tagline_policy_paper_standfirst_two_authors_roles_dash_date_notes_paren_reviewers_after_notes_four_forms_disclaimer_download", t06, [
    dict(title="Counting what matters: how Karsland measures its prevention programme",
         authors=["Marguerite Obi-Lindqvist", "Casimir Handforth-Eze"], date="2040-05-21", kind="policy paper",
         pub="Fenner Institute for Conflict Research")],
    sidecar="url: https://fenner-institute.example/research/policy-papers/counting-what-matters",
    notes=["Left open: the tagline under the menu is furniture; `POLICY PAPER` gives the kind policy paper (two words, as",
           "printed). The standfirst is not text. The line under it names two authors with roles after commas and the date",
           "after a dash. The markers follow stops and closing quotation marks. `Notes` is the notes heading (not text); its",
           "`1)` entries are text, one line each. `Expert reviewers` and the four people under it (`Prof. NAME — Institution,",
           "Unit`, `Dr NAME (Institution, Place)`, `Rank NAME, Service`, `Institution: NAME`) are neither authors nor text.",
           "The disclaimer and the download prompt are furniture."])

# t07: a community encyclopedia entry (no label, no author): the site's name first with its tagline, tabs (`Entry ·
# Discussion · History`), the term, a definition opening the text, a contents box (furniture), headings, `[n]` markers
# glued after stops, `See also` over one line of names separated by commas (not text), `References` (not text) over
# `n. ^ …` entries of which two wrap, `Cite this page: …`, `This page was last changed on DATE, at TIME.` (the date),
# licence.
t07 = ["Varrow Coast Wiki",
       "The community encyclopedia of the Varrow coast, written by the people who live there", "",
       "Entry · Discussion · History · Search the wiki", "",
       "Gull Island raid"]
t07 += T("The Gull Island raid was an armed robbery of the Varrow coastguard's arms store on Gull Island on the night of 2–3 November 2033, carried out by members of the Varrow Liberation Front, which used the stolen weapons in two later attacks.[1]")
t07 += ["", "Contents", "1 Background", "2 The raid", "3 Aftermath", "4 See also", "5 References", "",
        "1|Background", ""]
t07 += T("The coastguard kept a small store of rifles on Gull Island for use against seals in the fishing season, a practice dating from the 1990s. The store was visited once a month and had no alarm.[2]",
         "The Front had been founded in 2031 by former members of the Varrow fishermen's cooperative, who blamed the regional government for the closure of the herring grounds.")
t07 += ["", "1|The raid", ""]
t07 += T("Four men landed on the island from a fishing boat shortly after midnight, broke the lock of the store with bolt cutters and took eleven rifles and about two thousand rounds. The theft was not discovered until the monthly visit, nineteen days later.[3]",
         "Two of the rifles were used in the attack on the Varrow regional offices in February 2034, in which a security guard was wounded.")
t07 += ["", "1|Aftermath", ""]
t07 += T("The store was closed in 2034 and the coastguard stopped holding weapons on the islands. Three of the four men were convicted in 2036; the fourth has never been identified. Seven of the rifles have been recovered.[4]")
t07 += ["", "See also",
        "Varrow Liberation Front, Herring grounds closure, Varrow coastguard", "",
        "References",
        "1|1. ^ Quarrie, Agnes (2037). Guns and Herring: The Varrow Liberation Front, 2031–2036. Varrow: Skerry",
        "1|Press. p. 41.",
        "1|2. ^ \"Coastguard to close island stores\". Varrow Evening Lamp. 14 March 2034.",
        "1|3. ^ Regional Court of Varrow, judgment in the case of the Gull Island defendants, 9 June 2036,",
        "1|paragraphs 12–19.",
        "1|4. ^ Varrow Police, answer to a request for information, 2 January 2040.", "",
        "Cite this page: \"Gull Island raid\", Varrow Coast Wiki, revision 3381.",
        "This page was last changed on 9 May 2040, at 06:02.",
        "Text is available under the Creative Commons Attribution-ShareAlike licence; additional terms may apply. · About the wiki · Disclaimers"]
emit("t07_community_wiki_site_name_and_tagline_first_tabs_term_contents_box_brackets_after_stops_see_also_commas_references_carets_wrap_cite_this_page_last_changed", t07, [
    dict(title="Gull Island raid", authors=[], date="2040-05-09", kind="encyclopedia entry", pub="Varrow Coast Wiki")],
    one_line=False,
    notes=["Left open: no genre label and no author, so `encyclopedia entry`, as the earlier reference-work sets label it. The",
           "site's name and its tagline come first and are furniture, as are the tabs; the term is the title. The contents",
           "box (`Contents` and its numbered lines) is furniture; the headings in the text are text. `See also` and its line of",
           "names are not text. `References` is the notes heading (not text); entries 1 and 3 wrap onto a second line",
           "(text), so the file is not one line per paragraph. `Cite this page:` and the licence are not text; the date is",
           "the `last changed` line."])

# t08 (negative): an op-ed on a site whose name ends in a genre-like word: the name over a menu and a tagline, `OP-ED`,
# the headline, a standfirst (not text), `By NAME (translated by NAME) • Sunday 3 June 2040` (the author; the translator
# is not one); the last paragraph is the piece's own call to action (text); then a newsletter prompt (furniture),
# footer.
t08 = ["Tollgate Column",
       "Latest  ·  Writers  ·  Archive  ·  About",
       "Argument and opinion from the Tollgate valley, every Sunday", "",
       "OP-ED",
       "Closing the Kirkby hostel will not make anyone safer",
       "The council wants to shut the town's only hostel for young people leaving care. The case it makes is about security. It does not survive a look at the numbers.",
       "By Ilse Nakamura-Thorne (translated by Bartholomew Osei-Wren) • Sunday 3 June 2040", ""]
t08 += T("On 14 June the council's housing committee will vote on whether to close the Kirkby Road hostel, where twenty young people who have left care live while they look for a home of their own. The committee's papers give one reason above all others: that two former residents were arrested last year on suspicion of planning an attack.",
         "I do not make light of that. Both were convicted, and one of them had built something that could have killed people at the Saturday market. But both had left the hostel more than a year before they were arrested, and both had spent that year homeless, sleeping in cars and on the floors of people who, the court heard, introduced them to the group that recruited them.",
         "The hostel did not radicalise them. The months after it did. Closing it will put twenty more young people where those two were, without an address, without a key worker and without anyone who notices when new friends start turning up with new ideas.",
         "The council says it will pay for the residents to be housed in bed and breakfasts instead. It has made that promise before, and the last time it was kept for four months.",
         "So write to the members of the housing committee before 14 June, and tell them what the hostel did for you or for someone you know. Better still, come to the council chamber on the night and sit in the public gallery, where they will have to look at you while they vote.")
t08 += ["", "Enjoyed this? The Tollgate Column lands in 4,100 inboxes every Sunday morning. Sign up free →",
        "Tollgate Column · Opinions are the writers' own · © 2040 · Contact · Privacy"]
emit("t08_column_name_genre_word_menu_tagline_op_ed_standfirst_by_name_translated_in_brackets_bullet_weekday_date_call_to_action_stays_newsletter", t08, [
    dict(title="Closing the Kirkby hostel will not make anyone safer", authors=["Ilse Nakamura-Thorne"],
         date="2040-06-03", kind="op-ed", pub="Tollgate Column")],
    notes=["Left open: the name ends in the genre-like word `Column` and is printed so everywhere, so it is the publication;",
           "`OP-ED` gives the kind op-ed. The tagline and the standfirst are not text. In `By NAME (translated by NAME) •",
           "DATE` only the writer is an author. The last paragraph is the op-ed's own call to action and stays text; the",
           "newsletter prompt after it is furniture."])

# t09: a daily's international news: the name over a menu and a tagline, `International news`, the headline, two
# authors as `NAME in PLACE and NAME in PLACE`, `First published: Tue 10 July 2040 07:45 | Last updated: Wed 11 July
# 2040 09:14` (the first is the date); a `Related:` line inside the page (furniture); the text closes with a
# `Correction:` paragraph (text); a newsletter prompt, footer.
t09 = ["Dunmore Evening Star",
       "Home  |  Local  |  National  |  International  |  Business  |  Opinion",
       "Trusted by readers in Dunmore and the Fenlands since 1884", "",
       "International news",
       "Two customs officers shot dead at Velsk crossing as gunmen seize truck",
       "Halvard Mensah-Kroll in Velsk and Yasmin Oduya-Brandt in Dunmore",
       "First published: Tue 10 July 2040 07:45 | Last updated: Wed 11 July 2040 09:14", ""]
t09 += T("Two customs officers were shot dead at the Velsk border crossing early on Tuesday when gunmen opened fire on the inspection shed and drove away a refrigerated truck that had been held there since the weekend.",
         "The truck, registered in Dunmore to a seafood wholesaler, had been stopped on Saturday after a scanner picked up what officers described as irregular shapes behind its cargo of frozen fish. It had been due to be searched on Tuesday morning.",
         "The Velsk interior ministry said the attackers arrived in two cars shortly before five o'clock, when the crossing was closed to traffic and only four officers were on duty. A third officer was wounded and is in hospital in a stable condition.")
t09 += ["Related: Velsk border reopens after six-month closure (March 2040)"]
t09 += T("The wholesaler, Fenmarket Seafoods, said on Tuesday evening that it had sold the truck in May and had not known it was still registered in the company's name. Dunmore police said they were helping the Velsk authorities to trace its new owner.",
         "Velsk's interior minister, Oksana Petrakis-Lunde, ordered all crossings on the southern border closed for forty-eight hours and said the army would take over night duties at Velsk \"until further notice\".",
         "Correction: An earlier version of this article gave the minister's surname as Petrakis. Her surname is Petrakis-Lunde.")
t09 += ["", "Evening Star Briefing: the day's most important stories from Dunmore and the world, in your inbox at 7am. Sign up now",
        "Dunmore Evening Star · Part of Fenland Newspapers Ltd · © 2040 · Terms · Privacy · Cookie settings"]
emit("t09_evening_star_bars_menu_tagline_international_news_two_name_in_place_joined_first_published_last_updated_colons_related_line_correction_text_newsletter", t09, [
    dict(title="Two customs officers shot dead at Velsk crossing as gunmen seize truck",
         authors=["Halvard Mensah-Kroll", "Yasmin Oduya-Brandt"], date="2040-07-10", kind="news",
         pub="Dunmore Evening Star")],
    sidecar="url: https://dunmore-star.example/news/international/2040/07/10/velsk-crossing-officers-shot",
    notes=["Left open: the tagline under the menu is furniture. `International news` gives the kind news (as `Regional news`",
           "does). `NAME in PLACE and NAME in PLACE` names two authors (the places are no part of the names). The date is",
           "`First published`; `Last updated` does not replace it. The `Related:` line between paragraphs is furniture. The",
           "closing `Correction:` paragraph is text; the newsletter prompt and the footer are not. The footer's `Fenland",
           "Newspapers Ltd` is the owner, not the publication."])

# t10: an inquiry's daily summary: the inquiry's name as the first heading-like line, a menu, a breadcrumb ending in
# `Daily summaries`, the title, `Published on 18 September 2040`; text; after it `Witnesses today` over three people
# in three forms, `Counsel to the Inquiry: NAME` and `Inquiry chair: NAME` (not authors, not text); a prompt to
# download the transcript; footer. No author.
t10 = ["Merrow Street Inquiry",
       "Home  Terms of reference  Hearings  Evidence  Reports  Contact", "",
       "Home » Hearings » Daily summaries", "",
       "Day 14: fire officers describe the first hour after the Merrow Street explosion",
       "Published on 18 September 2040", ""]
t10 += T("The Inquiry heard evidence today from the first fire officers to reach Merrow Street after the explosion of 4 March 2039, and from the control room officer who took the first emergency calls.",
         "Station Officer Lindiwe Caskey-Roos told the Inquiry that her crew arrived eight minutes after the first call and found the front of the building collapsed into the street. She described the decision to search the upper floors by ladder rather than through the stairwell, which her crew judged unsafe.",
         "Asked why a second search of the basement was not made until the following morning, she said that police had told her crew to withdraw from the building after a second suspicious object was reported at the rear. That object was later found to be harmless.",
         "The control room officer, whose name the Inquiry has agreed to withhold, said that eleven calls were received in the first three minutes and that two callers reported hearing a smaller bang before the main explosion. The Inquiry will return to that evidence next week.",
         "The hearing will resume on Tuesday 22 September at 10:00.")
t10 += ["", "Witnesses today",
        "Station Officer Lindiwe Caskey-Roos, Merrow Fire and Rescue Service",
        "Control room officer W27 (anonymity order granted)",
        "Crew Manager Piotr Abiodun-Hale — Merrow Fire and Rescue Service, Blue Watch", "",
        "Counsel to the Inquiry: Florence Ngata-Birch KC",
        "Inquiry chair: Sir Anselm Odukoya-Wright", "",
        "A full transcript of today's hearing is published on the Evidence page. Download today's transcript (PDF)",
        "The Merrow Street Inquiry is an independent public inquiry set up under the Inquiries Act · © Crown copyright 2040"]
emit("t10_inquiry_site_name_first_breadcrumb_daily_summaries_day_title_published_on_witnesses_after_text_three_forms_counsel_and_chair_transcript_download", t10, [
    dict(title="Day 14: fire officers describe the first hour after the Merrow Street explosion", authors=[],
         date="2040-09-18", kind="summary", pub="Merrow Street Inquiry")],
    notes=["Left open: the inquiry's name is the first heading-like line and is the publication; the title follows the",
           "breadcrumb. Its last item `Daily summaries` is opened by a frequency word, so the kind is the catalogue kind it",
           "ends in, summary (as `Daily summary` → summary). The date is `Published on …`. No author: `Witnesses today`, the",
           "three entries under it, `Counsel to the Inquiry:` and `Inquiry chair:` are neither authors nor text; the prose",
           "naming a witness is text, and so is the closing line on when the hearing resumes. The transcript prompt and the",
           "crown-copyright footer are furniture."])

# t11: a data profile: the name over a menu and a tagline, `DATA PROFILE`, the term (a series of incidents), a
# one-sentence definition, `Key facts` over `Field — value` lines (text; their dates are not the page's), headings,
# `Related records:` over two lines (not text), `Reference this record as: …`, `Record last revised DATE` (the date),
# licence. No author.
t11 = ["Kestrel Open Incident Register",
       "Search records  ·  Data downloads  ·  Methods  ·  About the register",
       "Every recorded attack on public utilities in the northern provinces, checked and free to reuse", "",
       "DATA PROFILE",
       "Lantern Hill pylon attacks (2039 series)",
       "1|The Lantern Hill pylon attacks were a series of nine arson and cutting attacks on electricity pylons in the Lantern Hill district between February and October 2039, which the register treats as one series because the same method was used in each.",
       "", "1|Key facts",
       "1|Incidents recorded — 9",
       "1|First incident — 11 February 2039",
       "1|Last incident — 26 October 2039",
       "1|Households left without power (largest outage) — 14,300",
       "1|Claimed by — no group", ""]
t11 += ["1|Method", ""]
t11 += T("In each attack tyres soaked in fuel were piled against one leg of a pylon and set alight; in six of the nine the opposite leg had also been partly cut through with a disc cutter. Two pylons fell; the others were taken out of service until they could be repaired.")
t11 += ["", "1|Sources and confidence", ""]
t11 += T("The register's entries are based on the grid operator's incident reports and on police statements. All nine incidents are rated high confidence. Three further fires at pylons in neighbouring districts in 2039 are not included, because the method differed.")
t11 += ["", "Related records:", "Harl Valley substation sabotage (2038)", "Register method note 4: how series are defined", "",
        "Reference this record as: Kestrel Open Incident Register, record KOIR-2039-S07, \"Lantern Hill pylon attacks (2039 series)\".",
        "Record last revised 14 June 2040",
        "Data and text: Open Data Licence 2.0 · The register is run by the Kestrel Trust for Public Information"]
emit("t11_data_profile_dot_menu_tagline_label_term_definition_key_facts_dash_fields_related_records_reference_this_record_last_revised", t11, [
    dict(title="Lantern Hill pylon attacks (2039 series)", authors=[], date="2040-06-14", kind="data profile",
         pub="Kestrel Open Incident Register")],
    sidecar="url: https://kestrel-register.example/records/KOIR-2039-S07",
    notes=["Left open: `DATA PROFILE` gives the kind data profile (two words, as printed). The tagline is furniture; the",
           "definition under the term is text, and so are `Key facts` and its `Field — value` lines (their dates are the",
           "incidents', not the page's) and the headings. `Related records:` and its two lines, `Reference this record as:`",
           "and the licence are not text; the date is the `Record last revised` line. No author."])

# t12: a chronicle's feature: a banner line, the name over a menu and a tagline, `FEATURE`, the headline, a standfirst
# (not text), `From our correspondent, NAME` under it, `Posted 5 hours ago — 22 August 2040` (the relative date is
# furniture); `(n)` markers in the text; headings; the text closes with a `Correction:` paragraph (text); `Updated …`
# (not text); `Sources` over `(n)` entries of which one wraps; `Further reading:` over two titles (not text); a question
# inviting replies; footer.
t12 = ["Listen to this article · 11 min",
       "Westwater Chronicle",
       "News / Features / Sport / Culture / Puzzles",
       "The valley's paper of record, independent since 1921", "",
       "FEATURE",
       "The quiet men of Rooksby: how a bowls club became a recruiting ground",
       "For two years a group that called itself a heritage society met in the back room of a bowls club. By the time anyone asked what it was for, six of its members had been charged.",
       "From our correspondent, Leopold Anyanwu-Strake",
       "Posted 5 hours ago — 22 August 2040", ""]
t12 += T("The Rooksby and District Bowls Club is a single-storey building with a green that its members mow in stripes and a back room that can be hired for forty crowns an evening. From the autumn of 2037 it was hired every second Thursday by the Rooksby Heritage Society (1).",
         "The club's secretary, a retired postman named Gideon Farrant-Abe, remembers the society's members as courteous and tidy. They paid in cash, stacked the chairs after their meetings and sometimes stayed for a drink at the bar. \"They were the best tenants we had,\" he says.")
t12 += ["", "1|The meetings", ""]
t12 += T("What the society discussed in the back room became clear only at the trial of six of its members in Westwater this spring. Prosecutors showed the jury slides from the meetings, recovered from a laptop, that set out a plan to \"defend the valley\" by attacking a hostel for asylum seekers in the nearby town of Ebbsford (2).",
         "None of the club's members was involved, and the police have said so publicly. But the case has left Rooksby asking how a group could meet in the middle of the village for two years without anyone wondering what it was (3).")
t12 += ["", "1|What the village says now", ""]
t12 += T("Most people we spoke to said they had never heard of the society. Those who had assumed it was interested in the village's history, as its name suggested. Mr Farrant-Abe says the club now asks every group that hires the room what it is for, and has turned two away.",
         "Correction: An earlier version of this article said that seven members of the society had been charged. Six were charged.")
t12 += ["", "Updated 22 August 2040, 16:40",
        "", "Sources",
        "1|(1) Rooksby and District Bowls Club, room bookings ledger 2037–2039, seen by the Chronicle.",
        "1|(2) Westwater Crown Court, R v Halloran and others, exhibits shown to the jury on 3 and 4 April 2040; reporting",
        "1|restrictions lifted on 30 June 2040.",
        "1|(3) Statement by Westwater Police, 1 July 2040.", "",
        "Further reading:",
        "Six men convicted over plot against Ebbsford hostel (30 June 2040)",
        "Inside the trial: the slides that convinced the jury (2 July 2040)", "",
        "Do you live in Rooksby, or did you ever hire the club's back room? Tell us what you remember: valley@westwater-chronicle.example",
        "© 2040 Westwater Chronicle Ltd · Independent Press Standards member · Privacy · Terms"]
emit("t12_chronicle_listen_banner_slash_menu_tagline_feature_standfirst_from_our_correspondent_posted_hours_ago_dash_date_paren_markers_correction_updated_sources_wrap_further_reading_question", t12, [
    dict(title="The quiet men of Rooksby: how a bowls club became a recruiting ground",
         authors=["Leopold Anyanwu-Strake"], date="2040-08-22", kind="feature", pub="Westwater Chronicle")],
    one_line=False,
    notes=["Left open: the listen banner and the tagline are furniture; `FEATURE` gives the kind feature. The standfirst is",
           "not text. `From our correspondent, NAME` under it names the author; in `Posted 5 hours ago — DATE` the relative",
           "date is furniture and the date is the one after the dash. The `(n)` markers stand in the text with a space before",
           "them. The closing `Correction:` paragraph is text; `Updated …` is not. `Sources` is the notes heading (not text);",
           "source 2 wraps onto a second line (text), so the file is not one line per paragraph. `Further reading:` and its",
           "two titles and the question inviting replies are furniture. The copyright's `Westwater Chronicle Ltd` is the",
           "company; the masthead prints `Westwater Chronicle`."])
