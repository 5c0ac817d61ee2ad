// A synthetic investigation graph: power-law degrees with hubs, actors, compounds and places,
// allegations with sources and grades. Deterministic for a seed; every name says it is synthetic.
import type { NodeType, RelType } from '../contract/vocabulary.ts';
import { nodeLabels } from '../contract/vocabulary.ts';
import type { NodeRow, RelRow } from '../seed/to-rows.ts';
import { pick, seeded, type Random } from './prng.ts';

export interface SyntheticOptions {
  nodes: number;
  seed?: number;
  dataset?: string;
  /** Relationships per node on average; 5 gives 100k nodes / 500k relationships. */
  relsPerNode?: number;
}

/** Share of each type, in order; allegations and sources make the graph an investigation, not a social network. */
const MIX: [NodeType, number][] = [
  ['Person', 0.50], ['Official', 0.04], ['Organization', 0.08], ['PublicBody', 0.02], ['Compound', 0.08],
  ['Place', 0.03], ['Province', 0.005], ['Country', 0.002], ['ScamType', 0.003], ['Event', 0.02],
  ['Source', 0.03], ['Allegation', 0.19],
];
const STATUSES = ['alleged', 'alleged', 'alleged', 'denied', 'disputed', 'corroborated', 'charged', 'convicted', 'acquitted', 'retracted'];
const CATEGORIES = ['complicity_collusion', 'corruption', 'trafficking', 'forced_labour', 'torture', 'fraud', 'characterisation', 'estimate'];
const RELIABILITY = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F'];

/** Which factual link a pair of types gets; pairs not listed get none. */
const FACT: Partial<Record<NodeType, Partial<Record<NodeType, RelType>>>> = {
  Person: { Organization: 'MEMBER_OF', PublicBody: 'MEMBER_OF', Compound: 'OPERATES', Event: 'TOOK_PART_IN', Place: 'LOCATED_IN' },
  Official: { PublicBody: 'LEADS', Organization: 'MEMBER_OF', Event: 'ORDERED', Compound: 'OPERATES' },
  Organization: { Compound: 'OPERATES', ScamType: 'USES_SCHEME', Place: 'LOCATED_IN', Organization: 'PART_OF' },
  PublicBody: { Event: 'CONDUCTED', Province: 'LOCATED_IN' },
  Compound: { Place: 'LOCATED_IN', Province: 'LOCATED_IN', ScamType: 'USES_SCHEME' },
  Place: { Province: 'LOCATED_IN', Country: 'LOCATED_IN' },
  Province: { Country: 'LOCATED_IN' },
  Event: { Place: 'CONDUCTED_IN', Province: 'CONDUCTED_IN', Compound: 'TARGETED', Event: 'PRECEDED' },
};

const pad = (i: number) => String(i).padStart(7, '0');

export interface SyntheticGraph {
  dataset: string;
  nodes: NodeRow[];
  relationships: RelRow[];
}

export function generateSynthetic({ nodes: count, seed = 42, dataset = `synthetic-${count}`, relsPerNode = 5 }: SyntheticOptions): SyntheticGraph {
  const rand = seeded(seed);
  const types = assignTypes(count, rand);
  const byType = new Map<NodeType, number[]>();
  types.forEach((t, i) => {
    const list = byType.get(t);
    if (list) list.push(i);
    else byType.set(t, [i]);
  });
  const sources = byType.get('Source') ?? [];
  // One string per node, shared by every row that names it: at a million nodes, fresh copies per relationship
  // were most of the memory, and the generator ran out of heap.
  const ids = types.map((t, i) => `syn-${t.toLowerCase()}-${pad(i)}`);
  const id = (i: number) => ids[i]!;
  const sourceOf = () => (sources.length ? id(pick(rand, sources)) : 'syn-source-none');

  const nodes = types.map((type, i) => nodeRow(type, i, id(i), dataset, rand, sourceOf));
  const relationships = wire(types, byType, id, count * relsPerNode, rand, sourceOf, nodes);
  return { dataset, nodes, relationships };
}

