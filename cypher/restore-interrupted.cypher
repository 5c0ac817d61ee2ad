// A restore cut short (killed outright) leaves its marker: the database then holds part of that backup.
MATCH (m:RestoreRun)
RETURN m.file AS file, m.startedAt AS startedAt
LIMIT 1
