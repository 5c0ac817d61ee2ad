// A no-op read whose only use is the bookmark it returns: the last transaction the database committed.
RETURN 1 AS ok
