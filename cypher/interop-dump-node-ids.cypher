// One page of a dataset's node ids ($dataset), in id order after $after, $limit of them: the export's walk over the
// links, page by page of their start nodes, without reading the nodes' properties a second time.
MATCH (n:Entity {dataset: $dataset})
WHERE n.id > $after
WITH n.id AS id ORDER BY id LIMIT $limit
RETURN id
