"""c01: a whole Terrorism Monitor issue as PDF text (Volume XLI, Issue 4, 20 February 2043)."""
from lib import Doc

PUB, VOL, ISS, DATE = "Terrorism Monitor", 41, 4, "2043-02-20"

BRIEF1 = "Ferry Kidnappings Return to the Ombassi Gulf"
BRIEF2 = "A Preacher Network Surfaces on Calmoor's Campus Radio"
FEAT1 = "Salt, Fuel and Tolls: How the Red Cedar Front Finances Its Return to the Kossari Highlands"
FEAT2 = "The Drone Workshops of Port Ilvane"

FEAT1_PARAS = [
    "When the Red Cedar Front withdrew from the Kossari highlands in 2039, most observers assumed the group "
    "had spent its last reserves. Four years later its fighters are back in the upland market towns, and "
    "they are paying cash. Traders in Duvna and Seltra describe men who settle debts in full, hire trucks "
    "by the week and buy fuel in quantities no village cooperative could afford [1].",
    "This article traces where that money comes from. It draws on court records from the provincial "
    "tribunal at Ardesh, on interviews with six hauliers who work the highland roads, and on the "
    "Front's own statements, which have become unusually frank about what it calls its “road economy.”",
    "## The Salt Road",
    "The oldest of the Front's revenue streams is the salt trade. Rock salt cut from the Kossari pans "
    "has moved down to the coast for centuries, and the carriers have always paid someone for passage. "
    "What has changed is the rate. Hauliers interviewed for this article said the Front now takes a fixed "
    "share of every load rather than a flat fee at the pass, and that it issues handwritten receipts "
    "stamped with a cedar emblem [2]. A receipt protects the driver at the next checkpoint; it also gives "
    "the Front a ledger of ^who moves what, and when.",
    "Court records suggest the scale is considerable. In a case heard at Ardesh in October 2042, "
    "prosecutors presented a notebook seized from a Front courier that listed more than 400 salt "
    "consign|ments over five months [3]. Even at the lowest rate quoted by the drivers, that would have "
    "paid the wages of several hundred fighters.",
    "## Fuel and the Checkpoint Economy",
    "Fuel is the newer business and, by most accounts, the more profitable one. Since the government "
    "ended the diesel subsidy in the highland districts, smuggled fuel from across the Belkand border "
    "has undercut the official pumps by almost half. The Front does not run the smuggling itself. Instead "
    "it sells protection to the networks that do, and it has begun to settle disputes between them, a "
    "role that makes it useful to people who have no sympathy for its politics [4].",
    "The checkpoints tie the two trades together. A driver carrying salt down and fuel back up pays twice, "
    "but he also travels under a single authority that keeps bandits off the road. Several hauliers said "
    "they preferred this arrangement to the army's, because the Front's prices are published and its "
    "men do not ask for extra.",
    "## Outlook",
    "None of this makes the Front a state in waiting, but it does make it harder to dislodge. An offensive "
    "that closes the roads would hurt the traders first, and the Front has shown it can wait. Any "
    "serious attempt to cut its income will have to offer the highland economy something the "
    "check|points do not: a road that is both safe and cheap.",
]
FEAT1_NOTES = [
    "[1] Interviews with traders in Duvna and Seltra, conducted by the authors in November 2042.",
    "[2] Interviews with hauliers on the Ardesh–Tamvel road, December 2042.",
    "[3] Provincial Tribunal of Ardesh, case no. 2042/118, judgment of October 14, 2042.",
    "[4] “The Road Economy,” statement of the Red Cedar Front, January 3, 2043.",
]
FEAT1_BIO = ("Dr. Anselm Whitcombe is a senior lecturer in political economy at the University of Ostmere. "
             "Priya Ramaswaran is a research associate at the Tamvel Centre for Highland Studies.")


