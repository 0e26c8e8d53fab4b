# Writes the kind7-new cases: three invented whole issues mixing briefs and features, and three invented web pages
# whose furniture says what they are. All text invented for this corpus. Run from this folder.
import sys
sys.path.insert(0, "..")
from corpusgen import Issue, arts, write

# 1. No contents; a "NEWS IN BRIEF" label over three short items signed at their ends, then a long piece with a
#    byline, subheadings and notes, no label before it.
i = Issue("a01_delta_watch_signed_briefs")
A = arts("The Delta Watch", "2030-10-14", 4, 9,
         ("Toll Gates Reappear on the Creek Road", ["Efua Lindgren-Addo"], "brief"),
         ("Fishermen Report Night Patrols Near Orra Point", ["Tomasz Okafor-Bell"], "brief"),
         ("A Court in Bresa Frees Three Boatmen", ["Efua Lindgren-Addo"], "brief"),
         ("The Pipeline Villages: How Fuel Theft Became a Local Economy", ["Marguerite Osei-Halvorsen"], "feature"))
i.add("THE DELTA WATCH"); i.add("Vol. 4, No. 9 — 14 October 2030"); i.add()
i.add("NEWS IN BRIEF"); i.add()
briefs = [
    ["Residents of the creek villages say that men in unmarked boats have again begun stopping traffic on the road that follows the water to the district market, asking drivers for a fixed sum per load.",
     "The gates were removed after a police operation two years ago. Traders say the new collectors are younger and better armed, and that nobody has yet been arrested."],
    ["Fishing crews from three villages near Orra Point say armed launches have patrolled the channel at night since the start of the month, ordering boats to show their catch and their papers.",
     "The navy says it has no vessels in the area. Local officials have asked the coastal command to say who the patrols belong to."],
    ["A magistrate in Bresa released three boatmen held for five months on charges of carrying stolen fuel, ruling that the prosecution had produced no evidence that the drums in their boats were stolen.",
     "Lawyers for the men said the case showed how little the courts can do when the police arrest the carriers and never the buyers."],
]
for k, paras in enumerate(briefs):
    i.add(A[k]["title"]); i.add()
    for p in paras: i.para(p, k); i.add()
    i.add("— " + A[k]["authors"][0]); i.add()
k = 3
i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
feature = [
    ("", ["Along the pipeline corridor, the theft of fuel is no longer the work of a few gangs. It has become the main source of cash for several villages, and the people who live there speak of it as a trade rather than a crime. [1]",
          "This article looks at how the trade is organised, who profits from it and why the repeated military operations of the last five years have not ended it."]),
    ("Tapping and Carrying", ["The tapping itself is done by small teams of men who know the pipeline well; some of them once worked for the contractors who maintain it. They open a valve at night and fill drums that are carried to the creeks by boys paid by the trip.",
          "From the creeks the drums go to makeshift refineries hidden in the mangroves, where the crude is boiled in open tanks. The product is poor, but it is cheap, and it is sold openly at roadside stalls across the district. [2]"]),
    ("Who Profits", ["Most of the money does not stay in the villages. Residents say that the largest share goes to the men who own the boats and the refineries, and to the officials who are paid to look away when the drums move.",
          "The villagers who carry the drums earn more than they could from fishing, which the spills have ruined, but they also carry the risk. Fires at the refineries kill several people every year."]),
    ("Why Operations Fail", ["Military operations destroy refineries and arrest carriers, but the owners are rarely touched, and new refineries appear within weeks. Without other work in the villages, the trade will outlast any operation."]),
]
for head, paras in feature:
    if head: i.add(head, k); i.add()
    for p in paras: i.para(p, k); i.add()
i.add("Notes"); i.add()
i.add("[1] Interviews in four villages of the corridor, August–September 2030.", k)
i.add("[2] Reports of the district environment office, 2029 and 2030.", k); i.add()
i.write(A, "publication: The Delta Watch\ndate: 2030-10-14\n")

# 2. Contents list every piece by title under section headings; the body prints one "SHORT ITEMS" label over two
#    briefs with bylines, then two features listed by title with no label before them.
i = Issue("a02_highland_review_contents_sections")
A = arts("The Highland Review", "2031-02-03", 11, 2,
         ("Border Guards Seize a Mule Train of Rifles", ["Sunniva Achebe-Ross"], "brief"),
         ("Teachers Strike Over Militia Levies in Korm", ["Darius Wennberg-Oduya"], "brief"),
         ("Pastures and Patrols: The Militias of the Upper Korm", ["Ilka Brandt-Mensah"], "feature"),
         ("A Ceasefire Without Witnesses", ["Olumide Sandoval-Kerr", "Greta Nyqvist"], "feature"))
