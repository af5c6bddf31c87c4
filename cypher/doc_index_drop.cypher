// After retracting document $doc nothing references it any more: drop its bookkeeping node.
MATCH (d:DocIndex {id: $doc})
DELETE d
