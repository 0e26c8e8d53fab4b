#!/usr/bin/env python3
"""Raise CorpusScoreTests' floors to the measured with-sidecar totals of `--set all` (never lower one).

Usage: python3 benchmarks/raise-floors.py OUT/setall.txt   (the output of benchmarks/measure-import.sh)
Prints each floor it raises; precision and recall are rounded down to two decimals, as the floors are written.
"""
import math, re, sys

tests = "tests/Publisher.Tests/ImportCorpus/CorpusScoreTests.cs"
measured, current = {}, None
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(\S+) set, with sidecars", line)
    if m: current = m.group(1)
    elif line.startswith("TOTAL") and current:
        c = line.split()
        num = lambda s: int(s.split("/")[0])
        measured[current] = dict(Found=int(c[3]), Title=num(c[4]), Authors=num(c[5]), Date=num(c[6]), Kind=num(c[7]),
                                 Publication=num(c[8]), VolumeIssue=num(c[9]),
                                 Precision=math.floor(float(c[10]) * 100) / 100, Recall=math.floor(float(c[11]) * 100) / 100,
                                 MaxFurniture=int(c[13]), MaxGlued=int(c[14]), MaxLost=int(c[15]))
        current = None

text = open(tests, encoding="utf-8").read()
def raise_floor(m):
    name, body = m.group(1), m.group(2)
    if name not in measured: return m.group(0)
    got = measured[name]
    def field(f):
        key, old = f.group(1), f.group(2)
        new = got[key]
        value = min(float(old), new) if key.startswith("Max") else max(float(old), new)
        if value == float(old): return f"{key}: {old}"
        text_ = f"{value:.2f}" if key in ("Precision", "Recall") else str(int(value))
        print(f"{name}: {key} {old} -> {text_}")
        return f"{key}: {text_}"
    return f'new Floor("{name}", ' + re.sub(r"(\w+): ([0-9.]+)", field, body)
text = re.sub(r'new Floor\("([^"]+)", (.*?\))', raise_floor, text, flags=re.S)
open(tests, "w", encoding="utf-8").write(text)
