// :DocIndex rows for documents the graph did not refer to before (see doc_index_add.cypher for
// the merging variant and what the lists mean).
//   row = {id, nodes, edge_keys}
UNWIND $rows AS row
CREATE (d:DocIndex)
SET d = row
