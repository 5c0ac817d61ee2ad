// Bench only: a bound on what this Neo4j can write as relationships, with no client and no file. $m relationships
// shaped like the synthetic ones (id, status, sources; a few types) between the $n existing nodes that
// bench-ceiling-nodes.cypher wrote, each end found by its id through the Entity id index, as the import finds them.
// Each transaction writes one batch of 10,000 rows with one UNWIND, the shape of the import's own batches (a
// subquery per row made the first version of this "ceiling" half as fast as the import it bounds).
UNWIND range(0, ($m - 1) / 10000) AS batch
CALL (batch) {
  UNWIND range(batch * 10000 + 1, CASE WHEN (batch + 1) * 10000 < $m THEN (batch + 1) * 10000 ELSE $m END) AS i
  MATCH (a:Entity {id: 'ceiling-' + toString(1 + (i * 7919) % $n)})
  MATCH (b:Entity {id: 'ceiling-' + toString(1 + (i * 104729 + 13) % $n)})
  CREATE (a)-[r:$(['MEMBER_OF', 'OPERATES', 'LOCATED_IN', 'AGAINST', 'CITED_IN'][i % 5])]->(b)
  SET r.id = 'ceiling-rel-' + toString(i), r.status = 'alleged', r.sources = ['syn-source-' + toString(i % 1000)]
} IN TRANSACTIONS OF 1 ROW
