// Mark node $id as a loaded document: _record is the DocumentRecord as JSON (documents()/document()).
MATCH (d:Entity {id: $id})
SET d:Document, d._record = $record
