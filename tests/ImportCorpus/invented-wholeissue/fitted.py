import sys; sys.path.insert(0,'/tmp/wigen')
from issue import build
from web import build_web
F=sys.argv[1]
# A: TM-like hard-wrapped, dotted contents with 'page N' and indented by-lines, unlabelled briefs
build(F,"a_wrapped_dotted",1,"Terrorism Monitor","Volume XXI  ◆  Issue 9  ◆  May 9, 2024","2024-05-09",21,9,
  {'heading':'In This Issue:','style':'dotted'},
  [("Ferry Operators on Lake Sorrel Pay a New Toll to Armed Boatmen","Ilse Marchetti"),("A Drone Workshop Raided Outside Pellinor","Ilse Marchetti")],
  [("Salt, Fuel and Tribute: How Armed Groups Finance Themselves Along the Korvath Corridor","Dagny Osei-Varga"),
   ("Radio Sermons and Rural Courts: The Quiet Expansion of Insurgent Justice in Ellisund Province",["Tobiah Renwick","Amara Fellstrom"])],
  footer=lambda p: f"TERRORISM MONITOR  |  Vol. XXI, Issue 9  |  {p}")
# B: sibling, one paragraph per line, dash contents, tagline + publisher line, IN BRIEF label
build(F,"b_sibling_dash",2,"Sahel Security Monitor","Vol. 4 | No. 7 | July 2024","2024-07-01",4,7,
  {'heading':'Inside:','style':'dash'},
  [("Customs Officers Seize Motorcycle Parts Bound for Ouradi","Lene Abara")],
  [("The Fuel Smugglers of the Maraveno Plateau and the Armed Groups That Tax Them","Pieter Oduro"),
   ("Cattle, Courts and Command: Insurgent Governance in the Branmoor Valleys","Sahra Lindgren")],
  wrap=False, brief_label="IN BRIEF", brief_in_contents="In Brief", by_prefix=True, tagline="Monthly analysis of armed groups", publisher_line="A publication of the Westgate Institute")
# C: p.N markers, blank-free paragraphs? keep blanks, BRIEFS label, wrapped titles
build(F,"c_pmarkers_briefs",3,"Terrorism Monitor","VOLUME XX | ISSUE 14","2023-07-14",20,14,
  {'heading':'Contents','style':'pmark'},
  [("Bandits Burn Grain Stores in Northern Tessaly Gap","Ilse Marchetti"),("New Militia Checkpoints Appear on the Durrow Highway","Ilse Marchetti")],
  [("From Herders to Hostage Takers: The Transformation of a Rural Militia in the Sitka Vale Highlands","Konrad Aybek")],
  brief_label="BRIEFS", sidecar="publication: Terrorism Monitor\ndate: 2023-07-14\n")
# D: dotted contents, no briefs, two features, long wrapped titles, running footer
build(F,"d_dotted_nobriefs",4,"Militant Leadership Monitor","Volume 15, Issue 3 | March 2024","2024-03-01",15,3,
  {'heading':'Table of Contents','style':'dotted'},
  [],
  [("The Second Generation: How the Sons of Founding Commanders Are Reshaping Armed Movements in the Aquilae Hills","Marit Okonkwo-Hale"),
   ("A Preacher, a Smuggler and a Broker: Three Careers in the Nerith Insurgency",["Yusuf Brandvold","Clea Moravec"])],
  footer=lambda p: f"Militant Leadership Monitor | Volume 15, Issue 3 | {p}")
# E, F: web versions with chrome above the title
build_web(F,"e_web_chrome",5,"Terrorism Monitor","Salt, Fuel and Tribute: How Armed Groups Finance Themselves Along the Korvath Corridor",["Dagny Osei-Varga"],"2024-05-09","9 May 2024 10:05 AM",21,9,
  ["The Westgate Institute","Home | Research | Programs | Events | Donate","Search"], caption="Trucks waiting at a fuel depot near the Korvath crossing (Source: provincial transport office)")
build_web(F,"f_web_fieldline",6,"Sahel Security Monitor","The Fuel Smugglers of the Maraveno Plateau and the Armed Groups That Tax Them",["Pieter Oduro"],"2024-07-01","July 1, 2024",4,7,
  ["Westgate Institute","Menu","Subscribe"], pubfield_inline=False)
