"""cases31-new: new cases of the shapes the import rules were fitted to after cases30-new (a reference work's tagline
naming the work by a new noun and the slogan it repeats; page-history dates — verified, amended, checked, edited — and a
check that gives way to an earlier publication date; a masthead's name with or without "The" against the prose's form;
bulleted lists of sections between the title and the byline or date; an author card's line about its author; a closing
question to the reader followed by a command; reference markers side by side) and negatives (a bulleted list the text
announces with a colon, a run of speakers under a heading, navigation lines under a short title, a news story opening
with a plural noun, a rhetorical question answered in the last paragraph), written by a helper before any run from
sites, people and places of the writer's own invention (dated 2036). Web pages, one line per paragraph. Lines starting
with "<n>|" are article n's text; the label file is written from them. Run: python3 gen.py"""
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

def TB(*pars):
    """Text paragraphs set apart by blank lines."""
    res = []
    for i, p in enumerate(pars):
        if i: res.append("")
        res.append(f"1|{p}")
    return res

# m01: a gazetteer's entry: the logo line, then the site's slogan in the header (`The illustrated gazetteer of …`), the
# menu, the term, and under it the tagline `From SITE, the illustrated gazetteer of …` repeating the slogan; `[n]`
# markers one at a time, two headings, `References` numbered `1. …` (entries text, heading not); the foot dates the page
# with `This article was last verified on DATE.` No author; no genre label (an encyclopedia entry).
m01 = ["Marrowcoast Gazetteer", "The illustrated gazetteer of the harbours, hamlets and headlands of the Marrow coast",
       "Places   Waters   Landmarks   Maps   Contribute   About", "Search the gazetteer", "",
       "Skelwith Staithe",
       "From Marrowcoast Gazetteer, the illustrated gazetteer of the harbours, hamlets and headlands of the Marrow coast", ""]
m01 += T("Skelwith Staithe is a hamlet and former coal landing on the north bank of the Skel estuary, about two miles below the market town of Orrinby. It has twenty-three houses, a chapel converted into a holiday let, and a stone quay that is still used by three inshore fishing boats.[1]")
m01 += ["", "1|History", ""]
m01 += T("A staithe, in the dialect of the coast, is a landing stage where goods were loaded from carts into boats. The one at Skelwith was built in the 1790s by the owners of the Hexley pits, who sent their coal down the valley by wagonway and shipped it from the estuary to the towns along the coast.[2]",
         "Trade at the staithe peaked in the 1860s, when as many as forty keels a week loaded there. It fell away quickly after the railway reached Orrinby in 1871, and the last cargo of coal left the quay in 1903.[2] The wagonway was lifted during the First World War and its line is now a public footpath.[3]")
m01 += ["", "1|The staithe today", ""]
m01 += T("The quay was repaired by the county in 2027 after a storm washed out part of its seaward wall. The three boats that work from it land crab and lobster from April to October, and the crews sell part of the catch from a hut at the head of the quay.[4]",
         "The hamlet has no shop or public transport. A ferry across the estuary to Cawthorne Point ran on summer weekends until 2019 and has not been restarted.[1]")
m01 += ["", "References"]
m01 += T("1. Orrinby Civic Society (2033). A Guide to the Skel Estuary. Orrinby: Civic Society. p. 14.",
         "2. Threlkeld-Amadi, Rosalind (2029). Coal by Water: The Staithes of the Marrow Coast. Saltburn Row Press. pp. 77–91.",
         "3. Pennock, Alaric (2031). \"The Hexley wagonway and its remains\". Marrow Coast Archaeology. 18: 40–52.",
         "4. Marrow Inshore Fisheries Group (2035). Annual Landings Report. p. 6.")
m01 += ["", "Categories: Hamlets | Skel estuary | Former coal landings",
        "This article was last verified on 14 March 2036.",
        "Text is shared under CC BY-SA 4.0 · About Marrowcoast Gazetteer · Privacy · Contact"]
emit("m01_gazetteer_tagline_slogan_in_header_last_verified", m01, [
    dict(title="Skelwith Staithe", authors=[], date="2036-03-14", kind="encyclopedia entry", pub="Marrowcoast Gazetteer")],
    sidecar="url: https://marrowcoast-gazetteer.example/places/skelwith-staithe")

