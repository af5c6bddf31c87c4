// Relationships entering $target, optionally of type $type (null = any).
MATCH (s:Entity)-[r]->(t:Entity {id: $target})
WHERE $type IS NULL OR type(r) = $type
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
