#!/bin/sh
# Prints the invented agreement issue to PDF with the machine's headless Chromium (see PdfTextAgreementTests).
set -e
here=$(cd "$(dirname "$0")" && pwd)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/issue.pdf" "file://$here/issue.html" 2>/dev/null
