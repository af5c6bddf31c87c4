"""What the located-in tests share: extract a small written document and read its stated
LOCATED_IN pairs (entity name, place name) → sorted explicit evidence quotes, checking every
evidence quote against the original text on the way (offsets index the original)."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def stated_pairs(text: str, name: str) -> dict[tuple[str, str], list[str]]:
    """Pairs with explicit evidence only: a thing named after a place (天津某某…) is placed by
    rule too, which is not what these tests are about; bodies' seats are left out."""
    doc = read_bytes(text.encode(), name)
    ex = extract(doc, CAT)
    nodes = {n.id: n for n in ex.nodes}
    out: dict[tuple[str, str], list[str]] = {}
    for e in ex.edges:
        if e.type != "LOCATED_IN" or nodes[e.source].label == "Bureau":
            continue
        quotes = []
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote
            if ev.method == "explicit":
                quotes.append(ev.quote)
        if quotes:
            out[(nodes[e.source].name, nodes[e.target].name)] = sorted(quotes)
    return out
