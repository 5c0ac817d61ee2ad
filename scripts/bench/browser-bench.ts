// Browser rendering in headless Chromium, Cytoscape (the app's page) beside sigma.js v3 (a bench page) on the
// same graph and positions: first frame, and p95 frame time over the same scripted pans and zooms. Then the
// app's hand-written layout worker beside graphology-layout-forceatlas2's worker on the same graphs.
// Elements are synthetic, with positions computed in advance (no layout is timed in the rendering rows).
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { ensureClientBuilt } from '../../server/startup/client-build.ts';
import type { BenchInstance } from './instance.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round } from './stats.ts';
import { benchPageScript, layoutWorkerScript } from './sigma-page/bundle.ts';
import { layoutQuality } from './sigma-page/quality.ts';
import { cameraMoves, type BenchGraph, type RenderResult } from './sigma-page/shared.ts';
import { startProfile, stopProfile, type ProfileLine } from './sigma-page/profile.ts';

type Renderer = 'cytoscape' | 'sigma';

/** Nodes and edges for about `size` elements, on a sunflower spiral so nothing overlaps much. */
function graphOf(size: number): BenchGraph {
  const g = generateSynthetic({ nodes: Math.round(size / 3), seed: 11, relsPerNode: 2 });
  const ids = new Set(g.nodes.map((n) => n.id));
  return {
    nodes: g.nodes.map((n, i) => {
      const r = 12 * Math.sqrt(i);
      const a = i * 2.399963;
      return { id: n.id, label: String(n.props.name), type: String(n.props.type), x: r * Math.cos(a), y: r * Math.sin(a) };
    }),
    edges: g.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).map((r) => ({ id: r.id, source: r.from, target: r.to, type: r.type })),
  };
}

/**
 * How long one page (first frame and the 90 camera frames) may take before it is recorded as not rendering.
 * On a loaded 2-core machine SwiftShader frames took 1.5 s each at 5k elements, for sigma.js too: 90 of them
 * alone passed the 120 s this once was.
 */
const PAGE_BUDGET_MS = Number(process.env.BENCH_PAGE_BUDGET_MS ?? 300_000);
const VIEWPORT = { width: 1440, height: 900 };

async function newPage(browser: Browser, log: (l: string) => void, what: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx compiles the evaluated functions with esbuild's keepNames helper; give the page that helper.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  page.on('crash', () => log(`bench: the page crashed (${what})`));
  page.on('console', (m) => { if (m.type() === 'error') log(`bench: page error (${what}): ${m.text()}`); });
  return page;
}

async function glRendererOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  });
}

/** The app's page: the elements go into window.__cy, which switches itself to WebGL past the large-view line. */
async function renderWithCytoscape(page: Page, baseUrl: string, graph: BenchGraph, profile?: (top: ProfileLine[]) => void): Promise<RenderResult & { webgl: boolean }> {
  await page.goto(baseUrl);
  await page.waitForFunction(() => Boolean((window as any).__cy), undefined, { timeout: 30_000 });
  const elements = [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type }, position: { x: n.x, y: n.y } })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
  const session = profile ? await startProfile(page) : undefined;
  const firstFrame = await page.evaluate(async (els) => {
    const cy = (window as any).__cy;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    cy.add(els);
    cy.fit(undefined, 20);
    await new Promise((r) => setTimeout(r, 0)); // let the app switch renderers if it wants to
    await frame();
    await frame();
    return performance.now() - t0;
  }, elements);
  if (session && profile) profile(await stopProfile(session));
  const panned = await page.evaluate(async ({ moves, centre }) => {
    const cy = (window as any).__cy;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const frameTimes: number[] = [];
    let last = await frame();
    for (const move of moves) {
      cy.panBy({ x: move.dx, y: move.dy });
      if (move.zoom !== 1) cy.zoom({ level: cy.zoom() * move.zoom, renderedPosition: centre });
      const now = await frame();
      frameTimes.push(now - last);
      last = now;
    }
    return { frameTimes, webgl: Boolean(cy._private?.options?.renderer?.webgl) };
  }, { moves: cameraMoves(), centre: { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 } });
  return { firstFrame, ...panned };
}

