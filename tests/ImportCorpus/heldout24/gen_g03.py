# g03: whole China Brief issue (Volume 31, Issue 4), hard-wrapped at 80, no blank lines, indented first lines,
# footer with right-aligned page number (once run together), bios before and after the Notes.
from pdfkit import Pdf
from corpusgen import arts

def furn(p):
    if p == 3:
        return ['ChinaBrief\u2022Volume31\u2022Issue4\u2022February20,2031' + ' ' * 30 + str(p)]
    return ['China Brief \u2022 Volume 31 \u2022 Issue 4 \u2022 February 20, 2031' + ' ' * 26 + str(p)]

d = Pdf('g03_cb_issue_indented_nogaps', 52, furn, 80, blank_between=False, indent='    ', hyph_break_pages=(3,))
d.add('''CHINA BRIEF
A fortnightly journal of analysis on China
Volume 31 \u2022 Issue 4 \u2022 February 20, 2031
In This Issue:
  \u2022 Beijing's Counter-Terrorism Law Revisions Reach Overseas Contractors
      By Wen-Li Haraldsen ................................................ pp. 1\u20132
  \u2022 Guarding the Mines: Chinese Security Escorts in the Sahel
      By Felipa Zhang-Carvalho ........................................... pp. 2\u20133
Beijing's Counter-Terrorism Law Revisions Reach Overseas Contractors
By Wen-Li Haraldsen''')
A = 0
d.para("On January 30, the Standing Committee of the National People's Congress (NPC) published a draft revision of the Counter-Terrorism Law for public comment. The draft, the first substantial revision since the law took effect, adds a new chapter on the protection of Chinese citizens and enterprises abroad and gives the Ministry of Public Security explicit authority to require state-owned and private companies operating overseas to adopt security plans approved in Beijing (NPC Observer Digest, February 2). [1]", A)
d.add('Introduction', A)
d.para("The revision reflects a concern that has grown steadily over the past decade. Chinese workers and facilities have been targeted in Pakistan, in Afghanistan and in several countries of the Sahel, and each attack has been followed by criticism at home that the government was not doing enough to protect its citizens. Until now, Beijing has responded case by case, sending investigators after an attack and pressing host governments to improve local security. The draft suggests that it now wants a permanent framework instead. [2]", A)
d.add('What the Draft Changes', A)
d.para("Three provisions stand out. The first requires any Chinese enterprise with more than fifty employees in a country designated as high-risk to appoint a security officer responsible for liaison with the nearest Chinese embassy and with the Ministry of Public Security. The second allows the ministry to order an enterprise to suspend operations if its security arrangements are judged inadequate. The third, and most consequential, authorises Chinese police to be posted abroad, with the consent of the host state, to investigate terrorist offences committed against Chinese citizens. [3]", A)
d.para("The last provision formalises a practice that already exists in a limited form. Chinese police officers have taken part in joint patrols in several countries, and liaison officers are stationed at a number of embassies. But the draft goes further by giving those officers a legal basis for investigative work, including the questioning of suspects and the collection of evidence for use in Chinese courts. How host governments will respond to that ambition remains an open question. [4]", A)
d.add('Reactions in Partner Countries', A)
d.para("Early reactions have been cautious. Officials in Islamabad, speaking on background to local media, welcomed the prospect of closer cooperation but insisted that any investigation on Pakistani soil would remain under Pakistani control. In Bamako and Niamey, where the governments depend heavily on Chinese investment, there has been no public comment at all, which may itself say something about the balance of bargaining power. [5]", A)
d.add('Conclusion', A)
d.para("The draft is likely to be adopted with only minor changes, as most such drafts are. Its real significance lies in what it reveals about Beijing's view of its own interests abroad: no longer a matter to be left to companies and host states, but a responsibility of the Chinese state itself, to be backed by law, by police and, if necessary, by the authority to shut a project down.", A)
d.para("Wen-Li Haraldsen is a research fellow at the Nordic Centre for Asian Security Studies in Oslo, where she works on Chinese legal and security policy.", None)
d.add('Notes')
for n in ["[1] Standing Committee of the National People's Congress, draft revision of the Counter-Terrorism Law, published January 30, 2031, http://npc.example.cn/drafts/ctl-2031.",
          "[2] For an overview of earlier attacks, see Wen-Li Haraldsen, \u201cCounting the Cost Abroad,\u201d China Brief, Volume 29, Issue 17.",
          "[3] Draft revision, Articles 71\u201374.",
          "[4] Draft revision, Article 76; author's interview with a former liaison officer, Oslo, January 2031.",
          "[5] \u201cIslamabad says probes stay Pakistani,\u201d Daily Frontier Post, February 4, 2031."]:
    d.para(n, A)
d.add('Guarding the Mines: Chinese Security Escorts in the Sahel')
d.add('By Felipa Zhang-Carvalho')
A = 1
d.para("On a January morning outside the town of Kayes, in western Mali, a convoy of four pickups left a gold-processing site operated by a Chinese company. Two of the vehicles carried Malian gendarmes; the other two carried employees of a private security firm registered in Beijing, unarmed but equipped with radios, satellite trackers and a drone. The arrangement has become common across the region, and it marks a quiet but significant change in how Chinese companies protect their operations in the Sahel. [1]", A)
d.para("Chinese private security companies have been present in Africa for more than a decade, but until recently they operated mainly in East Africa and concentrated on training and risk assessment. Over the past two years, at least five firms have opened offices in Bamako, Niamey and Ouagadougou, and their staff now accompany convoys, guard compounds and advise on the design of perimeter defences. Chinese law does not allow them to carry weapons abroad, so they work alongside local forces or local private guards who do. [2]", A)
d.para("The firms' growth has been driven by demand. Attacks on mining sites in the region rose sharply in 2029 and 2030, and several Chinese workers were kidnapped, one of whom was killed. Insurance premiums rose accordingly, and companies found that the presence of a recognised security provider was a condition of obtaining cover at all. In interviews, managers described the security firms less as protectors than as a form of documentation, proof to insurers and to Beijing that every reasonable precaution had been taken. [3]", A)
d.para("The model has limits. Local forces assigned to the convoys are often poorly paid and rotated frequently, and the Chinese staff have little authority over them. Several incidents in which gendarmes escorting Chinese convoys fired on civilians have damaged the companies' relations with nearby villages, and some residents now see the convoys themselves as a threat. As the firms expand, the question of who answers for the actions of the men with guns is likely to become harder to avoid. [4]", A)
d.add('Notes')
for n in ["[1] Author's observation and interviews, Kayes region, January 2031.",
          "[2] Company registration records, Bamako commercial court, accessed February 2031.",
          "[3] Author's interviews with mine managers in Bamako and Kayes, January 2031.",
          "[4] \u201cDeux morts pr\u00e8s de Sadiola,\u201d Le Sahel Quotidien, November 12, 2030."]:
    d.para(n, A)
d.para("Felipa Zhang-Carvalho is a journalist based in Dakar who covers Chinese investment and security in West Africa. Her reporting for this article was supported by a grant from the Aldren Fund for Journalism.", None)
d.add('*  *  *')
d.add('China Brief is published twice monthly. The opinions expressed are solely those of the authors.')
d.write(arts('China Brief', '2031-02-20', 31, 4,
    ("Beijing's Counter-Terrorism Law Revisions Reach Overseas Contractors", ["Wen-Li Haraldsen"], "feature"),
    ("Guarding the Mines: Chinese Security Escorts in the Sahel", ["Felipa Zhang-Carvalho"], "feature")),
    "publication: China Brief\n")
