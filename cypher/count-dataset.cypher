// How many nodes a dataset holds ($dataset).
MATCH (n:Entity {dataset: $dataset})
RETURN count(n) AS nodes
