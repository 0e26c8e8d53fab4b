"""Writes the pages21-dev cases (invented; single web pages of kinds the development sets do not hold): '>' marks
article text; on a page with several pieces '>N' marks the text of piece N (0-based)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402


def write_pieces(name, lines, labels, sidecar=None):
    """A page holding several pieces: '>N' marks a line of piece N's text."""
    text, owner = [], []
    for l in lines:
        k = None
        if l.startswith('>') and len(l) > 1 and l[1].isdigit():
            k, l = int(l[1]), l[2:]
        text.append(l); owner.append(k)
    open(name + '.txt', 'w').write('\n'.join(text) + '\n')
    out = [f'# Labels for {name}.txt (format: tests/ImportCorpus/README.md)', 'one_line_per_paragraph: true', 'articles:']
    for k, l in enumerate(labels):
        nums = [i + 1 for i, o in enumerate(owner) if o == k]
        ranges, start = [], None
        for i, n in enumerate(nums):
            if start is None: start = n
            if i + 1 == len(nums) or nums[i + 1] != n + 1:
                ranges.append(f'{start}-{n}' if n > start else f'{n}'); start = None
        out += [f'  - title: "{l["title"]}"', f'    authors: [{", ".join(chr(34)+a+chr(34) for a in l["authors"])}]',
                f'    date: {l["date"]}', f'    kind: {l["kind"]}', f'    publication: "{l["publication"]}"',
                '    volume: null', '    issue: null', f'    text: [{", ".join(ranges)}]']
    open(name + '.labels.yml', 'w').write('\n'.join(out) + '\n')
    if sidecar: open(name + '.yml', 'w').write(sidecar + '\n')


# A think tank's testimony page: the browser title with a site suffix, a genre label, the witness with an honorific and
# a role, the date only in a sentence, a "Read the full testimony" link and related items.
write('d01_testimony_date_in_sentence', [
    'Smuggling on the Northern Coast: What the Committee Should Ask | Halden Policy Institute',
    'Halden Policy Institute',
    'Research  Experts  Events  Publications  About  Donate',
    'Search this site',
    'Home / Publications / Testimony',
    'TESTIMONY',
    'Smuggling on the Northern Coast: What the Committee Should Ask',
    'Dr. Amara Kessington-Vale, Senior Fellow, Coastal Security Program',
    'Testimony delivered before the Standing Committee on Maritime Affairs of the Karsland Assembly on 14 July 2032.',
    'Share  Email  Print  PDF',
    '>Chair Holmqvist, Ranking Member Adebayo-Lind, and members of the committee, thank you for the opportunity to testify on the smuggling networks that now use the fishing harbours of the northern coast.',
    '>My testimony makes three points. First, the networks have moved from the container ports to small harbours because the container ports became harder to use, not because the small harbours became easier. Second, the coastguard has the powers it needs but not the boats or the people. Third, the fishing communities are the committee\'s best source of information and should be treated as partners rather than suspects.',
    '>The move to small harbours',
    '>Until 2029 most of the cocaine and cigarettes seized on the northern coast came through the container terminal at Velling. Since the terminal installed full scanning in 2030, seizures there have fallen by two thirds, while seizures in the eleven fishing harbours between Velling and Sorhamn have tripled.',
    '>Recommendations',
    '>The committee should ask the coastguard for a plan to station a patrol boat in each of the three busiest fishing harbours, and should fund a confidential reporting line run by the fishermen\'s associations rather than by the police.',
    'Read the full testimony (PDF, 14 pages)',
    'Related',
    'The quiet harbour problem: a briefing for new members',
    'Event recording: Policing the coast after the terminal scanners',
    'Sign up for our weekly Security Brief',
    'Halden Policy Institute is an independent, non-partisan research organisation. Copyright 2032. All rights reserved.',
], dict(title='Smuggling on the Northern Coast: What the Committee Should Ask', authors=['Amara Kessington-Vale'],
        date='2032-07-14', kind='testimony', publication='Halden Policy Institute'),
    sidecar='url: https://www.haldenpolicy.example/publications/testimony/smuggling-northern-coast')

