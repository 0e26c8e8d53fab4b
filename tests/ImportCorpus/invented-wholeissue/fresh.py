import sys; sys.path.insert(0,'/tmp/wigen')
from issue import build
from web import build_web
F=sys.argv[1]
build(F,"g_dash_nolabel_wrapped",11,"Caucasus Security Monitor","Volume 8 • Issue 12 • December 2024","2024-12-01",8,12,
  {'heading':'In this issue','style':'dash'},
  [("Smugglers Reopen a Mountain Pass Above Korvath","Oskar Tamberlane"),("Police Disband a Recruitment Circle in Vantor","Oskar Tamberlane")],
  [("Pipelines and Patronage: Armed Protection Markets Along the Imbrel Energy Corridor","Nadia Ferreira-Kolb")],
  brief_in_contents="Briefs", footer=lambda p: f"Caucasus Security Monitor • Volume 8 • Issue 12 • {p}")
build(F,"h_pmark_paralines",12,"Terrorism Monitor","VOLUME XXII | ISSUE 3","2024-02-09",22,3,
  {'heading':'Contents','style':'pmark'},
  [("Arson Attacks on Cell Towers Spread to Saskeen","Ilse Marchetti")],
  [("The Long Afterlife of a Dissolved Militia: Veterans, Vigilantes and Votes in Halloway Basin","Rafael Oyin-Strand"),
   ("Who Pays the Ferrymen? River Economies and Armed Control in Pellinor",["Greta Mbeki-Holm","Ansel Navarro"])],
  wrap=False, brief_label="BRIEFS", by_prefix=True, sidecar="publication: Terrorism Monitor\ndate: 2024-02-09\n")
build(F,"i_dotted_tagline_nolabel",13,"Terrorism Monitor","Volume XXII  ◆  Issue 11  ◆  June 6, 2024","2024-06-06",22,11,
  {'heading':'IN THIS ISSUE','style':'dotted'},
  [("Kidnappers Target Aid Convoys on the Durrow Road","Ilse Marchetti"),("A Militia Leader Surrenders in Branmoor","Ilse Marchetti"),("Bomb Makers Arrested in an Aquilae Suburb","Ilse Marchetti")],
  [("Fishing Rights and Firearms: The Coastal Militias of Nerith and the Politics of the Catch","Joaquim Adebayo-Lind")],
  tagline="Timely analysis of armed movements", publisher_line="Published by the Westgate Institute",
  footer=lambda p: f"TERRORISM MONITOR  |  Vol. XXII, Issue 11  |  {p}")
build_web(F,"j_web_nav_noheadings",14,"Caucasus Security Monitor","The Mountain Couriers of Ouradi and the Economics of Cross-Border Smuggling",["Lev Ostrander","Mira Calloway"],"2024-12-01","December 1, 2024",8,12,
  ["Westgate Institute","Home | About | Research | Publications | Contact","Search this site","Monitors"], headings=False, notes=2)
