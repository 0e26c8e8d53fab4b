# Writes heldout27's raw files, sidecars and labels: python3 gen.py (in this folder). All text is invented.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import Issue, arts, write
from pdflib import Doc, paginate

def emit(name, lines, owners, articles, sidecar):
    iss = Issue(name); iss.lines, iss.owner = lines, owners
    iss.write(articles, sidecar or "")
    if not sidecar: os.remove(name + ".yml")

# ---------------------------------------------------------------- g01: Terrorism Monitor XXIX/20, three briefs, two features
def g01():
    d = Doc(72)
    d.line("TERRORISM MONITOR")
    d.line("In-depth analysis of the War on Terror")
    d.blank()
    d.line("VOLUME XXIX, ISSUE 20  |  OCTOBER 16, 2031")
    d.blank()
    d.line("In This Issue:")
    d.line("BRIEFS ............................................................ 2")
    d.line("THE FERRY CARTEL: HOW A MILITIA MONETISED THE LAKE")
    d.line("TESSARO CROSSINGS")
    d.line("   By Anselm Oduya ................................................ 4")
    d.line("BORDER MARKETS AND MOBILE MONEY: FINANCING JIHADIST")
    d.line("CELLS ALONG THE KORVADI FRONTIER")
    d.line("   By Lucía Brannagh and Tomasz Wierzba ........................... 7")
    d.blank()
    d.line("Terrorism Monitor is a publication of the Foundation. It is designed to be read by")
    d.line("policy-makers and specialists. The opinions expressed within are solely those of")
    d.line("the authors. Unauthorized reproduction or redistribution of this or any")
    d.line("Foundation publication is strictly prohibited by law.")
    d.pagebreak()
    ED, BIO = "Marguerite Ansley-Obi", "Marguerite Ansley-Obi is the Editor of Terrorism Monitor."
    d.line("BRIEFS"); d.blank()
    # brief 0
    d.line("SAHILIAN COAST GUARD CLAIMS ARREST OF KATIBA SAYF AL-SAHIL"); d.line("BOAT CREW"); d.blank()
    d.line(ED); d.blank()
    for p in [
        "On October 3, the coast guard of Sahilia announced that it had intercepted a fibreglass skiff off the fishing port of Ouled Tazra and detained its four crew, whom it described as members of Katiba Sayf al-Sahil, the jihadist group that has operated along the southern shore of the Gulf of Marrakand since 2027. According to the statement, the skiff carried two outboard engines, a satellite telephone, roughly 300 litres of fuel and a bundle of leaflets bearing the group's seal (Sahilia Press Service, October 4).",
        "The arrest matters less for what was seized than for where it happened. Until this year, Katiba Sayf al-Sahil was a land-based group whose fighters moved between the salt flats and the hill villages behind the coast. Its use of boats, first reported by fishermen in the spring, suggests that it is either supplying cells on the offshore islands or trying to tax the fishing fleet in the way it already taxes the coastal road.",
        "The coast guard has six patrol boats for more than 400 kilometres of shoreline, and officials privately concede that most of the group's crossings go unseen. A single arrest, however well publicised, is unlikely to change that balance, but the interrogation of the crew may give the authorities their first detailed picture of the group's maritime logistics.",
    ]: d.par(p, 0)
    d.line(BIO); d.blank()
    # brief 1
    d.line("PRO-ISLAMIC STATE CHANNELS PROMOTE A NEW APP FOR SECURE DONATIONS"); d.blank()
    d.line(ED); d.blank()
    for p in [
        "Since late September, at least eleven pro-Islamic State channels on encrypted messaging services have circulated instructions for a donation application that its promoters say cannot be traced by \"the intelligence services of the crusaders.\" The posts, written in Arabic, English and Tajik, link to an installer hosted on a file-sharing site and to a short video that walks supporters through creating a wallet and sending small sums to an address controlled by the channel administrators.",
        "Researchers who examined the installer found that it is a lightly modified copy of an open-source wallet, with its update server removed and a list of hard-coded recipient addresses added. Nothing about it is novel, and its promise of anonymity is exaggerated. What is new is the effort spent on the campaign: the same video has been re-edited at least five times with different narrators, and the channels have coordinated their posting so that the link reappears within hours of each takedown.",
        "The campaign fits a pattern seen throughout 2031, in which the group's supporters have shifted from asking for cash through couriers to asking for many small digital transfers. The sums involved remain modest, but the persistence of the effort suggests that the network's organisers regard it as worth the risk of exposure.",
    ]: d.par(p, 1)
    d.line(BIO); d.blank()
    # brief 2, with notes, bio after the notes
    d.line("ARMED GROUP IN THE UPPER VASSA VALLEY DECLARES A \"TAX HOLIDAY\""); d.blank()
    d.line(ED); d.blank()
    for p in [
        "An armed group that controls much of the upper Vassa valley has announced that it will suspend the levies it collects on harvested coffee for the rest of the year, in what its leaders called a gift to \"the farmers who have carried the movement.\" The announcement was read out at a series of village meetings and later posted, as an audio file, on the group's channel [1].",
        "The move is best understood as a response to competition. A rival faction, which split from the group in 2030, has been courting the same villages with promises of lower taxes and protection from army raids. The suspension also comes as coffee prices have fallen by nearly a third, leaving farmers with little to give [2]. By forgoing income it was unlikely to collect in full, the group can present itself as generous while keeping its fighters in the valley.",
        "Whether the holiday lasts is another matter. The group still needs money to pay and feed several hundred fighters, and past pauses in taxation have been followed by sharp increases once the harvest was sold.",
    ]: d.par(p, 2)
    d.line("Notes"); d.blank()
    d.par("[1] Audio statement posted on the group's channel, October 6, 2031.", 2)
    d.par("[2] \"Coffee growers face worst season in a decade,\" Vassa Valley Farmer, October 1, 2031.", 2)
    d.line(BIO); d.pagebreak()
    # feature 3
    d.line("The Ferry Cartel: How a Militia Monetised the Lake"); d.line("Tessaro Crossings"); d.blank()
    d.line("By Anselm Oduya"); d.blank()
    for p in [
        "For most of the last decade, the ferries that cross Lake Tessaro between the market town of Benzari and the fishing settlements of the eastern shore were run by a handful of family firms and regulated, at least on paper, by the lake authority in Benzari. By the middle of 2031, nearly every one of those crossings was paying a share of its fares to the Tessaro Shore Brigade, a militia that began as a village self-defence force and now controls most of the eastern shore [1].",
        "This article traces how the brigade came to dominate the crossings, what it earns from them and why the arrangement has proved so durable. It draws on interviews conducted in Benzari in August 2031 with boat owners, traders and local officials, as well as on the lake authority's own records of licensed vessels.",
    ]: d.par(p, 3)
    d.line("From protection to ownership", 3); d.blank()
    for p in [
        "The brigade's first involvement with the ferries was defensive. After a series of robberies on the lake in 2026, boat owners on the eastern shore asked the brigade's commanders to post armed men on the larger vessels. The owners paid a flat fee per crossing, and the robberies largely stopped. One owner described the arrangement as \"the only insurance we could buy\" [2].",
        "Over the following three years, the fee became a percentage of each fare, and the brigade began to decide which boats could sail and when. Owners who refused to pay found their landing stages blocked. By 2029, at least four boats had been sold, under pressure, to men close to the brigade's leadership, and the lake authority's register shows that the new owners renewed their licences without difficulty [3].",
        "The change was gradual enough that few outsiders noticed it. Officials in Benzari continued to issue licences and inspect hulls; the brigade's men did not interfere with the inspectors and, by several accounts, paid for their fuel. The authorities were thus able to claim that the crossings remained regulated, while the brigade took the profits.",
    ]: d.par(p, 3)
    d.line("The economics of the crossings", 3); d.blank()
    for p in [
        "The sums involved are considerable by local standards. Using fares quoted by traders and passenger numbers recorded by the lake authority, a conservative estimate puts the brigade's annual income from the crossings at between 1.8 and 2.4 million dollars, more than it is thought to raise from any other single source [4]. Cargo is more lucrative than passengers: a lorry-load of dried fish taken across to Benzari pays a levy several times the fare of a passenger, and the brigade sets the rate according to the season.",
        "The crossings also give the brigade something that money alone cannot buy: control over who and what moves between the shores. Traders say that the brigade's men check manifests at the landing stages and occasionally turn back goods belonging to rivals. Soldiers travelling on leave have been refused passage. In effect, the ferries have become the brigade's border.",
        "This control has limits. The western shore remains under the authority of the state, and the brigade has never tried to hold a landing stage there. Its men disembark before the boats reach Benzari, and the return fares are collected on the eastern side. The arrangement depends on a tacit understanding that the state will not interfere with the eastern landings as long as the brigade does not bring its weapons into the town.",
    ]: d.par(p, 3)
    d.line("Why the arrangement endures", 3); d.blank()
    for p in [
        "Three factors explain why neither the state nor the brigade's rivals have challenged this arrangement. First, the brigade delivers the security that the owners originally wanted. There has been no armed robbery on a licensed ferry since 2028, a record that the lake police cannot match on the roads around Benzari. Second, officials in Benzari benefit from it: the licence fees continue to arrive, and several officials are said to hold shares in boats that sail under the brigade's protection [5].",
        "Third, and most importantly, there is no obvious alternative. The army has no boats on the lake, and the two operations it mounted against the brigade on land, in 2027 and 2029, ended with the soldiers withdrawing after a few weeks. A serious attempt to retake the crossings would require a naval capability that the state does not have and is not building.",
        "The brigade's hold on the ferries is therefore likely to outlast any single commander. For policymakers, the lesson is that militias which begin by selling protection often end by owning the business they protect, and that by the time this happens, the state may have become a partner in the arrangement rather than its victim.",
    ]: d.par(p, 3)
    d.line("Anselm Oduya is a researcher at the Kessel Institute for Conflict Studies, where he works on armed")
    d.line("groups and informal economies around the Great Lakes.")
    d.blank()
    d.line("Notes"); d.blank()
    for n in [
        "[1] On the brigade's origins, see Anselm Oduya, \"Self-Defence Forces on Lake Tessaro,\" Terrorism Monitor, Volume XXVII, Issue 9, May 2, 2029.",
        "[2] Author's interview with a boat owner, Benzari, August 12, 2031.",
        "[3] Lake Tessaro Authority, Register of Licensed Passenger Vessels, 2027–2031 (copies seen by the author).",
        "[4] Author's calculation from fares quoted by eleven traders and from the authority's monthly passenger counts for 2030.",
        "[5] Author's interviews with two officials and a trader, Benzari, August 2031.",
    ]: d.par(n, 3)
    d.pagebreak()
    # feature 4
    d.line("Border Markets and Mobile Money: Financing Jihadist"); d.line("Cells Along the Korvadi Frontier"); d.blank()
    d.line("Lucía Brannagh and Tomasz Wierzba"); d.blank()
    for p in [
        "The weekly markets that straddle the Korvadi frontier have always been places where goods and money change hands beyond the reach of either state. Livestock, fuel, cigarettes and grain move across the border in both directions, and traders settle their accounts through a web of brokers who hold balances on each side. In the last two years, this informal system has acquired a new layer: mobile-money accounts registered in the names of market porters, which jihadist cells in the hills above the frontier use to receive and move funds [1].",
        "This article examines how that layer works, drawing on transaction summaries shared by two telecoms operators with a regional financial intelligence unit and on interviews with traders at the markets of Dassu and Ilkeri.",
    ]: d.par(p, 4)
    d.line("Porters as account holders", 4); d.blank()
    for p in [
        "The porters who carry goods across the frontier are among the poorest people in the markets. Many of them are young men from the hill villages, and many have no identity documents of their own. According to traders in Dassu, recruiters linked to the cells offer porters a small weekly payment in return for registering a mobile-money account with a borrowed document and handing over the telephone [2].",
        "The accounts are then used for a few weeks, receiving transfers from inside the country and from the diaspora, before being abandoned. Because each account handles only modest sums and is active for a short time, it rarely triggers the operators' automated alerts. The summaries reviewed for this article show clusters of such accounts opening and closing in step with the cells' known movements [3].",
    ]: d.par(p, 4)
    d.line("The brokers' role", 4); d.blank()
    for p in [
        "Money that arrives in the porters' accounts does not stay digital for long. Brokers in the markets convert it into cash or into credit held on the other side of the frontier, charging a commission of between three and six percent. Most brokers appear to be unaware of, or indifferent to, the origin of the funds; a few, according to the financial intelligence unit, work closely with the cells and handle much larger amounts [4].",
        "The combination is effective because it marries a new technology to an old institution. Mobile money makes it easy to collect many small payments from scattered supporters; the brokers make it easy to turn those payments into cash where the cells need it. Neither system on its own would serve the cells as well.",
    ]: d.par(p, 4)
    d.line("Responses", 4); d.blank()
    for p in [
        "The authorities on both sides of the frontier have responded by tightening the registration rules for mobile-money accounts and by closing some of the markets for weeks at a time. Both measures have costs. Stricter registration excludes the poorest traders from the formal financial system, while closing the markets pushes trade onto smuggling routes that are even harder to watch.",
        "A more promising approach would focus on the small number of brokers who handle most of the cells' money, and on the recruiters who enlist the porters. Both groups are known to traders in the markets, and both are vulnerable to the kind of patient investigation that the financial intelligence unit has so far lacked the resources to pursue [5].",
    ]: d.par(p, 4)
    d.line("Lucía Brannagh is a senior analyst at the Varne Risk Group, where she covers armed groups in the")
    d.line("Sahel and the Lake Chad basin. Tomasz Wierzba is a doctoral researcher at the University of Halden,")
    d.line("where he studies informal finance and mobile payments in conflict zones.")
    d.blank()
    d.line("Notes"); d.blank()
    for n in [
        "[1] On the markets, see Tomasz Wierzba, \"Brokers Without Banks,\" Journal of Frontier Economies 11, no. 2 (2030): 44–71.",
        "[2] Authors' interviews with traders, Dassu, June 2031.",
        "[3] Transaction summaries for January 2030 to March 2031, shared with the authors on condition that the operators not be named.",
        "[4] Authors' interview with an official of the regional financial intelligence unit, July 2031.",
        "[5] Ibid.",
    ]: d.par(n, 4)
    def furn(n):   # footer of page n, header of page n+1
        nxt = n + 1
        if nxt == 8:   # extraction split off this page's number and ran the header's words together
            return [""], ["8", "TERRORISMMONITOR\uf0b7VOLUMEXXIX\uf0b7ISSUE20", ""]
        if nxt % 2 == 0:
            return [""], ["%d      Terrorism Monitor      Volume XXIX  •  Issue 20" % nxt, ""]
        return [""], ["October 16, 2031      TERRORISM MONITOR      %d" % nxt, ""]
    global FERRY
    idx = [i for i, (t, o) in enumerate(d.items) if o == 3]
    FERRY = [t for t, o in d.items[idx[0]:idx[-1] + 1] if o == 3 or t == ""]
    lines, owners = paginate(d.items, 48, furn)
    a = arts("Terrorism Monitor", "2031-10-16", 29, 20,
             ("Sahilian Coast Guard Claims Arrest of Katiba Sayf al-Sahil Boat Crew", ["Marguerite Ansley-Obi"], "brief"),
             ("Pro-Islamic State Channels Promote a New App for Secure Donations", ["Marguerite Ansley-Obi"], "brief"),
             ("Armed Group in the Upper Vassa Valley Declares a \\\"Tax Holiday\\\"", ["Marguerite Ansley-Obi"], "brief"),
             ("The Ferry Cartel: How a Militia Monetised the Lake Tessaro Crossings", ["Anselm Oduya"], "feature"),
             ("Border Markets and Mobile Money: Financing Jihadist Cells Along the Korvadi Frontier", ["Lucía Brannagh", "Tomasz Wierzba"], "feature"))
    emit("g01_tm_issue_ferries_mangled_header", lines, owners, a, "publication: Terrorism Monitor\n")

