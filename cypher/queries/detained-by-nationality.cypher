// ---
// title: Nationalities detained per crackdown
// description: For each crackdown, the countries whose nationals were reported detained, with the number where the source gives one.
// tags: [crackdowns, detentions]
// result: table
// columns: [crackdown, nationality, count, note, sources]
// ---
MATCH (e:Event)-[d:DETAINED]->(c:Country)
WHERE e.dataset IN $datasets
RETURN e.name AS crackdown, c.name AS nationality, d.count AS count, d.note AS note, d.sources AS sources
ORDER BY crackdown, count IS NULL, count DESC, nationality
