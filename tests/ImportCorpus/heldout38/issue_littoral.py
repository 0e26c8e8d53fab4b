"""b03: a whole issue of an invented sibling monitor (Littoral Threat Monitor, Vol. 3, No. 4, April 2042)."""
from lib import Article, RawFile

PUB = "Littoral Threat Monitor"
DATE = "2042-04-01"


def build():
    f = RawFile("b03", width=78)
    page = [1]

    def page_break():
        page[0] += 1
        return ["", f"LITTORAL THREAT MONITOR \u2014 April 2042 \u2014 p. {page[0] - 1}", "", ""]

    f.page_break = page_break
    f.furn("H A R B O U R G A T E   R E S E A R C H   G R O U P", "",
           "LITTORAL THREAT MONITOR", "Piracy, smuggling and insurgency on the world's coasts", "",
           "Vol. 3, No. 4                                                          April 2042", "",
           "In this issue", "  Briefs", "    Smugglers Trade Fuel for Fish Off the Calder Banks",
           "    A Ferry Crew Held for Ten Days in the Vessa Strait",
           "  Analysis", "    The Grey Fleet: Why Unregistered Trawlers Matter for Coastal Security", "", "",
           "BRIEFS", "")

    f.start(Article("Smugglers Trade Fuel for Fish Off the Calder Banks", ["Noor Halvorsen-Achebe"], DATE, "brief",
                    PUB, 3, 4))
    f.furn("Smugglers Trade Fuel for Fish Off the Calder Banks", "BY NOOR HALVORSEN-ACHEBE", "")
    f.paras(
        "Fishing crews on the Calder Banks have begun meeting smuggling tankers at sea to swap part of their catch "
        "for diesel, according to harbour masters in two coastal towns. The swaps take place at night, outside the "
        "twelve-mile limit, and leave no trace in the fuel records that the coast guard uses to spot illegal "
        "fishing.",
        "The trade suits both sides. Diesel sold at sea costs about half the price at the quay, while the "
        "smugglers, who once returned empty from their runs, now come back with fish that they sell in ports where "
        "no one asks where it was caught. Coast guard officers say the same tankers have been seen near the "
        "anchorages used by the armed groups further south.")
    f.blank()

    f.start(Article("A Ferry Crew Held for Ten Days in the Vessa Strait", ["Noor Halvorsen-Achebe"], DATE, "brief",
                    PUB, 3, 4))
    f.furn("A Ferry Crew Held for Ten Days in the Vessa Strait", "BY NOOR HALVORSEN-ACHEBE", "")
    f.paras(
        "The eleven crew members of the passenger ferry Morning Lark were released on March 24 after ten days in "
        "the hands of an armed group that boarded the vessel in the Vessa Strait. The passengers, mostly traders "
        "returning from a market on Inner Vessa, had been put ashore on the first night unharmed.",
        "The ferry's owners deny paying a ransom. Local reporters, however, say that a sum was handed over in the "
        "island's main town two days before the crew was freed, and that the ## group has since bought two new "
        "outboard engines. If so, it would be the first ransom paid for a ferry crew in the strait since 2039.")
    f.blank()
    f.furn("Noor Halvorsen-Achebe edits the briefs section of Littoral Threat Monitor.", "", "", "ANALYSIS", "")

    f.start(Article("The Grey Fleet: Why Unregistered Trawlers Matter for Coastal Security",
                    ["Bartholomew Achterhof"], DATE, "analysis", PUB, 3, 4))
    f.furn("The Grey Fleet: Why Unregistered Trawlers Matter", "for Coastal Security", "",
           "Bartholomew Achterhof, Senior Analyst", "")
    f.paras(
        "Every coastal state keeps a register of its fishing vessels, and most require those vessels to carry a "
        "tracking bea~con. Yet along the coasts covered by this monitor, a large share of the boats at sea appear in "
        "no register at all. Port surveys carried out in 2041 counted more than six hundred trawlers in three "
        "harbours of the Calder coast, of which fewer than half held a current licence.1",
        "This grey fleet is usually discussed as a problem of fisheries management. It is also a security problem. "
        "Boats without registration or beacons can move fuel, weapons and people without leaving a record, and "
        "they provide cover for the fast boats of armed groups, which are much easier to spot on an empty sea than "
        "among a crowd of fishing vessels.2")
    f.blank()
    f.text("How the grey fleet grew")
    f.blank()
    f.paras(
        "Much of the fleet was built in the boom years of the 2030s, when high fish prices drew new owners into the "
        "trade. Licensing of~fices, which had been cut back in the same years, could not keep up, and many owners "
        "simply stopped applying. By the time prices fell, the unlicensed boats had become part of the coastal "
        "economy, and officials were reluctant to seize the livelihoods of whole villages.3",
        "Armed groups noticed. In the Vessa Strait, boats that once belonged to fishing families are now rented "
        "to smugglers by the week, and coast guard officers say that some crews move between fishing, smuggling and "
        "guard duty for the armed groups as the seasons change.")
    f.break_page()
    f.text("What could be done")
    f.blank()
    f.paras(
        "Registration campaigns have failed in the past because they offered owners nothing in return. A program "
        "that combined registration with cheaper fuel at the quay, or with access to insurance, would give owners a "
        "reason to come forward, and it would undercut the trade in smuggled diesel at the same time. Without such "
        "incentives, the grey fleet will remain the sea in which the armed groups of the coast can swim.")
    f.blank()
    f.furn("NOTES", "")
    f.text("1. Calder Coast Fisheries Office, Harbour Survey 2041 (Calder, 2042), p. 14.",
           "2. Interview with a coast guard officer, Vessa, February 2042.",
           "3. Ines Morland, Boom and Bust on the Calder Banks (Harbourgate Research Group, 2040).")
    f.blank()
    f.furn("Bartholomew Achterhof is Senior Analyst at the Harbourgate Research Group, where he leads its work on",
           "maritime crime. He served for twelve years in the Calder coast guard.", "",
           f"LITTORAL THREAT MONITOR \u2014 April 2042 \u2014 p. {page[0]}")
    f.write(sidecar={"publication": PUB}, choices=[
        "the issue prints only month and year, so every piece is dated the first of the month.",
        "BRIEFS (plural) covers both short pieces; ANALYSIS (singular) names the kind of the one piece under it.",
        "the notes are text; superscript note markers come out of the PDF as digits glued to sentence ends.",
    ])
    return f
