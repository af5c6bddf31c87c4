#!/usr/bin/env bash
# One command on a fresh machine: install, load the bundled corpus into the embedded
# store, print a sample answer, then serve the API and browse page.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh" ""   # explicit: a sourced script would see our own "$@" as its extras
cd "$ROOT"
medgraph load
echo
echo "Sample: who owns measure 17 of the 2026 measures?"
medgraph owner 十七 --policy 2026
echo
if medgraph --help | grep -q " serve "; then
  exec medgraph serve "$@"
fi
