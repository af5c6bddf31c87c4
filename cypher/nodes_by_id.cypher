// Nodes by a list of ids.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN properties(n) AS node
