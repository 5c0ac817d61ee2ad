// The search index is eventually consistent (cheaper writes during imports); this waits until it has caught up,
// so a search right after an import, seed or rollback sees exactly what was written.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
