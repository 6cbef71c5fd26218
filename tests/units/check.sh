#!/bin/sh
# tools/make_units.py: the committed units file of the generated province is its output, an
# existing file is kept without --force, and a unit named twice is refused with its line.
# Usage: check.sh PYTHON ROOT WORK
set -u
python=$1 root=$2 work=$3
fixture=$root/tests/fixtures/status-province
tool=$root/tools/make_units.py
rm -rf "$work" && mkdir -p "$work" || exit 1
fail=0
gen() {
  (cd "$fixture" && "$python" "$tool" units.txt \
    --title "Các đơn vị thuộc thành phố Hà Nội (tỉnh sinh để kiểm thử)" \
    --commune-files 'ha-noi/xa/{slug}.yaml' --department-files 'ha-noi/so/{slug}.yaml' "$@")
}
gen > "$work/units.yaml" || { echo "FAIL make_units.py exited $?"; fail=1; }
cmp "$fixture/units.yaml" "$work/units.yaml" || { echo "FAIL output differs from units.yaml"; fail=1; }
echo old > "$work/kept.yaml"
gen -o "$work/kept.yaml" 2> "$work/err"; status=$?
[ "$status" = 2 ] && [ "$(cat "$work/kept.yaml")" = old ] \
  || { echo "FAIL overwrite without --force: exit $status"; fail=1; }
grep -q "already exists: use --force" "$work/err" || { echo "FAIL no message"; fail=1; }
gen -o "$work/kept.yaml" --force && cmp -s "$fixture/units.yaml" "$work/kept.yaml" \
  || { echo "FAIL --force did not write the file"; fail=1; }
printf 'xã Tân Hòa\nSở Tư pháp\nUBND xã Tân Hoà\n' > "$work/twice.txt"
"$python" "$tool" "$work/twice.txt" > /dev/null 2> "$work/err"; status=$?
want="make_units.py: error: $work/twice.txt:3: “UBND xã Tân Hoà” is already listed on line 1"
[ "$status" = 1 ] && [ "$(cat "$work/err")" = "$want" ] \
  || { echo "FAIL duplicate: exit $status, $(cat "$work/err")"; fail=1; }
[ $fail = 0 ] && echo "make_units: all checks passed"
exit $fail
