"""Writes the kinds21-new cases (invented, written after the kinds21 rules, labelled before any run, measured once): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

# A city council's record of a debate: the site's name ends in "Debates", councillors speak by ward and party; the
# address files it under no genre folder.
write('k01_council_record_ward_speakers', [
    'VARNE CITY COUNCIL DEBATES',
    'Official record of the full council',
    'Home | Meetings | Councillors | Search the record',
    'Meetings > Full Council, 14 January 2032 > Item 6',
    'Closure of the Eastbank Footbridge after the Arson Attack',
    'Full Council · Wednesday 14 January 2032 · 7.05 pm',
    '>The Deputy Leader (Cllr Maren Oduya-Kell): I beg to move the report of the Cabinet on the footbridge. Since the fire on 29 December, engineers have found that two of the four main beams are no longer safe, and the bridge will stay closed until at least the summer.',
    '>Cllr Tobias Rann (Eastbank) (Independent): Residents of my ward now face a walk of forty minutes to reach the station. The police have said the fire was started deliberately by the same group that attacked the bus depot in November. What is the council doing to protect its other bridges?',
    '>Cllr Oduya-Kell: The council has asked the police to add the remaining bridges to their night patrols, and we have installed cameras on the two nearest crossings this week.',
    '>Cllr Priya Lamont-Obi (Millgate) (Labour): Will the Deputy Leader publish the engineers\' report, so that residents can see for themselves why the repairs will take so long?',
    '>Cllr Oduya-Kell: Yes. The report will be published on the council\'s website on Friday, with the timetable for the works.',
    '>Cllr Tobias Rann: I am grateful. Will she also meet the shopkeepers on the east bank, whose trade has halved since the bridge closed?',
    '>Cllr Oduya-Kell: I will meet them next week, together with the cabinet member for the local economy.',
    '>The motion was agreed.',
    'This record is published under the council\'s open data licence. Corrections to the record may be sent to the democratic services office.',
    '© Varne City Council 2032',
], dict(title='Closure of the Eastbank Footbridge after the Arson Attack', authors=[], date='2032-01-14', kind='debate',
        publication='Varne City Council Debates'), sidecar='url: https://record.varne-council.example/meetings/2032-01-14/item-6')

# A crawler block whose title carries the site first and a genre section between the site and the title.
write('k02_crawler_site_section_title', [
    '---',
    'title: "Harbour Courier — Explainer — Why the tide gauges on the Skerra coast went dark"',
    'source: https://www.harbourcourier.example/2032/02/03/tide-gauges-skerra',
    'date: 2032-02-03',
    'description: unknown',
    '---',
    'Harbour Courier',
    'Home  Coast  Politics  Business  Weather',
    'Why the tide gauges on the Skerra coast went dark',
    'By Lotte Barvik-Ansah',
    '3 February 2032',
    '>For eleven days in January, the six tide gauges along the Skerra coast sent no readings to the flood warning centre. The authority first blamed the storms, but it later emerged that the gauges\' solar panels had been stolen.',
    '>The thefts followed a pattern that the coastguard has seen before: the panels are resold across the border, and the gang that takes them is the same one that has been stripping copper from the harbour lights.',
    '>Without the gauges, forecasters had to rely on readings from the islands, forty kilometres offshore. Twice in that period, the warnings reached the lower town less than an hour before the water did.',
    '>The authority says new panels have been fitted with alarms, and that two of the gauges will be moved inside the harbour fence by March.',
    'Share this article',
    'More from Coast',
], dict(title='Why the tide gauges on the Skerra coast went dark', authors=['Lotte Barvik-Ansah'], date='2032-02-03', kind='explainer',
        publication='Harbour Courier'), sidecar='url: https://www.harbourcourier.example/2032/02/03/tide-gauges-skerra')

# An email newsletter saved as text: sent by the publication, a browser link, no issue number and no label.
write('k03_email_from_weekly_no_issue_number', [
    'From: The Kessel Weekly <letters@kesselweekly.example>',
    'To: reader@inbox.example',
    'Date: Fri, 6 Feb 2032 06:30:00 +0000',
    'Subject: The ferry that nobody will insure',
    '',
    'Trouble reading this? Read this email online',
    '',
    'The ferry that nobody will insure',
    '',
    '>Since the second attack on the night crossing, no insurer on the mainland will cover the old ferry to Kessel. The owners have kept it running for a month on a promise from the regional government that it would stand behind any claim.',
    '',
    '>That promise runs out on the first of March. After that, the islanders will have the morning boat and nothing else, and the fish plant, which ships its catch at night, says it will have to lay off half its workers.',
    '',
    '>The police say the men who set fire to the ferry\'s lifeboats belong to a smuggling group that wants the crossing closed at night. Two of them are awaiting trial. The others are still on the island.',
    '',
    'See you next Friday,',
    'Ruben Halloran-Sy',
    '',
    'You are receiving this because you subscribed at kesselweekly.example. Unsubscribe',
], dict(title='The ferry that nobody will insure', authors=['Ruben Halloran-Sy'], date='2032-02-06', kind='newsletter',
        publication='The Kessel Weekly'))

# A document library's copy of an institute's brief: the describing fields are stacked, the genre under "Content type"
# and the institute under "Organisation" (a copy is its author organisation's).
write('k04_library_stacked_content_type', [
    'Northmere Policy Library',
    'Browse   Topics   Organisations   About',
    '',
    'Community Policing and the Harbour Gangs: Options for the Northmere Coast',
    '',
    'Content type',
    '      Policy Brief',
    'Organisation',
    '      Institute for Coastal Governance',
    'Published',
    '      11 February 2032',
    'Authors',
    '      Selma Druitt-Okoro',
    '',
    '>The harbour gangs of the Northmere coast have grown from a handful of families running contraband cigarettes into organised groups that control the night shift at three ports.',
    '>This brief sets out three options for the regional police: a dedicated harbour unit, joint patrols with the port authority, and a programme that pays informants among the dock workers.',
    '>We recommend the joint patrols, which can start within months and cost least, together with a review after one year.',
    '',
    'Download PDF (418 KB)',
    'Related documents',
], dict(title='Community Policing and the Harbour Gangs: Options for the Northmere Coast', authors=['Selma Druitt-Okoro'], date='2032-02-11',
        kind='policy brief', publication='Institute for Coastal Governance'), sidecar='url: https://library.northmere.example/doc/88412')

# A research centre's page that names no genre at all: a feature, by convention.
write('k05_centre_page_no_genre', [
    'Skipper Centre for Maritime Studies',
    'Research | People | Events | Contact',
    '',
    'What the fishing cooperatives know about the smugglers',
    'Hanne Solvik-Abara',
    '19 February 2032',
    '',
    '>The fishing cooperatives of the southern islands keep detailed logs of who goes out, when and where. For years, nobody outside the cooperatives read them.',
    '>When we compared three years of logs with the coastguard\'s seizures, a pattern appeared: boats that had stopped fishing still went out on the same nights that contraband landed on the beaches.',
    '>The cooperatives had noticed long before we did. Their members told us they had raised it with the police twice, and that nothing had happened either time.',
    '>Working with the cooperatives, rather than around them, may be the cheapest intelligence the coastguard could have.',
    '',
    'Skipper Centre for Maritime Studies, University of Sørhavn',
], dict(title='What the fishing cooperatives know about the smugglers', authors=['Hanne Solvik-Abara'], date='2032-02-19', kind='feature',
        publication='Skipper Centre for Maritime Studies'), sidecar='url: https://skipper-centre.example/research/cooperatives-smugglers')

# A public debate at a festival, published as a record of who said what: panellists styled with their titles and
# organisations, a chair; the page names no genre over the title.
write('k06_festival_public_debate_record', [
    'Lowmoor Festival of Ideas',
    'Programme   Speakers   Tickets   Archive',
    '',
    'Should ransoms ever be paid?',
    'Saturday 21 February 2032, Corn Exchange, Lowmoor',
    '',
    '>The Chair (Ms Agnes Treloar-Imo): Good evening. Tonight\'s motion is that governments should never allow ransoms to be paid for their citizens. Speaking for the motion is Dr Kofi Ansel-Berg; against it, Mrs Liv Hartmann-Osei.',
    '>Dr Kofi Ansel-Berg (Centre for Hostage Studies): Every ransom paid funds the next kidnapping. The groups that hold hostages in the Sahel have built their budgets on payments, and they choose their victims by passport.',
    '>Mrs Liv Hartmann-Osei (Families of the Held): I have sat with families who were told by their own government that nothing could be done. A policy that sounds strong in a ministry sounds very different in a kitchen at three in the morning.',
    '>Dr Ansel-Berg: I do not doubt that. But the figures are clear: citizens of countries that pay are taken more often.',
    '>Mrs Hartmann-Osei: The figures count kidnappings. They do not count the people who came home.',
    '>The Chair: We will take questions from the floor, and then the vote.',
    '',
    'Recorded at the Lowmoor Festival of Ideas 2032. © Lowmoor Festival Trust',
], dict(title='Should ransoms ever be paid?', authors=[], date='2032-02-21', kind='debate',
        publication='Lowmoor Festival of Ideas'), sidecar='url: https://lowmoorfestival.example/archive/2032/ransoms')
