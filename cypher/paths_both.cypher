// Simple paths of exactly __HOPS__ hops from $source, in either direction,
// ending at $to_id and/or a node of schema label $to_label (null = any).
// __HOPS__ is an integer 1..6 the store validates and writes into the text (a variable-length
// bound cannot be a parameter); the store asks for 1 hop, then 2, ... (shortest first) until
// it has $limit paths, and orders each length by node ids, then relationship keys.
MATCH p = (s:Entity {id: $source})-[*__HOPS__..__HOPS__]-(m:Entity)
WHERE ($to_id IS NULL OR m.id = $to_id)
  AND ($to_label IS NULL OR m.label = $to_label)
  AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | r.key] AS keys,
       [r IN relationships(p) | elementId(r)] AS eids
