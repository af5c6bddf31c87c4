// Retracting document $doc, step 3: remove $doc from every node's documents; nodes no document
// mentions any more are deleted with all their relationships (whatever their evidence).
// Returns how many nodes were deleted and how many relationships went with them.
OPTIONAL MATCH (d:DocIndex {id: $doc})
UNWIND coalesce(d.nodes, []) AS nid
MATCH (n:Entity {id: nid})
WHERE $doc IN n.documents
SET n.documents = [x IN n.documents WHERE x <> $doc]
WITH collect(n) AS touched
WITH [n IN touched WHERE size(n.documents) = 0] AS dead
UNWIND (CASE WHEN dead = [] THEN [null] ELSE dead END) AS n
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH dead, count(DISTINCT r) AS edges
FOREACH (n IN dead | DETACH DELETE n)
RETURN size(dead) AS nodes, edges