# ---------------------------------------------------------------- g02: Terrorism Monitor XXIX/22, singular BRIEF, superscripts, co-author bio
def g02():
    d = Doc(70)
    d.line("Terrorism Monitor"); d.blank()
    d.line("THURSDAY, 13 NOVEMBER 2031 — VOLUME XXIX, ISSUE 22"); d.blank()
    d.line("IN THIS ISSUE"); d.blank()
    d.line("  1   Brief: Drone Workshop Raided in Qalat Marun")
    d.line("  2   The Return of the Hostage Economy on the Tadrart Ouali Plateau")
    d.line("      — Ibrahim Sow-Castellanos")
    d.line("  4   Prison Radicalisation After the Amnesty: Lessons From the Meridan")
    d.line("      Jail Networks — Dr Helga Ruiz-Aaltonen and Samir Okafor-Dahl")
    d.blank()
    d.line("BRIEF"); d.blank()
    d.line("Drone Workshop Raided in Qalat Marun"); d.blank()
    d.line("By Rafael Nwachukwu-Berg"); d.blank()
    for p in [
        "Security forces raided a two-storey house on the edge of Qalat Marun on November 5 and found what officials described as a workshop for assembling small armed drones. Photographs released by the interior ministry show a dozen commercial airframes in various stages of assembly, boxes of replacement propellers, soldering equipment and a bench on which mortar bombs had been fitted with plastic tail fins and improvised release mechanisms (Marun Daily, November 6).",
        "Two men were arrested at the house and a third, described as an engineering student, was detained the next day at a university dormitory. Officials said that the workshop supplied a cell of the Ansar al-Jabal network, which has used small drones to drop explosives on checkpoints in the hills north of the city at least nine times since June.",
        "The raid confirms what the pattern of attacks had suggested: that the network is not importing ready-made weapons but adapting cheap civilian equipment in small urban workshops. Such workshops are easy to set up and hard to find, and their loss is quickly made good. The more valuable prize for investigators may be the student, whose telephone reportedly held the design files and a list of suppliers.",
    ]: d.par(p, 0)
    d.line("Rafael Nwachukwu-Berg is a security analyst based in Qalat Marun."); d.pagebreak()
    d.line("The Return of the Hostage Economy on the Tadrart Ouali Plateau"); d.blank()
    d.line("Ibrahim Sow-Castellanos"); d.blank()
    d.line("Ibrahim Sow-Castellanos is an independent researcher who has worked on kidnapping and")
    d.line("ransom in the Sahel since 2019.")
    d.blank()
    for p in [
        "In the first ten months of 2031, at least 37 people were abducted on or around the Tadrart Ouali plateau, more than in the previous three years combined.¹ The victims include aid workers, the drivers of two mining company convoys, a local mayor and at least eleven traders from the market towns along the plateau's southern edge. Most were taken by fighters of Jama'at Ahl al-Tadrart, the al-Qaeda-aligned group that controls the plateau's interior, and most have since been released after payments that neither the families nor the authorities acknowledge.",
        "Kidnapping for ransom is not new on the plateau. Between 2012 and 2019, it was one of the main sources of income for the armed groups of the region, before a combination of military pressure, a collapse in the number of foreign travellers and a shift toward taxing gold mining reduced its importance.² Its return in 2031 raises two questions: why the group has taken it up again, and why it has changed its choice of victims.",
    ]: d.par(p, 1)
    d.line("A shift in targets", 1); d.blank()
    for p in [
        "The kidnappings of the last decade targeted mainly foreigners, who could command ransoms in the millions. The victims of 2031 are overwhelmingly local. Their families can pay far less, typically between 5,000 and 40,000 dollars according to relatives and mediators interviewed for this article, but they pay quickly and they rarely involve the police.³",
        "This shift reflects a change in the group's needs. The gold sites that once provided most of its income were hit hard by the fall in prices in 2030 and by the army's occupation of two of the largest sites in the spring of 2031. Kidnapping local people offers a steady, if modest, income that does not depend on world markets and that can be raised in any village the group can reach.",
        "It also serves a political purpose. Several of the victims, including the mayor and two teachers, were accused by the group of working with the government. Their release after payment, accompanied by warnings, sends a message to others who might cooperate with the authorities.⁴",
    ]: d.par(p, 1)
    d.line("The mediators", 1); d.blank()
    for p in [
        "Central to the new hostage economy are the mediators who carry messages and money between the families and the kidnappers. Most are elders, traders or religious figures with relatives on both sides of the conflict. They take no fee, or say they take none, but their standing in the community rises with every successful release.",
        "The authorities have tried to discourage payments by threatening to prosecute those who carry ransoms, but they have not done so in any known case. In practice, officials often rely on the same mediators to negotiate the release of soldiers and civil servants, and they are reluctant to disrupt a channel they may one day need.⁵",
    ]: d.par(p, 1)
    d.line("Outlook", 1); d.blank()
    for p in [
        "Unless the group's other sources of income recover, the number of kidnappings is likely to keep rising. The most effective response would not be military but economic: reopening the gold sites under arrangements that give local miners a stake, and restoring the market routes whose closure has left traders dependent on the goodwill of armed men. Neither is on the government's agenda for 2032.",
    ]: d.par(p, 1)
    d.line("Notes"); d.blank()
    for n in [
        "1. Author's dataset of abductions compiled from local radio reports, humanitarian security bulletins and interviews, January–October 2031.",
        "2. See Ibrahim Sow-Castellanos, \"Gold, Guns and the Plateau,\" Terrorism Monitor, Volume XXVI, Issue 14, July 11, 2028.",
        "3. Author's interviews with relatives of eight victims and with three mediators, September 2031.",
        "4. A recording of the mayor's release, circulated on messaging services on August 19, 2031, includes a warning read by one of the fighters.",
        "5. Author's interview with a regional official, October 2031.",
    ]: d.par(n, 1)
    d.pagebreak()
    d.line("Prison Radicalisation After the Amnesty: Lessons From the"); d.line("Meridan Jail Networks"); d.blank()
    d.line("By Dr Helga Ruiz-Aaltonen and Samir Okafor-Dahl"); d.blank()
    for p in [
        "When the government of Meridan announced an amnesty for low-level detainees in January 2030, it presented the measure as a step toward reconciliation after a decade of insurgency. Some 2,300 prisoners were released over the following six months. Eighteen months later, prosecutors say that at least 140 of them have been arrested again on terrorism charges, and that a significant share of those were recruited not before their first imprisonment but during it.¹",
        "This article draws on court records, interviews with former prisoners and prison staff, and the findings of a parliamentary inquiry published in September 2031 to examine how the insurgency's networks operated inside Meridan's prisons and what the amnesty revealed about them.",
    ]: d.par(p, 2)
    d.line("Networks behind the walls", 2); d.blank()
    for p in [
        "Meridan's three largest prisons held more than 9,000 inmates in 2029, in buildings designed for fewer than 4,000. Overcrowding meant that convicted insurgents were held in the same wings as men awaiting trial for theft or unpaid debts, and the guards, outnumbered and often unpaid for months, ceded day-to-day control of several wings to the inmates themselves.²",
        "In those wings, according to former prisoners, members of the insurgency organised the distribution of food, settled disputes and ran study circles in which newer inmates were introduced to the movement's teachings. Protection was offered to those who joined and withdrawn from those who refused. One former prisoner described the choice as \"not about belief, but about where you slept and whether you ate.\"³",
    ]: d.par(p, 2)
    d.line("What the amnesty released", 2); d.blank()
    for p in [
        "The amnesty's screening process was designed to exclude anyone convicted of a terrorism offence, and it largely did so. What it could not detect was the influence that the insurgency's members had acquired over prisoners held for other crimes. Many of the men released in 2030 left prison with debts of loyalty to the movement and, in some cases, with instructions to contact its members outside.⁴",
        "Court records show that the men re-arrested since the amnesty were disproportionately drawn from two wings of Kessa Central Prison, both of which the parliamentary inquiry identified as having been under the effective control of insurgent inmates. This concentration suggests that recruitment depended less on the personal qualities of the prisoners than on the wings in which they happened to be held.⁵",
    ]: d.par(p, 2)
    d.line("Lessons", 2); d.blank()
    for p in [
        "The Meridan case shows that an amnesty can only be as good as the prisons it empties. Separating convicted insurgents from other inmates, paying guards regularly and restoring official control of the wings would have done more to prevent recruitment than any screening of individual prisoners. The inquiry has recommended all three measures; the government has so far funded only the first.",
    ]: d.par(p, 2)
    d.line("Dr Helga Ruiz-Aaltonen is a lecturer in criminology at the University of Vastmark, where she")
    d.line("researches prison regimes and violent extremism. Samir Okafor-Dahl is a former prison welfare")
    d.line("officer and a doctoral candidate at the same university.")
    d.blank()
    d.line("Notes"); d.blank()
    for n in [
        "1. Office of the Public Prosecutor, Annual Report on Terrorism Cases 2030–2031, Kessa, October 2031, p. 17.",
        "2. National Assembly of Meridan, Report of the Inquiry into Conditions in Places of Detention, September 2031.",
        "3. Authors' interview with a former prisoner, Kessa, May 2031.",
        "4. Authors' interviews with six former prisoners and two prison officers, April–June 2031.",
        "5. Authors' analysis of 86 indictments filed between March 2030 and August 2031.",
    ]: d.par(n, 2)
    def furn(n):
        foot = ["", "Terrorism Monitor  |  13 November 2031  |  www.foundation-monitors.example        %d" % n]
        if n == 2:   # this page's footer came out as a bare number before the text resumed
            foot = ["", "%d" % n]
        return foot, [""]
    lines, owners = paginate(d.items, 52, furn)
    a = arts("Terrorism Monitor", "2031-11-13", 29, 22,
             ("Drone Workshop Raided in Qalat Marun", ["Rafael Nwachukwu-Berg"], "brief"),
             ("The Return of the Hostage Economy on the Tadrart Ouali Plateau", ["Ibrahim Sow-Castellanos"], "feature"),
             ("Prison Radicalisation After the Amnesty: Lessons From the Meridan Jail Networks", ["Helga Ruiz-Aaltonen", "Samir Okafor-Dahl"], "feature"))
    emit("g02_tm_issue_singular_brief_superscripts", lines, owners, a, "publication: Terrorism Monitor\n")

