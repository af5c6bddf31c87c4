// Retracting document $doc, step 2: drop $doc's items from the evidence lists of the
// relationships other documents still support (found as in retract_edges_delete.cypher).
MATCH (d:DocIndex {id: $doc})
UNWIND d.edge_keys AS k
CALL (k) {
  __SEEK__
}
WITH r
WHERE $doc IN r.documents
// the lists are read into variables once: indexing r.ev_quote[j] inside the comprehension
// re-read the whole list property for every j (O(n²) on a hub's long evidence lists)
WITH r, r.ev_document AS ds, r.ev_quote AS qs, r.ev_start AS ss, r.ev_end AS es, r.ev_method AS ms,
     r.ev_confidence AS cs
WITH r, ds, qs, ss, es, ms, cs, [j IN range(0, size(ds) - 1) WHERE ds[j] <> $doc] AS keep
SET r.ev_document = [j IN keep | ds[j]],
    r.ev_quote = [j IN keep | qs[j]],
    r.ev_start = [j IN keep | ss[j]],
    r.ev_end = [j IN keep | es[j]],
    r.ev_method = [j IN keep | ms[j]],
    r.ev_confidence = [j IN keep | cs[j]],
    r.documents = [x IN r.documents WHERE x <> $doc]
RETURN count(*) AS edges
