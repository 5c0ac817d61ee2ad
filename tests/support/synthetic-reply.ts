// Loads the synthetic right-of-reply fixture (invented parties only) through the real seed loader, and removes it again.
import { fileURLToPath } from 'node:url';
import type { Db } from '../../server/db/run.ts';
import { readQuery, writeQuery } from '../../server/db/run.ts';
import { loadSeed } from '../../server/seed/load.ts';

export const REPLY_FIXTURE = fileURLToPath(new URL('../fixtures/synthetic-reply/', import.meta.url));
/** Named apart from the folder so nobody mistakes it for curated data; other test files must never see it. */
export const REPLY_DATASET = 'fixture-synthetic-reply';
/** The fixture's ids the tests refer to. */
export const REPLY_IDS = {
  denied: 'al-syn-bribery',
  denial: 'al-syn-denial',
  unanswered: 'al-syn-unanswered',
  minister: 'syn-minister-alpha',
  watchdog: 'syn-watchdog-beta',
} as const;

export async function loadReplyFixture(db: Db): Promise<void> {
  await loadSeed(db, { folder: REPLY_FIXTURE, dataset: REPLY_DATASET, reset: true });
}

/** Removes the fixture and checks that it is gone, so a later test file can never meet a synthetic minister by accident. */
export async function removeReplyFixture(db: Db): Promise<void> {
  await writeQuery(db, 'delete-dataset', { rows: [{ dataset: REPLY_DATASET }] });
  const [row] = await readQuery(db, 'count-dataset', { dataset: REPLY_DATASET });
  if ((row?.nodes as number | undefined) !== 0) throw new Error(`removeReplyFixture: ${String(row?.nodes)} nodes of ${REPLY_DATASET} are still in the database`);
}
