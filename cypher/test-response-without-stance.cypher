// Tests only: a RESPONDS_TO edge with no stance, as an import might write one, between two allegations of a fixture.
MATCH (r:Allegation {id: $from}), (a:Allegation {id: $to})
CREATE (r)-[:RESPONDS_TO {id: $relId, sources: $sources, status: 'reported'}]->(a)
