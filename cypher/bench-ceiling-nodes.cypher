// Bench only: a bound on what this Neo4j can write, with no client and no file. $n nodes shaped like the
// synthetic people (same labels and properties), generated inside Cypher. Each transaction writes one batch of
// 10,000 rows with one UNWIND, the shape of the import's own batches: a subquery per row (the first version of
// this file) made the "ceiling" slower than the import it bounds.
UNWIND range(0, ($n - 1) / 10000) AS batch
CALL (batch) {
  UNWIND range(batch * 10000 + 1, CASE WHEN (batch + 1) * 10000 < $n THEN (batch + 1) * 10000 ELSE $n END) AS i
  CREATE (n:Entity:Person)
  SET n.id = 'ceiling-' + toString(i), n.updatedAt = datetime(), n.type = 'Person',
    n.name = 'Synthetic Person ' + toString(i), n.aliases = ['SYN-' + toString(i)],
    n.description = 'Synthetic test data (person #' + toString(i) + '); not a real entity.',
    n.dataset = $dataset, n.sources = ['syn-source-' + toString(i % 1000)], n.named = true
} IN TRANSACTIONS OF 1 ROW
