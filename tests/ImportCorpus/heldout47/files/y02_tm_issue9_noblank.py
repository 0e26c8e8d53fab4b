from lib import Doc

PUB, VOL, ISS, DATE = 'Terrorism Monitor', 47, 9, '2049-05-01'


def build():
    d = Doc('y02_tm_issue9_noblank', width=84, hyph=1, sidecar=None, comments=[
        'Choices the rules leave open: the first piece stands under no label and the contents list it by title (feature);',
        'ANALYSIS and COMMENTARY are singular labels over one piece each. The bio printed before the first text is not text;',
        'the three co-authors of the analysis are printed on a line of their own without "By", their joint bio after the text.',
        '"Lt. Gen. (ret.)" is an honorific, out of the name. Look-alikes kept as text: the prose line opening "By contrast,",',
        'the heading "A Map of the Salt Road" and "the brigades\' Volume 2 of collected statements".',
    ])
    d.block('H3', 'TERRORISM MONITOR \u2758 VOLUME 47 \u2758 ISSUE 9', '3')
    d.block('M', 'TERRORISMMONITOR\u2758VOLUME47\u2758ISSUE9', '4')
    d.block('N', '6')
    d.block('F', 'wexcombe.example.org \u2758 Terrorism Monitor \u2758 May 1, 2049 \u2758 7')
    d.block('H8', 'TERRORISM MONITOR \u2758 VOLUME 47 \u2758 ISSUE 9', '8')
    a1 = d.art('The Salt Road Militias of the Ferrin Basin', ['Ilse Marchetti-Obi'], DATE, 'feature', PUB, VOL, ISS)
    a2 = d.art('Why the Coastal Brigades Stopped Claiming Attacks', ['Marek Solberg', 'Joana Ferraz', 'Idris Bakare'],
               DATE, 'analysis', PUB, VOL, ISS)
    a3 = d.art('After the Truce: What Comes Next for the Ostrel Valley', ['Oswin Farrant'], DATE, 'commentary', PUB, VOL, ISS)
    d.f('TERRORISM MONITOR', 'Research and Analysis on Armed Movements',
        'VOLUME 47 \u2758 ISSUE 9 \u2758 MAY 1, 2049', 'In this issue:',
        'The Salt Road Militias of the Ferrin Basin \u2014 Dr. Ilse Marchetti-Obi ................. p. 1',
        'Why the Coastal Brigades Stopped Claiming Attacks \u2014 M. Solberg, J. Ferraz and I. Bakare .... p. 4',
        'After the Truce: What Comes Next for the Ostrel Valley \u2014 Oswin Farrant ............... p. 7',
        'A publication of The Wexcombe Foundation. Views are the authors\' own. \u00a9 2049',
        'The Salt Road Militias of the Ferrin Basin', 'By Dr. Ilse Marchetti-Obi')
    d.p(None, 'Dr. Ilse Marchetti-Obi is a historian of the Ferrin Basin and a visiting fellow at the Institute for Desert '
              'Studies in Amarel. Her book on the caravan towns of the basin appeared in 2046.')
    d.p(a1, 'Salt has crossed the Ferrin Basin for a thousand years, and for most of that time it has paid for the guns '
            'that guard it. What is new is who holds the guns. Since the collapse of the Amarel customs service in 2047, '
            'three armed groups have divided the caravan route between them, and each has learned to present itself as '
            'the protector of a trade that it also taxes.[i]')
    d.p(a1, 'The largest, the Companions of the Wells, controls the northern oases and about two thirds of the traffic. '
            'Its fighters are mostly the sons of caravan families, and its leaders are careful to describe their levy '
            'as a fee for water rather than a tax. The second group, a local branch of a transnational jihadist '
            'movement, holds the southern passes and charges less, which has made it popular with the smaller '
            'traders.[ii] The third is barely a group at all: a coalition of former customs officers who never handed '
            'back their weapons.')
    d.p(a1, 'A Map of the Salt Road')
    d.p(a1, 'The route runs for about 600 kilometers from the mines at Tessit to the river port of Kuandé. Caravans '
            'now travel by lorry, but they still stop at the old wells, and it is at the wells that the groups collect '
            'their money. A driver interviewed in Kuandé listed nine payments on a single crossing, four of them to the '
            'Companions and two to the jihadists, with receipts stamped by each.[iii] He paid the last of them at the ^H3 edge '
            'of the river port.')
    d.p(a1, 'By contrast, the driver said, the state took nothing and offered nothing. '
            'That point matters more than the number of payments. The groups have not seized the route so much as '
            'filled a space the state left empty. Where the Companions collect their fee, they also repair the wells '
            'and settle disputes over lost cargo, and traders say they are faster and more predict~able than the courts '
            'in Amarel ever were.[iv]')
    d.p(a1, 'Any attempt to restore state control will therefore have to offer the traders something the militias do '
            'not. A single, posted customs tariff, collected at the mines and the river port instead of at the wells, '
            'would remove the groups\' main source of income without a campaign in the ^M desert. It would also test '
            'whether the govern~ment can do what its rivals already do: keep its word.')
    d.f('Notes')
    d.p(a1, '[i] On the customs service see Hassan Drame, The Last Collectors (Amarel: Basin Press, 2048), pp. 12\u201330.')
    d.p(a1, '[ii] Author\'s interviews with traders in Tessit, March 2049.')
    d.p(a1, '[iii] Interview with a lorry driver, Kuand\u00e9, March 18, 2049.')
    d.p(a1, '[iv] Ferrin Basin Traders\' Association, "Annual Letter to Members," January 2049.')
    d.f('ANALYSIS', 'Why the Coastal Brigades Stopped Claiming Attacks', 'Marek Solberg, Joana Ferraz and Idris Bakare')
    d.p(a2, 'For six years the Coastal Brigades claimed every bombing, kidnap~ping and assas~sination they carried out, '
            'usually within hours and often with video. Since January they have claimed none, although the attacks '
            'attri~buted to them by the police have continued at much the same rate. The silence is deliberate, and it '
            'tells us something about how the group now sees itself.')
    d.p(a2, 'The simplest explanation is legal. A new law that came into force in December allows courts to seize the '
            'property of anyone who shares or stores a claim of responsibility, and the Brigades\' supporters in the '
            'port cities have a good deal of property to lose. A second explanation is political. The Brigades '
            'announced last year that they would take part in local elec~tions through a front party, and a stream of '
            'claims would make that party\'s ^N candidates impossible to defend.')
    d.p(a2, 'There is also an older precedent. In the 2030s the group\'s founders published their statements in '
            'bound volumes, and the brigades\' Volume 2 of collected statements, printed in 2036, ends with a '
            'declaration that the movement would "speak through deeds alone" once it had won a hearing. Some of the '
            'members we inter~viewed quoted that line, unprom~pted, to explain the new silence.')
    d.p(a2, 'Whatever the reason, the change makes the violence harder to count and easier to deny. Analysts who rely '
            'on claims to measure the group\'s strength should stop doing so; incident data from hospitals and insurers '
            'now tell a more accurate ^F story than the group\'s own channels.')
    d.p(None, 'Marek Solberg is a research fellow at the Harbour Institute in Vessen. Joana Ferraz is a journalist who has '
              'covered the coast since 2041. Idris Bakare is a doctoral candidate at the University of Amarel.')
    d.f('COMMENTARY', 'After the Truce: What Comes Next for the Ostrel Valley', 'By Lt. Gen. (ret.) Oswin Farrant')
    d.p(a3, 'The truce signed in the Ostrel Valley on April 11 has held for three weeks, longer than either of the two '
            'before it. I commanded the army\'s northern district during the first of those truces, and I have learned '
            'to distrust the quiet that follows a signing ceremony. Quiet is not peace; it is a pause in which both '
            'sides count what they have left.')
    d.p(a3, 'Three things will decide whether this pause lasts. The first is the return of the displaced: about 40,000 '
            'people are living in camps downstream, and they will go home only if they believe the armed men on the '
            'ridges will not come down again. The second is money. The valley\'s militias have been paid by the war, '
            'and they need another income before they give up their guns.')
    d.p(a3, 'The third is patience in the capital. Politicians who staked their names on the truce will want to announce '
            'its success by the summer. They should resist. A cease~fire that is declared won too early is usually the one '
            'that is ^H8 lost, and the people of the valley have paid for that lesson twice already.')
    d.p(None, 'Lieutenant General (retired) Oswin Farrant commanded the northern military district from 2040 to 2044 and now '
              'advises the Valley Reconciliation Council.')
    return d