# ---------------------------------------------------------------- g03: Terrorism Monitor XXIX/24, glued note markers, bio after the notes, no sidecar
def g03():
    d = Doc(74)
    d.line("T E R R O R I S M   M O N I T O R"); d.blank()
    d.line("Volume XXIX  ◆  Issue 24  ◆  December 11, 2031"); d.blank()
    d.line("CONTENTS"); d.blank()
    d.line("Briefs .................................................................. 1")
    d.line("From Smugglers to Soldiers: The Militarisation of the")
    d.line("Ghaddan Salt Road")
    d.line("Dr Clementine Abara-Voss ............................................... 3")
    d.blank()
    d.line("BRIEFS"); d.blank()
    d.line("SEPARATIST MILITANTS CLAIM RAIL SABOTAGE IN EASTERN DOVRANIA"); d.blank()
    d.line("By Marguerite Ansley-Obi"); d.blank()
    for p in [
        "A separatist group calling itself the Dovranian Liberation Front has claimed responsibility for an explosion that derailed a freight train near the junction town of Petrasz on November 28. No one was killed, but eleven wagons carrying fertiliser left the track and the line, which carries most of the region's exports to the coast, was closed for six days (Eastern Dovrania Herald, November 29).",
        "The group first appeared in 2029 with a series of arson attacks on government offices, but this is the first time it has struck infrastructure of national importance. Its statement, posted on a little-known website and signed by a \"military council,\" warned that further attacks would follow unless the government withdrew a planned reform of regional budgets.",
        "Investigators have so far released few details, but the choice of target suggests some planning: the charge was placed on a curve where a derailment would cause the greatest damage and the longest repair. Whether the group has the capacity to mount a sustained campaign remains unclear.",
    ]: d.par(p, 0)
    d.line("Marguerite Ansley-Obi is the Editor of Terrorism Monitor."); d.blank()
    d.line("NEW LEADER NAMED FOR JAMA'AT AL-MURABITIN AL-JADIDA AFTER AIRSTRIKE"); d.blank()
    d.line("By Dr Yusuf Haldane-Ortiz"); d.blank()
    for p in [
        "Jama'at al-Murabitin al-Jadida, a jihadist group active in the borderlands south of the Ouadi Kessar, announced on December 2 that it had chosen a new leader following the death of its commander, Abu Hafs al-Kessari, in an airstrike in late November. The new leader was named only by his kunya, Abu Talha al-Ansari, in a short audio message that praised his predecessor and promised revenge.",
        "Little is known about Abu Talha. Former members of the group describe a man in his forties who once ran its religious police and who is said to be close to the group's foreign fighters. If that is correct, his appointment may signal a turn toward the harsher governance that the group applied in the areas it held between 2024 and 2026, and away from the accommodation with local tribes that his predecessor had favoured.",
    ]: d.par(p, 1)
    d.line("Dr Yusuf Haldane-Ortiz is a senior fellow at the Orrin Centre for Security Studies."); d.pagebreak()
    d.line("From Smugglers to Soldiers: The Militarisation of the"); d.line("Ghaddan Salt Road"); d.blank()
    d.line("By Dr Clementine Abara-Voss"); d.blank()
    for p in [
        "For centuries, the Ghaddan salt road carried slabs of rock salt from the mines of the interior to the markets of the southern towns, and for most of that time it was controlled by the families who organised the caravans. Over the past five years, the road has become one of the most contested corridors in the region, fought over by two armed groups and patrolled, intermittently, by the army.1 The transformation of the salt road from a trade route into a military one illustrates how armed groups can absorb the networks of smugglers around them and turn them into something else.",
        "The argument of this article is simple: the groups did not seize the road so much as recruit it.2 The families who ran the caravans, and the young men who drove the lorries that replaced them, became the groups' logisticians, scouts and, eventually, fighters.",
    ]: d.par(p, 2)
    d.line("The smugglers' road", 2); d.blank()
    for p in [
        "By the 2010s, salt was the least valuable cargo on the road. The same lorries carried fuel, cigarettes, medicines and migrants, and the families who owned them paid officials at each checkpoint to look the other way. This was smuggling, but it was orderly smuggling, governed by long-standing understandings between the families, the officials and the tribes through whose land the road passed.3",
        "That order began to break down in 2026, when the jihadist group Ansar al-Milh established itself in the mining district at the road's northern end and began to tax the lorries leaving the mines. Within a year, a rival group allied to the government's opponents in the south was taxing the same lorries at the other end, and the families found themselves paying twice.4",
    ]: d.par(p, 2)
    d.line("Recruiting the road", 2); d.blank()
    for p in [
        "Rather than fight the families, both groups set out to recruit them. Ansar al-Milh offered the drivers exemption from its taxes in return for carrying its supplies and reporting on army movements. Its rival offered weapons and a share of the fuel trade. By 2029, according to former drivers, most of the lorries on the road were working for one group or the other, and some for both.5",
        "The consequences went beyond logistics. Drivers who carried weapons were treated as combatants by the army and by the other group, and several were killed at checkpoints or in ambushes. Their sons and nephews joined the groups in turn, some out of anger and some because the groups were now the only employers on the road. In this way, a smuggling network became a recruiting network.6",
    ]: d.par(p, 2)
    d.line("Implications", 2); d.blank()
    for p in [
        "The militarisation of the salt road suggests that efforts to cut armed groups off from smuggling networks may come too late if the networks themselves have already been absorbed. Closing the road, which the army attempted for three months in 2030, hurt the families far more than the groups, and pushed more drivers into the groups' arms.7",
        "A more durable approach would offer the families an alternative: legal trade on the road, protected by forces that do not themselves tax it. That would require the government to give up revenues that its own officials currently take at the checkpoints, which is why it has not happened.",
    ]: d.par(p, 2)
    d.line("Endnotes"); d.blank()
    for n in [
        "1 On the road's history, see Amadou Kessel-Ba, The Salt Caravans of the Ghaddan (Port Amar: Sandline Press, 2018).",
        "2 The author conducted interviews with 23 current and former drivers between February and August 2031.",
        "3 Interview with a caravan family elder, Tazrit, March 2031.",
        "4 \"Two taxes on one road,\" Southern Courier, June 14, 2027.",
        "5 Interviews with former drivers, Tazrit and Ghaddan, April 2031.",
        "6 Ibid.",
        "7 Ministry of Defence, statement on the reopening of the Ghaddan road, October 3, 2030.",
    ]: d.par(n, 2)
    d.line("Dr Clementine Abara-Voss is an associate professor of political geography at the University of")
    d.line("Port Amar. Her book on borderland economies will be published in 2032.")
    def furn(n):
        nxt = n + 1
        if nxt == 3:   # page number glued to the running header in extraction
            return [""], ["3TERRORISM MONITOR | VOL. XXIX, ISSUE 24", ""]
        return [""], ["%d        TERRORISM MONITOR | VOL. XXIX, ISSUE 24" % nxt, ""]
    lines, owners = paginate(d.items, 46, furn)
    a = arts("Terrorism Monitor", "2031-12-11", 29, 24,
             ("Separatist Militants Claim Rail Sabotage in Eastern Dovrania", ["Marguerite Ansley-Obi"], "brief"),
             ("New Leader Named for Jama'at al-Murabitin al-Jadida After Airstrike", ["Yusuf Haldane-Ortiz"], "brief"),
             ("From Smugglers to Soldiers: The Militarisation of the Ghaddan Salt Road", ["Clementine Abara-Voss"], "feature"))
    emit("g03_tm_issue_glued_markers_no_sidecar", lines, owners, a, None)

