// Relationships by element id (the edges of the impact paths found with path_steps_*.cypher).
MATCH (s:Entity)-[r]->(t:Entity)
WHERE elementId(r) IN $eids
RETURN elementId(r) AS eid, s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
