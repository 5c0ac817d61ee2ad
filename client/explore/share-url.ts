// Keeps the view in the address bar (?v=): a history entry per change so Back and Forward walk the view, and opening a link rebuilds it.
import { messageOf } from '../api.ts';
import { plural } from '../wording.ts';
import type { Investigator } from './investigator.ts';
import { fetchForView } from './rebuild.ts';
import { currentPathShare, onPathShareChange, openSharedPath } from './path-share.ts';
import { decodeView, encodeView } from './share-codec.ts';
import type { Snapshot } from './types.ts';

const PARAM = 'v';
/** Past this length the positions are dropped; a link that long would be laid out afresh anyway. */
const MAX_CHARS = 60_000;

export class ShareUrl {
  /** The first record after opening a page replaces its entry instead of adding one. */
  private replaceNext = false;
  private selectTimer: number | undefined;

  constructor(private readonly inv: Investigator) {
    inv.history.on((event, snap) => {
      this.write(snap, event === 'commit' && !this.replaceNext ? 'push' : 'replace');
      this.replaceNext = false;
    });
    inv.deps.view.cy.on('select unselect', () => {
      window.clearTimeout(this.selectTimer);
      this.selectTimer = window.setTimeout(() => this.write(inv.history.current, 'replace'), 60);
    });
    window.addEventListener('popstate', () => void this.onPop());
    // A path picked (or cleared) changes the link, not the undo history.
    onPathShareChange(() => { if (!this.reopening) this.write(inv.history.current, 'replace'); });
  }

  /** While a shared path view reopens, its own steps must not rewrite the address it came from. */
  private reopening = false;

  /** The address of the view now (or of a snapshot), other parameters kept. */
  href(snap: Snapshot = this.inv.history.current): string {
    const url = new URL(window.location.href);
    if (snap.nodes.length === 0) url.searchParams.delete(PARAM);
    else {
      const selected = this.inv.deps.view.selectedNodeId() ?? this.inv.deps.view.cy.$('edge:selected').first().id();
      const path = currentPathShare();
      let v = encodeView(snap, selected || undefined, true, path);
      if (v.length > MAX_CHARS) v = encodeView(snap, selected || undefined, false, path);
      // Even without positions some views are too big for an address: leave it out rather than stall the page.
      if (v.length > MAX_CHARS) url.searchParams.delete(PARAM);
      else url.searchParams.set(PARAM, v);
    }
    return url.toString();
  }

  /** Opens the view in the address bar, or else runs the page's own opening (e.g. ?entity=). */
  async open(otherwise: () => Promise<void>): Promise<void> {
    const params = new URL(window.location.href).searchParams;
    const v = params.get(PARAM);
    // A page opened on a link keeps one entry for it; a blank page's first change gets an entry of its own.
    this.replaceNext = v !== null || params.has('entity');
    if (v) await this.rebuild(v);
    else await otherwise();
  }

  private write(snap: Snapshot, how: 'push' | 'replace'): void {
    const next = this.href(snap);
    if (next === window.location.href) return;
    if (how === 'push') window.history.pushState({ scamgraph: true }, '', next);
    else window.history.replaceState(window.history.state, '', next);
  }

  private async rebuild(v: string): Promise<void> {
    const { notices, store, view } = this.inv.deps;
    notices.loading(true);
    try {
      const shared = decodeView(v);
      const missing = await fetchForView(store, shared.snapshot);
      this.inv.history.quietly(() => this.inv.restoreView(shared.snapshot));
      if (shared.hasPositions) await view.fit();
      else await this.inv.relayout();
      if (shared.selected) view.select(shared.selected);
      this.inv.history.commit();
      this.replaceNext = false;
      if (shared.path) {
        this.reopening = true;
        try {
          await openSharedPath(shared.path);
        } finally {
          this.reopening = false;
        }
        this.write(this.inv.history.current, 'replace');
      }
      if (missing.length > 0) notices.info(`${plural(missing.length, 'element')} of this view no longer exist and were left out.`);
    } catch (err) {
      notices.error(err instanceof Error && !('code' in err) ? err.message : messageOf(err));
    } finally {
      notices.loading(false);
    }
  }

  /** Back/Forward: go to the matching step of the undo history if there is one, else rebuild from the link. */
  private async onPop(): Promise<void> {
    const v = new URL(window.location.href).searchParams.get(PARAM);
    const history = this.inv.history;
    if (!v) {
      history.jumpTo((snap) => snap.nodes.length === 0);
      return;
    }
    let key: string;
    try {
      key = encodeView(decodeView(v).snapshot);
    } catch {
      return;
    }
    if (!history.jumpTo((snap) => encodeView(snap) === key)) {
      this.replaceNext = true;
      await this.rebuild(v);
    }
  }
}
