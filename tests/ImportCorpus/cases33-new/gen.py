"""cases33-new: new cases of six shapes of scraped web pages, written by a helper before any run from sites, people and
places of the writer's own invention (dated January–June 2038): (1) reference-work entries whose tagline under the term
reads `From SITE, the … NOUN of …` with NOUN the last word of the site's name (atlas, inventory, handbook, yearbook,
survey), and a news site whose header slogan has that shape (furniture); (2) terms shaped like a person's name (a barge,
a chain ferry, a locomotive, a bell) whose text opens with the term, under wiki tabs or over a tagline, and contributor
bios at the foot opening with the author's name (not text); (3) runs of speakers, panellists and contributors with
their institutions and places (after a comma, a dash or in brackets) under labels in new wordings, in announcements
with no author and in a report whose byline names its author; (4) `copyright`, `all rights reserved`, `terms`,
`privacy`, `cookies`, `subscribe`, `share` inside prose paragraphs (text) beside real footers (`© 2038 …`, `Copyright
2038 …`, `All rights reserved.` on its own, licence lines); (5) sentences ending in a year before a stop, followed by a
note marker or another sentence (text), and bios ending `… since 2031.` (not text); (6) reader prompts in
question-then-command form (not text) and questions inside the prose answered by it (text).
Every file is one line per paragraph (no list item wraps). Lines starting with "<n>|" are article n's text; the label
file is written from them, with the choices the labelling rules left open written at its top. Run: python3 gen.py"""
import re

def emit(name, lines, arts, sidecar=None, one_line=True, notes=()):
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
    lab += [f"# {n}" for n in notes]
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

# p01: an atlas's entry: cookie line, logo, menu, search, the term (a river), the tagline `From Cardenholt Atlas, the open
# atlas of the rivers, moors and market towns of Cardenholt` (NOUN = the site name's last word); sentences ending in a year
# before a `[n]` marker or another sentence, a paragraph of several such sentences; a prose sentence about the copyright
# in a survey's notebooks (text); three headings, `References` (not text) over `1. …` entries (text), categories,
# `Last revised DATE` (the only date), a footer of `Map data © 2038 …` and a licence line. No author, no genre label.
p01 = ["We use cookies to remember your map settings. Accept all · Manage choices",
       "Cardenholt Atlas", "Places   Rivers   Moors   Maps   Contribute   Help", "Search the atlas", "",
       "Ambly Water",
       "From Cardenholt Atlas, the open atlas of the rivers, moors and market towns of Cardenholt", ""]
p01 += T("Ambly Water is a river of the southern Cardenholt moors, about twenty-six kilometres long, which rises in the peat below Harrow Knowe and joins the Tarrant at Amblyford. For most of its length it runs in a narrow wooded valley cut through gritstone, and its fall of more than three hundred metres once drove eleven mills.[1]")
p01 += ["", "1|Course", ""]
p01 += T("The river gathers from three moorland becks above the hamlet of Scar Ings and drops through a series of small falls to the reservoir at Coldwell, built for the town of Amblyford between 1898 and 1903.[2] Below the dam it turns east past the villages of Nether Ambly and Hobthrush, where the valley widens into water meadows, and meets the Tarrant under the old county bridge.",
         "The reservoir drowned the farm of Coldwell Green and the chapel that served it. Its walls can be seen when the water is low, as it was in the dry summers of 2026 and 2035.")
p01 += ["", "1|Mills and industry", ""]
p01 += T("The first mill on the river is recorded in 1311. By the middle of the nineteenth century there were four corn mills, five fulling and scribbling mills and two bobbin mills between Scar Ings and the Tarrant. The last of them, Hobthrush fulling mill, closed in 1987.[3] Its wheel was taken to the county museum in 1990. The mill itself became houses in 2004.",
         "A survey of the mill sites was made by volunteers of the Cardenholt Industrial Archaeology Group between 1979 and 1983. The copyright in the group's field notebooks passed to the county record office when the group was wound up, and they can be read there on request.[4]")
p01 += ["", "1|Flooding", ""]
p01 += T("The narrow valley makes the river quick to rise. Floods in 1866, 1931 and 2029 reached the ground floors of houses in Nether Ambly, and the flood of 2029 carried away the footbridge at Hobthrush, which was replaced in 2031.[5] Since then the water authority has planted more than forty hectares of woodland on the slopes above Scar Ings to slow the run-off from the moor.")
p01 += ["", "References"]
p01 += T("1. Thwaite-Osei, Marjorie (1996). The Mills of the Cardenholt Moors. Amblyford: Beckside Press. pp. 12–18.",
         "2. Amblyford Corporation (1903). Coldwell Reservoir: Report of the Engineer. p. 4.",
         "3. \"Last fulling mill falls silent\". Tarrant Valley Echo. 14 August 1987. p. 1.",
         "4. Cardenholt Industrial Archaeology Group (1983). Ambly Water Mill Survey. Cardenholt Record Office, CIAG/7.",
         "5. Tarrant and Ambly Water Authority (2031). Hobthrush Flood Report. pp. 3–9.")
p01 += ["", "Categories: Rivers of Cardenholt | Tributaries of the Tarrant | Mill rivers",
        "Last revised 12 February 2038",
        "Map data © 2038 Cardenholt Atlas contributors · Text is available under CC BY-SA 4.0 · Privacy · Cookies"]
emit("p01_atlas_tagline_years_before_markers_copyright_in_prose", p01, [
    dict(title="Ambly Water", authors=[], date="2038-02-12", kind="encyclopedia entry", pub="Cardenholt Atlas")],
    sidecar="url: https://cardenholt-atlas.example/rivers/ambly-water",
    notes=["Left open: no genre label is printed, so the kind is `encyclopedia entry` as the earlier reference-work sets label it;",
           "the only date is `Last revised` at the foot. The cookie line, the tagline, categories and the map-data/licence footer are",
           "furniture; the prose sentence on the copyright in the survey's notebooks (line of section `Mills and industry`) is text."])

