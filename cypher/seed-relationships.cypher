// Upserts relationships by id. $rows: [{id, type, from, to, props}]. Types come from the RelType allowlist.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
