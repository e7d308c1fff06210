#!/usr/bin/env bash
# Create .venv (if missing) and install Storyline with its pinned dependencies.
# Usage: bash scripts/install.sh [EXTRA]   (EXTRA: "test" for the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
quiet_pip() {  # pip's notes about unused local index folders are noise here
  .venv/bin/python -m pip "$@" 2> >(grep -v "^WARNING: Location" >&2)
}
quiet_pip install -q --upgrade pip
if [ -n "${1:-}" ]; then
  quiet_pip install -q -e ".[$1]"
else
  quiet_pip install -q -e .
fi
