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
