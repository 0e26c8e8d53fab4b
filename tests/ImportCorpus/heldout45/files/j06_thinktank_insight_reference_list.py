from lib import Doc


def build():
    d = Doc('j06_thinktank_insight_reference_list', blank=False, web=True)
    d.notes = ['INSIGHT over the title is the kind. The numbered reference list (markers glued to words and sentence',
               'ends) is the notes; its heading "References" is not text. The crawler block\'s author "unknown" is a placeholder.']
    a = d.art('Cable Cutters: Why Undersea Infrastructure Became a Target in the Halvard Strait',
              ['Sunniva Okafor-Lund', 'Matteo Greil'], '2047-05-22', 'insight',
              'Halvard Institute for Maritime Affairs')
    d.fl('---',
         'title: Cable Cutters: Why Undersea Infrastructure Became a Target in the Halvard Strait | Halvard Institute for Maritime Affairs',
         'source: https://www.halvard-maritime.example.net/insights/cable-cutters-halvard-strait',
         'date: 2047-05-22',
         'author: unknown',
         'description: Three cable breaks in eighteen months have exposed how little protection the strait\'s seabed links enjoy.',
         '---',
         'Halvard Institute for Maritime Affairs',
         'Research   Insights   Events   Data   About us   Contact',
         'Search this site',
         'INSIGHT',
         'Cable Cutters: Why Undersea Infrastructure Became a Target in the Halvard Strait',
         'Written by Dr Sunniva Okafor-Lund & Matteo Greil',
         '22 May 2047 \u00b7 9 min read',
         'Share on LinkedIn \u00b7 Share on Bluesky \u00b7 Copy link')
    T = lambda *x: d.tl(a, *x)
    T('On the night of 2 March 2047, the Nordlys-2 data cable that links the islands of the Halvard Strait to the mainland went dark. Repair crews later found the cable cleanly severed at a depth of forty metres, a few hundred metres from the track of a bulk carrier that had dragged its anchor for almost twenty kilometres.1 It was the third break in eighteen months.',
      'The strait\'s operators have so far treated each incident as an accident. Taken together, however, the three breaks share features that are hard to explain by bad seamanship alone: each occurred at night, in calm weather, on a stretch of seabed where the cables run close together, and each involved a vessel whose owners could not be traced beyond a shell company.2',
      'What is at stake',
      'Some ninety percent of the islands\' data traffic and all of their electricity imports cross the strait by cable. The break in March cut internet access for two days and forced the islands\' hospitals onto satellite links, which handled emergency traffic but little else.3 A simultaneous break of both data and power cables, which lie within a kilometre of each other for much of their route, would leave the islands isolated for weeks.',
      'Repair capacity is the weak point. Only one cable-repair ship serves the whole region, and it was at sea off the southern coast when the Nordlys-2 failed. Insurers estimate that a repair now takes on average eleven days from the moment of failure, most of it spent waiting for the ship.4',
      'What can be done',
      'Three measures would reduce the risk at modest cost. First, the strait\'s traffic service could declare the cable corridor an anchoring exclusion zone and monitor it with the radar it already operates. Second, operators could share a second repair ship with their neighbours across the strait. Third, the islands could build a modest reserve of satellite and radio capacity sized for essential services rather than for ordinary traffic.',
      'None of these measures requires attributing the past breaks to any state or group. They would make the strait a harder target whoever the next cable cutter turns out to be.')
    d.fl('References')
    T('1. Halvard Strait cable failure: preliminary report \u2013 Strait Traffic Service, accessed 14 May 2047, https://sts.example.net/reports/2047-03-nordlys2',
      '2. Shell owners behind strait incidents \u2013 Island Gazette, accessed 15 May 2047, https://islandgazette.example.net/2046/11/shell-owners',
      '3. Two days offline: the hospitals\' story \u2013 Halvard Health Board, accessed 15 May 2047, https://hhb.example.net/news/two-days-offline',
      '4. Subsea repair times in northern waters \u2013 Marine Underwriters Forum, accessed 16 May 2047, https://muf.example.org/briefings/repair-times')
    d.fl('About the authors',
         'Dr Sunniva Okafor-Lund leads the Institute\'s programme on maritime infrastructure. Matteo Greil is a research assistant in the same programme.',
         'Related insights',
         'Anchors Aweigh: Regulating Anchorage in Crowded Straits',
         'Ports in the Fog: Cyber Risks to Small Harbours',
         'Sign up for our newsletter to receive new insights every month.',
         '\u00a9 2047 Halvard Institute for Maritime Affairs \u00b7 Registered charity 1184227 \u00b7 Privacy \u00b7 Cookies \u00b7 Accessibility')
    return d
