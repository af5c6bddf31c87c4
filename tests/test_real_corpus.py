"""The real-document corpus (tests/corpus/real): gold well-formed, and extraction scored
against it. The table is printed into the test output (and kept in EVALUATION.md); the
floors below are the scores measured when they were last raised, so a change that makes
extraction worse on documents it was not written for fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgraph import evaluate as ev

CORPUS = Path(__file__).resolve().parent / "corpus" / "real"

# (precision, recall) floors per split and fact kind: the scores measured on 2026-12-03
# (EVALUATION.md) less a small margin; raised as extraction improves. The issue-12 targets
# (0.95 / 0.90) are above most of these: they are reported, not yet met. ``dev`` is what rules
# are tuned on; ``held`` is a set nobody writing rules reads — its failure message gives
# nothing but the kind that failed, so a failing test does not leak held numbers into tuning.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    # End of session 12 (2026-12-04): dev is 670 documents (every set but held-11: the opened held
    # sets of sessions 3-12, dev-5 .. dev-7). Scores less a margin.
    "dev": {
        "measures": (0.97, 0.93),
        "owners": (0.98, 0.90),
        "owners_any_role": (0.98, 0.90),
        "issuers": (0.98, 0.93),
        "doc_number": (0.98, 0.97),
        "title": (0.97, 0.95),
        "located_in": (0.93, 0.66),
        "bodies": (0.96, 0.92),
    },
    # held is "held-11": 73 documents from 60 jurisdictions written at the start of session 12
    # (18:36-18:45 UTC) by four writers who never saw the code (Beijing and the north; the east and
    # national ministries; the centre, south and west; owner statements from anywhere), each set
    # second-read by another reader who never saw it either; landed 18:52 UTC; read by nobody
    # writing rules. Floors: its untuned scores at landing (main f2b1ad6 = session-start code;
    # EVALUATION.md) less a margin.
    "held": {
        "measures": (0.78, 0.65),
        "owners": (0.90, 0.45),
        "owners_any_role": (0.90, 0.45),
        "issuers": (0.89, 0.78),
        "doc_number": (0.95, 0.90),
        "title": (0.81, 0.73),
        "bodies": (0.89, 0.80),
    },
}



@pytest.fixture(scope="module")
def result():
    if not any(CORPUS.glob("*.gold.yaml")):
        pytest.fail(f"no gold files in {CORPUS}")
    return ev.evaluate(CORPUS)


def test_prints_the_evaluation(result, capsys):
    with capsys.disabled():
        # dev only: whoever runs the tests while writing rules must not see held totals move
        # (session 9: a helper saw held rows here while landing); ./scripts/test.sh prints the
        # whole table after the suite, and `python -m medgraph.evaluate` prints it any time
        print("\n" + ev.markdown(result, blind=True))
    assert result["documents"] == len(list(CORPUS.glob("*.gold.yaml")))
    assert not result["errors"], result["errors"]


@pytest.mark.parametrize("split,kind", [(sp, k) for sp in FLOORS for k in sorted(FLOORS[sp])])
def test_floor(result, split, kind):
    p_floor, r_floor = FLOORS[split][kind]
    if split == "held" and not result["documents_by_split"]["held"]:
        pytest.skip("no held documents in the corpus (a fresh held set is being written)")
    sc = result["totals"][split][kind]
    # Plain floats and strings only in the asserts: pytest's assertion rewriting prints the repr
    # of every object an assert touches, and a held Score's repr holds its misses and extras.
    precision, recall = sc.precision, sc.recall
    # A held failure names the kind only: in session 8 a rule writer whose branch was behind main
    # saw held totals in this message once; rule writers must not see held numbers at all.
    shown = str(sc.as_dict()) if split == "dev" else "(held: not shown)"
    extras = str(sc.extras[:10]) if split == "dev" else "(held: not shown)"
    misses = str(sc.misses[:10]) if split == "dev" else "(held: not shown)"
    del sc
    assert precision is not None and precision >= p_floor, f"{split} {kind} {shown} {extras}"
    assert recall is not None and recall >= r_floor, f"{split} {kind} {shown} {misses}"
