"""cases32-new: new cases of the shapes the import rules were fitted to after cases31-new (a reference work's tagline
whose coverage lists places with commas, under a new reference-work noun; a wiki's page tabs over the term with no
tagline; side-by-side markers after a sentence's end; a headline of two sentences ending unstopped, under its label or
directly over the byline; bulleted list items whose wrapped line carries the sentence on in lower case; `Page last
checked` and its variants; a name-shaped term over a tagline; a run of speakers with their places; the site's closing
lines after the notes) and negatives (a list item whose wrapped line opens with a proper name; a one-sentence lead
paragraph shaped like a headline; closing-style lines inside the prose; a header slogan shaped like a tagline), written
by a helper before any run from sites, people and places of the writer's own invention (dated July–December 2036). Web
pages, one line per paragraph except where a list item wraps (those files say so). Lines starting with "<n>|" are
article n's text; the label file is written from them. Run: python3 gen.py"""
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

# n01: a compendium's entry (a new reference-work noun): logo line, menu, search, the term (a place), and under it the
# tagline `From SITE, the open compendium of A, B, C and D` listing its coverage with commas; `[n]` markers one at a
# time, two headings, `Sources` numbered `1. …` (entries text, heading not), categories, `Page last reviewed DATE` at
# the foot (the only date), licence. No author; no genre label (an encyclopedia entry).
n01 = ["Harlowmere Compendium", "Towns   Rivers   Buildings   People   Maps   Help", "Search Harlowmere Compendium", "",
       "Tiverly Down",
       "From Harlowmere Compendium, the open compendium of Orlestone, Pellow Sands, Tiverly Down and the Harle valley", ""]
n01 += T("Tiverly Down is a chalk ridge and former sheep walk rising to 212 metres above the west bank of the river Harle, between the villages of Orlestone and Abbas Tiverly. Its open grassland, grazed again since 2028, is known for its orchids and for the long barrow on its summit.[1]")
n01 += ["", "1|The barrow and the drove road", ""]
n01 += T("The long barrow, some forty metres from end to end, was dug into twice in the nineteenth century and once, with more care, in 1961, when the remains of at least seven people were found in a stone chamber at its eastern end.[2] A drove road runs along the crest of the down from the Harle crossing at Orlestone to the old fair field above Abbas Tiverly, and the ruts of carts can still be traced in the turf on its steeper stretches.[3]",
         "Sheep were walked along the road to the September fair until the fair was moved into the village in 1908. The road was made a public bridleway in 1951.[3]")
n01 += ["", "1|Grazing and wildlife", ""]
n01 += T("By the 1990s scrub had covered more than half of the down, and the orchids had all but gone from its northern slope. The parish council and the Harle Valley Wildlife Group cleared the scrub over six winters, and a flock of eighty Portland ewes, owned by a farmer at Pellow Sands, has grazed the slopes between October and March since 2028.[4]",
         "Eleven species of orchid were recorded on the down in the survey of 2035, among them the burnt-tip orchid, which had not been seen there since 1972.[4]")
n01 += ["", "Sources"]
n01 += T("1. Harle Valley Parish Council (2030). Tiverly Down Management Plan. p. 3.",
         "2. Ostrowska-Bell, Imelda (2014). \"The Tiverly long barrow reconsidered\". Proceedings of the Harlowmere Antiquarian Society. 88: 21–39.",
         "3. Pettigrew, Ambrose (2009). Drove Roads of the Harle Country. Orlestone: Kingfold Press. pp. 54–60.",
         "4. Harle Valley Wildlife Group (2035). Orchid Survey of Tiverly Down. pp. 2–7.")
n01 += ["", "Categories: Hills of the Harle valley | Long barrows | Grassland nature sites",
        "Page last reviewed 4 August 2036",
        "Text is available under CC BY-SA 4.0 · About the Compendium · Privacy · Contact the editors"]
emit("n01_compendium_tagline_commas_places_page_last_reviewed", n01, [
    dict(title="Tiverly Down", authors=[], date="2036-08-04", kind="encyclopedia entry", pub="Harlowmere Compendium")],
    sidecar="url: https://harlowmere-compendium.example/places/tiverly-down")

