#!/bin/sh
# The whole test suite, as CI runs it: a normal build with warnings as errors and a build with
# AddressSanitizer + UndefinedBehaviorSanitizer, each running every CTest test; then the
# formatting check. Run from the repository root.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh --tests
jobs=$(nproc 2>/dev/null || echo 2)

echo "== the repository reads nothing outside itself"
# A user's clone has nothing beside it: no tracked file may refer to the sibling folder the
# project's design documents live in (the pattern is built from parts so that this file does
# not match it).
sibling="\.\./"'shared'
sources='shared''/seeds'
if git ls-files -z | xargs -0 grep -nI -e "$sibling" -e "$sources" -- 2>/dev/null | grep .; then
  echo "FAIL: the files above refer to a folder outside the repository"
  exit 1
fi

echo "== build: warnings as errors"
cmake -S . -B build -G Ninja -DKEHOACH_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure

echo "== build: AddressSanitizer + UndefinedBehaviorSanitizer"
# Optimised (-O2 -g) like the build users run, so that the hostile cases' limits (1 s of CPU and
# 200 MB each, tests/golden/run.py --hostile-cpu/--hostile-mb) measure kehoach and the
# sanitizers, not an unoptimised build.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEHOACH_WERROR=ON -DKEHOACH_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure

echo "== formatting (clang-format)"
files=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 2>/dev/null || find src include tests -name '*.[ch]pp')
clang-format --dry-run --Werror $files

echo "== fuzzing: libFuzzer, 60 s per target (docs/RELIABILITY.md)"
# clang with libFuzzer, ASan and UBSan; a crash, leak, input slower than 1 s or run over 1 GB
# fails, and the reproducer is kept under build-fuzz/fuzz-work/artifacts/. The six targets run
# one per core ("$jobs" at a time), so that the step stays under 8 minutes on 2 cores.
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DKEHOACH_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz_plan fuzz_due fuzz_progress fuzz_writers \
  fuzz_agency fuzz_import
python3 tests/fuzz/run.py --build build-fuzz --seconds 60 --jobs "$jobs"
echo "all checks passed"