def build():
    d = Doc("c01", page_break=None, comments=[
        "the editor's one-line bio after each brief is not text (it goes to the author's profile).",
        "the two-author bio after the third article's notes is not text; the fourth article's bio sits between its text and its notes.",
        "the running header and bare page numbers, printed at every page break, are furniture; one header is mangled.",
    ])
    state = {"page": 1, "mangled": False}

    def page_break(doc):
        state["page"] += 1
        doc.blank()
        doc.add(str(state["page"] - 1))
        doc.blank()
        if state["page"] == 5 and not state["mangled"]:
            state["mangled"] = True
            doc.add("TerrorismMonitor\uf0a7VolumeXLI,Issue4\uf0a7February20,2043")
        else:
            doc.add("Terrorism Monitor     Volume XLI  \u2022  Issue 4  \u2022  February 20, 2043")
        doc.blank()

    d.page_break = page_break
    b1 = d.article(BRIEF1, ["Teodora Vlasenko"], DATE, "brief", PUB, VOL, ISS)
    b2 = d.article(BRIEF2, ["Teodora Vlasenko"], DATE, "brief", PUB, VOL, ISS)
    f1 = d.article(FEAT1, ["Anselm Whitcombe", "Priya Ramaswaran"], DATE, "feature", PUB, VOL, ISS)
    f2 = d.article(FEAT2, ["Marguerite Oyelaran-Baptiste"], DATE, "feature", PUB, VOL, ISS)

    d.add("THE HALVARD FOUNDATION")
    d.blank()
    d.add("TERRORISM MONITOR")
    d.add("Independent analysis of militancy and political violence")
    d.blank()
    d.add("VOLUME XLI, ISSUE 4  \u2022  FEBRUARY 20, 2043")
    d.blank()
    d.add("IN THIS ISSUE:")
    d.blank()
    d.add("BRIEFS")
    d.add(f"{BRIEF1}")
    d.add("By Teodora Vlasenko")
    d.add(f"{BRIEF2}")
    d.add("By Teodora Vlasenko")
    d.blank()
    d.add("FEATURES")
    d.add("Salt, Fuel and Tolls: How the Red Cedar Front Finances Its Return to the")
    d.add("Kossari Highlands")
    d.add("By Dr. Anselm Whitcombe and Priya Ramaswaran")
    d.add(FEAT2)
    d.add("By Marguerite Oyelaran-Baptiste")
    d.blank()
    d.para("Terrorism Monitor is a publication of the Halvard Foundation. It is designed to be read by policy-makers, "
           "specialists and the media. The opinions expressed in it are those of the authors alone. Unauthorized "
           "reproduction or redistribution of this or any Halvard Foundation publication is strictly prohibited.")
    d.page()

    d.add("BRIEFS")
    d.blank()
    d.add(BRIEF1)
    d.blank()
    d.add("Teodora Vlasenko")
    d.blank()
    d.para("On February 9, armed men boarded a passenger ferry an hour out of Port Ilvane and took eleven people "
           "ashore on the Ombassi Gulf's eastern shore. Nine were released within two days after their families "
           "paid; two crew members are still held. It was the third such seizure since December, after almost "
           "two years in which the gulf's ferry routes had been quiet [1].", b1)
    d.blank()
    d.para("The pattern is familiar to anyone who followed the gulf in the 2030s. Small cells, some of them once "
           "attached to larger militant groups, work out of the mangrove channels and sell captives on to whoever "
           "can negotiate the ransom. What is new is the target. The earlier wave took fishermen and traders; "
           "this one has gone after the ferries, whose passengers include civil servants and their families.", b1)
    d.blank()
    d.para("The coast guard has added patrols on the Ilvane–Sarrow crossing, but it has only four boats for more "
           "than 200 kilometers of shoreline. Unless the ferry operators are given armed escorts, the cells are "
           "likely to strike again before the rains close the channels in May.", b1)
    d.blank()
    d.add("Notes", None)
    d.add("[1] Ombassi Gulf Coast Guard, press statement, February 11, 2043.", b1)
    d.blank()
    d.add("Teodora Vlasenko is the Editor of Terrorism Monitor.")
    d.blank()
    d.add(BRIEF2)
    d.blank()
    d.add("By Teodora Vlasenko")
    d.blank()
    d.para("Students at the Calmoor Polytechnic have complained for months about a late-night program on the "
           "college's community radio station. The program, which began as a call-in show about exam stress, "
           "now carries hour-long sermons by a preacher who calls himself Abu Sirin and who has urged listeners "
           "to “leave the cities of the careless” [1].", b2)
    d.blank()
    d.para("Abu Sirin is not a new figure. Recordings under the same name circulated on messaging channels in "
           "2041, and investigators in Calmoor believe he is one of several speakers sharing a single "
           "pseudonym. What is new is the reach: the station's signal covers three districts, and its archive "
           "is reposted within hours on video sites that the regulator does not monitor.", b2)
    d.blank()
    d.para("The station's board suspended the program on February 14. Whether that ends the network's interest "
           "in campus audiences is another question; the same sermons were already being played at a student "
           "hostel in Varenne by the following weekend.", b2)
    d.page()
    d.add("Notes")
    d.add("[1] Recording of the program of January 30, 2043, reviewed by the author.", b2)
    d.blank()
    d.add("Teodora Vlasenko is the Editor of Terrorism Monitor.")
    d.page()

    d.add("FEATURES")
    d.blank()
    d.add("Salt, Fuel and Tolls: How the Red Cedar Front Finances Its Return to the")
    d.add("Kossari Highlands")
    d.blank()
    d.add("By Dr. Anselm Whitcombe and Priya Ramaswaran")
    d.blank()
    for p in FEAT1_PARAS:
        if p.startswith("## "):
            d.add(p[3:], f1)
        else:
            d.para(p, f1)
        d.blank()
    d.add("Notes")
    for n in FEAT1_NOTES:
        d.para(n, f1)
    d.blank()
    d.para(FEAT1_BIO)
    d.page()

    d.add(FEAT2)
    d.blank()
    d.add("By Marguerite Oyelaran-Baptiste")
    d.blank()
    for p in [
        "In a row of repair shops behind the fish market at Port Ilvane, mechanics who used to fix outboard "
        "motors now build small aircraft. Most of what they make is legal: crop sprayers, survey drones for the "
        "port authority, toys for the tourist stalls. But since the middle of 2042 the same shops have been "
        "linked to at least five attacks on police posts along the coast road [1].",
        "The drones used in those attacks were not sophisticated. Investigators who examined the wreckage "
        "found commercial frames, locally wound motors and a release mechanism made from a door latch [2]. "
        "What made them dangerous was the supply. A workshop that can turn out a dozen frames a week for "
        "farmers can turn out a few more without anyone noticing.",
        "Port Ilvane's mechanics are not militants. Several of those interviewed for this article said they "
        "had been approached by middlemen who paid in advance and asked for no modifications, only speed. "
        "One described the arrangement as “like any other customer, except he never came back for repairs.”",
        "The provincial government has proposed a licensing scheme for drone builders, modeled on the "
        "one that already covers firearms dealers. The mechanics' association opposes it, arguing that it "
        "would drive the trade into back rooms where no one could see it. On that point, at least, the "
        "police and the mechanics agree: the workshops are easier to watch while they remain in the open. "
        "The harder task is to reach the middlemen, who move between the port and the ^highland towns "
        "and who, so far, have left no paper trail [3].",
    ]:
        d.para(p, f2)
        d.blank()
    d.para("Marguerite Oyelaran-Baptiste is a journalist based in Port Ilvane who has reported on the Ombassi "
           "Gulf coast since 2036.")
    d.blank()
    d.add("Notes")
    d.add("[1] Coast Road Police Command, incident summaries, July 2042 to January 2043.", f2)
    d.add("[2] Interview with a forensic examiner, Port Ilvane, January 2043.", f2)
    d.add("[3] Interviews with workshop owners, Port Ilvane, December 2042 and January 2043.", f2)
    d.blank()
    d.add(str(state["page"]))
    d.sidecar = "publication: Terrorism Monitor\n"
    return d