# A magazine profile: kicker, the title over two lines, a deck, a "Words: / Photographs:" credit (the photographer is not
# an author), a pull quote, and a date under the credit.
write('d02_magazine_profile_words_photographs', [
    'THE LONG TIDE',
    'a quarterly magazine of the sea and those who work it',
    'Current issue   Archive   Subscribe   Shop',
    'PROFILE',
    'The harbour master who',
    'counts the boats twice',
    'For thirty years Ingrid Sollmann-Achebe has kept a second ledger of every vessel that enters Sorhamn. The police have started to read it.',
    'Words: Tobias Wennerlund-Okafor',
    'Photographs: Lisbet Aronsen',
    '21 July 2032',
    '>The office of the harbour master of Sorhamn is a wooden hut at the end of the eastern pier, heated by a stove and lit, most of the winter, by a single lamp over a desk covered in exercise books.',
    '>The books are the second ledger. The first, the official one, is kept on a computer supplied by the port authority in 2019. The second is kept by hand, in pencil, in a shorthand of Ingrid Sollmann-Achebe\'s own invention, and records what the first does not: which boats came in at night, which left without fish, which skippers asked about the weather on the other side of the strait.',
    '"A boat that goes out in a storm and comes back dry is telling you something."',
    '>Last winter the county police asked to see the exercise books. Three arrests followed, and a seizure of eighty kilograms of cannabis from a trawler that had, in Sollmann-Achebe\'s pencil, "gone out four times in January and never once come back heavy".',
    '>She is not comfortable with the attention. "I am not an informant," she says. "I am a harbour master. Counting the boats is the job."',
    'This article appears in issue 31 of The Long Tide. Subscribe to receive it in print.',
    'More from this issue',
    'Night crossings: a photo essay',
    'Letters: on the closing of the fish market',
    '© The Long Tide Publishing Ltd. Registered in Karsland.',
], dict(title='The harbour master who counts the boats twice', authors=['Tobias Wennerlund-Okafor'],
        date='2032-07-21', kind='profile', publication='The Long Tide'))

# An institutional repository's record of a doctoral thesis: field lines, the creator as "Surname, Given", an
# abstract, deposit and modification dates, export links.
write('d03_repository_thesis_record', [
    'Kaunhof University Research Repository',
    'Home  Browse by year  Browse by school  Search  Deposit  Help',
    'Login',
    'Okonjo-Haldane, Priya (2032) Informal policing and maritime smuggling in the small harbours of the Baltic. Doctoral thesis, Kaunhof University.',
    'Full text not available from this repository.',
    'Abstract',
    '>This thesis examines how smuggling through small harbours is policed when the formal institutions of port security are absent or thin. It draws on eighteen months of fieldwork in four harbours and on 96 interviews with harbour masters, fishermen, coastguards and police officers.',
    '>It finds that policing in small harbours is largely informal and rests on relations of trust between local officials and boat crews, and that these relations are damaged when national agencies intervene without local knowledge.',
    '>The thesis concludes with proposals for how national agencies might work through, rather than around, the informal arrangements it describes.',
    'Item Type: Thesis (Doctoral)',
    'Creators: Okonjo-Haldane, Priya',
    'Supervisors: Brandvold, Ottilie and Vukovic, Anselm',
    'Uncontrolled Keywords: smuggling; harbours; informal policing; Baltic',
    'Schools: School of Law and Criminology',
    'Date Deposited: 14 Mar 2032 10:12',
    'Last Modified: 02 Apr 2032 16:40',
    'URI: https://repository.kaunhof.example/id/eprint/48213',
    'Export: BibTeX | EndNote | RIS',
    'Actions (login required)',
    'View Item',
    'Kaunhof University Research Repository is powered by EPrints. Accessibility | Privacy | Contact',
], dict(title='Informal policing and maritime smuggling in the small harbours of the Baltic', authors=['Priya Okonjo-Haldane'],
        date='2032-03-14', kind='thesis', publication='Kaunhof University Research Repository'),
    sidecar='url: https://repository.kaunhof.example/id/eprint/48213/')

