// Every node of an imported dataset ($dataset) except its upload Source, the links among them, and that Source.
// Uploads are capped in size, so the whole dataset fits one answer.
MATCH (n:Entity {dataset: $dataset})
WHERE NOT n:Source
WITH n ORDER BY n.name, n.id
WITH collect(n) AS nodes
CALL () {
  MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity {dataset: $dataset})
  WHERE NOT a:Source AND NOT b:Source
  RETURN collect({rel: r, from: a.id, to: b.id}) AS edges
}
CALL () {
  MATCH (s:Source {dataset: $dataset})
  RETURN collect(s) AS sources
}
RETURN nodes, edges, sources
