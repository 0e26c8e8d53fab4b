"""b01: a whole Terrorism Monitor issue (Volume XL, Issue 6, March 20, 2042) as PDF text."""
from lib import Article, RawFile

PUB = "Terrorism Monitor"
DATE = "2042-03-20"


# The first feature's body: paragraphs (a `~` marks a line-end hyphen and ` ## ` a page break in the PDF text)
# and subheadings (`# `); the web version b05 prints the same text.
FEATURE_BODY = [
    "The insurgency on the Kestrel Coast has never been rich. Its fighters rarely number more than a few "
    "hundred, its leaders live in the same fishing settlements as their recruits, and its arsenal consists "
    "largely of rifles taken from police posts. Yet over the past five years the movement has kept a fleet of "
    "perhaps thirty fast boats at sea, each of which needs fuel, outboard engines and repairs that cost far more "
    "than the group could raise from local donations alone [1].",
    "This article sets out how the group pays for its boats. It draws on court records from three trials in "
    "Port Sennet, on interviews with fishermen in Marovale province conducted in late 2041, and on the group's "
    "own radio broadcasts, which since 2039 have carried notices about taxes and fees to coastal villages [2].",
    "# Three Streams of Money",
    "The first and best known stream is ransom. Court records show that between 2037 and 2040 the group "
    "collected payments for at least forty-two crews, with sums ranging from a few thousand to several hundred "
    "thousand ostrels. The larger payments came almost entirely from foreign shipping companies, whose insurers "
    "are reluctant to talk about the practice [3].",
    "The second stream is rice. The group controls two of the small harbors through which rice imports reach "
    "the southern districts, and it charges traders a fixed fee for every sack landed. Fishermen interviewed for "
    "this article described the fee as predictable and, in the words of one, \u201ccheaper than the customs "
    "post ever was.\u201d Because the fee is collected in cash at the quay, it leaves no record in any bank, and "
    "it continues whether or not the group holds hostages.",
    "The third stream is the least visible. The group's radio station, which broad~casts for two hours each "
    "evening, sells airtime to village traders and even to candidates in local elections. The sums involved "
    "are small, but the broadcasts allow the group to present itself as a local authority that collects "
    "legitimate fees, and they give it a means of announcing new taxes without sending fighters into the "
    "villages [4].",
    "# Boats as the Center of Gravity",
    "All three streams are spent, in the first place, on boats. Engines wear out quickly in the salt water of "
    "the coast, and the group's mechanics, several of whom were trained in the government's own fisheries "
    "school, need a constant supply of spare parts. The drone parts seized at Port Sennet in March suggest that "
    "the same brokers who supply engine parts are now ## being asked for more sophisticated equipment.",
    "This dependence is also a weakness. A navy that controls the anchorages, or a customs service that can "
    "follow the trade in outboard engines, would put pressure on the group where it is least able to adapt. The "
    "move of kidnapping crews inland since January is an early sign that this pressure is already being felt.",
    "# Conclusion",
    "The Kestrel Coast insurgency is a small movement with a large coastline. Its finances are modest, but they "
    "are diverse, local and difficult to interrupt. Policies aimed only at ransom payments will miss most of "
    "the money; policies aimed at the boats, and at the quayside economy that keeps them at sea, stand a better "
    "chance of success.",
]

FEATURE_NOTES = [
    "[1] Interview with a former boat mechanic, Upper Tassin, November 2041.",
    "[2] Trial records, Sennet Provincial Court, cases 118/2039, 42/2040 and 7/2041.",
    "[3] Marovale Herald, \u201cInsurers Quietly Paid Kidnappers, Court Hears,\u201d June 2, 2040.",
    "[4] Broadcast recordings held by the authors, October 2041 to February 2042."
]


