from lib import Doc, clean
import z02_tm_issue11_noblank as z02

ROMAN = ["i", "ii", "iii", "iv"]

def build():
    d = Doc("z07_tm_web_prisonyards_crawl", web=True, blank=False)
    t = z02.T2
    d.comments = [
        "No sidecar. The web version of z02's second piece: labelled as z02 labels it (feature, Volume 48, Issue 11,",
        "2050-06-02); the page prints no genre label. The crawler block (lines 1-6) is not text. Roman endnotes in",
        "word-processor form: the markers stay in the text lines, the [[i]](#_ednrefN) list after the text is text",
        "(the notes), the bio after them is not. Look-alikes (text): 'By contrast,' opening a paragraph, 'Volume 4 of",
        "prison statistics', the subheading 'Inside the Yard: A Recruiter's Routine'.",
    ]
    d.f("---",
        f"title: \"{t} - The Brannock Foundation\"",
        "source: https://brannock-foundation.example.org/program/prison-yards-as-recruiting-grounds/",
        "date: 2050-06-02",
        "description: \"Court records and interviews with former inmates show how the Sons of Marrah recruit in the Dravec compound.\"",
        "---",
        "This website uses cookies. By continuing to browse you agree to our use of cookies. Learn more | OK",
        "Loading...",
        "The Brannock Foundation",
        "Programs | Analysts | Publications | Events | Donate",
        "Terrorism Monitor",
        "Volume 48, Issue 11")
    d.art(t, ["Renske Oduya-Brandt"], "2050-06-02", "feature", "Terrorism Monitor", 48, 11)
    d.f(t, "By Renske Oduya-Brandt", "June 2, 2050")
    k = 0
    for p in z02.FEAT:
        p = clean(p)
        while " [" + str(k + 1) + "]" in p:
            p = p.replace(" [" + str(k + 1) + "]", f"[[{ROMAN[k]}]](#_edn{k + 1})")
            k += 1
        d.t(p)
    for i, n in enumerate(z02.NOTES):
        d.t(f"[[{ROMAN[i]}]](#_ednref{i + 1})" + n[3:])
    d.f("Dr. Renske Oduya-Brandt is a criminologist at the Tarrow Institute of Justice Studies and a former "
        "adviser to the Merovan Republic's prison inspectorate.",
        "Tags: Merovan Republic, Sons of Marrah, prisons, radicalisation",
        "More by Renske Oduya-Brandt »",
        "Get Terrorism Monitor in your inbox every fortnight. Subscribe",
        "Something went wrong. Please reload the page.",
        "© 2050 The Brannock Foundation · Privacy · Terms · Accessibility")
    return d
