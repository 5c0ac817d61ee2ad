// Always run after a measure, even when it failed or ran out of time: a projection holds heap until dropped.
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
