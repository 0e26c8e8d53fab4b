from lib import Doc

def build():
    d = Doc("z11_newsletter_post_italic_bio", web=True, blank=True)
    d.sidecar = "url: https://thelongperimeter.example.net/p/the-ports-we-forget"
    t = "The Ports We Forget: Why Insurgencies Are Supplied by Sea"
    pub = "The Long Perimeter"
    d.comments = [
        "Publication: the newsletter's name as its masthead and the crawler title print it, 'The Long Perimeter'.",
        "Kind: null (the post prints no genre label). Date: the page prints Oct 2, 2050 (the crawler block agrees).",
        "The italic closing bio ('Dr. NAME is …') is not text; the author is named without the honorific.",
        "Look-alikes (text): 'Volume 48, Number 19 of the Terrorism Monitor' cited in prose, a paragraph opening",
        "'By the time', the subheading 'The Customs House Problem'.",
    ]
    d.f("---", "title: \"" + t + " - by Wendell Achterhof\"",
        "source: https://thelongperimeter.example.net/p/the-ports-we-forget", "date: 2050-10-02",
        "description: \"Armies watch the mountain roads. The supplies come through the customs house.\"", "---")
    d.g()
    d.fb("The Long Perimeter",
         "Subscribe   Sign in")
    d.art(t, ["Wendell Achterhof"], "2050-10-02", None, pub)
    d.fb(t,
         "Armies watch the mountain roads. The supplies come through the customs house.",
         "Wendell Achterhof",
         "Oct 2, 2050",
         "♥ 48   💬 6   Share")
    d.t("Ask a general where an insurgency gets its supplies and he will point to a map of mountain passes. "
        "Ask a customs officer and she will point to the port. After three decades of watching wars on the "
        "periphery of weak states, I have come to think the customs officer is usually right.")
    d.t("The most recent evidence comes from Tallow Point, where a court this summer convicted members of four "
        "customs-brokering families of clearing goods for the Ridge Covenant. The case was covered well in "
        "Volume 48, Number 19 of the Terrorism Monitor, and I will not repeat the details here. What interests "
        "me is how ordinary the arrangement was.")
    d.t("The Customs House Problem")
    d.t("Ports are designed to move goods quickly. Every incentive in a customs house, from the bonus paid "
        "for cleared containers to the complaints of importers about delays, pushes officials to wave things "
        "through. An armed group that understands this does not need to smuggle. It only needs to declare its "
        "goods as something dull.")
    d.t("By the time a radio or a generator reaches a mountain camp, it has passed through a dozen hands, most "
        "of them legitimate. Interdiction at the camp is too late; interdiction on the road is too dangerous. "
        "The only point where the state has both the authority and the paperwork is the port.")
    d.t("None of this is new. What is new is the volume of small, cheap, dual-use goods that move through "
        "ports like Tallow Point every day. Drones, solar panels, satellite phones: each is innocent in a "
        "container of a thousand, and each is useful to an insurgent.")
    d.t("I do not think the answer is more inspections. It is better paperwork: declarations that follow the "
        "goods inland, and brokers who are protected when they refuse a client. The Tallow Point brokers told "
        "the court that nobody asked them. Somebody should have.")
    d.fb("*Dr. Wendell Achterhof spent twenty-two years as a customs adviser in conflict-affected states and now "
         "teaches at the Halbrook School of Government. The Long Perimeter is his newsletter on the logistics of war.*",
         "Thanks for reading The Long Perimeter! Subscribe for free to receive new posts and support my work.",
         "Type your email...   Subscribe",
         "♥ 48 Likes · 3 Restacks",
         "6 Comments",
         "Mirela K.  Oct 3",
         "Spot on about the bonuses. I saw the same thing in the northern ports.",
         "LIKE (4)   REPLY",
         "Discussion about this post",
         "© 2050 Wendell Achterhof · Privacy ∙ Terms ∙ Collection notice",
         "Start writing   Get the app")
    return d
