from lib import Doc

TITLE = 'Ports, Not Pulpits: Rethinking Maritime Radicalisation on the Vessen Coast'
PUB = 'Castellan Institute for Strategic Studies'


def build():
    d = Doc('y07_thinktank_insight_reflist', web=True,
            sidecar={'url': 'https://castellan-institute.example.net/research/insights/ports-not-pulpits'},
            comments=[
                'A think tank\'s INSIGHT (its own genre label over the title) without blank lines, opening with a crawler',
                'block whose title carries the site suffix. Three authors on a line of their own; their bios are the',
                'author boxes after the references. Markers glued to words and sentence ends ("docks.2") belong to the',
                'numbered reference list (text, under the "References" heading, which is not). The subheading "Three',
                'Lessons from the Coast" and the prose line "By 2049, ..." are look-alikes, text. Publication: the',
                'masthead\'s full name.',
            ])
    a = d.art(TITLE, ['Halvard Bremnes', 'Chidinma Ferro', 'Luca Tavernier'], '2049-03-18', 'insight', PUB)
    d.f('---', f'title: "{TITLE} | Castellan Institute"',
        'source: "https://castellan-institute.example.net/research/insights/ports-not-pulpits"',
        'date: 2049-03-18', 'description: "Why dock labour, not preaching, explains who joins militant cells in the '
        'port cities of the Vessen coast."', '---',
        'CASTELLAN INSTITUTE FOR STRATEGIC STUDIES', 'Research  Experts  Events  Podcasts  About  Support us',
        'Home / Research / Insights / Counter-terrorism', 'INSIGHT', TITLE,
        'Halvard Bremnes, Chidinma Ferro and Luca Tavernier', '18 March 2049 \u2022 9 min read',
        'Share  \u2022  Email  \u2022  Print this page  \u2022  Download PDF (412 KB)')
    for para in [
        'For two decades, studies of radicalisation on the Vessen coast have started in the mosques and prayer rooms of '
        'the port cities. That focus made sense when the coast\'s militant cells recruited through preachers. It makes '
        'far less sense now, when the people who join them are more likely to have met their recruiters on the docks.2',
        'Our research team interviewed 54 former and current dock workers in three ports between October 2048 and '
        'February 2049. Of the 19 who said they had been approached by a militant cell, 15 were approached at work, '
        'usually by a foreman or a fellow member of a loading gang, and only two in a place of worship.1 The pattern '
        'held across the three ports and across age groups.',
        'By 2049, the ports employed some 30,000 casual labourers, most hired by the day through gang bosses who also '
        'control who is paid, who works night shifts and who gets the safer jobs. Cells that have placed members among '
        'the bosses can offer work to recruits and withhold it from those who refuse. That is a stronger pull than '
        'any sermon.3',
        'Three Lessons from the Coast',
        'First, prevention programmes should follow the labour market. Of the coast\'s 41 funded projects, 33 work '
        'through religious institutions and none through the port unions.4 Second, the casual hiring system is itself '
        'a security risk, because it places power over livelihoods in a few unaccountable hands. Third, the cells\' '
        'reliance on dock work makes them visible to anyone who studies the payrolls, including the port authorities.',
        'None of this means that ideology does not matter. Many of the workers we met could recite the cells\' '
        'slogans. But ideology was rarely what brought them in; it was what kept them there once they had started to '
        'depend on the cell for their wages.',
    ]:
        d.p(a, para)
    d.f('References')
    for n in [
        '1. Castellan Institute interview dataset, Vessen coast, 2048\u20132049 (unpublished).',
        '2. Preaching and Militancy on the Coast, 2030\u20132045 \u2013 Vessen Review of Politics, accessed 2 March 2049, '
        'https://vessenreview.example.org/archive/preaching-militancy',
        '3. Port Labour Statistics 2048 \u2013 Vessen Port Authority, accessed 5 March 2049, '
        'https://ports.example.gov/statistics/2048',
        '4. Prevention Projects Register \u2013 Ministry of Social Cohesion, accessed 7 March 2049, '
        'https://cohesion.example.gov/register',
    ]:
        d.p(a, n)
    d.f('About the authors',
        'Halvard Bremnes is a Senior Fellow in the Castellan Institute\'s Security Programme.',
        'Chidinma Ferro is a Research Analyst who works on labour and conflict.',
        'Luca Tavernier is a visiting researcher from the University of Ostmark.',
        'Related research',
        'Dockside: Organised Crime and the Casual Labour System (Report, January 2049)',
        'Podcast: What the Port Strikes Taught Us (Episode 61)',
        'Stay informed: sign up for the Castellan Institute newsletter to get our latest analysis each week.',
        'The views expressed are those of the authors and do not necessarily reflect those of the Institute.',
        '\u00a9 2049 Castellan Institute for Strategic Studies. Registered charity no. 4410982. Privacy | Cookies | Accessibility')
    return d
