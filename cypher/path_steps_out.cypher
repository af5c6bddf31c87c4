// The relationships leaving the nodes $ids: one level of the impact path search
// (medgraph.store.pathsearch walks the paths in Python, so the server's work per level is
// bounded by the graph's size, never by the number of paths). At most $cap rows.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]->(m:Entity)
RETURN n.id AS node, m.id AS next, m.label AS label, r.key AS key, elementId(r) AS eid
LIMIT $cap