# n02: a village wiki's page: the tabs `Entry  Discussion  Read  Edit source  Revisions` over the term, no tagline;
# markers side by side after sentence ends (`… in 1912.[3][4]`, `[1][2][5]`); a paragraph of the prose that reads like a
# closing line (about a licence) is text; `References` (not text) over `[1] …`–`[5] …` entries (text); after the notes
# the site's closing lines: categories, `This page was last modified on DATE, at TIME.` (the date), licence. No author.
n02 = ["Rendle Valley Wiki", "Main page   Villages   People   Clubs   Recent changes   Random entry",
       "Entry   Discussion   Read   Edit source   Revisions", "", "Rendle Bridge Cricket Club", ""]
n02 += T("Rendle Bridge Cricket Club is an amateur cricket club based at the Millholme ground on the south bank of the river Rendle. Founded by workers at the Rendle paper mill in 1887, it joined the Wessingham and District League in 1912.[3][4] Its first team has won the league eleven times, most recently in 2034.[2]")
n02 += ["", "1|History", ""]
n02 += T("The mill's owners gave the club the lease of Millholme, a water meadow that flooded most winters, on condition that mill hands made up at least half of every side.[1][2][5] The rule was dropped when the mill closed in 1968, and the club bought the freehold of the ground from the mill's receivers four years later.[5]",
         "The pavilion, a timber building put up in 1923, was washed off its footings by the flood of 1947 and rebuilt on brick piers a metre higher.[1][3] A mark on its door frame still shows the height the water reached.",
         "The club's minute books, photographed in 2030, are published under a Creative Commons licence by the Rendle Valley Archive.")
n02 += ["", "1|Ground", ""]
n02 += T("Millholme is one of the few grounds in the league that still floods. Play was abandoned there on nine Saturdays in the wet summer of 2033, and the club has twice asked the county for help to raise the outfield.[2][4]")
n02 += ["", "References"]
n02 += T("[1] Castellan, Wilfred (1987). A Hundred Summers at Millholme. Rendle Bridge: the club. pp. 4–19.",
         "[2] Wessingham and District League (2035). Handbook and Roll of Champions. p. 41.",
         "[3] \"Mill side join the league\". Wessingham Weekly Courier. 20 April 1912. p. 6.",
         "[4] Adebayo-Rusk, Philippa (2034). \"Grounds that flood\". Village Cricket Review. 12 (3): 18–22.",
         "[5] Rendle Valley Archive (2030). Rendle Bridge Cricket Club minute books, 1887–1975. Retrieved 2 September 2036.")
n02 += ["", "Categories: Cricket clubs | Rendle Bridge | Sports clubs founded in 1887",
        "This page was last modified on 9 September 2036, at 21:40.",
        "Text is available under the Creative Commons Attribution-ShareAlike licence; additional terms may apply. · Privacy · About Rendle Valley Wiki · Disclaimers"]
emit("n02_wiki_entry_tabs_no_tagline_side_by_side_last_modified_licence_in_prose", n02, [
    dict(title="Rendle Bridge Cricket Club", authors=[], date="2036-09-09", kind="encyclopedia entry", pub="Rendle Valley Wiki")])

# n03: a local paper whose header slogan is shaped like a reference work's tagline (`From the quays to the fells, the
# news of A, B, C and D`): furniture, not the title. `NEWS` label over a headline of two sentences ending unstopped, a
# byline of two names and a dated line; the text announces a `- ` list whose items wrap onto a second line that carries
# the sentence on in lower case (text, every line of it: the file is not one line per paragraph); share line, subscribe
# prompt, footer.
n03 = ["Quenby Harbour Gazette", "From the quays to the fells, the news of Quenby, Wrexley, Aldham and the Stour islands",
       "Home   News   Harbour   Sport   What's on   Notices   E-edition", "Subscribe from £1 a week   Sign in", "",
       "NEWS", "The ferry is back. The old timetable is not",
       "By Oluwaseun Brathwaite-Lind and Gisela Marchetti", "Thursday 21 August 2036", ""]
n03 += T("The Stour islands ferry returned to service on Wednesday after eleven weeks out of the water, but islanders who had waited all summer for it found that the boat will now make fewer crossings than before it broke down.",
         "The Islander, the forty-year-old vessel that carries passengers and freight between Quenby quay and the three inhabited islands, was taken out of service in June when a crack was found in its propeller shaft. Stour Crossings, which runs the service under contract to the county, says the repair cost £380,000 and that it cannot afford to run the old timetable on the money the contract pays.",
         "The new timetable, published on the company's website on Tuesday evening, makes these changes:")
