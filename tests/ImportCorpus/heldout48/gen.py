"""python3 gen.py [FOLDER] — rewrites heldout48's raw files, sidecars and labels (default: this folder)."""
import glob, importlib, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "files")]
out = sys.argv[1] if len(sys.argv) > 1 else HERE
for path in sorted(glob.glob(os.path.join(HERE, "files", "z*.py"))):
    mod = importlib.import_module(os.path.basename(path)[:-3])
    mod.build().write(out)
