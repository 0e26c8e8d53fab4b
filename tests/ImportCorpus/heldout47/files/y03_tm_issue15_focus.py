from lib import Doc

PUB, VOL, ISS, DATE = 'Terrorism Monitor', 47, 15, '2049-07-24'

GOLD = dict(
    title='Online Gold Markets and the Financing of the Southern Emirate',
    author='Caspar Mwangi-Holt',
    paras=[
        'When investigators in the port of Sarrow opened a shipping container of bicycle parts in May, they found 31 '
        'kilograms of gold bars stamped with the mark of a refinery that closed a decade ago. The container had been '
        'sold, together with its contents, through an online marketplace that advertises "verified bullion" to buyers '
        'across the region. Its seller, according to court papers, was a trading company registered to a flat above a '
        'laundry in Sarrow\'s old town.[1]',
        'The seizure offers a rare view of how the Southern Emirate, the armed movement that controls much of the '
        'Telluri highlands, turns the gold dug by its artisanal miners into money it can spend. The movement taxes the '
        'mine pits directly, usually at a tenth of the output, and buys the rest at below-market prices. The problem '
        'has always been selling it.',
        'From Pits to Platforms',
        'Until 2047 the Emirate relied on couriers who carried gold by road to traders in the border towns. That route '
        'became dangerous after the army retook the highway, and the movement appears to have looked for ways to sell '
        'without moving the metal far. Online marketplaces, which match sellers and buyers before any gold changes '
        'hands, offered a solution. A seller can list a lot, accept a deposit in a stable coin and arrange delivery to a '
        'warehouse of the buyer\'s choice.[2]',
        'Listings reviewed for this article show at least fourteen sellers on two platforms whose lots match the '
        'weights and purity of highland gold. Several use the same photographs, and three list the same telephone '
        'number for "logistics enquiries." None of the platforms asks sellers where their metal was mined, and one '
        'advertises that it does not.',
        'What Regulators Can Do',
        'Tracing rules written for banks do not reach these platforms, which describe themselves as notice boards '
        'rather than dealers. Sarrow\'s financial intelligence unit has asked parliament to bring them under the same '
        'reporting duties as jewellers, a change that would at least require them to keep records of who buys and '
        'who sells.[3] Without such records, a seizure like the one in May remains an accident of customs work rather '
        'than the result of an investigation.',
    ],
    notes=[
        '[1] Sarrow Commercial Court, case file 2049/114, filed June 3, 2049.',
        '[2] On the shift from couriers to online sales, see Ruth Abakar, "Selling the Highlands," Telluri Review, '
        'April 2049.',
        '[3] Financial Intelligence Unit of Sarrow, Typologies Report 2049, p. 9.',
    ],
    bio='Caspar Mwangi-Holt is a researcher on illicit finance who has worked for two regional anti-money-laundering '
        'bodies.',
)


