# g06: web version of g02's first article: no crawler block, no sidecar; a menu one item per line, publication line,
# `By:` before a weekday date, image source line, print/email/share, more-from list with dates, newsletter box.
import pdfkit
from corpusgen import write

src = open('g02_edm_issue_paralines_footers.txt').read().split('\n')
pars = src[7:10] + src[11:12] + [src[12] + ' ' + src[14]] + src[15:16]
T = "Tbilisi Tightens Oversight of Pankisi Charities After Funding Probe"
L = ['Monitor Archive', 'Menu', 'Programs', 'Regions', 'Analysts', 'Events', 'Donate',
     'Eurasia Daily Monitor', T,
     'Publication: Eurasia Daily Monitor Volume: 28 Issue: 20',
     'By: Nino Abashidze-Krall',
     'Thursday, January 29, 2031',
     'The main road into the Pankisi Gorge near Duisi, January 2031 (Source: Pankisi Voice)']
L += ['>' + p.replace("'", '\u2019') for p in pars]
L += ['Print \u00b7 Email \u00b7 Share',
      'More from Eurasia Daily Monitor',
      "Kazakhstan\u2019s New Border Guard Drones Face Their First Winter on the Caspian",
      'January 29, 2031',
      'Armenia Weighs a Border Police Reform After Syunik Clashes',
      'January 27, 2031',
      'Stay informed: get the Eurasia Daily Monitor delivered to your inbox every weekday.',
      'Email address', 'Subscribe',
      '\u00a9 2031 Monitor Archive \u00b7 Privacy \u00b7 Accessibility']
write('g06_edm_web_pankisi', L, dict(title=T.replace("'", '\u2019'), authors=["Nino Abashidze-Krall"], date='2031-01-29', kind='feature',
      publication='Eurasia Daily Monitor', volume=28, issue=20))
