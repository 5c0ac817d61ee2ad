// What still rests on source $id in its dataset (nodes' and links' `sources`, status histories): a delete must not leave it dangling.
CALL () {
  MATCH (m:Entity {dataset: $dataset})
  WHERE m.id <> $id AND ($id IN m.sources OR m.statusHistoryJson CONTAINS ('"' + $id + '"'))
  RETURN m.id AS citer
  UNION
  MATCH (:Entity {dataset: $dataset})-[r]->()
  WHERE $id IN r.sources
  RETURN r.id AS citer
}
RETURN citer LIMIT 5
