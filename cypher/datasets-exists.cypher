// Whether anything of dataset $dataset is in the graph: nodes, or the record of an import run.
RETURN EXISTS { MATCH (:Entity {dataset: $dataset}) } OR EXISTS { MATCH (:ImportRun {dataset: $dataset}) } AS exists
