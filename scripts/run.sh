#!/usr/bin/env bash
# One command on a fresh machine: install, load the bundled corpus into the embedded
# store, print a sample answer, then serve the API and browse page.
#
# Every step must succeed: a failed load or sample answer stops here with the reason and a
# non-zero exit, instead of serving a store that cannot answer. (No `cmd | grep -q` probes:
# under pipefail they fail at random when grep exits before the writer finishes.)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh" ""   # explicit: a sourced script would see our own "$@" as its extras
cd "$ROOT"

fail() {
  echo "run.sh: ERROR: $1" >&2
  exit 1
}

medgraph load || fail "\`medgraph load\` failed (exit $?): see its messages above; nothing is served"
echo
echo "Sample: who owns measure 17 of the 2026 measures?"
medgraph owner 十七 --policy 2026 || fail "the sample answer \`medgraph owner 十七 --policy 2026\` failed (exit $?): see above; nothing is served"
echo
exec medgraph serve "$@"
