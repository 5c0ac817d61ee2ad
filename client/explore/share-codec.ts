// The view as a compact, URL-safe string (?v=): base64url of a short-keyed JSON, validated with zod on the way in.
import { z } from 'zod';
// Relative, not @contract: the unit tests load this file and their config has no alias for it.
import { AllegationStatus, NodeType, Reliability, RelType } from '../../server/contract/vocabulary.ts';
import { DEFAULT_SETTINGS, LAYOUTS, NO_FILTERS, SIZE_BY, type Filters, type Snapshot } from './types.ts';
import type { PathShare } from './path-share.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Short keys keep links short: n nodes, p positions, e edges, k pinned, x pagings, y slices, f filters, l m z settings, s selection. */
const Wire = z.object({
  n: z.array(z.string().max(200)).max(20_000),
  p: z.array(z.number()).optional(),
  e: z.array(z.string().max(500)).default([]),
  k: z.array(z.number().int()).default([]),
  x: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])).default([]),
  y: z.array(z.tuple([z.number().int(), RelType, z.enum(['out', 'in']), z.number().int(), z.number().int()])).default([]),
  f: z.object({
    t: z.array(NodeType).optional(), r: z.array(RelType).optional(), s: z.array(AllegationStatus).optional(),
    c: z.number().int().min(1).max(6).optional(), g: Reliability.optional(), a: Day.optional(), b: Day.optional(), h: z.literal(1).optional(), u: z.literal(1).optional(),
  }).default({}),
  l: z.enum(LAYOUTS).optional(),
  m: z.literal('links').optional(),
  z: z.enum(SIZE_BY).optional(),
  s: z.string().max(300).optional(),
  /** The path view: m paths or collusion, f t ends, k h g r o s the search's options, l linked shown, i the path picked. */
  q: z.object({
    m: z.enum(['p', 'c']), f: z.string().max(200).optional(), t: z.string().max(200).optional(),
    k: z.number().int().min(1).max(10).optional(), h: z.number().int().min(1).max(20).optional(), g: Reliability.optional(),
    r: z.number().int().min(1).max(6).optional(), o: z.literal(1).optional(), s: z.literal(1).optional(), l: z.literal(1).optional(),
    i: z.number().int().min(-1).max(1000).default(0),
  }).optional(),
});
type Wire = z.infer<typeof Wire>;

export interface SharedView { snapshot: Snapshot; selected?: string; hasPositions: boolean; path?: PathShare }

function pathOut(p: PathShare): NonNullable<Wire['q']> {
  return {
    m: p.kind === 'collusion' ? 'c' : 'p', i: p.chosen,
    ...(p.from ? { f: p.from } : {}), ...(p.to ? { t: p.to } : {}), ...(p.k ? { k: p.k } : {}), ...(p.maxHops ? { h: p.maxHops } : {}),
    ...(p.minReliability ? { g: p.minReliability } : {}), ...(p.maxCredibility && p.maxCredibility < 6 ? { r: p.maxCredibility } : {}),
    ...(p.corroboratedOnly ? { o: 1 as const } : {}), ...(p.throughSources ? { s: 1 as const } : {}), ...(p.includeLinked ? { l: 1 as const } : {}),
  };
}

