"""cases28-new: new cases of the shapes the twenty-seventh session's import rules were fitted to, written by a helper
before any run (labels by the corpus README's rules). Web pages, one line per paragraph. Lines starting with "<n>|"
are article n's text; the label file is written from them. Run: python3 gen.py"""
import re

def emit(name, lines, arts, sidecar=None):
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
    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)", "one_line_per_paragraph: true", "articles:"]
    for n, a in enumerate(arts, 1):
        lab += [f'  - title: "{a["title"]}"', f'    authors: [{", ".join(chr(34)+x+chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: "{a["pub"]}"',
                f'    volume: {a.get("volume", "null")}', f'    issue: {a.get("issue", "null")}', f'    text: [{spans(ranges[n])}]']
    open(f"{name}.labels.yml", "w").write("\n".join(lab) + "\n")
    if sidecar: open(f"{name}.yml", "w").write(sidecar + "\n")

def body(*pars):
    """Paragraphs of article 1, one line each, blank lines between."""
    res = []
    for i, p in enumerate(pars):
        if i: res.append("")
        res.append("1|" + p)
    return res

# h01: a regional paper's news story; the byline line of two co-authors ends in share buttons set off by bars.
h01 = ["Skip to content", "Calder Vale Courier", "Home  News  Sport  Business  Opinion  Weather  Puzzles",
       "We use cookies to improve your experience on our site. Accept all | Manage settings", "",
       "LOCAL NEWS", "Night buses to return to the Orrel estate after four-year gap",
       "By Maren Holt-Adeyemi and Tobias Frane | Share | Email | Print", "Thursday 12 October 2034", ""]
h01 += body(
    "Night buses will run again between the Orrel estate and the centre of Calder from the first week of December, the transport authority confirmed on Wednesday, four years after the route was cut to save money.",
    "The N7 will leave the bus station every forty minutes between midnight and five in the morning, stopping at the hospital and the two retail parks on the way. The authority says the service will cost about 410,000 crowns a year and will be paid for from the parking levy the council brought in last spring.",
    "Residents of the estate have campaigned for the route since it was withdrawn. Many work night shifts at the hospital or the distribution centres on the ring road, and say they have been paying for taxis they cannot afford or walking home along unlit roads.",
    "\"My daughter finishes at the care home at two in the morning,\" said Gwenda Illingworth, who chairs the Orrel tenants' association. \"For four years she has either paid half a shift's wages for a cab or waited for me to fetch her. This makes a real difference.\"",
    "The authority said it would review the route after six months and could extend it to the villages north of the estate if enough people use it. Drivers' representatives said they had been assured that two staff would be on duty at the bus station through the night.")
h01 += ["", "Related stories", "Ferry fares rise again on the Calder crossing",
        "Council delays vote on the future of Orrel library", "Ring road closures planned for November", "",
        "Most read", "1. Fire at the old mill on Tanners Row", "2. Calder Athletic appoint new manager", "",
        "Sign up to our morning newsletter", "",
        "© 2034 Calder Vale Courier. All rights reserved.", "Contact us | Advertise | Terms | Privacy | Cookie settings"]
emit("h01_news_coauthors_byline_share_bars", h01, [
    dict(title="Night buses to return to the Orrel estate after four-year gap", authors=["Maren Holt-Adeyemi", "Tobias Frane"],
         date="2034-10-12", kind="news", pub="Calder Vale Courier")],
    sidecar="url: https://caldervalecourier.example/news/local/2034/10/12/night-buses-orrel-estate")

# h02: a magazine's long read; "Words by" with a surname particle, bracketed share buttons on the byline's line.
h02 = ["Brackwater Magazine", "Subscribe   Sign in", "Culture   Places   People   Long reads   Archive", "",
       "LONG READ", "The last rope walk on the Ismere",
       "The town's ropemakers once rigged half the northern fleet. One family still makes rope by hand, and it is running out of hemp.",
       "Words by Liesbet van der Hoorn   [Facebook] [X] [Copy link]", "17 October 2034 · 12 min read", "",
       "[Image: Coils of tarred rope in the long shed at Ismere. Photograph: Aart Hendricks]", ""]
