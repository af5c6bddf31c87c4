// Nodes per schema label (Document included).
MATCH (n:Entity)
RETURN n.label AS label, count(*) AS n
