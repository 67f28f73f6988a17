#!/usr/bin/env bash
# Installs the Debian packages orderdesk needs, only those missing. Called by `make`.
set -euo pipefail
# the fonts give samples/wild (documents printed by Chromium) the typefaces real senders use
PKGS=(tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng poppler-utils chromium dovecot-imapd postgresql
  fonts-liberation2 fonts-urw-base35 fonts-crosextra-carlito fonts-crosextra-caladea fonts-open-sans)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# the postgresql package's own service is not needed: the tests start a throwaway
# cluster when no server is running (tests/support/pg.py)
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
