// Whether the database a restore writes into is empty, and whether an earlier restore was cut short in it.
CALL () { MATCH (n) RETURN count(n) AS nodes }
OPTIONAL MATCH (m:RestoreRun)
RETURN nodes, collect(m.file) AS interrupted
