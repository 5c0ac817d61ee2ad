// Every relationship, for a backup or the content hash: its type, properties and the element ids of its ends.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, type(r) AS type, properties(r) AS props, elementId(b) AS end
