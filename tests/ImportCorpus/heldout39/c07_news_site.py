"""c07: a news story opening with a crawler's YAML block, one line per paragraph."""
from lib import Doc

TITLE = "Police arrest three over plot against Varenne Delta pipeline"
PUB = "Harbour Evening Post"


def build():
    d = Doc("c07", one_line_per_paragraph=True, comments=[
        "the crawler's YAML block is metadata, not text; its title carries the site-name suffix, which the title drops.",
        "the site files the story under News in its breadcrumb, so the kind is news.",
        "the closing appeal for information about this case is text; the standing tip prompt is furniture.",
    ])
    a = d.article(TITLE, ["Imogen Tarrant", "Bashir Qureshi-Lowe"], "2043-05-06", "news", PUB)
    for t in ["---",
              f'title: "{TITLE} | {PUB}"',
              "source: https://harbourpost.example/news/varenne/2043/05/06/pipeline-plot-arrests",
              "date: 2043-05-06T08:14:00Z",
              'description: "Three men held after officers found explosives and maps of a gas pipeline in a lock-up near Sarrow."',
              "author: unknown",
              "---",
              "Harbour Evening Post",
              "News  Sport  Business  Opinion  Weather  Puzzles",
              "Subscribe from \u00a31 a week",
              "BREAKING: Ferry services cancelled across the gulf as storm warning upgraded",
              "Home \u203a News \u203a Varenne",
              TITLE,
              "By Imogen Tarrant and Bashir Qureshi-Lowe",
              "Published 6 May 2043, 09:14 | Updated 6 May 2043, 13:52",
              "Officers outside the lock-up on Dray Lane, Sarrow, on Tuesday. Photo: Harbour Evening Post/Lena Brandt",
              "Listen to this article \u00b7 4 min"]:
        d.add(t)
    for p in [
        "Three men have been arrested on suspicion of planning to attack a gas pipeline that runs through the "
        "Varenne Delta, after police found explosives and hand-drawn maps in a lock-up garage near Sarrow.",
        "The men, aged 31, 38 and 45, were detained in dawn raids on Tuesday at addresses in Sarrow and Port "
        "Ilvane. Detectives said the maps showed a section of the Delta pipeline close to a pumping station "
        "and marked the times of the maintenance crews' shifts.",
        "Detective Superintendent Rowan Achebe, who is leading the inquiry, said: \"We believe we have "
        "disrupted a serious plot at an early stage. There is no wider threat to the public, but we are keeping "
        "an open mind about the motive.\"",
        "The pipeline, which carries gas from the delta fields to the coast, has been the target of protests "
        "by fishing communities who say its construction damaged the mangroves. Protest organisers said on "
        "Tuesday that they had no connection with the men and condemned \"any talk of violence\".",
        "A bomb disposal team spent several hours at the lock-up on Dray Lane, and neighbouring garages were "
        "evacuated while the material was removed.",
        "All three men are being held at Sarrow police station and can be questioned for up to fourteen days.",
        "Anyone who saw activity at the Dray Lane garages in the past month is asked to call Varenne Police on "
        "0300 555 0142, quoting reference VP-2043-0517.",
    ]:
        d.para(p, a)
    for t in ["Got a story? Email newsdesk@harbourpost.example or message us on 07700 900 123.",
              "Share  Facebook  X  WhatsApp  Email",
              "More on this story",
              "Delta pipeline: what the protesters want",
              "Sarrow fishing families lose court case over mangrove damage",
              "Most read",
              "1. Ferry services cancelled across the gulf as storm warning upgraded",
              f"2. {TITLE}",
              "3. New harbour bridge to open a year late",
              "Advertisement",
              "Sign up to the Morning Briefing: the day's top stories in your inbox",
              "Harbour Evening Post \u00b7 About us \u00b7 Contact \u00b7 Complaints \u00b7 Privacy notice \u00b7 Cookie settings",
              "\u00a9 2043 Harbour Evening Post Ltd"]:
        d.add(t)
    d.sidecar = "url: https://harbourpost.example/news/varenne/2043/05/06/pipeline-plot-arrests\n"
    return d
