// One loaded document's record, by id.
MATCH (d:Entity {id: $id})
WHERE d._record IS NOT NULL
RETURN d._record AS record
