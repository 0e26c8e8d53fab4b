"""cases30-new: new cases of the shapes the import rules were fitted to after cases29-new (reference-work taglines and
the slogan they repeat, a labelled date line with short fields next to the title, a title bar over a masthead with or
without "The", a list of sections under a long title, caret references after a `See also` list) and negatives (a list
announced by a colon, an author card, a breadcrumb over navigation lines), written by a helper before any run from
sites, people and places of the writer's own invention. Web pages, one line per paragraph. Lines starting with "<n>|"
are article n's text; the label file is written from them. Run: python3 gen.py"""
import re

def emit(name, lines, arts, sidecar=None, one_line=True):
    out, ranges = [], {}
    for ln in lines:
        m = re.match(r"^(\d)\|(.*)$", ln)
        if m:
            n = int(m.group(1)); out.append(m.group(2)); ranges.setdefault(n, []).append(len(out))
        else:
            out.append(ln)
    open(f"{name}.txt", "w").write("\n".join(out) + "\n")
    def spans(nums):
        res, s, p = [], None, None
        for x in nums:
            if s is None: s = p = x
            elif x == p + 1: p = x
            else: res.append((s, p)); s = p = x
        res.append((s, p))
        # a blank line inside an article's text joins its ranges only when both sides are text
        merged = []
        for a, b in res:
            if merged and all(out[k - 1].strip() == "" for k in range(merged[-1][1] + 1, a)): merged[-1] = (merged[-1][0], b)
            else: merged.append((a, b))
        return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in merged)
    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    if one_line: lab.append("one_line_per_paragraph: true")
    lab.append("articles:")
    def q(v): return "null" if v is None else f'"{v}"'
    for n, a in enumerate(arts, 1):
        lab += [f'  - title: "{a["title"]}"', f'    authors: [{", ".join(chr(34)+x+chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: {q(a["pub"])}',
                f'    volume: {a.get("volume", "null")}', f'    issue: {a.get("issue", "null")}', f'    text: [{spans(ranges[n])}]']
    open(f"{name}.labels.yml", "w").write("\n".join(lab) + "\n")
    if sidecar: open(f"{name}.yml", "w").write(sidecar + "\n")
    return out

def T(*pars):
    return [f"1|{p}" for p in pars]

# k01: a reference almanac's entry: logo line and menu, the term, then the tagline `From SITE, the free companion to …`
# whose description comes back alone as the footer's slogan line; `[n]` markers, two headings, a `See also` list (not
# text), then `Notes` whose entries open with a caret (`^ …`, `^ a b …`): the entries are text, the heading not.
k01 = ["Hivecraft Almanac", "Entries   Seasons   Tools   Pests and diseases   About   Donate", "Search the almanac", "",
       "Queen excluder", "From Hivecraft Almanac, the free companion to beekeeping in cold climates", ""]
k01 += T("A queen excluder is a flat grid laid between the brood box and the honey supers of a hive. Its gaps are wide enough for worker bees to pass but too narrow for the larger queen, so that she lays her eggs only in the boxes below and the honey above stays free of brood.[1]")
k01 += ["", "1|Kinds of excluder", ""]
k01 += T("The oldest pattern is a sheet of zinc punched with slots. Zinc excluders are cheap and light, but the punched edges can tear the wings of workers forced through them in a heavy flow.[2] Wire excluders, made of round rods held in a frame, are kinder to the bees and last longer, and most keepers in the northern valleys now prefer them.[3]",
         "Plastic excluders came into use in the 2010s. They are the cheapest of all but warp in hot weather and grow brittle after a few winters outdoors.[3]")
k01 += ["", "1|In cold climates", ""]
k01 += T("Where winters are long many keepers take the excluder out in autumn. A colony that clusters for warmth moves slowly upward through its stores, and an excluder left in place can strand the queen below the cluster, where she dies of cold while the workers survive above her.[2][4]",
         "Some keepers in the Tarran uplands leave the excluder in but turn it so that a wider gap at one edge lets the queen follow the cluster. The almanac's contributors disagree about whether this works, and no trial of it has been published.[4]")
