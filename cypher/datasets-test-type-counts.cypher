// For tests: the nodes of one dataset ($dataset) by type, Sources left out as the whole-scope view leaves them out,
// and the links among them, counted straight from the graph to check what the page shows.
CALL () {
  MATCH (n:Entity {dataset: $dataset})
  WHERE NOT n:Source
  WITH n.type AS type, count(n) AS nodes
  RETURN collect({type: type, nodes: nodes}) AS types
}
CALL () {
  MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity {dataset: $dataset})
  WHERE NOT a:Source AND NOT b:Source
  RETURN count(r) AS edges
}
RETURN types, edges
