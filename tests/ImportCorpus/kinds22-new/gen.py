# Writes the invented whole issues of this folder (kinds22 new cases, written after the rules, labelled before any run).
# Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap  # noqa: E402


def arts(pub, date, volume, issue, *items):
    return [dict(title=t, authors=a, kind=k, publication=pub, date=date, volume=volume, issue=issue) for t, a, k in items]

# 1. A numbered contents list opening each line with its page, under "What's in this number"; the first piece's plural
#    label and its title glued to its prose; a feature after it with a byline line.
i = Issue("n01_pages_first_plural_label_glued")
pub = "Highland Corridor Review"
i.add("HIGHLAND CORRIDOR REVIEW"); i.add("Vol. 3, No. 2 — 20 February 2031"); i.add()
i.add("What's inside")
i.add("1   Briefs: Mountain pass reopens to lorries"); i.add("3   The Toll Keepers of the Upper Valley — Sunniva Adeyemi-Roth"); i.add()
i.add("BRIEFS"); i.add("Mountain Pass Reopens to Lorries After Landslide Repairs")
i.para("The Karst pass reopened to heavy lorries on Monday, three months after a landslide closed its northern approach. Transport "
       "officials said armed escorts would accompany convoys on the upper section for the first month, after drivers waiting at the "
       "barrier complained of men demanding payment to let them through the detour that villagers had opened during the closure.", 0)
i.para("Traders in the valley towns welcomed the news. The detour, a dirt track through three villages, had added a day to the "
       "journey and, according to the drivers, a new toll at every village it passed through.", 0)
i.add()
i.add("The Toll Keepers of the Upper Valley"); i.add("Sunniva Adeyemi-Roth"); i.add()
for p in ["The men who stand at the barriers on the upper valley road do not wear uniforms, and they do not say whom they work for. "
          "Drivers pay them all the same, because the alternative is to wait, and waiting in the upper valley at night is dangerous.",
          "Over four months of interviews with drivers, traders and village elders, a picture emerges of a toll system that began as a "
          "favour to stranded travellers and grew into a business. The first barriers were put up by villagers to keep lorries off their "
          "fields; the later ones were put up by men from the lowlands who saw what the first ones earned.",
          "Local officials say they cannot remove the barriers without the police, and the police say they cannot patrol a road the army "
          "has declared a security zone. The army, for its part, says its task is the border, not the road.",
          "Until someone accepts responsibility for the road, the toll keepers will keep their barriers, and the price of everything "
          "carried up the valley will include their share."]:
    i.para(p, 1); i.add()
i.write(arts(pub, "2031-02-20", 3, 2, ("Mountain Pass Reopens to Lorries After Landslide Repairs", [], "brief"),
             ("The Toll Keepers of the Upper Valley", ["Sunniva Adeyemi-Roth"], "feature")), "publication: Highland Corridor Review\n")

# 2. A contributors box under "About our contributors", printed as one block; a bilingual label over one short piece, label
#    and title glued; two features after it.
i = Issue("n02_about_contributors_bilingual_label")
pub = "Lake Basin Observer"
i.add("LAKE BASIN OBSERVER"); i.add("Number 58  |  June 2031"); i.add()
i.add("About our contributors")
i.para("Teodor Wanjiru-Holm is a correspondent based in the lake ports and has reported on the fishing economy since 2026. "
       "Ines Kamau-Dahl is a lecturer in public law whose research concerns emergency powers.", None)
i.add()
i.add("BRÈVE / BRIEF"); i.add("Fishing Ban Extended on the Western Shore")
i.para("The provincial government extended its ban on night fishing along the western shore for another three months, citing "
       "attacks on patrol boats by armed men operating from the islands. Fishing cooperatives said the ban had already cost their "
       "members half of their income and asked for compensation, which the government has not offered.", 0)
