// Moves an import run's counters ($run) to the end of the batch just written ($nodesDone, $relsDone; null keeps
// one as it is), in that batch's own transaction, so a counter always marks the rows committed.
MATCH (r:ImportRun {id: $run})
SET r.nodesDone = coalesce($nodesDone, r.nodesDone), r.relsDone = coalesce($relsDone, r.relsDone)
