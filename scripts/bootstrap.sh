#!/usr/bin/env bash
# Create .venv (once) and install medgraph into it NON-editable, so the code that runs
# is the code a user gets from `pip install .` (assets included). Sourced by run.sh/test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MEDGRAPH_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "medgraph: creating virtualenv $VENV" >&2
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >&2
fi
extras="${1:-}"
echo "medgraph: installing the package${extras:+ with [$extras]} into $VENV" >&2
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "$ROOT${extras:+[$extras]}" >&2
# force a rebuild of the wheel from the working tree even if the version did not change
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$ROOT" >&2
export PATH="$VENV/bin:$PATH"
