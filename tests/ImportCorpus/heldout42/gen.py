"""python3 gen.py: rewrites every .txt, .yml and .labels.yml of heldout42 from its module (GEN_OUT= another folder)."""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "[gp][0-9][0-9]_*.py")))

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    print("wrote %d files" % len(MODULES))
