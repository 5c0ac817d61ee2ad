// Every node's labels and properties and every relationship's type, properties and ends (by id):
// the outage test hashes this before a kill -9 and after the restart.
CALL () { MATCH (n) RETURN collect([labels(n), properties(n)]) AS nodes }
CALL () { MATCH (a)-[r]->(b) RETURN collect([type(r), properties(r), a.id, b.id]) AS relationships }
RETURN nodes, relationships
