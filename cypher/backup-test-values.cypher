// Test only (tests/api/backup.test.ts): the synthetic elements' raw values and Cypher types, compared before and
// after a restore independently of the backup's own encoding.
CALL () {
  MATCH (n) WHERE n:SyntheticKinds OR n:SyntheticTwin OR n:`Synthetic Label With Spaces` OR n.id = 'synthetic-kinds-unlabelled'
  RETURN collect([labels(n), properties(n), [k IN keys(n) | k + ': ' + valueType(n[k])]]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b) WHERE type(r) STARTS WITH 'SYNTHETIC'
  RETURN collect([type(r), properties(r), [k IN keys(r) | k + ': ' + valueType(r[k])], labels(a), labels(b)]) AS relationships
}
RETURN nodes, relationships
