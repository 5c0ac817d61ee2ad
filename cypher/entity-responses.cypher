// The responses recorded to one allegation (denials, disputes, repetitions, support), each with who made it and where it is cited.
MATCH (r:Allegation)-[rel:RESPONDS_TO|SUPPORTS]->(:Allegation {id: $id})
RETURN r AS response, rel.stance AS stance, type(rel) AS relType,
  COLLECT { MATCH (r)-[:MADE_BY]->(m:Entity) RETURN m ORDER BY m.id } AS madeBy,
  COLLECT { MATCH (r)-[c:CITED_IN]->(s:Source) RETURN {source: s, note: c.note} ORDER BY s.id } AS citedIn
ORDER BY coalesce(r.assertedOn, '9999'), r.id
