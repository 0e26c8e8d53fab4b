"""c02: a later Terrorism Monitor issue in another layout (Volume XLI, Issue 7, 3 April 2043), no sidecar."""
from lib import Doc

PUB, VOL, ISS, DATE = "Terrorism Monitor", 41, 7, "2043-04-03"
BRIEF = "Quarry Explosives Go Missing in Vennholt"
F1 = "After the Amnesty: Where the Demobilized Fighters of the Zhartek Valley Went"
F2 = "Encrypted Radios and the Changing Command Style of Ansar al-Wadi"
F3 = "Why the Lakeside Bombings Stopped"
FOOTER = "THE HALVARD FOUNDATION  |  TERRORISM MONITOR  |  VOL. XLI, ISSUE 7"
MANGLED = "THEHALVARDFOUNDATION\uf0b7TERRORISMMONITOR\uf0b7VOL.XLI,ISSUE7"


def build():
    d = Doc("c02", width=84, comments=[
        "BRIEF (singular) covers the one piece under it and FEATURES (plural) the three under it.",
        "the third article's bio stands between its byline and its first paragraph; it is not text.",
        "the page footer with the bare page number under it is furniture at every page break; one footer is mangled.",
    ])
    state = {"page": 0}

    def page_break(doc):
        state["page"] += 1
        doc.blank()
        doc.add(MANGLED if state["page"] == 2 else FOOTER)
        doc.add(str(state["page"]))
        doc.add("\f")

    d.page_break = page_break
    b = d.article(BRIEF, ["Teodora Vlasenko"], DATE, "brief", PUB, VOL, ISS)
    f1 = d.article(F1, ["Henrik Solberg-Adeyemi", "Lucía Ferreira Montalbán"], DATE, "feature", PUB, VOL, ISS)
    f2 = d.article(F2, ["Kwame Asante-Liddell"], DATE, "feature", PUB, VOL, ISS)
    f3 = d.article(F3, ["Samir Haddadin"], DATE, "feature", PUB, VOL, ISS)

    d.add("Terrorism Monitor")
    d.add("Volume XLI  |  Issue 7  |  April 3, 2043")
    d.add("A Halvard Foundation publication")
    d.blank()
    d.add("CONTENTS")
    d.add(f"{BRIEF} .......................................... 1")
    d.add("After the Amnesty: Where the Demobilized Fighters of the Zhartek Valley")
    d.add("Went ............................................................. 2")
    d.add(f"{F2} ........................ 4")
    d.add(f"{F3} ................................................. 6")
    d.blank()
    d.add("BRIEF")
    d.blank()
    d.add(BRIEF)
    d.add("By Teodora Vlasenko")
    d.blank()
    for p in [
        "Police in the mining district of Vennholt announced on March 27 that some 300 kilograms of commercial "
        "explosive had disappeared from a limestone quarry over the winter. The loss was found only during an "
        "annual audit, and the quarry's managers could not say whether it had been taken at once or in small "
        "amounts over several months [1].",
        "The theft matters because of where Vennholt sits. The district borders the Zhartek Valley, where "
        "armed groups disbanded under the 2041 amnesty, and the quarry's night staff include several former "
        "fighters hired under the reintegration program. No one has been charged, and the police have been "
        "careful to say that the former fighters are not suspects. But the case has already been taken up by "
        "critics of the amnesty, who argue that the program placed men with weapons training in exactly the "
        "jobs where explosives are easiest to reach.",
        "Quarry regulations in the district require a weekly count of stock; the audit suggests that no such "
        "count took place at Vennholt for at least four months.",
    ]:
        d.para(p, b)
        d.blank()
    d.add("Notes:")
    d.add("[1] Vennholt District Police, statement of March 27, 2043.", b)
    d.blank()
    d.add("Teodora Vlasenko is the Editor of Terrorism Monitor.")
    d.page()

    d.add("FEATURES")
    d.blank()
    d.add("After the Amnesty: Where the Demobilized Fighters of the Zhartek Valley")
    d.add("Went")
    d.blank()
    d.add("Henrik Solberg-Adeyemi and Lucía Ferreira Montalbán")
    d.blank()
    for p in [
        "Two years ago, some 2,600 fighters from four armed groups in the Zhartek Valley handed in their weapons "
        "in return for a pardon, a cash grant and a promise of work. The amnesty was hailed at the time as the "
        "most successful disarmament in the region for a generation. It is now possible to ask what became of "
        "the men who took it [1].",
        "Tracing Former Fighters",
        "The answer, on the evidence of the reintegration office's own records, is that most of them went home "
        "and stayed there. Of the 2,600, about 1,900 were still drawing the monthly work stipend at the end of "
        "2042, and another 300 had found jobs that made the stipend unnecessary. The remaining 400 are harder to "
        "account for. Some have migrated to the coast; some have died; and an unknown number have returned to "
        "armed groups, though not necessarily to the ones they left [2].",
        "Interviews in three valley towns suggest that the returners are concentrated among the youngest "
        "fighters, those who joined after 2038 and who had never worked at anything else. For them the grant "
        "was soon spent and the promised jobs, in quarries and road crews, paid less than a month's wages from "
        "a commander. Several described the choice not as ideological but as a matter of ^arithmetic.",
        "What Comes Next",
        "The reintegration office has asked for a second round of funding, aimed at training rather than cash. "
        "Whether it gets it will depend in part on cases such as the Vennholt quarry theft, which has given the "
        "amnesty's opponents a story to tell. The numbers, however, suggest that the program has worked better "
        "than its critics claim, and that the problem lies with a minority that the first round was never "
        "designed to reach [3].",
    ]:
        if len(p) < 40:
            d.add(p, f1)
        else:
            d.para(p, f1)
        d.blank()
    d.add("Notes:")
    for n in [
        "[1] Office for Reintegration, Zhartek Valley, annual report for 2041.",
        "[2] Office for Reintegration, stipend records, December 2042, shared with the authors.",
        "[3] Interviews with reintegration officials in Ostrel and Vennholt, February 2043.",
    ]:
        d.add(n, f1)
    d.blank()
    d.para("Henrik Solberg-Adeyemi is a researcher on disarmament at the Nordvik Peace Institute. Lucía Ferreira "
           "Montalbán is a journalist who has covered the Zhartek Valley since the amnesty.")
    d.page()

    d.add(F2)
    d.blank()
    d.add("By Dr Kwame Asante-Liddell")
    d.blank()
    d.para("Dr Kwame Asante-Liddell is a visiting fellow at the Carrow School of Security Studies, where he works "
           "on communications in armed groups.")
    d.blank()
    for p in [
        "For most of its history Ansar al-Wadi was run like a family firm. Its founder gave orders in person, "
        "his sons carried them to the field, and messages moved by courier or not at all. That model has "
        "changed since the group began to use encrypted handheld radios, bought in bulk from traders across "
        "the border in late 2041 [1].",
        "The radios have not only made the group faster. They have changed who decides. Field commanders who "
        "once waited days for instructions now coordinate with each other directly, and a series of raids in "
        "the winter of 2042 appears to have been planned entirely at that level, without any word from the "
        "leadership [2]. A captured commander told interrogators that the founder's sons now learn of some "
        "operations from the news.",
        "This is a familiar story in the study of armed groups: technology that was bought to strengthen "
        "central control ends up weakening it. For Ansar al-Wadi the risk is fragmentation. For the security "
        "forces it is an opportunity, if they can find the seams between commanders who no longer need to ask "
        "permission, and who may not always agree.",
    ]:
        d.para(p, f2)
        d.blank()
    d.add("Notes:")
    d.add("[1] Customs seizure records, Tamvel border post, 2041–2042.", f2)
    d.add("[2] Interrogation summary released by the Ministry of Defense, January 2043.", f2)
    d.page()

    d.add(F3)
    d.blank()
    d.add("BY SAMIR HADDADIN")
    d.blank()
    for p in [
        "Between 2039 and 2041 the lakeside towns of the Ruvena basin suffered at least nineteen bombings, most "
        "of them against markets and bus stations. Then, in the spring of 2041, they stopped. There has not been "
        "a bombing in the basin for almost two years, and no one has claimed credit for the peace.",
        "Three explanations are usually offered. The first is the arrest, in March 2041, of the cell's presumed "
        "bomb-maker, a former chemistry teacher from Lake Varo. The second is the new checkpoint line on the "
        "northern shore, which made it harder to bring materials in by road. The third, heard more often in the "
        "towns than in the capital, is that the bombers simply got what they wanted: the closure of the "
        "fishing concessions that had been sold to outside companies.",
        "None of these is sufficient on its own. The arrest removed one man, but the cell had trained others. "
        "The checkpoints did not cover the lake itself. And the concessions were closed after the bombings "
        "stopped, not before. The most plausible account combines all three, with the arrest breaking the "
        "cell's momentum at the moment when its political cause was already being won by other means.",
        "That matters for the basin's future. If the peace rests on a political bargain rather than on "
        "policing, it will last only as long as the bargain does, and the concessions are due for review "
        "next year.",
    ]:
        d.para(p, f3)
        d.blank()
    d.para("Samir Haddadin is an independent analyst based in Ostrel. He writes on political violence in the "
           "Ruvena basin.")
    d.blank()
    d.add(FOOTER)
    d.add(str(state["page"] + 1))
    return d
