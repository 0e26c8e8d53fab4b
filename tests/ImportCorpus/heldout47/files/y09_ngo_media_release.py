from lib import Doc

TITLE = 'Aid Convoys Turned Back at Selvan as Checkpoint Fees Double, Network Warns'


def build():
    d = Doc('y09_ngo_media_release', web=True,
            sidecar={'url': 'https://harbourlight.example.org/news/media-releases/aid-convoys-turned-back-at-selvan'},
            comments=[
                'An NGO\'s media release with blank lines, opening with a crawler block whose date is the placeholder',
                '"unknown" (the date is the "Published" line). "Media release" is a true synonym the catalogue folds:',
                'press release. No author is named (authors []): the director is quoted in the text, and the line',
                '"Dr Selin Aydemir-Holt, Director of Harbourlight, said:" is a look-alike of a byline (text). The',
                'media contact, "About Harbourlight", donate box and footer are not text. "Issue 3 of our Access',
                'Monitor" is prose.',
            ])
    a = d.art(TITLE, [], '2049-05-12', 'press release', 'Harbourlight Civilian Protection Network')
    d.f('---', f'title: "{TITLE}"', 'source: "https://harbourlight.example.org/news/media-releases/aid-convoys-turned-back-at-selvan"',
        'date: unknown', 'description: unknown', '---', '',
        'Harbourlight Civilian Protection Network', '', 'Who we are   Our work   Where we work   News   Donate', '',
        'You are here: Home > News > Media releases', '', 'Media release', '', TITLE, '',
        'Published 12 May 2049', '')
    for para in [
        'Humanitarian convoys carrying food and medicine to the border district of Selvan have been turned back at '
        'least fourteen times since the start of April, the Harbourlight Civilian Protection Network said today, as '
        'armed groups controlling the district\'s roads doubled the fees they demand at checkpoints.',
        'In Issue 3 of our Access Monitor, published this morning, the network records 63 checkpoints on the three '
        'roads into Selvan, up from 38 in January. Drivers told Harbourlight staff that the fee for a lorry now '
        'averages the equivalent of 240 euros per checkpoint, and that convoys which refuse to pay are held for '
        'hours or sent back.',
        'An estimated 85,000 people in the district depend on aid deliveries. Two clinics in Kohri have run out of '
        'insulin, and the largest bakery in Selvan town closed on 9 May for lack of flour.',
        'Dr Selin Aydemir-Holt, Director of Harbourlight, said:',
        '"Every fee paid at a checkpoint is money taken from the people the convoys are meant to reach. We call on '
        'all parties to allow humanitarian goods through without payment or delay, as they are obliged to do, and '
        'on donors to fund the safe storage of supplies inside the district so that families are not left waiting '
        'on the roads."',
        'Harbourlight is asking the regional authorities to open a second, monitored route through the Kohri valley '
        'and to publish a list of the checkpoints they consider lawful.',
    ]:
        d.p(a, para)
        d.f('')
    d.f('ENDS', '', 'Media contact: Tomasz Erlingsson, press officer, +00 20 7946 0188, press@harbourlight.example.org', '',
        'About Harbourlight', '',
        'The Harbourlight Civilian Protection Network is an independent, non-profit network of 40 local organisations '
        'working to protect civilians in armed conflict. It takes no money from parties to any conflict.', '',
        'Donate today: \u00a325 can keep a mobile clinic on the road for a day.', '',
        'Share: Facebook | X | LinkedIn | Email', '',
        '\u00a9 Harbourlight Civilian Protection Network 2049 \u00b7 Registered charity 1190452 \u00b7 Privacy notice \u00b7 Cookie settings')
    return d
