"""What the owner tests share: extract a small written document, read its explicit owners as
heading → {(body name, role)}, and check every evidence quote against the original text."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()


def extract_text(text: str, name: str):
    doc = read_bytes(text.encode("utf-8"), name)
    return doc, extract(doc, CAT)


def explicit_owners(ex) -> dict[str, set[tuple[str, str]]]:
    """heading → {(body name, role)} of the explicit LEADS edges."""
    names = {x.id: x.name for x in ex.nodes}
    heads = {x.id: x.name for x in ex.nodes if x.label == "Measure"}
    out: dict[str, set[tuple[str, str]]] = {h: set() for h in heads.values()}
    for e in ex.edges:
        if e.type == "LEADS" and e.target in heads and any(ev.method == "explicit" for ev in e.evidence):
            out[heads[e.target]].add((names[e.source], e.props["role"]))
    return out


def quotes_are_original(doc, ex) -> None:
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote
