// Allegations as links: a client-side fold of each claim into accuser -> accused edges, styled by its status.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { statusGroup } from '../cy/palette.ts';
import { categoryLabel, statusLabel } from '../wording.ts';
import type { Settings } from './types.ts';

export interface LinkSource {
  node(id: string): GraphNode | undefined;
  edgesTouching(id: string): GraphEdge[];
}

export interface Parties { accusers: string[]; accused: string[]; subjects: string[] }

export function partiesOf(id: string, store: LinkSource): Parties {
  const out = (type: string): string[] => [...new Set(store.edgesTouching(id).filter((e) => e.type === type && e.source === id).map((e) => e.target))];
  return { accusers: out('MADE_BY'), accused: out('AGAINST'), subjects: out('CONCERNS') };
}

/** Who an allegation's link points at: the accused, or, for a claim against no one, what it concerns. */
export function targetsOf(p: Parties): string[] {
  return p.accused.length > 0 ? p.accused : p.subjects;
}

/** One edge per accuser and target both drawn, carrying the claim's status, category, grade and sources. */
export function deriveLinks(allegationIds: string[], store: LinkSource, drawn: (id: string) => boolean): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const id of allegationIds) {
    const claim = store.node(id);
    if (!claim) continue;
    const parties = partiesOf(id, store);
    for (const from of parties.accusers.filter(drawn)) {
      for (const to of targetsOf(parties).filter(drawn)) {
        if (from === to) continue;
        const group = claim.status ? statusGroup[claim.status] : 'claimed';
        const words = [claim.status ? statusLabel[claim.status] : 'ALLEGED', claim.category ? categoryLabel[claim.category].toLowerCase() : 'allegation'];
        out.push({
          group: 'edges',
          data: {
            id: `allegation:${id}:${from}:${to}`, source: from, target: to, derived: true, allegation: id,
            type: 'ALLEGES', label: `${words[0]} · ${words[1]}`, status: claim.status ?? '', statusGroup: group,
            category: claim.category ?? '', credibility: claim.credibility, isOpinion: claim.isOpinion === true,
            sources: claim.sources, allegationEdge: true, dashed: group === 'claimed', contested: group === 'contested',
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
