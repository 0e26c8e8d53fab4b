"""Writes the furn20-new cases (invented, written after the titles21 echo-line rule and before any run on them,
measured once): lines that only repeat the article's title or an author's name, in shapes the corpus had not shown —
a running title with its page number in an issue, the title's part before its colon as a running head, a name under a
photo credit, a byline repeated in capitals at a page's foot, "Written by" in a footer. '>' marks article text in web pages."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, write  # noqa: E402

os.chdir(os.path.dirname(os.path.abspath(__file__)))

# 1. An issue whose long article breaks over a page: the next page opens with the page number and the article's
#    running title (the part before its colon) in capitals, printed once.
i = Issue("e01_issue_running_short_title_page_top")
pub = "Coastal Routes Monitor"
i.add("COASTAL ROUTES MONITOR"); i.add("Volume 5  |  Issue 3  |  March 2, 2031"); i.add()
i.add("Contents"); i.add("Salt Pans and Gun Runners: The Economy of the Kessa Shore ..... 1"); i.add()
i.add("Salt Pans and Gun Runners: The Economy of the Kessa Shore"); i.add("By Ilse Marangoni-Dube"); i.add()
i.para("The salt pans of the Kessa shore employ about two thousand people in the dry season. For a decade they have also been the landing place for boats that bring rifles from across the strait, hidden under sacks of salt on the lorries that leave each morning.", 0)
i.add()
i.para("Pan owners say they cannot search every sack, and that the men who load the lorries are hired by the day. Two of them, speaking at a tea stall by the pans, said the rifles are never mentioned; they are paid double on the mornings when the lorries are heavier than the salt would make", 0)
i.add(); i.add("2          SALT PANS AND GUN RUNNERS"); i.add()
i.para("them. The police post at the junction has three officers and a single car, and the lorries pass it before seven.", 0)
i.add()
i.para("A provincial official said a weighbridge would be built at the junction next year. The pan owners have heard that before, and the men at the tea stall laughed when it was mentioned.", 0)
i.add()
arts = [dict(title="Salt Pans and Gun Runners: The Economy of the Kessa Shore", authors=["Ilse Marangoni-Dube"], kind="feature")]
for a in arts: a.update(date="2031-03-02", publication=pub, volume=5, issue=3)
i.write(arts, "publication: Coastal Routes Monitor\n")

# 2. A magazine web page: a photo, its caption and credit, and under the credit the author's name again (the
#    page's author box collapsed by the scrape).
write('e02_magazine_name_under_photo_credit', [
    'Frontier Ledger',
    'Reports   Essays   Podcasts   About',
    'The ferry that stopped at every border',
    'By Teodor Halloran-Ngata',
    '6 May 2031',
    '>The night ferry from Ostra to Belgrin calls at four ports in three countries, and at each of them a different set of officials comes aboard. Passengers say the checks have become slower and the bribes larger since the spring.',
    'The night ferry at Ostra harbour, April 2031.',
    'Photo: Ostra Port Authority',
    'Teodor Halloran-Ngata',
    '>Crew members say the officials at the second port now board with a list of names, and that passengers on the list are taken off and questioned for hours. None of the crew knew where the list came from.',
    '>The ferry company said it complied with every lawful request and did not comment on individual passengers.',
    'Share   Save   Print',
    '© 2031 Frontier Ledger',
], dict(title="The ferry that stopped at every border", authors=["Teodor Halloran-Ngata"], date="2031-05-06",
        kind="report", publication="Frontier Ledger"),
    sidecar='url: https://frontierledger.example/reports/ferry-every-border')

# 3. A policy blog whose footer repeats the byline in capitals, then "Written by" with the name again.
write('e03_blog_footer_byline_repeats', [
    'Northgate Policy Blog',
    'Home   Topics   Authors   Subscribe',
    'Why the border commission keeps missing its deadlines',
    'Posted by Wilhelmina Acheampong-Roth on 19 September 2031',
    '>The border commission set up two years ago to settle the disputed villages was meant to report last spring. It has now missed its third deadline, and the reasons are less about maps than about who sits on it.',
    '>Each side appointed three members, and each side has replaced one of them since. The new members asked to start the survey of the villages again, and the survey teams have not been back to the hills since June.',
    '>A commission that cannot agree on its own surveys will not agree on a line. The governments should give it a chair from neither side, with a casting vote.',
    'BY WILHELMINA ACHEAMPONG-ROTH',
    'Written by: Wilhelmina Acheampong-Roth',
    'Tags: borders, commissions',
    'Leave a comment',
], dict(title="Why the border commission keeps missing its deadlines", authors=["Wilhelmina Acheampong-Roth"], date="2031-09-19",
        kind="blog post", publication="Northgate Policy Blog"),
    sidecar='url: https://northgate-policy.example/blog/border-commission-deadlines')

# 4. A think tank's commentary whose scrape repeats the headline at the page's foot, beside a page count, and opens
#    with two authors' names again under a portrait.
write('e04_commentary_title_repeat_at_foot', [
    'Aldwick Centre for Security Studies',
    'Research   Commentary   Events   People',
    'Commentary',
    'Drones over the salt lakes: who is flying them?',
    'Saoirse Benali-Haugen and Kwame Esterhazy',
    '28 July 2031',
    'Saoirse Benali-Haugen and Kwame Esterhazy',
    '>Herders around the salt lakes have reported small drones over their camps almost every night since May. The drones fly low, hover over the animal pens and leave before dawn.',
    '>No government has said it is flying them. Two armed groups active in the area have used drones before, and a mining company with a concession on the lakes’ eastern shore uses them to survey its claim.',
    '>Until someone takes responsibility, the herders will assume the worst, and several families have already moved their camps away from the lakes.',
    'Drones over the salt lakes: who is flying them? | Page 1 of 1',
    'Cite this commentary   Download PDF',
], dict(title="Drones over the salt lakes: who is flying them?", authors=["Saoirse Benali-Haugen", "Kwame Esterhazy"], date="2031-07-28",
        kind="commentary", publication="Aldwick Centre for Security Studies"),
    sidecar='url: https://aldwick-centre.example/commentary/drones-salt-lakes')
