# heldout30: a blind set for issue 6 (README.md, "heldout30"). `python3 gen.py` rewrites every .txt, .yml and
# .labels.yml here; `python3 check.py` checks that the label ranges name real, non-blank, non-overlapping lines.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from lib import Doc, paras, web

TM = "Terrorism Monitor"

def meta(pub, date, vol, iss, *items):
    return [dict(title=t, authors=a, kind=k, publication=pub, date=date, volume=vol, issue=iss) for t, a, k in items]

# ---------------------------------------------------------------------------------------------------------------
# m01: a whole Terrorism Monitor issue as PDF text. Running header on each new page (once mangled by extraction),
# bare page numbers at the foot, hyphenation, a contents list, a singular BRIEF label, [n] notes, an editor's bio,
# a two-author bio in one paragraph.
SALT_INTRO = """
For most of the last decade the caravan routes that cross the northern
desert between the oasis of Qasr Umbala and the salt pans of Ter Harrab
were contested by half a dozen armed bands, none strong enough to hold a
road for long. That has changed. Since the middle of 2030 a faction that
calls itself the Emirate of the Salt Road has driven its rivals off the two
main tracks and now stops almost every truck that uses them [1].

What distinguishes the Emirate from the raiders it displaced is not its
violence, which has if anything declined, but its paperwork. Drivers who
pay at its checkpoints receive a stamped receipt that is honoured at the
next post, and traders in Qasr Umbala describe a schedule of rates that
varies with the cargo, the size of the vehicle and the season [2]. The
faction has, in effect, replaced extortion with taxation, and the change
has made it both richer and harder to dislodge.

This article draws on interviews with eleven drivers, three traders and
two former members of the faction, conducted by telephone between
January and March 2032, to describe how the tax regime works, what it
yields and why the authorities in the provincial capital have so far
chosen to live with it.
"""
SALT_RAIDERS = """
The Emirate grew out of a smuggling crew led by a former customs officer
known as Haj Daoud Ferreira-Lamine, who deserted his post at Ter Harrab in
2027 with the station's ledgers and most of its weapons. His men spent
their first two years robbing convoys like everyone else. According to
one of the former members interviewed for this article, the turn came
when Ferreira-Lamine realised that drivers who were robbed once stopped
using the road, while drivers who were charged a fair price kept coming
back.

The faction announced its new rules in a handwritten notice posted at
the well of Bir Sammat in the spring of 2030. Raiding was forbidden to
its own men and punishable by flogging; any other armed group found on
the road would be attacked; and every vehicle would pay "the road due"
once, at the first post it reached [3]. Within months the notice had been
copied onto the walls of truck stops as far south as the railhead at
Mirrow.

Islamist language arrived later and sits lightly on the enterprise. The
faction adopted the title of emirate and a black banner in 2031, shortly
after it began to cooperate with a preacher from the coastal cities who
now leads Friday prayers at its main camp. Former members say the
preacher settles disputes between drivers and collects a separate levy
for the poor, but has no say over the road due itself.
"""
SALT_LEDGER = """
The heart of the system is a ledger kept at Qasr Umbala, where the
faction's clerks record every receipt issued on the road. Drivers say the
clerks can tell from a receipt number which post issued it and on what
day, and that a forged receipt is the one offence the faction still
punishes by death. Traders estimate that the posts take in between
40,000 and 55,000 dinars a week in the busy winter months, roughly the
budget of the provincial health service [4].

Much of that money is spent on the road itself. The faction pays
mechanics at two of its posts to repair broken-down trucks, has dug or
cleaned at least four wells, and in February escorted a fuel convoy
through a sandstorm when the provincial army garrison would not. These
services are the main reason drivers give for preferring the Emirate's
road to the alternatives, which are longer and still plagued by raiders.

The provincial authorities have noticed. A senior official in the
provincial capital, who asked not to be named, told a local newspaper in
March that the government "cannot fight every man with a rubber stamp"
and would concentrate on protecting the towns [5]. For now, the road
belongs to the Emirate.
"""
SALT_CONCL = """
The Emirate of the Salt Road is a small organisation, probably fewer than
three hundred fighters, but it has found something many larger groups
have not: a way to make its presence useful to the people it taxes. That
makes it unusually resilient. Driving it off the road would cost the
provincial army lives it seems unwilling to spend, and any force that
replaced it would have to offer drivers the same predictability. Until
then, the receipts stamped at Bir Sammat will remain the most reliable
documents in the northern desert.
"""
SALT_NOTES = [
    "[1] Interview with a long-distance driver, Mirrow, January 14, 2032.",
    "[2] Qasr Umbala Traders' Circle, internal price list seen by the author, February 2032.",
    "[3] Photograph of the notice at Bir Sammat, shared with the author by a driver, March 2, 2032.",
    "[4] Interviews with two grain traders, Qasr Umbala, February 20 and 27, 2032.",
    "[5] Northern Star (Harrab edition), March 11, 2032.",
]

DRONE = """
When river police on the Kessary Delta stopped a fishing boat near the
island of Lutte in January, they expected to find stolen outboard motors.
Instead they found three commercial quadcopters, a box of spare
batteries and a notebook listing the call signs of oil-company supply
vessels [1]. The find confirmed what delta residents had been saying for
more than a year: the pirate gangs of the lower river have taken to the
air.

The gangs of the Kessary Delta have robbed barges and kidnapped crews
since the oil terminals opened in the 2010s. Their methods changed little
until 2030, when a series of attacks on supply boats showed a new degree
of planning: the raiders seemed to know exactly when a boat would pass,
how many guards it carried and where they stood.

##Eyes Above the Creeks
Drones explain much of that. Small quadcopters can be bought in the
market at Port Selden for the price of a second-hand motorcycle, and
their cameras can follow a boat along the creeks from a mile away
without being heard over its engines. Two former gang members told the
authors that lookouts now launch a drone as soon as a target leaves the
terminal at Lutte and relay its position to the attack boats by radio [2].

The drones are also used after attacks. Fishermen in three villages
described seeing quadcopters hover over their landing beaches at dawn,
which they took as a warning not to talk to the police. In one case a
drone was flown over a funeral held for a guard killed in a raid, and
the footage was later sent to his family [3].

##Answers on the Water
The oil companies have responded by buying jamming equipment for their
supply boats, but jammers work only at short range and interfere with
the boats' own radios. The river police, for their part, have one
drone of their own and no trained operator. A provincial plan to create
a joint air unit with the navy has been announced twice and funded
never [4].

The gangs' adoption of drones is not sophisticated, and nothing
suggests they intend to arm them. But it has given small crews an
intelligence advantage over the forces that are supposed to police
the river, and it is likely to spread to the cattle-rustling bands of
the upper delta, which have already been seen buying the same models.
"""
DRONE_NOTES = [
    "[1] Kessary River Police, statement to the press, Port Selden, January 19, 2032.",
    "[2] Interviews by the authors, Port Selden, February 2032.",
    "[3] Interviews with fishermen in Abaye, Sidru and Lutte, March 2032.",
    "[4] Delta Provincial Assembly, budget debate, transcript, March 30, 2032.",
]

