#!/usr/bin/env bash
# Installs what Claimlight needs to build and test, and only what is missing.
#
#   scripts/setup-deps.sh            # Debian packages, Dear ImGui source, npm packages
#   IMGUI_DIR=/path scripts/setup-deps.sh   # use an existing Dear ImGui checkout instead
#
# Idempotent: a second run checks and returns in seconds. It never changes the system's apt
# configuration: Dear ImGui's source comes from Debian's `imgui` source package, fetched with
# a private apt state under .cache/apt whose deb-src line is derived, at run time, from the
# Debian URI already configured on this machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
say() { printf 'setup: %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# --- 1. Debian packages --------------------------------------------------------------------
PACKAGES=(cmake ninja-build g++ nlohmann-json3-dev catch2 emscripten fonts-dejavu-core
          chromium clang clang-format python3 dpkg-dev)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then missing+=("$p"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages: all present"
fi

# --- 2. Dear ImGui 1.86 from Debian's source package -----------------------------------------
# Writes the resolved folder to .cache/imgui-dir so that build scripts can read it.
if [ -n "${IMGUI_DIR:-}" ]; then
  [ -f "$IMGUI_DIR/imgui.h" ] || { echo "setup: IMGUI_DIR=$IMGUI_DIR has no imgui.h" >&2; exit 1; }
  say "Dear ImGui: using IMGUI_DIR=$IMGUI_DIR"
  mkdir -p "$CACHE"; printf '%s\n' "$IMGUI_DIR" > "$CACHE/imgui-dir"
else
  existing="$(ls -d "$CACHE"/imgui/imgui-*/ 2>/dev/null | head -n1 || true)"
  if [ -n "$existing" ] && [ -f "$existing/imgui.h" ] && [ -f "$existing/backends/imgui_impl_glfw.cpp" ]; then
    say "Dear ImGui: present in ${existing%/}"
  else
    say "Dear ImGui: fetching Debian's source package 'imgui' into .cache/imgui"
    codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
    APTDIR="$CACHE/apt"
    mkdir -p "$APTDIR/state/lists/partial" "$APTDIR/cache/archives/partial" "$CACHE/imgui"
    # Derive deb-src lines from the configured 'deb' entries for this release's main suite.
    python3 - "$codename" > "$APTDIR/sources.list" <<'PY'
import glob, re, sys
codename = sys.argv[1]
out = []
def emit(uri, suites, comps, signed):
    for s in suites:
        if s == codename and "main" in comps:
            opt = f" [signed-by={signed}]" if signed else ""
            out.append(f"deb-src{opt} {uri} {s} main")
for path in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    try: lines = open(path).read().splitlines()
    except OSError: continue
    for line in lines:
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s+(.*)$", line)
        if not m: continue
        opts, uri, suite, comps = m.groups()
        signed = ""
        for o in (opts or "").split():
            if o.startswith("signed-by="): signed = o.split("=", 1)[1]
        emit(uri, [suite], comps.split(), signed)
for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    try: text = open(path).read()
    except OSError: continue
    for stanza in re.split(r"\n\s*\n", text):
        f = {}
        for line in stanza.splitlines():
            if line.startswith("#") or ":" not in line: continue
            k, v = line.split(":", 1); f[k.strip().lower()] = v.strip()
        if "deb" not in f.get("types", "").split(): continue
        if f.get("enabled", "yes").lower() == "no": continue
        for uri in f.get("uris", "").split():
            emit(uri, f.get("suites", "").split(), f.get("components", "").split(), f.get("signed-by", ""))
seen = set()
for l in out:
    if l not in seen: seen.add(l); print(l)
PY
    if ! [ -s "$APTDIR/sources.list" ]; then
      echo "setup: found no Debian '$codename main' entry in the apt sources; set IMGUI_DIR=/path to a Dear ImGui checkout" >&2
      exit 1
    fi
    APTOPTS=(-o "Dir::Etc::sourcelist=$APTDIR/sources.list" -o "Dir::Etc::sourceparts=-"
             -o "Dir::State=$APTDIR/state" -o "Dir::Cache=$APTDIR/cache"
             -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root" -qq)
    apt-get "${APTOPTS[@]}" update
    (cd "$CACHE/imgui" && apt-get "${APTOPTS[@]}" source imgui >/dev/null)
    existing="$(ls -d "$CACHE"/imgui/imgui-*/ 2>/dev/null | head -n1 || true)"
    [ -n "$existing" ] && [ -f "$existing/imgui.h" ] || { echo "setup: apt-get source imgui did not produce imgui.h" >&2; exit 1; }
    say "Dear ImGui: unpacked in ${existing%/}"
  fi
  printf '%s\n' "${existing%/}" > "$CACHE/imgui-dir"
fi

# --- 3. npm: playwright-core (drives Debian's /usr/bin/chromium; never downloads a browser) ---
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f "$ROOT/node_modules/playwright-core/package.json" ] &&
   [ "$ROOT/node_modules/.package-lock.json" -nt "$ROOT/package-lock.json" -o \
     "$(node -p "require('$ROOT/node_modules/playwright-core/package.json').version")" = \
     "$(node -p "require('$ROOT/package-lock.json').packages['node_modules/playwright-core'].version")" ]; then
  say "npm packages: present"
else
  say "npm packages: npm ci (playwright-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
say "done"
