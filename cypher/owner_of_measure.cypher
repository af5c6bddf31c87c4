// title: Who owns a measure
// description: The bureaus that lead and support measure $number of policy $policy, with the
// description: quotes that say so and the responsibility chain above each bureau.
// param: policy string policy-bj-measures-2026 | the policy's id
// param: number integer 17 | the measure's number in that policy
// Which bureau owns a measure, on what evidence, and the chain above it.
// Parameters: $policy (policy id, e.g. 'policy-bj-measures-2026'), $number (e.g. 17).
// Evidence lives in parallel lists on the relationship: ev_quote[i] is quoted from
// document ev_document[i] at [ev_start[i], ev_end[i]); ev_method[i] is explicit|rule|catalog.
MATCH (m:Measure {policy: $policy, number: $number})<-[l:LEADS]-(b:Bureau)
OPTIONAL MATCH chain = (b)-[:REPORTS_TO*1..4]->(top:Bureau)
WHERE NOT (top)-[:REPORTS_TO]->(:Bureau)
WITH m, l, b, chain ORDER BY length(chain) DESC
WITH m, l, b, collect(chain)[0] AS chain
RETURN m.id AS measure, m.heading AS heading, l.role AS role, b.id AS bureau_id, b.name AS bureau,
       l.ev_method AS methods, l.ev_quote AS quotes, l.ev_document AS documents,
       [n IN coalesce(nodes(chain), []) | n.name] AS chain
ORDER BY role, bureau_id
