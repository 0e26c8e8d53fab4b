"""Writes the pages21-new cases (invented; single web pages of yet other kinds, written after the pages21 rules and
labelled before any run): '>' marks article text; on a page with several pieces '>N' marks the text of piece N."""
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


# A government consultation page: a "From:" body, published and closing dates, how to respond, no author.
write('n01_consultation_closing_date', [
    'Ministry of Coastal Affairs',
    'Skip to main content',
    'Home > Consultations > Open consultations',
    'Consultation',
    'Vetting of workers at small harbours: proposals for consultation',
    'From: Ministry of Coastal Affairs',
    'Published 2 October 2032',
    'This consultation closes at 11:59pm on 30 November 2032',
    'Contents',
    'Summary',
    'Ways to respond',
    '>Summary',
    '>We are seeking views on proposals to extend the vetting that now applies to workers at container terminals to those who work at fishing harbours and ferry quays with more than a set number of landings a year.',
    '>The proposals follow the rise in seizures at small harbours since 2030 and the recommendations of the Standing Committee on Maritime Affairs.',
    '>What we propose',
    '>Harbour masters, ferry staff and contractors with access to the quay would need a security check renewed every five years. Crews of fishing boats would not.',
    'Ways to respond',
    'Respond online or email harbour.vetting@coastal.example',
    'Is this page useful?  Yes  No',
    'Published by the Ministry of Coastal Affairs. All content is available under the Open Government Licence.',
], dict(title='Vetting of workers at small harbours: proposals for consultation', authors=[], date='2032-10-02',
        kind='consultation', publication='Ministry of Coastal Affairs'),
    sidecar='url: https://www.coastal.example/consultations/vetting-small-harbours')

# A glossary entry of a research project's online glossary: the term as the title, a "Last edited" date, "See also".
write('n02_glossary_entry_last_edited', [
    'Smuggling Terms Project',
    'A glossary of maritime smuggling, compiled by researchers at the University of Sorhamn',
    'Glossary A-Z   About the project   Contributors   Cite',
    'Glossary',
    'Mother ship',
    '>A larger vessel that stays outside territorial waters and transfers contraband at sea to smaller, faster boats, which carry it ashore.',
    '>The practice allows the larger vessel to avoid port checks altogether. It has been reported off the northern coast since 2029, where trawlers have been used as mother ships for cannabis and cigarettes.',
    '>Related practices include the use of floating buoys to leave cargo for collection later.',
    'See also: Go-fast boat; Drop at sea; Coopering',
    'Entry written by Marit Solheim-Okoro',
    'Last edited 12 October 2032',
    'How to cite this entry',
    'Smuggling Terms Project is funded by the Sorhamn Research Council.',
], dict(title='Mother ship', authors=['Marit Solheim-Okoro'], date='2032-10-12', kind='glossary',
        publication='Smuggling Terms Project'))

# A dispatch by a correspondent who also took the pictures: "Words and pictures by NAME", a weekday date, a place line,
# captions between paragraphs and a "More dispatches" rail.
write('n03_dispatch_words_and_pictures', [
    'The Northern Review',
    'World   Politics   Culture   Dispatches   Podcasts',
    'DISPATCH',
    'On the night ferry, nobody asks what is in the vans',
    'Words and pictures by Oona Kettunen-Bamba',
    'Sunday 10 October 2032',
    'Sorhamn',
    '>The last ferry from Sorhamn leaves at eleven, and by half past ten the queue of vans stretches back from the ramp past the closed fish market.',
    'The vehicle deck of the night ferry, photographed from the passenger lounge. Photo: Oona Kettunen-Bamba',
    '>Most of them are what they say they are: refrigerated vans carrying fish, furniture vans, a baker\'s van on its weekly run to the island. A few, the crew say, are not, and everybody knows which.',
    '>"We are not the police," the bosun told me as the ramp came up. "We count the vehicles and we check the tickets. What is inside is somebody else\'s business."',
    '>That somebody else is the coastguard, which has two officers on the Sorhamn quay at night, and which, on the night I travelled, searched none of the forty-one vans.',
    'More dispatches',
    'In the harbour master\'s hut',
    'The fish market that closed',
    'The Northern Review · Independent journalism since 1987',
], dict(title='On the night ferry, nobody asks what is in the vans', authors=['Oona Kettunen-Bamba'], date='2032-10-10',
        kind='dispatch', publication='The Northern Review'),
    sidecar='url: https://www.northernreview.example/dispatches/night-ferry-vans')

# A software company's security advisory: browser title with site suffix, advisory id, published and updated ISO dates
# on one line, a team as author, a severity field, a fixed-versions table in lines, acknowledgements.
write('n04_security_advisory_iso_dates', [
    'Security advisory SA-2032-014: Harbour gate controllers accept replayed badges | Portwise Systems',
    'Portwise Systems',
    'Products  Support  Security  Company',
    'Security advisories',
    'Security advisory',
    'Harbour gate controllers accept replayed badges',
    'Advisory ID: SA-2032-014',
    'Published: 2032-10-12 | Last updated: 2032-10-14',
    'Severity: High',
    'Author: Portwise Product Security Team',
    '>Summary',
    '>Gate controllers running firmware earlier than 4.2.7 accept a badge signal recorded and replayed within ten minutes of its first use. An attacker near the gate could open it with a recording of a valid badge.',
    '>Affected products',
    '>PW-Gate 300 and PW-Gate 500 controllers with firmware 4.0.0 to 4.2.6.',
    '>Remediation',
    '>Update the controllers to firmware 4.2.7 or later. Customers who cannot update should enable two-factor entry at quay gates until they can.',
    'Acknowledgements',
    'Portwise thanks the harbour security team of the Port of Velling for reporting this issue.',
    'Subscribe to security advisories',
    '© 2032 Portwise Systems AB. All rights reserved.',
], dict(title='Harbour gate controllers accept replayed badges', authors=[], date='2032-10-12', kind='security advisory',
        publication='Portwise Systems'))