# ---------------------------------------------------------------- g04: Militant Leadership Monitor XXII/10 (October 2031): month-only masthead
def g04():
    d = Doc(66)
    d.line("MILITANT LEADERSHIP MONITOR"); d.line("Personalities Behind the Insurgency"); d.blank()
    d.line("Volume XXII  ◆  Issue 10  ◆  October 2031"); d.blank()
    d.line("In this issue"); d.blank()
    d.line("Briefs: Who Speaks for the Kassala Hills Front? ........... 1")
    d.line("Umm Safiya al-Turki: The Widow Who Runs a Network's")
    d.line("Money ..................................................... 2")
    d.line("Commander Dario Festus Mbeki-Lorenz: The Ex-Officer at the")
    d.line("Head of the Coastal Militias ............................. 4")
    d.blank()
    d.line("BRIEFS"); d.blank()
    d.line("Who Speaks for the Kassala Hills Front?"); d.blank()
    d.line("Ottilie Brandvold-Essien"); d.blank()
    for p in [
        "For the second time in a year, the Kassala Hills Front has released statements in the names of two different spokesmen. The first, a veteran preacher known as Sheikh Anwar Musa, announced on September 14 that the Front would accept a ceasefire proposed by church mediators. Four days later, a younger commander, Idris Tahir Gebremariam, denied that any ceasefire had been agreed and promised new attacks on the roads to the regional capital (Hills Radio, September 18).",
        "The contradiction reflects a division that has widened since the Front's founder died in 2030. The older leaders, based in the villages, want a settlement that would allow them to return to farming; the younger commanders, who control most of the Front's fighters and its income from the roadblocks, see little to gain from peace. Mediators say that they no longer know whom to call.",
        "Neither faction appears strong enough to impose its will on the other. Until one does, statements from the Front are best read as evidence of the balance between its wings rather than as statements of its policy.",
    ]: d.par(p, 0)
    d.line("Ottilie Brandvold-Essien is a regular contributor to Militant Leadership Monitor."); d.pagebreak()
    d.line("Umm Safiya al-Turki: The Widow Who Runs a Network's Money"); d.blank()
    d.line("By Ahmet Caner Vollrath"); d.blank()
    for p in [
        "Few women hold recognised positions of authority in jihadist movements, and fewer still are named in their enemies' sanctions lists. Umm Safiya al-Turki is one of them. Designated by two governments in 2031 as a financier of the Islamic State's networks in the camps of the northern desert, she has been described by investigators as the person who decides which families receive money, which smugglers are paid and which escape attempts are funded.¹",
        "Her real name is believed to be Safiye Durmaz. Born in the early 1990s in a provincial city, she travelled to the caliphate's territory in 2015 with her first husband, a trader who was killed in 2017. She remarried twice, both times to mid-ranking commanders who were killed in turn, and by the time the group's last territory fell in 2019, she had acquired a reputation among the women of the camps as a widow who could be trusted with money.²",
        "In the camps, that reputation became a role. Money sent by supporters abroad arrives through couriers and money transfer agents and is distributed by a small number of women who keep accounts, settle disputes and pay the smugglers who carry people out. Umm Safiya is said to oversee the largest of these circles, handling transfers from at least six countries.³",
        "She has never, as far as is known, written a public statement or appeared in the group's propaganda. Her authority rests on personal trust rather than on any formal position, which makes it both durable and hard to disrupt: sanctions can freeze accounts in her name, but most of the money she manages never passes through accounts in her name at all.",
        "The designations against her are therefore likely to matter less than efforts to identify the transfer agents and couriers who serve her network. For now, she remains in the camp, where visitors describe her as courteous, careful and firmly in charge.⁴",
    ]: d.par(p, 1)
    d.line("Ahmet Caner Vollrath is a researcher on jihadist finance based in Vienna."); d.blank()
    d.line("Notes"); d.blank()
    for n in [
        "¹ Designation notices issued by the Treasury of Ostmark (March 2031) and the Foreign Ministry of Vendel (June 2031).",
        "² Author's interviews with two women formerly held in the northern camps, 2031.",
        "³ Ibid.",
        "⁴ Author's interview with an aid worker who visited the camp in August 2031.",
    ]: d.par(n, 1)
    d.pagebreak()
    d.line("Commander Dario Festus Mbeki-Lorenz: The Ex-Officer at the"); d.line("Head of the Coastal Militias"); d.blank()
    d.line("By Nkemdirim Halloway"); d.blank()
    for p in [
        "Dario Festus Mbeki-Lorenz was, until 2027, a major in the marine infantry of the Republic of Costavera. Today he commands the largest of the coastal militias that control the creeks and fishing ports between the Ossu estuary and the border, a force estimated at between 1,500 and 2,000 armed men.¹ His trajectory from officer to militia commander illustrates both the weakness of the state in the delta and the ease with which its own personnel can be drawn into the economies it is supposed to police.",
        "Mbeki-Lorenz was born in 1983 in the port town of Assagbe and joined the navy at 19. He served with distinction in the anti-piracy operations of the 2010s and was decorated twice. In 2025 he was posted to command the marine garrison at Assagbe, his home town, where he is alleged to have protected the fuel smuggling operations of his relatives.²",
        "Dismissed in 2027 after a quarrel with a superior over the proceeds, he took with him some forty of his marines and their weapons. Within two years, by absorbing smaller groups and recruiting unemployed fishermen, he had built the force he leads today. It taxes fuel, fish and the boats that carry migrants along the coast, and it provides security, for a fee, to two oil companies' contractors.³",
        "Unlike many militia leaders in the delta, Mbeki-Lorenz cultivates a public profile. He gives interviews to local radio, presents his men as a coast guard that the state has failed to provide, and has hinted that he would stand for parliament. His military training shows in the discipline of his force, which is better organised than its rivals and less prone to abuses against civilians, a reputation that has earned it a measure of local support.⁴",
        "The government has alternated between offering him an amnesty and threatening to arrest him. Neither approach has worked. As long as his force can pay its men from the coastal trade and the state cannot, he is likely to remain the most powerful man on the coast.",
    ]: d.par(p, 2)
    d.line("Notes"); d.blank()
    for n in [
        "¹ Estimate by a Costaveran military intelligence officer, interviewed by the author in September 2031.",
        "² \"Commander's relatives named in smuggling probe,\" Delta Chronicle, May 9, 2027.",
        "³ Author's interviews in Assagbe, August–September 2031.",
        "⁴ Ibid.",
    ]: d.par(n, 2)
    d.line("Nkemdirim Halloway is a journalist who has reported from the Costaveran delta since 2020.")
    def furn(n):
        return ["", "Militant Leadership Monitor  ·  Volume XXII  ◆  Issue 10  ·  October 2031", "%d" % n, ""], []
    lines, owners = paginate(d.items, 40, furn)
    a = arts("Militant Leadership Monitor", "2031-10-01", 22, 10,
             ("Who Speaks for the Kassala Hills Front?", ["Ottilie Brandvold-Essien"], "brief"),
             ("Umm Safiya al-Turki: The Widow Who Runs a Network's Money", ["Ahmet Caner Vollrath"], "feature"),
             ("Commander Dario Festus Mbeki-Lorenz: The Ex-Officer at the Head of the Coastal Militias", ["Nkemdirim Halloway"], "feature"))
    emit("g04_mlm_issue_month_only_masthead", lines, owners, a, "publication: Militant Leadership Monitor\n")

