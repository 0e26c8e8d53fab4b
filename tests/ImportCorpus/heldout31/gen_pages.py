# heldout31: nine scraped pages from invented sites (n07–n15). All text invented. Called by gen.py.
from corpusgen import write


def L(pub, title, authors, date, kind):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume="null", issue="null")


def A(*paras):
    return ['>' + p for p in paras]


# n07: an appeal court's press summary of a judgment
def n07():
    lines = [
        "Accept cookies? We use essential cookies to make this site work and analytics cookies to improve it. [Accept all] [Reject non-essential] [Cookie settings]",
        "Court of Appeal of Vendria",
        "Home | Judgments | Press summaries | Hearings | Visit the court | Contact",
        "You are here: Home > Press summaries > 2032",
        "PRESS SUMMARY",
        "Falk-Hassan and others v The Crown [2032] VCA Crim 311",
        "On appeal from the Regional Criminal Court at Lusmark",
        "Judges: Lady Justice Okorie-Brandt (President), Mr Justice Halvard Tenn, Mrs Justice Imogen Saarinen",
        "Date of judgment: 22 July 2032",
        ">Background to the appeal",
        ">The three appellants were convicted in March 2031 of preparing acts of terrorism. The prosecution case was that they had bought chemicals, rented a storage unit in the port district of Lusmark and exchanged messages about attacking a ferry terminal. Each was sentenced to between eleven and fourteen years' imprisonment.",
        ">The central evidence against them consisted of messages recovered from an encrypted messaging service after its servers were seized by police in another country. The messages were passed to the Vendrian authorities through an informal channel between police forces, and not through the procedure for mutual legal assistance set out in the Criminal Evidence Act.",
        ">The appellants argued that the messages should not have been admitted, because the trial court had no means of testing how they were obtained, whether they were complete, or whether they had been altered before they reached the prosecution.",
        ">The court's decision",
        ">The Court of Appeal unanimously allows the appeals of the first and second appellants and quashes their convictions. It dismisses the appeal of the third appellant, whose conviction rested also on chemicals found at his home and on his own admissions in interview.",
        ">Reasons for the judgment",
        ">The court holds that material obtained abroad is not inadmissible merely because it was transferred informally. But where such material is the sole or decisive evidence against an accused person, the trial court must be satisfied that its origin and integrity can be examined. In this case the prosecution called no witness who could explain how the messages had been extracted, and the defence's requests for disclosure were refused [para 48].",
        ">The court notes that the trial judge directed the jury carefully on the weight of the messages but was not asked, and did not decide, whether their admission was fair in the absence of any means of testing them. That question should have been decided before the evidence was placed before the jury [paras 61–64].",
        ">The court does not order a retrial of the first and second appellants. Both have served more than a third of their sentences, and the prosecution accepted that it could not now call the evidence that the trial lacked [para 79].",
        "NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: www.vendria-courts.example/judgments",
        "Download the judgment (PDF, 412 KB) | Download this summary (PDF, 96 KB)",
        "Share this page: Email | Print",
        "Related press summaries",
        "Okafor v Director of Public Prosecutions [2032] VCA Crim 207",
        "The Crown v Sellam-Rivas [2031] VCA Crim 488",
        "Page last updated: 23 July 2032",
        "© Court of Appeal of Vendria 2032 · Accessibility · Privacy notice · Freedom of information",
    ]
    write("n07_court_press_summary_vendria", lines,
          L("Court of Appeal of Vendria", "Falk-Hassan and others v The Crown [2032] VCA Crim 311", [], "2032-07-22", "press summary"),
          sidecar="url: https://www.vendria-courts.example/press-summaries/2032/falk-hassan-v-the-crown")


