// Which of the document ids $ids the graph already refers to (they have a :DocIndex): only
// those need the retract queries before a (re)load; a document new to the graph does not.
UNWIND $ids AS id
MATCH (d:DocIndex {id: id})
RETURN d.id AS id
