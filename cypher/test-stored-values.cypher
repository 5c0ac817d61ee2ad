// Tests: what an import stored for a node ($nodeId) and a relationship ($relId), to compare with what was sent.
MATCH (n:Entity {id: $nodeId})
OPTIONAL MATCH ()-[r {id: $relId}]->()
RETURN labels(n) AS labels, properties(n) AS node, type(r) AS relType, properties(r) AS rel
