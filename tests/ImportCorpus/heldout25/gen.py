# heldout25: python3 gen.py rewrites every .txt, .yml and .labels.yml of the set (format: ../README.md).
from lib25 import PdfIssue, arts, write, hwrap, curly
import text_d01 as t1

# ---------------------------------------------------------------- d01: Terrorism Monitor, whole issue, wrapped at 72
def tm_furniture(n):
    head = {2: 'TerrorismMonitor Volume XXIX \u25aa Issue 9', 4: 'Terrorism Monitor \uf0a7 Volume XXIX \uf0a7 Issue 9',
            6: 'Terrorism Monitor \u25aa Volume XXIX \u25aa Issue9'}.get(n, 'Terrorism Monitor \u25aa Volume XXIX \u25aa Issue 9')
    if n == 5: return [str(n - 1), head]          # no blank lines: between the halves of a sentence
    return ['', str(n - 1), '', head, '']

def d01():
    I = PdfIssue('d01_tm_issue_mangled_headers', 72, 46, tm_furniture)
    I.raw("""TERRORISM MONITOR
In-depth analysis of terrorism and insurgency
Volume XXIX, Issue 9  \u25aa  May 9, 2031

IN THIS ISSUE:
BRIEFS...........................................................1
DRONE WORKSHOPS IN THE KESSMARK BORDERLANDS: HOW A LOCAL AFFILIATE
LEARNED TO BUILD ITS OWN AIR FORCE
By Tobiah Nakashima-Reyes........................................2
PRISON NETWORKS AND THE SECOND GENERATION OF RECRUITERS IN PORT
HALVANI
By Wilhelmina Achebe-Torvald and Rashid Quintero-Osei............4

Terrorism Monitor is a fortnightly journal of analysis of terrorism and
insurgency. The opinions expressed in it are solely those of the authors.
For comments or questions, write to the editor at the address below.

BRIEFS

""")
    for k, (title, paras) in enumerate([(t1.B1_TITLE, t1.B1), (t1.B2_TITLE, t1.B2)]):
        I.raw(title + "\nLinnea Obradovic-Kane\n")
        for p in paras: I.p(p, k)
    I.raw(t1.EDITOR_BIO + "\n")
    # feature 1: title over two lines, bare name, Executive Summary, notes, bio after the notes
    I.raw("Drone Workshops in the Kessmark Borderlands: How a Local Affiliate\nLearned to Build Its Own Air Force\n\nTobiah Nakashima-Reyes\n")
    for kind, p in t1.F1:
        if kind == 'h': I.add(p, 2); I.add('', None)
        else: I.p(p, 2)
    I.raw("Notes\n")
    for n in t1.F1_NOTES: I.p(n, 2)
    I.p(t1.F1_BIO, None)
    I.raw("Prison Networks and the Second Generation of Recruiters in Port Halvani\n\nBy Dr. Wilhelmina Achebe-Torvald and Rashid Quintero-Osei\n")
    for kind, p in t1.F2:
        if kind == 'h': I.add(p, 3); I.add('', None)
        else: I.p(p, 3)
    I.p(t1.F2_BIO, None)
    I.raw("NOTES\n")
    for n in t1.F2_NOTES: I.p(n, 3)
    I.raw(str(I.page))
    A = arts("Terrorism Monitor", "2031-05-09", 29, 9,
             (t1.B1_TITLE, ["Linnea Obradovic-Kane"], "brief"), (t1.B2_TITLE, ["Linnea Obradovic-Kane"], "brief"),
             (t1.F1_TITLE, [t1.F1_AUTHOR], "feature"), (t1.F2_TITLE, t1.F2_AUTHORS, "feature"))
    I.write(A, "publication: Terrorism Monitor\n")

d01()

# ---------------------------------------------------------------- d02: Militant Leadership Monitor, indented paragraphs, no blank lines
import text_d02 as t2
def mlm_furniture(n):
    prev = n - 1
    if prev % 2 == 0: foot = '%d        MILITANT LEADERSHIP MONITOR        May 2031' % prev
    else: foot = 'Volume XXII \u25c6 Issue 5                                        %d' % prev
    if n == 3: foot = '2MILITANTLEADERSHIPMONITOR May2031'
    return [foot]

