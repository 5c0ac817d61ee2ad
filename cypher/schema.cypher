// Schema, applied idempotently at every start (server/schema/apply.ts).
// Every node also carries :Entity, so one constraint serves lookups by id whatever the type.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT public_body_id IF NOT EXISTS FOR (n:PublicBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT compound_id IF NOT EXISTS FOR (n:Compound) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT scam_type_id IF NOT EXISTS FOR (n:ScamType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT allegation_id IF NOT EXISTS FOR (n:Allegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
// Which dataset a node came from: the curated graph, an import, synthetic data.
CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX allegation_status IF NOT EXISTS FOR (n:Allegation) ON (n.status);
// Search: names, aliases (a list of strings) and descriptions, with prefix and fuzzy matching. Eventually
// consistent, so a write does not wait for Lucene (imports measured ~20% faster); every writer of many nodes
// then waits for it with cypher/fulltext-refresh.cypher. Replaces the earlier, synchronous `entity_text`.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.description]
  OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } };
// Issue 14, saved queries at scale: a dataset index per label that saved queries start from, so a query scoped
// to the curated graph reads only its allegations or sources, not every one beside it (entity_dataset serves the rest).
CREATE INDEX allegation_dataset IF NOT EXISTS FOR (n:Allegation) ON (n.dataset);
CREATE INDEX source_dataset IF NOT EXISTS FOR (n:Source) ON (n.dataset);
// End of the issue 14 saved-queries block.
CALL db.awaitIndexes(120);
