#!/bin/sh
# Installs the Debian 12 packages kehoach needs. Run as root. Does nothing when everything is
# already installed.
#
#   sh scripts/install-deps.sh           what building and running kehoach needs (README command 1)
#   sh scripts/install-deps.sh --tests   that, and what only the test suite needs (scripts/test.sh):
#                                        python3 checkers, mandoc, clang-format, LibreOffice,
#                                        Chromium, poppler, clang for the fuzzers
set -eu
# libxxhash-dev: libfyaml.a needs libxxhash.a to be linked statically (CMakeLists.txt); without
# it kehoach builds as well, with libfyaml linked as a shared library.
build="g++ cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfyaml-dev libxxhash-dev
libfmt-dev doctest-dev libutf8proc-dev libzip-dev libpugixml-dev"
tests="python3 python3-jsonschema python3-yaml python3-icalendar python3-docx mandoc clang-format
libreoffice-calc-nogui libreoffice-writer-nogui fonts-liberation poppler-utils chromium clang
libclang-rt-14-dev"
packages="$build"
if [ "${1:-}" = "--tests" ]; then
  packages="$build $tests"
fi
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "kehoach: installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
