// One batch of relationships ($rows: [{id, type, from, to, props}]) with its progress counter ($run, $done).
// CREATE, not MERGE: a batch commits with its counter, so a resumed run never writes a batch twice.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH count(*) AS written
MATCH (run:ImportRun {id: $run})
SET run.relsDone = $done
RETURN written
