// ---
// title: Shortest path between two entities
// description: How two entities are connected, hop by hop, within a hop limit. Every hop carries its sources; allegation hops carry the allegation's status.
// tags: [paths]
// result: graph
// columns: [path, hops]
// params:
//   from:
//     type: string
//     default: off-hun-manet
//     description: Id of the first entity.
//   to:
//     type: string
//     default: cmp-amnesty-investigated
//     description: Id of the second entity.
//   maxHops:
//     type: integer
//     default: 6
//     min: 1
//     max: 8
// ---
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = SHORTEST 1 (a)-[*1..8]-(b)
WHERE length(path) <= $maxHops
RETURN path, length(path) AS hops
