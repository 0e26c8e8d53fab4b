import pdfkit
from pdfkit import fill_blanks, wrapped
from corpusgen import write

# g13: an RSS-to-email digest, plain text hard-wrapped at 72 without hyphenation: mail headers, the service's banner,
# the feed's name (`Halvard Institute - Commentary`), two items each with a numbered title, link, `By` line and RFC 822
# date, a `Read more` link and a rule, unsubscribe footer; two articles, no sidecar.
W = 72
RULE = '-' * 72
L = ['From: FeedPost <digest@feedpost.example>',
     'To: archive-desk@monitor-archive.example.org',
     'Date: Mon, 10 Feb 2031 07:02:14 +0000',
     'Subject: [FeedPost] Halvard Institute - Commentary: 2 new items', '',
     'FeedPost daily digest', '',
     'Halvard Institute - Commentary',
     'https://www.halvard-institute.example/commentary/feed/', '',
     'You are receiving this digest because you subscribed to this feed.',
     'Manage your feeds: https://feedpost.example/manage', '',
     RULE,
     '1. Prison Radicalisation Is Not a Capacity Problem',
     'https://www.halvard-institute.example/commentary/prison-radicalisation-not-a-capacity-problem',
     'By Ruth Amankwah-Solberg',
     'Mon, 10 Feb 2031 06:30:00 +0000', '']
A1 = ["Every few years, a report on radicalisation in prisons concludes that the problem is one of capacity: too few specialist staff, too few places on intervention programmes, too few separation units for the most dangerous prisoners. The report published last week by the Inspectorate of Prisons is the latest. Its recommendations are sensible, and most of them will be accepted. They will not change very much.",
      "The difficulty is that capacity is the easiest part of the problem to describe and the hardest to fix. Specialist staff take years to train, and they leave for better-paid work as soon as they are trained. Separation units concentrate the most committed extremists in one place and give them an audience. And intervention programmes depend on prisoners choosing to take part, which the most dangerous of them rarely do.",
      "What the inspectorate's report says less about is the ordinary life of the prison: the overcrowded wings, the hours spent locked in cells, the shortage of education and work. These conditions do not cause radicalisation, but they make it far easier for those who recruit to find willing listeners. A prisoner with a job, a course and a visit to look forward to is a much harder target than one who spends twenty-two hours a day in a shared cell.",
      "None of this is new, and none of it is cheap. But if the next report is not to repeat the conclusions of this one, ministers will need to treat prison conditions as part of the counter-terrorism budget rather than as a separate and always lower priority."]
for p in A1: L += wrapped(p, W) + ['']
L += ['Read more on the website >>', RULE,
      '2. After the Quay Street Verdict, Questions for the Intelligence Services',
      'https://www.halvard-institute.example/commentary/after-the-quay-street-verdict',
      'By Tomasz Wierzbicki-Ade and Helena Frisk',
      'Fri, 07 Feb 2031 16:15:00 +0000', '']
A2 = ["The conviction on Thursday of the two men who planned the attack on the Quay Street market brings to an end a trial that lasted eleven weeks. It leaves open a question that the trial was never designed to answer: why a man who had been reported to the authorities three times in two years was still able to buy the materials for a bomb without attracting attention.",
      "The evidence heard in court suggests that each report was assessed separately, and that each was judged, on its own, not to meet the threshold for further investigation. That is not in itself a failure; the services receive thousands of reports a year, and most of them lead nowhere. The failure, if there was one, lies in the absence of any means of noticing that the same name had come up three times.",
      "The government has promised a review. It should be asked to publish its terms of reference, and to say whether the review will examine how reports are recorded and linked, not only whether the individual decisions were reasonable. The families of those killed at Quay Street deserve an answer to the question the trial left open."]
for p in A2: L += wrapped(p, W) + ['']
L += ['Read more on the website >>', RULE,
      'FeedPost - RSS to email, delivered daily.',
      'Unsubscribe from this feed: https://feedpost.example/u/8f2a1c77',
      'FeedPost, 4 Mill Lane, Harlow CM20 0ZZ']