# ---------------------------------------------------------------- g05: an invented sibling monitor in capitals, BRIEF / ANALYSIS, bio after the notes
def g05():
    d = Doc(64)
    d.line("CASPIAN SECURITY MONITOR")
    d.line("Conflict, crime and militancy from the Volga to the Kopet Dag")
    d.line("Vol. 4 · No. 11 · NOVEMBER 2031"); d.blank()
    d.line("Inside:")
    d.line("  Brief — Port Guards Disarmed at Bektash ............ 1")
    d.line("  Analysis — Recruiters on the Labour Routes: How")
    d.line("  Jihadist Networks Follow Migrant Workers Home ....... 2"); d.blank()
    d.line("BRIEF"); d.blank()
    d.line("Port Guards Disarmed at Bektash"); d.blank()
    d.line("by Ruslan Tekebaev-Moore"); d.blank()
    for p in [
        "Six private guards at the oil terminal in Bektash were disarmed and briefly held on October 22 by a group of armed men who entered the port in two pickup trucks, according to the terminal's operator. The attackers took the guards' rifles and radios, painted a slogan on the wall of the control building and left before police arrived, about forty minutes later (Bektash Vestnik, October 23).",
        "No group has claimed the raid. The slogan, a verse often used by jihadist groups in the region, suggests a religious motive, but police sources have also pointed to a dispute between the terminal's operator and a local family that lost the contract for port security last year. Either way, the ease with which the attackers entered one of the country's most important energy sites has embarrassed the authorities, who announced a review of security at all Caspian terminals.",
    ]: d.par(p, 0)
    d.line("Ruslan Tekebaev-Moore is a correspondent of Caspian Security Monitor in Bektash."); d.pagebreak()
    d.line("ANALYSIS"); d.blank()
    d.line("RECRUITERS ON THE LABOUR ROUTES: HOW JIHADIST NETWORKS FOLLOW"); d.line("MIGRANT WORKERS HOME"); d.blank()
    d.line("by Gulnara Seitkali-Brandt and Pavel Ostrovsky-Nair"); d.blank()
    for p in [
        "Every spring, hundreds of thousands of workers from the Caspian's eastern shore travel north to building sites, warehouses and farms, and every autumn most of them come home. For a decade, security services in both the sending and receiving countries have worried that some of these workers are recruited by jihadist networks while abroad.¹ Less attention has been paid to what happens when they return, and to the recruiters who now travel with them.",
        "Interviews with returning workers, their families and local officials in three districts suggest that recruitment has shifted from the places where migrants work to the routes along which they travel and the villages to which they return.² This shift has consequences for how governments should respond.",
    ]: d.par(p, 1)
    d.line("From the building sites to the buses", 1); d.blank()
    for p in [
        "In the 2020s, most reported cases of recruitment took place in the cities where migrants worked, in prayer rooms, dormitories and online groups formed among workers from the same district. Tighter surveillance of those spaces after a series of arrests in 2028 and 2029 made them riskier for recruiters, and many moved their activity onto the long bus and rail journeys that carry workers home.³",
        "The journeys last up to four days. Workers travel in groups from the same villages, often with their savings in cash, and they are vulnerable to robbery and to extortion by police at the borders. Recruiters who travel with them offer protection, help with officials and, increasingly, small loans, creating obligations that are called in after the workers reach home.",
    ]: d.par(p, 1)
    d.line("Returning to villages without work", 1); d.blank()
    for p in [
        "The villages to which the workers return have little to offer them. Wages earned abroad are spent within months, and the local economy, dependent on remittances, provides few jobs. Returnees who owe money to the recruiters or who have acquired no skills they can use at home are, in the words of one district official, \"the easiest people in the country to convince that they have nothing to lose.\"⁴",
        "The networks have used this opportunity carefully. They do not ask returnees to fight; most are asked only to attend study groups, to host visitors or to carry small sums of money. A few of those who prove reliable are later invited to travel to conflict zones, but the majority remain at home, forming a wide and loose base of support that is difficult for the authorities",
    ]: d.par(p, 1)
    d.pagebreak()
    d.par("to map or to prosecute.⁵", 1)
    d.line("What governments can do", 1); d.blank()
    for p in [
        "Security services on both shores have responded by increasing checks at borders and by questioning returning workers, measures that the workers resent and that have yielded few arrests. A better approach would treat the journey home and the months that follow as a period of risk that can be reduced by ordinary means: protecting workers from extortion at the borders, offering loans through legitimate channels and creating local jobs for returnees.",
        "Such measures would not stop recruitment, but they would remove the debts and grievances on which the recruiters now depend.",
    ]: d.par(p, 1)
    d.line("NOTES"); d.blank()
    for n in [
        "¹ See, for example, Caspian Security Monitor, Vol. 2, No. 5, May 2029.",
        "² The authors interviewed 41 returning workers and 12 officials in three districts between May and September 2031.",
        "³ Interviews with returning workers, September 2031.",
        "⁴ Interview with a district official, August 2031.",
        "⁵ Ibid.",
    ]: d.par(n, 1)
    d.line("Gulnara Seitkali-Brandt is a research fellow at the Aral Institute for Migration Studies. Pavel")
    d.line("Ostrovsky-Nair is an independent journalist who has covered labour migration since 2024.")
    def furn(n):
        return ["", "CSM 4(11)  |  November 2031  |  %d" % n, ""], []
    lines, owners = paginate(d.items, 60, furn)
    a = arts("Caspian Security Monitor", "2031-11-01", 4, 11,
             ("Port Guards Disarmed at Bektash", ["Ruslan Tekebaev-Moore"], "brief"),
             ("Recruiters on the Labour Routes: How Jihadist Networks Follow Migrant Workers Home", ["Gulnara Seitkali-Brandt", "Pavel Ostrovsky-Nair"], "analysis"))
    emit("g05_sibling_caspian_capitals_no_sidecar", lines, owners, a, None)

def paragraphs(lines):
    """Wrapped lines of one article (as the Doc holds them) back to paragraphs, undoing the wrapper's hyphens."""
    out, cur = [], ""
    for t in lines + [""]:
        if not t:
            if cur: out.append(cur)
            cur = ""; continue
        cur = cur[:-1] + t if cur.endswith("-") else (cur + " " + t if cur else t)
    return out

