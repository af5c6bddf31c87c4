"""Neo4jStore.upsert_many (the bulk path: runs of documents merged per node/edge, new
nodes and relationships CREATEd) must leave EXACTLY the graph that the embedded store
leaves, including reloads, duplicates inside one call, documents citing each other, and
calls split into several transactions. Real server, synthetic corpus, export_json compared.
"""

from __future__ import annotations

import pytest

from medgraph.export import export_json
from medgraph.models import Evidence, Extraction

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Extraction]:
    from benchmarks.corpus import generate
    from medgraph.documents import read_document
    from medgraph.extract import extract

    folder = tmp_path_factory.mktemp("corpus")
    generate(30, folder)
    return [extract(read_document(f)) for f in sorted(folder.glob("*.txt"))]


@pytest.fixture
def catalog() -> Extraction:
    from medgraph.catalog import load_catalog

    return load_catalog().extraction()


def _same(neo, emb) -> None:
    assert neo.counts() == emb.counts()
    assert export_json(neo) == export_json(emb)
    assert neo.documents() == emb.documents()


def _both(neo, emb, calls: list[list[Extraction]]) -> None:
    for call in calls:
        neo.upsert_many(call)
        emb.upsert_many(call)
        _same(neo, emb)


def _edited(ex: Extraction) -> Extraction:
    """The same document with its last node and every edge touching it gone, and a prop changed."""
    gone = ex.nodes[-1].id
    nodes = [n.model_copy(update={"props": {**n.props, "edited": True}}) for n in ex.nodes[:-1]]
    edges = [e for e in ex.edges if gone not in (e.source, e.target)]
    return ex.model_copy(update={"nodes": nodes, "edges": edges})


def _citing(ex: Extraction, cited: str) -> Extraction:
    """``ex`` whose nodes also list ``cited`` as a mentioning document and whose first edge
    carries an extra evidence item from ``cited`` (a later load of ``cited`` must retract it)."""
    nodes = [n.model_copy(update={"documents": [*n.documents, cited]}) for n in ex.nodes]
    first = ex.edges[0]
    extra = Evidence(document=cited, quote="引文", start=1, end=3, method="rule")
    edges = [first.model_copy(update={"evidence": [*first.evidence, extra]}), *ex.edges[1:]]
    return ex.model_copy(update={"nodes": nodes, "edges": edges})


def test_corpus_in_one_call_matches_embedded(neo4j_store, embedded_store, catalog, corpus):
    _both(neo4j_store, embedded_store, [[catalog], corpus])


def test_reloads_duplicates_and_citations_match_embedded(neo4j_store, embedded_store, catalog, corpus,
                                                         monkeypatch):
    import medgraph.store.neo4j as mod

    monkeypatch.setattr(mod, "TX_DOCUMENTS", 7)  # several transactions per call
    neo4j_store.batch_size = 50  # several statements per label/type
    a, b = corpus[:15], corpus[15:]
    calls = [
        [catalog, *a[:10]],
        # reloads of loaded documents (one edited), a duplicate inside the call, new ones, and a
        # document cited by an earlier one of the same call before it is itself loaded
        # (the first 7 share one transaction)
        [_citing(b[4], b[6].document.id), b[0], b[6], b[0], a[3], _edited(a[5]), b[1],
         b[2], b[3], b[5], a[5], *a[10:]],
        [*b[7:], _edited(b[6])],
    ]
    _both(neo4j_store, embedded_store, calls)
    for doc in (a[5].document.id, b[6].document.id):
        assert neo4j_store.unload(doc) == embedded_store.unload(doc)
    _same(neo4j_store, embedded_store)


def test_one_by_one_and_bulk_give_the_same_graph(neo4j_store, embedded_store, catalog, corpus):
    neo4j_store.upsert(catalog)
    for ex in corpus[:12]:
        neo4j_store.upsert(ex)
    embedded_store.upsert_many([catalog, *corpus[:12]])
    _same(neo4j_store, embedded_store)


def test_bad_document_leaves_nothing_of_the_call(neo4j_store, catalog, corpus):
    neo4j_store.upsert(catalog)
    before = export_json(neo4j_store)
    bad = corpus[3].model_copy(update={"edges": [corpus[3].edges[0].model_copy(update={"target": "no-such-node"})]})
    with pytest.raises(ValueError, match="no-such-node"):
        neo4j_store.upsert_many([*corpus[:3], bad, *corpus[4:8]])
    assert export_json(neo4j_store) == before


def test_lost_create_race_is_redone_with_merges(neo4j_store, embedded_store, catalog, corpus, monkeypatch):
    """Another writer creates a node between our existence check and our CREATE: the
    uniqueness constraint refuses the transaction and upsert_many redoes it with MERGE only."""
    import medgraph.store.neo4j as mod

    _both(neo4j_store, embedded_store, [[catalog, *corpus[:5]]])
    real = mod.cypher
    calls = {"n": 0}

    def blind_first_check(name):
        if name == "nodes_existing" and calls["n"] == 0:
            calls["n"] += 1
            return "UNWIND $ids AS id WITH id WHERE false RETURN id"  # 'nothing exists yet'
        return real(name)

    monkeypatch.setattr(mod, "cypher", blind_first_check)
    _both(neo4j_store, embedded_store, [corpus[5:10]])
    assert calls["n"] == 1
