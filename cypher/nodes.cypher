// All nodes, or those whose schema label is $label (null = all).
MATCH (n:Entity)
WHERE $label IS NULL OR n.label = $label
RETURN properties(n) AS node
