// One node by id.
MATCH (n:Entity {id: $id})
RETURN properties(n) AS node