i.add("The Highland Review"); i.add("Volume 11 · Issue 2 · 3 February 2031"); i.add()
i.add("In this issue"); i.add()
i.add("Short items"); i.add("  Border Guards Seize a Mule Train of Rifles"); i.add("  Teachers Strike Over Militia Levies in Korm")
i.add("Features"); i.add("  Pastures and Patrols: The Militias of the Upper Korm"); i.add("  A Ceasefire Without Witnesses"); i.add()
i.add("SHORT ITEMS"); i.add()
briefs = [
    ["Guards at the Sarn pass stopped a train of eleven mules on the night of January 24 and found forty rifles hidden under sacks of walnuts, the border service said in a statement.",
     "The drivers told investigators they had been paid to take the animals to a village on the other side and did not know what they carried."],
    ["Schoolteachers in the Korm district stopped work on Monday after the militia that controls the valley demanded a tenth of their salaries, union officials said.",
     "The education ministry has promised to pay the teachers through banks in the district town, out of the militia's reach, but has not said when."],
]
for k, paras in enumerate(briefs):
    i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
    for p in paras: i.para(p, k); i.add()
features = {
    2: [("", ["The militias of the upper Korm valley began as village guards against cattle raiders. Ten years later they decide who may graze where, who may cross the passes, and what each family pays for the privilege. [1]",
              "Their strength rests on the pastures. Whoever controls the summer grazing controls the herds, and the herds are the only wealth most families have."]),
        ("The Summer Grazing", ["Each spring the militias announce which slopes are open, and to whom. Families that refuse to pay are given the worst slopes or none at all, and their animals are sometimes driven off at night.",
              "Elders who once settled disputes over grazing now bring them to the militia commanders, who settle them for a fee and, residents say, usually in favour of their relatives."]),
        ("The Passes", ["The same men tax the traffic over the passes in summer, when the roads are open, and sell permits to the smugglers who cross in winter on foot. [2]",
              "A former commander said the winter permits earn more than the grazing fees, although far fewer people buy them."]),
        ("What Could Change", ["A plan to register pastures in the names of the families that use them has been discussed for years. If it were carried out, it would take away the militias' main source of power."])],
    3: [("", ["The ceasefire signed in November between the two armed groups of the eastern hills has held, in the sense that neither side has launched a large attack. But nobody is watching it, and both sides know it. [1]",
              "The agreement provided for a monitoring team of officers from both sides and from the provincial government. The team has not met once."]),
        ("No Monitors", ["Provincial officials say the team has not met because neither group has named its officers. The groups each say the other is to blame.",
              "Without monitors, every incident becomes a matter of claim and counterclaim. Three shootings at checkpoints in January were each described by both sides as violations by the other. [2]"]),
        ("The Risk", ["Ceasefires that nobody watches tend to fail slowly, as small incidents go unanswered and then are answered at once. The hills may be heading for such a failure by the spring."])],
}
for k in (2, 3):
    i.add(A[k]["title"]); i.add("By " + " and ".join(A[k]["authors"])); i.add()
    for head, paras in features[k]:
        if head: i.add(head, k); i.add()
        for p in paras: i.para(p, k); i.add()
    i.add("Notes"); i.add()
    i.add("[1] Interviews with residents and former members, December 2030.", k)
    i.add("[2] Reports of the provincial security council, January 2031.", k); i.add()
i.write(A, "publication: The Highland Review\ndate: 2031-02-03\n")

# 3. A feature first, then a "BRIEFS" run of three unsigned items in capitals, then an "ANALYSIS" label over the last piece.
i = Issue("a03_coastline_feature_briefs_analysis")
A = arts("Coastline Security Report", "2031-06-20", 7, 12,
         ("The Harbour Masters' War", ["Ines Abernathy-Kofi"], "feature"),
         ("GUNMEN ROB A FERRY OFF CAPE TALL", [], "brief"),
         ("PORT UNION LEADER DETAINED", [], "brief"),
         ("NAVY RECEIVES TWO NEW PATROL BOATS", [], "brief"),
         ("Why the Coast Guard Cannot Hold the Islands", ["Per Mwangi-Holm"], "analysis"))
i.add("COASTLINE SECURITY REPORT"); i.add("Volume 7, Issue 12 | June 20, 2031"); i.add()
k = 0
i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
for p in ["In four of the coast's small harbours, the harbour master is no longer the official named by the port authority but the man the local gang allows to keep the job. [1]",
          "The change has happened quietly, harbour by harbour, over the last three years. It matters because the harbour master signs the papers that let cargo move.",
          "Officials in the capital describe the situation as a matter of discipline. Those who work in the harbours describe it as a war that the state has already lost.",
          "Two former harbour masters who refused to sign papers for the gangs now live inland. One of them said he had been told that his house would burn if he came back."]:
    i.para(p, k); i.add()
