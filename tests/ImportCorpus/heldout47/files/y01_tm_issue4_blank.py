from lib import Doc

PUB, VOL, ISS, DATE = 'Terrorism Monitor', 47, 4, '2049-02-20'

RAIL = dict(
    title='Rail Sabotage and the Logistics of the Free Highlands Front',
    author='Anselm Vidaurre',
    paras=[
        'On the night of January 9, a freight train carrying cement and diesel from the port of Ombasi derailed eleven kilometers '
        'south of the junction at Rheto, in the highlands of southern Tavoria. Nobody was killed, but the line, the only one '
        'linking the plateau to the coast, stayed closed for nineteen days. Within a week the Free Highlands Front (FHF) had '
        'claimed the attack in a statement that praised its "engineers" and warned drivers to keep off the tracks [1].',
        'The derailment was the sixth on the line since August 2048, and it marks a change in how the Front fights. For most of '
        'its existence the FHF has been a loose coalition of village militias that ambushed police posts and levied tolls on the '
        'cattle trade. Its new campaign against the railway requires surveyors, explosives handlers and people who know the '
        'signalling timetable, and it suggests the group has begun to plan over months rather than days.',
        'The Northern Line Campaign',
        'The attacks follow a pattern. Each has taken place on a curve or an embankment where a train must slow, each within two '
        'hours of midnight, and each on a stretch the railway police patrol only by day. Local officials told reporters that '
        'the charges were small and carefully placed to lift a rail rather than to destroy a bridge, which suggests that the '
        'Front wants to interrupt trade, not to end it [2]. A railway that ^A5 never runs cannot be taxed; one that runs '
        'unreliably can be.',
        'By late 2048, haulage companies in Ombasi were paying what one manager called a "quiet fee" to move their cargo by '
        'road through Front-held valleys instead. The group\'s own newsletter, whose Issue 12 appeared in December, boasted '
        'that its checkpoints had collected more in a month than the railway police earn in a year. The figure cannot be '
        'checked, but the shift from rail to road is visible in the queues of lorries at the Gwelani bridge.',
        'Where the Explosives Come From',
        'The charges used on the line appear to come from quarries. Tavoria\'s mining law requires blasting agents to be '
        'logged and stored under guard, yet an audit published by the Ministry of Mines in November found that three '
        'quarries on the plateau could not account for almost two tonnes of ammonium nitrate over two years [3]. Several '
        'quarry workers have since been arrested, and at least one foreman is alleged to have sold detonators to a '
        'middleman in Rheto.',
        'The government\'s response has so far been to send more soldiers to guard bridges. That may protect the most '
        'visible targets, but the Front has shown it can choose among hundreds of kilometers of open track. A more durable '
        'answer would start with the quarries and the haulage fees, the two places where the Front\'s logistics meet the '
        'legal economy and can be dis~rupted without a battle [4].',
    ],
    notes=[
        '[1] Free Highlands Front, "Statement on the Operation at Rheto," Telegram channel, January 15, 2049.',
        '[2] Tavoria Daily Ledger, "Railway Police Say Charges Were \'Precise\'," January 12, 2049.',
        '[3] Ministry of Mines of Tavoria, Annual Audit of Blasting Agents, November 2048, p. 41.',
        '[4] Author\'s interviews with two haulage managers in Ombasi, January 2049.',
    ],
    bio='Anselm Vidaurre is an independent analyst based in Castrelo who studies insurgent logistics in the highlands of '
        'southern Tavoria.',
)


