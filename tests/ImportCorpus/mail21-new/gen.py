"""Writes the mail21-new cases (invented; written after the mail21 rules, labelled before any run): email newsletters
of other senders and layouts, with furniture that speaks to the reader about the newsletter and stories that mention
sponsors, subscribers or membership. '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write, wrap  # noqa: E402

def para(text, mark=''):
    return [mark + l for l in wrap(text, 72)] + ['']

# A research centre's monthly bulletin by email, one paragraph a line: numbered contents, a funder's line, the piece,
# an "Elsewhere" list with dashes, a sign-off signed by the team, a supporters' pitch.
write('n01_centre_bulletin_email_numbered_contents', [
    'From: Northgate Security Bulletin <bulletin@northgate-centre.example>',
    'Date: Mon, 2 Feb 2032 08:00:00 +0000',
    'Subject: Northgate Security Bulletin No. 41',
    'View this email in your browser',
    'NORTHGATE SECURITY BULLETIN',
    'No. 41 · 2 February 2032',
    'In this edition:',
    '1. Prison radicalisation after the amnesty',
    '2. Elsewhere',
    'This bulletin is made possible by the support of the Halloran Foundation.',
    'Prison radicalisation after the amnesty',
    'By Yusra Delahaye-Okonkwo',
    '>When the government released nine hundred prisoners under last year\'s amnesty, it kept back the forty men convicted of offences linked to the Crescent Front. Those forty now share two wings of Marrow Hill prison, and the guards say the wings are run by the prisoners.',
    '>Families told us that new arrivals on the wings are met by a committee that assigns cells, settles disputes and collects a weekly contribution. One mother said her son pays a membership fee of 200 shillings a month to be left in peace.',
    '>The prison service has proposed dispersing the men across the country. Its own inspectors warned in 2029 that dispersal spread the Front\'s influence to prisons that had none. There is no easy answer, but keeping the men together and unwatched is the worst of the options.',
    'Elsewhere',
    '- A short history of the amnesty, from the justice ministry\'s own archive (Ministry of Justice)',
    '- The inspectors\' 2029 report on dispersal (PDF)',
    'That\'s everything from us this month. See you in March.',
    'The Northgate team',
    'Become a supporting member from £4 a month and receive our quarterly papers: https://northgate-centre.example/support',
    'You received this email because you subscribed to the Northgate Security Bulletin.',
    'Unsubscribe | Update preferences',
    'Northgate Centre for Security Studies · 12 Abbey Lane · Kestermouth',
], dict(title='Prison radicalisation after the amnesty', authors=['Yusra Delahaye-Okonkwo'], date='2032-02-02',
        kind='newsletter', publication='Northgate Security Bulletin'))

# A journalist's plain-text newsletter, hard-wrapped at 72: a wrapped sponsor line, a welcome on its own, the story
# (a bill's sponsor and a channel's subscribers are its text), a wrapped "got this from a friend" prompt, a sign-off
# and first name, a paid tier.
write('n02_plaintext_journalist_letter_bill_sponsor', [
    'THE SALT MARSH LETTER',
    'Issue 203 · Wednesday 14 April 2032',
    '',
    *para('Today\'s issue is sponsored by Fieldnote, a notebook app for reporters who work offline. Readers get three months free.'),
    'Hi all, and a special welcome to the 85 new subscribers since last issue.',
    '',
    'The anonymity bill nobody read',
    '',
    'By Kofi Aldana-Strand',
    '',
    *para('On Tuesday the assembly passed a bill that would oblige every messaging channel with more than 5,000 subscribers to register the name of its owner. The bill\'s sponsor, the deputy Ilse Varro-Nkemdi, said it was aimed at the channels that recruit for armed groups in the marshes.', '>'),
    *para('Nobody I spoke to in the marsh towns had heard of it. The channels they read are run from abroad and will not register. The ones that will register are the local news channels, whose owners are already known to everyone, and now also to the police.', '>'),
    *para('The deputy says the law can be tightened later. In my experience that is what people say about laws they expect nobody to enforce.', '>'),
    *para('Got this from a friend? Subscribe at https://saltmarshletter.example and get it every Wednesday.'),
    'That\'s all for this edition.',
    '',
    'Kofi',
    '',
    *para('Paid subscribers also receive the monthly source list and can join our reader calls. Upgrade now: https://saltmarshletter.example/paid'),
    'Unsubscribe: https://saltmarshletter.example/u',
], dict(title='The anonymity bill nobody read', authors=['Kofi Aldana-Strand'], date='2032-04-14',
        kind='newsletter', publication='The Salt Marsh Letter'), one_line=False)

# A residents' association's newsletter: a note to neighbours over a valediction and signer, the piece, upcoming events,
# and a subscription notice; the piece mentions the association's own members (text).
write('n03_residents_newsletter_note_events_subscriptions', [
    'HOLLOWAY FIELDS RESIDENTS\' ASSOCIATION',
    'The Fields News · January 2032',
    '',
    '------------------------------------------------------------------------',
    'FROM THE SECRETARY',
    '------------------------------------------------------------------------',
    *para('Dear neighbours, thank you to all who helped with the winter food collection. This newsletter looks back at a difficult autumn on the estate.'),
    'Kind regards,',
    'Priyanka Oyelaran-Brandt, Secretary',
    '',
    '------------------------------------------------------------------------',
    'AFTER THE ARSON',
    '------------------------------------------------------------------------',
    '',
    'By Declan Moreau-Achebe',
    '',
    *para('The fire at the community hut on 3 November was the third on the estate in a year. Police now say it was set by two young men who had been posting threats against the families who moved into the new flats in the summer.', '>'),
    *para('Several of our members asked whether the association should stay out of it. We decided it should not. The families are our neighbours, and the hut belongs to all of us.', '>'),
    *para('Since November, volunteers have kept the hut open every evening, and the families have joined the rota. Nobody has tried to burn it again.', '>'),
    '------------------------------------------------------------------------',
    'UPCOMING EVENTS',
    '------------------------------------------------------------------------',
    '* 18 January, 7pm - General meeting in the rebuilt hut',
    '* 1 February - Litter pick, meet at the shops, 10am',
    '',
    *para('Subscriptions for 2032 are £6 per household. Please renew by 31 January with any committee member.'),
    'Holloway Fields Residents\' Association · c/o 4 Moor Row',
], dict(title='After the arson', authors=['Declan Moreau-Achebe'], date='2032-01-01',
        kind='newsletter', publication='The Fields News'), one_line=False)

# A newsletter platform's web copy of an email issue: reader count in the header, a welcome back, the piece, a
# members' pitch and a closing line; the story is about a festival's sponsor (text).
write('n04_newsletter_web_copy_reader_count_members', [
    'Frontline Notes',
    'Over 12,000 readers',
    'Subscribe',
    'The festival and the militia',
    'Amara Lindgren-Osei',
    'Jul 9, 2032',
    'Welcome back to everyone who joined us after the ferry issue.',
    '>The harvest festival in Tesk went ahead last weekend for the first time in four years. Its main sponsor this year was a trading company that, according to two local officials, belongs to the commander of the militia that controls the road into town.',
    '>Nobody in Tesk seemed to mind. The militia paid for the stage, the lights and the food, and its fighters stood at the gates in clean uniforms. A teacher told me it was the safest the town had felt in years, and also the most frightening.',
    '>This is how armed groups become governments: not with a declaration, but with a festival nobody else could pay for.',
    'Members get the full archive and a monthly call with me. Join for £5 a month.',
    'That is all from me this week.',
    'Share',
    '© 2032 Amara Lindgren-Osei',
], dict(title='The festival and the militia', authors=['Amara Lindgren-Osei'], date='2032-07-09',
        kind='newsletter', publication='Frontline Notes'))
