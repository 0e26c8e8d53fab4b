# Writes the invented files of this folder (wholes21 new cases, issue 6: whole issues whose brief sections the contents
# name, and fact-check pages; written after the wholes21 rules, labelled before their one run). Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, write  # noqa: E402


def paras(i, art, ps, blank=False, width=70):
    for p in ps:
        i.para(p, art, width)
        if blank: i.add()


# 1. Masthead name over its tagline, the volume line under them and again as each page's running head; dotted contents
#    that open with a "BRIEFS" entry and list the features by title over "by NAME"; two briefs the contents do not name,
#    no label printed over them in the body, each with a bare name under its title.
i = Issue("y01_dotted_briefs_entry_running_volume")
pub = "Delta Borderlands Review"
i.add("Delta Borderlands Review"); i.add("Reporting on the river frontier since 2019")
i.add("VOLUME 6  ·  NUMBER 11  ·  OCTOBER 3, 2032"); i.add()
i.add("BRIEFS ........................................ 1")
i.add("The Tollkeepers of the Upper Channel ........... 3")
i.add("by Amaury Nkemelu-Frost"); i.add()
i.add("Ferry Fares Double at the Selo Landing"); i.add("Hanne Vukovic-Aidoo")
paras(i, 0, [
    "Passengers crossing the river at the Selo landing paid twice the usual fare last week after the ferry operators "
    "said that armed men on the far bank had begun to demand a fee for every boat that lands there.",
    "The district council says it has asked the police to post officers at the landing. The operators say they will "
    "keep the higher fare until the officers arrive, and that they do not expect them soon.",
])
i.add(); i.add("Delta Borderlands Review  ·  Volume 6  ·  Number 11"); i.add("2"); i.add()
i.add("A Warehouse Fire in Kambi Port"); i.add("Hanne Vukovic-Aidoo")
paras(i, 1, [
    "A fire destroyed a customs warehouse in Kambi port on the night of September 27, along with goods seized from "
    "smugglers over the past two years. The port authority said the cause was an electrical fault.",
    "Traders whose goods had been held in the warehouse pending court cases say they doubt that explanation, and two "
    "have asked the prosecutor to open an inquiry.",
])
i.add()
i.add("The Tollkeepers of the Upper Channel"); i.add("Amaury Nkemelu-Frost")
paras(i, 2, [
    "Every boat that passes through the upper channel of the delta now stops at least three times. At each stop a man "
    "in a plastic chair on a wooden jetty collects a fee, writes the boat's name in an exercise book and waves it on. "
    "None of the men wears a uniform, and none of the fees is set by any authority that the boatmen can name.",
    "The toll posts appeared in 2030, when the army withdrew its river patrols to reinforce the northern districts. "
    "Within months the channel was divided between three groups, each of which claims to protect the boats from the "
    "other two. The boatmen say the fees are lower than the losses they suffered to raiders before the posts appeared, "
    "and that most of them would rather pay than argue.",
])
i.add(); i.add("Delta Borderlands Review  ·  Volume 6  ·  Number 11"); i.add("3"); i.add()
paras(i, 2, [
    "The district authorities know the posts exist. Officials interviewed for this article said that closing them would "
    "take a force the district does not have, and that the posts keep a kind of order on a river where the state has "
    "little presence. One described them as a tax office that the government did not have to pay for.",
    "What the arrangement costs is harder to see. Fishermen say the fees have pushed up the price of fish in the market "
    "towns, and traders say that goods which once moved by river now go by road, where the checkpoints are at least "
    "run by the police. The groups that run the posts are growing richer, and none of them has said what it means to do "
    "when the army comes back.",
])
i.add(); i.add("Delta Borderlands Review  ·  Volume 6  ·  Number 11"); i.add("4")
i.write(arts(pub, "2032-10-03", 6, 11,
             ("Ferry Fares Double at the Selo Landing", ["Hanne Vukovic-Aidoo"], "brief"),
             ("A Warehouse Fire in Kambi Port", ["Hanne Vukovic-Aidoo"], "brief"),
             ("The Tollkeepers of the Upper Channel", ["Amaury Nkemelu-Frost"], "feature")),
        "publication: Delta Borderlands Review\n")