k01 += ["", "See also", "Brood box", "Honey super", "Winter cluster", "Swarm control", "", "Notes"]
k01 += T("^ Gallacher-Moyo, Iselin (2029). The Northern Hive. Larkspur Press. pp. 55–58.",
         "^ a b Thewlis, Orman (2031). \"Wing damage in workers passing punched zinc excluders\". Bulletin of Upland Apiculture. 22 (1): 14–19.",
         "^ a b Hautala, Brisk; Fenn, Corwen (2033). Hive Parts and Their Uses. Coldharbour Beekeepers' Association.",
         "^ a b Ruane, Maelis (2034). Keeping Bees Above the Tree Line. Larkspur Press. p. 102.")
k01 += ["", "Categories: Hive equipment | Hive management | Overwintering",
        "This entry was last revised on 18 February 2035, at 16:05.", "",
        "The free companion to beekeeping in cold climates",
        "Text is shared under CC BY-SA 4.0 · About Hivecraft Almanac · Privacy · Contact the editors"]
emit("k01_almanac_tagline_slogan_in_footer_caret_notes", k01, [
    dict(title="Queen excluder", authors=[], date="2035-02-18", kind="encyclopedia entry", pub="Hivecraft Almanac")],
    sidecar="url: https://hivecraft-almanac.example/entries/queen-excluder")

# k02: a field manual's page: masthead and its slogan line, the menu, then a labelled date line with short fields after
# `·` directly above the term (the date, not the title), the tagline `From the SITE, the open manual of …` repeating the
# slogan; `[n]` markers, two headings, a `See also` list (not text), `References` numbered `1. ^ …` (text, heading not).
k02 = ["Fellguard Field Manual", "The open manual of mountain rescue practice for volunteer teams",
       "Contents   Techniques   Casualty care   Equipment   Training   About", "",
       "Last reviewed 3 March 2035 · Checked by the training panel · 6 min read", "Stretcher lowering",
       "From the Fellguard Field Manual, the open manual of mountain rescue practice for volunteer teams", ""]
k02 += T("A stretcher lower is the controlled descent of a loaded stretcher down ground too steep to carry it safely, on a rope run through a braking device at an anchor above. Teams use it on crags, steep grass and loose gullies, and it is one of the techniques every team member is expected to know before going out on a call.[1]")
k02 += ["", "1|Setting up the lower", ""]
k02 += T("The main rope runs from the stretcher's bridle to a braking device on an anchor of at least two independent points, and a second rope on its own anchor acts as a backup.[2] The anchor team should stand well back from the edge, and one person on it does nothing but manage the backup rope.",
         "Two or three barrow boys stay with the stretcher, guiding it over the ground and keeping it level. They must never take the weight of the stretcher themselves; if they find they are holding it up, the lower has gone too fast and should be stopped.[2][3]")
k02 += ["", "1|Calls and signals", ""]
k02 += T("Wind and distance make shouted calls unreliable, so teams agree a short set of calls before the lower starts: down, slow, stop, and rope free. Every call is repeated back by the anchor before it is acted on.[1] Where the anchor cannot see the stretcher, a single team member is posted on the edge to relay calls and does nothing else.[4]")
k02 += ["", "See also", "Belay anchors", "Barrow boys", "Casualty packaging", "Stretcher carry on scree", "", "References"]
k02 += T("1. ^ a b Oduya-Fairbairn, Kestrel (2030). Rope Work for Rescue Teams. Scarsdale Books. pp. 88–97.",
         "2. ^ a b Lintott, Morwenna (2033). \"Backup systems in low-angle rescue\". Journal of Upland Rescue. 11 (3): 201–209.",
         "3. ^ Fellguard Training Panel (2034). Barrow Boy Handbook. Fellguard Rescue Association.",
         "4. ^ Acheson, Padraig (2032). Calls on the Crag: Communication in Technical Rescue. Scarsdale Books. p. 41.")
k02 += ["", "Was this page useful?  Yes  No", "Report an error on this page",
        "The Fellguard Field Manual is maintained by volunteers of the Fellguard Rescue Association. Content licensed under CC BY 4.0."]
emit("k02_field_manual_dated_fields_above_term_numbered_carets", k02, [
    dict(title="Stretcher lowering", authors=[], date="2035-03-03", kind="encyclopedia entry", pub="Fellguard Field Manual")])

