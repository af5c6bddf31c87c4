// Retracting document $doc, step 1: delete relationships whose evidence all comes from $doc,
// and those the computed document $doc asserts (r.derived_by = $doc, e.g. the `editions` links,
// whose evidence quotes other documents: they live only while $doc still asserts them).
// Candidates come from the document's :DocIndex; each key is looked up in every relationship
// type's key index (the SEEK placeholder = one `MATCH ()-[r:TYPE {key: k}]->() RETURN r` per type of the
// fixed whitelist medgraph.models.REL_TYPES, joined by UNION ALL, filled in by the store):
// index seeks only — expanding from the source node instead read every relationship of a
// hub (a bureau leading thousands of measures) for every key.
MATCH (d:DocIndex {id: $doc})
UNWIND d.edge_keys AS k
CALL (k) {
  __SEEK__
}
WITH r
WHERE r.derived_by = $doc OR ($doc IN r.documents AND all(x IN r.documents WHERE x = $doc))
DELETE r
RETURN count(*) AS edges
