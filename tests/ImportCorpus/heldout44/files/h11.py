from lib import Doc


def build():
    d = Doc("h11_court_judgment_summary", blank=True)
    d.one_line = True
    a = d.art("Harlan Ferries Ltd v Port Authority of Osterby", [], "2046-10-14", "judgment summary",
              "Supreme Court of Valdania", None, None)
    d.comment("'JUDGMENT SUMMARY' printed over the case name: a two-word label the catalogue does not fold, kept as printed. The case name is the title.")
    d.comment("Dated by the judgment's date ('Judgment date: 14 October 2046'); the hearing dates are not the page's date. No author: the justices named on the panel line decide the case, they do not write the summary; authors [].")
    d.comment("The neutral citation, case ID, panel line and standing 'this summary does not form part of the reasons' note are furniture; the headings Background, Issues, Judgment and Reasons are text.")
    d.f("Supreme Court of Valdania")
    d.f("Home | Cases | Judgments | Hearings | Visit the Court | Search")
    d.f("JUDGMENT SUMMARY")
    d.f("Harlan Ferries Ltd v Port Authority of Osterby")
    d.f("[2046] VSC 31 \u00b7 Case ID: 2045/0178")
    d.f("Hearing dates: 3 and 4 June 2046 | Judgment date: 14 October 2046")
    d.f("Justices: President Aurelie Kastenholm, Justice Tobiah Renwick, Justice Malin Oyelaran-Stead")
    d.f("This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.")
    d.t(a, "Background to the appeal")
    d.t(a, "Harlan Ferries operates passenger ferries between Osterby and the Skerrin islands. In 2044, after a series of attacks on vessels in the strait, the Port Authority of Osterby required every ferry operator to install armed security teams supplied by a single licensed contractor, at the operator's cost.")
    d.t(a, "Harlan Ferries refused to pay for the teams and was barred from the port for eleven days. It claimed that the Authority had no power to impose the requirement and sought damages for its lost sailings.")
    d.t(a, "The issues")
    d.t(a, "The appeal raised two questions: whether the Port Security Act 2039 allowed the Authority to require operators to hire armed guards, and if so, whether it could require them to hire those guards from one named contractor.")
    d.t(a, "Judgment")
    d.t(a, "The Court unanimously allows the appeal in part. The Authority had power to require armed security on ferries in the strait, but it had no power to require operators to use a single contractor. Harlan Ferries is entitled to damages for the days it was barred from the port, to be assessed by the Commercial Court.")
    d.t(a, "Reasons for the judgment")
    d.t(a, "Justice Renwick, with whom the other Justices agree, gives the judgment. Section 12 of the Act allows the Authority to set \"such security measures as are necessary\" for vessels using the port. Armed guards in a strait where ferries had been attacked were within that power [paras 24-31].")
    d.t(a, "Naming a single contractor was different. Nothing in the Act allows the Authority to choose suppliers for operators, and the requirement gave one company a monopoly that Parliament had not authorised [paras 36-44]. The Authority could have set standards for guards and licensed any company that met them.")
    d.f("References in square brackets are to paragraphs in the judgment.")
    d.f("Download: Judgment (PDF) | Press summary (PDF) | Watch the hearing")
    d.f("Supreme Court of Valdania, Parliament Square, Osterby \u00b7 Accessibility \u00b7 Privacy \u00b7 \u00a9 Crown copyright 2046")
    return d
