#!/usr/bin/env bash
# The browser tests run in Debian's Chromium (browsers cannot be downloaded here):
# install it with apt-get when it is missing. CHROMIUM_PATH points elsewhere if needed.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
echo "Chromium not found at $browser: installing Debian's chromium…"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
"$browser" --version
