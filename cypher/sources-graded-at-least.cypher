// Ids of sources whose reliability is $grade or better (A is best).
MATCH (s:Source)
WHERE s.reliability <= $grade
RETURN collect(s.id) AS ids
