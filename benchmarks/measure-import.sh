#!/usr/bin/env bash
# The lead's round of import measurements (CONTRIBUTING.md, "After a round"): every development set with and without
# sidecars, each named folder (new cases, validation) and each blind set, TOTAL lines only, into OUT/.
# Usage: OUT=/tmp/m FOLDERS="kinds21-new glued21-new" BLIND="heldout26 heldout27" bash benchmarks/measure-import.sh
# Needs a Release build of benchmarks/Publisher.ImportEval first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:?set OUT to a folder for the results}
mkdir -p "$out"
eval_() { dotnet run -c Release --project benchmarks/Publisher.ImportEval --no-build -- "$@"; }
totals() { awk '/ set, with| set, without|^TOTAL/' ; }

eval_ --set all > "$out/setall.txt"
eval_ --set all --no-sidecars > "$out/setall-nosc.txt"
{ echo "== with sidecars"; totals < "$out/setall.txt"; echo "== without sidecars"; totals < "$out/setall-nosc.txt"; } > "$out/setall-totals.txt"
: > "$out/folders.txt"
for f in ${FOLDERS:-} ${BLIND:-}; do
  for sc in "" --no-sidecars; do
    eval_ --dir "tests/ImportCorpus/$f" $sc | totals >> "$out/folders.txt"
  done
done
# The sums of --set all, per column, with and without sidecars.
for file in setall setall-nosc; do
  awk -v name="$file" '/^TOTAL/ { for (i = 2; i <= NF; i++) { if ($i ~ /\//) { split($i, p, "/"); a[i] += p[1]; b[i] += p[2] } else if ($i ~ /\./) { f[i] += $i; nf[i]++ } else s[i] += $i } ; n = NF }
    END { printf "%s sum:", name; for (i = 2; i <= n; i++) { if (i in a) printf " %d/%d", a[i], b[i]; else if (i in f) printf " ~%.3f", f[i] / nf[i]; else printf " %d", s[i] } ; print "" }' "$out/$file.txt"
done | tee "$out/sums.txt"
cat "$out/folders.txt"
