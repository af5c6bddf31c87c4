// Every loaded document's record (JSON of medgraph.models.DocumentRecord).
MATCH (d:Document)
WHERE d._record IS NOT NULL
RETURN d.id AS id, d._record AS record
