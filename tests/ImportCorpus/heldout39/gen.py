"""Writes heldout39's raw files, sidecars and labels: `python3 gen.py` in this folder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import c01_tm_issue4
import c02_tm_issue7
import c03_sibling_monitor
import c04_email_newsletter
import c05_tm_web_version
import c06_think_tank
import c07_news_site
import c08_blog
import c09_newsletter_archive
import c10_university_centre
import c11_magazine
import c12_government_agency

MODULES = [c01_tm_issue4, c02_tm_issue7, c03_sibling_monitor, c04_email_newsletter, c05_tm_web_version,
           c06_think_tank, c07_news_site, c08_blog, c09_newsletter_archive, c10_university_centre,
           c11_magazine, c12_government_agency]


def docs():
    return [m.build() for m in MODULES]


if __name__ == "__main__":
    folder = os.path.dirname(os.path.abspath(__file__))
    for doc in docs():
        doc.write(folder)
    print(f"wrote {len(MODULES)} files")
