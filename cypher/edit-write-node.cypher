// Writes one node element: all its properties replaced by $props (version and lastChange included). $labels come from the NodeType allowlist.
MERGE (n:Entity {id: $id})
SET n = $props, n.updatedAt = datetime()
SET n:$($labels)
