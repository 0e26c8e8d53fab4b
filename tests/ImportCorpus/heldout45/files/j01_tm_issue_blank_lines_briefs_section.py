from lib import Doc

PUB = 'Terrorism Monitor'
DATE = '2047-04-03'

# shared with j04 (the web version of the second feature)
F2_TITLE = 'Salt Roads and Ransom: How the Kessa Front Finances Itself Across the Oroun Plateau'
F2 = [
    ('h', 'A Caravan Economy'),
    ('p', 'When herders from the Oroun plateau speak about the Kessa Front, they rarely begin with ideology. They begin with salt. For two centuries, camel and truck caravans have carried slabs of rock salt from the pans at Tiburga down to the market towns of the southern valleys, and since late 2045 almost every one of those caravans has paid the Front for the right to pass.'),
    ('p', 'The levy is modest by the standards of other armed groups in the region. Traders interviewed in Haddou and Sefrani described a charge of one slab in twenty, collected at fixed points where the tracks narrow between dunes. What makes it significant is its regularity: collectors issue stamped chits, honour them at later checkpoints and, according to two drivers, even refund a portion when a load is lost to flooding. [1]'),
    ('p', 'This predictability has made the Front something closer to a customs authority than a band of raiders. Several traders said they preferred its chits to the informal payments demanded by army patrols on the same roads, which vary from day to day and come with no guarantee of safe passage further on. [2]'),
    ('h', 'Kidnapping as a Second Ledger'),
    ('p', 'The salt levy is not the Front\'s only income. Since the abduction of four engineers from a borehole project near Ammassin in mid-2046, the group has run what local officials call a second ledger of kidnapping for ransom. Its targets have shifted from foreign contractors, who are now scarce on the plateau, to the families of ^D traders and local officials able to raise sums of between five and forty thousand dollars at short notice.'),
    ('p', 'Negotiations are reportedly handled by intermediaries in the market towns rather than by fighters, and payments move through the same hawala agents that settle salt accounts. This overlap matters: a single network of brokers now carries both the legitimate earnings of the caravan trade and the proceeds of abduction, which makes the latter almost impossible to separate or freeze. [3]'),
    ('h', 'Outlook'),
    ('p', 'Efforts to starve the Front of funds have so far targeted its fighters rather than its revenue. A military push toward Tiburga in January 2047 closed the pans for six weeks but did more harm to salt workers than to the group, which simply raised the levy on other goods. Any serious attempt to weaken the Front will have to offer caravan traders a safer and cheaper route, not only close the one they already use. [4]'),
]
F2_NOTES = [
    '[1] Author interviews with two salt traders, Haddou, November 2046.',
    '[2] "Checkpoint Charges on the Southern Tracks," Oroun Civic Observatory, December 2046.',
    '[3] Author interview with a district official, Sefrani, January 2047.',
    '[4] "Tiburga Operation Concludes," Ministry of Defence press statement, February 12, 2047.',
]
F2_AUTHORS = ['Tariq Benhadda', 'Oskar Lindqvist-Amari']


