// A small synthetic dataset for collusion paths: a denied allegation against a synthetic ministry, whose
// minister LEADS it and whose unit is PART_OF it. Obviously synthetic names; loaded beside the curated graph.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/db/run.ts';
import { writeQuery } from '../../server/db/run.ts';
import { loadSeed } from '../../server/seed/load.ts';

export const FIXTURE_DATASET = 'synthetic-collusion-paths';
export const FIX = {
  ministry: 'pb-syn-col-ministry', minister: 'off-syn-col-minister', unit: 'pb-syn-col-unit',
  compound: 'cmp-syn-col-compound', watchdog: 'org-syn-col-watchdog', allegation: 'al-syn-col-complicity',
} as const;

const SRC = 'src-syn-col-report';
const node = (id: string, type: string, name: string) => ({ id, type, name, aliases: [], description: `${name}, a synthetic entity for tests.`, sources: [SRC] });

const files = {
  'sources.json': [{
    id: SRC, title: 'Synthetic Report Epsilon', publisher: 'unknown', author: 'unknown', kind: 'report', reliability: 'F',
    reliabilityNote: 'Synthetic test source.', url: null, publishedOn: null, held: true, citedBy: [], description: 'A synthetic source for tests.',
  }],
  'nodes.json': [
    node(FIX.ministry, 'PublicBody', 'Synthetic Ministry Alpha'),
    { ...node(FIX.minister, 'Official', 'Synthetic Minister Alpha'), properties: { office: 'Synthetic Minister' } },
    node(FIX.unit, 'PublicBody', 'Synthetic Unit Beta'),
    { ...node(FIX.compound, 'Compound', 'Synthetic Compound Gamma'), named: false },
    node(FIX.watchdog, 'Organization', 'Synthetic Watchdog Delta'),
  ],
  'relationships.json': [
    { type: 'LEADS', from: FIX.minister, to: FIX.ministry, sources: [SRC], status: 'reported' },
    { type: 'PART_OF', from: FIX.unit, to: FIX.ministry, sources: [SRC], status: 'reported' },
  ],
  'allegations.json': [{
    id: FIX.allegation, name: 'Alleged synthetic ministry complicity', summary: 'Synthetic Watchdog Delta alleges that Synthetic Ministry Alpha is complicit in Synthetic Compound Gamma.',
    category: 'complicity_collusion', isOpinion: false, status: 'denied',
    statusHistory: [{ status: 'alleged', on: null, source: SRC, note: 'Alleged.' }, { status: 'denied', on: null, source: SRC, note: 'Denied by the ministry.' }],
    credibility: 6, credibilityNote: 'Synthetic: cannot be judged.', assertedOn: null, conductPeriod: null,
    madeBy: [FIX.watchdog], against: [FIX.ministry], concerns: [FIX.compound],
    citedIn: [{ source: SRC, note: 'Synthetic citation.' }], respondsTo: [],
  }],
};

export async function loadCollusionFixture(db: Db): Promise<void> {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'collusion-')), FIXTURE_DATASET);
  mkdirSync(folder);
  for (const [name, records] of Object.entries(files)) writeFileSync(path.join(folder, name), JSON.stringify(records));
  await loadSeed(db, { folder, reset: true });
}

export async function removeCollusionFixture(db: Db): Promise<void> {
  await writeQuery(db, 'delete-dataset', { rows: [{ dataset: FIXTURE_DATASET }] });
}
