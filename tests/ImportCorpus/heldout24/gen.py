# Rewrites every raw file, sidecar and label file of heldout24 (python3 gen.py in this folder). g05 and g06 are web
# versions built from g01's and g02's generated text, so the issues come first.
import runpy
for g in ['gen_g01.py', 'gen_g02.py', 'gen_g03.py', 'gen_g04.py', 'gen_g05.py', 'gen_g06.py', 'gen_g07_g09.py',
          'gen_g10_g12.py', 'gen_g13_g15.py']:
    runpy.run_path(g, run_name='__main__')