h02 += body(
    "The rope walk at Ismere is three hundred and twelve metres long, and on a cold morning you cannot see one end from the other. Jorien Klaassens walks it eight or nine times a day, paying out yarn from a bundle at her waist while her son turns the wheel at the far end.",
    "Her family has made rope in this shed since 1871. There were eleven rope walks in the town then, supplying the shipyards along the river and the fishing fleets further north. Now there is one, and it makes mooring lines for museum ships, bell ropes for churches and the occasional order from a film company.")
h02 += ["", "1|A trade without a supply", ""]
h02 += body(
    "The problem is not customers. Klaassens has more orders than she can meet, and a waiting list that runs into next summer. The problem is hemp. The last grower in the province gave up in 2031, and the fibre she can buy from abroad is cut short for the textile mills, too short to spin into yarn that will hold.",
    "She has tried linen, sisal and a blend a supplier sent her to test. None of them lie right in the strand, she says, and a rope that does not lie right will not last. \"You can make something that looks like rope out of almost anything. Whether it is still holding a ship in ten years is another question.\"",
    "A farmers' cooperative near Dorrum has offered to plant forty hectares of long-stalked hemp next spring if she will commit to buying the harvest for five years. It is a large bet for a business that employs three people, and she has not yet decided whether to take it.")
h02 += ["", "Liesbet van der Hoorn is a writer based in Ostrum. Her book on the river trades is published next year.", "",
        "More long reads", "The keepers of the Harl lighthouse", "A winter with the eel fishers of the Maaskil", "",
        "Get Brackwater in print: four issues a year, delivered.", "", "© 2034 Brackwater Magazine · Privacy · Contact"]
emit("h02_magazine_words_by_particle_bracket_buttons", h02, [
    dict(title="The last rope walk on the Ismere", authors=["Liesbet van der Hoorn"], date="2034-10-17", kind="long read",
         pub="Brackwater Magazine")])

# h03: the browser's title bar printed as the first line (TITLE – SITE NAME); the site's name nowhere else.
h03 = ["Why the lock keepers of the Fenmoor Cut go home at dusk – Fenmoor Ledger",
       "Home | Waterways | Towns | Opinion | Archive | Subscribe", "", "ANALYSIS",
       "Why the lock keepers of the Fenmoor Cut go home at dusk", "By Selby Achterberg", "Tuesday 24 October 2034", ""]
h03 += body(
    "Since the clocks went back, boats on the Fenmoor Cut have been tied up at Sallow Lock by half past five, their crews waiting for a keeper who will not come until eight the next morning. The waterways board says it cannot afford to staff the locks after dark. The boaters say the board is choosing to let the canal die.",
    "The numbers are on the board's side, at first sight. Its own counts show fewer than thirty boats a week pass Sallow Lock in the winter months, against more than two hundred in August. Paying two keepers for every evening shift from October to March would cost more than the winter licence fees bring in.",
    "But the counts measure what the canal carries now, not what it could carry. The two boatyards at Hythe Bank have both said they would move winter work to the Cut if boats could reach them in the evening, and the grain barge that used to run from Marle gave up in 2032 because it could not be sure of getting through the locks in a day.",
    "The board could let trained boaters work the locks themselves, as canals further south have done for years. Its chief engineer, Rowena Platt, told a meeting in Marle last week that the gates at Sallow are too heavy and too old for that. If so, the honest answer is to repair the gates, not to close the canal at dusk and wait for the boats to stop coming.")
h03 += ["", "Tags: canals, Fenmoor Cut, waterways board", "", "Read more", "Marle grain barge: the last cargo",
        "Hythe Bank boatyard wins navy contract", "", "About us · Contact · Write for us · © 2034 All rights reserved"]
emit("h03_title_bar_first_line_site_name", h03, [
    dict(title="Why the lock keepers of the Fenmoor Cut go home at dusk", authors=["Selby Achterberg"], date="2034-10-24",
         kind="analysis", pub="Fenmoor Ledger")])