def d02():
    I = PdfIssue('d02_mlm_issue_indented_nogaps', 84, 52, mlm_furniture, hyphen=False, blanks=False)
    def par(text, art): 
        for k, line in enumerate(hwrap(text, 81, False)): I.add(('   ' if k == 0 else '') + line, art)
    I.raw("""MILITANT LEADERSHIP MONITOR
Personalities Behind the Insurgency
Volume XXII, Issue 5 | May 2031
In This Issue
BRIEF: A New Emir for the Sevrin Front's Coastal Wing?              Magnus Iraola-Dube: The Logistician
By Ayodele Fairweather-Lund ............ p. 1                         Behind the Ondara Hill Brigades'
                                                                      Revival
Hadiza Kolbeck: From Founder of a Women's Wing to                     By Consolata Wren-Abiodun ...... p. 1
Hostage Negotiator
By Piotr Amadi-Salonen ................. p. 2
BRIEF
A New Emir for the Sevrin Front's Coastal Wing?
By Ayodele Fairweather-Lund""")
    for p in t2.B: par(p, 0)
    I.add("Endnotes", None)
    for n in t2.B_NOTES: par(n, 0)
    par(t2.B_BIO, None)
    I.raw("Magnus Iraola-Dube: The Logistician Behind the Ondara Hill Brigades' Revival\nBY CONSOLATA WREN-ABIODUN")
    for kind, p in t2.P1:
        if kind == 'h': I.add(p, 1)
        else: par(p, 1)
    I.add("Endnotes", None)
    for n in t2.P1_NOTES: par(n, 1)
    par(t2.P1_BIO, None)
    I.raw("Hadiza Kolbeck: From Founder of a Women's Wing to Hostage\nNegotiator\nPiotr Amadi-Salonen")
    par(t2.P2_BIO, None)
    for kind, p in t2.P2: par(p, 2)
    I.add("Endnotes", None)
    for n in t2.P2_NOTES: par(n, 2)
    I.add('%d        MILITANT LEADERSHIP MONITOR        May 2031' % I.page if I.page % 2 == 0 else
          'Volume XXII \u25c6 Issue 5                                        %d' % I.page, None)
    A = arts("Militant Leadership Monitor", "2031-05-01", 22, 5,
             (t2.B_TITLE, [t2.B_AUTHOR], "brief"), (t2.P1_TITLE, [t2.P1_AUTHOR], "feature"), (t2.P2_TITLE, [t2.P2_AUTHOR], "feature"))
    I.write(A, "publication: Militant Leadership Monitor\n")

d02()

# ---------------------------------------------------------------- d03: China Brief, wrapped at 80, bios in three places, no sidecar
import text_d03 as t3
def cb_furniture(n):
    prev = n - 1
    foot = 'China Brief \u2022 Volume 31 \u2022 Issue 11 \u2022 June 6, 2031' + ' ' * 22 + str(prev)
    if n == 3: foot = 'ChinaBrief\u2022Volume31\u2022Issue11\u2022June6,2031 ' + str(prev)
    return ['', foot, ''] if n != 4 else [foot]

def d03():
    I = PdfIssue('d03_china_brief_fortnight_bios', 80, 44, cb_furniture)
    I.raw("""China Brief
A Journal of Analysis and Information
Volume 31 \u2022 Issue 11 \u2022 June 6, 2031

In This Issue:
\u2022 In a Fortnight: Party Discipline Inspectors Turn to Provincial Public Security
  Bureaus
     By Marius Oyelowo-Chen
\u2022 Beijing's Rural Security Committees Get a Digital Upgrade
     By Helena Vukovic-Tan
\u2022 The Maritime Militia Moves South: New Berths on the Hainan Coast
     By Jonah Li-Ekstrom and Priya Castellanos-Wei

IN A FORTNIGHT

Party Discipline Inspectors Turn to Provincial Public Security Bureaus

By Marius Oyelowo-Chen
""")
    for p in t3.E: I.p(p, 0)
    I.p(t3.E_BIO, None)
    I.raw("Beijing's Rural Security Committees Get a Digital Upgrade\n\nBy Helena Vukovic-Tan\n")
    I.p(t3.F1_BIO, None)
    for kind, p in t3.F1:
        if kind == 'h': I.add(p, 1); I.add('', None)
        else: I.p(p, 1)
    I.raw("Notes\n")
    for n in t3.F1_NOTES: I.p(n, 1)
    I.raw("The Maritime Militia Moves South: New Berths on the\nHainan Coast\n\nJonah Li-Ekstrom and Priya Castellanos-Wei\n")
    for kind, p in t3.F2:
        if kind == 'h': I.add(p, 2); I.add('', None)
        else: I.p(p, 2)
    I.raw("Endnotes:\n")
    for n in t3.F2_NOTES: I.p(n, 2)
    I.p(t3.F2_BIO, None)
    I.raw('China Brief \u2022 Volume 31 \u2022 Issue 11 \u2022 June 6, 2031' + ' ' * 22 + str(I.page))
    A = arts("China Brief", "2031-06-06", 31, 11, (t3.E_TITLE, [t3.E_AUTHOR], "brief"),
             (t3.F1_TITLE, [t3.F1_AUTHOR], "feature"), (t3.F2_TITLE, t3.F2_AUTHORS, "feature"))
    I.write(A, "")

d03()

# ---------------------------------------------------------------- d04: invented sibling, one paragraph per line, glued markers
import text_d04 as t4
def d04():
    I = PdfIssue('d04_sibling_lakes_region_paralines', 10**6, 10**6, lambda n: [], hyphen=False)
    foot = lambda n: "Lakes Region Security Monitor \u00b7 Vol. 2, No. 7 \u00b7 page %d" % n
    I.raw("""LAKES REGION SECURITY MONITOR
Independent analysis from the Lake Sevrin basin
Vol. 2, No. 7 \u2014 June 2031

CONTENTS
Dispatch \u2014 Night Curfew Returns to the Kaminde Fish Market \u2014 1
Analysis \u2014 Who Pays for the Lake? Revenue, Protection and Rival Taxmen on Lake Sevrin \u2014 2
Contributors \u2014 4

DISPATCH
Night Curfew Returns to the Kaminde Fish Market
Words: Bettina Oduya-Marsh
""")
    for p in t4.D: I.add(p, 0); I.add('', None)
    I.raw("Sources\n")
    for n in t4.D_NOTES: I.add(n, 0)
    I.raw("\n" + foot(1) + "\n\nANALYSIS\nWho Pays for the Lake?\nRevenue, Protection and Rival Taxmen on Lake Sevrin\nOdette Marchetti-Sule, Kofi Brandvold and Ines Haraldsen-Ruiz\n")
    for k, (kind, p) in enumerate(t4.A):
        if k == 3:   # a page footer between the halves of a paragraph
            cut = p.index(' On the northern shore')
            I.add(p[:cut], 1); I.add(foot(2), None); I.add(p[cut + 1:], 1); I.add('', None); continue
        I.add(p, 1); I.add('', None)
    I.raw("Sources\n")
    for n in t4.A_NOTES: I.add(n, 1)
    I.raw("\n" + foot(3) + "\n\nCONTRIBUTORS\n" + t4.D_BIO + "\n" + "\n".join(t4.A_BIOS) + "\n\nThe Lakes Region Security Monitor is published monthly. Views expressed are the authors' own.\n" + foot(4))
    A = arts("Lakes Region Security Monitor", "2031-06-01", 2, 7,
             (t4.D_TITLE, [t4.D_AUTHOR], "dispatch"), (t4.A_TITLE, t4.A_AUTHORS, "analysis"))
    I.write(A, "publication: Lakes Region Security Monitor\n")

