"""Rewrites this blind set's raw files, sidecars and labels: `python3 gen.py [folder]`."""

import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = [
    "k01_tm_issue_blank_lines",
    "k02_tm_issue_dense_numbered",
    "k03_sibling_frontier_waters",
    "k04_email_newsletter",
    "k05_tm_web_salt_roads",
    "k06_parliament_committee",
    "k07_university_centre",
    "k08_trade_magazine",
    "k09_ministry_statement",
    "k10_interview_qa",
    "k11_fact_check",
    "k12_regional_obituary",
]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(folder, exist_ok=True)
    for name in MODULES:
        module = importlib.import_module(name)
        module.build().write(folder)


if __name__ == "__main__":
    main()
