// The synthetic team fixture (invented parties only) for the editing, audit and review tests, loaded through the real
// seed loader; and the people who act on it (service-level actors: an editor, two reviewers, a viewer).
import { fileURLToPath } from 'node:url';
import type { Actor } from '../../server/access/actor.ts';
import { readQuery, writeQuery, type Db } from '../../server/db/run.ts';
import { loadSeed } from '../../server/seed/load.ts';

export const TEAM_FIXTURE = fileURLToPath(new URL('../fixtures/synthetic-team/', import.meta.url));

/** Each test file loads the fixture under a name of its own, so files running side by side never meet. */
export async function loadTeamFixture(db: Db, dataset: string): Promise<void> {
  await loadSeed(db, { folder: TEAM_FIXTURE, dataset, reset: true });
}

/** Removes the dataset (fixture and everything the test created in it) and checks that it is gone. */
export async function removeTeamFixture(db: Db, dataset: string): Promise<void> {
  await writeQuery(db, 'delete-dataset', { rows: [{ dataset }] });
  const [row] = await readQuery(db, 'count-dataset', { dataset });
  if ((row?.nodes as number | undefined) !== 0) throw new Error(`removeTeamFixture: ${String(row?.nodes)} nodes of ${dataset} remain`);
}

export const E1: Actor = { kind: 'user', id: 'u-editor-1', name: 'Synthetic Editor One', role: 'editor' };
export const R1: Actor = { kind: 'user', id: 'u-reviewer-1', name: 'Synthetic Reviewer One', role: 'reviewer' };
export const R2: Actor = { kind: 'user', id: 'u-reviewer-2', name: 'Synthetic Reviewer Two', role: 'reviewer' };
export const V1: Actor = { kind: 'user', id: 'u-viewer-1', name: 'Synthetic Viewer One', role: 'viewer' };