# A newspaper review of a television documentary: the title printed twice, a star rating, "Reviewed by" after the
# deck, a date with a time and zone, a box of programme details after the text, comments.
write('n05_documentary_review_stars', [
    'The Harbour Gazette',
    'News  Sport  Culture  Opinion  Subscribe',
    'Culture › Television',
    'Review',
    'The Quiet Harbours review - a patient look at the coast the smugglers chose',
    'A three-part documentary lets fishermen and coastguards speak at length, and is better for it.',
    '★★★★☆',
    'Reviewed by Benedikt Oyelaran-Strand',
    'Fri 15 Oct 2032 06.00 BST',
    '>Documentaries about smuggling usually begin with a seizure: a quay at night, torches, a pallet of something wrapped in plastic. The Quiet Harbours begins with a man mending a net.',
    '>Over three hours the film-makers let the people of four fishing harbours explain, at their own pace, how their quays came to be used by smugglers and what it has done to them.',
    '>It is sometimes too patient. The second episode loses itself in a dispute over mooring fees. But the last, in which a coastguard officer and a skipper she once arrested talk across a kitchen table, is as good as anything on television this year.',
    'The Quiet Harbours is on Channel North on Sundays at 9pm.',
    'Comments (3)',
    'The Harbour Gazette, part of Coastline Newspapers. All rights reserved.',
], dict(title='The Quiet Harbours review - a patient look at the coast the smugglers chose', authors=['Benedikt Oyelaran-Strand'],
        date='2032-10-15', kind='review', publication='The Harbour Gazette'),
    sidecar='url: https://www.harbourgazette.example/culture/tv/quiet-harbours-review')

# A blog's front page holding two whole posts, each with its own title and "Posted ... by" line, and a sidebar.
write_pieces('n06_blog_page_two_posts', [
    'Quayside Notes',
    'A blog about the harbours of the northern coast',
    'Home  About  Archive  Contact',
    'The new patrol boats arrive',
    'Posted on 19 October 2032 by Henrik Aasgaard',
    '>0The first of the coastguard\'s two new patrol boats came into Sorhamn on Tuesday afternoon, to a small crowd on the pier and a good deal of hooting from the fishing boats.',
    '>0She will be based here from next month. The second boat is due at Velling in December.',
    '2 comments',
    'Ferry timetable changes for the winter',
    'Posted on 12 October 2032 by Henrik Aasgaard',
    '>1The winter timetable starts on 1 November. The last ferry from Sorhamn will leave at ten instead of eleven, and the early crossing on Sundays is cancelled until March.',
    '>1The operator says the changes follow the fall in passenger numbers after the harbour checks began.',
    'Leave a comment',
    'Older posts',
    'Categories: Coastguard, Ferries, Fishing',
    'Quayside Notes runs on a free blogging platform.',
], [dict(title='The new patrol boats arrive', authors=['Henrik Aasgaard'], date='2032-10-19', kind='blog',
         publication='Quayside Notes'),
    dict(title='Ferry timetable changes for the winter', authors=['Henrik Aasgaard'], date='2032-10-12', kind='blog',
         publication='Quayside Notes')],
    sidecar='url: https://quaysidenotes.example/')

# An institute's English press release under German furniture: breadcrumb, label, "Veröffentlicht am" date,
# a press contact, share words in German.
write('n07_press_release_german_furniture', [
    'Institut für Küstensicherheit',
    'Startseite  Forschung  Presse  Team  Kontakt',
    'Startseite > Presse > Pressemitteilungen',
    'Press release',
    'Study finds small harbours now handle most drug seizures on the northern coast',
    'Veröffentlicht am 21.10.2032',
    '>A new study by the Institute for Coastal Security finds that more than half of the drug seizures on the northern coast in 2031 took place in small fishing harbours rather than in the container port.',
    '>The authors, who analysed six years of customs records, recommend that the coastguard be given a permanent presence in the three busiest harbours.',
    '>"The smugglers have followed the path of least resistance," said the study\'s lead author. "Policy has not yet followed the smugglers."',
    'Pressekontakt',
    'Dr. Jana Vogelsang-Eze, Pressestelle, +49 000 111 222',
    'Teilen  Drucken  Nach oben',
    'Impressum  Datenschutz  Barrierefreiheit',
    '© Institut für Küstensicherheit 2032',
], dict(title='Study finds small harbours now handle most drug seizures on the northern coast', authors=[], date='2032-10-21',
        kind='press release', publication='Institut für Küstensicherheit'),
    sidecar='url: https://www.kuestensicherheit.example/presse/2032-10-21-small-harbours')

# A short statement by a football club: a label, a numeric date with a time, signed at its end by the board.
write('n08_club_statement_short', [
    'SORHAMN FC',
    'Club  Team  Tickets  Shop  Community',
    'Latest news',
    'Statement',
    'Club statement on Saturday\'s match',
    '18.10.2032 | 16:45',
    '>Sorhamn FC is aware of the flares thrown onto the pitch during Saturday\'s match against Velling Athletic, and of the arrest of two supporters by the harbour police after the match.',
    '>The club condemns the behaviour of those involved and will work with the police to identify them. Anyone found responsible will be banned from the ground.',
    'The Board of Directors, Sorhamn FC',
    'Share',
    'Official partners',
    'Sorhamn Football Club Ltd. All rights reserved.',
], dict(title='Club statement on Saturday\'s match', authors=[], date='2032-10-18', kind='statement',
        publication='Sorhamn FC'))
