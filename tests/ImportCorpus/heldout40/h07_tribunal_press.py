"""h07: a tribunal's press page, one line per paragraph with blank lines, no author."""
from lib import Doc, web


def build():
    d = Doc("h07_tribunal_press", blank_between=True)
    d.comments = [
        "Choices: the press office speaks for the tribunal, so the publication is the tribunal's masthead name and",
        "authors are []; the date is the 'Issued' line (18.04.2044, day first as the site's language switch and",
        "place suggest); the 'Background' heading and its paragraph are text; the download, listen and contact",
        "lines and the reference number are furniture.",
    ]
    a = d.article(title="Tribunal convicts four members of the Ashfall Brigade over the Merrin fuel depot bombing",
                  authors=[], kind="press release", date="2044-04-18",
                  publication="High Security Tribunal of Velnor", volume=None, issue=None)
    d.ls("""
Skip to content
Language: English | Velnorsk
Text size: A A A    High contrast
HIGH SECURITY TRIBUNAL OF VELNOR
The Tribunal   Cases   Hearing schedule   Judgments   Press   Visiting   Careers
You are here: Home / Press / Press releases
""")
    d.blank()
    d.l("PRESS RELEASE")
    d.l("Ref. HST/PR/41/2044")
    d.l("Issued: 18.04.2044  \u2013  for immediate release")
    d.blank()
    d.l("Tribunal convicts four members of the Ashfall Brigade over the Merrin fuel depot bombing")
    d.blank()
    d.l("\u25b6 Listen to this page (3:12)")
    d.l("Download as PDF (188 KB)")
    d.blank()
    web(d, a, [
        "The Trial Chamber of the High Security Tribunal today convicted four members of the armed group known as "
        "the Ashfall Brigade of murder, causing explosions and membership of a terrorist organisation for their "
        "roles in the bombing of the Merrin fuel depot on 9 August 2042, in which eleven workers were killed.",
        "The Chamber sentenced the first accused, Davor Ostrelic, who planned the attack and recruited the others, "
        "to life imprisonment. The second and third accused, who placed the devices, were each sentenced to "
        "twenty-eight years. The fourth accused, who drove the group to the depot and later helped them hide, was "
        "sentenced to nine years.",
        "Reading a summary of the judgment in open court, the Presiding Judge, Judge Halvora Messing, said that the "
        "accused had \u201cchosen a place where ordinary people earned their living and set out to kill as many of "
        "them as they could.\u201d The Chamber found that the attack was intended to intimidate the population of "
        "the Merrin valley and to force the closure of the depot.",
        "The Chamber acquitted a fifth accused of all charges, finding that the prosecution had not proved that he "
        "knew what the vehicle he had lent to the group would be used for. He was released this afternoon.",
        "Background",
        "The trial opened on 3 June 2043 and heard 74 witnesses over 61 hearing days, including survivors of the "
        "bombing and two former members of the Ashfall Brigade who testified for the prosecution under protective "
        "measures. The parties may appeal the judgment within thirty days.",
    ])
    d.ls("""
The summary of the judgment is available in English and Velnorsk on the Judgments page. The full written judgment will be published once it has been reviewed for protected information.

Press Office contact: press@hst-velnor.example | +41 000 5550 120

Share this page: Email | Print | Copy link

Related press releases
14.03.2044 \u2013 Tribunal schedules closing arguments in the Merrin depot case
02.11.2043 \u2013 Protected witness testifies about Ashfall Brigade recruitment

High Security Tribunal of Velnor \u00b7 Palace of Justice, Ardent Square 1 \u00b7 Velgrad
Accessibility statement | Data protection | Site map | Contact
This website uses only essential cookies. More information
""")
    return d, {"url": "https://hst-velnor.example/en/press/releases/2044/pr-41-merrin-judgment"}, True
