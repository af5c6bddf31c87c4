// All relationships, or those of type $type (null = all).
MATCH (s:Entity)-[r]->(t:Entity)
WHERE $type IS NULL OR type(r) = $type
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
