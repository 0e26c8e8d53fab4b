"""A whole Terrorism Monitor issue as PDF text, paragraphs separated by blank lines."""

from lib import Doc, Pages

NAME = "k01_tm_issue_blank_lines"
PUB = "Terrorism Monitor"
DATE = "2045-03-07"
VOL, ISS = 43, 5

T1 = "Ferry Pilots Targeted as Militants Extend Reach on the Lower Omenga"
T2 = "A Preacher's Release Tests the Patience of Authorities in Vastrand"
T3 = "Salt Roads and Ransom: How the Kerrow Front Finances Its Return"
T4 = "Drones Over the Reed Beds: Improvised Aircraft and the Changing Insurgency in the Tannu Delta"
T5 = "After the Amnesty: Returnees, Informants and the Quiet War in Northern Pellas"


def build():
    d = Doc(NAME)
    d.sidecar = "publication: Terrorism Monitor"
    d.comments = [
        "Choices: the editor's one-line bio after each brief is a bio (not text); the two-author bio after",
        "feature 3's notes and the bio between feature 5's byline and first paragraph are bios (not text).",
    ]
    a1 = d.article(T1, ["Tobiah Renner"], DATE, "brief", PUB, VOL, ISS)
    a2 = d.article(T2, ["Tobiah Renner"], DATE, "brief", PUB, VOL, ISS)
    a3 = d.article(T3, ["Ilse Marrak", "Jonas Feyerabend-Oko"], DATE, "feature", PUB, VOL, ISS)
    a4 = d.article(T4, ["Amara Quillon"], DATE, "feature", PUB, VOL, ISS)
    a5 = d.article(T5, ["Lucas Ondrejka"], DATE, "feature", PUB, VOL, ISS)

    pages = Pages(
        d,
        header="Terrorism Monitor  |  Volume XLIII  •  Issue 5  |  March 7, 2045",
        mangled_header="TerrorismMonitor|VolumeXLIII\uf0b7Issue5|March7,2045",
        footer="www.halverston.org",
    )

    d.block("""
THE HALVERSTON FOUNDATION

TERRORISM MONITOR
In-depth analysis of the war on terror

VOLUME XLIII, ISSUE 5  •  MARCH 7, 2045

IN THIS ISSUE:

BRIEFS ............................................................... 1

SALT ROADS AND RANSOM: HOW THE KERROW FRONT FINANCES ITS RETURN
By Ilse Marrak and Jonas Feyerabend-Oko ............................... 4

DRONES OVER THE REED BEDS: IMPROVISED AIRCRAFT AND THE
CHANGING INSURGENCY IN THE TANNU DELTA
By Amara Quillon ...................................................... 7

AFTER THE AMNESTY: RETURNEES, INFORMANTS AND THE QUIET WAR IN
NORTHERN PELLAS
By Lucas Ondrejka ..................................................... 10

Terrorism Monitor is a publication of The Halverston Foundation. It is
designed to be read by policy-makers and other specialists yet be
accessible to the general public. The opinions expressed within are
solely those of the authors and do not necessarily reflect those of
The Halverston Foundation.

For comments or questions about our publications, please send an email
to pubs@halverston.org, or write to: The Halverston Foundation, 41 Quay
Row, Suite 9, Marlowe Harbour, MH 20417.

Copyright ©2045
""")
    d.gap()
    d.line("BRIEFS")
    d.gap()

    # ---- brief 1 ---------------------------------------------------------------
    d.title(T1)
    d.gap()
    d.line("Tobiah Renner")
    d.gap()
    d.para("""On February 19, gunmen in two fibreglass boats stopped a passenger ferry near the
landing at Saru Kettle on the lower Omenga river and took its pilot and his deputy ashore. The
ferry, which carries traders and schoolchildren between the market towns on either bank, was
allowed to drift downstream with its passengers unharmed. Two days later a message attributed to
the Omenga Brigades claimed the abduction and accused the pilots of carrying soldiers in civilian
clothes (Riverline Courier, February 21).""", a1)
    d.para("""The attack is the third on river traffic this year and the first so far south. Until
the end of 2044 the Brigades confined themselves to the swamps above the Dembe falls, where the
army's patrol boats cannot pass in the dry season. A ferry route sixty kilometres downstream is a
different matter: it lies within an hour of the provincial capital, and the boat operators'
association has already said that its members will not sail after dark.[1]""", a1)
    d.para("""The choice of target suggests the group wants to be seen rather than to hold ground.
Pilots are known by name in every riverside village, and their abduction spreads fear among people
who would never see a fighter. Whether the provincial government answers with escorts, which it
lacks the boats to provide, or with talks through local chiefs, will show how far the Bri|gades
can push their campaign before the season turns.""", a1)
    d.line("Tobiah Renner is the Editor of Terrorism Monitor.")
    d.gap()
    d.line("Notes")
    d.gap()
    d.para("""[1] "Boat owners suspend night crossings," Omenga Daily Review, February 23,
2045.""", a1)
    pages.page()

    # ---- brief 2 ---------------------------------------------------------------
    d.title(T2)
    d.gap()
    d.line("Tobiah Renner")
    d.gap()
    d.para("""The release of the preacher Aldo Sventen from prison in Vastrand on February 27 has
opened a quarrel between the interior ministry and the courts. Sventen served eleven years of a
fourteen-year sentence for recruiting volunteers to fight abroad, and a panel of judges ordered his
early release on the grounds of good conduct and poor health. The ministry had asked for him to be
held until the end of his term.""", a2)
    d.para("""Within hours of his release, a video of Sventen being greeted outside the prison gate by
some forty young men circulated on messaging channels. He did not speak in the footage, but his
supporters chanted verses that investigators associate with his old circle. The minister, Helga
Marrin, told parliament the next day that the police would watch the preacher "every hour he is
awake" (Vastrand Public Radio, February 28).""", a2)
    d.para("""The quarrel matters beyond one man. Vastrand has released more than thirty people
convicted of terrorism offences since 2043, and its probation service has said it has neither the
staff nor the legal powers to monitor them all. Sventen's case will test whether the country's
approach to ~ reintegration rests on law or on the discretion of ministers.""", a2)
    d.line("Tobiah Renner is the Editor of Terrorism Monitor.")
    pages.page()

    # ---- feature 3 -------------------------------------------------------------
    d.title(T3)
    d.gap()
    d.line("By Dr. Ilse Marrak and Jonas Feyerabend-Oko")
    d.gap()
    feature3_body(d, a3)
    d.line("Notes")
    d.gap()
    feature3_notes(d, a3)
    d.para("""Dr. Ilse Marrak is a lecturer in conflict studies at the University of Port Calloway.
Jonas Feyerabend-Oko is a freelance researcher who has reported from the Harrow basin since
2039.""")
    pages.page()

    # ---- feature 4 -------------------------------------------------------------
    d.title(T4, split_at=7)
    d.gap()
    d.line("BY AMARA QUILLON")
    d.gap()
    d.para("""In the reed beds of the Tannu delta, where channels shift with every flood, the
insurgents of the Delta Liberation Council have begun to fly. Since the autumn of 2044 the group
has used small aircraft built from agricultural spraying drones to drop grenades on army camps and
to film its own raids for propaganda.[1]""", a4)
    d.para("""The drones are crude. Most carry a single munition released by a servo taken from a
toy car, and their range is limited to a few kilometres. But in the delta, where the army moves by
boat and camps on the few patches of dry land, a few kilometres is enough. Soldiers interviewed by
the local press describe nights without sleep, listening for the hum of a motor over the
water.""", a4)
    d.para("""The Council's adoption of the technology has followed the familiar path: first
reconnaissance, then propaganda, then attack. What is new is the source. The spraying drones were
imported under a government scheme to raise rice yields, and the parts to repair them are sold
openly in delta markets. Restricting them would harm the farmers the scheme was meant to help.[2]""", a4)
    d.para("""The army has asked for jamming equipment, which its partners abroad have been slow to
supply. In the meantime, units have taken to firing at any aircraft they hear, with the predictable
result that two crop-spraying drones belonging to a cooperative were shot down in January. The
cooperative's members have since refused to let soldiers camp on ^ their land.""", a4)
    d.para("""The drones have not changed the balance of the conflict, but they have changed its
texture. A war fought from boats has acquired a third dimension, and the Council has shown that it
can adapt civilian technology faster than the state can respond.[3]""", a4)
    d.para("""Amara Quillon is an independent analyst who writes on insurgency and technology in
river deltas.""")
    d.line("Notes")
    d.gap()
    d.para("[1] Delta Liberation Council, video statement, October 12, 2044.", a4)
    d.para("""[2] Ministry of Agriculture, "Delta Yield Programme: Annual Report 2044," Tannu City,
January 2045.""", a4)
    d.para("""[3] See also Ravindra Okoro, "Reeds and Rifles," Delta Review of Security Studies 7, no.
2 (2044): 41–63.""", a4)
    pages.page()

    # ---- feature 5 -------------------------------------------------------------
    d.title(T5, split_at=9)
    d.gap()
    d.line("Lucas Ondrejka, Senior Analyst")
    d.gap()
    d.para("""Lucas Ondrejka is a senior analyst at the Eastwater Risk Consultancy, where he covers
armed groups in the Pellas highlands.""")
    d.para("""Two years after the government of Pellas offered an amnesty to members of the Northern
Covenant, about six hundred former fighters have returned to their villages. The amnesty was hailed
as a success when it was signed. Today the villages of the north are the scene of a quieter
conflict, in which returnees, informants and the remnants of the Covenant settle scores out of
sight of the state.[1]""", a5)
    d.para("""Since January 2044, at least forty returnees have been killed. Local officials attribute
most of the killings to Covenant loyalists punishing those who surrendered, but relatives of the
dead describe a more tangled picture: disputes over land seized during the conflict, rivalries
between families, and the work of informants paid by the security services to report on their
neighbours.""", a5)
    d.para("""The informant networks are the least discussed part of the amnesty. Returnees were
encouraged, and in some cases required, to name former comrades who had not surrendered. Those
names fed a campaign of arrests in 2044 that the army counts as a success. In the villages, the
same campaign is remembered as the moment when no one could trust a neighbour.[2]""", a5)
    d.para("""None of this means the amnesty has failed. The Covenant's attacks have fallen by two
thirds since it was signed, and several of its former commanders now sit on district councils. But
the killings show that ending a war on paper is not the same as ending it in the villages, and that
a programme built on informing carries costs that will be paid for years.[3]""", a5)
    d.line("Notes")
    d.gap()
    d.para("""[1] Office of the Peace Commissioner, "Amnesty Implementation Report," Pellas, December
2044.""", a5)
    d.para("[2] Author's interviews with returnees' relatives, Ostrava district, January 2045.", a5)
    d.para("""[3] "Former commanders sworn in to district councils," Highland Gazette, November 8,
2044.""", a5)
    return d


