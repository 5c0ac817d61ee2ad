// The view of the chosen datasets ($datasets) grouped by $by ('type' or 'dataset'), counted without fetching it:
// each group's members and the links among them, and the links between two groups by link type. Sources are the
// evidence behind the view, listed in the panel, not drawn (as datasets-graph.cypher). A link counts once, in the
// group of both ends or between the groups of its ends, so the counts add up to the view's links.
CALL () {
  MATCH (n:Entity)
  WHERE n.dataset IN $datasets AND NOT n:Source
  RETURN CASE $by WHEN 'type' THEN n.type ELSE n.dataset END AS key, count(n) AS members
}
WITH collect({key: key, members: members}) AS groups
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.dataset IN $datasets AND b.dataset IN $datasets AND NOT a:Source AND NOT b:Source
  WITH CASE $by WHEN 'type' THEN a.type ELSE a.dataset END AS from,
    CASE $by WHEN 'type' THEN b.type ELSE b.dataset END AS to, type(r) AS rel, count(r) AS links
  RETURN collect({from: from, to: to, rel: rel, links: links}) AS links
}
RETURN groups, links
