// Nodes by element id ($ids): endpoints of relationships a user's query returned without their nodes.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n AS node
