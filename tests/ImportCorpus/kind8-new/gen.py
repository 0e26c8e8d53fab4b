# Writes the kind8-new cases: invented pages and one issue where one kind's furniture appears on a page of another
# kind, a page names its kind in a compound label, or its masthead carries an edition's words. Measured once, as
# written, before any further change. All text invented for this corpus. Run from this folder.
import sys
sys.path.insert(0, "..")
from corpusgen import Issue, arts, write

# 1. A county paper on blog software: a bare "Posted by" head, a WordPress comment title and form, an 'Updated' stamp.
write("n01_county_paper_responses", [
    "The Upper Fen Gazette",
    "Home   Local   Farming   Sport   Letters",
    "Sluice gate vandalised for the third time this winter",
    "Posted by Jonas Veldt-Amadi",
    "Updated 12 March 2031 at 4:15 pm",
    ">The sluice gate at Cotter's Drain was forced open overnight on Tuesday, flooding two fields of winter wheat, the drainage board said.",
    ">It is the third time since December that the gate has been damaged. Board officers believe the vandals were trying to lower the water to reach eel traps.",
    ">Police have asked anyone who saw vehicles on the drove road after midnight to contact them.",
    "6 Responses to \"Sluice gate vandalised for the third time this winter\"",
    "Leave a Comment",
    "© 2031 The Upper Fen Gazette",
], dict(title="Sluice gate vandalised for the third time this winter", authors=["Jonas Veldt-Amadi"], date="2031-03-12", kind="news", publication="The Upper Fen Gazette"),
   sidecar="url: https://upperfengazette.example/2031/03/12/sluice-gate-vandalised/")

# 2. A television station's story: an "Aired" line, the clip's play button and a transcript link.
write("n02_tv_station_story_aired", [
    "NORTHMERE TV",
    "News   Weather   Sport   Programmes",
    "Customs seize fake medicines at the river port",
    "Aired Tuesday, 11 March 2031",
    "▶ Play 1:48",
    "Transcript",
    ">Customs officers at the river port seized forty boxes of counterfeit antibiotics hidden in a container of kitchen tiles, the customs service said on Tuesday.",
    ">The container had arrived from the coast by barge. Officers said the medicines carried the name of a real manufacturer but contained no active ingredient.",
    ">Two men were questioned and released. The investigation continues.",
    "Most watched",
    "© Northmere Television 2031",
], dict(title="Customs seize fake medicines at the river port", authors=[], date="2031-03-11", kind="news", publication="Northmere TV"),
   sidecar="url: https://northmeretv.example/news/2031/03/11/customs-fake-medicines")

# 3. A ministry's emailed statement: the email's browser line and a sentence-case "Media statement" label.
write("n03_emailed_media_statement", [
    "View this email in your browser",
    "Ministry of Inland Waterways",
    "Media statement",
    "Minister condemns attack on lock keepers at Brenn",
    "14 April 2031",
    ">The Minister for Inland Waterways has condemned the attack on two lock keepers at Brenn on Sunday night and said that those responsible will be found.",
    ">The lock keepers were treated in hospital for minor injuries. The ministry will fund lighting and cameras at the six locks of the upper canal this year.",
    "Media enquiries: press@inlandwaterways.example",
    "Unsubscribe from these emails",
], dict(title="Minister condemns attack on lock keepers at Brenn", authors=[], date="2031-04-14", kind="press statement", publication="Ministry of Inland Waterways"),
   sidecar="url: https://inlandwaterways.example/media/statements/attack-on-lock-keepers-brenn")

# 4. A magazine's long read, filed under its long-reads folder, noting the print issue it appeared in.
write("n04_long_read_print_issue", [
    "Estuary Quarterly",
    "The last ferrymen of the lower Sarne",
    "By Ottilie Brandvold-Achebe",
    "2 February 2031",
    ">There were once nineteen ferries across the lower Sarne. Now there are three, and the men who run them say they will be the last.",
    ">The bridges took most of the trade. The rest was taken by the gangs that, for a decade, charged every ferry a fee for each crossing and burned the boats of those who would not pay.",
    ">The gangs have gone, broken up by a police operation two years ago. The ferrymen are still counting what it cost them.",
    "This article appeared in the Winter 2031 issue of Estuary Quarterly.",
], dict(title="The last ferrymen of the lower Sarne", authors=["Ottilie Brandvold-Achebe"], date="2031-02-02", kind="long read", publication="Estuary Quarterly"),
   sidecar="url: https://estuaryquarterly.example/long-reads/last-ferrymen-lower-sarne")