function pathIn(q: NonNullable<Wire['q']>): PathShare {
  return {
    kind: q.m === 'c' ? 'collusion' : 'paths', chosen: q.i,
    ...(q.f ? { from: q.f } : {}), ...(q.t ? { to: q.t } : {}), ...(q.k ? { k: q.k } : {}), ...(q.h ? { maxHops: q.h } : {}),
    ...(q.g ? { minReliability: q.g } : {}), ...(q.r ? { maxCredibility: q.r } : {}),
    ...(q.o ? { corroboratedOnly: true } : {}), ...(q.s ? { throughSources: true } : {}), ...(q.l ? { includeLinked: true } : {}),
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function filtersOut(f: Filters): Wire['f'] {
  const out: Wire['f'] = {};
  if (f.types.length) out.t = f.types;
  if (f.rels.length) out.r = f.rels;
  if (f.statuses.length) out.s = f.statuses;
  if (f.maxCredibility < 6) out.c = f.maxCredibility;
  if (f.minReliability !== 'F') out.g = f.minReliability;
  if (f.from) out.a = f.from;
  if (f.to) out.b = f.to;
  if (f.hide) out.h = 1;
  if (f.hideUndated) out.u = 1;
  return out;
}

/** Encodes a view; positions are left out when asked (very large views), the link then lays the graph out afresh. */
export function encodeView(snap: Snapshot, selected?: string, withPositions = true, path?: PathShare): string {
  const index = new Map(snap.nodes.map((n, i) => [n.id, i]));
  // Edge ids are TYPE:source:target; naming the ends by index makes each a few characters.
  const edge = (id: string): string => {
    const [type, source, target, ...rest] = id.split(':');
    const i = index.get(source ?? '');
    const j = index.get(target ?? '');
    return rest.length === 0 && type && i !== undefined && j !== undefined ? `${type}:${i}:${j}` : `!${id}`;
  };
  const s = snap.settings;
  const wire: Wire = {
    n: snap.nodes.map((n) => n.id),
    ...(withPositions ? { p: snap.nodes.flatMap((n) => [Math.round(n.x), Math.round(n.y)]) } : {}),
    e: snap.edges.map(edge),
    k: snap.pinned.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
    x: snap.paging.flatMap(([id, p]) => (index.has(id) ? [[index.get(id) ?? 0, p.loaded, p.total] as [number, number, number]] : [])),
    y: snap.slices.flatMap((sl) => (index.has(sl.id) ? [[index.get(sl.id) ?? 0, sl.rel, sl.dir, sl.loaded, sl.total] as Wire['y'][number]] : [])),
    f: filtersOut(s.filters),
    ...(s.layout !== 'fcose' ? { l: s.layout } : {}),
    ...(s.mode === 'links' ? { m: 'links' as const } : {}),
    ...(s.sizeBy !== 'none' ? { z: s.sizeBy } : {}),
    ...(selected ? { s: selected } : {}),
    ...(path ? { q: pathOut(path) } : {}),
  };
  return toBase64Url(JSON.stringify(wire));
}

/** Decodes a ?v= value; throws an Error with a reader-facing message when it is not a view. */
export function decodeView(text: string): SharedView {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(text));
  } catch {
    throw new Error('This link’s view is damaged (it may have been cut short when copied).');
  }
  const parsed = Wire.safeParse(raw);
  if (!parsed.success) throw new Error('This link’s view is not one this page understands.');
  const w = parsed.data;
  const id = (i: number): string | undefined => w.n[i];
  const edges = w.e.map((e) => {
    if (e.startsWith('!')) return e.slice(1);
    const [type, i, j] = e.split(':');
    return `${type}:${id(Number(i)) ?? '?'}:${id(Number(j)) ?? '?'}`;
  });
  const f = w.f;
  const filters: Filters = {
    ...NO_FILTERS, types: f.t ?? [], rels: f.r ?? [], statuses: f.s ?? [], maxCredibility: f.c ?? 6, minReliability: f.g ?? 'F',
    ...(f.a ? { from: f.a } : {}), ...(f.b ? { to: f.b } : {}), hide: f.h === 1,
    hideUndated: f.u === 1,
  };
  return {
    snapshot: {
      nodes: w.n.map((nodeId, i) => ({ id: nodeId, x: w.p?.[2 * i] ?? 0, y: w.p?.[2 * i + 1] ?? 0 })),
      edges,
      pinned: w.k.map(id).filter((x): x is string => x !== undefined),
      paging: w.x.flatMap(([i, loaded, total]) => (id(i) ? [[id(i) ?? '', { loaded, total }] as [string, { loaded: number; total: number }]] : [])),
      slices: w.y.flatMap(([i, rel, dir, loaded, total]) => (id(i) ? [{ id: id(i) ?? '', rel, dir, loaded, total }] : [])),
      settings: { ...DEFAULT_SETTINGS, filters, layout: w.l ?? 'fcose', mode: w.m ?? 'nodes', sizeBy: w.z ?? 'none' },
    },
    ...(w.s ? { selected: w.s } : {}),
    hasPositions: w.p !== undefined && w.p.length === 2 * w.n.length,
    ...(w.q ? { path: pathIn(w.q) } : {}),
  };
}
