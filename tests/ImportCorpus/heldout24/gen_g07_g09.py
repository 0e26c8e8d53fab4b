import pdfkit
from pdfkit import fill_blanks, wrapped
from corpusgen import write

# g07: a parliamentary committee's written-evidence page: crawler YAML (description unknown), parliament masthead with
# the committee's own navigation, inquiry line, `Written evidence submitted by Dr NAME (CODE)` as the title,
# `Published` date, HTML/PDF switch, contents, numbered paragraphs, markers glued to sentence ends with a footnote list,
# a closing month line, back to top, parliamentary copyright; sidecar url.
T = "Written evidence submitted by Dr Orla Fenwick-Adu (CTB0017)"
L = ['---', 'title: "%s - Committees - Parliament of Carvenna"' % T,
     'source: https://committees.parliament-carvenna.example/writtenevidence/14203/html/',
     'date: 2031-01-27', 'description: unknown', '---',
     'Skip to main content',
     'Cookies on the Parliament website',
     "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site. Accept additional cookies | Reject additional cookies | View cookies",
     'Parliament of Carvenna',
     'Committees',
     'Home | Committees | Inquiries | Publications | Contact us',
     'Home Affairs and Security Committee',
     'Committee home   Inquiries   Publications   Oral evidence   Written evidence   Members   News',
     'Inquiry: Counter-terrorism and community policing',
     T,
     'Published 27 January 2031',
     'HTML | PDF (203 KB)',
     'Contents', 'Summary', 'Referral pathways', 'Community trust', 'Recommendations',
     '>Summary',
     '>1.1 This submission draws on three years of research with police officers, youth workers and families in the Eastgate and Morrow districts of Valmouth. It addresses the inquiry\'s second and fourth questions: how referrals to the prevention programme are made, and what effect the programme has had on relations between the police and the communities most often referred.',
     '>1.2 In brief, referrals have become more numerous but less well founded, and the gap between what the programme promises and what families experience has damaged the trust on which community policing depends. The Committee may wish to consider the recommendations set out in section 4.',
     '>Referral pathways',
     '>2.1 Referrals to the prevention programme rose by 38 per cent between 2027 and 2029.1 Over the same period, the proportion of referrals that led to any form of support fell from just under a third to fewer than one in six. The most common source of referrals is now the education sector, followed by health services and only then by the police themselves.',
     '>2.2 Practitioners we interviewed described a culture of referring \u201cto be safe\u201d: a teacher who is unsure whether a pupil\'s remark is a cause for concern is, in their words, more likely to be criticised for failing to refer than for referring unnecessarily. This is understandable, but it means that the programme spends much of its capacity on cases that its own assessors quickly close.2',
     '>2.3 The families of those referred are rarely told why. Of the 41 families we interviewed, 29 said they had received no explanation beyond a letter inviting them to a meeting, and several believed, wrongly, that the referral would appear on a criminal record.',
     '>Community trust',
     '>3.1 Community officers in both districts told us that the programme had made their work harder. Residents who had once approached them with concerns about young people now hesitated, fearing that a conversation might lead to a referral. One officer described the change as \u201cthe loss of the quiet word\u201d, the informal exchange that used to resolve many problems before they became serious.',
     '>3.2 This loss matters for security as well as for community relations. Several of the most significant warnings received by the police in recent years came from family members and neighbours, not from formal referrals.3 A programme that discourages such conversations risks closing off the channel on which prevention most depends.',
     '>Recommendations',
     '>4.1 The Committee should recommend that every family whose member is referred receives a written explanation of the reasons for the referral and of the fact that it does not create a criminal record.',
     '>4.2 The guidance issued to schools should be revised to distinguish more clearly between concerns that call for a referral and those that call for a conversation, and the Department should publish the number of referrals closed without further action by sector each year.',
     '>4.3 Community officers should be given the discretion, and the time, to resolve low-level concerns informally, with a record kept of their decisions so that the practice can be reviewed.',
     '>1 Department of Home Affairs, Prevention programme statistics 2027\u201329, table 2.',
     '>2 Interviews with practitioners in Eastgate and Morrow, March to October 2030.',
     '>3 See the evidence given to the Committee by the Chief Constable on 14 January 2031, Q112\u2013Q115.',
     'January 2031',
     'Back to top',
     'Parliament of Carvenna, Assembly Buildings, Valmouth VM1 2AA',
     'Accessibility statement | Cookie policy | Privacy notice | Contact',
     '\u00a9 Parliamentary copyright 2031']
