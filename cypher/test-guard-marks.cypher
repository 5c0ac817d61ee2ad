// Test only (tests/api/read-guard.test.ts): how many marks of $id were written; `clear` removes them.
OPTIONAL MATCH (m:GuardTestMark {id: $id})
RETURN count(m) AS marks
