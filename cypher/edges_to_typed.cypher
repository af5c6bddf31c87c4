// Relationships of type __TYPE__ entering $target (see edges_from_typed.cypher for why typed).
MATCH (s:Entity)-[r:__TYPE__]->(t:Entity {id: $target})
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