# ---------------------------------------------------------------- g06: the web version of g01's first feature on the publisher's site
def g06():
    ps = paragraphs(FERRY)
    notes = [p for p in ps if p.startswith("[")]
    body = [p for p in ps if not p.startswith("[")]
    L = ["Skip to main content", "THE FOUNDATION", "Programs", "Publications", "Events", "Experts", "Support Us", "Search",
         "We use cookies to understand how visitors use this site. By continuing to browse you agree to our use of cookies. Accept | Learn more",
         "Home » Terrorism Monitor » Volume: 29 Issue: 20",
         "The Ferry Cartel: How a Militia Monetised the Lake Tessaro Crossings",
         "Publication: Terrorism Monitor Volume: 29 Issue: 20",
         "By: Anselm Oduya",
         "October 16, 2031 03:40 PM Age: 3 days",
         "Ferries moored at the landing stage in Benzari, on the western shore of Lake Tessaro. (Source: Lake Tessaro Authority)",
         "Executive Summary:",
         "The Tessaro Shore Brigade, which began as a village self-defence force, now takes a share of the fares on nearly every ferry crossing Lake Tessaro, earning an estimated 1.8 to 2.4 million dollars a year.",
         "Officials on the western shore continue to license and inspect the boats, and several are said to hold shares in vessels sailing under the brigade's protection.",
         ]
    for p in body:
        if p.startswith("Anselm Oduya is"):
            L.append(p); continue
        L.append(">" + p)
        if p.startswith("This article traces"):
            L.append("Click here to subscribe to Terrorism Monitor and receive every issue by email.")
    L.append("Anselm Oduya is a researcher at the Kessel Institute for Conflict Studies, where he works on armed groups and informal economies around the Great Lakes.")
    L.append("Notes")
    L += [">" + n for n in notes]
    L += ["Share: Facebook | X | LinkedIn | Email | Print",
          "Tags: Lake Tessaro, Tessaro Shore Brigade, militias, organised crime, Great Lakes",
          "Related Articles",
          "Border Markets and Mobile Money: Financing Jihadist Cells Along the Korvadi Frontier",
          "Self-Defence Forces on Lake Tessaro",
          "Previous article: Pro-Islamic State Channels Promote a New App for Secure Donations",
          "Next article: Border Markets and Mobile Money: Financing Jihadist Cells Along the Korvadi Frontier",
          "Sign up for our newsletters to get the latest analysis delivered to your inbox.",
          "About | Staff | Careers | Privacy Policy | Contact",
          "© 2031 The Foundation. All rights reserved."]
    write("g06_tm_web_ferry_cartel", L,
          dict(title="The Ferry Cartel: How a Militia Monetised the Lake Tessaro Crossings", authors=["Anselm Oduya"],
               date="2031-10-16", kind="feature", publication="Terrorism Monitor", volume=29, issue=20),
          "url: https://www.foundation-monitors.example/program/the-ferry-cartel-how-a-militia-monetised-the-lake-tessaro-crossings/")

# ---------------------------------------------------------------- scraped pages: one line per paragraph, '>' marks article text
def lab(title, authors, date, kind, pub, volume="null", issue="null"):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume=volume, issue=issue)

def g07():   # think tank analysis: crawler block, three names on a line, word-processor roman endnotes; no sidecar
    L = ["---",
         'title: "Why the Coastal Jihad Is Moving Inland | Halvard Centre for Strategic Studies"',
         "source: https://www.halvardcentre.example/analysis/why-the-coastal-jihad-is-moving-inland",
         "date: 2031-10-28",
         'description: "After three years of losses on the coast, jihadist groups in the Gulf of Marrakand are rebuilding in the hill districts. Three researchers explain why, and what it means for the region\'s armies."',
         "---",
         "Halvard Centre for Strategic Studies",
         "Research | Programmes | Experts | Events | Publications | About",
         "Search the site",
         "ANALYSIS",
         "Why the Coastal Jihad Is Moving Inland",
         "Nadia Ferreira-Holm, Oskar Lindqvist-Bah and Yusuf Tadesse-Marr",
         "28 October 2031",
         "Reading time: 8 minutes",
         "Share this: Email | Facebook | LinkedIn | X | Copy link",
         ">For most of the past decade, the jihadist groups of the Gulf of Marrakand have been creatures of the coast. Their fighters moved along the shoreline road, their leaders hid in the fishing towns, and their income came from taxing the boats and markets of the littoral.[[i]](#_edn1) That geography is changing. Since 2029, the groups have lost most of their coastal strongholds to a combined offensive by the armies of Sahilia and its neighbours, and they have responded not by disappearing but by moving inland.",
         ">The hill districts behind the coast offer the groups three things that the shore no longer does. The first is cover: the terrain is broken and wooded, roads are few, and the armies' aircraft and drones are less effective over the ridges than over open water. The second is grievance: the hill populations have long complained of neglect by coastal elites, and the offensive, which displaced tens of thousands of people into the hills, has added new complaints to old ones.[[ii]](#_edn2)",
         ">The third is money. The hill districts produce coffee, timber and, increasingly, gold from small artisanal mines. None of these is taxed effectively by the state, and all of them can be taxed by armed men at the points where they leave the hills. Katiba Sayf al-Sahil, the largest of the coastal groups, is reported to have set up at least four such collection points since the start of 2031.[[iii]](#_edn3)",
         "Related: The Salt Flats Offensive, One Year On",
         ">The shift has consequences for the armies that pursued the groups off the coast. Their successes were built on naval patrols, coastal surveillance and the ability to move troops quickly along the shore road. None of these transfers easily to the hills, where operations depend on small infantry units, local intelligence and the cooperation of communities that have little reason to trust soldiers from the coast.",
         ">It also has consequences for the groups themselves. Moving inland brings them into contact with hill communities whose customs and loyalties differ from those of the fishing towns, and whose elders have so far kept their distance. If the groups overreach, as they did on the coast by imposing harsh punishments and heavy taxes, they may find the hills less welcoming than they hope.[[iv]](#_edn4)",
         ">The governments of the region therefore have an opportunity, but a narrow one. Investment in roads, schools and markets in the hill districts, and the recruitment of local men into the security forces, would address the grievances on which the groups depend. Past promises of such investment have not been kept, and the hill communities are unlikely to be persuaded by new ones unless they see results quickly.",
         "Endnotes",
         ">[[i]](#_ednref1) On the groups' coastal economy, see Halvard Centre, Taxing the Tide: Armed Groups and the Fishing Economy of the Gulf of Marrakand, Research Paper 14, March 2028.",
         ">[[ii]](#_ednref2) United Nations Office for Humanitarian Affairs, Sahilia: Displacement Snapshot, September 2031.",
         ">[[iii]](#_ednref3) Interviews conducted by the authors with traders and local officials in the hill districts, June–August 2031.",
         ">[[iv]](#_ednref4) Ibid.",
         "About the authors",
         "Nadia Ferreira-Holm is a senior research fellow in the Halvard Centre's Conflict and Security Programme. Oskar Lindqvist-Bah is a research analyst in the same programme. Yusuf Tadesse-Marr is a visiting fellow and a former adviser to the Sahilian Ministry of Defence.",
         "The views expressed in this analysis are those of the authors and do not necessarily reflect those of the Halvard Centre for Strategic Studies.",
         "Topics: Jihadism | Gulf of Marrakand | Sahilia | Counter-insurgency",
         "You may also be interested in",
         "Taxing the Tide: Armed Groups and the Fishing Economy of the Gulf of Marrakand",
         "Podcast: Inside the Salt Flats Offensive",
         "Stay informed. Get the Centre's weekly briefing in your inbox. Sign up",
         "© 2031 Halvard Centre for Strategic Studies. Registered charity no. 1184470. Privacy | Terms | Cookies"]
    write("g07_thinktank_crawler_block_roman_endnotes", L,
          lab("Why the Coastal Jihad Is Moving Inland", ["Nadia Ferreira-Holm", "Oskar Lindqvist-Bah", "Yusuf Tadesse-Marr"],
              "2031-10-28", "analysis", "Halvard Centre for Strategic Studies"))

def g08():   # regional paper: "Posted ... by", cookie banner, inline read-more teasers, comments
    L = ["This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. ACCEPT  REJECT  Read More",
         "THE CARROWMERE SENTINEL",
         "Serving Carrowmere and the Lough Ardan villages since 1884",
         "Home  News  Sport  Business  Community  Opinion  Obituaries  E-Edition",
         "Subscribe from £1 a week",
         "News › Crime & Courts",
         "Two men charged over plot to attack Carrowmere mosque",
         "Posted October 9, 2031 by Jonah Merriweather",
         "Share on Facebook  Share on X  Share on WhatsApp  Email",
         ">Two men have been charged with preparing acts of terrorism after police said they found plans to attack a mosque in Carrowmere during Friday prayers.",
         ">The men, aged 24 and 31 and both from the Glenhollow estate, were arrested last Thursday in a joint operation by local officers and the regional counter-terrorism unit. They appeared before Carrowmere Magistrates' Court on Tuesday and were remanded in custody.",
         ">Prosecutors told the court that officers had recovered a notebook containing a hand-drawn map of the Ardan Road mosque, a list of the times of Friday prayers, and messages in which the younger man discussed buying a crossbow and materials to make petrol bombs.",
         "READ MORE: Council approves new CCTV cameras for town centre",
         ">Defence solicitor Maeve Dunleavy said both men would contest the charges. No pleas were entered.",
         ">Detective Superintendent Colm Ashgrove said the arrests followed information from a member of the public. \"I want to reassure the Muslim community and everyone in Carrowmere that there is no ongoing threat,\" he said. \"We will continue to work closely with community leaders.\"",
         "ADVERTISEMENT",
         ">Imam Bilal Hussain-Foley, of the Ardan Road mosque, thanked police and said worshippers had been \"shaken but not frightened\". The mosque would open as normal this Friday, he said, with extra volunteers on the doors.",
         ">The men are due to appear at the Regional Crown Court on November 6.",
         "READ MORE: Lough Ardan ferry service to resume after storm damage",
         "Like this story? Sign up for our free daily newsletter.",
         "Related Posts",
         "Glenhollow youth centre wins funding boost",
         "Ardan Road residents raise concerns over parking",
         "3 Comments",
         "Leave a Reply",
         "Your email address will not be published. Required fields are marked *",
         "Dessie O'Rourke says: October 9, 2031 at 6:14 pm",
         "Well done to whoever reported it. Scary stuff for a town like ours.",
         "Reply",
         "Aileen M says: October 9, 2031 at 8:02 pm",
         "Thoughts with everyone at the mosque.",
         "Reply",
         "© 2031 The Carrowmere Sentinel. All rights reserved. | Privacy Policy | Terms of Use | Contact Us"]
    write("g08_regional_paper_posted_by_comments", L,
          lab("Two men charged over plot to attack Carrowmere mosque", ["Jonah Merriweather"], "2031-10-09", "news",
              "The Carrowmere Sentinel"),
          "url: https://www.carrowmeresentinel.example/2031/10/09/two-men-charged-over-plot-to-attack-carrowmere-mosque/")