# n08: a sanctions directorate's notice
def n08():
    lines = [
        "Skip to main content",
        "ALDMERE SANCTIONS DIRECTORATE",
        "Part of HM Treasury of Aldmere",
        "Menu: Sanctions regimes  Consolidated list  Licences  Guidance  Report a breach  News",
        "Search the consolidated list",
        "SANCTIONS NOTICE SN-2032/0147",
        "Counter-Terrorism (Sahil Coast): four designations",
        "Published 3 September 2032",
        "From: Aldmere Sanctions Directorate",
        ">The Aldmere Sanctions Directorate has today added three individuals and one entity to the consolidated list of financial sanctions targets under the Counter-Terrorism (Sahil Coast) Regulations 2029. The designations take effect immediately.",
        ">The persons designated are assessed to have provided financial and logistical support to Harakat al-Sahil, including by arranging the sale of seized fishing vessels, moving ransom payments through exchange houses in Port Elsan and Anfa, and procuring radio transmission equipment used by the group.",
        ">Designations",
        ">1. IDRISSI, Tarek Mounir. DOB: 14/02/1984. POB: Marrat. Nationality: Teskeri. Position: financier. Group ID: 16012.",
        ">2. BENSALEM-OKUNADE, Hafsa. a.k.a. UMM YUNUS. DOB: 1991. POB: Anfa. Group ID: 16013.",
        ">3. ZAHRAOUI, Karim Abdelilah. DOB: 30/11/1979. Passport no. TK4471920. Group ID: 16014.",
        ">4. AL-NOUR MARINE TRADING CO. Address: Harbour Road 12, Port Elsan. Group ID: 16015.",
        ">What this means",
        ">All funds and economic resources belonging to, owned, held or controlled by the designated persons must be frozen without delay. It is prohibited to make funds or economic resources available, directly or indirectly, to or for their benefit. Persons who hold accounts or assets of a designated person must report them to the Directorate as soon as practicable.",
        ">Breaches of the asset freeze are a criminal offence, punishable by up to seven years' imprisonment, and may also be dealt with by a civil monetary penalty.",
        ">Licences may be granted in limited circumstances, for example for basic needs or legal fees. Applications should be made using the form on this website.",
        "Is this page useful? Yes  No  Report a problem with this page",
        "Subscribe to sanctions notices by email",
        "Related content",
        "Consolidated list of financial sanctions targets",
        "Guidance: frozen assets and licensing",
        "SANCTIONS NOTICE SN-2032/0139: Counter-Terrorism (General): amendment",
        "All content is available under the Open Government Licence v4.0, except where otherwise stated. © Crown copyright",
    ]
    write("n08_sanctions_notice_aldmere", lines,
          L("Aldmere Sanctions Directorate", "Counter-Terrorism (Sahil Coast): four designations", [], "2032-09-03", "sanctions notice"))


# n09: a parliamentary written question and answer
def n09():
    lines = [
        "National Assembly of Tarvonia",
        "Business  Members  Committees  Publications  Visit  Get involved",
        "Written questions, answers and statements",
        "Search: Question  Answer  Statement",
        "Returning foreign fighters: prosecutions",
        "Question for Ministry of the Interior",
        "UIN 22814, tabled on 8 July 2032",
        "Asked by Ms Ilona Brankovic-Reyes (Eastmoor North)",
        ">To ask the Minister of the Interior, how many nationals who returned from conflict zones in the Sahil coast region since 1 January 2029 have been (a) investigated, (b) charged and (c) convicted of terrorism offences; and what assessment he has made of the effectiveness of the reintegration programme for those not prosecuted.",
        "Answered on 15 July 2032",
        "Answered by Dr Farid Olumide-Carrow, Minister of State for Security",
        ">Since 1 January 2029, 64 nationals are known to have returned to Tarvonia from the Sahil coast region after having travelled there to join or support armed groups. All 64 were subject to investigation on their return.",
        ">Of these, 27 have been charged with terrorism offences. Twenty-one have been convicted, three were acquitted and three are awaiting trial. The most common offences were membership of a proscribed organisation and preparation of terrorist acts; four persons were convicted of offences involving violence.",
        ">The remaining 37 returnees were not charged, in most cases because the evidence did not meet the threshold for prosecution. Thirty-one of them have taken part in the Pathways reintegration programme, which is delivered by local authorities with the support of the probation service. An independent evaluation of the programme, commissioned in 2031, will be published in the autumn, and I will place a copy in the Library of the Assembly.",
        ">The Government keeps the risk posed by returnees under constant review. It would not be appropriate to comment on the monitoring of individuals.",
        "Grouped question: UIN 22815",
        "Date and time of answer: 15 Jul 2032, 16:41",
        "Share: X  Facebook  Email  Copy link",
        "Find out more about written questions",
        "Cookies  Accessibility  Privacy  Contact the Assembly  © National Assembly of Tarvonia 2032",
    ]
    write("n09_written_answer_tarvonia", lines,
          L("National Assembly of Tarvonia", "Returning foreign fighters: prosecutions", ["Farid Olumide-Carrow"], "2032-07-15", "written answer"),
          sidecar="url: https://questions.assembly-tarvonia.example/written-questions/detail/2032-07-08/22814")


