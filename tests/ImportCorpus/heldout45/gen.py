"""python3 gen.py [OUTDIR] — rewrites every heldout45 raw file, sidecar and label file."""
import importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, 'files'))

def docs():
    for fn in sorted(os.listdir(os.path.join(HERE, 'files'))):
        if fn.startswith('j') and fn.endswith('.py'):
            yield importlib.import_module(fn[:-3]).build()

def write(outdir):
    for d in docs():
        with open(os.path.join(outdir, d.name + '.txt'), 'w') as fh:
            fh.write(d.text())
        with open(os.path.join(outdir, d.name + '.labels.yml'), 'w') as fh:
            fh.write(d.labels())
        if d.sidecar:
            with open(os.path.join(outdir, d.name + '.yml'), 'w') as fh:
                fh.write(d.sidecar)

if __name__ == '__main__':
    write(sys.argv[1] if len(sys.argv) > 1 else HERE)
