// Shared by the editing, audit and review tests: the fixture's dataset, records to create, and a reader of stored elements.
import { inExplicitTransaction } from '../../server/db/explicit-tx.ts';
import type { Db } from '../../server/db/run.ts';
import { readStored } from '../../server/edits/records.ts';
import type { SeedAllegation, SeedNode, SeedRelationship, SeedSource } from '../../server/seed/schema.ts';

export const TEAM = 'synthetic-team';

export const stored = (db: Db, id: string) => inExplicitTransaction(db, (tx) => readStored(tx, id), { commit: false });

export const newSource = (id = 'src-team-new'): SeedSource => ({
  id, title: 'Synthetic court record (test fixture)', publisher: 'Synthetic Court Delta', author: 'unknown', kind: 'court_record',
  reliability: 'B', reliabilityNote: 'Synthetic: graded B for the tests.', url: 'https://example.invalid/record', publishedOn: '2032-02-01',
  held: true, citedBy: [], description: 'An invented court record for the editing tests.',
});

export const newEntity = (id = 'team-ministry-delta', source = 'src-team-report'): SeedNode => ({
  id, type: 'PublicBody', name: 'Synthetic Ministry Delta', aliases: ['Ministry Delta'], description: 'An invented ministry for the editing tests.',
  sources: [source], named: true, properties: { kind: 'ministry' },
});

export const newRelationship = (from = 'team-minister-alpha', to = 'team-ministry-delta', sources: string[] = ['src-team-report']): SeedRelationship =>
  ({ type: 'LEADS', from, to, sources, status: 'reported', properties: {} });

export const newAllegation = (id = 'al-team-new', source = 'src-team-report'): SeedAllegation => ({
  id, name: 'Synthetic allegation: Ministry Delta hides fraud', summary: 'Synthetic Watchdog Gamma alleges that Synthetic Ministry Delta hides fraud. Invented.',
  category: 'fraud', isOpinion: false, status: 'alleged',
  statusHistory: [{ status: 'alleged', on: '2032-02-02', source, note: 'Made in the report (synthetic).' }],
  credibility: 4, credibilityNote: 'Synthetic grade.', assertedOn: '2032-02-02', conductPeriod: null,
  madeBy: ['team-watchdog-gamma'], against: ['team-ministry-delta'], concerns: ['team-compound-beta'],
  citedIn: [{ source, note: 'The report makes it (synthetic).' }], respondsTo: [],
});
