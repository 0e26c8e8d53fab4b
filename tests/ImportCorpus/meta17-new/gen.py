"""Writes the meta17-new cases (invented, labelled before any import run): publication, date and kind on pages of kinds of
site not in the corpus, with dates in shapes the meta17 rules were not built for, and a whole-issue fragment.
Lines marked '>' are article text. Run from this folder: python3 gen.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, write  # noqa: E402

# n01 A maritime museum's news page: a long weekday-and-ordinal date, the museum's name in full only in its footer.
write('n01_museum_news_ordinal_date', [
    'Skip to content',
    'Harwick Maritime Museum',
    'Visit   Collections   Learning   Support us   Shop',
    'Museum news',
    'Wreck of the pilot cutter Tern to go on display after twenty years in store',
    'Tuesday 2nd October 2030',
    '>The hull of the pilot cutter Tern, which sank off Carrow Point in 1911 and was raised by volunteer divers in 2009, will go on public display next spring in a new gallery on the museum\'s lower floor.',
    '>Conservators have spent two decades drying the timbers slowly in a humidity-controlled store, replacing the seawater in the wood with a wax that keeps the planks from shrinking and splitting as they dry.',
    '>The gallery will also show the cutter\'s bell, a pilot\'s licence issued in 1898 and letters from the families of the two pilots who drowned when she went down in a December gale.',
    'Share this page',
    'Plan your visit',
    'Open daily 10am to 5pm',
    '© 2030 Harwick Maritime Museum. Registered charity no. 1102233.',
], dict(title="Wreck of the pilot cutter Tern to go on display after twenty years in store", authors=[], date='2030-10-02', kind='news', publication='Harwick Maritime Museum'),
    sidecar='url: https://www.harwickmaritimemuseum.example/news/tern-display')

# n02 A port authority's notice to mariners: a day-first dotted date with a time, the authority named in an "Issued by" line.
write('n02_port_notice_to_mariners', [
    'PORT OF VALSUND',
    'Home | Shipping | Notices | Pilotage | Contact',
    'Notice to Mariners',
    'Temporary closure of the north channel for dredging',
    'Issued by: Harbour Master, Valsund Port Authority',
    'Date: 02.10.2030, 09:30',
    '>Mariners are advised that the north channel between buoys N3 and N7 will be closed to all traffic from 06:00 on 8 October until 18:00 on 19 October while the dredger Kestrel Bay removes silt from the fairway.',
    '>Vessels bound for the inner harbour shall use the south channel, where a speed limit of six knots applies. Pilotage remains compulsory for all vessels over forty metres.',
    '>The harbour master may reopen the channel earlier if the work is completed ahead of time. Any change will be announced on VHF channel 12.',
    'Download as PDF',
    '© Valsund Port Authority 2030',
], dict(title='Temporary closure of the north channel for dredging', authors=[], date='2030-10-02', kind='notice to mariners', publication='Valsund Port Authority'),
    sidecar='url: https://www.portofvalsund.example/notices/ntm-2030-41')

# n03 A student newspaper: a "Staff Writer" byline, an abbreviated month with an ordinal and a time.
write('n03_student_paper_ordinal_time', [
    'THE BRENMOOR CLARION',
    'The independent student newspaper of Brenmoor University since 1962',
    'News   Sport   Arts   Opinion   About',
    'CAMPUS NEWS',
    'Library to stay open all night during exam season after student petition',
    'By Tamsin Achebe-Ward, Staff Writer',
    'Oct 2nd, 2030 at 9:14 am',
    '>The main library will open around the clock for the four weeks before the winter examinations, the university announced on Tuesday, after more than two thousand students signed a petition organised by the students\' union.',
    '>The university said it would pay for extra security staff and cleaners from its hardship fund, and that the trial would be reviewed in January before any decision on the summer term.',
    '>Union officers welcomed the decision but said the cafe on the ground floor should also stay open, since many students who work evening jobs can only study late at night.',
    'Related: Union elections draw record turnout',
    'Sep 24th, 2030',
    'Comments are closed.',
    '© 2030 The Brenmoor Clarion',
], dict(title='Library to stay open all night during exam season after student petition', authors=['Tamsin Achebe-Ward'], date='2030-10-02', kind='news', publication='The Brenmoor Clarion'),
    sidecar='url: https://brenmoorclarion.example/campus/library-open-all-night')

# n04 A newsletter essay saved with a crawler block whose date is the later update; the page prints the first date.
write('n04_newsletter_block_update_date', [
    '---',
    'title: "Why I stopped counting the boats | Tidelines"',
    'url: https://tidelines.letterpost.example/p/why-i-stopped-counting-the-boats',
    'date: 2030-10-04',
    'description: "For six years I counted the fishing boats leaving the harbour every morning. Then I stopped."',
    '---',
    'Tidelines',
    'Subscribe',
    'Sign in',
    'ESSAY',
    'Why I stopped counting the boats',
    'For six years I counted the fishing boats leaving the harbour every morning. Then I stopped.',
    'Oskar Lindqvist-Mbeki',
    'Oct 02, 2030',
    '>I started counting because my grandfather did. He kept a notebook on the windowsill of the harbour office and wrote down every boat that passed the light, with the time and the weather, from 1951 until the year he died.',
    '>When I took over the notebooks, there were still forty boats on a good morning. Last winter there were nine. Counting them had stopped being a record and become a kind of mourning, and I did not want to do that any more.',
    '>So I have started counting something else: the people who still come down to the quay at dawn to watch the boats go out. There are more of them than you would think.',
    'Thanks for reading Tidelines! Subscribe for free to receive new posts.',
    'Subscribe',
], dict(title='Why I stopped counting the boats', authors=['Oskar Lindqvist-Mbeki'], date='2030-10-02', kind='essay', publication='Tidelines'))

# n05 A regional wire story: a dateline with day before month, the year only in the copyright line.
write('n05_wire_dateline_day_month', [
    'Northgate Press',
    'Home   World   Business   Regions   Photos',
    'Ferry operator suspends night crossings after engine fire',
    'By Halima Rask-Ode',
    '>PORT ELLING, 2 October (Northgate Press) – The ferry operator Baltrim Lines suspended its night crossings to the islands on Wednesday after an engine fire forced one of its ships to return to port with ninety passengers on board.',
    '>Nobody was hurt. The company said the fire had been put out by the crew within minutes, and that the ship would stay in dock until inspectors had examined all three of its engines.',
    '>Island councillors said the suspension would leave workers on the early shift at the fish plant without a way to reach the mainland before the first morning sailing.',
    'Reporting by Halima Rask-Ode; editing by Piet Vanderlaan',
    '© 2030 Northgate Press. All rights reserved.',
], dict(title='Ferry operator suspends night crossings after engine fire', authors=['Halima Rask-Ode'], date='2030-10-02', kind='news', publication='Northgate Press'),
    sidecar='url: https://www.northgatepress.example/regions/ferry-operator-suspends-night-crossings')

# n06 A community forum's announcement: only a relative time on the page, the date as one hyphenated folder of the address.
write('n06_relative_time_dated_address', [
    'Carrow Coast Community Hub',
    'Home   Announcements   Events   Groups   Log in',
    'Announcements',
    'Beach clean-up moved to Saturday because of the storm warning',
    'Posted by Gudrun Hale-Osei · 3 days ago',
    '>The beach clean-up planned for Friday has been moved to Saturday morning, because the coastguard has issued a warning for high winds and a spring tide on Friday afternoon.',
    '>We will meet at the lifeboat station at nine. Gloves, bags and litter pickers will be provided, but please bring water and wear boots that you do not mind getting wet.',
    '>Last year forty volunteers cleared more than two hundred kilos of rubbish from the north beach in a single morning. Let us see if we can beat that.',
    '12 replies',
    'Log in to reply',
], dict(title='Beach clean-up moved to Saturday because of the storm warning', authors=['Gudrun Hale-Osei'], date='2030-10-02', kind='null', publication='Carrow Coast Community Hub'),
    sidecar='url: https://carrowcoasthub.example/announcements/2030-10-02-beach-clean-up-moved')

# n07 A whole-issue fragment of a sibling monitor: the date in the masthead with a three-letter month after the numbers.
i = Issue('n07_straits_monitor_issue_fragment')
pub = 'Harwick Straits Monitor'
i.add('HARWICK STRAITS MONITOR'); i.add('Vol. 6, No. 19  —  02 Oct 2030'); i.add()
i.add('In this issue'); i.add('Pilot Boats and Protection Money in the Outer Roads ........ 1'); i.add('A New Coast Guard Station at Elling ........ 3'); i.add()
i.add('ANALYSIS'); i.add(); i.add('Pilot Boats and Protection Money in the Outer Roads'); i.add(); i.add('By Soren Achterberg-Nwosu'); i.add()
i.para('Ships waiting in the outer roads of the strait are now approached within hours of dropping anchor by small boats offering what their crews call pilot services. The boats do not pilot anything. Masters who decline to pay report that their anchor chains are fouled at night or their hull paint is daubed with warnings [1].', 0)
i.add()
i.para('The payments are small, usually a few hundred dollars in cash, and most owners tell their masters to pay rather than lose a day. But the money adds up. Port officials estimate that the boats collect more each month than the harbour earns from its own pilotage fees, and that at least two of the boat owners sit on the district council [2].', 0)
i.add(); i.add('Harwick Straits Monitor  |  Vol. 6, No. 19  |  page 1'); i.add()
i.para('Until the coast guard has boats of its own in the outer roads, the owners of the small boats will go on collecting.', 0)
i.add(); i.add('Notes')
i.para('[1] Interviews with ship masters, Port Elling, August 2030.', 0); i.para('[2] Interview with a port official, September 2030.', 0)
i.add(); i.para('Soren Achterberg-Nwosu is a researcher on shipping and organised crime in narrow seas.', None); i.add()
i.add('BRIEF'); i.add(); i.add('A New Coast Guard Station at Elling'); i.add(); i.add('By Maris Oyelaran-Holt'); i.add()
i.para('The coast guard opened a station at Elling on the western shore of the strait in September, its first on that side of the water. It has two patrol boats and a crew of twenty, and its commander says it will begin night patrols of the outer roads before the end of the year.', 1)
i.add()
i.para('Whether twenty people can change the habits of the roads is another matter. The station is an hour by boat from the anchorage, and the small boats know it.', 1)
i.add(); i.para('Maris Oyelaran-Holt is a journalist who covers the strait.', None)
i.add('Harwick Straits Monitor  |  Vol. 6, No. 19  |  page 3')
arts = [dict(title='Pilot Boats and Protection Money in the Outer Roads', authors=['Soren Achterberg-Nwosu'], kind='analysis'),
        dict(title='A New Coast Guard Station at Elling', authors=['Maris Oyelaran-Holt'], kind='brief')]
for a in arts: a.update(date='2030-10-02', publication=pub, volume=6, issue=19)
i.write(arts, 'publication: Harwick Straits Monitor\n')
