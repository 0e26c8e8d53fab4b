#!/bin/sh
# Prints the invented issues of PdfTypeFactsTests to PDF with the machine's headless Chromium.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for html in "$here"/*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/$(basename "$html" .html).pdf" "file://$html" 2>/dev/null
done
