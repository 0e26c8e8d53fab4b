"""b02: a whole Terrorism Monitor issue (Volume XL, Issue 9, 1 May 2042) as PDF text, in a later layout."""
from lib import Article, RawFile

PUB = "Terrorism Monitor"
DATE = "2042-05-01"


def build():
    f = RawFile("b02", width=86)
    page = [1]

    def page_break():
        page[0] += 1
        lines = ["", f"{page[0] - 1}", "\f" + "TERRORISM MONITOR  VOLUME XL  ISSUE 9", ""]
        if page[0] == 3:
            lines[2] = "\fTERRORISMMONITOR\u25a1VOLUMEXL\u25a1ISSUE9"
        return lines

    f.page_break = page_break
    f.furn("TERRORISM MONITOR", "Volume XL, Issue 9  |  1 May 2042", "",
           "A Westmark Foundation publication", "", "Contents", "",
           "Arson Attacks on Phone Masts Spread Across the Harnel Valley ............................. 1",
           "The Harnel Valley Front After Its Founder: Succession and Splintering ....................... 2",
           "Why Kidnappers on the Serrat Highway Now Demand Payment in Fuel ............................ 4",
           "A Prison Break in Maro Town and the Limits of Regional Policing ............................. 5",
           "", "BRIEFS", "")

    f.start(Article("Arson Attacks on Phone Masts Spread Across the Harnel Valley", ["Cassius Ndlovu-Hartmann"],
                    DATE, "brief", PUB, 40, 9))
    f.furn("Arson Attacks on Phone Masts Spread Across the Harnel Valley", "Cassius Ndlovu-Hartmann, Editor", "")
    f.paras(
        "At least fourteen mobile phone masts were set on fire in the Harnel Valley during April, more than in the "
        "whole of the previous year. The attacks began in the hill districts around Corvane and have since reached "
        "the valley floor, where a mast beside the main highway burned on April 27 (Harnel Today, April 28).",
        "No group has claimed the attacks, but leaflets left at two of the sites accuse the network operator of "
        "passing subscribers' locations to the army. The Harnel Valley Front, discussed in the feature below, has "
        "made the same accusation in its statements since February.",
        "The damage is already felt. Clinics in the hill districts report that they can no longer call ambulances, "
        "and traders say that mobile payments, on which most of the valley's markets depend, fail for days at a "
        "time after each attack.")
    f.break_page()
    f.furn("FEATURES", "")

    f.start(Article("The Harnel Valley Front After Its Founder: Succession and Splintering",
                    ["Yusra Albrecht-Nakamura", "Teodor Visser", "Pilar Oyelowo-Dane"], DATE, "feature", PUB, 40, 9))
    f.furn("The Harnel Valley Front After Its Founder: Succession and Splintering", "",
           "Yusra Albrecht-Nakamura, Teodor Visser and Pilar Oyelowo-Dane", "")
    f.paras(
        "The death of Aurel Kestner, founder and for eighteen years the only leader of the Harnel Valley Front, in "
        "an air strike in December 2041 left the movement without a clear successor. Kestner had never named a "
        "deputy, and the Front's statements had always appeared under his name alone [1]. Four months later, at "
        "least three men claim to speak for the movement, and their differences are beginning to show in the "
        "violence on the ground.",
        "This article traces the three factions, their bases and their methods, and asks whether the Front is "
        "likely to reunite or to break apart for good.")
    f.blank()
    f.text("Three Claimants")
    f.blank()
    f.paras(
        "The first claimant is Kestner's brother-in-law, Matthias Oren, who commands the fighters in the hill "
        "districts around Corvane. Oren controls the Front's radio frequencies and its stock of explosives, and his "
        "fighters are thought to be behind the recent arson attacks on phone masts [2].",
        "The second is a former schoolteacher known as Ilse the Clerk, who ran the Front's courts and tax offices in "
        "the valley towns. Her followers are fewer, but she holds the movement's records and, crucially, its lists "
        "of tax~payers, which give her a steady income even without fighters.",
        "The third is a younger commander, Ravi Santangelo, whose unit operates along the Serrat Highway and has "
        "grown wealthy from kidnapping. Santangelo has announced that he will not accept any leader chosen without "
        "a vote of the unit commanders, a demand that neither of the others has ## accepted.")
    f.blank()
    f.text("Prospects")
    f.blank()
    f.paras(
        "The three factions still avoid fighting one another, and each continues to use the Front's name. But their "
        "interests are diverging: Oren needs recruits and weapons, the Clerk needs quiet towns that pay their taxes, "
        "and Santangelo needs a highway busy with travelers. A government that understood these differences could "
        "negotiate with one faction while isolating another. So far, however, the army's response has treated the "
        "Front as a single body, and its strikes have tended to push the factions back together [3].")
    f.blank()
    f.furn("Notes", "")
    f.text("[1] Harnel Valley Front, statement of June 14, 2040, signed by Aurel Kestner.",
           "[2] Interviews with residents of Corvane, March 2042.",
           "[3] See Teodor Visser, \u201cBombing Together: Air Power and Rebel Unity,\u201d Westmark Papers 12 (2041).")
    f.blank()
    f.furn("Yusra Albrecht-Nakamura is a research fellow at the Westmark Foundation. Teodor Visser teaches",
           "security studies at the University of Corvane. Pilar Oyelowo-Dane is a freelance journalist who has",
           "covered the Harnel Valley since 2036.", "")

    f.break_page()
    f.start(Article("Why Kidnappers on the Serrat Highway Now Demand Payment in Fuel", ["Emeka Lindqvist"], DATE,
                    "feature", PUB, 40, 9))
    f.furn("Why Kidnappers on the Serrat Highway Now Demand Payment in Fuel", "", "By Dr Emeka Lindqvist", "")
    f.paras(
        "Travelers on the Serrat Highway have long feared the checkpoints that appear without warning on its "
        "mountain stretches. What has changed in the past year is the price of passage. Kidnappers who once "
        "demanded cash now ask families for fuel, delivered in jerrycans to villages far from the road [1].",
        "The reason is partly practical. Since the central bank withdrew the old notes in 2041, cash has become "
        "scarce in the mountains, and the new notes are easy to trace. Fuel, by contrast, can be sold anywhere, "
        "stored for months and moved in the back of any truck.",
        "It is also strategic. Fuel is what the armed groups of the highway need most for their own vehicles and "
        "generators, and it is what the government has tried hardest to deny them. By making families pay in fuel, "
        "the kidnappers turn every ransom into a breach of the blockade [2].",
        "For the government, the lesson is uncomfortable. The fuel blockade has raised prices for everyone in the "
        "mountains, yet the groups it was meant to weaken have found a way to make ordinary families carry the "
        "cost. A policy that secured the highway itself, rather than the fuel depots, might do more to protect "
        "travelers.")
    f.blank()
    f.furn("Notes", "")
    f.text("[1] Serrat Valley Monitor, \u201cRansom by the Jerrycan,\u201d March 30, 2042.",
           "[2] Interview with a haulage company owner in Serrat, April 2042.")
    f.blank()
    f.furn("Dr Emeka Lindqvist is a lecturer in development studies who researches rural security and the economics",
           "of armed groups.", "")

    f.start(Article("A Prison Break in Maro Town and the Limits of Regional Policing", ["Ingrid Osei-Falk"], DATE,
                    "feature", PUB, 40, 9))
    f.furn("A Prison Break in Maro Town and the Limits of Regional Policing", "", "Ingrid Osei-Falk", "")
    f.paras(
        "Shortly after midnight on April 6, gunmen stormed the regional prison in Maro Town, freed some two hundred "
        "inmates and set fire to the records office. Among those who escaped were at least thirty men awaiting "
        "trial for membership of armed groups in the south of the ## country.",
        "The attack lasted less than an hour. According to the regional governor, the gunmen arrived in four "
        "pickup trucks, cut the power line to the prison and entered through the main gate, whose guards had left "
        "their posts during a change of shift. No guard was killed, which has led to suspicions of inside help.",
        "Whatever the truth of those suspicions, the prison break exposed the weakness of regional policing in the "
        "south. The regional police have one vehicle for every fifty officers, no radio link with the army, and a "
        "budget that has not risen since 2036. It took them three hours to reach the prison, by which time the "
        "gunmen and most of the escapees had crossed the river.",
        "The national government has promised an inquiry and new funds. Previous inquiries, after similar attacks "
        "in 2038 and 2040, produced recommendations that were never carried out. Unless this one does better, Maro "
        "Town is unlikely to be the last prison to be emptied by force.")
    f.blank()
    f.furn("Ingrid Osei-Falk is a researcher on policing and justice in the region.", "", str(page[0]))
    f.write(choices=[
        "the plural BRIEFS over one piece names its kind (brief); the pieces under FEATURES are features.",
        "a form feed opens each running header line; the header and page number lines are furniture.",
        "the three-name line and the 'NAME, Editor' line are bylines, not text.",
    ])
    return f
