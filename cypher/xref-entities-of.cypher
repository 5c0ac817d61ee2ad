// A page of dataset $dataset's entities ($limit of them after id $after, in id order, so a run over 100k nodes goes in
// bounded batches), through the dataset index. Sources and allegations are records of claims, never duplicates.
MATCH (n:Entity)
WHERE n.dataset = $dataset AND n.id > $after
  AND NOT n.type IN ['Source', 'Allegation']
RETURN n
ORDER BY n.id
LIMIT $limit
