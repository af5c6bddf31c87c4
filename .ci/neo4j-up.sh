#!/usr/bin/env bash
# Start a real Neo4j 5.26 Community server (built from Maven Central by
# tools/neo4j-launcher, no Docker needed) and export NEO4J_URI for the test suite.
#
#   source .ci/neo4j-up.sh      # leaves NEO4J_URI (and MEDGRAPH_NEO4J_HOME) exported
#   bash .ci/neo4j-up.sh        # same checks, prints the URI, exports nothing to the caller
#
# Fails (non-zero, with the reason and the server log's tail) when Neo4j cannot start.
# The server keeps running in the background; stop it with
#   python -m medgraph.neo4j_local stop        (uses the exported MEDGRAPH_NEO4J_HOME)
# Each run starts from an empty database (--clean) in tools/neo4j-launcher/target/neo4j-ci
# unless MEDGRAPH_NEO4J_HOME is already set. Auth is off (local throw-away server on
# 127.0.0.1), so any NEO4J_USER/NEO4J_PASSWORD are accepted.

_medgraph_neo4j_up() {
  local root py out rc
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  py="${PYTHON:-python}"
  command -v "$py" >/dev/null 2>&1 || py=python3
  export MEDGRAPH_NEO4J_LAUNCHER="$root/tools/neo4j-launcher"
  export MEDGRAPH_NEO4J_HOME="${MEDGRAPH_NEO4J_HOME:-$root/tools/neo4j-launcher/target/neo4j-ci}"
  # the venv has medgraph installed; a bare checkout runs it from src/
  if ! "$py" -c "import medgraph.neo4j_local" >/dev/null 2>&1; then
    export PYTHONPATH="$root/src${PYTHONPATH:+:$PYTHONPATH}"
  fi
  echo "neo4j-up: starting Neo4j (data in $MEDGRAPH_NEO4J_HOME)" >&2
  out="$("$py" -m medgraph.neo4j_local start --clean --timeout "${MEDGRAPH_NEO4J_TIMEOUT:-180}")"
  rc=$?
  if [ "$rc" -ne 0 ] || [ -z "$out" ]; then
    echo "neo4j-up: ERROR: could not start Neo4j (exit $rc); see the messages above and $MEDGRAPH_NEO4J_HOME/launcher.log" >&2
    return 1
  fi
  eval "$out"
  export NEO4J_URI
  echo "neo4j-up: NEO4J_URI=$NEO4J_URI" >&2
  echo "$out"
}

if ! _medgraph_neo4j_up; then
  unset -f _medgraph_neo4j_up
  return 1 2>/dev/null || exit 1
fi
unset -f _medgraph_neo4j_up