d04()

# ---------------------------------------------------------------- web pages: lines marked '>' are article text
def web(name, page, title, authors, date, kind, pub, sidecar=None, volume='null', issue='null', one_line=True):
    lines = page.strip('\n').split('\n')
    write(name, lines, dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume=volume, issue=issue),
          sidecar, one_line)

def body(items, notes=()):
    out = []
    for kind, p in items: out.append('>' + curly(p))
    return '\n'.join(out + ['>' + curly(n) for n in notes]) if notes else '\n'.join(out)

# d05: web version of d01's drone feature (merges with d01)
def d05():
    notes = '\n'.join('>' + curly(n) for n in t1.F1_NOTES)
    web('d05_tm_web_drone_workshops', f"""
Skip to main content
Monitor Archive
Programs   Publications   Experts   Events   Support Us   Search
Publications \u203a Terrorism Monitor \u203a Volume 29, Issue 9
{t1.F1_TITLE}; Publication: Terrorism Monitor Volume: 29 Issue: 9
May 9, 2031 10:42 AM Age: 3 days
By: {t1.F1_AUTHOR}
Print   Email   Share
Fixed-wing drone parts displayed by the Kessmark army after the raid at Harrowmere, November 2030 (Source: Kessmark National Television)
{body(t1.F1)}
Notes
{notes}
{t1.F1_BIO}
Related Articles
The Border Affiliate Regroups
Amnesty Offer Splits the Ondara Hill Brigades
Share this: X \u00b7 Facebook \u00b7 LinkedIn \u00b7 Email
Sign up to receive Terrorism Monitor by email every other Friday.
\u00a9 2031 Monitor Archive. All rights reserved. Privacy Policy | Terms of Use | Contact
""", t1.F1_TITLE, [t1.F1_AUTHOR], '2031-05-09', 'feature', 'Terrorism Monitor',
        'url: https://monitor-archive.example/program/drone-workshops-kessmark-borderlands/', 29, 9)

# d06: web version of d03's first feature (merges with d03), crawler YAML block, no sidecar
def d06():
    notes = '\n'.join('>' + curly(n) for n in t3.F1_NOTES)
    web('d06_cb_web_yaml_rural_grid', f"""
---
title: "{t3.F1_TITLE} - Monitor Archive"
source: https://monitor-archive.example/program/beijings-rural-security-committees-digital-upgrade/
date: 2031-06-06
author: unknown
description: "Since early 2030, local governments in at least nine provinces have begun to equip village security committees with a smartphone application."
---
We use cookies to improve your experience on our site. Accept all | Manage preferences
Skip to content
Home / Publications / China Brief / Volume 31 / Issue 11
China Brief Volume: 31 Issue: 11
{t3.F1_TITLE}
Publication: China Brief
June 6, 2031
By: {t3.F1_AUTHOR}
Listen to this article \u00b7 7 min
Loading audio player\u2026
{body(t3.F1)}
Notes
{notes}
About the author
{t3.F1_BIO}
Tags: China, policing, surveillance, rural governance
\u2190 Previous: {t3.E_TITLE}
Next: {t3.F2_TITLE} \u2192
Sign up for China Brief
Email address
Subscribe
Monitor Archive \u00b7 1100 Harbour Street \u00b7 Privacy \u00b7 Accessibility
""", t3.F1_TITLE, [t3.F1_AUTHOR], '2031-06-06', 'feature', 'China Brief', None, 31, 11)

d05(); d06()

