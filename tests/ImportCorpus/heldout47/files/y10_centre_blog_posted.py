from lib import Doc

TITLE = 'Why Community Police Stopped Walking the Market in Kessin'


def build():
    d = Doc('y10_centre_blog_posted', web=True, comments=[
        'A research centre\'s blog post without blank lines, opening with a crawler block (title with " - Beat & Border").',
        'The blog prints its own name over its own menu; the centre is named only in the tagline and the footer, so the',
        'publication is the blog. No genre label (kind null). Byline "Posted on ... by Dr. NAME" (honorific out). The',
        'closing bio, categories, share line, comments and footer are not text. Look-alikes kept as text: "Volume 12,',
        'Issue 3 of the Kessin Policing Journal" in prose and the subheading "What the Traders Told Us".',
    ])
    a = d.art(TITLE, ['Kwame Arnesen-Diallo'], '2049-09-02', None, 'Beat & Border')
    d.f('---', f'title: "{TITLE} - Beat & Border"', 'source: "https://blogs.kessin.example.edu/beat-and-border/2049/09/02/'
        'community-police-market/"', 'date: 2049-09-02T08:15:00+00:00',
        'description: "Three years after the foot patrols ended, traders in the Old Market explain what they lost."', '---',
        'Kessin University  |  Study  |  Research  |  Library  |  Log in',
        'Beat & Border', 'A blog of the Kessin Centre for Policing Research',
        'Home  Posts  Contributors  About the blog  Contact', TITLE,
        'Posted on 2 September 2049 by Dr. Kwame Arnesen-Diallo')
    for para in [
        'Until 2046, two community police officers walked the length of Kessin\'s Old Market every morning. They knew '
        'the traders by name, settled arguments over stall boundaries and, more than once, heard about trouble before '
        'it happened. Then the patrols stopped, their officers reassigned to a new rapid-response unit, and the market '
        'was left to the cameras.',
        'In a study published in Volume 12, Issue 3 of the Kessin Policing Journal, my colleagues and I compared the '
        'three years before the change with the three years after. Recorded thefts in the market fell slightly. But '
        'reports of extortion by men claiming to act for a militant group rose fourfold, and the share of those '
        'reports that came from traders themselves, rather than from the cameras, fell by more than half.',
        'What the Traders Told Us',
        'We interviewed 37 traders over the summer. Most said they had stopped reporting threats because there was no '
        'one to report them to: a telephone line is not a person, and the response unit arrives after the visitors '
        'have gone. Several said the men who came for "contributions" had started to appear only after the foot '
        'patrols ended, and that they seemed to know it.',
        'None of this proves that the patrols prevented extortion, and cameras have their uses. But policing that '
        'depends on people coming forward needs people to come forward to, and that is a lesson the city\'s plans '
        'for its other markets should take seriously.',
    ]:
        d.p(a, para)
    d.f('Dr. Kwame Arnesen-Diallo is a senior research fellow at the Kessin Centre for Policing Research, where he '
        'leads its work on urban security.',
        'Categories: Community policing, Extortion, Kessin',
        'Share this post: Email  X  LinkedIn',
        '2 comments on this post',
        'Ines Varga-Holm says: 3 September 2049 at 10:12',
        'Same story in the fish market. The patrols were the only thing the stallholders trusted.',
        'Reply',
        'Kwame Arnesen-Diallo says: 3 September 2049 at 14:40',
        'Thanks, Ines. We hope to look at the fish market next year.',
        'Reply',
        'Join the discussion. We never show your email address; fields marked * are needed.',
        'Beat & Border is written by staff and visitors of the Kessin Centre for Policing Research. Views are the authors\' own.',
        '\u00a9 2049 Kessin University. Privacy and cookies | Accessibility statement')
    return d
