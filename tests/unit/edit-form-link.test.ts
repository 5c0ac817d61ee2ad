// A link's "Edit" sends only what changed, keeps the properties it does not edit, and never sends the server's bookkeeping back.
import { describe, expect, it } from 'vitest';
import { ChangeSet } from '../../server/contract/edits.ts';
import type { GraphEdge } from '../../server/contract/graph.ts';
import { SeedRelationship } from '../../server/seed/schema.ts';
import { linkSet } from '../../client/edits/link-set.ts';

const edge: GraphEdge = {
  id: 'LEADS:syn-minister-alpha:syn-ministry-gamma', type: 'LEADS', source: 'syn-minister-alpha', target: 'syn-ministry-gamma',
  status: 'reported', sources: ['src-syn-watchdog-report'],
  properties: { role: 'Synthetic Minister', count: 2, version: 3, lastChange: 'ch-synthetic' },
};
const same = { status: 'reported', sources: ['src-syn-watchdog-report'], properties: { role: 'Synthetic Minister', note: '', since: '', until: '' } };

describe('what a link edit sends', () => {
  it('sends nothing when nothing changed, so the contract refuses an empty set before any request', () => {
    expect(linkSet(edge, same)).toEqual({});
    const change = ChangeSet.safeParse({ dataset: 'fixture', comment: 'why', ops: [{ op: 'update', kind: 'relationship', id: edge.id, version: 3, set: linkSet(edge, same) }] });
    expect(change.success).toBe(false);
  });

  it('sends the new standing and sources, and the properties whole without version or lastChange', () => {
    const set = linkSet(edge, { status: 'established', sources: ['src-syn-watchdog-report', 'src-syn-ministry-statement'],
      properties: { role: '', note: 'Synthetic note.', since: '2031-01-01', until: '' } });
    expect(set).toEqual({
      status: 'established', sources: ['src-syn-watchdog-report', 'src-syn-ministry-statement'],
      properties: { count: 2, note: 'Synthetic note.', since: '2031-01-01' },
    });
    // Merged over the stored record as the server does, the result passes the seed's own schema.
    const stored = { type: 'LEADS', from: edge.source, to: edge.target, sources: edge.sources, status: 'reported', properties: { role: 'Synthetic Minister', count: 2 } };
    expect(SeedRelationship.safeParse({ ...stored, ...set }).success).toBe(true);
  });

  it('sends an empty source list as it is, for the server to refuse on the sources field', () => {
    expect(linkSet(edge, { ...same, sources: [] })).toEqual({ sources: [] });
  });
});