n03 += ["1|- The first crossing of the day from Quenby will leave at half past seven rather than",
        "1|a quarter to seven, which islanders say is too late for those who work on the mainland",
        "1|- The Saturday evening return from Holm Stour is withdrawn for the rest of",
        "1|the year, leaving the last boat home at 4.15 in the afternoon",
        "1|- Freight will be carried on Tuesday and Friday crossings only, instead of",
        "1|every weekday"]
n03 += T("Agnetha Poulsen-Ward, who chairs the Holm Stour community council, said the changes had been made without asking anyone who uses the boat. \"We were told the ferry would come back,\" she said. \"Nobody said it would come back as half a ferry.\"",
         "Stour Crossings said the timetable would be reviewed in the spring and that it had asked the county to reopen the contract. The county said it would meet the company and the three island councils next month.")
n03 += ["", "Share this story: Email · Copy link · Print",
        "Never miss a sailing: get the Gazette's harbour bulletin in your inbox every Friday. Sign up",
        "More news: Aldham school gets new head · Wrexley fell race record falls · Harbour dues to rise in January",
        "© 2036 Quenby Harbour Gazette Ltd · Contact · Advertise · Privacy · Terms"]
emit("n03_news_two_sentence_headline_under_label_slogan_like_tagline_wrapped_dash_list", n03, [
    dict(title="The ferry is back. The old timetable is not", authors=["Oluwaseun Brathwaite-Lind", "Gisela Marchetti"],
         date="2036-08-21", kind="news", pub="Quenby Harbour Gazette")],
    sidecar="url: https://quenby-gazette.example/news/stour-ferry-returns-new-timetable", one_line=False)

# n04: a magazine's piece with no genre label (a feature): a headline of two sentences ending unstopped directly over
# `By NAME | DATE`; the text opens with a one-sentence paragraph shaped like a headline (prose, text); at the foot
# `Last verified DATE · …` (a later day): the page's date is the day it was published, not the check.
n04 = ["Hedgerow & Hearth", "Growing   Cooking   Orchards   Foraging   Shop   Newsletter", "",
       "The frost took the blossom. The orchard kept its nerve",
       "By Hallvard Esterhuizen-Clay | 13 October 2036", ""]
n04 += T("Nine thousand blossoms froze in a single night.",
         "That was the estimate Wenna Trethowan made on the morning of 3 May, walking the rows of her family's cider orchard at Polgrain with a notebook and a hand lens. The temperature on the valley floor had dropped to minus three an hour before dawn, the lowest reading in May since her father began keeping records in 1994. The open flowers on the lower trees had browned at their centres, and a browned flower sets no fruit.",
         "Most of the orchard's 600 trees are old standard trees of local varieties, some planted by her grandfather, and they flower at different times. The early varieties on the low ground lost almost everything. The late ones higher up the slope, still in tight bud on the night of the frost, came through untouched.",
         "\"People think an orchard is one crop,\" she says. \"It's thirty crops on different timetables. That's what saved us.\"",
         "The harvest, finished last week, came in at a little under half of an ordinary year. The cider from it will be made, as always, in the granite press house beside the farmyard, and there will be less of it. Trethowan has decided against buying in apples to make up the volume. Instead, she is planting another row of late-flowering trees along the top hedge this winter.")
n04 += ["", "Share: Post · Email · Copy link",
        "Last verified 2 November 2036 · Facts checked by the editors", "",
        "Get Hedgerow & Hearth in your inbox: one letter a month, no adverts. Sign up",
        "Hedgerow & Hearth is an independent magazine published from the Polgrain valley. © 2036 · About · Privacy"]
emit("n04_magazine_two_sentence_headline_over_byline_one_sentence_lead_later_verified", n04, [
    dict(title="The frost took the blossom. The orchard kept its nerve", authors=["Hallvard Esterhuizen-Clay"],
         date="2036-10-13", kind="feature", pub="Hedgerow & Hearth")])

# n05: an advice site's `EXPLAINER`: `Written by NAME`, a `• ` list the text announces, whose first and third items wrap
# onto a line carrying the sentence on in lower case and whose second item's wrapped line opens with a proper name
# (`Kestlemoor Community Transport`) — every line of the list is text, labelled as printed (the file is not one line per
# paragraph); the only date is `Page last checked DATE` at the foot, over a feedback question.
n05 = ["Farebox", "Plain answers about buses, trains and tickets", "Buses   Trains   Passes   Refunds   Ask us", "",
       "EXPLAINER", "What changes for concessionary bus passes in Kestlemoor from November",
       "Written by Temperance Okafor-Lindqvist", ""]
