// Removes the nodes of the datasets in $rows ([{dataset}]) and their relationships.
UNWIND $rows AS row
MATCH (n:Entity {dataset: row.dataset})
DETACH DELETE n
