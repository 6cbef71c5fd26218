#!/bin/sh
# `kehoach status -o FILE` writes the page (the same bytes as standard output), keeps an existing
# file without --force (exit 2, file unchanged) and replaces it with --force.
# Usage: status_output.sh KEHOACH ROOT WORK
set -u
bin=$1 root=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$root" || exit 1
args="examples/tay-ninh-2026 examples/tay-ninh-2026-commune --as-of 2026-09-30 --format html"
fail=0
"$bin" status $args > "$work/stdout.html"; [ $? = 1 ] || { echo "FAIL stdout run: exit $?"; fail=1; }
"$bin" status $args -o "$work/page.html"; status=$?
[ $status = 1 ] && cmp -s "$work/stdout.html" "$work/page.html" \
  || { echo "FAIL -o: exit $status or other bytes"; fail=1; }
echo old > "$work/kept.html"
"$bin" status $args -o "$work/kept.html" 2> "$work/err"; status=$?
[ $status = 2 ] && [ "$(cat "$work/kept.html")" = old ] \
  || { echo "FAIL without --force: exit $status"; fail=1; }
grep -q "dùng --force để ghi đè" "$work/err" || { echo "FAIL message: $(cat "$work/err")"; fail=1; }
"$bin" status $args -o "$work/kept.html" --force; status=$?
[ $status = 1 ] && cmp -s "$work/stdout.html" "$work/kept.html" \
  || { echo "FAIL --force: exit $status"; fail=1; }
[ $fail = 0 ] && echo "status -o: all checks passed"
exit $fail
