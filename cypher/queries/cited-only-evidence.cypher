// ---
// title: Claims resting on sources we have not read
// description: Allegations cited in sources the project knows only because another source cites them, with the source that does the citing — where to go to check the original.
// tags: [sources, evidence gaps]
// result: table
// columns: [allegation, citedOnlySource, citedBy, note]
// ---
MATCH (a:Allegation)-[c:CITED_IN]->(s:Source {held: false})
WHERE a.dataset IN $datasets
OPTIONAL MATCH (citer:Source)-[:CITES]->(s)
RETURN a.name AS allegation, s.name AS citedOnlySource, collect(citer.name) AS citedBy, c.note AS note
ORDER BY allegation