write('g07_parliament_committee_written_evidence', L, dict(title=T, authors=["Orla Fenwick-Adu"], date='2031-01-27', kind='written evidence',
      publication='Home Affairs and Security Committee'), 'url: https://committees.parliament-carvenna.example/writtenevidence/14203/html/')

# g08: a government travel advisory: cookie choice, breadcrumb, `Travel advice` label, summary, `From:`, `Updated`,
# `Latest update:` line, contents, no author, headings, print, is-this-page-useful, email alerts, topics, licence footer.
T = "Maravessa travel advice"
L = ['Skip to main content',
     'Cookies on aldania.gov.example',
     "We'd like to use additional cookies to remember your settings and understand how you use our services.",
     'Accept additional cookies   Reject additional cookies   View cookies',
     'aldania.gov.example',
     'Menu',
     'Search',
     'Home', 'Foreign travel', 'Maravessa',
     'Travel advice',
     T,
     'Official advice from the Foreign and Consular Office on safety and security, terrorism, kidnap and getting help in Maravessa.',
     'From: Foreign and Consular Office',
     'Updated 3 February 2031',
     "Latest update: Updated information on the risk of terrorism in the Northern Districts and on the Qaruna highway ('Terrorism' and 'Kidnap' sections).",
     'Contents', 'Warnings and insurance', 'Terrorism', 'Kidnap', 'Protests', 'Getting help',
     'Print this page',
     '>Warnings and insurance',
     '>The Foreign and Consular Office advises against all travel to the Northern Districts of Maravessa and against all but essential travel on the Qaruna highway north of the town of Sefet. Your travel insurance may be invalidated if you travel against this advice.',
     '>Terrorism',
     '>There is a high threat of terrorist attack in Maravessa. Attacks are likely to be indiscriminate and could affect places visited by foreigners, including hotels, markets, places of worship and transport hubs.',
     '>Since November 2030, an armed group active in the Northern Districts has carried out several attacks on vehicles travelling on the Qaruna highway, including a bus carrying foreign aid workers in January 2031. The group has said that it regards foreign nationals as legitimate targets.',
     '>In the capital, Ourane, security has been increased around government buildings and embassies. You should stay alert in crowded places, follow the advice of the local authorities and keep up to date with local media reports.',
     '>Kidnap',
     '>There is a high threat of kidnap throughout the north of the country. Foreign nationals have been kidnapped for ransom and for political reasons, and some have been held for long periods. The long-standing policy of the Aldanian government is not to make substantive concessions to hostage-takers.',
     '>Protests',
     '>Demonstrations take place regularly in Ourane and other cities, particularly near the parliament and on Independence Avenue. Most are peaceful, but some have turned violent and the police have used tear gas. Avoid protests and large gatherings.',
     '>Getting help',
     '>If you need urgent help because something has happened to a friend or relative in Maravessa, call the Foreign and Consular Office on +44 20 0000 4100 at any time. The Aldanian Embassy in Ourane can provide consular assistance during office hours.',
     'Get email alerts',
     'Sign up to get emails when this travel advice is updated.',
     'Is this page useful?', 'Yes', 'No', 'Report a problem with this page',
     'Topics', 'Foreign travel advice', 'Africa',
     'Help   Privacy   Cookies   Accessibility statement   Contact',
     'All content is available under the Open Government Licence v3.0, except where otherwise stated',
     '\u00a9 State of Aldania copyright']
write('g08_gov_travel_advisory', L, dict(title=T, authors=[], date='2031-02-03', kind='travel advice',
      publication='Foreign and Consular Office'), 'url: https://www.aldania.gov.example/foreign-travel-advice/maravessa')