# m02: a town wiki's page (no tagline): markers standing side by side in the text (`…in 1931.[2][5]`, `[1][3][4]`), two
# headings, a `Notes` heading (not text) over a numbered list of `[n] …` entries (text); `Last edited DATE by the wiki's
# editors` at the foot dates the page. No author.
m02 = ["Cullendale Wiki", "Main page   Places   People   History   Random page   Help",
       "Page   Discussion   Read   Edit   View history", "", "Cullendale Tramway", ""]
m02 += T("The Cullendale Tramway was a horse-drawn and later electric tramway that ran between Cullendale market place and the mill village of Ashby Clough from 1884 until 1931.[2][5] At its busiest it carried more than a million passengers a year, most of them mill hands travelling to the weaving sheds along the river.[1]")
m02 += ["", "1|Route", ""]
m02 += T("The line was a little under four miles long and single track with passing loops. It left the market place by Kirkgate, climbed past the parish church to Tenter Hill, and followed the turnpike road along the valley side to its terminus outside the Clough Mills gates.[1][3][4]",
         "Electric cars replaced the horses in 1902, when the town's new power station opened. The steepest section, on Tenter Hill, had been worked by an extra horse hitched at the foot of the hill, and the electric cars cut the journey from forty minutes to under twenty.[3]")
m02 += ["", "1|Closure", ""]
m02 += T("Motor buses began competing with the trams in the early 1920s, and the track, never renewed since electrification, was by then in poor condition.[4][6] The town council voted to close the line in 1930, and the last car ran on a Saturday evening in March 1931, crowded with passengers who had come to ride it one more time.[2][5][6]",
         "One car, number 7, survived as a summer house in a garden at Ashby Clough. It was rescued in 2024 and is being restored by volunteers at the Cullendale Transport Museum.[6]")
m02 += ["", "Notes"]
m02 += T("[1] Greatorex, Meredith (1998). Trams of the Calder Fringe. Northgate Books. pp. 112–130.",
         "[2] Cullendale Borough Council (1930). Minutes of the Tramways Committee, 14 October 1930.",
         "[3] Haworth-Nnamdi, Cyprian (2011). \"Electrifying a valley tramway\". Journal of Northern Transport History. 9 (2): 55–71.",
         "[4] Greatorex (1998), p. 141.",
         "[5] \"Last tram to the Clough\". Cullendale Advertiser. 23 March 1931. p. 1.",
         "[6] Cullendale Transport Museum (2035). Car 7 Restoration Appeal. Retrieved 12 April 2036.")
m02 += ["", "Categories: Tramways | Transport in Cullendale | Ashby Clough",
        "Last edited 2 May 2036 by the wiki's editors",
        "Content is available under CC BY-SA 4.0 unless otherwise noted. · Privacy · About Cullendale Wiki · Disclaimers"]
emit("m02_wiki_side_by_side_markers_numbered_notes_last_edited", m02, [
    dict(title="Cullendale Tramway", authors=[], date="2036-05-02", kind="encyclopedia entry", pub="Cullendale Wiki")])

# m03: a nonprofit newsroom whose masthead prints its name alone (no "The"), while sentences at the foot open with "The
# SITE is …" — the publication is the masthead's form. `INVESTIGATION` label, byline, `Published DATE, TIME`; the
# closing question to the reader without "you" followed by a command (`Know more about this? Write to us at …`) is
# furniture.
m03 = ["Fernlow Dispatch", "Nonprofit news for the Fern valley", "News   Investigations   Schools   Health   Events   Donate",
       "", "INVESTIGATION", "Care homes in the Fern valley were told to cut night staff. Inspectors were not told",
       "By Corisande Mbeki-Hale", "Published 6 April 2036, 7:15 am", ""]
