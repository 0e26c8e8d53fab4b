from lib import Doc


def build():
    d = Doc('j12_broadcaster_explainer_listen', blank=True, web=True)
    d.sidecar = 'url: https://www.radionorrvik.example.no/news/explainers/what-is-the-lowland-brigade\n'
    d.notes = ['"Explainer" over the title is the kind; the masthead prints the station without its News section word',
               'in the copyright line. "Key points" and the question headings are text; the audio player, image credits,',
               'the role after the byline and the topic tags are not.']
    a = d.art('What Is the Lowland Brigade, and Why Are Police Worried About It?', ['Signe Halvorsrud'],
              '2047-03-11', 'explainer', 'Radio Norrvik')
    d.f('Radio Norrvik News')
    d.f('Live radio   Podcasts   News   Sport   Weather   Local')
    d.f('Explainer')
    d.f('What Is the Lowland Brigade, and Why Are Police Worried About It?')
    d.f('By Signe Halvorsrud, Security correspondent')
    d.f('Published 11 March 2047, 06:05')
    d.f('Listen to this article \u00b7 5 min')
    d.f('\u25b6 0:00 / 5:12')
    d.t(a, 'Key points',
        'Police say the Lowland Brigade is a small extremist network with members in at least four cities.',
        'Three of its members were convicted last year of planning an arson attack on a refugee centre.',
        'Security services now rank it among the country\'s most serious domestic threats.')
    d.f('Police officers outside the district court in Halsvik during last year\'s trial. Photo: Eirik Dahle / Radio Norrvik')
    d.t(a, 'The Lowland Brigade was unknown to most people until last autumn, when three young men from Halsvik were convicted of planning to burn down a refugee centre. This week the national police security service named the group for the first time in its annual threat assessment.',
        'What is it?',
        'The Brigade describes itself as a "defence league" for the flat farming districts of the south. In practice, police say, it is a loose network of perhaps forty people who meet in encrypted chat groups, share extremist material and occasionally train together in the woods.',
        'Why are police worried?',
        'The threat assessment says the group has moved from talk to planning. Besides the arson plot, investigators found lists of addresses of local politicians and journalists on the phones of two members. The service also warns that the Brigade recruits teenagers through gaming platforms, where its members are said to be unusually skilled at hiding their views.',
        'What happens next?',
        'The justice minister has said the government will consider whether the group can be banned. Researchers caution that bans on loose networks are hard to enforce and may simply push members into new groups under new names.')
    d.f('Topics: Extremism \u00b7 Halsvik \u00b7 Police')
    d.f('Read more: Threat assessment 2047 \u2013 the five main points')
    d.f('Radio Norrvik \u2013 public service broadcasting for the north since 1962. \u00a9 2047 Radio Norrvik')
    return d
