// Test only (tests/api/read-guard.test.ts): removes the marks of $id.
MATCH (m:GuardTestMark {id: $id})
DELETE m
