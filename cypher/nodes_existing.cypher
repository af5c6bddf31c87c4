// Which of $ids are nodes already in the graph (an edge may point at a node another document
// brought; an upsert referring to an unknown node is refused whole).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
