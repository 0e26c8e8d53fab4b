"""Writes the meta17-dev cases (invented): date shapes of scraped pages, and site names; lines marked '>' are article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402


write('d01_news_abbreviated_month_teasers', [
    'The Tidewater Courier',
    'News   Sport   Business   Opinion   Obituaries',
    'Local News',
    'Harbour board keeps night ferries running during inquiry',
    'By Agnes Whitcombe-Lund',
    'Oct. 2, 2030',
    ">The harbour board met on Monday to decide whether the night ferries should keep running while the inquiry into last month's collision goes on. Members heard from pilots, from the ferry company and from residents of the two island villages that depend on the service.", '>The pilots said the channel markers had been moved twice in a year without notice, and that the night crossing was safe only when the markers were lit. The company said it had asked the board for new lights in the spring and had heard nothing since.', '>Residents asked the board not to stop the crossings. For many of them the night ferry is the only way to reach the hospital on the mainland after the last bus has gone.',
    'Related stories',
    'Pilots warn of unlit channel markers',
    'Sept. 28, 2030',
    'Island villages ask for second ferry',
    'Aug. 14, 2030',
    '© 2030 The Tidewater Courier',
], dict(title='Harbour board keeps night ferries running during inquiry', authors=['Agnes Whitcombe-Lund'], date='2030-10-02', kind='news', publication='The Tidewater Courier'),
    sidecar='url: https://www.tidewatercourier.example/news/local/harbour-board-night-ferries')

write('d02_updated_before_published', [
    'Brackenfield Gazette',
    'Home | World | Politics | Business | Culture',
    'Council votes to close two village libraries after budget shortfall',
    'Maren Oduya-Stiles',
    'Updated 3 October 2030 08:05 GMT',
    'Published 2 October 2030 10:14 GMT',
    ">Councillors voted narrowly on Tuesday evening to close the libraries in Elmbridge and Corrow at the end of the year, after officials warned that the authority faced a gap of four million in next year's budget.", '>Campaigners who had collected more than three thousand signatures filled the public gallery. Several held up books borrowed that morning, and one read aloud a letter from a pupil who said she did her homework at the Corrow branch because there was no quiet room at home.', '>The council leader said the decision was painful but that keeping every building open would mean cutting care services for older people. A mobile library will visit both villages twice a week from January.',
    'Comments (2)',
    'harbourwatcher · 4 October 2030 11:20',
    'The markers have been dark for months.',
    '© Brackenfield Gazette 2030',
], dict(title='Council votes to close two village libraries after budget shortfall', authors=['Maren Oduya-Stiles'], date='2030-10-02', kind='news', publication='Brackenfield Gazette'),
    sidecar='url: https://brackenfieldgazette.example/world/harbour-board-night-ferries')

write('d03_date_only_in_address', [
    'Saltmarsh Notes',
    'Writing about boats, harbours and the people who work them',
    'Home   About   Archive',
    'Restoring a wooden pilot cutter, one plank at a time',
    'Posted by Ilse Marrow',
    '>The cutter came to us with half her planking soft and her mast lying in a barn two counties away. We bought her for the price of a second-hand car and spent the first winter simply drying her out under a tarpaulin in the yard.', '>Larch for the planks came from a sawmill up the valley that still cuts to order. Each plank has to be steamed for an hour for every inch of thickness before it will take the bend at the bow, and on a cold morning the steam box takes most of the day to come up to heat.', '>We are about two thirds of the way round the hull now. If the weather holds through the spring, she should float again before the regatta, though I have said that before.',
    'Filed under: Ferries, Harbours',
    'Leave a comment',
], dict(title='Restoring a wooden pilot cutter, one plank at a time', authors=['Ilse Marrow'], date='2030-10-02', kind='blog', publication='Saltmarsh Notes'),
    sidecar='url: https://saltmarshnotes.example/2030/10/02/harbour-board-night-ferries/')

write('d04_wire_dateline', [
    'Meridian Wire',
    'World   Markets   Business   Breakingviews',
    'Grain shipments resume from northern port after week-long strike',
    'By Tomas Ekwueme',
    '>LONDON, Oct 2 (Meridian Wire) - Grain exports from the northern port of Valsund resumed on Wednesday after dock workers ended a week-long strike over night-shift pay, the port authority said, easing fears of a backlog at the height of the harvest.',
    '>Twelve bulk carriers had been waiting at anchor outside the harbour, and traders said freight rates for the route had risen by almost a fifth during the stoppage. The first two ships began loading wheat shortly after dawn.', ">The dockers' union said its members had accepted an offer that raises the night premium by a third from next month and sets up a joint committee on safety in the grain sheds.",
    'Reporting by Tomas Ekwueme; Editing by Carla Voss',
    '© 2030 Meridian Wire. All rights reserved.',
], dict(title='Grain shipments resume from northern port after week-long strike', authors=['Tomas Ekwueme'], date='2030-10-02', kind='news', publication='Meridian Wire'),
    sidecar='url: https://www.meridianwire.example/world/harbour-board-night-ferries-idUSKBN2030')

write('d05_slash_date_resolved_by_rail', [
    'Kestrel Valley Post',
    'Home   News   Sport   Community',
    'Flood defences on the lower river to be raised by half a metre',
    'By Ruth Adeyemi-Holt',
    '02/10/2030',
    ">The environment agency will raise the embankments along six kilometres of the lower river next summer, after two winters in which water came within a hand's breadth of overtopping them at the old mill.", '>Engineers plan to add a layer of clay and turf to the crest rather than build a concrete wall, which residents opposed at a meeting in the spring because it would have cut the footpath off from the water.', '>Work will start at the estuary end in June and move upstream, with the path closed in sections of about a kilometre at a time so that walkers can still reach the village by the lower lane.',
    'Most read',
    'Bridge repairs delayed again',
    '14/09/2030',
    'School roof to be replaced',
    '21/09/2030',
    '© Kestrel Valley Post 2030',
], dict(title='Flood defences on the lower river to be raised by half a metre', authors=['Ruth Adeyemi-Holt'], date='2030-10-02', kind='news', publication='Kestrel Valley Post'),
    sidecar='url: https://www.kestrelvalleypost.example/news/harbour-board-night-ferries')

write('d06_iso_timestamp_and_block_conflict', [
    '---',
    'title: "New cycle lanes on the seafront divide traders and residents | Lantern Bay Daily"',
    'url: https://lanternbaydaily.example/harbour-board-night-ferries',
    'date: 2030-10-05',
    '---',
    'Lantern Bay Daily',
    'Home   Local   Region   Opinion',
    'New cycle lanes on the seafront divide traders and residents',
    'By Peder Nakamura-Ross',
    '2030-10-02T10:14:00+01:00',
    '>Traders on the seafront parade say the new cycle lanes have cost them passing custom since the parking bays outside their shops were removed in the summer, while residents say the road has become calmer and safer for children.', ">A survey by the traders' association found that eleven of its fifteen members had seen takings fall. The town council says its own counts show more people on foot and on bicycles on the parade than a year ago.", '>The council has agreed to review the scheme in the spring and to consider short-stay loading bays at each end of the parade, but says it has no plans to remove the lanes.',
    '© 2030 Lantern Bay Daily',
], dict(title='New cycle lanes on the seafront divide traders and residents', authors=['Peder Nakamura-Ross'], date='2030-10-02', kind='null', publication='Lantern Bay Daily'))
