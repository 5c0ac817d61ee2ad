// A saved query's entity parameters name entities in the chosen datasets: an unknown id is a clear 400, not a silent "0 rows".
import type { QueryHeader } from '../contract/queries.ts';
import { readQuery, type Db } from '../db/run.ts';
import { BadRequestError } from '../http/errors.ts';

type Value = string | number | boolean | null;

export async function checkEntityParams(db: Db, header: QueryHeader, values: Record<string, Value>, datasets: string[]): Promise<void> {
  const named = Object.entries(header.params)
    .filter(([name, spec]) => spec.type === 'entity' && typeof values[name] === 'string')
    .map(([name]) => ({ name, id: values[name] as string }));
  if (named.length === 0) return;
  const rows = await readQuery(db, 'entities-in-datasets', { ids: named.map((p) => p.id) });
  const datasetOf = new Map(rows.map((r) => [String(r.id), String(r.dataset)]));
  for (const { name, id } of named) {
    const dataset = datasetOf.get(id);
    if (dataset !== undefined && datasets.includes(dataset)) continue;
    // Saying where the entity does live tells the reader which dataset to add to the choice.
    const elsewhere = dataset !== undefined ? `; it belongs to the dataset '${dataset}'` : '';
    throw new BadRequestError(`params.${name}: No entity with id '${id}' in the chosen datasets (${datasets.join(', ')})${elsewhere}`, `params.${name}`);
  }
}
