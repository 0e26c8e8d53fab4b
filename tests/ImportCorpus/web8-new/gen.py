# Invented web pages for issue 6's page-head rules (web8): titles, dates and authors placed as real sites of kinds not
# yet in the corpus place them. Run: python3 gen.py
import sys
sys.path.insert(0, '..')
from corpusgen import write

write('w01_port_notice_to_mariners', [
    'Skip to content',
    'PORT OF VESTRAND AUTHORITY',
    'Harbour services   Notices to mariners   Pilotage   Tariffs   Contact',
    'Home › Notices to mariners › 2031',
    'Local Notice to Mariners No. 27 of 2031',
    'Temporary closure of the north fairway for dredging',
    'Issued: 11 June 2031   |   Valid until: further notice',
    'Harbour Master: Capt. Ingrid Solvang-Mbeki',
    '>Mariners are advised that the north fairway between buoys N3 and N7 will be closed to all traffic from 0600 on 16 June 2031 while the dredger Krabbe works in the channel.',
    '>Vessels bound for the inner harbour must use the south fairway and contact Vestrand VTS on channel 12 before passing buoy S1. Pilotage remains compulsory for vessels over 70 metres.',
    '>The closure is expected to last three weeks. A further notice will be issued when the fairway reopens.',
    'Download this notice (PDF, 1 page)',
    'Related notices',
    'Notice No. 26 of 2031: New light on the east pier head',
    '© 2031 Port of Vestrand Authority',
], dict(title='Temporary closure of the north fairway for dredging', authors=[], date='2031-06-11', kind='notice',
        publication='Port of Vestrand Authority'))

write('w02_union_branch_news', [
    'Ferry and Dock Workers Union',
    'Join the union   Your rights   Branches   News   Log in',
    'Branch news',
    'Night crews at Holm terminal win back their rest breaks',
    'Words by Anders Keita-Rasmussen, branch secretary',
    'Thursday 5 June 2031',
    '>Night crews at the Holm ferry terminal will get their thirty-minute rest breaks back from July, after the operator agreed to restore the old rota in talks with the branch last week.',
    '>The breaks were cut in March when the operator moved to a single long shift. Members said the change left them working nine hours without a proper stop, loading vehicles in the dark.',
    '>The branch thanks everyone who filled in the rota survey. The results gave us the evidence we needed at the table.',
    'Share this article',
    'Not a member yet? Join today',
    'Ferry and Dock Workers Union is registered with the Certification Office, No. 4412.',
], dict(title='Night crews at Holm terminal win back their rest breaks', authors=['Anders Keita-Rasmussen'], date='2031-06-05', kind='news',
        publication='Ferry and Dock Workers Union'))

write('w03_conference_abstract', [
    'NORDIC MARITIME STUDIES CONFERENCE 2031',
    'Programme   Abstracts   Venue   Registration',
    'Abstracts › Session 4B: Crime at sea',
    'Paper',
    'Fuel Theft at Anchor: How Small Tankers Supply the Grey Market in the Eastern Sound',
    'Helga Mortensen-Diallo, University of Aarvik; Piet Oyelaran-Janssen, Coastal Policy Institute',
    'Session 4B · Thursday 12 June 2031 · 14:00–15:30 · Room Skagen',
    '>Small tankers waiting at the eastern anchorages of the Sound sell fuel to fishing boats and pleasure craft at night, below the taxed price and outside any record.',
    '>Drawing on forty interviews with crews, brokers and customs officers and on a year of vessel-tracking data, we estimate the size of this trade and show how it depends on a handful of brokers ashore.',
    '>We argue that the trade persists because the penalties fall on the boats that buy, not on the tankers that sell.',
    'Keywords: fuel theft; anchorages; customs; informal markets',
    'Back to session 4B',
], dict(title='Fuel Theft at Anchor: How Small Tankers Supply the Grey Market in the Eastern Sound', authors=['Helga Mortensen-Diallo', 'Piet Oyelaran-Janssen'],
        date='2031-06-12', kind='null', publication='Nordic Maritime Studies Conference 2031'))

