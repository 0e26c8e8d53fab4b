"""Writes the kinds25-dev cases (invented; the shapes the kinds25 rules were fitted to): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

# A faculty blog: the rubric "Guest post:" printed before the headline (no part of the title; the post is a blog post).
write('d01_faculty_blog_guest_post_rubric', [
    'Tamsworth Law Review Blog',
    'Home   About   Contributors   Archive',
    '3 March 2032',
    'Guest post: Harbour exclusion orders and the right to a fair hearing',
    'Posted in Public Law, Counter-terrorism',
    'By Oskar Lindqvist-Amadi',
    '>Last month the Home Department made its first exclusion order under the new harbour security powers, barring a dock worker from every port in the country for two years.',
    '>The order was made on closed evidence. The worker was told that he posed a risk, but not why, and his lawyer was not allowed to see the material on which the decision rested.',
    '>Whatever one thinks of the powers themselves, a hearing at which one side cannot answer the case against it is not a fair hearing in any ordinary sense.',
    'Oskar Lindqvist-Amadi is a lecturer in public law at the University of Tamsworth.',
    'Leave a comment',
], dict(title='Harbour exclusion orders and the right to a fair hearing', authors=['Oskar Lindqvist-Amadi'], date='2032-03-03',
        kind='blog', publication='Tamsworth Law Review Blog'),
    sidecar='url: https://blog.tamsworthlawreview.example/2032/03/03/guest-post-harbour-exclusion-orders/')

# A research group's page: its label, date and reading time on one line of parts over the title.
write('d02_research_group_label_date_reading_time', [
    'Sandpiper Conflict Observatory',
    'Research  Commentary  Data  Team  Contact',
    'Commentary | 11 Feb 2032 | 6 min read',
    'Why the ceasefire on the river held for once',
    'Marguerite Oyelowo-Hart',
    '>For three years every ceasefire along the Vessa river collapsed within a week. The one agreed in January has now lasted five.',
    '>The difference is not goodwill. Both sides now depend on the same ferry crossings to move fuel, and both lose money when the crossings close.',
    '>That is a fragile basis for peace, but it is a basis, and mediators would do well to build on it rather than wait for something better.',
    'Share this page',
    '© Sandpiper Conflict Observatory 2032',
], dict(title='Why the ceasefire on the river held for once', authors=['Marguerite Oyelowo-Hart'], date='2032-02-11',
        kind='commentary', publication='Sandpiper Conflict Observatory'),
    sidecar='url: https://www.sandpiper-observatory.example/commentary/ceasefire-river-held')

# A company's security bulletin by email: the subject is the printed title under its series label and code.
write('d03_email_bulletin_labelled_subject', [
    'From: Corvane Shipping Security <security-bulletins@corvane.example>',
    'To: Corvane Fleet - All Masters <masters@corvane.example>',
    'Date: Mon, 9 Feb 2032 06:40:11 +0000',
    'Subject: SECURITY BULLETIN CSS-2032-017: Boarding attempt off Cape Merrow - transits',
    ' to use the outer lane',
    '',
    'CORVANE SHIPPING',
    'Fleet Security Office',
    '',
    'SECURITY BULLETIN  |  CSS-2032-017  |  9 February 2032',
    '',
    'Boarding attempt off Cape Merrow - transits to use the outer lane',
    '',
    '>On the night of 7 February, two skiffs approached a product tanker eight miles south of Cape Merrow and one of them came alongside before the crew raised the alarm and the skiffs withdrew.',
    '>Until further notice, all Corvane vessels transiting the cape are to use the outer lane and keep a doubled watch between sunset and sunrise.',
    '',
    'Tobiah Marchetti-Ward',
    'Head of Fleet Security',
], dict(title='Boarding attempt off Cape Merrow - transits to use the outer lane', authors=['Tobiah Marchetti-Ward'], date='2032-02-09',
        kind='security bulletin', publication='Corvane Shipping'))

# A newspaper's story saved without an address: a dotted time with its zone, a "Last modified" stamp, "More on this story".
write('d04_newspaper_dotted_time_no_sidecar', [
    'The Estuary Chronicle',
    'News | Opinion | Sport | Culture | Business',
    'UK › Coastal towns',
    'Ferry services cut after second arson attack at Dunmore pier',
    'By Priyanka Osei-Lindgren',
    'Thu 12 Feb 2032 16.40 GMT · Last modified on Thu 12 Feb 2032 18.05 GMT',
    '>Ferry services between Dunmore and the islands will run only in daylight from Friday after a second arson attack on the pier in a week.',
    '>Police said the fire, which damaged the ticket office and a waiting room, was started deliberately shortly after midnight.',
    '>The operator said it would keep the reduced timetable until security lighting and cameras had been installed.',
    'More on this story',
    'Islanders fear for winter supplies as ferry cuts bite',
], dict(title='Ferry services cut after second arson attack at Dunmore pier', authors=['Priyanka Osei-Lindgren'], date='2032-02-12',
        kind='news', publication='The Estuary Chronicle'))

# A rights group's release saved without an address: its label over the title with the date between, inside a menu.
write('d05_rights_group_release_date_between_no_sidecar', [
    'Tidewater Rights Watch',
    'Donate',
    'Who we are',
    'Our work',
    'Latest',
    'Press releases',
    'Press release',
    '16 January 2032',
    'Vessa: Release the fishermen held without charge since the harbour raids',
    '>Tidewater Rights Watch today called on the authorities in Vessa to release eleven fishermen who have been held without charge since police raided the harbour in November.',
    '>Relatives say they have not been allowed to visit the men, and lawyers have been refused access to the case files.',
    '>"Holding people for two months without telling them why is not security; it is arbitrary detention," said the group\'s regional director.',
    'Media contact: press@tidewater-rights.example',
], dict(title='Vessa: Release the fishermen held without charge since the harbour raids', authors=[], date='2032-01-16',
        kind='press release', publication='Tidewater Rights Watch'))
