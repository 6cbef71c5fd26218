#!/bin/sh
# The build-time tool that compiles data/*.yaml into C++ data refuses a malformed table: for each
# tests/data/TABLE-CASE.yaml it exits 1, prints exactly TABLE-CASE.expected (the file, line and
# column of the first error) and writes no output file. The shipped tables themselves are
# compiled by every build.
# Usage: check.sh KEHOACH_DATA_TO_CPP ROOT WORK
set -u
tool=$1 root=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$root" || exit 1
fail=0 cases=0
for input in tests/data/*.yaml; do
  name=$(basename "$input" .yaml)
  table=${name%%-*}
  cases=$((cases + 1))
  "$tool" "$table" "$input" "$work/$name.cpp" 2> "$work/$name.err"; status=$?
  if [ $status != 1 ]; then
    echo "FAIL $name: exit $status, expected 1"; fail=1
  fi
  if ! cmp -s "$work/$name.err" "tests/data/$name.expected"; then
    echo "FAIL $name: stderr differs from tests/data/$name.expected:"
    diff "tests/data/$name.expected" "$work/$name.err"; fail=1
  fi
  if [ -e "$work/$name.cpp" ] || [ -e "$work/$name.cpp.partial" ]; then
    echo "FAIL $name: an output file was written"; fail=1
  fi
done
[ $cases -ge 8 ] || { echo "FAIL: only $cases cases found"; fail=1; }
[ $fail = 0 ] && echo "data_to_cpp: all $cases malformed tables refused"
exit $fail