L = fill_blanks(L)
# two articles: split the '>' marks by the rule between the items
text, owner = [], []
k = 0
for l in L:
    if l == RULE: k += 1
    if l.startswith('>'): owner.append(k); text.append(l[1:])
    else: owner.append(None); text.append(l)
open('g13_rss_email_digest_two_items.txt', 'w').write('\n'.join(text) + '\n')
def ranges(n):
    nums = [i + 1 for i, o in enumerate(owner) if o == n]
    out, s, p = [], None, None
    for x in nums:
        if s is None: s = p = x; continue
        if x == p + 1: p = x; continue
        out.append((s, p)); s = p = x
    out.append((s, p))
    return ', '.join(str(a) if a == b else '%d-%d' % (a, b) for a, b in out)
items = [("Prison Radicalisation Is Not a Capacity Problem", ["Ruth Amankwah-Solberg"], '2031-02-10', 1),
         ("After the Quay Street Verdict, Questions for the Intelligence Services", ["Tomasz Wierzbicki-Ade", "Helena Frisk"], '2031-02-07', 2)]
out = ['# Labels for g13_rss_email_digest_two_items.txt (format: tests/ImportCorpus/README.md)', 'articles:']
for t, a, d, n in items:
    out += ['  - title: "%s"' % t, '    authors: [%s]' % ', '.join('"%s"' % x for x in a), '    date: %s' % d,
            '    kind: commentary', '    publication: "Halvard Institute"', '    volume: null', '    issue: null',
            '    text: [%s]' % ranges(n)]
open('g13_rss_email_digest_two_items.labels.yml', 'w').write('\n'.join(out) + '\n')

# g14: a film magazine's documentary review: crawler YAML, masthead, menu, cookie line, breadcrumb `Reviews ›
# Documentary`, `REVIEW` label, title with an en dash, star rating, bare name, date, trailer link, still with credit,
# release line and a credits box after the text, share, more reviews, newsletter; no sidecar.
T = "The Quiet Border review \u2013 a patient film about the men who guard nothing"
L = ['---', 'title: "%s | Reel North"' % T,
     'source: https://reelnorth.example/reviews/documentary/the-quiet-border-review',
     'date: 2031-03-19',
     'description: "Ingeborg Solvang\'s documentary spends a winter with three guards at a border crossing where nothing, and then something, happens."',
     'sitename: Reel North', '---',
     'Reel North',
     'Film   TV   Documentary   Festivals   Newsletter   Subscribe',
     'This site uses cookies. By continuing to browse you agree to our use of cookies.  OK  More info',
     'Reviews \u203a Documentary',
     'REVIEW',
     T,
     '\u2605\u2605\u2605\u2605\u2606',
     'Sunniva Adeyemi-Holt',
     '19 March 2031',
     '\u25b6 Watch the trailer',
     'Guard Arvid Lunde on the night shift at the Haldvik crossing. Photograph: Halden Films',
     ">For most of its ninety-four minutes, nothing happens in The Quiet Border, and that is the point. Ingeborg Solvang spent a winter with three guards at a crossing in the far north where, on a busy day, a dozen lorries pass. The guards check papers, drink coffee, shovel snow and watch the road. Solvang watches them watching it.",
     ">The film's patience is rewarded in its last third, when word reaches the post that two men wanted in connection with a bombing in the south may try to cross. The guards' routine does not change much: they check papers, drink coffee and watch the road. But the way they watch it changes, and Solvang's camera catches the difference with a precision that no amount of dramatic music could have achieved.",
     ">What the film understands, better than most fictions about security, is how much of the work consists of waiting, and how little the people who do it are told. The guards learn about the manhunt from the radio, like everyone else. When the men are arrested, three hundred kilometres away, nobody thinks to call the crossing.",
     ">If there is a weakness, it is that Solvang is so determined not to impose a story that the film's first hour tests even a sympathetic viewer. But the reward is a portrait of a kind of public service that is almost never filmed, and a reminder that most of what keeps a country safe looks, from the outside, exactly like nothing at all.",
     'The Quiet Border is in cinemas from 21 March and on Nordfilm+ from 2 May.',
     'Director: Ingeborg Solvang   Running time: 94 min   Certificate: 12A   Country: Norway, 2030',
     'Share  Facebook  X  Email  Copy link',
     'More reviews',
     'The Ferryman\u2019s Daughter review \u2013 tender but slight',
     'Blackwater review \u2013 an overstuffed thriller that never catches fire',
     'Get the Reel North newsletter: the week\u2019s best films, every Friday.  Sign up',
     '\u00a9 2031 Reel North Media. All rights reserved.   Terms   Privacy   Advertise']
