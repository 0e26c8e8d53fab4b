"""c08: a personal blog post, one line per paragraph, `Posted on DATE by NAME`, an italic closing bio."""
from lib import Doc

TITLE = "What the Harnby Depot Fire Tells Us About 'Claim First' Militancy"


def build():
    d = Doc("c08", one_line_per_paragraph=True, comments=[
        "the category link over the title (Commentary) is the kind.",
        "the italic closing bio names the author with an honorific, which the author's name drops; it is not text.",
        "the blog's name in its header is the publication.",
    ])
    a = d.article(TITLE, ["Gideon Marchetti"], "2043-03-22", "commentary", "The Lantern Room")
    for t in ["The Lantern Room", "Notes on violence, protest and the people who study them", "Home | About | Archive | Contact",
              "Commentary", TITLE, "Posted on 22 March 2043 by Gideon Marchetti", "Image not available"]:
        d.add(t)
    for p in [
        "A fortnight ago someone set fire to the rail depot in Harnby. Within the hour a message appeared online "
        "claiming the fire for a group nobody had heard of, in language borrowed, almost word for word, from "
        "environmental campaigns of the 2030s. Three young men are now in custody. The group, as far as anyone "
        "can tell, does not exist.",
        "I want to suggest that this is not an oddity but a pattern, and that it deserves a name. Call it claim-first "
        "militancy: the act is small, the claim is large, and the organisation behind the claim is assembled "
        "afterwards, if at all.",
        "The older model ran the other way. A group formed, recruited, argued about strategy and eventually "
        "acted; the claim came last and was usually the least interesting part. Historians of the period could "
        "read a movement's communiqués as the end product of long internal debate.",
        "Why the order has flipped",
        "Part of the answer is cost. A claim costs nothing to publish and, once picked up by the press, gives a "
        "handful of people the standing of a movement. Part of it is audience: the people a claim is written for "
        "are often not the public or the state but other would-be militants, who read it as an invitation.",
        "The risk for the rest of us is that we take the claim at its word. Police chase an organisation that "
        "was never there, commentators debate its ideology, and the next small act is claimed in the same "
        "name by someone else entirely. The Harnby detectives, to their credit, said in their first statement "
        "that the group \"may not exist in any organized form\". That is the right starting point.",
        "It is also, I suspect, where most of these cases will end.",
    ]:
        d.para(p, a)
    for t in ["*Dr Gideon Marchetti taught the history of political violence at the University of Ostmere until "
              "2041. He writes here most weeks.*",
              "Share this:", "Email", "Print", "Like Loading...",
              "Tags: claims of responsibility, Harnby, protest",
              "\u2190 Previous post: The Long Quiet in the Ruvena Basin",
              "Next post: Reading Militant Statements Without Reading Too Much Into Them \u2192",
              "3 thoughts on \u201cWhat the Harnby Depot Fire Tells Us About 'Claim First' Militancy\u201d",
              "Ayesha Corrigan says: 23 March 2043 at 08:12",
              "Useful framing. I wonder whether the same applies to the campus radio case in Calmoor.",
              "Reply",
              "Gideon Marchetti says: 23 March 2043 at 10:40",
              "Possibly, though there the speaker came first and the network later. A post on that soon.",
              "Reply",
              "Leave a Reply", "Your email address will not be published. Required fields are marked *",
              "Blog at Inkwell.example. Theme: Lantern by Fenwick Themes."]:
        d.add(t)
    return d
