"""Writes the lines15-new cases (issue 6, the line model): invented scraped pages whose furniture shapes the line model
was not trained on, with short real lines (list rows, a heading between paragraphs, a one-line quote, a question turn)
among the prose. Written and labelled before any import run on them; '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

def L(title, authors, date, kind, pub):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=pub)

# 1. A documentation-style explainer: reading time, an on-this-page list, edit/helpful prompts at the foot.
write('z01_docs_tideguide', [
    'Tidewater Data Handbook',
    'Docs / Guides / Reading tide gauges',
    'Reading tide gauges without a datum',
    'By Maelis Okonkwo-Hart | Updated 14 February 2031',
    'Reading time: 6 min',
    'On this page',
    'Why datums matter',
    'A worked example',
    'Further reading',
    '>Most volunteers who join the gauge network are handed a staff and a notebook and told to write down what they see at high water. The numbers are useful only if everyone agrees what zero means, and along this coast they often do not.',
    '>Why datums matter',
    '>A datum is the level from which heights are counted. Chart datum, the local survey datum and the level painted on an old harbour wall can differ by more than a metre, and a record kept against the wrong one makes a calm spring look like a flood.',
    '>That is the whole problem.',
    '>A worked example',
    '>At Sallow Quay the painted mark sits 0.84 metres above chart datum. A reading of 3.10 on the staff is therefore 3.94 metres above chart datum, which is what the tide tables print, and the two can be compared directly.',
    '>Check the mark against the survey bench mark once a year.',
    '>Write the datum at the top of every page of the notebook.',
    '>Never copy a reading from another gauge without its datum.',
    'Edit this page',
    'Was this page helpful? Yes / No',
    'Previous: Installing a tide staff',
    'Next: Sending readings by text message',
    'Licensed CC BY-SA 4.0 · Tidewater Data Collective',
], L('Reading tide gauges without a datum', ['Maelis Okonkwo-Hart'], '2031-02-14', 'explainer', 'Tidewater Data Handbook'),
   'url: https://handbook.tidewater-data.example/guides/tide-gauges-datum\n')

# 2. A local radio station's news story: live-player strip, schedule rail, studio contacts, travel bulletin teaser.
write('z02_radio_bridge', [
    'Radio Kestrel 96.4',
    'LISTEN LIVE ▶  Now playing: The Breakfast Show with Ifeoma & Jory',
    'News | Sport | Travel | What\'s On | Competitions',
    'Bridge repairs push lorries through Wendle village',
    'Radio Kestrel Newsroom',
    'Tuesday 4 March 2031, 07:42',
    '>Heavy goods vehicles have been sent through the middle of Wendle for the next six weeks while the county repairs the bearings of the Oxmere bridge on the bypass.',
    '>Residents say lorries have already damaged two garden walls on Church Lane, which is barely wide enough for a car and a bicycle to pass.',
    '>"We were told it would be signed as a diversion for cars only," said Hattie Selborne, who chairs the parish council.',
    '>The county said it had asked hauliers to use the longer route through Amberfold and would put a weight limit on Church Lane if the advice was ignored.',
    '>The bridge is expected to reopen to all traffic on 15 April.',
    'Got a story? Text the newsroom on 07700 900 464',
    'Travel news every 20 minutes at peak times',
    'Coming up: Midday with Saskia Vell, 12:00 – 15:00',
    'Download the Radio Kestrel app · Ask your smart speaker to play Radio Kestrel',
    'Radio Kestrel is part of Fenland Sound Ltd. Ofcom licence AL 100417.',
], L('Bridge repairs push lorries through Wendle village', [], '2031-03-04', 'news', 'Radio Kestrel 96.4'),
   'url: https://www.radiokestrel.example/news/bridge-repairs-wendle\n')

# 3. A trade paper with a jobs rail and an events rail inside the page, and a correction line that is article text.
write('z03_trade_pilots', [
    'Pilotage Weekly',
    'Subscribe | Log in | Jobs | Events',
    'Pilot shortage delays deep-draught arrivals at Carrow',
    'By Dorian Achterberg',
    '9 January 2031',
    '>Three tankers waited more than a day at anchor off Carrow last week because the port had no pilot licensed for ships of their draught available, the harbour authority has confirmed.',
    '>The authority employs eleven pilots, of whom only four hold the highest class of licence. Two of them are on long-term sick leave and one retires in March.',
    'JOBS BOARD',
    'Marine Pilot (Class 1) — Port of Saltmarsh — £78,000 + benefits',
    'Harbour Master — Lowfield Estuary Trust — competitive',
    'View all 37 vacancies →',
    '>Training a pilot to the highest class takes about four years, according to the pilots\' association, which has asked for a national scheme to share the cost between ports.',
    '>Correction: an earlier version of this story gave the number of pilots as twelve.',
    'UPCOMING EVENTS',
    'Pilotage & Towage Conference 2031 · 18–19 March · Rotterdam · Book now',
    'Webinar: Fatigue rules for pilots · 2 February · Free for subscribers',
    '© Pilotage Weekly Media 2031 · Terms · Privacy · Cookie settings',
], L('Pilot shortage delays deep-draught arrivals at Carrow', ['Dorian Achterberg'], '2031-01-09', 'news', 'Pilotage Weekly'),
   'url: https://www.pilotageweekly.example/news/pilot-shortage-carrow\n')

# 4. An interview on a culture site: Q&A turns (short questions are article text), a tags line, a "you might also like" grid.
write('z04_interview_archivist', [
    'The Lantern Review',
    'Menu',
    'Interviews',
    '“An archive is a promise”: a conversation with Ruth Abendroth',
    'Interview by Caspar Liang',
    'Published 22 November 2030',
    '>Ruth Abendroth has run the municipal archive of Velmar for nineteen years. We met her in the reading room, which reopened this autumn after a flood.',
    '>What did the flood take?',
    '>Less than we feared. The parish registers were on the top floor. We lost the building permits from the nineteen-sixties, which people still ask for when they sell a house.',
    '>Can they be rebuilt?',
    '>Some of them. The planning office kept copies of about half, and families have been bringing in their own.',
    '>Why does it matter?',
    '>Because an archive is a promise that somebody will be able to check what was decided, and by whom.',
    'Tags: archives, floods, Velmar, interviews',
    'You might also like',
    'The last bookbinder on Canal Street',
    'Ten photographs from the 1953 flood',
    'Why small museums are closing',
    'The Lantern Review is published by the Lantern Trust, registered charity no. 1190442.',
], L('“An archive is a promise”: a conversation with Ruth Abendroth', ['Caspar Liang'], '2030-11-22', 'interview', 'The Lantern Review'),
   'url: https://lanternreview.example/interviews/ruth-abendroth-archive\n')

# 5. A wiki-style entry: a hatnote, a maintenance banner, [edit] section links, a categories line and a last-edited line.
write('z05_wiki_lighthouse', [
    'Coastpedia',
    'Jump to navigation Jump to search',
    'Grey Ness Lighthouse',
    'For the village, see Grey Ness.',
    'This article needs additional citations for verification. Please help improve it.',
    '>Grey Ness Lighthouse is a disused lighthouse on the headland north of Porthkell. It was first lit in 1871 and automated in 1968.',
    '>History',
    '>The tower was built after the loss of the schooner Marian Jessop on the Grey Ness ledges in 1866, in which eleven crew drowned.',
    '>Its keepers kept a log of every ship that passed.',
    '>The light was discontinued in 2004 when a buoy was placed on the outer ledge, and the tower was sold to a trust that opens it in summer.',
    'Categories: Lighthouses of the north coast | Buildings completed in 1871 | Disused lighthouses',
    'This page was last edited on 3 May 2031, at 10:12.',
    'Privacy policy · About Coastpedia · Disclaimers · Mobile view',
], L('Grey Ness Lighthouse', [], 'null', 'encyclopedia', 'Coastpedia'),
   'url: https://coastpedia.example/wiki/Grey_Ness_Lighthouse\n')

# 6. A campaign group's update: a donation progress bar, a petition counter, a "share this" prompt, a legal footer.
write('z06_campaign_meadow', [
    'Save Hollins Meadow',
    'Home · Updates · Donate · Contact',
    'Planning inspector to hear meadow appeal in June',
    'Posted by the campaign team on 11 April 2031',
    '>The developer\'s appeal against the refusal of 240 houses on Hollins Meadow will be heard at a public inquiry starting on 9 June in the town hall.',
    '>Anyone can speak at the inquiry, but you need to register with the inspectorate by 12 May.',
    '>What we will argue',
    '>The meadow floods every winter and the drainage plan assumes it does not. We will also show that the bus service the developer promised was withdrawn last year.',
    '£8,420 raised of our £12,000 target — 71%',
    '3,118 people have signed the petition. Help us reach 5,000!',
    'Share this update with your neighbours',
    'Save Hollins Meadow is an unincorporated association. Promoted by J. Pell, 4 Mill Row, Hollinsford.',
], L('Planning inspector to hear meadow appeal in June', [], '2031-04-11', 'update', 'Save Hollins Meadow'),
   'url: https://savehollinsmeadow.example/updates/inquiry-june\n')
