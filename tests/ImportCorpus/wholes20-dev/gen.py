# Writes the invented files of this folder (wholes20 development cases, issue 6: whole issues, emails carrying several
# pieces and text-browser dumps; written and labelled before any run). Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap, arts, write  # noqa: E402


def paras(i, art, ps, blank=True, width=68):
    for p in ps:
        i.para(p, art, width)
        if blank: i.add()


# 1. A letterspaced masthead; contents in a box-drawing frame with the section labels as groups; BRIEFS with titles in
#    capitals, one signed "—NAME" at its end, one by a bare name line at its end; page numbers "- N -"; an ANALYSIS by
#    "By A and B"; a running header mangled by extraction (words run together, a private-use glyph) inside a sentence; a
#    two-author bio before the [n] notes; sidecar with the publication.
i = Issue("w01_letterspaced_frame_contents_caps_briefs")
pub = "Saltridge Security Review"
i.add("S A L T R I D G E   S E C U R I T Y   R E V I E W"); i.add("Volume 8  ·  Issue 3  ·  September 2031"); i.add()
rows = ["CONTENTS", "", "BRIEFS", "  Quarry Guards Turn to Tolls ................... 1",
        "  A New Ferry for Oszlo Island .................. 2", "ANALYSIS",
        "  The Cement Cartel of the Upper Valley ......... 3"]
i.add("╔" + "═" * 52 + "╗")
for r in rows: i.add("║ " + r.ljust(50) + " ║")
i.add("╚" + "═" * 52 + "╝"); i.add()
i.add("BRIEFS"); i.add()
i.add("QUARRY GUARDS TURN TO TOLLS"); i.add()
paras(i, 0, [
    "The private guards hired last year to protect the limestone quarries of the Vessa hills have begun stopping lorries on "
    "the public road below them and charging a fee for safe passage. Drivers say the fee is small, but it is charged twice, "
    "once on the way up and once on the way down, and the guards keep no record of who has paid.",
    "The quarry owners say the guards act on their own account and have promised to replace them. The district police, who "
    "have one patrol car for the whole of the hills, say they cannot act without a written complaint, and no driver has "
    "been willing to sign one.",
])
i.add("—Petra Lindqvist-Abiodun"); i.add()
i.add("A NEW FERRY FOR OSZLO ISLAND"); i.add()
paras(i, 1, [
    "The island of Oszlo, cut off from the mainland for most of the summer after its only ferry ran aground in June, will "
    "have a new boat by the end of the year. The provincial council approved the purchase of a second-hand vessel from a "
    "northern operator at its last session.",
    "Islanders welcomed the news but pointed out that the council had promised a new ferry twice before. In the meantime "
    "fishing boats carry passengers and goods across the strait, and a smuggler's boat, several residents said, carries "
    "whatever the fishing boats will not.",
])
i.add("Jonas Mbeki-Harrow"); i.add()
i.add("- 2 -"); i.add()
i.add("ANALYSIS"); i.add()
i.add("The Cement Cartel of the Upper Valley"); i.add("By Aurelio Castellanos and Yetunde Marsh-Okonkwo"); i.add()
paras(i, 2, [
    "Three companies sell almost all of the cement used in the upper Vessa valley, and for most of the last decade they have "
    "charged almost exactly the same price for it. When one raises its price, the others follow within a week; when a "
    "builder from the lowlands tried to bring in cheaper cement by rail in 2029, his wagons were found with their seals "
    "broken and their sacks soaked in water.[1]",
    "The companies deny any agreement. Their managers say that prices move together because costs move together, and that "
    "the valley's roads and the price of fuel decide the price of a sack more than anything they do. The competition "
    "authority opened an inquiry in 2030 and closed it eight months later without a finding.[2]",
])
i.para("Builders in the valley tell a different story. Four of them, interviewed separately, described visits from men "
       "who asked where they had bought their cement and who left", 2)
i.add("SaltridgeSecurityReview\uf0a7Vol.8Issue3")
i.para("without buying anything. Two of the builders now buy only from the company whose depot is nearest, whatever it "
       "charges, because it is the one whose men visit them.[3]", 2)
