from lib import Doc

CB = "China Brief"


def build():
    d = Doc("h03_china_brief_issue", blank=True, width=76, sidecar="publication: China Brief")
    D = "2046-02-20"
    n = d.art("Port Cranes on the Hallam Coast Fall Quiet After a Customs Dispute", [], D, "brief", CB, 46, 4)
    f1 = d.art("Provincial Security Bureaus and the New Rules on Overseas Private Guards", ["Wen Liyao"], D, "feature", CB, 46, 4)
    f2 = d.art("A Naval Training Ship's Long Cruise and What It Says About Crew Shortages", ["Dorothea Quennell", "Samir Hoyte-Vance"], D, "feature", CB, 46, 4)
    d.comment("'IN BRIEF' is a section name over one short unsigned piece with no subheadings: brief; authors [].")
    d.comment("The two features are listed by title in the contents under no label: feature.")
    d.comment("Superscript note markers glued to words are the text's; the bio after the second feature's notes names both co-authors.")
    d.block("A", "ChinaBrief\u2003Volume46\u2003\u2022\u2003Issue4\n\n3")
    d.block("B", "6")
    d.f("CHINA BRIEF")
    d.f("A JOURNAL OF ANALYSIS AND INFORMATION")
    d.f("Volume 46 \u2022 Issue 4 \u2022 February 20, 2046")
    d.f("IN THIS EDITION")
    d.f("In Brief\nPort Cranes on the Hallam Coast Fall Quiet After a Customs Dispute\n\n"
        "Provincial Security Bureaus and the New Rules on Overseas Private Guards\nBy Wen Liyao\n\n"
        "A Naval Training Ship's Long Cruise and What It Says About Crew Shortages\nBy Dorothea Quennell and Samir Hoyte-Vance")
    d.f("IN BRIEF")
    d.f("Port Cranes on the Hallam Coast Fall Quiet After a Customs Dispute")
    d.p(n, "Container cranes at two terminals on the Hallam coast stood idle for nine days in late January after a dispute "
           "between the terminal operator and the provincial customs office over new inspection fees. Shipping agents "
           "diverted at least fourteen vessels to the northern ports, according to a notice published by the operator on "
           "January 31.")
    d.p(n, "The dispute was settled when the provincial government agreed to absorb half the fee for six months. The "
           "episode nonetheless shows how quickly a local quarrel can interrupt a corridor that planners in the capital "
           "describe as a strategic priority.")
    d.f("Provincial Security Bureaus and the New Rules on Overseas Private Guards")
    d.f("By Wen Liyao")
    d.p(f1, "In December 2045 the state council issued regulations that, for the first time, set out which security "
            "companies may protect the country's enterprises abroad and how they must report to provincial "
            "authorities.\u00b9 The regulations have attracted attention for what they allow, armed guards in a short "
            "list of high-risk countries, but their more important effect lies in what they require of provincial "
            "security bureaus at home.")
    d.p(f1, "Under the new rules, each company must register with the bureau of the province where it is headquartered, "
            "file quarterly reports on its deployments and submit the names of its overseas staff for vetting.\u00b2 In "
            "practice this turns provincial bureaus into the regulators of an industry that, until now, answered mainly "
            "to the state-owned enterprises that hired it. Several coastal provinces have already set up dedicated offices "
            "for the ^A task.")
    d.p(f1, "The result is likely to be uneven. Provinces with many companies and experienced bureaus will build "
            "capacity quickly, while inland provinces may struggle to vet staff they have never met, working abroad in "
            "countries their officials have never visited.\u00b3 Companies, for their part, may choose where to register "
            "according to which bureau is least demanding.")
    d.p(f1, "Whether the rules make overseas guards more accountable will depend on what the bureaus do with the "
            "reports they receive. The regulations are silent on that point.")
    d.f("Notes")
    d.t(f1, "1 State Council, Regulations on the Overseas Security Services of Enterprises, December 18, 2045.")
    d.t(f1, "2 Ibid., articles 9\u201314.")
    d.t(f1, "3 Author's conversations with two former provincial officials, January 2046.")
    d.f("Wen Liyao is a research associate at the Linwood Centre for Asian Security Studies.")
    d.f("A Naval Training Ship's Long Cruise and What It Says About Crew Shortages")
    d.f("By Dorothea Quennell and Samir Hoyte-Vance")
    d.p(f2, "When the training ship Haixin returned to port in January after a cruise of 171 days, official media "
            "celebrated the longest voyage in the vessel's history.\u00b9 Less noticed was the composition of its crew: "
            "nearly half of the cadets aboard were not naval academy students at all but technicians recruited from "
            "civilian shipping schools on short contracts.")
    d.p(f2, "This reflects a problem that naval journals have discussed with growing frankness. The fleet has expanded "
            "faster than the academies can train officers, and the competition for engineers with the commercial "
            "shipping industry is fierce.\u00b2 Borrowing cadets from civilian schools is a way to fill berths, and to "
            "give young technicians a taste of service that recruiters hope they will want to continue.")
    d.p(f2, "The long cruise also served as a test of endurance for a ship built for shorter voyages. Reports in the "
            "service newspaper describe water rationing in the second month and a repair stop that was not on the "
            "original schedule.\u00b3 None of this is unusual for a ^B training voyage, but it suggests that the navy is "
            "pushing its auxiliary vessels harder than their designers intended.")
    d.f("Notes")
    d.t(f2, "1 \u201cHaixin completes record training cruise,\u201d Naval Daily, January 12, 2046.")
    d.t(f2, "2 See the round-table on officer education in Maritime Studies Quarterly, no. 3, 2045.")
    d.t(f2, "3 \u201cLetters from the Haixin,\u201d Naval Daily, series, September\u2013December 2045.")
    d.f("Dorothea Quennell is a senior fellow at the Brackenhurst Maritime Forum. Samir\n"
        "Hoyte-Vance is a doctoral candidate at the University of Eastholm who studies naval\nmanpower.")
    d.f("*** ")
    return d
