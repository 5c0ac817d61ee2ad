// One batch of an import, packed by server/import/packed-batch.ts ($text, $keys); cypher/import-run-progress.cypher
// moves the run's counter in the same transaction. CREATE, not MERGE: ids are new to the graph (the id constraint
// refuses a clash), and a batch commits with its counter, so a resumed run never writes a batch twice.
UNWIND split($text, '\u001e') AS record
WITH split(record, '\u001f') AS cell
CREATE (n:$(split(cell[1], '\u001d')))
SET n.id = cell[0], n.updatedAt = datetime()
WITH n, cell
CALL (n, cell) {
  UNWIND range(0, size($keys) - 1) AS k
  WITH n, $keys[k] AS key, cell[k + 2] AS v
  WHERE v <> ''
  WITH n, key, left(v, 1) AS tag, substring(v, 1) AS body
  SET n[key] = CASE tag
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
