// Every id a seed record points at must exist, and with the right kind: sources are Sources, parties are entities.
import path from 'node:path';
import type { SeedData } from './read-files.ts';
import { SeedError } from './errors.ts';

export function checkReferences(data: SeedData, folder: string): void {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const entityIds = new Set(data.nodes.map((n) => n.id));
  const allegationIds = new Set(data.allegations.map((a) => a.id));
  const seen = new Map<string, string>();

  const check = (file: string, index: number, id: string, field: string, ok: boolean, what: string) => {
    if (!ok) throw new SeedError(path.join(folder, file), `record ${index} (id ${id})`, field, `unknown ${what}`);
  };
  const unique = (file: string, index: number, id: string) => {
    const other = seen.get(id);
    if (other) throw new SeedError(path.join(folder, file), `record ${index} (id ${id})`, 'id', `duplicate id, already used in ${other}`);
    seen.set(id, file);
  };

  data.sources.forEach((s, i) => {
    unique('sources.json', i, s.id);
    s.citedBy.forEach((c, j) => check('sources.json', i, s.id, `citedBy.${j}`, sourceIds.has(c), `source '${c}'`));
  });
  data.nodes.forEach((n, i) => {
    unique('nodes.json', i, n.id);
    n.sources.forEach((s, j) => check('nodes.json', i, n.id, `sources.${j}`, sourceIds.has(s), `source '${s}'`));
  });
  data.allegations.forEach((a, i) => {
    unique('allegations.json', i, a.id);
    const party = (id: string) => entityIds.has(id) || allegationIds.has(id);
    a.madeBy.forEach((id, j) => check('allegations.json', i, a.id, `madeBy.${j}`, entityIds.has(id), `entity '${id}'`));
    a.against.forEach((id, j) => check('allegations.json', i, a.id, `against.${j}`, party(id), `entity '${id}'`));
    a.concerns.forEach((id, j) => check('allegations.json', i, a.id, `concerns.${j}`, party(id), `entity '${id}'`));
    a.citedIn.forEach((c, j) => check('allegations.json', i, a.id, `citedIn.${j}.source`, sourceIds.has(c.source), `source '${c.source}'`));
    a.statusHistory.forEach((h, j) => check('allegations.json', i, a.id, `statusHistory.${j}.source`, sourceIds.has(h.source), `source '${h.source}'`));
    a.respondsTo.forEach((r, j) => check('allegations.json', i, a.id, `respondsTo.${j}.allegation`, allegationIds.has(r.allegation), `allegation '${r.allegation}'`));
  });
  const any = (id: string) => entityIds.has(id) || sourceIds.has(id) || allegationIds.has(id);
  data.relationships.forEach((r, i) => {
    const id = `${r.type}:${r.from}:${r.to}`;
    check('relationships.json', i, id, 'from', any(r.from), `id '${r.from}'`);
    check('relationships.json', i, id, 'to', any(r.to), `id '${r.to}'`);
    r.sources.forEach((s, j) => check('relationships.json', i, id, `sources.${j}`, sourceIds.has(s), `source '${s}'`));
  });
}