# n10: a conference programme page with a paper's abstract
def n10():
    lines = [
        "NSCS 2032 — Fourteenth Annual Conference of the Nordmark Society for Conflict Studies",
        "Kastelholm, 10–12 September 2032",
        "Home · Programme · Speakers · Registration · Venue & travel · Code of conduct · Login",
        "Programme › Day 2 › Panel 4B: Armed groups and the economy",
        "Thursday 11 September 2032, 14:00–15:30 · Room B2 (Aula Building)",
        "Chair: Prof. Gunnel Aasen-Mwangi (University of Kastelholm)",
        "Paper 2 of 4",
        "Tolls, taxes and trust: measuring insurgent revenue on the Qaradun salt road",
        "Helga Sørby (University of Kastelholm), Dr. Ayodele Fenwick (Rimeport Institute)",
        "Abstract",
        ">How much do armed groups earn from taxing trade, and what does the way they tax tell us about their relationship with the people who pay? This paper draws on a new dataset of 1,140 toll receipts issued by the Wadi Front in eastern Qaradun between 2027 and 2032 and collected, with their consent, from truck drivers and traders.",
        ">We find that the group's revenue from the salt road fell sharply during the government offensive of 2030 but recovered within eighteen months to roughly three quarters of its earlier level. More striking than the total is the change in the way the toll is set. Before 2030 the amount varied widely between checkpoints and between drivers; since 2031 it has been fixed per axle and printed on the receipt, and the share of receipts recording a complaint or a refund has risen.",
        ">We argue that this standardisation is a deliberate attempt to build trust among traders, and we test this interpretation against interviews with 48 drivers and 12 wholesalers. Drivers who had paid both the insurgents and the state's gendarmerie consistently described the insurgent toll as more predictable. We discuss the implications for counter-insurgency policy, which has so far targeted the collectors rather than the conditions that make their tolls acceptable, and for the ethics of research that relies on documents issued by an armed group.",
        "Keywords: insurgent taxation; rebel governance; trade; Qaradun",
        "Download extended abstract (PDF) · Add to my programme · Export to calendar",
        "Other papers in this panel",
        "1. Fishing licences and armed mobilisation on the Sahil coast — Noor Valdecasas",
        "3. Gold, generators and protection in the Gourmel mining belt — Awa Lindqvist-Diarra",
        "4. Discussion",
        "The NSCS conference is supported by the Kastelholm Research Council. Programme subject to change.",
        "© 2032 Nordmark Society for Conflict Studies · Privacy · Contact the organisers",
    ]
    write("n10_conference_abstract_nscs", lines,
          L("Nordmark Society for Conflict Studies", "Tolls, taxes and trust: measuring insurgent revenue on the Qaradun salt road",
            ["Helga Sørby", "Ayodele Fenwick"], "2032-09-11", "abstract"))


