// How much a dataset export ($dataset) will write: its nodes, the links among them, and links that leave the dataset
// (an export holds one dataset, so those are left out and said so).
MATCH (n:Entity {dataset: $dataset})
WITH count(n) AS nodes
CALL () {
  MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
  RETURN count(CASE WHEN b.dataset = $dataset THEN r END) AS relationships, count(CASE WHEN b.dataset <> $dataset THEN r END) AS outside
}
RETURN nodes, relationships, outside