i.add()
paras(i, 2, [
    "The cartel matters for more than the price of houses. The valley is rebuilding after the floods of 2030 with money "
    "from the national reconstruction fund, and every sack sold above its fair price is paid for from that fund. An audit "
    "of the first year of the programme found that cement accounted for a third of its spending in the valley.[4]",
    "The competition authority says it will look at the market again if it receives new evidence. The builders who have it "
    "say they will give it only when someone can promise that the men who visit them will stop.",
])
i.add("- 3 -"); i.add()
i.para("Aurelio Castellanos is a researcher at the Institute for Mountain Economies. Yetunde Marsh-Okonkwo covers "
       "construction and public procurement for the Vessa Courier.", None)
i.add()
i.add("Notes"); i.add()
for n in ["[1] Interviews with two builders in Karst and Oberwell, August 2031.",
          "[2] Competition Authority, decision on case 14/2030, closed April 2031.",
          "[3] Interviews with four builders in the upper valley, July and August 2031.",
          "[4] National Reconstruction Fund, first annual audit, June 2031, p. 22."]:
    i.add(n, 2)
i.write(arts(pub, "2031-09-01", 8, 3,
             ("Quarry Guards Turn to Tolls", ["Petra Lindqvist-Abiodun"], "brief"),
             ("A New Ferry for Oszlo Island", ["Jonas Mbeki-Harrow"], "brief"),
             ("The Cement Cartel of the Upper Valley", ["Aurelio Castellanos", "Yetunde Marsh-Okonkwo"], "analysis")),
        "publication: Saltridge Security Review\n")


# 2. An "Inside this issue" list with kinds; singular labels FEATURE and PROFILE; a bare name line followed at once by
#    the bio; "1." notes with markers glued to sentence ends; a bio after the notes; a footer "… · page N" inside a
#    sentence; right-aligned page numbers; no sidecar.
i = Issue("w02_inside_kinds_profile_glued_notes")
pub = "Harrowmere Conflict Letter"
i.add("HARROWMERE CONFLICT LETTER"); i.add("No. 17  |  Volume 4  |  October 2031"); i.add()
i.add("Inside this issue"); i.add("  Feature: The Drovers' Road Toll War .................. 2")
i.add("  Profile: Captain Ilario Venn-Masood ................. 5"); i.add()
i.add("FEATURE"); i.add()
i.add("The Drovers' Road Toll War"); i.add("Margit Okwuosa-Fairley")
i.para("Margit Okwuosa-Fairley is a correspondent based in Harrowmere who has reported on the highland markets since 2027.",
       None)
i.add()
paras(i, 0, [
    "The drovers' road that links the highland pastures to the cattle market at Strell was built for sheep and carts, and "
    "for most of its length it still looks like it. Since the spring it has also been the most contested road in the "
    "province. Two armed groups, each claiming to protect the herders, now charge tolls at opposite ends of it, and a "
    "herder who sells his cattle at Strell pays both.1",
    "The older of the two groups grew out of a village defence committee formed during the raids of 2026. Its members still "
    "describe themselves as volunteers, though they are paid from the tolls and no longer live in the villages they once "
    "defended. The newer group is led by a former police sergeant and recruits openly in the market town.2",
])
i.para("Herders say the two groups have so far avoided fighting each other. Each keeps to its own end of the road, and "
       "each lets through the herds that have", 0)
i.add("Harrowmere Conflict Letter · October 2031 · page 3")
i.para("already paid the other, so long as the receipt is shown. The receipts themselves have become a currency: "
       "herders trade them in the market at a discount to those who have not yet made the journey.3", 0)
i.add()
paras(i, 0, [
    "The provincial government has said little. Its security plan for the highlands, published in June, mentions the road "
    "once, as a priority for repairs. Officials in Strell say privately that they have neither the police nor the money to "
    "replace the groups and that, for now, the tolls keep the road open.",
])
i.add("                                                                    3"); i.add()
i.add("Notes"); i.add()
for n in ["1. Interviews with herders at Strell market, May and June 2031.",
          "2. Interview with a member of the village committee, Dorrin, June 2031.",
          "3. Observations at Strell market, 14 June 2031."]:
    i.add(n, 0)
