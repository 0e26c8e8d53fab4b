"""Rewrites heldout44's .txt, .yml and .labels.yml from files/*.py (one module per raw file) over lib.py.
Usage: python3 gen.py [OUTDIR]   (default: this folder)"""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def docs():
    for path in sorted(glob.glob(os.path.join(HERE, "files", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield mod.build()


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for d in docs():
        d.write(out)
