// Create a batch of relationships of ONE type that cannot exist yet (one of their endpoints is
// a node created in the same load run). __TYPE__ as in upsert_edges.cypher (whitelist only).
// The store computes every property in Python exactly as upsert_edges.cypher would leave a new
// relationship (key, documents, ev_* parallel lists, props, _json): a plain CREATE.
//   row = {source, target, props: {...all properties...}}
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:__TYPE__]->(t)
SET r = row.props