i.add()
i.para("Margit Okwuosa-Fairley's reporting for this article was supported by a grant from the Highland Press Fund.", None)
i.add()
i.add("PROFILE"); i.add()
i.add("Captain Ilario Venn-Masood: The Sergeant Who Sells Safety"); i.add("Bartholomew Achebe-Lind")
i.para("Bartholomew Achebe-Lind is the editor of the Harrowmere Conflict Letter.", None)
i.add()
paras(i, 1, [
    "Ilario Venn-Masood left the provincial police in 2029 with the rank of sergeant and a grievance about his pension. Two "
    "years later he commands some ninety armed men, calls himself a captain, and controls the upper end of the drovers' "
    "road. He gives interviews readily and describes his men as a service that the state has failed to provide.",
    "His critics describe them differently. Traders in Strell say his men collect more than the tolls: a share of each sale "
    "in the market, a fee from each lorry that leaves the town and, since the summer, a monthly payment from the two petrol "
    "stations on the highland road.",
    "Venn-Masood denies all of this and says the payments are voluntary. He has not been charged with any offence, and the "
    "provincial police, who still count several of his former colleagues among their officers, say they have received no "
    "complaint against him.",
])
i.add("                                                                    5")
i.write(arts(pub, "2031-10-01", 4, 17,
             ("The Drovers' Road Toll War", ["Margit Okwuosa-Fairley"], "feature"),
             ("Captain Ilario Venn-Masood: The Sergeant Who Sells Safety", ["Bartholomew Achebe-Lind"], "profile")), "")
os.remove("w02_inside_kinds_profile_glued_notes.yml")


# 3. Contents in a +---+ box; BRIEF (singular) over a brief closed by a bio line; two briefs under BRIEFS, the second
#    signed by a bare name line; a feature "By A & B" with (n) notes; the page number right-aligned; sidecar.
i = Issue("w03_ascii_box_singular_plural_briefs_bio_close")
pub = "Coldwater Straits Monitor"
i.add("COLDWATER STRAITS MONITOR"); i.add("Vol. 11, No. 2  —  February 2031"); i.add()
i.add("+" + "-" * 58 + "+")
for r in ["IN THIS ISSUE", "Brief: Lights Out at Pellham Quay ................... 1",
          "Briefs: Two Notes from the Northern Shore ........... 2",
          "Feature: The Pilots' Strike and the Night Boats ..... 3"]:
    i.add("| " + r.ljust(56) + " |")
i.add("+" + "-" * 58 + "+"); i.add()
i.add("BRIEF"); i.add()
i.add("Lights Out at Pellham Quay"); i.add()
paras(i, 0, [
    "The harbour lights at Pellham Quay have been dark since the first week of January, when thieves stripped the copper "
    "cable that fed them. The harbour board says it cannot afford to replace the cable until the spring, and in the "
    "meantime boats come in by torchlight.",
    "Fishermen say the darkness has been good for business of another kind. Several described small boats unloading at the "
    "quay's far end after midnight, where the board's single watchman does not go.",
])
i.para("Nikolai Ferreira-Osei writes on the northern ports for the Coldwater Straits Monitor.", None)
i.add()
i.add("BRIEFS"); i.add()
i.add("SALT BOATS RETURN TO KELDER"); i.add("By Imke Hollander-Baptiste"); i.add()
paras(i, 1, [
    "The salt boats that once sailed from Kelder to the island markets are sailing again, three years after the ban on "
    "private shipping in the strait was lifted. Four boats made the crossing in January, each with a crew of three.",
    "The coast guard inspects each boat on its return, but its officers admit they cannot check the cargo holds of every "
    "vessel that calls at the islands on the way back.",
])
i.add("A CHECKPOINT MOVES INLAND"); i.add()
paras(i, 2, [
    "The army checkpoint that stood for a decade at the mouth of the Orrin river has moved twelve kilometres inland, to the "
    "junction where the river road meets the highway. The army says the new site lets it check traffic from both roads.",
    "Villagers at the river mouth say the move has left them unguarded. Two shops were robbed in the week after the "
    "soldiers left.",
])
i.add("Imke Hollander-Baptiste"); i.add()
i.add("                                                              2"); i.add()
i.add("FEATURE"); i.add()
i.add("The Pilots' Strike and the Night Boats"); i.add("By Ruairi Tamsin-Okafor & Lena Vasquez-Moreau"); i.add()
paras(i, 3, [
    "When the harbour pilots of the Coldwater straits stopped work in November over unpaid wages, the big ships stopped "
    "with them. Tankers and container ships waited at anchor outside the straits for eleven days, and the ports of the "
    "northern shore fell silent. (1)",
    "The small boats did not stop. Fishing boats, ferries and the open launches that carry goods between the islands "
    "need no pilot, and in the eleven days of the strike the coast guard counted more of them crossing at night than in "
    "any month of the previous year. (2)",
    "Coast guard officers believe many of those boats were carrying goods taken off the waiting ships, sold at anchor by "
    "crews who had not been paid either. The shipping companies deny it, but two insurers have since raised their rates "
    "for vessels anchored in the straits. (3)",
    "The strike ended with a promise of back pay that has not yet been kept. The pilots have said they will stop work "
    "again in March if it is not.",
])
i.add("Notes"); i.add()
for n in ["(1) Coldwater Port Authority, traffic figures for November 2030.",
          "(2) Coast Guard Northern Command, monthly crossing counts, November 2030.",
          "(3) Interviews with two marine insurers, January 2031."]:
    i.add(n, 3)
