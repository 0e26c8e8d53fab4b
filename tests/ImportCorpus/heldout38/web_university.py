"""b10: a university research centre's working paper page with word-processor roman-numeral endnotes."""
from lib import Article, RawFile

TITLE = "Fishing Cooperatives as Early Warning: Community Reporting on the Calder Coast"
URL = "https://ccs.keswater.example/publications/wp-2042-03/"


def marker(n, roman):
    return f"[[{roman}]]({URL}#_edn{n})"


def note(n, roman, text):
    return f"[[{roman}]]({URL}#_ednref{n}) {text}"


def build():
    f = RawFile("b10", one_line_per_paragraph=True)
    f.furn("University of Keswater",
           "Study  Research  International  Alumni  Staff intranet",
           "Centre for Coastal Conflict Studies",
           "Home | About the Centre | Research | People | Publications | Events | Contact",
           "You are here: Centre for Coastal Conflict Studies > Publications > Working papers",
           "WORKING PAPER No. 2042/03")
    f.start(Article(TITLE, ["Siobhan Aldana-Park"], "2042-05-12", "working paper",
                    "Centre for Coastal Conflict Studies"))
    f.furn(TITLE,
           "Dr. Siobhan Aldana-Park, Research Fellow",
           "12th May 2042",
           "Download PDF (1.2 MB)")
    f.text(
        "Fishing cooperatives on the Calder coast already collect a great deal of information about what happens at "
        "sea. Their members report catches, engine failures and weather to the cooperative office every day, and "
        "many offices keep these reports for years." + marker(1, "i"),
        "This paper asks whether the same reporting could warn coastal communities of armed group activity. It is "
        "based on interviews with the managers of seven cooperatives and on the daily reports of two of them for "
        "the years 2039 to 2041." + marker(2, "ii"),
        "Findings",
        "In both cooperatives, reports of unfamiliar boats near the fishing grounds rose in the weeks before each of "
        "the three kidnappings recorded on that stretch of coast. The rise was small but consistent, and it was "
        "noticed at the time by the cooperative managers, who had no one to pass it on to." + marker(3, "iii"),
        "Managers were willing to share such reports with the authorities, but only through the cooperative and "
        "without naming the members who made them. Several recalled that fishermen who had spoken to the police "
        "in the past had been threatened.",
        "Recommendations",
        "A pilot scheme should route anonymised reports of unfamiliar boats from cooperative offices to the coast "
        "guard, with a monthly meeting at which the coast guard reports back on what it has done. The scheme would "
        "cost little, and it would build on habits that already exist." + marker(4, "iv"))
    f.furn("Endnotes")
    f.text(
        note(1, "i", "Calder Coast Fisheries Office, Annual Report 2041, p. 22."),
        note(2, "ii", "Interviews were conducted in Calder and Vessa between September and December 2041."),
        note(3, "iii", "Cooperative daily reports, Harl and Greyness Point, 2039\u20132041; held by the author."),
        note(4, "iv", "On similar schemes elsewhere, see Lorcan Mbatha, Listening to the Sea (Keswater University "
                      "Press, 2040)."))
    f.furn("Cite as: Aldana-Park, S. (2042) Fishing Cooperatives as Early Warning. CCCS Working Paper 2042/03. "
           "Keswater: Centre for Coastal Conflict Studies.",
           "About the author",
           "Dr. Siobhan Aldana-Park is a Research Fellow at the Centre for Coastal Conflict Studies. Her work "
           "looks at community responses to maritime crime.",
           "Related working papers",
           "WP 2042/02 \u2013 Ports Without Police: Security Gaps in the Minor Harbours",
           "WP 2041/09 \u2013 Ransom and Reputation on the Vessa",
           "Centre for Coastal Conflict Studies, School of Politics, University of Keswater, Keswater KW1 4RT",
           "\u00a9 University of Keswater 2042 | Accessibility | Freedom of information | Privacy and cookies")
    f.write(choices=[
        "the centre prints its own name and navigation under the university's masthead: the centre is the publication.",
        "'WORKING PAPER No. 2042/03' gives the kind working paper (its number dropped); volume and issue stay empty.",
        "the headings 'Findings' and 'Recommendations' are text; 'Endnotes', the cite-as line and the bio are not.",
    ])
    return f
