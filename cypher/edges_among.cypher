// Relationships with both ends in $ids (the edges of a neighborhood).
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND t.id IN $ids
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