/** A blank page with the bench bundle: sigma.js draws the same graph in a container the size of the app's. */
async function renderWithSigma(page: Page, script: string, graph: BenchGraph): Promise<RenderResult> {
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="graph" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body></html>`);
  await page.addScriptTag({ content: script });
  return page.evaluate((g) => (window as any).__bench.renderWithSigma(document.getElementById('graph'), g), graph);
}

function withinBudget<T>(work: Promise<T>): Promise<T | null> {
  return Promise.race([work, new Promise<null>((r) => setTimeout(() => r(null), PAGE_BUDGET_MS))]).catch(() => null);
}

interface Samples { first: number[]; p95: number[]; webgl: boolean }

export async function browserBench(inst: BenchInstance, sizes: number[], runs: number, log: (l: string) => void): Promise<void> {
  sizes = (process.env.BENCH_BROWSER_SIZES ?? '').split(',').filter(Boolean).map(Number).concat(process.env.BENCH_BROWSER_SIZES ? [] : sizes);
  await ensureClientBuilt(log);
  const script = await benchPageScript();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // No GPU here: WebGL comes from SwiftShader, which the table records.
    args: ['--no-sandbox', ...(process.env.BENCH_NO_WEBGL ? ['--disable-gpu'] : ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: Record<string, unknown>[] = [];
  const vsSigma: Record<string, unknown>[] = [];
  let layouts: Record<string, unknown>[] = [];
  const profiles: Array<{ elements: number; top: ProfileLine[] }> = [];
  let glRenderer = 'unknown';
  try {
    // BENCH_LAYOUTS_ONLY: while working on layouts, skip the rendering rows.
    for (const size of process.env.BENCH_LAYOUTS_ONLY ? [] : sizes) {
      const graph = graphOf(size);
      const elements = graph.nodes.length + graph.edges.length;
      const samples: Record<Renderer, Samples> = { cytoscape: { first: [], p95: [], webgl: false }, sigma: { first: [], p95: [], webgl: true } };
      for (let run = 0; run < runs; run++) {
        // Alternating which goes first, so a machine that slows down over a run does not favour either.
        const order: Renderer[] = run % 2 === 0 ? ['cytoscape', 'sigma'] : ['sigma', 'cytoscape'];
        for (const renderer of order) {
          const page = await newPage(browser, log, `${renderer}, ${elements} elements`);
          if (glRenderer === 'unknown') glRenderer = await glRendererOf(page);
          const result = await withinBudget<RenderResult & { webgl?: boolean }>(renderer === 'cytoscape' ? renderWithCytoscape(page, inst.baseUrl, graph) : renderWithSigma(page, script, graph));
          await page.close().catch(() => {});
          const s = samples[renderer];
          if (!result) {
            // A view that never renders is a finding, not a reason to hang the whole benchmark.
            s.first.push(Infinity);
            s.p95.push(Infinity);
            log(`bench: ${renderer} did not render ${elements} elements within ${PAGE_BUDGET_MS / 1000}s`);
            continue;
          }
          s.first.push(result.firstFrame);
          s.p95.push(percentile(result.frameTimes, 95));
          if (result.webgl !== undefined) s.webgl = result.webgl;
        }
      }
      // One more Cytoscape page, not counted: a CPU profile of its first frame (profiling slows what it watches).
      if (!process.env.BENCH_NO_PROFILE) {
        const page = await newPage(browser, log, `cytoscape profile, ${elements} elements`);
        await withinBudget(renderWithCytoscape(page, inst.baseUrl, graph, (top) => profiles.push({ elements, top })));
        await page.close().catch(() => {});
      }
      const figures = {} as Record<Renderer, { firstFrameMs: number; panZoomP95FrameMs: number }>;
      for (const renderer of ['cytoscape', 'sigma'] as const) {
        const s = samples[renderer];
        const firstFrameMs = round(percentile(s.first, 50), 0);
        const panZoomP95FrameMs = round(percentile(s.p95, 50), 1);
        figures[renderer] = { firstFrameMs, panZoomP95FrameMs };
        rows.push({ renderer, elements, runs: s.first.length, firstFrameMs: Number.isFinite(firstFrameMs) ? firstFrameMs : `did not render within ${PAGE_BUDGET_MS / 1000} s`, panZoomP95FrameMs: Number.isFinite(panZoomP95FrameMs) ? panZoomP95FrameMs : '—', webgl: s.webgl });
      }
      // No ratio when either side failed to draw: a sigma.js timeout must not read as Cytoscape being 0× as slow.
      const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? round(a / b, 2) : null);
      vsSigma.push({
        elements,
        firstFrameRatio: ratio(figures.cytoscape.firstFrameMs, figures.sigma.firstFrameMs),
        panZoomRatio: ratio(figures.cytoscape.panZoomP95FrameMs, figures.sigma.panZoomP95FrameMs),
      });
      log(`bench: browser ${elements} elements measured (cytoscape ${figures.cytoscape.firstFrameMs} / ${figures.cytoscape.panZoomP95FrameMs} ms, sigma ${figures.sigma.firstFrameMs} / ${figures.sigma.panZoomP95FrameMs} ms)`);
    }
    if (!process.env.BENCH_NO_LAYOUTS) layouts = await layoutBench(browser, script, sizes, Math.min(runs, Number(process.env.BENCH_LAYOUT_RUNS ?? 3)), log);
  } finally {
    await browser.close();
  }
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('browser', 'Browser: Cytoscape beside sigma.js v3, and layouts', [
    `Measured ${measuredAt} with \`npm run bench\` in headless Chromium on ${m.cpus} × ${m.cpuModel}. GL_RENDERER: \`${glRenderer}\`.`,
    'Same graph, same positions, same viewport; first frame from handing the graph over (cy.add, or building the graphology graph and the Sigma instance) to the second animation frame after it; 90 frames of panning by (6, 4) px with a zoom every 15, p95 frame time per run. Medians over the runs; the renderers alternate which goes first.',
    '', table(rows), '', 'Cytoscape over sigma.js (1.5 or below meets the target):', '', table(vsSigma),
    '', 'Layouts in a worker, on the same graphs (no start positions for the hand-written one, as the app calls it; a seeded square for FA2, which has no seeding). ms: median time to a settled layout (the hand-written one cools on a fixed schedule; FA2 counts as settled when nodes move less than 0.1% of the drawing per 250 ms). quality: mean edge length over mean random-pair distance (lower: neighbours closer than strangers); edgeLengthCv: spread of edge lengths (lower: more even).',
    '', table(layouts),
    ...profiles.flatMap((p) => ['', `Where Cytoscape's first frame goes at ${p.elements.toLocaleString('en')} elements (CPU profile of the page's main thread, self time by function, one extra run not counted above):`, '', table(p.top.map((l) => ({ function: `\`${l.fn}\``, selfMs: l.selfMs, share: l.share })))]),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, glRenderer, rows, vsSigma, layouts, profiles });
}