m03 += TB("At least four care homes in the Fern valley cut the number of staff on duty overnight last year after their owner told managers to reduce costs, according to rotas and internal emails seen by the Dispatch. None of the homes told the county's inspectors about the change, as their registration requires.",
          "The homes, which together look after about 190 residents, are run by Hollowbrook Care Group. In an email sent in March 2035, a regional manager asked home managers to \"move to a two-person night model wherever occupancy allows\". Until then each home had kept at least three carers on shift between ten at night and seven in the morning.",
          "Former staff at two of the homes said the change left one carer alone on a floor for long stretches of the night, sometimes with residents who needed two people to turn or lift them. One described waiting forty minutes for a colleague to finish on another floor before she could help a resident who had fallen.",
          "Hollowbrook said staffing at every home was set according to the needs of its residents and that it had \"at all times met the levels our registration requires\". It did not answer questions about why the inspectors were not told.",
          "The county's care inspectorate said it would review the rotas. Its last inspections of the four homes, all carried out in daytime, rated each of them good.")
m03 += ["", "Know more about this? Write to us at tips@fernlow-dispatch.example", "",
        "The Fernlow Dispatch is an independent, nonprofit newsroom. Our reporting is free to read and free to republish.",
        "The Fernlow Dispatch is funded by readers like you. Become a member today.",
        "About us · Ethics policy · Privacy · Contact"]
emit("m03_masthead_without_the_prose_with_the_closing_prompt", m03, [
    dict(title="Care homes in the Fern valley were told to cut night staff. Inspectors were not told",
         authors=["Corisande Mbeki-Hale"], date="2036-04-06", kind="investigation", pub="Fernlow Dispatch")])

# m04 (counter-case): a magazine whose masthead prints `The SITE` while the foot's sentences name it without the article —
# the publication keeps "The". `LONG READ` label, byline, `Published DATE` (earlier) under it, and at the foot `Last
# checked DATE · …` (a later day): the page's date is the publication date, not the check.
m04 = ["The Osterby Lantern", "Stories from the Osterby hills since 2029", "Home | Long reads | Culture | Food | Walks | Shop",
       "", "LONG READ", "The last drovers' road over Caldmoor, and the family who still walk it every autumn",
       "By Henrike Adeyinka-Pold", "Published 9 February 2036", ""]
m04 += T("For three hundred years cattle from the western dales were walked over Caldmoor to the autumn fairs at Osterby. The drovers stopped coming in the 1920s, when the animals began to go by lorry, and the old road faded into the heather. One family never stopped using it.",
         "Every October the Rennards of Whinfell Farm walk forty ewes and a handful of bullocks the eighteen miles over the moor to the livestock mart at Osterby. It takes them two days. They could do it in an hour by trailer, and every year someone asks them why they don't.",
         "\"Because my grandfather did it, and his before him,\" says Ewart Rennard, who is seventy-one and has made the crossing every autumn since he was nine. \"And because if we stop, the road goes. Nobody else walks it end to end now.\"",
         "The road climbs out of Whinfell past a line of thorn trees planted, the family says, to show the drovers the way in snow. Above them it becomes a broad green track between walls, then a line of worn stones across open moor, marked here and there by a cairn. Halfway over is the ruin of the Caldmoor Inn, where the drovers once slept and where the Rennards still stop for the night in a tent pitched in its lee.",
         "This year his granddaughter Solveig, who is fourteen, walked the whole way for the first time. Asked whether she would keep it going, she shrugged. \"Someone has to,\" she said.")
m04 += ["", "More long reads", "The winter bakers of Fellgate · A year on the Osterby bus",
        "Last checked 23 March 2036 · Facts reviewed by our standards editor", "",
        "Osterby Lantern is published by Hillfold Media Co-operative.",
        "Get Osterby Lantern in your inbox every Sunday: sign up here.", "Privacy · Terms · Contact"]
emit("m04_masthead_with_the_prose_without_published_and_later_checked", m04, [
    dict(title="The last drovers' road over Caldmoor, and the family who still walk it every autumn",
         authors=["Henrike Adeyinka-Pold"], date="2036-02-09", kind="long read", pub="The Osterby Lantern")],
    sidecar="url: https://osterby-lantern.example/long-reads/caldmoor-drovers-road")

