#!/bin/sh
# Installs the Debian packages the tests need (a virtual display, GTK for SWT, X tools for the product tests and
# screenshots; git, nginx, fcgiwrap and htpasswd for the Git servers the engine and provider tests start on
# loopback, tinyproxy for the proxy tests, sshd for the SSH tests, openssl for the HTTPS test certificates) when running as root on Debian or Ubuntu; otherwise says what is missing.
set -eu
packages="xvfb xauth libgtk-3-0 x11-utils xdotool imagemagick fonts-dejavu-core git nginx fcgiwrap apache2-utils tinyproxy openssl openssh-server"
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test packages:$missing"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Missing packages for the tests:$missing" >&2
  echo "Install them (sudo apt-get install$missing) and run again." >&2
  exit 1
fi
