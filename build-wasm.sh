#!/usr/bin/env bash
# Builds the Claimlight widget into build/web/ (HTML shell, JS, wasm, data).
#
#   ./build-wasm.sh           # setup if needed, then build
#   ./build-wasm.sh --serve   # ... and serve build/web on http://localhost:8080/ (loopback only)
#
# Environment: IMGUI_DIR=/path (an existing Dear ImGui), PORT=8080, SKIP_SETUP=1,
# CLAIMLIGHT_CLI (a native claimlight that writes the dataset bundle; default build/native's).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

SERVE=0
for arg in "$@"; do
  case "$arg" in
    --serve) SERVE=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

[ "${SKIP_SETUP:-0}" = 1 ] || scripts/setup-deps.sh

# Debian's emcc runs an acorn-based optimizer under the machine's node.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

# The dataset goes in as one bundle when the CLI can make one (claimlight bundle); otherwise
# the widget reads assets/dataset's files itself.
BUNDLE=""
CLI="${CLAIMLIGHT_CLI:-$ROOT/build/native/src/cli/claimlight}"
if [ -x "$CLI" ] && "$CLI" bundle --output "$ROOT/build/dataset.bundle.json" >/dev/null 2>&1; then
  BUNDLE="$ROOT/build/dataset.bundle.json"
  echo "build-wasm: dataset bundle from $CLI"
fi

IMGUI_ARG=()
[ -n "${IMGUI_DIR:-}" ] && IMGUI_ARG=(-DIMGUI_DIR="$IMGUI_DIR")
if [ ! -f build/wasm/build.ninja ]; then
  emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCLAIMLIGHT_BUILD_TESTS=OFF -DCLAIMLIGHT_WEB_DIR="$ROOT/build/web" \
    -DCLAIMLIGHT_DATASET_BUNDLE="$BUNDLE" "${IMGUI_ARG[@]}" >/dev/null
else
  cmake build/wasm -DCLAIMLIGHT_DATASET_BUNDLE="$BUNDLE" "${IMGUI_ARG[@]}" >/dev/null
fi
cmake --build build/wasm
echo "build-wasm: built $(du -sh build/web | cut -f1) in build/web/"
ls -l build/web | awk 'NR>1 {print "  " $5 "\t" $9}'

if [ "$SERVE" = 1 ]; then
  PORT="${PORT:-8080}"
  echo "build-wasm: serving http://localhost:$PORT/ (Ctrl+C to stop)"
  exec node tests/browser/serve.mjs build/web "$PORT"
fi