# m05: an evening paper's `BRIEFING` whose four sections (items of seven or eight words, `-` markers) stand directly under
# the long title with a blank line under them, then `By NAME` and the date; the text opens with the first section's
# heading (the list is not text). The closing `Spotted an error? Tell the desk at …` is furniture.
m05 = ["Quarrick Evening Star", "News | Sport | Business | Opinion | Briefings | Jobs", "Log in  Subscribe", "",
       "BRIEFING", "What the new flood defence plan for the lower Quarrick means for homes near the river",
       "- Which streets the new embankment will protect first", "- What the council will ask homeowners to pay",
       "- How long the building work will last", "- Where residents can see the plans in person", "",
       "By Ifeoma Strand-Kowalczyk", "Thursday 22 January 2036", ""]
m05 += T("Which streets the new embankment will protect first",
         "The first stage covers the Riverside and Mill Hythe areas, where about 420 homes flooded in the winter of 2034. An earth embankment will run for 1.2 kilometres along the south bank, with a concrete wall where gardens back onto the river and there is no room for earth.",
         "What the council will ask homeowners to pay",
         "Nothing directly. The £31 million scheme is paid for mostly by a national flood grant, with the council borrowing the rest. Homeowners who want flood doors or non-return valves fitted to their own houses can apply for a grant of up to £5,000, which opens in March.",
         "How long the building work will last",
         "Work is due to start in May and the first stage should be finished by the end of 2037. Riverside Road will be closed to through traffic for about eight months while the wall is built, and residents will be given permits to reach their homes.",
         "Where residents can see the plans in person",
         "The plans will be on show at the Mill Hythe community centre every Saturday in February, from ten until two. Engineers from the Environment Agency and the council will be there to answer questions.")
m05 += ["", "Spotted an error? Tell the desk at corrections@quarrick-star.example",
        "Most read: Quarrick bridge reopens · New headteacher for Saint Bede's · Market traders' rent row",
        "© 2036 Quarrick Evening Star. All rights reserved."]
emit("m05_briefing_dash_list_directly_under_title_byline_date_after", m05, [
    dict(title="What the new flood defence plan for the lower Quarrick means for homes near the river",
         authors=["Ifeoma Strand-Kowalczyk"], date="2036-01-22", kind="briefing", pub="Quarrick Evening Star")])

# m06: a household magazine's `GUIDE` whose four sections (items of seven or eight words, `•` markers) are set apart by
# blank lines between the long title and `Words by NAME`; the text opens with the first section's heading, paragraphs
# set apart by blank lines; the only date is `Page last checked DATE` at the foot.
m06 = ["Hearthstead", "The magazine for renters and first homes", "Home   Money   Repairs   Energy   Renting   Newsletter",
       "", "GUIDE", "How to keep a rented flat warm through a hard winter without running up huge bills", "",
       "• Why older flats lose their heat so quickly", "• What your landlord must fix by law",
       "• Cheap changes you can make this very weekend", "• Where to get help if bills fall behind", "",
       "Words by Perpetua Oyelaran-Vik", ""]
m06 += TB("Why older flats lose their heat so quickly",
          "Most of the heat that leaves a flat goes through its windows, its outside walls and the gaps around doors and floorboards. Flats in converted houses are often the worst, because the walls are solid brick with no cavity to fill and the sash windows were never made to seal.",
          "What your landlord must fix by law",
          "A landlord has to keep the heating and hot water in working order and must repair a broken boiler within a reasonable time, which in winter usually means days rather than weeks. Since 2033 a rented home must also reach at least band D on its energy certificate, and a tenant can ask the council to enforce this.",
          "Cheap changes you can make this very weekend",
          "Draught strips for doors and windows cost a few pounds and can be removed when you leave. Heavy curtains drawn at dusk, a rug over bare floorboards and a sheet of foil behind each radiator all help. Bleed the radiators if the tops stay cold, and keep furniture from standing in front of them.",
          "Where to get help if bills fall behind",
          "Tell your supplier as soon as you can: they must offer a payment plan you can afford. Local advice centres can check whether you qualify for a discount on your bill, and many councils run a winter fund for households who cannot pay.")
m06 += ["", "Page last checked 11 February 2036", "",
        "Hearthstead is published by Lintel Media. © 2036 · About · Privacy · Advertise"]
emit("m06_guide_bullet_list_blank_lines_words_by_page_last_checked", m06, [
    dict(title="How to keep a rented flat warm through a hard winter without running up huge bills",
         authors=["Perpetua Oyelaran-Vik"], date="2036-02-11", kind="guide", pub="Hearthstead")],
    sidecar="url: https://hearthstead.example/renting/keep-a-rented-flat-warm")

