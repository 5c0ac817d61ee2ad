// The hand-written FtM fixture: checked by the FtM model, and imported with the counts it was written to give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFtm, parseFtmLines } from '../../server/interop/ftm/read-ftm.ts';
import { fileProblems } from '../fixtures/ftm/check.ts';
import { InteropReadError } from '../../server/interop/model.ts';

const text = readFileSync(new URL('../fixtures/ftm/synthetic.ftm.jsonl', import.meta.url), 'utf8');
const dataset = 'import-ftm-fixture';
const result = readFtm(text, { dataset, file: 'synthetic.ftm.jsonl' });
const count = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
const node = (ftmId: string) => result.nodes.find((n) => n.props.ftmId === ftmId)!;
const rel = (ftmId: string) => result.relationships.find((r) => r.props.ftmId === ftmId)!;

describe('the FtM fixture', () => {
  it('passes the FtM model on every line but the one written with an unknown schema', () => {
    const entities = parseFtmLines(text).map((l) => l.entity);
    const schemas = new Set(entities.map((e) => e.schema));
    for (const s of ['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Address', 'Event', 'Document', 'Article', 'RealEstate',
      'Ownership', 'Directorship', 'Membership', 'Employment', 'Family', 'Associate', 'Representation', 'UnknownLink', 'Sanction', 'Occupancy']) {
      expect(schemas, s).toContain(s);
    }
    const problems = fileProblems(entities);
    // The unknown entity's own line fails, and so does the link that points at it (its schema is not a Thing).
    expect(problems.filter((p) => !p.includes('syn-gadget-1'))).toEqual([]);
    expect(problems.some((p) => p.includes("schema: 'SyntheticGadget' is not in the FtM model"))).toBe(true);
  });

  it('imports with the expected nodes per type, relationships per type and sources', () => {
    expect(count(result.nodes.map((n) => n.props.type as string))).toEqual({
      Person: 5, Organization: 7, PublicBody: 1, Place: 2, Event: 1, Compound: 1,
      // 2 documents, 3 source URLs, 1 publisher without a URL, and the file itself for entities that cite nothing.
      Source: 7,
    });
    expect(count(result.relationships.map((r) => r.type))).toEqual({ LEADS: 2, MEMBER_OF: 1, LINKED_TO: 10 });
    for (const n of result.nodes) {
      expect(n.id.startsWith(`${dataset}--`), n.id).toBe(true);
      expect((n.props.sources as string[]).length, n.id).toBeGreaterThan(0);
    }
  });

  it('keeps the unknown schema as an Organization, says so naming its line, and keeps its properties', () => {
    expect(result.notices).toEqual([
      "line 16: schema 'Position' has no Scamgraph type; kept as Organization with kind 'position'",
      "line 17: schema 'SyntheticGadget' is not in the FtM model; kept as Organization with kind 'synthetic gadget'",
    ]);
    expect(node('syn-gadget-1').props).toMatchObject({ type: 'Organization', kind: 'synthetic gadget', 'ftm:colour': ['synthetic grey'], ftmSchema: 'SyntheticGadget' });
  });

  it('maps intervals to relationships with their dates and roles, and keeps the rest as ftm: properties', () => {
    expect(rel('syn-dir-1')).toMatchObject({ type: 'LEADS', from: node('syn-person-beta').id, to: node('syn-holding-alpha').id });
    expect(rel('syn-dir-1').props).toMatchObject({ role: 'Director', startDate: '2019-03', endDate: '2023-12', status: 'reported' });
    expect(rel('syn-own-1').props).toMatchObject({ kind: 'owns', startDate: '2020', 'ftm:percentage': ['51'] });
    expect(rel('syn-fam-1').props).toMatchObject({ kind: 'related to', role: 'sibling' });
    expect(rel('syn-link-1').props).toMatchObject({ kind: 'operates' });
    // Two roles: the first is the role, both are kept.
    expect(rel('syn-dir-2').props).toMatchObject({ role: 'Chair', 'ftm:role': ['Chair', 'Treasurer'] });
    const sanction = rel('syn-sanction-1');
    expect(sanction.props).toMatchObject({ kind: 'sanctions', startDate: '2024-01-15', 'ftm:program': ['Synthetic Programme'] });
    expect(result.nodes.find((n) => n.id === sanction.from)!.props).toMatchObject({ name: 'Synthetic Sanctions Office', kind: 'sanctioning authority' });
    expect(node('syn-person-beta').props).toMatchObject({ aliases: ['S. P. Beta'], 'ftm:birthDate': ['1970-01-01'], 'ftm:nationality': ['kh'] });
    expect(node('syn-holding-alpha').props).toMatchObject({ 'ftm:registrationNumber': ['SYN-0001'], ftmSchema: 'Company' });
  });

  it('turns proof, sourceUrl and publisher into the Sources an entity cites, a URL of a Document in the file citing that Document', () => {
    const title = (id: string) => result.nodes.find((n) => n.id === id)!.props.name;
    expect((node('syn-holding-alpha').props.sources as string[]).map(title)).toEqual(['Synthetic Company Register Extract']);
    expect((node('syn-person-zeta').props.sources as string[]).map(title))
      .toEqual(['Synthetic News Article One', 'Synthetic Company Register Extract']);
    const byUrl = result.nodes.find((n) => n.props.url === 'https://example.org/synthetic/company-beta')!;
    expect(byUrl.props).toMatchObject({ type: 'Source', publisher: 'Synthetic Gazette', reliability: 'F' });
    expect((node('syn-org-alpha').props.sources as string[]).map(title)).toEqual(['Published by Synthetic Bulletin']);
    expect((rel('syn-own-1').props.sources as string[]).map(title)).toEqual(['https://example.org/synthetic/register']);
    expect((node('syn-person-gamma').props.sources as string[]).map(title)).toEqual(['FollowTheMoney file synthetic.ftm.jsonl']);
  });
});

