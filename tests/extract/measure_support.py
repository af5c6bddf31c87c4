"""What the measure tests share: the measures ``structure.parse`` finds in a normalized text (each
heading checked against the text at its span) and the Measure nodes ``extract`` makes from a
written document (each heading quote checked against the original at the measure's start)."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract, structure
from medgraph.textnorm import normalize

CAT = load_catalog()


def shape(text: str) -> list[tuple[str, str]]:
    """(number_text, heading) of every measure ``structure.parse`` finds."""
    norm = normalize(text)[0]
    out = []
    for m in structure.parse(norm).measures:
        assert norm[m.heading_start:m.heading_end].replace("\n", "") == m.heading
        out.append((m.number_text, m.heading))
    return out


def measures(text: str, name: str = "measures.txt") -> list[tuple[str, str]]:
    """(number_text, heading_quote) of the Measure nodes ``extract`` makes, in text order."""
    doc = read_bytes(text.encode("utf-8"), name)
    ex = extract(doc, CAT)
    out = []
    for n in sorted((n for n in ex.nodes if n.label == "Measure"), key=lambda n: n.props["start"]):
        q = n.props["heading_quote"]
        assert doc.original[n.props["start"]:n.props["start"] + len(q)] == q
        out.append((n.props["number_text"], q))
    return out
