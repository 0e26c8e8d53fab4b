# Invented pages and one issue excerpt for kind14 (kinds and publications from evidence no other folder shows:
# invented outlets, genre labels in other wordings, units under a parent's masthead). Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from corpusgen import write, Issue  # noqa: E402

write('k01_port_navigational_warning', [
    'Skip to content',
    'PORT OF LINDHAVEN AUTHORITY · Safe passage since 1894',
    'Home › Safety › Navigational warnings',
    'NAVIGATIONAL WARNING NW-2031/07',
    'Unlit wreck north of the Skerrow channel',
    'Issued 12 March 2031, 06:40',
    '>A fishing vessel sank on the night of 11 March about half a mile north of the Skerrow channel buoy. The wreck lies in nine metres of water and is not yet marked.',
    '>Masters are asked to keep at least two cables clear of the position until a wreck buoy is laid, which the Authority expects to do within three days.',
    '>Vessels with a draught of more than six metres should use the eastern approach until further notice.',
    'Cancel this warning at 12 April 2031.',
    'Related warnings',
    'Dredging in the inner harbour',
    '© 2031 Port of Lindhaven Authority',
], dict(title='Unlit wreck north of the Skerrow channel', authors=[], date='2031-03-12', kind='navigational warning',
        publication='Port of Lindhaven Authority'),
    sidecar='url: https://www.lindhaven-port.example/safety/warnings/nw-2031-07')

write('k02_institute_under_university_commentary', [
    'Brannock University',
    'Study   Research   Alumni   Give',
    'Institute for Maritime Law',
    'About   People   Research   Commentary   Events',
    'COMMENTARY',
    'Why the new boarding rules will end up in court',
    'Saoirse Delacroix-Amadi',
    '4 May 2031',
    '>The regulation that lets coastguard officers board foreign fishing boats without a warrant was drafted in a hurry, and it shows.',
    '>Its central term, a vessel of concern, is defined nowhere in the text, and the appeal it provides runs to the same officer who ordered the boarding.',
    '>A court asked to read the rule against the law of the sea will, in our view, find that it goes further than the treaty allows, and the first owner to be fined has every reason to ask it.',
    'Saoirse Delacroix-Amadi is a research fellow at the Institute.',
    'Share   Print',
    '© Brannock University 2031',
], dict(title='Why the new boarding rules will end up in court', authors=['Saoirse Delacroix-Amadi'], date='2031-05-04', kind='commentary',
        publication='Institute for Maritime Law'),
    sidecar='url: https://www.brannock.ac.example/iml/commentary/boarding-rules-court')

write('k03_tv_station_news_suffix', [
    'CHANNEL 9 OSTMARK NEWS',
    'Local   Weather   Sport   Traffic   Watch live',
    'Ferry terminal reopens after bomb scare',
    'Posted 18 June 2031 9:15 PM',
    '>The ferry terminal at Ostmark reopened on Wednesday evening, four hours after a bag left in the departure hall led police to clear the building.',
    '>Officers said the bag held clothes and a laptop and that its owner, a passenger who had gone to buy coffee, had been spoken to.',
    '>Two sailings to the islands were cancelled and the operator said passengers could use their tickets on Thursday.',
    'Copyright 2031 Channel 9 Ostmark. All rights reserved.',
], dict(title='Ferry terminal reopens after bomb scare', authors=[], date='2031-06-18', kind='news', publication='Channel 9 Ostmark'),
    sidecar='url: https://www.ch9ostmark.example/news/local/ferry-terminal-reopens')

write('k04_qa_turns_crawler_site', [
    '---',
    'title: "\u201cWe map the checkpoints so the drivers don\u2019t have to guess\u201d"',
    'sitename: The Quarry Review',
    'date: 2031-02-20',
    'url: https://quarryreview.example/2031/02/20/we-map-the-checkpoints',
    '---',
    'The Quarry Review',
    '\u201cWe map the checkpoints so the drivers don\u2019t have to guess\u201d',
    'Milo Farrant-Osei talked to the dispatcher who runs a lorry drivers\u2019 checkpoint map.',
    '>Q: How did the map start?',
    '>A: As a group chat. Drivers posted where they had been stopped and what they had paid, and after a month we had too many messages to read.',
    '>Q: Who checks the reports?',
    '>A: Three of us. A report goes on the map only when two drivers who do not know each other say the same thing.',
    '>Q: Have the men at the checkpoints noticed?',
    '>A: One of them asked a driver to show him the map. He wanted to know whether his rate was higher than his neighbour\u2019s.',
    'Milo Farrant-Osei is a contributing editor.',
], dict(title='\u201cWe map the checkpoints so the drivers don\u2019t have to guess\u201d', authors=['Milo Farrant-Osei'], date='2031-02-20', kind='interview',
        publication='The Quarry Review'))

