"""c03: a whole issue of an invented sibling monitor (Riverine Security Monitor, Vol. 5 No. 2, February 2043)."""
from lib import Doc

PUB, VOL, ISS, DATE = "Riverine Security Monitor", 5, 2, "2043-02-01"
BRIEF = "Dredger Crews Targeted on the Lower Ostra"
F1 = "The River Pirates of the Selvan Delta Go Inland"
F2 = "Barges, Bribes and the Grain Corridor: Militant Revenue on the Middle Ruvena"


def build():
    d = Doc("c03", width=76, comments=[
        "the masthead prints the month and year only, so the date is the first of the month.",
        "BRIEF (singular) covers its one piece; FEATURES (plural) covers the two after it.",
        "superscript note markers stay in the text lines; the ENDNOTES heading is not text, its numbered notes are.",
        "each feature's bio after its endnotes (one author, then two) is not text.",
    ])
    state = {"page": 1}

    def page_break(doc):
        doc.blank()
        doc.add(f"Riverine Security Monitor  \u00b7  February 2043  \u00b7  page {state['page']}")
        doc.blank()
        state["page"] += 1

    d.page_break = page_break
    b = d.article(BRIEF, ["Anneliese Okonkwo-Strand"], DATE, "brief", PUB, VOL, ISS)
    f1 = d.article(F1, ["Tomasz Wierzbicki"], DATE, "feature", PUB, VOL, ISS)
    f2 = d.article(F2, ["Farida Noor", "Emeka Castellanos"], DATE, "feature", PUB, VOL, ISS)

    d.add("A HALVARD FOUNDATION PUBLICATION")
    d.blank()
    d.add("RIVERINE SECURITY MONITOR")
    d.add("Watching the rivers, deltas and inland ports")
    d.blank()
    d.add("Vol. 5  \u2022  No. 2                                             February 2043")
    d.add("\u2500" * 60)
    d.blank()
    d.add("Inside this issue")
    d.add(f"   Brief \u2014 {BRIEF} ........ p. 1")
    d.add(f"   Features \u2014 {F1} ........ p. 2")
    d.add("   Barges, Bribes and the Grain Corridor: Militant Revenue on the Middle")
    d.add("   Ruvena ........ p. 3")
    d.blank()
    d.add("BRIEF")
    d.blank()
    d.add(BRIEF)
    d.add("by Anneliese Okonkwo-Strand")
    d.blank()
    for p in [
        "Crews working on the state dredging program on the lower Ostra have come under fire three times since "
        "the new year. In the most serious attack, on January 17, gunmen in two skiffs fired on the dredger "
        "Kestrel Queen near the Marrow Bend and wounded its pilot.\u00b9 The dredging contractor has since "
        "withdrawn its crews from the stretch below the bend.",
        "The motive is not hard to find. The dredging is meant to open the lower river to larger vessels, and "
        "the smugglers who move goods through the shallows in small boats stand to lose their trade. Local "
        "officials have so far described the attacks as criminal rather than political, though one of the "
        "groups active on the river has praised them in a statement.\u00b2",
    ]:
        d.para(p, b)
        d.blank()
    d.add("ENDNOTES")
    d.add("1. Ostra River Authority, incident notice, January 18, 2043.", b)
    d.add("2. Statement circulated on a messaging channel, January 24, 2043.", b)
    d.page()

    d.add("FEATURES")
    d.blank()
    d.add(F1)
    d.add("Tomasz Wierzbicki, Senior Analyst")
    d.blank()
    for p in [
        "For a decade the pirates of the Selvan Delta were a coastal problem. They preyed on fishing boats and "
        "the occasional supply vessel at the river mouths, and they rarely ventured more than a day's sail "
        "upstream. That has changed. Since the autumn of 2042 the same gangs have been reported as far "
        "inland as the river port of Danvik, some 180 kilometers from the sea.\u00b9",
        "Why Inland?",
        "Two developments explain the shift. The navy's coastal patrols, expanded in 2041, have made the river "
        "mouths less profitable. At the same time the inland ports have grown, and with them the barge traffic "
        "carrying fuel and grain. A barge moving slowly against the current is an easier target than a "
        "trawler at sea, and the river police, unlike the navy, have few boats and no night patrols.\u00b2",
        "The gangs have also found partners. Witnesses in Danvik describe pirates working with local "
        "militias that control the riverbanks, splitting the proceeds of each seizure. For the militias it "
        "is easy money; for the pirates it is safe passage and a place to hide between raids.\u00b3",
        "The river authority has asked for armed guards on fuel barges, which the operators are resisting "
        "on grounds of cost. Until the question is settled, the cheapest protection on the middle river is "
        "still to pay the gangs, and several operators are believed to be doing so ^already.",
    ]:
        if len(p) < 30:
            d.add(p, f1)
        else:
            d.para(p, f1)
        d.blank()
    d.add("ENDNOTES")
    d.add("1. Danvik Port Authority, security bulletin no. 7, November 2042.", f1)
    d.add("2. Interview with a river police commander, Danvik, December 2042.", f1)
    d.add("3. Interviews with barge crews in Danvik, January 2043.", f1)
    d.blank()
    d.add("Tomasz Wierzbicki is a senior analyst with the Riverine Security Monitor.")
    d.blank()
    d.add(F2)
    d.add("By Farida Noor and Emeka Castellanos")
    d.blank()
    for p in [
        "The grain corridor on the middle Ruvena carries a third of the country's harvest to the coast. It "
        "also carries, according to prosecutors in Ostrel, a steady flow of money to the armed groups that "
        "hold the eastern bank.\u00b9 The mechanism is simple: each barge pays a fee to pass the militia posts at "
        "the river's narrows, and the fee is passed on to the buyers of the grain.",
        "The sums are modest per barge but large in total. A court case in Ostrel last year heard that a "
        "single militia post collected the equivalent of several million dollars in a season, which it "
        "shared with the armed group that protects it.\u00b2 Officials at the ports downstream have known "
        "about the fees for years; some of them, the court heard, have taken a share.",
        "Ending the payments would require either a military operation to clear the narrows or an "
        "agreement with the groups that hold them. Neither looks likely before the harvest, and the "
        "government has so far preferred to treat the fees as a cost of doing ^business on the river.",
        "That preference has a price. Each season the groups on the eastern bank grow richer, and the "
        "corridor that feeds the cities grows more dependent on their goodwill.",
    ]:
        d.para(p, f2)
        d.blank()
    d.add("ENDNOTES")
    d.add("1. Public Prosecutor of Ostrel, indictment no. 42/311, September 2042.", f2)
    d.add("2. Ostrel District Court, hearing of October 9, 2042.", f2)
    d.blank()
    d.para("Farida Noor is an economist at the Ostrel Grain Exchange. Emeka Castellanos is a reporter "
           "who covers river trade for the Danvik Herald.")
    d.blank()
    d.add(f"Riverine Security Monitor  \u00b7  February 2043  \u00b7  page {state['page']}")
    d.sidecar = "publication: Riverine Security Monitor\n"
    return d
