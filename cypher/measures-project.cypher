// The network the measures panel measures, projected into GDS as $graphName for the chosen $datasets.
// The same network the browser measures (client/classroom/measures/graph.ts adjacency()): every entity of the scope
// except Sources (as GET /datasets/:name/graph draws a dataset), every link between two of them read both ways,
// repeated links one tie, self-loops dropped, and isolated entities kept (they count in n for closeness and
// betweenness, and share PageRank). Each unordered pair is sent once (elementId order) and made undirected by GDS.
MATCH (n:Entity)
WHERE n.dataset IN $datasets AND NOT n:Source
OPTIONAL MATCH (n)--(m:Entity)
WHERE m.dataset IN $datasets AND NOT m:Source AND elementId(n) < elementId(m)
WITH DISTINCT n, m
WITH gds.graph.project($graphName, n, m, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
