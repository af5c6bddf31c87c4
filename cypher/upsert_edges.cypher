// Merge a batch of relationships of ONE type. __TYPE__ is replaced by the store with a type from
// the fixed schema whitelist (medgraph.models.REL_TYPES), never with user text. Rows are
// pre-merged per key by the store:
//   row = {source, target, key, props: {flattened, non-empty}, json: [...], plain: [...],
//          evidence: [{document, quote, start, end, method, confidence}, ...]}
// Evidence lives in parallel lists on the relationship (ev_document[i], ev_quote[i], ...);
// an evidence item is identified by (document, start, end, method): the first one seen wins.
// `documents` = the distinct documents among the evidence.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:__TYPE__ {key: row.key}]->(t)
  ON CREATE SET r.ev_document = [], r.ev_quote = [], r.ev_start = [], r.ev_end = [],
                r.ev_method = [], r.ev_confidence = [], r.documents = []
// a write first: takes the relationship's lock before the read-modify-write below
SET r.key = row.key
// lists read into variables once (indexing r.ev_document[i] re-reads the whole property per i)
WITH r, row, r.ev_document AS ds, r.ev_start AS ss, r.ev_end AS es, r.ev_method AS ms
WITH r, row, [i IN range(0, size(ds) - 1) | [ds[i], ss[i], es[i], ms[i]]] AS have
WITH r, row, [e IN row.evidence WHERE NOT [e.document, e.start, e.end, e.method] IN have] AS fresh
SET r.ev_document = r.ev_document + [e IN fresh | e.document],
    r.ev_quote = r.ev_quote + [e IN fresh | e.quote],
    r.ev_start = r.ev_start + [e IN fresh | e.start],
    r.ev_end = r.ev_end + [e IN fresh | e.end],
    r.ev_method = r.ev_method + [e IN fresh | e.method],
    r.ev_confidence = r.ev_confidence + [e IN fresh | e.confidence],
    r.documents = reduce(acc = r.documents, e IN fresh |
                         CASE WHEN e.document IN acc THEN acc ELSE acc + e.document END),
    r += row.props
WITH r, row
WHERE size(row.json) > 0 OR r._json IS NOT NULL
SET r._json = [k IN coalesce(r._json, []) WHERE NOT k IN row.plain] +
              [k IN row.json WHERE NOT k IN coalesce(r._json, [])]
