// Right of reply over HTTP: responses recorded to an allegation, on the synthetic fixture, and none on the seed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityDetail } from '../../server/contract/graph.ts';
import { writeQuery, type Db } from '../../server/db/run.ts';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson } from '../support/http.ts';
import { loadReplyFixture, removeReplyFixture, REPLY_DATASET, REPLY_IDS } from '../support/synthetic-reply.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  db = testDb();
  await loadReplyFixture(db);
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  await removeReplyFixture(db);
  await db.driver.close();
});

const detail = async (id: string) => {
  const r = await getJson(app.baseUrl, `/api/entities/${id}`);
  expect(r.status).toBe(200);
  return EntityDetail.parse(r.body);
};

describe('GET /api/entities/:id responses', () => {
  it('lists the denial recorded to a synthetic allegation, with who, when, stance and source', async () => {
    const d = await detail(REPLY_IDS.denied);
    expect(d.responses).toHaveLength(1);
    const [reply] = d.responses!;
    expect(reply!.stance).toBe('denies');
    expect(reply!.allegation.id).toBe(REPLY_IDS.denial);
    expect(reply!.allegation.dataset).toBe(REPLY_DATASET);
    expect(reply!.madeBy.map((n) => n.name)).toEqual(['Synthetic Minister Alpha']);
    expect(reply!.assertedOn).toBe('2031-03-05');
    expect(reply!.citations.map((c) => c.source.id)).toEqual(['src-syn-ministry-statement']);
    expect(reply!.citations[0]!.note).toContain('denies');
  });

  it('says "none" (an empty list) for an allegation nobody answered, and has no list for a non-allegation', async () => {
    expect((await detail(REPLY_IDS.unanswered)).responses).toEqual([]);
    expect((await detail(REPLY_IDS.minister)).responses).toBeUndefined();
  });

  it('records no response to any allegation of the curated seed, which reports no denial', async () => {
    const seed = JSON.parse(readFileSync(new URL('../../seed/cambodia-crackdown/allegations.json', import.meta.url), 'utf8')) as Array<{ id: string }>;
    expect(seed.length).toBeGreaterThan(0);
    for (const { id } of seed) {
      const responses = (await detail(id)).responses ?? [];
      // Callamard's "tacit consent" supports Amnesty's claim: support, not a reply; no seed claim is denied or disputed.
      expect(responses.filter((r) => r.stance !== 'supports'), id).toEqual([]);
    }
    expect((await detail('al-compound-trafficking')).responses).toEqual([]);
    expect((await detail('al-gov-complicity')).responses?.map((r) => [r.allegation.id, r.stance])).toEqual([['al-tacit-consent', 'supports']]);
  });

  it('shows a response whose edge records no stance as "unstated", without guessing one', async () => {
    await writeQuery(db, 'test-response-without-stance', {
      from: REPLY_IDS.denial, to: REPLY_IDS.unanswered, relId: `RESPONDS_TO:${REPLY_IDS.denial}:${REPLY_IDS.unanswered}`, sources: ['src-syn-ministry-statement'],
    });
    const d = await detail(REPLY_IDS.unanswered);
    expect(d.responses?.map((r) => [r.allegation.id, r.stance])).toEqual([[REPLY_IDS.denial, 'unstated']]);
  });
});