# h04: a reference work's entry with the tagline "From the NAME, the … of …" under its title; no title bar, a See also
# list and references (text, the heading not), categories, last edited date, licence.
h04 = ["Main page   Contents   Random entry   Recent changes   Help", "Create account   Log in",
       "Entry   Talk   Read   Edit   View history", "", "Shoulder splice",
       "From the Hallam Encyclopedia, the open reference of the rigging trades", "",
       "1|A shoulder splice is a splice that joins a smaller rope to the side of a larger one, so that the smaller rope leaves the larger at an angle instead of continuing along it. It was used on sailing vessels to take a lanyard or a pendant off a shroud without cutting the shroud, and is still used by riggers on traditional ships and by tree surgeons.[1]",
       "", "1|Method", "",
       "1|The strands of the smaller rope are unlaid for about six times the rope's diameter and tucked through the strands of the larger rope against the lay, two tucks on one side and one on the other. The tucks are then tapered by cutting away half the yarns of each strand before the last round.[2] A correctly made shoulder splice keeps about eighty per cent of the smaller rope's strength.",
       "", "1|History", "",
       "1|The splice is described in the rigging books of the Ostmark navy from the 1790s, where it is called a side splice, and the name shoulder splice first appears in a sailmaker's manual printed at Hallam in 1836.[3] It fell out of use on merchant ships with the coming of wire rigging, but was kept alive by the sailing clubs of the Ismere estuary.",
       "", "See also", "Back splice", "Eye splice", "Long splice", "Lanyard", "", "References", "",
       "1|^ Corrie Vandersloot, Working Rope (Hallam: Stayline Press, 2027), pp. 88–91.",
       "1|^ Odile Ferrant, The Rigger's Year (Ostrum: Keelhouse, 2029), p. 41.",
       "1|^ Amos Greet, The Sailmaker's Companion (Hallam, 1836), p. 112.", "",
       "Categories: Splices | Rope ends | Traditional rigging", "",
       "This page was last edited on 2 November 2034, at 09:14 (UTC).",
       "Text is available under the Open Content Licence; additional terms may apply.",
       "Privacy policy   About the Hallam Encyclopedia   Disclaimers   Mobile view"]
emit("h04_reference_entry_from_the_tagline", h04, [
    dict(title="Shoulder splice", authors=[], date="2034-11-02", kind="encyclopedia entry", pub="Hallam Encyclopedia")],
    sidecar="url: https://hallam-encyclopedia.example/entry/Shoulder_splice")

# h05: a civic newsroom's explainer with a list of its five sections (two-space indent, blank lines around) between
# the title and the byline and date; the sections are then the text's subheadings.
secs5 = ["What the charge is", "Who has to pay it", "How much it will cost", "When it starts", "How to appeal"]
h05 = ["Brennock Record", "Home  Explainers  Data  Council watch  About  Donate",
       "We use cookies to understand how our explainers are read. Accept | Reject | Settings", "",
       "EXPLAINER", "How Brennock's new district heating charge will work", ""] + ["  " + s for s in secs5] + [
       "", "By Wilhelmina Osei-Brandt", "Published 6 November 2034", ""]
h05 += ["1|" + secs5[0], ""] + body(
    "From January, every household connected to the Brennock district heating network will pay a fixed standing charge on top of the heat it uses. The council says the charge will pay for replacing the network's oldest pipes, some of which were laid in the 1960s.")
h05 += ["", "1|" + secs5[1], ""] + body(
    "About 8,200 homes are on the network, most of them in the Hollin and Upper Dene wards, along with the swimming baths, two schools and the library. Households that have left the network and installed their own boilers will not pay.")
h05 += ["", "1|" + secs5[2], ""] + body(
    "The charge will be 14 crowns a week for a flat and 19 for a house. The council estimates that a typical flat's heating bill will rise by about a tenth, less for homes that use a lot of heat and more for those that use little.")
h05 += ["", "1|" + secs5[3], ""] + body(
    "The first bills with the charge will go out in February and cover January. Tenants of the council's own homes will see it added to their rent statements instead of a separate bill.")
