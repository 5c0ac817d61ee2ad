// Issue 14, target 6: big views in the same headless Chromium beside sigma.js v3, on the same graph and positions.
// They replace "first frame ≤ 7,500 ms on SwiftShader": a fixed budget on a software GPU says little; the ratio to
// the WebGL renderer Gephi Lite uses, measured in the same browser, does.
import { checkAll, num, type Latest, type Row, type Target } from './common.ts';

export function viewVerdicts(latest: Latest): Target[] {
  const part = latest('browser');
  const vs = (part?.vsSigma ?? []) as Row[];
  const rows = (part?.rows ?? []) as Row[];
  const gl = String(part?.glRenderer ?? 'unknown');
  const label = (r: Row) => `${Number(r.elements).toLocaleString('en')} elements`;
  // A Cytoscape view that never drew has no ratio, but it is a miss, not a gap in the figures.
  const neverDrew = (r: Row) => rows.some((row) => row.renderer === 'cytoscape' && row.elements === r.elements && typeof row.firstFrameMs === 'string');
  const ratio = (r: Row, key: string) => (neverDrew(r) ? Infinity : num(r[key]));
  return [
    checkAll(`first frame ≤ 1.5 × sigma.js (${gl.includes('SwiftShader') ? 'SwiftShader' : gl})`, vs.map((r) => ({ label: label(r), value: ratio(r, 'firstFrameRatio') })), '×', (v) => v <= 1.5),
    checkAll('pan/zoom p95 frame ≤ 1.5 × sigma.js', vs.map((r) => ({ label: label(r), value: ratio(r, 'panZoomRatio') })), '×', (v) => v <= 1.5),
    layoutVerdict((part?.layouts ?? []) as Row[]),
  ];
}

/**
 * Recorded, not judged against a number: which worker layout wins at each size. Winning is settling first at a
 * quality (mean edge length over mean random-pair distance, lower is better) no more than 5% worse than the other's.
 */
function layoutVerdict(layouts: Row[]): Target {
  const target = 'big-graph layouts: forceatlas2 worker vs hand-written worker, time to settle at equal quality (recorded)';
  const sizes = [...new Set(layouts.map((r) => Number(r.elements)))];
  if (sizes.length === 0) return { target, measured: 'not measured', verdict: '—' };
  const measured = sizes.map((size) => {
    const of = (impl: string) => layouts.find((r) => Number(r.elements) === size && r.impl === impl);
    const [fa2, hand] = [of('forceatlas2'), of('hand-written')];
    const [fMs, hMs, fQ, hQ] = [num(fa2?.ms), num(hand?.ms), num(fa2?.quality), num(hand?.quality)];
    if (fMs === null || hMs === null || fQ === null || hQ === null) return `${size.toLocaleString('en')} elements: not measured`;
    const wins = (ms: number, q: number, otherMs: number, otherQ: number) => ms < otherMs && q <= otherQ * 1.05;
    const winner = wins(fMs, fQ, hMs, hQ) ? 'FA2 wins' : wins(hMs, hQ, fMs, fQ) ? 'hand-written wins' : 'neither wins outright';
    return `${size.toLocaleString('en')} elements: ${winner} (FA2 ${fMs.toLocaleString('en')} ms, quality ${fQ}; hand-written ${hMs.toLocaleString('en')} ms, quality ${hQ})`;
  }).join('; ');
  return { target, measured, verdict: 'recorded' };
}
