"""python3 gen.py [OUTDIR] rewrites every raw file, sidecar and label file of heldout47 from files/yNN_*.py."""
import glob, importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(here, 'files'))
out = sys.argv[1] if len(sys.argv) > 1 else here
for path in sorted(glob.glob(os.path.join(here, 'files', 'y*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    mod.build().write(out)
