// One node by id, with the allegations it makes, faces, or is the subject of.
MATCH (n:Entity {id: $id})
RETURN n AS node,
  COLLECT { MATCH (a:Allegation)-[:MADE_BY]->(n) RETURN a ORDER BY a.id } AS made,
  COLLECT { MATCH (a:Allegation)-[:AGAINST]->(n) RETURN a ORDER BY a.id } AS against,
  COLLECT { MATCH (a:Allegation)-[:CONCERNS]->(n) RETURN a ORDER BY a.id } AS about,
  COLLECT { MATCH (n)-[c:CITED_IN]->(s:Source) RETURN {source: s, note: c.note} ORDER BY s.id } AS citedIn