# k03: a magazine page whose first line is its title bar `TITLE — SITE` (the site's name without "The"); the masthead
# below prints `The SITE` with its slogan, as the copyright line does: the masthead's form is the publication. `REVIEW`
# label, title, a deck (not text), byline and date.
k03 = ["The lamp-makers who kept Cobble Wynd lit — Brackwater Packet", "The Brackwater Packet",
       "Arts, ideas and the life of the Brackwater towns", "Home   Arts   Books   Ideas   Listings   Subscribe",
       "Sign in", "", "REVIEW", "The lamp-makers who kept Cobble Wynd lit",
       "A small show at the Quayside Gallery gives four generations of one workshop the room they deserve",
       "By Ottilie Marchbank-Yusuf", "2 March 2035", ""]
k03 += T("For a hundred and twelve years the Sandeman workshop on Cobble Wynd made the lamps that lit the Brackwater harbour, its streets and, for a while, half the lighthouses on the coast. The workshop closed in 2019 and its contents went to a shed on the edge of town. The Quayside Gallery has now brought some of them back into the light.",
         "The show is small, two rooms and perhaps sixty objects, but it is arranged with great care. The first room holds the lamps themselves, from a brass street lantern of the 1910s to the last order the workshop filled, a set of reading lamps for the town library. The second room holds the tools, patterns and order books, and it is here that the show comes alive.",
         "The order books are the best thing in it. Written in four different hands over a century, they record who bought what, for how much, and occasionally why. One entry from a winter in the 1950s notes simply that a fisherman's widow was charged nothing for a lamp for the window.",
         "If the show has a fault it is that it says too little about the people who worked there beyond the family. The order books mention apprentices by their first names only, and I left wanting to know what became of them.",
         "The show runs at the Quayside Gallery until 28 June and entry is free. Go on a weekday morning, when the rooms are quiet enough to sit with the order books for as long as they deserve.")
k03 += ["", "More reviews", "Three new books about the harbour towns · The winter concert season, reviewed",
        "Support independent arts writing: become a member", "© 2035 The Brackwater Packet · About · Privacy · Contact"]
emit("k03_review_title_bar_dash_masthead_with_the", k03, [
    dict(title="The lamp-makers who kept Cobble Wynd lit", authors=["Ottilie Marchbank-Yusuf"], date="2035-03-02",
         kind="review", pub="The Brackwater Packet")],
    sidecar="url: https://brackwater-packet.example/reviews/sandeman-lamps-quayside-gallery")

# k04: a paper's page whose first line is its title bar `TITLE · SITE`; the masthead prints the name without "The" (the
# publication as printed); `ANALYSIS` label, the title, then directly under it a labelled date line with short fields
# after `|` (the date, not the title), the byline.
k04 = ["Why the upland bus routes keep being cut · Harrowdene Observer", "Harrowdene Observer",
       "News   Politics   Analysis   Business   Sport   Weather", "Sign in | Subscribe", "", "ANALYSIS",
       "Why the upland bus routes keep being cut",
       "Updated 9 April 2035 | Figures checked by our data team | 5 min read", "By Ines Cardoso-Whitlock", ""]
k04 += T("Since 2031 the number of bus routes serving the villages above Harrowdene has fallen from fourteen to six. Each cut has been announced separately, usually a few weeks before it happens, and each time the operator has blamed falling passenger numbers. The figures tell a more complicated story.",
         "Passenger numbers on the upland routes did fall sharply in 2031 and 2032, by almost a third. But since then they have recovered on every route that survived, and on two of them they are now higher than before. What has not recovered is the subsidy the county pays to keep the routes running, which was cut by forty per cent in 2032 and has not been raised since.",
         "The operator, Dale & Moor Buses, runs the upland routes under contracts with the county that are renewed every three years. When a contract comes up, the county sets the subsidy it can afford and asks for bids. On four occasions since 2031 nobody has bid, and the route has simply stopped.",
         "County councillors say the subsidy was cut because the government grant that pays for it was cut. That is true, but the county has also chosen to spend more of what remains on routes in the town. Residents of the upland villages, who make up about a tenth of the county's population, now receive about a twentieth of its bus subsidy.",
         "None of this is hidden. The contracts and the subsidy figures are published each year, if you know where to look. But nobody has set them side by side before, and when you do, the pattern is hard to miss.")
k04 += ["", "More analysis", "What the new housing target means for the dales · How the county spends its road budget",
        "© 2035 Harrowdene Observer. All rights reserved. · Terms · Privacy · Cookies"]
emit("k04_analysis_title_bar_dot_masthead_without_the_dated_fields_under_title", k04, [
    dict(title="Why the upland bus routes keep being cut", authors=["Ines Cardoso-Whitlock"], date="2035-04-09",
         kind="analysis", pub="Harrowdene Observer")])

