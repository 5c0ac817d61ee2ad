// A request's guard (server/db/read-guard.ts) rides with its first read, on a real Neo4j: when the check refuses,
// no call of the request gets rows, no write of it lands and no user Cypher of it runs; when it passes, it ran once,
// however many calls the request made at the same time.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { readQuery, writeQuery } from '../../server/db/run.ts';
import { runReadOnly } from '../../server/db/user-cypher.ts';
import { underReadGuard, type ReadGuard } from '../../server/db/read-guard.ts';

const db = testDb();
const id = 'read-guard-test';
afterAll(async () => {
  await writeQuery(db, 'test-guard-clear', { id });
  await db.driver.close();
});
beforeEach(async () => { await writeQuery(db, 'test-guard-clear', { id }); });

class Refused extends Error {}

/** A guard over a real query (the mark count); `pass` decides, and `runs` counts how often it was checked. */
function guard(pass: boolean) {
  const state = { runs: 0, seen: [] as unknown[] };
  const g: ReadGuard = {
    query: 'test-guard-marks',
    params: { id },
    check(rows) {
      state.runs++;
      state.seen.push(rows[0]?.marks);
      if (!pass) throw new Refused('refused by the test guard');
    },
  };
  return { g, state };
}

const marks = async () => (await readQuery(db, 'test-guard-marks', { id }))[0]!.marks as number;

describe('a request guard', () => {
  it('when it passes: reads and writes go on, and the check ran once for all of them', async () => {
    const { g, state } = guard(true);
    const [a, b] = await underReadGuard(g, async () => {
      const reads = await Promise.all([readQuery(db, 'test-guard-marks', { id }), readQuery(db, 'test-guard-marks', { id })]);
      await writeQuery(db, 'test-guard-mark', { id });
      return reads;
    });
    expect(a).toEqual([{ marks: 0 }]);
    expect(b).toEqual([{ marks: 0 }]);
    expect(state.runs).toBe(1);
    // The guard's own rows were real: it saw the graph before the write.
    expect(state.seen).toEqual([0]);
    expect(await marks()).toBe(1);
  });

  it('when it refuses: every read of the request fails with its error, none returns rows', async () => {
    const { g, state } = guard(false);
    const results = await underReadGuard(g, () => Promise.allSettled([
      readQuery(db, 'test-guard-marks', { id }),
      readQuery(db, 'test-guard-marks', { id }),
      readQuery(db, 'test-guard-marks', { id }),
    ]));
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(Refused);
    }
    expect(state.runs).toBe(1);
  });

  it('when it refuses: a write of the request, first or after a read, never lands', async () => {
    const first = guard(false);
    await expect(underReadGuard(first.g, () => writeQuery(db, 'test-guard-mark', { id }))).rejects.toBeInstanceOf(Refused);
    const after = guard(false);
    await expect(underReadGuard(after.g, async () => {
      await readQuery(db, 'test-guard-marks', { id }).catch(() => {});
      return writeQuery(db, 'test-guard-mark', { id });
    })).rejects.toBeInstanceOf(Refused);
    expect(await marks()).toBe(0);
  });

  it("when it refuses: a user's Cypher does not run", async () => {
    const { g } = guard(false);
    await expect(underReadGuard(g, () => runReadOnly(db, 'RETURN 1 AS one', {}, 10))).rejects.toBeInstanceOf(Refused);
    const passing = guard(true);
    const ran = await underReadGuard(passing.g, () => runReadOnly(db, 'RETURN 1 AS one', {}, 10));
    expect(ran.rows).toEqual([{ one: 1 }]);
    expect(passing.state.runs).toBe(1);
  });

  it('belongs to one request: another request, or none, is not held by it', async () => {
    const refused = guard(false);
    const passing = guard(true);
    const [a, b, c] = await Promise.allSettled([
      underReadGuard(refused.g, () => readQuery(db, 'test-guard-marks', { id })),
      underReadGuard(passing.g, () => readQuery(db, 'test-guard-marks', { id })),
      readQuery(db, 'test-guard-marks', { id }),
    ]);
    expect(a.status).toBe('rejected');
    expect(b).toEqual({ status: 'fulfilled', value: [{ marks: 0 }] });
    expect(c).toEqual({ status: 'fulfilled', value: [{ marks: 0 }] });
  });
});
