"""Writes the furn16-new cases (invented, written after the furn16 rules and labelled before any run, measured once).
Issues use corpusgen.Issue (owner per line); web pages use corpusgen.write ('>' marks article text)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, write, wrap  # noqa: E402

# f01: a sibling monitor whose publisher's notice stands between the contents and the first article, in two paragraphs
# and a © line; the first article's bio runs into its last paragraph; the second's co-author bio stands before a NOTES
# heading whose entries are bare numbers; a running footer with the page number.
i = Issue('f01_andean_monitor_front_notice')
A = arts('Andean Security Monitor', '2029-09-01', 5, 9,
         ('The River Ports of the Marañón: Who Taxes the Barges', ['Rosaura Quispe-Lindahl'], 'feature'),
         ('Prison Gangs and the New Mining Camps', ['Ezequiel Mamani-Ortt', 'Clara Ibsen-Huanca'], 'feature'))
i.add('ANDEAN SECURITY MONITOR')
i.add('Armed groups, crime and the state from Bogotá to La Paz')
i.add()
i.add('Vol. 5, No. 9  |  September 2029')
i.add()
i.add('CONTENTS')
i.add()
i.add('The River Ports of the Marañón: Who Taxes the Barges')
i.add('Rosaura Quispe-Lindahl ........................................ 1')
i.add('Prison Gangs and the New Mining Camps')
i.add('Ezequiel Mamani-Ortt and Clara Ibsen-Huanca ................... 3')
i.add()
for line in wrap('The Andean Security Monitor is a publication of the Cordillera Policy Trust. It is written for officials, '
                 'journalists and researchers, and is free to read. The views expressed within are those of the authors '
                 'and not of the Trust or its funders.'):
    i.add(line)
i.add()
for line in wrap('Reproduction of any part of this issue without the written permission of the Trust is prohibited. '
                 'Letters and questions: editor@cordillera-trust.example, or Calle Los Pinos 410, Lima.'):
    i.add(line)
i.add()
i.add('© 2029 Cordillera Policy Trust')
i.add()
i.add('The River Ports of the Marañón: Who Taxes the Barges')
i.add()
i.add('Rosaura Quispe-Lindahl')
i.add()
for p in ['Every barge that leaves the river port of Saramiriza pays three times before it reaches the Amazon: once to '
          'the harbour office, once to the navy post downstream and once to the men in a fibreglass launch who wait '
          'where the river narrows below the town. Only the first of these payments is written down.',
          'Boat owners interviewed in August described a system that has grown more orderly since 2027. The men in the '
          'launch issue a painted token for each trip, and a barge showing the token is not stopped again. The price '
          'rises with the cargo: fuel and timber pay most, rice and bananas least.']:
    for line in wrap(p): i.add(line, 0)
    i.add()
i.add('ASM 5/9 — September 2029                                          1')
i.add()
p = ('The navy says it has no record of the launch. The harbour office says the river is the navy\'s business. Until '
     'one of them decides otherwise, the token will remain the cheapest way to move goods down the Marañón, and the '
     'men who sell it will go on paying their own fighters from it.')
for line in wrap(p): i.add(line, 0)
i.add('Rosaura Quispe-Lindahl is a journalist based in Iquitos who covers')
i.add('river trade and the Peruvian Amazon.')
i.add()
i.add('Prison Gangs and the New Mining Camps')
i.add()
i.add('Ezequiel Mamani-Ortt and Clara Ibsen-Huanca')
i.add()
for p in ['The gold camps that have spread along the rivers of southern Bolivia since 2026 are run, in many cases, by '
          'men who learned their trade in prison. Police records show that at least nine camp bosses served sentences '
          'together in the same wing of the San Roque prison before 2025.',
          'Inside, the wing was governed by a council of inmates that collected fees for beds, visits and telephones. '
          'The same fees, renamed, are now charged to miners for a place on the riverbank, for fuel and for protection '
          'from other camps.',
          'Breaking these networks will need more than raids on the camps. The prisons where they formed are still '
          'run by their inmates, and a new generation of bosses is learning the trade there now.']:
    for line in wrap(p): i.add(line, 1)
    i.add()
i.add('ASM 5/9 — September 2029                                          3')
i.add()
for line in wrap('Ezequiel Mamani-Ortt and Clara Ibsen-Huanca are researchers at the Cordillera Policy Trust. Ezequiel '
                 'studies prisons in Bolivia and Peru; Clara covers informal mining.'):
    i.add(line)
i.add()
i.add('NOTES')
i.add()
i.add('1 Bolivian Police, Informe anual de seguridad 2028, https://policia-bo.example/informe-2028', 1)
i.add()
i.add('2 Interviews with former inmates of San Roque, La Paz, June 2029.', 1)
i.write(A, 'publication: Andean Security Monitor\n')

# f02: a new issue of a monitor, fully justified, the notice in one block right after the contents, a brief and a
# feature, the feature's bio after an end byline with doubled spaces.
i = Issue('f02_lakes_monitor_justified')
A = arts('Great Lakes Security Review', '2029-10-15', 3, 19,
         ('Fishing Permits as Patronage on Lake Kivu', ['Didier Mukasa-Holm'], 'brief'),
         ('The Return of the Road Barriers in Ituri', ['Jeanne  Nsimba-Roe'.replace('  ', ' ')], 'feature'))
i.add('GREAT LAKES SECURITY REVIEW')
i.add('Volume 3  ·  Issue 19  ·  October 15, 2029')
i.add()
i.add('IN THIS ISSUE')
i.add('Fishing Permits as Patronage on Lake Kivu — Didier Mukasa-Holm ........ 1')
i.add('The Return of the Road Barriers in Ituri — Jeanne Nsimba-Roe .......... 2')
i.add()
i.add('The Great Lakes Security Review is published twice a month by the Kivu Institute. The opinions expressed are those')
i.add('of  the  authors.  Reproduction  is  prohibited  without  written  permission.  Subscriptions  and  enquiries:')
i.add('review@kivu-institute.example')
i.add()
i.add('BRIEF')
i.add()
i.add('Fishing Permits as Patronage on Lake Kivu')
i.add()
i.add('By Didier Mukasa-Holm')
i.add()
for line in ['Since  July,  the  provincial  fisheries  office  has  issued  night-fishing  permits  only  to  boat',
             'owners  who  belong  to  the  governor\'s  party,  according  to  three  fishermen\'s  cooperatives  in',
             'Goma.  Boats  without  permits  are  stopped  by  the  lake  police  and  their  lamps  confiscated.',
             '',
             'The  cooperatives  say  the  permits  have  become  a  way  to  buy  loyalty  before  the  provincial',
             'elections,  and  that  armed  men  on  the  islands  now  sell  forged  ones.']:
    i.add(line, 0 if line else None)
i.add()
i.add('The Return of the Road Barriers in Ituri')
i.add()
i.add('By Jeanne Nsimba-Roe')
i.add()
for line in ['The  barriers  came  back  in  May.  On  the  road  from  Bunia  to  Mahagi,  drivers  now  count  eleven',
             'of  them,  each  a  pole  across  the  road  and  a  man  with  a  receipt  book.  Two  are  run  by  the',
             'army,  one  by  the  police  and  the  rest  by  militias  that  signed  the  2027  agreement.',
             '',
             'The  agreement  promised  to  end  the  barriers.  Instead  it  gave  the  militias  a  reason  to  keep',
             'their  men  near  the  road:  the  camps  where  fighters  were  to  be  disarmed  were  never  built,',
             'and  the  barriers  pay  for  food.',
             '',
             'Unless  the  camps  are  built,  the  poles  will  stay,  and  the  price  of  a  sack  of  cement  in',
             'Mahagi  will  go  on  rising  with  every  kilometre  of  road.']:
    i.add(line, 1 if line else None)
i.add()
i.add('— Jeanne Nsimba-Roe')
i.add()
i.add('Jeanne  Nsimba-Roe  is  a  researcher  at  the  Kivu  Institute  and  a  former')
i.add('humanitarian  logistics  officer  based  in  Bunia.')
i.add()
i.add('Great Lakes Security Review · review@kivu-institute.example · ISSN 3001-0019')
i.write(A, 'publication: Great Lakes Security Review\n')

# f03: a port authority's notice page with a breadcrumb, share row, related notices and a subscribe box.
write('f03_port_authority_notice', [
    'Port of Tessaly Authority',
    'Home  >  Mariners  >  Notices to Mariners',
    'Search   |   Contact   |   Careers',
    '',
    'Notice to Mariners 41/2029: Night entry suspended at the North Channel',
    'Issued 3 October 2029 by the Harbour Master',
    'Share:  Email  ·  Print  ·  Copy link',
    '',
    '>With effect from 5 October 2029, vessels over 120 metres may not enter the port through the North Channel between sunset and sunrise.',
    '>The suspension follows two incidents in September in which small craft without lights approached tankers waiting at the outer anchorage. Pilots will not board such vessels after dark until further notice.',
    '>Masters should plan arrivals for daylight hours or use the South Channel, where patrol boats are on station through the night.',
    '>The Harbour Master will review the suspension at the end of October.',
    '',
    'Related notices',
    'Notice to Mariners 38/2029: Dredging works at Berth 7',
    'Notice to Mariners 35/2029: New VHF working channel for pilots',
    '',
    'Get notices by email',
    'Subscribe to receive every new notice to mariners the day it is issued.',
    'Was this page useful?  Yes  No',
    '© 2029 Port of Tessaly Authority  ·  Accessibility  ·  Privacy',
], dict(title='Notice to Mariners 41/2029: Night entry suspended at the North Channel', authors=[], date='2029-10-03',
        kind='notice to mariners', publication='Port of Tessaly Authority'),
    sidecar='url: https://www.tessaly-port.example/mariners/notices/2029-41')

# f04: an alumni magazine feature with a photo credit, a pull quote repeated from the text, a "more from this issue" rail.
write('f04_alumni_magazine_feature', [
    'Northgate Quarterly — The magazine of Northgate University',
    'Features   Campus   Alumni   Archive',
    '',
    'FEATURES',
    'The archivist of the checkpoints',
    'A Northgate graduate spent six years photographing the roadblocks of the Sahel. Now she is giving the pictures away.',
    'By Oluwaseun Harte-Kamau',
    'Autumn 2029',
    '',
    'Photo: Amira Said-Lund / Northgate Quarterly',
    '',
    '>Amira Said-Lund kept every receipt. Between 2022 and 2028 she crossed more than four hundred checkpoints on the roads of Niger, Mali and Burkina Faso, and at each one she paid, photographed the man who took the money and kept the slip of paper he gave her.',
    '>The receipts are now in the university library, catalogued and scanned, and researchers from four countries have asked to see them. They show who controlled which road, and when, more precisely than any report written at the time.',
    '“A receipt is a small admission of power.”',
    '>“A receipt is a small admission of power,” Said-Lund says. “Whoever prints it believes he will be there tomorrow.”',
    '>She began collecting by accident, after a border guard insisted on writing out a receipt for a bribe. The next week she asked for one at every stop, and most men gave it.',
    '',
    'More from this issue',
    'The chemist who listens to rivers',
    'Class notes: weddings, births and new jobs',
    'Letters to the editor',
    '',
    'Northgate Quarterly is sent free to alumni. Update your address.',
], dict(title='The archivist of the checkpoints', authors=['Oluwaseun Harte-Kamau'], date='2029-09-01', kind='feature',
        publication='Northgate Quarterly'),
    sidecar='url: https://magazine.northgate.example/autumn-2029/archivist-of-the-checkpoints')

# f05: a chamber of commerce member bulletin: sponsor line, event box, member login prompt.
write('f05_chamber_member_bulletin', [
    'Kessara Chamber of Commerce',
    'Member login   |   Join the Chamber   |   Events',
    '',
    'MEMBER BULLETIN',
    'Security levy on coastal freight to rise from January',
    '14 November 2029',
    'This bulletin is sponsored by Harrow & Vell Logistics.',
    '',
    '>The provincial government will raise the security levy on freight moved along the coastal highway from 0.4 to 0.7 per cent of declared value on 1 January, the Chamber has been told.',
    '>The levy pays for the police escorts introduced after the convoy attacks of 2028. The Chamber argued in its submission that escorts now run half empty, and that members pay for protection they do not receive.',
    '>Members with questions about the levy should contact the Chamber\'s policy team before 10 December, when the Chamber will meet the provincial finance office.',
    '',
    'UPCOMING EVENT',
    'Breakfast briefing: Doing business on the coastal highway',
    '3 December 2029, 8:00, Chamber House',
    'Book your place',
    '',
    'You are receiving this bulletin as a member of the Kessara Chamber of Commerce.',
    'Manage your preferences',
], dict(title='Security levy on coastal freight to rise from January', authors=[], date='2029-11-14', kind='bulletin',
        publication='Kessara Chamber of Commerce'),
    sidecar='url: https://www.kessara-chamber.example/bulletins/2029/security-levy-coastal-freight')

# f06: a mountain rescue team's blog post: tags, comment count, donate appeal, post navigation.
write('f06_rescue_team_blog', [
    'Valdren Mountain Rescue',
    'About us   Callouts   Blog   Donate',
    '',
    'Callout 27: Walkers caught between two armed patrols on the Harn ridge',
    'Posted on 2 August 2029 by Teodora Brix-Alani',
    'Tags: callouts, Harn ridge, border',
    '4 comments',
    '',
    '>At 16:20 on Friday we were asked by the border police to help two walkers who had lost the path on the Harn ridge and reported shots nearby.',
    '>The shots came from a patrol of the neighbouring army, which had mistaken the walkers for smugglers. Our team reached them at 18:05 with a police escort and brought them down by the forest track.',
    '>Both walkers were unhurt but shaken. We remind everyone that the ridge path runs along the border, and that patrols on both sides have been reinforced since the spring.',
    '',
    'Every callout is paid for by donations. A gift of 20 keeps our radios charged for a month.',
    'Donate now',
    '',
    '« Callout 26: Injured climber on the east face',
    'Callout 28: Missing mushroom picker found safe »',
    '',
    'Leave a comment',
], dict(title='Callout 27: Walkers caught between two armed patrols on the Harn ridge', authors=['Teodora Brix-Alani'],
        date='2029-08-02', kind='blog', publication='Valdren Mountain Rescue'),
    sidecar='url: https://valdren-rescue.example/blog/callout-27-harn-ridge')
