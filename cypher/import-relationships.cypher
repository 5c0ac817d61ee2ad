// One batch of relationships, packed by server/import/packed-batch.ts ($text, $keys); cypher/import-run-progress.cypher
// moves the run's counter in the same transaction. CREATE, not MERGE: a batch commits with its counter, so a resumed
// run never writes a batch twice.
// A record whose end is missing matches nothing; the caller compares `written` with the batch size.
UNWIND split($text, '\u001e') AS record
WITH split(record, '\u001f') AS cell
MATCH (a:Entity {id: cell[2]})
MATCH (b:Entity {id: cell[3]})
CREATE (a)-[r:$(cell[1])]->(b)
SET r.id = cell[0]
WITH r, cell
CALL (r, cell) {
  UNWIND range(0, size($keys) - 1) AS k
  WITH r, $keys[k] AS key, cell[k + 4] AS v
  WHERE v <> ''
  WITH r, key, left(v, 1) AS tag, substring(v, 1) AS body
  SET r[key] = CASE tag
    WHEN 's' THEN body
    WHEN 'i' THEN toInteger(body)
    WHEN 'f' THEN toFloat(body)
    WHEN 'b' THEN body = 'true'
    WHEN 'L' THEN []
    WHEN 'l' THEN split(body, '\u001d')
    WHEN 'n' THEN [x IN split(body, '\u001d') | toInteger(x)]
    WHEN 'g' THEN [x IN split(body, '\u001d') | toFloat(x)]
    WHEN 'c' THEN [x IN split(body, '\u001d') | x = 'true']
  END
}
RETURN count(*) AS written
