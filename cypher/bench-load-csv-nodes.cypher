// Bench only: the same node rows as the import path, with the same properties and the same CREATE, through
// LOAD CSV in transactions of 10,000 rows (the import path's batch size).
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
CALL (row) {
  CREATE (n:$(split(row.labels, ';')))
  SET n.id = row.id, n.updatedAt = datetime(), n.type = row.type, n.name = row.name,
    n.aliases = coalesce(split(row.aliases, ';'), []), n.description = row.description, n.dataset = row.dataset,
    n.sources = split(row.sources, ';'), n.named = row.named = 'true', n.category = row.category,
    n.status = row.status, n.isOpinion = CASE row.isOpinion WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.credibility = toInteger(row.credibility), n.assertedOn = row.assertedOn, n.statusHistoryJson = row.statusHistoryJson,
    n.reliability = row.reliability, n.kind = row.kind, n.publisher = row.publisher,
    n.held = CASE row.held WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.citedBy = CASE WHEN row.type = 'Source' THEN coalesce(split(row.citedBy, ';'), []) END
} IN TRANSACTIONS OF 10000 ROWS
