"""What the body-finder tests share: every Bureau mention ``find_entities`` makes in a normalized
written text, as (surface, resolved node name), each surface checked against the text at its span."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities
from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize

CAT = load_catalog()


def bureau_mentions(text: str, name: str) -> list[tuple[str, str]]:
    norm = normalize(text)[0]
    ents = find_entities(norm, CAT, name, head=own_heading(norm).title or "")
    out = []
    for m in ents.mentions:
        if m.label != "Bureau":
            continue
        assert norm[m.start:m.end] == m.surface
        node = CAT.entries[m.entity_id].node([]) if m.entity_id in CAT.entries else ents.nodes[m.entity_id]
        out.append((m.surface, node.name))
    return out
