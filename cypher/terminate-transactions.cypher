// Ends user-query transactions past their deadline ($ids). Run by the server on its own connection; user Cypher
// cannot reach it (the guard refuses administration commands).
TERMINATE TRANSACTIONS $ids
