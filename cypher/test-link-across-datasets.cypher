// Tests only: a link from a node of one dataset to a node of another ($from, $to, $relId). No import writes one,
// so scope tests make it to show that search, expansion and counts do not cross into a dataset not chosen.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[:LINKED_TO {id: $relId, sources: a.sources, status: 'reported'}]->(b)
