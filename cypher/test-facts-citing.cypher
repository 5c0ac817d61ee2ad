// Tests: the obvious per-source count of the facts citing each source, to check the one-pass saved query against.
MATCH (s:Source)
RETURN s.name AS source, COUNT { MATCH ()-[r]->() WHERE NOT r:CITED_IN AND s.id IN r.sources RETURN r } AS factsCiting
ORDER BY source
