"""Writes the meta6-dev cases (invented) and their labels: lines marked '>' are article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

write('d01_network_post_card_date', [
    'Linkwell',
    'Home   Network   Jobs   Messages   Alerts   Me',
    '',
    'What the harbour fee ledgers tell us about militia finance',
    '',
    'Astrid Okonkwo-Lind',
    'Head of Trade Risk at Meridian Bank | Former customs officer | Mentor',
    'Published April 2, 2029',
    '+ Follow',
    '',
    '>Last month I spent a week with harbour clerks in three small ports, going through the fee ledgers they keep by hand. I expected to find nothing unusual. Instead I found a pattern that our screening tools would never see.',
    '',
    '>In each port a handful of boats paid the same odd fee every week, a few dollars above the official rate. The clerks called it the quiet fee. It went to a man who collected it for the militia that controls the coast road.',
    '',
    '>None of this shows up in a bank transfer. It is cash, it is small, and it is regular. If we want to follow militia money, we need to look at ledgers like these, not only at wire payments.',
    '',
    'Like   Comment   Repost   Send',
    '© 2029 Linkwell Corporation',
], dict(title='What the harbour fee ledgers tell us about militia finance', authors=['Astrid Okonkwo-Lind'], date='2029-04-02', kind='null', publication='Linkwell'),
    sidecar='url: https://www.linkwell.example/pulse/harbour-fee-ledgers-militia-finance-astrid-okonkwo-lind-7xq1')

write('d02_register_notice_tagline', [
    'REPUBLIC OF ORVANE',
    'THE ORVANE REGISTER — Published by Authority of the Government',
    '',
    'Home   Current issue   Notices   Search   Subscriptions',
    '',
    'Register Notice No. 4410',
    '',
    'The Maritime Security Act — Designation of Restricted Anchorages',
    '',
    'Date of issue: 3 March 2029   |   Category: Notices   |   Ministry of Ports',
    '',
    'Print   |   PDF',
    '',
    '>IN EXERCISE of the powers conferred by section 12 of the Maritime Security Act, the Minister for Ports designates the anchorages listed in the Schedule as restricted anchorages.',
    '>No vessel shall anchor in a restricted anchorage without the written permission of the harbour master of the nearest port.',
    '>This notice takes effect on the day it is published and remains in force until it is revoked.',
    '',
    '© 2029 Government of Orvane',
], dict(title='The Maritime Security Act — Designation of Restricted Anchorages', authors=[], date='2029-03-03', kind='notice', publication='The Orvane Register'),
    sidecar='url: https://register.orvane.gov.example/notices/2029/4410')

write('d03_url_dated_blog', [
    'Coastline Heritage Trust',
    'Home   Visit   Collections   Blog   Support us',
    '',
    'Cleaning the lighthouse keepers\' logbooks',
    '',
    'Posted in Archives  |  Mirela Santos-Hughes, Archivist  |  4 Comments',
    '',
    '>The logbooks the keepers of the north light kept for eighty years reached our workroom in a damp crate last winter. Some pages had stuck together; others had faded almost to nothing.',
    '>We began by drying the volumes slowly, one at a time, in a room kept cool and dark. Only then could we separate the pages with a thin spatula and read what the keepers wrote.',
    '>The entries are short: the weather, the ships that passed, the oil burned each night. Read together, they tell the story of a coast that saw more traffic, and more smuggling, than anyone remembered.',
    '',
    'Leave a reply',
    'Your email address will not be published.',
], dict(title="Cleaning the lighthouse keepers' logbooks", authors=['Mirela Santos-Hughes'], date='2029-04-18', kind='blog', publication='Coastline Heritage Trust'),
    sidecar='url: https://www.coastline-heritage.example/blog/2029/04/18/cleaning-the-logbooks/')

write('d04_quarry_announcement_ltd', [
    'VELMAR QUARRY HOLDINGS LTD',
    'Investors  |  Operations  |  Careers  |  Media',
    'Investor Centre > Announcements > 2029',
    '',
    'Closure of the North Face Quarry After an Attack on a Fuel Convoy',
    '',
    'Posted 14 May 2029 by Ines Calloway-Brandt',
    '',
    'Price sensitive: YES                                  Pages: 1',
    '',
    '>Velmar Quarry Holdings Ltd ("Velmar") advises that it has closed the North Face quarry after an attack on a convoy of fuel trucks on the evening of 13 May 2029.',
    '>No employee was hurt. Two contractors\' drivers were treated for minor injuries and released the same night.',
    '>The company will reopen the quarry once the provincial police confirm that the access road is safe.',
    '',
    '© 2029 Velmar Quarry Holdings Ltd. Forward-looking statements disclaimer.',
], dict(title='Closure of the North Face Quarry After an Attack on a Fuel Convoy', authors=['Ines Calloway-Brandt'], date='2029-05-14', kind='announcement', publication='Velmar Quarry Holdings'),
    sidecar='url: https://www.velmarquarry.example/investors/announcements/2029/north-face-closure')
