# Checks heldout25's labels against its raw files (ranges inside the file, no overlap, no range starting or ending
# on a blank line) and prints each article's first and last text line, for a reader's eye. Never runs import.
import glob, re
for lab in sorted(glob.glob('d*.labels.yml')):
    raw = open(lab.replace('.labels.yml', '.txt'), encoding='utf-8').read().split('\n')
    if raw and raw[-1] == '': raw = raw[:-1]
    seen = {}
    arts = re.findall(r'title: "(.*)"[\s\S]*?text: \[(.*)\]', open(lab, encoding='utf-8').read())
    print(lab, len(raw), 'lines,', len(arts), 'articles')
    for t, spec in arts:
        nums = []
        for part in spec.split(', '):
            a, _, b = part.partition('-'); a = int(a); b = int(b or a)
            assert 1 <= a <= b <= len(raw), (lab, part)
            assert raw[a - 1].strip() and raw[b - 1].strip(), (lab, part, 'blank end')
            nums += range(a, b + 1)
        for n in nums:
            assert n not in seen, (lab, n); seen[n] = t
        print('   %-60.60s | %s ... %s' % (t, raw[nums[0] - 1][:40], raw[nums[-1] - 1][-40:]))