# n11: a fact-check with a numbered source list and glued markers
def n11():
    lines = [
        "Truthline",
        "Fact checks  Explainers  How we work  Tip line  Donate",
        "We use cookies to analyse traffic. By continuing to browse you agree to our use of cookies. OK",
        "FACT CHECK",
        "No, the Wadi Front did not claim the Port Elsan market bombing",
        "By Dr. Keziah Amankwah-Lowe and Tobias Ferreira-Nunn",
        "Aug. 24, 2032",
        "5 min read",
        "CLAIM: A statement circulating on social media says the Wadi Front claimed responsibility for the bomb that killed eleven people at Port Elsan's fish market on August 20.",
        "VERDICT: FALSE. The statement is a fabrication assembled from an older Wadi Front document; the group operates hundreds of kilometres away and has not commented on the attack.",
        ">Within hours of the explosion at the Port Elsan fish market on August 20, an image of a typed statement began to circulate on messaging apps and social media. Bearing the palm-tree seal of the Wadi Front, it said that the group's \"coastal brigade\" had carried out the attack in revenge for drone strikes in the Hazarbal Valley. By the following morning the image had been shared more than 40,000 times, and two national television channels had reported the claim.",
        ">Truthline found that the statement is not genuine. Its text is almost identical, sentence for sentence, to a Wadi Front statement of June 24 about tolls on the salt road, with the names of places and the subject changed.1 The seal is a low-resolution copy of the one used on that statement, and the document's date is written in a format the group has never used.",
        ">The Wadi Front operates in eastern Qaradun, on the plateau and around Lake Imbara. It has no known presence on the coast, and researchers who follow the group told Truthline that they were not aware of any \"coastal brigade\".2 The group's usual channels published nothing about the Port Elsan attack in the four days after it.",
        ">Police in Port Elsan have said that their investigation is focused on a local criminal network involved in a dispute over the fish market's cold stores.3 Harakat al-Sahil, the armed group that is active on the coast, denied involvement in a radio broadcast on August 22.",
        ">How we checked: we compared the circulating image with the archive of Wadi Front statements kept by the Halvorsen Centre for Conflict Economics, examined the image's metadata, and spoke to two researchers and a police spokesperson.",
        "Sources",
        ">1. Wadi Front, statement of the \"Office of Markets\", 24 June 2032 – Halvorsen Centre archive, accessed August 22, 2032, https://halvorsen-centre.example/archive/wf-2032-06-24",
        ">2. Interview with Dr. Marten Achebe-Solvik, Halvorsen Centre for Conflict Economics – Truthline, August 23, 2032",
        ">3. \"Police name suspects in fish market blast\" – Port Elsan Courier, accessed August 23, 2032, https://portelsancourier.example/news/2032/08/23/fish-market-suspects",
        "Did we get something wrong? Tell us at corrections@truthline.example",
        "Share this fact check: WhatsApp  Telegram  X  Copy link",
        "More fact checks",
        "Video of 'drone strike on wedding' is from a 2029 film",
        "Did the coast guard really sink a refugee boat? What we know",
        "Truthline is a signatory of the International Fact-Checking Code. Support independent fact-checking: donate today.",
        "© 2032 Truthline Foundation. All rights reserved.",
    ]
    write("n11_factcheck_truthline", lines,
          L("Truthline", "No, the Wadi Front did not claim the Port Elsan market bombing", ["Keziah Amankwah-Lowe", "Tobias Ferreira-Nunn"], "2032-08-24", "fact check"),
          sidecar="url: https://truthline.example/fact-checks/2032/08/wadi-front-port-elsan-claim-false")


# n12: a magazine's obituary of an analyst, signed at the end
def n12():
    lines = [
        "THE SENTINEL REVIEW",
        "Politics · Security · Books · Podcasts · Archive",
        "Subscribe from £1 a week",
        "Obituaries",
        "Margit Oyelowo-Hart, 1961–2032",
        "The analyst who read insurgents' accounts books before anyone else thought to",
        "Monday 16 August 2032",
        ">Margit Oyelowo-Hart, who has died aged 71 after a short illness, spent four decades explaining to governments, journalists and students that armed groups are also organisations: that they pay salaries, keep ledgers, quarrel over budgets and fail for the same dull reasons that companies do. It is an idea so widely accepted today that it is easy to forget how unusual it was when she first argued it.",
        ">Born in Harwick to a Nigerian father, a ship's engineer, and a Danish mother who taught music, she studied economics at Lindenau and joined the research department of a shipping insurer, where she first came across the ransom payments that would shape her career. Her 1998 study of hostage-taking on the Sahil coast, written in her spare time, used insurance claims to estimate what the kidnappers earned and how they spent it. It was largely ignored on publication and has been cited ever since.",
        ">She moved to the Halvorsen Centre in 2004 and led its programme on conflict economics for almost twenty years. Colleagues remember her as a demanding editor and a generous mentor, who would return a draft covered in questions and then spend an afternoon helping its author answer them. Many of the researchers who now write on the finances of armed groups, in this magazine and elsewhere, learned their trade in her seminar.",
        ">She was sceptical of easy claims in either direction. When governments announced that a group had been \"starved of funds\", she asked to see the numbers; when journalists described a group as fabulously rich, she asked how it paid its fighters. Her last book, on the tolls charged by insurgents on trade routes, appeared in 2030 and was, characteristically, dedicated to \"the truck drivers who kept the receipts\".",
        ">She is survived by her husband, Peter, two daughters and four grandchildren.",
        "— Jonah Calloway-Reed",
        "Jonah Calloway-Reed was a student of Margit Oyelowo-Hart's and is now a fellow of the Halvorsen Centre.",
        "Topics: Obituaries, Terrorism financing",
        "Share  Save  Gift this article",
        "Read next: The forgotten archive of the coastal wars",
        "Newsletter: The Sentinel Review weekly. Our best writing, every Friday. Sign up",
        "The Sentinel Review Ltd. Registered in Harwick. © 2032 All rights reserved. Terms · Privacy · Cookies",
    ]
    write("n12_obituary_sentinel_review", lines,
          L("The Sentinel Review", "Margit Oyelowo-Hart, 1961–2032", ["Jonah Calloway-Reed"], "2032-08-16", "obituary"))