describe('FtM import errors', () => {
  const refused = (t: string) => {
    try {
      readFtm(t, { dataset });
    } catch (err) {
      expect(err).toBeInstanceOf(InteropReadError);
      return (err as Error).message;
    }
    throw new Error('was not refused');
  };
  const person = '{"id":"p1","schema":"Person","properties":{"name":["Synthetic Person Beta"]}}';

  it('names the line that is not JSON', () => {
    expect(refused(`${person}\n\n{"id": "p2", schema}`)).toMatch(/^file.ftm.jsonl, line 3: not a JSON object/);
  });
  it('names the line and field of a link to an entity the file lacks', () => {
    expect(refused(`${person}\n{"id":"d1","schema":"Directorship","properties":{"director":["p1"],"organization":["nowhere"]}}`))
      .toBe("file.ftm.jsonl, line 2, organization: no entity 'nowhere' in the file");
  });
  it('names the line and field of a link without an end', () => {
    expect(refused(`${person}\n{"id":"m1","schema":"Membership","properties":{"member":["p1"]}}`)).toMatch(/^file.ftm.jsonl, line 2, organization: a Membership needs one/);
  });
  it('names both lines of a repeated id', () => {
    expect(refused(`${person}\n${person}`)).toBe("file.ftm.jsonl, line 2, id: 'p1' is already the id of line 1");
  });
  it('names the field whose values are not lists of text', () => {
    expect(refused('{"id":"p1","schema":"Person","properties":{"name":"Synthetic Person Beta"}}')).toBe('file.ftm.jsonl, line 1, properties.name: must be a list of text values');
  });
});

describe('OpenSanctions forms', () => {
  it('reads an entity given inline as a property value as an entity of its own, and keeps top-level fields as @ properties', () => {
    const line = JSON.stringify({
      id: 'NK-SynBeta', schema: 'Person', caption: 'Synthetic Person Beta', datasets: ['synthetic'], target: true,
      properties: {
        name: ['Synthetic Person Beta'],
        ownershipOwner: [{ id: 'own-1', schema: 'Ownership', properties: { owner: ['NK-SynBeta'], asset: [{ id: 'co-1', schema: 'Company', properties: { name: ['Synthetic Holding Alpha Ltd'] } }] } }],
      },
    });
    const r = readFtm(line, { dataset });
    const beta = r.nodes.find((n) => n.props.ftmId === 'NK-SynBeta')!;
    expect(beta).toMatchObject({ id: `${dataset}--nk-synbeta`, props: { 'ftm:@caption': ['Synthetic Person Beta'], 'ftm:@datasets': ['synthetic'], 'ftm:@target': ['true'], 'ftm:ownershipOwner': ['own-1'] } });
    expect(r.relationships.map((x) => [x.type, x.from, x.to, x.props.kind])).toEqual([['LINKED_TO', beta.id, `${dataset}--co-1`, 'owns']]);
  });
});