n05 += T("Kestlemoor's transport authority is changing how its free bus passes work from 1 November, the first change to the scheme in twelve years. About 41,000 people in the district hold one of the passes, most of them people over sixty-six and disabled people.",
         "If you have a pass, these are the changes to know about:")
n05 += ["1|• Passes issued before 2030 stop working on 30 November; the",
        "1|renewal form is online or at any library in the district",
        "1|• Holders can still travel before 9.30 am on weekdays, but only on",
        "1|Kestlemoor Community Transport minibuses and not on the main routes",
        "1|• Companion passes will be checked when you board, so carry the",
        "1|letter that came with your pass as well as the card itself"]
n05 += T("The authority says the early-morning change is needed because the main routes are full with school and work journeys before half past nine, and that the community minibuses have room to spare. Groups representing older people have asked it to think again, saying the minibuses run to far fewer villages.",
         "Renewing a pass costs nothing. If you cannot get to a library or use the website, you can ask for a paper form by phone, and the authority says it will post it within five working days. A renewed pass lasts five years.",
         "If your pass is refused on a bus after 1 November and you think it should have been accepted, keep your ticket: the authority has said it will refund fares paid while renewals are being processed.")
n05 += ["", "Page last checked 5 November 2036", "Did this answer your question? Yes · No", "",
        "Farebox is run by the Passenger Advice Trust, a registered charity. · About · Contact · Privacy"]
emit("n05_explainer_bullets_wrapped_lowercase_and_proper_name_page_last_checked", n05, [
    dict(title="What changes for concessionary bus passes in Kestlemoor from November",
         authors=["Temperance Okafor-Lindqvist"], date="2036-11-05", kind="explainer", pub="Farebox")], one_line=False)

# n06: a shipping index's entry whose term is shaped like a person's name (a lifeboat named after its donor), over the
# tagline `From SITE, the illustrated index of the vessels of A, B, C and D` (a new reference-work noun, coverage with
# commas); `[n]` markers, two headings, `Notes` (not text) over `^` entries (text), categories, `Entry last verified on
# DATE by the index volunteers` (the date). No author: the name is the term, not a byline.
n06 = ["Fennick Shipping Index", "Vessels   Builders   Harbours   Wrecks   Sources   About the index", "Search vessels", "",
       "Margery Tollerton",
       "From Fennick Shipping Index, the illustrated index of the vessels of Wexcombe, Porth Avel, Saltrow Quay and Gullhaven", ""]
n06 += T("Margery Tollerton was a pulling and sailing lifeboat stationed at Porth Avel from 1893 to 1921. She was paid for by a legacy from Margery Tollerton of Wexcombe, the widow of a shipowner, whose will left money for \"a boat to be kept at Porth Avel for the saving of life\" after a schooner was lost with all hands within sight of the village in 1889.[1]")
n06 += ["", "1|Build and design", ""]
n06 += T("She was built at Gullhaven by the yard of Ezekiel Pardew and Sons, a self-righting boat of thirty-four feet with ten oars and two masts.[2] Her boathouse, which still stands at the head of the slipway, was built in the same year with the remainder of the legacy.",
         "The crew were fishermen of the village. Launching her down the shingle needed as many as forty helpers, many of them women, who hauled on the launching ropes in all weathers.[3]")
n06 += ["", "1|Service", ""]
n06 += T("In twenty-eight years on station she was launched on service fifty-one times and saved eighty-seven lives.[1] The best known of her rescues was that of the crew of the Saltrow Quay collier Brightwater, driven onto the Mew Ledges in a gale in February 1907; the lifeboat made three trips through broken water and took off all eleven men.[3]",
         "She was replaced by a motor lifeboat in 1921 and sold to a Gullhaven fisherman, who used her for crabbing until the 1950s. Her remains were identified on the foreshore at Gullhaven in 2033.[4]")
n06 += ["", "Notes"]
n06 += T("^ Porth Avel Lifeboat Station (1922). Record of Services 1893–1921. p. 1.",
         "^ Pardew, Silas (1968). The Pardew Yard at Gullhaven. Gullhaven Maritime Society. p. 72.",
         "^ \"Three trips to the Mew Ledges\". Wexcombe Mercury. 16 February 1907. p. 3.",
         "^ Gullhaven Foreshore Survey (2033). Interim Report. pp. 11–12.")