# ---------------------------------------------------------------- scraped pages from other kinds of site
# d07: a regional prosecutor's public appeal for witnesses, no author, emergency banner, reference number
def d07():
    web('d07_prosecutor_public_appeal', """
In an emergency always call 112. This website is not monitored around the clock.
Skip to main content
Northmarch Regional Prosecutor's Office
English | Deutsch | Polski
Home   Cases   Appeals   Victims and witnesses   News   Contact
This site uses cookies that are strictly necessary. We would also like to set analytics cookies. Accept | Reject | Settings
Home \u203a Appeals \u203a Current appeals
PUBLIC APPEAL
Appeal for witnesses after arson attack on Kessel Road prayer hall
Published: 14 April 2031, 16:20 \u00b7 Reference: NM-0417/31
Share on Facebook   Share on X   Copy link
>Prosecutors in Northmarch are appealing for witnesses after a fire was started deliberately at the prayer hall of the Kessel Road Islamic Community Centre in the early hours of Saturday 12 April 2031.
>At about 02:40, two people were seen pouring a liquid against the rear door of the building before setting it alight. The fire was put out by neighbours and the fire service before it could spread to the flats above the hall, where eleven people were asleep. Nobody was injured, but the prayer hall and the community centre's library were badly damaged.
>Investigators believe that the attack was planned and that it may be linked to leaflets with anti-Muslim slogans that were put through letterboxes in the Kessel Road area in the week before the fire. The prosecutor's office has asked the state security police to assist with the investigation because of the possibility of an extremist motive.
>Senior Prosecutor Annelie Brzezinska-Holt said: \u201cThis was an attack on a place of worship and on the families who live above it. It could have cost lives. We are determined to find those responsible, and I would ask anyone who was in the area of Kessel Road and Mill Lane between 01:30 and 03:30 on Saturday morning to contact us, even if they think what they saw was unimportant.\u201d
>Investigators are particularly keen to hear from drivers with dashcam footage of Mill Lane and the car park of the Kessel Road shopping parade, and from anyone who was offered or found one of the leaflets.
>Information can be given by telephone on 0800 417 2031, quoting reference NM-0417/31, or through the online reporting form. Anyone who prefers not to give their name can contact the independent charity Witness Line anonymously.
Image: The damaged rear entrance of the prayer hall on Kessel Road. Photo: Northmarch Regional Prosecutor's Office
Report information online
Contact Witness Line anonymously
Related appeals
Appeal after graffiti attack on Eastgate synagogue (2 April 2031)
Missing person: Jonas Verhelst-Amari, 17 (28 March 2031)
Was this page helpful? Yes No
Northmarch Regional Prosecutor's Office \u00b7 Court Square 4 \u00b7 Accessibility statement \u00b7 Privacy \u00b7 Cookies
""", "Appeal for witnesses after arson attack on Kessel Road prayer hall", [], '2031-04-14', 'public appeal',
        "Northmarch Regional Prosecutor's Office", 'url: https://www.prosecutor-northmarch.example/en/appeals/nm-0417-31-kessel-road')

d07()

# d08: a finance ministry's counter-terrorism designation notice: entries are text, no author, no sidecar
def d08():
    web('d08_sanctions_designation_notice', """
GOV.KS \u2013 Government of Kessmark
Ministry of Finance
Sanctions Implementation Office
Menu   Sanctions regimes   Consolidated list   Licensing   Guidance   Notices
You are here: Home / Sanctions Implementation Office / Notices / 2031
Designation notice
Counter-terrorism: four facilitators of the Sevrin Front added to the national list
Notice CT/2031/14
Date of publication: 22 April 2031
Regime: Counter-Terrorism (Asset Freezing) Regulations 2027
Print this page | Download as PDF (212 KB)
>The Minister of Finance has today designated four individuals and one entity under the Counter-Terrorism (Asset Freezing) Regulations 2027 for their role in financing and supplying the Sevrin Front, a proscribed organisation.
>The Minister is satisfied that there are reasonable grounds to suspect that the persons listed below are or have been involved in terrorist activity, in particular by collecting levies on behalf of the Sevrin Front in the markets of Kaminde and Ostrel, by moving the proceeds across the lake, and by procuring outboard motors and fuel used in attacks on boats and landing sites around the lake.
>Individuals
>1. HARLAND-ABDI, Yusuf. DOB: 03/02/1991. POB: Ostrel, Kessmark. Nationality: Kessmark. Also known as: \u201cthe emir of the shore\u201d. Position: commander, coastal wing of the Sevrin Front.
>2. MBATHA-LOWRY, Faisal Osman. DOB: 17/09/1984. POB: Kaminde, Kessmark. Nationality: Kessmark. Position: chief levy collector, Kaminde fish market.
>3. OKONJO-VANT, Rahel. DOB: 1979. POB: Port Halvani, Kessmark. Nationality: Kessmark. Address: Canal End, Port Halvani.
>4. DUARTE-SEMBENE, Ismail. DOB: 22/11/1988. POB: unknown. Nationality: unknown. Also known as: Ismail the Mechanic.
>Entities
>1. NORTHERN SHORE MARINE SUPPLIES LTD. Address: Harbour Road 14, Ostrel. Company number: KS-0931187.
>Asset freeze
>It is now an offence to deal with funds or economic resources owned, held or controlled by the persons listed, or to make funds or economic resources available to them or for their benefit, except under a licence issued by the Sanctions Implementation Office.
>Banks, money transfer operators and other businesses that hold accounts or assets of a designated person must freeze them without delay and report them to the Office within ten working days.
>Persons who believe they have been designated in error may ask the Minister to review the designation. A request must be made in writing and set out the grounds on which it is made.
This notice does not constitute legal advice. The consolidated list remains the authoritative record of designations in force.
Subscribe to email alerts for new notices
Related notices
Notice CT/2031/09 \u2013 amendment to the entry for the Ondara Hill Brigades
Notice CT/2030/31 \u2013 delisting of one individual
Page last reviewed: 22 April 2031
\u00a9 Government of Kessmark \u00b7 Open Government Licence \u00b7 Accessibility \u00b7 Cookies \u00b7 Contact the Office
""", "Counter-terrorism: four facilitators of the Sevrin Front added to the national list", [], '2031-04-22',
        'designation notice', 'Sanctions Implementation Office')

d08()