# n13: a blog's Q&A interview, "Posted <date> by"
def n13():
    lines = [
        "Lowland Security Notes",
        "A blog about terrorism, policing and the law in the Low Countries of Nordmark",
        "HOME | ABOUT | ARCHIVE | CONTACT",
        "Interview",
        "“The camps are emptying, but the networks are not”: an interview with Sadia Marchetti",
        "Posted 3 September 2032 by Ruairi Nakamura-Bell",
        ">Dr. Sadia Marchetti has spent the past three years studying the detention camps for families of foreign fighters on the Sahil coast, which governments have been emptying since 2031. I asked her what happens to the people who leave them. The conversation has been edited for length.",
        ">Q: How many people have left the camps in the past year?",
        ">A: Around nine thousand, by the most careful counts, most of them women and children returned to their home villages on the coast, and a few hundred repatriated abroad. The camps that held more than twenty thousand people in 2030 now hold fewer than six thousand.",
        ">Q: Is that a success?",
        ">A: In humanitarian terms, mostly yes. The conditions in the camps were terrible, and children were growing up there with no schooling at all. But the returns were organised in a hurry, with almost no follow-up. Many of the women went back to villages where Harakat al-Sahil is still present and where the only people willing to help them were the group's own networks.",
        ">Q: What do those networks offer?",
        ">A: Money, first of all: small payments for widows, help with rent and school fees. Then protection, and a sense of belonging. The group presents itself as the only institution that did not abandon these families. Some of the women I interviewed had no sympathy for it at all and still accepted its help, because there was nothing else.",
        ">Q: What should governments be doing differently?",
        ">A: Following people after they leave. A social worker, a school place, a way to get documents for the children. None of this is expensive compared with what was spent on running the camps. The camps are emptying, but the networks are not, and if the state does not fill the gap, the group will.",
        "Sadia Marchetti is a senior researcher at the Rimeport Institute. Her report on returns from the coastal camps will be published in October.",
        "Tags: camps, returnees, Sahil coast, interviews",
        "3 comments",
        "Hendrik V. says: 4 September 2032 at 09:12 — Thank you, very useful. Is there an English version of the report planned?",
        "Ruairi Nakamura-Bell says: 4 September 2032 at 10:30 — Yes, I understand it will be published in English and Dutch.",
        "Leave a reply. Your email address will not be published. Required fields are marked *",
        "« Previous post: The amnesty law, one year on  |  Next post: Reading the Falk-Hassan judgment »",
        "Proudly powered by WordPress | Theme: Minimalist by Themeshop",
    ]
    write("n13_blog_interview_lowland", lines,
          L("Lowland Security Notes", "“The camps are emptying, but the networks are not”: an interview with Sadia Marchetti",
            ["Ruairi Nakamura-Bell"], "2032-09-03", "interview"),
          sidecar="url: https://lowlandsecuritynotes.example/2032/09/03/interview-sadia-marchetti-camps/")


