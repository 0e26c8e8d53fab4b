"""cases36-new: new cases of seven shapes of scraped web pages, written by a helper before any run from sites, people
and places of the writer's own invention (dated 2038–2039): (1) mastheads: a site's name over a menu and a one-line
sentence-case description of the site (its tagline), then a section label (some with the date beside it) and the
headline; sites whose names end in a genre-like word (Bulletin, Briefing, Tidings, Commentary); pages whose first
heading-like line is the site's name and whose real title comes after a breadcrumb; (2) bylines: several authors with
roles after commas (one with the date after a bar), `From our correspondent, NAME`, `NAME in PLACE`, `NAME reports from
PLACE`, an author and a date on one line after a dash or a dot, author lines under the standfirst, `Interview by NAME`,
a translator named after the author (never an author); (3) dates: `Published DATE`, `First published … · Last updated
…`, a date as the last item of a breadcrumb, a date beside the section label, day-month-year with and without the
weekday, a relative date beside an absolute one; (4) people who are not the authors: a panel before the text with a
`Chaired by` line, thanks and peer reviewers after the text on a page with a real byline, witnesses after the text with
a `Presiding:` line, a reviewer named beside a reference entry's author, in several name-and-institution forms; (5)
closing prompts (a newsletter, a question inviting replies, an event to register for, a download, a call for support)
and one essay whose last paragraph is its own argument's call to action (text); (6) reference pages (a handbook entry,
an encyclopedia entry, a fact sheet) with a tagline, the term, a short definition, see-also lines and a citation line;
(7) notes and sources at the foot (numbered, some wrapped over two lines: those files are not one line per paragraph
and leave `one_line_per_paragraph` out), markers glued to words, `Further reading` lists (not text), `Correction:`
paragraphs (text) and `Updated` lines (not text).
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





# s01: a ledger's news story: a cookie line, the name over a menu separated by slashes, a one-line sentence-case tagline,
# `NEWS — DATE` (the date beside the section label), the headline, `NAME reports from PLACE`; the text closes with a
# `Correction:` paragraph (text); `Updated DATE, TIME` (not text), a newsletter prompt, share line, footer.
s01 = ["This site sets cookies to remember your choices. [Allow all] [Necessary only]",
       "Varnholt Ledger",
       "Home / Towns / Courts / Culture / Subscribe",
       "Independent reporting from the three river towns since 2019", "",
       "NEWS — 14 March 2039",
       "Dunholt council shuts its night shelter after second arson attempt in a month",
       "Oskar Thrane-Mbeki reports from Dunholt", ""]
s01 += T("Dunholt's only night shelter for homeless men closed its doors on Sunday evening, two days after someone pushed burning rags through the letterbox of its kitchen door for the second time since the middle of February.",
         "Nobody was hurt in either fire. Staff put out the first with an extinguisher; the second was noticed by a resident who smelled smoke at a quarter to four in the morning and woke the night worker, who called the fire brigade.",
         "The council, which owns the building on Tanners Row, said it could not keep twenty-two men sleeping there while the police investigated. The men have been offered rooms in two guest houses in Varnholt, eleven kilometres away, until the end of the month.",
         "Police said they were treating both fires as deliberate and were looking at footage from a camera on the pharmacy opposite. They have not said whether they believe the same person was responsible, and have made no arrests.",
         "Leaflets attacking the shelter were pushed through doors on Tanners Row in January, and a residents' meeting in the church hall last month heard complaints about noise and litter. The shelter's manager, Beatrix Owusu-Lyle, said the men had done nothing to deserve being driven out of the town where most of them grew up.",
         "Correction: This report originally said the shelter had thirty beds. It has twenty-two.")
s01 += ["", "Updated 15 March 2039, 09:05",
        "Get the Ledger in your inbox every Friday morning: the week's news from Varnholt, Dunholt and Ostry. Sign up free.",
        "Share this story   Email   Copy link",
        "© 2039 Varnholt Ledger Cooperative Ltd · Terms · Privacy · Complaints"]
emit("s01_ledger_slash_menu_tagline_news_dash_date_beside_label_reports_from_correction_text_updated_newsletter", s01, [
    dict(title="Dunholt council shuts its night shelter after second arson attempt in a month",
         authors=["Oskar Thrane-Mbeki"], date="2039-03-14", kind="news", pub="Varnholt Ledger")],
    sidecar="url: https://varnholt-ledger.example/news/2039/03/14/dunholt-night-shelter-closes",
    notes=["Left open: the tagline under the menu is furniture. `NEWS — 14 March 2039` gives the kind news and the date (the",
           "date beside the section label). `NAME reports from PLACE` names the author (the place is not part of the name).",
           "The closing `Correction:` paragraph is text; `Updated …, 09:05` is not, and the date stays the one beside the label.",
           "The masthead prints `Varnholt Ledger`; the copyright's `… Cooperative Ltd` is the company, not the publication."])

# s02: a bulletin's analysis: a skip link, the site's name (a genre-like last word) as the first heading-like line, a
# menu, a breadcrumb whose last item is the date, the real title, three authors with roles after commas; `[n]` markers
# glued to words; a heading; `Endnotes` (not text) over `[n]` entries of which two wrap; `Further reading` over books
# (not text); a footer naming the bulletin.
s02 = ["Skip to main content",
       "Harnmoor Security Bulletin",
       "Subscribe  ·  Archive  ·  Topics  ·  About us", "",
       "Home > Analysis > 4 June 2039", "",
       "Why the Estmere border checks catch lorries but not people",
       "By Greta Oyelowo-Hask, head of research, Piet Anand-Morrow, senior analyst, and Lusia Feo, data editor", ""]
s02 += T("When the Estmere crossing reopened in 2036 after two years of closure, the border agency promised that every vehicle would be checked. Three years on, it very nearly keeps that promise for lorries: nine in ten are scanned, weighed and opened at random[1].",
         "People are a different matter. The agency's own returns show that fewer than one traveller in forty on the coaches and minibuses that use the crossing has their documents read by a machine, and that the proportion has fallen every year since the reopening[2].",
         "The reason is not hard to find. The scanners and the weighbridge were paid for by the regional customs union, which counts seized goods, while the passport desks are staffed by the agency from its own budget, which has been cut twice[3].")
s02 += ["", "1|What the gap means", ""]
s02 += T("Smugglers of goods have noticed the checks and moved to other routes; seizures at Estmere have fallen by half since 2037. Smugglers of people, and anyone travelling on papers that are not their own, have had no reason to move at all.",
         "We do not argue that every coach passenger should be questioned. We argue that the agency should read every document by machine, as it already does at the airport at Harnby, and that the money for the readers should come from the same fund that paid for the scanners[4].")
s02 += ["", "Endnotes"]
s02 += ["1|[1] Estmere Border Agency, Crossing Returns 2038, table 4.",
        "1|[2] Ibid., table 9; the agency counts a document as read by machine only when the reader's log records",
        "1|it.",
        "1|[3] Regional Customs Union, Capital Programme 2035–2040, annex C; Estmere Border Agency, Budget",
        "1|Statements 2037 and 2038.",
        "1|[4] Harnby Airport Authority, Annual Review 2038, p. 17."]
s02 += ["", "Further reading",
        "Solberg-Adu, Fenna. Lines on the Map: Borders After the Union. Harnmoor: Threlkeld Press, 2035.",
        "Vasquez-Hale, Dorian. The Paper Traveller. Ostry: Millrace Books, 2038.", "",
        "Harnmoor Security Bulletin · Independent analysis of borders, policing and public safety · © 2039 · Privacy · Accessibility"]
emit("s02_bulletin_site_name_first_breadcrumb_date_title_three_authors_roles_glued_brackets_endnotes_wrap_further_reading", s02, [
    dict(title="Why the Estmere border checks catch lorries but not people",
         authors=["Greta Oyelowo-Hask", "Piet Anand-Morrow", "Lusia Feo"], date="2039-06-04", kind="analysis",
         pub="Harnmoor Security Bulletin")],
    one_line=False,
    notes=["Left open: the site's name is the first heading-like line and is not the title; the title follows the breadcrumb.",
           "The breadcrumb's genre item `Analysis` gives the kind and its last item is the date. The name ends in `Bulletin`",
           "and is printed so everywhere (the footer too), so it is the publication. Three authors, each followed by a role",
           "after a comma. `[n]` markers are glued to the words. `Endnotes` is the notes heading (not text); notes 2 and 3 wrap",
           "onto a second line (text), so the file is not one line per paragraph. `Further reading` and its books are not text."])

# s03: a handbook entry: the name over a menu separated by bars, a one-line tagline, `Handbook entry`, the term, a
# one-sentence definition (text), headings and prose, `Entry by NAME · reviewed by NAME` (the reviewer is no author),
# a see-also line with several items, a version line with the date, a citation line, licence.
s03 = ["Fenmarch Handbook of Security Terms",
       "Terms A–Z | Themes | Editors | Donate",
       "Short, sourced explanations of the words used in counter-terrorism policy", "",
       "Handbook entry",
       "Precursor list",
       "1|A precursor list is a schedule of ordinary chemicals that sellers must report to the police when a customer buys more than a set quantity, because the chemicals can also be used to make explosives.", "",
       "Entry by Corliss Aberdene-Oyo · reviewed by Dr Tomasz Ilunga-Park", ""]
s03 += ["1|Origins", ""]
s03 += T("The first lists were drawn up by chemists' trade associations rather than by governments. Shopkeepers who sold weedkiller, pool cleaner and hair bleach noticed that some customers were buying far more than any garden or pool could need, and agreed among themselves to ask questions.",
         "Governments followed in the 2010s and 2020s, turning the voluntary lists into law and adding online sellers, which by then accounted for most sales to the public.")
s03 += ["", "1|How a list works", ""]
s03 += T("A list names each chemical, the strength above which it is covered and the quantity that triggers a report. Sellers do not refuse the sale; they record the buyer's details and pass them to a named police office, which decides whether anything should be done.",
         "Critics say the lists generate thousands of reports for every one that matters, and that a determined buyer can stay under the threshold by shopping at several sellers. Supporters reply that the lists have never been meant to stop every purchase, only to make the largest ones visible.")
s03 += ["", "See also: Suspicious transaction report; Licensing of explosives; Market surveillance", "",
        "Version 3 · revised 2 February 2039",
        "How to cite: Aberdene-Oyo, C. (2039). \"Precursor list\". Fenmarch Handbook of Security Terms, version 3.",
        "Text available under CC BY 4.0 · Fenmarch Handbook is a project of the Fenmarch Trust"]
emit("s03_handbook_bars_menu_tagline_label_term_definition_entry_by_reviewed_by_see_also_semicolons_how_to_cite", s03, [
    dict(title="Precursor list", authors=["Corliss Aberdene-Oyo"], date="2039-02-02", kind="handbook entry",
         pub="Fenmarch Handbook of Security Terms")],
    sidecar="url: https://fenmarch-handbook.example/terms/precursor-list",
    notes=["Left open: the label `Handbook entry` over the term gives the kind handbook entry (two words, as printed). The",
           "tagline under the menu is furniture; the one-sentence definition under the term is text. In `Entry by NAME ·",
           "reviewed by NAME` only the writer is an author. The see-also line, the version line (the date), `How to cite:` and",
           "the licence are not text. The masthead prints `Fenmarch Handbook of Security Terms`, the publication."])

# s04: an encyclopedia entry: the site's name as the first heading-like line, a menu, a breadcrumb, the term (the real
# title), a tagline under it, a definition-like opening sentence, superscript markers glued to words, headings,
# `Related entries` over lines with arrows (not text), `Sources` (not text) over numbered entries of which two wrap,
# `Please cite as: …`, `Last modified DATE at TIME` (the date), licence. No author, no label.
s04 = ["Ashgrove Borderlands Encyclopedia",
       "Browse   Search   Random   Help   Log in", "",
       "Encyclopedia › Organisations › R", "",
       "Redwater Covenant",
       "An entry in the readers' encyclopedia of the Ashgrove borderlands", ""]
s04 += T("The Redwater Covenant was an armed group of smallholders and former soldiers that fought the Harl Valley Militia for control of the upper Redwater crossings between 2024 and 2031, and that disbanded after the Osk Agreement¹.")
s04 += ["", "1|Formation", ""]
s04 += T("The Covenant grew out of the watch committees that villages above the Redwater set up in 2023, after two ferrymen were killed and their boats burned. Its founders swore an oath on the ruins of the Kelloway chapel, which gave the group its name².",
         "At its height in 2028 the Covenant had perhaps four hundred members, organised by village, each of which elected its own captain. The captains met monthly at the mill at Yarrowby, and decisions needed the agreement of two thirds of them³.")
s04 += ["", "1|The crossings war", ""]
s04 += T("Most of the fighting took the form of raids on the ferries and the fords, each side trying to tax the traffic across the river. Forty-one people were killed in seven years, more than half of them travellers who belonged to neither side.",
         "The Covenant's captains agreed to talks in 2030, after a raid on the Osk ferry killed a schoolteacher and her two children. The talks, held at the Osk toll house, produced the agreement under which both groups handed over their weapons⁴.")
s04 += ["", "1|Legacy", ""]
s04 += T("The Kelloway chapel was rebuilt by former members of both groups in 2035. Some historians credit the Covenant with protecting the upper villages when the police would not; others regard it as one of the two causes of the violence it claimed to answer.")
s04 += ["", "Related entries", "→ Harl Valley Militia", "→ Osk Agreement", "→ Ferries of the Redwater", "",
        "Sources"]
s04 += ["1|1. Brisbane-Okafor, Talia (2034). The Crossings War: Violence on the Redwater, 2023–2031. Ashgrove:",
        "1|Borderland Press.",
        "1|2. Yarrowby Local History Society, The Kelloway Oath (pamphlet, 2029).",
        "1|3. Interview with a former captain, recorded for the Redwater Oral History Project, 2036; transcript",
        "1|held at Ashgrove Public Library.",
        "1|4. Osk Agreement, text as deposited with the County Court, 11 April 2031."]
s04 += ["", "Please cite as: Ashgrove Borderlands Encyclopedia, \"Redwater Covenant\", accessed from ashgrove-encyclopedia.example/R/Redwater_Covenant",
        "Last modified 17 January 2039 at 21:14",
        "Text is shared under CC BY-SA 4.0. Images may carry other licences. · About · Privacy"]
emit("s04_encyclopedia_site_name_first_breadcrumb_term_tagline_under_superscripts_related_entries_sources_wrap_please_cite", s04, [
    dict(title="Redwater Covenant", authors=[], date="2039-01-17", kind="encyclopedia entry",
         pub="Ashgrove Borderlands Encyclopedia")],
    one_line=False,
    notes=["Left open: no genre label and no author, so `encyclopedia entry`, as the earlier reference-work sets label it. The",
           "site's name is the first heading-like line and the term after the breadcrumb is the title. The tagline under the",
           "term, `Related entries` with its arrow lines, `Please cite as:` and the licence are not text; the date is the",
           "`Last modified` line. Sources 1 and 3 wrap onto a second line (text), so the file is not one line per paragraph;",
           "the superscript markers are glued to the words."])

# s05: an interview: the name over a menu and a one-line tagline, `INTERVIEW · DATE` (the date beside the label), the
# headline (in quotation marks, then a colon), `Interview by NAME. Translated from Kessish by NAME.` (the interviewer is
# the author, the translator is not); an introduction and questions and answers (text); an editing note, a question
# inviting replies, footer.
s05 = ["Hollin Quarter",
       "Conversations   Portraits   Letters   About",
       "Long conversations with people who have left violent movements", "",
       "INTERVIEW · 22 April 2039",
       "“I kept the rifle under the floor for six years”: a former courier on leaving the Kessen Front",
       "Interview by Maud Sefolosha-Grange. Translated from Kessish by Anton Rauhala-Obi.", ""]
s05 += T("Dariusz Ollanek carried messages and money for the Kessen Front for nine years, riding a moped between the hill villages and the port. He left in 2033, handed himself in two years later and served four years in prison. He now works nights at a bakery in Sallis. We met there before his shift.",
         "You joined when you were seventeen. What did the Front look like from the inside, at that age?",
         "Like a family that had chosen me. My father was dead, my uncle was a member, and the men who came to his house treated me as if I mattered. Nobody asked me to hurt anyone. They asked me to carry envelopes.",
         "When did you know what was in the envelopes?",
         "After about a month. Some held money, some held names and addresses. I told myself that the names were of people who owed money. I knew that was not true by the end of the first year.",
         "Why did you stay another eight years?",
         "Because leaving was harder than staying. The men who left before me were not hurt, but their families stopped being invited anywhere. My mother would have been alone. And I was paid, which nobody else in the village was.",
         "And the rifle?",
         "They gave it to me in 2027 and told me to keep it safe. I put it under the boards of my bedroom and never took it out. When I went to the police in 2035 it was the first thing I told them about. It was still wrapped in the same cloth.",
         "What would you say to a seventeen-year-old on a moped today?",
         "That the family they are offering you has a price, and you will not be the one who decides when it is paid.")
s05 += ["", "This conversation has been condensed and edited for clarity.",
        "Have you left a movement, or helped someone else to leave? We would like to hear from you. Write to conversations@hollin-quarter.example",
        "Hollin Quarter is published by the Hollin Trust · Support our work · Privacy"]
emit("s05_interview_menu_tagline_label_dot_date_interview_by_translated_from_by_questions_answers_editing_note_question_prompt", s05, [
    dict(title="“I kept the rifle under the floor for six years”: a former courier on leaving the Kessen Front",
         authors=["Maud Sefolosha-Grange"], date="2039-04-22", kind="interview", pub="Hollin Quarter")],
    notes=["Left open: the tagline under the menu is furniture. `INTERVIEW · 22 April 2039` gives the kind interview and the",
           "date. `Interview by NAME` names the author; the translator named after her is not an author. The introduction",
           "and every question and answer are text. The editing note and the question inviting replies are furniture."])

# s06: an institute's roundtable summary: the site's name as the first heading-like line, a menu, `You are here: …`
# breadcrumb ending in `Roundtable summaries`, the real title, `Published Tuesday 16 November 2038`; before the text
# `On the panel` over four people in four forms and `Chaired by NAME, role` (not authors, not text); text; a prompt to
# register for the next event; footer. No author.
s06 = ["Lanreath Institute for Community Safety",
       "About  ·  Research  ·  Events  ·  Press  ·  Contact", "",
       "You are here: Home / Events / Roundtable summaries", "",
       "After the riot: what Eastbank's youth workers learned in one summer",
       "Published Tuesday 16 November 2038", "",
       "On the panel",
       "Dr Yusuf Okonkwo-Lamb, University of Bratten",
       "Inspector Carys Madoc-Feld — Lanreath Police, Community Liaison Unit",
       "Hana Ferreira-Vos of Safe Streets Lanreath",
       "Oluwaseun Pryce (youth worker, Eastbank Centre)", "",
       "Chaired by Professor Ingeborg Saltash, Director of the Institute", ""]
s06 += T("Fifteen months after the disorder that closed Eastbank's shopping parade for three nights, the Institute brought together a researcher, a police officer and two people who work with the district's young people to ask what has changed, and what has not, since the summer of 2037.",
         "Dr Okonkwo-Lamb opened with the findings of his interviews with forty young people who were on the parade that week. Most, he said, had come to watch rather than to fight, and most had heard about the gathering through group chats run by people they did not know.",
         "Inspector Madoc-Feld described the force's decision to pull its officers back from the parade on the second night. It had been criticised at the time, she said, but it had probably prevented a death, and the arrests that followed were made from footage in the weeks after.",
         "Ms Ferreira-Vos and Mr Pryce agreed that the youth centre, which had been due to close, was now busier than at any time in ten years. Both warned that its funding ran out next spring and that nobody had yet said where the money would come from.",
         "The discussion closed on that point. A full recording is held by the Institute and is available to researchers on request.")
s06 += ["", "Our next roundtable, on online recruitment and young people, is on 7 December at 18:00. Places are free but limited: register on the Events page.",
        "Lanreath Institute for Community Safety · An independent charity, registered no. 1198823 · Privacy · Accessibility"]
emit("s06_roundtable_summary_site_name_first_you_are_here_breadcrumb_published_weekday_panel_before_text_chaired_by_register_prompt", s06, [
    dict(title="After the riot: what Eastbank's youth workers learned in one summer", authors=[], date="2038-11-16",
         kind="roundtable summary", pub="Lanreath Institute for Community Safety")],
    sidecar="url: https://lanreath-institute.example/events/roundtables/after-the-riot-eastbank",
    notes=["Left open: the site's name is the first heading-like line; the title follows the breadcrumb, whose last item",
           "`Roundtable summaries` gives the kind roundtable summary (two words, singular). The page names no author: `On",
           "the panel` with its four people and `Chaired by …` before the text are the event's people, neither authors nor",
           "text, while the prose naming them is text. The date is `Published …` (the roundtable itself was earlier). The",
           "prompt to register for the next roundtable is furniture."])

# s07: a centre's report with a real author and a list after the text: a cookie line, the name over a menu and a one-line
# tagline, `REPORT`, the headline, a standfirst (not text), `NAME — DATE (a week ago)` (the author and the date on one
# line after a dash, a relative date beside it); superscript markers after stops; `With thanks to` over a line and three
# people in three forms, `Peer reviewers:` with two people on one line (not authors, not text); `Notes` (not text) over
# numbered notes on one line each; a download prompt; footer.
s07 = ["Cookies help us understand which research is read. Accept | Decline | Choose",
       "Brackenridge Centre for Security Studies",
       "Research   Experts   Events   Newsletter",
       "Research on political violence, written for the people who have to deal with it", "",
       "REPORT",
       "Small grants, quiet results: an evaluation of the Saltcote exit programme",
       "Over four years a programme costing less than a single police post helped thirty-one people leave extremist groups. We looked at who it reached, and who it missed.",
       "Ilario Benkhadra-Voss — 3 September 2039 (a week ago)", ""]
s07 += T("Between 2035 and 2039 the Saltcote exit programme offered small grants, a mentor and help with housing to people who wanted to leave extremist groups in the town and its surrounding villages. It was run by two part-time staff from a room above the public library.¹",
         "Of the fifty-four people referred to the programme in that time, thirty-one completed it, nine withdrew, and fourteen were judged not to need it. None of the thirty-one has been convicted of a further offence linked to extremism; two of the nine who withdrew have.²",
         "The grants were small, averaging a little over two thousand crowns, and were most often spent on a deposit for a flat, a driving licence or tools for a trade. Mentors told us that the money mattered less than what it signalled: that somebody expected the person to have a future.³",
         "The programme reached men in their twenties well. It reached women and people over forty poorly: only four of the fifty-four referrals were women, and none of the referrals came from the villages, where mentors believe the groups are now strongest.",
         "We recommend that the programme be funded for a further five years, that its staff be made full-time, and that referrals be sought actively from the villages and from women's services.⁴")
s07 += ["", "With thanks to",
        "The author thanks the people who read drafts of this report:",
        "Marit Oyelaran (Dunmere Youth Trust)",
        "Professor Kwabena Lindqvist-Eze, University of Saltcote",
        "Sergeant Bram Achterhof, Saltcote Police (retired)",
        "Peer reviewers: Dr Ilse Novotná-Reid (Institute of Criminology, Harnby); Samuel Okafor-Brandt (Exit Network)", "",
        "Notes",
        "1|1. Saltcote Borough Council, Community Safety Grants Register, 2035–2039.",
        "1|2. Programme records, shared with the author in anonymised form; police national records checked by the programme.",
        "1|3. Interviews with four mentors, Saltcote, May and June 2039.",
        "1|4. The recommendations are set out in full in chapter 6 of the report.", "",
        "Read the full 48-page report, with the data tables. Download PDF (3.4 MB)",
        "© 2039 Brackenridge Centre for Security Studies · An independent research centre · Privacy"]
emit("s07_report_cookie_menu_tagline_label_standfirst_name_dash_date_relative_thanks_and_peer_reviewers_after_text_notes_download", s07, [
    dict(title="Small grants, quiet results: an evaluation of the Saltcote exit programme",
         authors=["Ilario Benkhadra-Voss"], date="2039-09-03", kind="report", pub="Brackenridge Centre for Security Studies")],
    notes=["Left open: the tagline under the menu is furniture; `REPORT` gives the kind report. The standfirst under the",
           "headline is not text. `NAME — DATE (a week ago)` names the author and the date (the relative date is furniture).",
           "`With thanks to`, the thanks line, the three people under it and the `Peer reviewers:` line are neither authors nor",
           "text; the superscript markers follow the stops. `Notes` is the notes heading (not text); every note is on one",
           "line. The download prompt is furniture."])

# s08: a briefing's explainer: the name (a genre-like last word) over a menu, `EXPLAINER`, the headline, a standfirst
# (not text), `From our correspondent, NAME` under it, `First published DATE · Last updated DATE` (the first is the
# date); superscript markers glued to words; headings; `Notes` over entries of which one wraps; `Further reading` (not
# text); footer.
s08 = ["The Ostrey Briefing",
       "World   Security   Money   Ideas   Newsletters", "",
       "EXPLAINER",
       "What is the Halden register, and why are charities leaving it?",
       "A list meant to keep donations away from armed groups now holds more than six thousand names. Some of the charities on it say they no longer know why.",
       "From our correspondent, Ines Abara-Kowalczyk",
       "First published 11 May 2039 · Last updated 13 May 2039", ""]
s08 += T("The Halden register is a list of organisations and people that the Treasury of Halden believes have raised or moved money for armed groups. Banks in Halden must refuse payments to anyone on it, and charities must check their partners against it before they send a single crown abroad¹.",
         "The register was set up in 2029 with fewer than two hundred names. It now holds more than six thousand, and the Treasury has published reasons for only a small fraction of them².")
s08 += ["", "1|Why are charities leaving?", ""]
s08 += T("Strictly, the charities are not leaving the register, which nobody joins by choice. They are leaving the places where their partners keep turning up on it. Eleven of Halden's larger aid charities have closed programmes in the border provinces since 2037, most of them citing the cost of checking³.",
         "The checks are not simple. The register lists names in several spellings, rarely gives dates of birth, and adds entries in batches without notice. One charity told our correspondent that it employed three full-time staff to do nothing else.")
s08 += ["", "1|What happens next?", ""]
s08 += T("A committee of the Halden parliament is due to report on the register in July. Its chair has said that every name should come with a reason and a date for review, which the Treasury has so far resisted on security grounds⁴.")
s08 += ["", "Notes",
        "1|1. Treasury of Halden, Guidance on the Register, third edition (2038), section 2.",
        "1|2. Treasury of Halden, Register of Designations, as published on 10 May 2039; reasons are given for 412",
        "1|entries.",
        "1|3. Halden Council for Overseas Aid, Closed Doors: Programme Closures 2037–2039 (April 2039).",
        "1|4. Statement by the chair of the Finance Committee, 2 May 2039.", "",
        "Further reading",
        "Mwangi-Sorensen, Clara. Following the Money: Sanctions and Charity. Ostry: Lanthorn Press, 2036.",
        "Ferrar, Julius. Lists Without End. Harnmoor: Threlkeld Press, 2039.", "",
        "The Ostrey Briefing · Published in Ostry since 2024 · © 2039 The Ostrey Briefing · Terms · Privacy"]
emit("s08_briefing_name_genre_word_explainer_standfirst_from_our_correspondent_first_published_last_updated_notes_wrap_further_reading", s08, [
    dict(title="What is the Halden register, and why are charities leaving it?", authors=["Ines Abara-Kowalczyk"],
         date="2039-05-11", kind="explainer", pub="The Ostrey Briefing")],
    sidecar="url: https://ostrey-briefing.example/explainers/halden-register-charities",
    one_line=False,
    notes=["Left open: the name ends in the genre-like word `Briefing` and is printed so everywhere, so it is the publication",
           "(with its `The`, as the masthead prints it); `EXPLAINER` gives the kind explainer. The standfirst is not text.",
           "`From our correspondent, NAME` under it names the author. The date is `First published`; `Last updated` does not",
           "replace it. The question headings are text. `Notes` is not text; note 2 wraps onto a second line (text), so the",
           "file is not one line per paragraph. `Further reading` and its books are not text."])

# s09: a tidings site's local news: the name (a genre-like last word) over a menu, `LOCAL NEWS`, the headline, `NAME in
# PLACE`, a relative date beside a weekday date; the text closes with a `Correction:` paragraph (text); `Updated: DATE`
# (not text), a question inviting replies and photographs, footer.
s09 = ["Carrow Valley Tidings",
       "News | Sport | What's on | Notices | Contact", "",
       "LOCAL NEWS",
       "Counter-protesters outnumber marchers three to one at Sorrowby rally",
       "Ruth Kanagaratnam-Oake in Sorrowby",
       "2 days ago · Tuesday 19 July 2039", ""]
s09 += T("About sixty people who marched through Sorrowby on Saturday behind a banner calling for the town's asylum hostel to be closed were met in the market square by nearly two hundred counter-protesters, many of them carrying home-made signs of welcome.",
         "Police kept the two groups apart with a line of officers and a row of vans across the square. There were scuffles near the war memorial when a few marchers tried to cross the line, and two men were arrested for public order offences.",
         "The march had been organised online by a group calling itself Sorrowby Says No, none of whose organisers agreed to speak to the Tidings. Several of the marchers said they had travelled from Carrow and Lessby and did not live in the town.",
         "The counter-protest was called by the churches, the mosque and the town's two football clubs. Its organiser, Joachim Esterhuizen-Bly, said he had expected fifty people and had been overwhelmed by the numbers that came.",
         "Correction: An earlier version of this report said that three men had been arrested. Police have since confirmed that two men were arrested.")
s09 += ["", "Updated: 20 July 2039",
        "Were you at the rally? Tell us what you saw, and send us your photographs: newsdesk@carrow-tidings.example",
        "Carrow Valley Tidings · Your valley, your news · © 2039 · Cookie settings · Privacy"]
emit("s09_tidings_name_genre_word_local_news_name_in_place_relative_date_beside_weekday_date_correction_text_updated_colon_question_prompt", s09, [
    dict(title="Counter-protesters outnumber marchers three to one at Sorrowby rally",
         authors=["Ruth Kanagaratnam-Oake"], date="2039-07-19", kind="news", pub="Carrow Valley Tidings")],
    sidecar="url: https://carrow-tidings.example/local/sorrowby-rally-counter-protest",
    notes=["Left open: `LOCAL NEWS` gives the kind news. `NAME in PLACE` names the author (the place is not part of the",
           "name). `2 days ago · Tuesday 19 July 2039` gives the date (the relative date is furniture). The closing",
           "`Correction:` paragraph is text; `Updated: DATE` is not, and does not replace the date. The question inviting",
           "readers' accounts and photographs is the site's standing prompt (furniture). `Tidings` is part of the name."])

# s10 (negative): a commentary site's essay: the name (a genre-like last word) over a menu and a one-line tagline, `ESSAY`,
# the headline, `NAME · translated by NAME · DATE` (author, translator and date on one line after dots; the translator
# is no author); the last paragraph is the essay's own call to action (text); then a call for support (furniture),
# footer.
s10 = ["Ferrand Square Commentary",
       "Essays   Letters   Podcast   Support us",
       "Arguments about cities, written by the people who live in them", "",
       "ESSAY",
       "Closing the youth centres will cost the city more than it saves",
       "Ambrose Kettering-Nwosu · translated by Sofia Marchbanks-Ude · Monday 28 February 2039", ""]
s10 += T("The city's budget for next year closes nine of its fourteen youth centres. The saving, the finance committee says, is four million a year. I have worked in two of those centres for sixteen years, and I do not believe the saving is real.",
         "Every centre on the list is in a district where the police have said, in their own reports, that older men are recruiting teenagers to carry drugs and weapons. The centres are where those teenagers go in the evenings instead. Close them, and the evenings do not disappear.",
         "We know what happened in Lessby when its centre closed in 2034. Within two years the number of young people arrested for carrying knives had doubled, and the city was paying for outreach workers, extra patrols and a court programme that together cost more than the centre ever had.",
         "Nobody on the finance committee disputes these figures. They say only that the police and the courts are paid from other budgets. That is true, and it is exactly the problem: a saving in one account that becomes a larger cost in another is not a saving at all.",
         "So before the council votes on 14 March, write to your councillor and ask one question: who will pay for the evenings of the teenagers these centres keep off the street? If they cannot answer, tell them to vote the closures down.")
s10 += ["", "Ferrand Square Commentary is funded by its readers. If this essay made you think, support our work from £2 a month.",
        "© 2039 Ferrand Square Commentary · Editorial standards · Privacy"]
emit("s10_commentary_name_genre_word_tagline_essay_name_dot_translated_by_dot_weekday_date_call_to_action_stays_support_prompt", s10, [
    dict(title="Closing the youth centres will cost the city more than it saves", authors=["Ambrose Kettering-Nwosu"],
         date="2039-02-28", kind="essay", pub="Ferrand Square Commentary")],
    notes=["Left open: the name ends in the genre-like word `Commentary` and is printed so everywhere, so it is the publication;",
           "the tagline under the menu is furniture and `ESSAY` gives the kind essay. In `NAME · translated by NAME · DATE`",
           "only the writer is an author. The last paragraph (`So before the council votes … write to your councillor …`) is",
           "the essay's own argument and stays text; the call for support after it is furniture."])

# s11: a fact sheet: the name over a menu and a one-line tagline, `FACT SHEET`, the term (a banned group), a one-sentence
# definition (text), `At a glance` over five `Field: value` lines (text; dates in them are not the page's), headings
# and prose, `See also →` lines (not text), `Suggested citation: …`, `Published DATE` (the date), licence. No author.
s11 = ["Kelderby Open Security Data",
       "Groups   Incidents   Datasets   Methods   About",
       "Plain facts about proscribed groups, kept up to date from public records", "",
       "FACT SHEET",
       "Sable Fen Brotherhood",
       "1|The Sable Fen Brotherhood was a small armed group in the fen country east of Kelderby that attacked pumping stations and power lines between 2027 and 2033.", "",
       "1|At a glance",
       "1|Active: 2027–2033",
       "1|Area: the Sable Fen and the lower Ouse levels",
       "1|Estimated members: 30 to 45",
       "1|Proscribed: 3 June 2031",
       "1|Status: dissolved; proscription lifted 9 December 2037", ""]
s11 += ["1|Aims and methods", ""]
s11 += T("The Brotherhood opposed the drainage board's plan to let parts of the fen return to marsh, which its members believed would ruin the farms their families had worked for generations. Its pamphlets called the board's engineers an occupying army.",
         "It never killed anyone. Its attacks were aimed at machinery: it set fire to two pumping stations, cut power lines on nine occasions and sank a dredger at its moorings. The damage was estimated at eleven million crowns.")
s11 += ["", "1|Decline", ""]
s11 += T("Most of the group's leaders were arrested in 2032 after one of them was recognised on footage from a petrol station. The rest announced in 2033 that the Brotherhood had dissolved, and no attack has been claimed in its name since.")
s11 += ["", "See also → Drainage Board of the Sable Fen",
        "See also → Proscription in Kelderby law",
        "Suggested citation: Kelderby Open Security Data, \"Sable Fen Brotherhood\", fact sheet KOSD-G-031.",
        "Published 8 August 2039",
        "Data and text: Open Government Licence · Report an error · Methods"]
emit("s11_fact_sheet_menu_tagline_label_term_definition_at_a_glance_fields_see_also_arrows_suggested_citation_published", s11, [
    dict(title="Sable Fen Brotherhood", authors=[], date="2039-08-08", kind="fact sheet", pub="Kelderby Open Security Data")],
    sidecar="url: https://kelderby-security-data.example/groups/sable-fen-brotherhood",
    notes=["Left open: `FACT SHEET` over the term gives the kind fact sheet (two words, as printed). The tagline under the",
           "menu is furniture; the one-sentence definition under the term is text, and so are the sheet's own fields under",
           "the heading `At a glance` (they differ on every sheet; their dates are not the page's date, which is `Published`).",
           "The `See also →` lines, `Suggested citation:` and the licence are not text. No author is named."])

# s12: a post's news story from an inquiry: the name over a menu and a one-line tagline, `NEWS`, the headline, a
# standfirst (not text), then under it two authors with roles after commas and the date after a bar; after the text
# `Witnesses heard today` over three people in three forms and `Presiding: NAME` (not authors, not text); a prompt to
# follow the next day live; `This article was updated on DATE …` (not text); footer.
s12 = ["Quillon Evening Post",
       "Home   News   Inquiry   Sport   Puzzles",
       "The city's paper since 1887, online every evening", "",
       "NEWS",
       "Inquiry told warnings about Marlow Street bomber were lost between two offices",
       "A police analyst said she flagged the man's purchases eleven weeks before the attack. Her report was never read.",
       "By Delphine Asante-Roos, courts correspondent, and Marcus Ilesanmi-Thorne, home affairs editor | Saturday 2 October 2038", ""]
s12 += T("A police analyst told the Marlow Street inquiry on Friday that she had reported a man's purchases of fertiliser and gas cylinders eleven weeks before he set off a bomb outside the Marlow Street job centre, but that her report was sent to an office that no longer existed.",
         "The analyst, who gave evidence from behind a screen and was identified only as Witness K, said she had used the address on the force's own guidance, which had not been updated when two units merged in the spring of 2036.",
         "Her report sat unread in a shared mailbox until the week after the attack, in which a security guard was killed and six people were injured. \"I did what the form told me to do,\" she said. \"I have asked myself every day since whether I should have picked up the phone.\"",
         "A detective superintendent told the inquiry that the merged unit had received more than four hundred reports in the same period and that there was no reason to think this one would have been treated as urgent. Lawyers for the guard's family said that was a question for the inquiry, not for the force.",
         "The inquiry continues on Monday, when the former head of the merged unit is expected to give evidence.")
s12 += ["", "Witnesses heard today",
        "Witness K, analyst, Quillon Police",
        "Detective Superintendent Hollis Abernethy-Kwame (Quillon Police, Counter-Terrorism Command)",
        "Fenella Otterburn – operations manager, Marlow Street job centre", "",
        "Presiding: Judge Ottavia Brennan-Sowande", "",
        "Follow Monday's hearing as it happens on our live inquiry page from 10:00.",
        "This article was updated on 3 October 2038 to add the family's response.",
        "Quillon Evening Post · Part of Lamplight News Group · © 2039 · Privacy · Terms"]
emit("s12_post_menu_tagline_news_standfirst_two_authors_roles_bar_weekday_date_witnesses_after_text_presiding_follow_prompt_updated", s12, [
    dict(title="Inquiry told warnings about Marlow Street bomber were lost between two offices",
         authors=["Delphine Asante-Roos", "Marcus Ilesanmi-Thorne"], date="2038-10-02", kind="news",
         pub="Quillon Evening Post")],
    notes=["Left open: the tagline under the menu is furniture; `NEWS` gives the kind news. The standfirst is not text. The",
           "author line under it names two authors, each followed by a role after a comma, and the date after a bar.",
           "`Witnesses heard today` with its three people and `Presiding: …` after the text are the hearing's people, neither",
           "authors nor text. The prompt to follow the next hearing and `This article was updated on …` are furniture; the",
           "date stays the byline's. The copyright's `Lamplight News Group` owns the Post; the masthead is the publication."])
