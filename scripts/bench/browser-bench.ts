// Browser rendering at 1k, 5k and 20k elements in headless Chromium: first frame, and p95 frame time while
// panning and zooming. Elements are synthetic, with positions computed in advance (no layout is timed).
import { chromium } from 'playwright-core';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { ensureClientBuilt } from '../../server/startup/client-build.ts';
import type { BenchInstance } from './instance.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round } from './stats.ts';

/** Nodes and edges for about `size` elements, on a sunflower spiral so nothing overlaps much. */
function elementsOf(size: number) {
  const nodes = Math.round(size / 3);
  const g = generateSynthetic({ nodes, seed: 11, relsPerNode: 2 });
  const ids = new Set(g.nodes.map((n) => n.id));
  return [
    ...g.nodes.map((n, i) => {
      const r = 12 * Math.sqrt(i);
      const a = i * 2.399963;
      return { group: 'nodes', data: { id: n.id, label: n.props.name, type: n.props.type }, position: { x: r * Math.cos(a), y: r * Math.sin(a) } };
    }),
    ...g.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).map((r) => ({ group: 'edges', data: { id: r.id, source: r.from, target: r.to, type: r.type } })),
  ];
}

/** How long one size may take before it is recorded as not rendering. */
const PAGE_BUDGET_MS = 120_000;

export async function browserBench(inst: BenchInstance, sizes: number[], runs: number, log: (l: string) => void): Promise<void> {
  sizes = (process.env.BENCH_BROWSER_SIZES ?? '').split(',').filter(Boolean).map(Number).concat(process.env.BENCH_BROWSER_SIZES ? [] : sizes);
  await ensureClientBuilt(log);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // No GPU here: WebGL comes from SwiftShader, which the table records.
    args: ['--no-sandbox', ...(process.env.BENCH_NO_WEBGL ? ['--disable-gpu'] : ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: Record<string, unknown>[] = [];
  let glRenderer = 'unknown';
  try {
    for (const size of sizes) {
      const elements = elementsOf(size);
      const first: number[] = [];
      const p95s: number[] = [];
      let webgl = false;
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        // tsx compiles the evaluated functions with esbuild's keepNames helper; give the page that helper.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        page.on('crash', () => log(`bench: the page crashed at ${size} elements`));
        page.on('console', (m) => { if (m.type() === 'error') log(`bench: page error: ${m.text()}`); });
        await page.goto(inst.baseUrl);
        await page.waitForFunction(() => Boolean((window as any).__cy), undefined, { timeout: 30_000 });
        glRenderer = await page.evaluate(() => {
          const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
          const info = gl?.getExtension('WEBGL_debug_renderer_info');
          return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
        });
        const measured = page.evaluate(async (els) => {
          const cy = (window as any).__cy;
          const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
          const t0 = performance.now();
          cy.add(els);
          cy.fit(undefined, 20);
          await new Promise((r) => setTimeout(r, 0)); // let the app switch renderers if it wants to
          await frame();
          await frame();
          const firstFrame = performance.now() - t0;
          const times: number[] = [];
          let last = await frame();
          for (let i = 0; i < 90; i++) {
            cy.panBy({ x: 6, y: 4 });
            if (i % 15 === 0) cy.zoom({ level: cy.zoom() * (i % 30 === 0 ? 1.15 : 0.87), renderedPosition: { x: 700, y: 450 } });
            const now = await frame();
            times.push(now - last);
            last = now;
          }
          times.sort((a, b) => a - b);
          return { firstFrame, p95: times[Math.ceil(times.length * 0.95) - 1], webgl: Boolean(cy._private?.options?.renderer?.webgl) };
        }, elements);
        // A view that never renders is a finding, not a reason to hang the whole benchmark.
        const result = await Promise.race([measured, new Promise<null>((r) => setTimeout(() => r(null), PAGE_BUDGET_MS))]).catch(() => null);
        await page.close().catch(() => {});
        if (!result) {
          first.push(Infinity);
          p95s.push(Infinity);
          log(`bench: ${elements.length} elements did not render within ${PAGE_BUDGET_MS / 1000}s`);
          break;
        }
        first.push(result.firstFrame);
        p95s.push(result.p95 ?? NaN);
        webgl = result.webgl;
      }
      const done = first.every(Number.isFinite);
      rows.push({
        elements: elements.length, runs: first.length,
        firstFrameMs: done ? round(percentile(first, 50), 0) : `did not render within ${PAGE_BUDGET_MS / 1000} s`,
        panZoomP95FrameMs: done ? round(percentile(p95s, 50), 1) : '—', webglRenderer: webgl,
      });
      log(`bench: browser ${elements.length} elements measured`);
    }
  } finally {
    await browser.close();
  }
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('browser', 'Browser: first frame and frame time while panning and zooming', [
    `Measured ${measuredAt} with \`npm run bench\` in headless Chromium on ${m.cpus} × ${m.cpuModel}. GL_RENDERER: \`${glRenderer}\`.`,
    'Medians over the runs; positions computed in advance (no layout timed); 90 frames of panning with a zoom every 15.',
    '', table(rows),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, glRenderer, rows });
}
