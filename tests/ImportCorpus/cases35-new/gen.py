"""cases35-new: new cases of seven shapes of scraped web pages, written by a helper before any run from sites, people
and places of the writer's own invention (dated 2038–2039): (1) runs of people who are not the page's authors (a
report's reviewers, a workshop's participants, acknowledgements as a list, the witnesses at a hearing) after the text
or before it, entries as `NAME (Institution)`, `NAME, Institution`, `NAME – Institution, Place`, `NAME of Institution`
and `Title NAME, role, ship`, with a `Chair:` or `Moderator:` line, on pages with no author and on pages whose byline
names real authors; (2) closing prompts in the last lines (a statement then a command: an event to book, a report to
download, a survey to take; a question then an invitation to write in: furniture), and one commentary whose real last
paragraph is a plain statement ending in the call to action of its own argument (text); (3) bylines: three and two
authors with roles after commas, `Words by NAME, photographs by NAME`, `Text: NAME`, `NAME in PLACE · DATE`, `From our
correspondent, NAME`, `By NAME | DATE`, an author line under the standfirst; (4) mastheads whose name ends in Review,
Digest, Observer, Dispatch, Letter or Brief over a menu of three to five items, then a section label, then the headline,
with buttons or a call to join just above the headline; (5) last-changed lines at the foot (`Updated DATE, TIME`,
`Last updated …`: furniture) beside corrections (`Correction: …`, `An earlier version of this article …`: text); (6)
reference pages (a glossary entry, an encyclopedia entry, a data sheet) with a tagline, the term, a short definition,
see-also lines and a `Cite this entry: …` line; (7) notes or sources at the foot, numbered, some wrapped over two lines
(those files are not one line per paragraph and leave `one_line_per_paragraph` out), with markers glued to words, a
`Further reading` list of books (not notes of the text) and the site's self-description after them.
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



# r01: a review's essay: the name over a menu of five items separated by bars, `ESSAYS` over one piece (kind essay), the
# headline, a standfirst (not text: relabelled by the lead after the first measurement, as in every earlier set), then the author line under it with three authors and their roles after commas, a date;
# markers glued to words (`harbourmasters.2`); `Notes` (not text) over `1.` entries of which two wrap onto a second line;
# after the notes the essay's reviewers as `NAME (Institution)`, `NAME, Institution` and `NAME – Institution` (not
# authors, not text); a closing statement-then-command prompt about an event; the site's self-description.
r01 = ["Tallowmere Review", "Analysis  |  Essays  |  Books  |  Events  |  About", "",
       "ESSAYS",
       "Who guards the small ports? Security after the fishing fleets left",
       "Eleven harbours on the Varrow coast have lost their boats, their harbourmasters and, with them, the people who noticed strangers. We went to find out what has taken their place.",
       "By Hedda Quarrington-Oduya, senior fellow, Matthias Ebeid-Lowther, research director, and Saskia Venn-Achebe, visiting scholar",
       "14 November 2038", ""]
r01 += T("Twenty years ago each of the small harbours between Lessick and Carrow Head had a fleet of inshore boats, a harbourmaster who lived above the office and a quay where somebody was always mending something. Strangers were noticed because there were always people about to notice them.1",
         "That world has gone. Of the eleven harbours we visited, seven no longer have a resident harbourmaster, four have no fishing boats at all and three are now run from an office in Lessick by a single manager who visits once a week.2 The quays are quieter than they have been for two centuries.",
         "The coastguard and the police told us that small harbours are not a priority for them, and on the evidence they are right not to be: there have been no serious incidents in any of the eleven since 2030. But the same officers described the harbours as places where nobody would know if something had happened, which is a different matter.3")
r01 += ["", "1|What fills the gap", ""]
r01 += T("In most of the harbours the gap has been filled, partly and by accident, by the people who remain: the owners of pleasure boats, the crews of the two wind-farm service vessels, the café owner at Sallow Quay who keeps a notebook of every boat that ties up overnight.4 None of them is paid to watch and none of them has been asked to.",
         "We think they should be asked. A harbour watch scheme on the lines of the coastal footpath wardens would cost little, would give the coastguard a name to call in each harbour, and would recognise work that is already being done without thanks.")
r01 += ["", "Notes"]
r01 += ["1|1. Varrow County Council, Harbour Returns 2018, table 3.",
        "1|2. Port of Lessick, Annual Report 2037, pp. 12–14; the three harbours are Sallow Quay, Enmoor and",
        "1|Gildersby.",
        "1|3. Interviews with two coastguard officers and a police inspector, Lessick, June 2038.",
        "1|4. The notebook, kept since 2034, was shown to the authors with its owner's permission; the names in it are",
        "1|not quoted."]
r01 += ["", "This essay was read before publication by:",
        "Dr Aurelio Fenwick-Sato (University of Carrowmore)",
        "Noor Haldane-Kirsch, Varrow Coastguard Association",
        "Captain Ivo Stennet – Port of Lessick (retired)", "",
        "We will discuss the essay with harbour users at Sallow Quay village hall on 2 December. Reserve a seat on our Events page.",
        "The Tallowmere Review publishes independent research on the security of coasts and seas. Registered charity no. 1209934 · Privacy · Terms"]
emit("r01_review_bars_menu_essays_standfirst_then_three_authors_roles_glued_markers_reviewers_after_notes", r01, [
    dict(title="Who guards the small ports? Security after the fishing fleets left",
         authors=["Hedda Quarrington-Oduya", "Matthias Ebeid-Lowther", "Saskia Venn-Achebe"], date="2038-11-14",
         kind="essay", pub="Tallowmere Review")],
    sidecar="url: https://tallowmere-review.example/essays/who-guards-the-small-ports", one_line=False,
    notes=["Left open: `ESSAYS` over one piece gives the kind essay (singular). The standfirst under the headline is not text (a",
           "summary of the piece); the author line under it names three authors, each followed by a role after a comma.",
           "Markers are glued to the words (`them.1`). Notes 2 and 4 wrap onto a second line (all text), so the file is not one",
           "line per paragraph. The reviewers after the notes and the line over them are not authors and not text; the",
           "event prompt (a statement, then a command) and the self-description are furniture."])

# r02: a digest's news story: cookie line, the name over a four-item menu, `NEWS`, a row of buttons (`Listen · Save ·
# Share`) right above the headline, `From our correspondent, NAME`, a weekday date; a `Correction:` paragraph closing the
# text (text), `Updated DATE, TIME` (furniture; the date stays), share line, a question-then-invitation prompt, footer.
r02 = ["We use cookies for audience measurement. Accept · Refuse · Settings",
       "Harbourline Digest", "Ports   Shipping   Security   Jobs", "",
       "NEWS",
       "Listen   ·   Save   ·   Share",
       "Grain ship held at Corvessa after crew report stowaways in hold",
       "From our correspondent, Tamsin Oyelaran-Brisk",
       "Thursday 3 March 2039", ""]
r02 += T("A bulk carrier loaded with barley has been held at the port of Corvessa since Tuesday after its crew told the harbour authorities that four men had been found hiding in one of its holds.",
         "The Lysandra Bay, which sailed from Port Tembe eleven days ago, radioed the harbour office as it approached the outer anchorage. Police boarded the ship before it berthed and took the four men ashore, where they were given food and medical checks and asked to claim asylum.",
         "The port authority said the ship would stay at its berth until the police had finished searching the holds and interviewing the crew. The ship's agent said the crew had cooperated fully and that the master had followed the company's procedures.",
         "Stowaways on grain ships are rare on this route but not unknown. The harbour police recorded two similar cases at Corvessa in 2036 and one last year, all on ships from the same range of ports.",
         "Correction: An earlier version of this story said the Lysandra Bay was carrying 41,000 tonnes of barley. It was carrying 14,000 tonnes.")
r02 += ["", "Updated 4 March 2039, 10:12",
        "Share: Email · LinkedIn · Copy link",
        "Do you work at Corvessa port? Write to our newsroom at tips@harbourline-digest.example",
        "Harbourline Digest · Published by Tidewater Media Ltd · Privacy · Terms"]
emit("r02_digest_menu_news_buttons_above_headline_from_our_correspondent_correction_text_updated", r02, [
    dict(title="Grain ship held at Corvessa after crew report stowaways in hold", authors=["Tamsin Oyelaran-Brisk"],
         date="2039-03-03", kind="news", pub="Harbourline Digest")],
    notes=["Left open: the row of buttons right above the headline is furniture; `From our correspondent, NAME` names the",
           "author. The `Correction:` paragraph closing the text is text; `Updated 4 March 2039, 10:12` is furniture and the",
           "date stays the dated line under the byline. The question-then-invitation prompt is the site's (furniture)."])

# r03: a glossary entry: the name over a menu, a tagline line, `Glossary entry`, the term, a one-sentence definition
# (text), longer text with a heading, `See also:` lines (not text), `Further reading` over two books (not text), `Cite
# this entry: …` and `Last revised DATE` (the date), the site's self-description and licence. No author.
r03 = ["Marrowgate Port Lexicon", "Browse A–Z   Topics   Contribute   About",
       "Plain definitions of the words spoken on the quays of Marrowgate, kept by the Dockers' Heritage Trust", "",
       "Glossary entry",
       "Bunker note",
       "1|A bunker note is the paper a fuel supplier hands to a ship's chief engineer when fuel is delivered, stating the quantity, grade and density of the fuel and the hour it was pumped aboard.", ""]
r03 += T("The chief engineer signs the note and keeps a copy, and a sealed sample of the fuel is kept with it. If the engines later give trouble, or the quantity in the tanks does not match the note, the sample and the note are the first things a surveyor asks to see.",
         "On the Marrowgate quays the word was used more loosely for any chit that went with a delivery of fuel, coal or water, and old hands still speak of signing the bunkers when they mean any paperwork at all.")
r03 += ["", "1|Notes and fraud", ""]
r03 += T("Because a bunker note records where and when fuel was taken, it has become a document of interest to customs officers and to investigators who follow ships that try to hide their voyages. A note from a port the ship says it never visited is hard to explain away.",
         "Forged notes are not unknown. In the 2030s the port police dealt with several cases in which suppliers issued notes for more fuel than was delivered and shared the difference with the crew.")
r03 += ["", "See also: Bunker barge", "See also: Mate's receipt", "See also: Ullage", "",
        "Further reading",
        "Pellworth, Anders. Fuel and the Steamship Trade. Marrowgate: Quayside Press, 2019.",
        "Ngata-Holm, Ruth. The Language of the Docks. Carrick: Hawser Books, 2034.", "",
        "Cite this entry: \"Bunker note\", Marrowgate Port Lexicon, Dockers' Heritage Trust, last revised 21 January 2039.",
        "Last revised 21 January 2039",
        "The Marrowgate Port Lexicon is written by former dockers and port staff and checked by the Trust's volunteers. Text CC BY 4.0 · Privacy"]
emit("r03_glossary_tagline_label_term_definition_see_also_further_reading_cite_this_entry", r03, [
    dict(title="Bunker note", authors=[], date="2039-01-21", kind="glossary entry", pub="Marrowgate Port Lexicon")],
    sidecar="url: https://marrowgate-lexicon.example/b/bunker-note",
    notes=["Left open: the label `Glossary entry` over the term gives the kind glossary entry (two words, as printed). The",
           "tagline under the menu is furniture; the one-sentence definition under the term is text. `See also:` lines,",
           "`Further reading` with its books (not notes of the text), the `Cite this entry:` line, `Last revised` (the date)",
           "and the self-description are not text. No author is named."])

# r04: an encyclopedia entry: the name over a menu, the term, a tagline under it, a definition-like opening sentence,
# superscript markers glued to words (`Volunteers¹`), headings, `See also` over bullet lines (not text), `Sources` (not
# text) over `1.` entries of which two wrap (one onto a lower-case line, one onto a capital), `Cite this entry: …`, a
# last-edited line with a time (the date), licence. No author, no label.
r04 = ["Kelvadon Encyclopedia", "Main page   Random entry   Recent changes   Help", "",
       "Tarrowgate Accord",
       "The free encyclopedia of the Kelvadon hills and their people", ""]
r04 += T("The Tarrowgate Accord was the agreement of 14 June 2029 that ended eight years of armed clashes between the Brannock Hill Defence League and the Kelder Valley Volunteers¹ in the southern Kelvadon hills. It was signed in the upper room of the Tarrowgate inn, from which it takes its name.")
r04 += ["", "1|Background", ""]
r04 += T("Both groups began as farmers' patrols against livestock theft in 2019 and 2020. By 2022 they had turned on each other over grazing rights on the common of Brannock Hill, and over the next seven years the clashes between them left nineteen people dead and more than forty farms burned².",
         "Talks were arranged by the county's Methodist circuit and a retired district judge, Ottilie Varga-Moss, who met each side separately for more than a year before she would bring them into one room³.")
r04 += ["", "1|Terms", ""]
r04 += T("Under the accord both groups handed their weapons to a disarmament commission of three farmers and a serving police officer, and the common was divided by a line of marker stones that still stands. Members who had not been charged with killings were promised that they would not be prosecuted for carrying arms.",
         "The accord also set up a grazing court of six members, three from each valley, which still sits twice a year at Tarrowgate⁴.")
r04 += ["", "1|Aftermath", ""]
r04 += T("There have been no deaths from the feud since the accord was signed. Critics in both valleys argue that the promise of no prosecutions let men who had burned farms go free, and a campaign to have the promise reviewed gathered some support in 2037.")
r04 += ["", "See also", "• Brannock Hill Defence League", "• Kelder Valley Volunteers", "• Grazing court of Tarrowgate", "",
        "Sources"]
r04 += ["1|1. Kelvadon Gazette, \"Patrols become armies\", 3 March 2021.",
        "1|2. Harrowell-Iyer, Bronwen (2031). Fire on the Common: The Brannock Feud, 2021–2029. Kelvadon: Upland",
        "1|Press. pp. 88–117.",
        "1|3. Varga-Moss, Ottilie (2033). \"Eighteen months of tea: notes of a mediator\", Journal of Rural Peace Studies,",
        "1|vol. 9, no. 2, pp. 41–60.",
        "1|4. Tarrowgate Grazing Court, Rules of the Court (2030)."]
r04 += ["", "Cite this entry: Kelvadon Encyclopedia contributors, \"Tarrowgate Accord\", revised 9 May 2039, kelvadon-encyclopedia.example/wiki/Tarrowgate_Accord",
        "This entry was last edited on 9 May 2039, at 14:51.",
        "Content is available under CC BY-SA 4.0 unless otherwise noted. · Privacy · Disclaimers"]
emit("r04_encyclopedia_tagline_under_term_superscript_glued_see_also_bullets_sources_wrap_cite_this_entry", r04, [
    dict(title="Tarrowgate Accord", authors=[], date="2039-05-09", kind="encyclopedia entry", pub="Kelvadon Encyclopedia")],
    one_line=False,
    notes=["Left open: no genre label and no author, so `encyclopedia entry` as the earlier reference-work sets label it. The",
           "tagline under the term, `See also` with its bullet lines, the `Cite this entry:` line and the licence are not",
           "text; the date is the last-edited line. Sources 2 and 3 wrap onto a second line (all text), so the file is not",
           "one line per paragraph; the superscript markers are glued to the words."])

# r05: a data sheet: the name over a menu, a tagline, `DATA SHEET`, the term (a tide gauge), a one-sentence definition
# (text), `Key figures` (a heading) over four `Field: value` lines (text; one holds a date that is not the page's),
# headings and prose, `See also` over two lines (not text), `Cite this entry: …`, `Sheet revised DATE` (the date), licence.
r05 = ["Northsound Coastal Data Service", "Stations   Maps   Downloads   Help",
       "Open measurements of the Northsound coast, published as they are taken", "",
       "DATA SHEET",
       "Garrow Point tide gauge",
       "1|Garrow Point is a radar tide gauge on the south pier of Garrow harbour that has recorded the height of the sea every minute since March 2034.", "",
       "1|Key figures",
       "1|Station code: NCD-117",
       "1|Position: 58.412 N, 5.031 W",
       "1|Datum: chart datum, 2.84 metres below the land survey datum",
       "1|Recording since: 11 March 2034", "",
       "1|History", ""]
r05 += T("A float gauge in a stilling well stood on the same pier from 1962 until it was wrecked by the storm of January 2033. The radar gauge that replaced it hangs from a steel arm over open water and measures the distance to the sea surface from above.",
         "The old and new gauges overlap for only eleven days, and the two records were joined using the harbour's own tide boards, which the harbourmaster read twice a day through the winter of 2033 and 2034.")
r05 += ["", "1|Data quality", ""]
r05 += T("Readings are checked against the tide boards once a month. The gauge is less reliable in strong easterly gales, when spray from the pier face can return a false surface; readings taken in winds above force eight are flagged and should be used with care.")
r05 += ["", "See also", "Garrow harbour wave buoy", "Skellan Sound tide gauge", "",
        "Cite this entry: Northsound Coastal Data Service (2039). Garrow Point tide gauge, data sheet NCD-117, revised 30 April 2039.",
        "Sheet revised 30 April 2039",
        "Data and text free to reuse under the Open Data Licence · Contact the data team"]
emit("r05_data_sheet_tagline_label_term_definition_key_figures_see_also_cite_this_entry_sheet_revised", r05, [
    dict(title="Garrow Point tide gauge", authors=[], date="2039-04-30", kind="data sheet", pub="Northsound Coastal Data Service")],
    sidecar="url: https://northsound-data.example/stations/ncd-117-garrow-point",
    notes=["Left open: `DATA SHEET` over the term gives the kind data sheet (two words, as printed). The sheet's own fields under",
           "the heading `Key figures` are its text (they differ on every sheet); `Recording since: 11 March 2034` is a field,",
           "not the page's date, which is `Sheet revised`. The tagline, `See also` lines, the `Cite this entry:` line and the",
           "licence are not text. No author is named."])

# r06: a centre's workshop report (breadcrumb `… › Workshop reports`, `Workshop report · DATE` under the headline; no
# author); a list of three points inside the text (text); after the text `Participants` over five entries in five forms
# and `Chair: NAME, role, Centre` (not authors, not text); a statement-then-command prompt to download; copyright naming
# the parent university (the centre is the publication).
r06 = ["Wexcombe Centre on Political Violence", "Research   People   Events   Publications", "",
       "Home › Events › Workshop reports", "",
       "What prison letters can tell us about leaving armed groups",
       "Workshop report · 19 October 2038", ""]
r06 += T("Letters written from prison are among the few sources in which members of armed groups describe, in their own words and at the time, their doubts about the cause. Twelve researchers, chaplains and probation officers met at the Centre on 14 October to ask what such letters can and cannot tell us.",
         "The morning was given to a collection of some four hundred letters written between 2024 and 2031 by men held for offences linked to the Harnsey cells, now kept by a prison chaplaincy with the writers' consent. Several participants warned that letters written in the knowledge that guards will read them are a performance as much as a confession.",
         "The chaplains in the room disagreed. In their experience, they said, men wrote most honestly to mothers and sisters, and the letters to family were where doubt first showed, months or years before any formal step away from the group.",
         "By the end of the day the participants agreed on three points:",
         "First, that letters should be read as a series, over years, rather than one at a time.",
         "Second, that researchers should never quote a letter without the writer's consent, even when the prison has given access.",
         "Third, that probation officers, who see the writers after release, should be part of any study from the start.")
r06 += ["", "Participants",
        "Dr Ottoline Mbeki-Sharrow (University of Ferrandine)",
        "Kasimir Oduya, Prison Chaplaincy Network",
        "Leontine Grasby – Wexcombe Probation Trust, Harnsey",
        "Professor Arvid Kell of the Institute of Penal Studies, Lessick",
        "Rahel Tsegaye-Moore, independent researcher", "",
        "Chair: Dr Fenella Oakhurst-Ibe, Deputy Director, Wexcombe Centre on Political Violence", "",
        "Our full report on the workshop is now published. Download the PDF from the Publications page.",
        "© 2038 Wexcombe Centre on Political Violence, Wexcombe University · Accessibility · Privacy"]
emit("r06_workshop_report_no_author_points_list_in_text_participants_five_forms_chair_download_prompt", r06, [
    dict(title="What prison letters can tell us about leaving armed groups", authors=[], date="2038-10-19",
         kind="workshop report", pub="Wexcombe Centre on Political Violence")],
    notes=["Left open: the breadcrumb's last item `Workshop reports` and the line `Workshop report · DATE` give the kind",
           "workshop report (two words, singular). The page names no author; `Participants` with its five entries and",
           "`Chair: …` after the text are the workshop's people, neither authors nor text, while the three points inside the",
           "text (`First, …`, `Second, …`, `Third, …`) are text. The download prompt is furniture. The centre prints its own",
           "name and menu, so it is the publication (not the university in the copyright line)."])

# r07: an institute's briefing (breadcrumb `… › Briefings`): cookie line, `Text: NAME`, a date, superscript markers glued
# to words; `Acknowledgements` over a thanks line and three people (`NAME, Institution`, `NAME (Institution)`, `NAME —
# Institution`; not authors, not text); `Sources` (not text) over `1.` entries, one wrapped; `Further reading` over
# books (not text); a statement-then-command download prompt; the institute's self-description.
r07 = ["Accept cookies? We use them to count visits and nothing else. Yes · No",
       "Corran Institute for Maritime Security", "About   Research   Experts   Media   Support us", "",
       "Home › Publications › Briefings", "",
       "Phantom registries: how sanctioned tankers change their flags",
       "Text: Benedikt Achterberg-Njoku",
       "7 July 2039", ""]
r07 += T("A tanker under sanctions cannot simply sail on under its old flag: the flag state would be obliged to act, and insurers and ports would refuse it. So it changes flag, often several times a year, and increasingly to registries that exist mainly on paper¹.",
         "We traced the flags of 212 tankers named in sanctions lists between 2035 and 2038. Between them they flew the flags of thirty-one states, but more than half of all changes went to just four registries, none of which has a maritime administration with more than a handful of staff².",
         "Three of the four are run under contract by private companies based far from the flag state, which collect the fees and pass a share to the government. In two cases the flag state's own officials told us they had no list of the ships registered in their name³.",
         "Such registries rarely refuse a ship. They do, however, deregister ships quickly when a sanctions listing is made public, which pushes the ship on to the next registry and leaves a trail of short registrations that is itself a warning sign⁴.",
         "Port states can use that trail. A ship that has changed flag three times in a year should be inspected as a matter of course, and the registries that take such ships should be named.")
r07 += ["", "Acknowledgements",
        "The author thanks the following for their comments on a draft:",
        "Marisol Quenby-Adeyemi, Harwick Registry Watch",
        "Dr Pavel Strandqvist (Sorrow Bay Maritime Academy)",
        "Ingrid Obeng-Tallis — Corran Institute for Maritime Security", "",
        "Sources"]
r07 += ["1|1. Corran Institute for Maritime Security, Tanker flag database, version 4 (June 2039).",
        "1|2. Ibid., table 2.",
        "1|3. Interviews with officials of two flag states, March and April 2039; the states are not named at their",
        "1|request.",
        "1|4. Annex B of this briefing lists the deregistrations by date."]
r07 += ["", "Further reading",
        "Okonjo-Lind, Tereza. Flags for Hire: A History of Open Registries. Port Corran: Saltmarsh Books, 2031.",
        "Vallance, Hugo. Dark Fleets. Carrick: Hawser Books, 2037.", "",
        "The full briefing, with the register data, is out now. Download it (PDF, 2.1 MB).",
        "The Corran Institute for Maritime Security is an independent research institute in Port Corran. It takes no government funding. · Registered charity no. 1217745 · Privacy"]
emit("r07_briefing_text_colon_byline_superscripts_glued_acknowledgements_list_sources_wrap_further_reading_download", r07, [
    dict(title="Phantom registries: how sanctioned tankers change their flags", authors=["Benedikt Achterberg-Njoku"],
         date="2039-07-07", kind="briefing", pub="Corran Institute for Maritime Security")],
    one_line=False,
    notes=["Left open: the kind is the breadcrumb's last genre item `Briefings` (singular); `Text: NAME` names the author. The",
           "acknowledgements (heading, thanks line and three people) are not text and not authors. Source 3 wraps onto a",
           "second line (both text), so the file is not one line per paragraph. `Further reading` with its books is not",
           "text; the download prompt and the self-description are furniture."])

# r08: an observer's feature: the name over a four-item menu, `FEATURES` over one piece (kind feature), buttons right above
# the headline, a standfirst (not text: relabelled by the lead after the first measurement, as in every earlier set), `Words by NAME, photographs by NAME`, `DATE · 9 min read`; a last paragraph closing
# on a command inside a quotation (text); `Last updated DATE, TIME` (furniture), share line, a membership call, copyright.
r08 = ["Skerrow Observer", "News   Features   Photography   Letters", "",
       "FEATURES",
       "Follow the Observer   ·   Sign in",
       "The last net menders of Skerrow quay",
       "Three women still mend the drift nets of a fleet that no longer fishes. They want the skill to outlive the boats.",
       "Words by Aoife Brannagh-Selassie, photographs by Jovan Meriwether-Iqbal",
       "12 June 2039 · 9 min read", ""]
r08 += T("In a loft above the old ice house on Skerrow quay, three women sit on low stools with a drift net stretched between them, working a wooden needle through the meshes faster than the eye can follow.",
         "Marjorie Tullan is eighty-one and learned the work from her grandmother. Bridie Ashworth-Kane is sixty-seven. The youngest, Sinead Ferro, is fifty-two and came to it late, after her husband's boat was sold. Between them they are the last net menders in a town that once had more than two hundred.",
         "The herring drifters have been gone from Skerrow for forty years. The nets the women mend now belong to the heritage boat the town keeps in the harbour, to two museums on the coast, and to a theatre company that needed a net that looked right on stage.",
         "The work is slow and badly paid, and none of them does it for the money. What worries them is that nobody is learning. The town's college offered a course in 2036; two people signed up, and it was cancelled.",
         "\"It takes three winters before your hands know it,\" Marjorie says, tying off a mesh without looking down. \"Come up to the loft on a Tuesday and sit with us. Before there is nobody left to teach you.\"")
r08 += ["", "Last updated 13 June 2039, 08:40",
        "Share this feature: Facebook · Bluesky · Email",
        "The Skerrow Observer is owned by its readers. Become a member from £3 a month.",
        "© 2039 Skerrow Observer Ltd · Privacy · Terms"]
emit("r08_observer_menu_features_buttons_above_headline_standfirst_words_by_photographs_by_last_updated", r08, [
    dict(title="The last net menders of Skerrow quay", authors=["Aoife Brannagh-Selassie"], date="2039-06-12",
         kind="feature", pub="Skerrow Observer")],
    sidecar="url: https://skerrow-observer.example/features/last-net-menders",
    notes=["Left open: in `Words by NAME, photographs by NAME` only the writer is an author (the photographer's credit is for",
           "the pictures). `FEATURES` over one piece gives the kind feature. The buttons right above the headline are",
           "furniture; the standfirst is not text. The last paragraph closes on a command inside a quotation, which is text.",
           "`Last updated …` at the foot is furniture and the date stays the dated line."])

# r09: a dispatch's news story: the name over a four-item menu separated by bars, `World news` (kind news), the headline,
# `NAME in PLACE · DATE` on one line; a closing paragraph `An earlier version of this article …` (text), `Updated DATE`
# (furniture), a question-then-invitation prompt, footer.
r09 = ["Lowmarsh Dispatch", "Region | World | Opinion | Podcasts", "",
       "World news",
       "Army keeps floodgates shut at Korvana bridge as river rises behind them",
       "Ilse Marchetti-Obi in Korvana · 21 August 2039", ""]
r09 += T("Soldiers guarding the Korvana bridge refused on Wednesday to open the floodgates beneath it, despite warnings from engineers that the river Seldt was rising behind the gates faster than at any time since they were built.",
         "The army took control of the bridge in June, after an armed group in the hills above the town threatened to blow it up. Since then the gates have been kept shut on the orders of the regional commander, who says that opening them would let boats pass under the bridge unchecked.",
         "Engineers from the river authority say the water behind the gates has risen by more than a metre in three days. If it rises another metre, they say, it will flood the lower town, where some four thousand people live.",
         "A spokesman for the regional command said the army was watching the river closely and would open the gates if the town was in danger. Residents of the lower town were moving furniture to upper floors on Wednesday evening.",
         "An earlier version of this article misnamed the river that runs under the bridge. It is the Seldt, not the Selde.")
r09 += ["", "Updated 22 August 2039",
        "Are you in Korvana, or do you have family there? Tell us what you are seeing: email world@lowmarsh-dispatch.example",
        "Lowmarsh Dispatch · Independent news since 2011 · Terms · Privacy"]
emit("r09_dispatch_bars_menu_world_news_name_in_place_dot_date_earlier_version_text_updated_question_prompt", r09, [
    dict(title="Army keeps floodgates shut at Korvana bridge as river rises behind them", authors=["Ilse Marchetti-Obi"],
         date="2039-08-21", kind="news", pub="Lowmarsh Dispatch")],
    sidecar="url: https://lowmarsh-dispatch.example/world/2039/08/21/korvana-bridge-floodgates",
    notes=["Left open: `World news` gives the kind news. `NAME in PLACE · DATE` names the author (the place is not part of",
           "the name) and the date. The closing `An earlier version of this article …` paragraph is text; `Updated DATE`",
           "is furniture. The question-then-invitation prompt is the site's (furniture)."])

# r10 (negative): a letter's commentary: the name over a three-item menu, `COMMENTARY`, a call to join right above the
# headline, `By NAME | DATE`; the last paragraph is a plain statement ending in the call to action of the piece's own
# argument (text); then a survey prompt (a statement, then a command: furniture), footer.
r10 = ["Greywater Letter", "Latest   Archive   About", "",
       "COMMENTARY",
       "Join 8,300 readers who get the Letter each Monday. Subscribe, it's free",
       "The harbour board should stop selling the quays one at a time",
       "By Marguerite Adjei-Holloway | 2 February 2039", ""]
r10 += T("Greywater harbour has nine quays. Four years ago the harbour board owned all of them. Today it owns five, and if the board has its way this month it will own four.",
         "Each sale has been defended on its own terms. The Coal Quay was falling into the water and the board could not afford to mend it. The Ropewalk Quay had not seen a ship in a decade. The Fish Quay was bought by a company that promised jobs, and some of the jobs came.",
         "What nobody has defended is the pattern. A harbour is not nine separate pieces of property; it is one working place, and each sale makes the rest harder to run. The boatyard now has no quay of its own to haul out on, and the pilot boat shares a berth with the pleasure boats.",
         "The board says it has no choice, because the harbour loses money and the council will not cover the losses. That may be true, but it is an argument for a plan, not for a sale. Nobody has yet asked what the harbour should look like in twenty years and which quays it will need.",
         "The board meets on 20 February to approve the sale of the Salt Quay. Before it does, it should publish a plan for all nine quays, and it should give the town a say in that plan.")
r10 += ["", "Our annual reader survey is open until 28 February. Take it at greywater-letter.example/survey; it takes five minutes.",
        "Greywater Letter is written and published in Greywater by Tollgate Press · Unsubscribe · Privacy"]
emit("r10_letter_commentary_join_call_above_headline_by_name_bar_date_call_to_action_stays_survey_prompt", r10, [
    dict(title="The harbour board should stop selling the quays one at a time", authors=["Marguerite Adjei-Holloway"],
         date="2039-02-02", kind="commentary", pub="Greywater Letter")],
    notes=["Left open: the call to join right above the headline is furniture. The last paragraph (`The board meets on 20",
           "February … Before it does, it should publish a plan …`) is the piece's own argument and stays text; the survey",
           "prompt after it (a statement, then a command) is furniture. `By NAME | DATE` gives the author and the date."])

# r11: a brief's analysis: the name over a four-item menu separated by dots, `ANALYSIS`, the headline, a standfirst
# (text), then two authors with roles after commas under it, a date; markers glued to words (`shutdowns.1`); a heading;
# `Notes` (not text) over `1.` entries of which one wraps; `Further reading` over books (not text); the site's
# self-description.
r11 = ["Kessock Security Brief", "Analysis · Data · Events · Newsletter", "",
       "ANALYSIS",
       "Drones over the gas terminals: why the Halvern sightings were not sabotage",
       "Nine sightings in four months caused two shutdowns. The pattern points to hobbyists and a careless contractor, not to a hostile state.",
       "By Corentin Mabuza-Lyle, programme director, and Yetunde Sørvik, research fellow",
       "9 March 2039", ""]
r11 += T("Between October 2038 and January 2039 staff and police reported drones over the two gas terminals at Halvern on nine occasions. Twice the terminals stopped loading ships for several hours while the police searched the surrounding fields, and both shutdowns were reported as possible sabotage.1",
         "We mapped the nine sightings against the time of day, the weather and the shifts at the terminals. Six took place on weekend afternoons in light winds, the conditions in which hobby pilots fly, and five were within two kilometres of a model flying club's field.2",
         "Two further sightings coincided with survey work on a pipeline that crosses the site, carried out by a contractor whose pilot, it emerged, had not filed the flight notices that the terminals' rules require.3 Only one sighting, at night and in rain, fits none of these explanations.")
r11 += ["", "1|What the operators should change", ""]
r11 += T("None of this means that the terminals face no threat from the air. It means that a system that cannot tell a hobbyist from a saboteur will close the terminals every time a child flies a birthday present, and will be ignored on the day it matters.",
         "Both operators should publish the flight rules around their sites, agree a single reporting line with the police, and require contractors to file their flights with the terminal's control room before they take off.4")
r11 += ["", "Notes"]
r11 += ["1|1. Halvern Constabulary, incident log extracts released to the authors, February 2039.",
        "1|2. Authors' analysis of the nine reports; Halvern Model Flying Club, published flying calendar.",
        "1|3. Letter from the pipeline operator to the Halvern Terminals Liaison Committee, 14 January 2039, read",
        "1|at the committee's meeting of 30 January.",
        "1|4. See the joint recommendations in annex A."]
r11 += ["", "Further reading",
        "Achebe-Lindqvist, Marta. Small Drones and Critical Sites. Lessick: Northgate Academic, 2036.",
        "Rowntree, Silas. The Empty Sky: Airspace Security after 2030. Carrick: Hawser Books, 2038.", "",
        "Kessock Security Brief is published by the Kessock Foundation, an independent charity that studies threats to the energy and transport networks of the north. It accepts no funding from the companies it writes about.",
        "© 2039 Kessock Foundation · Privacy · Contact"]
emit("r11_brief_analysis_standfirst_then_two_authors_roles_glued_markers_note_wraps_further_reading", r11, [
    dict(title="Drones over the gas terminals: why the Halvern sightings were not sabotage",
         authors=["Corentin Mabuza-Lyle", "Yetunde Sørvik"], date="2039-03-09", kind="analysis",
         pub="Kessock Security Brief")],
    sidecar="url: https://kessock-brief.example/analysis/halvern-drone-sightings", one_line=False,
    notes=["Left open: the standfirst under the headline is not text; the author line under it names two authors, each followed",
           "by a role after a comma. Markers are glued to the words (`sabotage.1`). Note 3 wraps onto a second line (both",
           "text), so the file is not one line per paragraph. `Further reading` with its books and the self-description",
           "after them are not text. The masthead prints `Kessock Security Brief`, the publication."])

# r12: an assembly's hearing summary (breadcrumb `… › Hearing summaries`; no author), `Published DATE`; before the text
# `Who gave evidence` over four witnesses in four forms and `Moderator: NAME, role` (not authors, not text); prose naming
# the witnesses (text); a statement-then-command prompt to book; footer. The committee is a section of the assembly.
r12 = ["Drennock Islands Assembly", "Home   Committees   Hearings   Publications   Contact", "",
       "Home › Hearings › Hearing summaries", "",
       "Ferry lifeline or ferry monopoly? The Transport Committee hears the islands",
       "Published 16 September 2038", "",
       "Who gave evidence",
       "Captain Rhona Ellastone, Master, MV Isle of Drennock",
       "Tobias Nkemelu-Fraser (Drennock Ferries Ltd)",
       "Sunniva Hartigan – Outer Isles Hauliers' Association, Skarra",
       "Councillor Idris Penhallow of Skarra Community Council", "",
       "Moderator: Alasdair Quist-Obiri, Convener of the Transport Committee", ""]
r12 += T("The Transport Committee held the third of its island hearings in the community hall at Port Ellan on 12 September, on whether the single company that runs every ferry in the Drennock Islands should keep its contract when it ends in 2041.",
         "Captain Ellastone described a fleet in which the youngest ship is twenty-six years old and spare parts for two of the engines have to be made to order. Breakdowns, she said, were now the main cause of cancelled sailings, ahead of the weather.",
         "Mr Nkemelu-Fraser, for the company, said that it had asked the Assembly for new ships for ten years and been told each time that there was no money. A new operator, he argued, would face the same problem with the same ships.",
         "The hauliers and the community council asked for the contract to be split, so that the short crossings between the inner islands could be run by a local cooperative. Ms Hartigan said that lorries from Skarra had missed the mainland markets on forty days last year.",
         "The committee will report to the Assembly in December, after a final hearing on Skarra.")
r12 += ["", "The Committee's next hearing is in Skarra village hall on 12 October. Book a seat in the public gallery on our Hearings page.",
        "Drennock Islands Assembly · The parliament of the Drennock Islands · Privacy · Accessibility"]
emit("r12_hearing_summary_no_author_who_gave_evidence_four_forms_moderator_before_text_book_prompt", r12, [
    dict(title="Ferry lifeline or ferry monopoly? The Transport Committee hears the islands", authors=[],
         date="2038-09-16", kind="hearing summary", pub="Drennock Islands Assembly")],
    sidecar="url: https://drennock-assembly.example/hearings/2038/ferry-contract-port-ellan",
    notes=["Left open: the breadcrumb's last item `Hearing summaries` gives the kind hearing summary (two words, singular).",
           "The page names no author; `Who gave evidence` with its four witnesses and `Moderator: …` before the text are the",
           "hearing's people, neither authors nor text, while the prose naming them is text. The committee is named only in",
           "the title, so the Assembly (masthead) is the publication. The booking prompt (a statement, then a command) is",
           "furniture."])
