#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a temporary folder.
#
#   eval "$(.ci/postgres.sh start)"   # prints: export LEARNFINDER_PG_DIR=…; export TEST_DATABASE_URL=…
#   .ci/postgres.sh stop [dir]        # stops it and removes the folder (dir defaults to $LEARNFINDER_PG_DIR)
#
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres`
# system user (created when missing), else as the calling user. It listens on a
# free port on 127.0.0.1 and on a unix socket inside the folder, trusts local
# connections (it holds test data only) and skips fsync. Exits 3 with one line
# when no PostgreSQL binaries are installed (Debian: apt-get install postgresql).
set -euo pipefail

find_bin() {
  local dir
  # PG_BINDIR names the folder of initdb/pg_ctl explicitly (another version, or a test of this message).
  if [ -n "${PG_BINDIR:-}" ]; then [ -x "$PG_BINDIR/initdb" ] && echo "$PG_BINDIR"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port
  bin=$(find_bin) || {
    echo "PostgreSQL binaries not found (no initdb in ${PG_BINDIR:-/usr/lib/postgresql/*/bin or on PATH}): install Debian's postgresql package, or set TEST_POSTGRES=0 to skip the PostgreSQL tests" >&2
    exit 3
  }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/learnfinder-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    echo "initdb failed, see $dir/initdb.log:" >&2; tail -5 "$dir/initdb.log" >&2; exit 1
  }
  # A port taken between free_port and pg_ctl start is retried with another one.
  local tries=0
  until port=$(free_port) && as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -ge 3 ] && { echo "PostgreSQL did not start, see $dir/server.log:" >&2; tail -5 "$dir/server.log" >&2; exit 1; }
  done
  echo "$bin" >"$dir/bin"
  echo "export LEARNFINDER_PG_DIR=$dir"
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local dir=${1:-${LEARNFINDER_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir" ] || { echo "postgres.sh stop: no cluster folder given (argument or LEARNFINDER_PG_DIR)" >&2; exit 1; }
  [ -f "$dir/bin" ] && as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [dir]" >&2; exit 2 ;;
esac
