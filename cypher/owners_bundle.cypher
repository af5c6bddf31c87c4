// Everything /owners reads in one round trip (instead of ~12 store calls): the node with id
// $id; the measure asked for, which is that node if it is a Measure, else the one Measure
// numbered $number of the Policy with id $policy (null when there is none or several, or
// $number / $policy is null: the caller then resolves as usual); the LEADS relationships
// entering that measure with their source nodes; and every REPORTS_TO relationship leaving a
// node up to __UP__ REPORTS_TO hops above a lead, with its target node, from which
// queries._chain picks the chain exactly as it does with per-hop edges() calls.
// __UP__ is the integer CHAIN_DEPTH - 1 (medgraph.store.base), written in by the store (a
// variable-length bound cannot be a parameter). Seeks use the entity_id and measure_number
// indexes; the rest are typed expansions, so a bureau's thousands of LEADS are never read.
// Bureaus and chain nodes come as id, label and name only: /owners shows nothing else, and
// their `documents` lists (hundreds of ids on a 1k-document store) halved the client's and
// the server's CPU per call when sent whole.
// Also returned, so the answer can say since when the measure is in force and what kind of
// source each quote is (medgraph.validity, queries.SourceKinds) without more round trips:
// the measure's policy, the policies that SUPERSEDE it, and the records (JSON) of the
// documents quoted by the LEADS and REPORTS_TO relationships.
OPTIONAL MATCH (n:Entity {id: $id})
WITH n, COLLECT {
  MATCH (p:Entity {id: $policy})
  WHERE p.label = 'Policy'
  MATCH (x:Measure)
  WHERE x.number = $number AND x.policy = p.id
  RETURN x
} AS numbered
WITH n, CASE WHEN n:Measure THEN n WHEN size(numbered) = 1 THEN numbered[0] END AS m
RETURN properties(n) AS node,
       properties(m) AS measure,
       COLLECT {
         MATCH (b:Entity)-[l:LEADS]->(m)
         RETURN {source: b.id, rel: properties(l), node: b {.id, .label, .name}}
       } AS leads,
       COLLECT {
         MATCH (m)<-[:LEADS]-(:Entity)-[:REPORTS_TO*0..__UP__]->(x:Entity)
         WITH DISTINCT x
         MATCH (x)-[r:REPORTS_TO]->(y:Entity)
         RETURN {source: x.id, target: y.id, rel: properties(r), node: y {.id, .label, .name}}
       } AS ups,
       COLLECT { MATCH (p:Entity {id: m.policy}) RETURN properties(p) } AS policy,
       COLLECT { MATCH (s:Entity)-[:SUPERSEDES]->(:Entity {id: m.policy}) RETURN properties(s) } AS successors,
       COLLECT {
         MATCH (:Entity)-[l:LEADS]->(m)
         UNWIND l.documents AS d
         WITH DISTINCT d
         MATCH (dn:Entity {id: d})
         WHERE dn._record IS NOT NULL
         RETURN {id: dn.id, record: dn._record}
       } AS lead_docs,
       COLLECT {
         MATCH (m)<-[:LEADS]-(:Entity)-[:REPORTS_TO*0..__UP__]->(:Entity)-[r:REPORTS_TO]->(:Entity)
         UNWIND r.documents AS d
         WITH DISTINCT d
         MATCH (dn:Entity {id: d})
         WHERE dn._record IS NOT NULL
         RETURN {id: dn.id, record: dn._record}
       } AS chain_docs
