#!/bin/sh
# The output of validate over a generated corpus is the same with one thread and with many.
# Usage: identity.sh KEHOACH_BINARY REPO_ROOT WORK_DIR
set -eu
bin=$1
root=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
/usr/bin/python3 "$root/tools/make_corpus.py" --out "$work/corpus" --seed 7 --fault-rate 0.3 \
  --provinces 2 --communes-per-province 6 --departments-per-province 3 >/dev/null
status=0
for command in validate "overdue --as-of 2026-10-01 --within 30" "deadlines"; do
  $bin $command -j 1 "$work/corpus" >"$work/one.txt" 2>&1 || true
  $bin $command -j 8 "$work/corpus" >"$work/many.txt" 2>&1 || true
  $bin $command -j 8 --format json "$work/corpus" >"$work/many.json" 2>&1 || true
  $bin $command -j 1 --format json "$work/corpus" >"$work/one.json" 2>&1 || true
  if ! cmp -s "$work/one.txt" "$work/many.txt" || ! cmp -s "$work/one.json" "$work/many.json"; then
    echo "FAIL ${command%% *}: output differs between -j 1 and -j 8"
    diff "$work/one.txt" "$work/many.txt" | head -20
    status=1
  else
    lines=$(wc -l <"$work/one.txt")
    echo "ok   ${command%% *}: -j 1 and -j 8 print the same $lines lines"
  fi
done
exit $status
