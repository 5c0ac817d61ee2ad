// Full-text search. $lucene is built by server/search/lucene.ts from escaped terms; $type may be null.
// $datasets (a list) keeps the hits inside the datasets chosen: the index is queried, then filtered, which stays
// cheap at 100k nodes because Lucene only yields nodes that match the words.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node.dataset IN $datasets
  AND ($type IS NULL OR node.type = $type OR $type IN labels(node))
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