n06 += ["", "Categories: Lifeboats | Vessels built at Gullhaven | Porth Avel",
        "Entry last verified on 21 July 2036 by the index volunteers",
        "Fennick Shipping Index is a volunteer project. Text may be reused with credit. · Contact · Privacy"]
emit("n06_shipping_index_name_shaped_term_over_tagline_commas_last_verified", n06, [
    dict(title="Margery Tollerton", authors=[], date="2036-07-21", kind="encyclopedia entry", pub="Fennick Shipping Index")],
    sidecar="url: https://fennick-index.example/vessels/margery-tollerton")

# n07: a heritage society's conference page: `ANNOUNCEMENT` label, the title, `Published DATE`, then `Keynote speakers`
# over four `NAME (Institution, Place)` lines (one with `Professor`, one with `Dr`) before the text: the speakers are
# not the page's authors (it names none), and the heading and its run are not text; registration box and footer.
n07 = ["Brannock Coastal Heritage Society", "About   Conference 2036   Journal   Membership   Events   Contact", "",
       "Home › Events › Conference 2036", "ANNOUNCEMENT",
       "Programme published for the society's autumn conference on harbours and their people",
       "Published 15 September 2036", "",
       "Keynote speakers",
       "Professor Ilse Ragnarsdottir-Moor (Department of Archaeology, University of Vellan)",
       "Dr Kofi Penhallow-Asante (Brannock Maritime Museum, Brannock)",
       "Marguerite Oyediran (Tidewrack Oral History Project, Saltrow Quay)",
       "Fenella Castagnoli (harbourmaster, Porth Wennick)", ""]
n07 += T("The full programme for this year's conference, which takes place at the Assembly Rooms in Brannock on 24 and 25 October, is now available. The theme, Harbours and their People, was chosen by members at last year's general meeting, and the programme committee received more than sixty offers of papers.",
         "The first day looks at how small harbours along the coast were built and paid for, from the medieval quays of the estuary towns to the concrete breakwaters of the 1930s. The second turns to the people who worked in them: pilots, boatbuilders, net menders and the women who ran the fish markets. Both days close with a panel discussion open to questions from the floor.",
         "For the first time the society will hold a walking tour of Brannock's old harbour on the Saturday morning, led by members of the local history group. Places are limited to thirty and must be booked in advance.",
         "Papers from the conference will be published in next year's journal. Members attend at a reduced rate, and a small number of free places are kept for students and for members of harbour communities who would otherwise be unable to come.")
n07 += ["", "Book your place", "Members £35 · Non-members £55 · Students free · Book online or call the society office",
        "Download the programme (PDF, 420 KB)", "",
        "Brannock Coastal Heritage Society is a registered charity. © 2036 · Privacy · Accessibility"]
emit("n07_conference_announcement_keynote_speakers_with_places_before_text", n07, [
    dict(title="Programme published for the society's autumn conference on harbours and their people", authors=[],
         date="2036-09-15", kind="announcement", pub="Brannock Coastal Heritage Society")],
    sidecar="url: https://brannock-heritage.example/events/conference-2036/programme")

# n08: a railway digest's entry whose term is shaped like a person's name (a locomotive named after a benefactor), over
# the tagline `From SITE, the illustrated digest of the lines of A, B, C and the D` (a new reference-work noun, coverage
# with commas); one `[n]` marker per sentence end, a heading, a `See also` list (not text), `References` numbered `1.`
# (entries text, heading not), categories, `Last reviewed: DATE` (the date), licence. No author.
n08 = ["Wenlow Railway Digest", "Lines   Stations   Locomotives   Companies   People   Help", "",
       "Isolde Marchbank",
       "From Wenlow Railway Digest, the illustrated digest of the lines of Wenlow, Carrick Ford, Hembury and the Ravel marshes", ""]
