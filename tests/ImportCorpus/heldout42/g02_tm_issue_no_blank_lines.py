from lib import Doc, write

NAME = "g02_tm_issue_no_blank_lines"
PUB = "Terrorism Monitor"
DATE = "2046-07-17"
T = [
    "Tirrane Hills: Front Commander Surrenders With Forty Fighters",
    "Harbour Workers' Union Warns of Vanguard Recruiters in Port Anselby",
    "A Caliphate of Pamphlets: The Print Culture of the Salt Road Brotherhood",
    "Lessons From the Failed Ceasefire at Cray Point",
]


def build():
    d = Doc(width=76, blank=False)
    foot = "harrowgate.example/terrorism-monitor"
    d.breaks = [
        [foot, "2", "Terrorism Monitor \u2014 Vol. 44, No. 14"],
        [foot, "3", "TerrorismMonitor\u2014Vol.44,No.14\ufffd"],
        ["\u2014 4 \u2014"],
    ]
    d.lines_("""
Terrorism Monitor
A publication of The Harrowgate Foundation
Vol. 44, No. 14 \u2014 July 17, 2046
In this issue
At a Glance
Tirrane Hills: Front Commander Surrenders With Forty Fighters .............. 1
Harbour Workers' Union Warns of Vanguard Recruiters in Port Anselby .......... 2
A Caliphate of Pamphlets: The Print Culture of the Salt Road Brotherhood
by Sandeep Varga-Holloway and Amaka Lindstrom-Reyes ......................... 3
Lessons From the Failed Ceasefire at Cray Point
by Oyelaran Brandt-Mwangi ................................................... 6
For comment and permissions: editors@harrowgate.example
AT A GLANCE
""")
    # brief 1: bare-name byline under the title
    d.line("Tirrane Hills: Front Commander Surrenders With Forty Fighters")
    d.line("Marguerite Okonjo-Lind")
    d.para("""A commander of the Ashen Banner Front known by the name Abu Sorrel walked into the army post at Caldmoor on
    9 July with forty fighters and surrendered their weapons, according to the regional command. Photographs released by
    the army show the men seated in rows on the parade ground, their rifles stacked in front of them.""", 0)
    d.para("""The surrender follows the release in June of a recorded message from the Front's leadership ordering
    commanders in the hills to move south to the delta. Local officials say that Abu Sorrel, whose men are mostly from
    the hill villages, refused to leave and negotiated his surrender through the prefect's office over several weeks.
    Whether the army can keep its promise of a hearing before a civilian court ^ will decide whether other commanders
    follow.""", 0)
    # brief 2: byline with role
    d.line("Harbour Workers' Union Warns of Vanguard Recruiters in Port Anselby")
    d.line("By Marguerite Okonjo-Lind, Editor")
    d.para("""The dockworkers' union in Port Anselby has told its members to report approaches by men offering loans
    to workers laid off after the closure of the northern quay. The union says that at least a dozen members have been
    offered cash on generous terms by lenders who later asked them to store packages or to carry messages on the
    ferries.""", 1)
    d.para("""The police have not confirmed a link with the Crescent Vanguard, but the pattern matches what former
    couriers have described in court: small favours, repaid with small errands, that tie a worker to the group before
    he knows what he has joined. The union's warning is a rare case of a civilian body naming the risk in public.""", 1)
    d.line("Marguerite Okonjo-Lind is the Editor of Terrorism Monitor.")
    # feature 1: line of two names (one with Dr), superscript endnotes, co-authors' bio after the notes
    d.line("A Caliphate of Pamphlets: The Print Culture of the Salt Road")
    d.line("Brotherhood")
    d.line("Sandeep Varga-Holloway and Dr Amaka Lindstrom-Reyes")
    d.para("""Most studies of militant propaganda begin with the internet. The Salt Road Brotherhood invites a different
    start, because most of what it says to the people of the Kelmaran plateau it says on paper. Its pamphlets, printed
    on the same cheap presses that produce school exercise books, are handed out at markets, left on bus seats and
    pinned to the doors of mosques that the group considers friendly.\u00b9""", 2)
    d.para("""We collected 143 pamphlets between 2043 and 2046, with the help of traders and teachers in six towns. The
    collection shows a group whose message changes with the seasons: sermons on charity before the harvest, warnings
    against informers after each arrest, and long lists of prices that the Brotherhood considers fair for grain,
    fuel and livestock.\u00b2""", 2)
    d.para("Why paper still works", 2)
    d.para("""Paper has advantages that a group on the plateau values. It cannot be taken down by a platform, it
    reaches the older men who decide what a village does, and it lends the group the air of a government. Several
    pamphlets are numbered and dated like official circulars, and one from 2045 carries a stamp that reads \u201cOffice
    of Markets.\u201d\u00b3""", 2)
    d.para("""Paper also leaves traces. The presses that print the pamphlets are few, and the paper stock of the 2045
    circulars matches that used by two printers in Vessick. A campaign against the Brotherhood's message that began with
    the printers, rather than with the ^ accounts that share photographs of the pamphlets online, would aim at the
    source of most of what the plat|eau reads.""", 2)
    d.line("Endnotes")
    d.para("""1. Author interviews with traders in Vessick and Sorrel Gap, October 2045.""", 2)
    d.para("""2. The collection is described in full in a working paper by the authors, forthcoming from the Harrowgate
    Foundation.""", 2)
    d.para("""3. Pamphlet no. 41, dated the first of Ramadan 1466 (2045), in the authors' collection.""", 2)
    d.para("""Sandeep Varga-Holloway is a doctoral researcher at the University of Wendmoor who has worked on the Kelmaran
    plateau since 2041. Dr Amaka Lindstrom-Reyes is a historian of print and the author of a study of clandestine
    presses in the twentieth century.""")
    # feature 2: military honorific, notes as (n), bio after notes
    d.line("Lessons From the Failed Ceasefire at Cray Point")
    d.line("By Lt. Col. (ret.) Oyelaran Brandt-Mwangi")
    d.para("""The ceasefire agreed at Cray Point in April lasted nineteen days. It was the first written agreement between
    the navy and the Ashen Banner Front, and its collapse has been blamed, depending on who is asked, on a rogue Front
    commander, on a navy patrol that strayed into waters the agreement had closed to it, or on the fishermen who
    carried messages between the two sides ^ and were accused by each of favouring the other (1).""", 3)
    d.para("""I took part in two earlier attempts to agree local truces in the delta, in 2038 and 2041, and the failure
    at Cray Point follows a pattern that both of those attempts also followed. Each side agreed to the truce for
    reasons that had nothing to do with the other: the navy to rotate its crews, the Front to bring in the harvest on
    the islands it controls. Neither built anything that would make the truce worth keeping once those reasons were
    gone (2).""", 3)
    d.para("""A truce that is to last needs a body that both sides can complain to, and that can investi|gate a breach
    before the guns answer it. At Cray Point the only such body was a group of fishermen with no protection and no
    power. Next time, the monitors should be people whom neither side can afford to shoot.""", 3)
    d.line("Notes")
    d.para("""(1) Text of the Cray Point agreement, 3 April 2046, as read on regional radio.""", 3)
    d.para("""(2) The author commanded the delta flotilla's liaison cell between 2037 and 2042.""", 3)
    d.para("""Oyelaran Brandt-Mwangi, a retired lieutenant colonel of the navy, is a visiting fellow of the Harrowgate
    Foundation.""")
    d.line(foot)
    d.line("7")
    return d


def main():
    d = build()
    A = [("brief", ["Marguerite Okonjo-Lind"]), ("brief", ["Marguerite Okonjo-Lind"]),
         ("feature", ["Sandeep Varga-Holloway", "Amaka Lindstrom-Reyes"]), ("feature", ["Oyelaran Brandt-Mwangi"])]
    arts = [dict(title=T[i], authors=a, date=DATE, kind=k, pub=PUB, vol=44, iss=14) for i, (k, a) in enumerate(A)]
    write(NAME, d, arts, comments=[
        "Printed without blank lines. AT A GLANCE is a section name over a run of short pieces: brief.",
        "The two features stand under no label and the contents list them by title: feature.",
        "The third title is printed over two lines; labelled as one. The Endnotes/Notes headings are not text.",
        "Authors without honorifics (Dr, Lt. Col. (ret.)). The editor's bio after the second brief is not text.",
    ])


if __name__ == "__main__":
    main()
