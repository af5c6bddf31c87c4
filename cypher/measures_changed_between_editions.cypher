// title: Measures changed between two editions
// description: The measures of policy $newer paired with those of its predecessor $older
// description: (PRECEDED_BY, computed by medgraph's editions step): how similar they are and how
// description: many of their quantitative targets changed.
// param: newer string policy-bj-measures-2026 | the later policy's id
// param: older string policy-bj-action-plan-2024-2026 | the earlier policy's id
MATCH (n:Measure {policy: $newer})-[r:PRECEDED_BY]->(o:Measure {policy: $older})
RETURN n.number AS number, n.heading AS heading, o.number AS predecessor_number, o.heading AS predecessor_heading,
       r.similarity AS similarity, r.targets_changed AS targets_changed
ORDER BY number, similarity DESC
LIMIT 1000
