// Elements that break the evidence rule: nodes (other than sources) or relationships with no sources,
// and allegations with no citation or no one making them. Must return nothing on a healthy graph.
CALL () {
  MATCH (n:Entity) WHERE NOT n:Source AND coalesce(size(n.sources), 0) = 0
  RETURN 'node ' + n.id AS problem
  UNION
  MATCH ()-[r]->() WHERE coalesce(size(r.sources), 0) = 0
  RETURN 'relationship ' + coalesce(r.id, elementId(r)) AS problem
  UNION
  MATCH (a:Allegation) WHERE NOT (a)-[:CITED_IN]->(:Source)
  RETURN 'uncited allegation ' + a.id AS problem
  UNION
  MATCH (a:Allegation) WHERE NOT (a)-[:MADE_BY]->()
  RETURN 'allegation without a claimant ' + a.id AS problem
}
RETURN problem
ORDER BY problem
