// Test only (tests/api/read-guard.test.ts): a write whose effect a later read can see.
MERGE (m:GuardTestMark {id: $id})
RETURN m.id AS id
