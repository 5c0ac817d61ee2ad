// Every node, for a backup or the content hash (server/backup/read-graph.ts): its element id (only to join the
// relationships read next, in the same transaction), labels and properties.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