# p02: an inventory's entry whose term is shaped like a person's name (a sailing barge named after its first owner's
# wife), over the tagline `From Saltern Boat Inventory, the open inventory of the working boats of …`; the text opens
# `NAME is a wooden spritsail barge …`; sentences ending in years; a heading; `Sources` (not text) over `[n]` entries;
# `Entry last checked DATE` (the date); a share line and the prompt `Know a boat we have missed? Tell the inventory …`
# (question then command: furniture). No author.
p02 = ["Saltern Boat Inventory", "Boats   Builders   Owners   Harbours   Add a boat   About", "",
       "Ottilie Brackwater",
       "From Saltern Boat Inventory, the open inventory of the working boats of the Saltern estuary, Crabble Hythe and Oxney Point", ""]
p02 += T("Ottilie Brackwater is a wooden spritsail barge built at Crabble Hythe in 1902 for the corn merchant Elias Brackwater, who named her after his wife. She carried grain, bricks and hay between the estuary wharves and the city for more than sixty years, and is one of four barges of the Crabble Hythe yard still afloat.[1]")
p02 += ["", "1|Trading years", ""]
p02 += T("She was built by the yard of Mordecai Fennimore to the shallow draught the upper estuary needed, eighty-two feet long and able to sit upright on the mud at low water. Brackwater's firm worked her until 1931. She was then sold to a brick company at Oxney Point, which used her to carry yellow stocks up the estuary until the brickfield closed in 1958.[2]",
         "Her last cargo under sail was a load of wheat to Saltern mill in 1964. A motor was fitted the following year, and she spent a further decade as a lighter in the docks before she was laid up at Crabble Hythe in 1976.[2][3]")
p02 += ["", "1|Restoration", ""]
p02 += T("A group of Saltern families bought her in 1989 for the price of her scrap value and formed the Ottilie Brackwater Trust to restore her. The work took eleven years. Her bottom was replanked in 1994. Her gear was made new from drawings of sister barges in 1999, and she sailed again in the summer of 2000.[3]",
         "Since then she has taken school groups and visitors on day trips from Crabble Hythe between May and September. She raced in the Saltern barge match every year from 2001 until 2036, winning her class four times.[4]",
         "Her hold, once filled to the hatches with grain, now has benches, a galley and a small library of books about the estuary. The trust keeps a log of every trip, and the names of the families who paid for her in 1989 are painted on a board fixed to the aft bulkhead.")
p02 += ["", "Sources"]
p02 += T("[1] Fennimore, Agatha (1971). Barges of the Crabble Hythe Yard. Crabble Hythe: the author. pp. 8–15.",
         "[2] Saltern Customs Register of Vessels, 1902–1976. Estuary Archive, SCR/44.",
         "[3] Ottilie Brackwater Trust (2001). Eleven Years on the Hard. pp. 2–20.",
         "[4] Saltern Barge Match Committee (2037). Results 1950–2036. p. 31.")
p02 += ["", "Entry last checked 9 April 2038",
        "Share this entry: Email · Copy link",
        "Know a boat we have missed? Tell the inventory at boats@saltern-inventory.example",
        "Saltern Boat Inventory is kept by volunteers. Text may be reused with credit · Privacy · Contact"]
emit("p02_inventory_name_shaped_term_over_tagline_know_a_boat_prompt", p02, [
    dict(title="Ottilie Brackwater", authors=[], date="2038-04-09", kind="encyclopedia entry", pub="Saltern Boat Inventory")],
    notes=["Left open: the term is a barge's name shaped like a person's name, and the text opens with it; it is the title, never",
           "a byline, so no author. No genre label: `encyclopedia entry`. The date is `Entry last checked` (the only date)."])

# p03: a town wiki's page: tabs `Article   Talk   Read   Edit   View history` over a name-shaped term (a chain ferry named
# after the engineer who built it), no tagline; the text opens `NAME was a chain ferry …`; side-by-side markers after
# sentence ends in years (`1896.[1][3]`); a paragraph where several sentences end in years; `Notes` (not text) over `^`
# entries (text); categories, `This page was last edited on DATE, at 09:12.` (the date), licence. No author.
p03 = ["Quellmouth Wiki", "Main page   Streets   People   Boats   Recent changes   Random page", "",
       "Article   Talk   Read   Edit   View history", "", "Barnaby Penhale", ""]
p03 += T("Barnaby Penhale was a chain ferry that carried foot passengers, carts and later motor cars across the river Quell between Quellmouth and Saint Keverne's Passage from 1896 to 1961.[1][3] It was named after the engineer who designed it and who paid for a third of its building out of his own pocket.[2]")
p03 += ["", "1|Building", ""]
p03 += T("Before the ferry there was only a rowing boat at the Passage, and carts had to go eleven miles inland to the bridge at Trewen. Barnaby Penhale, the town's harbour engineer, drew up plans for a steam-driven ferry that would haul itself across on two chains laid on the river bed. The harbour commissioners turned the plans down in 1891. They turned them down again in 1893. Penhale offered to meet part of the cost himself, and the commissioners gave way in 1894.[2][4]",
         "The ferry was built at the Quellmouth foundry and launched in the spring of 1896. It could carry six carts and a hundred passengers, and a crossing took about seven minutes.[1]")
p03 += ["", "1|Service and replacement", ""]
p03 += T("The ferry ran every twenty minutes from six in the morning until ten at night, and through the night during the pilchard season. Its boiler was replaced in 1922 and its deck widened for motor traffic in 1935.[3][4] In the winter gale of 1950 a chain parted in mid-river and the ferry drifted onto the Passage sands, where it lay for nine days before it could be hauled off.[5]",
         "A larger diesel ferry took its place in 1961, and Barnaby Penhale was broken up at the foundry where it had been built. Its bell hangs in the Quellmouth harbour office.[1][5]",
         "The two anchor blocks that held the chains, granite slabs each the size of a farm cart, can still be seen at low water on either side of the river. A plaque on the Passage slipway, put up by the town in 1996, records the ferry and its builder.")
