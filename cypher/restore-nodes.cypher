// One batch of a restore's nodes ($rows: [{n, l: labels, p: properties}]), returning each one's new element id
// for the relationships. Properties arrive as typed driver values (server/backup/values.ts), so they land exactly.
UNWIND $rows AS row
CREATE (n:$(row.l))
SET n = row.p
RETURN row.n AS n, elementId(n) AS id
