// Mark nodes as loaded documents: _record is the DocumentRecord as JSON (documents()/document()).
//   row = {id, record}
UNWIND $rows AS row
MATCH (d:Entity {id: row.id})
SET d:Document, d._record = row.record
