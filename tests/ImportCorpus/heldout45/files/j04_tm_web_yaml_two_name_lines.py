from lib import Doc
from j01_tm_issue_blank_lines_briefs_section import F2, F2_TITLE, F2_NOTES, F2_AUTHORS


def build():
    d = Doc('j04_tm_web_yaml_two_name_lines', blank=True, web=True)
    d.notes = ['The web version of j01\'s last feature: no genre label, so feature as in the issue; the crawler block is',
               'not text; the photo caption and credit, the bio and all site furniture are not text.']
    a = d.art(F2_TITLE, F2_AUTHORS, '2047-04-03', 'feature', 'Terrorism Monitor', 45, 7)
    d.fl('---',
         f'title: "{F2_TITLE} - The Wexley Foundation"',
         'source: https://www.wexley.example.org/programs/terrorism-monitor/salt-roads-and-ransom-kessa-front-finances/',
         'date: 2047-04-03',
         'description: "Caravan traders on the Oroun plateau now pay the Kessa Front a levy on every slab of salt, and the same brokers who settle the salt accounts move the group\'s ransom money."',
         '---')
    d.f('')
    d.f('We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies. Accept | Learn more')
    d.f('Skip to main content')
    d.f('The Wexley Foundation')
    d.f('Programs   Publications   Events   Experts   About   Donate   Search')
    d.f('Home / Programs / Terrorism Monitor')
    d.f(F2_TITLE)
    d.f('Publication: Terrorism Monitor Volume: 45 Issue: 7')
    d.f('April 3, 2047 04:15 PM')
    d.f('Tariq Benhadda')
    d.f('Oskar Lindqvist-Amari')
    d.f('Share this: Facebook  |  X  |  LinkedIn  |  Email  |  Print')
    d.f('Salt caravan resting near the pans at Tiburga, December 2045. (Credit: Oroun Civic Observatory)')
    for k, txt in F2:
        d.t(a, txt.replace('^D ', ''))
    d.f('Notes')
    for n in F2_NOTES:
        d.t(a, n)
    d.f('About the Authors')
    d.f('Tariq Benhadda is a journalist based in Haddou who has covered the Oroun plateau since 2040.')
    d.f('Oskar Lindqvist-Amari is a doctoral researcher at the University of Stennholm studying armed group finance.')
    d.f('Download the full issue (PDF, 1.2 MB)')
    d.f('More from Terrorism Monitor')
    d.f('Prison Schools: How Detained Militants Recruit Behind the Walls of Karsenk Central')
    d.f('Kidnappers Turn to the Rivers of the Lower Lusongo Basin')
    d.f('A Drone Workshop Uncovered in the Port of Seraval')
    d.f('Get Terrorism Monitor in your inbox every other Wednesday.')
    d.f('Email address   Subscribe')
    d.f('\u00a9 2047 The Wexley Foundation  |  Privacy Policy  |  Terms of Use  |  Contact')
    return d