# 5. A daily's international edition: the edition's words after the masthead, the outlet's name in the copyright line.
write("n05_daily_international_edition", [
    "The Harbour Post — International Edition",
    "World   Business   Opinion   Culture",
    "OPINION",
    "The canal tolls are a tax on the poor",
    "By Rasmus Oyelaran-Berg",
    "9 May 2031",
    ">The new tolls on the coastal canal were sold as a way to pay for patrols. In practice they fall on the small boat owners who carry vegetables and fish to market.",
    ">The large shipping companies have been exempted, on the ground that they pay for their own guards. The result is a tax that rises as the boat gets smaller.",
    ">If the government wants patrols, it should pay for them from the general budget, as it pays for the police on land.",
    "© 2031 The Harbour Post. All rights reserved.",
], dict(title="The canal tolls are a tax on the poor", authors=["Rasmus Oyelaran-Berg"], date="2031-05-09", kind="opinion", publication="The Harbour Post"),
   sidecar="url: https://harbourpost.example/intl/opinion/canal-tolls-tax-on-the-poor")

# 6. A news story about a study, with a short paragraph saying the study is not peer reviewed.
write("n06_news_unreviewed_study", [
    "Valley Daily",
    "News   Politics   Business   Sport",
    "Study links river piracy to fuel prices",
    "By Mette Kowalczyk-Ansah",
    "20 June 2031",
    ">Attacks on river barges rise when fuel prices rise, according to a study published on Thursday by researchers at the Lowland Institute.",
    ">The authors counted 412 attacks over eight years and found that a ten per cent rise in the price of diesel was followed by a sharp rise in attacks within two months.",
    ">It has not been peer reviewed.",
    ">Barge operators said the finding matched their experience. The river police declined to comment.",
    "© Valley Daily 2031",
], dict(title="Study links river piracy to fuel prices", authors=["Mette Kowalczyk-Ansah"], date="2031-06-20", kind="news", publication="Valley Daily"),
   sidecar="url: https://valleydaily.example/news/study-links-river-piracy-fuel-prices")

# 7. A radio station's web story: "News" printed after the station's name, the station alone in the copyright line.
write("n07_radio_station_news_masthead", [
    "Radio Veldmark News",
    "Latest   Local   Sport   Listen live",
    "Harbour master suspended over missing fuel",
    "By Ines Torvik-Mensah",
    "3 July 2031",
    ">The harbour master at Veldmark has been suspended while the port authority investigates the disappearance of forty thousand litres of fuel from its depot.",
    ">The authority said the suspension was a precaution and did not imply wrongdoing. The harbour master could not be reached for comment.",
    "© Radio Veldmark 2031",
], dict(title="Harbour master suspended over missing fuel", authors=["Ines Torvik-Mensah"], date="2031-07-03", kind="null", publication="Radio Veldmark"),
   sidecar="url: https://radioveldmark.example/story/harbour-master-suspended")

# 8. An issue: contents under section headings, a "SHORT ITEMS" label over two signed briefs, then a short interview the
#    contents file under "Interview".
i = Issue("n08_issue_briefs_then_short_interview")
A = arts("The Canal Review", "2031-09-01", 3, 8,
         ("Lock Keepers Win Night Allowance", ["Soren Adjei-Holm"], "brief"),
         ("Barge Owners Report Fewer Tolls", ["Nadia Lindgren-Obi"], "brief"),
         ("The Police Chief Who Moved to the Water", ["Tove Mbatha-Reyes"], "interview"))
i.add("The Canal Review"); i.add("Volume 3 · Issue 8 · 1 September 2031"); i.add()
i.add("In this issue"); i.add()
i.add("Short items"); i.add("  Lock Keepers Win Night Allowance"); i.add("  Barge Owners Report Fewer Tolls")
i.add("Interview"); i.add("  The Police Chief Who Moved to the Water"); i.add()
i.add("SHORT ITEMS"); i.add()
briefs = [
    ["Lock keepers on the upper canal will be paid an allowance for night shifts from October, the canal authority said on August 20, ending a dispute that led to a strike in May.",
     "The union said the allowance was less than it had asked for but would be accepted."],
    ["Barge owners on the lower canal say they are paying fewer illegal tolls since the river police began patrolling at night, according to a survey by their association published on August 26.",
     "Half of the owners surveyed said they had paid no toll in the last month."],
]
for k, paras in enumerate(briefs):
    i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
    for p in paras: i.para(p, k); i.add()
k = 2
i.add(A[k]["title"]); i.add("By " + A[k]["authors"][0]); i.add()
for p in ["Commander Elin Haugen-Addo ran the city's police for ten years before taking over the river police in March.",
          "Why the river? Because that is where the money moves. The gangs left the streets years ago.",
          "What changed first? We patrol at night now. The tolls were collected at night.",
          "What comes next? The buyers. Every toll is paid by someone who then sells the cargo."]:
    i.para(p, k); i.add()
i.write(A, "publication: The Canal Review\ndate: 2031-09-01\n")
