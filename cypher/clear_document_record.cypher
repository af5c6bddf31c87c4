// Unloading $id: it is no longer a loaded document (its node, if other documents still
// mention it, stays as an ordinary node).
MATCH (d:Entity {id: $id})
REMOVE d._record
