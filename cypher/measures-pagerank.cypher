// PageRank as the browser's: damping 0.85, run to convergence, scaled to sum to 1 (L1Norm). On an undirected graph
// GDS's raw scores sum to n - 0.85 * (isolated nodes), so L1Norm gives the browser's dangling-mass-shared figures.
CALL gds.pageRank.stream($graphName, {dampingFactor: 0.85, maxIterations: 500, tolerance: 1e-12, scaler: 'L1Norm'})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
