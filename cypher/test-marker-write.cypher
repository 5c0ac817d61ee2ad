// Writes a marker node ($id) for the restart test on the tests' own scratch instance.
MERGE (n:Entity {id: $id})
SET n.dataset = 'restart-test', n.sources = ['test']