i.add()
i.para("Ruairi Tamsin-Okafor is a former harbour pilot. Lena Vasquez-Moreau is a researcher at the Straits Institute.",
       None)
i.add("                                                              4")
i.write(arts(pub, "2031-02-01", 11, 2,
             ("Lights Out at Pellham Quay", ["Nikolai Ferreira-Osei"], "brief"),
             ("Salt Boats Return to Kelder", ["Imke Hollander-Baptiste"], "brief"),
             ("A Checkpoint Moves Inland", ["Imke Hollander-Baptiste"], "brief"),
             ("The Pilots' Strike and the Night Boats", ["Ruairi Tamsin-Okafor", "Lena Vasquez-Moreau"], "feature")),
        "publication: Coldwater Straits Monitor\n")


# 4. An email newsletter carrying several pieces: a view-in-browser line, a welcome blurb, an analysis "by NAME, editor",
#    a GUEST POST with a bare "Dr." name line and a closing bio with a disclaimer, an ELSEWHERE link list, an unsubscribe
#    footer; no sidecar.
i = Issue("w04_email_newsletter_analysis_guest_post")
pub = "The Estuary Dispatch"
for l in ["From: The Estuary Dispatch <dispatch@estuary-dispatch.example>", "To: subscribers@estuary-dispatch.example",
          "Date: Tue, 14 Oct 2031 06:45:12 +0000", "Subject: The Estuary Dispatch #52: Dredgers, debts and a guest post",
          "", "View this email in your browser", "", "THE ESTUARY DISPATCH", "Issue 52 · 14 October 2031", "",
          "Good morning, and welcome to the 52nd Dispatch. This week: why the dredging contract matters more than it looks,",
          "and a guest post on the fishermen's debts. Thank you to the forty new readers who joined us since last week.", "",
          "------------------------------------------------------------", "ANALYSIS", "",
          "The Dredging Contract Nobody Read"]:
    i.add(l)
i.add("by Corentin Abara-Wells, editor"); i.add()
paras(i, 0, [
    "The contract to dredge the estuary's main channel was signed in August with almost no public notice. It runs for "
    "ten years, it is worth more than the port's budget for the whole decade, and it was awarded to a company registered "
    "four months before the tender closed.",
    "Nobody has yet explained how a company with no ships won a contract to dredge a channel. The port authority says the "
    "company will hire its dredgers from abroad and that its bid was the cheapest. The losing bidders say the tender was "
    "written so that only a company without ships could meet its terms.",
    "The contract matters because the channel is the estuary's lifeline. If it silts up, the big ships go elsewhere, and "
    "the town's two thousand dock jobs go with them.",
], width=100)
for l in ["------------------------------------------------------------", "GUEST POST", "",
          "What the Fishermen Owe"]:
    i.add(l)
