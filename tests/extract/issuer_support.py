"""Shared reader for the issuer tests: extract a document written for a test and list the
ISSUED edges to its own policy with their evidence, every quote checked against the original
(one helper instead of a copy per test file, found by `duplicates`)."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def issued(text: str, name: str = "issuers.txt", *, no_policy_ok: bool = False,
           match_document: bool = True) -> list[tuple[str, str]]:
    """(issuer name, evidence quote) of every ISSUED edge to the document's own policy, in the
    document's order. ``no_policy_ok``: a text with no own policy gives [] instead of failing;
    ``match_document``: the edges are exactly ``document.issuers``."""
    doc = read_bytes(text.encode("utf-8"), name)
    ex = extract(doc, CAT)
    names = {n.id: n.name for n in ex.nodes}
    own = [n.id for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    if not own and no_policy_ok:
        return []
    assert own, "no own policy"
    edges = {e.source: e for e in ex.edges if e.type == "ISSUED" and e.target == own[0]}
    if match_document:
        assert set(edges) == set(ex.document.issuers)
    out = []
    for i in ex.document.issuers:
        ev = edges[i].evidence[0]
        assert doc.original[ev.start:ev.end] == ev.quote
        out.append((names[i], ev.quote))
    return out
