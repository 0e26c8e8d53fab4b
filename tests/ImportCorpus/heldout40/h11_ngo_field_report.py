"""h11: an NGO's field report with word-processor roman-numeral endnotes, one line per paragraph."""
from lib import Doc, web

URL = "https://lanternfield.example/stories/field-report-kessa-hills-displacement"


def m(n, roman):
    return f"[[{roman}]]({URL}#_edn{n})"


def r(n, roman):
    return f"[[{roman}]]({URL}#_ednref{n})"


def build():
    d = Doc("h11_ngo_field_report", blank_between=True)
    d.comments = [
        "Choices: 'Field report' over the title is the kind; 'Written by NAME, ROLE' names the author without the",
        "role; the date line '5th July 2044' dates it; the endnotes under 'Endnotes' are text, the heading is not;",
        "the donation appeal, photo credit and the 'About Lanternfield' box are furniture.",
    ]
    a = d.article(title="Kessa Hills: Families Caught Between the Committee and the Army",
                  authors=["Jonas Achterhof-Nwosu"], kind="field report", date="2044-07-05",
                  publication="Lanternfield Relief", volume=None, issue=None)
    d.ls("""
Lanternfield Relief
Where we work   What we do   Stories   Get involved   DONATE NOW
Stories \u203a Field reports
""")
    d.blank()
    d.l("Field report")
    d.l("Kessa Hills: Families Caught Between the Committee and the Army")
    d.l("Written by Jonas Achterhof-Nwosu, Protection Coordinator")
    d.l("5th July 2044  |  6 min read  |  Kessa district")
    d.blank()
    d.l("Photo: A family loads belongings onto a cart outside Dorrow. \u00a9 Lanternfield Relief / R. Ostergaard")
    d.blank()
    web(d, a, [
        "Since the beginning of June our mobile teams have registered 1,140 families who have left their homes in "
        "the upper Kessa hills, most of them for the market town of Brenn." + m(1, "i") + " This is more than in the "
        "whole of the previous year.",
        "The families describe pressure from two directions. The self-defence committee that now controls the "
        "upper villages demands a son from each household, or a payment in his place. The army, which has set up "
        "new posts along the valley road, treats any family with a son in the committee as a suspect." + m(2, "ii"),
        "What we are seeing",
        "Most families arrive in Brenn with what they can carry on a cart. They stay with relatives or in the two "
        "schools the municipality has opened, where our teams provide water, hygiene kits and legal advice. Many "
        "have lost their identity documents, which they need to register for assistance and to move through army "
        "checkpoints." + m(3, "iii"),
        "Women we spoke to were particularly worried about sons aged fourteen to seventeen, who are too young for "
        "the committee's formal lists but are approached by its recruiters at the water points.",
        "What we are asking for",
        "We call on all parties to allow families to leave and return freely, to stop demanding recruits or "
        "payments from civilians, and to ensure that nobody is detained solely because of a relative's membership "
        "of an armed group. We ask donors to fund document replacement, which costs little and unlocks every other "
        "form of help." + m(4, "iv"),
    ])
    d.l("Endnotes")
    d.blank()
    web(d, a, [
        r(1, "i") + " Lanternfield Relief, mobile team registration data, 1 June to 30 June 2044.",
        r(2, "ii") + " Interviews with displaced families in Brenn, 18\u201324 June 2044.",
        r(3, "iii") + " Brenn municipality, note on emergency shelter in schools, 20 June 2044.",
        r(4, "iv") + " Lanternfield Relief, costing of civil documentation support, May 2044.",
    ])
    d.ls("""
\u00a340 replaces the identity documents of a family of five. Donate today.

About Lanternfield
Lanternfield Relief helps people forced from their homes by conflict to stay safe and rebuild their lives. Registered charity 1094417.

Share this story: Facebook \u00b7 X \u00b7 WhatsApp \u00b7 Email

More field reports
Brenn schools open as shelters for the summer
Water points and recruiters: a protection note

Sign up for updates from the field
Lanternfield Relief, 9 Canal Wharf, Harrowgate \u00b7 Privacy notice \u00b7 Cookie settings \u00b7 Accessibility
""")
    return d, {"url": URL}, True