i.add("Dr. Salome Kristiansen-Nweke"); i.add()
paras(i, 1, [
    "Almost every fishing family on the estuary owes money to someone. Most owe it to the buyers who advance them fuel "
    "and ice at the start of the season and take their catch at a price the buyers set. Some owe it to the moneylenders "
    "in the market town, who charge by the week.",
    "In a survey of two hundred households this summer, my colleagues and I found that the average family's debt was "
    "larger than its income from a whole season's fishing. Families that had lost a boat in the storms of last winter "
    "owed three times as much.",
    "Debt of this kind does not only keep families poor. It makes them easy to recruit. Several men we spoke to had "
    "carried goods for the smugglers on the estuary to pay what they owed, and not one of them thought he had a choice.",
], width=100)
i.add("Dr. Salome Kristiansen-Nweke is a lecturer in development economics at the University of Varne. The views")
i.add("expressed in guest posts are the authors' own and not those of The Estuary Dispatch."); i.add()
for l in ["------------------------------------------------------------", "ELSEWHERE", "",
          "- The harbour master's annual report is out (estuary-port.example/report-2031)",
          "- A long read on the river ferries, from the Varne Courier (varnecourier.example/ferries)",
          "- Our August issue on the fuel depots, if you missed it (estuary-dispatch.example/51)", "",
          "------------------------------------------------------------",
          "You are receiving this email because you signed up at estuary-dispatch.example.",
          "Unsubscribe | Update your preferences | Forward to a friend",
          "The Estuary Dispatch, 4 Quay Lane, Varne"]:
    i.add(l)
i.write(arts(pub, "2031-10-14", "null", 52,
             ("The Dredging Contract Nobody Read", ["Corentin Abara-Wells"], "analysis"),
             ("What the Fishermen Owe", ["Salome Kristiansen-Nweke"], "guest post")), "")
os.remove("w04_email_newsletter_analysis_guest_post.yml")


# 5. An issue's feature saved by a text-mode browser (lynx): menu with [n] markers, wrapped and indented text, link
#    markers in the text, some glued before note numbers ("June.[13]1"), Notes, a bio, and the numbered References list
#    of links at the end; sidecar with the url.
L = ["   #[1]Inland Waters Monitor feed", "", "   [2]Skip to content", "", "   [3]Inland Waters Monitor", "",
     "     * [4]Issues", "     * [5]Topics", "     * [6]About", "",
     "   [7]Inland Waters Monitor Volume 5, Issue 9", "",
     "The Lock Keepers of the Varna Canal", "", "   By [8]Tobias Ekwueme-Strand", "   12 September 2031", ""]
body = [
    "The Varna canal carries a third of the grain that leaves the plains, and every barge that uses it passes through "
    "eleven locks. Each lock has a keeper, and since the canal authority stopped paying its keepers regularly in 2029, "
    "each keeper has set his own price for opening the gates. [9]The authority's own report admitted as much in "
    "June.[10]1",
    "The prices are not high, but they add up. A barge owner who made the full journey in August paid at every lock, and "
    "at two of them he paid twice, because a second man had appeared who said he guarded the keeper. Several owners now "
    "sail only by day, when the keepers are less bold.2",
    "The canal authority blames the finance ministry, which it says has cut its budget three years running. The ministry "
    "says the authority's accounts were [11]last audited in 2027 and that it will release no more money until they are "
    "audited again.[12]3",
    "In the meantime, the grain traders have begun to send more of their grain by road, which is slower and dearer but "
    "has no locks. If the trend continues, the canal will lose the traffic that pays for it, and the keepers will lose "
    "the barges they charge.",
]
for p in body:
    for line in wrap(p, 70):
        L.append(">   " + line)
    L.append("")
L += ["   Notes", ""]
L += [">   1. Varna Canal Authority, annual report 2030, published June 2031.",
      ">   2. Interviews with barge owners at Varna, August 2031.",
      ">   3. Ministry of Finance, statement of 3 September 2031.", ""]