def m01():
    def furn(prev, new):
        head = "Terrorism Monitor          Volume XXX  •  Issue 8  •  April 16, 2032"
        if new == 4: head = "TerrorismMonitorVolumeXXX \ufffd Issue8\ufffdApril16,2032"
        return ["", str(prev), "", head, ""]
    d = Doc("m01_tm_issue_apr16_contents_brief", page_len=52, furniture=furn, hyph_every=3)
    for l in ["T E R R O R I S M   M O N I T O R", "In-depth analysis of terrorism and insurgency", "",
              "VOLUME XXX, ISSUE 8 | APRIL 16, 2032", "", "IN THIS ISSUE:", "",
              "BRIEF: Kidnappers Turn to Quarry Convoys in the Tellan Hills",
              "By Ottoline Varga-Mbeki ..................................... 1", "",
              "The Salt Road Emirate: A Jihadist Faction's Tax Regime Along the",
              "Northern Caravan Routes",
              "By Bertrand Ikechukwu-Rask ................................... 2", "",
              "Drones Over the Delta: How River Pirates Adopted Commercial",
              "Quadcopters",
              "By Ana Lucía Threlkeld and Emeka Sondergaard ................. 5", "", "", "BRIEF", "",
              "Kidnappers Turn to Quarry Convoys in the Tellan Hills", "", "Ottoline Varga-Mbeki", ""]:
        d.add(l)
    d.paras("""
On the morning of April 2, gunmen stopped a convoy of four trucks carrying crushed granite from the Ambrel quarry to
the coastal town of Sorrowby and took the drivers and a site engineer into the forest above the Tellan road. A ransom
demand reached the quarry's owners two days later by voice message, asking for a sum the company said was larger than
its monthly wage bill (Radio Sorrowby, April 5).

The attack fits a pattern that has been building since the turn of the year. Kidnapping in the Tellan Hills used to
target travellers on the main highway, where a wealthy passenger could be picked out of a bus queue. Since January, at
least five abductions have instead struck the slower and more predictable traffic of the quarries and timber yards,
whose routes and schedules barely change from week to week and whose owners are more likely to pay quickly to keep
production going.

The group behind most of these incidents calls itself the Hill Brotherhood of the Faithful and claims to be enforcing
a religious ban on the "sale of the mountain" to outsiders. Its messages, however, say little about religion and a
great deal about money: in a recording circulated in March, a speaker demanded that every quarry pay a monthly
"protection share" and warned that drivers who refused to stop at its checkpoints would be treated as enemies.

Provincial authorities have promised armed escorts for quarry traffic, but the police detachment at Sorrowby has
eleven officers and two vehicles. Unless the escorts materialise, the quarries are likely to settle privately, as
timber firms in the same valley appear to have done last year, which would give the Brotherhood a steady income and
little reason to stop.
""", 0)
    d.add("Ottoline Varga-Mbeki is the Editor of Terrorism Monitor."); d.blank(); d.blank()
    for l in ["The Salt Road Emirate: A Jihadist Faction's Tax", "Regime Along the Northern Caravan Routes", "",
              "Bertrand Ikechukwu-Rask", ""]:
        d.add(l)
    d.paras(SALT_INTRO, 1)
    d.add("From Raiders to Tax Collectors", 1); d.blank()
    d.paras(SALT_RAIDERS, 1)
    d.add("The Ledger at Qasr Umbala", 1); d.blank()
    d.paras(SALT_LEDGER, 1)
    d.add("Conclusion", 1); d.blank()
    d.paras(SALT_CONCL, 1)
    d.para("Bertrand Ikechukwu-Rask is an independent researcher who has studied trade and conflict in the northern "
           "desert since 2019. His book on the caravan towns of Qasr Umbala and Ter Harrab is forthcoming.")
    d.blank(); d.add("Notes"); d.blank()
    for n in SALT_NOTES: d.para(n, 1)
    d.blank(); d.blank()
    for l in ["Drones Over the Delta: How River Pirates Adopted", "Commercial Quadcopters", "",
              "Ana Lucía Threlkeld and Emeka Sondergaard", ""]:
        d.add(l)
    for p in DRONE.strip().split("\n\n"):
        for l in p.split("\n"):
            if l.startswith("##"): d.add(l[2:], 2); d.blank()
            else: d.add(l, 2)
        d.blank()
    d.para("Ana Lucía Threlkeld is a research fellow at the Institute for Riverine Studies in Port Selden, where she "
           "works on maritime crime in the Kessary Delta. Emeka Sondergaard is a former officer of the Kessary River "
           "Police and now advises shipping companies on crew safety.")
    d.blank(); d.add("Notes"); d.blank()
    for n in DRONE_NOTES: d.para(n, 2)
    d.blank(); d.add(""); d.add("© 2032 Terrorism Monitor. All rights reserved. Reproduction without permission is prohibited.")
    d.write(meta(TM, "2032-04-16", 30, 8,
                 ("Kidnappers Turn to Quarry Convoys in the Tellan Hills", ["Ottoline Varga-Mbeki"], "brief"),
                 ("The Salt Road Emirate: A Jihadist Faction's Tax Regime Along the Northern Caravan Routes",
                  ["Bertrand Ikechukwu-Rask"], "feature"),
                 ("Drones Over the Delta: How River Pirates Adopted Commercial Quadcopters",
                  ["Ana Lucía Threlkeld", "Emeka Sondergaard"], "feature")),
            sidecar="publication: Terrorism Monitor")

# ---------------------------------------------------------------------------------------------------------------
# m02: a Terrorism Monitor issue in another layout (no sidecar): "Vol. 30 · No. 10" masthead, contents with dot
# leaders, page footer carrying the page number (once run together), SHORT ITEMS over two briefs signed at the end,
# markers glued to sentence ends with a bare-numbered ENDNOTES list, a two-author bio after the notes, an honorific
# in a byline, [i] roman notes.
COV = [
 ("p", "When the Varnholm High Court sentenced the five founders of the Covenant Front to between twelve and thirty "
       "years in prison in September 2029, prosecutors described the verdict as the end of the movement. Two and a half "
       "years later the Front is recruiting again, its leaflets have reappeared in the suburbs of Varnholm and Ostrel, "
       "and the police attribute at least four arson attacks on mosques and migrant hostels since January to its "
       "members.1 How did a group whose entire leadership was behind bars rebuild so quickly?"),
 ("p", "The answer, according to court records, interviews with former members and the Front's own publications, lies "
       "in two institutions the prosecutors overlooked: a youth wing that had been set up as a sports club, and a network "
       "of prisoners who turned the jails into the movement's new headquarters.2"),
 ("h", "The Sports Club"),
 ("p", "The Front's youth wing began in 2026 as the Ostrel Eagles, a boxing and hiking club for boys aged fourteen to "
       "nineteen. It was registered as a charity, rented a gym from the municipality and published photographs of "
       "mountain marches on its website. None of its organisers were charged in 2029, because none of them had taken "
       "part in the attacks that brought down the founders."),
 ("p", "After the trial the club simply carried on. Its trainers, most of them in their early twenties, took over the "
       "Front's social-media channels, reissued its pamphlets under new titles and began to hold closed evening "
       "meetings after training.3 A former member who joined the club at fifteen told the authors that the politics "
       "came slowly: first films, then reading, then 'jobs' such as putting up stickers, and only after a year an "
       "invitation to meet 'the men inside.'"),
 ("h", "The Men Inside"),
 ("p", "The founders were sent to three different prisons, a decision meant to break up the leadership. Instead it "
       "spread it. Each of the five recruited among fellow inmates, and letters seized by prison staff in 2031 show "
       "them exchanging instructions through visitors and through a prison chaplaincy newsletter whose editors did "
       "not read it closely.4"),
 ("p", "The prisoners supply the movement with what the youth wing lacks: authority, ideology and contacts. Young "
       "members who visit them come away with tasks, and released inmates who joined the Front in prison provide the "
       "muscle for its street actions. The police believe that two of the men arrested for the January arson attacks "
       "had met the Front's founders while serving sentences for theft.5"),
 ("h", "What Comes Next"),
 ("p", "The authorities have begun to respond. The Ostrel Eagles lost their charity registration in March, and the "
       "justice ministry has announced that convicted extremists will in future be held in a single separate wing. "
       "Both measures may come too late. The Front's structure is now flat and dispersed, its young organisers have "
       "no criminal records, and its founders have more authority in prison than they ever had outside it. The "
       "movement that the 2029 trial was meant to end has learned to survive without a headquarters."),
]
COV_NOTES = [
    "1 Varnholm Metropolitan Police, annual threat briefing to the city council, February 22, 2032.",
    "2 The authors interviewed six former members of the Covenant Front and its youth wing between November 2031 and April 2032.",
    "3 Ostrel Eagles, archived website and channel posts, 2029–2031, collected by the authors.",
    "4 Inspectorate of Prisons, report on the high-security estate, December 2031, pp. 41–44.",
    "5 Varnholm Evening Post, January 30, 2032.",
]

