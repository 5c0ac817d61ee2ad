// Allegations as links: a client-side fold of each claim into a link from its claimant, worded and styled by what kind of claim it is.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { statusGroup } from '../cy/palette.ts';
import { answerWords, categoryLabel, claimVerb, statusLabel } from '../wording.ts';
import type { Settings } from './types.ts';

export interface LinkSource {
  node(id: string): GraphNode | undefined;
  edgesTouching(id: string): GraphEdge[];
}

export interface Parties { accusers: string[]; accused: string[]; subjects: string[] }

/**
 * accuses: a claim of fact against someone, drawn accuser -> accused.
 * opinion: a characterisation or a call to act, drawn claimant -> what it concerns; it accuses no one.
 * about: a claim of fact that names no accused party (an estimate, say), drawn claimant -> what it concerns.
 */
export type LinkKind = 'accuses' | 'opinion' | 'about';

/** Categories that are opinions whatever the isOpinion flag says: a call for reform is never an accusation. */
const OPINION_CATEGORIES = new Set(['characterisation', 'call_for_reform']);

export function partiesOf(id: string, store: LinkSource): Parties {
  const out = (type: string): string[] => [...new Set(store.edgesTouching(id).filter((e) => e.type === type && e.source === id).map((e) => e.target))];
  return { accusers: out('MADE_BY'), accused: out('AGAINST'), subjects: out('CONCERNS') };
}

export function linkKind(claim: Pick<GraphNode, 'isOpinion' | 'category'> | undefined, p: Parties): LinkKind {
  if (claim?.isOpinion === true || (claim?.category !== undefined && OPINION_CATEGORIES.has(claim.category))) return 'opinion';
  return p.accused.length > 0 ? 'accuses' : 'about';
}

/** Who a claim's link points at: the accused for an accusation; otherwise what it concerns (an opinion with no subject: whom it names). */
export function targetsOf(p: Parties, kind: LinkKind): string[] {
  if (kind === 'accuses') return p.accused;
  return p.subjects.length > 0 ? p.subjects : kind === 'opinion' ? p.accused : [];
}

/** Stances of the responses recorded against a claim (RESPONDS_TO edges into it) that contest it. */
export function contestingStances(id: string, store: LinkSource): Array<'denies' | 'disputes'> {
  const stances = store.edgesTouching(id)
    .filter((e) => e.type === 'RESPONDS_TO' && e.target === id)
    .map((e) => e.properties.stance)
    .filter((s): s is 'denies' | 'disputes' => s === 'denies' || s === 'disputes');
  return [...new Set(stances)].sort();
}

/** The words on a folded link: status and category for an accusation; "OPINION" and its verb for an opinion. */
export function linkLabel(claim: GraphNode, kind: LinkKind, answered: Array<'denies' | 'disputes'>): string {
  const status = claim.status ? statusLabel[claim.status] : 'ALLEGED';
  const category = claim.category ? categoryLabel[claim.category].toLowerCase() : 'allegation';
  const words = kind === 'opinion'
    // An opinion is not "alleged": say what it is and what it does; only a status that moved (retracted...) is worth adding.
    ? ['OPINION', claimVerb(claim.category, kind), ...(claim.status && claim.status !== 'alleged' ? [status] : [])]
    : kind === 'about'
      ? [status, category, 'accuses no one']
      : [status, category];
  const answer = answerWords(answered);
  return [...words, ...(answer ? [answer] : [])].join(' · ');
}

/** One edge per claimant and target both drawn, carrying the claim's kind, status, category, grade, responses and sources. */
export function deriveLinks(allegationIds: string[], store: LinkSource, drawn: (id: string) => boolean): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const id of allegationIds) {
    const claim = store.node(id);
    if (!claim) continue;
    const parties = partiesOf(id, store);
    const kind = linkKind(claim, parties);
    const answered = contestingStances(id, store);
    const group = claim.status ? statusGroup[claim.status] : 'claimed';
    for (const from of parties.accusers.filter(drawn)) {
      for (const to of targetsOf(parties, kind).filter(drawn)) {
        if (from === to) continue;
        out.push({
          group: 'edges',
          data: {
            id: `allegation:${id}:${from}:${to}`, source: from, target: to, derived: true, allegation: id, kind,
            type: kind === 'accuses' ? 'ALLEGES' : kind === 'opinion' ? 'OPINION_ON' : 'CLAIMS_ABOUT',
            label: linkLabel(claim, kind, answered), verb: claimVerb(claim.category, kind), status: claim.status ?? '', statusGroup: group,
            category: claim.category ?? '', credibility: claim.credibility, isOpinion: kind === 'opinion',
            sources: claim.sources, allegationEdge: kind === 'accuses', answered: answered.join(' '),
            dashed: group === 'claimed', contested: group === 'contested' || answered.length > 0,
          },
        });
      }
    }
  }
  return out;
}

/** The view pass: hides allegation nodes and keeps the derived links in step with what is drawn. */
export function allegationLinksPass(store: LinkSource) {
  return (cy: Core, settings: Settings): void => {
    const links = settings.mode === 'links';
    const claims = cy.nodes('[type = "Allegation"]');
    claims.toggleClass('as-link', links);
    const wanted = links ? deriveLinks(claims.map((n) => n.id()), store, (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() && n.data('type') !== 'Allegation';
    }) : [];
    const keep = new Set(wanted.map((e) => String(e.data.id)));
    cy.edges('[?derived]').filter((e) => !keep.has(e.id())).remove();
    cy.add(wanted.filter((e) => cy.getElementById(String(e.data.id)).empty()));
  };
}
