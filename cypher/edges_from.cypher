// Relationships leaving $source, optionally to $target and/or of type $type (null = any).
MATCH (s:Entity {id: $source})-[r]->(t:Entity)
WHERE ($target IS NULL OR t.id = $target) AND ($type IS NULL OR type(r) = $type)
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
