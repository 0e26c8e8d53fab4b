# Invented web pages for head14 (titles and authors of page heads): shapes no other folder shows. Written before any
# tuning and measured once. Run: python3 gen.py
import sys
sys.path.insert(0, '..')
from corpusgen import write

write('h01_series_part_dek_byline_affiliation', [
    'Strand Centre for Maritime Policy',
    'Research   Commentary   Events   About',
    'Field Notes · Part 3 of 5',
    'The quiet economics of salvage rights in the Vennel Straits',
    'Who gets paid when a wreck is raised, and why the answer keeps changing with every new coastal code',
    'By Hanne Okafor-Lind, Senior Fellow, Strand Centre for Maritime Policy',
    '22 May 2027',
    '>Salvage in the Vennel Straits used to be a matter for the harbour masters of three small ports, who settled most claims over a table and rarely needed a court.',
    '>That changed when the coastal code of 2024 gave the national coastguard a first claim on any wreck that blocks a shipping lane, and let it auction the work to the lowest bidder.',
    '>The salvors we spoke to say the auctions have driven prices down so far that only two firms still keep a heavy lift crane in the straits, which matters the next time a tanker runs aground.',
    'Read part 4: Insurance after the storm season',
    '© 2027 Strand Centre for Maritime Policy',
], dict(title='The quiet economics of salvage rights in the Vennel Straits', authors=['Hanne Okafor-Lind'], date='2027-05-22', kind='commentary',
        publication='Strand Centre for Maritime Policy'))

write('h02_crawler_title_guillemet_suffix', [
    '---',
    'title: "Dredging the Orme estuary: a cost nobody budgeted « Tidemark Review"',
    'date: 2027-06-03',
    'hostname: tidemark-review.example',
    '---',
    'Tidemark Review',
    'Latest   Essays   Archive   Subscribe',
    'ESSAYS',
    'Dredging the Orme estuary: a cost nobody budgeted',
    'Lorcan Whitby-Adeyemi',
    'June 3, 2027 · 9 min read',
    '>Every spring the channel into Orme harbour gets a little shallower, and every spring the port authority hires a dredger for a fortnight to dig it out again.',
    '>This year the dredger could not come. Its owner had taken a longer contract on the other coast, and the port found that no other firm within three days\' sailing had a vessel small enough for the channel.',
    '>The result has been a month of ships waiting for the high tide, pilots working double shifts and a quiet argument over who should have kept a dredger on call.',
    'Share   Email   Print',
], dict(title='Dredging the Orme estuary: a cost nobody budgeted', authors=['Lorcan Whitby-Adeyemi'], date='2027-06-03', kind='essay',
        publication='Tidemark Review'))

write('h03_podcast_episode_page', [
    'The Long Tide',
    'A podcast about ports, rivers and the people who work them',
    'Episodes   Hosts   Support the show',
    'Episode 41',
    'Who owns the seabed under a wind farm?',
    'Hosted by Marisol Quayle-Banerjee',
    'Released 9 July 2027 · 47 min listen',
    '▶ Play episode',
    '>In this episode we ask a question that sounds simple and is not: when a company builds a wind farm offshore, who owns the ground its turbines stand on?',
    '>Our guest, a lawyer who has spent twenty years on seabed leases, explains why the answer depends on how far from the shore the farm stands and on treaties older than anyone now working in the industry.',
    '>We also hear from fishermen in the northern bays, who lost access to grounds their families had worked for generations when the first leases were granted.',
    'Subscribe wherever you get your podcasts',
], dict(title='Who owns the seabed under a wind farm?', authors=['Marisol Quayle-Banerjee'], date='2027-07-09', kind='podcast',
        publication='The Long Tide'))

write('h04_press_release_embargo', [
    'Northmere Port Authority',
    'Newsroom',
    'PRESS RELEASE',
    'EMBARGOED UNTIL 00:01, 14 AUGUST 2027',
    'Port authority orders two electric pilot boats for the Northmere approaches',
    'Northmere, 13 August 2027',
    '>The Northmere Port Authority has ordered two battery-powered pilot boats from a yard on the Selde river, the first electric vessels in its fleet.',
    '>The boats will carry pilots to and from ships in the outer approaches from the spring of 2029, replacing two diesel launches built in the 1990s.',
    '>The authority expects the new boats to cut the fuel used by its pilot service by more than half, and will install charging points at the pilot station this winter.',
    'Media contact: Press office, Northmere Port Authority, +44 1632 960 418',
    'Notes to editors',
    'The Northmere Port Authority is a trust port established by act of parliament.',
], dict(title='Port authority orders two electric pilot boats for the Northmere approaches', authors=[], date='2027-08-13', kind='press release',
        publication='Northmere Port Authority'))

write('h05_newsletter_subject_line', [
    'From: The Estuary Letter <letters@estuary-letter.example>',
    'Subject: [Estuary Letter #58] Oyster beds, a new weir and a quiet summer',
    'Date: 1 September 2027',
    'View in browser',
    'Oyster beds, a new weir and a quiet summer',
    'Hello again,',
    '>The oyster beds off Carrow Point have had their best summer in a decade, according to the growers who met in the village hall last week to compare notes on the season.',
    '>Upstream, the river trust has finished the new weir at Hallam Mill, and the first salmon were counted through its fish pass on the last Sunday in August.',
    '>Otherwise it has been a quiet summer on the estuary, which after the floods of last year is exactly what most of us wanted.',
    'Until next time,',
    'Bryony Tetteh-Marsh',
    'You are receiving this because you subscribed to The Estuary Letter. Unsubscribe',
], dict(title='Oyster beds, a new weir and a quiet summer', authors=['Bryony Tetteh-Marsh'], date='2027-09-01', kind='newsletter',
        publication='The Estuary Letter'))