n08 += T("Isolde Marchbank is a saddle-tank steam locomotive built in 1911 for the Hembury and Ravel Light Railway, the narrow-gauge line that carried reed, peat and passengers across the Ravel marshes until 1949. She is named after the chairman's sister, whose money paid for her.[1] Since 1998 she has worked the restored line between Carrick Ford and Sallow Staith.[2]")
n08 += ["", "1|Working life", ""]
n08 += T("She was the railway's largest engine and the only one with enough power to haul the full peat trains up the bank from the diggings at Hembury Moss. In the 1930s she was fitted with a spark arrester after a fire on the reed beds was blamed on her chimney.[3]",
         "When the railway closed she was sold to a brickworks at Wenlow, where she shunted clay wagons until 1971, and then stood derelict in a siding for more than twenty years.[1] The Ravel Marshes Railway Trust bought her for £400 in 1993 and spent five years restoring her.[2]")
n08 += ["", "See also", "Hembury and Ravel Light Railway", "Ravel Marshes Railway Trust", "Sallow Staith station", "",
        "References"]
n08 += T("1. Quennell, Barnaby (1988). The Hembury and Ravel Light Railway. Wenlow: Oakapple Books. pp. 33–41.",
         "2. Ravel Marshes Railway Trust (2023). Twenty-Five Years of Isolde. p. 5.",
         "3. \"Marsh fire: railway blamed\". Hembury Chronicle. 11 August 1934. p. 2.")
n08 += ["", "Categories: Steam locomotives | Hembury and Ravel Light Railway | Preserved locomotives",
        "Last reviewed: 30 November 2036",
        "Text is shared under CC BY-SA 4.0 · About Wenlow Railway Digest · Privacy"]
emit("n08_railway_digest_name_shaped_term_tagline_commas_see_also_last_reviewed", n08, [
    dict(title="Isolde Marchbank", authors=[], date="2036-11-30", kind="encyclopedia entry", pub="Wenlow Railway Digest")])

# n09 (negatives): a town paper's story under the section label `Local news` (kind news): the text opens with a
# one-sentence paragraph shaped like a headline (prose, text); two paragraphs of the prose open like the site's closing
# lines (`All rights reserved, …`, `Categories on the county's …`) and are text; the paper's real closing lines (share
# line, copyright, categories-like tag line) follow the story.
n09 = ["Ashcombe Vale Courier", "News   Sport   Countryside   Business   Letters   Jobs   Puzzles", "Sign in  |  Subscribe", "",
       "Local news", "Walkers find the gate on Coldharbour Lane locked after estate changes hands",
       "By Emrys Kaminski-Fonteyn", "Published 2 December 2036, 6:05 pm", ""]
n09 += T("Coldharbour Lane's gate is locked.",
         "For as long as anyone in Ashcombe can remember, the lane has been the way up to the ridge from the village: a rough track past the old keeper's cottage, through a five-barred gate and across the park of Stanmere House to the beech woods at the top. Since last Saturday the gate has carried a new padlock and a sign saying the land is private.",
         "Stanmere House and its 900 acres were sold in October to a company registered in the name of Lucan Ferreira-Oates, who has not said what he plans for the estate. A man who answered the door at the estate office on Monday said only that the gate had been locked \"on the owner's instructions\".",
         "All rights reserved, the old enamel notice beside the gate still says, though nobody in the village can remember anyone being turned away.",
         "The trouble is that the path through the park does not appear on the county's map of public rights of way, so its status has never been settled. Categories on the county's map decide who may use a path: walkers only, riders as well, or every kind of traffic. A path left off the map has none of them until someone proves it should be there.",
         "The Ashcombe Footpaths Group says it has collected more than forty statements from people who have walked the lane for twenty years or more, enough, it believes, to apply to have the route added. Its secretary, Rosamund Achterberg, said the group would send the application to the county before Christmas. \"We would much rather talk to the new owner,\" she said. \"But if he won't talk, the law gives us another way.\"")
n09 += ["", "Share this article: Email · Copy link",
        "Tags: Ashcombe, footpaths, Stanmere House, countryside",
        "Letters on this story are welcome: write to the editor.",
        "© Ashcombe Vale Courier 2036. All rights reserved. · Terms · Privacy · Cookie settings"]
emit("n09_local_news_headline_like_lead_sentence_closing_lines_in_prose_negative", n09, [
    dict(title="Walkers find the gate on Coldharbour Lane locked after estate changes hands",
         authors=["Emrys Kaminski-Fonteyn"], date="2036-12-02", kind="news", pub="Ashcombe Vale Courier")],
    sidecar="url: https://ashcombe-courier.example/local/coldharbour-lane-gate-locked")

