"""A whole issue of an invented sibling monitor, dated by month and year only."""

from lib import Doc, Pages

NAME = "k03_sibling_frontier_waters"
PUB = "Frontier Waters Monitor"
DATE = "2045-06-01"
VOL, ISS = 2, 6

T1 = "The Canal Wardens: Who Polices the Lower Lanner Waterways?"
T2 = "Dredging Contracts and the Return of the River Gangs"
T3 = "Captain Ysolde Barrancas, the Harbour Master Who Said No"


def build():
    d = Doc(NAME)
    d.sidecar = "publication: Frontier Waters Monitor"
    d.comments = [
        "Choices: the masthead prints the name in capitals; the publication is its proper form (as the sidecar",
        "writes it). 'ANALYSES' over two pieces -> analysis; 'PROFILE' over one piece -> profile. The author",
        "profile after the Sources of the first analysis is a bio (not text); the signature '— NAME' closing the",
        "second analysis is its byline (not text). June 2045 only -> 2045-06-01.",
    ]
    a1 = d.article(T1, ["Kasimir Oyelaran"], DATE, "analysis", PUB, VOL, ISS)
    a2 = d.article(T2, ["Rhea Mbatha-Lund"], DATE, "analysis", PUB, VOL, ISS)
    a3 = d.article(T3, ["Sunniva Takeda"], DATE, "profile", PUB, VOL, ISS)

    pages = Pages(
        d,
        header=None,
        mangled_header=None,
        footer="FRONTIER WATERS MONITOR  —  Vol. 2, No. 6  —  June 2045",
    )

    d.block("""
THE HALVERSTON FOUNDATION PRESENTS

FRONTIER WATERS MONITOR
Rivers, ports and the people who contest them

Vol. 2  |  No. 6                                                    June 2045

INSIDE
  p. 2   ANALYSIS   The Canal Wardens: Who Polices the Lower Lanner Waterways?
  p. 4   ANALYSIS   Dredging Contracts and the Return of the River Gangs
  p. 6   PROFILE    Captain Ysolde Barrancas, the Harbour Master Who Said No

Frontier Waters Monitor appears monthly. Views expressed are the authors' own.
Subscriptions and back issues: fwm@halverston.org
""")
    pages.page()
    d.line("ANALYSES")
    d.gap()
    d.title(T1)
    d.gap()
    d.line("by Kasimir Oyelaran  |  Halverston Fellow")
    d.gap()
    d.para("""Four agencies claim authority over the canals of the lower Lanner: the river police,
the port authority, the customs service and the provincial water board. None of them patrols the
waterways at night. Into that gap have stepped the canal wardens, volunteer crews of boatmen who
began in 2043 as a neighbourhood watch and now stop, search and sometimes fine the barges that pass
their moorings.1""", a1)
    d.para("""The wardens enjoy wide support among canal-side residents, who credit them with ending a
wave of thefts from moored boats. Barge operators are less enthusiastic. Several told this author
that the wardens' fines have become a toll in all but name, and that crews who refuse to pay find
their mooring ropes cut.2""", a1)
    d.para("""The provincial government has so far tolerated the wardens, in part because they cost
it nothing. But tolerance has a price. In April two wardens were shot dead by a barge crew
that re|fused to stop, and the killings have been followed by reprisals against barges registered
in the upper valley. The canals ^ risk becoming a frontier between communities rather than a
route that joins them.3""", a1)
    d.para("""Bringing the wardens under some form of public authority would be the obvious answer.
Each of the four agencies, however, has reasons to let another take the responsibility, and the
wardens themselves have no wish to become employees. Until one of them acts, the lower Lanner will
be policed by the people who live on it.""", a1)
    d.line("SOURCES")
    d.gap()
    d.para("1. Lower Lanner Residents' Association, minutes, September 2043.", a1)
    d.para("2. Author's interviews with barge operators, Lannermouth, May 2045.", a1)
    d.para("3. River Police, incident summary, April 2045.", a1)
    d.para("""Kasimir Oyelaran is a Halverston Fellow who writes on inland ports. He previously
worked for the Lannermouth harbour board.""")
    pages.page()

    d.title(T2)
    d.gap()
    d.para("""The river gangs of the middle Lanner were thought to have been broken in the purges of
the late 2030s. This spring they are back, and the reason is money from an unexpected source: the
contracts to dredge the river's silted channels.""", a2)
    d.para("""Dredging is expensive and hard to audit. Contractors are paid by the volume of silt
removed, a figure that no inspector can check once the silt has been dumped. Officials in two river
towns say that gang members have been hired as subcontractors, that they report volumes far above
what they remove, and that part of the difference is returned to the officials who sign the
invoices.""", a2)
    d.para("""The money has bought boats, weapons and a new generation of recruits. It has also bought
silence. A journalist who reported on the contracts in March left the region after her car was
set on fire.""", a2)
    d.para("""— Rhea Mbatha-Lund""")
    pages.page()

    d.line("PROFILE")
    d.gap()
    d.title(T3)
    d.gap()
    d.line("Profile by Sunniva Takeda")
    d.gap()
    d.para("""When Captain Ysolde Barrancas became harbour master of Port Seldane in 2039, the port was
known up and down the coast as the easiest place to land goods without paying duty. Six years later
it is the hardest, and Barrancas has survived two attempts on her life to make it so.""", a3)
    d.para("""Barrancas spent twenty years at sea before coming ashore, most of them as the master of
coastal tankers. She says that she learned there how cargo disappears: not in the dark but in the
paperwork. Her first act in Seldane was to require that every manifest be checked against the
hold by an inspector chosen on the day by lot.""", a3)
    d.para("""The measure cost the port a third of its traffic in the first year, and the port's
owners asked the ministry to remove her. The ministry refused, and traffic has since recovered as
legitimate shippers have come to prefer a port where their goods are not delayed by
smugglers' bribes.""", a3)
    d.para("""Her critics say she has simply pushed the smuggling to the beaches north of the town,
where boats land at night without any harbour at all. Barrancas does not deny it. "I was given a
port," she says. "Nobody gave me the coast.\"""", a3)
    return d
