// The run records of dataset $dataset, with their status and counters: where an import stands, and whether a
// rollback was interrupted. Also counts the dataset's nodes, for progress and messages.
OPTIONAL MATCH (r:ImportRun {dataset: $dataset})
WITH collect(r {.id, .status, .nodesDone, .relsDone, .totalNodes, .totalRels, .inputHash}) AS runs
RETURN runs, COUNT { MATCH (n:Entity {dataset: $dataset}) } AS nodes
