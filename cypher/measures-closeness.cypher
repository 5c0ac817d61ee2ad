// Closeness with Wasserman–Faust's correction for graphs in pieces, as the browser's (networkx's wf_improved).
CALL gds.closeness.stream($graphName, {useWassermanFaust: true}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
