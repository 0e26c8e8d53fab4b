# g04: whole issue of an invented sibling monitor (Great Lakes Security Monitor, Vol. 2, No. 3, March 2031), masthead
# in capitals, hard-wrapped at 64, `IN BRIEF` run with signatures at the end, two `ANALYSIS` pieces (byline in capitals,
# bare name), markers glued to sentence ends with an `Endnotes` list, all bios in `CONTRIBUTORS` at the end; no sidecar.
from pdfkit import Pdf
from corpusgen import arts

def furn(p):
    if p == 4:
        return ['', 'GREATLAKESSECURITYMONITOR|Vol.2,No.3|March2031', '\u2014 %d \u2014' % p, '']
    return ['', 'GREAT LAKES SECURITY MONITOR  |  Vol. 2, No. 3  |  March 2031', '\u2014 %d \u2014' % p, '']

d = Pdf('g04_sibling_greatlakes_signed_briefs', 40, furn, 64, hyph_break_pages=(2, 4))
d.add('''GREAT LAKES SECURITY MONITOR
Conflict, crime and governance from Lake Albert to Lake Tanganyika
Vol. 2, No. 3  |  March 2031

CONTENTS
  1   IN BRIEF   Ambush on the Bunia-Komanda Road
  2   IN BRIEF   Rebel Radio Returns to the Air in Rutshuru
  2   ANALYSIS   Gold, Tolls and Timber: The Shifting Economy of
                 Ituri's Armed Groups
  4   ANALYSIS   Why Burundi's Border Deployments Are Growing Quietly
  5   Contributors

IN BRIEF

Ambush on the Bunia-Komanda Road
''')
A = 0
d.para("Gunmen ambushed a column of lorries on the national road between Bunia and Komanda on February 11, killing three drivers and setting fire to five vehicles loaded with fuel and building materials. Survivors told local journalists that the attackers wore no uniforms and spoke among themselves in a language the drivers did not recognise, which has led to speculation that the attack was carried out by a cell of the Ugandan-origin rebels who have been active further south.", A)
d.para("The road is the main supply route for Bunia and for the gold-mining areas to its north, and each closure raises the price of food in the town's markets within days. The army has promised additional escorts, but drivers say that escorts are available only for convoys that pay for them, an arrangement that has become a source of income for the units deployed along the route.", A)
d.add('\u2014 Amara Lukwago')
d.add('')
d.add('Rebel Radio Returns to the Air in Rutshuru')
d.add('')
A = 1
d.para("A radio station run by an armed movement in the hills of Rutshuru territory resumed broadcasting in late February after a silence of almost a year. The station, which calls itself the Voice of the Hills, broadcasts for two hours each evening on a frequency that can be received as far as Goma, mixing music with statements from the movement's leaders and lists of the taxes it expects traders to pay.", A)
d.para("Residents say the broadcasts have already changed behaviour in some villages: traders have begun to pay the announced taxes in advance, hoping to avoid trouble at the movement's checkpoints. The provincial authorities have asked the national regulator to jam the signal, but previous attempts to do so were abandoned because they also interfered with the frequencies used by the humanitarian agencies working in the area.", A)
d.add('\u2014 Th\u00e9o Bisimwa-Lund')
d.add('')
d.add('ANALYSIS')
d.add('')
d.add('Gold, Tolls and Timber: The Shifting Economy of')
d.add("Ituri's Armed Groups")
d.add('')
d.add('By JOSEPHINE AKELLO-BRANDT')
d.add('')
A = 2
d.para("For most of the past decade, the armed groups of Ituri province have been described primarily as products of ethnic conflict between farming and herding communities. That description was never complete, and it is now increasingly misleading. The groups that control the most territory today are those that have built stable sources of income from the gold trade, from tolls on the roads that lead to the mines, and, more recently, from the export of hardwood timber through Uganda.1", A)
d.add('Gold First', A)
d.add('')
d.para("Gold remains the foundation of the armed economy. Artisanal miners at the sites north of Mongbwalu pay a share of their output to whichever group controls the site, typically between ten and fifteen percent, and the groups also tax the traders who buy the gold and carry it to Bunia or to the Ugandan border. A survey conducted by a local research organisation in 2030 found that at least forty sites paid regular contributions to armed groups, up from twenty-six in 2027.2", A)
d.para("What has changed is the way the groups collect. Where they once relied on fighters posted at the entrance to each site, several now use mobile money accounts registered in the names of relatives, and traders report receiving text messages that remind them of the amount due each month. The shift has made collection more reliable and less visible, and it has made the groups' revenues harder for the army to disrupt.", A)
d.add('Timber Joins the Ledger', A)
d.add('')
d.para("The newest source of income is timber. Since 2029, logging crews working for traders based in Uganda have moved into the forests along the border, and the armed groups that control access to those forests have begun to charge for each lorry that leaves. Customs data on the Ugandan side show exports of hardwood from the border district rising by more than half between 2028 and 2030, a period in which no new legal concessions were granted on the Congolese side.3", A)
d.para("Timber has one advantage over gold from the armed groups' point of view: it requires no labour from the communities in which they operate, and therefore no negotiation with them. That makes it attractive to groups whose relations with local residents have deteriorated, and it may help to explain why some of the groups most frequently accused of abuses against civilians have nonetheless grown in strength.4", A)
d.add('Implications', A)
d.add('')
d.para("Peace efforts in Ituri have concentrated on demobilising fighters and reconciling communities. Both are necessary, but neither touches the economic arrangements that allow the groups to recruit and to rearm. As long as gold, tolls and timber continue to pay, any fighter who lays down his weapons can be replaced, and the groups will have every reason to keep the roads and the forests under their control.", A)
d.add('Endnotes')
d.add('')
for n in ["1. Author's interviews with traders and local officials in Bunia, Mahagi and Aru, January and February 2031.",
          "2. Ituri Mining Observatory, \u201cArmed Presence at Artisanal Sites, 2030,\u201d December 2030, https://imo.example/rapports/2030.",
          "3. Uganda Revenue Authority, export statistics by district, accessed February 20, 2031.",
          "4. Author's interviews with residents of Djugu territory, February 2031."]:
    d.para(n, A)
