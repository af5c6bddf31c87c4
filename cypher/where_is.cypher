// title: Where something is
// description: The places an entity (a park, a platform, a product, an organisation) is located
// description: in, up to two LOCATED_IN hops (a park in a zone in a district), with the quotes.
// param: id string platform-biopark | the entity's id
MATCH p = (x:Entity {id: $id})-[:LOCATED_IN*1..2]->(place:District)
RETURN place.id AS place, place.name AS name, length(p) AS hops,
       [r IN relationships(p) | r.ev_quote[0]] AS quotes, [r IN relationships(p) | r.ev_document[0]] AS documents
ORDER BY hops, place
