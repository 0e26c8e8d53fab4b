from lib import Doc, write

NAME = "g03_sibling_monitor"
PUB = "Inland Seas Monitor"
DATE = "2046-10-01"
T = [
    "The Ferry Is a Border That Moves",
    "Smugglers Switch to Reed Boats on the Salvane Marshes",
    "Lake Orrun Fishers Arm Themselves Against Night Raiders",
]


def build():
    d = Doc(width=82)
    d.breaks = [
        ["", "Inland Seas Monitor | Issue No. 31 | page 2", ""],
        ["", "INLAND SEAS MONITOR  \u00b7  ISSUE NO. 31", "", "3", ""],
    ]
    d.lines_("""
HARROWGATE FOUNDATION  \u00b7  RESEARCH SERIES

INLAND SEAS MONITOR
Security on the lakes, marshes and rivers of the interior

Issue No. 31 \u2014 October 2046

What's inside
  Commentary ... The Ferry Is a Border That Moves
  Dispatches ... Smugglers Switch to Reed Boats on the Salvane Marshes
             ... Lake Orrun Fishers Arm Themselves Against Night Raiders

Published monthly. Editor: Tomasz Achebe-Farrow. Subscriptions: monitors@harrowgate.example
""")
    d.gap()
    d.line("COMMENTARY"); d.gap()
    d.line(T[0]); d.gap()
    d.line("Written by Halima Oduya-Strand"); d.gap()
    d.para("""Every morning at six, the car ferry from Lakeport to Tessel Island carries about four hundred passengers,
    sixty vehicles and a cargo that nobody inspects. The island belongs to one province and the port to another, and
    each province's police assume that the other has checked the boat. In practice the ferry is a border without a
    border post, and everyone who uses the lake knows it.""", 0)
    d.para("""The risk is not theoretical. Two of the men convicted last year of the bombing at the Lakeport grain
    terminal crossed on the ferry with the explosives in the boot of a hired car.[1] The inquiry that followed
    recom|mended joint inspections by both provinces' police; eighteen months later, the inspections have taken place
    on four days.[2]""", 0)
    d.line("\u201cThe ferry is a border that moves, and nobody guards it.\u201d"); d.gap()
    d.para("""The reason is money. Each province pays for its own officers, and neither wants to pay for officers who
    spend their shift on the other's side of the lake. A fund shared between the two, paid for by a small charge on
    each ticket, would settle the quarrel for the price of a cup of tea per crossing. Until someone proposes it, the
    ferry will go on carrying whatever its passengers choose to bring.""", 0)
    d.para("Notes")
    d.para("""[1] Judgment of the Lakeport Criminal Court in the grain terminal case, 12 June 2045.""", 0)
    d.para("""[2] Answer of the provincial interior secretary to a written question, 2 September 2046.""", 0)
    d.para("""Halima Oduya-Strand is a former harbour master of Lakeport and an associate fellow of the Harrowgate
    Foundation.""")
    d.line("DISPATCHES"); d.gap()
    d.line(T[1]); d.gap()
    d.line("Reporting by Jonas Ferreira-Kuti in Salvane"); d.gap()
    d.para("""Customs officers on the Salvane marshes have seized eleven reed boats since July, each loaded with
    cigarettes, fuel or medicines bound for the villages on the far side of the marsh. The boats, built in a day from
    bundled reeds and abandoned after a single crossing, are invisible to the radar that the customs service installed
    in 2044 to track the aluminium skiffs that smugglers used to prefer.""", 1)
    d.para("""Officers say that the switch has cut their seizures by half. A boat that is abandoned costs the smugglers
    nothing, and its crew can walk home through the reeds long before a patrol arrives. The customs service has asked
    for drones; the marsh villages, many of whose ^ residents depend on the trade, have asked for a market instead.""", 1)
    d.line(T[2]); d.gap()
    d.line("Pilar Nakamura-Osei | Lake Orrun"); d.gap()
    d.para("""Fishing cooperatives on the northern shore of Lake Orrun have begun to send their boats out in convoys,
    with one boat in each convoy carrying men armed with hunting rifles. The cooperatives say that raiders in fast boats
    have rob|bed their members of nets, engines and catches eleven times since the spring, and that the lake police,
    with two working boats for the whole shore, cannot protect them.""", 2)
    d.para("""The provincial police have warned that armed convoys are illegal and that a shooting on the water could
    start a feud between shore villages. The cooperatives' chairman replied that the raiders had already shot two
    fishermen, and that his members would ^ disarm on the day the police put a third boat on the water.""", 2)
    d.lines_("""

NEXT ISSUE: The river police of the Varsenne, and a map of the marsh crossings.

Inland Seas Monitor is published by the Harrowgate Foundation. \u00a9 2046. All rights reserved.
""")
    return d


def main():
    d = build()
    A = [("commentary", ["Halima Oduya-Strand"]), ("dispatch", ["Jonas Ferreira-Kuti"]), ("dispatch", ["Pilar Nakamura-Osei"])]
    arts = [dict(title=T[i], authors=a, date=DATE, kind=k, pub=PUB, vol=None, iss=31) for i, (k, a) in enumerate(A)]
    write(NAME, d, arts, comments=[
        "A sibling monitor numbered by issue only (Issue No. 31): volume null. Dated by month and year: the first of the month.",
        "COMMENTARY (singular) labels the piece under it; DISPATCHES (plural) the run under it: dispatch, singular.",
        "The pull quote repeats a sentence of the commentary and is not text. The bio after the Notes is a bio, not text.",
        "Publication: the masthead prints INLAND SEAS MONITOR in capitals; labelled in title case.",
    ], sidecar="publication: Inland Seas Monitor")


if __name__ == "__main__":
    main()
