// The allegation status lifecycle: the code's table is the documented one, over every pair of statuses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AllegationStatus } from '../../server/contract/vocabulary.ts';
import { canMove, TRANSITIONS } from '../../server/edits/status-lifecycle.ts';

const STATUSES = AllegationStatus.options;

/** The "from | may move to" table of docs/editing.md section 3. */
function documentedTable(): Record<string, string[]> {
  const doc = readFileSync(new URL('../../docs/editing.md', import.meta.url), 'utf8');
  const section = doc.split('## 3. Allegation status lifecycle')[1]!.split('\n## ')[0]!;
  // Body rows only: the header row (`| from | may move to |`) names no status.
  const rows = section.split('\n').filter((l) => /^\| [a-z_]+ \| [a-z_, ]+ \|$/.test(l) && !l.startsWith('| from |'));
  return Object.fromEntries(rows.map((l) => {
    const [, from, to] = l.split('|').map((c) => c.trim());
    return [from!, to!.split(',').map((s) => s.trim())];
  }));
}

describe('status lifecycle', () => {
  it('enforces exactly the table in docs/editing.md, for every pair of statuses', () => {
    const doc = documentedTable();
    expect(Object.keys(doc).sort()).toEqual([...STATUSES].sort());
    for (const from of STATUSES) {
      for (const to of STATUSES) expect(canMove(from, to), `${from} -> ${to}`).toBe(doc[from]!.includes(to));
    }
  });

  it('never moves a status to itself, lets every status be retracted, and sends a retraction only back to alleged', () => {
    for (const s of STATUSES) {
      expect(canMove(s, s)).toBe(false);
      if (s !== 'retracted') expect(canMove(s, 'retracted'), s).toBe(true);
    }
    expect(TRANSITIONS.retracted).toEqual(['alleged']);
  });

  it('keeps a court finding from going back to a bare claim except through a retraction', () => {
    for (const finding of ['convicted', 'acquitted'] as const) {
      expect(canMove(finding, 'alleged')).toBe(false);
      expect(canMove(finding, 'retracted') && canMove('retracted', 'alleged')).toBe(true);
    }
    expect(canMove('alleged', 'convicted')).toBe(false);
    expect(canMove('charged', 'convicted')).toBe(true);
  });

  it('can reach every status from alleged', () => {
    const seen = new Set<string>(['alleged']);
    const queue = ['alleged' as const];
    for (let s = queue.shift(); s; s = queue.shift()) {
      for (const t of TRANSITIONS[s]) if (!seen.has(t)) { seen.add(t); queue.push(t as never); }
    }
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
