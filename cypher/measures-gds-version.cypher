// Which Graph Data Science this database has: fails with ProcedureNotFound when it has none (a server without the plugin).
CALL gds.version() YIELD gdsVersion
RETURN gdsVersion
