// Which of $datasets have an import run that is not complete (running, failed, or rolling back): no read may see
// them until it is. A handful of ImportRun nodes, so a label scan costs nothing next to the read it guards.
MATCH (r:ImportRun)
WHERE r.dataset IN $datasets AND r.status <> 'complete'
RETURN r.dataset AS dataset, collect(DISTINCT r.status)[0] AS status
ORDER BY dataset
