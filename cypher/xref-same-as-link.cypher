// Links $left and $right as the same (a person's decision, recorded in the team store as $decisionId): a SAME_AS
// relationship, never a merge. It rests on the sources of both entities, which are what the decision compared;
// status 'reported', since it is one user's judgement and not public record. Re-deciding "same" refreshes it.
MATCH (a:Entity {id: $left}), (b:Entity {id: $right})
MERGE (a)-[r:SAME_AS]->(b)
SET r.id = $relId, r.status = 'reported', r.decisionId = $decisionId, r.decidedBy = $actorId, r.decidedByName = $actorName,
  r.decidedAt = $at, r.sources = reduce(acc = [], s IN coalesce(a.sources, []) + coalesce(b.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END)
RETURN r.id AS id