# d09: open-source investigators' satellite-imagery analysis: crawler YAML, figure captions with imagery credits
def d09():
    web('d09_osint_satellite_imagery_figures', """
---
title: "Satellite images show a training camp growing on the Ondara ridge | Terrace Open Source Lab"
source: https://terraceosl.example/investigations/ondara-ridge-camp
date: 2031-05-20T09:00:00+00:00
description: "Imagery from five dates between November 2030 and May 2031 shows new buildings, a firing range and a vehicle track at a site used by the Ondara Hill Brigades."
sitename: Terrace Open Source Lab
---
TERRACE OPEN SOURCE LAB
Investigations   Methods   Training   Data   About   Donate
INVESTIGATION
Satellite images show a training camp growing on the Ondara ridge
New buildings, a firing range and a vehicle track appear at a site used by the Ondara Hill Brigades
By Mireille Ashdown-Kato and Ilyas Brennan-Mwangi
20 May 2031 \u00b7 6 min read
Share \u2197   Copy link   Download images (ZIP)
>Commercial satellite imagery reviewed by Terrace shows that a camp used by the Ondara Hill Brigades on the ridge north of Varrow has more than doubled in size since November 2030, even as the government has described the movement as weakened by its amnesty offer.
>The camp sits in a fold of the ridge about eleven kilometres from the nearest road. In imagery from 14 November 2030 it consisted of six small structures with corrugated roofs and a cleared area of about half a hectare. By 9 May 2031 we counted nineteen structures, a cleared area of about one and a half hectares and a new track wide enough for light vehicles.
Figure 1: The camp on 14 November 2030 (left) and 9 May 2031 (right). Structures present in May but not in November are outlined in yellow. Imagery \u00a9 Skyloom Imaging 2031; annotation by Terrace.
>What the imagery shows
>The most significant addition is a rectangular cleared strip about two hundred metres long on the eastern edge of the camp, with earth berms at one end. Its shape and orientation are consistent with a firing range, and imagery from 2 April 2031 shows small figures in a line along one side of it. Two of the new structures are larger than the rest and have been built with a gap between the walls and the roof, a design common for classrooms and dormitories in the region.
>The new track joins an existing footpath about three kilometres south of the camp. Vegetation along its route was cleared between January and March 2031, and tyre marks are visible in the imagery from 9 May. We could not determine what kind of vehicles use it.
Figure 2: The cleared strip on the eastern edge of the camp, 2 April 2031. Imagery \u00a9 Skyloom Imaging 2031.
Figure 3: The new vehicle track (dashed line) and the older footpath. Map data \u00a9 OpenTerrain contributors.
>What it means
>The expansion does not by itself show that the Brigades are growing. Some of the new structures may house fighters who have moved to the ridge from camps closer to the road, which the army raided in January. But a firing range and buildings that appear to be classrooms suggest that the movement is training new members, and the vehicle track suggests that it expects to move people and supplies more often than before.
>We shared our findings with the Kessmark Ministry of Defence on 16 May and asked for comment. The ministry had not replied by the time of publication.
>Methodology
>We reviewed optical imagery of the site from five dates between November 2030 and May 2031, at resolutions between 30 and 50 centimetres. Structures were counted independently by two analysts, and differences were resolved by reference to the sharpest image available for each date. We have not published the coordinates of the camp, because doing so could put people living nearby at risk.
Mireille Ashdown-Kato is an imagery analyst at Terrace. Ilyas Brennan-Mwangi leads Terrace's work on the Lake Sevrin region.
Support independent open-source investigations. Donate today
Read next
How we verified the Harrowmere workshop videos
Counting boats: a guide to monitoring small harbours from space
Terrace Open Source Lab is a registered non-profit. Privacy notice \u00b7 Cookie settings \u00b7 Contact
""", "Satellite images show a training camp growing on the Ondara ridge", ["Mireille Ashdown-Kato", "Ilyas Brennan-Mwangi"],
        '2031-05-20', 'investigation', 'Terrace Open Source Lab', 'url: https://terraceosl.example/investigations/ondara-ridge-camp')

d09()

# d10: newsletter-platform post (Substack-like): subtitle, numbered footnotes glued to words, subscribe box, paywall
def d10():
    web('d10_newsletter_footnotes_paywall', """
The Parcel Room
Subscribe
Sign in
Share this post
The quiet return of the letter bomb
Three devices in six weeks, all posted from the same sorting district. What the pattern says, and what it doesn't.
Fenella Corcoran-Iwu
May 27, 2031
\u2661 48   \U0001F5E8 12   Share
>Between mid-April and last week, postal workers in Port Halvani intercepted three envelopes that contained improvised incendiary devices. None of them went off. All three were addressed to people involved in the prosecution of members of the Sevrin Front: a judge, a prison governor and a defence lawyer who had switched sides to work for the state.1
>Letter bombs are an old tactic and, for most armed groups, a discarded one. They are unreliable, they are easily traced through postal records, and they rarely kill their intended targets. That is why the three devices deserve attention. A group that has just shown it can seize a ferry does not need envelopes to make headlines. Someone chose this method for a reason.
>What we know
>The envelopes were all posted in the Canal End sorting district, in the same week-long window before each was found. They were hand-addressed in capital letters, and each contained the same kind of match-head mixture packed around a small battery.2 The police have not said whether they have identified a suspect, and the Front has not claimed them.
Thanks for reading The Parcel Room! Subscribe for free to receive new posts and support my work.
Type your email\u2026
Subscribe
>Three readings
>The first reading is that this is the work of released prisoners, whose grievances are personal and directed at the people who sent them to jail. Canal End is one of the districts to which many of them have returned, and the choice of targets fits.
>The second is that this is a deliberate attempt by the Front to intimidate the justice system without taking responsibility, at a time when it is negotiating over hostages and wants to look like a partner rather than a threat.
>The third, and in my view the most likely, is that these are two different things at once: a small circle of former prisoners acting on their own, and a movement content to let them do so.3
1
>The lawyer has asked me not to name him, and I won\u2019t.
2
>Details from two people familiar with the investigation. The police press office declined to comment.
3
>I set out the evidence for this reading in the section below, for paid subscribers.
Keep reading with a 7-day free trial
Subscribe to The Parcel Room to keep reading this post and get 7 days of free access to the full post archives.
Start trial
Already a paid subscriber? Sign in
\u00a9 2031 Fenella Corcoran-Iwu \u00b7 Privacy \u00b7 Terms \u00b7 Collection notice
Start writing   Get the app
Quillpost is the home for independent writing
""", "The quiet return of the letter bomb", ["Fenella Corcoran-Iwu"], '2031-05-27', 'newsletter', 'The Parcel Room')

