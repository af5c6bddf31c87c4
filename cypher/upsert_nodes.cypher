// Merge a batch of nodes of ONE label. __LABEL__ is replaced by the store with a label from the
// fixed schema whitelist (medgraph.models.LABELS), never with user text: Cypher 5 cannot take a
// label as a parameter. Rows are pre-merged per id by the store:
//   row = {id, label, name, head: lower(id+'\0'+name), aliases: [[alias, '\0'+lower(alias)], ...],
//          documents: [...], props: {flattened, non-empty}, json: [keys JSON-encoded], plain: [other keys]}
// Semantics (same as the embedded store): label and name are set once, on creation; aliases
// and documents are unions (aliases keep first-seen order); non-empty props overwrite.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:__LABEL__, n.label = row.label, n.name = row.name,
                n.aliases = [], n.documents = [], n._search = row.head
// a write first: takes the node's lock before the read-modify-write below (concurrent loads)
SET n.id = row.id
// lists read into variables once, not once per element tested against them
WITH n, row, n.aliases AS had, n.documents AS docs
WITH n, row, had, docs, [a IN row.aliases WHERE NOT a[0] IN had] AS fresh
SET n.aliases = had + [a IN fresh | a[0]],
    n._search = n._search + reduce(s = '', a IN fresh | s + a[1]),
    n.documents = docs + [d IN row.documents WHERE NOT d IN docs],
    n += row.props
WITH n, row
WHERE size(row.json) > 0 OR n._json IS NOT NULL
SET n._json = [k IN coalesce(n._json, []) WHERE NOT k IN row.plain] +
              [k IN row.json WHERE NOT k IN coalesce(n._json, [])]
