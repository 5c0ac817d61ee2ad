// Which elements the filters let through: pure rules per element, and the view pass that fades or hides the rest.
import type { Core, SingularElementArgument } from 'cytoscape';
import type { GraphEdge, GraphNode, SourceSummary } from '@contract/graph.ts';
import type { Reliability } from '@contract/vocabulary.ts';
import type { Filters, Settings } from './types.ts';

/** What a filter needs to know about one drawn element. */
export interface Subject {
  /** Node type, or for an edge its relationship type; a folded allegation link counts as an Allegation. */
  nodeType?: string;
  relType?: string;
  status?: string;
  credibility?: number;
  /** Reliability grades of the sources it rests on (a Source node: its own). */
  grades: string[];
  /** When an allegation was made (assertedOn, status history dates). */
  dates: string[];
}

/** Admiralty reliability, best first (kept here so the unit tests, which have no @contract alias, can load this file). */
const GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const gradeRank = (g: string): number => GRADES.indexOf(g as Reliability);

/** Dates an allegation was made or changed status, as YYYY-MM-DD; the seed has none, real data may. */
export function allegationDates(node: GraphNode): string[] {
  const out: string[] = [];
  const asserted = node.properties.assertedOn;
  if (typeof asserted === 'string') out.push(asserted);
  const history = node.properties.statusHistory;
  if (Array.isArray(history)) {
    for (const entry of history) {
      const on = (entry as { on?: unknown } | null)?.on;
      if (typeof on === 'string') out.push(on);
    }
  }
  return out.map((d) => d.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
}

export function passes(s: Subject, f: Filters): boolean {
  if (s.nodeType && f.types.includes(s.nodeType as never)) return false;
  if (s.relType && f.rels.includes(s.relType as never)) return false;
  if (s.status && f.statuses.includes(s.status as never)) return false;
  if (s.credibility !== undefined && s.credibility > f.maxCredibility) return false;
  if (f.minReliability !== 'F' && s.grades.length > 0 && Math.min(...s.grades.map(gradeRank)) > gradeRank(f.minReliability)) return false;
  // Undated allegations cannot be placed on the timeline: the user decides whether they stay (the default) or go.
  if (f.hideUndated && s.nodeType === 'Allegation' && s.dates.length === 0) return false;
  if ((f.from || f.to) && s.dates.length > 0) {
    const inRange = s.dates.some((d) => (!f.from || d >= f.from) && (!f.to || d <= f.to));
    if (!inRange) return false;
  }
  return true;
}

export interface FilterLookup {
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  source(id: string): SourceSummary | undefined;
}

export function subjectOf(el: SingularElementArgument, data: FilterLookup): Subject {
  const grades = (ids: string[]): string[] => ids.map((id) => data.source(id)?.reliability).filter((g): g is Reliability => g !== undefined);
  if (el.isNode()) {
    const node = data.node(el.id());
    if (!node) return { nodeType: el.data('type'), grades: [], dates: [] };
    const own = node.type === 'Source' ? [node.reliability ?? data.source(node.id)?.reliability].filter((g): g is Reliability => !!g) : grades(node.sources);
    return { nodeType: node.type, status: node.status, credibility: node.credibility, grades: own, dates: node.type === 'Allegation' ? allegationDates(node) : [] };
  }
  if (el.data('derived')) {
    const claim = data.node(String(el.data('allegation')));
    return claim ? subjectOf(el.cy().getElementById(claim.id), data) : { grades: [], dates: [] };
  }
  const edge = data.edge(el.id());
  return { relType: edge?.type ?? el.data('type'), grades: grades(edge?.sources ?? []), dates: [] };
}

/** The view pass: filtered elements, and lines touching a filtered node, get the fade or hide class. */
export function filtersPass(data: FilterLookup) {
  return (cy: Core, settings: Settings): void => {
    const f = settings.filters;
    const cls = f.hide ? 'flt-hide' : 'flt-fade';
    cy.elements().removeClass('flt-hide flt-fade');
    const out = new Set<string>();
    cy.nodes().forEach((n) => { if (!passes(subjectOf(n, data), f)) out.add(n.id()); });
    cy.edges().forEach((e) => {
      if (out.has(e.source().id()) || out.has(e.target().id()) || !passes(subjectOf(e, data), f)) out.add(e.id());
    });
    for (const id of out) cy.getElementById(id).addClass(cls);
  };
}
