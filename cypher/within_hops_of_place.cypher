// title: Everything within N hops of a place
// description: Every entity connected to the place $id by at most $hops relationships (1-3, in
// description: either direction), with the nearest path's relationship types and its first quote.
// param: id string district-yizhuang | the place's id
// param: hops integer 2 | how many relationships away (1 to 3)
MATCH p = (place:Entity {id: $id})-[*1..3]-(x:Entity)
WHERE x <> place AND length(p) <= $hops
WITH x, p ORDER BY length(p)
WITH x, collect(p)[0] AS p
RETURN x.id AS id, x.label AS label, x.name AS name, length(p) AS hops,
       [r IN relationships(p) | type(r)] AS types, [r IN relationships(p) | r.ev_quote[0]] AS quotes
ORDER BY hops, label, id
LIMIT 500