write('k05_consultancy_memo_kicker', [
    'Tollbridge Risk Advisory',
    'Services   Insights   Team   Contact',
    'RISK MEMO',
    'Fuel convoys on the southern corridor after the March strikes',
    'By Ondine Vasquez-Harlow, Senior Analyst',
    '22 March 2031',
    '>Convoys carrying fuel north from the port have fallen from five a week to two since the strikes on the depot at Marren on 9 March.',
    '>Operators now travel only in daylight and only with an escort from the provincial police, which has doubled the cost of each trip.',
    '>We expect the pattern to last until the depot is repaired, which the owner says will take at least two months.',
    'This memo is for clients of Tollbridge Risk Advisory and is not investment advice.',
    '© 2031 Tollbridge Risk Advisory Ltd',
], dict(title='Fuel convoys on the southern corridor after the March strikes', authors=['Ondine Vasquez-Harlow'], date='2031-03-22', kind='risk memo',
        publication='Tollbridge Risk Advisory'),
    sidecar='url: https://tollbridge-risk.example/insights/fuel-convoys-southern-corridor')

write('k06_podcast_chapter_list', [
    'Harbour Lights',
    'A podcast about the people who keep small ports running',
    'Episode 48',
    'The pilot who said no',
    'Hosted by Bruno Castellanos-Iwu',
    'Released 7 April 2031 · 38 min',
    'Chapters',
    '00:00 Introduction',
    '03:15 The night of the storm',
    '21:40 What the inquiry found',
    '>In this episode, Bruno talks to a harbour pilot who refused to take a tanker into port during a storm, and to the shipping agent who tried to make her change her mind.',
    '>The inquiry that followed cleared her, but she has not been offered a night shift since.',
    'Subscribe wherever you get your podcasts.',
    'Harbour Lights is made by Saltwater Audio.',
], dict(title='The pilot who said no', authors=['Bruno Castellanos-Iwu'], date='2031-04-07', kind='podcast', publication='Harbour Lights'),
    sidecar='url: https://harbourlights.example/episodes/48-the-pilot-who-said-no')

write('k07_agency_media_statement_from_line', [
    'GOV.ESTRAVIA',
    'Home > News and communications',
    'Media statement',
    'Agency responds to reports of detained trawler crews',
    'From: Estravian Fisheries Protection Agency',
    'Published 2 July 2031',
    '>The Agency is aware of reports that the crews of two trawlers have been held in port at Varnholm since Monday.',
    '>Both vessels were found fishing inside the closed zone and were escorted to port under the usual procedure. The crews are free to leave the vessels and have been offered accommodation ashore.',
    '>The owners have been told what they must pay before the vessels are released.',
    '\u00a9 Government of Estravia',
], dict(title='Agency responds to reports of detained trawler crews', authors=[], date='2031-07-02', kind='press statement',
        publication='Estravian Fisheries Protection Agency'),
    sidecar='url: https://www.gov.estravia.example/government/news/agency-responds-detained-trawler-crews')

# An issue excerpt whose short pieces sit under a section label no page uses as a genre.
i = Issue('k08_fen_letter_at_a_glance')
pub = 'Fenland Security Letter'
i.add('FENLAND SECURITY LETTER'); i.add('Volume 4 · Number 7 · 15 July 2031'); i.add()
i.add('Contents'); i.add('At a glance .......... 1'); i.add('The Sluice Keepers of Marrow Fen .......... 2'); i.add()
i.add('AT A GLANCE'); i.add()
i.add('Eel Poachers Fire on Water Bailiffs'); i.add('By Petra Nakashima-Doyle'); i.add()
i.para('Two water bailiffs were shot at from a punt on the Ouze drain on the night of July 3. Neither was hurt. The bailiffs had found a line of illegal eel traps and were lifting them when the shots were fired, the drainage board said.', 0)
i.add()
i.add('Pump House Guards Walk Out'); i.add('By Tomas Everly-Baptiste'); i.add()
i.para('Guards employed by a private firm to watch the pump houses on the northern fen stopped work on July 9 after two months without pay. The drainage board says it has paid the firm in full.', 1)
i.add()
i.add('— 1 —'); i.add()
i.add('The Sluice Keepers of Marrow Fen'); i.add('By Agnieszka Holloway-Mensah'); i.add()
for p in ['The sluices of Marrow Fen decide which farms flood and which stay dry, and since the drainage board lost its last two engineers in the spring, the men who turn the wheels have decided alone. Farmers say the decisions now follow payments rather than the level of the water.',
          'Three keepers control the nine sluices between the river and the lower fen. Two of them are brothers, and the third is married to their cousin. None holds a contract with the board, which pays them a daily rate through a labour agency in the market town.',
          'In June, after a week of rain, the lower fen flooded while the upper fields stayed dry. Five farmers on the lower fen told this letter they had been asked for money to open the outfall sluice, and that the two who paid were drained first.',
          'The board says it has asked the police to look into the complaints and that it is recruiting engineers. Until it finds them, the keepers will go on deciding, and the farmers will go on paying.']:
    i.para(p, 2); i.add()
i.add('— 2 —')
arts = [dict(title='Eel Poachers Fire on Water Bailiffs', authors=['Petra Nakashima-Doyle'], kind='brief'),
        dict(title='Pump House Guards Walk Out', authors=['Tomas Everly-Baptiste'], kind='brief'),
        dict(title='The Sluice Keepers of Marrow Fen', authors=['Agnieszka Holloway-Mensah'], kind='feature')]
for a in arts: a.update(date='2031-07-15', publication=pub, volume=4, issue=7)
i.write(arts, 'publication: Fenland Security Letter\n')
