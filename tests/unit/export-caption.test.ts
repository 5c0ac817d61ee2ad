// The caption of a presented export: every source behind what is drawn, once, with publisher, date and grade.
import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../server/contract/graph.ts';
import { captionSources } from '../../client/explore/export/present.ts';
import type { ExportGraph } from '../../client/explore/export/model.ts';

const source = (id: string, title: string, publisher: string, publishedOn: string | null, reliability: SourceSummary['reliability']): SourceSummary => ({
  id, title, publisher, kind: 'article', reliability, url: null, publishedOn, held: true, citedBy: [],
});
const SOURCES = new Map([
  ['src-a', source('src-a', 'Synthetic Report Alpha', 'Synthetic Press', '2025-03-01', 'B')],
  ['src-b', source('src-b', 'Synthetic Note Beta', 'unknown', null, 'F')],
]);
const data = { node: () => undefined, edge: () => undefined, source: (id: string) => SOURCES.get(id) };
const node = (id: string, type: string, sources: string[], label = id) => ({ id, type, label, sources, sourceTitles: [], sourceGrades: [] });

describe('captionSources', () => {
  it('lists each source once: those cited by nodes and lines and those drawn as nodes', () => {
    const graph: ExportGraph = {
      nodes: [node('per-x', 'Person', ['src-a']), node('src-b', 'Source', []), node('org-y', 'Organization', ['src-a', 'src-b'])],
      edges: [{ id: 'e', source: 'per-x', target: 'org-y', type: 'LEADS', label: 'leads', sources: ['src-a'], sourceTitles: [], sourceGrades: [] }],
    };
    expect(captionSources(graph, data)).toEqual([
      'Synthetic Note Beta (publisher not stated, undated). Grade F: reliability cannot be judged.',
      'Synthetic Report Alpha (Synthetic Press, 2025-03-01). Grade B: usually reliable.',
    ]);
  });

  it('says when a cited source is not held, rather than inventing its grade', () => {
    const graph: ExportGraph = { nodes: [node('per-x', 'Person', ['src-missing'])], edges: [] };
    expect(captionSources(graph, data)).toEqual(['src-missing (no title or grade held for this source)']);
  });
});
