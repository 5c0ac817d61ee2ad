// The read-only guard against a corpus of write, schema, admin, LOAD CSV and procedure attempts in disguise.
// Every one must be refused with a 4xx that says why, and the graph must be exactly as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { graphCounts, testDb } from '../support/db.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { QueryResult } from '../../server/contract/queries.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); await db.driver.close(); });

const post = async (cypher: string, params: Record<string, unknown> = {}) => {
  const res = await fetch(`${app.baseUrl}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher, params }) });
  return { status: res.status, body: await res.json() };
};

/** [label, query, the refusal reason it must give (a pattern), params?] */
const REFUSED: [string, string, RegExp, Record<string, unknown>?][] = [
  ['create', 'CREATE (n:Evil) RETURN n', /writes data/],
  ['lower-case create', 'create (n:Evil) return n', /writes data/],
  ['mixed case merge', 'mErGe (n:Entity {id: "evil"})', /writes data/],
  ['detach delete', 'MATCH (n) DETACH DELETE n', /writes data/],
  ['set property', 'MATCH (n) SET n.pwned = true', /writes data/],
  ['remove property', 'MATCH (n:Person) REMOVE n.name', /writes data/],
  ['remove label', 'MATCH (n:Person) REMOVE n:Person', /writes data/],
  ['write after a block comment', 'MATCH (n) /* read only, promise */ SET n.x = 1', /writes data/],
  ['write after a line comment', 'MATCH (n) // just looking\nSET n.x = 1', /writes data/],
  ['write hidden in FOREACH', 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)', /writes data/],
  ['write in a CALL subquery', 'MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(*)', /writes data/],
  ['write in an old-style subquery', 'MATCH (n) CALL { WITH n DELETE n } RETURN 1', /writes data/],
  ['write in the second half of a UNION', 'MATCH (n) RETURN n.id AS x UNION CREATE (m:Evil) RETURN m.id AS x', /writes data/],
  ['write after a read WITH', 'MATCH (n) WITH n LIMIT 1 SET n.x = 1 RETURN n', /writes data/],
  ['semicolon inside a string, then a write', "MATCH (n) WHERE n.id = 'a;b' SET n.x = 1", /writes data/],
  ['write through an allowed procedure', "CALL db.index.fulltext.queryNodes('entity_search', 'amnesty') YIELD node SET node.x = 1", /writes data/],
  ['non-breaking spaces around a write', 'MATCH\u00a0(n)\u00a0SET\u00a0n.x\u00a0=\u00a01', /writes data/],
  ['tabs and newlines around a write', 'MATCH\t(n)\n\n\tSET\n n.x = 1', /writes data/],
  ['optional match then merge', 'OPTIONAL MATCH (n) MERGE (m:Evil {id: 1})', /writes data/],
  ['write in transactions', 'UNWIND [1, 2] AS i CALL (i) { CREATE (:Evil {i: i}) } IN TRANSACTIONS', /writes data|IN TRANSACTIONS/],
  ['read in transactions', 'UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j', /IN TRANSACTIONS/],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
  ['LOAD CSV from a URL', "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line", /LOAD CSV/],
  ['lower-case LOAD CSV with headers from a parameter', 'load csv with headers from $url as row return row', /LOAD CSV/, { url: 'http://example.invalid/x.csv' }],
  ['create index', 'CREATE INDEX evil FOR (n:Evil) ON (n.x)', /schema/],
  ['drop constraint', 'DROP CONSTRAINT entity_id', /schema/],
  ['create constraint', 'CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE', /schema/],
  ['create user', "CREATE USER evil SET PASSWORD 'password123'", /schema|administ/],
  ['alter the neo4j password', "ALTER USER neo4j SET PASSWORD 'hacked-password'", /schema|administ/],
  ['show users', 'SHOW USERS', /schema|administ|SHOW/],
  ['show indexes', 'SHOW INDEXES', /SHOW/],
  ['terminate transactions (reports itself as a read)', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /administration commands/],
  ['procedure that writes', "CALL db.createLabel('Evil')", /writes data|procedure/],
  ['procedure outside the allowlist', 'CALL dbms.components()', /schema|administ|procedure/],
  ['procedure outside the allowlist, read-only', 'CALL db.info()', /procedure db\.info is not allowed/],
  ['clear the query caches', 'CALL db.clearQueryCaches()', /procedure|administ|schema/],
  ['two statements', 'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /several statements/],
  ['two statements, no space', 'MATCH (n) RETURN n;CREATE (:Evil)', /several statements/],
  ['second statement after a commented semicolon', 'MATCH (n) RETURN n /* ; */ ; CREATE (:Evil)', /several statements/],
];

/** Disguises Neo4j itself rejects as invalid Cypher: still a 4xx with Neo4j's reason, never a 500, never run. */
const INVALID: [string, string][] = [
  ['zero-width space inside CREATE', 'CRE\u200bATE (n:Evil)'],
  ['full-width letters', '\uff23\uff32\uff25\uff21\uff34\uff25 (n:Evil)'],
  ['EXPLAIN smuggled in', 'EXPLAIN CREATE (n:Evil)'],
  ['PROFILE smuggled in', 'PROFILE MATCH (n) SET n.x = 1'],
  ['a procedure that does not exist here', "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})"],
];

describe('POST /api/cypher: the read-only guard', () => {
  it(`refuses all ${REFUSED.length + INVALID.length} attempts and leaves the data exactly as it was`, async () => {
    expect(REFUSED.length + INVALID.length).toBeGreaterThanOrEqual(30);
    const before = await graphCounts(db);
    const failures: string[] = [];
    for (const [label, cypher, reason, params] of REFUSED) {
      const { status, body } = await post(cypher, params);
      const err = ErrorBody.safeParse(body);
      if (status !== 400 || !err.success || err.data.error.code !== 'query_refused' || !reason.test(err.data.error.message)) {
        failures.push(`${label}: ${status} ${JSON.stringify(body)}`);
      }
    }
    for (const [label, cypher] of INVALID) {
      const { status, body } = await post(cypher);
      const err = ErrorBody.safeParse(body);
      if (status !== 400 || !err.success || !['query_refused', 'bad_request'].includes(err.data.error.code) || !err.data.error.message) {
        failures.push(`${label}: ${status} ${JSON.stringify(body)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('lets real reads through: a plain match, the allowed full-text procedure, and a schema look-up', async () => {
    for (const cypher of [
      'MATCH (n:Official) RETURN n.name AS name',
      "CALL db.index.fulltext.queryNodes('entity_search', 'amnesty') YIELD node RETURN node.name AS name",
      'CALL db.labels() YIELD label RETURN label',
      'MATCH (n:Person) RETURN n.name AS name;',
    ]) {
      const { status, body } = await post(cypher);
      expect(status, cypher).toBe(200);
      expect(QueryResult.parse(body).rows.length, cypher).toBeGreaterThan(0);
    }
  });
});
