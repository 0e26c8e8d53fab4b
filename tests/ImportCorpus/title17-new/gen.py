"""Writes the title17-new cases (invented, written after the title17 head-model rule and before any run on them, measured
once): heads whose title the rules find hard (kickers, standfirsts, site-name suffixes, a breadcrumb repeating the
headline, a title only in the crawler block) and bylines in several shapes. '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write, Issue, arts  # noqa: E402

os.chdir(os.path.dirname(os.path.abspath(__file__)))

# 1. A fishing-cooperative federation's news page: a kicker in capitals over the headline, a long standfirst under it,
#    the byline and date after the standfirst; a crawler block whose title carries the site's name as a suffix.
write('t01_fisheries_federation_kicker', [
    '---',
    'title: "Night landings at Skarvik draw a new inspection regime | Northern Fishers\' Federation"',
    'source: https://www.nff-fishers.example/news/2032/03/night-landings-skarvik-inspections',
    'date: unknown',
    'description: "The federation explains what the new inspection rules mean for members landing at night."',
    '---',
    'Northern Fishers\' Federation',
    'Members   News   Prices   Safety   Contact',
    'BRIEFING',
    'Night landings at Skarvik draw a new inspection regime',
    'After two seizures of undeclared cargo from boats landing after dark, the harbour authority will check every landing between midnight and five in the morning from April.',
    'By Ingrid Solvang-Abiola',
    '14 March 2032',
    '>The harbour authority at Skarvik announced on Monday that every boat landing between midnight and five in the morning will be inspected from the first of April. The decision follows two seizures in February of undeclared cargo that customs officers believe was being moved along the coast by a smuggling network using fishing boats as cover.',
    '>The federation has asked the authority to publish the inspection schedule in advance and to keep waiting times at the quay under an hour, so that catches do not spoil while boats wait for an officer. Members who land at night are asked to radio the harbour office when they are an hour out.',
    '>Our safety officer, Tor Lindqvist-Mensah, said the federation supports the checks but will record every delay. "Our members are not smugglers, and the quay is not a customs shed," he said. "If the checks cost a night\'s catch, we will say so."',
    '>The federation will hold a members\' meeting on the new regime at the Skarvik hall on 22 March.',
    'Share this article',
    'Related news',
    'Quota talks resume in Bergholm',
    '© 2032 Northern Fishers\' Federation. All rights reserved.',
], dict(title="Night landings at Skarvik draw a new inspection regime", authors=["Ingrid Solvang-Abiola"],
        date="2032-03-14", kind="briefing", publication="Northern Fishers' Federation"),
    sidecar='url: https://www.nff-fishers.example/news/2032/03/night-landings-skarvik-inspections')

# 2. A city council's press page: the breadcrumb ends with the headline, which is printed again under it; the date
#    above the headline, no byline (the council speaks for itself).
write('t02_council_breadcrumb_repeat', [
    'Kessling City Council',
    'Skip to main content',
    'Residents   Business   Council and democracy   News',
    'Home > News > Council closes river path after arson attacks on footbridge',
    'Published: 9 February 2032',
    'Council closes river path after arson attacks on footbridge',
    '>The river path between Mill Lane and the old tannery will be closed from Wednesday after a second arson attack on the timber footbridge at Aldgate weir, the council said today.',
    '>Police are investigating both fires and have asked anyone who saw people near the bridge on the nights of 3 and 7 February to call the non-emergency number.',
    '>Councillor Dagny Oyelowo-Hart, cabinet member for parks, said: "We will not reopen the path until the bridge has been inspected and made safe. Walkers and cyclists should use the Station Road diversion, which is signposted."',
    '>The council estimates that repairs will cost about 40,000 and take six weeks.',
    'Was this page helpful?   Yes   No',
    'Follow us on social media',
    '© Kessling City Council 2032',
], dict(title="Council closes river path after arson attacks on footbridge", authors=[], date="2032-02-09",
        kind="news", publication="Kessling City Council"),
    sidecar='url: https://www.kessling.gov.example/news/river-path-closed-arson')

# 3. An aid-workers' trade magazine's feature: the page prints no headline at all (the scrape starts at the body); only
#    the crawler block gives the title, with the site's name after a dash.
write('t03_aid_magazine_crawler_title_only', [
    '---',
    'title: "Why convoys now travel at noon - Relief Logistics Review"',
    'source: https://relieflogistics.example/features/why-convoys-travel-at-noon',
    'date: 2032-01-27',
    'author: unknown',
    '---',
    'Relief Logistics Review',
    'Features   Analysis   Jobs   Events',
    '>For a decade the rule on the southern supply road was simple: leave before dawn and be through the hills by nine, before the armed groups that tax the road have woken up. This winter the convoys leave at eleven and travel through the middle of the day.',
    '>Drivers and logistics officers from four agencies gave the same reason. The groups now work in shifts and keep their checkpoints open at night, when the road is empty and a lone truck is easy to stop. At noon the road is full of market traffic, and a convoy is one vehicle among hundreds.',
    '>"Darkness used to protect us," said one convoy leader who has driven the road since 2024. "Now it protects them."',
    '>The change has a cost. Convoys that travel at noon reach the northern warehouses after dark and must wait until morning to unload, which adds a night of guarding and a day to every round trip.',
    'Words: Mateusz Achterberg-Oni',
    'Subscribe to the Review',
    'Privacy   Terms   Cookies',
], dict(title="Why convoys now travel at noon", authors=["Mateusz Achterberg-Oni"], date="2032-01-27",
        kind="feature", publication="Relief Logistics Review"),
    sidecar=None)

# 4. A mountain-region broadcaster's web story: a section label and a short kicker in sentence case over the headline,
#    the headline in sentence case, a standfirst, then two reporters on one line with "and" and a time stamp.
write('t04_broadcaster_two_reporters', [
    'Radio Tavrin',
    'Listen live   News   Sport   Weather   Podcasts',
    'Regional',
    'Valley roads',
    'Gunmen rob two buses on the Orsk pass road in one night',
    'Passengers were held for an hour while the gang searched their luggage; no one was hurt.',
    'Halvard Nkemelu-Strand and Aino Petrosyan-Lye',
    '21 November 2032, 07:40',
    '>Armed men stopped two night buses on the Orsk pass road early on Sunday and robbed the passengers, police said. The buses were travelling a few minutes apart from the capital to Velsk.',
    '>The men, who wore masks, blocked the road with a tractor at the hairpin below the old border post and ordered the drivers to open the doors. They took phones, cash and jewellery from about sixty passengers.',
    '>It is the fourth robbery on the pass this year. The regional police chief said patrols on the road would be doubled at night from next week.',
    'Listen to Radio Tavrin on 96.2 FM',
    'More from Regional',
    'New school opens in Velsk after three years of delays',
], dict(title="Gunmen rob two buses on the Orsk pass road in one night",
        authors=["Halvard Nkemelu-Strand", "Aino Petrosyan-Lye"], date="2032-11-21", kind="news", publication="Radio Tavrin"),
    sidecar='url: https://radiotavrin.example/regional/gunmen-rob-two-buses-orsk-pass')

# 5. A maritime insurers' club circular: a series label and number over the title, the title in title case ending in a
#    colon-free subtitle line in sentence case, the author at the foot with a role.
write('t05_insurers_circular_series_label', [
    'Thalassa Mutual Protection Club',
    'Circulars   Loss prevention   Members\' area   Contact',
    'Circular 07/2032',
    'Armed Robbery at Anchor in the Outer Roads of Port Delmar',
    'Advice to members whose ships wait at the outer anchorage',
    'Issued 2 June 2032',
    '>The club has been told of five armed robberies since March on ships waiting at the outer anchorage of Port Delmar. In each case a small boat came alongside at night and three or four men climbed aboard using a hooked pole.',
    '>The robbers took stores, mooring ropes and spare parts, and in one case threatened a crew member with a knife. No crew have been injured so far.',
    '>Members are advised to keep a visible watch at the stern and the anchor chain during the night, to light the deck, and to report any approach to the port control on channel 16.',
    '>Members who have suffered a robbery should tell the club as soon as possible, whether or not a claim is expected.',
    'Signe Balogun-Marsh',
    'Loss Prevention Director',
    'This circular is for the information of members and does not constitute legal advice.',
], dict(title="Armed Robbery at Anchor in the Outer Roads of Port Delmar", authors=["Signe Balogun-Marsh"],
        date="2032-06-02", kind="circular", publication="Thalassa Mutual Protection Club"),
    sidecar='url: https://thalassa-club.example/circulars/07-2032-armed-robbery-outer-roads')

# 6. A university's research-centre blog: the category as a kicker, a question headline, a long standfirst that is not a
#    sentence-case subtitle, then "Posted on DATE by NAME"; the site's name again in a footer.
write('t06_research_blog_posted_by', [
    'Centre for the Study of Borderlands',
    'Research   People   Blog   Events',
    'Blog',
    'Commentary',
    'Who pays the smugglers on the salt route?',
    'Our new field study follows the money from the salt flats to the market towns and finds that most of it ends with people who never see the desert.',
    'Posted on 5 October 2032 by Dr Leontine Abara-Westergaard',
    '>Salt is still carried across the flats on camels, as it has been for centuries, but the trade now shares the route with fuel, cigarettes and, occasionally, weapons.',
    '>Over eight months our team interviewed caravan leaders, traders and officials in three market towns. Almost all the profit from the contraband, they told us, is taken by two trading families who own the warehouses at either end of the route.',
    '>The caravan leaders are paid a fixed fee per journey whatever they carry. The armed groups along the route take a toll per camel. Neither sees more than a small share of what the goods sell for in town.',
    'Tags: smuggling, Sahel, trade',
    'Leave a comment',
    'Centre for the Study of Borderlands, University of Almsted, 14 Quay Street, Almsted',
], dict(title="Who pays the smugglers on the salt route?", authors=["Leontine Abara-Westergaard"], date="2032-10-05",
        kind="commentary", publication="Centre for the Study of Borderlands"),
    sidecar='url: https://borderlands.almsted.example/blog/who-pays-the-smugglers')

# 7. A whole-issue fragment of a sibling monitor: a kicker in capitals over each title, a standfirst in italics-lost
#    plain text under the first feature's title, bylines under, bios at the end of each piece.
issue = Issue('t07_sibling_issue_kickers')
A = arts('Caucasus Security Monitor', '2032-04-01', 6, 4,
         ('Mountain Checkpoints and the Return of the Toll Gangs', ['Nino Abashidze-Lund'], 'analysis'),
         ('A Ferry Port Becomes a Smuggling Hub', ['Rustam Aliyev-Holt', 'Mariam Okafor-Beridze'], 'field report'))
issue.add('CAUCASUS SECURITY MONITOR')
issue.add('Volume 6, Issue 4  |  April 2032')
issue.add()
issue.add('IN THIS ISSUE')
issue.add('Mountain Checkpoints and the Return of the Toll Gangs ........ 1')
issue.add('A Ferry Port Becomes a Smuggling Hub ........ 3')
issue.add()
issue.add('ANALYSIS')
issue.add()
issue.add('Mountain Checkpoints and the Return of the Toll Gangs')
issue.add()
issue.add('By Nino Abashidze-Lund')
issue.add()
issue.para('Since the autumn, travellers on the high roads of the northern districts have again been stopped at '
           'checkpoints that no government manned. Drivers describe men in mixed uniforms who stop lorries on the '
           'bends below the passes and demand a fee per axle, issuing receipts stamped with the name of a '
           'volunteer battalion that was disbanded in 2029.', 0)
issue.add('', 0)
issue.para('The gangs appear to be formed from former battalion members who kept their weapons. Local officials '
           'say that the police know the men by name but have not acted, for fear of a clash in villages where the '
           'battalion is still popular.', 0)
issue.add('', 0)
issue.para('Nino Abashidze-Lund is a researcher on the politics of the mountain districts.', None)
issue.add()
issue.add('Caucasus Security Monitor | Volume 6, Issue 4')
issue.add('2')
issue.add()
issue.add('FIELD REPORT')
issue.add()
issue.add('A Ferry Port Becomes a Smuggling Hub')
issue.add()
issue.add('By Rustam Aliyev-Holt and Mariam Okafor-Beridze')
issue.add()
issue.para('The ferry port at Kelvar handled fewer than ten thousand passengers a year before the war. Last year '
           'more than ninety thousand passed through it, along with a growing volume of freight that customs '
           'officers say they cannot inspect.', 1)
issue.add('', 1)
issue.para('Traders in the port describe a system in which a single shipping agent, with ties to the provincial '
           'governor, decides which containers are opened. Those who pay the agent are waved through; those who '
           'do not wait for days on the quay.', 1)
issue.add('', 1)
issue.para('Rustam Aliyev-Holt is a journalist based in Kelvar. Mariam Okafor-Beridze is a fellow at the Institute '
           'for Maritime Studies.', None)
issue.write(A, 'publication: Caucasus Security Monitor\n')

# 8. A community news site's story on a blogging platform: the headline repeated as the last breadcrumb item, a
#    sentence-case kicker, the author as a bare name line with a photo alt text above it, and "Updated" time.
write('t08_community_news_bare_name', [
    'The Harrowfield Herald',
    'Your town, your news',
    'News > Crime > Burglars target the allotment sheds again',
    'Crime and courts',
    'Burglars target the allotment sheds again',
    'Photo of Wendell Osei-Marsh',
    'Wendell Osei-Marsh',
    'Updated 12 August 2032',
    '>Burglars broke into eleven sheds at the Beacon Lane allotments on Tuesday night, a month after a similar raid on the same site.',
    '>Tools, a petrol mower and two bicycles were taken. The allotment society\'s secretary, Phyllis Adeyemi-Roe, said members were "at the end of their tether" and had raised money for a new gate and a camera.',
    '>Police said they were following several lines of inquiry and asked residents to check any doorbell footage from between 11pm and 3am.',
    'Got a story? Email the newsdesk',
    'Most read',
    'Road closures for the Harrowfield half marathon',
], dict(title="Burglars target the allotment sheds again", authors=["Wendell Osei-Marsh"], date="2032-08-12",
        kind="news", publication="The Harrowfield Herald"),
    sidecar='url: https://harrowfieldherald.example/news/crime/burglars-target-allotment-sheds-again')