function assignTypes(count: number, rand: Random): NodeType[] {
  const out: NodeType[] = [];
  for (const [type, share] of MIX) for (let i = 0; i < Math.max(1, Math.round(count * share)); i++) out.push(type);
  while (out.length < count) out.push('Person');
  out.length = count;
  // Shuffle so ids do not cluster by type.
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

function nodeRow(type: NodeType, i: number, id: string, dataset: string, rand: Random, sourceOf: () => string): NodeRow {
  const name = `Synthetic ${type} ${pad(i)}`;
  const props: Record<string, unknown> = {
    id, type, name, aliases: [`SYN-${pad(i)}`], description: `Synthetic test data (${type.toLowerCase()} #${i}); not a real entity.`,
    dataset, sources: type === 'Source' ? [id] : [sourceOf()], named: true,
  };
  if (type === 'Source') Object.assign(props, { reliability: pick(rand, RELIABILITY), kind: 'report', publisher: 'Synthetic Press', held: rand() < 0.7, citedBy: [] });
  if (type === 'Allegation') {
    const status = pick(rand, STATUSES);
    Object.assign(props, {
      category: pick(rand, CATEGORIES), status, isOpinion: rand() < 0.15, credibility: 1 + Math.floor(rand() * 6),
      assertedOn: `20${String(15 + Math.floor(rand() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`,
      statusHistoryJson: JSON.stringify([{ status, on: null, source: (props.sources as string[])[0], note: 'synthetic' }]),
    });
  }
  return { id, labels: ['Entity', ...nodeLabels[type]], props };
}

const ACTORS: ReadonlySet<NodeType> = new Set(['Person', 'Official', 'Organization', 'PublicBody']);

/** Links between two typed nodes: a sourced fact where the types allow one, else an allegation edge, else none. */
function linkFor(tu: NodeType, tv: NodeType, rand: Random): { type: RelType; flip: boolean } | null {
  const fact = FACT[tu]?.[tv];
  if (fact) return { type: fact, flip: false };
  const back = FACT[tv]?.[tu];
  if (back) return { type: back, flip: true };
  if (tu === 'Allegation' || tv === 'Allegation') {
    const other = tu === 'Allegation' ? tv : tu;
    const flip = tu !== 'Allegation';
    if (other === 'Allegation') return { type: 'SUPPORTS', flip };
    if (other === 'Source') return { type: 'CITED_IN', flip };
    if (ACTORS.has(other)) return { type: rand() < 0.5 ? 'MADE_BY' : 'AGAINST', flip };
    return { type: 'CONCERNS', flip };
  }
  return null;
}

/** Chung–Lu: each node gets a Pareto-distributed weight and is drawn in proportion to it, which grows hubs. */
function weightedSampler(count: number, rand: Random): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    // Pareto with exponent 2.2, capped so no hub holds more than a few percent of all links.
    total += Math.min(1 / Math.pow(1 - rand(), 1 / 1.2), Math.sqrt(count) * 4);
    cumulative[i] = total;
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function wire(types: NodeType[], byType: Map<NodeType, number[]>, id: (i: number) => string, target: number, rand: Random,
  sourceOf: () => string, nodes: NodeRow[]): RelRow[] {
  const draw = weightedSampler(types.length, rand);
  const rows: RelRow[] = [];
  // Numbers, not id strings, to remember which links exist (a few bytes each instead of ~80).
  const seen = new Set<number>();
  const typeIndex = new Map<RelType, number>();
  const count = types.length;
  const add = (type: RelType, from: number, to: number) => {
    if (!typeIndex.has(type)) typeIndex.set(type, typeIndex.size);
    const key = (from * count + to) * 64 + typeIndex.get(type)!;
    if (from === to || seen.has(key)) return false;
    seen.add(key);
    const relId = `${type}:${id(from)}:${id(to)}`;
    const allegation = types[from] === 'Allegation' ? nodes[from]!.props : null;
    rows.push({
      id: relId, type, from: id(from), to: id(to),
      props: { id: relId, status: allegation ? allegation.status : 'reported', sources: allegation ? allegation.sources : [sourceOf()] },
    });
    return true;
  };
  // Every allegation says who makes it and where it is cited.
  const actors = types.flatMap((t, i) => (ACTORS.has(t) ? [i] : []));
  const sources = byType.get('Source') ?? [];
  for (const a of byType.get('Allegation') ?? []) {
    if (actors.length) add('MADE_BY', a, pick(rand, actors));
    if (sources.length) add('CITED_IN', a, pick(rand, sources));
  }
  let attempts = 0;
  while (rows.length < target && attempts < target * 20) {
    attempts++;
    const u = draw();
    const v = draw();
    const link = linkFor(types[u]!, types[v]!, rand);
    if (link) add(link.type, link.flip ? v : u, link.flip ? u : v);
  }
  return rows;
}
