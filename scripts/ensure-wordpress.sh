#!/usr/bin/env bash
# The WordPress plugin is tested against Debian's WordPress (6.1), MariaDB and PHP, which a fresh
# machine lacks: install them with apt-get when missing, as ensure-chromium.sh does for Chromium.
# No service is started or enabled here: the test starts its own MariaDB and PHP server, then stops them.
set -euo pipefail
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql unzip)
if [ -f /usr/share/wordpress/wp-load.php ] && command -v php >/dev/null && command -v mariadbd >/dev/null \
  && command -v mariadb-install-db >/dev/null && command -v unzip >/dev/null; then
  exit 0
fi
echo "WordPress, MariaDB or PHP not found: installing Debian's ${packages[*]}…"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# policy-rc.d answers 101 ("do not start"), so installing starts no Apache or MariaDB on this machine.
policy=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  added_policy=1
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
[ -z "$added_policy" ] || $sudo rm -f "$policy"
php --version | head -1
