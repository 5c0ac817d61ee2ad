// ---
// title: Everything linked to a province
// description: The province or place, what lies in it, and every event, compound or allegation within two steps of it — with the links that connect them.
// tags: [geography, overview]
// result: graph
// columns: [path]
// params:
//   place:
//     type: entity
//     default: prov-phnom-penh
//     description: A province or place, e.g. Phnom Penh, Poipet, Banteay Meanchey.
// ---
MATCH (p:Entity {id: $place})
WHERE (p:Province OR p:Place) AND p.dataset IN $datasets
MATCH path = (p)-[*1..2]-(x:Entity)
WHERE NOT x:Source
RETURN path
LIMIT 200