def m02():
    def furn(prev, new):
        foot = "Terrorism Monitor | 14 May 2032 | page %d" % prev
        if prev == 3: foot = "TerrorismMonitor|14May2032|page3"
        return ["", foot, "", ""]
    d = Doc("m02_tm_issue_may14_shortitems_glued_notes", page_len=45, furniture=furn, hyph_every=2)
    for l in ["Terrorism Monitor", "Vol. 30 · No. 10 · 14 May 2032", "",
              "Contents", "",
              "Short Items ....................................................... 1",
              "   Police Break Up a Cell Planning Attacks on Tram Depots in Varnholm",
              "   A Rebel Radio Station Returns to the Airwaves in the Orrin Highlands",
              "Youth Wings and Prison Wings: How the Covenant Front Rebuilt",
              "   After Its Leaders Were Jailed ................................... 2",
              "Counterfeit Medicine and Militant Finance on the Lakes Corridor .... 5", "", "",
              "SHORT ITEMS", "", "Police Break Up a Cell Planning Attacks on Tram Depots in Varnholm", ""]:
        d.add(l)
    d.paras("""
Police in Varnholm arrested four men and a woman on May 3 on suspicion of preparing attacks on the city's tram depots,
which they are alleged to have photographed and measured over several weeks. Officers searching two flats in the
eastern district of Kallio found fuel canisters, timers bought online and a handwritten list of the depots' night
shifts (Varnholm Evening Post, May 4).

The suspects are said to have met in an online forum devoted to "accelerating collapse," a loose milieu that
encourages attacks on infrastructure in the hope of provoking disorder. None of them had previously come to the
attention of the security services. Their youth and their lack of any organisational tie illustrate the problem such
networks pose: there is no group to infiltrate and no leader to arrest, only a conversation that moves from one
platform to the next.
""", 0, width=72)
    d.add("— Idris Koskela-Amadi"); d.blank(); d.blank()
    d.add("A Rebel Radio Station Returns to the Airwaves in the Orrin Highlands"); d.blank()
    d.paras("""
Listeners in the Orrin Highlands reported in late April that Voice of the Ridge, the radio station of the Orrin
Liberation Army, was broadcasting again after an absence of almost three years. The station, which the army shut down
in a raid on its transmitter in 2029, now appears to broadcast from a mobile set moved between villages, and its
programmes mix folk music with messages addressed by name to soldiers at nearby posts.

The return of the station matters less for what it says than for what it shows. Running even a small transmitter
requires fuel, spare parts and the cooperation of villagers who know the army is searching for it. That the Orrin
Liberation Army can manage this suggests that its support in the upper valleys has recovered from the losses of the
2029 offensive, a conclusion the army has so far been reluctant to draw in public.
""", 1, width=72)
    d.add("— Idris Koskela-Amadi"); d.blank(); d.blank(); d.blank()
    d.add("Youth Wings and Prison Wings: How the Covenant Front"); d.add("Rebuilt After Its Leaders Were Jailed"); d.blank()
    d.add("By Mirela Oyelowo-Haas and Tancred Bjornstad"); d.blank()
    for kind, text in COV:
        d.para(text, 2, width=72); d.blank()
    d.add("ENDNOTES"); d.blank()
    for n in COV_NOTES: d.para(n, 2, width=72)
    d.blank()
    d.para("Mirela Oyelowo-Haas is a lecturer in criminology at the University of Ostrel and a former prison "
           "chaplain. Tancred Bjornstad is a journalist who has covered far-right movements in Varnholm for the "
           "past decade.", None, width=72)
    d.blank(); d.blank()
    d.add("Counterfeit Medicine and Militant Finance on the Lakes Corridor"); d.blank()
    d.add("By Dr. Folasade Quist-Renner"); d.blank()
    d.paras("""
Counterfeit antimalarial tablets seized at the lake port of Bukoro in February carried the packaging of a reputable
manufacturer, the batch numbers of a genuine consignment and almost none of the active ingredient. Customs officers
traced the shipment to a warehouse controlled by traders linked to the Lake Shore Mujahideen, an armed group that has
operated along the eastern shore since 2024.[i]

The seizure is the clearest evidence so far of a trade that health workers in the lakes region have suspected for
some time. Fake and diluted medicines are cheap to produce, easy to smuggle among legitimate goods and, unlike
weapons or drugs, rarely draw the attention of the security services. For an armed group that controls a stretch of
shore and the boats that use it, they offer a profitable and low-risk line of business.

How the Trade Works

According to two pharmacists and a former customs clerk interviewed for this article, the medicines are shipped by
sea to the coast, trucked inland as "general goods" and loaded onto lake boats at jetties the Lake Shore Mujahideen
control. The group does not make or sell the medicines itself. It charges the traders for safe passage and storage,
and in return lets them use its warehouses and its influence over local officials.[ii]

Pharmacies in the lakeside towns sell the counterfeits at close to the price of the genuine product. Customers have
no way of telling the difference, and health workers say that the first sign is often a patient who fails to recover
from a treatable fever.[iii]

A Problem for Health Ministries, Not Only Soldiers

Counter-terrorism efforts along the corridor have focused on the group's attacks on police stations and its
kidnappings of fishermen. The medicine trade falls between the mandates of the health ministry, customs and the
police, and none of them has the boats or the intelligence to pursue it. Unless the three begin to share what they
know, the Lake Shore Mujahideen will go on earning from a trade that costs lives without a shot being fired.
""", 3, width=72)
    d.add("Notes"); d.blank()
    for n in ["[i] Bukoro Customs Office, seizure notice 14/2032, February 9, 2032.",
              "[ii] Interviews with two pharmacists and a former customs clerk, Bukoro and Ellat, March 2032.",
              "[iii] Lakes Regional Health Directorate, quarterly bulletin, first quarter of 2032, p. 6."]:
        d.para(n, 3, width=72)
    d.blank()
    d.para("Dr. Folasade Quist-Renner is a public-health researcher who has worked on medicine supply chains in "
           "the lakes region since 2021.", None, width=72)
    d.write(meta(TM, "2032-05-14", 30, 10,
                 ("Police Break Up a Cell Planning Attacks on Tram Depots in Varnholm", ["Idris Koskela-Amadi"], "brief"),
                 ("A Rebel Radio Station Returns to the Airwaves in the Orrin Highlands", ["Idris Koskela-Amadi"], "brief"),
                 ("Youth Wings and Prison Wings: How the Covenant Front Rebuilt After Its Leaders Were Jailed",
                  ["Mirela Oyelowo-Haas", "Tancred Bjornstad"], "feature"),
                 ("Counterfeit Medicine and Militant Finance on the Lakes Corridor", ["Folasade Quist-Renner"], "feature")))

# ---------------------------------------------------------------------------------------------------------------
# m03: a Militant Leadership Monitor issue (the sibling monitor, masthead in capitals, month and year only) with a
# running header "- n -" page numbers, a singular BRIEF label, superscript note markers, and a bio after the notes.
MLM = "Militant Leadership Monitor"

def m03():
    def furn(prev, new):
        return ["", "- %d -" % prev, "", "MILITANT LEADERSHIP MONITOR                                    MAY 2032", ""]
    d = Doc("m03_mlm_issue_may_superscript_bio_after_notes", page_len=48, furniture=furn, hyph_every=2)
    for l in ["MILITANT LEADERSHIP MONITOR", "VOLUME XXIII ♦ ISSUE 5 ♦ MAY 2032", "",
              "In this issue:", "",
              "• A Fisherman's Son Takes Command of the Lagoon Brigades, by Caspar Nwosu-Lindqvist",
              "• Colonel Hadrian Mbuyi-Castel: The Mutineer Who Became a Warlord's Banker, by Roswitha Adeyemi-Falk",
              "• Sheikha Nura Ben-Ayache: The Preacher Who Runs a Militia's Schools, by Kofi Elsinore-Baptiste",
              "", "", "BRIEF", "", "A Fisherman's Son Takes Command of the Lagoon Brigades", "",
              "Caspar Nwosu-Lindqvist", ""]:
        d.add(l)
    d.paras("""
The Lagoon Brigades, a militia that has fought the navy for control of the mangrove channels west of Port Amaury since
2027, announced in April that its new commander is Jonah "Tide" Okereke-Saint, a thirty-four-year-old who grew up in
the fishing camp of Eko Bar. He succeeds the Brigades' founder, who was killed in a naval raid in February.¹

Okereke-Saint is best known along the coast as the man who organised the Brigades' "fish tax," a levy on the catch
landed at the camps the militia controls, which is paid in kind and resold in the markets of Port Amaury. Fishermen
interviewed by local reporters describe him as strict but predictable, a reputation that may serve him well with
the camps and less well with the younger fighters, who are said to resent the tax because it leaves them little to
seize for themselves.²

His first statement as commander offered the navy a ceasefire in exchange for the release of prisoners, a proposal
the government has not answered. Whether he can hold the Brigades together while he waits will depend on how long
the camps keep paying.
""", 0, width=70)
    d.add("Notes:")
    for n in ["1. Lagoon Brigades, statement read on Radio Eko Bar, April 11, 2032.",
              "2. Coastal Times (Port Amaury), April 15, 2032."]:
        d.para(n, 0, width=70)
    d.blank(); d.add("Caspar Nwosu-Lindqvist is a journalist based in Port Amaury."); d.blank(); d.blank()
    d.add("Colonel Hadrian Mbuyi-Castel: The Mutineer Who"); d.add("Became a Warlord's Banker"); d.blank()
    d.add("by Roswitha Adeyemi-Falk"); d.blank()
    d.paras("""
In the photographs that circulate of him, Colonel Hadrian Mbuyi-Castel wears a pressed uniform with no insignia and
stands a little behind the men he serves. That is where he has spent his career. A former paymaster of the Third
Infantry Division who led a mutiny over unpaid wages in 2026, he is today the man who keeps the accounts of the
Northern Alliance of Free Combatants, the largest armed coalition in the Varrow plateau.³

Early Life and the Mutiny

Mbuyi-Castel was born in 1979 in the garrison town of Sainte-Odile, the son of a quartermaster. He trained as an
accountant before joining the army, and colleagues remember him as the only officer in his division who could
reconcile its books. When the ministry stopped paying the division in the autumn of 2026, it was Mbuyi-Castel who
showed the troops the ledgers proving that the money had been sent from the capital and diverted on the way.⁴

The mutiny that followed lasted three weeks and ended with the division's commanders fleeing to the capital. Most of
the soldiers eventually returned to the army under an amnesty. Mbuyi-Castel did not. With around two hundred men and
the division's payroll records, he moved north into the plateau and offered his services to the armed groups there.

The Banker of the Plateau

His value to the Northern Alliance lies less in his fighters than in his methods. He introduced a payroll for the
coalition's members, a register of the taxes collected at its roadblocks and a system of receipts for the cattle
traders who cross its territory. Defectors say that commanders who once kept what they seized must now hand it to
his clerks, who return a share to each unit according to its numbers.⁵ The reform has made the coalition more
cohesive and more dangerous; it can now pay its fighters during the rainy season, when the fighting stops.

Outlook

Mbuyi-Castel is fifty-three and is said to suffer from diabetes. He has no obvious successor, and the system he
built depends on his personal authority over commanders who resent it. If he were to die or defect, the Northern
Alliance might well fall back into the quarrelling bands it was before he arrived. For that reason, he may be the
most important man on the plateau whom most of its inhabitants have never seen.
""", 1, width=70)
    d.add("Notes:")
    for n in ["3. Interview with a former Alliance commander, Sainte-Odile, March 2032.",
              "4. Ministry of Defence, board of inquiry into the Third Division mutiny, summary findings, 2027.",
              "5. Interviews with three defectors, Varrow plateau, February–April 2032."]:
        d.para(n, 1, width=70)
    d.blank()
    d.para("Roswitha Adeyemi-Falk is a senior analyst at the Plateau Research Group and the author of a forthcoming "
           "study of armed coalitions in the Varrow region.", None, width=70)
    d.blank(); d.blank()
    d.add("Sheikha Nura Ben-Ayache: The Preacher Who Runs a"); d.add("Militia's Schools"); d.blank()
    d.add("by Kofi Elsinore-Baptiste"); d.blank()
    d.paras("""
Few militant leaders in the southern hills are women, and fewer still have never held a weapon. Sheikha Nura
Ben-Ayache, a preacher in her late forties from the market town of Dar Miskal, has nonetheless become one of the
most influential figures in the Sons of the Covenant, the armed movement that controls much of the hill country
south of the Miskal river. She runs its schools.⁶

The movement has built or taken over some sixty schools since 2029, most of them in villages the state had
abandoned. Ben-Ayache wrote their curriculum, trains their teachers and, according to parents in two districts,
visits each school at least once a year. The curriculum mixes reading, arithmetic and religious instruction with
lessons on the movement's history; older pupils are taught that the government in the capital is illegitimate and
that the movement's fighters are its lawful replacement.⁷

Her importance to the Sons of the Covenant is hard to overstate. The schools give the movement a reason for
villagers to tolerate it, a supply of literate recruits and a way to shape the loyalties of a generation. Her own
standing as a religious scholar, trained in the seminaries of Dar Miskal before the war, lends the movement a
legitimacy its commanders cannot claim.

The government has put a price on the heads of the movement's military leaders but not on hers, perhaps because
arresting a woman preacher who runs schools would be hard to justify to the villages. That restraint may not last:
a defence ministry spokesman described the schools in April as "training camps in all but name."⁸
""", 2, width=70)
    d.add("Notes:")
    for n in ["6. Interviews with parents and teachers in the Dar Miskal and Upper Tessel districts, April 2032.",
              "7. Sons of the Covenant, primary curriculum, third edition, 2031 (copy seen by the author).",
              "8. Ministry of Defence, press briefing, April 24, 2032."]:
        d.para(n, 2, width=70)
    d.blank()
    d.para("Kofi Elsinore-Baptiste is a researcher on education in conflict zones. He has worked with schools in "
           "the southern hills since 2022.", None, width=70)
    d.write(meta(MLM, "2032-05-01", 23, 5,
                 ("A Fisherman's Son Takes Command of the Lagoon Brigades", ["Caspar Nwosu-Lindqvist"], "brief"),
                 ("Colonel Hadrian Mbuyi-Castel: The Mutineer Who Became a Warlord's Banker", ["Roswitha Adeyemi-Falk"], "feature"),
                 ("Sheikha Nura Ben-Ayache: The Preacher Who Runs a Militia's Schools", ["Kofi Elsinore-Baptiste"], "feature")),
            sidecar="publication: Militant Leadership Monitor")

