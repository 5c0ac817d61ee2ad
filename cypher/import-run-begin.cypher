// Starts or finds an import run ($id, $dataset, $totalNodes, $totalRels, $inputHash): its counters say where to
// resume. A run being rolled back keeps that status: the caller finishes the rollback first (import-graph.ts).
MERGE (r:ImportRun {id: $id})
ON CREATE SET r.dataset = $dataset, r.status = 'running', r.nodesDone = 0, r.relsDone = 0,
  r.totalNodes = $totalNodes, r.totalRels = $totalRels, r.startedAt = datetime(), r.inputHash = $inputHash
SET r.status = CASE r.status WHEN 'complete' THEN 'complete' WHEN 'rolling-back' THEN 'rolling-back' ELSE 'running' END, r.error = null
RETURN r.status AS status, r.nodesDone AS nodesDone, r.relsDone AS relsDone, r.dataset AS dataset
