from lib import Doc

TITLE = 'What Is the Delta Front, and Why Has It Started Attacking Supply Boats?'


def build():
    d = Doc('y11_wire_explainer', web=True,
            sidecar={'url': 'https://www.nordwire.example.com/world/delta/explainer-delta-front-supply-boats-2049-06-14/'},
            comments=[
                'A news agency\'s explainer without blank lines: the label "EXPLAINER" over the title is the kind. Two',
                'authors on a "By NAME and NAME" line; the date is the first of "June 14, 2049 9:05 AM GMT+1 Updated 3',
                'hours ago". The question subheadings are text (headings inside the article that read like titles). The',
                'picture caption with credit, "Sign up here." promo, credit line, standards line, topics, licence line and',
                'the "Read Next" teasers are not text. Publication: the agency\'s name as its masthead prints it.',
            ])
    a = d.art(TITLE, ['Oona Castellanos', 'Femi Adeyemi-Strand'], '2049-06-14', 'explainer', 'Nordwire')
    d.f('Skip to main content', 'Independent news from the river states and beyond',
        'Nordwire', 'World  Business  Markets  Sustainability  Legal  Technology  Investigations',
        'Sign In', 'Register', 'World', 'EXPLAINER', TITLE, 'By Oona Castellanos and Femi Adeyemi-Strand',
        'June 14, 2049 9:05 AM GMT+1 Updated 3 hours ago', '4 minute read',
        'A patrol boat on the Kessin river channel, June 2, 2049. Nordwire/Tariq Sollund/File Photo')
    paras = [
        'KESSIN, June 14 (Nordwire) - Militants from the Delta Front have attacked at least 23 army supply boats on the '
        'rivers of the southern delta since January, more than in the whole of 2048, according to a Nordwire count '
        'based on army statements and local media.',
        'Here is what we know about the group and why its tactics have changed.',
        'WHO ARE THE DELTA FRONT?',
        'The Delta Front emerged in 2039 from a coalition of fishing-village militias that objected to oil '
        'exploration in the delta. It has since fought the government on and off, interrupted by two ceasefires, and '
        'has been designated a terrorist organisation by the government and several of its neighbours.',
        'Sign up here.',
        'WHY SUPPLY BOATS?',
        'Until last year the Front mostly raided oil installations. Analysts say a new field commander known as Sefa '
        'has shifted its focus to the boats that keep remote army posts supplied, attacks that cost the Front less and '
        'force the army to spend more on escorts. "They have found the army\'s weak point, which is the water," said '
        'one security analyst in Kessin, who asked not to be named.',
        'WHAT HAS THE GOVERNMENT SAID?',
        'The defence ministry said on Friday that it would buy twelve new patrol boats and move two posts closer to the '
        'main channel. It did not respond to a request for comment on the number of attacks.',
        'WHAT HAPPENS NEXT?',
        'The rainy season, which starts in July, raises water levels and opens more channels, which may make the '
        'boats harder to protect. Local leaders have called for talks, but neither side has said it is ready.',
    ]
    for p in paras:
        d.p(None if p == 'Sign up here.' else a, p)
    d.f('Reporting by Oona Castellanos in Kessin and Femi Adeyemi-Strand in Amarel; Editing by Piet Vanderloo',
        'How we report: the Nordwire Editorial Code.', 'Topics: Southern Delta, Security, Delta Front',
        'Licence this story', 'Read Next',
        'Army says it retook two river posts from Delta Front, June 11, 2049',
        'Oil output in delta falls to three-year low, June 9, 2049',
        'Nordwire, the news and media division of Nordline Holdings, is the region\'s largest multimedia news provider.',
        'Market data delayed by at least 20 minutes.', '\u00a9 2049 Nordwire. All rights reserved')
    return d
