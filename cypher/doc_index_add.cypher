// Bookkeeping for retraction: remember which nodes list a document in `documents` and which
// relationships carry evidence from it (by key; retract_edges_* find them with key-index
// seeks). One :DocIndex node per document id referenced anywhere (loaded or only cited in
// evidence); not an :Entity, so it is never part of the graph answers.
//   row = {doc, nodes: [node ids], edge_keys: [relationship keys]}
UNWIND $rows AS row
MERGE (d:DocIndex {id: row.doc})
  ON CREATE SET d.nodes = [], d.edge_keys = []
SET d.id = row.doc
WITH d, row, d.edge_keys AS had, d.nodes AS nodes
SET d.nodes = nodes + [n IN row.nodes WHERE NOT n IN nodes],
    d.edge_keys = had + [k IN row.edge_keys WHERE NOT k IN had]
