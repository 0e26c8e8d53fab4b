#!/bin/sh
# Regenerates the PDFs of the invented issues of pdf4-new from their HTML sources with the machine's headless Chromium.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for html in "$here"/*.html; do
  name=$(basename "$html" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$here/../$name.pdf" "file://$html" 2>/dev/null
done
