// The records of the listed documents (JSON of medgraph.models.DocumentRecord), e.g. to
// give each evidence item its document's source kind.
//   $ids: list of document ids
MATCH (d:Document)
WHERE d.id IN $ids AND d._record IS NOT NULL
RETURN d.id AS id, d._record AS record
