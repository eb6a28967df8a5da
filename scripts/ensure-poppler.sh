#!/usr/bin/env bash
# The print tests read the PDFs they make with poppler's pdfinfo, pdftotext and pdftoppm
# (Debian's poppler-utils), installed here as scripts/ensure-chromium.sh installs Chromium.
set -euo pipefail
missing=0
for tool in pdfinfo pdftotext pdftoppm; do command -v "$tool" >/dev/null || missing=1; done
if [ "$missing" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "poppler-utils is missing (pdfinfo, pdftotext, pdftoppm): install it (apt-get install -y poppler-utils)." >&2
  exit 1
fi
echo "Installing Debian's poppler-utils for the print tests..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