# n10 (negative): a rural institute's `REPORT` of a symposium: `By NAME` and the date under the title, then `On the
# panel` over four `• NAME — Institution, Place` items before the text: the byline names the author, the panel's
# speakers are not authors, and the heading and its items are neither sections nor text. Closing share line, a standing
# prompt, related links, footer.
n10 = ["Carrowdene Rural Institute", "Research   Events   Training   Library   News   About us", "", "REPORT",
       "Small abattoirs, long journeys: what the symposium heard about meat from hill farms",
       "By Solenne Abernethy-Kwarteng", "14 July 2036", "",
       "On the panel",
       "• Dr Tobias Rennick-Ogunde — Centre for Food Systems, University of Harrowgate",
       "• Nerys Vandermolen — Fellside Livestock Co-operative, Tarnhollow",
       "• Padraig Ostrander — Ostrander Family Butchers, Kilbrannan",
       "• Yewande Lisle — County Trading Standards, Carrowdene", ""]
n10 += T("Ten years ago there were nine small abattoirs within an hour of the Carrowdene hills. Today there are three, and the symposium the Institute held on 8 July asked what their closure has meant for the farmers who sell meat from their own animals.",
         "Tobias Rennick-Ogunde set out the results of a survey of 140 hill farms. Two thirds of those selling meat direct to customers now send their animals more than ninety minutes by road to be slaughtered, and one in five has given up selling meat at all since 2030, citing the cost and time of the journey.",
         "Nerys Vandermolen described how her co-operative had pooled its members' animals into shared loads to cut the cost of each trip, but said the longer journeys had made it harder to keep the welfare standards its customers pay for. Padraig Ostrander, whose family has run a slaughterhouse and butcher's shop at Kilbrannan for three generations, said the rules written for large plants weigh heavily on small ones: the same paperwork, the same inspection fees, for a fraction of the throughput.",
         "Yewande Lisle said the inspectors were aware of the problem and that a lighter regime for the smallest plants was being discussed nationally. Questions from the floor asked whether a mobile slaughter unit, of the kind used in some other countries, could serve the hills; the panel agreed it was worth a trial.")
n10 += ["", "Share: Email · Post · Copy link", "Want to hear about our next event? Join the mailing list.",
        "Related: The upland farm succession survey · Training days for new entrants",
        "Carrowdene Rural Institute is a charity and company limited by guarantee. © 2036 · Privacy · Accessibility"]
emit("n10_symposium_report_byline_then_panel_with_places_before_text_negative", n10, [
    dict(title="Small abattoirs, long journeys: what the symposium heard about meat from hill farms",
         authors=["Solenne Abernethy-Kwarteng"], date="2036-07-14", kind="report", pub="Carrowdene Rural Institute")])

# n11 (combination): a lake district wiki's page: the tabs `Page · Talk · Read · Edit · History` over a name-shaped term
# (a steamer named after its builder's daughter), no tagline; markers side by side after sentence ends (`[1][4]`,
# `[2][3][5]`); a `- ` list the text announces, whose items wrap onto lines carrying the sentence on in lower case
# (text; the file is not one line per paragraph); `Notes` (not text) over `^` / `^ a b` entries (text); after the notes
# categories, `This page was last changed on DATE.` (the date) and the licence. No author.
n11 = ["Lindmere Wiki", "Home   Lakes   Boats   Villages   Walks   Recent changes   Help",
       "Page · Talk · Read · Edit · History", "", "Clemency Arkwright", ""]
n11 += T("Clemency Arkwright is a steam launch that has carried passengers on Lindmere since 1903. She was built at Skelby by the boatbuilder Josiah Arkwright, who named her after his youngest daughter, and she is thought to be the oldest passenger boat still in service on any of the northern lakes.[1][4]")
n11 += ["", "1|History", ""]
n11 += T("Arkwright built her to carry visitors from the railway pier at Skelby to the hotels at the head of the lake, a trip of about five miles.[2] She was requisitioned in 1940 to carry stores to a training camp on the western shore and returned to the family, much knocked about, in 1946.[2][3][5]",
         "The Arkwright family sold her in 1979 to the Lindmere Steam Launch Trust, which has run her every summer since. Her original boiler was replaced in 2008 with a copy made to the same drawings.[4]")