d.add('ANALYSIS')
d.add('')
d.add("Why Burundi's Border Deployments Are Growing Quietly")
d.add('')
d.add('Samuel Niyonzima-Hale')
d.add('')
A = 3
d.para("Burundi's government rarely comments on the movements of its army across the border into South Kivu, and it has not done so since a bilateral agreement allowed joint operations against rebel groups in 2022. Yet the evidence from the ground suggests that the number of Burundian soldiers in the Ruzizi plain and the high plateaux above it has grown steadily over the past year, and that their role has expanded from pursuit operations to something closer to the permanent occupation of positions.", A)
d.para("Residents of villages near Uvira and Sange describe new camps built with permanent materials, supply convoys that cross the border several times a week, and Burundian officers who now mediate in local disputes over land and cattle. A Congolese local official interviewed in February said that in some villages the Burundian commander had become, in practice, the most important authority (Radio Maendeleo Sud, February 18).", A)
d.para("Gitega's motives are not hard to read. The rebel groups that the army is pursuing have attacked Burundian territory in the past, and the government sees the plateaux as a buffer zone. But the deployment also serves domestic purposes, offering soldiers allowances that are far higher than their pay at home and giving the government a source of patronage for officers whose loyalty it values.", A)
d.para("The risk is that a deployment that grows quietly can also become entrenched quietly. Kinshasa has so far tolerated the Burundian presence because it shares the goal of weakening the rebels, but that tolerance depends on the deployment remaining temporary in appearance. If Burundian officers continue to take on the functions of local government, that appearance will become harder to maintain, and the question of who governs the plateaux could become a source of friction between two governments that currently need each other.", A)
d.add('CONTRIBUTORS')
d.add('')
for b in ["Amara Lukwago is the editor of the Great Lakes Security Monitor and a former correspondent in Bunia.",
          "Th\u00e9o Bisimwa-Lund is a researcher based in Goma who works on media and conflict in North Kivu.",
          "Josephine Akello-Brandt is a political economist at the Centre for Great Lakes Studies in Kampala.",
          "Samuel Niyonzima-Hale is an independent analyst who has worked on security in Burundi and South Kivu since 2019."]:
    d.para(b, None)
d.add('The Great Lakes Security Monitor is published monthly in Nairobi. Views expressed are those of the authors.')
d.write(arts('Great Lakes Security Monitor', '2031-03-01', 2, 3,
    ("Ambush on the Bunia-Komanda Road", ["Amara Lukwago"], "brief"),
    ("Rebel Radio Returns to the Air in Rutshuru", ["Th\u00e9o Bisimwa-Lund"], "brief"),
    ("Gold, Tolls and Timber: The Shifting Economy of Ituri's Armed Groups", ["Josephine Akello-Brandt"], "analysis"),
    ("Why Burundi's Border Deployments Are Growing Quietly", ["Samuel Niyonzima-Hale"], "analysis")), None)
