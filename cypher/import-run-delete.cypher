// Forgets the run records of a dataset ($dataset), after a rollback.
MATCH (r:ImportRun {dataset: $dataset})
DELETE r
