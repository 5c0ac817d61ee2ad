// Switching allegations between diamonds and links; in link mode, a claim's accuser and accused are drawn so its link can be.
import type { GraphView } from '../cy/graph-view.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import type { Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { linkKind, partiesOf, targetsOf } from './allegation-links.ts';
import { getSlice } from './explore-api.ts';
import type { AllegationMode } from './types.ts';

export class AllegationModeControl {
  readonly element: HTMLElement;
  private readonly fetched = new Set<string>();
  private readonly buttons: Record<AllegationMode, HTMLButtonElement>;

  constructor(private readonly view: GraphView, private readonly store: GraphStore, private readonly notices: Notices, choose: (mode: AllegationMode) => void) {
    const button = (mode: AllegationMode, text: string, title: string): HTMLButtonElement =>
      h('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': `mode-${mode}`, title, onclick: () => choose(mode) }, text);
    this.buttons = {
      nodes: button('nodes', 'As nodes', 'Draw each allegation as a diamond linked to its parties (M toggles)'),
      links: button('links', 'As links', 'Fold each accusation into a link from accuser to accused, styled by status; opinions and calls link the claimant to what they concern (M toggles)'),
    };
    this.element = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Allegations' },
      h('span', { class: 'segmented-label' }, 'Allegations'), this.buttons.nodes, this.buttons.links);
  }

  show(mode: AllegationMode): void {
    for (const [m, b] of Object.entries(this.buttons)) b.setAttribute('aria-pressed', String(m === mode));
  }

  /**
   * Draws the parties that the allegations on the canvas need as links (accusers, and the accused or,
   * for a claim that accuses no one, what it concerns), fetching each allegation's parties and the
   * responses recorded to it (so a denied claim's link can say so) once.
   */
  async ensureParties(): Promise<void> {
    const cy = this.view.cy;
    const claims = cy.nodes('[type = "Allegation"]').map((n) => n.id());
    const missing = (id: string): string[] => {
      const p = partiesOf(id, this.store);
      return [...p.accusers, ...targetsOf(p, linkKind(this.store.node(id), p))].filter((x) => !this.view.has(x));
    };
    const toFetch = claims.filter((id) => !this.fetched.has(id));
    if (toFetch.length === 0 && claims.every((id) => missing(id).length === 0)) return;
    this.notices.loading(true);
    try {
      await Promise.all(toFetch.map(async (id) => {
        const [parties, replies] = await Promise.all([
          getSlice(id, { relTypes: ['MADE_BY', 'AGAINST', 'CONCERNS'], direction: 'out', limit: 100, skip: 0 }),
          // Only into the store: the replies are not drawn, but their RESPONDS_TO edges mark the link as answered.
          getSlice(id, { relTypes: ['RESPONDS_TO'], direction: 'in', limit: 100, skip: 0 }),
        ]);
        this.store.absorb(parties);
        this.store.absorb(replies);
        this.fetched.add(id);
      }));
      for (const id of claims) {
        const need = new Set(missing(id));
        if (need.size === 0) continue;
        const nodes = [...need].map((x) => this.store.node(x)).filter((n) => n !== undefined);
        await this.view.addAround(id, nodes, this.store.edgesTouching(id), this.store.node);
      }
    } catch (err) {
      this.notices.error(messageOf(err));
    } finally {
      this.notices.loading(false);
    }
  }
}
