// restore --force, first step: every relationship, deleted in batches so any size fits the transaction memory cap.
// Needs an auto-commit transaction.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
