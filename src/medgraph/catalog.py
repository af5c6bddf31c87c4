"""The curated catalog (graph/catalog.yaml): known entities, their aliases in both
scripts, bureau remits, and curated facts (reports_to, located_in, part_of,
supersedes, issuers).

The catalog is also a *source*: its curated facts enter the graph as the pseudo
document ``catalog`` whose evidence quotes the YAML lines themselves, so even a
curated fact points at the words that state it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
import yaml

from medgraph.documents import to_simplified
from medgraph.models import DocumentRecord, Edge, Evidence, Extraction, Node, trusted_node
from medgraph.resources import asset

CATALOG_DOC_ID = "catalog"

SECTION_LABELS = {
    "bureaus": "Bureau",
    "districts": "District",
    "platforms": "Platform",
    "funds": "Fund",
    "products": "Product",
    "organizations": "Organization",
    "policies": "Policy",
}
# curated fact fields → (relationship type, direction: True = entry → referenced)
FACT_FIELDS = {
    "reports_to": ("REPORTS_TO", True),
    "located_in": ("LOCATED_IN", True),
    "part_of": ("PART_OF", True),
    "supersedes": ("SUPERSEDES", True),
    "issuers": ("ISSUED", False),
}
# shared_name (District): where else the same name is used, so the name alone does not mean Beijing's
_PROP_FIELDS = ("jurisdiction", "level", "kind", "year", "doc_number", "date", "amount_yi", "overlaps", "shared_name")


@dataclass
class Entry:
    id: str
    label: str
    name: str
    aliases: list[str]
    short_aliases: list[str]
    props: dict
    remit_lead: list[str] = field(default_factory=list)
    remit_support: list[str] = field(default_factory=list)
    facts: dict[str, list[str]] = field(default_factory=dict)
    # (aliases, short_aliases, node aliases) last computed: node() runs for every catalog
    # entity of every document
    _node_aliases: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def all_names(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases, *self.short_aliases]))

    def node(self, documents: list[str]) -> Node:
        cached = self._node_aliases
        if cached is None or cached[0] != self.aliases or cached[1] != self.short_aliases or cached[2] != self.name:
            aliases = [a for a in dict.fromkeys([*self.aliases, *self.short_aliases]) if a != self.name]
            cached = self._node_aliases = (list(self.aliases), list(self.short_aliases), self.name, aliases)
        # trusted: the entry's fields are str / list[str] (checked when the catalog loads)
        return trusted_node(
            id=self.id,
            label=self.label,
            name=self.name,
            aliases=list(cached[3]),
            documents=documents,
            props=dict(self.props),
        )


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        data = yaml.safe_load(self.text) or {}
        self.entries: dict[str, Entry] = {}
        for section, label in SECTION_LABELS.items():
            for raw in data.get(section) or []:
                remit = raw.get("remit") or {}
                if not isinstance(raw.get("id"), str) or not isinstance(raw.get("name"), str):
                    raise ValueError(f"{path}: every {section} entry needs a text id and name, got {raw!r:.120}")
                entry = Entry(
                    id=raw["id"],
                    label=label,
                    name=raw["name"],
                    aliases=_as_list(raw.get("aliases")),
                    short_aliases=_as_list(raw.get("short_aliases")),
                    props={k: raw[k] for k in _PROP_FIELDS if raw.get(k) is not None},
                    remit_lead=_as_list(remit.get("lead")),
                    remit_support=_as_list(remit.get("support")),
                    facts={f: _as_list(raw.get(f)) for f in FACT_FIELDS if raw.get(f)},
                )
                self.entries[entry.id] = entry
        self._build_matcher()

    def _build_matcher(self) -> None:
        """One Aho-Corasick automaton over every alias in simplified script.
        Value: (matched alias, [(entry id, is_short), ...]) — an alias may be short for
        one entry only; collisions are reported by tests/test_catalog_file.py."""
        table: dict[str, list[tuple[str, bool]]] = {}
        for e in self.entries.values():
            for name in [e.name, *e.aliases]:
                for form in {name, to_simplified(name)}:
                    table.setdefault(form, []).append((e.id, False))
            for name in e.short_aliases:
                for form in {name, to_simplified(name)}:
                    table.setdefault(form, []).append((e.id, True))
        self.automaton = ahocorasick.Automaton()
        for form, owners in table.items():
            if len(form) >= 2:
                self.automaton.add_word(form, (form, list(dict.fromkeys(owners))))
        self.automaton.make_automaton()

    def by_label(self, label: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.label == label]

    def find_by_name(self, name: str) -> Entry | None:
        simp = to_simplified(name)
        for e in self.entries.values():
            if simp in {to_simplified(n) for n in e.all_names}:
                return e
        return None

    def find_policy(self, title: str) -> Entry | None:
        """A catalogued policy by any spelling of its title (see entities.policy_key)."""
        from medgraph.extract.entities import policy_key

        if not hasattr(self, "_policy_keys"):
            self._policy_keys = {}
            self._policy_memo: dict[str, Entry | None] = {}  # title → answer: titles recur across documents
            for e in self.by_label("Policy"):
                for n in e.all_names:
                    self._policy_keys.setdefault(policy_key(to_simplified(n)), e)
                if e.props.get("doc_number"):
                    self._policy_keys.setdefault(policy_key(e.props["doc_number"]), e)
        memo = self._policy_memo
        hit = memo.get(title, memo)  # one lookup (thread-safe against a concurrent clear); memo = "missing"
        if hit is not memo:
            return hit
        if len(memo) > 100_000:
            memo.clear()
        hit = memo[title] = self._policy_keys.get(policy_key(to_simplified(title)))
        return hit

    # -- the catalog as a source document ------------------------------------------
    def _fact_span(self, entry_id: str, field_name: str) -> tuple[int, int]:
        """Span of the YAML line stating ``field_name`` in the block of ``entry_id``."""
        m = re.search(rf"^\s*-\s*id:\s*{re.escape(entry_id)}\s*$", self.text, re.M)
        if not m:
            raise ValueError(f"catalog entry {entry_id} not found in {self.path}")
        nxt = re.compile(r"^\s*-\s*id:\s", re.M).search(self.text, m.end())
        block_end = nxt.start() if nxt else len(self.text)
        f = re.compile(rf"^\s*{field_name}:.*$", re.M).search(self.text, m.end(), block_end)
        if not f:
            return m.start() + m.group(0).index("id:"), m.end()
        line = f.group(0)
        start = f.start() + (len(line) - len(line.lstrip()))
        return start, f.end()

    def _evidence(self, entry_id: str, field_name: str) -> Evidence:
        s, e = self._fact_span(entry_id, field_name)
        return Evidence(document=CATALOG_DOC_ID, quote=self.text[s:e], start=s, end=e, method="catalog", confidence=1.0)

    def extraction(self) -> Extraction:
        """The curated entities and facts as one Extraction (document id ``catalog``)."""
        nodes = [e.node([CATALOG_DOC_ID]) for e in self.entries.values()]
        edges: list[Edge] = []
        for e in self.entries.values():
            for field_name, refs in e.facts.items():
                rel, outward = FACT_FIELDS[field_name]
                for ref in refs:
                    if ref not in self.entries:
                        continue
                    src, dst = (e.id, ref) if outward else (ref, e.id)
                    edges.append(Edge(source=src, target=dst, type=rel, evidence=[self._evidence(e.id, field_name)]))
        record = DocumentRecord(
            id=CATALOG_DOC_ID,
            path=str(self.path),
            title="medgraph curated catalog (graph/catalog.yaml)",
            kind="catalog",
            sha256=self.sha256,
            chars=len(self.text),
        )
        return Extraction(document=record, nodes=nodes, edges=edges)


@lru_cache(maxsize=4)
def load_catalog(path: str | None = None) -> Catalog:
    """The catalog at ``path``; None = the bundled graph/catalog.yaml. Nothing here reads the
    environment: the pipeline passes ``Settings.catalog_path`` (MEDGRAPH_CATALOG)."""
    return Catalog(Path(path) if path else asset("graph", "catalog.yaml"))
