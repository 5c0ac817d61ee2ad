// Betweenness (Brandes), raw counts; the service normalises as the browser does. $samplingSize null means every
// node is a source (exact); a number samples that many sources with a fixed seed, for graphs too big to be exact.
CALL gds.betweenness.stream($graphName, CASE WHEN $samplingSize IS NULL THEN {} ELSE {samplingSize: $samplingSize, samplingSeed: 42} END)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
