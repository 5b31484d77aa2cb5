#!/usr/bin/env bash
# Prepares a checkout to run berth: system packages, npm dependencies, the native addon and the
# packages, the bundled binaries, and the busybox image. Safe to run again: each step is skipped or
# cheap when its result is already there (nx caches builds; the image is rebuilt byte-identically).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

# --- prerequisites that npm cannot provide -------------------------------------------------------
command -v node >/dev/null || die "node is not installed (Node 20 or newer is required)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node $(node --version) is too old: Node 20 or newer is required"
command -v npm >/dev/null || die "npm is not installed"
[ "$(uname -s)" = Linux ] || die "berth runs Linux containers and needs a Linux host"

# Debian package → a file that proves it is installed. busybox-static is checked through dpkg
# because the dynamic `busybox` package provides /bin/busybox too.
declare -A APT_PROVIDES=(
  [runc]=runc [iptables]=iptables [iproute2]=ip [kmod]=modprobe
  [g++]=g++ [make]=make [python3]=python3 [ca-certificates]=/etc/ssl/certs/ca-certificates.crt [curl]=curl [zstd]=zstd [procps]=ps
)
missing=()
for pkg in "${!APT_PROVIDES[@]}"; do
  probe=${APT_PROVIDES[$pkg]}
  if [[ $probe == /* ]]; then [ -e "$probe" ] || missing+=("$pkg"); else command -v "$probe" >/dev/null || missing+=("$pkg"); fi
done
dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'ok installed' || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  IFS=$'\n' missing=($(sort <<<"${missing[*]}")); unset IFS
  if [ "$(id -u)" -ne 0 ]; then
    die "missing system packages: ${missing[*]} — run as root: apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  command -v apt-get >/dev/null || die "missing system packages (${missing[*]}) and no apt-get to install them"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp)
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1 ||
    { cat "$apt_log" >&2; rm -f "$apt_log"; die "apt-get install ${missing[*]} failed (output above)"; }
  rm -f "$apt_log"
else
  say "system packages present (runc, iptables, iproute2, busybox-static, kmod, build tools)"
fi

# node-gyp (the sys addon) needs Node's headers; without a nodedir it downloads them from nodejs.org,
# which may be unreachable. Debian's and NodeSource's nodejs packages install them under /usr.
node_prefix=$(dirname "$(dirname "$(command -v node)")")
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node_api.h" ]; then
  export npm_config_nodedir=$node_prefix
fi

# --- npm dependencies ----------------------------------------------------------------------------
# npm records what it installed in node_modules/.package-lock.json; reinstall only when the lockfile
# or a manifest is newer, and never wipe an existing node_modules (others may be using it).
stale_modules() {
  [ -f node_modules/.package-lock.json ] || return 0
  local newer
  newer=$(find package.json package-lock.json packages/*/package.json e2e/package.json -maxdepth 0 \
    -newer node_modules/.package-lock.json 2>/dev/null | head -1)
  [ -n "$newer" ]
}
# `npm install`, not `npm ci`: with this workplace's npmrc (omit-lockfile-registry-resolved) npm 11
# leaves other platforms' optional packages (@swc/core-darwin-x64, ...) out of the lockfile, and
# `npm ci` then refuses the lockfile as out of sync. `npm install` still follows the locked versions.
if [ ! -d node_modules ] || stale_modules; then
  say "npm install (dependencies changed)"
  npm install --no-audit --no-fund --loglevel=error || die "npm install failed"
else
  say "npm dependencies up to date"
fi

# --- build: native addon + packages (nx caches unchanged ones), then the single-file binaries ----
say "building packages (npx nx run-many -t build)"
build_log=$(mktemp)
if ! npx nx run-many -t build --outputStyle=static >"$build_log" 2>&1; then
  cat "$build_log" >&2; rm -f "$build_log"
  die "package build failed (output above)"
fi
grep -E 'Successfully ran target|Nx read the output from the cache' "$build_log" | tail -1 | sed 's/^[[:space:]>]*/setup: /' || true
rm -f "$build_log"
node tools/bundle/bundle.mjs | sed 's/^/setup: /' || die "bundling failed (errors above)"

# --- base images ---------------------------------------------------------------------------------
node tools/images/build-busybox.mjs | sed 's/^/setup: /' || die "building the busybox image failed (error above)"
say "done"
