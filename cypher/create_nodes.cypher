// Create a batch of nodes of ONE label that are NOT in the graph yet (the store checked with
// nodes_existing in the same transaction). __LABEL__ as in upsert_nodes.cypher (whitelist only).
// The store computes every property in Python exactly as upsert_nodes.cypher would leave a
// new node (id, label, name, aliases, documents, _search, props, _json), so this is a plain
// CREATE: no MERGE, no list arithmetic, no Eager steps — the bulk-load fast path.
//   row = {props: {...all properties...}}
UNWIND $rows AS row
CREATE (n:Entity:__LABEL__)
SET n = row.props
