// One page of a dataset's nodes for an export ($dataset), in id order after $after ('' for the first page), $limit rows.
MATCH (n:Entity {dataset: $dataset})
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
