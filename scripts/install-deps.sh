#!/bin/sh
# Installs the Debian 12 packages kehoach needs to build and test. Run as root.
# Does nothing when everything is already installed.
set -eu
packages="g++ cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
libutf8proc-dev python3 python3-jsonschema python3-yaml python3-icalendar mandoc clang-format
libreoffice-calc-nogui"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "kehoach: installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
