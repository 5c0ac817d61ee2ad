// "Why are these connected?": a path read hop by hop as sentences, claims worded as claims, each with its citations.
import type { GraphEdge, GraphNode, SourceSummary } from '@contract/graph.ts';
import type { AllegationCategory } from '@contract/vocabulary.ts';
import { relLabel, statusLabel } from '../wording.ts';

/** Statuses the explanation spells out beside the hop, because the claim is contested. */
const CONTESTED: Record<string, string> = {
  denied: 'the accused party has denied it',
  disputed: 'other sources contest it',
  retracted: 'the accuser has withdrawn it',
};

export interface Citation { id: string; title: string; reliability: string; held: boolean; citedBy: string[] }

export interface Hop {
  edgeId: string;
  text: string;
  /** The hop rests on an allegation, not on a sourced fact. */
  claim: boolean;
  status?: string;
  /** Sentences said beside the hop: someone shown though not accused, an allegation denied or disputed. */
  notes: string[];
  citations: Citation[];
}

export interface ExplainContext {
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  source(id: string): SourceSummary | undefined;
  /** Names of who made an allegation (its MADE_BY ends), when known. */
  accusers(allegationId: string): string[];
  /** For someone on a collusion path whom the allegation does not name: "not accused; leads the accused body". */
  linkedRole?(nodeId: string): string | undefined;
}

/** What the accused is alleged "to" do, by category. */
export const allegedTo: Record<AllegationCategory, string> = {
  complicity_collusion: 'be complicit in, or colluding with,',
  corruption: 'be corrupt in connection with',
  trafficking: 'be involved in trafficking people into',
  forced_labour: 'use forced labour in',
  torture: 'torture or abuse people in',
  fraud: 'commit fraud through',
  characterisation: 'be as characterised in',
  estimate: 'be as estimated in',
  call_for_reform: 'need reform regarding',
};

/** Edge properties worth saying inside the sentence, e.g. LEADS (as Prime Minister). */
function qualifier(edge: GraphEdge): string {
  const p = edge.properties;
  if (typeof p.role === 'string') return ` (as ${p.role})`;
  if (typeof p.count === 'number' || typeof p.count === 'string') return ` (${p.count})`;
  if (typeof p.stance === 'string') return ` (${p.stance})`;
  return '';
}

function byWhom(ctx: ExplainContext, id: string): string {
  const names = ctx.accusers(id);
  return names.length > 0 ? ` (by ${names.join(' and ')})` : ' (by a party not shown)';
}

function sentence(edge: GraphEdge, ctx: ExplainContext, subject: string | undefined): string {
  const name = (id: string): string => {
    const role = ctx.linkedRole?.(id);
    return `${ctx.node(id)?.name ?? id}${role ? ` (${role})` : ''}`;
  };
  const claim = ctx.node(edge.source);
  const quoted = `“${claim?.name ?? edge.source}”`;
  const status = claim?.status && claim.status !== 'alleged' ? `; now ${statusLabel[claim.status]}` : '';
  switch (edge.type) {
    case 'AGAINST': {
      const what = subject && claim?.category ? `${allegedTo[claim.category]} ${name(subject)}` : `be party to ${quoted}`;
      const tail = subject && claim?.category ? ` — ${quoted}` : '';
      return `${name(edge.target)} is ALLEGED${byWhom(ctx, edge.source)}${status} to ${what}${tail}`;
    }
    case 'CONCERNS':
      return `The allegation ${quoted}, ALLEGED${byWhom(ctx, edge.source)}${status}, concerns ${name(edge.target)}`;
    case 'MADE_BY':
      return `${name(edge.target)} makes the allegation ${quoted}${claim?.status ? ` (${statusLabel[claim.status]})` : ''}`;
    case 'CITED_IN':
      return `The allegation ${quoted} is reported in ${name(edge.target)}`;
    case 'RESPONDS_TO':
    case 'SUPPORTS':
      return `${quoted} ${relLabel(edge.type)} “${name(edge.target)}”`;
    default:
      return `${name(edge.source)} — ${edge.type}${qualifier(edge)} → ${name(edge.target)}`;
  }
}

/** For an accusation hop, the subject the path reaches through the same allegation (its CONCERNS hop next door). */
function subjectNextDoor(path: { edgeIds: string[] }, i: number, edge: GraphEdge, ctx: ExplainContext): string | undefined {
  if (edge.type !== 'AGAINST') return undefined;
  for (const j of [i - 1, i + 1]) {
    const other = ctx.edge(path.edgeIds[j] ?? '');
    if (other?.type === 'CONCERNS' && other.source === edge.source) return other.target;
  }
  return undefined;
}

function citations(ids: string[], ctx: ExplainContext): Citation[] {
  return [...new Set(ids)].map((id) => {
    const s = ctx.source(id);
    return s
      ? { id, title: s.title, reliability: s.reliability, held: s.held, citedBy: s.citedBy.map((c) => ctx.source(c)?.title ?? c) }
      : { id, title: id, reliability: '?', held: false, citedBy: [] };
  });
}

function notesFor(edge: GraphEdge, claimNode: GraphNode | undefined, ctx: ExplainContext): string[] {
  const notes: string[] = [];
  for (const id of [edge.source, edge.target]) {
    const role = ctx.linkedRole?.(id);
    if (role) notes.push(`${ctx.node(id)?.name ?? id}: ${role}. The allegation does not name them; they are shown only because “Include those linked to the accused” is on.`);
  }
  const contested = claimNode?.status ? CONTESTED[claimNode.status] : undefined;
  if (claimNode && contested) notes.push(`The allegation “${claimNode.name}” is ${statusLabel[claimNode.status!]}: ${contested}.`);
  return notes;
}

/** One hop per edge, in the path's order; an allegation hop also cites where the allegation is reported. */
export function explainPath(path: { nodeIds: string[]; edgeIds: string[] }, ctx: ExplainContext): Hop[] {
  return path.edgeIds.map((edgeId, i) => {
    const edge = ctx.edge(edgeId);
    if (!edge) return { edgeId, text: `${path.nodeIds[i]} — ? → ${path.nodeIds[i + 1]}`, claim: false, notes: [], citations: [] };
    const claimNode = [ctx.node(edge.source), ctx.node(edge.target)].find((n) => n?.type === 'Allegation');
    return {
      edgeId,
      text: sentence(edge, ctx, subjectNextDoor(path, i, edge, ctx)),
      claim: claimNode !== undefined,
      status: claimNode?.status,
      notes: notesFor(edge, claimNode, ctx),
      citations: citations([...edge.sources, ...(claimNode?.sources ?? [])], ctx),
    };
  });
}
