# Prose of d03 (China Brief, Volume 31, Issue 11, June 6, 2031); feature 1 is reused by d06, its web version.
E_TITLE = "Party Discipline Inspectors Turn to Provincial Public Security Bureaus"
E_AUTHOR = "Marius Oyelowo-Chen"
E = [
 "On May 28, the Central Commission for Discipline Inspection announced that inspection teams would spend the summer in the public security bureaus of six provinces, the largest such round since 2023. The announcement, published on the commission's website, named \"formalism in counter-terrorism work\" and \"the misuse of surveillance data for private ends\" among the problems the teams would look for (CCDI website, May 28).",
 "The second phrase is new. It follows a series of cases in which local police officers were found to have sold information from surveillance systems to debt collectors and private investigators. By naming the problem, the commission signals that the leadership sees the vast data holdings of the security apparatus as a source of corruption as well as of control, and that it intends to keep the bureaus that manage them under close watch.",
]
E_BIO = "Marius Oyelowo-Chen is the Editor of China Brief."

F1_TITLE = "Beijing's Rural Security Committees Get a Digital Upgrade"
F1_AUTHOR = "Helena Vukovic-Tan"
F1_BIO = "Helena Vukovic-Tan is a fellow at the Aldgrave Centre for Asian Security, where she studies policing and local governance in China."
F1 = [
 ("p", "Since early 2030, local governments in at least nine provinces have begun to equip village security committees with a smartphone application that allows volunteers to report disputes, strangers and \"unstable persons\" directly to the township police station. The application, promoted under the slogan \"a smart grid for every village,\" extends to the countryside a model of grid management that was first developed in China's cities, and it gives the party-state a new way to watch over communities where police are thinly spread. [1]"),
 ("h", "From Patrols to Platforms"),
 ("p", "Village security committees are not new. For decades they have organised night patrols, mediated quarrels between neighbours and reported suspicious activity to the police. What has changed is the way their work is recorded. Under the new system, each committee member is assigned a grid of households and must log a visit to each of them at least once a month. Reports are submitted through the application, which attaches a location and a photograph, and are reviewed by officers at the township station. [2]"),
 ("p", "Provincial documents present the system as a way of resolving disputes before they escalate and of identifying residents in need of help, such as elderly people living alone. But the categories that volunteers are asked to report go well beyond welfare. They include petitioners who travel to higher levels of government to complain, people who have returned from abroad, and members of religious groups that are not officially registered. [3]"),
 ("h", "Uneven Implementation"),
 ("p", "The system's reach is uneven. Reports from counties in Zhejiang describe committees that log thousands of visits a month and stations that respond to reports within hours. In poorer inland counties, by contrast, volunteers complain that the application is slow, that they are not paid for the extra work and that the township police rarely respond. Several local officials quoted in the provincial press have admitted that targets for the number of visits are often met by logging visits that never took place. [4]"),
 ("p", "Even where it works poorly, however, the system changes the relationship between villagers and the state. It turns neighbours into informants whose reports are stored and can be searched, and it produces data that higher levels of government can use to rank townships by their \"stability\" scores. The central leadership's interest in such rankings suggests that the system will be expanded rather than abandoned."),
 ("h", "Conclusion"),
 ("p", "The digital upgrade of the village security committees illustrates a broader trend under which tasks once left to informal local arrangements are drawn into systems that the centre can monitor. For rural residents, the result is a denser web of observation. For the party-state, it is a test of whether the tools of urban surveillance can be made to work in places where there are few police, poor connections and volunteers who have little reason to take the work seriously."),
]
F1_NOTES = [
 "[1] \"Smart grid for every village\" implementation opinions, issued by the provincial political-legal committees of Zhejiang and Anhui, January and March 2030.",
 "[2] Training handbook for village grid members, Lishui municipal public security bureau, 2030.",
 "[3] Ibid., pp. 14-17.",
 "[4] See, for example, reports in provincial newspapers in Gansu and Guizhou between September 2030 and February 2031.",
]

F2_TITLE = "The Maritime Militia Moves South: New Berths on the Hainan Coast"
F2_AUTHORS = ["Jonah Li-Ekstrom", "Priya Castellanos-Wei"]
F2 = [
 ("p", "Commercial satellite imagery taken between October 2030 and April 2031 shows construction at four small fishing harbours on the southern coast of Hainan that matches the pattern of berths built for China's maritime militia elsewhere. The new berths are longer than the fishing boats that use the harbours, they are served by fuel depots and cold stores far larger than local catches require, and at least two of them are fenced off from the rest of the port. [1]"),
 ("p", "The militia's vessels have until now been concentrated in a handful of ports, from which they sail to the disputed waters of the South China Sea in large groups. The new berths would allow them to be dispersed along the coast and to reach the disputed waters from several directions at once. They would also make it harder for foreign observers to count the vessels that are at sea at any given time."),
 ("h", "Subsidies and Recruitment"),
 ("p", "Local government documents show that fishing households in the counties concerned have been offered subsidies to replace their wooden boats with larger steel-hulled vessels, on condition that the owners register with the county's militia organisation and take part in training. Similar subsidy schemes have been used elsewhere to build up the militia fleet, and they have created a class of boat owners whose livelihood depends on state support. [2]"),
 ("p", "The expansion raises questions for the region's other coastal states, whose coast guards already struggle to keep track of the militia's movements. It also raises questions for the fishing communities themselves. Some of the families who accepted subsidies have complained that the training takes their boats away from fishing during the most profitable months, and that the compensation they receive does not make up the difference. [3]"),
]
F2_BIO = "Jonah Li-Ekstrom is an imagery analyst and Priya Castellanos-Wei a research associate at the Harbourline Maritime Project."
F2_NOTES = [
 "[1] Imagery from commercial providers reviewed by the authors; coordinates are withheld.",
 "[2] Notices on fishing vessel renewal subsidies published by two county governments in southern Hainan, 2030.",
 "[3] Posts by fishing households on a regional social media platform, collected by the authors, March 2031.",
]
