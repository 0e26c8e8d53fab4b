from lib import Doc, write

NAME = "p07_court_judgment_summary"
TITLE = "Amadi-Lowe and others v Minister of the Interior"


def build():
    d = Doc()
    d.lines_("""
---
title: "Amadi-Lowe and others v Minister of the Interior | Supreme Court of Wendmoor"
source: https://supremecourt.wendmoor.example/judgments/2046-wsc-14/summary
date: unknown
description: unknown
author: unknown
---
""")
    d.web("""
Skip to content
SUPREME COURT OF WENDMOOR
Home  Judgments  Hearings  Visiting the Court  Careers  Contact
Search judgments
You are here: Home / Judgments / 2046 / [2046] WSC 14
JUDGMENT SUMMARY
Amadi-Lowe and others v Minister of the Interior
[2046] WSC 14
On appeal from the Court of Appeal, Civil Division ([2045] WCA 201)
Justices: Chief Justice Kettering, Justice Obradovic-Sung, Justice Marlowe, Justice Adeyemi-Frost, Justice Lindqvist
Judgment date: 21 March 2046
This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document.
> Background to the appeal
> The appellants are four residents of the Tirrane district whose names were added in 2044 to the Minister's list of persons suspected of supporting the Ashen Banner Front. The listing froze their bank accounts and barred them from travelling outside the district. None of them was charged with an offence, and none was told the grounds for the listing until after proceedings had begun.
> The appellants argued that the Minister's procedure breached their right to a fair hearing, because the evidence against them was shown only to a special advocate who could not discuss it with them. The Court of Appeal dismissed their claim, holding that the procedure struck a fair balance between the rights of the appellants and the interests of national security.
> Judgment
> The Supreme Court unanimously allows the appeal in part. Chief Justice Kettering gives the lead judgment, with which the other Justices agree.
> Reasons for the judgment
> The Court holds that a person subject to a listing must be given enough information about the allegations against him to be able to give effective instructions to the special advocate (para 48). A closed procedure may be justified, but it cannot be used to withhold the gist of the case altogether (para 52).
> In the case of three of the appellants, the open material disclosed nothing more than that they had attended meetings in a village where the Front was active. That was not enough to allow them to answer the case (para 61). The listings of those three appellants are quashed. In the case of the fourth appellant, the open material described specific payments said to have been made to a Front commander, and the appeal is dismissed (para 67).
> The Court declines to decide whether the Minister's listing powers are themselves compatible with the Constitution, as that question was not argued below (para 74).
References in square brackets are to paragraphs in the judgment.
NOTE: This summary is provided to assist in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at supremecourt.wendmoor.example
Download the full judgment (PDF, 412 KB)
Watch the hand-down of judgment
Related: Press release: Listing appeals heard over two days | Hearing: 14-15 November 2045
Was this page useful?  Yes  No
Supreme Court of Wendmoor, Parliament Square, Ferncastle FC1 2AA
Accessibility  Cookies  Privacy  Freedom of information
""", 0)
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=[], date="2046-03-21", kind="judgment summary",
                 pub="Supreme Court of Wendmoor", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A court's judgment summary opening with a crawler block whose date, description and author are `unknown`.",
        "Kind: the label JUDGMENT SUMMARY printed over the title, two words kept as printed (\"Two words stay\").",
        "Date: 'Judgment date: 21 March 2046'. No author: the Justices line names the bench, not writers of the page.",
        "The neutral citation, the appeal line, the standing disclaimer (printed twice) and the paragraph-reference note are furniture.",
        "The headings inside the summary (Background to the appeal, Judgment, Reasons for the judgment) are text.",
    ], sidecar="url: https://supremecourt.wendmoor.example/judgments/2046-wsc-14/summary")


if __name__ == "__main__":
    main()