def g09():   # newsletter post: crawler block with placeholders, bare name and date, subscribe blurbs, comments; no sidecar
    L = ["---",
         'title: "The quiet return of the hawala men"',
         "source: https://frontlineledger.example/p/the-quiet-return-of-the-hawala-men",
         "author: unknown",
         "published: 2031-11-04",
         'description: "Informal money brokers are back in the frontier towns, and this time the armed groups are their best customers."',
         "site_name: The Frontline Ledger",
         "---",
         "The Frontline Ledger",
         "Subscribe",
         "Sign in",
         "The quiet return of the hawala men",
         "Informal money brokers are back in the frontier towns, and this time the armed groups are their best customers.",
         "Petra Vandersloot",
         "Nov 4, 2031",
         "14",
         "3",
         "Share",
         ">When I first reported from Ilkeri in 2024, the money brokers had nearly vanished. Mobile money had arrived, the banks had opened two branches, and the old men who used to sit in the market with ledgers and telephones had retired or moved to the capital. Last month, I counted eleven of them in a single street.",
         ">Their return is partly a story about technology. The mobile networks in the frontier districts have become unreliable since the fighting resumed, and the banks closed their branches in 2030. People still need to send and receive money, and the brokers, who can settle accounts through relatives and trading partners in the cities, are the only people who can reliably do it.",
         "Thanks for reading The Frontline Ledger! Subscribe for free to receive new posts and support my work.",
         ">But it is also a story about the armed groups. Three brokers told me, separately, that their largest clients are now men who come down from the hills with cash to move or who want to receive money from abroad. The brokers do not ask questions. One of them, a softly spoken man in his sixties, said that he had refused such clients twice, and that after the second time his shop was burned.",
         ">None of this is illegal in the way that outsiders might think. The hawala system is recognised in the country's law, and the brokers are supposed to register with the central bank. Fewer than a third of those I met had done so, and the central bank has no staff in the frontier districts to check.",
         ">What would help? Restoring the mobile networks would give ordinary people an alternative. Registering and supporting the brokers, rather than threatening them, would give the authorities some visibility. Neither is happening, and in the meantime the men with ledgers are busier than they have been for a decade.",
         "Subscribe to The Frontline Ledger",
         "Reporting from the frontiers of the Sahel and the Lake Chad basin, by a journalist who has been there.",
         "14 Likes · 3 Restacks",
         "Discussion about this post",
         "Comments",
         "Restacks",
         "Harun K.  Nov 5",
         "Excellent piece. Same pattern in the eastern districts as far as I can tell.",
         "Reply",
         "Share",
         "Ready for more?",
         "© 2031 Petra Vandersloot · Privacy ∙ Terms ∙ Collection notice",
         "Start Writing  Get the app",
         "Our use of cookies: we use necessary cookies to make our site work. We also set performance and functionality cookies."]
    write("g09_newsletter_placeholder_block_no_sidecar", L,
          lab("The quiet return of the hawala men", ["Petra Vandersloot"], "2031-11-04", "null", "The Frontline Ledger"))

def g10():   # policy blog: "Written by Dr", markers glued to words and sentence ends, numbered reference list with accessed dates
    L = ["Brennock Policy Lab",
         "Menu",
         "Our Work  Insights  Data  People  Donate",
         "Loading…",
         "INSIGHT",
         "Counting the Uncounted: Why Attack Databases Disagree About the Northern Sahel",
         "Written by Dr Farida Osei-Lindqvist · 19 November 2031 · 6 min read",
         "Please enable JavaScript to view this interactive chart.",
         ">Anyone who has tried to answer a simple question about political violence in the northern Sahel — how many attacks were there last year? — will have found that the answer depends on whom you ask. The three most widely used public databases reported figures for 2030 that differed by more than forty percent.1 These are not small discrepancies, and they matter: governments, donors and journalists cite the figures to justify decisions about where to send troops and money.",
         ">Why do the databases disagree? Part of the answer lies in definitions. One database counts every armed clash involving a non-state group, while another counts only attacks that it judges to have a political purpose, and a third excludes incidents attributed to criminal gangs.2 In a region where jihadist groups, ethnic militias and smuggling networks overlap, the line between political and criminal violence is hard to draw, and each database draws it differently.",
         ">Another part of the answer lies in sources. All three databases rely heavily on media reports, and the media coverage of the northern Sahel has thinned dramatically since 2028, as foreign correspondents have left and local radio stations have closed.3 Incidents in remote areas increasingly go unreported, or are reported weeks later by humanitarian organisations whose bulletins some databases use and others do not.",
         ">The result is that the apparent trends in the data partly reflect trends in reporting. A fall in recorded attacks in a district may mean that violence has declined, or that the last radio station serving it has gone off the air.4 Analysts who rely on a single database without understanding its sources risk mistaking silence for peace.",
         ">None of this means the databases are useless. Used together, and with an understanding of how each is built, they can show broad patterns reliably. But the headline numbers should be treated with caution, and anyone citing them should say which database they come from and why.5",
         "References",
         ">1. Comparing Conflict Data for the Sahel, 2030 – Brennock Policy Lab, accessed 12 November 2031, https://www.brennocklab.example/data/sahel-comparison-2030",
         ">2. Codebook, version 7.2 – Regional Violence Observatory, accessed 12 November 2031, https://www.rvo.example/codebook",
         ">3. The Silent Frequencies: Local Radio Closures in the Sahel – Free Airwaves Initiative, accessed 14 November 2031, https://www.freeairwaves.example/reports/silent-frequencies",
         ">4. Ibid.",
         ">5. Guidance on Citing Conflict Data – Open Data for Peace, accessed 15 November 2031, https://www.od4peace.example/guidance",
         "Dr Farida Osei-Lindqvist leads the Data and Conflict team at Brennock Policy Lab.",
         "Share  Tweet  Share  Email",
         "More insights",
         "What the Ilkeri Ceasefire Data Tells Us",
         "Mapping Displacement with Night-Time Lights",
         "Brennock Policy Lab is an independent, non-profit research organisation. Support our work.",
         "Privacy · Accessibility · © Brennock Policy Lab 2031"]
    write("g10_policylab_reference_list_glued", L,
          lab("Counting the Uncounted: Why Attack Databases Disagree About the Northern Sahel", ["Farida Osei-Lindqvist"],
              "2031-11-19", "insight", "Brennock Policy Lab"),
          "url: https://www.brennocklab.example/insights/counting-the-uncounted")

def g11():   # newspaper: two bylines, published/updated line, photo captions and credits, app error and embed placeholders; no sidecar
    L = ["Skip to content",
         "The Harbour Times",
         "Independent journalism since 1921",
         "Support us",
         "News | Opinion | Business | Culture | Sport",
         "World › Africa",
         "Gunmen storm hotel in Port Amar, killing at least 14",
         "Attackers held guests for six hours before security forces retook the building; a jihadist group has claimed responsibility",
         "By Kofi Ansah-Wright in Port Amar and Lena Drăgulescu",
         "Fri 21 Nov 2031 14.06 GMT · Last modified on Fri 21 Nov 2031 19.40 GMT",
         "Security forces outside the Coral Bay hotel in Port Amar on Friday. Photograph: Aziz Mbaye/Harbour Times",
         ">At least 14 people were killed when gunmen stormed a seafront hotel in Port Amar on Friday morning and held guests and staff for six hours before security forces retook the building, officials said.",
         ">The attackers, thought to number five, arrived at the Coral Bay hotel shortly after 7am in a car and on two motorbikes, shooting the guards at the gate before entering the lobby, according to a hotel employee who escaped through the kitchens.",
         "Something went wrong. Please try again later. Reload",
         ">Special forces entered the building at about 1pm after negotiations failed. The interior ministry said all five attackers had been killed and 31 hostages freed. Among the dead were nine hotel staff, three guests from neighbouring countries and two police officers.",
         "[Embedded content: video could not be loaded]",
         ">Jama'at al-Murabitin al-Jadida, a jihadist group that has been active in the borderlands to the north, claimed the attack in a statement circulated on messaging channels on Friday afternoon. It said the hotel had been targeted because it hosted \"foreign soldiers and their spies\". There was no immediate confirmation that military personnel had been staying at the hotel.",
         "Advertisement",
         ">The attack is the deadliest in Port Amar since 2027 and the first in the city since the group named a new leader earlier this month. Analysts had warned that the group might seek to demonstrate its reach beyond its rural strongholds.",
         "Relatives wait for news outside the city's main hospital. Photograph: Halima Oduya-Sarr/Harbour Times",
         ">President Celestine Armand-Koffi declared three days of national mourning and said the attackers' accomplices would be \"found and punished\".",
         "Explore more on these topics",
         "Port Amar  Terrorism  Africa  news",
         "Share  Reuse this content",
         "Most viewed",
         "Storm warnings issued for the northern coast",
         "Opposition leader released on bail",
         "Sign up to First Edition, our free daily newsletter",
         "Privacy policy | Cookie settings | Terms & conditions | Contact us",
         "© 2031 Harbour Times Media Ltd."]
    write("g11_newspaper_captions_errors_no_sidecar", L,
          lab("Gunmen storm hotel in Port Amar, killing at least 14", ["Kofi Ansah-Wright", "Lena Drăgulescu"],
              "2031-11-21", "news", "The Harbour Times"))

