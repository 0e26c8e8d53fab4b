from lib import Doc
from y03_tm_issue15_focus import GOLD
import re

ROMAN = ['i', 'ii', 'iii', 'iv', 'v']


def build():
    d = Doc('y06_tm_web_gold', web=True, comments=[
        'The web version of y03\'s last piece, one line per paragraph without blank lines, opening with a crawler block',
        '(title with the site-name suffix). Kind feature as in the issue. The endnotes are word-processor anchors in',
        'roman numerals with no notes heading; the bio before them, the cookie banner, menu, tags, author box link,',
        'newsletter box and footer are not text. The subheadings "From Pits to Platforms" and "What Regulators Can',
        'Do" read like titles and are text.',
    ])
    a = d.art(GOLD['title'], [GOLD['author']], '2049-07-24', 'feature', 'Terrorism Monitor', 47, 15)
    d.f('---', 'title: "' + GOLD['title'] + ' - The Wexcombe Foundation"',
        'source: "https://wexcombe.example.org/program/online-gold-markets-and-the-financing-of-the-southern-emirate/"',
        'date: 2049-07-24', 'description: "When investigators in the port of Sarrow opened a shipping container of bicycle '
        'parts in May, they found 31 kilograms of gold bars."', '---',
        'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept | Settings',
        'Menu', 'Search', 'Terrorism Monitor', 'Volume 47, Issue 15', GOLD['title'], 'By Caspar Mwangi-Holt', 'July 24, 2049')
    n = 0
    for para in GOLD['paras']:
        def sub(m):
            k = int(m.group(1))
            return f'[[{ROMAN[k-1]}]](#_edn{k})'
        para = re.sub(r'\[(\d)\]', sub, para)
        d.p(a, para)
    d.p(None, GOLD['bio'])
    for i, note in enumerate(GOLD['notes'], 1):
        d.p(a, f'[[{ROMAN[i-1]}]](#_ednref{i})' + note[3:])
    d.f('Tags: Southern Emirate, Terrorist Financing, Gold, Sarrow',
        'More by Caspar Mwangi-Holt',
        'Subscribe to Terrorism Monitor: timely analysis delivered every other week.',
        'The Wexcombe Foundation \u00b7 1420 Harbour Row NW \u00b7 All rights reserved \u00b7 Privacy')
    return d
