"""python3 gen.py [FOLDER]: rewrite every raw file, sidecar and label file of heldout46 from files/lNN_*.py."""
import glob, importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
out = sys.argv[1] if len(sys.argv) > 1 else here
os.makedirs(out, exist_ok=True)
docs = []
for path in sorted(glob.glob(os.path.join(here, "files", "l*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    m.d.write(out)
    docs.append(m.d)
print("%d files, %d articles" % (len(docs), sum(len(d.arts) for d in docs)))
