"""Writes the mail21-dev cases (invented; email newsletters whose furniture speaks to the reader about the newsletter
itself, and stories that mention subscribers, sponsors or membership): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write, wrap  # noqa: E402

def para(text, mark=''):
    return [mark + l for l in wrap(text)] + ['']

# A hard-wrapped plain-text newsletter: sponsor line wrapped, contents bullets, a wrapped forwarding prompt between the
# pieces, a sign-off with first names, a paid tier's upsell; the story mentions a channel's subscribers (text).
write('d01_plaintext_newsletter_sponsor_contents', [
    'View this email in your browser <https://tidewatch.example/issues/58>',
    '',
    'TIDEWATCH',
    'Issue 58 · Tuesday 9 March 2032',
    '',
    *para('This edition is brought to you by Lantern Charts, nautical data for researchers and newsrooms. Try it free for a month.'),
    'IN TODAY\'S EDITION',
    '* The smugglers\' channel that went quiet',
    '* Numbers of the week',
    '',
    'The smugglers\' channel that went quiet',
    '',
    'By Odile Castellanos-Fry',
    '',
    *para('For two years the channel called Blue Lantern posted timetables for the night boats that cross from the Vesk peninsula to the islands. It had about 18,000 subscribers, most of them people who wanted to make the crossing and a few, we assume, who wanted to stop it.', '>'),
    *para('On 24 February the channel stopped posting. Its last message asked paid subscribers to the smugglers\' premium group to move to a new address that nobody we spoke to could find. Two harbour officials told us the owner had been arrested; the coast guard would not confirm it.', '>'),
    *para('What matters is what came next. Within a week, three smaller channels had taken over the timetables, and the prices they quoted were a third higher. Fewer boats, more expensive seats, and the same sea.', '>'),
    '-------------------------------------------------------------------',
    *para('Like Tidewatch? Forward it to a colleague, or sign up at https://tidewatch.example/join - it costs nothing.'),
    '-------------------------------------------------------------------',
    '',
    '>Numbers of the week',
    '',
    *para('Eleven: the boats the coast guard stopped in February, against four in January. Forty per cent: the share of those boats that carried no lifejackets at all.', '>'),
    'That\'s all for today. See you next Tuesday.',
    '',
    'Odile and Bram',
    '',
    *para('Premium members also get our monthly data sheet and every past issue. Upgrade: https://tidewatch.example/upgrade'),
    'You are receiving this because you subscribed at tidewatch.example.',
    'Unsubscribe | Preferences',
], dict(title="The smugglers' channel that went quiet", authors=['Odile Castellanos-Fry'], date='2032-03-09',
        kind='newsletter', publication='Tidewatch'), one_line=False)

# An association's newsletter: a chair's note to the members over a valediction and signer, one piece, then dates for
# the diary and a membership notice; the piece mentions the membership fee another group charged (text).
write('d02_association_newsletter_chair_notices', [
    '==================================================================',
    'THE LANTERN',
    'Newsletter of the Orvell Refugee Welcome Group',
    'Issue 19 · April 2031',
    '==================================================================',
    '',
    *para('Dear members, thank you to everyone who came to the spring supper and to the twelve new volunteers who joined our English classes this term. This issue carries a piece by one of our tutors.'),
    'With best wishes,',
    'Margit Owusu-Halvorsen, Chair',
    '',
    '------------------------------------------------------------------',
    'LEARNING TO WAIT',
    '------------------------------------------------------------------',
    '',
    'By Teodor Ancel-Maribe',
    '',
    *para('Most of my students have spent more time waiting than anything else. They waited at a border for eleven weeks, waited in a camp for a decision, and now wait in Orvell for a letter from the Home Office that may take a year.', '>'),
    *para('One of them, a former teacher from Kessaro, told me that the armed group in his district had charged every family a membership fee of $20 a month to be left alone. You paid, he said, or you left. He left.', '>'),
    *para('Our classes cannot shorten the wait. What they can do is fill some of it with something other than worry, and that, for now, is enough.', '>'),
    '------------------------------------------------------------------',
    'DATES FOR YOUR DIARY',
    '------------------------------------------------------------------',
    '* Sat 12 April - Spring clean of the allotment, 10am.',
    '* Wed 23 April - Volunteers\' meeting, St Anne\'s hall,',
    '  7pm. Tea and biscuits.',
    '',
    '------------------------------------------------------------------',
    'MEMBERSHIP',
    '------------------------------------------------------------------',
    *para('Membership is £8 a year and renewals are due in May. Please pay at any class or by bank transfer with your name as the reference.'),
    'Orvell Refugee Welcome Group · Registered charity 1190000',
], dict(title='Learning to wait', authors=['Teodor Ancel-Maribe'], date='2031-04-01',
        kind='newsletter', publication='The Lantern'), one_line=False)

# One paragraph a line, from an email header: a sponsor line, a welcome to new readers, a list of links to elsewhere
# with outlets in brackets, a sign-off with a forwarding appeal, a valediction and the editor's name.
write('d03_email_newsletter_sponsor_welcome_links', [
    'From: The Coastline Brief <editor@coastlinebrief.example>',
    'Date: Fri, 5 Sep 2031 06:30:00 +0000',
    'Subject: #76 - The ransom ledger',
    'View this email in your browser',
    'THE COASTLINE BRIEF',
    'Issue #76 · September 5, 2031',
    'Today\'s issue is sponsored by Harbourline Analytics, vessel tracking for research teams. Try it →',
    'Hello, and welcome to the 640 of you who subscribed after our piece on the pilot boats.',
    'The ransom ledger',
    '>A notebook recovered from a skiff off Cape Dallow in August records twenty-two ransom payments over three years, each with a date, a vessel name and an amount. The coast guard shared photographs of six pages with reporters last week.',
    '>The amounts are smaller than the figures usually cited. The largest payment in the ledger is for a fishing trawler and its crew of nine; most are for small cargo boats, and several are for single passengers taken from ferries.',
    '>The ledger also lists what look like expenses: fuel, food, a payment to someone recorded only as "the clerk". If the clerk is who investigators think, the gangs have had help ashore for much longer than anyone admitted.',
    'WHAT WE\'RE READING',
    '• A history of ransom insurance on the Dallow coast (Maritime Review)',
    '• Interview: a ferry captain who was held for a month (Coast Radio)',
    'That\'s it for this week. If this was useful, forward it to someone who works on the coast.',
    'Until next Friday,',
    'Ilse Marchetti-Obuya',
    'Editor, The Coastline Brief',
    'You are receiving this email because you signed up at coastlinebrief.example.',
    'Unsubscribe | Update your preferences',
], dict(title='The ransom ledger', authors=['Ilse Marchetti-Obuya'], date='2031-09-05',
        kind='newsletter', publication='The Coastline Brief'))

# Traps: a newsletter whose story is about a state paper's paid subscribers, a festival's sponsor and a welcome that
# goes on into the story; a sign-off that asks for tips on it stays too.
write('d04_newsletter_story_about_subscribers', [
    'From: Presswatch Weekly <hello@presswatch.example>',
    'Subject: Presswatch #31: The paper nobody buys',
    'PRESSWATCH WEEKLY',
    'Issue #31 · Monday, 17 May 2032',
    'The paper nobody buys',
    'By Rafe Lindqvist-Amadi',
    '>Good morning, and welcome to the new readers who found us this week. Today I want to look at a newspaper that claims 400,000 readers and sells almost none.',
    '>The Morning Standard of Velmar says it has 90,000 paid subscribers. The printers who produce it told me they run 6,000 copies a day, and the distribution company says most of those come back unsold.',
    '>This year\'s press freedom festival was sponsored by the same ministry that owns the paper. Paid subscribers to the Standard\'s app get the ministry\'s statements an hour before anyone else, which may be the only reason to pay.',
    '>The paper\'s editor did not answer my questions. That is all for now from the Standard, his office said in an email, and it was the only reply I received.',
    '>That\'s it for this week. If you have worked at the Standard, my inbox is open.',
    '— R.',
    'Presswatch Weekly · 3 Quay Lane · Velmar',
], dict(title='The paper nobody buys', authors=['Rafe Lindqvist-Amadi'], date='2032-05-17',
        kind='newsletter', publication='Presswatch Weekly'))
