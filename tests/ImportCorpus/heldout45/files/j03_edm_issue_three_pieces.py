from lib import Doc

PUB = 'Eurasia Daily Monitor'
DATE = '2047-09-12'


def build():
    d = Doc('j03_edm_issue_three_pieces', blank=True, width=82)
    d.sidecar = 'publication: Eurasia Daily Monitor\n'
    d.notes = ['Two pieces under no label (features) and one under COMMENTARY. The bio after the third piece\'s notes',
               'is not text; the footer and page number once mid-sentence are furniture.']
    d.block('A', '', 'The Wexley Foundation \u00b7 1310 Larkspur Avenue \u00b7 Halden \u00b7 www.wexley.example.org', 'Page 2', '')
    d.block('B', '', 'EurasiaDailyMonitor\u2014Vol44Iss131', '', '3', '')

    d.f('EURASIA DAILY MONITOR')
    d.f('Volume 44   Issue 131', 'Thursday, September 12, 2047')
    d.f('Today in EDM:', '\u2022 Harbour Dues and Warships: Tavrin Courts a New Patron on the Ossel Coast',
        '\u2022 Grain Quotas Return to the Steppe as Kolvar Tightens Export Controls',
        '\u2022 Commentary: The Quiet End of the Dunmere Format')

    a = d.art('Harbour Dues and Warships: Tavrin Courts a New Patron on the Ossel Coast', ['Nino Aslan-Wren'], DATE, 'feature', PUB, 44, 131)
    d.f('Harbour Dues and Warships: Tavrin Courts a New Patron on the Ossel Coast')
    d.f('By Nino Aslan-Wren')
    d.p(a, 'On September 4, two frigates of the Kolvar navy docked at the Ossel port of Tavrin for what the port authority called a "routine technical stop." It was the third such visit since May. Local journalists noted that on each occasion the ships stayed longer than the previous time, and that the most recent visit coincided with the signing of a twenty-year lease on the port\'s northern basin by a company registered in the Kolvar capital (Ossel Maritime Review, September 6).')
    d.p(a, 'The lease has drawn little attention outside the region, but it marks a shift in Tavrin\'s foreign policy. Since independence, the city\'s leaders have balanced between Kolvar and the western coastal states, granting harbour rights to neither. The new agreement gives the Kolvar company control of berths deep enough for warships and a say over who else may use them.')
    d.p(a, 'Officials in Tavrin insist the lease is purely commercial. The mayor\'s office points to the jobs promised at the northern basin and to harbour dues that have fallen by half since trade with the west slowed in 2045. Opposition councillors, however, have published parts of an annex that allows "vessels of the lessee\'s state" to berth without prior notice, a clause they say turns a commercial lease into a naval one (Tavrin Civic Bulletin, September 9).')
    d.p(a, 'For Kolvar, the arrangement offers a foothold on a coast where it has had no reliable port since the closure of its base at Merrin in 2038. For Tavrin, it offers money at a time when the city badly needs it. Whether the western coastal states respond with a counter-offer or with pressure will decide how long Tavrin can keep calling the visits rou~tine.')

    b = d.art('Grain Quotas Return to the Steppe as Kolvar Tightens Export Controls', ['Pavel Drozdan', 'Katya Mirel'], DATE, 'feature', PUB, 44, 131)
    d.f('Grain Quotas Return to the Steppe as Kolvar Tightens Export Controls')
    d.f('by Pavel Drozdan and Katya Mirel')
    d.p(b, 'The Kolvar agriculture ministry announced on September 8 that wheat and barley exports would again be subject to quotas from October 1, reversing a liberalisation that had been in force for only fourteen months. The quotas will cap exports at about sixty percent of last season\'s volume and will be allocated to traders through a new state register [1].')
    d.p(b, 'The ministry justified the measure by a poor harvest in the eastern provinces, where a dry spring cut yields by a quarter. Traders, however, point out that national stocks remain high and suspect that the quotas are meant to hold down bread prices before regional elections in November. Farmers\' associations in the steppe provinces have warned that the quotas will push down the prices they receive while doing little for ^A consumers in the cities [2].')
    d.p(b, 'The decision will also be felt abroad. Several of Kolvar\'s southern neighbours buy most of their wheat from the steppe provinces and have few other suppliers within reach. Their governments have asked for exemptions; so far the ministry has offered none.')
    d.f('Notes')
    d.tl(b, '[1] Kolvar Ministry of Agriculture, Order No. 412 on grain export quotas, September 8, 2047.',
         '[2] Steppe Farmers\' Union, statement of September 10, 2047.')

    c = d.art('The Quiet End of the Dunmere Format', ['Rustam Belyk'], DATE, 'commentary', PUB, 44, 131)
    d.f('COMMENTARY')
    d.f('The Quiet End of the Dunmere Format')
    d.f('Commentary by Rustam Belyk')
    d.p(c, 'For nine years, the so-called Dunmere format brought together the foreign ministers of four coastal states twice a year to discuss fishing rights, pollution and, increasingly, naval incidents. Its meetings rarely produced agreements, but they kept open a channel that had no substitute. This summer, without any announcement, the format simply stopped.')
    d.p(c, 'The June meeting was postponed for "scheduling reasons" and never rescheduled. The secretariat\'s website has not been updated since April. Two of the four ministries, asked about the format\'s future, said only that they remained "committed to dialogue in appropriate forms." [i]')
    d.p(c, 'The format\'s end reflects the wider drift of the region. As Kolvar gains ports and its neighbours look for new partners, the states of the coast have fewer shared interests to discuss and more incidents to avoid discussing. Yet it is precisely in such periods that channels like Dunmere ^B matter most. Its disappearance leaves the coast without any regular forum in which a collision at sea could be talked down before it becomes a crisis. [ii]')
    d.f('Notes')
    d.tl(c, '[i] Replies to the author\'s enquiries, August 2047.',
         '[ii] On the format\'s record, see the secretariat\'s Review of Nine Years, March 2047.')
    d.f('Rustam Belyk is a former diplomat and an associate fellow of The Wexley Foundation.')
    return d
