// Retracting document $doc, step 2: drop $doc's items from the evidence lists of the
// relationships other documents still support.
MATCH (d:DocIndex {id: $doc})
UNWIND range(0, size(d.edge_keys) - 1) AS i
MATCH (:Entity {id: d.edge_sources[i]})-[r]->(:Entity)
WHERE r.key = d.edge_keys[i] AND $doc IN r.documents
WITH r, [j IN range(0, size(r.ev_document) - 1) WHERE r.ev_document[j] <> $doc] AS keep
SET r.ev_document = [j IN keep | r.ev_document[j]],
    r.ev_quote = [j IN keep | r.ev_quote[j]],
    r.ev_start = [j IN keep | r.ev_start[j]],
    r.ev_end = [j IN keep | r.ev_end[j]],
    r.ev_method = [j IN keep | r.ev_method[j]],
    r.ev_confidence = [j IN keep | r.ev_confidence[j]],
    r.documents = [x IN r.documents WHERE x <> $doc]
RETURN count(*) AS edges
