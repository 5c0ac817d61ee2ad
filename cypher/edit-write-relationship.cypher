// Writes one factual relationship: all its properties replaced by $props. $type comes from the RelType allowlist.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type) {id: $id}]->(b)
SET r = $props
