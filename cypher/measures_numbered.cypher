// Measures numbered $number (the /owners-by-number path; served by the measure_number index).
MATCH (n:Measure)
WHERE n.number = $number
RETURN properties(n) AS node