# m07: a paper's `FEATURE` with an author card under the title (name, `Environment correspondent`, and a line about the
# author opening with a verb and no subject: `Has covered …`), set apart by blank lines, then the date: the card gives the
# author and its line is the author's bio (not text). A closing `Live near the beck? Share what you have seen with …` is
# furniture.
m07 = ["Dunfold Examiner", "News   Environment   Farming   Business   Sport   Opinion", "Subscribe   Sign in", "",
       "FEATURE", "Three years after its promise, the water company is spilling more sewage into Tarn Beck than ever", "",
       "Ruairi Achterkamp-Obi", "Environment correspondent",
       "Has covered rivers, farming and the water industry for the Examiner since 2031.", "",
       "4 May 2036", ""]
m07 += T("In the spring of 2033 Westfell Water stood on the bridge at Tarnside and promised the village that the sewage overflows into Tarn Beck would be \"a thing of the past within three years\". The three years are up. Last year the two overflows above the village discharged for a combined 2,140 hours, more than in any year since monitors were fitted.",
         "The company's own figures, published each spring, show the spills rising in each of the last three years. Westfell says the increase reflects wetter winters and better monitoring, and that the new storage tank it promised at the Tarnside treatment works will be finished next year, two years later than planned.",
         "Anglers who have fished the beck for decades say the change is plain to see. The stretch below the village, once known for its wild brown trout, now carries a grey film of algae for much of the summer, and the fly hatches that fed the trout have thinned.",
         "The Environment Agency said it was investigating the Tarnside overflows and could not comment further. Westfell said it \"remained committed\" to ending routine spills into the beck and would set out a new timetable in the autumn.")
m07 += ["", "Live near the beck? Share what you have seen with our environment desk at rivers@dunfold-examiner.example",
        "More from Environment: The hedgerow survey that counted every bird · Why the reservoir is so low",
        "© 2036 Dunfold Examiner · Terms · Privacy"]
emit("m07_feature_author_card_verb_bio_line", m07, [
    dict(title="Three years after its promise, the water company is spilling more sewage into Tarn Beck than ever",
         authors=["Ruairi Achterkamp-Obi"], date="2036-05-04", kind="feature", pub="Dunfold Examiner")])

# m08 (negatives): a county paper's `NEWS` story whose first text paragraph, right after the byline and date, opens with
# a plural noun (`Farmers across the … say …`) — text, not a bio; a bulleted list the text announces with a sentence
# ending in a colon — text, not a list of sections; the last paragraph asks a question and answers it in prose — text,
# not a prompt to the reader.
m08 = ["Brackenholt Mercury", "Home | News | Farming | Sport | Property | Notices", "", "NEWS",
       "Lowther valley farmers warn new river abstraction limits could cost them a season's crop",
       "By Ansgar Mwangi-Holt | March 12, 2036", ""]
m08 += TB("Farmers across the Lowther valley say new limits on the water they may take from the river could leave fields of potatoes and vegetables unwatered in a dry summer, and some have warned that they may not plant at all this year.",
          "The Lowther Catchment Board wrote to forty-two licence holders last week to set out how the licences will change from 1 April. The letter lists three changes:")
m08 += ["", "1|• A meter on every pump drawing from the river", "1|• A daily limit during the summer months",
        "1|• A charge for each cubic metre taken", ""]
m08 += TB("The board says the river has fallen below its safe summer level in four of the last six years and that the changes are needed to protect the fish and the villages downstream that draw their drinking water from it.",
          "\"Nobody disputes that the river needs looking after,\" said Hester Quaye-Lundgren, who grows potatoes on 300 acres at Brackenholt Grange. \"But a daily limit set in March tells you nothing about what July will be like. You can't water a crop on a quota.\"",
          "The board has agreed to meet farmers' representatives before the limits take effect, and says it will consider letting farms store water in winter to use in the summer.",
          "Can the valley's farms get through a dry summer under the new rules? Most of the growers the Mercury spoke to think they can, but only if the board lets them build winter storage ponds quickly, and only if the first summer is not a hot one.")