p03 += ["", "Notes"]
p03 += T("^ Quellmouth Harbour Commissioners (1962). The Passage Ferries, 1896–1961. pp. 1–6.",
         "^ Tremayne-Achebe, Lowenna (2010). Engineers of the Quell. Quellmouth: Gullrock Books. pp. 44–58.",
         "^ \"New boiler for the chain ferry\". Quell Valley Mercury. 3 March 1922. p. 4.",
         "^ Minutes of the Quellmouth Harbour Commissioners, 1891–1935. Quell County Record Office.",
         "^ \"Ferry adrift in the gale\". Quell Valley Mercury. 20 January 1950. p. 1.")
p03 += ["", "Categories: Ferries of the Quell | Chain ferries | Quellmouth",
        "This page was last edited on 22 May 2038, at 09:12.",
        "Text is available under the Creative Commons Attribution-ShareAlike licence; additional terms may apply. · Privacy policy · About Quellmouth Wiki"]
emit("p03_wiki_tabs_name_shaped_term_was_a_years_before_side_by_side_markers", p03, [
    dict(title="Barnaby Penhale", authors=[], date="2038-05-22", kind="encyclopedia entry", pub="Quellmouth Wiki")],
    sidecar="url: https://quellmouth-wiki.example/wiki/Barnaby_Penhale",
    notes=["Left open: the term is a ferry named after its engineer, and the opening sentence `Barnaby Penhale was a chain ferry …`",
           "is the text (not a bio); the second section names the man himself in the prose, also text. No author, no label:",
           "`encyclopedia entry`; the date is the `last edited` line."])

# p04 (negative): a town paper whose header slogan is shaped like a reference work's tagline with the noun repeating the
# name's last word (`From Ashvale Herald, the independent herald of …`): furniture; the headline is the title. `Local
# news` label (kind news), `By NAME`, a dated line; sentences ending in years; at the foot a share line, the reporter's
# bio opening with her name and ending `… since 2031.` (not text), the prompt `Got a story? Email …` (furniture) and
# `Copyright 2038 … All rights reserved.`
p04 = ["Ashvale Herald",
       "From Ashvale Herald, the independent herald of Ashvale, Coldbeck and the Tarrow villages",
       "Home   News   Sport   Business   Farming   Opinion   Notices", "Subscribe   Log in", "",
       "Local news", "Coldbeck library will reopen in the old bank on Market Street",
       "By Ferelith Okonjo-Marsh", "Tuesday 13 January 2038", ""]
p04 += T("Coldbeck's library is to move into the former bank on Market Street, two years after damp forced it out of the building it had occupied since 1962.",
         "The county council confirmed on Monday that it has agreed a fifteen-year lease on the bank, which closed its Coldbeck branch in 2034 and has stood empty since. Work to fit out the ground floor with shelving, a children's corner and six public computers will start next month, and the council hopes to open the doors by the end of May.",
         "The old library on Chapel Walk was closed in January 2036 after a survey found rot in the floor joists of its reading room. Since then a reduced service has run from two rooms at the community centre, open three days a week. Borrowing fell by more than half in the first year.",
         "Ruth Adeyinka-Holm, who chairs the Friends of Coldbeck Library, said the group had been close to giving up hope. \"We collected eighteen hundred signatures in 2036. We wrote to every councillor in 2037. For a long time nobody answered,\" she said. \"The bank is a handsome building and it is right in the middle of the town. It could hardly be better.\"",
         "The council's cabinet member for communities, Desmond Albright-Kaur, said the move would cost about £240,000, less than half the estimate for repairing Chapel Walk. The old building will be offered for sale, with a covenant that its Victorian front must be kept.",
         "The bank's vault, which has walls nearly a metre thick, will become the library's local studies room. Its parish registers and photographs, most of them packed away since the closure, will be on the shelves for the first time in two years.")
p04 += T("Library users will be asked to help choose the new building's opening hours. A questionnaire will be available at the community centre and online from next week, and the council has promised that the library will open at least five days a week, including Saturday mornings, which were lost when the service moved.")
p04 += ["", "Share this article: Facebook · Email · Copy link", "",
        "Ferelith Okonjo-Marsh is the Herald's communities reporter and has covered Coldbeck and the Tarrow villages since 2031.", "",
        "Got a story? Email newsdesk@ashvale-herald.example or call the newsroom on 01632 960 418.", "",
        "More local news: Tarrow bus route saved · Ashvale market to move for roadworks · Coldbeck fun run raises £9,000",
        "Copyright 2038 Ashvale Herald Media Ltd. All rights reserved. · Terms · Privacy · Cookie settings"]
emit("p04_news_slogan_shaped_like_tagline_bio_since_2031_got_a_story", p04, [
    dict(title="Coldbeck library will reopen in the old bank on Market Street", authors=["Ferelith Okonjo-Marsh"],
         date="2038-01-13", kind="news", pub="Ashvale Herald")],
    sidecar="url: https://ashvale-herald.example/news/local/coldbeck-library-old-bank",
    notes=["Left open: the header slogan `From Ashvale Herald, the independent herald of …` repeats the tagline shape of a reference",
           "work but is the paper's standing slogan: furniture, and the headline under `Local news` is the title (kind news).",
           "The reporter's bio ending `since 2031.` is not text; `Got a story? Email …` is the site's standing prompt."])

# p05: an institute's announcement (breadcrumb `Home › Events › Announcements`: kind announcement; no author), `Posted
# DATE`; after the text `Confirmed speakers include:` over four `NAME, Institution, Place` lines (commas; one `Professor`,
# one `Dr`), then `Chaired by NAME – Institution` (en dash): speakers and chair are neither authors nor text; the prompt
# `Would you like to attend? Register …` (furniture), a booking line, footer `© 2038 …`.
p05 = ["Marrick Institute of Upland Studies", "Research   Events   Publications   Study with us   About", "",
       "Home › Events › Announcements", "",
       "Spring symposium to ask who will farm the uplands after 2040",
       "Posted 17 February 2038", ""]
