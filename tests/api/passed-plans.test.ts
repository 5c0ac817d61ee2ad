// The guard remembers plans it passed (server/guard/passed-plans.ts), on a real Neo4j: a passed statement skips its
// EXPLAIN the next time, a refused one is never remembered, and the input limits still apply to a remembered one.
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { guardQuery } from '../../server/guard/guard.ts';
import { PassedPlans } from '../../server/guard/passed-plans.ts';
import { QueryRefusedError } from '../../server/guard/refusal.ts';
import { BadRequestError } from '../../server/http/errors.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });

/** Nested lists deeper than the guard's parameter limit (32). */
const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);

describe('plans the guard passed', () => {
  it('remembers a read it passed and skips the EXPLAIN next time', async () => {
    const passed = new PassedPlans();
    const cypher = 'MATCH (n:Entity) WHERE n.id = $id RETURN n.id AS id;';
    const statement = await guardQuery(db, cypher, { id: 'x' }, undefined, passed);
    expect(passed.has(statement)).toBe(true);
    // A closed-off database would fail an EXPLAIN: the second check answers without one.
    const unreachable = { ...db, driver: { session() { throw new Error('EXPLAIN ran'); } } as unknown as typeof db.driver };
    await expect(guardQuery(unreachable, cypher, { id: 'y' }, undefined, passed)).resolves.toBe(statement);
    await expect(guardQuery(unreachable, 'MATCH (n) RETURN count(n) AS other', {}, undefined, passed)).rejects.toThrow('EXPLAIN ran');
  });

  it('never remembers a refused statement: it is refused every time', async () => {
    const passed = new PassedPlans();
    for (let i = 0; i < 2; i++) {
      await expect(guardQuery(db, "CREATE (:Scratch {id: 'no'})", {}, undefined, passed)).rejects.toBeInstanceOf(QueryRefusedError);
    }
    expect(passed.size).toBe(0);
  });

  it('still checks the parameters of a remembered statement', async () => {
    const passed = new PassedPlans();
    const cypher = 'RETURN $v AS v';
    await guardQuery(db, cypher, { v: 1 }, undefined, passed);
    await expect(guardQuery(db, cypher, { v: deep(40) }, undefined, passed)).rejects.toBeInstanceOf(BadRequestError);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const passed = new PassedPlans(2);
    passed.add('a');
    passed.add('b');
    expect(passed.has('a')).toBe(true);
    passed.add('c');
    expect([passed.has('a'), passed.has('b'), passed.has('c')]).toEqual([true, false, true]);
  });
});