L += ["   Tobias Ekwueme-Strand is a freelance journalist who writes on rivers and trade.", "",
      "   [13]Share   [14]Print", "", "   © 2031 Inland Waters Monitor", "", "References", "",
      "   1. https://inlandwaters.example/feed/", "   2. https://inlandwaters.example/2031/09/lock-keepers#content",
      "   3. https://inlandwaters.example/", "   4. https://inlandwaters.example/issues/",
      "   5. https://inlandwaters.example/topics/", "   6. https://inlandwaters.example/about/",
      "   7. https://inlandwaters.example/issues/v5-i9/", "   8. https://inlandwaters.example/authors/t-ekwueme-strand/",
      "   9. https://varnacanal.example/reports/2030/", "  10. https://inlandwaters.example/2031/09/lock-keepers#note-1",
      "  11. https://finance.example/audit-2027/", "  12. https://inlandwaters.example/2031/09/lock-keepers#note-3",
      "  13. https://inlandwaters.example/share/", "  14. javascript:window.print()"]
write("w05_lynx_issue_feature_glued_note_links", L,
      dict(title="The Lock Keepers of the Varna Canal", authors=["Tobias Ekwueme-Strand"], date="2031-09-12",
           kind="feature", publication="Inland Waters Monitor", volume=5, issue=9),
      sidecar="url: https://inlandwaters.example/2031/09/lock-keepers", one_line=False)


# 6. Contents in two columns run together line by line, the page numbers after a single space; the first title right
#    under the contents with no blank line; a bare name line under each title; no sidecar.
i = Issue("w06_two_column_contents_single_space_pages")
pub = "Fenmarch Quarterly"
i.add("FENMARCH QUARTERLY"); i.add("Issue 23 · March 2031"); i.add()
i.add("IN THIS ISSUE")
i.add("BRIEFS                                  FEATURES")
i.add("Reed Cutters Under Guard 2              The Peat Smugglers of Lowmarsh 4")
i.add("A Bridge Toll Lifted 3                  Counting the Missing Boats 6")
i.add("BRIEFS")
i.add("Reed Cutters Under Guard"); i.add("Anneliese Morrow-Daku"); i.add()
paras(i, 0, [
    "The reed cutters of the northern fen now work under armed guard. The cooperative that buys their reed hired six "
    "guards in January after two cutters were robbed of their season's pay on the road to the depot.",
    "The guards are paid from a levy on each bundle sold. The cutters say they would rather pay the levy than the robbers.",
])
i.add("A Bridge Toll Lifted"); i.add("Anneliese Morrow-Daku"); i.add()
paras(i, 1, [
    "The toll on the old bridge at Saltby, collected for three years by a group of men who said they were repairing it, "
    "ended in February when the county sent engineers to do the repairs itself.",
    "The men have not been seen since. Nobody in Saltby could say where the money went.",
])
i.add("FEATURES"); i.add()
i.add("The Peat Smugglers of Lowmarsh"); i.add("Hesketh Adeyemi-Crane"); i.add()
paras(i, 2, [
    "Cutting peat on the Lowmarsh has been forbidden since 2024, when the fen was made a reserve. It has not stopped. "
    "Every autumn lorries leave the marsh at night with peat cut by hand from the old workings, and by spring it is for "
    "sale in the garden centres of three counties.",
    "The reserve's four wardens know who cuts the peat and where it goes. They say they cannot stop it, because the "
    "cutters work at night and the wardens are not allowed to patrol after dark without a police escort.",
    "The police say the reserve is a matter for the wardens. The county says it is a matter for the police. The peat, "
    "meanwhile, goes on leaving the marsh.",
])
i.add("Counting the Missing Boats"); i.add("Ottoline Baptiste-Grey"); i.add()
paras(i, 3, [
    "Nobody knows how many boats are moored on the rivers of the fen. The county's register lists a little over two "
    "thousand; the boatyards think there are twice as many, and the river police have stopped guessing.",
    "The gap matters because boats go missing. The police recorded eighty-one stolen boats last year, and recovered nine. "
    "Owners say most are taken downriver to the coast, repainted and sold across the water.",
])
i.write(arts(pub, "2031-03-01", "null", 23,
             ("Reed Cutters Under Guard", ["Anneliese Morrow-Daku"], "brief"),
             ("A Bridge Toll Lifted", ["Anneliese Morrow-Daku"], "brief"),
             ("The Peat Smugglers of Lowmarsh", ["Hesketh Adeyemi-Crane"], "feature"),
             ("Counting the Missing Boats", ["Ottoline Baptiste-Grey"], "feature")), "")
os.remove("w06_two_column_contents_single_space_pages.yml")
