# Prose of d02 (Militant Leadership Monitor, Volume XXII, Issue 5, May 2031).
B_TITLE = "A New Emir for the Sevrin Front's Coastal Wing?"
B = [
 "Supporters of the Sevrin Front have begun to refer to a commander called Yusuf Harland-Abdi as the \"emir of the shore\" in messages shared on encrypted channels since mid-April. The title has not been used before, and its appearance shortly before the group's first attack on a lake ferry suggests that the Front has created a distinct command for operations on and around the water.[i]",
 "Little is known about Harland-Abdi. Local officials in Ostrel say that he comes from a family of boat builders and that he joined the Front in 2027 after two of his brothers were detained by the police. He is said to have led the group's extortion of the fish markets at Kaminde before being moved to the northern shore, where he is believed to have recruited fishermen who know the channels through the reed beds.[ii]",
 "If Harland-Abdi does lead a new coastal wing, it would be the first time the Front has given a regional command to someone outside the circle of veterans who founded it. That would be a sign both of the group's growth and of the pressure its older commanders are under after the losses they suffered in the ring road fighting last year.",
]
B_NOTES = [
 "[i] Messages seen by the author on two channels used by supporters of the Sevrin Front, April 14-29, 2031.",
 "[ii] Author's telephone interviews with two local officials in Ostrel, May 2031.",
]
B_AUTHOR = "Ayodele Fairweather-Lund"
B_BIO = "Ayodele Fairweather-Lund is an independent analyst who writes on armed groups around Lake Sevrin."

P1_TITLE = "Magnus Iraola-Dube: The Logistician Behind the Ondara Hill Brigades' Revival"
P1_AUTHOR = "Consolata Wren-Abiodun"
P1 = [
 ("p", "When the Ondara Hill Brigades lost most of their arms depots in the army offensive of 2028, few observers expected the movement to recover. Three years later the Brigades field more fighters than before the offensive and pay them more regularly. Much of the credit for that revival, according to former members and local officials, belongs to a soft-spoken former customs clerk named Magnus Iraola-Dube, who has never commanded fighters in battle but who controls almost everything the Brigades buy, store and move.[i]"),
 ("h", "From Customs Clerk to Quartermaster"),
 ("p", "Iraola-Dube was born around 1985 in the market town of Varrow and worked for more than a decade at the customs post on the Keld road. Colleagues remember him as a meticulous official who knew every trader who crossed the border and kept his own notebooks of their goods and their debts. He was dismissed in 2026 after an investigation into missing seized goods, although he was never charged, and he disappeared from Varrow a few months later.[ii]"),
 ("p", "He resurfaced in the Brigades' records in 2027 as the man responsible for the movement's stores. Documents captured by the army in 2028 show him signing for deliveries of fuel, food and ammunition, and recording each item with the same care he had shown at the customs post. After the offensive, when the Brigades' commanders were scattered and several of them were killed, it was Iraola-Dube who knew where the remaining stores were and who owed the movement money."),
 ("h", "Rebuilding the Supply Lines"),
 ("p", "Since 2029 Iraola-Dube has replaced the large depots that the army destroyed with dozens of small caches kept by farmers and shopkeepers who are paid a monthly fee. He has used his knowledge of the border to organise the smuggling of fuel from the south, which the Brigades sell at a profit in the hill villages, and he has negotiated the purchase of rifles from corrupt members of a local militia. None of these arrangements is new in itself, but together they have given the movement a steady income and a supply system that no single raid can destroy.[iii]"),
 ("p", "His role in the current split over the government's amnesty is unclear. He has not spoken publicly, and neither the commanders who accepted the offer nor those who rejected it have claimed his support. His position is a strong one: whichever faction controls the Brigades' stores will be better placed to survive, and Iraola-Dube is the only man who knows where all of them are."),
 ("h", "Outlook"),
 ("p", "Iraola-Dube is unlikely to become the Brigades' public leader. He has no military record and no religious standing, and he appears to prefer the influence of the man who holds the keys. But any strategy for ending the insurgency in the Ondara hills will have to take account of him, either by drawing him into a settlement or by dismantling the network of caches and smuggling routes that he has built.[iv]"),
]
P1_NOTES = [
 "[i] Author's interviews with two former members of the Ondara Hill Brigades, Varrow, March 2031.",
 "[ii] Kessmark Customs Service, internal disciplinary notice, September 2026, seen by the author.",
 "[iii] \"Fuel smuggling finances hill insurgents, report says,\" Ondara Daily, January 18, 2031.",
 "[iv] On the amnesty, see Terrorism Monitor, Volume XXIX, Issue 9.",
]
P1_BIO = "Consolata Wren-Abiodun is a journalist based in Varrow who has covered the Ondara insurgency since 2025."

P2_TITLE = "Hadiza Kolbeck: From Founder of a Women's Wing to Hostage Negotiator"
P2_AUTHOR = "Piotr Amadi-Salonen"
P2 = [
 ("p", "In the negotiations that followed the ferry attack on Lake Sevrin in April, one of the intermediaries who carried messages between the families of the hostages and the Sevrin Front was a woman well known to the security services: Hadiza Kolbeck, who founded the group's women's wing in 2026 and spent three years in prison for it. Her reappearance as a negotiator says much about the informal channels through which the conflict around the lake is now managed.[i]"),
 ("p", "Kolbeck was a teacher in Kaminde before she joined the Front. She organised the wives and sisters of its fighters into a network that collected donations, cared for the wounded and, according to the prosecution at her trial, carried messages and money between the group's cells. She was arrested in 2027 and sentenced to five years, of which she served three before being released for good behaviour in 2030.[ii]"),
 ("p", "Since her release she has kept a careful distance from the Front. She runs a small sewing cooperative in Kaminde and has given interviews in which she says that she regrets the violence but not her work for the families of fighters. Officials who have dealt with her describe her as pragmatic and well informed, and as one of the few people trusted both by the group's commanders and by the families of its victims."),
 ("p", "That position makes her useful to the authorities, who do not talk to the Front directly, and to the group, which needs a channel through which to make its demands known. It also makes her vulnerable. Hardliners within the Front are said to resent her role, and some officials would prefer to see her back in prison. For now, however, she is one of the few people on either shore of the lake who can help bring the hostages home.[iii]"),
]
P2_NOTES = [
 "[i] Author's interview with a relative of one of the hostages, Port Halvani, May 2031.",
 "[ii] Judgment of the Port Halvani High Court in the case against Kolbeck and others, June 2027.",
 "[iii] Author's interview with a regional government official, May 2031.",
]
P2_BIO = "Piotr Amadi-Salonen is a researcher at the Lakeside Institute for Conflict Studies. He writes on women in armed groups and on hostage negotiations."
