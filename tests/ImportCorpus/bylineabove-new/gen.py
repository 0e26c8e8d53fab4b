# Writes the invented issues of this folder and their labels (line numbers computed, not typed).
import json

def issue(name, pub, head, date, vol, iss, parts, tail=()):
    lines = list(head)
    arts = []
    for kind, pre, title, paras in parts:
        lines += pre
        ranges = []
        for p in paras:
            start = len(lines) + 1
            lines += p
            ranges.append(f"{start}-{len(lines)}")
            lines.append("")
        arts.append((title, kind, ranges))
    lines += list(tail)
    open(name + ".txt", "w").write("\n".join(lines) + "\n")
    with open(name + ".labels.yml", "w") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: false\narticles:\n")
        for (t, authors), kind, ranges in arts:
            f.write(f"  - title: {json.dumps(t, ensure_ascii=False)}\n    authors: {json.dumps(authors, ensure_ascii=False)}\n")
            f.write(f"    date: {date}\n    kind: {kind}\n    publication: {json.dumps(pub)}\n    volume: {vol}\n    issue: {iss}\n")
            f.write(f"    text: [{', '.join(ranges)}]\n")
    open(name + ".yml", "w").write(f"publication: {pub}\n")

issue("b01_highland_bare_names_caps", "Highland Security Digest",
      ["HIGHLAND SECURITY DIGEST", "Volume 11, Issue 4 | April 14, 2027", ""], "2027-04-14", 11, 4,
      [("feature", ["Corvin Ashdale-Mbeki", "", "THE BORDER MARKETS OF TALLOWFORD AFTER THE CEASEFIRE", ""],
        ("The Border Markets of Tallowford After the Ceasefire", ["Corvin Ashdale-Mbeki"]),
        [["The weekly market at Tallowford reopened in January after six years in which",
          "the bridge over the Renn was closed to all but military traffic, and traders",
          "from both banks now sell grain, fuel and livestock under the eyes of monitors."],
         ["The monitors count the lorries but not the cash. Officials on the northern",
          "bank estimate that a fifth of the goods sold on market days are smuggled",
          "back across the river at night, and that the armed groups take a fee on each load."]]),
       ("feature", ["", "Linnea Provost and Adebayo Sørkjær", "", "WHO GUARDS THE PASSES?", "A NEW MILITIA LAW IN THE EASTERN HILLS", ""],
        ("Who Guards the Passes? A New Militia Law in the Eastern Hills", ["Linnea Provost", "Adebayo Sørkjær"]),
        [["In February the regional assembly voted to place the village guards of the",
          "eastern hills on the payroll of the interior ministry, ending a decade in",
          "which the guards were paid, armed and commanded by local notables."],
         ["Supporters of the law say it will bring the guards under a single chain of",
          "command. Critics fear it will turn private retinues into a state-funded force",
          "that answers to the same families as before, only with better rifles."]])],
      ["Highland Security Digest is an independent publication. Views are the authors' own."])

issue("b02_coastal_by_above_contents", "Coastal Risk Letter",
      ["COASTAL RISK LETTER", "Vol. 5 · No. 9 · 2 September 2027", "", "Contents", "Ferries Without Timetables ........ 1", "The Quiet Return of the Lighthouse Keepers ........ 3", "", ""], "2027-09-02", 5, 9,
      [("feature", ["By Oriane Takahashi-Wolde", "", "Ferries Without Timetables", ""],
        ("Ferries Without Timetables", ["Oriane Takahashi-Wolde"]),
        [["The island ferries of the Merrow archipelago stopped publishing timetables",
          "in May, when the operator lost two of its four boats to engine failures and",
          "decided to sail only when enough passengers had gathered on the quay."],
         ["Islanders say the change has made it impossible to keep hospital appointments",
          "on the mainland, and the district council has asked the ministry to take",
          "over the service before the winter storms begin."]]),
       ("feature", ["", "By Henrik Obuya & Saskia Leventhal-Reyes", "", "The Quiet Return of the Lighthouse Keepers", "", "Background", ""],
        ("The Quiet Return of the Lighthouse Keepers", ["Henrik Obuya", "Saskia Leventhal-Reyes"]),
        [["Twenty years after the last keeper left the rock at Skellmoor, the coast guard",
          "has hired four people to live in its lighthouses again, this time to watch",
          "for the small boats that carry migrants and contraband along the coast."],
         ["The keepers have no powers of arrest. They report what they see by radio and",
          "keep a log that the coast guard says has already led to three seizures."]])],
      ["", "Oriane Takahashi-Wolde is a correspondent on island affairs.", "Henrik Obuya and Saskia Leventhal-Reyes are researchers at the Skellmoor Institute."])
