NAME = "g02_tm_issue_no_blank_lines"
WIDTH = 80
COMMENTS = [
    "Whole Terrorism Monitor issue printed without blank lines. BRIEFS (plural) covers the two short pieces; ANALYSIS",
    "(singular, printed over the third piece) makes it an analysis; FEATURE over the last piece makes it a feature.",
    "The first brief is signed by a bare name line under its title; the second only by a closing '-- NAME' line (not text).",
    "Honorific 'Ambassador' and 'Dr' kept out of the names. Bio of three co-authors after the endnotes: not text.",
    "ENDNOTES / 'Sources' headings are not text, the numbered or roman notes under them are. Date printed 'November 13, 2046'.",
]
PUB = "Terrorism Monitor"
D = "2046-11-13"
ARTICLES = [
    dict(title="Drone Attack on Wind Farm Halts Power to Three Coastal Towns", authors=["Jonas Perrault-Eke"], date=D,
         kind="brief", publication=PUB, volume=44, issue=22),
    dict(title="Prison Riot at Gallowmere Frees a Recruiter for the Crescent Vigil", authors=["Marguerite Oduya"], date=D,
         kind="brief", publication=PUB, volume=44, issue=22),
    dict(title="The Long Memory of the Marsh Wars: Why the Crescent Vigil Recruits Among Fishermen",
         authors=["Rhoswen Carrick"], date=D, kind="analysis", publication=PUB, volume=44, issue=22),
    dict(title="Encrypted Radios and Borrowed Boats: The Logistics of the Northern Sound Attacks",
         authors=["Kwabena Solheim", "Priyanka Ardent", "Lisbet Moravec"], date=D, kind="feature", publication=PUB,
         volume=44, issue=22),
]
FURN = {
    "A": ["calderashby.example | Terrorism Monitor | Vol. 44, Issue 22", "2",
          "Terrorism Monitor Volume XLIV ◆ Issue 22 ◆ November 13, 2046"],
    "B": ["3", "TERRORISMMONITORVOLUMEXLIV\ufffdISSUE22"],
    "C": ["calderashby.example | Terrorism Monitor | Vol. 44, Issue 22", "5"],
    "D": ["Terrorism Monitor Volume XLIV ◆ Issue 22 ◆ November 13, 2046", "6"],
}
BODY = r"""
= Terrorism Monitor
= Volume XLIV ◆ Issue 22 ◆ November 13, 2046
= The Calder Ashby Foundation -- Analysis of militancy and political violence
= In this issue:
= Briefs
=   Drone Attack on Wind Farm Halts Power to Three Coastal Towns ........ 1
=   Prison Riot at Gallowmere Frees a Recruiter for the Crescent Vigil ... 2
= The Long Memory of the Marsh Wars: Why the Crescent Vigil Recruits Among
= Fishermen ............................................................ 3
= Encrypted Radios and Borrowed Boats: The Logistics of the Northern Sound
= Attacks .............................................................. 5
= Terrorism Monitor is published twice a month by the Calder Ashby Foundation. The views expressed
= are those of the authors. Editor: Marguerite Oduya. (c) 2046 The Calder Ashby Foundation.
= BRIEFS
= Drone Attack on Wind Farm Halts Power to Three Coastal Towns
= Jonas Perrault-Eke
@1
p A small explosive-laden drone struck the control building of the Hesketh Bank wind farm on the evening of November 2, cutting power to three coastal towns for most of the following day. No one was injured. A statement posted on a channel associated with the Crescent Vigil claimed the attack as a response to the arrest of two of its members in October, and included a photograph of the damaged building taken from the sea.
p The attack is the first by the group against energy infrastructure. Engineers at the site said the drone was of a type sold to farmers for crop spraying and had been fitted with a charge of homemade explosive. The regional police have since asked retailers to report bulk purchases of such drones, although officials concede that the measure is unlikely to deter a group that has shown patience in planning its operations.
= Prison Riot at Gallowmere Frees a Recruiter for the Crescent Vigil
@2
p Inmates at Gallowmere prison overpowered guards in the exercise yard on October 29 and held the east wing for nine hours, during which at least five prisoners escaped through a service gate. Among them was Osric Fenwhistle, who was serving a twelve-year sentence for recruiting young men from the harbour districts into the Crescent Vigil and who had, according to prison staff, continued to preach to other inmates after his conviction.
p Two of the escapees were recaptured within days, but Fenwhistle remains at large. The justice ministry has ordered an inquiry into how the inmates obtained the keys to the service gate, and the prison governor has been suspended. Families of guards injured in the riot have complained that the wing had been under|staffed for ^A months.
= -- Marguerite Oduya
= ANALYSIS
= The Long Memory of the Marsh Wars: Why the Crescent Vigil Recruits Among Fishermen
= By Ambassador Rhoswen Carrick
@3
p The Crescent Vigil is often described as a new movement, born of online networks and led by young men with no memory of the conflicts that shaped the coast a generation ago. That description is only half true. The group's leaders are indeed young, but its recruits are drawn disproportionately from fishing families in the marsh villages, where the memory of the Marsh Wars of the 2010s and 2020s remains vivid.1
p These villages suffered more than any other part of the coast. Their harbours were closed for years, their boats were requisitioned, and many of their men were detained without trial on suspicion of helping smugglers. When peace came, the compensation promised to the fishing communities was paid late, in part or not at all.2 The Vigil's preachers speak directly to this grievance, and they do so in the language of the old resistance songs rather than of the global movements the group claims to follow.
p A second factor is economic. Fish stocks in the Northern Sound have declined sharply, and the quotas introduced in 2043 fell hardest on small boats. The young men who would once have inherited their fathers' licences now find themselves with nothing to inherit. For some of them, the Vigil offers ^B wages, a sense of purpose and an explanation of their misfortune that places the blame on distant officials.3
p None of this means that the movement is unbeatable. It does mean that security measures alone will not address the reasons young fishermen join it. A settlement of the compensation claims, some flexibility in the quota system and a public acknowledgement of what the marsh villages endured would cost the government far less than another decade of patrols.
= ENDNOTES
> 1. Court records of Vigil recruitment cases, Northern Sound district court, 2044-2046, reviewed by the author.
> 2. Coastal Compensation Board, "Final Report on Claims from the Marsh Districts," 2031.
> 3. Fisheries Directorate, "Quota Allocation by Vessel Class, 2043-2046," accessed October 30, 2046.
= FEATURE
= Encrypted Radios and Borrowed Boats: The Logistics of the Northern Sound Attacks
= By Dr Kwabena Solheim, Priyanka Ardent and Lisbet Moravec
@4
p Between March and October 2046, militants attacked eleven targets along the Northern Sound, from ferry terminals to the wind farm at Hesketh Bank. The attacks were small, and most caused more fear than damage, but their number and spread suggest a degree of organisation that the authorities were slow to recognise. This article draws on court documents, interviews with fishermen and an analysis of radio traffic to reconstruct how the attackers moved people and equipment across the sound.[i]
> Radios
p The attackers relied on handheld marine radios fitted with commercial encryption modules, which are le|gal to buy and widely used by fishing crews who wish to keep the location of their catch from competitors. Because the encrypted traffic was indistinguishable from that of ordinary fishing boats, the coast guard could not tell which signals deserved attention.[ii] Investigators only identified the network after a radio was recovered from a boat abandoned near Gallowmere.
> Boats
p The boats themselves were rarely owned by the attackers. In at least seven of the eleven cases, the vessel used had been borrowed or rented from a fisherman who later told the police that he had not known its purpose. Some of these claims are credible; others are not. What is clear is that the network made use of the informal lending of ^C boats that is common in the marsh villages, where a family may share one hull between several households.[iii]
p The combination of legal radios and borrowed boats made the network difficult to disrupt without interfering in the lives of thousands of fishermen. That is precisely the dilemma the Crescent Vigil appears to have intended to create. Any crackdown on the fleet would confirm the group's claim that the state treats the marsh villages as enemies; any hesitation leaves the sound open to further attacks. The authorities have so far chosen a middle course, registering encryption modules and inspecting boats at random, with results that remain to be seen.
= Sources
> [i] Northern Sound district court, indictments in the Hesketh Bank and ferry terminal cases, 2046.
> [ii] Interview with a coast guard signals officer, October 2046.
> [iii] Interviews with fishermen in four marsh villages, September 2046.
= Dr Kwabena Solheim is a lecturer in maritime security at the University of Tarnholm. Priyanka Ardent is
= a researcher at the Coastal Observatory in Gallowmere. Lisbet Moravec is a freelance journalist who has
= reported from the Northern Sound since 2038.
= calderashby.example | Terrorism Monitor | Vol. 44, Issue 22
= 7
"""