p05 += T("The Institute's spring symposium, to be held at Marrick Hall on Thursday 23 April, will ask a question that hill farmers, landowners and the bodies that fund them have put off for a decade: who will be farming the uplands of the north in twenty years' time, and on what terms?",
         "The average age of the tenants of upland holdings in the region has risen from fifty-four to sixty-one since 2025. Fewer than one holding in ten has a named successor, and the number of young people taking on hill tenancies for the first time fell to its lowest recorded level in 2036. At the same time, the support payments on which most hill farms depend are being rewritten around the planting of trees and the restoration of peat, work that many older farmers say they did not come into farming to do.",
         "The day is built around three sessions. The first will hear from farmers who have handed on their farms, or tried to, and from some who have taken on a holding from outside a farming family. The second turns to the landlords, among them the estates, the water companies and the county councils, whose letting policies decide who gets a tenancy and for how long. The third asks what the new support schemes will mean for a young farmer's chance of making a living from a hill farm.",
         "As at past symposia, there will be time in every session for questions from the floor, and the Institute will publish a summary of the day's discussion in its summer bulletin. Lunch will be served in the hall, and a minibus will run from Marrick station for those arriving by train.")
p05 += T("The symposium is the third in a series on the future of the hill country. The first, in 2036, looked at the restoration of the blanket bogs, and the second, last spring, at the decline of the upland auction marts. Summaries of both are available from the Institute's library.")
p05 += ["", "Confirmed speakers include:",
        "Professor Agnieszka Tallentire, School of Geography, University of Hawksmoor",
        "Dr Rhodri Fenwick-Addo, Upland Soils Trust, Garsdale Head",
        "Maisie Oyelaran-Hebblethwaite, tenant farmer, Low Sleddale",
        "Corwen Baptiste-Lowther, Northern Estates Association, Kirkby Frith", "",
        "Chaired by Imogen Stray-Kettering – Marrick Institute of Upland Studies", "",
        "Would you like to attend? Register on our events page by 10 April.",
        "Tickets £40 · Students and farmers under 30 £10 · Book now", "",
        "© 2038 Marrick Institute of Upland Studies · Registered charity 1190457 · Privacy · Accessibility"]
emit("p05_announcement_confirmed_speakers_commas_chaired_by_after_text_register_prompt", p05, [
    dict(title="Spring symposium to ask who will farm the uplands after 2040", authors=[], date="2038-02-17",
         kind="announcement", pub="Marrick Institute of Upland Studies")],
    notes=["Left open: the breadcrumb's last genre item `Announcements` gives the kind (singular). The page names no author: the",
           "speakers under `Confirmed speakers include:` and the chair are people of the event, neither authors nor text.",
           "The first paragraph's `on what terms?` is a question inside the prose (text); `Would you like to attend? Register …` is",
           "a standing prompt (furniture)."])

# p06 (negative): a policy forum's `REPORT` (kind report): cookie line at the top, `By NAME` and the date under the title,
# then `Panellists:` over three `NAME – Institution, Place` lines (en dashes) and `Moderator: NAME — Institution` (em
# dash) before the text: the byline is the author, the panel are not; a question in the prose answered by the next
# sentences (text); a prose sentence about privacy (text); the prompt `Keen to hear the next debate? Join …` (furniture);
# `All rights reserved.` on its own line and `© Glenvarrick Policy Forum 2038`.
p06 = ["This site uses cookies to count visits. By continuing you accept our cookie policy. OK", "",
       "Glenvarrick Policy Forum", "Topics   Reports   Events   Podcast   People   About", "",
       "REPORT", "Who should pay for the island ferries? Notes from a round table in Kirkvoe",
       "By Tamsin Eriksdottir-Blake", "4 March 2038", "",
       "Panellists:",
       "Calum Rasmussen-Ure – Islands Transport Partnership, Kirkvoe",
       "Dr Orla Featherstonehaugh – Centre for Island Economies, University of the North Isles, Scallasay",
       "Hamish Oduya-Grant – Fair Fares Campaign, Westray Holm",
       "Moderator: Bronagh Lisle-Adair — Glenvarrick Policy Forum", ""]
p06 += T("The ferries that link the North Isles to the mainland cost the public purse about £61 million a year, and the contract under which they are run comes up for renewal in 2040. On 26 February the Forum brought together the transport partnership, a researcher and a campaigner for island passengers to ask how the next contract should be paid for.",
         "Calum Rasmussen-Ure opened with the partnership's figures. Fares cover a little under a fifth of the cost of the service, a share that has fallen every year since fares were frozen in 2031. Fuel and crew costs have risen by more than a third over the same period, and two of the six vessels will reach the end of their working lives before the new contract ends.",
         "Should islanders pay more, then? Not one of the panellists thought so. Orla Featherstonehaugh said the ferries are the islands' roads, and that nobody on the mainland is asked to pay a toll to drive to work. Her centre's survey of 1,200 island households found that a fare rise of a quarter would cost a typical family more than its annual council tax. Hamish Oduya-Grant went further, arguing that fares for islanders should be cut to the price of the equivalent bus journey.",
         "The disagreement came over visitors. The partnership would like to charge summer visitors' cars more, as some other ferry services do. Oduya-Grant warned that hoteliers and shops on the smaller islands depend on those visitors, and that a higher fare for them would be paid in the end by the islands.",
         "Featherstonehaugh noted that the partnership could not say how many passengers were islanders, because ticket data had been kept from researchers on privacy grounds until last year. The first figures, published in January, suggest that visitors make up almost half of summer journeys but barely a tenth of winter ones.",
         "Closing the session, Bronagh Lisle-Adair asked each speaker for one change they would write into the next contract. The answers were a guaranteed winter timetable, an islanders' fare set in law, and a duty to publish the service's costs route by route every year. The Forum will publish its own recommendations in the autumn.")
p06 += ["", "Keen to hear the next debate? Join our events list and we will send you the date.",
        "Share: Email · Copy link · Print", "",
        "All rights reserved.",
        "© Glenvarrick Policy Forum 2038 · Terms of use · Privacy"]
