// The editing forms' pure parts: where an error lands, the ids and versions they send, what a diff shows, what a save says.
import { describe, expect, it } from 'vitest';
import { ChangeSet } from '../../server/contract/edits.ts';
import { EntityId } from '../../server/contract/graph.ts';
import { changedKeys, shown } from '../../client/edits/diff-view.ts';
import { fieldCandidates } from '../../client/edits/fields.ts';
import { newId, touchedNodes, versionOf } from '../../client/edits/ids.ts';
import { PROPOSED, savedMessage } from '../../client/edits/submit.ts';

const allegation = (citedSource: string) => ({
  id: 'al-syn-test', name: 'Synthetic claim', summary: 'Synthetic Watchdog Beta alleges something invented.', category: 'fraud', isOpinion: false,
  status: 'alleged', statusHistory: [{ status: 'alleged', on: null, source: citedSource, note: 'Recorded as reported.' }],
  credibility: 4, credibilityNote: 'Synthetic.', assertedOn: null, conductPeriod: null,
  madeBy: ['syn-watchdog-beta'], against: ['syn-minister-alpha'], concerns: [], citedIn: [{ source: citedSource, note: 'Invented.' }], respondsTo: [],
});

describe('where a contract error lands in a form', () => {
  it('maps the zod path of a missing source in a new allegation to the form\'s source field', () => {
    const result = ChangeSet.safeParse({ dataset: 'fixture', comment: 'why', ops: [{ op: 'create', kind: 'allegation', record: allegation('') }] });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path as Array<string | number>);
    const cited = paths.find((p) => p.includes('citedIn'));
    expect(cited).toBeDefined();
    expect(fieldCandidates(cited!)).toContain('source');
  });

  it('names the comment field when the comment is blank, and tries the longest tail first', () => {
    const result = ChangeSet.safeParse({ dataset: 'fixture', comment: '  ', ops: [{ op: 'create', kind: 'allegation', record: allegation('src-syn-x') }] });
    expect(result.success ? [] : result.error.issues.map((i) => fieldCandidates(i.path as Array<string | number>)[0])).toEqual(['comment']);
    expect(fieldCandidates(['ops', 0, 'record', 'summary'])).toEqual(['record.summary', 'summary']);
  });

  it('tries the op\'s own prefix first, so an inline new source\'s title is not mistaken for another field', () => {
    expect(fieldCandidates('ops.0.record.title', { 0: 'source.' })).toEqual(['source.record.title', 'record.title', 'source.title', 'title']);
    // The op after the inline source gets no prefix.
    expect(fieldCandidates('ops.1.record.description', { 0: 'source.' })).toEqual(['record.description', 'description']);
  });
});

describe('ids and versions sent', () => {
  it('makes ids the contract accepts, even from names with accents, symbols or nothing usable', () => {
    for (const name of ['Synthetic Minister Alpha', 'Ünïcödé — “quoted” name!', '', '   ', 'x'.repeat(200)]) {
      const id = newId('al', name);
      expect(EntityId.safeParse(id).success, id).toBe(true);
    }
    expect(newId('src', 'Synthetic Report', () => 0)).toBe('src-synthetic-report-00000');
  });

  it('reads version 0 for what the seed wrote, and the number an edit set', () => {
    expect(versionOf({})).toBe(0);
    expect(versionOf({ version: 3 })).toBe(3);
    expect(versionOf({ version: '3' })).toBe(0);
  });

  it('lists the nodes a change touched, both ends of a relationship included, once each', () => {
    expect(touchedNodes({ items: [
      { kind: 'relationship', element: 'LEADS:syn-a:syn-b', op: 'create', before: null, after: {}, fields: [] },
      { kind: 'entity', element: 'syn-a', op: 'update', before: {}, after: {}, fields: [] },
    ] })).toEqual(['syn-a', 'syn-b']);
    // A reply's own allegation and the one it answers, whose panel shows it.
    expect(touchedNodes({ items: [{ kind: 'allegation', element: 'al-reply', op: 'create', before: null,
      after: { respondsTo: [{ allegation: 'al-claim', stance: 'denies' }] }, fields: [] }] })).toEqual(['al-reply', 'al-claim']);
  });
});

describe('diffs and outcomes', () => {
  it('shows only what differs, lists as a person reads them', () => {
    expect(changedKeys({ name: 'A', aliases: ['x'], version: 1 }, { name: 'A', aliases: ['x', 'y'], version: 2 })).toEqual(['aliases', 'version']);
    expect(changedKeys(null, { name: 'A' })).toEqual(['name']);
    expect(shown(['x', 'y'])).toBe('x, y');
    expect(shown(null)).toBe('—');
  });

  it('says a proposal waits for review', () => {
    expect(savedMessage({ status: 'proposed' })).toBe(PROPOSED);
    expect(PROPOSED).toBe('Proposed — waiting for review');
    expect(savedMessage({ status: 'applied' })).not.toBe(PROPOSED);
  });
});
