from lib import Doc


def build():
    d = Doc('j09_newspaper_data_analysis_yaml', blank=True, web=True)
    d.notes = ['ANALYSIS over the title is the kind. The chart titles, chart source lines and image credit are not text;',
               'the subheading and the "How we did this" note are text; the contributed-reporting line is not. The three',
               'names after "By" are the authors.']
    a = d.art('Where the Bombs Fell: Five Years of Attacks on Rail Lines, Mapped',
              ['Oriol Vantenberg', 'Hana Selmani', 'Jude Achterfeld'], '2047-02-19', 'analysis', 'The Meridale Post')
    d.fl('---',
         'title: "Where the Bombs Fell: Five Years of Attacks on Rail Lines, Mapped"',
         'source: https://www.meridalepost.example.com/world/2047/02/19/rail-attacks-mapped',
         'date: 2047-02-19T07:00:00Z',
         'description: unknown',
         '---')
    d.f('')
    d.f('The Meridale Post')
    d.f('World   Politics   Business   Climate   Data   Opinion   Sign in')
    d.f('ANALYSIS')
    d.f('Where the Bombs Fell: Five Years of Attacks on Rail Lines, Mapped')
    d.f('A Post analysis of 412 incidents shows sabotage has moved from remote tracks to city junctions')
    d.f('By Oriol Vantenberg, Hana Selmani and Jude Achterfeld')
    d.f('February 19, 2047 at 7:00 a.m. EST  \u00b7  Updated February 19, 2047 at 11:40 a.m. EST')
    d.f('Gift this article   Share   Save')
    d.t(a, 'Attacks on railways across the Drava region have nearly tripled since 2042, according to an analysis by The Meridale Post of 412 incidents recorded by rail operators, police and local media. But the bigger change is not in how many attacks there are. It is in where they happen.',
        'In 2042, four out of five recorded attacks struck remote stretches of track far from any town. In 2046, more than half hit junctions, signal boxes and depots within city limits, where damage is harder to repair and delays spread quickly across the network.')
    d.f('Chart: Share of rail attacks within city limits, 2042\u20132046', 'Source: Meridale Post analysis of operator, police and media reports')
    d.t(a, 'How the attacks changed',
        'The shift coincides with a change in who carries out the attacks. Early incidents were mostly claimed by small separatist cells in the eastern hills, which targeted freight lines carrying ore from state mines. Since 2044, a growing share has gone unclaimed, and investigators have linked several of the urban attacks to paid saboteurs recruited through messaging apps.',
        'Rail officials say the urban attacks are also cheaper to carry out. A cut signal cable at a busy junction can halt hundreds of trains, while a blown section of remote track may stop a few freight services for a day.',
        '"The people paying for these attacks have learned where we are weakest," said Ilona Marsk, a security manager at the region\'s largest operator. "It is not the empty countryside. It is the middle of the city at rush hour."')
    d.f('Workers repair a signal box at Vessel Junction in November. (Tomas Riedl for The Meridale Post)')
    d.t(a, 'The Post\'s data show that the average delay caused by an urban attack was nine hours, against three for an attack on a remote line. Operators have begun installing cameras and fences at major junctions, but fewer than a fifth of the network\'s signal boxes are covered so far.',
        'How we did this: The Post combined incident logs from three rail operators with police reports and local news coverage, removing duplicates by date and location. Incidents with no confirmed damage were excluded.')
    d.f('You have 2 free articles remaining this month. Subscribe for unlimited access.')
    d.f('Hana Selmani contributed reporting from Vessel.')
    d.f('More from World')
    d.f('Drava governor survives confidence vote')
    d.f('Flooding closes two ports on the northern coast')
    d.f('\u00a9 2047 The Meridale Post  |  Terms of Service  |  Privacy Policy  |  Your Privacy Choices')
    return d
