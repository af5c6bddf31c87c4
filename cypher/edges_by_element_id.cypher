// Relationships by element id (the edges of the paths found by paths_*.cypher).
MATCH (s:Entity)-[r]->(t:Entity)
WHERE elementId(r) IN $eids
RETURN elementId(r) AS eid, s.id AS source, t.id AS target, type(r) AS type, properties(r) AS rel
