// One node element as an edit reads it: its properties, labels, the structure it owns (an allegation's outgoing
// parts, a source's incoming CITES) and the links it does not own, which a delete must not leave dangling.
MATCH (n:Entity {id: $id})
RETURN properties(n) AS props,
  COLLECT { MATCH (n)-[r:MADE_BY|AGAINST|CONCERNS|CITED_IN|RESPONDS_TO|SUPPORTS]->(m:Entity) RETURN {type: type(r), to: m.id, props: properties(r)} } AS parts,
  COLLECT { MATCH (c:Entity)-[:CITES]->(n) RETURN c.id } AS citedByEdges,
  COLLECT { MATCH (n)-[r]-(m)
    WHERE NOT ((startNode(r) = n AND type(r) IN ['MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS'])
      OR (endNode(r) = n AND type(r) = 'CITES'))
    RETURN coalesce(r.id, type(r)) LIMIT 5 } AS foreignLinks