n11 += ["", "1|Sailings", ""]
n11 += T("She sails from Skelby pier between Easter and the end of October. The trust keeps to three rules on every sailing, set when it bought her:")
n11 += ["1|- No more than forty-eight passengers are carried, the number her",
        "1|certificate allowed when she was new",
        "1|- She does not sail when the wind on the open lake is above force five,",
        "1|whatever the timetable says",
        "1|- Her whistle is sounded once at every pier, as it was in Arkwright's",
        "1|day, even when no one is waiting"]
n11 += T("In 2035 she carried a little over 21,000 passengers, the most in any year since the trust took her on.[1][5]")
n11 += ["", "Notes"]
n11 += T("^ a b Lindmere Steam Launch Trust (2036). Annual Report 2035. pp. 2–4.",
         "^ a b Teasdale-Mwangi, Rowena (2001). Steam on the Northern Lakes. Skelby: Fellbarrow Press. pp. 88–97.",
         "^ \"The lake boats go to war\". Skelby Herald. 3 May 1940. p. 5.",
         "^ a b Lindmere Steam Launch Trust (2008). Clemency's New Boiler. p. 1.",
         "^ a b Lindmere Steam Launch Trust (2036). Passenger figures. Retrieved 1 October 2036.")
n11 += ["", "Categories: Steam launches | Boats on Lindmere | Skelby",
        "This page was last changed on 17 October 2036.",
        "Content is available under CC BY-SA 4.0 unless noted otherwise. · Privacy · About Lindmere Wiki"]
emit("n11_wiki_tabs_name_shaped_term_side_by_side_wrapped_list_last_changed", n11, [
    dict(title="Clemency Arkwright", authors=[], date="2036-10-17", kind="encyclopedia entry", pub="Lindmere Wiki")],
    sidecar="url: https://lindmere-wiki.example/page/Clemency_Arkwright", one_line=False)

# n12 (combination, negatives): a city weekly's `COLUMN` (kind column) under its label: a headline of two sentences ending
# unstopped, `By NAME`, `Published DATE`; a `• ` list the text announces, one item's wrapped line opening with a proper
# name (`Tollcross …`) and one carrying on in lower case (text, labelled as printed; the file is not one line per
# paragraph); a paragraph of the prose opening `Comments are closed …` (text); at the foot `Page last verified DATE`
# (a later day: the page's date is the published day), the columnist's one-line bio (not text), the comments notice.
n12 = ["Fenby Weekly", "News   Columns   Culture   Property   Listings   Podcast", "Support independent journalism: join today", "",
       "COLUMN", "The riverside plan looks finished. The river has other ideas",
       "By Cosima Adeyemi-Strand", "Published 29 October 2036", ""]
n12 += T("The city's plan for the Lune flats, approved last week, is a handsome document. It has drawings of cafés along the water, of families on a new footbridge, of trees in tubs along a promenade. What it does not have is a single drawing of the flats as they look every other February, which is under a metre of water.",
         "I have lived beside the flats for nineteen years, and I have watched three plans for them come and go. Each time the same three questions were asked and not answered:")
n12 += ["1|• Who pays to raise the ground, when the developer's own figures show the",
        "1|homes will not sell for enough to cover it?",
        "1|• Where does the flood water go instead, when the flats are built on and the",
        "1|Tollcross allotments downstream are the next lowest ground?",
        "1|• Who insures a ground-floor flat on a flood plain once the national",
        "1|scheme that props up such policies ends in 2039?"]
n12 += T("Comments are closed on the council's consultation page, which is a pity, because these are not hostile questions. They are the questions any lender, any insurer and any family thinking of buying there will ask.",
         "None of this means the flats should be left as they are. The warehouses along the water have been empty for a decade and the city needs homes. But a plan that only works in a dry year is not yet a plan. The council should publish its flood modelling in full before the first application comes in, and let the rest of us see what the river will do.")
n12 += ["", "Page last verified 8 November 2036",
        "Cosima Adeyemi-Strand writes about housing and the city every other week.",
        "Comments on this article are moderated. Read our community guidelines.", "",
        "© 2036 Fenby Weekly · About · Advertise · Privacy"]
emit("n12_column_two_sentence_headline_capital_and_lowercase_wraps_later_verified", n12, [
    dict(title="The riverside plan looks finished. The river has other ideas", authors=["Cosima Adeyemi-Strand"],
         date="2036-10-29", kind="column", pub="Fenby Weekly")],
    sidecar="url: https://fenby-weekly.example/columns/riverside-plan-lune-flats", one_line=False)
