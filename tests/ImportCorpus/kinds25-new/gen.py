"""Writes the kinds25-new cases (invented after the kinds25 rules, labelled before their one run): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

# A magazine's opinion page: the rubric "Opinion:" before the headline, a standfirst and a byline under it.
write('n01_magazine_opinion_rubric', [
    'The Lakeland Review',
    'Politics   Security   Culture   Podcasts   Subscribe',
    'Opinion: The coast guard cannot police the inland lakes on its own',
    'Three agencies patrol the same water and none of them answers for what happens on it',
    'By Hedda Nakamura-Obi',
    '22 February 2032',
    '>Every summer the same boats carry the same contraband across Lake Vorn, and every autumn the same three agencies publish reports blaming one another.',
    '>The coast guard has the boats, the police have the powers of arrest and the customs service has the intelligence. What none of them has is the duty to act on all three at once.',
    '>Until ministers give one agency that duty, the smugglers will go on exploiting the gaps between them.',
    'Hedda Nakamura-Obi is a former customs officer and writes on border policing.',
    'Related: Why the lake ferries stopped running',
], dict(title='The coast guard cannot police the inland lakes on its own', authors=['Hedda Nakamura-Obi'], date='2032-02-22',
        kind='opinion', publication='The Lakeland Review'),
    sidecar='url: https://www.lakelandreview.example/opinion/coast-guard-inland-lakes')

# A policy institute's page: date, label and reading time on one line of parts, in that order, over the title.
write('n02_institute_date_label_reading_time', [
    'Halden Institute for Regional Security',
    'Publications  Experts  Events  Media  About',
    '4 March 2032 · Analysis · 8 minute read',
    'Salt, fuel and guns: the economy of the Merrow border crossings',
    'Authors: Casimir Oduya-Lund, Ilka Brennan',
    '>The three crossings on the Merrow border handle less than a tenth of the region\'s legal trade, yet they have become the most contested places in the province.',
    '>Armed groups on both sides tax the lorries that carry salt and fuel across, and the same routes carry weapons in the other direction.',
    '>Closing the crossings would hurt the traders more than the armed groups, who would simply move to the river fords.',
    'Download the full analysis (PDF)',
    '© Halden Institute for Regional Security 2032',
], dict(title='Salt, fuel and guns: the economy of the Merrow border crossings', authors=['Casimir Oduya-Lund', 'Ilka Brennan'],
        date='2032-03-04', kind='analysis', publication='Halden Institute for Regional Security'),
    sidecar='url: https://www.halden-institute.example/publications/merrow-border-crossings')

# An operator's incident alert by email: the subject is the printed title under the alert's label and code.
write('n03_email_incident_alert_subject', [
    'From: Brannock Ports Operations <ops-alerts@brannock-ports.example>',
    'To: Brannock Ports - Terminal Managers <terminal-managers@brannock-ports.example>',
    'Date: Wed, 17 Mar 2032 05:52:40 +0100',
    'Subject: INCIDENT ALERT IA-2032-033: Protest blocks the Kessel port road, gates 2 and 3',
    ' closed',
    '',
    'BRANNOCK PORTS',
    'Operations Control Room',
    '',
    'INCIDENT ALERT  |  IA-2032-033  |  17 March 2032',
    '',
    'Protest blocks the Kessel port road, gates 2 and 3 closed',
    '',
    '>Since 04:30 this morning about two hundred protesters have blocked the Kessel port road at the roundabout before gate 2, and hauliers cannot reach gates 2 or 3.',
    '>Gate 1 remains open. Hauliers booked for gates 2 and 3 should use gate 1 until the road is cleared; the police expect the blockade to last until the afternoon.',
    '',
    'Ottilie Fairbanks-Mensah',
    'Duty Manager, Operations Control Room',
], dict(title='Protest blocks the Kessel port road, gates 2 and 3 closed', authors=['Ottilie Fairbanks-Mensah'], date='2032-03-17',
        kind='incident alert', publication='Brannock Ports'))

# A regional newspaper's story saved without an address: a dotted time with its zone beside the date, "More on this topic".
write('n04_regional_paper_dotted_time_no_sidecar', [
    'Skip to main content',
    'The Northfold Gazette',
    'Home | News | Sport | Business | Opinion | Weather',
    'News › Northfold',
    'Two arrested after explosive device found at Carrick rail depot',
    'Police say the device was made safe and there is no wider risk to the public',
    'Sat 6 Mar 2032 07.55 BST',
    'Rhiannon Achebe-Strand',
    'Crime reporter',
    '>Two men have been arrested after an explosive device was found in a storage shed at the Carrick rail depot on Friday evening.',
    '>Army bomb disposal experts made the device safe overnight, and trains between Carrick and the coast are expected to run normally from Sunday.',
    '>Detectives said the men, aged 29 and 41, were being questioned on suspicion of preparing acts of terrorism.',
    'More on this topic',
    'Rail depot workers describe evacuation',
    '© The Northfold Gazette 2032',
], dict(title='Two arrested after explosive device found at Carrick rail depot', authors=['Rhiannon Achebe-Strand'], date='2032-03-06',
        kind='news', publication='The Northfold Gazette'))

# A research centre's page saved without an address: its label in capitals over the title, with the date between.
write('n05_centre_commentary_date_between_no_sidecar', [
    'Caldmoor Centre for Maritime Studies',
    'Research',
    'People',
    'News',
    'Commentary',
    'Contact',
    'COMMENTARY',
    '2 March 2032',
    'The quiet militarisation of the Sorrel Strait fishing fleet',
    'Jonas Vikström-Adeyemi',
    '>Over the past two years, at least forty fishing boats registered in Port Sorrel have been fitted with radar and radios that no fisherman needs.',
    '>They now shadow naval patrols and report their positions, and in January two of them blocked a survey ship for most of a day.',
    '>A fleet that does the work of a navy while claiming the protections of civilians is a problem that the law of the sea has no good answer to.',
    'Jonas Vikström-Adeyemi is a research fellow at the Caldmoor Centre for Maritime Studies.',
], dict(title='The quiet militarisation of the Sorrel Strait fishing fleet', authors=['Jonas Vikström-Adeyemi'], date='2032-03-02',
        kind='commentary', publication='Caldmoor Centre for Maritime Studies'))

# A news site's explainer: the rubric "Explainer:" before the headline, the date under the byline.
write('n06_news_site_explainer_rubric', [
    'Coastline Daily',
    'World   Politics   Business   Explainers   Podcasts',
    'Explainer: How the new harbour permits will change life for dock workers',
    'By Ansel Moreau-Nyambura',
    'March 9, 2032',
    '>From next month, anyone who works inside a commercial harbour will need a permit issued after a background check by the security service.',
    '>The government says the permits will keep smugglers and extremists away from ships and cargo. Unions say the checks are opaque and that workers refused a permit have no real way to appeal.',
    '>About 60,000 people are expected to apply in the first year, and the security service has said it cannot promise to process every application before the deadline.',
    'Read more: Unions threaten strike over harbour checks',
], dict(title='How the new harbour permits will change life for dock workers', authors=['Ansel Moreau-Nyambura'], date='2032-03-09',
        kind='explainer', publication='Coastline Daily'),
    sidecar='url: https://www.coastlinedaily.example/world/harbour-permits-explained')

# A ministry's transcript: "Transcript:" names the document itself and stays in its title.
write('n07_ministry_transcript_title_keeps_genre', [
    'Ministry of Coastal Security',
    'Home  >  Newsroom  >  Transcripts',
    'Transcript: Minister\'s press conference on the Ardmore ferry attack',
    'Published 19 March 2032',
    '>MINISTER: Good afternoon. At eleven o\'clock last night a fire was started on the car deck of the Ardmore ferry while it was moored at the terminal.',
    '>MINISTER: Nobody was hurt. Two people have been arrested, and the ferry will be out of service for at least a week while it is repaired.',
    '>QUESTION: Minister, is this connected to the threats made against the ferry company last month?',
    '>MINISTER: It is too early to say, and I will not speculate while the investigation is going on.',
    'Share this page',
], dict(title='Transcript: Minister\'s press conference on the Ardmore ferry attack', authors=[], date='2032-03-19',
        kind='transcript', publication='Ministry of Coastal Security'),
    sidecar='url: https://www.coastal-security.example/newsroom/transcripts/ardmore-ferry-press-conference')
