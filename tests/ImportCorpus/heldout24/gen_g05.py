# g05: web version of g01's second feature on the publisher's site: crawler YAML block (author: the site), cookie line,
# `Publication: … Volume: 29 Issue: 3` line, date with age, `By:` two names with a comma, listen line, photo source,
# notes, bio, share, related, sign-up, footer; sidecar url.
import re
from pdfkit import unwrap
from corpusgen import write

fur = lambda l: l.startswith('Terrorism Monitor  ') or l.isdigit()
pars = unwrap('g01_tm_issue_runon_header', [(179, 236)], furniture=fur)
notes = unwrap('g01_tm_issue_runon_header', [(240, 259)], furniture=fur)
curly = lambda s: s.replace("'", '\u2019')
T = "The Ledger and the Lorry: How Fuel Smuggling Finances Militants in the Tillaberi Borderlands"
L = ['---', 'title: "%s | Monitor Archive"' % T,
     'source: https://monitor-archive.example.org/program/the-ledger-and-the-lorry-how-fuel-smuggling-finances-militants/',
     'date: 2031-02-06',
     'description: "A smuggling network\'s ledger shows how payments on the fuel routes into western Niger fund the armed groups that guard them."',
     'author: Monitor Archive', 'hostname: monitor-archive.example.org', '---',
     'Skip to content',
     'Programs   Experts   Events   Publications   Support Us   Search',
     'We use cookies to understand how visitors use our site. Accept all | Manage preferences',
     'Home / Terrorism Monitor / Volume 29, Issue 3',
     T,
     'Publication: Terrorism Monitor Volume: 29 Issue: 3',
     'February 6, 2031 02:40 PM Age: 3 days',
     'By: Ana Catarina Holloway-Ndiaye, Pyotr Saarinen-Obi',
     'Listen to this article \u00b7 7 min',
     'Fuel drums for sale at a roadside market near Tera, Niger, December 2030. (Source: Authors)']
L += ['>' + curly(p) for p in pars]
L += ['Notes:']
L += ['>' + curly(n) for n in notes]
L += ['Ana Catarina Holloway-Ndiaye is a doctoral researcher at the University of Lisbon who studies informal economies in the central Sahel. Pyotr Saarinen-Obi is an independent analyst based in Niamey and a regular contributor to Terrorism Monitor.',
      'Share: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Email \u00b7 Print',
      'Related',
      'Who Collects on the Road? \u2014 Terrorism Monitor, Volume 28, Issue 19',
      'Mortars on the Montepuez Road: A Splinter Faction Tests Mozambique\u2019s Northern Defences \u2014 Terrorism Monitor, Volume 29, Issue 3',
      'Get Terrorism Monitor in your inbox. Enter your email address  Sign up',
      'About   Staff   Careers   Contact   Privacy Policy   Terms of Use',
      '\u00a9 2031 Monitor Archive. All rights reserved.']
write('g05_tm_web_ledger_yaml', L, dict(title=T, authors=["Ana Catarina Holloway-Ndiaye", "Pyotr Saarinen-Obi"], date='2031-02-06',
      kind='feature', publication='Terrorism Monitor', volume=29, issue=3),
      'url: https://monitor-archive.example.org/program/the-ledger-and-the-lorry-how-fuel-smuggling-finances-militants/')
