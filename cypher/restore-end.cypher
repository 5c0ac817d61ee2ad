// A restore has written everything: its marker goes (the backup's content never holds one).
MATCH (m:RestoreRun)
DELETE m
