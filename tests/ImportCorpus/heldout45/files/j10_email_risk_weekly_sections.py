from lib import Doc

PUB = 'Kestrelmark Risk Weekly'
DATE = '2047-06-03'


def build():
    d = Doc('j10_email_risk_weekly_sections', blank=True, width=70)
    d.sidecar = 'publication: Kestrelmark Risk Weekly\n'
    d.notes = ['A plain-text email newsletter: "THE BIG STORY" (a section name no page uses as a genre) over one longer',
               'signed piece is a feature; "QUICK HITS" over a run of short unsigned pieces makes each a brief.',
               'Volume and number are printed in the masthead.']
    d.fl('From: Kestrelmark Risk Weekly <weekly@kestrelmark.example.com>',
         'Date: Mon, 3 Jun 2047 06:00:12 +0000',
         'Subject: Risk Weekly: Ferry strikes, a new militia in Sorva, and more',
         'To: subscriber@example.com')
    d.f('')
    d.f('Having trouble reading this email? View it in your browser:', 'https://kestrelmark.example.com/weekly/2047-06-03')
    d.f('*' * 60)
    d.f('KESTRELMARK RISK WEEKLY', 'Security intelligence for travel and operations teams', 'Volume 6 \u00b7 Number 22 \u00b7 3 June 2047')
    d.f('*' * 60)
    d.f('Good morning. This week: why the Sorva ferry strike is a security story,', 'plus three things to watch.')
    d.f('THE BIG STORY')
    a = d.art('The Ferry Strike That Opened a Door for Smugglers', ['Corinna Haldane-Reyes'], DATE, 'feature', PUB, 6, 22)
    d.f('The Ferry Strike That Opened a Door for Smugglers')
    d.f('By Corinna Haldane-Reyes, Senior Analyst')
    d.p(a, 'The strike by ferry crews on the Sorva islands, now in its fifth week, is usually reported as a labour dispute. For anyone moving people or goods through the islands it has become a security problem. With the state ferries idle, the crossing to the mainland is now served almost entirely by private boats, many of them unlicensed, and the port police who used to check passengers at the ferry terminals have no one to check.')
    d.p(a, 'Our contacts on the islands report that at least two of the larger private operators are run by families long associated with cigarette and fuel smuggling. Their boats now carry tourists and workers by day and, according to one harbour official, unrecorded cargo by night. Police have made no seizures since the strike began.')
    d.p(a, 'We advise clients to avoid unlicensed boats, to use the two licensed private operators listed on the port authority\'s website, and to allow for delays of up to a day on the crossing until the dispute is settled. Talks between the union and the ferry company are due to resume on June 10.')
    d.f('-' * 60)
    d.f('QUICK HITS')
    b = d.art('Sorva: A New Militia Announces Itself', [], DATE, 'brief', PUB, 6, 22)
    d.f('Sorva: A New Militia Announces Itself')
    d.p(b, 'A group calling itself the Island Defence Committee posted a video on May 29 showing a dozen armed men on a beach near Port Ellery. It demands the expulsion of "mainland speculators" from the islands. No attacks have been attributed to it so far.')
    c = d.art('Nareth: Curfew Lifted in the Old City', [], DATE, 'brief', PUB, 6, 22)
    d.f('Nareth: Curfew Lifted in the Old City')
    d.p(c, 'Authorities in Nareth lifted the night curfew imposed on the old city after the riots of mid-May. Checkpoints remain at the main gates and identity checks are frequent. Allow extra time for journeys to the airport.')
    e = d.art('Kolvar: Election Rallies Draw Heavy Security', [], DATE, 'brief', PUB, 6, 22)
    d.f('Kolvar: Election Rallies Draw Heavy Security')
    d.p(e, 'Campaigning for November\'s regional elections has begun early, with large rallies planned in the capital every weekend in June. Expect road closures around Victory Square on Saturdays and avoid the rallies themselves, where scuffles between rival supporters have become common.')
    d.f('-' * 60)
    d.f('Forwarded this email? Subscribe at https://kestrelmark.example.com/weekly',
        'Questions for our analysts? Just reply to this email.')
    d.f('You are receiving this because you signed up for Kestrelmark Risk Weekly.',
        'Unsubscribe: https://kestrelmark.example.com/u/8841ac | Update preferences',
        'Kestrelmark Advisory Ltd, 44 Tanner Row, Hollinford HF2 7QD')
    return d