# ---------------------------------------------------------------------------------------------------------------
# m15: an issue of a sibling monitor not in site.yml (masthead in capitals, no sidecar): ANALYSIS label over one piece,
# a piece under no label, BRIEFS over a single brief, "(n)" notes under "References", three authors on one line,
# footers "Page n" and a header that extraction mangled once.
SSM = "Straits Security Monitor"

def m15():
    def furn(prev, new):
        head = "STRAITS SECURITY MONITOR  |  Volume 3, Number 6"
        if new == 3: head = "STRAITSSECURITYMONITOR|Volume3,Number6"
        return ["", "Page %d" % prev, "", head, ""]
    d = Doc("m15_sibling_straits_monitor_analysis_briefs", page_len=50, furniture=furn, hyph_every=2)
    for l in ["STRAITS SECURITY MONITOR", "Maritime crime, piracy and naval competition in the Corvanne Straits", "",
              "Volume 3, Number 6                                          June 11, 2032", "",
              "CONTENTS", "",
              "ANALYSIS  The Ferry Hijackers of Cape Morrow Are Back — With a New Patron ......... 1",
              "          Fishing Fleets as Militias: The Grey Zone in the Outer Corvanne ............ 3",
              "BRIEFS    Port Tessaly Closes Its Anchorage After Two Night Boardings ................ 6",
              "", "ANALYSIS", "",
              "The Ferry Hijackers of Cape Morrow Are Back — With a New Patron", "",
              "By Henrike Saldanha-Moyo", ""]:
        d.add(l)
    d.paras("""
On May 19 a passenger ferry on the short crossing between Cape Morrow and the island of Vell was boarded by six armed
men who had mingled with the passengers at the terminal. They forced the captain to change course for the mangrove
coast north of the cape, where the hijackers left with the ship's cash box, the passengers' phones and two crew
members, who were released a week later after a payment (1).

Ferry hijacking was common on this crossing a decade ago and disappeared after the coast guard began to station
armed guards on every sailing in 2024. Its return has surprised officials in Port Tessaly, but not the people of the
cape. Fishermen and ferry workers interviewed in May said that the guards had been withdrawn one by one over the
last two years to save money, and that the hijackers knew which sailings were unguarded (2).

A New Patron

What is new is who the hijackers work for. According to two officials and a former member of the gang, the men who
boarded the ferry belong to a crew that now answers to the Morrow Coast Front, a separatist group that has until
now fought the navy in the mangroves and avoided attacks on civilians. The Front receives a share of the ransoms and,
in return, offers the hijackers hiding places and a market for stolen goods in the villages it controls (3).

The arrangement suits both sides. The hijackers gain protection they never had when they worked alone; the Front
gains money without having to claim attacks that would damage its standing with the island communities it wants to
win over. For the coast guard, it means that a problem it once treated as crime now has to be handled as part of
an insurgency.

The authorities have promised to restore the guards on all sailings by July. That may stop the hijackings on the
ferry route, but the crew has already shown that it can move: two fishing boats were boarded off Vell in the first
week of June by men who matched the descriptions of the ferry hijackers (4).
""", 0, width=74)
    d.add("References"); d.blank()
    for n in ["(1) Corvanne Coast Guard, incident summary CM-0519, May 21, 2032.",
              "(2) Interviews by the author, Cape Morrow, May 24–28, 2032.",
              "(3) Interviews with two provincial officials and a former gang member, Port Tessaly, May 2032.",
              "(4) Vell Island Fishermen's Union, statement, June 6, 2032."]:
        d.para(n, 0, width=74)
    d.blank()
    d.para("Henrike Saldanha-Moyo covers maritime security for the Straits Security Monitor.", None, width=74)
    d.blank(); d.blank()
    d.add("Fishing Fleets as Militias: The Grey Zone in the Outer Corvanne"); d.blank()
    d.add("Anders Mwale-Kruse, Priya Valcourt and Tomasz Ebohon-Reyes"); d.blank()
    d.paras("""
Every morning in the fishing season, several hundred trawlers leave the northern ports of the Outer Corvanne and
spread across grounds that three states claim. Most of them fish. Some of them, according to navy officers and
fishermen from the other shores, do something else: they shadow patrol boats, crowd around survey vessels and
block the approaches to reefs where rival states have built observation posts (1).

This article examines how such fleets work, drawing on vessel-tracking data for the first four months of 2032,
interviews with twelve fishermen and four serving or retired naval officers, and the published regulations of the
fishing cooperatives concerned.

How a Fleet Becomes a Militia

The trawlers in question belong to cooperatives that receive fuel subsidies from the provincial government on
condition that their members "support the protection of national waters." In practice, skippers say, this means
answering calls on a dedicated radio channel to gather at a given position, often for days at a time, for which
they are paid a daily allowance larger than the value of their usual catch (2).

The tracking data show the pattern clearly. On at least nine occasions between January and April, between forty
and one hundred and twenty trawlers converged within hours on a single position near a contested reef and stayed
there, without fishing, until a foreign vessel left the area (3). Several of the boats in these swarms carried
radar and communications equipment unusual for vessels of their size.

Why It Matters

Fleets of this kind give a state the means to press its claims while denying that it is doing so. A navy that
fires on a fishing boat risks a crisis; a navy that does nothing cedes the water. The smaller states around the
Outer Corvanne have so far chosen to do nothing, and the fleets have grown bolder. Unless the three governments
agree on rules for how their patrols treat civilian vessels, a collision or a shooting is only a matter of time.
""", 1, width=74)
    d.add("References"); d.blank()
    for n in ["(1) Interviews with four serving and retired naval officers, April–May 2032.",
              "(2) Northern Fishing Cooperatives Union, member regulations, 2031 edition, articles 14–17.",
              "(3) Authors' analysis of vessel-tracking data, January 1 to April 30, 2032."]:
        d.para(n, 1, width=74)
    d.blank()
    d.para("Anders Mwale-Kruse is a former naval officer. Priya Valcourt is a data analyst specialising in "
           "vessel-tracking. Tomasz Ebohon-Reyes is a doctoral researcher in maritime law.", None, width=74)
    d.blank(); d.blank(); d.add("BRIEFS"); d.blank()
    d.add("Port Tessaly Closes Its Anchorage After Two Night Boardings"); d.blank()
    d.paras("""
The harbour master of Port Tessaly closed the port's outer anchorage to ships waiting for a berth on June 3, after
armed men boarded two anchored tankers on consecutive nights and stole engine parts and crew belongings. Ships now
wait inside the breakwater, where the port authority says it can watch them, which has lengthened queues for berths
to as much as four days.

The boardings follow a pattern seen in other anchorages of the straits, where small groups of robbers use fast
skiffs to reach ships at night and leave before the alarm is raised. No one was hurt in either incident, but
shipping companies have asked the navy to patrol the approaches until the anchorage can be reopened.
""", 2, width=74)
    d.add("— S.M. Oduya"); d.blank()
    d.add("Straits Security Monitor is published by the Maritime Programme. Views expressed are the authors' own.")
    d.write(meta(SSM, "2032-06-11", 3, 6,
                 ("The Ferry Hijackers of Cape Morrow Are Back — With a New Patron", ["Henrike Saldanha-Moyo"], "analysis"),
                 ("Fishing Fleets as Militias: The Grey Zone in the Outer Corvanne",
                  ["Anders Mwale-Kruse", "Priya Valcourt", "Tomasz Ebohon-Reyes"], "feature"),
                 ("Port Tessaly Closes Its Anchorage After Two Night Boardings", ["S.M. Oduya"], "brief")))

