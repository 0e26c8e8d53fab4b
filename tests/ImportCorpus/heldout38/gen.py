"""Writes heldout38's raw files, sidecars and labels: `python3 gen.py` (see tests/ImportCorpus/README.md)."""
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the set

import issue_tm6
import issue_tm9
import issue_littoral
import mail_stillwater
import web_tm_version
import web_thinktank
import web_news
import web_blog
import web_newsletter
import web_university
import web_magazine
import web_agency

BUILDERS = [issue_tm6, issue_tm9, issue_littoral, mail_stillwater, web_tm_version, web_thinktank, web_news, web_blog,
            web_newsletter, web_university, web_magazine, web_agency]


def main():
    return [builder.build() for builder in BUILDERS]


if __name__ == "__main__":
    main()