/** The app's hand-written layout worker beside FA2's worker; positions scored by scripts/bench/sigma-page/quality.ts. */
async function layoutBench(browser: Browser, script: string, sizes: number[], runs: number, log: (l: string) => void): Promise<Record<string, unknown>[]> {
  const workerSource = await layoutWorkerScript();
  const out: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const graph = graphOf(size);
    const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const edges = graph.edges.map((e) => [index.get(e.source)!, index.get(e.target)!] as [number, number]);
    const input = { nodes: graph.nodes.length, edges };
    const elements = graph.nodes.length + graph.edges.length;
    const found: Record<string, { ms: number[]; quality: number[]; cv: number[]; notes: string[] }> = {};
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['hand-written', 'forceatlas2'] : ['forceatlas2', 'hand-written'];
      for (const impl of order) {
        const page = await newPage(browser, log, `layout ${impl}, ${elements} elements`);
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ content: script });
        const result = await withinBudget(page.evaluate(({ impl, input, workerSource }) => {
          const bench = (window as any).__bench;
          return impl === 'forceatlas2' ? bench.layoutFa2(input) : bench.layoutHandWritten(workerSource, input);
        }, { impl, input, workerSource }));
        await page.close().catch(() => {});
        const f = (found[impl] ??= { ms: [], quality: [], cv: [], notes: [] });
        if (!result) { f.ms.push(Infinity); continue; }
        const q = layoutQuality(result.x, result.y, edges);
        f.ms.push(result.ms);
        f.quality.push(q.neighbourRatio);
        f.cv.push(q.edgeLengthCv);
        if (result.note) f.notes.push(result.note);
      }
    }
    for (const [impl, f] of Object.entries(found)) {
      out.push({ elements, nodes: graph.nodes.length, impl, runs: f.ms.length, ms: round(percentile(f.ms, 50), 0), quality: round(percentile(f.quality, 50), 3), edgeLengthCv: round(percentile(f.cv, 50), 2), note: [...new Set(f.notes)].join('; ') || '—' });
    }
    log(`bench: layouts at ${elements} elements measured`);
  }
  return out;
}
