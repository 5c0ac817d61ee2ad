// One batch of an import ($rows: [{id, labels, props}]), committed with its progress counter ($run, $done).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.updatedAt = datetime()
SET n:$(row.labels)
WITH count(*) AS written
MATCH (r:ImportRun {id: $run})
SET r.nodesDone = $done
RETURN written
