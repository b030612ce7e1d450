#!/usr/bin/env bash
# The cross-engine suite (test/engines/) runs Debian's Firefox ESR and WebKitGTK besides Chromium
# (browsers cannot be downloaded here, toolchain.md): install what is missing with apt-get.
#   firefox-esr        driven by puppeteer-core over WebDriver BiDi (no geckodriver)
#   webkit2gtk-driver  WebKitWebDriver and its MiniBrowser, driven by selenium-webdriver
#   xvfb               MiniBrowser needs a display
set -euo pipefail
missing=()
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
echo "Installing Debian's ${missing[*]} for the cross-engine tests…"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