def build():
    d = Doc('j01_tm_issue_blank_lines_briefs_section', blank=True, width=80)
    d.sidecar = 'publication: Terrorism Monitor\n'
    d.notes = ['BRIEFS (plural) covers the three short pieces under it; ANALYSIS covers the piece under it; the last',
               'feature sits under no label. The editor\'s bio at the end of BRIEFS and the co-authors\' bio are not text.']
    d.block('A', '', 'TERRORISM MONITOR                                    VOLUME XLV, ISSUE 7', '', '2', '')
    d.block('B', '', 'Terrorism\u00a0MonitorVolumeXLV\uf0a7Issue7', '', '5', '')
    d.block('D', '', '7', '', 'TERRORISM MONITOR                                    VOLUME XLV, ISSUE 7', '')
    d.block('C', '', 'The Wexley Foundation  |  www.wexley.example.org', '3', '', 'TERRORISM MONITOR                                    VOLUME XLV, ISSUE 7', '')

    d.f('THE WEXLEY FOUNDATION')
    d.f('Terrorism Monitor', 'Analysis of political violence and insurgency worldwide')
    d.f('Volume 45, Number 7  |  April 3, 2047')
    d.f('IN THIS ISSUE:')
    d.fl('BRIEFS', '   Kidnappers Turn to the Rivers of the Lower Lusongo Basin ............. 1',
         '   A Drone Workshop Uncovered in the Port of Seraval ..................... 2',
         '   The Brotherhood of Saint Ivo Splits Over a Ceasefire Offer ............ 3')
    d.f('ANALYSIS: Prison Schools: How Detained Militants Recruit Behind the',
        '   Walls of Karsenk Central ............................................. 4',
        '   By Ilse Varnhagen-Cole',
        'Salt Roads and Ransom: How the Kessa Front Finances Itself Across',
        '   the Oroun Plateau .................................................... 6',
        '   By Tariq Benhadda and Oskar Lindqvist-Amari')
    d.f('Terrorism Monitor is a publication of The Wexley Foundation. It is designed to inform policymakers and the',
        'public. The opinions expressed within are solely those of the authors. Unauthorized reproduction or',
        'redistribution without the express consent of The Wexley Foundation is strictly prohibited.',
        '\u00a9 2047 The Wexley Foundation. All rights reserved.')

    d.f('BRIEFS')
    a = d.art('Kidnappers Turn to the Rivers of the Lower Lusongo Basin', ['Marguerite Oyelaran'], DATE, 'brief', PUB, 45, 7)
    d.f('Kidnappers Turn to the Rivers of the Lower Lusongo Basin')
    d.f('Marguerite Oyelaran')
    d.p(a, 'Armed men in two motor canoes stopped a passenger barge on the Lusongo river below Mbatanga on March 14 and took eleven passengers ashore, releasing the women and children the same evening. The five men still held include a district veterinary officer and three fish traders from the border town of Kolela. No group has claimed the abduction, but local officials blame a faction that broke away from the Lusongo Patriotic Movement in late 2046.')
    d.p(a, 'It is the fourth river abduction this year. Until recently the basin\'s kidnappers worked the roads, where army patrols have grown more frequent since a new base opened at Ikomi. The river, by contrast, has almost no policing: the navy\'s two patrol boats based at Mbatanga were reported in February to be out of service for lack of spare parts. [1]')
    d.p(a, 'Boat owners have responded by sailing in convoys and hiring armed guards, raising fares by as much as a third. For communities that depend on the barges to reach markets and clinics, the rising cost of travel may prove more damaging than the kidnappings themselves. ^A')
    b = d.art('A Drone Workshop Uncovered in the Port of Seraval', ['Marguerite Oyelaran'], DATE, 'brief', PUB, 45, 7)
    d.f('A Drone Workshop Uncovered in the Port of Seraval')
    d.f('Marguerite Oyelaran')
    d.p(b, 'Police in the port city of Seraval raided a rented warehouse on March 20 and found what prosecutors described as a workshop for converting commercial quadcopters into bomb-carrying drones. Officers seized fourteen airframes, a box of release mechanisms made on a 3D printer and several kilograms of a commercial explosive used in quarrying. Three men were arrested at the scene and a fourth at the airport two days later.')
    d.p(b, 'Investigators believe the workshop supplied a cell that attacked a coastguard station with two small drones in January, injuring four officers. The suspects\' phones reportedly held instructional videos circulated by a pro-jihadist channel that has specialised in such conversions since 2045, adding narrated lessons in three languages. [2]')
    d.p(b, 'The case is the first in the country to involve the local manufacture rather than the import of armed drones. Officials have promised new rules for the sale of commercial quadcopters, but similar rules in neighbouring states have done little to slow a trade carried on largely through online marketplaces.')
    c = d.art('The Brotherhood of Saint Ivo Splits Over a Ceasefire Offer', ['Marguerite Oyelaran'], DATE, 'brief', PUB, 45, 7)
    d.f('The Brotherhood of Saint Ivo Splits Over a Ceasefire Offer')
    d.f('Marguerite Oyelaran')
    d.p(c, 'The Brotherhood of Saint Ivo, a millenarian militia that has fought the government in the highlands of Vostrava since 2039, has split over whether to accept a ceasefire offered by the new interior minister. A statement read on a local radio station on March 25 by the group\'s long-time spokesman welcomed the offer; a second statement, posted online the next day in the name of the group\'s ^C military council, rejected it and called the spokesman a traitor.')
    d.p(c, 'The split follows the death in December of the Brotherhood\'s founder, whose authority had held its rival wings together. Whether the ceasefire can hold will depend on how many of the group\'s estimated six hundred fighters follow the military council into the forests north of Dunrava. [3]')
    d.f('Notes')
    d.tl(a, '[1] "Navy Boats Idle at Mbatanga," Lusongo Courier, February 9, 2047.')
    d.tl(b, '[2] Seraval Public Prosecutor, statement on the warehouse raid, March 22, 2047.')
    d.tl(c, '[3] Vostrava Radio Highlands, broadcast of March 25, 2047.')
    d.f('Marguerite Oyelaran is the Editor of Terrorism Monitor and a senior fellow at The Wexley Foundation.')

    e = d.art('Prison Schools: How Detained Militants Recruit Behind the Walls of Karsenk Central', ['Ilse Varnhagen-Cole'], DATE, 'analysis', PUB, 45, 7)
    d.f('ANALYSIS')
    d.f('Prison Schools: How Detained Militants Recruit Behind the Walls of Karsenk Central')
    d.f('By Dr. Ilse Varnhagen-Cole')
    d.f('Ilse Varnhagen-Cole is a research associate at the Centre for Penal Studies in Lindmark, where she works',
        'on radicalisation in custody.')
    d.p(e, 'Karsenk Central was built in 2031 to hold eight hundred prisoners. By early 2047 it held more than two thousand, among them some three hundred men convicted of terrorism offences. Officials have long described the prison as a place where militancy is contained; former inmates describe it as a place where it is taught.')
    d.t(e, 'A Curriculum of Grievance')
    d.p(e, 'Interviews with six former inmates and two former guards suggest that convicted militants have organised what one called "schools" on at least three wings. Classes meet after the evening count and combine religious instruction with lessons in literacy and arithmetic, which many young prisoners lack. The literacy lessons are genuine and, by several accounts, popular; the reading material is not neutral. [1]')
    d.p(e, 'New arrivals are approached within days. Those held for petty crimes, who often receive no visits and no money from outside, are offered food, protection and a place in the classes. In exchange they run errands, carry messages between wings and, after release, are expected to keep in touch with contacts given to them ^B by their teachers.')
    d.t(e, 'Overcrowding as an Ally')
    d.p(e, 'The prison authority\'s own inspection report for 2046 found that guards on the high-security wing were outnumbered by more than forty to one at night and that cells designed for two men routinely held five. [2] Under such conditions separating convicted militants from the general population, as the law requires, has become impossible. Guards interviewed for this article said they relied on the militants themselves to keep order on some wings, an arrangement that has given the group\'s leaders a quiet authority over the prison\'s daily routine.')
    d.p(e, 'The authority has announced plans for a separate unit for terrorism convicts to open in 2049. Until then, and perhaps afterwards, Karsenk Central will remain one of the more effective recruiting grounds in the country, with the state providing the premises, the pupils and the class~rooms.')
    d.f('Notes')
    d.tl(e, '[1] Author interviews with former inmates, Lindmark and Karsenk, October 2046 to January 2047.',
         '[2] National Prison Authority, Annual Inspection Report 2046, p. 31.')

    g = d.art(F2_TITLE, F2_AUTHORS, DATE, 'feature', PUB, 45, 7)
    d.f('Salt Roads and Ransom: How the Kessa Front Finances Itself Across the', 'Oroun Plateau')
    d.f('Tariq Benhadda and Oskar Lindqvist-Amari')
    for k, txt in F2:
        if k == 'h':
            d.t(g, txt)
        else:
            d.p(g, txt)
    d.f('Notes')
    d.tl(g, *F2_NOTES)
    d.f('Tariq Benhadda is a journalist based in Haddou who has covered the Oroun plateau since 2040. Oskar',
        'Lindqvist-Amari is a doctoral researcher at the University of Stennholm studying armed group finance.')
    d.f('TerrorismMonitor|VolumeXLV|Issue7', '', '8')
    return d