# 2. A three-line masthead (name in capitals, tagline, publisher line) over the volume line, which the foot of every page
#    prints again; contents with the page after each entry and a singular "BRIEF" entry first; one brief, no label in the
#    body, "By NAME" bylines; no sidecar.
i = Issue("y02_singular_brief_entry_page_after")
pub = "Highland Corridor Monitor"
i.add("HIGHLAND CORRIDOR MONITOR"); i.add("Security and trade on the mountain roads")
i.add("Vol. 2 | Issue 7 | 14 March 2033"); i.add()
i.add("In this issue"); i.add("BRIEF  1"); i.add("The Second Life of the Old Salt Road  2")
i.add("Mountain Cooperatives and the Price of Protection  4"); i.add()
i.add("Quarry Workers Stop Work After Attack on a Truck"); i.add("By Eskil Mabuza-Lind"); i.add()
paras(i, 0, [
    "Workers at the limestone quarry above Dornica stopped work for two days last week after a truck carrying their "
    "wages was stopped and robbed on the mountain road. The driver was not hurt.",
    "The quarry's owners say they will now pay wages by bank transfer. The workers say the nearest bank is a day's "
    "walk away and that they would rather have the road made safe.",
], blank=True)
i.add("The Second Life of the Old Salt Road"); i.add("By Ottoline Farrugia-Sen"); i.add()
paras(i, 1, [
    "The old salt road crosses the range by a pass that the new highway avoids, and for twenty years it was used only "
    "by shepherds. Since the highway checkpoints were tightened last spring, it has become busy again, with mules and "
    "small motorcycles carrying goods that their owners would rather not show to the customs officers on the highway.",
    "The villages along the road have changed with it. Houses that stood empty now serve as depots, and the young men "
    "who had left for the cities have come back to work as guides. Village heads say the trade has brought money that "
    "the state never did, and they are in no hurry to see it stop.",
], blank=True)
i.add("Highland Corridor Monitor  ·  Vol. 2 | Issue 7  ·  page 2"); i.add()
i.add("Mountain Cooperatives and the Price of Protection"); i.add("By Ottoline Farrugia-Sen and Radu Ikeda-Moss"); i.add()
paras(i, 2, [
    "The fruit cooperatives of the upper valleys were set up to get better prices from the traders who buy their "
    "apples. Several of them now pay a second group as well: the armed men who guard the trucks on the way down. The "
    "payments are recorded in the cooperatives' books as transport costs.",
    "The arrangement suits everyone except the growers, whose share of the price has fallen by a third in two years. "
    "Some have begun to sell directly to traders at the foot of the valley, which the cooperatives say is against their "
    "rules. Two growers who did so say that their orchards were damaged the following week.",
    "The regional government has promised a police escort for the harvest convoys. Growers say the promise has been "
    "made before, and that the armed men were guarding the convoys again a month after the last escort left.",
], blank=True)
i.add("Highland Corridor Monitor  ·  Vol. 2 | Issue 7  ·  page 4")
i.write(arts(pub, "2033-03-14", 2, 7,
             ("Quarry Workers Stop Work After Attack on a Truck", ["Eskil Mabuza-Lind"], "brief"),
             ("The Second Life of the Old Salt Road", ["Ottoline Farrugia-Sen"], "feature"),
             ("Mountain Cooperatives and the Price of Protection", ["Ottoline Farrugia-Sen", "Radu Ikeda-Moss"], "feature")),
        "")
os.remove("y02_singular_brief_entry_page_after.yml")


# 3. Letter-spaced masthead over a tagline; contents of page numbers first ("1  Short Reports"); the body prints the
#    plural section label in capitals over three unsigned briefs whose titles are in capitals, then a feature the
#    contents list by title; the volume line repeated at each page foot.
i = Issue("y03_short_reports_capitals_titles_pages_first")
pub = "Inland Waters Security Letter"
i.add("I N L A N D   W A T E R S   S E C U R I T Y   L E T T E R"); i.add("Lakes, rivers and the people who police them")
i.add("No. 44  ·  Volume 9  ·  June 2033"); i.add()
i.add("CONTENTS"); i.add("1   Short Reports"); i.add("3   Who Polices the Lake? The Fishing Guards of the Southern Shore")
i.add("    Ilario Mensah-Quist"); i.add()
i.add("SHORT REPORTS"); i.add()
i.add("NETS BURNED AT THE NAVA CAMP"); i.add()
paras(i, 0, [
    "Fishermen at the Nava camp found forty nets burned on the shore on the morning of May 18. The camp's elders blame "
    "a rival camp across the bay, which denies any part in it.",
], blank=True)
i.add("A NEW PATROL BOAT FOR THE EASTERN SHORE"); i.add()
paras(i, 1, [
    "The lake police received a second patrol boat in May, paid for by a donor programme. It will be based at Kivuli and "
    "patrol the eastern shore, where no boat has patrolled since 2031.",
], blank=True)
i.add("Inland Waters Security Letter  ·  No. 44  ·  Volume 9"); i.add("1"); i.add()
i.add("FUEL SMUGGLERS SWITCH TO NIGHT CROSSINGS"); i.add()
paras(i, 2, [
    "Customs officers on the western shore say that fuel smugglers have begun to cross the lake at night since the "
    "daytime patrols were increased in April, and that two boats have sunk in storms since then.",
], blank=True)
i.add("Who Polices the Lake? The Fishing Guards of the Southern Shore"); i.add("Ilario Mensah-Quist"); i.add()
paras(i, 3, [
    "On the southern shore of the lake the police are rarely seen, and the men who keep order are the fishing guards: "
    "young men paid by the camps to watch the nets at night and to settle disputes between crews. Most carry sticks; a "
    "few carry rifles that they say belong to the camp.",
    "The guards began as night watchmen and have become something more. In several camps they now collect a levy on "
    "every catch, decide who may fish in which part of the bay and hand over thieves to the elders rather than to the "
    "police. Fishermen say they are fairer than the police and cheaper than the raiders who came before them.",
], blank=True)
i.add("Inland Waters Security Letter  ·  No. 44  ·  Volume 9"); i.add("3"); i.add()
paras(i, 3, [
    "The district authorities tolerate the guards because they have nothing to put in their place. That may change: "
    "the new lake police boats will bring officers to camps that have not seen one in years, and the guards have not "
    "said whether they will step aside.",
], blank=True)
i.add("Inland Waters Security Letter  ·  No. 44  ·  Volume 9"); i.add("4")
i.write(arts(pub, "2033-06-01", 9, 44,
             ("Nets Burned at the Nava Camp", [], "brief"),
             ("A New Patrol Boat for the Eastern Shore", [], "brief"),
             ("Fuel Smugglers Switch to Night Crossings", [], "brief"),
             ("Who Polices the Lake? The Fishing Guards of the Southern Shore", ["Ilario Mensah-Quist"], "feature")),
        "publication: Inland Waters Security Letter\n")


