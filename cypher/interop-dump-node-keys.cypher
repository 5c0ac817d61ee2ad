// Every property key a dataset's nodes ($dataset) use, with the kinds of value each holds (valueType), so text
// formats can declare their keys before the first row.
MATCH (n:Entity {dataset: $dataset})
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS kinds
