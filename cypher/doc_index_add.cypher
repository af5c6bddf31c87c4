// Bookkeeping for retraction: remember which nodes list a document in `documents` and which
// relationships carry evidence from it. One :DocIndex node per document id referenced anywhere
// (loaded or only cited in evidence); not an :Entity, so it is never part of the graph answers.
//   row = {doc, nodes: [node ids], edge_sources: [source ids], edge_keys: [relationship keys]}
UNWIND $rows AS row
MERGE (d:DocIndex {id: row.doc})
  ON CREATE SET d.nodes = [], d.edge_sources = [], d.edge_keys = []
SET d.id = row.doc
WITH d, row, d.edge_keys AS had, d.nodes AS nodes
WITH d, row, nodes, [i IN range(0, size(row.edge_keys) - 1) WHERE NOT row.edge_keys[i] IN had] AS fresh
SET d.nodes = nodes + [n IN row.nodes WHERE NOT n IN nodes],
    d.edge_sources = d.edge_sources + [i IN fresh | row.edge_sources[i]],
    d.edge_keys = d.edge_keys + [i IN fresh | row.edge_keys[i]]