# k05: a local newsroom's `EXPLAINER` under a long title: its four sections as a bulleted list set apart by blank lines,
# then `Reporting by NAME` and the date, the text opening with the first section's heading (the list is not text).
k05 = ["Gristhorpe Ledger", "Local news for Gristhorpe and the Sable valley",
       "News | Council | Schools | Explainers | Sport | Donate", "", "EXPLAINER",
       "Everything you need to know about the plan to close two of Gristhorpe's primary schools", "",
       "• Which schools are affected", "• Why the council wants to close them", "• Where the children would go",
       "• What happens next", "", "Reporting by Halvard Osei-Brennan", "14 May 2035 at 6:30 am", ""]
k05 += T("Which schools are affected",
         "The plan covers Fennick Road Primary, in the north of the town, and St Aldric's Primary in Lower Gristhorpe. Between them the two schools teach about 260 children, and both have places for many more than that.",
         "Why the council wants to close them",
         "The council says the number of children starting school in Gristhorpe has fallen by a quarter in eight years, and that half-empty schools cost almost as much to run as full ones. It expects to save about £900,000 a year by moving the children to three other schools in the town.",
         "Where the children would go",
         "Children at Fennick Road would move to Harrow Lane Primary, about a mile away. Children at St Aldric's would be offered places at either Millgate or Sable Bank. The council says it would pay for a bus for children who live more than two miles from their new school.",
         "What happens next",
         "A consultation runs until 30 June, and there will be meetings at both schools in June. The council's cabinet will make a decision in September. If it goes ahead, both schools would close at the end of the summer term in 2036.")
k05 += ["", "Have a question we have not answered? Email the newsroom and we will try to find out.",
        "Gristhorpe Ledger is an independent, reader-funded newsroom. © 2035 · About · Privacy"]
emit("k05_explainer_bulleted_sections_byline_date_after", k05, [
    dict(title="Everything you need to know about the plan to close two of Gristhorpe's primary schools",
         authors=["Halvard Osei-Brennan"], date="2035-05-14", kind="explainer", pub="Gristhorpe Ledger")],
    sidecar="url: https://gristhorpe-ledger.example/explainers/primary-school-closures")

# k06: a paper's travel piece under a topic breadcrumb (no genre: a feature), its four sections listed directly under the
# long title (no blank line, no bullets), then the date and `By NAME, ROLE`; the text opens with the first section's
# heading (the list is not text).
k06 = ["Ellerby Courant", "Home   News   Travel   Business   Sport   Opinion", "Travel › Rail",
       "Rail replacement buses on the Ellerby line this summer: what passengers need to know",
       "Which trains are affected", "Where the buses stop", "Tickets and refunds", "Travelling with a bike or a wheelchair", "",
       "1 June 2035", "By Tamsin Achterberg, transport correspondent", ""]
k06 += T("Which trains are affected",
         "From 14 July to 24 August no trains will run between Ellerby and Sallow Cross while the railway replaces the bridge over the Marl at Kettlesby. Trains between Sallow Cross and the city will run as normal, but every journey that starts or ends on the closed section will include a bus.",
         "Where the buses stop",
         "Buses will leave from the station forecourt at Ellerby and from the road outside each of the three intermediate stations. At Kettlesby the bus stop is on Bridge Street, a short walk from the station, because the station approach is too narrow for coaches.",
         "Tickets and refunds",
         "Rail tickets are valid on the buses and no extra fare is charged. Season ticket holders who would rather not use the buses can claim a refund for the weeks of the closure, but must do so before 14 July.",
         "Travelling with a bike or a wheelchair",
         "The coaches cannot carry bikes, apart from folding ones. Every coach will have a wheelchair lift, but the railway asks passengers who need one to book at least a day ahead so that it can send an accessible coach at the time they want to travel.")
k06 += ["", "Read more", "Bridge works: why the Marl crossing has to be rebuilt · Summer timetable changes across the region",
        "© 2035 Ellerby Courant · Terms of use · Privacy · Contact the newsroom"]
emit("k06_travel_sections_directly_under_title_date_byline_after", k06, [
    dict(title="Rail replacement buses on the Ellerby line this summer: what passengers need to know",
         authors=["Tamsin Achterberg"], date="2035-06-01", kind="feature", pub="Ellerby Courant")])

