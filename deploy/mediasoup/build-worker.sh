#!/usr/bin/env bash
# Puts a mediasoup-worker binary where mediasoup looks by default (worker/out/Release), so services/media
# needs no MEDIASOUP_WORKER_BIN. mediasoup's own postinstall downloads a prebuilt worker or the sources of
# its dependencies, neither reachable here, so pnpm installs it without scripts and we build the worker
# against Debian's libraries (see deploy/mediasoup/shims/README.md).
#
# The build takes minutes and every clean install loses node_modules, so the binary is cached outside it,
# keyed by mediasoup version: later runs only copy it.
#
# Usage: deploy/mediasoup/build-worker.sh        (from anywhere; idempotent)
# Env:   PASSERELLE_CACHE_DIR   cache root (default ~/.cache/passerelle); a Docker cache mount fits here.
set -euo pipefail

log() { echo "[mediasoup] $*"; }
die() { echo "[mediasoup] ERROR: $*" >&2; exit 1; }

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
shims_dir="$script_dir/shims"

command -v node >/dev/null || die "node is required to locate the mediasoup package"
ms_dir="$(cd "$repo_root" && node -p "path.dirname(require.resolve('mediasoup/package.json',{paths:['services/media']}))" 2>/dev/null)" \
  || die "mediasoup is not installed under services/media: run pnpm install first"
ms_version="$(node -p "require(process.argv[1]).version" "$ms_dir/package.json")"

cache_root="${PASSERELLE_CACHE_DIR:-$HOME/.cache/passerelle}"
cache_dir="$cache_root/mediasoup-worker-$ms_version"
cached_bin="$cache_dir/mediasoup-worker"
target_bin="$ms_dir/worker/out/Release/mediasoup-worker"

# Copy through a temporary file and rename, so an interrupted copy never leaves a truncated worker
# that mediasoup would happily spawn.
install_bin() {
  local src="$1" dst="$2"
  mkdir -p "$(dirname "$dst")"
  cp "$src" "$dst.tmp.$$"
  chmod 755 "$dst.tmp.$$"
  mv -f "$dst.tmp.$$" "$dst"
}

restore_from_cache() {
  if [[ -x "$target_bin" ]] && cmp -s "$cached_bin" "$target_bin"; then
    log "worker $ms_version already in place"
  else
    install_bin "$cached_bin" "$target_bin"
    log "worker $ms_version restored from cache ($cached_bin)"
  fi
}

if [[ -x "$cached_bin" ]]; then
  restore_from_cache
  exit 0
fi

mkdir -p "$cache_dir"
# Two installs at once (parallel CI jobs, several shells) must not build into the same scratch dir.
if command -v flock >/dev/null; then
  exec 9>"$cache_dir/.lock"
  flock 9
fi
if [[ -x "$cached_bin" ]]; then # another run built it while we waited
  restore_from_cache
  exit 0
fi

install_build_deps() {
  # meson pulls python3; make is in the list upstream verified; catch2 is only for the worker's own tests.
  local pkgs=(g++ make python3 meson ninja-build pkg-config libssl-dev libuv1-dev libabsl-dev libsrtp2-dev
    libusrsctp-dev nlohmann-json3-dev)
  local missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  command -v apt-get >/dev/null || die "missing build packages (${missing[*]}) and no apt-get: install them by hand"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}): run as root or install sudo"
    sudo=(sudo)
  fi
  log "installing build packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -q || die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"
}

start=$SECONDS
log "no cached worker for mediasoup $ms_version: building it (a few minutes)"
install_build_deps

# The package's files are hard links into the pnpm store: build from a private copy, never in place.
src_dir="$cache_dir/src"
build_dir="$src_dir/build"
rm -rf "$src_dir"
mkdir -p "$src_dir"
tar -C "$ms_dir/worker" --exclude=./out -cf - . | tar -C "$src_dir" -xf -

# Replace each wrap (a download recipe) with the shim that links the Debian library.
for wrap in "$src_dir"/subprojects/*.wrap; do
  name="$(basename "$wrap" .wrap)"
  dir="$(sed -n 's/^directory *= *//p' "$wrap" | tr -d '[:space:]')"
  [[ -n "$dir" ]] || die "no 'directory =' line in $(basename "$wrap")"
  [[ -d "$shims_dir/$name" ]] \
    || die "mediasoup $ms_version needs subproject '$name' but deploy/mediasoup/shims/$name does not exist"
  rm -rf "$src_dir/subprojects/$dir"
  cp -r "$shims_dir/$name" "$src_dir/subprojects/$dir"
done

# Debian bookworm ships meson 1.0.1; mediasoup 3.12 asks for >= 1.1.0 but uses nothing newer.
sed -i "s/meson_version: *'>= *1\.1\.0'/meson_version: '>= 1.0.0'/" "$src_dir/meson.build"

log "meson setup"
(cd "$src_dir" && meson setup --buildtype release -Db_ndebug=true -Db_pie=true -Db_staticpic=true \
  --wrap-mode=nodownload "$build_dir" >"$cache_dir/setup.log" 2>&1) \
  || { tail -n 40 "$cache_dir/setup.log" >&2; die "meson setup failed (full log: $cache_dir/setup.log)"; }

log "compiling mediasoup-worker on $(nproc) cores"
meson compile -C "$build_dir" mediasoup-worker >"$cache_dir/compile.log" 2>&1 \
  || { tail -n 40 "$cache_dir/compile.log" >&2; die "compile failed (full log: $cache_dir/compile.log)"; }

built="$build_dir/mediasoup-worker"
[[ -x "$built" ]] || die "meson finished but $built is missing"
strip "$built"
if ldd "$built" | grep -q "not found"; then
  die "built worker has unresolved libraries: $(ldd "$built" | grep 'not found' | tr -s '\t\n' ' ')"
fi

install_bin "$built" "$cached_bin"
rm -rf "$src_dir" # hundreds of MB of objects; the logs stay next to the binary
restore_from_cache
log "built mediasoup-worker $ms_version in $((SECONDS - start)) s ($(du -h "$cached_bin" | cut -f1))"