write('w04_gazette_notice', [
    'The Official Gazette of Kestrelmoor',
    'Search notices   Publish a notice   Subscriptions',
    'Gazette No. 4412 — Friday 6 June 2031',
    'Notice ID: 2031-KG-118',
    'Notice type: Orders',
    'Fisheries (Closed Areas) Order 2031',
    '>The Minister for Fisheries, in exercise of the powers conferred by section 14 of the Fisheries Act, makes the following Order.',
    '>1. The waters within two nautical miles of the Harrow Banks are closed to all fishing by trawl or dredge from 1 July 2031 until 30 September 2031.',
    '>2. A person who fishes in a closed area in breach of this Order commits an offence.',
    'Dated this 2nd day of June, 2031.',
    'Petra Lindqvist-Osei, Minister for Fisheries',
    'Cite this notice: Kestrelmoor Gazette 4412, notice 2031-KG-118',
], dict(title='Fisheries (Closed Areas) Order 2031', authors=[], date='2031-06-06', kind='notice',
        publication='The Official Gazette of Kestrelmoor'))

write('w05_museum_collections_blog', [
    'Harrowby Maritime Museum',
    'Visit   Collections   Learning   Shop   Support us',
    'From the stores',
    'A smuggler\'s false-bottomed barrel comes out of storage',
    'Curator Lotte Abernathy-Sen on a small object with a long record in the customs ledgers',
    '>The barrel looks like any other herring cask until you lift it. Under the top layer of salt, a second floor hides a space deep enough for six bottles of brandy.',
    '>It was seized at the east quay in 1871 and entered in the customs ledger with the name of the boat that carried it. We have traced that boat through three more seizures in the following decade.',
    '>The barrel goes on display in the harbour gallery this summer, beside the ledger page that records it.',
    'Posted in Collections, Smuggling · by Lotte Abernathy-Sen · 9 June 2031',
    'Leave a comment',
    'Registered charity No. 1049921',
], dict(title='A smuggler\'s false-bottomed barrel comes out of storage', authors=['Lotte Abernathy-Sen'], date='2031-06-09', kind='blog',
        publication='Harrowby Maritime Museum'))

write('w06_coop_members_email', [
    'From: Northsound Fishers Cooperative <office@northsound-coop.example>',
    'To: members@lists.northsound-coop.example',
    'Date: Tue, 10 Jun 2031 07:45:12 +0100',
    'Subject: Members\' bulletin No. 19 — June 2031',
    '',
    'NORTHSOUND FISHERS COOPERATIVE',
    'Members\' bulletin No. 19',
    '',
    'Quota swap with the southern boats agreed for the autumn',
    '',
    '>The board has agreed a swap of cod and haddock quota with the southern cooperative for the autumn season, giving our boats an extra forty tonnes of haddock in return for cod we have not landed in recent years.',
    '',
    '>Members who want a share of the extra haddock should tell the office by the end of June. Shares will be allocated by the usual rota.',
    '',
    '>The board will report on the swap at the general meeting in September.',
    '',
    'Best wishes,',
    'Marit Okonjo-Hale',
    'Chair of the Board',
    '',
    '--',
    'You receive this bulletin as a member of Northsound Fishers Cooperative. Unsubscribe',
], dict(title='Quota swap with the southern boats agreed for the autumn', authors=['Marit Okonjo-Hale'], date='2031-06-10', kind='null',
        publication='Northsound Fishers Cooperative'))

write('w07_community_radio_programme', [
    'Radio Harbourside 104.2',
    'Listen live   Schedule   Programmes   Volunteer',
    'Programmes › The Evening Tide',
    'The Evening Tide',
    'Coastguard volunteers on the night they found the missing kayaker',
    'Broadcast on Wednesday 4 June 2031, 18:00',
    'Presented by Joss Ferreira-Lund',
    '>Three volunteers from the Harrow Point coastguard team join Joss in the studio to talk about the search for a kayaker who went missing off the point last month.',
    '>They describe how the search began in the dark, how the helicopter crew found a light on the water, and why they want every kayaker on the coast to carry a personal beacon.',
    'Listen again (56 min)',
    'More episodes',
    'Radio Harbourside is a community station run by volunteers.',
], dict(title='Coastguard volunteers on the night they found the missing kayaker', authors=['Joss Ferreira-Lund'], date='2031-06-04', kind='null',
        publication='Radio Harbourside 104.2'))
