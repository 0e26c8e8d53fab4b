"""Writes the titles21-new cases (invented, written after the titles21 rules — one masthead-name decision per issue,
a running number dropped from a title — and before any run on them, measured once): issues whose masthead names the
publication through extraction noise (letters spaced with wide gaps, a name stacked in title case, the publisher's
name over the periodical's, the date on the first line), items numbered before their titles, and titles that are
phrases led by a number. Sidecars name no publication. '>' marks article text in web pages."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, write  # noqa: E402

os.chdir(os.path.dirname(os.path.abspath(__file__)))

# 1. A river-security digest: the issue line first, the name letter-spaced with wide gaps, a tagline; each item is
#    numbered before its title ("1 — Title") in the contents and over the article.
i = Issue("n01_river_digest_spaced_numbered_items")
pub = "Danube Corridor Monitor"
i.add("                                        Issue 14  •  Vol. VII")
i.add("D A N U B E     C O R R I D O R     M O N I T O R")
i.add("Smuggling, ports and policing along the river")
i.add("9 April 2031"); i.add()
i.add("IN THIS ISSUE"); i.add("1 — Barge Crews Paid to Look Away at Lock Seven .......... 1")
i.add("2 — A Customs Post Without Customs Officers .............. 3"); i.add()
i.add("1 — Barge Crews Paid to Look Away at Lock Seven"); i.add(); i.add("By Mirela Draganova-Holt"); i.add()
i.para("At the seventh lock below the old border bridge, barges wait an hour or more for their turn to pass. Crews told this monitor that the wait is when the envelopes change hands: a few hundred in cash to a deckhand, in return for a hold that no one opens when the inspectors board.", 0)
i.add()
i.para("The lock keepers say they see nothing and are paid to see nothing less. River police, who board perhaps one barge in twenty, say the crews are rotated so often that the same faces rarely appear twice in a month, which makes a pattern hard to prove.", 0)
i.add()
i.para("Two shipping firms have begun fitting sealed cameras to their holds. Their competitors, a captain said, regard the cameras as an admission that something needs watching.", 0)
i.add()
i.add("2 — A Customs Post Without Customs Officers"); i.add(); i.add("By Pavel Ionescu-Brandt"); i.add()
i.para("The customs post at Vetrin has a flag, a barrier and a hut with a stove in it. Since January it has had no officers: the two who worked there retired, and the service has not replaced them.", 1)
i.add()
i.para("Lorries now cross without stopping. Traders on both banks say goods that used to take a day to clear now take ten minutes to drive across, and that the cheapest cigarettes in the region are sold within sight of the empty hut.", 1)
i.add()
arts = [dict(title="Barge Crews Paid to Look Away at Lock Seven", authors=["Mirela Draganova-Holt"], kind="feature"),
        dict(title="A Customs Post Without Customs Officers", authors=["Pavel Ionescu-Brandt"], kind="feature")]
for a in arts: a.update(date="2031-04-09", publication=pub, volume=7, issue=14)
i.write(arts, "site: https://www.danube-corridor.example/\n")

# 2. A stacked masthead in title case, one word a line, the date on the first line in dotted figures; pieces numbered
#    "No. 1 –" over their titles; one title is a phrase led by a number and keeps it.
i = Issue("n02_stacked_title_case_masthead_no_items")
pub = "Highland Water Bulletin"
i.add("                                              11·06·2031")
i.add("Highland"); i.add("Water"); i.add("Bulletin")
i.add("                     Volume IV  |  Issue 6"); i.add()
i.add("Disputes over wells, dams and pastures in the upland districts"); i.add()
i.add("CONTENTS"); i.add("No. 1 – The Dam Guards Who Answer to No One ......... 2"); i.add("40 Wells in a Dry Valley ............................ 4"); i.add()
i.add("No. 1 – The Dam Guards Who Answer to No One"); i.add("Tamsin Okonjo-Reid"); i.add()
i.para("The reservoir above Kelda is guarded by forty men in mismatched uniforms. The water authority says they are contractors; the contractors say they report to a district councillor; the councillor says he has never met them.", 0)
i.add()
i.para("Farmers below the dam say the guards open the sluices for those who pay and close them for those who do not. In a dry month the difference between the two is a harvest.", 0)
i.add()
i.para("The authority has promised an audit of the contract. It promised the same last summer.", 0)
i.add()
i.add("40 Wells in a Dry Valley"); i.add("Ruaridh Mensah-Grant"); i.add()
i.para("In the Corran valley a charity dug forty wells in three years. Eleven now belong, in practice, to the families of men who carry rifles, and water from them is sold by the jerrycan.", 1)
i.add()
i.para("The charity says it cannot police the wells once they are handed to village committees. Villagers say the committees were chosen by the men with rifles before the first well was finished.", 1)
i.add()
arts = [dict(title="The Dam Guards Who Answer to No One", authors=["Tamsin Okonjo-Reid"], kind="feature"),
        dict(title="40 Wells in a Dry Valley", authors=["Ruaridh Mensah-Grant"], kind="feature")]
for a in arts: a.update(date="2031-06-11", publication=pub, volume=4, issue=6)
i.write(arts, "site: https://highland-water.example/\n")

# 3. A publisher's name in capitals over the periodical's name in title case, then the volume line; a title that is
#    a phrase led by a number with a dash in it ("12 Boats — One Harbour" is a title, not item 12).
i = Issue("n03_publisher_over_periodical_number_phrase")
pub = "Littoral Crime Brief"
i.add("THE VESTRAND INSTITUTE"); i.add("Littoral Crime Brief"); i.add("VOLUME 3 • ISSUE 8 • AUGUST 20, 2031"); i.add()
i.add("12 Boats, One Harbour: How a Fishing Fleet Became a Smuggling Line"); i.add("By Oona Kessler-Adjei"); i.add()
i.para("The fishing fleet of Port Amsel has twelve boats. Until last year it landed sardines; now, according to port records and three former crew members, at least five of the boats spend more nights at sea than their catches can explain.", 0)
i.add()
i.para("Coast guard officers say the boats meet freighters beyond the twelve-mile line and return with cargo under the ice. The owners deny it, and no boat has yet been searched with anything found.", 0)
i.add()
i.add("Three Arrests at the Fish Market"); i.add("By Niall Osei-Varga"); i.add()
i.para("Police arrested three men at the Port Amsel fish market on Tuesday after a search of a cold store turned up two hundred cartons of untaxed cigarettes, a police spokesperson said.", 1)
i.add()
i.para("The men, who were not named, are due in court next week. The cold store is rented by a company that owns two of the town's fishing boats.", 1)
i.add()
arts = [dict(title="12 Boats, One Harbour: How a Fishing Fleet Became a Smuggling Line", authors=["Oona Kessler-Adjei"], kind="feature"),
        dict(title="Three Arrests at the Fish Market", authors=["Niall Osei-Varga"], kind="feature")]
for a in arts: a.update(date="2031-08-20", publication=pub, volume=3, issue=8)
i.write(arts, "site: https://vestrand.example/\n")

# 4. A web page of a newsletter's item, its headline numbered "#3 -" as the newsletter numbers its stories.
write('n04_newsletter_item_hash_number', [
    'The Quayside Letter',
    'Home   Archive   About   Subscribe',
    '#3 - Night Cranes at Berth Nine Move Cargo Nobody Declared',
    'By Hedda Lindqvist-Obi',
    '14 October 2031',
    '>Dock workers at berth nine say the cranes have been running after midnight on nights when no ship is listed in the harbour schedule. Three of them told the Letter that containers were moved from a feeder vessel to lorries that left without passing the gate scanner.',
    '>The port authority said the night lifts were maintenance tests. The workers say maintenance tests do not need lorries.',
    '>A spokesperson for the customs service said it was aware of the reports and would examine the gate logs for the nights in question.',
    'Forward this item to a colleague',
    '© 2031 The Quayside Letter',
], dict(title="Night Cranes at Berth Nine Move Cargo Nobody Declared", authors=["Hedda Lindqvist-Obi"], date="2031-10-14",
        kind="news", publication="The Quayside Letter"),
    sidecar='url: https://quaysideletter.example/items/night-cranes-berth-nine')

# 5. A news page whose headline is an address led by a number: it keeps it.
write('n05_news_number_led_address_title', [
    'Morrow Valley Gazette',
    'News   Sport   Opinion   Notices',
    '17 Tannery Lane raid: what the police warrant said',
    'By Colm Abara-Whitlow',
    'Published 2 November 2031',
    '>Police who raided a house on Tannery Lane last week were looking for weapons and for the records of a cash business, according to the warrant, which the Gazette has seen.',
    '>The warrant names two men who rent the house and a company registered at the same address. Neither man has been charged, and the company did not answer calls.',
    '>Neighbours said officers carried out several boxes and a safe. The police said their inquiries were continuing.',
    'More from News',
    'Morrow Valley Gazette, 4 Mill Street, Morrow',
], dict(title="17 Tannery Lane raid: what the police warrant said", authors=["Colm Abara-Whitlow"], date="2031-11-02",
        kind="news", publication="Morrow Valley Gazette"),
    sidecar='url: https://morrowgazette.example/news/tannery-lane-raid-warrant')