# k07 (negative): a news story whose first paragraph ends with a colon and announces four crossing names set apart by blank
# lines (capitalised, no end punctuation, one a line) — the story's text, not a contents list.
k07 = ["Pellbury Herald", "News | Weather | Travel | Sport | Community | Notices", "", "NEWS",
       "Four level crossings closed for a week after signal fault on the Pellbury branch line",
       "By Rowena Akinola-Shaw", "Tuesday 20 March 2035", ""]
k07 += T("Drivers in the Pell valley face long detours this week after a signal fault forced Westmark Rail to shut four level crossings on the Pellbury branch line. Since Monday morning the following crossings have been closed to road traffic:")
k07 += ["", "1|Hobbs Lane", "1|Mill Drove", "1|Stennet's Farm", "1|Kirton Fen Road", ""]
k07 += T("Westmark Rail said the fault was in a cable damaged by flooding last month and that engineers expected to finish the repair by Sunday. Trains are running, but at reduced speed through the affected section.",
         "The closures leave Mill Drove and Kirton Fen Road without a direct route to Pellbury, and drivers there face a detour of up to eleven miles through Casterby. The county council has put up diversion signs and asked drivers not to follow satellite navigation down farm tracks.",
         "Farmers on the far side of the line said the timing could not be worse. \"We are in the middle of lambing and the vet has to come the long way round every time,\" said Gwenllian Pryce-Adeyemi, who farms at Stennet's.")
k07 += ["", "Most read", "Pellbury market hall to reopen in May", "Letters: the new car park charges",
        "Sign up for the Herald's morning email", "Pellbury Herald is part of Wolds Local Media. © 2035"]
emit("k07_news_crossings_list_after_colon_blank_lines", k07, [
    dict(title="Four level crossings closed for a week after signal fault on the Pellbury branch line",
         authors=["Rowena Akinola-Shaw"], date="2035-03-20", kind="news", pub="Pellbury Herald")])

# k08 (negative): a paper's `COLUMN` whose author card (name, role, one-line blurb: three short lines set apart by blank
# lines) stands between the long title and the date — the card gives the author and is not text, nor a contents list.
k08 = ["Dunmarrow Times", "News | Opinion | Business | Culture | Sport", "Subscribe", "", "COLUMN",
       "Our town centre does not need another car park, it needs somewhere to sit down", "",
       "Nkechi Hallorann-Voss", "Columnist", "Writes every other week about the town, its shops and the people who use them.", "",
       "8 April 2035", ""]
k08 += T("Walk the length of Bridge Street on a Saturday and count the benches. I did it last week and found three, one of them broken and one outside the bank, which closed in 2033. For a high street that the council says it wants people to linger in, that is a strange way to go about it.",
         "The council's answer to the empty shops is a new multi-storey car park behind the market hall, at a cost of £6 million. The argument is that people will not come into town if they cannot park. But the existing car parks are never full except in the week before Christmas, and the people who do come into town are mostly on foot already.",
         "What they lack is somewhere to stop. Older shoppers tell me they cut their trips short because there is nowhere to rest. Parents with small children go to the retail park because it has a café with room for a pushchair and a patch of grass.",
         "A fraction of the car park's cost would pay for benches, shade and a few public toilets that are open after four o'clock. It would not make a ribbon-cutting photograph, but it might bring people back.")
k08 += ["", "More opinion", "Letters: the bypass, the library and the buses", "Our view: the market hall deserves better",
        "© 2035 Dunmarrow Times · Privacy · Terms"]
emit("k08_column_author_card_under_title_negative", k08, [
    dict(title="Our town centre does not need another car park, it needs somewhere to sit down",
         authors=["Nkechi Hallorann-Voss"], date="2035-04-08", kind="column", pub="Dunmarrow Times")],
    sidecar="url: https://dunmarrow-times.example/opinion/town-centre-car-park-benches")

# k09 (negative): a harbour authority's press release under the breadcrumb `Home › Newsroom › Press releases`, followed
# by the title and four short navigation lines (furniture, not the piece's sections: its own subheadings differ), the date.
k09 = ["Tollmouth Harbour Authority", "Home   About us   Port users   Newsroom   Contact", "",
       "Home › Newsroom › Press releases", "Dredging of the Tollmouth approach channel to begin in June",
       "Latest press releases", "Media contacts", "Photo library", "Subscribe to updates", "",
       "Published 22 May 2035", ""]
