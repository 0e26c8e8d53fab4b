# Writes the kind8-dev cases: invented pages where a kind's furniture appears but the page is not that kind (precision
# probes for the web cues and brief runs), used to fit the rules. All text invented for this corpus. Run from this folder.
import sys
sys.path.insert(0, "..")
from corpusgen import write

# 1. A local paper's news story on a WordPress theme: "Posted on DATE by NAME", a comment count and a reply form, with
#    an 'Updated' stamp and a related-stories list.
write("d01_news_wp_posted_on", [
    "The Marsh Valley Courier",
    "Home  News  Sport  Opinion  Contact",
    "Ferry fares to rise by a third after insurers raise premiums",
    "Posted on 6 May 2031 by Eleanor Quist-Mbeki",
    "Updated: 6 May 2031 16:05",
    ">Fares on the Marsh Valley ferry will rise by a third from June, the operator said on Tuesday, after its insurers raised the cost of cover for night crossings.",
    ">The company said two attacks on its boats last winter had made the insurers treat the river as a risk zone. Passengers' groups said the rise would hit workers who cross every day.",
    ">The county council said it would ask the ministry for a subsidy, as it did for the bus routes in the hills last year.",
    "Related stories",
    "Night crossings suspended after second attack",
    "14 Comments",
    "Leave a Reply",
], dict(title="Ferry fares to rise by a third after insurers raise premiums", authors=["Eleanor Quist-Mbeki"], date="2031-05-06", kind="news", publication="The Marsh Valley Courier"),
   sidecar="url: https://marshvalleycourier.example/ferry-fares-rise-by-a-third/")

# 2. A think tank's analysis with an audio version of the text and a paragraph opening "Broadcast live on DATE".
write("d02_analysis_listen_broadcast_sentence", [
    "Northgate Policy Centre",
    "Why the river ports keep paying",
    "Anneli Okoro-Strand",
    "12 March 2031",
    "▶ Listen 6:12",
    ">The ports along the upper river pay armed groups for safe passage because no one else can promise it. That is the simplest explanation, and it is mostly right.",
    ">Broadcast live on 3 March 2031, the minister's address promised a river police force within a year. Port managers we spoke to had heard such promises before.",
    ">Until a force exists and is paid, the fees will stay. The better question is how to make the fees visible, so that the money can at least be counted.",
], dict(title="Why the river ports keep paying", authors=["Anneli Okoro-Strand"], date="2031-03-12", kind="analysis", publication="Northgate Policy Centre"),
   sidecar="url: https://northgatepolicy.example/analysis/why-the-river-ports-keep-paying")

# 3. A report deposited in an open repository: "Report · Not peer reviewed" (the page's own label names its kind).
write("d03_report_in_repository", [
    "Open Deposit",
    "Search   Browse   Deposit",
    "Report · Not peer reviewed",
    "Armed escorts on the inland waterways: costs and consequences",
    "Henrike Bassey-Lund, Omar Feldt",
    "Published 2 April 2031",
    ">This report estimates what barge operators on the inland waterways pay for armed escorts and asks who provides them.",
    ">Drawing on interviews with forty operators, it finds that escorts cost a fifth of a typical voyage's income and are most often provided by off-duty police.",
    "Download PDF",
], dict(title="Armed escorts on the inland waterways: costs and consequences", authors=["Henrike Bassey-Lund", "Omar Feldt"], date="2031-04-02", kind="report", publication="Open Deposit"),
   sidecar="url: https://opendeposit.example/records/4412")

# 4. A magazine's interview (questions and answers) noting the print issue it appeared in.
write("d04_interview_print_issue", [
    "Harbour Review",
    "“The patrols stopped when the fuel ran out”",
    "Interview by Lucan Ferreira-Nyambe",
    "8 April 2031",
    ">Jonas Aalto-Mensah commanded the coast guard station at Brell for six years. He left the service in January.",
    ">Why did the patrols stop?",
    ">The fuel budget was cut twice in one year. We had boats and crews, but we could go out two nights a week at most.",
    ">Did the smugglers notice?",
    ">Within a month. They knew our nights better than we did.",
    ">What would you change?",
    ">Give the stations their own budgets. Every decision went through the capital, and by the time it came back the season was over.",
    "This article appeared in the Spring 2031 issue of Harbour Review.",
], dict(title='“The patrols stopped when the fuel ran out”', authors=["Lucan Ferreira-Nyambe"], date="2031-04-08", kind="interview", publication="Harbour Review"),
   sidecar="url: https://harbourreview.example/interviews/the-patrols-stopped")

# 5. A radio station's news story with its bulletin clip: a play button with a short duration and a "First broadcast" line.
write("d05_radio_news_clip", [
    "Radio Tallmere",
    "News   Sport   Weather   Listen live",
    "Lock keepers walk out over unpaid night shifts",
    "First broadcast 5 May 2031, 07:00",
    "▶ Listen 2:41",
    ">Lock keepers on the northern canal stopped work on Monday morning, saying they have not been paid for night shifts since February.",
    ">The canal authority said the payments had been delayed by a change of payroll system and would be made this month.",
    ">Barges were queuing at three locks by midday.",
], dict(title="Lock keepers walk out over unpaid night shifts", authors=[], date="2031-05-05", kind="news", publication="Radio Tallmere"),
   sidecar="url: https://radiotallmere.example/news/lock-keepers-walk-out")

# 6. A magazine's feature page: the issue line ("Issue 47 · Spring 2031") with the site's Subscribe and Sign in links.
write("d06_magazine_issue_line_subscribe", [
    "Subscribe",
    "Sign in",
    "THE LOWLANDS QUARTERLY",
    "Issue 47 · Spring 2031",
    "The salt road after the war",
    "By Maren Achterberg-Oduya",
    ">The salt road that runs from the coast to the hill markets was closed for four years. It opened again last autumn, and the first caravans found the villages along it half empty.",
    ">Those who stayed have new masters. At each village a man with a ledger notes the loads and names a price.",
    ">The traders pay. They say the price is lower than what the soldiers charged during the war, and the road is open.",
], dict(title="The salt road after the war", authors=["Maren Achterberg-Oduya"], date="null", kind="null", publication="The Lowlands Quarterly"),
   sidecar="url: https://lowlandsquarterly.example/salt-road-after-the-war")
