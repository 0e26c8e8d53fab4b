"""A government ministry's statement opening with a crawler's YAML block, saved with no blank lines."""

from lib import web_dense

NAME = "k09_ministry_statement"
TITLE = "Statement on the temporary closure of the northern ferry terminals"


def build():
    d = web_dense(NAME, sidecar="url: https://www.waterways.gov.est/news/statements/2045/northern-ferry-terminals")
    d.comments = [
        "Choices: the 'Issued by' line names the Ministry, which outranks the Republic's copyright line; the",
        "statement names no author (the Minister is quoted, not credited); 'STATEMENT' over the title is the kind.",
        "The crawler block's date and the page's date agree.",
    ]
    a = d.article(TITLE, [], "2045-07-03", "statement", "Ministry of Inland Waterways and Ports")
    d.page(f"""
---
title: "Statement on the temporary closure of the northern ferry terminals | Ministry of Inland Waterways and Ports"
source: https://www.waterways.gov.est/news/statements/2045/northern-ferry-terminals
date: 2045-07-03T09:15:00+02:00
description: "The Ministry has closed the ferry terminals at Orrin, Havlund and Stake Point for up to fourteen days following threats against passenger vessels."
crawled: 2045-07-05T22:41:07Z
---
Republic of Estrel — official website
How do you know this is an official website? Official sites end in .gov.est
Ministry of Inland Waterways and Ports
Menu
Home
News and statements
Services for boat operators
Permits and licences
About the Ministry
Language: English | Estrelan
Home › News and statements › Statements
STATEMENT
{TITLE}
Issued by: Ministry of Inland Waterways and Ports
Date of issue: 3rd day of July 2045, 09:15
Reference: MIWP/ST/2045/041
Print this page | Download as PDF (182 KB)
> The Ministry of Inland Waterways and Ports has today closed the passenger ferry terminals at Orrin, Havlund and Stake Point for a period of up to fourteen days.
> The decision follows specific threats, received by the police on 1 and 2 July, against passenger vessels operating on the northern lake routes. The police have advised that the threats are credible and that their investigation is continuing.
> During the closure, the Ministry will operate a free replacement bus service between the three towns and the railway station at Kessvik. Timetables are available at all three terminals and from the Ministry's helpline.
> Freight services are not affected and will continue to operate under additional security measures, including searches of all vehicles before boarding.
> The Minister of Inland Waterways and Ports, Aurelio Vanterpool, said: "I know this closure will cause real hardship to people who depend on the ferries every day. We would not take this step unless the advice we had received left us no choice. The terminals will reopen as soon as it is safe to do so, and not a day later."
> The Ministry will review the closure daily with the police and will publish an update on this website no later than 10 July.
> Members of the public who have information about the threats are asked to contact the police on 112 or through the confidential line, quoting reference NL-0702.
Helpline for ferry passengers: 0800 4412 900 (daily 07:00–21:00)
Was this page useful? Yes | No
Report a problem with this page
Share: Email | Facebook | X
Related statements
02.07.2045 — Advice to passengers on the northern lake routes
18.06.2045 — Summer timetable for state ferry services
Ministry of Inland Waterways and Ports · Harbour Street 12 · 4410 Kessvik
Accessibility | Privacy | Cookies | Open government licence
© Republic of Estrel 2045
""", a)
    return d
