// title: Measures a bureau leads or supports
// description: Every measure a bureau leads or supports, with its policy, the role, how the
// description: link is known (explicit annotation, rule from the bureau's remit, catalog) and the first quote.
// param: bureau string bureau-bj-healthcare-security | the bureau's id
MATCH (b:Bureau {id: $bureau})-[l:LEADS]->(m:Measure)
RETURN m.policy AS policy, m.number AS number, m.id AS measure, m.heading AS heading, l.role AS role,
       l.ev_method[0] AS basis, l.ev_quote[0] AS first_quote, l.ev_document[0] AS document
ORDER BY policy, number, role
LIMIT 1000