# ---------------------------------------------------------------------------------------------------------------
# m04: the web version of m01's second feature, saved by a clipping extension (complete crawler block), with the
# monitor site's navigation, share bar, image credit, notes, bio, related and subscribe furniture.
def m04():
    body = [">" + p for p in paras(SALT_INTRO)] + [">From Raiders to Tax Collectors"] + \
           [">" + p for p in paras(SALT_RAIDERS)] + [">The Ledger at Qasr Umbala"] + \
           [">" + p for p in paras(SALT_LEDGER)] + [">Conclusion"] + [">" + p for p in paras(SALT_CONCL)]
    lines = [
        "---",
        'title: "The Salt Road Emirate: A Jihadist Faction\'s Tax Regime Along the Northern Caravan Routes – Monitor Archive"',
        'source: "https://monitor-archive.example.org/program/the-salt-road-emirate-tax-regime-northern-caravan-routes/"',
        "author:",
        '  - "[[Bertrand Ikechukwu-Rask]]"',
        "published: 2032-04-16",
        "created: 2032-04-19",
        'description: "A faction in the northern desert has replaced extortion with taxation, and the change has made it richer and harder to dislodge."',
        "tags:",
        '  - "clippings"',
        "---",
        "Skip to content",
        "Monitor Archive",
        "Search",
        "Support Our Work",
        "Menu",
        "Programs",
        "Publications",
        "Events",
        "Experts",
        "About",
        "Terrorism Monitor",
        "The Salt Road Emirate: A Jihadist Faction's Tax Regime Along the Northern Caravan Routes",
        "Publication: Terrorism Monitor Volume: 30 Issue: 8",
        "By: Bertrand Ikechukwu-Rask",
        "April 16, 2032 03:47 PM Age: 3 days",
        "Share on Facebook",
        "Share on X",
        "Share via Email",
        "Print this page",
        "![](https://monitor-archive.example.org/wp-content/uploads/2032/04/salt-road-well.jpg)",
        "Trucks queue at a well on the road to Ter Harrab (Source: provincial transport authority)",
    ] + body + [
        "Notes",
    ] + [">" + n for n in SALT_NOTES] + [
        "Bertrand Ikechukwu-Rask is an independent researcher who has studied trade and conflict in the northern desert since 2019. His book on the caravan towns of Qasr Umbala and Ter Harrab is forthcoming.",
        "Related Articles",
        "Kidnappers Turn to Quarry Convoys in the Tellan Hills",
        "April 16, 2032",
        "Drones Over the Delta: How River Pirates Adopted Commercial Quadcopters",
        "April 16, 2032",
        "Previous article",
        "Next article",
        "Get Terrorism Monitor in your inbox. Sign up for our free email updates.",
        "Email address",
        "Subscribe",
        "© 2032 Monitor Archive | Privacy Policy | Terms of Use",
    ]
    web("m04_tm_web_salt_road_clipper_block", lines,
        dict(title="The Salt Road Emirate: A Jihadist Faction's Tax Regime Along the Northern Caravan Routes",
             authors=["Bertrand Ikechukwu-Rask"], date="2032-04-16", kind="feature", publication=TM, volume=30, issue=8),
        sidecar="url: https://monitor-archive.example.org/program/the-salt-road-emirate-tax-regime-northern-caravan-routes/")

# ---------------------------------------------------------------------------------------------------------------
# m05: the web version of m02's Covenant Front feature, copied from the browser (no sidecar): cookie banner first,
# word-processor roman endnotes as links, both authors on a byline of their own, a two-author bio, reading furniture.
ROMAN = ["i", "ii", "iii", "iv", "v"]

def m05():
    base = "https://monitor-archive.example.org/program/youth-wings-and-prison-wings-covenant-front/"
    import re as _re
    body = []
    for kind, text in COV:
        if kind == "h": body.append(">" + text); continue
        text = _re.sub(r"\.([1-5])(\s|$)", lambda m: ".[[%s]](%s#_edn%s)%s" % (ROMAN[int(m.group(1)) - 1], base, m.group(1), m.group(2)), text)
        body.append(">" + text)
    notes = [">[[%s]](%s#_ednref%d) %s" % (ROMAN[k], base, k + 1, n.split(" ", 1)[1]) for k, n in enumerate(COV_NOTES)]
    lines = [
        "We use cookies to understand how visitors use this site and to improve it. You can accept all cookies or manage your preferences.",
        "Accept all",
        "Manage preferences",
        "Monitor Archive",
        "Home",
        "Terrorism Monitor",
        "Militant Leadership Monitor",
        "China Brief",
        "Eurasia Daily Monitor",
        "Donate",
        "Youth Wings and Prison Wings: How the Covenant Front Rebuilt After Its Leaders Were Jailed",
        "Mirela Oyelowo-Haas, Tancred Bjornstad",
        "May 14, 2032",
        "Terrorism Monitor Volume: 30 Issue: 10",
        "7 min read",
        "Listen to this article",
    ] + body + [
        "Notes",
    ] + notes + [
        "Mirela Oyelowo-Haas is a lecturer in criminology at the University of Ostrel and a former prison chaplain. Tancred Bjornstad is a journalist who has covered far-right movements in Varnholm for the past decade.",
        "Topics: Far Right, Prisons, Radicalisation, Varnholm",
        "You may also like",
        "Police Break Up a Cell Planning Attacks on Tram Depots in Varnholm",
        "A Rebel Radio Station Returns to the Airwaves in the Orrin Highlands",
        "Something went wrong. Please reload the page.",
        "Back to top",
        "Copyright © 2032. All rights reserved.",
    ]
    web("m05_tm_web_covenant_roman_endnotes", lines,
        dict(title="Youth Wings and Prison Wings: How the Covenant Front Rebuilt After Its Leaders Were Jailed",
             authors=["Mirela Oyelowo-Haas", "Tancred Bjornstad"], date="2032-05-14", kind="feature", publication=TM,
             volume=30, issue=10))

# ---------------------------------------------------------------------------------------------------------------
# m06: a think tank's commentary in a crawler block with placeholders, blank lines between paragraphs, two authors
# with an honorific, markers glued to words and sentence ends, a numbered "accessed" reference list.
def m06():
    lines = [
        "---",
        'title: "After the Quarry Kidnappings, Who Protects the Tellan Hills? | Corrander Institute for Conflict Studies"',
        "source: https://www.corrander.example/research/commentary/quarry-kidnappings-tellan-hills",
        "author: unknown",
        "published: unknown",
        "date: 2032-04-28",
        'description: "Escorts for quarry convoys will not end a kidnapping economy that the province\'s own neglect created."',
        "---", "",
        "[Skip to main content](#main)", "",
        "CORRANDER INSTITUTE FOR CONFLICT STUDIES", "",
        "* Research", "* Experts", "* Events", "* About us", "* Support us", "",
        "Commentary", "",
        "# After the Quarry Kidnappings, Who Protects the Tellan Hills?", "",
        "By Dr Ysolde Marchetti-Oyo and Rafael Thornbury", "",
        "28 April 2032 · 6 minute read", "",
        ">The abduction of four lorry drivers and an engineer on the Tellan road on 2 April has been treated in the provincial capital as a policing problem. It is also, and perhaps mainly, a problem of absence: the state left the hills years ago, and the armed group now taxing their quarries moved into the space it left behind.1", "",
        ">The Hill Brotherhood of the Faithful is not a large organisation. Local officials put its strength at between sixty and ninety armed men, and its statements show little interest in anything beyond the hills.2 What it has understood is that the quarries and timber yards are the only businesses in the area with money, fixed routes and owners who cannot simply leave.", "",
        ">## Escorts are not a strategy", "",
        ">The provincial government's answer has been to promise armed escorts for quarry convoys. Escorts may protect individual lorries, but the Sorrowby police detachment does not have the people or vehicles to provide them, and the army has made clear that it will not take on the task.3 Even if escorts were provided, they would protect the roads and leave the villages, where the Brotherhood recruits and where its tax collectors live, exactly as they are.", "",
        ">What is missing is a presence that residents could rely on. The hills have had no resident magistrate since 2026 and no functioning health post since the clinic at Ambrel closed two years ago.4 When a farmer in the upper valley has a dispute over land, the nearest authority willing to hear it is the Brotherhood.", "",
        ">## What could be done", "",
        ">We propose three modest steps. First, reopen the Ambrel clinic and the magistrate's office at Sorrowby, both of which could be staffed within months. Second, require the quarry companies, which pay substantial royalties to the province, to contribute to a fund for local policing, rather than paying ransoms privately. Third, publish what the companies pay, so that residents can see how much of the wealth taken from their hills returns to them.5", "",
        ">None of this will defeat the Brotherhood quickly. But a kidnapping economy lasts only as long as it is the most reliable institution in the area, and that is a competition the state can still win.", "",
        "### Endnotes", "",
        ">1. Kidnapped quarry workers: what we know – Radio Sorrowby, accessed April 20, 2032, https://radiosorrowby.example/news/2032/04/quarry-kidnap-what-we-know", "",
        ">2. Provincial security council, minutes of the meeting of 9 April 2032 – Tellan Provincial Government, accessed April 21, 2032, https://tellan-province.example/council/minutes-2032-04-09.pdf", "",
        ">3. Army rules out escort duty for quarry lorries – Coast and Hills Weekly, accessed April 22, 2032, https://coastandhills.example/2032/04/army-escort-duty", "",
        ">4. Health posts in the Tellan Hills: a survey – Hills Health Alliance, accessed April 22, 2032, https://hillshealth.example/reports/health-posts-survey-2031", "",
        ">5. Quarry royalties by district, 2031 – Tellan Provincial Treasury, accessed April 24, 2032, https://tellan-province.example/treasury/royalties-2031.xlsx", "",
        "*Dr Ysolde Marchetti-Oyo is a senior fellow in the Institute's Governance and Security programme. Rafael Thornbury is a research assistant at the Institute and a former reporter for Coast and Hills Weekly.*", "",
        "The views expressed in this commentary are the authors' own and do not necessarily reflect those of the Corrander Institute.", "",
        "## Related research", "",
        "* [Roads, rents and rebels: taxation by armed groups in three provinces](https://www.corrander.example/research/reports/roads-rents-rebels)",
        "* [Podcast: Policing the periphery](https://www.corrander.example/podcasts/policing-the-periphery)", "",
        "Sign up for our weekly briefing", "",
        "Enter your email  [Sign up]", "",
        "© 2032 Corrander Institute for Conflict Studies. Registered charity no. 1194402. [Privacy](https://www.corrander.example/privacy) · [Accessibility](https://www.corrander.example/accessibility)",
    ]
    web("m06_thinktank_commentary_placeholders_accessed_refs", lines,
        dict(title="After the Quarry Kidnappings, Who Protects the Tellan Hills?",
             authors=["Ysolde Marchetti-Oyo", "Rafael Thornbury"], date="2032-04-28", kind="commentary",
             publication="Corrander Institute for Conflict Studies"),
        sidecar="url: https://www.corrander.example/research/commentary/quarry-kidnappings-tellan-hills")

