// medgraph schema for Neo4j 5 (Community is enough). Idempotent: the Neo4j store runs every
// statement on connect. Statements are separated by ';' at the end of a line.
//
// Every node carries the label :Entity plus its own label (:Bureau, :Measure, ... :Document),
// so one uniqueness constraint on :Entity(id) makes every MERGE-by-id an index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// nodes(label) and counts() filter on the label property (the schema label, authoritative)
CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label);
// search(): CONTAINS over _search = lower(id + '\0' + name + '\0' + aliases...) (a TEXT index serves CONTAINS)
CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n._search);
// (no FULLTEXT index: Lucene's analyzers split Chinese into single characters, and it slowed
// bulk writes by ~10% in benchmarks/neo4j_batch.py; use CONTAINS on _search, or add one yourself)
// one relationship per Edge.key (source|type|target|role) for each relationship type
CREATE CONSTRAINT issued_key IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT leads_key IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT targets_key IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT funds_key IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT supersedes_key IF NOT EXISTS FOR ()-[r:SUPERSEDES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reports_to_key IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT preceded_by_key IF NOT EXISTS FOR ()-[r:PRECEDED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reports_on_key IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() REQUIRE r.key IS UNIQUE;
// bookkeeping, not part of the graph: which nodes / relationships may carry a document's id
// (a superset; the store re-checks), so retracting a document never scans the whole graph
CREATE CONSTRAINT docindex_id IF NOT EXISTS FOR (d:DocIndex) REQUIRE d.id IS UNIQUE;
// owners by number: measures_numbered.cypher
CREATE INDEX measure_number IF NOT EXISTS FOR (n:Measure) ON (n.number);
// owners by number within one policy (owners_bundle.cypher, measures_numbered.cypher with a
// policy): a direct seek instead of every measure with that number (~10 per policy at 10k docs)
CREATE INDEX measure_policy_number IF NOT EXISTS FOR (n:Measure) ON (n.policy, n.number);
