"""Writes the pages34-new cases (invented; single web pages of the shapes fitted to heldout34's pages — key-figure lines
ending at note markers glued after a year, a post's opening paragraph that talks to the reader, a headline in capitals
opening with a hyphenated word under a title bar that prints it in sentence case, a logo's initials beside the name and
its edition, a day/month date settled by the address, a byline of the site's staff, a closing "reported from" credit, a
reference work's tagline under an entry's title — laid out in ways heldout34 does not use, from sites of the writer's own
invention, written after the pages34 rules and labelled before any run): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

write("s01_statistics_office_bulletin", [
    "Skip to content",
    "Office for Island Statistics",
    "Themes   Releases   Data   About us",
    "Releases > Transport > Ferries",
    "Statistical bulletin",
    "Inter-island ferry traffic, 2033",
    "Published 14 March 2034",
    "Next update: March 2035",
    ">Main points",
    ">1.9 million passenger journeys were made on the inter-island ferries in 2033, the highest total since 2019.1",
    ">Vehicle crossings fell for the second year running, to 212,000, after the fare rise of April 2032.2",
    ">Eleven per cent of sailings were cancelled, most of them in the storms of January and November 2033.3",
    ">Passenger journeys",
    ">Growth was strongest on the short crossing between Halden and Port Selby, where the new vessel that entered service in May doubled the number of daily sailings. Journeys on the longer routes to the outer islands were close to their level of the previous year.",
    ">Cancellations",
    ">Most cancellations were caused by weather. The operator also withdrew one vessel for three weeks in August for repairs to its ramp, which accounts for about a fifth of the year's cancelled sailings on the northern route.",
    "Notes",
    ">1. Ferry operator returns, 2019–2033 – Island Ferries Ltd, accessed 2 March 2034, https://islandferries.example/returns",
    ">2. Fares and concessions schedule – Transport Board, accessed 2 March 2034, https://transportboard.example/fares",
    ">3. Sailing disruption log – Harbour Office, accessed 3 March 2034, https://harbouroffice.example/disruption",
    "Contact: ferries@islandstats.example",
    "Was this page helpful? Yes  No",
    "© Crown copyright 2034 · Office for Island Statistics",
], dict(title="Inter-island ferry traffic, 2033", authors=[], date="2034-03-14", kind="statistical bulletin",
        publication="Office for Island Statistics"))

write("s02_naturalist_blog_field_notes", [
    "The Tideline Notebook",
    "Home   Archive   About   Subscribe",
    "FIELD NOTES",
    "Counting terns on the shingle spit",
    "11 June 2034 · 5 min read",
    "Posted by Orla Finchley-Marrs",
    ">If you have ever tried to count a tern colony from the edge of a shingle spit, you will know that the birds do not cooperate. They lift, wheel and settle again, and every count you make is a guess dressed up as a number. This morning I tried a different method, and I want to tell you how it went, because your own counts may be better for it.",
    ">Instead of counting birds, I counted nests. From the hide at the end of the spit, the scrapes in the shingle are easy to see once the adults have settled, and each one can be marked on a sketch map. By nine o'clock I had marked a hundred and forty scrapes, about thirty more than last year's estimate of birds.",
    ">What the numbers mean",
    ">A nest count is not a population count, of course. Some scrapes are never used, and some pairs lose their first clutch and lay again elsewhere. But it is a number that can be checked, and next week I will walk the same line with a second observer to see how close our maps come.",
    "Tags: terns, shingle, counting",
    "3 comments",
    "Leave a reply",
    "© 2034 The Tideline Notebook",
], dict(title="Counting terns on the shingle spit", authors=["Orla Finchley-Marrs"], date="2034-06-11", kind="field note",
        publication="The Tideline Notebook"))

write("s03_freight_newsletter_capitals_headline", [
    "Short-sea operators count the cost of the lock closure – Coastwise Freight Letter",
    "COASTWISE FREIGHT LETTER",
    "Independent news for short-sea shipping",
    "Log in   Subscribe   Events",
    "ANALYSIS",
    "SHORT-SEA OPERATORS COUNT THE COST OF THE LOCK CLOSURE",
    "By Benedikt Aaltonen-Shaw, Freight Correspondent",
    "3 February 2034",
    ">Operators of small coastal freighters say the six-week closure of the Marrow sea lock has cost them more than any storm season in the past decade, as vessels that would normally load at the inland wharves have been forced to wait in the outer harbour or divert to the deep-water terminal.",
    ">The lock was closed on 18 December after an inspection found cracks in the lower gate. The harbour authority says repairs will be finished by the end of the month, but several operators told the Letter they had already lost contracts to road hauliers.",
    ">\"Once a customer moves to lorries, they do not come back for one good month,\" said the manager of a family-owned shipping company that runs four vessels from the inland wharves.",
    ">The waiting game",
    ">Ships waiting in the outer harbour pay anchorage fees by the day, and crews must be kept aboard. Operators estimate the combined cost at several hundred thousand pounds, a sum the harbour authority has so far declined to discuss.",
    "Benedikt Aaltonen-Shaw covers ports and short-sea shipping for the Letter.",
    "Read next",
    "Deep-water terminal extends opening hours",
    "© 2034 Coastwise Freight Letter. All rights reserved.",
], dict(title="Short-sea operators count the cost of the lock closure", authors=["Benedikt Aaltonen-Shaw"], date="2034-02-03",
        kind="analysis", publication="Coastwise Freight Letter"))

write("s04_broadcaster_world_service_report", [
    "KNB Kelvar National Broadcaster — World Service",
    "Radio   TV   News   Sport   Languages",
    "News / Europe",
    "REPORT",
    "On the night ferry, islanders wait for a bridge that never comes",
    "Tue 7 Feb 2034 18.40 GMT",
    "Share   Save",
    ">The last ferry from Halden leaves at ten past eleven, and on a winter night it carries more lorries than passengers. The few people aboard sit in the warm lounge above the car deck and talk, as islanders always have, about the bridge.",
    ">It was first promised in 1998. Since then, four governments have commissioned studies, two have announced a start date and none has broken ground. The latest plan, published last autumn, puts the cost at three times the original estimate.",
    ">For the ferry's crew, the bridge is a distant threat to their jobs. For the islanders, it is a story they no longer quite believe. \"My grandmother was told she would drive to the mainland,\" said one passenger, a nurse who works night shifts in Port Selby. \"I'll believe it when I see a lorry on it.\"",
    ">The ferry company says it will order a new vessel next year whatever happens to the bridge. The present boat is thirty-one years old.",
    "Mira Castellane-Obi reported from Halden.",
    "More from Europe",
    "Island councils seek power to set ferry fares",
    "KNB is not responsible for the content of external websites.",
    "© KNB 2034",
], dict(title="On the night ferry, islanders wait for a bridge that never comes", authors=["Mira Castellane-Obi"], date="2034-02-07",
        kind="report", publication="Kelvar National Broadcaster"))

write("s05_local_paper_staff_explainer", [
    "Kessock Courier",
    "Your town. Your news.",
    "Home | News | Sport | What's on | Jobs",
    "EXPLAINER",
    "What the new harbour parking charges mean for residents",
    "By Kessock Courier Staff",
    "Posted 03/04/2034 at 14:05",
    ">From Monday, drivers who park on the harbour front will pay by the hour for the first time. The council says the charges will pay for repairs to the sea wall; residents' groups say they will push cars into the narrow streets behind the quay. Here is what changes.",
    ">Who pays",
    ">Visitors will pay two pounds an hour between eight in the morning and six in the evening, every day of the week. Residents of the harbour streets can apply for a permit that costs forty pounds a year.",
    ">Where the money goes",
    ">The council expects the charges to raise about ninety thousand pounds a year. It has promised that all of it will go to the sea wall and the slipway for the next five years.",
    "Got a news tip? Email newsdesk@kessockcourier.example",
    "Most popular",
    "Lifeboat crew honoured for winter rescue",
    "© 2034 Kessock Courier Ltd",
], dict(title="What the new harbour parking charges mean for residents", authors=[], date="2034-04-03", kind="explainer",
        publication="Kessock Courier"),
    sidecar="url: https://www.kessockcourier.example/news/2034/04/03/harbour-parking-charges-explained")

write("s06_sea_dictionary_entry", [
    "Harbourpedia",
    "Read   Edit   History   Discuss",
    "Search Harbourpedia",
    "DICTIONARY ENTRY",
    "Slack water",
    "From Harbourpedia, the community dictionary of seafaring",
    ">Slack water is the short period around high or low tide when the tidal stream is weak or absent and the water is nearly still.[1] Its length varies with the place and the range of the tide, from a few minutes in narrow channels to an hour or more in wide bays.",
    ">Use in navigation",
    ">Pilots and small-boat sailors time passages through narrow entrances and over bars for slack water, when the current is least likely to set a vessel onto rocks or banks.[2] Divers also plan work on wrecks in tidal waters around it.",
    ">Slack water does not always fall at the time of high or low water. In estuaries and channels the stream may turn an hour or more after the tide, and local tables give the times separately.[1]",
    "See also",
    "Tidal stream",
    "Spring tide",
    "References",
    ">^ Ravensworth, Anneli (2027). Tides for Small Craft. Estuary Press. p. 33.",
    ">^ Tollemache, Piers (2030). \"Crossing the Bar\". Coastal Pilot Review. 14 (2): 51–60.",
    "Categories: Tides | Navigation",
    "This page was last edited on 9 January 2034, at 08:12.",
    "Text is available under a free licence; additional terms may apply.",
], dict(title="Slack water", authors=[], date="2034-01-09", kind="dictionary entry", publication="Harbourpedia"),
    sidecar="url: https://harbourpedia.example/wiki/Slack_water")
