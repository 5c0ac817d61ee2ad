// Mounts classroom mode: the Classroom drawer and header button, the tour player and presenter, and the kiosk link (?kiosk=1&tour=id).
import './classroom.css';
import type { EventObject } from 'cytoscape';
import { messageOf } from '../api.ts';
import type { GraphView } from '../cy/graph-view.ts';
import type { Explorer, Notices } from '../state/explorer.ts';
import { currentDatasets, setDatasets } from '../state/dataset-scope.ts';
import { datasetOf } from '@contract/datasets.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { relLabel } from '../wording.ts';
import { can } from '../state/session.ts';
import { getDatasetGraph } from './classroom-api.ts';
import { createClassroomDrawer } from './drawer.ts';
import { createImportView } from './import/import-view.ts';
import { createMeasuresView } from './measures-view.ts';
import { saveFile, tourFile, viewFile } from './offline/export.ts';
import { createTourBuilder } from './tours/builder.ts';
import { TourPlayer } from './tours/player.ts';
import { createPresenter } from './tours/presenter.ts';
import { createTourList } from './tours/tour-list.ts';

export interface ClassroomDeps {
  view: GraphView;
  store: GraphStore;
  explorer: Explorer;
  notices: Notices;
  /** Clears the details panel when a tour or an import replaces the canvas. */
  clearPanel(): void;
}

export interface Classroom {
  present(id: string, options?: { fullscreen?: boolean }): Promise<void>;
}

export function mountClassroom({ view, store, explorer, notices, clearPanel }: ClassroomDeps): Classroom {
  const params = new URL(window.location.href).searchParams;
  const kiosk = params.get('kiosk') === '1';
  const cy = view.cy;
  const canvas = { view, store };

  const player = new TourPlayer(canvas, {
    changed: () => presenter.render(),
    drawn: (index) => presenter.drawn(index),
    error: (message) => notices.error(message),
  });
  const presenter = createPresenter(player, cy, () => { if (kiosk) drawer.setOpen(true); });

  async function present(id: string, options?: { fullscreen?: boolean }): Promise<void> {
    try {
      await player.open(id);
    } catch (err) {
      notices.error(messageOf(err));
      return;
    }
    clearPanel();
    presenter.enter(options);
    player.go(0);
  }

  async function showDataset(name: string): Promise<void> {
    const graph = await getDatasetGraph(name);
    clearPanel();
    // An uploaded link's own words ("friend of") say more than the type it is stored under; set as each is drawn.
    const words = new Map(graph.edges.map((e) => [e.id, typeof e.properties.kind === 'string' ? e.properties.kind : relLabel(e.type)]));
    const relabel = (event: EventObject) => { const w = words.get(event.target.id()); if (w) event.target.data('label', w); };
    cy.on('add', 'edge', relabel);
    try {
      await explorer.showGraph(graph, 'replace');
    } finally {
      cy.off('add', 'edge', relabel);
    }
    await view.fit();
    // Drawing one's own data means exploring it: add it to the datasets read, or its nodes could not be expanded.
    const dataset = datasetOf(name);
    const added = !currentDatasets().includes(dataset);
    if (added) setDatasets([...currentDatasets(), dataset]);
    notices.info(`Your data “${name}”: ${graph.nodes.length} nodes drawn.${added ? ' Search and expansion now read it too (see Datasets in the header).' : ''}`);
  }

  const download = async (work: () => Promise<{ filename: string; html: string }>) => saveFile(await work());
  const builder = createTourBuilder(canvas, () => { void tours.load(); });
  const tours = createTourList({
    present: (id) => void present(id),
    download: (id) => download(() => tourFile(id)),
    downloadView: () => download(() => viewFile(cy)),
    editCopy: (id) => {
      drawer.show('build');
      void builder.editCopy(id);
    },
  });
  const measures = createMeasuresView(cy, store, (id) => view.select(id), () => void view.fit());
  const imports = createImportView({ show: showDataset });
  const drawer = createClassroomDrawer(
    { tours: tours.element, build: builder.element, network: measures.element, data: imports.element },
    (tab) => {
      if (tab === 'tours') void tours.load();
      if (tab === 'data') void imports.load();
    },
  );

  document.querySelector('.header-end')?.prepend(drawer.toggle);
  const layout = document.querySelector('.layout');
  layout?.prepend(drawer.element);
  layout?.append(presenter.element);
  // Opening the Queries drawer closes this one: they share a column.
  if (layout) {
    new MutationObserver(() => { if (layout.classList.contains('queries-open') && drawer.isOpen) drawer.setOpen(false); })
      .observe(layout, { attributes: true, attributeFilter: ['class'] });
  }

  // Saving tours is the analyst's (issue 12): below that the builder tab is hidden, as in kiosk mode.
  if (!can('saveQuery')) document.querySelector('#cls-tab-build')?.setAttribute('hidden', '');
  if (kiosk) {
    // Read-only: no queries, no Cypher, no editing; a class can only watch and step through.
    document.body.classList.add('cls-kiosk');
    document.querySelector('#cls-tab-build')?.setAttribute('hidden', '');
  }
  const tourId = params.get('tour');
  if (tourId && (kiosk || params.get('present') === '1')) void present(tourId, { fullscreen: false });
  else if (kiosk) drawer.setOpen(true);
  return { present };
}