# An open letter signed by organisations: no personal author, the date in a "Published by ... on DATE" line, the list of
# signatories after the text, a sign-on form.
write('d04_open_letter_organisation_signatories', [
    'Coalition for Safe Harbours',
    'Who we are  Campaigns  Members  News  Join us',
    'News',
    'Open letter',
    'Open letter to the ministers of the Baltic Maritime Council on the treatment of fishing crews',
    'Published by the Coalition for Safe Harbours on 3 August 2032',
    '>Dear Ministers,',
    '>We write as organisations of fishermen, port workers, coastal communities and human rights defenders to ask you to change the way crews of small fishing boats are treated in the new regime of harbour checks.',
    '>Since May, crews have been held on the quay for up to nine hours while their boats are searched, without access to water, toilets or a lawyer, and without being told why their boat was chosen. In most cases nothing was found.',
    '>We ask you to set a maximum time for a search, to give every crew a written reason for it, and to agree with the fishermen\'s associations a way of reporting abuses.',
    '>We would welcome the chance to meet you before the Council\'s meeting in September.',
    'Signatories',
    'Baltic Fishermen\'s Federation',
    'Port Workers\' Union of Karsland',
    'Sorhamn Coastal Community Council',
    'Harbour Rights Watch',
    'Association of Small Boat Owners (Ostravia)',
    'Add your organisation\'s name to this letter',
    'Share on social media',
    'Stay informed: get our campaign updates by email',
    'Coalition for Safe Harbours, Dock Road 3, Sorhamn. Registered charity no. 40021.',
], dict(title='Open letter to the ministers of the Baltic Maritime Council on the treatment of fishing crews', authors=[],
        date='2032-08-03', kind='open letter', publication='Coalition for Safe Harbours'))

# A reader-question column: a short piece; the reader's question signed with initials, the answer by the columnist
# named in an "Answered by" line; a relative date beside a numeric date; a comment count.
write('d05_reader_question_column_short', [
    'Coastal Courier',
    'News  Sport  Business  Opinion  Columns  Jobs',
    'Accept cookies?  We use cookies to improve your experience.  OK  Settings',
    'Columns › Ask the Analyst',
    'Ask the Analyst',
    'Should I worry about the drones over the ferry terminal?',
    'Answered by Marguerite Lindahl-Osei',
    '3 days ago · 09.08.2032',
    '14 comments',
    '>Q. Every evening this month I have seen small drones hovering over the ferry terminal at Velling. My son works there. Should we be worried? - A. K., Port Velling',
    '>A. Probably not. The port authority began testing its own drones for inspecting the roofs of the terminal buildings in July, and the flights you describe fit that programme. The authority has said it will publish a timetable of the flights on its website.',
    '>If you see a drone at a time not on that timetable, report it to the port police, who have a detection system and can tell you within minutes whether it is one of theirs.',
    'Got a question for Marguerite? Email askanalyst@coastalcourier.example',
    'Most read',
    'Council approves new ferry timetable',
    'Fishermen protest harbour searches',
    'Comments (14)',
    'Log in to comment',
    'Coastal Courier © 2032 Courier Media Group',
], dict(title='Should I worry about the drones over the ferry terminal?', authors=['Marguerite Lindahl-Osei'],
        date='2032-08-09', kind='column', publication='Coastal Courier'),
    sidecar='url: https://www.coastalcourier.example/columns/ask-the-analyst/drones-ferry-terminal')

# A timeline page: "Timeline:" as a title prefix, a desk as author, first published and updated lines, and dated
# entries that are the text.
write('d06_timeline_desk_author_updated', [
    'NORTHWIND NEWS',
    'Home | World | Region | Business | Culture | Video',
    'Timeline: The Velling port blockade, day by day',
    'Compiled by the Northwind News foreign desk',
    'First published: 11 Aug 2032 08:00 CEST',
    'Last updated: 19 Aug 2032 14:05 CEST',
    'Share this story',
    '>Fishermen blocked the entrance to the port of Velling for nine days in August in protest at the new regime of harbour checks. Here is how the blockade unfolded.',
    '>10 August - About forty fishing boats anchor across the harbour entrance at dawn. The ferry to Sorhamn is cancelled.',
    '>12 August - The port authority obtains a court order requiring the boats to move. The fishermen refuse.',
    '>14 August - Talks between the fishermen\'s federation and the ministry begin in Velling town hall and break up after six hours.',
    '>17 August - The minister agrees to limit searches of fishing boats to four hours and to give crews a written reason for each search.',
    '>18 August - The boats leave the harbour entrance. Ferry services resume the next morning.',
    'Related stories',
    'Fishermen end blockade after minister\'s concession',
    'Analysis: Who won the battle of Velling?',
    'Follow us',
    'Northwind News is published by Northwind Media AS. Terms | Privacy | Cookies',
], dict(title='The Velling port blockade, day by day', authors=[], date='2032-08-11', kind='timeline',
        publication='Northwind News'))

