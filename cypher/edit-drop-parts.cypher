// Removes the structure node $id owns (an allegation's parts, a source's incoming CITES) before it is written again.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r:MADE_BY|AGAINST|CONCERNS|CITED_IN|RESPONDS_TO|SUPPORTS]->()
DELETE r
WITH DISTINCT n
OPTIONAL MATCH (:Entity)-[c:CITES]->(n)
DELETE c
