// Bench only: a bound on what this Neo4j can write, with no client and no file. $n nodes shaped like the
// synthetic people (same labels and properties), generated inside Cypher, in transactions of 10,000 rows.
UNWIND range(1, $n) AS i
CALL (i) {
  CREATE (n:Entity:Person)
  SET n.id = 'ceiling-' + toString(i), n.updatedAt = datetime(), n.type = 'Person',
    n.name = 'Synthetic Person ' + toString(i), n.aliases = ['SYN-' + toString(i)],
    n.description = 'Synthetic test data (person #' + toString(i) + '); not a real entity.',
    n.dataset = $dataset, n.sources = ['syn-source-' + toString(i % 1000)], n.named = true
} IN TRANSACTIONS OF 10000 ROWS
