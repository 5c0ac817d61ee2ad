// ---
// title: Claims resting on sources we have not read
// description: Allegations cited in sources the project knows only because another source cites them, with the source that does the citing — where to go to check the original.
// tags: [sources, evidence gaps]
// result: table
// columns: [allegation, citedOnlySource, citedBy, note]
// ---
// Issue 14: anchored on the scope's allegations (index allegation_dataset), not on every allegation in the database,
// and expanded from them in a subquery, not joined against every source not held.
MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
WHERE a.dataset IN $datasets
// A subquery per allegation, so the planner expands from these few allegations rather than joining on every unheld source.
CALL (a) {
  MATCH (a)-[c:CITED_IN]->(s:Source {held: false})
  RETURN c, s
}
OPTIONAL MATCH (citer:Source)-[:CITES]->(s)
RETURN a.name AS allegation, s.name AS citedOnlySource, collect(citer.name) AS citedBy, c.note AS note
ORDER BY allegation
