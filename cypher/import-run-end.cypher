// Marks an import run complete or failed ($id, $status, $error).
MATCH (r:ImportRun {id: $id})
SET r.status = $status, r.error = $error, r.endedAt = datetime()
