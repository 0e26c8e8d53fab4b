# Invented web pages for issue 6's publication rules (pub7): site names placed as real sites place them. Run: python3 gen.py
import sys
sys.path.insert(0, '..')
from corpusgen import write

write('p01_radio_station_story', [
    'Radio Kestrel 98.4 FM',
    'Listen live   Schedule   Podcasts   News   Contact',
    'Regional news',
    'Ferry crews vote to strike over rota changes',
    'By Imogen Saltash-Pereira',
    '14 January 2027',
    '>Crews on the island ferries voted by a large majority on Tuesday to strike for two days next month over new rotas that they say leave too little rest between night crossings.',
    '>The operator said it was disappointed and would meet the union again before the end of the week. Islanders who rely on the morning crossing to reach the hospital asked both sides to keep one boat running.',
    '>The last strike on the route, four years ago, lasted a single day and stranded about three hundred passengers on the mainland.',
    'Share this story',
    'More regional news',
    'Harbour car park to close for resurfacing',
    'Radio Kestrel is part of the Northern Isles Broadcasting Trust.',
], dict(title='Ferry crews vote to strike over rota changes', authors=['Imogen Saltash-Pereira'], date='2027-01-14', kind='news',
        publication='Radio Kestrel 98.4 FM'))

write('p02_lab_page_under_university', [
    'Coastal Hazards Lab',
    'Department of Geography · University of Strellan',
    'People   Projects   Publications   Blog',
    'Blog',
    'What the storm of March did to the dune line at Orrin Sands',
    'Tamsin Achterberg-Nwosu',
    '2 April 2027',
    '>Three weeks after the storm, the dune line at Orrin Sands sits about four metres further inland than it did in January, and in two places it has been breached outright.',
    '>We walked the whole beach with a survey pole and compared the profiles with those we took last summer. The losses are largest where the footpaths cross the dunes.',
    '>None of this is unusual for a storm of that size, but it does matter for the parish council, which is deciding this month whether to rebuild the car park behind the breach.',
    'Tags: dunes, storms, fieldwork',
    '© 2027 University of Strellan',
], dict(title='What the storm of March did to the dune line at Orrin Sands', authors=['Tamsin Achterberg-Nwosu'], date='2027-04-02', kind='blog',
        publication='Coastal Hazards Lab'))

write('p03_trade_body_notice', [
    'Skip to main content',
    'GUILD OF INLAND PILOTS',
    'Home > Notices to members',
    'Notice to members',
    'New night-time limits for laden barges on the Wessel canal',
    'Published 19 February 2027',
    '>From 1 March, laden barges over 80 metres may not enter the Wessel canal between midnight and five in the morning unless a Guild pilot is on board.',
    '>The canal authority made the change after two groundings at the Tollmere bend last autumn. Members who hold a night endorsement should check that it is up to date.',
    '>Questions about the new limits can be sent to the Guild secretary by the end of February.',
    'Related notices',
    'Annual dues for 2027',
    'Registered office: Lock House, Tollmere',
], dict(title='New night-time limits for laden barges on the Wessel canal', authors=[], date='2027-02-19', kind='notice',
        publication='Guild of Inland Pilots'))

write('p04_newsletter_tagline_about', [
    'The Marsh Packet',
    'A fortnightly letter on fenland farming and water',
    'Why the pumping stations cost more this winter',
    'Ruth Oyelaran-Vance',
    'Mar 3, 2027',
    '>Every drainage board in the fens is looking at its electricity bill this month and wondering how to explain it to the farmers who pay for it.',
    '>The answer is partly the price of power and partly the rain: the pumps at Sallow End ran for eleven days without a break in January.',
    '>Next fortnight I will look at what the boards are doing about it, and why some of them have started to talk about wind turbines again.',
    'Subscribe',
    'About The Marsh Packet',
    'Written in a kitchen near Ely by a former drainage engineer.',
], dict(title='Why the pumping stations cost more this winter', authors=['Ruth Oyelaran-Vance'], date='2027-03-03', kind='newsletter',
        publication='The Marsh Packet'))

write('p05_agency_press_capitals', [
    'NATIONAL FISHERIES AGENCY',
    'Menu',
    'Press releases',
    'Quota for winter herring cut by a fifth',
    '9 December 2026',
    '>The National Fisheries Agency has cut next winter\'s herring quota by a fifth after the autumn survey found fewer young fish than in any year since 2011.',
    '>The cut applies to all licensed boats and will be reviewed in June. Skippers may apply for a share of the hardship fund from 2 January.',
    '>The Agency will publish the full survey results, with a note on the methods used, in the new year.',
    'Contact the press office',
    'Crown copyright 2026',
], dict(title='Quota for winter herring cut by a fifth', authors=[], date='2026-12-09', kind='press release',
        publication='National Fisheries Agency'))

write('p06_review_site_copyright', [
    'Fernhill Books Review',
    'Reviews',
    'A history of the salt roads that takes its time',
    'Reviewed by Osric Delacroix-Mbeki',
    '11 May 2027',
    'The Salt Roads of the North, by Linnea Halvorsen-Achebe',
    '>This is a slow book, and it is the better for it. Halvorsen-Achebe walked most of the old salt roads herself and writes about them as places, not as lines on a map.',
    '>The chapters on the toll houses are the best in the book; the last chapter, on the railways that ended the trade, feels hurried.',
    '>Readers who want a short history should look elsewhere. Readers who want to know what the roads were like to walk will find nothing better.',
    'Osric Delacroix-Mbeki reviews history and travel writing.',
    '© 2027 Fernhill Books Review Ltd',
], dict(title='A history of the salt roads that takes its time', authors=['Osric Delacroix-Mbeki'], date='2027-05-11', kind='review',
        publication='Fernhill Books Review'))

write('p07_think_tank_footer_about', [
    'Commentary',
    'Why the river compact will not survive a dry summer',
    'Benedikt Amankwah-Lund',
    '22 July 2027',
    '>The river compact signed last spring divides the water by fixed shares, and fixed shares work only as long as there is water to share.',
    '>A single dry summer would leave the downstream provinces with less than they need for the rice harvest, and the compact has no clause for that.',
    '>The negotiators knew this. They chose to leave the hard question for later, and later is now three months away.',
    'About the Ostrander Policy Circle',
    'The Ostrander Policy Circle is an independent think tank working on water and regional security.',
    'Privacy · Terms',
], dict(title='Why the river compact will not survive a dry summer', authors=['Benedikt Amankwah-Lund'], date='2027-07-22', kind='commentary',
        publication='Ostrander Policy Circle'), sidecar='url: https://www.ostrander-circle.example/commentary/river-compact-dry-summer')