def build():
    d = Doc('y03_tm_issue15_focus', width=80, hyph=2, comments=[
        'Choices the rules leave open: IN FOCUS is a section name no page uses as a genre, over a longer piece (feature);',
        'AT A GLANCE over a run of two short pieces (brief each), each signed with a dash after its text; the last piece',
        'stands under no label and the contents list it by title (feature). The subheading "Notes from the Landing" inside',
        'the first piece is text (a heading that reads like a notes heading); "the 15th ferry" and "page 3 of the ledger"',
        'are prose. Markers glued to sentence ends ("crossings.1") belong to the first piece\'s numbered notes.',
    ])
    hdr = 'Terrorism Monitor    Volume XLVII  \u25c6  Issue 15  \u25c6  July 24, 2049'
    d.block('P2', '', '2', '', hdr, '')
    d.block('P4', '', hdr, '', '4', '')
    d.block('G', '', 'TerrorismMonitorVolumeXLVII\u25c6Issue15\u25c6July24,2049', '', '5', '')
    d.block('F', '', 'The Wexcombe Foundation  |  wexcombe.example.org  |  8', '')
    f1 = d.art('The Ferry Wars: Militant Taxation on the Lake Imari Crossings', ['Ngozi Aldana-Price'], DATE, 'feature', PUB, VOL, ISS)
    b1 = d.art('Fishermen Freed After Four Months in Captivity', ['Nadia Ferreira-Lund'], DATE, 'brief', PUB, VOL, ISS)
    b2 = d.art('A New Spokesman, an Old Message', ['Nadia Ferreira-Lund'], DATE, 'brief', PUB, VOL, ISS)
    f2 = d.art(GOLD['title'], [GOLD['author']], DATE, 'feature', PUB, VOL, ISS)
    d.f('TERRORISM MONITOR', '', 'VOLUME XLVII, ISSUE 15  |  JULY 24, 2049', '',
        'A Publication of The Wexcombe Foundation', '', 'In This Issue', '',
        'IN FOCUS: The Ferry Wars: Militant Taxation on the Lake Imari Crossings',
        '    by Ngozi Aldana-Price  \u2022  p. 1', '',
        'AT A GLANCE: Fishermen Freed After Four Months in Captivity; A New Spokesman, an Old Message  \u2022  p. 5', '',
        'Online Gold Markets and the Financing of the Southern Emirate',
        '    by Caspar Mwangi-Holt  \u2022  p. 6', '', '', 'IN FOCUS', '',
        'The Ferry Wars: Militant Taxation on the Lake Imari Crossings', '', 'Ngozi Aldana-Price', '')
    paras = [
        'Every morning before dawn, some two hundred wooden ferries leave the landing at Port Halane for the islands of '
        'Lake Imari. They carry fish traders, teachers, sacks of maize and, since last year, a receipt. The receipt is '
        'issued by the Lake Brigade of the Southern Emirate, and a ferry without one is liable to be stopped, searched '
        'and burned. In the first half of 2049, at least nine were.1',
        'The Emirate began taxing the crossings in the dry months of 2048, when its fighters moved from the highlands to '
        'the lake shore to escape an army offensive. At first the levy was irregular, collected by whichever unit '
        'happened to control a landing. By early this year it had become a system, with fixed rates for passengers and '
        'cargo and a ledger kept by a finance officer on the largest island.2',
        'Notes from the Landing',
        'Boat owners at Port Halane describe the system with a mixture of resentment and relief. The fee is high, about '
        'a fifth of a day\'s takings, but it is predictable, and the Brigade punishes theft on the water more harshly '
        'than the police ever did. One owner, who runs the 15th ferry on the morning roster, said that page 3 of the '
        'Brigade\'s ledger lists his boat and its tax by name, "more carefully than the harbour ^P2 office."3',
        'That orderliness is the point. The Emirate has long claimed that it governs better than the state, and the lake '
        'allows it to show this to tens of thousands of people a day. Its receipts carry a seal and a verse, and its '
        'collectors wear armbands. For a movement that controls little territory on the mainland, the lake is a stage.',
        'The government\'s answer has been a ban on night crossings and a promise of armed escorts. Neither has worked. '
        'The ban cut the fishermen\'s income without touching the Brigade, which collects its money in daylight, and the '
        'escort boats are too few and too slow to accompany more than a handful of ferries.4 Until the state can offer '
        'the boat owners both safety and a lower price, the ^P4 receipts will keep being issued.',
        'Breaking the system would mean going after the ledger rather than the boats: the finance officer, the island '
        'where he keeps his books and the traders on the mainland who change the Brigade\'s fees into goods. It would '
        'also mean accepting that for many people on the lake, the Emirate\'s tax is the only public service they see.',
    ]
    for para in paras:
        d.p(f1, para)
        d.f('')
    d.f('Notes', '')
    for n in ['1 Port Halane Boat Owners\' Cooperative, incident register, January\u2013June 2049.',
              '2 Interviews with two former collectors, Port Halane, May 2049.',
              '3 Interview with a ferry owner, Port Halane, May 21, 2049.',
              '4 Ministry of Interior, "Lake Security Measures," press statement, February 28, 2049.']:
        d.p(f1, n)
    d.f('')
    d.p(None, 'Ngozi Aldana-Price is a journalist based in Port Halane who has reported from the Lake Imari region since '
              '2043.')
    d.f('', 'AT A GLANCE', '', 'Fishermen Freed After Four Months in Captivity', '')
    d.p(b1, 'Eleven fishermen taken from their boats off Kiru Island in March were released on July 6, according to '
            'their families and a local priest who helped negotiate the handover. The Southern Emirate had accused the '
            'men of ^G fishing without its permit. Relatives say a "fine" was paid, though none will name the sum.')
    d.f('')
    d.p(b1, 'The release comes as the group tightens its grip on the northern shore, where it now demands permits '
            'for nets as well as boats.')
    d.f('', '\u2014Nadia Ferreira-Lund', '', 'A New Spokesman, an Old Message', '')
    d.p(b2, 'The Southern Emirate introduced a new spokesman in an audio message released on July 14. The speaker, '
            'who calls himself Abu Talal al-Imari, repeated the movement\'s familiar demands and promised that its '
            'courts would soon sit in "every district of the lake."')
    d.f('')
    d.p(b2, 'His voice, accent and turns of phrase closely resemble those of the previous spokesman, who has not been '
            'heard since February. Whether the movement has replaced a man or only a name is unclear.')
    d.f('', '\u2014Nadia Ferreira-Lund', '', '', GOLD['title'], '', 'By Caspar Mwangi-Holt', '')
    for i, para in enumerate(GOLD['paras']):
        if i == 3:
            para = para.replace('deposit in a stable coin', '^F deposit in a stable coin')
        d.p(f2, para)
        d.f('')
    d.p(None, GOLD['bio'])
    d.f('', 'Notes', '')
    for n in GOLD['notes']:
        d.p(f2, n)
    d.f('', hdr, '', '9')
    return d