emit("p06_report_byline_then_panellists_en_dash_moderator_em_dash_question_in_prose", p06, [
    dict(title="Who should pay for the island ferries? Notes from a round table in Kirkvoe",
         authors=["Tamsin Eriksdottir-Blake"], date="2038-03-04", kind="report", pub="Glenvarrick Policy Forum")],
    sidecar="url: https://glenvarrick-forum.example/reports/island-ferries-round-table",
    notes=["Left open: the byline names the report's author; the panellists and the moderator listed before the text (dashes",
           "before their institutions and places) are the event's speakers, not authors, and neither their lines nor the",
           "`Panellists:` label are text. `Should islanders pay more, then?` is the prose's own question, answered by it (text)."])

# p07 (negatives): a magazine's piece with no genre label (a feature), `By NAME`, date; prose paragraphs using
# `subscribe`, `share`, `terms`, `privacy`, `cookies` (the biscuits) and `copyright` (all text); at the foot a share bar, a
# prompt `Want more stories like this one? Sign up …` (furniture), the writer's bio opening with her name and ending
# `… since 2029.` (not text), `All rights reserved.` on its own line and `© 2038 …`.
p07 = ["Common Ground", "Food   Places   People   Work   Ideas   Shop", "Become a member", "",
       "The bakery that asked its customers to subscribe",
       "By Imelda Strand-Okafor", "8 June 2038", ""]
p07 += TB("At half past six on a Thursday morning the queue outside the Wheatsheaf Bakery in Penmorrow is already eleven people long, and nobody in it is holding a wallet.",
         "Everyone in the queue has already paid. Since last autumn the bakery has sold most of its bread by subscription: customers subscribe for a season at a time, paying up front for a loaf a week, and collect it on a day of their choosing. Subscribers share the cost of the flour, which the bakery now buys a year ahead from two farms on the edge of the town, and in return they get their bread at about two thirds of the shop price.",
         "The terms are simple enough to fit on the back of a paper bag, which is where they are printed. A subscription runs for thirteen weeks. Loaves not collected by closing time on Saturday go to the food bank on Sunday. Anyone who moves away gets back what they have not eaten.",
         "Kerensa Moyle, who has run the bakery with her brother since their father retired, says the idea came from a winter when she could not afford to buy the next month's flour. \"We had the customers. We just had them at the wrong end of the month,\" she says. \"So we asked them to pay first.\"",
         "Four hundred and twelve people signed up in the first fortnight. The bakery now has more than nine hundred subscribers, and its sales of cakes and cookies, which are still sold over the counter, have risen by a quarter because people who come in for a loaf leave with something else.",
         "Not everyone was sure at first. Some customers worried about handing their names and addresses to a bakery; privacy, Moyle admits, was a question she had not thought about until a retired solicitor asked where the list was kept. The answer is a ring binder in the office, and the bakery has never sent anyone an email.",
         "Other bakers have been in touch asking how it works. Moyle is happy to tell them. She has written the whole scheme down in six pages, and has put no copyright on it: anyone who wants it can take it and change it as they like. Three bakeries in the county have already done so.")
p07 += ["", "Share this story: Email · Post · Copy link",
        "Want more stories like this one? Sign up for our Saturday letter.", "",
        "Imelda Strand-Okafor is a freelance writer from Penmorrow. She has written about food and small businesses since 2029.", "",
        "All rights reserved.",
        "© 2038 Common Ground Media CIC · About us · Terms · Privacy · Cookies"]
emit("p07_feature_subscribe_share_terms_privacy_cookies_in_prose_want_more_prompt_bio", p07, [
    dict(title="The bakery that asked its customers to subscribe", authors=["Imelda Strand-Okafor"],
         date="2038-06-08", kind="feature", pub="Common Ground")],
    notes=["Left open: no genre label is printed, so the kind is feature. Every prose paragraph is text, whatever furniture",
           "words it uses (`subscribe`, `share`, `terms`, `privacy`, `cookies`, `copyright`); the writer's two-sentence bio at the",
           "foot is not text. The masthead prints `Common Ground`; the company in the copyright line is not the publication."])

# p08: a walkers' handbook's entry: cookie banner, logo, menu, the term (a bridge), the tagline `From Kelderby Walkers'
# Handbook, the walkers' handbook of …` (NOUN = the name's last word), no author; a question in the prose answered by the
# next sentence (text); a sentence using `terms` and one ending in a year before a marker; two headings, `References`
# (not text) over `1.` entries, `Last updated DATE` (the date), the prompt `Walked this way lately? Send us …`
# (furniture), `Copyright 2038 …`.
p08 = ["Cookies help us keep the route maps working. Accept · Reject · Settings", "",
       "Kelderby Walkers' Handbook", "Routes   Paths   Bridges   Stiles   Maps   Safety   About", "",
       "Scarrow Packhorse Bridge",
       "From Kelderby Walkers' Handbook, the walkers' handbook of the paths, stiles and bridges of Kelderby and the Lunn valley", ""]
p08 += T("Scarrow Packhorse Bridge is a narrow stone bridge of a single arch that carries the old packhorse way from Kelderby to Lunnhead over Scarrow Beck, about two kilometres above its meeting with the Lunn. It is one of the best known crossings in the valley and stands on the Lunn Valley Way.[1]")
p08 += ["", "1|History", ""]
p08 += T("The bridge was probably built in the late seventeenth century, when wool from the upper dale was carried on horseback to the market at Kelderby. A bridge at Scarrow is first mentioned in the township accounts for 1684.[2] It was repaired after floods in 1771 and again in 1829. The present roadway was resurfaced in 1968.",
         "Why does the bridge have no parapets? Packhorses carried their loads slung in panniers on either side, and a parapet of any height would have caught them. Low kerbstones, a hand high, were all the builders allowed. They were enough to keep a hoof from the edge and let the panniers pass over.",
         "When the quarry road up the valley was built in 1904, the packhorse way fell out of use for traffic and the bridge was left to walkers and the farm at Scarrow Side.[2][3]")
