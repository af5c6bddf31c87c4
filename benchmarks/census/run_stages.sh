#!/bin/sh
# Stage tables for two versions side by side, alternating (best of 3 passes per run, 2 runs each).
#   sh benchmarks/census/run_stages.sh /work/wt/s13start/src /work/wt/before/src /work/wt/devcorpus OUTDIR
PY=${PY:-/work/main/.venv/bin/python}
A=$1; B=$2; C=$3; O=${4:-/tmp/spg}
mkdir -p "$O"
D=$(dirname "$0")
for r in 1 2; do
  $PY "$D/stages.py" --src "$A" --corpus "$C" --json "$O/stages_A_$r.json" > "$O/stages_A_$r.txt"
  $PY "$D/stages.py" --src "$B" --corpus "$C" --json "$O/stages_B_$r.json" > "$O/stages_B_$r.txt"
done