def feature3_body(d, a3):
    """The body of feature 3, shared with its web version (k05)."""
    d.para("""The Kerrow Front was written off as a spent force in 2041, when the last of its
commanders in the salt flats of the eastern Harrow basin surrendered to a regional task force. Four
years later the group is back. It has claimed seven attacks on police posts since October, and its
fighters have been seen escorting salt caravans along the old trade roads to the coast.[1]""", a3)
    d.para("""This article argues that the Front's return rests less on ideology than on a new
business model. Where the group once taxed farmers, it now sells protection to the salt trade, a
commodity whose price has doubled since the coastal refineries reopened.""", a3)
    d.line("Protection on the Salt Roads", a3)
    d.gap()
    d.para("""Salt leaves the Harrow basin in convoys of lorries and, on the older tracks, camel
trains. Each convoy passes three or four checkpoints, some run by the police and some by local
militias whose loyalties shift with the season. Traders interviewed by the authors in Merrin and
Toll Ashby described a fee of between five and eight per cent of a cargo's value, paid to men who
identify themselves as the Front's "road committee."[2]""", a3)
    d.para("""The fee buys more than safe passage. Traders who pay are told which checkpoints are
manned on a given day and which police officers will accept a smaller bribe. In this sense the
Front has made itself useful to the people it taxes, a pattern familiar from other insurgencies ^
that have grown rich on contraband routes.""", a3)
    d.line("Ransom as a Second Income", a3)
    d.gap()
    d.para("""Kidnapping for ransom gives the group its second income. At least nine engineers and
drivers employed by the refineries have been abducted since mid-2044; all but one were released
after payments that the companies decline to confirm. A former negotiator told the authors that
the sums have risen with each case, and that the Front now demands payment in fuel as well as in
cash.[3]""", a3)
    d.para("""Ransom also serves recruitment. Young men from the salt villages who carry messages or
guard hostages are paid more in a week than a labourer earns in a month. The Front's commanders,
several of whom were released under the 2042 amnesty, appear to have learned from the group's
defeat that money binds followers more tightly than doctrine.""", a3)
    d.para("""The regional task force has responded with more checkpoints, which the traders say only
raise the total they pay. A better answer would be to break the link between the Front and the
trade it protects, by escorting convoys and by making the refineries' payments to local suppliers
trans|parent. Without that, the salt roads will go on financing the men who were meant to have
surrendered.[4]""", a3)


def feature3_notes(d, a3):
    d.para("[1] Harrow Basin Monitoring Group, incident log, January 2045.", a3)
    d.para("[2] Authors' interviews with salt traders, Merrin and Toll Ashby, November 2044.", a3)
    d.para("""[3] Author's interview with a former hostage negotiator, Port Calloway, December
2044.""", a3)
    d.para("""[4] "Task force adds twelve checkpoints on coast road," Harrow Evening Post, January 30,
2045.""", a3)
