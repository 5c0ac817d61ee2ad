// "Whole scope": opens every node of the chosen datasets as one view. Past GROUP_OFFER elements it first offers to
// group (by type, dataset or community) or to draw everything; a grouped view opens one group at a time, by a click
// on its meta-node or from the Groups panel (buttons, so the keyboard reaches every step; Escape closes the group).
import './grouping.css';
import type { ScopeGroups, ScopeView } from '@contract/datasets.ts';
import type { GraphView } from '../cy/graph-view.ts';
import { GROUP_OFFER } from '../cy/large-view.ts';
import { drawPart } from '../explore/draw.ts';
import { toolButton } from '../explore/explore-bar.ts';
import { h } from '../panels/dom.ts';
import type { Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { communityKeys } from './communities.ts';
import { groupedElements, META_GROUP } from './grouped-elements.ts';
import { groupView, keyBy, type GroupBy, type GroupedView, type KeyOf } from './group-view.ts';
import { groupLabel, offerText } from './grouping-words.ts';
import { fetchScopeGroups, fetchScopeView } from './scope-api.ts';

export interface WholeViewDeps { view: GraphView; store: GraphStore; notices: Notices }

const BY_WORDS: Record<GroupBy, string> = { type: 'Group by type', dataset: 'Group by dataset', community: 'Group by community' };

/** Counts from the database as a grouped view with no members listed: the groups of a scope too big to fetch. */
function fromCounts(counts: ScopeGroups): GroupedView {
  return {
    groups: counts.groups.map((g) => ({ key: g.key, size: g.members, members: [], linksInside: g.linksInside })),
    opened: null, members: [], edges: [],
    metaLinks: counts.links.map((l) => ({ id: `meta:group:${l.from}->group:${l.to}`, from: { group: l.from }, to: { group: l.to }, count: l.count, types: l.types })),
  };
}

export function createWholeView({ view, store, notices }: WholeViewDeps) {
  const offer = h('section', { class: 'group-offer', role: 'dialog', 'aria-labelledby': 'group-offer-text', 'data-testid': 'group-offer', hidden: true });
  const panel = h('section', { class: 'group-panel', role: 'region', 'aria-label': 'Groups', 'data-testid': 'group-panel', hidden: true });
  let counts: ScopeGroups | undefined;
  let whole: ScopeView | undefined;
  let grouping: { by: GroupBy; keyOf?: KeyOf } | undefined;

  const elements = async (): Promise<ScopeView> => {
    whole ??= await fetchScopeView();
    store.absorbGraph(whole);
    return whole;
  };

  async function open(): Promise<void> {
    try {
      counts = await fetchScopeGroups('type');
      whole = undefined;
      const size = counts.nodes + counts.edges;
      if (size <= GROUP_OFFER) await drawEverything();
      else showOffer(counts);
    } catch (err) {
      notices.error(err instanceof Error ? err.message : String(err));
    }
  }

  function showOffer(c: ScopeGroups): void {
    const size = c.nodes + c.edges;
    const tooBig = c.fetchable ? undefined : 'Too many elements to send to the page: choose fewer datasets to draw them or find communities';
    const choice = (label: string, testId: string, run: () => Promise<void>, disabledWhy?: string): HTMLButtonElement => {
      const b = toolButton(label, disabledWhy ?? label, () => { offer.hidden = true; void run().catch((err: unknown) => notices.error(err instanceof Error ? err.message : String(err))); }, testId);
      b.disabled = disabledWhy !== undefined;
      return b;
    };
    offer.replaceChildren(
      h('p', { id: 'group-offer-text', 'data-testid': 'group-offer-text' }, offerText(size)),
      h('p', { class: 'group-offer-why' }, 'A drawing this big is a hairball: groups show its shape first, and you open one group at a time.'),
      h('div', { class: 'group-offer-choices' },
        choice(BY_WORDS.type, 'group-by-type', () => group('type')),
        choice(BY_WORDS.dataset, 'group-by-dataset', () => group('dataset')),
        choice(BY_WORDS.community, 'group-by-community', () => group('community'), tooBig),
        choice('Draw everything', 'group-draw-all', drawEverything, tooBig),
        toolButton('Cancel', 'Leave the view as it is (Escape)', () => { offer.hidden = true; }, 'group-offer-cancel')),
    );
    offer.hidden = false;
    offer.querySelector<HTMLButtonElement>('button')?.focus();
  }
  offer.addEventListener('keydown', (event) => { if (event.key === 'Escape') { event.stopPropagation(); offer.hidden = true; } });

  async function drawEverything(): Promise<void> {
    grouping = undefined;
    panel.hidden = true;
    const all = await elements();
    view.clear();
    await drawPart(view, store, all);
  }

  async function group(by: GroupBy): Promise<void> {
    if (!counts?.fetchable && by !== 'community') {
      // Counted by the database: the shape of the scope, with no members to open.
      grouping = { by };
      const c = by === 'type' ? counts! : await fetchScopeGroups(by);
      await draw(fromCounts(c), by);
      return;
    }
    const all = await elements();
    const keyOf = by === 'community' ? communityKeys(all.nodes, all.edges) : keyBy(by);
    grouping = { by, keyOf };
    await openGroup(null);
  }

  async function openGroup(key: string | null): Promise<void> {
    if (!grouping?.keyOf || !whole) {
      if (key !== null) notices.info('This view is too big to open a group here: choose fewer datasets, then open it again.');
      return;
    }
    await draw(groupView(whole.nodes, whole.edges, grouping.keyOf, key), grouping.by);
  }

  async function draw(grouped: GroupedView, by: GroupBy): Promise<void> {
    view.clear();
    view.cy.add(groupedElements(grouped, by, (id) => store.node(id), whole?.edges ?? []));
    renderPanel(grouped, by);
    await view.relayout();
  }

  function renderPanel(grouped: GroupedView, by: GroupBy): void {
    const rows = grouped.groups.map((g) => {
      const isOpen = g.key === grouped.opened;
      const b = toolButton(isOpen ? `Close ${groupLabel(g)}` : `Open ${groupLabel(g)}`, isOpen ? 'Draw this group as one node again' : 'Draw this group\'s members and their real links',
        () => void openGroup(isOpen ? null : g.key), 'group-toggle');
      b.dataset.group = g.key;
      b.setAttribute('aria-pressed', String(isOpen));
      return h('li', {}, b);
    });
    panel.replaceChildren(
      h('h3', {}, `${BY_WORDS[by]}: ${grouped.groups.length.toLocaleString('en-GB')} groups`),
      h('p', { class: 'group-panel-note' }, 'A dashed line counts the real links between two groups; it does not mean every member takes part.'),
      h('ul', { class: 'group-list' }, ...rows),
      toolButton('Ungroup', 'Leave the grouped view', () => { panel.hidden = true; grouping = undefined; view.clear(); }, 'group-ungroup'),
    );
    panel.hidden = false;
  }
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && grouping) { event.stopPropagation(); void openGroup(null); }
  });
  view.cy.on('tap', `node.${META_GROUP}`, (event) => { void openGroup(String((event.target as { data(k: string): unknown }).data('metaGroup'))); });

  const button = toolButton('Whole scope', 'Open every node of the chosen datasets as one view, grouped when it is big (G)', () => void open(), 'whole-scope');
  return { button, offer, panel, open };
}
