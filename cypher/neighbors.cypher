// Ids of the nodes one hop from any of $ids, either direction (one BFS level of neighborhood()).
UNWIND $ids AS id
MATCH (:Entity {id: id})--(m:Entity)
RETURN DISTINCT m.id AS id
