import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../server/seed/read-files.ts';
import { checkReferences } from '../../server/seed/check-references.ts';
import { toNodeRows, toRelationshipRows } from '../../server/seed/to-rows.ts';
import { SeedError } from '../../server/seed/errors.ts';
import { CURATED_SEED } from '../../server/seed/load.ts';
import { seedCopy } from '../support/seed-copy.ts';

function seedErrorOf(folder: string): SeedError {
  try {
    checkReferences(readSeedFolder(folder), folder);
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw err;
  }
  throw new Error('expected a SeedError');
}

describe('seed files', () => {
  const data = readSeedFolder(CURATED_SEED);

  it('are valid and every reference resolves', () => {
    expect(() => checkReferences(data, CURATED_SEED)).not.toThrow();
  });

  it('cite a source for every node, allegation and relationship', () => {
    for (const row of toNodeRows(data)) expect((row.props.sources as string[]).length, row.id).toBeGreaterThan(0);
    for (const row of toRelationshipRows(data)) expect((row.props.sources as string[]).length, row.id).toBeGreaterThan(0);
    for (const a of data.allegations) expect(a.citedIn.length, a.id).toBeGreaterThan(0);
  });

  it('keep every allegation at "alleged": the source reports no finding', () => {
    expect(new Set(data.allegations.map((a) => a.status))).toEqual(new Set(['alleged']));
  });

  it('name no compound and no official but Hun Manet', () => {
    expect(data.nodes.filter((n) => n.type === 'Compound').every((n) => !n.named)).toBe(true);
    expect(data.nodes.filter((n) => n.type === 'Official').map((n) => n.name)).toEqual(['Hun Manet']);
  });

  it('accuse Hun Manet of nothing: the collusion allegation is against the government', () => {
    expect(data.allegations.filter((a) => a.against.includes('off-hun-manet'))).toEqual([]);
    expect(data.allegations.find((a) => a.id === 'al-gov-complicity')?.against).toEqual(['pb-government-cambodia']);
  });

  it('keep opinions apart: quoted characterisations are opinions', () => {
    for (const a of data.allegations.filter((x) => x.quote)) expect(a.isOpinion, a.id).toBe(true);
  });
});

describe('seed validation errors', () => {
  it('name the file, the record and the field', () => {
    const folder = seedCopy({ file: 'allegations.json', change: (r) => { r[2]!.credibility = 9; } });
    const err = seedErrorOf(folder);
    expect(err.file).toMatch(/allegations\.json$/);
    expect(err.record).toBe('record 2 (id al-compound-forced-labour)');
    expect(err.field).toBe('credibility');
  });

  it('refuse a relationship without sources', () => {
    const folder = seedCopy({ file: 'relationships.json', change: (r) => { r[0]!.sources = []; } });
    const err = seedErrorOf(folder);
    expect([err.record, err.field]).toEqual(['record 0', 'sources']);
  });

  it('refuse an allegation that cites nothing', () => {
    const folder = seedCopy({ file: 'allegations.json', change: (r) => { r[0]!.citedIn = []; } });
    expect(seedErrorOf(folder).field).toBe('citedIn');
  });

  it('refuse a reference to an unknown entity', () => {
    const folder = seedCopy({ file: 'allegations.json', change: (r) => { r[0]!.against = ['nobody-here']; } });
    const err = seedErrorOf(folder);
    expect([err.record, err.field]).toEqual(['record 0 (id al-gov-complicity)', 'against.0']);
  });

  it('refuse a duplicate id', () => {
    const folder = seedCopy({ file: 'nodes.json', change: (r) => { r[1]!.id = r[0]!.id; } });
    expect(seedErrorOf(folder).field).toBe('id');
  });

  it('refuse a file that is not JSON', () => {
    const folder = seedCopy({ file: 'nodes.json', change: () => {} });
    writeFileSync(path.join(folder, 'nodes.json'), '{ not json');
    expect(seedErrorOf(folder).field).toBe('(json)');
  });
});
