// Every node of the chosen datasets ($datasets) but their Sources, and the links among them: a whole scope as one
// view. The service counts it first (datasets-view-groups.cypher) and refuses one past its cap, so this answer is bounded.
MATCH (n:Entity)
WHERE n.dataset IN $datasets AND NOT n:Source
WITH collect(n) AS nodes
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.dataset IN $datasets AND b.dataset IN $datasets AND NOT a:Source AND NOT b:Source
  RETURN collect({rel: r, from: a.id, to: b.id}) AS edges
}
RETURN nodes, edges