# ---------------------------------------------------------------------------------------------------------------
# m07: a city newspaper's story (no sidecar): navigation, byline with a role, published and updated lines, image
# credit, a "Read more" teaser inside the story, an advertisement marker, most-read list, newsletter blurb.
def m07():
    lines = [
        "Varnholm Evening Post",
        "News | Sport | Business | Opinion | Culture | Obituaries",
        "Subscribe from 1 krona a week",
        "Log in",
        "News › Crime",
        "Five charged over alleged plot to set fire to tram depots",
        "Suspects met in online forum, court hears, as prosecutors say fuel and timers were found in two flats",
        "By Jarrah Whitlock-Anand, Crime Correspondent",
        "Friday 21 May 2032 16:12 CEST",
        "Last modified on Saturday 22 May 2032 09.30 CEST",
        "Share",
        "Police outside a block of flats in Kallio on 3 May. Photograph: Oskari Venn/Varnholm Evening Post",
        ">Five people have been charged with preparing arson attacks on Varnholm's tram network after police found fuel canisters, timers and a list of depot night shifts in two flats in the eastern district of Kallio.",
        ">The four men and one woman, aged between 19 and 27, appeared before the district court on Friday afternoon. Prosecutors told the court that the group had photographed and measured three depots over several weeks and had discussed which night would cause the most disruption to the morning rush hour.",
        ">The suspects are said to have met in an online forum whose members encourage attacks on infrastructure in the hope of bringing about a collapse of public order. A lawyer for one of the men said his client had been \"talking, not planning\" and would plead not guilty.",
        "Read more",
        "Tram depots to get new fences and night patrols after arrests",
        ">The city's transport authority has since added guards at all five of its depots. Its director, Annelie Strand-Mbatha, told the Evening Post that the arrests had been \"a shock to everyone who works here\" and that services would not be affected.",
        "Advertisement",
        ">Police said none of the five had been known to the security services before the investigation began in March, after a tip-off from a member of the public who had seen two of them photographing a depot fence at night.",
        ">The court ordered all five to be held in custody until a further hearing on 18 June.",
        "Explore more on these topics",
        "Crime | Kallio | Trams | Extremism",
        "Most read",
        "1 Heatwave warning for the weekend as temperatures climb",
        "2 Harbour bridge to close for three nights of repairs",
        "3 Five charged over alleged plot to set fire to tram depots",
        "4 Review: the Kallio jazz festival finds its feet",
        "Get the Evening Post's morning briefing, free in your inbox every weekday.",
        "Sign up",
        "Comments are closed on this article.",
        "© 2032 Varnholm Evening Post Ltd. All rights reserved. | Contact us | Complaints and corrections | Cookie settings",
    ]
    web("m07_city_paper_crime_story_updated", lines,
        dict(title="Five charged over alleged plot to set fire to tram depots", authors=["Jarrah Whitlock-Anand"],
             date="2032-05-21", kind="news", publication="Varnholm Evening Post"))

# ---------------------------------------------------------------------------------------------------------------
# m08: a newsletter received as a plain-text email, hard-wrapped at 72 columns (no page breaks), three authors on a
# line of their own, numbered sections, subscribe and forwarding blurbs in the middle and at the foot.
def m08():
    d = Doc("m08_newsletter_plaintext_email_three_authors")
    for l in ["View this email in your browser (https://faultline.example/p/drones-ferries-busy-strait)", "",
              "THE FAULT LINE DISPATCH", "Issue #112 · Thursday 3 June 2032", "", "",
              "Drones, ferries and a very busy strait", "",
              "Ines Vardakis, Tobiah Mwangi-Roe and Saskia Delacourt", "", ""]:
        d.add(l)
    def section(head, block):
        d.add(head, 0); d.blank()
        d.paras(block, 0, width=72)
    d.paras("""
Good morning. This week we have been reading about an old crime in a new place, a very old crime with a new tool,
and a navy that would prefer not to talk about the fishing boats that keep following it. As ever, tell us what we
missed.
""", 0, width=72)
    section("1. The ferry hijackers return", """
The hijacking of the Cape Morrow ferry on 19 May was the first on that crossing in almost ten years. The
Straits Security Monitor has the best account we have seen of why: the armed guards who made the route safe were
quietly withdrawn to save money, and the gang that used to rob the ferry now works for a separatist group that can
hide it. We would add one thing. The coast guard's promise to put guards back on every sailing by July assumes that
the gang will stay on the ferry route. The boardings off Vell in early June suggest it has already moved on.
""")
    d.add("-----------------------------------------------------------------------"); d.blank()
    d.add("Enjoying The Fault Line Dispatch? Forward it to a friend, or subscribe"); d.add("at https://faultline.example/subscribe - it's free."); d.blank()
    d.add("-----------------------------------------------------------------------"); d.blank()
    section("2. Quadcopters on the delta", """
River police on the Kessary Delta now say that most of the attacks on supply boats this year involved a drone at
some stage, usually to follow the boat from the terminal. There is nothing exotic about the technology: the models
seized in January sell in Port Selden's market for the price of a used motorcycle. What interests us is how little
the authorities have done in response. The plan for a joint air unit has been announced twice. Neither
announcement came with a budget.
""")
    section("3. Fleets that do not fish", """
Finally, a number worth remembering: nine. That is how many times, between January and April, a swarm of between
forty and one hundred and twenty trawlers gathered near a disputed reef in the Outer Corvanne and stayed there,
not fishing, until a foreign ship left. The boats are paid a daily allowance to do it. Nobody fires, nobody admits
anything, and the reef changes hands a little more each time.
""")
    d.add("That's all for this week. See you next Thursday."); d.blank()
    d.add("Ines, Tobiah and Saskia"); d.blank()
    d.add("-----------------------------------------------------------------------")
    d.add("Paid subscribers also get our Friday briefing and the full archive."); d.add("Upgrade: https://faultline.example/upgrade"); d.blank()
    d.add("You are receiving this email because you signed up at faultline.example."); d.add("Unsubscribe | Manage your preferences"); d.blank()
    d.add("The Fault Line Dispatch · 14 Quayside Row · Quillmouth QM4 2LD")
    d.write([dict(title="Drones, ferries and a very busy strait",
                  authors=["Ines Vardakis", "Tobiah Mwangi-Roe", "Saskia Delacourt"], date="2032-06-03",
                  kind="newsletter", publication="The Fault Line Dispatch")],
            sidecar="url: https://faultline.example/p/drones-ferries-busy-strait")

