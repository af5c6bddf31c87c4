// Retracting document $doc, step 1: delete relationships whose evidence all comes from $doc.
MATCH (:Entity)-[r]->(:Entity)
WHERE $doc IN r.documents AND all(d IN r.documents WHERE d = $doc)
DELETE r
RETURN count(*) AS edges
