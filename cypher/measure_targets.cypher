// title: What a measure targets
// description: The entities a measure names or acts on (TARGETS), with the quote that says so.
// param: id string policy-bj-measures-2026-m17 | the measure's id
MATCH (m:Measure {id: $id})-[r:TARGETS]->(x:Entity)
RETURN x.id AS id, x.label AS label, x.name AS name, r.ev_quote[0] AS quote, r.ev_method[0] AS basis
ORDER BY label, id