i.add("Notes"); i.add(); i.add("[1] Interviews in the harbours of the southern coast, April–May 2031.", k); i.add()
i.add("BRIEFS"); i.add()
briefs = [
    ["Four armed men boarded the evening ferry from the islands on June 11 and robbed its forty passengers before escaping in a fast boat, the ferry company said."],
    ["Police in the port of Sella detained the leader of the dockworkers' union on June 15 after he accused customs officers of taking bribes from smugglers. He has not been charged."],
    ["The navy took delivery of two patrol boats on June 17. Officers said the boats would be based on the islands, where the coast guard has had no vessel since March."],
]
for n, paras in enumerate(briefs):
    k = n + 1
    i.add(A[k]["title"]); i.add()
    for p in paras: i.para(p, k); i.add()
i.add("ANALYSIS"); i.add()
k = 4
i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
for p in ["The coast guard has more boats than it had five years ago, and fewer of them at sea. Fuel, crews and repairs all cost money the service does not have.",
          "The islands are where the gap shows first. Without a boat based there, the coast guard can reach them only after a crime has been reported, hours after the boats involved have gone.",
          "The new patrol boats will help only if the service can keep them running, which past deliveries suggest it cannot."]:
    i.para(p, k); i.add()
i.write([dict(a, authors=a["authors"]) for a in A], "publication: Coastline Security Report\ndate: 2031-06-20\n")

# 4. A blog post on a hosted blog: a "Posted on DATE by NAME" head, a mail-me-new-posts box and a comment count.
write("w01_hosted_blog_posted_on", [
    "Lowland Notebook",
    "notes from the river plains",
    "The grain barges that no longer stop at Venn",
    "Posted on 4 May 2031 by Halima Torvaldsen",
    ">For most of the last century the grain barges stopped at Venn to take on fuel and crew. This spring they have sailed past it, and the town's quay is empty.",
    ">The bargemen say the reason is simple: the armed men who now collect a fee at the quay charge more than the fuel is worth.",
    "Subscribe to get new posts from Lowland Notebook by email",
    "Join 1,310 other subscribers",
    ">The town council says it has asked the police for help. The police say the quay belongs to the port authority, which has not answered.",
    "7 Comments",
    "Leave a comment",
], dict(title="The grain barges that no longer stop at Venn", authors=["Halima Torvaldsen"], date="2031-05-04", kind="blog", publication="Lowland Notebook"),
   sidecar="url: https://lowlandnotebook.example/2031/05/04/grain-barges-venn/")

# 5. A newsletter edition read in a browser: the email's "view in browser" line and its numbered edition with a date.
write("w02_newsletter_view_in_browser", [
    "View this email in your browser",
    "THE CROSSINGS LETTER",
    "On borders, boats and the people who move between them",
    "Edition 57 — Friday, 9 May 2031",
    "Why the night buses stopped",
    ">Hello from a rainy week. Several of you asked what happened to the night buses across the northern border, so this edition is about them.",
    ">The operators stopped the service in April after two buses were stopped by armed men and their passengers robbed. The border police say they will escort buses from June.",
    ">Until then, the people who used the buses, mostly seasonal workers, are paying drivers of private cars three times the fare.",
    "Ruth Adeyemi-Vance",
    "Unsubscribe · Update your preferences",
], dict(title="Why the night buses stopped", authors=["Ruth Adeyemi-Vance"], date="2031-05-09", kind="newsletter", publication="The Crossings Letter"),
   sidecar="url: https://crossingsletter.example/p/why-the-night-buses-stopped")

# 6. A radio programme page: a broadcast line with the duration, a presenter and the player's buttons.
write("w03_radio_programme_broadcast", [
    "COAST FM",
    "Home   Shows   Schedule   Listen live",
    "Harbour Hour",
    "The smugglers' ferry",
    "Presented by Kwabena Lindholm-Asante",
    "Broadcast Sat 17 May 2031, 18:00 · 45 mins",
    "▶ Play   + Add to playlist",
    ">Every week a small ferry leaves the northern islands with more cargo than its papers admit. Kwabena Lindholm-Asante goes aboard to find out who loads it and who is paid to look away.",
    ">He talks to the crew, to the customs officers on the quay and to the island council, which says it has written to the ministry three times.",
    "More episodes",
    "© Coast FM 2031",
], dict(title="The smugglers' ferry", authors=["Kwabena Lindholm-Asante"], date="2031-05-17", kind="podcast", publication="Coast FM"),
   sidecar="url: https://coastfm.example/shows/harbour-hour/the-smugglers-ferry")