write('g14_film_magazine_documentary_review', L, dict(title=T, authors=["Sunniva Adeyemi-Holt"], date='2031-03-19', kind='review',
      publication='Reel North'))

# g15: a minister's speech on a government portal: portal name, menu, breadcrumb one item per line, `Speech` label,
# summary, `From:` the ministry and the minister with honorific and post-nominals, `Published`, `Delivered on:` with
# the original-script note, location, `Thank you, Chair` opening, page footer with the published date again,
# is-this-page-useful, related content; sidecar url.
T = "Minister's speech to the Regional Policing Summit on community-led prevention"
L = ['Skip to main content',
     'Republic of Ostrevia',
     'Government portal',
     'Search',
     'Departments   News   Publications   Consultations   Statistics',
     'Home', 'Government', 'Ministry of Public Safety', 'Speeches',
     'Speech',
     T,
     'Minister for Public Safety Cecily Varga-Mbeki sets out how local partnerships will lead the next phase of the national prevention strategy.',
     'From: Ministry of Public Safety and The Rt Hon Cecily Varga-Mbeki MP',
     'Published 6 March 2031',
     'Delivered on: 6 March 2031 (Original script, may differ from delivered version)',
     'Location: Harbour Conference Centre, Valmouth',
     ">Thank you, Chair, and thank you to all of you for being here this morning.",
     ">When I took on this role last year, I said that I wanted to spend less time in Valmouth and more time in the places where prevention actually happens: the youth clubs, the mosques and churches, the schools and the football grounds. I have kept that promise, and I want to tell you what I have learned.",
     ">The first lesson is that the people who do the most to keep our communities safe are rarely police officers or officials. They are the coach who notices that a boy has stopped coming to training, the imam who takes a worried mother seriously, the teacher who knows when a remark is a joke and when it is not. Our job is to support them, not to replace them.",
     ">The second lesson is that they do not always trust us to do that. Too many of the people I met told me that when they raised a concern, they lost control of what happened next. That has to change, and it will.",
     ">From April, every region will have a community prevention partnership, chaired locally and with a budget of its own. Partnerships will be able to fund local projects directly, and they will have a say in how concerns raised in their area are handled. We will publish, for the first time, figures on how many referrals lead to support and how many are closed without action.",
     ">None of this means that we will be less vigilant. The threat we face remains serious, and the police and security services will continue to act quickly and firmly against anyone who plans violence. But vigilance works best when communities are on our side, and that is what this strategy is designed to achieve.",
     ">Thank you.",
     'Published 6 March 2031',
     'Is this page useful?  Yes  No',
     'Report a problem with this page',
     'Related content',
     'National prevention strategy 2031 to 2035',
     'Community prevention partnerships: guidance for local authorities',
     'Help   Cookies   Contact   Accessibility   Terms and conditions',
     '\u00a9 Republic of Ostrevia']
write('g15_gov_minister_speech', L, dict(title=T, authors=["Cecily Varga-Mbeki"], date='2031-03-06', kind='speech',
      publication='Ministry of Public Safety'), 'url: https://www.ostrevia.gov.example/government/speeches/regional-policing-summit-community-led-prevention')
