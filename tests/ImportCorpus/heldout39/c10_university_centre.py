"""c10: a university centre's occasional paper, one line per paragraph, word-processor roman-numeral endnotes."""
from lib import Doc

TITLE = "Returning Home: Families, Shame and the Reintegration of Former Fighters in the Zhartek Valley"
URL = "https://csrr.ostmere.example/publications/occasional-paper-12"
ROMAN = ["i", "ii", "iii", "iv", "v"]


def ref(n):
    return f"[[{ROMAN[n - 1]}]]({URL}#_edn{n})"


def build():
    d = Doc("c10", one_line_per_paragraph=True, comments=[
        "the centre prints its own name and navigation under the university's masthead, so it is the publication.",
        "'Occasional Paper No. 12' is a two-word label kept without its number: occasional paper.",
        "the endnote lines under 'Endnotes' are text; the heading, the cite-as line and the bio are not.",
    ])
    a = d.article(TITLE, ["Halina Dąbrowska-Kerr"], "2043-01-28", "occasional paper",
                  "Centre for the Study of Radicalisation and Resilience")
    for t in ["University of Ostmere", "Study  Research  Departments  Library  Alumni  Give", "Search Ostmere",
              "Centre for the Study of Radicalisation and Resilience",
              "About the Centre  People  Publications  Projects  News and events",
              "You are here: Ostmere \u00bb CSRR \u00bb Publications",
              "Occasional Paper No. 12", TITLE,
              "Professor Halina Dąbrowska-Kerr", "28th January 2043", "Download the PDF (412 KB)"]:
        d.add(t)
    for p in [
        "Introduction",
        f"Studies of reintegration usually follow the former fighter: the cash grant, the training course, "
        f"the job. This paper follows the family instead. It draws on interviews with forty-one households in "
        f"three towns of the Zhartek Valley, conducted between June and November 2042.{ref(1)}",
        f"The central finding is that shame, more than money, decided whether a returning fighter stayed home. "
        f"Households that could tell a story about the son's absence which their neighbours accepted, such as "
        f"work abroad or forced recruitment, kept him; households that could not often saw him leave again "
        f"within the year.{ref(2)}",
        "The stories families tell",
        f"Mothers were the main authors of these stories. In twenty-six of the households the mother had "
        f"explained the son's absence to neighbours while he was away, and in most cases the explanation was "
        f"settled long before the amnesty.{ref(3)} Fathers were more likely to speak of duty or of the group's "
        f"cause, which made the son's return harder to fit into village life.",
        f"The reintegration office's programs took no account of this. Its counsellors met former fighters "
        f"alone, and its community meetings were attended mostly by men.{ref(4)}",
        "Implications",
        f"A second round of the program should bring families, and mothers in particular, into the process from "
        f"the start. The cost would be small; the office's own figures suggest that each fighter who leaves "
        f"again costs more than a year of counselling for his household.{ref(5)}",
    ]:
        d.para(p, a)
    d.add("Endnotes")
    for n, note in enumerate([
        "Interviews were conducted in Ostrel, Vennholt and Karsk with the consent of all participants; names are withheld.",
        "Of the fourteen former fighters known to have left home again, eleven came from households that had given no account of their absence.",
        "Interview with a mother in Karsk, 14 August 2042.",
        "Office for Reintegration, Zhartek Valley, attendance registers for community meetings, 2041–2042.",
        "Office for Reintegration, Zhartek Valley, annual report for 2042, table 6.",
    ], start=1):
        d.add(f"[[{ROMAN[n - 1]}]]({URL}#_ednref{n}) {note}", a)
    for t in ["Cite as: Dąbrowska-Kerr, H. (2043) Returning Home. CSRR Occasional Paper 12. Ostmere: University of Ostmere.",
              "About the author",
              "Halina Dąbrowska-Kerr is Professor of Sociology at the University of Ostmere and co-director of the "
              "Centre for the Study of Radicalisation and Resilience.",
              "Related publications",
              "Occasional Paper No. 11: Campus Radio and the New Preachers",
              "Working Paper 2042/07: Counting the Returners",
              "University of Ostmere, Ostmere OS1 2AB \u00b7 Accessibility \u00b7 Freedom of information \u00b7 Privacy and cookies",
              "\u00a9 University of Ostmere 2043"]:
        d.add(t)
    return d
