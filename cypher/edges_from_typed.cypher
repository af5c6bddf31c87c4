// Relationships of type __TYPE__ leaving $source, optionally to $target (null = any).
// __TYPE__ is a type from the fixed whitelist (medgraph.models.REL_TYPES), never user text:
// naming the type lets Neo4j read only that type's relationships of a hub node (a bureau
// leads thousands of measures; its one REPORTS_TO is found without expanding them all).
MATCH (s:Entity {id: $source})-[r:__TYPE__]->(t:Entity)
WHERE $target IS NULL OR t.id = $target
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
