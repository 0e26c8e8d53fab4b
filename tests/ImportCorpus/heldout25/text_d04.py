# Prose of d04 (an invented sibling monitor, Lakes Region Security Monitor, Vol. 2, No. 7, June 2031).
D_TITLE = "Night Curfew Returns to the Kaminde Fish Market"
D_AUTHOR = "Bettina Oduya-Marsh"
D = [
 "For the first time since 2029, the district commissioner of Kaminde has imposed a curfew on the town's fish market, closing it from dusk until dawn after three traders were shot dead there in the last week of May.1 The market, the largest on the eastern shore of Lake Sevrin, has traditionally done much of its business at night, when the boats return with their catch.",
 "Traders interviewed by telephone said that the killings followed their refusal to pay a new levy demanded by men claiming to act for the Sevrin Front. The Front has collected payments at the market for years, but the new levy, charged on each crate rather than on each stall, would have roughly tripled what the larger traders pay.2",
 "The curfew protects the traders for now, but it also pushes the trade out of the market and on to the beaches, where there are no police at all. Several boat owners said they had already begun selling their catch directly to buyers from Port Halvani at landing sites north of the town.",
]
D_NOTES = [
 "1. Kaminde district commissioner imposes market curfew – Lakeside Herald, accessed 2 June 2031, https://www.lakesideherald.example/news/kaminde-curfew",
 "2. Telephone interviews with four traders at the Kaminde market, 30-31 May 2031.",
]
D_BIO = "Bettina Oduya-Marsh is the Monitor's correspondent on the eastern shore of Lake Sevrin."

A_TITLE = "Who Pays for the Lake? Revenue, Protection and Rival Taxmen on Lake Sevrin"
A_AUTHORS = ["Odette Marchetti-Sule", "Kofi Brandvold", "Ines Haraldsen-Ruiz"]
A = [
 ("h", "Introduction"),
 ("p", "Lake Sevrin supports more than two hundred thousand people who fish, trade, ferry passengers and build boats along its shores. Over the past five years, these people have come to pay for their security twice: once to the state, through licence fees and market dues, and once to armed groups, through levies that are collected with the same regularity and, in some places, with more visible results. This analysis maps who collects what around the lake, and what the pattern means for the government's plans to restore its authority on the water.1"),
 ("h", "Three Systems of Taxation"),
 ("p", "On the eastern shore, the Sevrin Front collects levies in the markets and at the landing sites. Its collectors are known by name, they issue receipts and they rarely demand more than the agreed amount, which allows traders to plan. On the northern shore, by contrast, the Front's authority is contested by criminal gangs that charge irregular and often arbitrary sums, and violence between collectors is common. On the western shore, near Port Halvani, the state's own officials dominate, but traders complain that unofficial payments to the police and the fisheries inspectors are as high as anything the Front demands.2"),
 ("p", "These systems overlap. A fisherman from Ostrel who sells his catch in Kaminde and buys fuel in Port Halvani may pay all three in a single week. The total burden is heavy, but what traders resent most is unpredictability. Where a single authority, state or armed group, collects a known sum, the lake economy has adapted; where several compete, boats stay ashore and markets empty."),
 ("h", "Implications for the Government's Plan"),
 ("p", "The government's plan for the lake, announced in March, relies on new patrol boats, a register of vessels and a single licence that would replace the many local fees now collected. Each element is sensible, but the plan says nothing about the unofficial payments demanded by state officials, which traders on the western shore describe as the main reason they do not trust the authorities.3 Unless the plan addresses these payments, the state will offer traders a third system of taxation rather than a replacement for the other two."),
 ("p", "The Front understands this weakness. Its propaganda on the lake emphasises the honesty of its collectors and contrasts them with corrupt officials, and its attack on the ferry in April was followed by a message promising that traders who paid their levies would be protected on the water as well as on land. Competing with that message will require the state to be not only stronger on the lake but also more predictable than the group it seeks to displace."),
]
A_NOTES = [
 "1. Lake Sevrin Basin Authority, Annual Fisheries Statistics 2030 – Basin Authority, accessed 28 May 2031, https://www.sevrinbasin.example/statistics/2030",
 "2. Interviews conducted by the authors in Kaminde, Ostrel and Port Halvani, February-April 2031.",
 "3. Government of Kessmark, Lake Sevrin Security and Development Plan – Office of the Prime Minister, accessed 29 May 2031, https://www.opm.kessmark.example/lake-plan",
]
A_BIOS = [
 "Odette Marchetti-Sule is a senior researcher at the Lakes Region Security Monitor.",
 "Kofi Brandvold is an economist who has worked on fisheries governance around Lake Sevrin since 2022.",
 "Ines Haraldsen-Ruiz is a doctoral candidate at the University of Port Halvani.",
]
