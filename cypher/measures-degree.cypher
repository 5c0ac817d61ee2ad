// Degree: how many different entities each is linked to (the projection has one undirected tie per pair).
CALL gds.degree.stream($graphName) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
