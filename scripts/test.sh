#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run the whole suite:
# lint (ruff), types (mypy) and pytest against a real PostgreSQL server and a real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
STORYLINE_TEST_DATABASE_URL=$(bash scripts/postgres.sh)
export STORYLINE_TEST_DATABASE_URL
echo "PostgreSQL for the tests: $STORYLINE_TEST_DATABASE_URL"
.venv/bin/ruff check src tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
