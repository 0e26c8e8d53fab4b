"""h02: a later Terrorism Monitor issue printed without blank lines between paragraphs, page footers."""
from lib import Doc

DATE = "2044-07-15"


def build():
    d = Doc("h02_tm_issue_noblank", width=80, blank_between=False)
    d.comments = [
        "Choices: singular BRIEF covers the one piece under it, plural FEATURES the three under it; the two-author bio",
        "after 'Notes:' and the bio between the second feature's byline and its first paragraph are bios, not text;",
        "the footer mangled once between the halves of a sentence is furniture; 'NAME, Senior Fellow' names NAME. No sidecar.",
    ]
    page = [0]

    def furniture(mangled):
        page[0] += 1
        if mangled:
            return ["TheBrannockFoundation\u25aaTerrorismMonitor\u25aaJuly15,2044", str(page[0])]
        return ["The Brannock Foundation  |  Terrorism Monitor  |  July 15, 2044", str(page[0])]

    d.furniture = furniture
    meta = dict(date=DATE, publication="Terrorism Monitor", volume=42, issue=14)
    b1 = d.article(title="A Ferry Bombing Tests the New Coastal Guard in Sarrabey", authors=["Teodora Vashkevich"],
                   kind="brief", **meta)
    f1 = d.article(title="Borrowed Flags: Why Small Jihadist Groups in the Tessaly Basin Keep Changing Their Names",
                   authors=["Ines Marwick-Dade", "Oyelaran Brisco"], kind="feature", **meta)
    f2 = d.article(title="Prison Radicalisation After the Amnesty in Korvath", authors=["Kasimir Oyelowo-Strand"],
                   kind="feature", **meta)
    f3 = d.article(title="Counting the Dead: Why Casualty Figures From the Hollin Plateau Disagree",
                   authors=["Saoirse Lindqvist-Amadi"], kind="feature", **meta)

    d.ls("""
Terrorism Monitor
Volume XLII  |  Issue 14  |  July 15, 2044
The Brannock Foundation
In This Issue
A Ferry Bombing Tests the New Coastal Guard in Sarrabey ........................ 1
Borrowed Flags: Why Small Jihadist Groups in the Tessaly Basin Keep
Changing Their Names ........................................................... 3
Prison Radicalisation After the Amnesty in Korvath ............................. 6
Counting the Dead: Why Casualty Figures From the Hollin Plateau Disagree ....... 8
BRIEF
A Ferry Bombing Tests the New Coastal Guard in Sarrabey
By Teodora Vashkevich
""")
    d.para(b1, "On the evening of July 3, an explosive device hidden in a cargo van detonated on the lower deck "
           "of a passenger ferry as it docked at Sarrabey harbour, killing nine people and injuring more than forty. "
           "The ferry had crossed from the island of Mell, and the van had been loaded there without inspection "
           "(Sarrabey Herald, July 4).")
    d.para(b1, "No group has claimed the bombing, but the harbour police have named two suspects with links to a "
           "cell of the Coastal Brotherhood that was broken up in 2042. [1] The timing is awkward for the government. "
           "The new Coastal Guard, created in March to take over port security from the navy, had announced only "
           "a week earlier that every vehicle boarding a ferry would be screened by the end of the summer.")
    d.para(b1, "The attack shows how narrow the gap between announcement and capacity remains. The Guard has "
           "fewer than half the scanners it needs, and the smaller island ports have none at all. Until that changes, "
           "the ferries that link the islands to the mainland will remain the easiest target on the coast.")
    d.l("Teodora Vashkevich is the Editor of Terrorism Monitor.")
    d.l("Notes")
    d.para(b1, "[1] Sarrabey Harbour Police, statement on the ferry explosion, July 5, 2044.")
    d.page()
    d.l("FEATURES")
    d.l("Borrowed Flags: Why Small Jihadist Groups in the Tessaly Basin Keep")
    d.l("Changing Their Names")
    d.l("Ines Marwick-Dade and Oyelaran Brisco")
    d.para(f1, "Since the beginning of 2043, at least seven armed groups operating in the Tessaly Basin have "
           "changed their names, some of them twice. A faction known as the Sons of the Ridge became the Basin "
           "Mujahidin in March 2043 and then, a year later, the Tessaly Province of a larger regional movement. [1] "
           "To outside observers the changes look like signs of growth or merger. In most cases they are neither.")
    d.para(f1, "Interviews with former members and local officials suggest that a new name usually marks a "
           "change of patron rather than a change of membership. A group that adopts the flag of a regional "
           "movement gains access to its propa|ganda channels and, occasionally, its money; in return it must "
           "accept a liaison officer and share a portion of its income. When the money stops, the flag is "
           "dropped and another is taken up. [2]")
    d.l("Names as Contracts", f1)
    d.para(f1, "Seen this way, a name is closer to a contract than to an identity. The fighters remain the "
           "same men from the same villages, and their local grievances over grazing land and water rights stay "
           "the same. What changes is the vocabulary of their statements, which borrow the language of whichever "
           "movement is currently paying, and the choice of targets, which shifts toward those the patron cares "
           "about: foreign workers, churches, or government ~ offices in the regional capital.")
    d.para(f1, "This has practical consequences. Sanctions lists and proscription orders are written against "
           "names, and a group that renames itself can slip out of them until the lists are updated. Several of "
           "the basin\u2019s factions have gone through two or three names without ever being listed under any of "
           "them. [3] Analysts who count groups by name will also overstate the number of organisations in the "
           "basin and understate the continuity of the men who lead them.")
    d.l("What Would Help", f1)
    d.para(f1, "Tracking people rather than labels is slower but more accurate. Local officials in the basin "
           "already know which families supply the fighters of each faction, and which commanders have moved from "
           "one flag to another. Building that knowledge into the national registers, and listing commanders by "
           "name as well as their groups, would make the next change of flag much less useful to the men who "
           "make it.")
    d.l("Notes:")
    d.para(f1, "[1] Statement of the Basin Mujahidin announcing their new name, March 2044.")
    d.para(f1, "[2] Authors\u2019 interviews with former fighters in Orvel and Caddo Springs, May 2044.")
    d.para(f1, "[3] Ministry of Justice, consolidated proscription list, June 2044.")
    d.para(None, "Ines Marwick-Dade is a research fellow at the Institute for Basin Studies in Orvel. Oyelaran "
           "Brisco is a former district official and now works as a consultant on community security.")
    d.page()
    d.l("Prison Radicalisation After the Amnesty in Korvath")
    d.l("By Dr Kasimir Oyelowo-Strand")
    d.para(None, "Dr Kasimir Oyelowo-Strand teaches criminology at Northmarch University and has advised the "
           "Korvath prison service since 2040.")
    d.para(f2, "When the government of Korvath announced a general amnesty in January, it released nearly four "
           "thousand prisoners convicted of minor offences to relieve overcrowding. Men convicted of terrorism were "
           "excluded. The result, six months on, is that the country\u2019s prisons hold a far higher share of "
           "militant inmates than before, and the guards say they have lost control of several wings. [1]")
    d.para(f2, "Before the amnesty, militant prisoners were spread among ordinary inmates, which limited their "
           "ability to organise but also exposed other prisoners to their recruitment. Afterwards the prison "
           "service gathered them into three facilities to save staff. In those facilities, according to former "
           "guards, the militants now run the daily routine of the wings, decide who prays where and when, and "
           "punish those who refuse.")
    d.para(f2, "The concentration has produced a leadership that did not exist outside. Commanders of rival "
           "factions who never met in the field now share exercise yards, and visi|tors report that they have "
           "settled old disputes and agreed on a common code for their followers. [2] When their sentences end, "
           "they will leave as members of a network rather than of separate groups.")
    d.para(f2, "The prison service has few good options. Dispersing the militants again would restore some "
           "control but requires staff the service does not have. A more modest step would be to separate the "
           "leaders from the rank and file, and to give the younger prisoners, most of them serving short "
           "sentences, a route into education and work before they are released into the same neighbourhoods "
           "that produced them.")
    d.l("Notes")
    d.para(f2, "[1] Korvath Prison Service, annual inspection report, June 2044.")
    d.para(f2, "[2] Author\u2019s interviews with prison visitors and former guards, April\u2013June 2044.")
    d.page()
    d.l("Counting the Dead: Why Casualty Figures From the Hollin Plateau Disagree")
    d.l("Saoirse Lindqvist-Amadi, Senior Fellow")
    d.para(f3, "Three organisations publish monthly counts of the people killed in the insurgency on the Hollin "
           "Plateau, and in the first half of 2044 their totals differed by more than a factor of two. The "
           "government counted 212 deaths, a university monitoring project 347, and a network of local human "
           "rights groups 489. [1] Each figure has been quoted in parliament as if it were the only one.")
    d.para(f3, "The differences are less mysterious than they look. The government counts only deaths confirmed "
           "by a police report, which excludes most of the remote districts where there are no police. The "
           "university project relies on news reports, which cover the towns well and the villages poorly. The "
           "local groups collect names from families and clergy, and they include people killed by the security "
           "forces, whom the government counts separately or not ^ at all.")
    d.para(f3, "None of the three is wrong on its own terms, but the gap between them matters for policy. A "
           "government that believes its own figure will conclude that the insurgency is shrinking; the local "
           "groups\u2019 figure suggests that it is spreading into districts nobody is watching. Publishing the "
           "three counts side by side, with their methods, would be a modest step toward an honest debate. [2]")
    d.l("Notes")
    d.para(f3, "[1] Figures compiled by the author from the three organisations\u2019 monthly releases, January\u2013June 2044.")
    d.para(f3, "[2] Hollin Plateau Human Rights Network, open letter to parliament, June 2044.")
    d.page()
    return d, None, False
