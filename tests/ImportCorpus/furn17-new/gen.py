"""Writes the furn17-new cases (invented, written after the furn17 changes — a running line's companion, the line model's
interface-command and repeated-in-this-text features — and labelled before any run): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write, Issue, arts  # noqa: E402

L = lambda *lines: list(lines)

# A botanic garden's research blog: author box at the head and again at the foot, reader commands, a field-guide file.
write('g01_botanic_garden_blog', L(
    'Lindenholm Botanic Garden',
    'Visit   Collections   Science   Learn   Support us',
    '',
    'Science blog',
    '',
    'Counting orchids on the burnt slopes of Mount Aslar',
    '',
    'Dr Henrike Vasquez-Moll',
    'Curator of Living Collections',
    '',
    '9 May 2031',
    'Listen to this post',
    '',
    '>Two summers after the fire that ran across the southern slopes of Mount Aslar, our survey team went back to the plots we marked in 2029 to see which ground orchids had come back.',
    '',
    '>The answer surprised us. On the plots where the fire burned hottest, the early spider orchid flowered in greater numbers than it had before the fire, while the lizard orchid, which likes the shade of scrub, had all but vanished.',
    '',
    '>Fire clears the scrub that shades the smaller orchids, and for a few seasons they have the light to themselves. Whether they keep it depends on how quickly the scrub returns.',
    '',
    '>What we found',
    '',
    '>We counted 412 flowering spikes across the twelve plots, against 268 in the last count before the fire. Nine in ten of them were on the four plots that burned hottest.',
    '',
    '>We will go back next spring, and the spring after, until the scrub closes again.',
    '',
    'Download the survey data (CSV, 48 KB)',
    'Share this post',
    '',
    'Dr Henrike Vasquez-Moll',
    'Curator of Living Collections',
    '',
    'Follow the garden on social media',
    'Get our science newsletter in your inbox every month',
    '',
    'Registered charity no. 1170042   © Lindenholm Botanic Garden 2031',
), dict(title='Counting orchids on the burnt slopes of Mount Aslar', authors=['Henrike Vasquez-Moll'], date='2031-05-09',
        kind='blog', publication='Lindenholm Botanic Garden'),
    'url: https://lindenholm-garden.example/science/blog/counting-orchids-mount-aslar')

# A dock workers' union's news release: join and sign commands, a members' login line, media contact.
write('g02_dockers_union_release', L(
    'Harbour and Dock Workers\' Union',
    'News   Campaigns   Join   Members\' area',
    '',
    'News release',
    '',
    'Dockers vote to refuse night shifts at the Kelby container terminal',
    '',
    '14 October 2031',
    '',
    '>Members of the Harbour and Dock Workers\' Union at the Kelby container terminal have voted by a large majority to refuse night shifts from 1 November, after two years in which the terminal\'s operator has cut the number of staff on each shift.',
    '',
    '>Of the 611 members balloted, 523 voted, and 448 of them backed the refusal. The union says crews on the night shift now work with one lasher where there used to be three.',
    '',
    '>Regional secretary Ottar Lindgren said: "Nobody wants to stop the port. But our members will not keep working cranes in the dark with half a crew."',
    '',
    '>The operator has been asked to meet the union before the end of the month.',
    '',
    'Sign our open letter to the port authority',
    'Join the union today',
    'Members: log in to read the ballot guidance',
    '',
    'Media enquiries: press office, 0161 555 0192',
    '',
    'Tags: Ports, Ballots, Health and safety',
    '',
    '© Harbour and Dock Workers\' Union 2031',
), dict(title='Dockers vote to refuse night shifts at the Kelby container terminal', authors=[], date='2031-10-14',
        kind='news release', publication='Harbour and Dock Workers\' Union'),
    'url: https://hdwu.example/news/2031/10/dockers-vote-refuse-night-shifts-kelby')

# An arts magazine's exhibition review: ticket and visit commands, image credit, save, a read-next teaser.
write('g03_arts_review', L(
    'THE GALLERY QUARTERLY',
    'Reviews   Features   Listings   Shop',
    '',
    'Review',
    '',
    'Maps of a river that moved: Okonkwo-Brandt at the Tessel Museum',
    '',
    'By Ilse Marchetti',
    '22 March 2032',
    '',
    'Book tickets',
    'Save to my list',
    '',
    '>The Tessel Museum has given its long upper gallery to forty maps of the river Oder as it ran in different centuries, drawn and redrawn by the artist Chidi Okonkwo-Brandt over six years.',
    '',
    '>Each map is made from the river\'s own silt, pressed onto linen. The older courses are pale and the recent ones dark, so that walking down the gallery is like watching the river wander west.',
    '',
    'Image: courtesy the artist and Tessel Museum',
    '',
    '>The last room is the best. A single map, twelve metres long, shows every course at once, and the visitor has to stand far back to see that they make a braid.',
    '',
    '>It is a quiet show, and a patient one. It rewards the same patience from us.',
    '',
    'Okonkwo-Brandt: Silt is at the Tessel Museum until 30 June.',
    'Plan your visit',
    '',
    'Read next: Five exhibitions to see this spring',
    '',
    'Subscribe to The Gallery Quarterly from 9.50 a quarter',
), dict(title='Maps of a river that moved: Okonkwo-Brandt at the Tessel Museum', authors=['Ilse Marchetti'], date='2032-03-22',
        kind='review', publication='The Gallery Quarterly'),
    'url: https://galleryquarterly.example/reviews/okonkwo-brandt-tessel-museum')

# A citizen-science project's update on a crowdfunding platform: back, tell a friend, report, comment counter.
write('g04_citizen_science_update', L(
    'Projects   Start a project   Log in',
    '',
    'Listening for Bats on the Marren Estuary',
    'by Marren Bat Group',
    '',
    'Update #6',
    '',
    'The detectors are back from the reed beds',
    '',
    'Posted by Tobiah Lindqvist-Aro on 3 August 2031',
    '',
    '>All fourteen of the detectors we hid in the reed beds in June came back this week, and only one of them had been chewed by something with sharp teeth.',
    '',
    '>Between them they recorded just over 61,000 passes. Most were common pipistrelles, but on three nights the detector nearest the old sluice picked up the long calls of a noctule, which nobody had recorded on the estuary before.',
    '',
    '>Thank you to everyone who backed the project. Your money paid for the batteries, the memory cards and the boat to reach the far beds.',
    '',
    '>We will post the maps of the passes in September.',
    '',
    'Back this project',
    'Tell a friend',
    'Report this project',
    '',
    '14 comments',
    '',
    'Lotte R. · 4 August 2031',
    'A noctule! Well done all.',
), dict(title='The detectors are back from the reed beds', authors=['Tobiah Lindqvist-Aro'], date='2031-08-03',
        kind='update', publication='Marren Bat Group'),
    'url: https://crowdfund.example/projects/marren-bats/updates/6')

# A bank's economic research note: print, download, a disclaimer and a research-alerts command.
write('g05_bank_research_note', L(
    'Vessby Savings Bank',
    'Personal   Business   Economic research',
    '',
    'Economic research',
    '',
    'Freight rates have turned, and the ports will feel it first',
    '',
    'Author: Mattias Oduya-Strand, Chief Economist',
    '18 November 2031',
    '',
    'Print this page',
    'Download the note (PDF, 420 KB)',
    '',
    '>Container freight rates on the northern routes fell by a quarter in October, the third monthly fall in a row, and the forward prices suggest they will keep falling into the new year.',
    '',
    '>The ports are where this shows first. Throughput at the three largest harbours on the coast was flat in the third quarter, and the operators have begun to delay the cranes they ordered in the boom.',
    '',
    '>For households the effect is slower but not small. Cheaper freight should take about a fifth of a point off inflation by the middle of next year.',
    '',
    'Sign up for research alerts',
    'Contact the author',
    '',
    'This note is for information only and does not constitute investment advice.',
    '',
    '© Vessby Savings Bank 2031   Privacy   Cookies',
), dict(title='Freight rates have turned, and the ports will feel it first', authors=['Mattias Oduya-Strand'], date='2031-11-18',
        kind='research note', publication='Vessby Savings Bank'),
    'url: https://vessbybank.example/economic-research/2031/freight-rates-turned')

# A hospital trust's news story: find, rate and last-reviewed furniture.
write('g06_hospital_trust_news', L(
    'Skip to main content',
    'Orrin Valley Hospitals NHS Trust',
    'Find a service   Visiting   Careers   News',
    '',
    'Home > News',
    '',
    'New night ambulance base opens in Kestle',
    '',
    'Published: 2 February 2032',
    '',
    '>A new ambulance base opened in Kestle on Monday night, cutting the time it takes crews to reach the hill villages north of the town by about ten minutes.',
    '',
    '>Two crews will be on duty there every night between 7pm and 7am. Until now the nearest base at night was at Orrin, forty minutes away on the valley road.',
    '',
    '>Paramedic Sunita Halloran said the crews had already answered six calls in the first three nights.',
    '',
    'Find your nearest urgent care centre',
    'Was this page helpful?   Yes   No',
    'Rate this page',
    '',
    'Last reviewed: 2 February 2032',
    'Print',
), dict(title='New night ambulance base opens in Kestle', authors=[], date='2032-02-02',
        kind='news', publication='Orrin Valley Hospitals NHS Trust'),
    'url: https://orrinvalley.nhs.example/news/new-night-ambulance-base-kestle')

# A sibling monitor's issue fragment (PDF text): a two-line running footer — the running line and the institute's
# name under it on every page — page numbers, a section label under the footer where an article opens, a bio.
i = Issue('g07_baltic_monitor_fragment')
A, B = 0, 1
i.add('BALTIC LITTORAL MONITOR')
i.add('Volume 3  •  Number 9  •  4 May 2031')
i.add('Kettering Institute for Northern Studies')
i.add()
i.add('ANALYSIS')
i.add()
i.add('Ferry Sabotage Scares and the Limits of Port Policing in Saaremund')
i.add()
i.add('By Kaja Villems-Okoro')
i.add()
i.para('Three times since January, ferries leaving Saaremund have turned back after crews found cut cables or '
       'loose bolts in their steering gear. Nobody has been charged, and the port police have said little in public '
       'about what they found.', A)
i.add(art=A)
i.para('The port police have twelve officers for a harbour that handles forty sailings a day in summer. They '
       'depend on the ferry companies to report what their crews see, and the companies have reasons to keep quiet.', A)
i.add()
i.add('Baltic Littoral Monitor | Volume 3, Number 9 | 4 May 2031                  1')
i.add('Kettering Institute for Northern Studies')
i.add()
i.para('Insurers have begun to ask questions of their own. Two of the companies now pay for private guards on '
       'the quays at night, which the port authority allows but does not check.', A)
i.add(art=A)
i.add('Outlook', A)
i.add(art=A)
i.para('Unless the port police are given the people to search the vessels themselves, the next scare will be '
       'handled as the first three were: quietly, and by the companies.', A)
i.add()
i.add('Kaja Villems-Okoro is a researcher at the Kettering Institute who studies port security in the Baltic.')
i.add()
i.add('Baltic Littoral Monitor | Volume 3, Number 9 | 4 May 2031                  2')
i.add('Kettering Institute for Northern Studies')
i.add()
i.add('ANALYSIS')
i.add()
i.add('Who Guards the Cable Landing at Vessmark?')
i.add()
i.add('By Rasmus Oyelaran-Berg')
i.add()
i.para('The undersea cable that brings most of the island\'s power ashore at Vessmark lands on a beach with a '
       'wire fence, a camera and a sign. Since the winter, it has also had a patrol boat offshore most nights.', B)
i.add(art=B)
i.para('The patrol belongs to the coast guard, but the fence and the camera belong to the grid company, and the '
       'two do not share a radio channel.', B)
i.add()
i.add('Baltic Littoral Monitor | Volume 3, Number 9 | 4 May 2031                  3')
i.add('Kettering Institute for Northern Studies')
i.add()
i.para('A joint exercise in March showed the gap: the camera saw a small boat come ashore, and the coast guard '
       'heard about it an hour later from a fisherman.', B)
i.add()
i.add('Rasmus Oyelaran-Berg is a former coast guard officer and a fellow of the Kettering Institute.')
i.write(arts('Baltic Littoral Monitor', '2031-05-04', 3, 9,
             ('Ferry Sabotage Scares and the Limits of Port Policing in Saaremund', ['Kaja Villems-Okoro'], 'analysis'),
             ('Who Guards the Cable Landing at Vessmark?', ['Rasmus Oyelaran-Berg'], 'analysis')),
        'publication: Baltic Littoral Monitor\n')
