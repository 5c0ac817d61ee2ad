// ---
// title: Sources by reliability
// description: Every source with its Admiralty reliability grade, whether the project holds it or knows it only as cited, and how many claims and facts rest on it.
// tags: [sources, grading]
// result: table
// columns: [source, reliability, held, citedBy, allegationsCiting, factsCiting]
// params:
//   weakestReliability:
//     type: string
//     default: F
//     allowed: [A, B, C, D, E, F]
//     description: Include grades from A down to this one.
// ---
MATCH (s:Source)
WHERE s.reliability <= $weakestReliability
RETURN s.name AS source, s.reliability AS reliability, s.held AS held, s.citedBy AS citedBy,
  COUNT { (:Allegation)-[:CITED_IN]->(s) } AS allegationsCiting,
  COUNT { MATCH ()-[r]->() WHERE NOT r:CITED_IN AND s.id IN r.sources RETURN r } AS factsCiting
ORDER BY reliability, source
