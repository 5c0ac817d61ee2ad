// ---
// title: Everything linked to a province
// description: The province or place, what lies in it, and every event, compound or allegation within two steps of it — with the links that connect them.
// tags: [geography, overview]
// result: graph
// columns: [path]
// params:
//   place:
//     type: string
//     default: prov-phnom-penh
//     description: Id of a Province or Place, e.g. prov-phnom-penh, place-poipet, prov-banteay-meanchey.
// ---
MATCH (p:Entity {id: $place})
WHERE p:Province OR p:Place
MATCH path = (p)-[*1..2]-(x:Entity)
WHERE NOT x:Source
RETURN path
LIMIT 200
