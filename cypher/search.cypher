// Nodes whose id, name or an alias contains one of $terms (already lower-cased; _search holds
// the lower-cased id, name and aliases joined by '\0'), optionally with schema label $label.
// The store ranks the hits: exact name/alias first, then prefix, then shorter name, then id.
UNWIND $terms AS term
MATCH (n:Entity)
WHERE n._search CONTAINS term AND ($label IS NULL OR n.label = $label)
RETURN DISTINCT properties(n) AS node
