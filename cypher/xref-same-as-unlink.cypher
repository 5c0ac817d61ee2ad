// Removes the SAME_AS link between $left and $right (either direction), when a later decision says "different" or
// "unsure". The decisions themselves stay in the team store: the history is kept there.
MATCH (:Entity {id: $left})-[r:SAME_AS]-(:Entity {id: $right})
DELETE r
RETURN count(*) AS removed