h05 += ["", "1|" + secs5[4], ""] + body(
    "Households can ask for a reduction if they receive housing support or if a medical condition means they must keep their homes warm. The form is on the council's website and at the Hollin housing office, and appeals must be made by the end of March.")
h05 += ["", "Was this explainer useful? Yes | No", "", "Read next", "Where Brennock's heat comes from",
        "The council's budget in five charts", "",
        "The Brennock Record is an independent nonprofit newsroom. Donate to keep our journalism free.",
        "© 2034 Brennock Record · Privacy · Corrections policy"]
emit("h05_explainer_section_list_before_byline_date", h05, [
    dict(title="How Brennock's new district heating charge will work", authors=["Wilhelmina Osei-Brandt"], date="2034-11-06",
         kind="explainer", pub="Brennock Record")],
    sidecar="url: https://brennockrecord.example/explainers/district-heating-charge")

# h06: as h05, but the date line before the list of sections (four-space indent) and the byline after it.
secs6 = ["Polling stations", "What to bring with you", "Postal and proxy votes", "Results night"]
h06 = ["Harrowmere Post", "News | Guides | Community | Events | Jobs", "", "GUIDE",
       "Where and how to vote in the Harrowmere by-election", "Published Monday 20 November 2034", ""] + [
       "    " + s for s in secs6] + ["", "Written by Cosima Ferreira-Lund", ""]
h06 += ["1|" + secs6[0], ""] + body(
    "Polls open at seven in the morning on Thursday 30 November and close at ten at night. There are fourteen polling stations across the ward, most of them in schools and church halls; your poll card tells you which one is yours, and you can only vote there.",
    "The station at Larkhill Primary has moved to the scout hut on Mill Lane this time because of building work at the school.")
h06 += ["", "1|" + secs6[1], ""] + body(
    "You need photographic identification to vote in person: a passport, a driving licence or the free voter card the council issues. You do not need your poll card, though it makes things quicker.")
h06 += ["", "1|" + secs6[2], ""] + body(
    "The deadline to apply for a postal vote has passed, but you can still ask for a proxy vote until five in the afternoon on Thursday 23 November. Postal votes can be handed in at any polling station in the ward on polling day if you have not sent them back.")
h06 += ["", "1|" + secs6[3], ""] + body(
    "The count will take place at the Harrowmere leisure centre, and the result is expected after two in the morning. We will publish it on our site as soon as it is declared, along with the turnout and each candidate's share of the vote.")
h06 += ["", "Share this guide: Facebook | X | Email", "", "More guides", "How to report a pothole",
        "Winter bin collection dates", "", "Get the Harrowmere Post newsletter every Friday. Sign up", "",
        "© 2034 Harrowmere Post · Privacy · Cookies"]
emit("h06_guide_date_then_sections_then_byline", h06, [
    dict(title="Where and how to vote in the Harrowmere by-election", authors=["Cosima Ferreira-Lund"], date="2034-11-20",
         kind="guide", pub="Harrowmere Post")])

# h07: a byline line with the date and buttons on one line; no genre printed (a feature by convention).
h07 = ["Kellbridge Evening Star", "Menu   Search   Sign in   Subscribe", "Business › Shipping", "",
       "Dockers at Kellbridge vote to end overtime ban",
       "By Ansgar Mbatha-Rees · 4 October 2034      Share   Save", ""]
h07 += body(
    "Dock workers at Kellbridge voted on Tuesday to end the overtime ban that has slowed the port for seven weeks, after the port company agreed to hire forty more crane drivers by the spring.",
    "The union said 71 per cent of members who voted backed the deal, on a turnout of just over half. The ban, which began in the middle of August, had left container ships waiting up to four days for a berth and pushed two shipping lines to send cargo to Harlsund instead.",
    "The port company said the new drivers would be trained at its own school on the west quay and that the first twelve would start work in January. It has also agreed to limit any driver's overtime to ten hours a week, the union's main demand.",
    "\"Nobody wanted a ban,\" said Pieter Oyelaran, the union's branch secretary. \"But people were working sixty-hour weeks in cabs forty metres up. Somebody was going to get killed.\" Normal working will resume from Monday.")