# ---------------------------------------------------------------------------------------------------------------
# m09: an NGO's briefing paper page (no sidecar) behind a crawler block whose fields are empty or null, a language
# switcher, a day/month/year date, a download box, a donation appeal between paragraphs, no named author.
def m09():
    lines = [
        "---",
        'title: "Caught between the creeks: reprisals against fishing villages in the Kessary Delta - Riverlands Civilian Protection Network"',
        'source: "https://www.riverlands-cpn.example/en/publications/briefing-papers/caught-between-the-creeks"',
        'author: ""',
        "date: null",
        'description: ""',
        "---",
        "English | Français | Kiswahili",
        "Riverlands Civilian Protection Network",
        "Who we are",
        "Where we work",
        "Publications",
        "Take action",
        "DONATE",
        "Home > Publications > Briefing papers",
        "BRIEFING PAPER",
        "Caught between the creeks: reprisals against fishing villages in the Kessary Delta",
        "Published 22/05/2032",
        "Download the full paper (PDF, 1.4 MB)",
        ">Fishing villages on the lower Kessary Delta are being punished twice: by armed gangs who suspect them of informing on the gangs' attacks on supply boats, and by security forces who suspect them of sheltering the gangs. This briefing paper, based on interviews with 46 residents of nine villages conducted between February and April 2032, documents eleven incidents of reprisal against civilians since October 2031.",
        ">Key findings",
        ">In at least four villages, residents reported that gang members had used drones to film landing beaches and funerals, and had later shown the footage to residents as a warning against speaking to the police.",
        ">In six incidents, security forces searching for gang members detained fishermen for periods of up to three weeks without charge, and in two cases destroyed boats and nets.",
        ">No resident we interviewed had reported an incident to the authorities, citing fear of retaliation from one side or the other.",
        "Every day, families in the delta face impossible choices. Your gift helps us document abuses and support survivors. Give today.",
        ">Recommendations",
        ">We call on the provincial authorities to establish a civilian complaints desk at Port Selden that is independent of the river police; to end detention without charge of fishermen during search operations; and to compensate families whose boats and nets were destroyed. We call on the oil companies operating in the delta to ensure that security arrangements for their vessels do not expose nearby villages to reprisals.",
        ">The full paper sets out each incident, the methodology of the research and the responses we received from the authorities and the companies.",
        "Share this page",
        "Facebook  X  LinkedIn  WhatsApp  Email",
        "Tags: Kessary Delta, Civilian protection, Armed groups, Detention",
        "Media enquiries: press@riverlands-cpn.example",
        "Related publications",
        "Briefing paper: Fishing under fire (2031)",
        "Report: Counting the cost of the delta's oil war (2030)",
        "Subscribe to our newsletter",
        "We use cookies to make this site work and to understand how it is used. Read our cookie policy.",
        "OK",
        "© Riverlands Civilian Protection Network 2032 · Registered non-profit association · Privacy · Accessibility",
    ]
    web("m09_ngo_briefing_paper_empty_block_dmy", lines,
        dict(title="Caught between the creeks: reprisals against fishing villages in the Kessary Delta", authors=[],
             date="2032-05-22", kind="briefing paper", publication="Riverlands Civilian Protection Network"))

# ---------------------------------------------------------------------------------------------------------------
# m10: a government department's press release with the portal's furniture: From:, published and last-updated
# lines, contents box, "Is this page useful?", a country in the copyright line only.
def m10():
    lines = [
        "Skip to main content",
        "Cookies on the Tellmark government portal",
        "We'd like to use additional cookies to understand how you use the portal.",
        "Accept additional cookies",
        "Reject additional cookies",
        "View cookies",
        "tellmark.gov.example",
        "Menu",
        "Department for Civil Resilience",
        "Home",
        "Crime, justice and law",
        "Policing",
        "Press release",
        "River police to get drone unit and new patrol boats to tackle delta piracy",
        "An extra 14 million marks will fund a dedicated drone unit and four patrol boats for the Kessary River Police.",
        "From:",
        "Department for Civil Resilience and Minister Halvard Osei-Lindgren",
        "Published",
        "7 April 2032",
        ">The Kessary River Police will receive a dedicated drone unit and four new patrol boats under plans announced today by the Department for Civil Resilience, in response to a rise in attacks on vessels in the lower delta.",
        ">The package, worth 14 million marks over two years, will fund the training of twelve drone pilots, equipment to detect and track drones used by criminal gangs, and fast boats able to operate in the shallow creeks where most attacks take place.",
        ">Minister for Civil Resilience Halvard Osei-Lindgren said:",
        ">Criminal gangs on the delta have been using cheap drones to watch our boats and threaten our communities. This investment will give the river police the tools to see what the gangs see, and to reach them where they hide.",
        ">The drone unit will be based at Port Selden and is expected to begin operations in the autumn. The department will also work with the oil companies operating in the delta to share information about attacks on their vessels.",
        ">Background",
        ">The Kessary River Police currently operate one drone and eleven patrol boats. The funding announced today is in addition to the force's annual budget.",
        "Share this page",
        "Facebook",
        "X",
        "Published 7 April 2032",
        "Last updated 8 April 2032 + show all updates",
        "Related content",
        "Delta security strategy 2031 to 2035",
        "Kessary River Police annual report 2031",
        "Is this page useful?",
        "Yes",
        "No",
        "Report a problem with this page",
        "Help Privacy Cookies Accessibility statement Contact Terms and conditions",
        "All content is available under the Open Government Licence, except where otherwise stated",
        "© Government of Tellmark",
    ]
    web("m10_gov_department_press_release_from", lines,
        dict(title="River police to get drone unit and new patrol boats to tackle delta piracy", authors=[],
             date="2032-04-07", kind="press release", publication="Department for Civil Resilience"),
        sidecar="url: https://tellmark.gov.example/government/news/river-police-drone-unit-patrol-boats-delta")

# ---------------------------------------------------------------------------------------------------------------
# m11: a university's news story (no sidecar): a bare author line under the title, an embedded video player with
# its controls and transcript toggle, a media-contact block, a centre named in the prose only.
def m11():
    lines = [
        "University of Brenholm",
        "Study",
        "Research",
        "Global",
        "Alumni",
        "News and events",
        "Search",
        "Home › News",
        "",
        "Schoolbooks from the hills: researchers study a militia's curriculum",
        "",
        "Marit Okonkwo-Sand",
        "",
        "12 May 2032",
        "",
        ">A team at the University of Brenholm's Centre for the Study of Political Violence has begun the first systematic study of the school curriculum written by an armed movement in the southern hills, after a copy of its primary textbooks reached the university last year.",
        "",
        ">The three-year project, funded by the national research council, will compare the movement's textbooks with those of the state schools they replaced, and will interview former teachers and pupils who have since left the area.",
        "",
        "Video: Dr Ilse Ferreira-Nakamura introduces the project (2:41)",
        "Play",
        "0:00 / 2:41",
        "Show transcript",
        "",
        ">\"What children learn to read with matters as much as what they are told in the mosque or the barracks,\" said Dr Ilse Ferreira-Nakamura, who leads the project. \"These books teach arithmetic with examples about checkpoints and taxes. They tell a whole generation who their government is.\"",
        "",
        ">The team will also work with education charities that run catch-up classes for children who have left the movement's schools, to help teachers understand what those children were taught.",
        "",
        ">The first findings are expected to be published next spring.",
        "",
        "Media contact",
        "University of Brenholm Press Office",
        "press@brenholm.example · +00 12 345 6789",
        "",
        "Share: Facebook · LinkedIn · Email",
        "",
        "More news",
        "Brenholm chemists win award for cheaper water filters",
        "New student housing opens on the river campus",
        "",
        "University of Brenholm, Old Quad, Brenholm BR1 1AA",
        "Accessibility · Privacy · Freedom of information · Modern slavery statement",
    ]
    web("m11_university_news_video_bare_author", lines,
        dict(title="Schoolbooks from the hills: researchers study a militia's curriculum", authors=["Marit Okonkwo-Sand"],
             date="2032-05-12", kind="news", publication="University of Brenholm"))

# ---------------------------------------------------------------------------------------------------------------
# m12: a personal blog's essay saved as a text-browser dump: indented, hard-wrapped lines, numbered link markers,
# "Posted on [n]DATE by [n]NAME", like and share widgets, reader comments, and the dump's list of link addresses.
def m12():
    d = Doc("m12_blog_text_browser_dump_comments")
    L = [
        "   #[1]Notes from the Tessel Valley » Feed [2]Notes from the Tessel Valley »",
        "   Comments Feed", "",
        "   [3]Skip to content", "",
        "[4]Notes from the Tessel Valley", "",
        "   A retired historian writes about the hills, their people and their wars", "",
        "     * [5]Home", "     * [6]About", "     * [7]Archive", "",
        "   ESSAY", "",
        "What the old teachers remember", "",
        "   Posted on [8]30 April 2032 by [9]Aurelio Stanhope-Nkemdirim", ""]
    for l in L: d.add(l)
    for p in paras("""
When the state schools in the hill villages south of the Miskal closed in 2028, most of their teachers left for
the towns. A few stayed. Over the last winter I visited five of them, all now in their sixties or seventies, to ask
what became of their classrooms after the movement took them over.

None of them would let me use their names, and all of them said more or less the same thing: the new schools were
better run than the old ones. The roofs were mended, the teachers were paid on time, and there were books, which
there had not been for years. "We used to write the lessons on the wall," one of them told me, "because the
ministry never sent anything."

What troubled them was what was in the books. One retired headmaster showed me an arithmetic primer from the
movement's schools in which every problem is about the movement: how many sacks of grain a checkpoint collects, how
far a patrol walks in a day. "The sums are correct," he said. "That is the clever thing. A child who learns them
learns that this is how the world works."

I taught history for thirty years, and I know that every state teaches its children a story about who they are.
What the old teachers of the hills have watched is a movement doing the same, more efficiently than the state ever
did. If the government wants the villages back, it will have to offer their children something better to read.
"""):
        d.para(p, 0, width=74); d.blank()
    # indent the body as a text browser does
    d.lines = [("   " + l if o == 0 else l) for l, o in zip(d.lines, d.owner)]
    for l in ["   Dr Aurelio Stanhope-Nkemdirim taught history at the University of Brenholm",
              "   for thirty years and now writes from the Tessel valley.", "",
              "   Share this:", "     * [10]Share on X", "     * [11]Share on Facebook", "     * [12]Email", "",
              "   Like this:", "   Like Loading...", "",
              "   Posted in [13]Essays, [14]The hills  Tagged [15]schools, [16]teachers", "",
              "   3 thoughts on \"What the old teachers remember\"", "",
              "    1. Teodora Vasquez-Ilunga says:", "       [17]1 May 2032 at 08:14",
              "       Thank you for this. My mother taught in Dar Miskal until 2027 and",
              "       says the same about the books.", "       [18]Reply",
              "    2. Aurelio Stanhope-Nkemdirim says:", "       [19]1 May 2032 at 10:02",
              "       Thank you, Teodora. I would very much like to hear her story.", "       [20]Reply",
              "    3. K. Mbeki says:", "       [21]3 May 2032 at 19:40",
              "       The state had ten years to send books and did not. Hard to blame", "       the villages.",
              "       [22]Reply", "",
              "   Leave a Reply [23]Cancel reply", "",
              "   Your email address will not be published. Required fields are marked *", "",
              "   [24]« Previous post: The bridge at Upper Tessel", "",
              "   Proudly powered by a small blog engine. Theme: Plainsong.", "",
              "References", "",
              "   1. https://tesselvalley.example/feed/", "   2. https://tesselvalley.example/comments/feed/",
              "   3. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/#content",
              "   4. https://tesselvalley.example/", "   5. https://tesselvalley.example/",
              "   6. https://tesselvalley.example/about/", "   7. https://tesselvalley.example/archive/",
              "   8. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/",
              "   9. https://tesselvalley.example/author/aurelio/",
              "  10. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?share=x",
              "  11. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?share=facebook",
              "  12. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?share=email",
              "  13. https://tesselvalley.example/category/essays/", "  14. https://tesselvalley.example/category/the-hills/",
              "  15. https://tesselvalley.example/tag/schools/", "  16. https://tesselvalley.example/tag/teachers/",
              "  17. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/#comment-41",
              "  18. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?replytocom=41#respond",
              "  19. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/#comment-42",
              "  20. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?replytocom=42#respond",
              "  21. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/#comment-44",
              "  22. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/?replytocom=44#respond",
              "  23. https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/#respond",
              "  24. https://tesselvalley.example/2032/04/22/the-bridge-at-upper-tessel/"]:
        d.add(l)
    d.write([dict(title="What the old teachers remember", authors=["Aurelio Stanhope-Nkemdirim"], date="2032-04-30",
                  kind="essay", publication="Notes from the Tessel Valley")],
            sidecar="url: https://tesselvalley.example/2032/04/30/what-the-old-teachers-remember/")

