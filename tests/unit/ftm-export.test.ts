// The FtM writer on its own: what it writes passes the FtM model, what FtM cannot hold goes to the extension, and an
// FtM file that went through Scamgraph comes out with its own ids, schemata and values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFtmLines, readFtm } from '../../server/interop/ftm/read-ftm.ts';
import { ftmLines, writeFtm } from '../../server/interop/ftm/write-ftm.ts';
import { readSeedFolder } from '../../server/seed/read-files.ts';
import { toNodeRows, toRelationshipRows, type NodeRow } from '../../server/seed/to-rows.ts';
import { fileProblems } from '../fixtures/ftm/check.ts';

const seed = readSeedFolder('seed/cambodia-crackdown');
const dump = { dataset: seed.dataset, nodes: toNodeRows(seed), relationships: toRelationshipRows(seed) };

describe('FtM export', () => {
  it('writes the seed as FtM the model accepts, line by line and reference by reference', () => {
    const { entities } = writeFtm(dump);
    expect(entities.length).toBe(dump.nodes.length + dump.relationships.length);
    expect(fileProblems(entities)).toEqual([]);
    const schemas = new Set(entities.map((e) => e.schema));
    for (const s of ['Person', 'Organization', 'PublicBody', 'RealEstate', 'Address', 'Event', 'Article', 'Note', 'Directorship', 'UnknownLink']) expect(schemas, s).toContain(s);
    const claim = entities.find((e) => e.id === 'al-gov-complicity')!;
    expect(claim).toMatchObject({ schema: 'Note', properties: { entity: ['pb-government-cambodia', 'cmp-amnesty-investigated'], proof: ['src-crackdown-analysis', 'src-amnesty-investigations'] } });
    expect(claim.properties.notes![0]).toMatch(/not a finding: allegation, status alleged, credibility 3/);
  });

  it('puts what FtM cannot hold in the extension: the allegation itself, its status and history, grades, established-or-reported', () => {
    const { sidecar } = writeFtm(dump);
    const claim = seed.allegations.find((a) => a.id === 'al-gov-complicity')!;
    expect(sidecar.nodes['al-gov-complicity']).toMatchObject({
      type: 'Allegation',
      set: { status: 'alleged', credibility: claim.credibility, isOpinion: false, category: 'complicity_collusion', statusHistoryJson: JSON.stringify(claim.statusHistory) },
    });
    expect(sidecar.nodes['src-cambodia-geography']?.set).toMatchObject({ reliability: 'B', held: true });
    const geography = dump.relationships.find((r) => r.props.status === 'established')!;
    expect(Object.values(sidecar.relationships).some((d) => d.type === geography.type && d.set?.status === 'established')).toBe(true);
    // Nothing FtM already says twice: a person's name and description are in the line only.
    expect(sidecar.nodes['off-hun-manet']?.set?.name).toBeUndefined();
  });

  it('leaves a value FtM would refuse out of the line, cuts a name too long for it, and keeps both whole in the extension', () => {
    const person: NodeRow = {
      id: 'synthetic-person-beta', labels: ['Entity', 'Person'],
      props: { id: 'synthetic-person-beta', type: 'Person', name: `Synthetic Person Beta ${'β'.repeat(400)}`, aliases: [], description: 'x', dataset: 'd', sources: [], named: true, 'ftm:birthDate': ['sometime in spring'] },
    };
    const { entities, sidecar } = writeFtm({ dataset: 'd', nodes: [person], relationships: [] });
    expect(fileProblems(entities)).toEqual([]);
    expect(entities[0]!.properties.name![0]!.length).toBe(384);
    expect(entities[0]!.properties.birthDate).toBeUndefined();
    const back = readFtm(ftmLines(entities), { dataset: 'import-x', sidecar: JSON.parse(JSON.stringify(sidecar)) });
    expect(back.nodes).toHaveLength(1);
    expect(back.nodes[0]!.props).toEqual({ ...person.props, id: 'import-x--synthetic-person-beta', dataset: 'import-x' });
  });

  it('gives an FtM file that went through Scamgraph back with its ids, schemata and values, but for what the model cannot hold', () => {
    const text = readFileSync(new URL('../fixtures/ftm/synthetic.ftm.jsonl', import.meta.url), 'utf8');
    const rows = readFtm(text, { dataset: 'import-fx', file: 'synthetic.ftm.jsonl' });
    const { entities } = writeFtm({ dataset: 'import-fx', nodes: rows.nodes, relationships: rows.relationships });
    expect(fileProblems(entities)).toEqual([]);
    const out = new Map(entities.map((e) => [e.id, e]));
    const lost: string[] = [];
    for (const { entity: e } of parseFtmLines(text)) {
      const o = out.get(e.id)!;
      if (o.schema !== e.schema) lost.push(`${e.id} schema`);
      for (const [k, vs] of Object.entries(e.properties)) for (const v of vs) if (!(o.properties[k] ?? []).includes(v)) lost.push(`${e.id} ${k}`);
    }
    // The unknown schema is no FtM schema to write; a Sanction has one end, so it goes out as a link from its authority.
    expect(lost).toEqual(['syn-gadget-1 schema', 'syn-gadget-1 colour', 'syn-sanction-1 schema', 'syn-sanction-1 entity', 'syn-sanction-1 authority', 'syn-sanction-1 program']);
  });

  it('writes an entity back under the FtM schema it came from only when it still has what that schema requires', () => {
    const text = [
      '{"id":"doc-with-file","schema":"Document","properties":{"fileName":["synthetic.pdf"],"title":["Synthetic Register Extract"]}}',
      '{"id":"doc-without-file","schema":"Document","properties":{"title":["Synthetic Memo Without A File"]}}',
      '{"id":"co-1","schema":"Company","properties":{"name":["Synthetic Holding Alpha Ltd"],"proof":["doc-with-file","doc-without-file"]}}',
    ].join('\n');
    const rows = readFtm(text, { dataset: 'import-docs' });
    const { entities } = writeFtm({ dataset: 'import-docs', nodes: rows.nodes, relationships: rows.relationships });
    expect(fileProblems(entities)).toEqual([]);
    expect(Object.fromEntries(entities.map((e) => [e.id, e.schema]))).toMatchObject({ 'doc-with-file': 'Document', 'doc-without-file': 'Article', 'co-1': 'Company' });
  });
});
