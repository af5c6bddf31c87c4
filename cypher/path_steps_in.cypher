// The relationships entering the nodes $ids (walked backwards; edges keep their true
// direction): one level of the impact path search, see path_steps_out.cypher. At most $cap rows.
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[r]-(m:Entity)
RETURN n.id AS node, m.id AS next, m.label AS label, r.key AS key, elementId(r) AS eid
LIMIT $cap
