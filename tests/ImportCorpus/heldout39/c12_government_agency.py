"""c12: a government agency's statement, one line per paragraph, no author."""
from lib import Doc

TITLE = "Threat level for the Ombassi coast lowered to substantial"
PUB = "National Counter-Terrorism Coordination Office"


def build():
    d = Doc("c12", one_line_per_paragraph=True, comments=[
        "the 'From:' line names the issuing office, which outranks the government's masthead and copyright line.",
        "'Statement' over the title is the kind; the page names no author.",
        "the summary line under the title is not text; the contact details for the media are furniture.",
    ])
    a = d.article(TITLE, [], "2043-02-11", "statement", PUB)
    for t in ["Cookies on estrava.gov.example",
              "We use some essential cookies to make this service work. We'd also like to use analytics cookies "
              "so we can understand how you use the service.",
              "Accept analytics cookies  Reject analytics cookies  View cookies",
              "Skip to main content", "GOVERNMENT OF ESTRAVA", "Menu  Search",
              "Home \u203a Crime, justice and the law \u203a Counter-terrorism",
              "Statement", TITLE,
              "The national threat level for the Ombassi coast districts has been lowered from severe to substantial.",
              f"From: {PUB}", "Published 11 February 2043", "Last updated 12 February 2043 \u2014 See all updates"]:
        d.add(t)
    for p in [
        "The threat level for the coast districts of Ombassi, Sarrow and Port Ilvane has today been lowered "
        "from severe to substantial. This means an attack is likely, rather than highly likely.",
        "The decision was taken by the Joint Threat Assessment Group, which keeps the level under continuous "
        "review. It reflects the arrests made in the coast districts since October and a reduction in the "
        "number of attacks on police posts over the same period.",
        "Substantial remains a high level of threat. The public should stay alert and report anything "
        "suspicious to the police. Ferry operators and port authorities will keep the additional security "
        "measures introduced in December.",
        "The Director of the Office, Miriam Castellane, said:",
        "\"This change is the result of months of patient work by police and communities along the coast. "
        "It is not a reason to relax. The groups responsible for last year's attacks have been weakened, not "
        "defeated.\"",
        "Background",
        "There are five threat levels: low, moderate, substantial, severe and critical. The level for the "
        "coast districts was raised to severe in July 2042 after a series of drone attacks on police posts.",
    ]:
        d.para(p, a)
    for t in ["Media enquiries", "Press office: 020 7946 0312 (24 hours)", "Email: press@nctco.gov.example",
              "Share this page", "Facebook  X  Email",
              "Related content", "Threat levels explained", "Report suspicious activity",
              "Is this page useful?  Yes  No  Report a problem with this page",
              "All content is available under the Open Government Licence v4.0, except where otherwise stated",
              "\u00a9 State of Estrava copyright"]:
        d.add(t)
    return d