k09 += T("Tollmouth Harbour Authority will begin dredging the approach channel to the port on 9 June, the first major dredge of the channel in eleven years. The work will restore the channel to a depth of 8.5 metres at low water and allow larger cargo vessels to use the port at all states of the tide.",
         "What the work involves",
         "A dredger will remove about 340,000 cubic metres of sand and silt from the channel over ten weeks. The material will be taken to a licensed disposal site eight miles offshore, and samples have been tested to confirm that it is clean.",
         "Effect on port users",
         "The channel will stay open throughout the work, but vessels will be asked to pass the dredger at reduced speed and to contact the harbour office before entering the channel. Moorings on the east side of the outer harbour will be moved for the duration.",
         "Yusuf Arnaldsson, the authority's harbour master, said: \"The channel has been silting up faster than we expected, and this dredge will let the port keep its cargo trade for the next decade.\"")
k09 += ["", "Share this page: Email · Print", "Related: Notice to mariners 14/35 · Annual report 2034",
        "© Tollmouth Harbour Authority 2035 · Accessibility · Privacy · Freedom of information"]
emit("k09_press_release_breadcrumb_navigation_lines_negative", k09, [
    dict(title="Dredging of the Tollmouth approach channel to begin in June", authors=[], date="2035-05-22",
         kind="press release", pub="Tollmouth Harbour Authority")])

# k10 (combination): a walking site's `GUIDE` with the tagline `From SITE, the free guide to …` under a long title, its four
# sections as a list set apart by blank lines, a labelled date line with short fields after `·`, the text opening with the
# first section's heading, `[n]` markers, a `See also` list (not text), `Notes` with caret entries (text, heading not),
# and the tagline's description as the footer's slogan line.
k10 = ["Waymark Commons", "Home   Routes   Regions   Safety   Contribute", "Log in", "", "GUIDE",
       "Walking the Harl Ridge from Caddon to the Blackstones in a single day",
       "From Waymark Commons, the free guide to walking the Harl uplands", "",
       "Getting to the start", "The route", "Water and shelter", "When to go", "",
       "Last checked 12 May 2035 · Route surveyed by volunteers · 9 min read", ""]
k10 += T("Getting to the start",
         "The walk starts at the green in Caddon, where there is a small car park with an honesty box. The Saturday bus from Wendley stops at the green at 8:40, and the last bus back from the Blackstones road end leaves at 18:15.[1]",
         "The route",
         "From the green a track climbs steeply through the plantation to the ridge at Caddon Nick. The ridge path then runs north-east for about eleven kilometres over four tops, the highest of them Harl Crag at 704 metres, before dropping to the Blackstones by the old peat road.[2] The path is clear on the ground in summer, but the stretch between Harl Crag and Whinny Knowe crosses a broad plateau where it is easy to drift off line in mist.",
         "Water and shelter",
         "There is no reliable water on the ridge after early summer. The spring below Caddon Nick dries up in most years by July, so carry what you need from the start. The only shelter is the stone bothy at Whinny Knowe, which is open all year and sleeps six.[3]",
         "When to go",
         "The walk is best from May to September. In winter the ridge holds snow long after the valleys are clear, and the days are too short to finish the route in daylight without an early start.[2]")
k10 += ["", "See also", "Harl Ridge in winter", "Caddon", "Whinny Knowe bothy", "The Blackstones", "", "Notes"]
k10 += T("^ Wendley and District Community Transport (2035). Summer Timetable. p. 3.",
         "^ a b Mackinnon-Adebayo, Sunniva (2032). The Harl Uplands: A Walker's Companion. Crossfell Books. pp. 61–70.",
         "^ Harl Bothy Trust (2034). \"Whinny Knowe\". Bothy Notes. 37: 12.")
k10 += ["", "Categories: Routes | Harl uplands | Day walks", "",
        "The free guide to walking the Harl uplands",
        "Text is available under CC BY-SA 4.0 · About Waymark Commons · Privacy · Disclaimer"]
emit("k10_guide_tagline_sections_dated_fields_caret_notes", k10, [
    dict(title="Walking the Harl Ridge from Caddon to the Blackstones in a single day", authors=[], date="2035-05-12",
         kind="guide", pub="Waymark Commons")],
    sidecar="url: https://waymark-commons.example/routes/harl-ridge-caddon-to-blackstones")