# g09: a security consultancy's client brief as PDF text, hard-wrapped at 76 without hyphenation: firm masthead,
# label and classification on one line, reference, `Prepared by:` with role and a `Reviewed by:` (not an author),
# key judgements as dashes, a risk table, numbered recommendations, page footers `Page N of 3`, disclaimer; no sidecar.
W = 76
def foot(n): return ['', 'Harrowgate Risk Partners  |  Client Brief HRP-CB-31-014  |  Page %d of 3' % n, '']
L = ['HARROWGATE RISK PARTNERS', 'Intelligence & Advisory', '',
     'CLIENT BRIEF                                 CLASSIFICATION: CLIENT CONFIDENTIAL',
     'Ref: HRP-CB-31-014                           Distribution: named recipients only', '',
     'Port Selvane: Elevated Threat to Logistics Convoys After Depot Attack', '',
     'Prepared by: Ilse Marrow-Quaye, Senior Analyst, West Africa Desk',
     'Reviewed by: Tobias Enwright, Head of Intelligence',
     'Date: 12 March 2031', '',
     '>KEY JUDGEMENTS', '']
for kj in ["- The 9 March attack on a fuel depot at Port Selvane marks the first time the Coastal Liberation Front has struck inside the port's security perimeter. We assess that the group is likely to attempt further attacks on port infrastructure within the next three months.",
           "- Convoys leaving the port on the N4 corridor face an elevated risk of ambush and of extortion at improvised roadblocks, particularly between kilometre 40 and the Belo Hori junction.",
           "- The national police's capacity to respond outside the port area remains limited, and we do not expect a significant improvement before the end of the rainy season."]:
    L += wrapped(kj, W) + ['']
L += ['>BACKGROUND', '']
for p in ["On the night of 9 March, a group of between six and ten armed men cut through the perimeter fence of the Selmar fuel depot, on the northern edge of the port, and placed incendiary devices on two storage tanks. One tank was destroyed and a second damaged; a night watchman was killed. The Coastal Liberation Front claimed the attack the following day in a statement that named the depot's operator and threatened \"all companies that profit from the theft of our coast\".",
          "The group has been active in the coastal districts since 2029, but its attacks have until now targeted police posts and isolated facilities well away from the port. Its ability to enter the perimeter suggests either a significant improvement in its capabilities or, more likely in our assessment, assistance from someone with knowledge of the depot's security arrangements."]:
    L += wrapped(p, W) + ['']
L = L[:-1] + foot(1)
L += ['>RISK ASSESSMENT', '',
      '>  Location / route             Threat                 Likelihood  Impact  Trend',
      '>  Port Selvane, port area       Sabotage, arson        Medium      High    Rising',
      '>  N4 corridor, km 0-40          Extortion, theft       Medium      Medium  Stable',
      '>  N4 corridor, km 40-Belo Hori  Ambush, kidnap         High        High    Rising',
      '>  Selvane city centre           Protest, unrest        Low         Medium  Stable', '']
for p in ["The rising trend on the N4 corridor reflects two incidents in February in which lorries were stopped at improvised roadblocks and their drivers held for several hours before being released on payment. Neither incident was claimed, but both took place in areas where the Coastal Liberation Front is known to operate."]:
    L += wrapped(p, W) + ['']
L += ['>RECOMMENDATIONS', '']
for r in ["1. Clients moving goods on the N4 corridor should avoid travel between kilometre 40 and the Belo Hori junction after 16:00 and should not travel in convoys of fewer than three vehicles.",
          "2. Clients with facilities in the port area should review access arrangements for contractors and night staff, and should confirm that perimeter lighting and alarms are tested weekly.",
          "3. Clients should brief drivers on procedures at roadblocks, including the instruction not to resist, and should ensure that every vehicle carries a working satellite tracker."]:
    L += wrapped(r, W) + ['']
L = L[:-1] + foot(2)
L += wrapped("This brief has been prepared for the exclusive use of the named recipients and may not be forwarded or reproduced without the written consent of Harrowgate Risk Partners. It is based on information believed to be reliable at the time of writing, but no warranty is given as to its accuracy or completeness.", W, mark=False)
L += ['', '24/7 Operations Desk: +44 20 0000 7731  |  ops@harrowgate-risk.example', '', 'Harrowgate Risk Partners  |  Client Brief HRP-CB-31-014  |  Page 3 of 3']
write('g09_consultancy_client_brief_risk_table', fill_blanks(L), dict(title="Port Selvane: Elevated Threat to Logistics Convoys After Depot Attack",
      authors=["Ilse Marrow-Quaye"], date='2031-03-12', kind='client brief', publication='Harrowgate Risk Partners'), None, one_line=False)
