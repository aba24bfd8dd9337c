#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 and exports TEST_DATABASE_URL for it:
#   scripts/with-postgres.sh npx vitest run src/store      (npm run test:pg runs the whole suite this way)
# The server lives in a temp folder, listens on 127.0.0.1 only on a free port, trusts local connections (it holds
# nothing but test data), and is stopped and deleted when the command ends, however it ends.
# Needs initdb/pg_ctl (PostgreSQL 15 in /usr/lib/postgresql/15/bin); as root it installs them with apt when missing.
set -uo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS…]" >&2
  exit 2
fi

find_bin() {
  for dir in "${PG_BIN:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "with-postgres: initdb/pg_ctl not found; install PostgreSQL 15 (apt-get install postgresql) or set PG_BIN" >&2
    exit 1
  fi
  echo "with-postgres: installing PostgreSQL with apt-get" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin=$(find_bin) || { echo "with-postgres: PostgreSQL is still missing after apt-get" >&2; exit 1; }
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-pg.XXXXXX")
# initdb refuses to run as root: as root, the server runs as the postgres user and owns the temp folder.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$tmp"
  as_pg() { (cd "$tmp" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$tmp" && "$@"); }
fi

cleanup() {
  as_pg "$bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')

if ! as_pg "$bin/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 --no-sync >"$tmp/initdb.log" 2>&1; then
  cat "$tmp/initdb.log" >&2
  echo "with-postgres: initdb failed" >&2
  exit 1
fi
# fsync off: a test server that loses its data on a power cut loses nothing of value, and tests run faster.
if ! as_pg "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  cat "$tmp/server.log" >&2
  echo "with-postgres: the server did not start" >&2
  exit 1
fi
if ! as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres reportdesk_test; then
  echo "with-postgres: createdb failed" >&2
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/reportdesk_test"
echo "with-postgres: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
exit $?
