# shellcheck shell=bash
# Helpers shared by deploy/infra/*.sh (sourced, not run).
# Everything here works on a Debian machine without systemd, as root or through sudo.

log() { echo "[infra] $*"; }
die() {
  echo "[infra] ERROR: $*" >&2
  exit 1
}

# Privileged commands go through sudo only when we are not root.
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
else
  as_root=(sudo)
fi

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

apt_updated=0
# apt_install PKG...: installs the given Debian packages (callers pass only missing ones); one apt-get
# update per run.
apt_install() {
  [[ $# -gt 0 ]] || return 0
  command -v apt-get >/dev/null || die "missing packages ($*) and no apt-get: install them by hand"
  if [[ ${#as_root[@]} -gt 0 ]] && ! command -v sudo >/dev/null; then
    die "missing packages ($*): run as root or install sudo"
  fi
  if [[ $apt_updated -eq 0 ]]; then
    log "apt-get update"
    "${as_root[@]}" apt-get update -q >/dev/null || die "apt-get update failed"
    apt_updated=1
  fi
  log "installing: $*"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null \
    || die "apt-get install failed for: $*"
}

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT (bash's /dev/tcp: no extra tool).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_until SECONDS DESCRIPTION CMD...: polls CMD every 0.1 s until it succeeds, or dies after SECONDS.
wait_until() {
  local seconds="$1" what="$2"
  shift 2
  local tries=$((seconds * 10))
  while ! "$@"; do
    tries=$((tries - 1))
    [[ $tries -gt 0 ]] || die "$what not ready after ${seconds} s"
    sleep 0.1
  done
}
