// title: What a policy contains
// description: Every measure of a policy in its order, with its lead bureaus.
// param: policy string policy-bj-measures-2026 | the policy's id
MATCH (m:Measure {policy: $policy})
OPTIONAL MATCH (b:Bureau)-[l:LEADS {role: 'lead'}]->(m)
WITH m, collect(b.name) AS leads
RETURN m.number AS number, m.id AS measure, m.heading AS heading, leads
ORDER BY number
