"""cases29-new: new cases of the twenty-ninth session's shapes (caret references, lists of sections before a byline,
bylines with a date and share buttons, title bars naming a magazine, poems, a capitalised list inside a story), written
by a helper after the rules and before any run. Web pages, one line per paragraph. Lines starting with "<n>|" are
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

# j01: a wiki handbook entry, [n] markers in the text, a `See also` list (not text), then `References` whose entries
# open with a back-link caret (`^ …`, two with `^ a b` letters): the entries are text, the heading not.
j01 = ["Saltings Wiki", "The open handbook of the salt and brine trades", "Main page · Random entry · Recent changes · Help · Donate",
       "Log in · Create account", "We use cookies to keep you logged in. [OK] [More]", "Entry   Talk   Read   Edit   View history",
       "Brine pan", "From Saltings Wiki, the open handbook of the salt and brine trades", ""]
j01 += T("A brine pan is a shallow open vessel, usually of iron plate on a brick hearth, in which brine from a well or the sea is boiled until salt crystallises out.[1] Pans of this kind were worked along the Hestermouth coast from the fifteenth century until the last one closed in 1962.[2]")
j01 += ["", "1|History", ""]
j01 += T("The earliest pans at Hestermouth were of lead and were small enough for two people to lift. Lead pans poisoned the salt and were banned by the borough in 1611, after which iron plate became usual.[3] By the 1790s the largest pans measured eight metres by five and were fired day and night by a crew of six.[2]",
         "The trade declined after the railway reached the coast in 1848 and rock salt from the inland mines undercut the boiled salt on price. The pans that survived did so by selling coarse salt to the fish curers, who preferred it for herring.[4]")
j01 += ["", "1|Working a pan", ""]
j01 += T("A pan was filled in the evening and brought slowly to the boil. The salt was raked to the sides as it formed and lifted out in wicker baskets to drain. A crew judged the strength of the brine by floating an egg in it, and the egg test was still in use at the last pan in 1962.[5]")
j01 += ["", "See also", "Salt house", "Graduation tower", "Herring curing", "Hestermouth saltworks", "", "References"]
j01 += T("^ Vantreight, Oriel (2031). The Pans of Hestermouth. Grayling Press. p. 12.",
         "^ a b Mbeki-Lund, Sorrel (2029). Salt Before Steam: Boiling Works of the North Coast. Corran University Press. pp. 40–44.",
         "^ Havelock, Tobiah (2032). \"Lead pans and the borough ordinance of 1611\". Journal of Coastal Crafts. 14 (2): 33–41.",
         "^ a b Pellow, Annick (2030). Field Notes from the Saltings. Windle & Sons.",
         "^ \"Last salt pan on the coast goes cold\". Hestermouth Courier. 4 March 1962.")
j01 += ["", "Categories: Salt making | Coastal trades | Hestermouth", "This page was last edited on 19 December 2034, at 09:41 (UTC).",
        "Text is available under the Creative Commons Attribution-ShareAlike licence; additional terms may apply.",
        "Privacy policy · About Saltings Wiki · Disclaimers · Mobile view"]
emit("j01_wiki_caret_references_after_see_also", j01, [
    dict(title="Brine pan", authors=[], date="2034-12-19", kind="encyclopedia entry", pub="Saltings Wiki")],
    sidecar="url: https://saltings-wiki.example/wiki/Brine_pan")

# j02: a handbook entry with `[n]` markers, no `See also`, `References` whose caret entries stand apart by blank lines,
# then a `Further reading` list of books (a section of the entry and its items: text).
j02 = ["Ferrywright Handbook", "Home > Boats > Hulls > Clinker planking", "Search the handbook", "",
       "Clinker planking", "Last updated 8 January 2035 · Reviewed by the handbook's editors", ""]
j02 += T("Clinker planking is a way of building a wooden hull in which each plank overlaps the edge of the plank below it and is fastened to it with copper rivets.[1] It gives a light, flexible hull and was the usual method for small ferries on the Varle estuary until steel took over in the 1950s.[2]",
         "", "Each plank, or strake, is shaped before it is hung, bevelled along its lower edge so that it lies flat against the one below. A builder lines off the planks by eye and with battens, and two builders working the same hull seldom space them quite alike.[3]",
         "", "Clinker hulls need little framing, as the overlapping laps stiffen the shell, and the frames are usually steamed and bent in after the planking is finished. This makes the method quick, but a damaged plank is hard to replace without disturbing its neighbours.[1][4]")
j02 += ["", "References", ""]
j02 += ["1|^ Quillan, Marit (2028). Small Boats of the Varle. Estuary Books. p. 71.", "",
        "1|^ a b Adeyemi-Storr, Cuthbert (2033). \"The last wooden ferries of the Varle estuary\". Mariner's Notebook. 9: 102–118.", "",
        "1|^ Fennick, Rosalind; Obuya, Tam (2030). Lining Off: A Builder's Guide. Harlock & Vine. pp. 23–29.", "",
        "1|^ Varle Ferry Trust (2034). Annual Report 2033–34. Varle Ferry Trust."]
j02 += ["", "1|Further reading", ""]
j02 += T("Thornbury, Aled (2027). Rivets and Laps: Clinker Building Explained. Estuary Books.",
         "Selwyn-Haas, Ione (2032). Ferries of the Western Estuaries. Corran University Press.",
         "Quillan, Marit (2031). Boatyards of the Varle Shore. Estuary Books.")
j02 += ["", "Was this entry useful? Yes · No", "Suggest an edit", "Related entries: Carvel planking · Steam bending · Copper rivets",
        "The Ferrywright Handbook is written by volunteers of the Varle Boat Society. Text under CC BY-SA 4.0."]
emit("j02_handbook_caret_references_blank_separated_further_reading", j02, [
    dict(title="Clinker planking", authors=[], date="2035-01-08", kind="encyclopedia entry", pub="Ferrywright Handbook")])

# j03: a civic site's explainer whose list of its five sections (set apart by blank lines, no indent) stands between the
# title and the byline; the date line after the byline; the text opens with the first section's heading.
j03 = ["Marrowby Civic Desk", "Independent local news for Marrowby and the Ouse valley", "News   Explainers   Data   Events   Donate",
       "This site uses cookies. Accept all | Reject | Settings", "", "EXPLAINER", "What the new river levy means for households in Marrowby", "",
       "What is the river levy", "Who has to pay it", "How much it will cost", "Where the money goes", "Can you appeal", "",
       "By Odalys Fenwick-Achebe", "Published 11 January 2035, 7:00 am", ""]
j03 += T("What is the river levy",
         "The river levy is a new charge that the Ouse Valley Drainage Board will add to council tax bills from April. It pays for the repair of flood banks along the river between Marrowby and Selby Cross, most of which were built in the 1960s and several of which failed in the floods of last winter.",
         "Who has to pay it",
         "Every household in the drainage board's area will pay the levy, whether or not its home flooded. The board says that everyone in the valley relies on the banks, including people on higher ground whose roads and schools were cut off last year.",
         "How much it will cost",
         "The levy is set by council tax band, from £38 a year for a band A home to £114 for band H. The board expects it to raise about £2.6 million a year for ten years.",
         "Where the money goes",
         "The board has published a list of the eleven stretches of bank it plans to rebuild first, starting with the bank at Cawthorne Ings that gave way in February. It says it will report each year on what was spent and where.",
         "Can you appeal",
         "There is no appeal against the levy itself, but households on council tax support will pay a reduced rate. Residents who think they are in the wrong band can appeal their band through the usual council tax process.")
j03 += ["", "Have a question about the levy? Send it to our desk and we will try to answer it.",
        "Related: Flood banks failed in three places, report finds · Drainage board elections explained",
        "Marrowby Civic Desk is a non-profit newsroom. © 2035 Marrowby Civic Desk · Privacy · Contact"]
emit("j03_explainer_sections_between_title_and_byline", j03, [
    dict(title="What the new river levy means for households in Marrowby", authors=["Odalys Fenwick-Achebe"], date="2035-01-11",
         kind="explainer", pub="Marrowby Civic Desk")])

# j04: a guide whose list of four sections sits directly under the title (no indent, no blank line), then `Updated DATE`
# and `By NAME`; an opening paragraph, then the sections as subheadings.
j04 = ["The Tarnside Gazette", "Home | News | Sport | Guides | What's on | Subscribe", "Sign in", "GUIDE",
       "How to get a parking permit in the old town",
       "Who can apply", "What you will need", "How to apply", "What it costs",
       "Updated 3 December 2034", "By Priya Lindqvist-Oduro", ""]
j04 += T("The council's new permit zone for the old town comes into force on 5 January, and anyone who parks on its streets without a permit after that date risks a £70 fine. Here is what residents and their visitors need to know.",
         "Who can apply",
         "Residents whose main home is in the zone can apply for up to two permits per household. Businesses in the zone can apply for one permit for a vehicle used in the business, and carers who visit someone in the zone can apply for a carer's permit.",
         "What you will need",
         "You will need proof of address dated within the last three months, such as a council tax bill, and the registration document of each vehicle. A vehicle must be registered at the address in the zone to get a resident's permit.",
         "How to apply",
         "Applications open on the council's website on 8 December. Residents without internet access can apply in person at the Tarnside library on weekday mornings, where staff will scan the documents for them.",
         "What it costs",
         "A first permit costs £45 a year and a second £90. Carers' permits are free. Books of twenty visitor vouchers cost £12, and each voucher covers one day.")
j04 += ["", "Share this guide: Facebook | Email | Copy link", "More guides: Bin collections over Christmas · Where to charge an electric car",
        "Got a story? Email newsdesk@tarnside-gazette.example", "© 2034 Tarnside Gazette Media Ltd. All rights reserved."]
emit("j04_guide_unindented_sections_under_title", j04, [
    dict(title="How to get a parking permit in the old town", authors=["Priya Lindqvist-Oduro"], date="2034-12-03",
         kind="guide", pub="The Tarnside Gazette")],
    sidecar="url: https://tarnside-gazette.example/guides/old-town-parking-permit")

# j05: a news page whose byline line carries the date and share buttons set off by bars.
j05 = ["Kessock Evening Post", "News  Sport  Business  Opinion  Weather", "Subscribe from £1 a week", "",
       "Home › News › Local news", "Local news", "Harbour crane collapses onto empty quay at Dunvarrow",
       "No one was hurt when a forty-year-old crane fell during high winds on Thursday night",
       "By Callum Aberdeen-Nwosu | 12 December 2034 | Share | Print", ""]
j05 += T("A dockside crane at Dunvarrow harbour collapsed onto the east quay during high winds late on Thursday, crushing a storage shed and blocking the quay for most of Friday. Nobody was on the quay at the time and no one was injured.",
         "The crane, one of two built for the harbour in 1994, had been out of use since October while the harbour trust waited for parts. Its jib came down across the quay shortly after 11pm, when gusts of more than seventy miles an hour were recorded at the harbour mouth.",
         "Fergus Oyelaran-Baird, the trust's harbour master, said the crane had been inspected in the summer and passed. \"We will want to know exactly why it failed, and the other crane will stay out of use until we do,\" he said.",
         "The Health and Safety Executive has been told and is expected to visit the harbour next week. Fishing boats that use the east quay have been moved to the inner basin.")
j05 += ["", "Related stories", "Harbour trust approves £3m repair plan", "Storm warning extended to Sunday",
        "Comments are closed on this article.", "© Kessock Evening Post 2034 · Terms · Privacy · Cookie settings"]
emit("j05_news_byline_date_share_bars", j05, [
    dict(title="Harbour crane collapses onto empty quay at Dunvarrow", authors=["Callum Aberdeen-Nwosu"], date="2034-12-12",
         kind="news", pub="Kessock Evening Post")],
    sidecar="url: https://kessock-evening-post.example/news/local/harbour-crane-collapses-dunvarrow")

# j06: a magazine page whose first line is its title bar `TITLE | MAGAZINE`, the masthead below printing the name with
# "The": the masthead's name is the publication.
j06 = ["The winter the eels did not come | Kittiwake Review", "The Kittiwake Review", "Writing from the northern shores",
       "Essays   Fiction   Poetry   Reviews   Archive   Subscribe", "Your first three articles are free. Subscribe for £4 a month.", "",
       "ESSAY", "The winter the eels did not come", "For three centuries the eel fishers of the Lorne flats counted the season by the first run. Then it did not arrive.",
       "Words by Annelise Corrigan-Dube", "29 December 2034", ""]
j06 += T("My grandfather kept a book in which he wrote the date of the first eel run every autumn, and the weight of the first night's catch. His father kept one before him. Between them the two books cover ninety-one years, and in every one of those years the eels came down the Lorne between the second week of October and the first week of November.",
         "This year they did not come. The fyke nets stayed out on the flats until December, and the men who set them came back each morning with nothing but weed and the odd flounder. By the middle of the month most of them had stopped going out.",
         "Nobody on the flats agrees on why. The older fishers blame the new sluice at Carrow Bridge, which they say holds back the freshwater the eels need to find the river. The river trust says the sluice is opened every night in autumn for exactly that reason, and points to falling numbers of eels across the whole of the north sea coast.",
         "What everyone agrees on is that the books will have a gap in them this year, and that the gap means something. My grandfather would have written the word nothing in the margin and underlined it. I have written it too, and I do not know what to write next year.")
j06 += ["", "Annelise Corrigan-Dube writes about the coast and its trades. Her book Flat Country is out in the spring.", "",
        "More from the Review", "Letter from a lighthouse · The salt marsh in winter · Reviews: three books about rivers",
        "© 2034 The Kittiwake Review. All rights reserved. · About · Contact · Privacy"]
emit("j06_magazine_title_bar_first_masthead_with_the", j06, [
    dict(title="The winter the eels did not come", authors=["Annelise Corrigan-Dube"], date="2034-12-29",
         kind="essay", pub="The Kittiwake Review")])

# j07: a literary magazine's poem: `POEM` label over the title, three stanzas whose lines break at commas and
# semicolons, the byline and date under the poem, then a short note about the poet (a bio: not text).
j07 = ["Halyard", "a magazine of poems, stories and essays", "Issues   Poems   Stories   Essays   About   Submit",
       "Cookies help us count readers. Accept | Decline", "", "POEM", "Low water at Scarra", ""]
j07 += T("The boats lie down on their sides at noon,", "their keels in the mud, their masts to the south;",
         "a gull walks the length of the harbour floor,", "and the smell of the weed comes up like a cellar.")
j07 += [""] + T("My mother came here to watch for my father,", "who fished the far banks, who came home late;",
                "she said the tide was a clock with one hand,", "and the hand was always pointing away.")
j07 += [""] + T("I stand on the wall where she stood,", "the water gone out past the second buoy;",
                "it will come back, it always comes back,", "in its own time, not in ours.")
j07 += ["", "By Eilidh Mwangi-Rowe", "17 January 2035", "",
        "Eilidh Mwangi-Rowe grew up in Scarra and now teaches in Inverlochy. Her first collection, Tide Tables, came out in 2033.", "",
        "Read next: Three poems about snow · Interview: the editor on twelve years of Halyard",
        "Halyard is published with support from the Northern Writing Fund. © 2035 Halyard"]
emit("j07_literary_poem_label_stanzas_byline_after", j07, [
    dict(title="Low water at Scarra", authors=["Eilidh Mwangi-Rowe"], date="2035-01-17", kind="poem", pub="Halyard")],
    sidecar="url: https://halyard-mag.example/poems/low-water-at-scarra")

# j08 (negative): a news story whose text holds a list of five village names (capitalised, no end punctuation) between
# two paragraphs; the list is the story's text, not a contents list.
j08 = ["Wendmoor Courier", "Your county, your news", "News | Politics | Farming | Sport | Letters", "", "NEWS",
       "Five villages to lose their Saturday bus from February", "By Tomasz Ellery-Adomako", "Wednesday 7 January 2035", ""]
j08 += T("The county council will withdraw the Saturday bus service to five villages in the Wend valley from the start of February, after the operator said the route no longer covers its costs. The villages that lose the service are:",
         "Aldwick Green", "Hollins Cross", "Marden Parva", "Stoke Wendle", "Upper Farrow",
         "The council says it will pay for a bookable minibus on Saturday mornings instead, which residents can call up to a day ahead. Parish councillors in Hollins Cross said many older residents would not manage to book, and that the Saturday bus was the only way some of them reach the market in Wendmoor.",
         "A petition to keep the service has gathered more than 900 names and will be handed to the council's transport committee on 20 January.")
j08 += ["", "Most read", "Farm shop fire: owners vow to rebuild", "Letters: the bypass is not the answer",
        "Sign up for our morning newsletter", "Wendmoor Courier is part of Vale Local Media. © 2035"]
emit("j08_news_capitalised_villages_list_in_text", j08, [
    dict(title="Five villages to lose their Saturday bus from February", authors=["Tomasz Ellery-Adomako"], date="2035-01-07",
         kind="news", pub="Wendmoor Courier")])
