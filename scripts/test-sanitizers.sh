#!/usr/bin/env bash
# Builds Dossier with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# and runs every test there. Any memory error or undefined behaviour fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD=build-asan
export CMAKE_ARGS="-DDOSSIER_SANITIZE=ON -DDOSSIER_BUILD_BENCH=OFF"
# Leaks are reported for our code only: Qt, fontconfig and Chromium keep caches for the
# life of the process by design (see tests/lsan-suppressions.txt).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The 10,000-page PDF runs in the main suite only: under ASan, poppler's copy of the whole
# cross-reference table for every page (quadratic, in uninstrumented code whose memcpy
# and malloc ASan intercepts) takes longer than the per-test limit; every other import
# test, PDFs included, runs here. The 200 MB text also runs in the main suite only: its
# memory bound would measure ASan's shadow memory, and it takes minutes even uninstrumented.
exec bash scripts/test.sh -E "A PDF of ten thousand pages|A 200 MB text is read in pieces" "$@"