def g12():   # prosecution service press release: no author, contact and feedback furniture, disclaimer
    L = ["Northern Provinces Prosecution Service",
         "Home / News centre / Press releases",
         "Press release",
         "Man jailed for 14 years for funding armed group through charity fraud",
         "2 December 2031",
         "Topics: Counter-terrorism, Fraud",
         ">A man who diverted more than £400,000 raised for flood victims to an armed group abroad has been sentenced to 14 years' imprisonment at Hallowfield Crown Court.",
         ">Tariq Hassan-Wedderburn, 42, of Lindmoor, was convicted in October of funding terrorism and fraud after a nine-week trial. The court heard that between 2027 and 2030 he ran a registered charity that collected donations at mosques, markets and online for families affected by flooding in South Asia.",
         ">Investigators found that most of the money never reached flood victims. Instead, it was transferred through a chain of money service businesses to associates of an armed group designated as a terrorist organisation in 2026. Messages recovered from his telephone showed him discussing the group's need for vehicles and radios.",
         ">Mira Castellane-Obi, Head of the Counter-Terrorism Division, said: \"Donors gave generously to help people who had lost their homes. This defendant betrayed their trust and sent their money to an organisation that uses violence against civilians. Today's sentence reflects the seriousness of that betrayal.\"",
         ">The judge also made a confiscation order and disqualified him from acting as a charity trustee for life.",
         "Notes to editors",
         "Media enquiries: Press Office, 0100 555 0192 (24 hours).",
         "This press release was accurate at the time of publication. Prosecutors may not comment further while any appeal is pending.",
         "Was this page useful?  Yes  No",
         "Report a problem with this page",
         "Accessibility | Cookies | Privacy | Freedom of information",
         "© Northern Provinces Prosecution Service 2031"]
    write("g12_prosecution_press_release", L,
          lab("Man jailed for 14 years for funding armed group through charity fraud", [], "2031-12-02", "press release",
              "Northern Provinces Prosecution Service"),
          "url: https://www.npps.gov.example/news/press-releases/man-jailed-14-years-funding-armed-group-charity-fraud")

def g13():   # university centre commentary: no byline, italic closing bio with an honorific, cite-this line; no sidecar
    L = ["University of Ardmore",
         "Centre for the Study of Political Violence",
         "Home | About the Centre | Research | People | Commentary | Events | Contact",
         "Commentary",
         "What the Kestry Trial Tells Us About Online Radicalisation",
         "9 December 2031",
         "The court building in Kestry. Image: University of Ardmore",
         ">Last week a jury in Kestry convicted three young men of preparing a terrorist attack on a regional power station. The trial attracted attention mostly for the defendants' ages — the youngest was 16 when he was arrested — but its more important lessons concern how the three met and how quickly their plans took shape.",
         ">The evidence presented in court showed that the defendants had never met in person before the spring of 2030. They came to know each other in a chat group devoted to a video game, which one of them gradually steered toward discussions of collapse, sabotage and the supposed weakness of the electricity grid. Within four months, the group had shrunk to three members, who were exchanging manuals and scouting the station.",
         ">Two features of this path are worth emphasising. The first is that no organisation recruited these men. There was no group, no leader and no ideology more coherent than a shared fascination with destruction. Approaches to prevention built around identifying and disrupting organised extremist movements would have found nothing to disrupt.",
         ">The second is speed. The defendants moved from general talk to specific plans in weeks, not years. The warning signs that the prevention system is designed to notice — changes in behaviour at school or at home, contact with known extremists — either did not appear or appeared too late.",
         ">What, then, might have helped? The platforms on which the group met had reporting tools, and at least one other member of the original chat group later told police that he had been disturbed by what he read. He did not report it because he did not think anyone would act. Making reporting easier, and making sure that reports are seen by people who can judge them, may matter more than any new law.",
         "*Dr Ilse Marchetti-Byrne is a senior lecturer in security studies at the University of Ardmore and a member of the Centre for the Study of Political Violence. She gave evidence on online radicalisation to the parliamentary justice committee in 2030.*",
         "Cite this commentary: Marchetti-Byrne, I. (2031) 'What the Kestry Trial Tells Us About Online Radicalisation', Centre for the Study of Political Violence, University of Ardmore.",
         "Share this page: X | LinkedIn | Email",
         "‹ Previous: Ten Years of the Prevention Duty",
         "Next: Drones, Prisons and Contraband ›",
         "Find us: School of Social Sciences, University of Ardmore, Ardmore AR4 7QP",
         "© University of Ardmore 2031 · Privacy notice · Cookie settings · Accessibility statement"]
    write("g13_university_centre_italic_bio_no_sidecar", L,
          lab("What the Kestry Trial Tells Us About Online Radicalisation", ["Ilse Marchetti-Byrne"], "2031-12-09", "commentary",
              "Centre for the Study of Political Violence"))

def g14():   # broadcaster explainer: name and role lines, listen bar, image source/caption pairs, question headings
    L = ["Baltora Public Broadcasting",
         "Sign in",
         "Home  News  Sport  Weather  Radio  Culture",
         "News",
         "Baltora  |  World  |  Business  |  Politics  |  Verify",
         "Explainer",
         "Dunmore station attack: What we know so far",
         "15 December 2031",
         "Siobhan Achebe-Nyström",
         "Security correspondent",
         "Listen to this article · 5 min",
         "Image source, BPB",
         "Image caption, A police cordon outside Dunmore Central station on Sunday evening",
         ">A man armed with a knife attacked passengers at Dunmore Central station on Sunday evening, killing one person and injuring four before he was detained by transport police. Here is what we know so far.",
         ">What happened?",
         ">Shortly before 18:30 local time, a man approached passengers waiting on platform three and began stabbing people at random, according to witnesses. Transport police officers who were on patrol in the station reached him within two minutes and used a taser to bring him down. A 58-year-old woman died at the scene; two of the injured are in a serious condition.",
         ">Who is the suspect?",
         ">Police have named the suspect as a 27-year-old man from Dunmore who was known to the authorities. Officials said he had been referred to the national prevention programme in 2029 after posting support for a jihadist group online, but that the case had been closed after a year.",
         "Image source, Tomasz Ekwall/BPB",
         "Image caption, Flowers left at the station entrance on Monday morning",
         ">Is it being treated as terrorism?",
         ">Yes. The national counter-terrorism command has taken over the investigation, although officers said they were keeping \"an open mind\" about the motive. They are examining the suspect's phone and computer and searching two addresses in the city.",
         ">What happens next?",
         ">The suspect is being held under terrorism legislation, which allows police to detain him for up to 14 days without charge. The interior minister has ordered a review of how his prevention case was closed, and security has been increased at major stations across the country.",
         "More on this story",
         "Train services at Dunmore resume after attack",
         "'I saw him running towards us': witnesses describe station attack",
         "Related Topics",
         "Terrorism  Dunmore  Policing",
         "Top Stories",
         "Parliament passes budget after all-night sitting",
         "Follow BPB News on social media",
         "Terms of Use  About the BPB  Privacy Policy  Cookies  Accessibility Help  Contact the BPB",
         "Copyright © 2031 BPB. The BPB is not responsible for the content of external sites. Read about our approach to external linking."]
    write("g14_broadcaster_explainer_questions", L,
          lab("Dunmore station attack: What we know so far", ["Siobhan Achebe-Nyström"], "2031-12-15", "explainer",
              "Baltora Public Broadcasting"),
          "url: https://www.bpb.example/news/baltora-81402257")

def g15():   # monitoring NGO field report: crawler block of placeholders, site-suffixed title, donate promos, disclaimer; no sidecar
    L = ["---",
         'title: "Field report: Attacks on schools in the Ouadi Kessar borderlands, July–November 2031 – Observatory for Civilian Protection"',
         "source: https://www.civilianprotection.example/field-reports/ouadi-kessar-schools-2031",
         "date: unknown",
         "author: unknown",
         "description: unknown",
         "---",
         "Observatory for Civilian Protection",
         "Who we are | Where we work | Field reports | Data | Take action",
         "DONATE",
         "FIELD REPORT",
         "Attacks on schools in the Ouadi Kessar borderlands, July–November 2031",
         "Published: 19.12.2031",
         "Report by Amadou Ferrante-Diallo with the Observatory's field team",
         "Download the full report (PDF, 2.1 MB)",
         ">Between July and November 2031, the Observatory's field monitors documented 23 attacks on schools in the borderlands south of the Ouadi Kessar, in which 9 teachers and 4 pupils were killed and 17 schools were burned or partly destroyed. By the end of November, more than 210 schools in the area had closed, leaving an estimated 46,000 children without access to education.",
         ">Most of the attacks were carried out by fighters of Jama'at al-Murabitin al-Jadida, who in several cases left written warnings ordering teachers to stop teaching the national curriculum. In at least five cases, attackers arrived at night, gathered villagers and burned school buildings in front of them. Two attacks were carried out by unidentified armed men whom residents believed to be members of a local militia settling disputes with village authorities.",
         "Every report we publish depends on monitors who work at great personal risk. Your donation keeps them in the field. Give today →",
         ">Teachers interviewed by the Observatory described a climate of fear that extends well beyond the schools attacked. Many have fled to the regional capital; others continue to teach in private homes, often without pay. Parents said they had kept children at home after hearing of attacks in neighbouring villages, even where their own school remained open.",
         ">The Observatory calls on all armed groups to respect the civilian character of schools, on the government to pay and protect teachers who remain in the borderlands, and on donors to fund community education programmes that can continue when schools close.",
         "Methodology: incidents are recorded only when confirmed by at least two independent sources. Figures are likely to be an undercount.",
         "The boundaries and names shown and the designations used on this page do not imply official endorsement or acceptance by the Observatory for Civilian Protection.",
         "Related field reports",
         "Displacement in the northern hills, June 2031",
         "Health workers under fire: a six-month review",
         "Join 18,000 supporters: get our field reports by email",
         "Observatory for Civilian Protection is a registered non-profit association. © 2031 All rights reserved. Privacy | Imprint"]
    write("g15_ngo_field_report_placeholder_block_no_sidecar", L,
          lab("Attacks on schools in the Ouadi Kessar borderlands, July–November 2031", ["Amadou Ferrante-Diallo"], "2031-12-19",
              "field report", "Observatory for Civilian Protection"))

if __name__ == "__main__":
    for f in [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15]: f()
