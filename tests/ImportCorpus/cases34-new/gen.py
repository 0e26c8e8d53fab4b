"""cases34-new: new cases of seven shapes of scraped web pages, written by a helper before any run from sites, people
and places of the writer's own invention (dated 2038–2039): (1) runs of people who are not the page's authors (an
event's participants, a book's contributors, a panel, respondents, `Hosted by` / `Introduced by` lines) after the text
or before it, entries as `NAME, Institution, Place`, `NAME – Institution`, `NAME (Institution)` and `NAME — role`, on
pages with no author and on pages whose byline names a real author; (2) reference-work entries whose tagline under the
term repeats the last word of the site's name with a possessive or an adjective before it (`the farmers' almanac`, `the
county's gazetteer`, `the illustrated herbal`), and a news site's slogan of the same shape (furniture); (3) last-changed
date lines at the foot (`Entry amended DATE`, `Record updated on DATE at TIME`, `Page revised DATE`, `Page revised on
DATE, TIME`, `first published on DATE and revised on DATE`, `Updated DATE at TIME`), and prose sentences of that shape
(text); (4) a one-line call to join, donate, support, sign up or get an app right above the headline (never the title),
and one below the byline; (5) a site whose name ends in Quarterly, Review or Gazette printed over a short menu of three
to five items separated by runs of spaces, then a section label, then the headline; (6) notes or source lists where one
numbered entry wraps onto a second line, with markers in the text (those files are not one line per paragraph and leave
`one_line_per_paragraph` out); (7) bylines of less common shapes (`Words and pictures by NAME`, `Reporting by NAME;
editing by NAME`, `By NAME | DATE`, `NAME reports from PLACE`, two authors with roles after commas).
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


# q01: an almanac's entry: cookie line, logo, menu, the term (a hiring fair) over the tagline `From Ollerby Almanac, the
# farmers' almanac of …` (a possessive before the site name's last word); `[n]` markers, two headings; `Notes` (not text)
# over `1.`–`4.` entries (text) of which the first wraps onto a line that opens with a capital (`Press. pp. …`);
# categories, `Entry amended DATE` (the only date), licence. No author, no genre label.
q01 = ["This site uses cookies to keep your settings. OK · Tell me more",
       "Ollerby Almanac", "Seasons   Fairs   Crops   Weather   Add to the almanac", "",
       "Candlemas Hiring Fair",
       "From Ollerby Almanac, the farmers' almanac of the fields, fairs and weather of the Ollerby wolds", ""]
q01 += T("The Candlemas Hiring Fair was held in the market place of Ollerby on the first Tuesday of February from at least the fifteenth century until 1921. Farm servants who wanted a new place for the coming year stood in rows by the market cross, and farmers walked among them to strike a bargain for twelve months' work and board.[1]",
         "A servant who agreed terms was given a coin, the fastening penny, which bound both sides until the next Candlemas. Breaking the bargain without cause could cost a farmer the year's wage and a servant the chance of a place anywhere on the wolds.[2]")
q01 += ["", "1|The day of the fair", ""]
q01 += T("Shepherds wore a tuft of wool in their hats, waggoners a twist of whipcord and dairymaids a scrap of cloth from a milking apron, so that a farmer could see at a glance what each could do. Bargaining began at nine and was usually over by noon, after which the stalls, the shows and the public houses took over the rest of the day.[2]",
         "Wages were talked about for weeks before the fair. In the bad winter of 1879 the waggoners of the north wolds agreed among themselves not to stand for less than fourteen pounds a year, and most of them got it.[3]")
q01 += ["", "1|Decline and revival", ""]
q01 += T("The fair shrank after the Great War, as farms took on fewer living-in servants and hired day labour through the labour exchange. The last hirings are recorded in 1921, though the pleasure fair went on until 1939.",
         "Since 2031 the Ollerby Wolds Society has held a Candlemas fair in the market place on the old date, with a parade of working horses, a sheep-dog trial and a reading of the names of the servants hired at the last fair, taken from a farmer's pocket book that survives in the town museum.[4]")
q01 += ["", "Notes"]
q01 += ["1|1. Harland-Quaye, Sibyl (1974). Hiring Days on the Ollerby Wolds. Ollerby: Chalkpit",
        "1|Press. pp. 21–40.",
        "1|2. Brough, Nathaniel (1902). Reminiscences of a Wolds Waggoner. York Road Chapel Library. pp. 7–12.",
        "1|3. \"The waggoners stand firm\". Ollerby Advertiser. 8 February 1879. p. 3.",
        "1|4. Ollerby Wolds Society (2036). The Candlemas Fair Revived, 2031–2036. pp. 2–9."]
q01 += ["", "Categories: Fairs of the Ollerby wolds | Farm service | Candlemas customs",
        "Entry amended 17 February 2039",
        "Text is available under CC BY-SA 4.0 · Privacy · Contact the editors"]
emit("q01_almanac_possessive_tagline_entry_amended_note_wraps_capital", q01, [
    dict(title="Candlemas Hiring Fair", authors=[], date="2039-02-17", kind="encyclopedia entry", pub="Ollerby Almanac")],
    sidecar="url: https://ollerby-almanac.example/fairs/candlemas-hiring-fair", one_line=False,
    notes=["Left open: no genre label and no author, so `encyclopedia entry` as the earlier reference-work sets; the only date",
           "is `Entry amended` at the foot. The tagline (`the farmers' almanac of …`) is furniture. The first note wraps onto a",
           "line of its own (`Press. pp. 21–40.`), both lines text, so the file is not one line per paragraph."])

# q02: a gazetteer's entry: a donation call on one line right above the term (furniture, never the title), the tagline
# `From Dunmarrow Gazetteer, the county's gazetteer of …`; prose sentences shaped like a last-changed line (`first
# published in 1802 and revised in 1815`, text); `Sources` (not text) over `[n]` entries, the third wrapping onto a
# lower-case line; `Record updated on DATE at 16:20` (the date); a prompt and a footer. No author.
q02 = ["Dunmarrow Gazetteer", "Parishes   Manors   Lost villages   Maps   Help", "", "Search 4,100 places", "",
       "Keep the gazetteer free for everyone: donate £5 today",
       "Sallowby",
       "From Dunmarrow Gazetteer, the county's gazetteer of parishes, manors and deserted villages", ""]
q02 += T("Sallowby is a deserted village in the parish of Eastwold Magna, about two kilometres south of the church, where the Sallow beck leaves the clay vale. Its house platforms, hollow way and the outline of a small green can still be traced in the pasture known as Town Close.[1]",
         "The village is recorded with nineteen households in the tax list of 1377 and with six in 1524. By 1610 only the manor farm remained, and the last cottages were pulled down when the open fields were enclosed.[2]")
q02 += ["", "1|Enclosure", ""]
q02 += T("The enclosure award for Eastwold Magna and Sallowby was made in 1801. Its map was first published in 1802 and revised in 1815, when a dispute over the course of the beck was settled in favour of the manor, and the revised sheet is the only plan that shows the last houses of the village.[3]",
         "Nine families are named in the award as holding common rights in Sallowby. None of them is found in the parish registers after 1830, and a note in the vestry book records that the poor of Sallowby had all removed to the town.")
q02 += ["", "1|The site today", ""]
q02 += T("The earthworks were surveyed by the county archaeology service in 1998 and again in 2034, when a drone survey found a second row of house platforms under the ridge and furrow east of the green.[4] The field is grazed by sheep and can be seen from the public footpath between Eastwold Magna and Sallow Bridge.")
q02 += ["", "Sources"]
q02 += ["1|[1] Dunmarrow County Council, Historic Environment Record, monument no. 2271.",
        "1|[2] Fotheringay-Mbeki, Althea (1988). The Lost Villages of the Dunmarrow Vale. Eastwold: Marsh Lane Books. pp. 61–67.",
        "1|[3] Eastwold Magna and Sallowby Enclosure Award, 1801, with map of 1802 and the",
        "1|revised sheet of 1815. Dunmarrow Record Office, EA/14/2.",
        "1|[4] Dunmarrow Archaeology Service (2035). Sallowby Town Close: Earthwork and Drone Survey. Report 35/08."]
q02 += ["", "Record updated on 14 January 2039 at 16:20",
        "Spotted a mistake? Tell the gazetteer's editors.",
        "Dunmarrow Gazetteer is run by the Dunmarrow Local History Federation · Reuse of text allowed with credit · Privacy"]
emit("q02_gazetteer_county_s_tagline_donate_over_term_record_updated_at_time_source_wraps_lowercase", q02, [
    dict(title="Sallowby", authors=[], date="2039-01-14", kind="encyclopedia entry", pub="Dunmarrow Gazetteer")],
    one_line=False,
    notes=["Left open: no genre label and no author: `encyclopedia entry`. The donation call over the term is furniture, as",
           "is the tagline (`the county's gazetteer of …`). The date is `Record updated on … at 16:20` (the only date); the",
           "prose sentence `Its map was first published in 1802 and revised in 1815 …` is text. Source [3] wraps onto a",
           "lower-case line (both text), so the file is not one line per paragraph."])

# q03: a herbal's entry: logo, menu, the term (a plant) over `From Marlstone Herbal, the illustrated herbal of …` (an
# adjective before the site name's last word); `[n]` markers, headings, `References` (not text) over `1.` entries one per
# line; `Page revised DATE` (the date); share line; licence. No author.
q03 = ["Marlstone Herbal", "Plants   Uses   Gardens   Illustrations   About", "",
       "Sweet Cicely",
       "From Marlstone Herbal, the illustrated herbal of the hedgerows, meadows and cottage gardens of Marlstone", ""]
q03 += T("Sweet cicely is a tall perennial herb of the carrot family with soft, fern-like leaves that smell and taste of aniseed. In Marlstone it grows along the lanes of the upper Brent valley and in old churchyards, and it was once planted by most cottage doors in the district.[1]",
         "The plant flowers in May, with flat white heads that draw bees and hoverflies, and sets long dark seeds that were chewed by children and used to polish oak furniture.[2]")
q03 += ["", "1|Uses", ""]
q03 += T("Cooks in the valley stewed the leaves with rhubarb and gooseberries to take the sourness out of the fruit, which saved sugar in lean years. The roots were boiled and eaten cold with oil and vinegar, and a cordial of the leaves was given for coughs.[2][3]",
         "The Marlstone cheese makers wrapped soft cheeses in the leaves in summer. The practice was recorded by a visiting dairy inspector in 1911 and seems to have ended with the closing of the last farm dairy in the valley in 1952.[3]")
q03 += ["", "1|In the gardens", ""]
q03 += T("A survey of cottage gardens made by the Marlstone Gardens Circle in 2036 found sweet cicely in forty-one of the two hundred gardens visited, most of them on the older streets of Brentford Lees and Upper Marlstone. Many owners said the plant had been there longer than they had.[4]")
q03 += ["", "References"]
q03 += T("1. Ashgrove-Nakamura, Tilde (1999). Wild Flowers of the Brent Valley. Marlstone: Heron Press. p. 88.",
         "2. Pettifer, Ruth (1934). A Marlstone Receipt Book. Brentford Lees: the author. pp. 14, 57.",
         "3. Board of Agriculture (1911). Report on the Farm Dairies of the Upper Brent. p. 22.",
         "4. Marlstone Gardens Circle (2037). Cottage Gardens of Marlstone: A Survey. pp. 30–31.")
q03 += ["", "Page revised 2 June 2039",
        "Share: Email · Print · Copy link",
        "Illustrations © their artists · Text CC BY 4.0 · Marlstone Herbal is a project of the Marlstone Naturalists"]
emit("q03_herbal_illustrated_tagline_page_revised", q03, [
    dict(title="Sweet Cicely", authors=[], date="2039-06-02", kind="encyclopedia entry", pub="Marlstone Herbal")],
    sidecar="url: https://marlstone-herbal.example/plants/sweet-cicely",
    notes=["Left open: no genre label and no author: `encyclopedia entry`. The term is printed with capitals (`Sweet Cicely`)",
           "and is the title as printed. The tagline (`the illustrated herbal of …`) is furniture; the only date is",
           "`Page revised` at the foot."])

# q04 (negative): a town paper whose header slogan has the reference-work shape with a possessive (`From Kelmscote
# Courier, the valley's courier of …`: furniture, not a tagline over a term); menu; `Local news` (kind news) over the
# headline; `By NAME | DATE` on one line; text; share line; `First published DATE and revised DATE, 09:05` at the foot
# (the date is the byline's); a news prompt; copyright.
q04 = ["Kelmscote Courier",
       "From Kelmscote Courier, the valley's courier of news, sport and notices for Kelmscote, Abbots Lea and the Wend villages",
       "News     Sport     What's on     Notices", "",
       "Local news",
       "Abbots Lea bus will run on Sundays again from April",
       "By Linnea Obuya-Gresham | 12 March 2039", ""]
q04 += T("Sunday buses will return to Abbots Lea next month for the first time in six years, after the county agreed to pay for a trial service on the route between the village and Kelmscote station.",
         "The 41 will run every two hours from nine in the morning until seven in the evening, calling at Wend Cross and the hospital. The trial will last a year, and the county says it will keep the service only if an average of thirty people use each return journey.",
         "Villagers have campaigned for the service since the Sunday buses were withdrawn in 2033. A petition organised by the parish council last autumn gathered 1,240 names, more than the number of adults on the village's electoral roll.",
         "\"People have been taking taxis to visit their relatives in hospital, or not going at all,\" said Orla Quintana-Bell, who chairs the parish council. \"Thirty a journey is a lot for a village this size, but we intend to prove it can be done.\"",
         "The county's transport committee was told that the trial would cost £58,000, most of it met from a government fund for rural buses. The first Sunday service will leave Abbots Lea green at 9.05am on 6 April.")
q04 += ["", "Share this story: Facebook · WhatsApp · Email",
        "First published 12 March 2039 and revised 13 March 2039, 09:05",
        "Got a story from the valley? Email news@kelmscote-courier.example",
        "© 2039 Kelmscote Courier Ltd. All rights reserved."]
emit("q04_news_slogan_valley_s_courier_by_name_pipe_date_first_published_revised", q04, [
    dict(title="Abbots Lea bus will run on Sundays again from April", authors=["Linnea Obuya-Gresham"],
         date="2039-03-12", kind="news", pub="Kelmscote Courier")],
    sidecar="url: https://kelmscote-courier.example/news/abbots-lea-sunday-bus",
    notes=["Left open: the header slogan `From Kelmscote Courier, the valley's courier of …` is furniture, not a reference",
           "work's tagline; the section label `Local news` gives the kind news. The date is the byline's (`By NAME | DATE`),",
           "which the foot's `First published … and revised …` repeats before its revision date."])

# q05: a centre's event report (breadcrumb `… › Reports`; no author), `Posted DATE`; prose that mentions a meeting
# `hosted by` a harbour board (text); after the text `Participants` over four `NAME, Institution, Place` lines and
# `Hosted by NAME — role` (neither authors nor text); a sign-up prompt; `Page revised on DATE, 11:40` (the posted date
# stays the date); footer.
q05 = ["Corriemuir Centre for Coastal Policy", "Research   Events   People   Publications   Contact", "",
       "Home › Events › Reports", "",
       "Who pays when the sea comes in? A day on managed retreat in Skelwick",
       "Posted 20 January 2039", ""]
q05 += T("Forty people from councils, farms, insurers and harbour towns spent a day at the Centre last week on the question that every coastal parish on the east shore will face before long: when a stretch of coast can no longer be held, who decides to let it go, and who pays for what is lost?",
         "The morning began with the case of Skelwick itself, where eleven houses and a caravan park stand on a cliff that has retreated nine metres since 2030. Residents described a decade of meetings, among them a public inquiry hosted by the harbour board in 2036, that produced a great deal of paper and no decision.",
         "Several speakers argued that the present rules reward delay. A household that waits until its house is condemned can claim help with moving, while one that leaves early, when the house can still be sold, gets nothing. The insurers in the room agreed that the rules had been written for sudden floods, not slow losses.",
         "The afternoon turned to farmland. A tenant from the Holm marshes explained that her landlord had been paid to let the sea walls go, while she, as tenant, had lost a third of her grazing and received no share of the payment. Nobody in the room could point to a scheme that would have helped her.",
         "There was broad agreement on one point: that parishes should draw up their own plans for retreat, with money to buy land inland before it is needed, rather than wait for the county to act. The Centre will publish a short paper on how such plans might be paid for in the spring.")
q05 += ["", "Participants",
        "Dr Hennessy Obiora-Vance, School of Earth Sciences, University of Carrick, Carrick",
        "Marit Sollasdottir, Skelwick Cliff Residents' Group, Skelwick",
        "Jarlath Ibsen-Moore, North Sea Mutual, Grimsay",
        "Constance Adair-Whitlow, tenant farmer, Holm Marshes", "",
        "Hosted by Professor Lachlan Odede-Ferris — Director, Corriemuir Centre for Coastal Policy", "",
        "Want to hear about our next event? Sign up to the Centre's mailing list.",
        "Page revised on 9 February 2039, 11:40",
        "© 2039 Corriemuir Centre for Coastal Policy, University of Carrick · Accessibility · Privacy"]
emit("q05_event_report_participants_commas_hosted_by_em_dash_after_text_page_revised_on_time", q05, [
    dict(title="Who pays when the sea comes in? A day on managed retreat in Skelwick", authors=[], date="2039-01-20",
         kind="report", pub="Corriemuir Centre for Coastal Policy")],
    notes=["Left open: the page names no author; `Participants` and `Hosted by …` after the text list the event's people,",
           "neither authors nor text. Kind from the breadcrumb's last genre item `Reports` (singular). The date is `Posted`;",
           "the later `Page revised on …, 11:40` at the foot does not replace it. The centre prints its own name and menu, so",
           "it is the publication (not the university named in the copyright line)."])

# q06: a quarterly's book review: the name over a menu of four items separated by runs of spaces, `REVIEWS` over one
# piece (kind review), the headline, `By NAME` and a date, then the book's details and `Contributors:` over four
# `NAME (Institution)` lines before the text (the reviewer is the author; the book's editor and contributors are not;
# none of those lines is text); a subscribe call and copyright at the foot.
q06 = ["Fennick Quarterly", "Current issue    Archive    Reviews    Subscribe", "",
       "REVIEWS",
       "The carriers who kept the inland salt moving",
       "By Peregrine Oyelowo-Marsh",
       "4 December 2038", "",
       "The Inland Salt Roads: Carriers, Tolls and Markets, 1650–1850",
       "Edited by Hesper Okonkwo-Lyle. Tollbridge Press, 2038. 296 pp. £28.",
       "Contributors:",
       "Ambrose Kettleby (University of Wendmouth)",
       "Priya Castellane-Dunn (Saltways Archive)",
       "Lowri Achterberg (independent scholar)",
       "Emeka Holroyd-Saar (Fennick Museum of Trade)", ""]
q06 += T("For two centuries the salt that seasoned the food of the western shires came out of the brine pits of the Wych valley on the backs of packhorses and, later, in the carts of men whose names almost nobody wrote down. This collection sets out to recover them, and for the most part it succeeds.",
         "The strongest chapters are those built on toll books. Kettleby's study of the bridge tolls at Hollin Ford counts every salt load that crossed in three sample years, and shows that the trade was carried less by the big carrying firms than by farmers who took a load of salt out and a load of cheese back between harvest and ploughing.",
         "Castellane-Dunn follows the same farmers into the markets, using the market books of four towns to show how salt was sold by the bushel in some places and by the cake in others, and how carriers who knew both measures made a living from the difference. It is the most original chapter in the book, and the most readable.",
         "The collection is weaker on the end of the trade. The coming of the canal to the Wych valley in 1779 is treated in a single paragraph, and the reader is left to guess how the carriers who lost their loads to the boats earned a living afterwards. Achterberg's closing essay on salt in folk medicine sits awkwardly with the rest.",
         "These are small complaints about a book that opens up a trade historians have mostly ignored. The maps, drawn for the volume from the toll books, are a model of their kind, and the index of carriers' names, more than six hundred of them, will be used by family historians for years to come.")
q06 += ["", "Support the Quarterly: subscribe from £18 a year",
        "© 2038 Fennick Quarterly · Published by the Fennick Historical Society · Contact"]
emit("q06_quarterly_menu_runs_of_spaces_reviews_label_byline_then_contributors_brackets_before_text", q06, [
    dict(title="The carriers who kept the inland salt moving", authors=["Peregrine Oyelowo-Marsh"], date="2038-12-04",
         kind="review", pub="Fennick Quarterly")],
    sidecar="url: https://fennick-quarterly.example/reviews/inland-salt-roads",
    notes=["Left open: `REVIEWS` over one piece gives the kind review (singular). The byline is the author; the book's",
           "details (its title, `Edited by …` and the publisher's line) and `Contributors:` with its four `NAME (Institution)`",
           "lines before the text describe the book under review: not authors and not text."])

# q07: a policy review's analysis: the name over a menu of four items separated by runs of spaces, `ANALYSIS`, the
# headline, two authors with their roles after commas on the byline, a date; `[n]` markers; `Notes` (not text) over `1.`
# entries one per line; after the notes `Respondents at the launch seminar` over `NAME – Institution` lines and
# `Introduced by NAME — role` (not authors, not text); footer.
q07 = ["Ardlow Review", "Analysis     Data     Events     About", "",
       "ANALYSIS",
       "Why the upland water levy raises less every year",
       "By Oriel Fanshawe-Ikeda, senior fellow, and Tobiah Mensah-Carr, research associate",
       "27 May 2039", ""]
q07 += T("When the upland water levy was introduced in 2032, it was meant to pay for itself and more: a charge on every cubic metre of water taken from the hill reservoirs, with the money returned to the catchments to pay farmers to block drains and restore peat.[1] Seven years on, the levy raises a third less than it did in its first year, and the gap is growing.",
         "The reason is not that less water is being taken. Abstraction from the hill reservoirs has been roughly flat since 2033.[2] It is that the levy was set as a fixed sum per cubic metre and has never been raised, while the cost of the work it pays for has risen by more than forty per cent.",
         "The second cause is the exemptions. The original scheme exempted water used for public supply in drought years, a sensible concession at the time. But the definition of a drought year was written loosely, and in four of the last six years the water companies have claimed the exemption for most of their summer abstraction.[3]",
         "Neither problem is hard to fix. Tying the levy to a construction cost index would have kept its value, and a drought year could be defined by the reservoir levels the companies already publish. Both changes were proposed in the levy's five-year review in 2037, and neither has been made.",
         "Until they are, the catchment boards will go on promising farmers work they cannot pay for. Two boards have already halved their programmes for next year, and a third has stopped taking new applications altogether.[4]")
q07 += ["", "Notes"]
q07 += T("1. Upland Water Levy Regulations 2032, schedule 2.",
         "2. Ardlow Water Authority, Annual Abstraction Returns, 2032–2038.",
         "3. Catchment Boards' Forum (2038). The Drought Exemption in Practice. p. 9.",
         "4. Hesketh and Moss Catchment Board, minutes of 3 April 2039, item 6.")
q07 += ["", "Respondents at the launch seminar",
        "Dagny Wolstenholme – Hesketh and Moss Catchment Board",
        "Femi Aldergrove-Pask – Upland Farmers' Union",
        "Saoirse Blythe-Moreno – Ardlow Water Authority", "",
        "Introduced by Caspian Nwachukwu-Lees — chair of the Ardlow Review's board", "",
        "Ardlow Review is an independent charity. Registered charity no. 1201187 · Privacy · Accessibility"]
emit("q07_review_menu_runs_of_spaces_analysis_two_authors_roles_after_commas_respondents_en_dash_after_notes", q07, [
    dict(title="Why the upland water levy raises less every year", authors=["Oriel Fanshawe-Ikeda", "Tobiah Mensah-Carr"],
         date="2039-05-27", kind="analysis", pub="Ardlow Review")],
    notes=["Left open: the byline names two authors, each followed by a role after a comma (the roles are not names). The",
           "respondents listed after the notes (`NAME – Institution`) and `Introduced by NAME — role` are the launch",
           "seminar's people, not authors and not text."])

# q08: a conservation charity's news story: menu, breadcrumb `Home › News`, a one-line call to join right above the
# headline (furniture), `Words and pictures by NAME`, text, then `This story was first published on DATE and revised on
# DATE …` (the first date is the date), share line, footer.
q08 = ["Tarn and Fell Trust", "Our places   Get involved   News   Shop   Donate", "",
       "Home › News", "",
       "Join the Trust from £4 a month and help care for the fells",
       "The falls at Scarth Gill have their path back",
       "Words and pictures by Ffion Adebayo-Marsh", ""]
q08 += T("For the first time since the storms of the winter before last, walkers can once again follow the old path up the side of Scarth Gill to the foot of the upper falls.",
         "The storms took out two footbridges and a hundred metres of the path, and left a landslip of boulders across the gorge that our rangers judged too unstable to cross. For most of last year the only way to the falls was a long detour over the open fell.",
         "The repair took a team of four rangers and more than sixty volunteers eleven weeks. The boulders were broken and used to pitch a new stone path on the line of the old one, and the two footbridges were rebuilt a metre higher, above the level the storm floods reached.",
         "Volunteers carried every plank of the bridges up from the road by hand. \"There is no vehicle track within a mile,\" said the ranger Tomos Halloran-Iwu. \"We worked out that the volunteers walked about four hundred miles between them, most of it uphill with timber on their shoulders.\"",
         "The upper falls drop twenty-six metres into a pool that has been a favourite of swimmers for generations. We ask visitors to keep to the path on the last stretch, where the new pitching is still settling, and to take care on the rocks by the pool, which stay slippery long after rain.")
q08 += ["", "This story was first published on 3 April 2039 and revised on 11 April 2039 to correct the height of the falls.",
        "Share: Facebook · Email · Copy link",
        "Tarn and Fell Trust is a registered charity (no. 1187730) · Privacy · Cookies"]
emit("q08_charity_join_call_above_headline_words_and_pictures_by_first_published_and_revised_on", q08, [
    dict(title="The falls at Scarth Gill have their path back", authors=["Ffion Adebayo-Marsh"], date="2039-04-03",
         kind="news", pub="Tarn and Fell Trust")],
    sidecar="url: https://tarnandfell.example/news/scarth-gill-path-reopened",
    notes=["Left open: `Join the Trust from £4 a month …` right above the headline is furniture, never the title. The kind is",
           "news from the breadcrumb `Home › News`. The only dates are in the closing line `first published on DATE and revised",
           "on DATE …`: the first-published date is the date, and the line itself is furniture."])

# q09: a regional paper: the name over a menu of five items separated by runs of spaces, `Regional news` (kind news), the
# headline, `Reporting by NAME; editing by NAME` (the reporter is the author, the editor is not), a dated line, a
# one-line call to get the paper's app right below the byline block (furniture), text, `Updated DATE at 18:10`, footer.
q09 = ["Pellbridge Gazette", "News   Sport   Property   Jobs   Puzzles", "",
       "Regional news",
       "Pellbridge flour mill to close after 140 years with loss of 86 jobs",
       "Reporting by Anselm Okoro-Breck; editing by Maud Fairweather-Singh",
       "8 August 2039",
       "Get the Gazette app for alerts as news breaks", ""]
q09 += T("The Riverside flour mill in Pellbridge, which has ground wheat on the same site since 1899, will close at the end of the year, its owners told staff on Thursday morning.",
         "Harrowden Milling said the mill was too small and too old to compete with the large port mills that now supply most of the country's bakers, and that modernising it would cost more than building a new mill elsewhere. All 86 staff will be offered redundancy or a move to the company's mill at Saltbridge, fifty miles away.",
         "The mill buys most of its wheat from farms within thirty miles of the town. The county farmers' association said its members would now face a longer haul for their grain, and that some smaller growers might stop growing milling wheat altogether.",
         "Workers leaving the morning shift said the news had not come as a surprise. \"We have seen the orders dropping for two years,\" said a packer who has worked at the mill for nineteen years and asked not to be named. \"But it is still hard to hear it said out loud.\"",
         "The town's member of parliament, Genevieve Akintola-Rusk, said she would ask the company to keep the mill open while a buyer was sought. The mill's silos, which can be seen from every road into Pellbridge, are listed buildings and cannot be demolished.")
q09 += ["", "Updated 8 August 2039 at 18:10",
        "Have you been affected? Contact our newsdesk on 01632 960 417",
        "© 2039 Pellbridge Gazette · Part of Wessamere Newspapers · Terms · Privacy"]
emit("q09_gazette_menu_runs_of_spaces_regional_news_reporting_by_editing_by_app_call_below_byline", q09, [
    dict(title="Pellbridge flour mill to close after 140 years with loss of 86 jobs", authors=["Anselm Okoro-Breck"],
         date="2039-08-08", kind="news", pub="Pellbridge Gazette")],
    notes=["Left open: in `Reporting by NAME; editing by NAME` only the reporter is an author (the editor's credit is not",
           "authorship). `Regional news` gives the kind news. The app call below the byline block is furniture, and so is",
           "the standing appeal `Have you been affected? Contact our newsdesk …`. The date is the dated line; `Updated … at",
           "18:10` on the same day leaves it unchanged."])

# q10: a reader-funded magazine's dispatch: menu, `DISPATCH` (kind dispatch), a support call right above the headline
# (furniture), the headline, `NAME reports from PLACE` (the author), a date, text, share line, a donate line and footer.
q10 = ["Longitude", "Dispatches   Essays   Podcasts   About", "",
       "DISPATCH",
       "Support our reporting: become a Longitude member today",
       "On the last ferry out of Vessmark, nobody talks about the strike",
       "Casimir Ndlovu-Harte reports from Vessmark",
       "16 October 2038", ""]
q10 += TB("The last ferry of the evening leaves Vessmark harbour at ten past nine, and on the night I took it there were eleven passengers, four cars and a lorry full of empty fish boxes.",
          "For three weeks the island's fish processors have been on strike over a new shift pattern that would have them start at four in the morning. The factory gates are shut, the boats land their catch on the mainland, and the boxes travel back empty.",
          "Nobody on the ferry wanted to talk about it. A woman with two children said only that her husband worked at the factory and that they were going to stay with her sister until it was over. A man in a factory fleece turned away when I asked his name.",
          "On the island, the strike is everywhere and nowhere. The shop has put up a jar for the strikers' fund beside the till, and the bar has stopped showing football so that the strike committee can meet there in the evenings. But people lower their voices when they speak of it, as if the factory might hear.",
          "The owners say they will not change the shift pattern. The strike committee says it will not go back until they do. Between them, an island of fourteen hundred people waits, and the ferry sails out each evening a little emptier than the night before.")
q10 += ["", "Share: Email · Copy link",
        "Longitude is funded by its readers. Donate once or monthly.",
        "© 2038 Longitude Media Cooperative · Privacy · Terms"]
emit("q10_dispatch_support_call_above_headline_name_reports_from_place", q10, [
    dict(title="On the last ferry out of Vessmark, nobody talks about the strike", authors=["Casimir Ndlovu-Harte"],
         date="2038-10-16", kind="dispatch", pub="Longitude")],
    sidecar="url: https://longitude.example/dispatches/vessmark-ferry-strike",
    notes=["Left open: `DISPATCH` is the piece's label (kind dispatch). The support call right above the headline is",
           "furniture. `NAME reports from PLACE` names the author (the place is not part of the name). The masthead prints",
           "`Longitude`; the copyright's `Longitude Media Cooperative` is the company, so the publication is `Longitude`."])

# q11: an institute's commentary: breadcrumb `Home › Commentary` (kind commentary), a sign-up call right above the
# headline (furniture), `By NAME | DATE` on one line, `[n]` markers, `Endnotes` (not text) over `1.` entries of which the
# third wraps after a comma onto a line opening with `no.`; footer.
q11 = ["Halloran Institute for Rural Affairs", "Research   Commentary   Events   Donate", "",
       "Home › Commentary", "",
       "Sign up for our weekly briefing. It's free.",
       "The village shop is a public service. It is time we paid for it like one",
       "By Rosalind Egwu-Tallis | 22 September 2039", ""]
q11 += T("Every year about two hundred village shops close for good, and with each one a village loses more than a place to buy milk.[1] It loses the post counter, the parcel drop, the cash machine and, for many older people, the only conversation they will have that day.",
         "We already accept that some services must be paid for because the market will not provide them. Rural bus routes are subsidised, so are village schools far below the size that would make them pay, and nobody thinks that odd.[2] The village shop does much of the same work and gets almost none of the same help.",
         "The sums are small. A study of shops in three counties found that the typical village shop that closed had been losing between four and nine thousand pounds a year, less than the cost of a single subsidised bus route.[3] Community-owned shops have shown that with volunteer help and a little capital most of these losses can be closed.",
         "What is missing is a standing fund that a parish could draw on, not a one-off grant that runs out after three years. The money could come from the rural services grant that already goes to councils, ring-fenced so that it cannot be spent on something else.[4]",
         "A shop that closes rarely reopens. If we want villages that older people can go on living in, we should treat the shop as we treat the bus and the school, as part of what a village needs, and pay for it before it is gone.")
q11 += ["", "Endnotes"]
q11 += ["1|1. Association of Village Retailers (2039). Village Shops Report 2039. p. 4.",
        "1|2. Department for Rural Communities (2038). Rural Transport and Schools: Spending Tables. Table 7.",
        "1|3. Oyediran-Holt, Magnus (2037). \"Why village shops close\", Journal of Rural Economy, vol. 41,",
        "1|no. 3, pp. 211–229.",
        "1|4. Halloran Institute (2039). A Fund for Village Services. Briefing 39/06."]
q11 += ["", "The views expressed are the author's own.",
        "Halloran Institute for Rural Affairs · Registered charity no. 1194402 · Privacy · Contact"]
emit("q11_commentary_sign_up_call_above_headline_by_name_pipe_date_endnote_wraps_after_comma", q11, [
    dict(title="The village shop is a public service. It is time we paid for it like one", authors=["Rosalind Egwu-Tallis"],
         date="2039-09-22", kind="commentary", pub="Halloran Institute for Rural Affairs")],
    one_line=False,
    notes=["Left open: the kind is the breadcrumb's last genre item `Commentary`; the sign-up call right above the headline is",
           "furniture. Endnote 3 wraps after a comma onto a line opening `no. 3, …` (both text), so the file is not one line",
           "per paragraph. `The views expressed are the author's own.` is the institute's standing line (furniture)."])

# q12: a museum's news page: breadcrumb `Home › News` (kind news), the headline, `Words and pictures by NAME`, a date,
# then before the text `On the panel:` over three `NAME — role` lines and `Hosted by NAME — role` (not authors, not text);
# prose naming people in the room (text); a booking prompt and footer.
q12 = ["Wendmouth Maritime Museum", "Visit   What's on   Collections   Learning   Support us", "",
       "Home › News", "",
       "A curator, a model maker and a naval architect argue over the museum's oldest ship",
       "Words and pictures by Idris Kalumba-Frost",
       "2 March 2039", "",
       "On the panel:",
       "Ysolde Pennack — curator of ship models",
       "Barnabas Oduya-Lindgren — model maker",
       "Hallvard Crewe-Mbatha — naval architect", "",
       "Hosted by Marguerite Okpara-Dunne — Head of Learning", ""]
q12 += T("The oldest ship in the museum's collection is a model little more than a metre long, and for most of the hundred and twenty years it has been on show nobody has been quite sure what it is.",
         "Last Thursday evening, in front of a full lecture room, three people who have spent years looking at it set out their answers. The model came to the museum in 1919 with a label that called it simply a Wendmouth trader. It has the hull of a ship from the 1760s, but its rigging is of a kind not seen in the port until decades later.",
         "The curator argued that the model had been re-rigged in the nineteenth century by an owner who wanted it to look like the ships he knew. The model maker thought the rigging was original and that the hull had been copied from an older model. The naval architect, who has measured the hull, said the lines were too fair for a copy and too odd to be a design anyone had built.",
         "Among those in the room were two descendants of the family that gave the model to the museum, who brought with them a photograph of it on a sideboard in 1890, rigged exactly as it is now. That, the curator conceded, pushes the re-rigging back at least thirty years.",
         "The evening ended without a verdict, as the host had promised it would. The museum will X-ray the hull this summer, which may show whether the masts were ever moved, and the results will be shown beside the model in the autumn.")
q12 += ["", "Our next evening talk is on 6 April. Book a free place on the What's on page.",
        "Wendmouth Maritime Museum is run by the Wendmouth Maritime Trust, registered charity no. 1173390 · Privacy · Accessibility"]
emit("q12_museum_news_words_and_pictures_by_panel_em_dash_roles_hosted_by_before_text", q12, [
    dict(title="A curator, a model maker and a naval architect argue over the museum's oldest ship", authors=["Idris Kalumba-Frost"],
         date="2039-03-02", kind="news", pub="Wendmouth Maritime Museum")],
    notes=["Left open: `Words and pictures by NAME` names the author; the panel (`NAME — role`) and `Hosted by NAME — role`",
           "before the text are the evening's people, not authors and not text. `Among those in the room were …` in the",
           "prose is text. Kind news from the breadcrumb `Home › News`."])