p08 += ["", "1|Access", ""]
p08 += T("The bridge and the path over it are a public bridleway. Under the terms of the 1991 agreement between the county and the Scarrow estate, the estate keeps the stonework in repair and the county the surface of the path.[3] Horse riders are asked to dismount on the bridge, which is just over a metre wide between its kerbs.",
         "In wet weather the beck rises quickly, and the ford below the bridge that some walkers use in summer should not be tried.",
         "The bridge is reached in about forty minutes on foot from the car park at Kelderby Mill by the Lunn Valley Way, or in twenty minutes from the road end at Scarrow Side. The path on the Lunnhead side is steep and can be muddy after rain, and stout boots are advised in all seasons.")
p08 += ["", "References"]
p08 += T("1. Lunn Valley Way Partnership (2030). The Lunn Valley Way: Route Guide. p. 22.",
         "2. Hargreaves-Nwosu, Tobias (1978). Packhorse Ways of the Lunn Valley. Kelderby: Stonechat Press. pp. 61–67.",
         "3. Kelderby County Council (1991). Scarrow Bridge Maintenance Agreement. County Hall, ref. HW/91/204.")
p08 += ["", "Last updated 3 May 2038",
        "Walked this way lately? Send us your photos and notes on the path's condition.",
        "Copyright 2038 Kelderby Walkers' Handbook · Route data may be reused with credit · Privacy"]
emit("p08_handbook_tagline_question_answered_in_prose_terms_in_prose_last_updated", p08, [
    dict(title="Scarrow Packhorse Bridge", authors=[], date="2038-05-03", kind="encyclopedia entry",
         pub="Kelderby Walkers' Handbook")],
    notes=["Left open: no genre label and no author, so `encyclopedia entry` as the earlier reference-work sets; the date is",
           "`Last updated`. `Why does the bridge have no parapets?` opens a prose paragraph that answers it (text); `Walked this way",
           "lately? Send us …` is the site's standing prompt (furniture)."])

# p09: a railway yearbook's entry whose term is shaped like a person's name (a tank locomotive named after a director's
# daughter) over the tagline `From Dunholme Railway Yearbook, the online yearbook of the engines, stations and branch
# lines of Dunholme` (NOUN = the name's last word); the text opens `NAME is a …`; sentences ending in years before `[n]`
# markers and before other sentences; `See also` (not text); `Notes` (not text) over `^` entries (text); `Entry revised
# DATE` (the date), `Copyright 2038 …` footer. No author.
p09 = ["Dunholme Railway Yearbook", "Engines   Stations   Branch lines   Companies   Timeline   Help", "Search the yearbook", "",
       "Cordelia Vantreight",
       "From Dunholme Railway Yearbook, the online yearbook of the engines, stations and branch lines of Dunholme", ""]
p09 += T("Cordelia Vantreight is a four-coupled saddle tank locomotive built in 1889 for the Dunholme and Scaleby Railway, and the only engine of that company to survive. She was named after the daughter of the company's chairman, Sir Ambrose Vantreight, who performed the opening of the line.[1] She is kept in working order at Scaleby Bridge.")
p09 += ["", "1|Dunholme and Scaleby Railway", ""]
p09 += T("The railway was opened in 1889 to carry limestone from the quarries at Scaleby down to the kilns at Dunholme harbour, a distance of seven miles. Cordelia Vantreight was the first of three engines bought for it, and the lightest, chosen because the viaduct at Holm Gill could not take heavier locomotives.[1][2]",
         "A passenger service was added in 1893. It ran until 1930. The quarries closed in 1947, and the line was lifted two years later, except for a short length at the harbour end kept to serve the kilns.[2] Cordelia Vantreight shunted on that stub until the kilns closed in 1966.[3]")
p09 += ["", "1|Preservation", ""]
p09 += T("She was bought in 1967 by a group of enthusiasts from Dunholme who had watched her working as schoolboys. They kept her under a tarpaulin in a farmyard for six years while they raised money for a new boiler.[3] The Scaleby Bridge Railway Society, which the group became, rebuilt a mile of the old trackbed between 1974 and 1981, and she has run on it every summer since, apart from the seasons of 2012 and 2027 when she was away for overhaul.[4]",
         "Her original brass nameplates, stolen in 1962, were found at an auction in 2019 and returned to the society by the buyer.[4]",
         "She is painted in the dark green of the Dunholme and Scaleby company, with its crest of a lime kiln on her tank sides. On gala days she hauls a rake of two restored quarry wagons and a brake van, and in the evenings she stands in the shed at Scaleby Bridge, where visitors may climb onto her footplate.")
p09 += ["", "See also", "Dunholme and Scaleby Railway", "Holm Gill Viaduct", "Scaleby Bridge Railway Society", "",
        "Notes"]
p09 += T("^ Pennington-Ashe, Walter (1958). The Dunholme and Scaleby Railway. Dunholme: Kilnside Press. pp. 9–17.",
         "^ Board of Trade (1893). Report on the Opening of the Dunholme and Scaleby Railway for Passengers. p. 2.",
         "^ \"The last engine at the kilns\". Dunholme Gazette. 2 December 1966. p. 7.",
         "^ Scaleby Bridge Railway Society (2030). Cordelia at One Hundred and Forty. pp. 3–12.")
p09 += ["", "Entry revised 28 June 2038",
        "Copyright 2038 Dunholme Railway Yearbook. Photographs remain the copyright of their owners. · About · Contact"]
emit("p09_yearbook_name_shaped_term_is_a_over_tagline_years_before_markers_see_also", p09, [
    dict(title="Cordelia Vantreight", authors=[], date="2038-06-28", kind="encyclopedia entry",
         pub="Dunholme Railway Yearbook")],
    sidecar="url: https://dunholme-yearbook.example/engines/cordelia-vantreight",
    notes=["Left open: the term is a locomotive named after a person and the text opens `Cordelia Vantreight is a …`: the title,",
           "not a byline or a bio, so no author; no label: `encyclopedia entry`; the date is `Entry revised`. `See also` and its",
           "three links are furniture, as in cases32-new/n08."])

