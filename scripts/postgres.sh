#!/usr/bin/env bash
# Print the URL of a PostgreSQL server the tests can use, starting one when none answers.
# Order: $STORYLINE_TEST_DATABASE_URL, the local server at 127.0.0.1:5432, else Debian's
# postgresql installed (if needed) and started as a private cluster under .pg/ on port 55432.
set -euo pipefail
cd "$(dirname "$0")/.."
answers() { .venv/bin/python - "$1" <<'PY' >/dev/null 2>&1
import sys, psycopg
psycopg.connect(sys.argv[1], connect_timeout=3).close()
PY
}
if [ -n "${STORYLINE_TEST_DATABASE_URL:-}" ] && answers "$STORYLINE_TEST_DATABASE_URL"; then
  echo "$STORYLINE_TEST_DATABASE_URL"; exit 0
fi
local_url="postgresql://postgres@127.0.0.1:5432/test"
if answers "$local_url"; then echo "$local_url"; exit 0; fi
own_url="postgresql://postgres@127.0.0.1:55432/postgres"
if answers "$own_url"; then echo "$own_url"; exit 0; fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  echo "installing Debian's postgresql for the tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
data="$PWD/.pg/data"
run_as=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$PWD/.pg" postgres
  run_as=(runuser -u postgres --)
fi
mkdir -p .pg
[ "$(id -u)" = "0" ] && chown -R postgres .pg
if [ ! -f "$data/PG_VERSION" ]; then
  "${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust >/dev/null
fi
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -o "-p 55432 -k /tmp -c listen_addresses=127.0.0.1" \
  -l "$PWD/.pg/log" -w start >&2
echo "$own_url"