# A news page holding two short pieces under one "In brief" label, each with its own headline and byline shape.
write_pieces('d07_in_brief_two_pieces', [
    'The Harbour Gazette',
    'Local  Region  Sport  Opinion  Obituaries  Subscribe',
    'In brief',
    'Tuesday 24 August 2032',
    'Coastguard buys two fast patrol boats',
    'By Henrik Aasgaard',
    '>0The coastguard has ordered two fast patrol boats for the northern coast, the first new vessels for the service in eleven years. The boats, which will be based at Sorhamn and Velling, are due to enter service next spring.',
    '>0The order follows a report by the maritime affairs committee which found that the coastguard could not reach most of the fishing harbours on the coast within an hour.',
    'Ferry operator fined over missing passenger lists',
    'Staff reporter Yasmin Oduya-Berg',
    '>1A ferry operator has been fined 40,000 crowns for failing to keep complete passenger lists on its crossings to Sorhamn on six days in June. The operator said the failures were caused by a fault in its booking system, which has since been replaced.',
    'Have a story? Contact the newsdesk on 040 221 900',
    'Share   Tweet   Email',
    'The Harbour Gazette, part of Coastline Newspapers. All rights reserved.',
], [dict(title='Coastguard buys two fast patrol boats', authors=['Henrik Aasgaard'], date='2032-08-24', kind='brief',
         publication='The Harbour Gazette'),
    dict(title='Ferry operator fined over missing passenger lists', authors=['Yasmin Oduya-Berg'], date='2032-08-24',
         kind='brief', publication='The Harbour Gazette')],
    sidecar='url: https://www.harbourgazette.example/news/in-brief/2032-08-24')

# A data story: genre label, a two-author byline with a date on the same line, chart titles with source and credit lines
# between paragraphs, a methodology note, and a credits line at the end naming graphics and editing.
write('d08_data_story_chart_credits', [
    'Meridian Ledger',
    'Politics  Economy  Data  Investigations  Newsletters',
    'Data analysis',
    'Seizures at small harbours have tripled since the terminal scanners arrived',
    'Our analysis of six years of customs records shows where the smugglers went.',
    'By Kasia Brandt-Umeh and Oskar Lindqvist | September 2, 2032',
    '>When the container terminal at Velling installed full scanning in 2030, customs officers expected smugglers to look for another large port. Our analysis of six years of customs seizure records suggests they went somewhere else entirely.',
    'Chart: Seizures by type of port, 2027-2032',
    'Source: Karsland Customs Service seizure records. Graphic: Meridian Ledger',
    '>Seizures at the eleven fishing harbours of the northern coast rose from 38 in 2029 to 121 in 2031, while seizures at the container terminal fell from 310 to 104 over the same period.',
    '>The rise was steepest at the three harbours with a direct ferry connection to the other side of the strait.',
    'Chart: Seizures at the three ferry harbours',
    'Source: Karsland Customs Service. Graphic: Meridian Ledger',
    '>How we did this',
    '>We obtained the customs service\'s records of every seizure between January 2027 and June 2032 under the freedom of information law, and grouped them by the port where the seizure took place.',
    'Graphics by Elif Sorensen-Mbah. Edited by Paul Achterberg.',
    'Get our data newsletter',
    'Most popular',
    'The ferry company that never was',
    '© 2032 Meridian Ledger. All rights reserved. Privacy policy',
], dict(title='Seizures at small harbours have tripled since the terminal scanners arrived',
        authors=['Kasia Brandt-Umeh', 'Oskar Lindqvist'], date='2032-09-02', kind='data analysis',
        publication='Meridian Ledger'))

