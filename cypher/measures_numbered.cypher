// Measures numbered $number, of policy $policy when given (exact id; null = any policy).
// The /owners-by-number path; served by the measure_number index.
MATCH (n:Measure)
WHERE n.number = $number AND ($policy IS NULL OR n.policy = $policy)
RETURN properties(n) AS node