m08 += ["", "Related: Lowther river level lowest for a decade · Grange farm wins county prize",
        "Brackenholt Mercury is part of Northdales Newspapers. © 2036"]
emit("m08_news_plural_noun_opening_colon_bullets_rhetorical_question_negative", m08, [
    dict(title="Lowther valley farmers warn new river abstraction limits could cost them a season's crop",
         authors=["Ansgar Mwangi-Holt"], date="2036-03-12", kind="news", pub="Brackenholt Mercury")],
    sidecar="url: https://brackenholt-mercury.example/news/lowther-abstraction-limits")

# m09 (negative): a policy centre's `RECAP` of a panel event: under the long title a `Speakers` heading over four people
# with their institutions (two with honorifics), then `Posted DATE by NAME`. The speakers are not the page's authors (the
# recap's poster is); their run is neither a list of sections nor text.
m09 = ["Tallowmere Policy Centre", "Research   Events   Publications   People   About", "", "Events › Recaps", "RECAP",
       "Who will farm the uplands? A panel on land, labour and the next generation of hill farmers", "",
       "Speakers", "Dr Imogen Talbot-Ncube, Harwick Institute for Rural Studies", "Professor Anselm Vrba, University of Corrow",
       "Delphine Okonkwo-Marsh, Upland Tenants' Association", "Bartholomew Igwe-Sandvik, Caldmoor Young Farmers", "",
       "Posted 25 March 2036 by Wilhelmina Osei-Farrant", ""]
m09 += TB("On 18 March the Centre brought together a researcher, an economist, a tenants' organiser and a young farmer to ask who will be farming the hills in twenty-five years' time. More than a hundred people came to the Corn Exchange in Tallowmere, and many more watched online.",
          "Imogen Talbot-Ncube opened with the figures. The average age of an upland farmer in the region is now sixty-three, and fewer than one farm in ten has a named successor under forty. Most of the land, she said, will change hands in the next fifteen years whether anyone plans for it or not.",
          "Anselm Vrba argued that the problem is less a shortage of young people than a shortage of farms they can afford. Land prices in the hills have doubled since 2025, driven largely by buyers planting trees for carbon credits, and a hill farm that could once be rented for a living now sells for more than it could earn in fifty years.",
          "Delphine Okonkwo-Marsh described the work of the tenants' association in keeping county council farms, the traditional first rung for new entrants, from being sold off. Bartholomew Igwe-Sandvik, who took on a council tenancy at twenty-four, spoke about the first three years: the debts, the long days, and the neighbours who lent him a tractor when his own broke down at lambing.",
          "Questions from the floor turned again and again to housing. Several young people in the audience said they could find land to rent but nowhere to live near it.")
m09 += ["", "Upcoming events", "Rural broadband: who pays? · 22 April 2036", "The future of the county farms · 13 May 2036",
        "Tallowmere Policy Centre is a registered charity. © 2036 · Privacy · Accessibility"]
emit("m09_recap_speakers_heading_under_title_posted_by_negative", m09, [
    dict(title="Who will farm the uplands? A panel on land, labour and the next generation of hill farmers",
         authors=["Wilhelmina Osei-Farrant"], date="2036-03-25", kind="recap", pub="Tallowmere Policy Centre")],
    sidecar="url: https://tallowmere-policy.example/events/recaps/who-will-farm-the-uplands")

# m10 (negative): a council's news item under the breadcrumb `Home › News` with a short title (five words) and four short
# navigation lines right under it (furniture, not sections: the text's own subheading differs); no author; the only date
# is `Last amended: DATE` at the foot.
m10 = ["Aldwick Bay Council", "Bins and recycling   Council tax   Transport   Planning   News   Contact us", "",
       "Home › News", "Harbour ferry fares frozen again",
       "All news", "Press office", "Council meetings", "Get news by email", ""]
m10 += T("Fares on the Aldwick Bay harbour ferry will stay at their current level until at least the end of October, the council's transport committee agreed on Tuesday. It is the third year running that fares have been frozen.",
         "Adult single fares will remain £2.40 and concessions £1.20. Residents with a bay pass will continue to travel free before nine in the morning.",
         "Why the fares are being held",
         "The committee heard that passenger numbers have risen by a fifth since fares were first frozen in 2034, and that the extra fares have covered most of the rise in fuel costs. Councillor Marisol Eakins-Doyle, who chairs the committee, said a fare rise now would \"undo the good work of the last two years\".",
         "The ferry runs every twenty minutes between the North Quay and Pilot's Steps from seven in the morning until seven in the evening. The winter timetable starts on 1 November.")