# An outlet's English section with Spanish furniture: a browser title with the site suffix, a Spanish breadcrumb and
# byline word, a numeric day-first date with an update, share bar and newsletter in Spanish.
write('d09_english_section_spanish_furniture', [
    'Port crackdown in Puerto Alcaraz raises questions about the navy\'s role - El Faro del Sur',
    'El Faro del Sur',
    'Inicio  Política  Economía  Seguridad  English  Opinión',
    'Inicio › English › Analysis',
    'ANALYSIS',
    'Port crackdown in Puerto Alcaraz raises questions about the navy\'s role',
    'Por Valentina Ruiz-Okafor',
    '14/08/2032 - 10:32 | Actualizado 14/08/2032 - 18:05',
    'Compartir en Facebook  Compartir en X  Enviar por WhatsApp',
    '>The navy took control of security at the port of Puerto Alcaraz on Monday, three weeks after a shipment of 700 kilograms of cocaine was found in a container of frozen fish bound for Europe.',
    '>The decree giving the navy the role says it will last six months. Critics in the national congress note that the last such decree, at the port of San Telmo in 2029, was renewed four times.',
    '>Port workers\' unions say they were not consulted, and that marines have begun searching workers\' lockers and vehicles without warrants.',
    '>The navy said in a statement that all searches were carried out under the decree and that it would meet the unions this week.',
    'Suscríbete a nuestro boletín',
    'Lo más leído',
    'El Congreso debate la reforma portuaria',
    'Todos los derechos reservados © El Faro del Sur 2032',
], dict(title='Port crackdown in Puerto Alcaraz raises questions about the navy\'s role', authors=['Valentina Ruiz-Okafor'],
        date='2032-08-14', kind='analysis', publication='El Faro del Sur'),
    sidecar='url: https://www.elfarodelsur.example/english/analysis/port-crackdown-puerto-alcaraz')

# A book chapter page on a university press's platform: "Chapter" label, the book it belongs to with its editors (not
# authors), the chapter's authors with affiliation marks, a "Published online" date, DOI, abstract and opening pages.
write('d10_book_chapter_page_editors', [
    'Harrowgate University Press Online',
    'Browse  Subjects  Series  Journals  For librarians',
    'Access provided by Kaunhof University',
    'Chapter',
    '7. Small harbours and the limits of port security',
    'Lena Marsh-Otieno¹ and Karel Dvorak²',
    '¹ University of Sorhamn; ² Institute for Coastal Studies, Rostrup',
    'In: Maritime Insecurity in Northern Europe, edited by Anselm Vukovic and Ottilie Brandvold',
    'Published online: 2 September 2032',
    'Print publication: October 2032',
    'DOI: 10.5555/hup.2032.0714',
    'pp. 141-163',
    'Abstract',
    '>Port security since 2001 has been built around the container terminal. This chapter asks what happens to the ports that the regime left out: the fishing harbours, marinas and ferry quays of the northern coasts.',
    '>We show that smuggling moved to these harbours in the years after 2029 and that the agencies charged with port security had neither the mandate nor the means to follow it.',
    'Keywords: port security; smuggling; small harbours; coastguard',
    'Get access',
    'Cite this chapter',
    'Related chapters in this book',
    '6. The container terminal as fortress',
    '8. Coastguards and the politics of the sea',
    'Harrowgate University Press © 2032',
], dict(title='Small harbours and the limits of port security', authors=['Lena Marsh-Otieno', 'Karel Dvorak'],
        date='2032-09-02', kind='chapter', publication='Harrowgate University Press'),
    sidecar='url: https://hup-online.example/chapter/10.5555/hup.2032.0714')

# A short letter from the editor of a web magazine: a genre label, no byline at the top, signed at its end with a name,
# a role and a place; the date in a "Posted in ... on DATE" line.
write('d11_editors_letter_signed_at_end_short', [
    'Strait Lines',
    'an online magazine on the security of the Baltic straits',
    'Home  Essays  Interviews  Reviews  About',
    'From the editor',
    'Why we are changing how we cover the harbours',
    'Posted in From the editor on 30 September 2032',
    '>From this month Strait Lines will publish a monthly report from one of the small harbours of the northern coast, written by someone who lives or works there.',
    '>Our coverage has too often looked at the harbours from the ministry or the coastguard station. We want to hear from the quay.',
    '>If you would like to write for the series, please write to us.',
    'Rasmus Hagberg-Nwosu',
    'Editor, Sorhamn',
    'Tags: harbours, editorial',
    'Leave a comment',
    'Strait Lines is published under a Creative Commons licence.',
], dict(title='Why we are changing how we cover the harbours', authors=['Rasmus Hagberg-Nwosu'], date='2032-09-30',
        kind='editorial', publication='Strait Lines'))
