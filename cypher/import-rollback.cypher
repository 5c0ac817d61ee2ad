// One batch of a rollback: removes up to $batch nodes of $dataset with their relationships, and says how many, so
// the caller can show progress and loop until none is left (each batch its own transaction, any size fits memory).
MATCH (n:Entity {dataset: $dataset})
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
