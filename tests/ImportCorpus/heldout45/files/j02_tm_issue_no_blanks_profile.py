from lib import Doc

PUB = 'Terrorism Monitor'
DATE = '2047-08-14'

# shared with j05 (the web version of the profile)
P_TITLE = 'Yusra Halabek: From Field Medic to Commander of the Northern Wing'
P_PARAS = [
    'Few commanders in the Sahrani insurgency have risen as quickly, or as quietly, as Yusra Halabek. Five years ago she ran a field clinic for wounded fighters in the hills above Qasr Dunaym. Today, according to two defectors and a regional intelligence assessment, she commands the movement\'s northern wing of some nine hundred fighters and sits on its governing council.{1}',
    'Halabek was born in 2014 in Qasr Dunaym, the daughter of a schoolteacher. She trained as a nurse in the provincial capital and returned home in 2039, when the fighting reached the district. Relatives interviewed by local media describe her as disciplined, devout and impatient with the older men who then led the movement.{2}',
    'Her rise began with logistics. As the movement lost its supply routes to the coast in 2043, Halabek\'s clinic network became one of the few structures that still worked: it moved medicines, fuel and messages between valleys that the army had cut off from one another. Commanders who depended on it learned to depend on her.',
    'She took command of the northern wing after its previous leader was killed in an air strike in March 2046. Defectors say she has since ended the wing\'s practice of taxing villages by force, replacing it with fixed contributions collected through local councils. The change has won her a measure of support among civilians that her predecessors never had.{3}',
    'It has also made her more dangerous. The northern wing now controls the main road between Qasr Dunaym and the border, and its attacks on army outposts have become fewer but better planned. Analysts who once dismissed Halabek as a caretaker now describe her as the most likely successor to the movement\'s ageing leader.{4}',
]
P_NOTES = [
    '"Northern Sahrani: Order of Battle," Regional Security Assessment Unit, May 2047.',
    '"The Nurse of Qasr Dunaym," Sahrani Weekly, January 18, 2047.',
    'Author interviews with two defectors, provincial capital, June 2047.',
    'Author interview with a former army intelligence officer, July 2047.',
]
P_AUTHOR = 'Henrik Sallowe-Mbeki'
SUP = {'1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074'}