write('h06_broadcast_transcript', [
    'Coastline Radio',
    'Programmes   Schedule   Listen again',
    'Transcript',
    'The Evening Report: Harbour fees rise for the third year running',
    'Broadcast 18:30, 12 October 2027',
    'Presented by Ewan Castellanos-Reid',
    '>Good evening. Harbour fees at the four largest ports on this coast will rise again in January, for the third year running, the harbour boards confirmed this afternoon.',
    '>Fishing crews say the rises will push some of the smaller boats out of business, while the boards say the money is needed to repair breakwaters damaged in last winter\'s storms.',
    '>We will have more on the harbour fees, and reaction from the fishing associations, in tomorrow morning\'s programme.',
    'This transcript was produced from the broadcast and may contain errors.',
], dict(title='The Evening Report: Harbour fees rise for the third year running', authors=['Ewan Castellanos-Reid'], date='2027-10-12', kind='transcript',
        publication='Coastline Radio'))

write('h07_authors_with_numbered_affiliations', [
    'Journal of Estuarine Governance',
    'Articles   Issues   Submit',
    'Research article',
    'Shared stewardship of tidal commons: evidence from three estuaries',
    'Ingrid Solberg-Mensah¹ and Tomasz Achterberg²',
    '¹ Department of Geography, University of Varde  ² Institute for Coastal Law, Selde',
    'Published 4 November 2027',
    '>Tidal commons, the mudflats and saltmarsh that no one owns outright, are managed in very different ways along the same coastline, and the differences matter for the birds and fish that depend on them.',
    '>We compared the arrangements in three estuaries over ten years, using minutes of meetings, grazing records and interviews with the people who sit on the committees.',
    '>Where committees included the graziers and the wildfowlers as well as the landowners, agreements lasted longer and were broken less often.',
    'Keywords: commons; estuaries; governance',
], dict(title='Shared stewardship of tidal commons: evidence from three estuaries', authors=['Ingrid Solberg-Mensah', 'Tomasz Achterberg'], date='2027-11-04', kind='research article',
        publication='Journal of Estuarine Governance'))

write('h08_document_title_line_then_h1', [
    'Ferry timetables after the bridge closure :: Islands Gazette',
    'Islands Gazette',
    'News   Sport   Opinion   Community',
    'News',
    'Ferry timetables after the bridge closure',
    'Extra crossings on the short route until the spring',
    'Words: Signe Adebayo-Holm  ·  Pictures: Ruairi Kowalczyk',
    '6 December 2027',
    '>The island council has agreed with the ferry operator to add six crossings a day on the short route while the causeway bridge is closed for repairs.',
    '>The bridge, which carries the only road to the mainland, was closed last week after divers found cracks in two of its piers.',
    '>Engineers say repairs will take until at least March, and the council has asked employers on the mainland to be flexible about start times.',
    'Related: Bridge closed after divers find cracks',
], dict(title='Ferry timetables after the bridge closure', authors=['Signe Adebayo-Holm'], date='2027-12-06', kind='news',
        publication='Islands Gazette'))

write('h09_kicker_inline_and_question_title', [
    'The Lowland Ledger',
    'Subscribe   Log in',
    'Analysis | Flood insurance',
    'Can the flood reinsurance pool survive another wet decade?',
    'The scheme was meant to be temporary. Twelve years on, nobody can agree how to wind it down',
    'Priya Lindqvist-Oduya, economics correspondent',
    'Updated 15 January 2028',
    '>When the flood reinsurance pool was set up, its founders promised it would close within ten years, once insurers had learned to price flood risk properly.',
    '>Twelve years later the pool covers more homes than ever, and its managers warn that two more years like the last would exhaust its reserves.',
    '>The government says it will publish options for the pool\'s future before the summer, but insurers and homeowners\' groups already disagree on what those options should be.',
    'More analysis',
], dict(title='Can the flood reinsurance pool survive another wet decade?', authors=['Priya Lindqvist-Oduya'], date='2028-01-15', kind='analysis',
        publication='The Lowland Ledger'))

write('h10_blog_title_after_date_and_category_with_coauthor', [
    'Notes from the Saltmarsh',
    'Home   About   Archive',
    'February 2, 2028',
    'Fieldwork',
    'Counting avocets on a cold morning',
    'Posted by Anneke Brathwaite and Jonas Efeoglu',
    '>We set out before dawn to count the avocets on the lagoon, as we do on the first Saturday of every month through the winter.',
    '>The cold had frozen the edges of the scrapes and pushed the birds into the middle of the lagoon, which made counting them easier than usual.',
    '>We counted two hundred and twelve in all, the highest February count since we began keeping records eight years ago.',
    'Leave a comment',
], dict(title='Counting avocets on a cold morning', authors=['Anneke Brathwaite', 'Jonas Efeoglu'], date='2028-02-02', kind='blog',
        publication='Notes from the Saltmarsh'))
