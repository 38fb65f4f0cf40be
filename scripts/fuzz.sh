#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) into build-fuzz/ and
# runs each for FUZZ_SECONDS (default 60), each input for at most FUZZ_INPUT_SECONDS (default 5;
# a slower input is kept as a hang), starting from the seeds in tests/fuzz/seeds and
# the demo documents. A crash stops the run; its input is kept in build-fuzz/crashes/ to be
# turned into a regression test. Usage: scripts/fuzz.sh [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
missing=()
for package in clang libclang-rt-14-dev; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  ${SUDO:-$( [ "$(id -u)" -eq 0 ] || echo sudo)} apt-get install -y --no-install-recommends "${missing[@]}"
fi

BUILD=build-fuzz
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DDOSSIER_FUZZ=ON
cmake --build "$BUILD" --parallel "$(nproc)"

targets=("$@")
((${#targets[@]})) || targets=(html textfile bilingual figures dates pdf image)
seconds=${FUZZ_SECONDS:-60}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=0"
export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
  corpus="$BUILD/corpus/$target"
  crashes="$BUILD/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  [ -d "tests/fuzz/seeds/$target" ] && find "tests/fuzz/seeds/$target" -type f ! -name '*.py' -exec cp -n {} "$corpus"/ \;
  case $target in
    html) cp -n resources/demo/*.html "$corpus"/ ;;
    pdf) cp -n resources/demo/*.pdf "$corpus"/ ;;
    textfile|bilingual) cp -n resources/demo/*.txt "$corpus"/ ;;
  esac
  echo "== fuzz_$target for ${seconds}s"
  if ! "$BUILD/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=262144 \
      -timeout="${FUZZ_INPUT_SECONDS:-5}" -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" 2>"$BUILD/fuzz_$target.log"; then
    echo "fuzz_$target found a crash: see $BUILD/fuzz_$target.log and $crashes/"
    tail -40 "$BUILD/fuzz_$target.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$BUILD/fuzz_$target.log" | tail -2
  fi
done
exit $status
