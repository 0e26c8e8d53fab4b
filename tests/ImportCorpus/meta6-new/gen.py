"""Writes the meta6-new cases (invented, written after the meta6 rules, measured once): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

P = lambda *lines: list(lines)

# A whole issue of the Terrorism Monitor: one unsigned brief under "IN BRIEF", two features; the masthead dates it.
issue = P(
    'TERRORISM MONITOR',
    'Analysis of political violence across the world',
    '',
    'VOLUME XXVII  •  ISSUE 6  •  MARCH 19, 2029',
    '',
    'IN THIS ISSUE',
    '  Harbour Guards Turn to Kidnapping on the Veltra Coast',
    '  The Cement Cartel: How a Militia Taxes Reconstruction in Eastern Korvath',
    '    By Selin Adebayo-Nord',
    '  Online Recruiters Move to Gaming Chat Rooms',
    '    By Tomas Ilunga-Berg',
    '',
    'IN BRIEF',
    '',
    'Harbour Guards Turn to Kidnapping on the Veltra Coast',
    '',
)
brief = [
    'On the night of March 2, armed men in two speedboats seized the owner',
    'of a fish-processing plant at the harbour of Port Iskel and took him',
    'to one of the islands off the coast. The men wore the uniforms of the',
    'private harbour guard that the plant and its neighbours pay to patrol',
    'the quays (Veltra Coast Radio, March 4). A ransom was paid a week later.',
    '',
    'It was the third kidnapping on the coast this year in which the',
    'guards appear to have turned on the businesses that hire them. The',
    'provincial police say the guard companies recruit former fighters',
    'of the coastal militia disbanded in 2026, and that no one checks who',
    'they employ.',
    '',
]
feat1 = [
    'The Cement Cartel: How a Militia Taxes Reconstruction in Eastern',
    'Korvath',
    '',
    'By Selin Adebayo-Nord',
    '',
]
feat1_text = [
    'Three years after the fighting in eastern Korvath ended, the towns',
    'of the Amber valley are being rebuilt with money from donors and the',
    'central government. Much of that money passes through the hands of a',
    'militia that never disarmed. Its members no longer man checkpoints;',
    'they sell cement.',
    '',
    'The militia controls the only two cement depots in the valley and',
    'the trucks that supply them. Contractors who buy elsewhere find their',
    'sites visited at night, their machines damaged and their workers',
    'warned to stay at home. Local officials estimate that the militia adds',
    'a fifth to the price of every bag sold in the valley.',
    '',
    'The donors know this. Several of them have commissioned studies of',
    'the problem, and at least one has paused its housing programme. But',
    'no one has yet found a way to rebuild the valley without buying',
    'cement, and no one has found cement the militia does not sell.',
    '',
    'Selin Adebayo-Nord is a researcher who has worked in eastern Korvath',
    'since 2024.',
    '',
]
feat2 = [
    'Online Recruiters Move to Gaming Chat Rooms',
    '',
    'By Tomas Ilunga-Berg',
    '',
]
feat2_text = [
    'Recruiters for violent groups have long used the platforms where',
    'young people spend their time. As the large social networks removed',
    'their channels faster, the recruiters moved to the chat rooms of',
    'online games, where moderation is thin and conversations vanish.',
    '',
    'Court records from two trials last year show how the approach works.',
    'A recruiter joins a team, plays for weeks, and only then invites the',
    'most isolated players to a private room. There, the talk turns from',
    'the game to grievances, and from grievances to the group.',
    '',
    'Game companies say they are hiring more moderators. Researchers say',
    'that moderation alone will not do, because the recruiters are patient',
    'and the rooms are many.',
]
lines = issue + ['>' + l if l else l for l in brief] + feat1 + ['>' + l if l and not l.startswith('Selin') and not l.startswith('since') else l for l in feat1_text] + feat2 + ['>' + l if l else l for l in feat2_text]
# Only one article per labels file in this writer: the issue's three are written by hand below.
text = []
marks = []
for l in lines:
    text.append(l[1:] if l.startswith('>') else l)
    marks.append(l.startswith('>'))
open('n01_tm_issue_in_brief.txt', 'w').write('\n'.join(text) + '\n')
def ranges(a, b):
    out, start = [], None
    for n in range(a, b + 1):
        if marks[n - 1] and start is None: start = n
        if (not marks[n - 1] or n == b) and start is not None:
            end = n if marks[n - 1] else n - 1
            out.append(f'{start}-{end}' if end > start else f'{start}'); start = None
    return ', '.join(out)
t1 = text.index('The Cement Cartel: How a Militia Taxes Reconstruction in Eastern') + 1
t2 = text.index('Online Recruiters Move to Gaming Chat Rooms', 12) + 1
art = lambda title, authors, kind, rng: [f'  - title: "{title}"', f'    authors: [{", ".join(chr(34)+a+chr(34) for a in authors)}]', '    date: 2029-03-19',
    f'    kind: {kind}', '    publication: "Terrorism Monitor"', '    volume: 27', '    issue: 6', f'    text: [{rng}]']
open('n01_tm_issue_in_brief.labels.yml', 'w').write('\n'.join(['# Labels for n01_tm_issue_in_brief.txt (format: tests/ImportCorpus/README.md)', 'articles:']
    + art('Harbour Guards Turn to Kidnapping on the Veltra Coast', [], 'brief', ranges(16, t1 - 1))
    + art('The Cement Cartel: How a Militia Taxes Reconstruction in Eastern Korvath', ['Selin Adebayo-Nord'], 'feature', ranges(t1, t2 - 1))
    + art('Online Recruiters Move to Gaming Chat Rooms', ['Tomas Ilunga-Berg'], 'feature', ranges(t2, len(text)))) + '\n')
open('n01_tm_issue_in_brief.yml', 'w').write('site: https://www.harwood-foundation.example/\n')

write('n02_tm_web_cement_cartel', [
    'Skip to content',
    'HARWOOD FOUNDATION',
    'Programs   Research   Experts   Events   Donate',
    'Terrorism Monitor  ›  Europe  ›  Korvath',
    '',
    'The Cement Cartel: How a Militia Taxes Reconstruction in Eastern Korvath',
    '',
    'Selin Adebayo-Nord',
    'Research Fellow  ·  Eastern Europe Program',
    'Published: Monday, March 19, 2029  ·  Updated: March 21, 2029',
    '',
    '>Three years after the fighting in eastern Korvath ended, the towns of the Amber valley are being rebuilt with money from donors and the central government. Much of that money passes through the hands of a militia that never disarmed. Its members no longer man checkpoints; they sell cement.',
    '>The militia controls the only two cement depots in the valley and the trucks that supply them. Contractors who buy elsewhere find their sites visited at night, their machines damaged and their workers warned to stay at home. Local officials estimate that the militia adds a fifth to the price of every bag sold in the valley.',
    '>The donors know this. Several of them have commissioned studies of the problem, and at least one has paused its housing programme. But no one has yet found a way to rebuild the valley without buying cement, and no one has found cement the militia does not sell.',
    '',
    'Share   Print   Email',
    'More from Terrorism Monitor',
    '© 2029 Harwood Foundation for Security Studies. All rights reserved.',
], dict(title='The Cement Cartel: How a Militia Taxes Reconstruction in Eastern Korvath', authors=['Selin Adebayo-Nord'], date='2029-03-19', kind='feature', publication='Terrorism Monitor', volume=27, issue=6),
    sidecar='url: https://www.harwood-foundation.example/programs/terrorism-monitor/the-cement-cartel-korvath/')

write('n03_wire_story_updated', [
    'BALTIC WIRE SERVICE',
    'World   Business   Markets   Sport   Video',
    '',
    'WORLD NEWS',
    'Ferry hijackers surrender after two-day stand-off in Sund harbour',
    '',
    'By Karin Ostby-Mensah',
    'Last updated: 5 April 2029 09:12 GMT  |  First published: 4 April 2029 18:40 GMT',
    '',
    '>SUND, April 4 (BWS) - Four men who seized a passenger ferry in Sund harbour surrendered to police on Wednesday evening after a two-day stand-off, the regional police chief said.',
    '>All 38 passengers and crew were released unharmed, the chief told reporters at the quayside. The men had demanded the release of a relative held on smuggling charges.',
    '>Police divers searched the ferry overnight for explosives. None were found, a police spokeswoman said on Thursday.',
    '',
    'Reporting by Karin Ostby-Mensah; editing by Paul Varga',
    '© 2029 Baltic Wire Service. All rights reserved.',
], dict(title='Ferry hijackers surrender after two-day stand-off in Sund harbour', authors=['Karin Ostby-Mensah'], date='2029-04-04', kind='news', publication='Baltic Wire Service'),
    sidecar='url: https://www.balticwire.example/world/ferry-hijackers-surrender-sund-harbour-2029-04-04/')

write('n04_ministry_notice_numeric', [
    'MINISTRY OF COASTAL AFFAIRS — Serving the People of Orlan',
    'Home  >  Notices  >  Public notices',
    '',
    'PUBLIC NOTICE',
    '',
    'Temporary closure of the Kessel Bay anchorage to private vessels',
    '',
    'Reference: MCA/PN/2029/118',
    'Date of publication: 22/04/2029',
    '',
    '>The Ministry of Coastal Affairs informs the public that the Kessel Bay anchorage will be closed to private vessels from 25 April 2029 until further notice.',
    '>The closure follows two attempts to land weapons from small boats in the bay in the past month. Fishing vessels registered in the district may continue to use the anchorage.',
    '>Owners of private vessels now moored in the bay must move them to the marina at Port Veda before the closure takes effect.',
    '',
    'Contact the Ministry  |  Accessibility  |  Privacy',
    '© Ministry of Coastal Affairs of Orlan 2029',
], dict(title='Temporary closure of the Kessel Bay anchorage to private vessels', authors=[], date='2029-04-22', kind='notice', publication='Ministry of Coastal Affairs'),
    sidecar='url: https://coastal.orlan.gov.example/notices/public/2029/118')

write('n05_podcast_episode_aired', [
    'THE FAULT LINES PODCAST',
    'Episodes   Hosts   Subscribe   Support',
    '',
    'Episode 41: The smugglers of the salt lakes',
    '',
    'Hosted by Rania Voss-Okafor',
    'Aired 9 May 2029  ·  43 min',
    '▶ Play episode',
    '',
    '>Every spring, when the salt lakes dry, caravans of trucks cross them at night. They carry fuel, cigarettes and, increasingly, weapons. In this episode Rania Voss-Okafor talks to a driver who made the crossing for six years.',
    '>He describes the checkpoints the armed groups run on the far shore, the fees they charge and the nights when the fees were not enough.',
    '>We also hear from a customs officer who says the lakes cannot be policed without the help of the people who live around them.',
    '',
    'Transcript',
    'Subscribe wherever you get your podcasts.',
    '© 2029 Fault Lines Media',
], dict(title='Episode 41: The smugglers of the salt lakes', authors=['Rania Voss-Okafor'], date='2029-05-09', kind='podcast', publication='The Fault Lines Podcast'),
    sidecar='url: https://faultlines-podcast.example/episodes/41-the-smugglers-of-the-salt-lakes')

write('n06_opinion_blog_urldate', [
    'The Harbour Ledger',
    'News   Opinion   Business   Culture',
    '',
    'OPINION',
    'Our ports need fewer guards and more clerks',
    '',
    'Hamid Oyelaran-Frost',
    '',
    '>Every year the port authority hires more guards, and every year more contraband passes through the quays. The guards are not the problem, but they are not the answer either.',
    '>What stops smugglers is paperwork: clerks who check manifests against cargo, and who are paid well enough not to look away. The port has fewer of them now than it did ten years ago.',
    '>If the authority wants a safer harbour, it should spend next year\'s budget on people who read documents, not on people who carry rifles.',
    '',
    'Hamid Oyelaran-Frost is a former customs inspector.',
    'Comments (12)',
    '© 2029 The Harbour Ledger',
], dict(title='Our ports need fewer guards and more clerks', authors=['Hamid Oyelaran-Frost'], date='2029-05-14', kind='opinion', publication='The Harbour Ledger'),
    sidecar='url: https://www.harbourledger.example/opinion/2029/05/14/ports-need-clerks/')
