// title: The documents behind a fact
// description: Every quote that supports the relationships between $source and $target (either
// description: direction), with the document's title and kind: where the graph got the fact from.
// param: source string bureau-bj-health-commission | one end's id
// param: target string policy-bj-measures-2026-m17 | the other end's id
MATCH (a:Entity {id: $source})-[r]-(b:Entity {id: $target})
UNWIND range(0, size(r.ev_document) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.ev_document[i]})
RETURN type(r) AS type, r.role AS role, r.ev_document[i] AS document, d.title AS title, d.source_kind AS source_kind,
       r.ev_quote[i] AS quote, r.ev_start[i] AS start, r.ev_end[i] AS end, r.ev_method[i] AS method
ORDER BY type, document, start
LIMIT 1000