def build():
    f = RawFile("b01")
    page = [1]

    def page_break():
        page[0] += 1
        header = "Terrorism Monitor       Volume XL  •  Issue 6  •  March 20, 2042"
        if page[0] == 4:
            header = "TerrorismMonitor\uf076VolumeXL\uf076Issue6\uf076March20,2042"
        return ["", str(page[0] - 1), "", header, ""]

    f.page_break = page_break
    f.furn("THE WESTMARK FOUNDATION", "", "TERRORISM MONITOR",
           "Independent analysis of militancy and political violence", "",
           "VOLUME XL, ISSUE 6  |  MARCH 20, 2042", "", "IN THIS ISSUE:", "",
           "BRIEFS", "Kidnapping Crews Move Inland Along the Kestrel Coast",
           "Militant Cell Dismantled in Port Sennet After Drone Parts Seizure",
           "By Idris Falkenrath-Moyo", "",
           "FEATURES", "Ransom, Rice and Radio: How the Kestrel Coast Insurgency Finances Its Boats",
           "By Dr. Halima Voskuijlen and Anselm Brightwater-Oduya", "",
           "Gaming Clans and Encrypted Lobbies: Recruitment Online in Northern Ostrevia",
           "By Marisol Etxeberria-Kane", "",
           "The Westmark Foundation publishes Terrorism Monitor twice a month for specialists and general",
           "readers alike. Each author speaks for themselves alone, not for the Foundation.", "", "BRIEFS", "")

    f.start(Article("Kidnapping Crews Move Inland Along the Kestrel Coast", ["Idris Falkenrath-Moyo"], DATE,
                    "brief", PUB, 40, 6))
    f.furn("Kidnapping Crews Move Inland Along the Kestrel Coast", "", "Idris Falkenrath-Moyo", "")
    f.paras(
        "For most of the past decade the armed groups of the Kestrel Coast took their hostages at sea, boarding "
        "trawlers and cargo dhows within sight of the shore and holding crews on small islands until a payment "
        "arrived. Since January, however, the pattern has changed. Local officials in Marovale province have "
        "recorded eleven abductions in farming villages between ten and forty kilometers from the sea, all of them "
        "carried out at night by groups of six to ten men on motorcycles (Marovale Herald, March 4).",
        "The shift appears to follow the arrival of two navy patrol vessels at Port Sennet in late 2041, which made "
        "the old anchorages far riskier. Residents of Upper Tassin told a provincial radio station that the "
        "kidnappers now favor shop~keepers and teachers, whose families can raise smaller sums quickly, rather than "
        "boat owners who once paid large ransoms over weeks (Radio Tassin, March 9).",
        "The move inland brings the groups into districts where the police have few posts and where rival village "
        "militias are already armed. Unless the provincial government extends the patrols ashore, the coming "
        "planting season is likely to see more abductions, and perhaps the first clashes between the kidnap crews "
        "and the militias that have so far kept them out.")
    f.blank()
    f.furn("Idris Falkenrath-Moyo is the Editor of Terrorism Monitor.", "")

    f.start(Article("Militant Cell Dismantled in Port Sennet After Drone Parts Seizure", ["Idris Falkenrath-Moyo"],
                    DATE, "brief", PUB, 40, 6))
    f.furn("Militant Cell Dismantled in Port Sennet After Drone Parts Seizure", "", "By Idris Falkenrath-Moyo", "")
    f.paras(
        "On March 12, customs officers at Port Sennet opened a container declared as agricultural sprayers and "
        "found instead some four hundred electric motors, flight controllers and carbon-fiber arms, enough to "
        "assemble several dozen small drones. Within two days the police had arrested seven people in the city's "
        "eastern districts, among them a freight broker and two engineering students (Sennet Daily, March 14).",
        "Officials say the cell had links to the Kestrel Coast insurgents and intended to ## supply them with drones "
        "for watching navy patrols rather than for attacks. That claim is plausible: the insurgents have so far "
        "used commercial drones only for scouting, and none of the parts seized were suited to carrying a payload.",
        "Even so, the seizure shows that the insurgency can now reach into the largest port of the province for "
        "its supplies. The freight broker had moved goods for the group at least twice before, according to the "
        "prosecutor, and the routes he used remain open.")
    f.blank()
    f.furn("Idris Falkenrath-Moyo is the Editor of Terrorism Monitor.")
    f.break_page()
    f.furn("FEATURES", "")

    f.start(Article("Ransom, Rice and Radio: How the Kestrel Coast Insurgency Finances Its Boats",
                    ["Halima Voskuijlen", "Anselm Brightwater-Oduya"], DATE, "feature", PUB, 40, 6))
    f.furn("Ransom, Rice and Radio: How the Kestrel Coast Insurgency",
           "Finances Its Boats", "", "By Dr. Halima Voskuijlen and Anselm Brightwater-Oduya", "")
    for block in FEATURE_BODY:
        if block.startswith("# "):
            f.blank()
            f.text(block[2:])
            f.blank()
        else:
            if f.lines[-1][0].strip():
                f.blank()
            f.para(block)
    f.blank()
    f.furn("Notes", "")
    f.text(*FEATURE_NOTES)
    f.blank()
    f.furn("Dr. Halima Voskuijlen is a senior researcher at the Institute for Coastal Security in Lindenhaven, where",
           "she studies maritime insurgencies. Anselm Brightwater-Oduya is a journalist based in Port Sennet who has",
           "reported on the Kestrel Coast since 2035.", "")

    f.start(Article("Gaming Clans and Encrypted Lobbies: Recruitment Online in Northern Ostrevia",
                    ["Marisol Etxeberria-Kane"], DATE, "feature", PUB, 40, 6))
    f.furn("Gaming Clans and Encrypted Lobbies: Recruitment Online in Northern Ostrevia", "",
           "By Marisol Etxeberria-Kane", "")
    f.paras(
        "When police in the northern Ostrevian town of Velm arrested four teenagers in January on charges of "
        "planning an attack on a municipal festival, investigators were surprised less by the plot than by where "
        "it had been hatched. None of the four had attended a mosque, a political meeting or a training camp. They "
        "had met instead in the voice lobby of a popular online shooting game, where an older player had spent "
        "months building their trust [1].",
        "The case is not isolated. Prosecutors in Ostrevia have opened at least nine investigations since 2040 in "
        "which recruitment began inside gaming communities, and the pattern they describe is consistent across them.")
    f.blank()
    f.text("From Team Play to Private Channels")
    f.blank()
    f.paras(
        "Recruiters look for players who are young, isolated and skilled. They join the same clans, play alongside "
        "their targets for weeks and offer praise and small gifts of in-game currency. Only later do they move the "
        "conversation to encrypted messaging channels, where the tone shifts from shared play to shared grievance "
        "[2].",
        "This slow approach makes detection difficult. Moderators of the games rarely see anything that breaks "
        "their rules, since the early conversations are about tactics and scores. By the time the language becomes "
        "extremist, it has left the platform altogether.",
        "The groups behind these recruiters appear to be loose networks rather than organizations. In the Velm case "
        "the older player described himself as a member of a movement that had no name, no leader and no website, "
        "only a set of shared videos and a collection of manifestos from earlier attackers [3].")
    f.break_page()
    f.text("What Authorities Can Do")
    f.blank()
    f.paras(
        "Ostrevia's interior ministry has proposed a law that would require games with voice chat to keep "
        "recordings for ninety days. Civil liberties groups oppose the measure, and experts doubt that it would "
        "help, since the decisive conversations take place elsewhere. More promising are programs in Velm and two "
        "other towns that train youth workers to recognize the early signs of grooming in gaming communities, much "
        "as they already do for other forms of online exploitation.")
    f.blank()
    f.furn("Marisol Etxeberria-Kane is an independent analyst of online extremism based in Ostrevia.", "")
    f.furn("Notes", "")
    f.text("[1] Velm District Prosecutor, statement of January 23, 2042.",
           "[2] Interview with an investigator of the Ostrevian federal police, February 2042.",
           "[3] Northern Courier, \u201cThe Player Who Had No Name,\u201d February 11, 2042.")
    f.furn("", str(page[0]))
    f.write(sidecar={"publication": PUB}, choices=[
        "the editor's bio after each brief and the co-authors' bio after the notes are not text (bios).",
        "the contents list and the publisher's note under it are furniture.",
    ])
    return f