d10()

def wrapped(paras, width, mark='>'):
    out = []
    for p in paras:
        out += [mark + l for l in hwrap(p, width, False)] + ['']
    return '\n'.join(out).rstrip('\n')

# d11: a foreign ministry statement in unofficial translation, hard-wrapped at 76 (no hyphens), place-and-date line
def d11():
    paras = [
        "The Ministry of Foreign Affairs of the Republic of Varnholm expresses its deep concern at the attack carried out on 27 April 2031 against the passenger ferry Maris Doventa on Lake Sevrin, in the territory of the friendly Republic of Kessmark, and at the continued detention of six of its passengers, among whom is a citizen of Varnholm.",
        "The Ministry condemns in the strongest terms the taking of hostages, which constitutes a grave violation of international law and cannot be justified by any political or religious motive. It calls on those holding the hostages to release them immediately and without conditions.",
        "Since the first hours after the attack, the Embassy of Varnholm in Port Halvani has been in constant contact with the authorities of Kessmark and with the family of our citizen, to whom the Ministry renews the assurance of its full support. The Ministry thanks the authorities of Kessmark for their cooperation and for the information they have shared.",
        "The Republic of Varnholm reaffirms its commitment to the security and stability of the Lake Sevrin region. It will continue, together with its partners, to support the efforts of the countries of the region to protect their populations, to strengthen the rule of law and to address the conditions in which armed groups recruit.",
        "The Ministry reminds citizens of Varnholm that travel to the districts bordering Lake Sevrin is advised against, and invites those present in the region to register with the Embassy.",
    ]
    web('d11_foreign_ministry_statement_translation', f"""
MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF VARNHOLM
[ VA ]  [ FR ]  [ EN ]
Home > Press room > Statements

STATEMENT No. 214/31

Statement of the Ministry of Foreign Affairs on the hostage-taking on
Lake Sevrin

(Unofficial translation)

Kjelvik, 3 June 2031

{wrapped(paras, 76)}

Kjelvik, 3 June 2031

This translation is provided for information only. In case of divergence,
the original text in the Varnish language prevails.

Print version | Send to a friend | RSS

See also:
- Travel advice: Republic of Kessmark (updated 29 May 2031)
- Statement No. 198/31 on the situation in the Ondara hills

(c) Ministry of Foreign Affairs of the Republic of Varnholm - Legal notice -
Accessibility - Site map
""", "Statement of the Ministry of Foreign Affairs on the hostage-taking on Lake Sevrin", [], '2031-06-03', 'statement',
        'Ministry of Foreign Affairs of the Republic of Varnholm', 'url: https://www.mfa.varnholm.example/en/press-room/statements/214-31', one_line=False)

d11()

# d12: a parliament's official report, debate extract with speaker turns (speaker lines are text), time stamps
def d12():
    web('d12_parliament_debate_speaker_turns', """
Orlanda Hansard
Official Report of the States Assembly of Orlanda
Search Hansard   Sittings   Members   Divisions   Help
Hansard \u203a States Assembly \u203a 11 June 2031 \u203a Counter-Terrorism (Drone Components) Bill
Counter-Terrorism (Drone Components) Bill
Volume 812: debated on Wednesday 11 June 2031
Share this debate   Download text   View all contributions
Second Reading
3.42 pm
>The Minister for Home Security (Cordelia Farrant-Nwosu)
>I beg to move, That the Bill be now read a Second time.
>The Bill does one simple thing. It requires anyone who sells motors, flight controllers or radio links of the kinds used in unmanned aircraft, in quantities greater than a household could need, to keep a record of the sale and to make that record available to the police on request. It does not ban any product, and it places no burden at all on the hobbyist who buys a single kit for a birthday present.
>Members will have seen reports of workshops discovered in the Kessmark borderlands where armed groups built their own aircraft from parts bought over the counter. Our own police have found that some of those parts passed through wholesalers in this jurisdiction. We cannot stop a determined buyer, but we can make sure that large purchases leave a trace.
>Mr Osric Bellweather (Harbour North) (Ind)
>Will the Minister give way?
>The Minister for Home Security
>I give way to the hon. Member.
>Mr Osric Bellweather
>I am grateful. Many of my constituents are farmers who use spraying drones and buy spare parts in bulk before each season. Can the Minister assure them that they will not be treated as suspects?
>The Minister for Home Security
>I can. The record is kept by the seller, not the buyer, and it is consulted only in the course of an investigation. A farmer who buys twenty propellers will notice no difference at all, except perhaps a slightly longer receipt.
>[Laughter.]
3.51 pm
>Ms Ilse Varga-Mensah (St Aubin West) (Lib)
>We on these Benches support the aim of the Bill, but we have concerns about how long the records will be kept and who will have access to them. The Bill as drafted allows the Minister to set the retention period by regulation. That is too important a matter to leave to secondary legislation, and we will table an amendment in Committee to put a limit of three years in the Bill itself.
>Question put and agreed to.
>Bill accordingly read a Second time.
Previous debate: Harbour Dues (Amendment) Order 2031
Next debate: Points of Order
This is the full and final text of the Official Report, with corrections made by Members.
Contact Hansard \u00b7 Copyright States Assembly of Orlanda 2031 \u00b7 Open Parliament Licence \u00b7 Cookies
""", "Counter-Terrorism (Drone Components) Bill", [], '2031-06-11', 'debate', 'Orlanda Hansard',
        'url: https://hansard.statesassembly.example/assembly/2031-06-11/debates/counter-terrorism-drone-components-bill')