def build():
    d = Doc('y01_tm_issue4_blank', width=82, hyph=1, sidecar={'publication': 'Terrorism Monitor'}, comments=[
        'Choices the rules leave open: the plural BRIEFS covers the run of two short signed pieces under it (brief);',
        'the two longer pieces stand under no label and the contents list them by title (feature). The editor\'s bio',
        '(printed after each brief) and the co-authors\' joint bio after the last notes are not text. The prose line',
        '"By late 2048, haulage companies ..." and "whose Issue 12 appeared" are look-alikes, text.',
    ])
    d.block('A', '', 'Terrorism Monitor | Volume XLVII \u2058 Issue 4 | February 20, 2049', '', '2', '')
    d.block('A5', '', 'Terrorism Monitor | Volume XLVII \u2058 Issue 4 | February 20, 2049', '', '5', '')
    d.block('B', '', 'TerrorismMonitorVolumeXLVII,Issue4\uf0b7February20,2049', '')
    d.block('C', '', '8', '')
    d.block('D', '', 'The Wexcombe Foundation \u2022 1420 Harbour Row NW \u2022 wexcombe.example.org', '', 'page 9', '')
    d.block('E', '', 'Terrorism Monitor | Volume XLVII \u2058 Issue 4 | February 20, 2049', '', '9', '')
    b1 = d.art('Kidnap Gangs Exploit the Dry Season on the Lower Kessa Plateau', ['Priya Delacroix-Hale'], DATE, 'brief', PUB, VOL, ISS)
    b2 = d.art('Drone Workshops Uncovered in Western Dhorana', ['Priya Delacroix-Hale'], DATE, 'brief', PUB, VOL, ISS)
    f1 = d.art(RAIL['title'], [RAIL['author']], DATE, 'feature', PUB, VOL, ISS)
    f2 = d.art('Recruiters in the Prisons: How the Black Banner Network Rebuilt Its Cadre',
               ['Tove Magnusdottir-Kahn', 'Rafael Obuya'], DATE, 'feature', PUB, VOL, ISS)
    d.f('THE WEXCOMBE FOUNDATION', '', 'TERRORISM MONITOR', 'Timely Analysis of Militancy and Political Violence', '',
        'Volume XLVII  \u2058  Issue 4  \u2058  February 20, 2049', '', 'CONTENTS', '', 'BRIEFS',
        'Kidnap Gangs Exploit the Dry Season on the Lower Kessa Plateau ........................ 1',
        'Drone Workshops Uncovered in Western Dhorana ........................................... 2',
        '', 'Rail Sabotage and the Logistics of the Free Highlands Front',
        'By Anselm Vidaurre ..................................................................... 4', '',
        'Recruiters in the Prisons: How the Black Banner Network Rebuilt Its Cadre',
        'By Tove Magnusdottir-Kahn and Rafael Obuya ............................................. 7', '')
    d.p(None, 'The Terrorism Monitor is published twice a month by The Wexcombe Foundation. The opinions expressed in it '
              'are those of the authors. No part of this publication may be reproduced without the written consent of '
              'the Foundation. For permissions, write to the editor at tm@wexcombe.example.org.')
    d.f('', 'BRIEFS', '', 'Kidnap Gangs Exploit the Dry Season on the Lower Kessa Plateau', '', 'By Priya Delacroix-Hale', '')
    d.p(b1, 'When the rivers of the Lower Kessa Plateau fall each January, the fords between Tavoria and its eastern '
            'neighbour become passable on foot, and the kidnappings begin. This year the season started early: on '
            'January 4 a gang took eight passengers from a minibus near the market town of Iremo and demanded a ransom '
            'from their families over a borrowed telephone.')
    d.f('')
    d.p(b1, 'Police in the plateau\'s capital say at least five gangs are active, none of them with a political '
            'programme. Some of their members, however, fought for the Free Highlands Front before 2047, and villagers '
            'report that the gangs pay the Front for passage through its valleys. The line between crime and '
            'insurgency on the plateau has never been sharp, and the ransom economy is ^A making it fainter.')
    d.f('')
    d.p(b1, 'A joint patrol agreement between the two countries lapsed in October and has not been renewed. Until it '
            'is, the dry season will remain the gangs\' harvest.')
    d.f('', 'Priya Delacroix-Hale is the Editor of the Terrorism Monitor.', '',
        '', 'Drone Workshops Uncovered in Western Dhorana', '', 'By Priya Delacroix-Hale', '')
    d.p(b2, 'Security forces in western Dhorana announced on February 2 that they had dismantled two workshops where '
            'commercial quadcopters were being fitted with release hooks and small mortar bombs. The raids, in the '
            'border districts of Selvan and Kohri, followed the arrest of a courier carrying thirty flight controllers '
            'in a shipment of kitchen scales.')
    d.f('')
    d.p(b2, 'The workshops appear to have supplied the Black Banner Network, which has used armed drones against army '
            'outposts in the district since last spring. Officials displayed soldering stations, a 3D printer and '
            'notebooks with hand-drawn wiring diagrams. Three men were detained, one of them a former mobile-phone '
            'repairer from the district town.')
    d.f('')
    d.p(b2, 'The find confirms that the group builds its own aircraft from parts that are sold openly. Export rules on '
            'finished drones will do little against a supply chain of this kind.')
    d.f('', 'Priya Delacroix-Hale is the Editor of the Terrorism Monitor.', '')
    d.f('', RAIL['title'], '', 'By Anselm Vidaurre', '')
    paras = list(RAIL['paras'])
    for i, para in enumerate(paras):
        if i == 6:
            para = para.replace('logged and stored', '^B logged and stored')
        d.p(f1, para)
        d.f('')
    d.f('Notes', '')
    for n in RAIL['notes']:
        d.p(f1, n)
    d.f('')
    d.p(None, RAIL['bio'])
    d.f('')
    d.f('', 'Recruiters in the Prisons: How the Black Banner Network', 'Rebuilt Its Cadre', '',
        'By Tove Magnusdottir-Kahn and Rafael Obuya', '')
    d.p(f2, 'In March 2048 the Black Banner Network looked finished. Its founder had been killed in an air strike, two of '
            'his deputies were on trial, and the army claimed to have cleared every valley where the group once '
            'collected taxes. A year later the Network has a new leadership council, a working propaganda office and '
            'a steady flow of recruits. Much of that recovery was organised from inside Dhorana\'s prisons [1].')
    d.f('')
    d.p(f2, 'The country\'s three high-security prisons hold about 1,900 people convicted of terrorist offences, most of '
            'them in shared dormitories. Former inmates describe a system in which senior members of the Network run '
            'study circles, settle disputes among prisoners and distribute money sent by relatives. Guards, who are '
            'poorly paid and often from the same districts, are ^C bribed or intimidated into carrying messages.')
    d.f('')
    d.p(f2, 'Who Joins, and Why')
    d.f('')
    d.p(f2, 'The recruits are not, for the most part, committed militants. Many were arrested for petty crimes and '
            'placed among convicted fighters because the remand wings were full. Inside, the Network offers '
            'protection, food and a sense of belonging; outside, it offers a job. Of twenty-six former prisoners '
            'interviewed for this article, eleven said they had been approached within their first month [2].')
    d.f('')
    d.p(f2, 'The prison administration has started to separate leaders from the general population, and a pilot '
            'programme at the Selvan facility moves young first offenders to a different wing. Both steps are overdue. '
            'But the Network\'s recovery shows that a group can lose its territory and its founder and still survive '
            'if it keeps the institutions in which its members ^D meet, and in Dhorana those institutions include '
            'the state\'s own prisons [3].')
    d.f('', 'Notes', '')
    d.p(f2, '[1] Dhorana Ministry of Justice, Report on the Prison Population, January 2049.')
    d.p(f2, '[2] Interviews conducted by the authors in Selvan and Kohri between October 2048 and January 2049.')
    d.p(f2, '[3] On the remand backlog see Centre for Legal Aid, Waiting for Trial, December 2048.')
    d.f('')
    d.p(None, 'Tove Magnusdottir-Kahn is a senior researcher at the Nordmark Centre for Prison Studies. Rafael Obuya is '
              'a lecturer in criminology at the University of Gwelani and a former prison chaplain.')
    d.f('', 'Terrorism Monitor | Volume XLVII \u2058 Issue 4 | February 20, 2049', '', '10')
    return d