def build():
    d = Doc('j02_tm_issue_no_blanks_profile', blank=False, width=84)
    d.notes = ['Printed without blank lines. BRIEF (singular) covers the one piece under it, PROFILE the profile,',
               'ANALYSIS the last piece. The three co-authors\' bio after the notes is not text.']
    d.block('A', '\u2014 2 \u2014', 'Terrorism Monitor  Issue 16, Vol. XLV')
    d.block('B', 'www.wexley.example.org', '\u2014 4 \u2014', 'TerrorismMonitor\u25a0Issue16,Vol.XLV')

    d.fl('The Wexley Foundation',
         'TERRORISM MONITOR',
         'Issue 16, Vol. XLV  |  14 August 2047',
         'CONTENTS',
         'Brief: Fuel Smugglers and Militants Share the Corridor Through Ashkelvar',
         'Profile: Yusra Halabek: From Field Medic to Commander of the Northern Wing',
         'Analysis: One Treasury, Two Fronts: The Finances Behind the Coastal Bombing Campaign')
    a = d.art('Fuel Smugglers and Militants Share the Corridor Through Ashkelvar', ['Marguerite Oyelaran'], DATE, 'brief', PUB, 45, 16)
    d.fl('BRIEF',
         'Fuel Smugglers and Militants Share the Corridor Through Ashkelvar',
         'By Marguerite Oyelaran')
    d.p(a, 'The desert corridor through Ashkelvar has carried smuggled diesel for as long as fuel has been cheaper on one side of the border than the other. Since the spring, it has also carried fighters. Border guards who intercepted a convoy of nine tankers on July 30 found that two of the drivers were wanted members of the Ashkel Salafi Front, travelling with forged transit permits issued in the names of real haulage companies.')
    d.p(a, 'Officials say the arrangement suits both sides. The smugglers gain armed escorts through a stretch of desert where bandits have become bolder, and the militants gain cover and a steady share of the profits. A customs officer quoted by the regional daily Ashkel Herald estimated that the corridor now moves fuel worth several million dollars a month, of which the Front takes perhaps a tenth.')
    d.p(a, 'Closing the corridor would hurt the thousands of families who live from the fuel trade, which is why successive governments have preferred to tolerate it. The discovery of the fighters among the drivers may force a harder deci~sion.')
    d.fl('Marguerite Oyelaran is the Editor of Terrorism Monitor.')

    b = d.art(P_TITLE, [P_AUTHOR], DATE, 'profile', PUB, 45, 16)
    d.fl('PROFILE', P_TITLE, 'Dr Henrik Sallowe-Mbeki')
    for i, t in enumerate(P_PARAS):
        for k, v in SUP.items():
            t = t.replace('{' + k + '}', v)
        if i == 2:
            t = t.replace('one another.', 'one ^A another.')
        d.p(b, t)
    d.fl('ENDNOTES')
    d.tl(b, *[f'{i}. {n}' for i, n in enumerate(P_NOTES, 1)])
    d.fl('Henrik Sallowe-Mbeki is a lecturer in conflict studies at Harrowfield University.')

    c = d.art('One Treasury, Two Fronts: The Finances Behind the Coastal Bombing Campaign',
              ['Anwen Castellane-Obi', 'Dmitri Rusk', 'Leilani Farouk'], DATE, 'analysis', PUB, 45, 16)
    d.fl('ANALYSIS',
         'One Treasury, Two Fronts: The Finances Behind the Coastal',
         'Bombing Campaign',
         'Anwen Castellane-Obi, Dmitri Rusk and Leilani Farouk')
    d.p(c, 'The bombings that struck three coastal towns in Velmara between April and June 2047 were claimed by two different groups: the Coastal Mujahideen Brigade, which has fought the government for a decade, and a newer outfit calling itself the Sons of the Harbour. Court filings and seized ledgers now sug~gest that both drew on the same treasury.1')
    d.t(c, 'The Ledgers')
    d.p(c, 'Police who raided a fish-processing plant in Porto Lenz in July recovered handwritten accounts covering eighteen months. The entries record payments for rent, vehicles and explosives alongside monthly stipends to named fighters. Prosecutors say at least eleven of the recipients were members of the Sons of the Harbour, although the accounts were kept by a man convicted in 2044 of financing the Coastal Mujahideen Brigade.2')
    d.p(c, 'The income side of the ledgers is less detailed but points to three sources: protection payments from fishing cooperatives, a share of a cigarette smuggling business run from the ^B harbour, and cash transfers from abroad recorded only by a code word.')
    d.t(c, 'Why Two Names?')
    d.p(c, 'If the two groups share a treasury, why claim attacks under different names? The likeliest answer is deniability. The Coastal Mujahideen Brigade is in indirect talks with the government over a prisoner exchange and has an interest in appearing restrained. A separate name allows the same network to keep up pressure without endangering the talks.3')
    d.p(c, 'For the government, the finding complicates the negotiations. Any agreement with the Brigade that leaves its finances untouched would leave the Sons of the Harbour funded as well.')
    d.fl('Notes')
    d.tl(c, '1. Velmara Regional Court, indictment in the Porto Lenz case, July 2047.',
         '2. Ibid., annex 4.',
         '3. Author interview with a mediator familiar with the talks, August 2047.')
    d.fl('Anwen Castellane-Obi is a senior researcher at the Velmara Policy Centre. Dmitri Rusk is a financial',
         'crimes consultant based in Lindmark. Leilani Farouk is a journalist who covers the coast for the',
         'Porto Lenz Gazette.',
         '\u2014 5 \u2014')
    return d
