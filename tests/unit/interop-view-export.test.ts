// "Export the view" runs the shared writers (client/explore/export/to-interop.ts -> server/interop/): the peers read
// every file, provenance travels, an imported link word stays the link's label, and CSV cells never run as formulas.
// Replaces tests/unit/export-formats.test.ts, which tested the view's own writers (gone: one writer per format).
// Regression: the view's old GraphML declared `<key id="label" for="all">`, and graphology-graphml (Gephi Lite's
// parser) threw on it ("Cannot set properties of undefined (setting 'label')"): the first test failed on it.
import Graph from 'graphology';
import { parse as parseGexfPeer } from 'graphology-gexf';
import { parse as parseGraphmlPeer } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportGraph } from '../../client/explore/export/model.ts';
import { viewFile } from '../../client/explore/export/to-interop.ts';
import { csvCell } from '../../server/interop/csv-table.ts';
import { readGraphml } from '../../server/interop/graphml.ts';
import { rehome } from '../../server/interop/rehome.ts';

const graph: ExportGraph = {
  nodes: [
    { id: 'org-amnesty', label: 'Amnesty International', type: 'Organization', description: 'Rights group', dataset: 'cambodia-crackdown', sources: ['src-a'], sourceTitles: ['Analysis, "in depth" & more'], sourceGrades: ['F'], x: 10, y: -20 },
    {
      id: 'al-gov', label: 'Alleged <complicity>\r\nsecond line', type: 'Allegation', status: 'alleged', category: 'complicity_collusion', credibility: 3, isOpinion: false,
      sources: ['src-a', 'src-b'], sourceTitles: ['Analysis, "in depth" & more', 'Investigations'], sourceGrades: ['F', 'F'], x: 0, y: 0,
    },
    { id: 'src-a', label: '=HYPERLINK("x")', type: 'Source', reliability: 'F', sources: [], sourceTitles: [], sourceGrades: [] },
  ],
  edges: [
    { id: 'MADE_BY:al-gov:org-amnesty', source: 'al-gov', target: 'org-amnesty', type: 'MADE_BY', label: 'made by', status: 'alleged', sources: ['src-a'], sourceTitles: ['Analysis, "in depth" & more'], sourceGrades: ['F'] },
    { id: 'allegation:al-gov:org-amnesty:src-a', source: 'org-amnesty', target: 'src-a', type: 'ALLEGES', label: 'ALLEGED · complicity', status: 'alleged', allegation: 'al-gov', sources: ['src-b'], sourceTitles: ['Investigations'], sourceGrades: ['F'] },
    { id: 'l1', source: 'org-amnesty', target: 'src-a', type: 'LINKED_TO', label: 'friend of', kind: 'friend of', sources: ['src-a'], sourceTitles: ['x'], sourceGrades: ['F'] },
  ],
};

describe('export the view: the shared writers, read by the peers', () => {
  it('GraphML opens in graphology-graphml (Gephi Lite), keys declared per domain, never for="all"', async () => {
    const text = (await viewFile(graph, 'graphml')) as string;
    expect(text).not.toContain('for="all"');
    const g = parseGraphmlPeer(Graph, text);
    expect(g.nodes()).toEqual(graph.nodes.map((n) => n.id));
    expect(g.getNodeAttribute('al-gov', 'name')).toBe('Alleged <complicity>\r\nsecond line');
    expect(g.getNodeAttribute('al-gov', 'status')).toBe('alleged');
    expect(g.getNodeAttribute('al-gov', 'credibility')).toBe(3);
    expect(JSON.parse(g.getNodeAttribute('al-gov', 'sourceTitles') as string)).toEqual(['Analysis, "in depth" & more', 'Investigations']);
    expect(g.getNodeAttribute('org-amnesty', 'x')).toBe(10);
    expect(g.getEdgeAttribute('l1', 'label')).toBe('friend of');
  });

  for (const gexfVersion of ['1.3', '1.2'] as const) {
    it(`GEXF ${gexfVersion} opens in graphology-gexf with labels, colours and positions`, async () => {
      const text = (await viewFile(graph, 'gexf', { gexfVersion, colourOf: () => ({ r: 1, g: 2, b: 3 }) })) as string;
      const g = parseGexfPeer(Graph, text);
      expect(g.order).toBe(3);
      expect(g.getNodeAttribute('al-gov', 'label')).toBe('Alleged <complicity>\r\nsecond line');
      expect(g.getNodeAttribute('org-amnesty', 'color')).toBe('rgb(1,2,3)');
      expect(g.getNodeAttribute('org-amnesty', 'x')).toBe(10);
      expect(g.getEdgeAttribute('l1', 'label')).toBe('friend of');
    });
  }

  it('.cyjs loads in headless Cytoscape with positions and provenance', async () => {
    const doc = JSON.parse((await viewFile(graph, 'cyjs')) as string);
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().map((n) => n.id())).toEqual(graph.nodes.map((n) => n.id));
    expect(cy.getElementById('al-gov').data('sources')).toEqual(['src-a', 'src-b']);
    expect(cy.getElementById('org-amnesty').position()).toEqual({ x: 10, y: -20 });
  });

  it('CSV is a zip: nodes.csv with description and dataset, edges.csv, and a README of what CSV leaves out', async () => {
    const files = unzipSync((await viewFile(graph, 'csv')) as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv']);
    const nodes = Papa.parse<Record<string, string>>(strFromU8(files['nodes.csv']!), { header: true, skipEmptyLines: true });
    expect(nodes.meta.fields).toEqual(expect.arrayContaining(['description', 'dataset']));
    expect(nodes.data.find((r) => r.id === 'org-amnesty')).toMatchObject({ description: 'Rights group', dataset: 'cambodia-crackdown' });
    expect(nodes.data.find((r) => r.id === 'src-a')!.name).toBe(`'=HYPERLINK("x")`);
    expect(strFromU8(files['README.txt']!)).toMatch(/leaves out/i);
  });

  it('never lets a cell run as a spreadsheet formula, but keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-7.5')).toBe('-7.5');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(undefined)).toBe('');
  });

  it("a view export comes back into Scamgraph: allegations known, link words kept as `kind`, sources kept", async () => {
    const back = readGraphml(new TextEncoder().encode((await viewFile(graph, 'graphml')) as string), 'view.graphml');
    const rows = rehome(back, { dataset: 'import-view', file: 'view.graphml' });
    const claim = rows.nodes.find((n) => n.id === 'import-view--al-gov')!;
    expect(claim.labels).toEqual(['Allegation', 'Entity']);
    expect(claim.props.sources).toEqual(['import-view--src-a', 'src-b']);
    const friend = rows.relationships.find((r) => r.id === 'import-view--l1')!;
    expect(friend).toMatchObject({ type: 'LINKED_TO', props: { kind: 'friend of' } });
    expect(rows.relationships.find((r) => r.props.allegation === 'import-view--al-gov')).toMatchObject({ type: 'LINKED_TO', props: { kind: 'ALLEGED · complicity' } });
  });
});
