import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../server/synthetic/generate.ts';

const fingerprint = (g: ReturnType<typeof generateSynthetic>) =>
  createHash('sha256').update(JSON.stringify(g.nodes)).update(JSON.stringify(g.relationships)).digest('hex');

describe('synthetic generator', () => {
  const g = generateSynthetic({ nodes: 3000, seed: 7 });

  it('is deterministic for a seed, and differs across seeds', () => {
    expect(fingerprint(generateSynthetic({ nodes: 3000, seed: 7 }))).toBe(fingerprint(g));
    expect(fingerprint(generateSynthetic({ nodes: 3000, seed: 8 }))).not.toBe(fingerprint(g));
  });

  it('has the requested size and about five relationships per node', () => {
    expect(g.nodes).toHaveLength(3000);
    expect(g.relationships.length).toBeGreaterThan(3000 * 4.5);
  });

  it('has hubs: power-law degrees', () => {
    const degree = new Map<string, number>();
    for (const r of g.relationships) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('names everything as synthetic and keeps it in its own dataset', () => {
    expect(g.nodes.every((n) => String(n.props.name).startsWith('Synthetic ') && n.props.dataset === 'synthetic-3000')).toBe(true);
  });

  it('gives every allegation a claimant and a citation, and every relationship a source', () => {
    const allegations = g.nodes.filter((n) => n.props.type === 'Allegation').map((n) => n.id);
    const made = new Set(g.relationships.filter((r) => r.type === 'MADE_BY').map((r) => r.from));
    const cited = new Set(g.relationships.filter((r) => r.type === 'CITED_IN').map((r) => r.from));
    expect(allegations.every((a) => made.has(a) && cited.has(a))).toBe(true);
    expect(g.relationships.every((r) => (r.props.sources as string[]).length > 0)).toBe(true);
    expect(new Set(g.relationships.map((r) => r.id)).size).toBe(g.relationships.length);
  });
});
