#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run) and as the README's second command:
#   1. setup (scripts/setup-deps.sh: installs only what is missing)
#   2. native build with AddressSanitizer + UBSan (build/asan) and CTest
#   3. `claimlight validate` on the bundled dataset, and the cross-check ledger
#      (tools/crosscheck_reference.py: every recorded decision still names a live disagreement)
#   4. the engine's dependency rule (src/core includes neither Dear ImGui nor Emscripten), and
#      clang-format on the widget's sources
#   5. the WebAssembly build (./build-wasm.sh into build/web)
#   6. the headless UI smoke test (DrawApp over hard cases, ImGui asserts live; node)
#   7. browser tests in headless Chromium (tests/browser/run.mjs; screenshots in build/screenshots)
#   8. the widget benchmark (tests/browser/bench.mjs: first interactive frame, Read-mode frame time,
#      longest frame gap while a 50 KB article is re-analysed, with and without the worker)
# Ends with "browser: N passed, M failed"; exits non-zero if any step failed.
#
# Environment: ASAN_DIR (default build/asan), JOBS (default: nproc), SKIP_SETUP=1.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ASAN_DIR="${ASAN_DIR:-build/asan}"
JOBS="${JOBS:-$(nproc)}"
export CMAKE_BUILD_PARALLEL_LEVEL="$JOBS"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"

declare -a SUMMARY=()
FAILED=0
T_START=$SECONDS
step() {  # step NAME COMMAND...
  local name="$1"; shift
  local t0=$SECONDS
  echo
  echo "==> $name"
  if "$@"; then
    SUMMARY+=("$(printf '  %-34s ok    %4ss' "$name" $((SECONDS - t0)))")
    return 0
  fi
  SUMMARY+=("$(printf '  %-34s FAIL  %4ss' "$name" $((SECONDS - t0)))")
  FAILED=1
  return 1
}

setup() { [ "${SKIP_SETUP:-0}" = 1 ] || scripts/setup-deps.sh; }

native() {
  if [ ! -f "$ASAN_DIR/build.ninja" ]; then
    cmake -S . -B "$ASAN_DIR" -G Ninja -DCLAIMLIGHT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null || return 1
  fi
  cmake --build "$ASAN_DIR" || return 1
  ctest --test-dir "$ASAN_DIR" --output-on-failure -j "$JOBS"
}

validate() { "$ASAN_DIR/src/cli/claimlight" validate; }

crosscheck_ledger() {
  # Every decision in docs/curation/crosscheck-resolved.json is well-formed and still names a
  # disagreement the cross-check prints (a fixed record must take its ledger entry with it).
  local ref=../shared/reference/wikidata-heads-2025.csv
  if [ ! -f "$ref" ]; then echo "no $ref here: ledger check skipped"; return 0; fi
  python3 tools/crosscheck_reference.py | tail -n 1
}

layering() {
  # The engine is a plain library: no UI, no Emscripten.
  if grep -rnE '#\s*include\s*[<"](imgui|emscripten|GLFW)' src/core; then
    echo "src/core must not include Dear ImGui, GLFW or Emscripten headers" >&2
    return 1
  fi
  echo "src/core includes no UI or Emscripten headers"
}

format() {
  # The widget's C++ follows .clang-format (the engine's owners run their own check).
  local bad=0 f
  for f in src/app/*.cpp src/app/*.h src/app/smoke/*.cpp src/app/smoke/*.h src/wasm/*.cpp src/wasm/*.h; do
    clang-format "$f" | cmp -s - "$f" || { echo "not clang-formatted: $f"; bad=1; }
  done
  [ "$bad" = 0 ] && echo "src/app and src/wasm are clang-formatted"
}

wasm() { SKIP_SETUP=1 CLAIMLIGHT_CLI="$ROOT/$ASAN_DIR/src/cli/claimlight" ./build-wasm.sh; }

ui_smoke() {
  local bundle=()
  [ -f build/dataset.bundle.json ] && bundle=(build/dataset.bundle.json)
  node build/wasm/src/app/ui_smoke.js "${bundle[@]}" | tail -n 3
}

browser() {
  CLAIMLIGHT_CLI="$ROOT/$ASAN_DIR/src/cli/claimlight" node tests/browser/run.mjs | tee build/browser.log
}

bench() { node tests/browser/bench.mjs; }

step "setup" setup || { echo "setup failed: nothing else can run" >&2; exit 1; }
step "native build + ctest (ASan+UBSan)" native
step "claimlight validate" validate
step "cross-check ledger" crosscheck_ledger
step "layering" layering
step "clang-format (src/app, src/wasm)" format
if step "wasm build" wasm; then
  step "UI smoke (headless DrawApp)" ui_smoke
  step "browser tests" browser
  step "browser benchmark" bench
else
  echo "browser: 0 passed, 1 failed" > build/browser.log
  SUMMARY+=("$(printf '  %-34s skipped (no wasm build)' "browser tests")")
fi

echo
echo "==> summary ($((SECONDS - T_START))s in all)"
printf '%s\n' "${SUMMARY[@]}"
# The closing line: the browser tests' count (CTest's summary is printed above).
tail -n 1 build/browser.log
exit "$FAILED"
