// Bench only: the same relationship rows as the import path, through LOAD CSV.
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.id = row.id, r.status = row.status, r.sources = split(row.sources, ';')
} IN TRANSACTIONS OF 10000 ROWS
