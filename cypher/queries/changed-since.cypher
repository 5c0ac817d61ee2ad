// ---
// title: What changed since a date
// description: Entities and allegations written or updated on or after a date, newest first — what to re-read after a new load.
// tags: [changes]
// result: table
// columns: [id, name, type, dataset, updatedAt]
// params:
//   since:
//     type: date
//     default: 2020-01-01
// ---
MATCH (n:Entity)
WHERE n.dataset IN $datasets AND n.updatedAt >= datetime($since)
RETURN n.id AS id, n.name AS name, n.type AS type, n.dataset AS dataset, toString(n.updatedAt) AS updatedAt
ORDER BY n.updatedAt DESC, id
LIMIT 500