d12()

# d13: a charity's annual report, one chapter as a web page: chapter navigation, stat call-outs, a case study (text),
# a pull quote repeating the text, download link; the chapter's named writer is its author; no sidecar
def d13():
    web('d13_charity_annual_report_chapter', """
Lakeside Survivors' Trust
Supporting people affected by terrorism around Lake Sevrin
Donate now
About us   Get help   Our work   Get involved   News   Annual report
ANNUAL REPORT 2030\u201331
Chapter 2 of 5
Standing with survivors of the Canal End bombing
Written by Dr Amaka Lindholm-Fry, Head of Programmes
Published 24 June 2031
Download the full report (PDF, 4.2 MB)
>When the bomb went off outside the Canal End bus station on the morning of 9 September 2030, our caseworkers were among the first people to reach the families waiting at the city hospital. In the nine months since, the Trust has worked with more than four hundred people affected by the attack: those who were injured, the relatives of the fourteen people who were killed, and the bus drivers, market traders and first responders who saw what happened.
1,240
people supported across all our services this year
412
survivors and relatives of the Canal End bombing
>Our approach has not changed since the Trust was founded: we go to people rather than waiting for them to come to us, and we stay for as long as we are needed. What changed this year was the scale. In the first month after the bombing our caseworkers were visiting twenty households a day, and we had to recruit and train eleven new caseworkers in less than six weeks.
>Practical help first
>For most families the first needs were practical. We helped them to claim the state's compensation for victims of terrorism, which requires forms that many found impossible to complete while grieving. We paid for travel to hospital and for funerals when the state payments were delayed, and we arranged childcare for parents who were caring for injured relatives.
\u201cWe go to people rather than waiting for them to come to us, and we stay for as long as we are needed.\u201d
>Amira's story
>Amira, a market trader, lost the use of her right hand in the bombing and could no longer run her stall. With a grant from the Trust she trained as a bookkeeper, and she now keeps the accounts of six other traders in the Canal End market. \u201cI did not want charity,\u201d she told us. \u201cI wanted to work again. The Trust helped me find a way.\u201d
>Looking ahead
>The needs of survivors do not end when the news coverage does. Many of the people we support will need help for years, and some of the hardest cases, such as children who lost a parent, are only now coming to us. In the coming year we will open a second office in Canal End and extend our counselling service to the bus drivers and traders who have so far received little support.
Photo: Caseworkers from the Trust at the Canal End memorial, March 2031. \u00a9 Lakeside Survivors' Trust
\u2190 Chapter 1: A message from our Chair
Chapter 3: Our finances \u2192
Help us be there for the next family. Give monthly
Lakeside Survivors' Trust is a registered charity (No. 7740213). Privacy policy \u00b7 Cookie settings \u00b7 Accessibility
""", "Standing with survivors of the Canal End bombing", ["Amaka Lindholm-Fry"], '2031-06-24', 'annual report',
        "Lakeside Survivors' Trust")

d13()

