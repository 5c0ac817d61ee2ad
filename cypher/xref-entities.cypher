// A page of the entities cross-referencing reads ($limit of them after id $after, in id order, so a run over 100k
// nodes goes in bounded batches): those of $dataset when $inside, else those of every other dataset. Sources and
// allegations are records of claims, never duplicates, and are left out.
MATCH (n:Entity)
WHERE n.id > $after
  AND (n.dataset = $dataset) = $inside
  AND NOT n.type IN ['Source', 'Allegation']
RETURN n
ORDER BY n.id
LIMIT $limit
