// Every dataset in the graph with how many nodes it holds, for the dataset chooser: the curated graph, uploads,
// synthetic sets. Sources are not counted (an upload's own Source would make 4 uploaded nodes read as 5); an
// index scan on entity_dataset, so it stays a one-off cost even at 100k nodes. A dataset whose import or rollback
// has not finished is left out: reads refuse it until it is complete (server/datasets/complete-scope.ts).
MATCH (n:Entity)
WHERE n.dataset IS NOT NULL
WITH n.dataset AS dataset, count(CASE WHEN n:Source THEN null ELSE n END) AS nodes
WHERE NOT EXISTS { MATCH (r:ImportRun {dataset: dataset}) WHERE r.status <> 'complete' }
RETURN dataset, nodes
ORDER BY dataset
