"""Rewrites heldout40's raw files, sidecars and labels: python3 gen.py [OUTDIR]"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = sorted(f[:-3] for f in os.listdir(HERE) if f[0] == "h" and f[1:3].isdigit() and f.endswith(".py"))


def main(out=HERE):
    for m in MODULES:
        doc, sidecar, one_line = importlib.import_module(m).build()
        doc.write(out, sidecar, one_line)
    return MODULES


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
