// ---
// title: Allegations against an entity, with their citations
// description: What is alleged against one entity, by whom, at what status and grade, and where each allegation is cited.
// tags: [allegations, evidence]
// result: graph
// columns: [allegation, against, accused, madeBy, claimant, citedIn, source]
// params:
//   entity:
//     type: string
//     default: pb-government-cambodia
//     description: Id of the accused entity.
// ---
MATCH (a:Allegation)-[against:AGAINST]->(accused:Entity {id: $entity})
MATCH (a)-[madeBy:MADE_BY]->(claimant)
MATCH (a)-[citedIn:CITED_IN]->(source:Source)
RETURN a AS allegation, against, accused, madeBy, claimant, citedIn, source
ORDER BY a.id, source.id
