// ---
// title: Collusion paths between officials and compounds
// description: Each allegation of complicity or collusion, read from the party it accuses, through the allegation, to what it concerns. Only the parties the allegation names are shown, unless includeLinked asks for those linked to an accused party (who leads it, is part of it...), whose role column then says in words that they are not accused. A path is only as strong as its allegation, so read its status and grade.
// tags: [allegations, collusion, paths]
// result: graph
// columns: [path, party, role, concerns, allegation, status, credibility]
// params:
//   includeLinked:
//     type: boolean
//     default: false
//     description: Also show people and bodies linked to an accused party (LEADS, MEMBER_OF, PART_OF, OPERATES), labelled as not accused.
// ---
// The reserved $datasets (the explorer's dataset choice, the curated graph by default) bounds every node of a path.
// Issue 14: anchored on the scope's collusion allegations (index allegation_dataset), not on every official or every allegation:
// one short pattern per allegation stays fast beside large graphs.
CALL () {
  MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
  WHERE a.dataset IN $datasets AND a.category = 'complicity_collusion'
  MATCH path = (accused:Entity)<-[:AGAINST]-(a)-[:CONCERNS]->(target:Entity)
  WHERE accused.dataset IN $datasets AND target.dataset IN $datasets
  RETURN path, accused AS party, 'accused by the allegation' AS role, target, a
  UNION
  MATCH (a:Allegation) USING INDEX a:Allegation(dataset)
  WHERE $includeLinked AND a.dataset IN $datasets AND a.category = 'complicity_collusion'
  MATCH path = (linked:Entity)-[link:LEADS|MEMBER_OF|PART_OF|OPERATES]-(accused:Entity)<-[:AGAINST]-(a)-[:CONCERNS]->(target:Entity)
  WHERE (linked:Person OR linked:Organization) AND NOT EXISTS { (a)--(linked) }
    AND accused.dataset IN $datasets AND target.dataset IN $datasets AND linked.dataset IN $datasets
  WITH path, linked, a, target, accused, startNode(link) = linked AS towards, type(link) AS t
  RETURN path, linked AS party,
    'not accused; ' + CASE t
      WHEN 'LEADS' THEN CASE WHEN towards THEN 'leads' ELSE 'led by' END
      WHEN 'MEMBER_OF' THEN CASE WHEN towards THEN 'a member of' ELSE 'has as a member' END
      WHEN 'PART_OF' THEN CASE WHEN towards THEN 'part of' ELSE 'includes' END
      ELSE CASE WHEN towards THEN 'operates' ELSE 'operated by' END
    END + ' ' + CASE
      WHEN accused:Organization THEN 'the accused body'
      WHEN accused:Person THEN 'the accused person'
      ELSE 'the accused party'
    END AS role, target, a
}
RETURN path, party.name AS party, role, target.name AS concerns, a AS allegation, a.status AS status, a.credibility AS credibility
ORDER BY length(path), a.id, party
