"""python3 gen.py — rewrites every .txt, .yml and .labels.yml of heldout43 from the g*/p* modules."""
import glob, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib


def modules():
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "[gp][0-9][0-9]_*.py")))
    return [importlib.import_module(n) for n in names]


if __name__ == "__main__":
    lib.write_all(modules(), sys.argv[1] if len(sys.argv) > 1 else HERE)
