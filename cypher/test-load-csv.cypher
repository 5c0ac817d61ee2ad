// Tries to read $url with LOAD CSV: the database's own settings must refuse file:// and every host.
LOAD CSV FROM $url AS line
RETURN line
LIMIT 1