# n14: a translated foreign-press review with roman-numeral endnotes
def n14():
    lines = [
        "EASTERN PRESS DIGEST",
        "Translations and reviews of the regional press since 2019",
        "Latest | Reviews | By country | Translators | Support us",
        "Press Review",
        "What the Qaradun papers said about the amnesty law",
        "Compiled and translated by Leyla Osmanova-Pratt and Henrik Adebayo-Strand",
        "07.09.2032",
        ">The amnesty law adopted by the Qaradun parliament on 28 August, which offers reduced sentences to members of armed groups who surrender with their weapons before the end of the year, has divided the country's newspapers along familiar lines. The government's supporters call it a brave step towards peace; its critics say it rewards the men who burned the eastern districts.[[i]](#_edn1)",
        ">The state daily Al-Sabah al-Jadid devoted its front page on 29 August to the vote, under the headline \"The door is open; walk through it.\" Its editorial argued that the offensive of 2030 had shown that the Wadi Front could not be defeated by force alone and that many of its fighters were young men who had joined for money rather than conviction.",
        ">The opposition weekly Sawt al-Hadaba took the opposite view. Its columnist Nabil Qassem, a native of Tessul, wrote that the law said nothing about the victims of the group's tolls and kidnappings, and asked whether \"the collector who took our salt\" would now be given a job in the provincial administration.[[ii]](#_edn2) The paper also published a letter from the widow of one of the road engineers killed in the spring.",
        ">Regional papers in the east were more cautious. The Tessul Courier noted that previous amnesties, in 2019 and 2024, had been taken up by only a few hundred fighters, most of whom were old or wounded, and that their reintegration had never been properly funded.[[iii]](#_edn3) It urged the government to publish the number of those who surrender each month.",
        ">Only one paper, the business daily Al-Iqtisadi, linked the amnesty to the drone strikes of July, suggesting that the government was offering a carrot after the stick and that the timing was meant to split the group's leadership before the autumn.",
        "Endnotes",
        ">[[i]](#_ednref1) Law No. 41 of 2032 on Reconciliation and the Surrender of Arms, Official Gazette, 30 August 2032.",
        ">[[ii]](#_ednref2) Sawt al-Hadaba, 2 September 2032, p. 4.",
        ">[[iii]](#_ednref3) Tessul Courier, 31 August 2032.",
        "Eastern Press Digest is an independent, volunteer-run project. Translations are our own; quotations have been shortened.",
        "If you value this work, please consider a small monthly donation.",
        "Previous review: Coastal papers on the ferry truce | Next review: The drone strikes in the Hazarbal Valley",
        "Comments are closed.",
        "© Eastern Press Digest 2019–2032 · Impressum · Datenschutz",
    ]
    write("n14_press_review_translated", lines,
          L("Eastern Press Digest", "What the Qaradun papers said about the amnesty law", ["Leyla Osmanova-Pratt", "Henrik Adebayo-Strand"], "2032-09-07", "press review"))


# n15: a wire story with an update box and the reporters at the end
def n15():
    lines = [
        "MERIDIAN WIRE",
        "World  Business  Markets  Breakingviews  Investigations  More",
        "Sign in | Register",
        "Africa · Middle East",
        "Gunmen attack convoy near Hazarbal dam, at least nine killed",
        "September 14, 2032 6:15 AM UTC · Updated 3 hours ago",
        "UPDATE 2 — Adds provincial governor's statement in paragraphs 5–6, army casualty figures in paragraph 3",
        "TESSUL, Qaradun, Sept 14 (Meridian Wire) -",
        ">Gunmen attacked a convoy carrying workers and supplies to the Hazarbal dam in eastern Qaradun on Sunday, killing at least nine people, security sources and local officials said, in the deadliest attack in the province since a truce with insurgents collapsed in June.",
        ">The convoy of eleven vehicles was ambushed on the valley road about twenty kilometres north of the dam shortly after dawn, when a roadside bomb disabled the lead truck and fighters opened fire from the hillsides, two security sources said.",
        ">Six soldiers escorting the convoy and three civilian drivers were killed and at least fourteen people were wounded, the army said in a statement. Several workers were missing.",
        ">There was no immediate claim of responsibility. The Wadi Front, which has been fighting the government in the east for more than a decade, has attacked the dam road repeatedly since its truce with the government broke down, and the air force resumed drone strikes against its camps in July.",
        ">Provincial governor Hamid Sarraf-Lindqvist said the attack would \"not stop the work on the dam, which belongs to the people of the valley\" and announced that convoys would now travel only with air cover.",
        ">\"Those who attack workers and drivers are enemies of the valley,\" he told reporters in Tessul.",
        ">The dam, financed partly by foreign lenders, is meant to supply water and electricity to the plateau. Insurgents have accused the government of seizing land for the project without compensation.",
        "Reporting by Yasmin Karlsson-Adeleke in Tessul and Omar Bechtel-Nwosu in the capital; Writing by Sofia Lindgren-Okoro; Editing by Daniel Rivas-Hale",
        "Our Standards: The Meridian Wire Trust Principles.",
        "Read Next",
        "Drone strikes resume in Qaradun's Hazarbal valley",
        "Qaradun parliament passes amnesty for surrendering fighters",
        "Sponsored content",
        "All quotes delayed a minimum of 15 minutes. © 2032 Meridian Wire. All rights reserved.",
    ]
    write("n15_wire_update_convoy", lines,
          L("Meridian Wire", "Gunmen attack convoy near Hazarbal dam, at least nine killed",
            ["Yasmin Karlsson-Adeleke", "Omar Bechtel-Nwosu"], "2032-09-14", "news"),
          sidecar="url: https://www.meridianwire.example/world/africa/gunmen-attack-convoy-near-hazarbal-dam-2032-09-14/")


def main():
    for f in (n07, n08, n09, n10, n11, n12, n13, n14, n15):
        f()
