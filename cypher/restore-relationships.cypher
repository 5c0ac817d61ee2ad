// One batch of a restore's relationships ($rows: [{s, e: element ids of the ends, t: type, p: properties}]).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.e
CREATE (a)-[r:$(row.t)]->(b)
SET r = row.p
RETURN count(r) AS written
