from lib import Doc
from y01_tm_issue4_blank import RAIL


def build():
    d = Doc('y05_tm_web_rail', web=True,
            sidecar={'url': 'https://wexcombe.example.org/program/rail-sabotage-and-the-logistics-of-the-free-highlands-front/'},
            comments=[
                'The web version of y01\'s third piece, one line per paragraph with blank lines. Kind feature as in the',
                'issue (the page prints no genre label; "Terrorism Monitor" in the trail is the publication). The',
                'caption and photo credit, the bio after the notes, the issue download, teasers and sign-up are not text.',
                'The teaser "By the Numbers: Attacks on Infrastructure in 2048" is a look-alike (furniture).',
            ])
    a = d.art(RAIL['title'], [RAIL['author']], '2049-02-20', 'feature', 'Terrorism Monitor', 47, 4)
    d.f('Skip to main content', '', 'The Wexcombe Foundation', '', 'Donate   Subscribe   Search', '',
        'Programs   Publications   Events   Experts   About', '',
        'Home \u203a Programs \u203a Terrorism Monitor \u203a ' + RAIL['title'], '', 'TERRORISM MONITOR', '',
        RAIL['title'], '', 'Publication: Terrorism Monitor Volume: 47 Issue: 4', '', 'By: Anselm Vidaurre', '',
        'February 20, 2049 03:40 PM  \u00b7  Reading time: 6 min', '', 'Share: Facebook  X  LinkedIn  Email  Print', '',
        '(A freight train waits at Rheto junction in January 2049. Source: Tavoria Railways press office)', '')
    for para in RAIL['paras']:
        d.p(a, para.replace(' ^A5 ', ' '))
        d.f('')
    d.f('Notes', '')
    for n in RAIL['notes']:
        d.p(a, n)
        d.f('')
    d.p(None, RAIL['bio'])
    d.f('', 'Download the PDF of Volume 47, Issue 4', '', 'Related', '',
        'Recruiters in the Prisons: How the Black Banner Network Rebuilt Its Cadre', '',
        'By the Numbers: Attacks on Infrastructure in 2048', '',
        'Kidnap Gangs Exploit the Dry Season on the Lower Kessa Plateau', '',
        'Get the Terrorism Monitor in your inbox. Sign up for our newsletters and never miss an issue.', '',
        'Email address', 'Sign up', '',
        '\u00a9 2049 The Wexcombe Foundation  |  Privacy Policy  |  Terms of Use  |  Contact')
    return d
