import { describe, expect, it } from 'vitest';
import { checkPlan, singleStatement } from '../../server/guard/rules.ts';
import { QueryRefusedError } from '../../server/guard/refusal.ts';

const reason = (fn: () => unknown) => {
  try { fn(); } catch (err) { if (err instanceof QueryRefusedError) return err.reason; throw err; }
  return 'passed';
};
const plan = (queryType: string, ...ops: [string, string?][]) => ({ queryType, operators: ops.map(([type, details = '']) => ({ type, details })) });

describe('guard.checkPlan', () => {
  it('passes a read with allowed procedures', () => {
    expect(reason(() => checkPlan(plan('r', ['ProduceResults'], ['ProcedureCall', 'db.labels() :: (label :: STRING)'])))).toBe('passed');
  });

  it.each([
    ['rw', /writes data/], ['w', /writes data/], ['s', /schema/], ['', /could not confirm/],
  ])('refuses query type %j', (type, why) => {
    expect(reason(() => checkPlan(plan(type)))).toMatch(why);
  });

  it.each([
    ['LoadCSV', '', /LOAD CSV/],
    ['TransactionApply', '', /IN TRANSACTIONS/],
    ['TransactionForeach', '', /IN TRANSACTIONS/],
    ['ShowIndexes', '', /administration/],
    ['TerminateTransactions', '', /administration/],
    ['ProcedureCall', 'dbms.components() :: (name :: STRING)', /dbms\.components is not allowed/],
    ['ProcedureCall', 'db.index.fulltext.queryNodesX($a) :: (node)', /queryNodesX is not allowed/],
  ])('refuses a read plan holding %s %s', (op, details, why) => {
    expect(reason(() => checkPlan(plan('r', ['ProduceResults'], [op, details])))).toMatch(why);
  });
});

describe('guard.singleStatement', () => {
  it('drops one trailing semicolon', () => {
    expect(singleStatement('MATCH (n) RETURN n ;  ')).toBe('MATCH (n) RETURN n');
  });

  it('ignores semicolons in strings and comments', () => {
    const q = "MATCH (n) WHERE n.a = ';' /* ; */ RETURN n // ;";
    expect(singleStatement(q)).toBe(q);
  });

  it.each(['MATCH (n) RETURN n; MATCH (m) RETURN m', 'RETURN 1;RETURN 2;'])('refuses %j', (q) => {
    expect(reason(() => singleStatement(q))).toMatch(/several statements/);
  });

  it('refuses an empty query', () => {
    expect(reason(() => singleStatement(' ; '))).toMatch(/empty/);
  });
});
