// Bench only: the same node rows as the import path, through LOAD CSV, in transactions of $batch rows.
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  SET n.type = row.type, n.name = row.name, n.aliases = split(row.aliases, ';'), n.description = row.description,
    n.dataset = row.dataset, n.sources = split(row.sources, ';'), n.named = true, n.status = row.status,
    n.category = row.category, n.credibility = toInteger(row.credibility), n.reliability = row.reliability,
    n.updatedAt = datetime()
  SET n:$(split(row.labels, ';'))
} IN TRANSACTIONS OF 10000 ROWS
