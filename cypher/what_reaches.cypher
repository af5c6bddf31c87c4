// title: What reaches a place or an entity
// description: Measures that target it, funds that fund what sits there, products and platforms
// description: located there: paths of up to 3 hops ending at $id, shortest first.
// param: id string district-yizhuang | the entity's id (a district, a park, a product …)
// What reaches an entity (e.g. Yizhuang, 'district-yizhuang'): measures that target it,
// funds that fund what sits there, products and platforms located there — shortest first.
// Parameter: $id. The hop bound (3) is fixed in the text: Cypher cannot parameterise it.
MATCH p = (x:Entity)-[:TARGETS|FUNDS|LOCATED_IN|PART_OF*1..3]->(target:Entity {id: $id})
WHERE x <> target
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r.ev_quote[0]] AS first_quotes, length(p) AS hops
ORDER BY hops, path
LIMIT 100
