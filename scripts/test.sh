#!/usr/bin/env bash
# One command on a fresh machine: install medgraph with its test extras and run the
# whole suite. Neo4j tests run when NEO4J_URI answers (CI starts one: .ci/run), and
# are skipped with a visible reason otherwise; browser tests need /usr/bin/chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh" test
cd "$ROOT"
exec python -m pytest -rs "$@"
