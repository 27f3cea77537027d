#!/usr/bin/env bash
# Makes sure the development infrastructure answers on its standard local ports:
#   Postgres 127.0.0.1:5432 (database "passerelle", trust auth on localhost when we created the cluster),
#   NATS with JetStream 127.0.0.1:4222, Redis 127.0.0.1:6379.
# Whatever is down is installed from Debian (when missing) and started without systemd. Idempotent, and
# well under a second when everything is already up.
#
# Usage: deploy/infra/ensure-infra.sh
# Env (for testing this script, or a second stack next to the first; defaults are the standard ports):
#   INFRA_ONLY         space-separated subset of "postgres nats redis" (default: all three)
#   INFRA_NATS_PORT    default 4222 (another port gets its own JetStream store, pid and log files)
#   INFRA_REDIS_PORT   default 6379
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
# shellcheck source=lib.sh
source "$script_dir/lib.sh"

only="${INFRA_ONLY:-postgres nats redis}"
nats_port="${INFRA_NATS_PORT:-4222}"
redis_port="${INFRA_REDIS_PORT:-6379}"
pg_port=5432
database=passerelle

wanted() { [[ " $only " == *" $1 "* ]]; }

# Two runs at once (parallel CI jobs, several shells) must not both start the same server. The servers
# we start must not inherit this descriptor (`9>&-`), or they would hold the lock for their lifetime.
exec 9>"${TMPDIR:-/tmp}/passerelle-ensure-infra.$(id -u).lock"
flock 9

# --- Postgres ----------------------------------------------------------------------------------------
pg_ready() { pg_isready -q -h 127.0.0.1 -p "$pg_port" -t 1 2>/dev/null; }
# Version folders are plain numbers ("15"): ls is fine here.
# shellcheck disable=SC2012
pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1; }

# Only on a cluster this script just created: local TCP connections are trusted (development only).
trust_localhost() {
  local hba="/etc/postgresql/$1/main/pg_hba.conf"
  log "postgres: trusting local TCP connections in $hba (new development cluster)"
  "${as_root[@]}" sed -i -E \
    -e 's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+).*#\1trust#' \
    -e 's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+::1/128[[:space:]]+).*#\1trust#' "$hba"
}

ensure_postgres() {
  if ! pg_ready; then
    local had_cluster=0 created=0 version
    [[ -n "$(pg_version)" && -d "/etc/postgresql/$(pg_version)/main" ]] && had_cluster=1
    if ! command -v pg_ctlcluster >/dev/null || ! command -v pg_isready >/dev/null; then apt_install postgresql; fi
    version="$(pg_version)"
    # shellcheck disable=SC2012
    [[ -n "$version" ]] || version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if [[ ! -d "/etc/postgresql/$version/main" ]]; then
      log "postgres: creating cluster $version/main"
      "${as_root[@]}" pg_createcluster --port "$pg_port" "$version" main >/dev/null
    fi
    # The package's postinst creates the cluster itself: "created" means it did not exist when we began.
    [[ $had_cluster -eq 1 ]] || created=1
    [[ $created -eq 0 ]] || trust_localhost "$version"
    if "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" main status >/dev/null 2>&1; then
      # Running: still starting up (or recovering), or it has just been given the new pg_hba.conf.
      [[ $created -eq 0 ]] || "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    else
      log "postgres: starting cluster $version/main"
      "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" main start 9>&-
    fi
    wait_until 30 "postgres $version/main on 127.0.0.1:$pg_port (check its port and listen_addresses)" pg_ready
  fi

  local psql=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq)
  local exists
  exists="$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'" 2>&1)" \
    || die "postgres: cannot connect as user postgres on 127.0.0.1:$pg_port ($exists); trust local TCP in pg_hba.conf or set a .pgpass"
  if [[ "$exists" != 1 ]]; then
    "${psql[@]}" -c "CREATE DATABASE $database" || die "postgres: could not create database $database"
    log "postgres: created database $database"
  fi
  log "postgres ok (127.0.0.1:$pg_port, database $database)"
}

# --- NATS with JetStream -----------------------------------------------------------------------------
ensure_nats() {
  local store=/var/lib/nats-server logfile=/var/log/nats-server.log pidfile=/run/passerelle-nats-server.pid
  if [[ "$nats_port" != 4222 ]]; then
    store="/var/lib/nats-server-$nats_port"
    logfile="/var/log/nats-server-$nats_port.log"
    pidfile="/run/passerelle-nats-server-$nats_port.pid"
  fi
  if ! port_open "$nats_port"; then
    [[ -x /usr/sbin/nats-server ]] || apt_install nats-server
    log "nats: starting on 127.0.0.1:$nats_port with JetStream (store $store)"
    "${as_root[@]}" mkdir -p "$store"
    # Matched by pid file, not by executable alone: the tests spawn private nats-servers, and
    # start-stop-daemon --exec would take one of those for ours and start nothing.
    "${as_root[@]}" start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$pidfile" \
      --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p "$nats_port" -js -sd "$store" -l "$logfile" 9>&-
    wait_until 15 "nats on 127.0.0.1:$nats_port" port_open "$nats_port"
  fi
  # The check needs the `nats` client from node_modules: before the first pnpm install it is skipped.
  if [[ -d "$repo_root/libs/nest-kit/node_modules/nats" ]] && command -v node >/dev/null; then
    node "$script_dir/check-jetstream.cjs" "nats://127.0.0.1:$nats_port" \
      || die "nats on 127.0.0.1:$nats_port answers without JetStream: restart it with -js (see this script)"
    log "nats ok (127.0.0.1:$nats_port, JetStream enabled)"
  else
    log "nats ok (127.0.0.1:$nats_port); JetStream check skipped until pnpm install has run"
  fi
}

# --- Redis -------------------------------------------------------------------------------------------
ensure_redis() {
  if ! port_open "$redis_port"; then
    command -v redis-server >/dev/null || apt_install redis-server
    local logfile=/var/log/redis/ci.log
    [[ "$redis_port" == 6379 ]] || logfile="/var/log/redis/ci-$redis_port.log"
    log "redis: starting on 127.0.0.1:$redis_port (no persistence)"
    "${as_root[@]}" mkdir -p /var/lib/redis /var/log/redis
    "${as_root[@]}" redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$redis_port" --save "" \
      --appendonly no --dir /var/lib/redis --logfile "$logfile" --pidfile "/run/passerelle-redis-$redis_port.pid" 9>&-
    wait_until 15 "redis on 127.0.0.1:$redis_port" port_open "$redis_port"
  fi
  log "redis ok (127.0.0.1:$redis_port)"
}

for known in $only; do
  case "$known" in postgres | nats | redis) ;; *) die "INFRA_ONLY: unknown service '$known'" ;; esac
done
wanted postgres && ensure_postgres
wanted nats && ensure_nats
wanted redis && ensure_redis
exit 0
