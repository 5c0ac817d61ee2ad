// Marks every run of $dataset 'rolling-back' before anything is deleted, so a rollback killed part-way is seen as
// unfinished (hidden from every read, finished by the next import or rollback) instead of passing for complete.
// A dataset without a run record gets one ($id), so even its interrupted delete is recorded.
CALL () {
  MATCH (r:ImportRun {dataset: $dataset})
  SET r.status = 'rolling-back', r.rollbackStartedAt = datetime()
  RETURN count(r) AS marked
}
CALL (marked) {
  WITH marked WHERE marked = 0
  CREATE (:ImportRun {id: $id, dataset: $dataset, status: 'rolling-back', nodesDone: 0, relsDone: 0, totalNodes: 0,
    totalRels: 0, startedAt: datetime(), rollbackStartedAt: datetime()})
}
RETURN marked
