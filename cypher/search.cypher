// Full-text search. $lucene is built by server/search/lucene.ts from escaped terms; $type may be null.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE $type IS NULL OR node.type = $type OR $type IN labels(node)
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
