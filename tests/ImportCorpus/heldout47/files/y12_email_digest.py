from lib import Doc

PUB, DATE = 'The Sentinel Digest', '2049-10-15'


def build():
    d = Doc('y12_email_digest', web=True, comments=[
        'An email newsletter saved as text, one line per paragraph with blank lines. "Issue #88" is a count of sends',
        '(volume and issue empty, README "Numbers"). THE BIG PICTURE is a section name no page uses as a genre, over',
        'one longer piece (feature); QUICK TAKES over a run of two short pieces (brief each), both by the editor named',
        'in the line "Quick takes by NAME" under the section label. The greeting, the essay\'s bio, the sign-off and',
        'the mail footer are not text. "its Volume 47, Issue 15" in the essay is a look-alike (prose naming another',
        'publication\'s numbering).',
    ])
    e = d.art('The Long Tail of the Lake Wars', ['Ruth Okafor-Lindgren'], DATE, 'feature', PUB)
    q1 = d.art('Tolls Return to the Ring Road', ['Dagny Hollis'], DATE, 'brief', PUB)
    q2 = d.art('Brother of Delta Front Commander Arrested in Amarel', ['Dagny Hollis'], DATE, 'brief', PUB)
    d.f('From: The Sentinel Digest <digest@sentineldigest.example.net>', 'To: reader@example.net',
        'Subject: Sentinel Digest #88: The long tail of the lake wars', 'Date: Fri, 15 Oct 2049 06:30:00 +0000', '',
        'View this email in your browser', '', 'THE SENTINEL DIGEST', '',
        'Weekly reading on conflict, crime and security', '', 'Issue #88 \u00b7 Friday 15 October 2049', '',
        'Good morning, and welcome to the 112 new readers who joined us this week. Ruth looks back at a year on Lake '
        'Imari, and Dagny has two quick takes. As ever, reply to this email to tell us what we missed.', '',
        'THE BIG PICTURE', '', 'The Long Tail of the Lake Wars', '', 'By Ruth Okafor-Lindgren', '')
    for p in [
        'A year ago this month, the first receipts appeared on the ferries of Lake Imari. They were scraps of paper '
        'with a seal and a verse, issued by the Lake Brigade of the Southern Emirate to every boat that paid its fee. '
        'Today the receipts are printed, numbered and, according to boat owners, checked more carefully than bus '
        'tickets in the capital.',
        'The lake has become the place where the Emirate shows what it would be like as a government. It collects '
        'taxes, runs courts and punishes theft, and it does so in front of tens of thousands of people a day. The '
        'Terrorism Monitor described the system in detail this summer in its Volume 47, Issue 15, and '
        'little has changed since, except that the fees have gone up.',
        'What has changed is the mood on the shore. Traders who once spoke of the Brigade with resentment now speak of '
        'it with resignation. The government\'s ban on night crossings is still in force, and still ignored, and the '
        'promised escort boats have not arrived.',
        'Wars like this do not end when the fighting stops, because they are not mostly about fighting. They end when '
        'someone else offers the boat owners a better deal. So far nobody has.',
    ]:
        d.p(e, p)
        d.f('')
    d.f('Ruth Okafor-Lindgren is a contributing editor of the Sentinel Digest and writes from Port Halane.', '',
        '\u2014\u2014\u2014', '', 'QUICK TAKES', '', 'Quick takes by Dagny Hollis', '',
        'Tolls Return to the Ring Road', '')
    d.p(q1, 'Lorry drivers on the Ombasi ring road report that unofficial toll points, cleared by the army in the spring, '
            'are back: three on the eastern stretch, each asking for cash or diesel. The Free Highlands Front denies '
            'any part in them.')
    d.f('', 'Brother of Delta Front Commander Arrested in Amarel', '')
    d.p(q2, 'Police in Amarel say they have arrested a brother of the Delta Front commander known as Sefa on charges of '
            'moving money for the group. The family says he is a fish trader. Expect the Front to answer on the water.')
    d.f('', 'That\'s all for this week. See you next Friday.', '', '\u2014 Ruth, Dagny and the Sentinel team', '',
        'Forward this email to a friend | Subscribe | Update your preferences | Unsubscribe', '',
        'You are receiving this email because you signed up at sentineldigest.example.net.', '',
        'The Sentinel Digest \u00b7 PO Box 4471 \u00b7 Harrowgate')
    return d
