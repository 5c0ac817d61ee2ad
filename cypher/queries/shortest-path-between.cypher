// ---
// title: Shortest path between two entities
// description: How two entities are connected, hop by hop, within a hop limit. Every hop carries its sources; allegation hops carry the allegation's status.
// tags: [paths]
// result: graph
// columns: [path, hops, allegationStatuses]
// params:
//   from:
//     type: entity
//     default: off-hun-manet
//     description: The first entity.
//   to:
//     type: entity
//     default: cmp-amnesty-investigated
//     description: The second entity.
//   maxHops:
//     type: integer
//     default: 6
//     min: 1
//     max: 8
// ---
// No relationship crosses datasets (imports prefix their ids), so scoping both ends scopes the whole path.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.dataset IN $datasets AND b.dataset IN $datasets
MATCH path = SHORTEST 1 (a)-[*1..8]-(b)
WHERE length(path) <= $maxHops
RETURN path, length(path) AS hops,
  [n IN nodes(path) WHERE n:Allegation | n.name + ': ' + n.status] AS allegationStatuses