i.add()
i.add("Island Camps and the Smuggling of Fuel"); i.add("Teodor Wanjiru-Holm"); i.add()
for p in ["The islands of the northern lake have no roads, no police posts and, since last year, no fishing either. They do have fuel: "
          "drums of it, stacked under tarpaulins on the beaches, waiting for boats that come at night from the eastern shore.",
          "Fishermen idled by the ban have become the smugglers' crews. They know the channels and the shallows, and the pay for one night "
          "is more than a week of fishing used to bring. Several said they had no other way to feed their families.",
          "The fuel goes north, to the armed groups that control the hills above the lake. Without it, their trucks and generators would "
          "stop within weeks. The ban meant to starve them of the lake has instead given them a workforce."]:
    i.para(p, 1); i.add()
i.add("Emergency Powers That Never End"); i.add("Ines Kamau-Dahl"); i.add()
for p in ["The state of emergency in the lake provinces was declared for ninety days. It has now been renewed eleven times, each time "
          "by a decree that cites the same attacks and promises the same review.",
          "Courts have declined to examine the renewals, holding that the security situation is a matter for the executive. Parliament "
          "has debated them only twice. The result is that powers meant for a crisis have become the ordinary way of governing a region.",
          "Ending the emergency would not end the violence. But it would oblige the government to explain, in public, why each of its "
          "powers is still needed, and that is a question the decrees have so far been written to avoid."]:
    i.para(p, 2); i.add()
i.write(arts(pub, "2031-06-01", "null", 58, ("Fishing Ban Extended on the Western Shore", [], "brief"),
             ("Island Camps and the Smuggling of Fuel", ["Teodor Wanjiru-Holm"], "feature"),
             ("Emergency Powers That Never End", ["Ines Kamau-Dahl"], "feature")), "publication: Lake Basin Observer\n")

# 3. Contents grouped under section names: "In short" over two titles, "Analysis" over one; the body prints the group's
#    label over the short pieces only.
i = Issue("n03_grouped_in_short_analysis")
pub = "Delta Security Digest"
i.add("DELTA SECURITY DIGEST"); i.add("Volume 11  ·  Number 7  ·  July 2031"); i.add()
i.add("CONTENTS                                             PAGE")
i.add("In short"); i.add("   Pipeline guards arrested after fuel theft            1"); i.add("   Ferry crews strike over armed boardings               1")
i.add("Analysis"); i.add("   The creek economy after the amnesty                  2"); i.add()
i.add("IN SHORT"); i.add()
i.add("Pipeline guards arrested after fuel theft"); i.add()
i.para("Police in the eastern delta arrested six private guards employed to protect a crude pipeline, after a tap was found on a "
       "section they patrolled. Investigators said the guards had sold access to the tap to a gang that filled barges at night.", 0)
i.add()
i.add("Ferry crews strike over armed boardings"); i.add()
i.para("Crews on the creek ferries stopped work for two days after gunmen boarded a ferry near the river mouth and robbed its "
       "passengers. The ferry owners' association said it would pay for armed guards on the night crossings until the navy resumes patrols.", 1)
i.add()
i.add("The creek economy after the amnesty"); i.add("Obiageli Sørensen-Pike"); i.add()
for p in ["Five years after the amnesty, the creeks of the delta are quieter but not at peace. The fighters who laid down their arms "
          "were paid stipends and trained as welders and drivers; many of them now guard the pipelines they once attacked.",
          "That arrangement has kept the violence down, but it has also turned protection into a trade. Guards sell access to taps, "
          "commanders sell jobs to guards, and the money that once bought weapons now buys contracts.",
          "Any attempt to reform the guard contracts will have to reckon with this economy, and with the men who would lose their living "
          "if it were dismantled. The amnesty bought calm; it did not buy a settlement."]:
    i.para(p, 2); i.add()
i.write(arts(pub, "2031-07-01", 11, 7, ("Pipeline guards arrested after fuel theft", [], "brief"),
             ("Ferry crews strike over armed boardings", [], "brief"),
             ("The creek economy after the amnesty", ["Obiageli Sørensen-Pike"], "analysis")), "publication: Delta Security Digest\n")
