// Every property key the links inside a dataset ($dataset) use, with the kinds of value each holds (valueType).
MATCH (:Entity {dataset: $dataset})-[r]->(:Entity {dataset: $dataset})
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS kinds
