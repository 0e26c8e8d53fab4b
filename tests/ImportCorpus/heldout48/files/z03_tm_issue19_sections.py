from lib import Doc

TM = "Terrorism Monitor"

def build():
    d = Doc("z03_tm_issue19_sections", web=False, blank=True, width=80)
    d.comments = [
        "No sidecar. Date: the masthead prints 22 September 2050; 'Number 19' is the issue.",
        "IN FOCUS over the long first piece -> feature (a section name, not a genre). SHORT ITEMS (plural) over the",
        "run of two short pieces -> brief; each is signed after its text on a '—NAME' line (not text). The last piece",
        "stands under no label -> feature; its bio stands between its text and its Endnotes (not text).",
        "Notes and Endnotes headings are not text. Look-alikes (text): a paragraph opening 'By Tuesday afternoon,',",
        "'Article 19 of the 2046 charter', the subheading 'The Quiet Men of the Customs House'.",
    ]
    d.blocks = {
        "A": ["2", "TERRORISM MONITOR ◆ Volume 48 ◆ Number 19 ◆ 22 September 2050"],
        "B": ["TERRORISM MONITOR ◆ Volume 48 ◆ Number 19 ◆ 22 September 20503"],
        "C": ["© The Brannock Foundation 2050  |  4"],
        "D": ["5", "TERRORISM MONITOR ◆ Volume 48 ◆ Number 19 ◆ 22 September 2050"],
        "E": ["TERRORISMMONITOR◆Volume48◆Number19"],
        "F": ["7", "TERRORISM MONITOR ◆ Volume 48 ◆ Number 19 ◆ 22 September 2050"],
    }
    d.fb("TERRORISM MONITOR")
    d.fb("Volume 48 ◆ Number 19 ◆ 22 September 2050")
    d.fb("A Brannock Foundation Publication")
    d.fb("Contents")
    d.f("IN FOCUS — The Customs Brokers of Tallow Point: Smuggling, Bribes and the Ridge Covenant",
        "   by Saoirse Valdemar",
        "SHORT ITEMS — Militia Leader Killed in Sabrek; New Audio Channel for the Eleventh Dawn",
        "Why the Halvani Ceasefire Monitors Cannot See the Creeks",
        "   by Abel Castellanos-Mwangi")
    d.g()
    d.fb("IN FOCUS")
    t1 = "The Customs Brokers of Tallow Point: Smuggling, Bribes and the Ridge Covenant"
    d.art(t1, ["Saoirse Valdemar"], "2050-09-22", "feature", TM, 48, 19)
    d.fb(t1, "Saoirse Valdemar")
    d.t("Tallow Point handles a modest share of the Merovan Republic's imports, but it handles nearly all of the "
        "goods bound for the highland provinces where the Ridge Covenant operates. For three years, analysts "
        "assumed that the group's supplies of fuel, radios and vehicle parts came overland across the north~ern border. "
        "Recent prosecutions suggest that many of them came through the port, cleared by customs brokers who "
        "knew exactly where the containers were going.1")
    d.t("The brokers are licensed intermediaries who prepare import declarations on behalf of traders. At "
        "Tallow Point there are about sixty of them, and most belong to a handful of families who have held "
        "licences for generations. Prosecutors allege that four of these families worked for the Covenant's "
        "procurement office, declaring radios as household ^A electronics and diesel generators as agricultural "
        "machinery.2")
    d.t("The Quiet Men of the Customs House")
    d.t("What makes the case remarkable is how little the brokers appear to have been paid. Bank records "
        "presented in court show fees that were only slightly above the market rate. Witnesses said the "
        "families cooperated because the Covenant controlled the roads their other businesses depended on, and "
        "because refusing was understood to be dangerous. \"Nobody asked us,\" one broker told the court. \"We "
        "were told.\"3")
    d.t("By Tuesday afternoon, when the verdicts were read, the port had already replaced most of the accused "
        "brokers with relatives. The customs service says it has introduced random inspections of highland-bound "
        "containers under Article 19 of the 2046 charter, which allows it to open any ^B cargo without notice. "
        "Port workers say the inspections are announced the day before.")
    d.t("The Tallow Point case shows how an armed group can build a supply chain without corrupting anyone in "
        "the conventional sense. The Covenant did not need to buy the brokers; it only needed to make refusal "
        "more costly than compliance. Countering that kind of leverage will take more than inspections.4")
    d.fb("Notes")
    d.t("1 Tallow Point District Court, case no. 118/2050, indictment, March 2050.")
    d.t("2 Ibid., testimony of the prosecution's financial expert, May 2050.")
    d.t("3 Court reporting by the Tallow Point Gazette, June 4, 2050.")
    d.t("4 Merovan Customs Service, press statement, July 2050.")
    d.n("Saoirse Valdemar is an investigative journalist based in Tallow Point. Her book on the port's "
        "families is forthcoming.")
    d.fb("SHORT ITEMS")
    t2 = "Militia Leader Killed in Sabrek"
    d.art(t2, ["Tomasz Welling"], "2050-09-22", "brief", TM, 48, 19)
    d.fb(t2)
    d.t("Ondrej Falkas, the commander of a village militia that fought alongside the army in the Sabrek hills, "
        "was shot dead outside his home on September 4. Local officials blamed the Sons of Marrah, which had "
        "threatened Falkas repeatedly in ^C its statements. His death leaves the militia without a recognised "
        "leader at a time when the army is withdrawing several units from the area.")
    d.t("Falkas's men have vowed revenge, and there are fears that they will target families they suspect of "
        "supporting the group. Such reprisals have driven recruitment to the Sons of Marrah in the past.")
    d.fb("—Tomasz Welling")
    t3 = "New Audio Channel for the Eleventh Dawn"
    d.art(t3, ["Henrike Solvang"], "2050-09-22", "brief", TM, 48, 19)
    d.fb(t3)
    d.t("Supporters of the Brigade of the Eleventh Dawn launched a new audio channel in late August, publishing "
        "sermons and battlefield reports in two coastal dialects. Unlike the group's earlier channels, which "
        "were taken down within days, the new one is hosted on a regional podcast service that has not yet "
        "responded to requests for its removal.")
    d.t("The choice of dialects suggests that the Brigade is aiming at the fishing villages of the Mirrow Gulf "
        "rather than at a national audience, consistent with its recent attempts to rebuild support on the coast.")
    d.fb("—Henrike Solvang")
    d.f(*d.blocks["D"])
    d.g()
    t4 = "Why the Halvani Ceasefire Monitors Cannot See the Creeks"
    d.art(t4, ["Abel Castellanos-Mwangi"], "2050-09-22", "feature", TM, 48, 19)
    d.fb(t4, "By Abel Castellanos-Mwangi")
    d.t("The ceasefire between the Merovan government and the Halvani Liberation Front is monitored by a team "
        "of forty observers drawn from three neighbouring states. Their mandate covers the roads, towns and "
        "former front lines of the Orlan Delta. It does not cover the creeks, where most of the delta's violence "
        "now takes place.[i]")
    d.t("This omission was deliberate. The government feared that observers on the water would interfere with "
        "its counter-smuggling operations, and the Front feared that they would report on its own fuel smug~gling. "
        "The result is a monitoring mission that reports, accurately, that the ceasefire is holding, while "
        "armed groups fight for the waterways a few kilometres from its patrol routes.[ii]")
    d.t("Observers interviewed for this article said they had requested boats twice and been refused twice. "
        "One described watching ^E smoke rise from a burning barge across a creek that his team was not "
        "permitted to cross. \"We write that the situation is calm,\" he said, \"because on the road it is.\"[iii]")
    d.t("Extending the mandate to the creeks would not end the violence there, but it would at least make it "
        "visible. At present, neither the government nor the Front has any interest in making that request.")
    d.n("Abel Castellanos-Mwangi is a researcher on ceasefire monitoring at the Institute for Riverine Studies.")
    d.fb("Endnotes")
    d.t("[i] Orlan Ceasefire Agreement, Annex 2, \"Monitoring Arrangements,\" September 2049.")
    d.t("[ii] Interviews with government and Front negotiators, Dessal, August 2050.")
    d.t("[iii] Interview with a ceasefire observer, Carrow, August 2050.")
    d.f(*d.blocks["F"])
    return d
