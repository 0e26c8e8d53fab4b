from lib import Doc

def build():
    d = Doc("z10_ngo_statement_unknown_date", web=True, blank=False)
    t = "Civilians in the Orlan Delta Creeks Must Be Protected by the Ceasefire"
    pub = "Coalition for Civilian Safety"
    d.comments = [
        "No sidecar. The crawler block's date and description are 'unknown'; the page prints 'Published 14 April 2050'.",
        "No author is named (the director is quoted inside the text) -> authors []. Kind: the label 'Statement'.",
        "Publication: the logo line 'Coalition for Civilian Safety' (the tagline under it is not the name).",
        "The bracketed notes under 'Endnotes' are text, the heading is not.",
        "Look-alikes (text): 'Issue 3 of our Delta Civilian Monitor', a paragraph opening 'By our count,', and the",
        "line 'Dr Amara Keltsova, Director of the Coalition, said:' that reads like a byline.",
    ]
    d.f("---",
        f"title: \"{t}\"",
        "source: https://civiliansafety.example.org/news/statements/orlan-delta-creeks",
        "date: unknown",
        "description: unknown",
        "---",
        "Skip to content",
        "Coalition for Civilian Safety",
        "Protecting people in war since 2031",
        "About us  Our work  Countries  Publications  Get involved  DONATE",
        "You are here: Home > News > Statements",
        "Statement")
    d.art(t, [], "2050-04-14", "statement", pub)
    d.f(t, "Published 14 April 2050")
    d.t("The Coalition for Civilian Safety calls on the government of the Merovan Republic and the Halvani "
        "Liberation Front to extend the ceasefire's monitoring arrangements to the creeks and waterways of the "
        "Orlan Delta, where civilians continue to be killed and injured seven months after the agreement was "
        "signed.[1]")
    d.t("By our count, at least 64 civilians were killed in the delta's waterways between October 2049 and "
        "March 2050, most of them fishermen and boat traders caught between armed groups competing for toll "
        "points. None of these incidents falls within the mandate of the ceasefire observers, whose patrols are "
        "limited to roads and towns.[2]")
    d.t("Our field teams documented these cases in Issue 3 of our Delta Civilian Monitor, published in March. "
        "Families described relatives taken from boats at night, bodies left on jetties and traders forced to "
        "pay several armed groups on a single journey.")
    d.t("Dr Amara Keltsova, Director of the Coalition, said:")
    d.t("\"A ceasefire that ends at the water's edge is not protecting the people who live on the water. The "
        "parties and the mediators know where the killing is happening. They must allow the observers to go "
        "there.\"")
    d.t("The Coalition also urges the authorities to investigate the killings of two militia members near "
        "Carrow in December 2049 and to ensure that village militias armed during the conflict are registered "
        "and held accountable for abuses.")
    d.f("Endnotes")
    d.t("[1] Orlan Ceasefire Agreement, September 2049, Annex 2.")
    d.t("[2] Coalition for Civilian Safety, Delta Civilian Monitor, Issue 3, March 2050.")
    d.f("ENDS",
        "For media enquiries contact press@civiliansafety.example.org or +44 20 7946 0321.",
        "About the Coalition for Civilian Safety: the Coalition is an independent humanitarian organisation working to "
        "reduce harm to civilians in armed conflict. It does not accept funding from parties to the conflicts it monitors.",
        "Your gift protects families in conflict zones. Donate today",
        "Share this: Facebook | LinkedIn | Email",
        "Registered charity no. 1190442 | Privacy notice | Cookie settings | © Coalition for Civilian Safety 2050")
    return d
