from lib import Doc, write

NAME = "p12_library_blog_post"
TITLE = "Forty Pamphlets From the Plateau: A New Collection in the Reading Room"


def build():
    d = Doc()
    d.web("""
National Library of Wendmoor
Visit  Collections  Research  Learning  Events  Shop
Opening hours today: 9:30\u201320:00. Reading Room tickets must be booked in advance.
Home \u203a Blogs \u203a From the Stacks
From the Stacks
Blog post
Forty Pamphlets From the Plateau: A New Collection in the Reading Room
Posted by Clementine Oyebanji-Rask on 3 March 2046
Categories: Acquisitions, Printed ephemera, Kelmaran plateau
> Last autumn the Library received a small cardboard box from a retired schoolteacher in Sorrel Gap. Inside, wrapped in newspaper, were forty pamphlets collected over six years from the market stalls and bus stations of the Kelmaran plateau. Most are printed on cheap grey paper; a few are hand-stamped; one has been folded so often that it has nearly come apart along its creases.
> The pamphlets were issued in the name of the Salt Road Brotherhood, and the Library has thought carefully about whether and how to make them available. Our policy is that material produced by armed groups can be an essential source for historians, provided it is kept in context and read under supervision.
Catalogue record
Title: [Pamphlets issued in the name of the Salt Road Brotherhood]
Author: Salt Road Brotherhood (issuing body)
Date: 2039\u20132045
Extent: 40 items; 21 cm or smaller
Shelfmark: EPH.PLAT.2045/1\u201340
> The collection is now catalogued and can be requested in the Reading Room by holders of a research ticket. Readers will find price lists, sermons, warnings to informers and, unexpectedly, a set of instructions for the care of goats during a dry summer, printed with the same crescent stamp as the rest.
> Why keep such things? Because in fifty years, when historians ask how the people of the plateau lived through these years, the official record will tell them about soldiers and ministers. The pamphlets will tell them what was pinned to the door of the mosque and handed out at the market, and what their grandparents read on the bus.
*Dr Clementine Oyebanji-Rask is Curator of Modern Printed Collections at the National Library of Wendmoor.*
Share this post: Facebook  X  Email
Comments are closed.
You may also like
From the Stacks: The Ferry Timetables of Lake Orrun, 1920\u20131980
From the Stacks: Saving the Vessick Courier's Photograph Archive
Sign up to the Library newsletter
National Library of Wendmoor, Kingsmere Road, Ferncastle. Registered charity no. 8812045.
Accessibility  Privacy  Cookies  Terms of use
""", 0)
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=["Clementine Oyebanji-Rask"], date="2046-03-03", kind="blog post",
                 pub="National Library of Wendmoor", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A national library's blog post. Kind: 'Blog post', printed over the title (the blog's name 'From the Stacks' is a section).",
        "Publication: the library (the blog has no navigation of its own under the library's masthead: Unit or parent rule).",
        "The catalogue record between two text paragraphs is a look-alike metadata block (its Title/Author/Date are the",
        "pamphlets', not the post's) and is furniture. The italic closing bio with 'Dr' is a bio, not text.",
    ])


if __name__ == "__main__":
    main()
