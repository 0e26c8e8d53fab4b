from lib import Doc
from j02_tm_issue_no_blanks_profile import P_PARAS, P_NOTES, P_TITLE, P_AUTHOR

ROMAN = ['i', 'ii', 'iii', 'iv']


def build():
    d = Doc('j05_tm_web_roman_anchors', blank=False, web=True)
    d.sidecar = 'url: https://www.wexley.example.org/program/yusra-halabek-from-field-medic-to-commander-of-the-northern-wing/\n'
    d.notes = ['The web version of j02\'s profile: the breadcrumb\'s last genre item (Profile) is the kind; the notes are',
               'word-processor roman endnotes; the bio and the site furniture are not text.']
    a = d.art(P_TITLE, [P_AUTHOR], '2047-08-14', 'profile', 'Terrorism Monitor', 45, 16)
    d.fl('Menu',
         'THE WEXLEY FOUNDATION',
         'Research | Terrorism Monitor | Eurasia Daily Monitor | Events | Support',
         'Home > Terrorism Monitor > Profile',
         P_TITLE,
         'Publication: Terrorism Monitor',
         'Volume: 45 Issue: 16',
         'By: Dr. Henrik Sallowe-Mbeki',
         'August 14, 2047 11:02 AM Age: 2 days',
         'Print  |  Email  |  Share')
    for i, t in enumerate(P_PARAS):
        for k in range(1, 5):
            t = t.replace('{%d}' % k, '[[%s]](#_edn%d)' % (ROMAN[k - 1], k))
        d.tl(a, t)
    for k, n in enumerate(P_NOTES, 1):
        d.tl(a, '[[%s]](#_ednref%d) %s' % (ROMAN[k - 1], k, n))
    d.fl('Henrik Sallowe-Mbeki is a lecturer in conflict studies at Harrowfield University.',
         'Related',
         'One Treasury, Two Fronts: The Finances Behind the Coastal Bombing Campaign',
         'Fuel Smugglers and Militants Share the Corridor Through Ashkelvar',
         'Support independent analysis. Give today.',
         'Loading comments...',
         '\u00a9 2047 The Wexley Foundation. All rights reserved. | Privacy')
    return d
