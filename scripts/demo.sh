#!/usr/bin/env bash
# Install Storyline, build the bundled example articles into demo.db and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
rm -f demo.db demo.db-wal demo.db-shm
.venv/bin/storyline build examples/seeds --db demo.db
.venv/bin/storyline documents --db demo.db
.venv/bin/storyline timeline --db demo.db
