// Upserts nodes by id. $rows: [{id, labels: [...], props: {...}}]. Labels come from the NodeType allowlist.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.updatedAt = datetime()
SET n:$(row.labels)