h07 += ["", "Topics: Shipping, Unions, Port of Kellbridge", "", "Most read",
        "Harlsund ferry cancelled for third day", "Bridge repairs to close the quayside road", "",
        "We use cookies. By using this site you agree to our cookie policy. OK", "",
        "Kellbridge Evening Star · Part of the North Sound Media group · © 2034"]
emit("h07_byline_date_buttons_one_line", h07, [
    dict(title="Dockers at Kellbridge vote to end overtime ban", authors=["Ansgar Mbatha-Rees"], date="2034-10-04",
         kind="feature", pub="Kellbridge Evening Star")],
    sidecar="url: https://kellbridgestar.example/business/shipping/dockers-end-overtime-ban")

# h08 (negative): a poem printed between its title and its byline and date; its stanzas of short capitalised lines
# (two-space indent, blank lines around) are the article's text, not a list of sections.
stanzas = [["The tide goes out past Harrowby", "And takes the light along;", "The moored boats lean into the mud",
            "Like singers after song."],
           ["The heron keeps the channel edge,", "The gulls keep to the sky,", "And no one keeps the ferry now",
            "That used to take us by."],
           ["But when the water turns at dusk", "And fills the creeks again,", "The boats stand up like waking men",
            "And all the lamps come on."]]
h08 = ["Wending Review", "Poetry   Fiction   Essays   Issues   Submit", "We use cookies on this site. OK", "", "POEM",
       "Low Water at Harrowby", ""]
for i, st in enumerate(stanzas):
    if i: h08.append("")
    h08 += ["1|  " + l for l in st]
h08 += ["", "By Idris Okonjo-Vale", "9 November 2034", "Share   [Facebook]   [Email]", "",
        "From our autumn issue. Idris Okonjo-Vale lives on the Harrow estuary; his first collection, Slack Tide, is published by Marram Press.",
        "", "More poems", "Salt Marsh in February", "The Ferryman's Daughter", "",
        "© 2034 Wending Review · Submissions · About · Privacy"]
emit("h08_negative_poem_stanzas_between_title_and_date", h08, [
    dict(title="Low Water at Harrowby", authors=["Idris Okonjo-Vale"], date="2034-11-09", kind="poem", pub="Wending Review")],
    sidecar="url: https://wendingreview.example/poetry/low-water-at-harrowby")

# h09 (negative): the first line is the site's logo line with its slogan after a bar (SITE | tagline), not the title.
h09 = ["Saltgrass Review | Notes on the estuary and the people who work it",
       "Home   Essays   Reports   Photographs   About",
       "This site uses cookies for analytics. [Accept] [Decline]", "", "ESSAY", "The oyster beds that came back",
       "By Petronella Achebe-Winther", "Monday 27 November 2034", ""]
h09 += body(
    "Twenty years ago the oyster beds off Moorend Point were given up for dead. The water was too warm and too dirty, the last dredgers had sold their boats, and the council was talking about letting a marina company build over the old packing sheds.",
    "Last month the first licensed harvest in two decades came ashore at the point: eleven hundred kilos of native oysters, taken by hand from beds that a handful of volunteers began restocking in 2026 with shell and seed from the north.",
    "What changed was not one thing. The sewage works upriver was rebuilt; the marina was never built; a run of cold winters slowed the disease that had wiped out the beds in the 2010s. But the volunteers, most of them retired and none of them scientists, kept laying shell every autumn when there was little to show for it.",
    "The harvest is small, and the beds are fragile. A single hot summer could undo most of the work. But standing on the slipway as the first baskets came up, it was hard not to feel that the estuary had been given a second chance, and that it had been given it by people who simply refused to stop.")
h09 += ["", "Filed under: Oysters, Water quality, Moorend", "", "You might also like",
        "Counting the terns on Gull Island", "What the dredgers left behind", "",
        "Saltgrass Review is published by the Moorend Estuary Trust. Contact · Privacy"]
emit("h09_negative_logo_line_site_bar_tagline", h09, [
    dict(title="The oyster beds that came back", authors=["Petronella Achebe-Winther"], date="2034-11-27", kind="essay",
         pub="Saltgrass Review")])
