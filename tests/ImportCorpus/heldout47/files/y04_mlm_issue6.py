from lib import Doc

PUB, VOL, ISS, DATE = 'Militant Leadership Monitor', 40, 6, '2049-06-01'


def build():
    d = Doc('y04_mlm_issue6', width=78, hyph=2, sidecar={'publication': 'Militant Leadership Monitor'}, comments=[
        'Choices the rules leave open: the masthead prints the name in capitals and only a month (date the first of the',
        'month). BRIEF is singular over one short piece (brief); PROFILES is plural over the run of two pieces (profile each).',
        'The editor\'s bio after the brief, the first profile\'s bio after its notes and the two co-authors\' bios (a line',
        'each, after the notes) are not text. "Volume 3 of the Lake Library series" and the subheading "A Judge Without',
        'a Court" are look-alikes, text.',
    ])
    d.block('P2', '', 'Militant Leadership Monitor  \u2022  June 2049  \u2022  2', '')
    d.block('P4', '', 'MilitantLeadershipMonitor\u2022June2049\u20224', '')
    d.block('P5', '', '5', '', 'Militant Leadership Monitor  \u2022  Volume XL, Issue 6', '')
    d.block('P7', '', 'Militant Leadership Monitor  \u2022  June 2049  \u2022  7', '')
    b1 = d.art('Commander of the Ridge Battalion Killed in Drone Strike', ['Edmund Okonjo-Varga'], DATE, 'brief', PUB, VOL, ISS)
    p1 = d.art('Harun Valdez: The Preacher Who Runs the Lake Brigade\'s Courts', ['Mathilde Ekwueme'], DATE, 'profile', PUB, VOL, ISS)
    p2 = d.art('Who Is Commander Sefa? The Rise of the Delta Front\'s Field Chief', ['Rui Castellanos-Berg', 'Amara Lindqvist'],
               DATE, 'profile', PUB, VOL, ISS)
    d.f('The Wexcombe Foundation', '', 'MILITANT LEADERSHIP MONITOR', '',
        'Volume XL, Issue 6  |  June 2049', '', 'IN THIS ISSUE', '',
        'BRIEF: Commander of the Ridge Battalion Killed in Drone Strike', 'By Edmund Okonjo-Varga', '',
        'Harun Valdez: The Preacher Who Runs the Lake Brigade\'s Courts', 'By Mathilde Ekwueme', '',
        'Who Is Commander Sefa? The Rise of the Delta Front\'s Field Chief', 'By Dr. Rui Castellanos-Berg and Amara Lindqvist', '',
        '', 'BRIEF', '', 'Commander of the Ridge Battalion Killed in Drone Strike', '', 'Edmund Okonjo-Varga', '')
    d.p(b1, 'Tomas Ibekwe-Ruiz, who led the Ridge Battalion of the Free Highlands Front for nearly five years, was killed '
            'in a drone strike near the village of Amoli on May 19, according to a statement by the army and a eulogy '
            'later posted by the Front. He was 44. Ibekwe-Ruiz was known for ordering the attacks on the plateau '
            'railway and for his refusal to negotiate with ^P2 district officials.')
    d.f('')
    d.p(b1, 'His deputy, a former schoolteacher known only as Marek, is expected to take command. The battalion has '
            'lost leaders before without losing its cohesion, and there is little reason to expect a rapid collapse.')
    d.f('')
    d.p(None, 'Edmund Okonjo-Varga is the Editor of Militant Leadership Monitor.')
    d.f('', '', 'PROFILES', '', 'Harun Valdez: The Preacher Who Runs the Lake Brigade\'s Courts', '', 'By Mathilde Ekwueme', '')
    for para in [
        'Few members of the Southern Emirate are as well known on Lake Imari as Harun Valdez, the preacher who presides '
        'over the Lake Brigade\'s courts. Boat owners, traders and fishermen who have never seen the Brigade\'s commanders '
        'can describe Valdez in detail: a slight man in his fifties, with a clipped beard and a habit of quoting market '
        'prices in his sermons.\u00b9',
        'Early Life',
        'Valdez was born in Port Halane and trained as a clerk in the district land registry before turning to '
        'religious study in his thirties. His sermons, collected in Volume 3 of the Lake Library series that the '
        'Emirate distributes on memory cards, mix scripture with ^P4 practical advice on debts, inheritance and the '
        'division of catch between crews.\u00b2',
        'A Judge Without a Court',
        'Since 2048 Valdez has sat as judge in a tent on Kiru Island, hearing disputes brought by islanders and, '
        'increasingly, by traders from the mainland. His rulings are quick and are enforced by the Brigade\'s armed '
        'collectors. Several people who have appeared before him say he is fairer than the state\'s magistrates, a '
        'judgment the Emirate repeats in its propaganda.\u00b3',
        'His importance lies less in his authority than in his legitimacy. Commanders can be replaced; a judge who is '
        'trusted by the people he judges is harder to find. Were Valdez to be killed or captured, the Brigade\'s hold on '
        'the lake would weaken in ways that the loss of a military leader would not cause.',
    ]:
        d.p(p1, para)
        d.f('')
    d.f('Notes', '')
    for n in ['1. Interviews with boat owners at Port Halane, April 2049.',
              '2. Author\'s review of eighteen sermons on memory cards obtained in Port Halane.',
              '3. Lake Brigade, "The Justice of the Lake," video, March 2049.']:
        d.p(p1, n)
    d.f('')
    d.p(None, 'Mathilde Ekwueme is an anthropologist who has worked on the islands of Lake Imari since 2045.')
    d.f('', '', 'Who Is Commander Sefa? The Rise of the Delta', 'Front\'s Field Chief', '',
        'By Dr. Rui Castellanos-Berg and Amara Lindqvist', '')
    for para in [
        'In the space of eighteen months, a commander known as Sefa has gone from obscurity to leading most of the '
        'Delta Front\'s fighting units. The Front has never published his full name, and the government\'s wanted list '
        'gives three different ones. What is clear is that his rise coincided with a change in the Front\'s tactics, '
        'from raids on oil installations to sustained attacks on ^P5 army supply boats.[1]',
        'Sefa is thought to have served as a navy rating before deserting in 2044, which would explain his skill with '
        'boats and radios. Fighters who left the Front describe him as strict, sober and wary of journalists, and say '
        'that he rotates his commanders every few months to stop any of them building a following of their own.[2]',
        'His caution has served the Front well. Under his command it has lost fewer fighters and fewer boats, and it '
        'has avoided the internal feuds that split it in 2046. But it has also become more dependent on one man, and a '
        'movement organised around a single field chief is vulnerable if that chief is removed.',
    ]:
        d.p(p2, para)
        d.f('')
    d.f('Notes', '')
    d.p(p2, '[1] Delta Security Observatory, "Attacks on River Logistics, 2047\u20132049," May 2049.')
    d.p(p2, '[2] Interviews by the authors with four former fighters, Kessin, March and April 2049.')
    d.f('')
    d.p(None, 'Dr. Rui Castellanos-Berg is a senior lecturer in security studies at the University of Kessin.')
    d.p(None, 'Amara Lindqvist is a freelance researcher who has covered the delta for twelve years.')
    d.block('END', '')
    d.f('', 'Militant Leadership Monitor  \u2022  June 2049  \u2022  8')
    return d