# p10: a centre's announcement of a book launch (breadcrumb `News and events › Announcements`: kind announcement; no
# author): `Posted DATE`, the text, then `With contributions from` over four contributors, their institutions after
# ` - ` or in brackets with places; `Speakers at the launch` over two `NAME (Institution)` lines; the prompt on its own
# line `Interested in coming along? Book a free place below.` (furniture); a licence-style footer `Text © 2038 …`.
p10 = ["Fenwold Centre for Rural History", "Research   Archive   Publications   News and events   Visit us", "",
       "News and events › Announcements", "",
       "A new history of the Fenwold drainage boards will be launched in April",
       "Posted 9 March 2038", ""]
p10 += T("The Centre is pleased to announce the publication of Level Ground: The Drainage Boards of the Fenwold, 1750–2030, the first full history of the bodies that drained, embanked and still pump the low country between Holme St Cuthbert and the sea.",
         "For nearly three centuries the drainage boards have decided which land in the Fenwold stays dry and which floods. They were set up by the landowners of each level, raised their own rates and answered to almost nobody. Most of their records were never published. Some were thought lost until 2031, when forty boxes of minute books, maps and engineers' reports were found in the loft of a pumping station at Marrow Drove that had been closed since 1979.",
         "The book draws on those papers and on the archives of eleven boards, several of which have since merged. Its chapters follow the building of the great banks in the eighteenth century, the coming of steam pumping in the 1820s, the floods of 1912 and 1953, and the long argument, still going on, over who should pay to keep the water out as the sea rises.",
         "Level Ground is published by the Centre with the support of the Fenwold Drainage Board and the Holme Archive Trust. Copies are available from the Centre's shop and from bookshops in the county, priced £24.")
p10 += T("The history of the boards is not only a story about water. The book shows how the boards shaped the villages of the Fenwold, deciding where roads could run, which farms could be let and, for many years, who could vote in the elections to the boards themselves. It also tells the story of the men who worked the pumps, many of whom lived with their families in cottages beside the engines, miles from the nearest village.", "The launch is at the Centre on Wednesday 22 April at 6 pm. It will include a short talk by the editor and a chance to see some of the papers found at Marrow Drove, which are now in the Centre's archive and will be catalogued over the coming year.")
p10 += ["", "With contributions from",
        "Harriet Okeke-Lindgren - Fenwold Centre for Rural History, Lowmoor",
        "Dr Silas Penrose-Adjei (University of Eastmarch, Kingsferry)",
        "Margit Halloran - Fenwold Drainage Board archive, Holme St Cuthbert",
        "Professor Emrys Danquah-Pole (Institute of Landscape History, Wendlebury)", "",
        "Speakers at the launch",
        "Harriet Okeke-Lindgren (Fenwold Centre for Rural History)",
        "Ansel Whitgift-Baro (chair, Fenwold Drainage Board)", "",
        "Interested in coming along? Book a free place below.",
        "Book a place", "",
        "Text © 2038 Fenwold Centre for Rural History. Images may not be reused without permission. · Privacy · Contact"]
emit("p10_book_announcement_with_contributions_from_dash_brackets_speakers_after_text", p10, [
    dict(title="A new history of the Fenwold drainage boards will be launched in April", authors=[], date="2038-03-09",
         kind="announcement", pub="Fenwold Centre for Rural History")],
    notes=["Left open: the page names no author. `With contributions from` lists the book's contributors, not the page's",
           "authors, and stands after the text with `Speakers at the launch`; neither run nor its label is text. The launch's",
           "time and place, in the last prose paragraph, are text; `Interested in coming along? Book …` on its own line is the",
           "booking box's prompt (furniture). Kind from the breadcrumb's `Announcements`."])

# p11: a bell survey's entry whose term is shaped like a person's name (a church bell named after its donor) over the
# tagline `From Ancombe Bell Survey, the county survey of the church bells, ringers and belfries of Ancombe`; the text
# opens `NAME is the tenor bell …`; a paragraph of several sentences ending in years, one before a marker; a heading;
# `Notes` (not text) over `[n]` entries (text); `This entry was last checked on DATE.` (the date); a share line, the prompt
# `Do you ring at Trethby? Tell us …` (furniture), a licence line. No author.
p11 = ["Ancombe Bell Survey", "Towers   Bells   Founders   Ringers   Glossary   About the survey", "",
       "Hannah Pryce",
       "From Ancombe Bell Survey, the county survey of the church bells, ringers and belfries of Ancombe", ""]
p11 += T("Hannah Pryce is the tenor bell of the ring of six at the church of St Wenna, Trethby, and at a little over eighteen hundredweight the heaviest bell in the western half of the county. She was cast in 1784 by the foundry of Josiah Colenso at Penwithick and paid for by a bequest of Hannah Pryce, a farmer's widow of the parish, whose name is cast around her shoulder.[1]")
p11 += ["", "1|History", ""]
p11 += T("The tower of St Wenna had three bells before 1784. Hannah Pryce's bequest paid for the tenor and for the recasting of the old three into four trebles. The sixth bell was added in 1822.[2] The ring was rehung in a new iron frame in 1911. Ringing stopped in 1940 and began again in 1945. The bells were retuned in 1987 and their fittings renewed in 2024.[3]",
         "In 1868 the tenor cracked while being rung for a wedding, and the parish could not afford to have it recast. For eleven years it was chimed with a hammer. A collection among the parish's fishermen raised the money, and the bell was welded at the foundry in 1879, one of the first bells in the county to be repaired that way rather than melted down.[2]")
