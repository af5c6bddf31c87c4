// Retracting document $doc, step 2: drop $doc's items from the evidence lists of the
// relationships other documents still support.
MATCH (:Entity)-[r]->(:Entity)
WHERE $doc IN r.documents
WITH r, [i IN range(0, size(r.ev_document) - 1) WHERE r.ev_document[i] <> $doc] AS keep
SET r.ev_document = [i IN keep | r.ev_document[i]],
    r.ev_quote = [i IN keep | r.ev_quote[i]],
    r.ev_start = [i IN keep | r.ev_start[i]],
    r.ev_end = [i IN keep | r.ev_end[i]],
    r.ev_method = [i IN keep | r.ev_method[i]],
    r.ev_confidence = [i IN keep | r.ev_confidence[i]],
    r.documents = [d IN r.documents WHERE d <> $doc]
RETURN count(*) AS edges
