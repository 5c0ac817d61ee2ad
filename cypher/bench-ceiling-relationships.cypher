// Bench only: a bound on what this Neo4j can write as relationships, with no client and no file. $m relationships
// shaped like the synthetic ones (id, status, sources; a few types) between the $n existing nodes that
// bench-ceiling-nodes.cypher wrote, each end found by its id through the Entity id index, as the import finds them.
// Rows generated inside Cypher, in transactions of 10,000 rows (the import path's batch size).
UNWIND range(1, $m) AS i
CALL (i) {
  MATCH (a:Entity {id: 'ceiling-' + toString(1 + (i * 7919) % $n)})
  MATCH (b:Entity {id: 'ceiling-' + toString(1 + (i * 104729 + 13) % $n)})
  CREATE (a)-[r:$(['MEMBER_OF', 'OPERATES', 'LOCATED_IN', 'AGAINST', 'CITED_IN'][i % 5])]->(b)
  SET r.id = 'ceiling-rel-' + toString(i), r.status = 'alleged', r.sources = ['syn-source-' + toString(i % 1000)]
} IN TRANSACTIONS OF 10000 ROWS
