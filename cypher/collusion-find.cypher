// Collusion paths: for each allegation of complicity or collusion in $datasets, the path from each party it
// accuses (AGAINST) through the allegation to each party it concerns (CONCERNS), with who makes it (MADE_BY).
// With $includeLinked, also the people and bodies one $linkTypes hop from an accused party that the allegation
// itself does not name (e.g. an office-holder who LEADS the accused body), each as its own longer path.
// $from / $to (null = any) must each be an end of the path, in either order; the service orients the path.
MATCH (a:Allegation:Entity {category: 'complicity_collusion'})-[against:AGAINST]->(accused:Entity)
WHERE a.dataset IN $datasets AND accused.dataset IN $datasets
MATCH (a)-[concerns:CONCERNS]->(target:Entity)
WHERE target.dataset IN $datasets
CALL (a, accused) {
  RETURN accused AS start, null AS link
  UNION
  MATCH (accused)-[link]-(start:Entity)
  WHERE $includeLinked AND type(link) IN $linkTypes AND (start:Person OR start:Organization)
    AND start.dataset IN $datasets AND NOT EXISTS { (a)--(start) }
  RETURN start, link
}
WITH a, against, concerns, accused, target, start, link
WHERE ($from IS NULL OR $from IN [start.id, target.id]) AND ($to IS NULL OR $to IN [start.id, target.id])
CALL (a) {
  OPTIONAL MATCH (a)-[madeBy:MADE_BY]->(maker:Entity)
  RETURN collect({rel: madeBy, node: maker}) AS makers
}
RETURN a AS allegation, against, concerns, accused, target, start, link,
  CASE WHEN link IS NULL THEN null ELSE startNode(link) = start END AS linkFromStart, makers
ORDER BY link IS NOT NULL, a.id, start.name, target.name