p11 += ["", "1|Inscription and tone", ""]
p11 += T("Around the shoulder runs the inscription HANNAH PRYCE GAVE ME TO CALL THE LIVING, with the date and the founder's initials on the waist. The bell's note is a slightly flat D, and ringers in the county know her for a long hum that can be heard across the water at Porthgwidden on a still evening.[4]",
         "The Trethby band rings for Sunday service and practises on Tuesday evenings. Visiting ringers are welcome by arrangement with the tower captain.",
         "The tower is entered by a spiral stair of forty-one steps from the south aisle. The ringing chamber holds a board recording the first peal on the bells, rung in 1823, and a second board listing the ringers who went to sea in the war of 1914 and did not come home.")
p11 += ["", "Notes"]
p11 += T("[1] Colenso day book, 1779–1790. Ancombe Record Office, COL/3.",
         "[2] Trevaskis-Omondi, Petroc (2004). The Bells of West Ancombe. Trethby: Lanyon Press. pp. 112–119.",
         "[3] Ancombe Association of Church Bell Ringers (2025). Annual Report for 2024. p. 17.",
         "[4] Survey visit by the Ancombe Bell Survey, 2 November 2037.")
p11 += ["", "This entry was last checked on 19 January 2038.",
        "Share: Email · Copy link",
        "Do you ring at Trethby? Tell us about the bells through our contact form.",
        "Text licensed under CC BY 4.0 · Ancombe Bell Survey is a volunteer project · Privacy"]
emit("p11_bell_survey_name_shaped_term_is_the_over_tagline_several_years_last_checked", p11, [
    dict(title="Hannah Pryce", authors=[], date="2038-01-19", kind="encyclopedia entry", pub="Ancombe Bell Survey")],
    sidecar="url: https://ancombe-bells.example/towers/trethby/hannah-pryce",
    notes=["Left open: the term is a bell named after its donor; the text opens `Hannah Pryce is the tenor bell …` and names the",
           "woman herself later (both text). No author; no label: `encyclopedia entry`; the date is the `last checked` line (the",
           "survey visit of 2037 in note [4] is a note, not the page's date)."])

# p12 (combination, negatives): a review's `LONG READ` (kind long read): the title, `By NAME`, date; prose using
# `copyright`, `all rights reserved` and `share` mid-sentence (text); sentences ending in years before `[n]` markers and
# before other sentences; a question in the prose answered by it (text); a heading; `Notes` (not text) over `[n]` entries
# (text); then the writer's bio opening with her name and ending `… since 2031.` (not text), the prompt `Got a lead for our
# archives series? Write to …` (furniture), a licence line and `© 2038 …`.
p12 = ["Harbourline Review", "Essays   Long reads   Books   Podcast   Archive   Support us", "",
       "LONG READ", "The archive that nobody owned",
       "By Ingrid Mwale-Thornbury", "21 April 2038", ""]
p12 += T("For forty years the photographs sat in a builder's merchant's storeroom in Varley Cross, in eighty-three biscuit tins, each labelled in the same careful pencil. There were some nineteen thousand negatives in all, the life's work of a studio photographer named Osric Delamere, who photographed the town's weddings, shops, floods and football teams from 1931 until his death in 1979.",
         "His widow sold the studio in 1980. The new owner did not want the tins but did not throw them away either, and they went with the building through three more sales.[1] When the storeroom was cleared for demolition in 2036, a demolition worker opened one of the tins, held a negative up to the light and saw his grandmother's wedding.",
         "That was where the trouble began. Who owned the pictures? The answer, it turned out, was almost nobody, or almost everybody. Delamere had left no will. His widow died in 1994. Their only son had emigrated in 1968 and could not be traced.[2] The building's last owner had bought the storeroom and everything in it, but a negative is not only an object: the copyright in each photograph had passed, in law, to Delamere's heirs, whoever they were.",
         "Without an owner of the copyright, the town's museum could store the negatives but could not lawfully print them, lend them or put them online. \"We had the town's whole memory in a room upstairs,\" says its curator, Blessing Arbuthnot-Sealy, \"and a sign on the door that might as well have said all rights reserved.\"")
p12 += ["", "1|Finding the heirs", ""]
p12 += T("The search for Delamere's son took a volunteer genealogist, Peregrine Adomako-Hale, most of two years. He found him at last in a care home on the other side of the world: ninety-one years old, and delighted to hear that his father's pictures had survived. The son signed the copyright over to the museum in 2037.[3] He died that winter.",
         "The museum has since catalogued about a third of the negatives. It is putting them online a street at a time, and asking people who recognise a face or a shopfront to share what they know. More than two thousand names have been added to the pictures so far.[4]",
         "Not every story ends so well. The museum estimates that half the photographs in the county's collections have no known owner, and that most of them will never be shown.")
p12 += ["", "Notes"]
p12 += T("[1] Varley Cross Borough Council, planning and sale records for 14–16 Tanner Street, 1980–2036.",
         "[2] Register of emigrants' passages, Port of Wellmouth, 1968. Wellmouth Maritime Archive.",
         "[3] Deed of assignment between the heir of Osric Delamere and Varley Cross Museum, 11 March 2037.",
         "[4] Varley Cross Museum (2038). Delamere Project: Progress Report. p. 2.")
p12 += ["", "Ingrid Mwale-Thornbury is a historian of photography and a contributing editor of the Review. She has written its archives column since 2031.", "",
        "Got a lead for our archives series? Write to archives@harbourline-review.example.",
        "This essay is published under a Creative Commons Attribution-NonCommercial 4.0 licence.",
        "© 2038 Harbourline Review · Privacy · Terms · Contact"]
emit("p12_long_read_copyright_rights_reserved_in_prose_question_answered_bio_since_2031", p12, [
    dict(title="The archive that nobody owned", authors=["Ingrid Mwale-Thornbury"], date="2038-04-21",
         kind="long read", pub="Harbourline Review")],
    notes=["Left open: the label `LONG READ` (two words) gives the kind long read. The prose's `Who owned the pictures?` is",
           "answered by it (text); the paragraphs using `copyright`, `all rights reserved` and `share` are text. The bio ending",
           "`since 2031.`, the `Got a lead …? Write to …` prompt, the licence line and the copyright line are not text."])
