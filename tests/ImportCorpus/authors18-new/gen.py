"""Writes the authors18-new cases (invented, labelled before any import run): pages whose interface labels sit where a
byline could be ("Popular Entries", "View Full Text", "Latest Stories") beside or instead of a person's byline.
Lines marked '>' are article text. Run from this folder: python3 gen.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

# a01 A personal blog: a bare name under the title, a sidebar of interface labels after the post.
write('a01_blog_sidebar_labels', [
    'Tidewater Notes',
    'Home   About   Archive',
    'Why the ferry strike matters beyond the islands',
    'Solveig Marrak-Ode',
    'April 14, 2031',
    '>The ferry crews on the northern route have now been on strike for eleven days, and the islands are running short of fuel, fresh milk and patience.',
    '>The dispute is about pay, but the deeper question is who should carry the cost of keeping remote communities connected when the routes lose money every winter.',
    '>The regional council has so far said that the question belongs to the ministry, and the ministry that it belongs to the operator. Nobody has yet asked the islanders.',
    'Popular Entries',
    'Harbour dues and the price of bread',
    'Older Entries',
    'Blog at Tidewater Notes',
], dict(title='Why the ferry strike matters beyond the islands', authors=['Solveig Marrak-Ode'], date='2031-04-14', kind='blog', publication='Tidewater Notes'),
    sidecar='url: https://tidewaternotes.example/2031/04/14/ferry-strike/')

# a02 A journal page: a genre label over the title, interface buttons right under it, the authors after them.
write('a02_journal_buttons_under_title', [
    'Brisholm University Press',
    'Journals   Books   Log in',
    'Review of Coastal Governance',
    'Volume 9, Issue 2',
    'Research Article',
    'Fisheries cooperatives and the enforcement of closed seasons',
    'View Full Text',
    'Download Article',
    'Hallvard Tennick and Ruth Obuya-Lind',
    'Published online: 3 March 2031',
    '>Closed seasons are among the oldest tools of fisheries management, yet their enforcement in small-scale fisheries depends less on the state than on the fishers themselves.',
    '>Drawing on interviews with members of fourteen cooperatives, this article shows that enforcement is strongest where cooperatives control access to ice and to buyers.',
    '>We argue that support for cooperatives should be seen as part of fisheries enforcement, not as a separate development measure.',
    'Supplementary Material',
    'Cited By',
], dict(title='Fisheries cooperatives and the enforcement of closed seasons', authors=['Hallvard Tennick', 'Ruth Obuya-Lind'], date='2031-03-03', kind='research article', publication='Review of Coastal Governance', volume=9, issue=2),
    sidecar='url: https://journals.brisholm.example/doi/full/10.5555/rcg.2031.0092')

# a03 A news site: a "Latest Stories" rail label right under the title, the byline under it.
write('a03_news_rail_label_under_title', [
    'The Calder Courier',
    'News   Business   Sport   Opinion',
    'Council approves new flood barrier for the lower town',
    'Latest Stories',
    'By Petra Lindqvist-Amari',
    '9 May 2031',
    '>The town council voted on Thursday to build a movable flood barrier across the mouth of the Calder, after three winters in which the lower town flooded twice.',
    '>The barrier will cost an estimated 14 million and is due to be finished in 2034. Half of the money will come from a national resilience fund.',
    '>Some shop owners on the quay said the works would keep customers away for two summers and asked the council for help with their rents.',
    'Share Article',
    'More From News',
    '© 2031 The Calder Courier',
], dict(title='Council approves new flood barrier for the lower town', authors=['Petra Lindqvist-Amari'], date='2031-05-09', kind='news', publication='The Calder Courier'),
    sidecar='url: https://caldercourier.example/news/flood-barrier-approved')

# a04 A think tank's commentary: "Related Content" between the byline and the text, an interface label only.
write('a04_commentary_related_label', [
    'Orrin Policy Institute',
    'Research   Experts   Events   Donate',
    'Commentary',
    'What a grain corridor would need to survive a winter',
    'Ilse Varganov',
    'Featured Content',
    'June 2, 2031',
    '>A grain corridor through the straits can work in summer, when the weather is calm and insurers are willing. The test comes in winter.',
    '>Three things would have to hold: naval escorts that do not depend on a single state, an insurance pool backed by importers, and inspections at a neutral port.',
    '>None of these is beyond reach, but each needs a decision before the autumn, and none has yet been taken.',
    'Ilse Varganov is a senior fellow in the Institute\'s trade security programme.',
    'Related Content',
    'Print Page',
], dict(title='What a grain corridor would need to survive a winter', authors=['Ilse Varganov'], date='2031-06-02', kind='commentary', publication='Orrin Policy Institute'),
    sidecar='url: https://orrinpolicy.example/commentary/grain-corridor-winter')

# a05 A magazine page with no person's byline: only interface labels where a byline would be.
write('a05_magazine_no_byline_labels', [
    'Lowland Quarterly',
    'Issues   Essays   Subscribe',
    'The last salt works on the estuary',
    'Full Story',
    'Recent Essays',
    '12 July 2031',
    '>For two centuries the estuary villages boiled seawater in iron pans to make salt, and the last works closed only in 1988.',
    '>Its buildings still stand, roofless, at the end of a track that floods at spring tides. A trust now hopes to buy them.',
    '>The trust\'s plan is modest: a roof, a path and a small room where visitors can see how the pans were fired.',
    'Tags: estuary, industry, heritage',
], dict(title='The last salt works on the estuary', authors=[], date='2031-07-12', kind='essay', publication='Lowland Quarterly'),
    sidecar='url: https://lowlandquarterly.example/essays/last-salt-works')
