"""Writes the auth7-new cases (invented, written after the auth7 byline and title rules, measured once): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

# A web interview: a quoted headline, a standfirst naming the guest, then "Interview by NAME" and a date.
write('a01_quarterly_interview_by', [
    'The Northern Quarterly',
    'Home   Politics   Security   Culture   Archive',
    '',
    'INTERVIEWS',
    '“The Smugglers Read the Tide Tables Better Than We Do”',
    'A conversation with Captain Rhea Vollmar-Sade, who commands the coastguard station at Skarn',
    'Interview by Lennart Obi-Haldane',
    '12 March 2030',
    '',
    '>Q: How has smuggling on this coast changed in the last five years?',
    '>A: The boats are faster and the crews are better informed. They know our patrol hours and they know the tides. Five years ago they came at night; now they come whenever the water is high enough to cross the bar.',
    '>Q: What would help you most?',
    '>A: More radar on the northern headland and a second fast boat. We see most of them coming, but we cannot reach them in time.',
    '',
    'Share   Print',
    '© 2030 The Northern Quarterly',
], dict(title='“The Smugglers Read the Tide Tables Better Than We Do”', authors=['Lennart Obi-Haldane'], date='2030-03-12',
        kind='interview', publication='The Northern Quarterly'),
    sidecar='url: https://northernquarterly.example/interviews/2030/03/smugglers-tide-tables/')

# A regional paper's obituary: a byline in capitals before the desk, a long headline with a clause after a comma.
write('a02_valley_post_obituary_caps_byline', [
    'THE VALLEY POST',
    'News   Region   Sport   Obituaries   Notices',
    '',
    'OBITUARIES',
    '',
    'Marguerite Osei-Lindahl, mediator who brokered the river truce, dies at 83',
    '',
    'BY TOBIAS KVARME-ADJEI, Upper Valley Desk',
    'Published 4 October 2030',
    '',
    '>Marguerite Osei-Lindahl, who spent two winters shuttling between the militias of the upper valley until they agreed to stop fighting over the river crossings, died on Sunday at her home in Lessing. She was 83.',
    '>Born in a ferry-keeper\'s family, she trained as a teacher and was headmistress of the Lessing school for twenty years before the fighting began. She said later that she had known most of the commanders as pupils.',
    '>She is survived by two sons and six grandchildren.',
    '',
    'Related: The river truce, ten years on',
    '© The Valley Post 2030',
], dict(title='Marguerite Osei-Lindahl, mediator who brokered the river truce, dies at 83', authors=['Tobias Kvarme-Adjei'],
        date='2030-10-04', kind='obituary', publication='The Valley Post'),
    sidecar='url: https://valleypost.example/obituaries/2030/10/04/marguerite-osei-lindahl/')

# An aid agency's email update signed with name, role and office lines and no closing words.
write('a03_relief_email_signature_block', [
    'From: Harbourlight Aid <updates@harbourlight.example>',
    'To: supporters@harbourlight.example',
    'Subject: Letter from Dunvale: the clinic reopens',
    'Date: Tue, 9 July 2030 08:15',
    '',
    '>Dear friends,',
    '>Three weeks after the attack on the market, the clinic in Dunvale opened its doors again on Monday. The nurses who fled have come back, and the queue on the first morning reached the end of the street.',
    '>We have replaced the generator and the vaccine fridge, and the district council has promised a guard at the gate at night. The road from the coast is still closed after dark, so deliveries come in the morning.',
    '>Thank you for making this possible. I will write again when the school reopens.',
    '',
    'Ruairi Mbeki-Sandoval',
    'Programme Manager, Dunvale',
    'Harbourlight Aid',
    '',
    'Unsubscribe | Manage your preferences',
], dict(title='Letter from Dunvale: the clinic reopens', authors=['Ruairi Mbeki-Sandoval'], date='2030-07-09',
        kind='letter', publication='Harbourlight Aid'))

# A book review: the book's own "By" line under its title, the reviewer credited as "Reviewed by NAME" after the text.
write('a04_review_reviewed_by_foot', [
    'Lantern Review of Books',
    'Reviews   Essays   Podcasts   Subscribe',
    '',
    'REVIEW',
    '18 May 2030',
    'A patient account of how a port city learned to live with its gangs',
    'The Harbour Compact: Crime and Order in Port Vessen',
    'By Anselm Durojaiye',
    'Greyfriar Press, 296 pages',
    '',
    '>Anselm Durojaiye spent six years in Port Vessen talking to dockers, customs officers and the men who collect protection money on the quays. His book is the best account yet of how the gangs and the port authority came to share the city.',
    '>It is not an easy read. The chapters on the customs service are dense with figures, and the author is reluctant to draw conclusions. But the portraits of the dockers are unforgettable.',
    '',
    'Reviewed by Ottilie Fenwick-Nnamdi',
    '',
    'More reviews',
], dict(title='A patient account of how a port city learned to live with its gangs', authors=['Ottilie Fenwick-Nnamdi'],
        date='2030-05-18', kind='review', publication='Lantern Review of Books'))

# A photo story: "Words:" and "Pictures:" credits in one line; only the writer is an author.
write('a05_photo_story_words_pictures', [
    'Meridian Daily',
    'World   Africa   Asia   Pictures   Opinion',
    '',
    'The fishermen who went back to the islands',
    '',
    'Words: Soraya Kettunen-Abara  |  Pictures: Dmitri Oyenuga',
    '21 August 2030',
    '',
    '>A year after the militia left the islands of the Venn archipelago, the first fishing families have returned to the villages they abandoned. They found their houses stripped and their boats burned, but the fish are still there.',
    '>"We started again with one net between three families," said one of them. The regional government has promised new boats, but none have arrived.',
    '',
    'Photographs: Dmitri Oyenuga for Meridian Daily',
    '© 2030 Meridian Daily',
], dict(title='The fishermen who went back to the islands', authors=['Soraya Kettunen-Abara'], date='2030-08-21',
        kind='news', publication='Meridian Daily'),
    sidecar='url: https://meridiandaily.example/world/2030/08/21/fishermen-return-venn-islands/')

# A council's question-and-answer page: the question "Submitted by" a councillor with a ward, the answer by a
# portfolio holder; the page's title is the question's subject.
write('a06_council_question_submitted_by', [
    'Harrowfield City Council',
    'Home  >  Council meetings  >  Questions from councillors',
    '',
    'Community safety: lighting on the canal towpath',
    'Meeting of full council, 14 November 2030',
    'Submitted by Councillor Imelda Brackwater-Osei (Canalside ward)',
    '>Will the portfolio holder say how many reports of assault on the canal towpath the council received last year, and when the lighting promised in the budget will be installed?',
    'Response from Councillor Yusuf Dahl-Mercer, Cabinet Member for Community Safety',
    '>The council received 23 reports last year. The lighting contract has been awarded and work will start in January, beginning with the stretch between the two footbridges.',
    '',
    'Download this page (PDF)',
], dict(title='Community safety: lighting on the canal towpath', authors=['Imelda Brackwater-Osei', 'Yusuf Dahl-Mercer'],
        date='2030-11-14', kind='notice', publication='Harrowfield City Council'))

# A research centre's commentary: title wrapped over two lines at the text's width, a long footer line, bylines of
# two authors with their roles in brackets.
write('a07_centre_commentary_wrapped_title', [
    'KESTREL CENTRE FOR MARITIME STUDIES',
    '',
    'Commentary',
    '',
    'Why the Insurance Market, Not the Navy, Will Decide the Future of Shipping in',
    'the Gulf of Serrin',
    '',
    'By Amara Lindqvist-Oduya (Senior Fellow) and Piet Rasmussen (Research Assistant)',
    '2 February 2031',
    '',
    '>Since the attacks on tankers began last spring, the navies of four states have sent',
    '>ships to the Gulf of Serrin. The attacks have fallen, but the number of ships that',
    '>sail through the gulf has not recovered. Owners say the reason is the price of war',
    '>risk insurance, which has risen tenfold and shows no sign of falling back soon.',
    '',
    'Kestrel Centre for Maritime Studies, 14 Harbour Street, Port Avel · Registered charity 4410293 · Privacy',
], dict(title='Why the Insurance Market, Not the Navy, Will Decide the Future of Shipping in the Gulf of Serrin',
        authors=['Amara Lindqvist-Oduya', 'Piet Rasmussen'], date='2031-02-02', kind='commentary',
        publication='Kestrel Centre for Maritime Studies'), one_line=False)