# d14: a data portal's dataset landing page: crawler YAML dated by the last update (the page prints both dates;
# the label takes the publication date), an article-like summary with headings (text), resource list, metadata table
def d14():
    web('d14_data_portal_dataset_page', """
---
title: "Vehicle-borne explosive incidents, Lake Sevrin basin, 2026-2030 - Sevrin Basin Open Data"
source: https://data.sevrinbasin.example/dataset/vbied-incidents-2026-2030
date: 2031-06-02
description: "Incident-level records of vehicle-borne explosive attacks and attempted attacks in the four countries of the Lake Sevrin basin."
---
Sevrin Basin Open Data
Datasets   Organisations   Groups   About   API   Log in   Register
Datasets \u203a Lake Sevrin Basin Authority \u203a Vehicle-borne explosive incidents, Lake Sevrin basin, 2026-2030
Dataset
Vehicle-borne explosive incidents, Lake Sevrin basin, 2026-2030
Prepared by: Greta Onyango-Strand and Emil Varga-Tiwari
Published: 15 April 2031 \u00b7 Last updated: 2 June 2031
Followers 23
>This dataset records every known attack and attempted attack with a vehicle-borne explosive device in the four countries of the Lake Sevrin basin between 1 January 2026 and 31 December 2030. It contains 187 incidents, of which 61 were attempted attacks in which the device was found or failed to explode.
>The number of incidents rose from 19 in 2026 to 52 in 2029 before falling to 38 in 2030. Most attacks targeted military and police positions, but the share aimed at markets and bus stations grew in each of the last three years, reaching more than a third in 2030. Motorcycles were used in nearly half of all incidents, a shift from the cars and trucks that dominated before 2027.
>Methodology
>Incidents were compiled from police and military reports shared with the Basin Authority, from local and national news media in three languages, and from the claims of armed groups, which were used only when another source confirmed the incident. Each record gives the date, the location to the nearest district, the type of vehicle, the target, the number of people killed and injured, and the sources used.
>Limitations
>Attempted attacks are likely to be under-counted, because devices found by the security forces are not always reported. Casualty figures are those given at the time and have not been updated to reflect later deaths.
Data and resources
vbied_incidents_2026_2030.csv   CSV   212 KB   Preview   Download
vbied_incidents_2026_2030.xlsx   XLSX   184 KB   Download
codebook_v2.pdf   PDF   96 KB   Download
Additional info
Field   Value
Publisher   Lake Sevrin Basin Authority
Licence   Creative Commons Attribution 4.0
Temporal coverage   2026-01-01 to 2030-12-31
Spatial coverage   Kessmark, Varnholm, Ostmark, Tassel
Update frequency   Annual
Version   2.1
Tags: explosives, terrorism, incidents, Lake Sevrin
Was this dataset useful? Yes \u00b7 No
API endpoint: https://data.sevrinbasin.example/api/3/action/package_show?id=vbied-incidents-2026-2030
Sevrin Basin Open Data is run by the Lake Sevrin Basin Authority. Terms of use \u00b7 Privacy \u00b7 Cookies
""", "Vehicle-borne explosive incidents, Lake Sevrin basin, 2026-2030", ["Greta Onyango-Strand", "Emil Varga-Tiwari"],
        '2031-04-15', 'dataset', 'Sevrin Basin Open Data', 'url: https://data.sevrinbasin.example/dataset/vbied-incidents-2026-2030')

d14()

# d15: a company's security bulletin received as a plain-text email, hard-wrapped at 70, TLP marking, numbered
# advice items (text), "Prepared by" sign-off with a role; no sidecar
def d15():
    situation = [
        "On the night of 15-16 June 2031, armed men stopped two fuel tankers on the Keld road about 30 km north of Port Halvani, ordered the drivers out and set fire to both vehicles. The drivers, who work for a local subcontractor, were released unharmed after several hours. A note left at the scene, signed in the name of the Ondara Hill Brigades, warned transport companies against carrying fuel for the army.",
        "This is the third attack on fuel transport on the Keld road since April and the first in which vehicles were destroyed rather than robbed. Police have increased patrols between Port Halvani and the Keld crossing, but there is no escort system in place for commercial traffic.",
    ]
    assessment = [
        "We assess that the Brigades are trying to cut the army's fuel supply to its outposts along the Tessin river and that contractors seen as supplying the army are now at higher risk. Halvorsen vehicles do not carry military fuel, but our trucks use the same road and the same fuel depots, and drivers at roadblocks may not be able to show the difference.",
    ]
    advice = [
        "1. Until further notice, no Halvorsen vehicle is to travel on the Keld road between 18:00 and 07:00.",
        "2. Drivers must check in with the Port Halvani operations desk before departure and on arrival, and every two hours in between.",
        "3. Do not carry fuel or goods for any third party, including other contractors, without the written approval of the Country Manager.",
        "4. If stopped at a roadblock, comply with instructions, do not argue, and report to the operations desk as soon as it is safe to do so.",
    ]
    page = """
From: GSOC Security Bulletins <gsoc-bulletins@halvorsen-logistics.example>
To: HLG Kessmark - All Staff <kessmark-all@halvorsen-logistics.example>
Date: Tue, 17 Jun 2031 07:15:02 +0200
Subject: SECURITY BULLETIN GSOC-2031-088: Tanker attack on the Keld road -
 night travel suspended

TLP:GREEN - may be shared with Halvorsen staff and contractors

HALVORSEN LOGISTICS GROUP
Global Security Operations Centre

SECURITY BULLETIN  |  GSOC-2031-088  |  17 June 2031
Country: Kessmark  |  Risk level: HIGH (raised from MEDIUM)

Tanker attack on the Keld road - night travel suspended

>SITUATION

""" + wrapped(situation, 70) + """

>ASSESSMENT

""" + wrapped(assessment, 70) + """

>ADVICE TO STAFF

""" + '\n'.join('>' + l for a in advice for l in hwrap(a, 70, False)) + """

Prepared by: Ruth Kalnins-Obi
Regional Security Manager, East Africa and Lakes
Global Security Operations Centre | 24/7: +00 20 7946 0188

--
This bulletin is intended for Halvorsen Logistics Group staff and
contractors. Do not forward outside the company. To change your
bulletin preferences, visit the GSOC portal. Halvorsen Logistics Group,
Registered office: Dockside House, Port Halvani.
"""
    web('d15_corporate_security_bulletin_email', page, "Tanker attack on the Keld road - night travel suspended",
        ["Ruth Kalnins-Obi"], '2031-06-17', 'security bulletin', 'Halvorsen Logistics Group', None, one_line=False)

d15()