# 4. A fact-check page: a claim line and a verdict line with its reason under the byline, the rating scale printed as
#    the site's standing furniture, sharing and related links.
write("y04_factcheck_claim_verdict_reason", [
    "TruthLens Ostrava",
    "Home | Fact checks | Methodology | Contact",
    "Fact check",
    "No, the city has not closed the Vrbno bridge to buses",
    "By Kateřina Oyelaran-Dvořák",
    "12 April 2033",
    ">What was claimed: A post says the city has closed the Vrbno bridge to all buses from this month because it is unsafe.",
    ">Our verdict: False. The bridge is open to buses; only lorries over 12 tonnes are barred while its joints are repaired.",
    ">A message shared in several neighbourhood groups since Sunday says that the Vrbno bridge has been closed to buses because an inspection found it unsafe, and advises commuters to leave an hour early.",
    ">The city's transport department told TruthLens that the bridge remains open to buses and cars. Since 3 April it has been closed to lorries over 12 tonnes while workers replace two expansion joints, a job the department expects to finish in May.",
    ">The inspection report the message refers to, published on the city's website, rates the bridge as in fair condition and recommends the joint repairs that are now under way. It does not recommend any closure.",
    "How we rate claims: True · Half true · Misleading · False",
    "Share this fact check",
    "Related fact checks",
    "No, tram fares are not rising in June",
    "© 2033 TruthLens Ostrava",
], dict(title="No, the city has not closed the Vrbno bridge to buses", authors=["Kateřina Oyelaran-Dvořák"], date="2033-04-12",
        kind="fact check", publication="TruthLens Ostrava", volume="null", issue="null"),
    sidecar="url: https://truthlens-ostrava.example/fact-checks/vrbno-bridge-buses/\n")


# 5. A fact-check page whose claim, rating and context lines are in capitals before the text; a tip-line prompt and a
#    code-of-principles line closing it.
write("y05_factcheck_capitals_rating_context", [
    "Kestrel Check",
    "Fact-checks  Explainers  About us",
    "FACT-CHECK",
    "Photo of flooded runway is from 2029, not from this week's storm",
    "Anselm Baptiste-Holmqvist",
    "Published 2 November 2033",
    ">THE CLAIM: A photo shows the runway at Port Hallam airport under water after this week's storm.",
    ">RATING: MISLEADING",
    ">CONTEXT: The photo is real but was taken during the floods of September 2029.",
    ">A photo of a runway under brown water, with a small plane standing in it, has been shared thousands of times since Tuesday with captions saying it shows Port Hallam airport after this week's storm.",
    ">A reverse image search found the same photo in a regional news report from September 2029, when floods closed the airport for three days. The airport's operator confirmed that the photo was taken then.",
    ">The airport did close for six hours on Tuesday because of high winds, but its runway was not flooded, and flights resumed the same evening.",
    "Seen a claim you want us to check? Message our tip line.",
    "Kestrel Check is a signatory of a code of principles for fact-checkers.",
], dict(title="Photo of flooded runway is from 2029, not from this week's storm", authors=["Anselm Baptiste-Holmqvist"], date="2033-11-02",
        kind="fact check", publication="Kestrel Check", volume="null", issue="null"),
    sidecar="url: https://kestrelcheck.example/fact-checks/flooded-runway-photo-2029/\n")
