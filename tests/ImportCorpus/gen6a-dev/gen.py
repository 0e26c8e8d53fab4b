# Writes the invented whole issues of this folder (gen6a development cases) and their labels. Run: python3 gen.py
# Run from this folder: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, wrap  # noqa: E402


def art(title, authors, kind, **k):
    d = dict(title=title, authors=authors, kind=kind); d.update(k); return d

# 1. Year-as-volume with a season for a date; numbered contents in capitals; body titles in title case wrapped
#    differently; one article has no byline (the contents name its author).
i = Issue("d01_fjord_year_number_season")
pub = "Fjord Security Letter"
i.add("FJORD SECURITY LETTER"); i.add("Year 4, No. 11  |  Winter 2029"); i.add()
i.add("CONTENTS"); i.add("1. SMUGGLED DIESEL ON THE NORTHERN FERRIES, Liv Aasheim-Carter ..... 1")
i.add("2. THE HARBOUR GUARDS WHO WORK FOR TWO MASTERS, Tor Ekwueme ..... 3"); i.add()
i.add("Smuggled Diesel on the"); i.add("Northern Ferries"); i.add()
i.para("Every morning the first ferry out of the inner fjord carries more diesel than its engines could burn in a month. The surplus travels in drums stacked behind the passenger cabins and is sold at the outer islands, where the price is a third higher than on the mainland.", 0)
i.add()
i.para("Customs officers on the quay know about the drums. They say they lack the staff to open every one of them, and that the ferry company has never been asked to declare the cargo. The company says it carries what its customers bring and that the checks are the state's business, not", 0)
i.add("Fjord Security Letter  |  Winter 2029  |  1")
i.para("its own. Islanders who buy the fuel see no crime in it at all.", 0)
i.add()
i.para("Liv Aasheim-Carter writes on maritime crime in the northern seas.", None)
i.add()
i.add("The Harbour Guards Who Work"); i.add("for Two Masters"); i.add(); i.add("By Tor Ekwueme"); i.add()
i.para("The guards at the fishing harbour of Skjelvik are paid by the municipality to watch the boats at night. Several of them are also paid, by men from the south, to look away when a particular trawler comes in with its lights off.", 1)
i.add()
i.para("Two former guards described the arrangement in interviews. One said the money was more than his salary; the other said he left because he was afraid of what the cargo might be. Neither knew for certain.", 1)
i.add("Fjord Security Letter  |  Winter 2029  |  2")
i.add()
i.para("The municipality says it has found no evidence of bribery and that the guards are vetted every year. It has not said who does the vetting.", 1)
i.write([art("Smuggled Diesel on the Northern Ferries", ["Liv Aasheim-Carter"], "feature"),
         art("The Harbour Guards Who Work for Two Masters", ["Tor Ekwueme"], "feature")] and [dict(a, date="2029-12-01", publication=pub, volume=4, issue=11) for a in [art("Smuggled Diesel on the Northern Ferries", ["Liv Aasheim-Carter"], "feature"), art("The Harbour Guards Who Work for Two Masters", ["Tor Ekwueme"], "feature")]],
        "publication: Fjord Security Letter\n")

# 2. A bulletin number and a full date but no volume; contents with the authors on the line under each title and no
#    pages; the body prints titles in capitals and a PDF has run two words of one title together.
i = Issue("d02_delta_bulletin_number")
pub = "Delta Watch"
i.add("DELTA WATCH"); i.add("Bulletin No. 17 · 5 March 2030"); i.add()
i.add("In this bulletin"); i.add("Rice Barges and the River Militias"); i.add("   Amaka Sorensen-Idowu")
i.add("Who Pays the Ferry Police?"); i.add("   Nguyen Thi Halvorsen"); i.add()
i.add("RICE BARGES AND THERIVER MILITIAS"); i.add(); i.add("Amaka Sorensen-Idowu"); i.add()
i.para("Rice barges leaving the upper delta now pay three river militias before they reach the port. Each militia stamps the barge's papers, and each stamp has a price that rises with the season.", 0)
i.add()
i.para("Barge owners say the stamps are cheaper than a seizure. The provincial police, who run two patrol boats for four hundred kilometres of channels, say they cannot protect a barge that does not ask for protection.", 0)
i.add()
i.add("WHO PAYS THE FERRY POLICE?"); i.add(); i.add("Nguyen Thi Halvorsen"); i.add()
i.para("The ferry police of the lower delta are paid by the ferry companies they are meant to inspect. The arrangement dates from a budget crisis a decade ago and has never been undone.", 1)
i.add("Delta Watch · Bulletin No. 17 · page 2")
i.para("Inspectors who find faults on a ferry must report them to the company that pays their wages. Few do.", 1)
i.write([art("Rice Barges and the River Militias", ["Amaka Sorensen-Idowu"], "feature", ),
         art("Who Pays the Ferry Police?", ["Nguyen Thi Halvorsen"], "feature")] and [dict(a, date="2030-03-05", publication=pub, volume="null", issue=17) for a in [art("Rice Barges and the River Militias", ["Amaka Sorensen-Idowu"], "feature"), art("Who Pays the Ferry Police?", ["Nguyen Thi Halvorsen"], "feature")]],
        "publication: Delta Watch\n")
