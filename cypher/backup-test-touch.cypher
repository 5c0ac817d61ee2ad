// Test only (tests/api/backup.test.ts): a write that changes no count (one property of a synthetic node), so only
// the backup's bookmark comparison can tell that it landed during the read.
MATCH (n:SyntheticKinds)
SET n.touched = coalesce(n.touched, 0) + 1