m10 += ["", "Last amended: 19 February 2036", "Was this page helpful? Yes / No",
        "© Aldwick Bay Council · Accessibility · Cookies · Privacy"]
emit("m10_council_news_short_title_navigation_lines_last_amended_negative", m10, [
    dict(title="Harbour ferry fares frozen again", authors=[], date="2036-02-19", kind="news", pub="Aldwick Bay Council")])

# m11 (combination): a naturalists' site's entry: the term, the tagline `From SITE, the open sourcebook on …`, its four
# sections as a `*` list (items of seven words) set apart by blank lines, `Last checked DATE · Reviewed by …`, the text
# opening with the first section's heading, markers side by side (`[2][4]`, `[1][3][5]`), `Notes` with `^` / `^ a b`
# entries (text, heading not), categories, and the tagline's description alone as the footer's slogan line. No author.
m11 = ["Saltwick Naturalist", "Plants   Birds   Insects   Habitats   Recording   About", "Log in   Search", "",
       "Marsh samphire", "From Saltwick Naturalist, the open sourcebook on the plants and birds of the Wend estuary", "",
       "* Where marsh samphire grows along the estuary", "* How to tell it from annual sea-blite",
       "* When and how to gather it responsibly", "* Why the lower marsh beds are protected", "",
       "Last checked 9 June 2036 · Reviewed by the estuary recording group", ""]
m11 += T("Where marsh samphire grows along the estuary",
         "Marsh samphire is a small fleshy annual of bare mud on the lower salt marsh, below the level reached by all but the lowest spring tides. On the Wend it grows most thickly on the north shore between Saltwick and Hennock Creek, where the mud is soft and sheltered from the prevailing wind.[1][3] It is among the first plants to colonise new mud, and its spread across the creek mouth since the sea wall was breached in 2029 has been recorded each summer.[2][4]",
         "How to tell it from annual sea-blite",
         "Both plants are green, succulent and grow in the same places. Samphire has jointed stems with no true leaves and looks like a tiny cactus; sea-blite has narrow, rounded leaves along its stems and is usually more bushy. In autumn samphire turns red or purple from the tips downward, while sea-blite turns a duller red all over.[1]",
         "When and how to gather it responsibly",
         "Samphire is at its best from late June to early August, before it becomes woody. Gather only the tender tips with scissors, leaving the roots in the mud so that the plant can set seed, and take no more than a handful from any one patch.[3][5] Never walk out onto soft mud on a rising tide.",
         "Why the lower marsh beds are protected",
         "The marsh below Hennock Creek lies within the Wend Estuary nature reserve, where picking any plant is forbidden. The beds there feed wintering wildfowl and hold the estuary's only colony of the samphire moth.[1][3][5]")
m11 += ["", "Notes"]
m11 += T("^ a b c Ferraby-Oduya, Clemence (2032). Plants of the Wend Marshes. Hennock Field Society. pp. 18–24.",
         "^ Wend Estuary Recording Group (2035). Salt Marsh Survey 2029–2035. p. 9.",
         "^ a b c Salvesen, Orla (2030). The Forager's Shore. Tidewrack Press. p. 63.",
         "^ Wend Estuary Recording Group (2033). Annual Report. p. 31.",
         "^ a b Wend Estuary Nature Reserve (2034). Reserve Byelaws and Visitor Code.")
m11 += ["", "Categories: Salt marsh plants | Edible plants | Wend estuary", "",
        "The open sourcebook on the plants and birds of the Wend estuary",
        "Text is available under CC BY-SA 4.0 · About Saltwick Naturalist · Privacy · Disclaimer"]
emit("m11_sourcebook_tagline_star_list_last_checked_side_by_side_carets", m11, [
    dict(title="Marsh samphire", authors=[], date="2036-06-09", kind="encyclopedia entry", pub="Saltwick Naturalist")],
    sidecar="url: https://saltwick-naturalist.example/plants/marsh-samphire")
