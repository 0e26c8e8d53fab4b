from lib import Doc

TITLE = 'Masts Burned in Third Night of Attacks Along the Greyhaven Ring Road'


def build():
    d = Doc('y08_news_courier_posted', web=True, comments=[
        'A regional paper\'s story with blank lines: the section label "Regional news" names the kind news. The byline',
        'is a "Posted ... by NAME" line. The inline "READ MORE:" teasers, photo caption and credit, share bar, comments',
        'and most-read list are not text. The appeal for information about this case is text (README, "Files"); the',
        'paragraph opening "Posted online by a group ..." is a look-alike (text). Publication: the masthead\'s name.',
    ])
    a = d.art(TITLE, ['Mirela Kostadinova'], '2049-04-08', 'news', 'The Greyhaven Courier')
    d.f('This site uses cookies. Some are essential; others help us understand how you use the site. Accept all | Manage', '',
        'THE GREYHAVEN COURIER', '', 'News  Sport  Business  Opinion  What\'s On  Jobs  Subscribe', '',
        'Regional news', '', TITLE, '', 'Posted April 8, 2049 11:42 am by Mirela Kostadinova', '',
        'Share this article:  Facebook  X  WhatsApp  Email', '',
        'Firefighters at the mast on Calder Lane on Wednesday night. Photo: Jon Ambry / Greyhaven Courier', '')
    paras = [
        'Two more mobile phone masts were set on fire along the Greyhaven ring road overnight, bringing the number '
        'attacked since Sunday to seven and leaving parts of the east of the city without a signal for most of '
        'Thursday morning.',
        'Police said the fires, at Calder Lane and near the Marsh Gate roundabout, were started deliberately and that '
        'they were treating the attacks as linked. Nobody was hurt, but a care home near Marsh Gate lost its alarm '
        'line for several hours.',
        'READ MORE: Council votes to review mast planning rules',
        'Posted online by a group calling itself the Quiet Sky Collective, a statement on Tuesday claimed the first '
        'five fires and said the attacks would continue until the city\'s new masts were "switched off for good." '
        'Detectives said they were examining the statement but would not say whether they believed it was genuine.',
        'Chief Inspector Alba Renn, who is leading the inquiry, said the attacks were "reckless and dangerous" and '
        'that officers had increased patrols around masts in residential areas. "Whatever anyone believes about this '
        'technology, setting fire to equipment next to homes puts lives at risk," she said.',
        'The network operator Northline said engineers had restored most services by lunchtime and that it would '
        'fit cameras to its remaining sites on the ring road.',
        'READ MORE: Quiet Sky: who are the activists behind the anti-mast campaign?',
        'Anyone with information about the fires is asked to contact Greyhaven Police on 0800 555 0193, quoting '
        'incident 2049-0408-112.',
    ]
    for p in paras:
        d.p(None if p.startswith('READ MORE') else a, p)
        d.f('')
    d.f('Have you got a story for us? Email newsdesk@greyhavencourier.example.co', '',
        '14 comments', '', 'harbourwatcher \u00b7 3 hours ago', '',
        'Third time this week my phone has gone dead at work. Catch them before someone gets hurt.', '',
        'Reply \u00b7 Report', '', 'Ellis R. \u00b7 2 hours ago', '',
        'Posted by the same lot who tried this in 2047, I bet.', '', 'Reply \u00b7 Report', '',
        'Most read', '', '1. Ring road closed for resurfacing until May', '',
        '2. Greyhaven Rovers sign keeper on loan', '', '3. ' + TITLE, '',
        '\u00a9 2049 Greyhaven Courier Media Ltd. All rights reserved. Terms | Privacy | Contact us')
    return d
