// Removes everything an import wrote ($dataset), in batches so any size fits in memory. Needs an auto-commit transaction.
MATCH (n:Entity {dataset: $dataset})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