# ---------------------------------------------------------------------------------------------------------------
# m13: a podcast episode page in a complete crawler block (no sidecar): episode number, host, running time, a chapter
# list, show notes and a speaker-labelled transcript, credits and the production company in the foot.
def m13():
    lines = [
        "---",
        'title: "Ep. 57: The Tax Men of the Desert | The Long Fuse"',
        "source: https://thelongfuse.example/episodes/57-the-tax-men-of-the-desert",
        'author: "Delphine Arkwright-Obi"',
        "date: 2032-05-05",
        'description: "Why would an armed group hand out receipts? Bertrand Ikechukwu-Rask on the Salt Road Emirate."',
        'site_name: "The Long Fuse"',
        "---",
        "",
        "THE LONG FUSE",
        "A podcast about how political violence works",
        "",
        "Episodes · About · Support the show",
        "",
        "EPISODE 57 · 5 May 2032 · 48 min",
        "",
        "The Tax Men of the Desert",
        "",
        "Hosted by Delphine Arkwright-Obi",
        "",
        "▶ Play episode",
        "Listen in your app · RSS · Download MP3 (44 MB)",
        "",
        ">Why would an armed group hand out receipts? In the northern desert, a faction calling itself the Emirate of the Salt Road has replaced robbery with a tax system, complete with stamped receipts, a ledger and repair crews. Independent researcher Bertrand Ikechukwu-Rask talks to Delphine about how it works, who pays, and why the provincial government has decided to live with it.",
        "",
        "Chapters",
        "00:00 Introduction",
        "02:15 From smugglers to tax collectors",
        "14:40 The ledger at Qasr Umbala",
        "29:05 Why drivers prefer the Emirate's road",
        "41:30 What happens if the colonel's clerk dies",
        "",
        ">Transcript",
        "",
        ">DELPHINE ARKWRIGHT-OBI: Bertrand, you spent three months talking to truck drivers about a jihadist group. What surprised you most?",
        "",
        ">BERTRAND IKECHUKWU-RASK: The receipts. Every driver I spoke to had a pocketful of them. They are printed, they are numbered and they are stamped, and if you have one from the first post you don't pay again at the next. One driver told me he keeps them in a biscuit tin, like tax returns.",
        "",
        ">DELPHINE ARKWRIGHT-OBI: And the drivers prefer this to what came before?",
        "",
        ">BERTRAND IKECHUKWU-RASK: Most of them do, and you can understand why. Before 2030 you could be robbed three times on one trip, by three different bands. Now you pay once, you know what you will pay, and if your truck breaks down the Emirate's mechanics will fix it. That is a terrible thing to say about an armed group, but it is what they told me.",
        "",
        ">DELPHINE ARKWRIGHT-OBI: What does the government make of it?",
        "",
        ">BERTRAND IKECHUKWU-RASK: Officially, nothing. Privately, one official told a newspaper that they cannot fight every man with a rubber stamp. The army protects the towns and leaves the road to the Emirate. Nobody says it is a deal, but it works like one.",
        "",
        "This transcript was generated automatically and edited for clarity. It may contain errors.",
        "",
        "Credits: Produced by Rowan Teague-Asante. Music by The Quiet Engines. Artwork by Lisbet Haraldsen-Obi.",
        "",
        "Support The Long Fuse: become a member for ad-free episodes and bonus interviews.",
        "",
        "← Episode 56: Ceasefires that hold   |   Episode 58: The drone on the creek →",
        "",
        "© 2032 Long Fuse Audio Ltd. All rights reserved.",
    ]
    web("m13_podcast_episode_chapters_transcript", lines,
        dict(title="The Tax Men of the Desert", authors=["Delphine Arkwright-Obi"], date="2032-05-05",
             kind="podcast", publication="The Long Fuse"))

# ---------------------------------------------------------------------------------------------------------------
# m14: a journal article's online-first page: superscript affiliations after the authors, an abstract and keywords,
# numbered sections, an author-date reference list, cite/metrics/permissions furniture.
def m14():
    lines = [
        "Studies in Conflict and Order",
        "Journal home · Latest articles · All issues · Submit an article · Subscribe",
        "Research Article",
        "Paying the road due: armed taxation and civilian compliance on desert trade routes",
        "Anselm Kwarteng-Boyd¹ & Liesl Umarova²",
        "¹ Department of Politics, University of Brenholm",
        "² Institute of Economic History, Ostrel Academy of Sciences",
        "Received 14 Nov 2031, Accepted 30 Apr 2032, Published online: 08 Jun 2032",
        "Download PDF · Cite this article · Open access",
        "",
        ">Abstract",
        ">Why do civilians comply with taxation by armed groups? Drawing on a survey of 212 long-distance drivers on two desert trade routes, we show that compliance depends less on the threat of violence than on the predictability of the levy. Drivers were more willing to pay groups that issued receipts, charged published rates and provided services such as road repairs, and less willing to pay groups that collected irregularly, even when those groups were more violent.",
        "Keywords: armed groups; rebel governance; taxation; trade routes; compliance",
        "",
        ">1. Introduction",
        ">Armed groups that control territory must decide how to extract resources from the people who live in or pass through it. A growing literature describes the forms this extraction takes, from one-off looting to regular taxation (Marsh-Adebayo 2027; Velasquez-Holm 2029). Less is known about why civilians comply, and in particular about why some armed taxation regimes attract voluntary compliance while others rely on constant coercion.",
        ">2. Data and methods",
        ">We surveyed 212 drivers at four truck stops on the two main trade routes of the northern desert between October 2031 and January 2032. Respondents were asked about the levies they paid on their most recent journey, how they were collected and whether they would choose the same route again. The survey was complemented by twenty semi-structured interviews.",
        ">3. Findings",
        ">Drivers who had received a receipt for their payment were almost three times as likely as others to say they would use the same route again, even after controlling for the amount paid and for reported violence. Services mattered too: drivers who had been helped by a group's mechanics or had used its wells were more likely to describe the levy as fair.",
        ">4. Conclusion",
        ">Predictability, not fear, is the foundation of durable armed taxation. Policies that seek to undermine armed groups' revenues should take account of the services those revenues buy, or risk pushing civilians towards the groups they are meant to weaken.",
        "References",
        ">Marsh-Adebayo, C. (2027). Loot and levy: the economics of armed rule. Corran University Press.",
        ">Velasquez-Holm, D. (2029). Receipts under the gun. Journal of Rebel Governance, 11(2), 145–171.",
        "Disclosure statement: No potential conflict of interest was reported by the authors.",
        "Article metrics: 1,204 views · 3 citations",
        "Rights and permissions · Reprints",
        "Related articles",
        "People also read",
        "Sign in to set up alerts",
        "© 2032 The Author(s). Published with licence by Halden & Crewe Academic.",
    ]
    web("m14_journal_online_first_affiliations", lines,
        dict(title="Paying the road due: armed taxation and civilian compliance on desert trade routes",
             authors=["Anselm Kwarteng-Boyd", "Liesl Umarova"], date="2032-06-08", kind="research article",
             publication="Studies in Conflict and Order"),
        sidecar="url: https://journals.haldencrewe.example/doi/full/10.5555/sco.2032.2201")

if __name__ == "__main__":
    for f in sorted(k for k in list(globals()) if k[0] == "m" and k[1:].isdigit()):
        globals()[f]()
