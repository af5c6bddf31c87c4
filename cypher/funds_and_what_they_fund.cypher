// title: Funds and what they fund
// description: Every fund with its size (亿元) as stated, the umbrella fund it is part of, and what
// description: it funds (measures, platforms, products, organisations) with the quote.
MATCH (f:Fund)
OPTIONAL MATCH (f)-[:PART_OF]->(parent:Fund)
OPTIONAL MATCH (f)-[r:FUNDS]->(x:Entity)
RETURN f.id AS fund, f.name AS name, f.amount_yi AS amount_yi, parent.name AS part_of,
       x.id AS funds_id, x.label AS funds_label, x.name AS funds_name, r.ev_quote[0] AS quote
ORDER BY fund, funds_id
LIMIT 1000
