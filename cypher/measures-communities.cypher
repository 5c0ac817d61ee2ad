// Communities by Louvain; the service numbers them by size (0 the largest), as the browser does.
CALL gds.louvain.stream($graphName) YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS score
