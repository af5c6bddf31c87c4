// Retracting document $doc, step 1: delete relationships whose evidence all comes from $doc.
// Candidates come from the document's :DocIndex (index seeks, no scan of the graph).
MATCH (d:DocIndex {id: $doc})
UNWIND range(0, size(d.edge_keys) - 1) AS i
MATCH (:Entity {id: d.edge_sources[i]})-[r]->(:Entity)
WHERE r.key = d.edge_keys[i] AND $doc IN r.documents AND all(x IN r.documents WHERE x = $doc)
DELETE r
RETURN count(*) AS edges
