#!/usr/bin/env bash
# The benchmark command on a fresh clone: install medgraph (non-editable, as a user gets it) into
# .venv, then run benchmarks/run.py, which regenerates BENCHMARKS.md. Needs Java 17 + Maven for the
# Neo4j parts (a server is built from Maven Central and started; or pass --neo4j-uri, or --no-neo4j).
#   ./scripts/bench.sh            # full run: 1k and 10k synthetic documents (~10-25 min on 2 cores)
#   ./scripts/bench.sh --quick    # 200 / 1,000 documents, a few minutes
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh" ""   # explicit: a sourced script would see our own "$@" as its extras
cd "$ROOT"
exec python -m benchmarks.run "$@"
