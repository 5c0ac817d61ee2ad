// Issue 14, target 6: big views in the same headless Chromium beside sigma.js v3, on the same graph and positions.
// They replace "first frame ≤ 7,500 ms on SwiftShader": a fixed budget on a software GPU says little; the ratio to
// the WebGL renderer Gephi Lite uses, measured in the same browser, does.
import { checkAll, num, type Latest, type Row, type Target } from './common.ts';

export function viewVerdicts(latest: Latest): Target[] {
  const part = latest('browser');
  const vs = (part?.vsSigma ?? []) as Row[];
  const gl = String(part?.glRenderer ?? 'unknown');
  const label = (r: Row) => `${Number(r.elements).toLocaleString('en')} elements`;
  return [
    checkAll(`first frame ≤ 1.5 × sigma.js (${gl.includes('SwiftShader') ? 'SwiftShader' : gl})`, vs.map((r) => ({ label: label(r), value: num(r.firstFrameRatio) })), '×', (v) => v <= 1.5),
    checkAll('pan/zoom p95 frame ≤ 1.5 × sigma.js', vs.map((r) => ({ label: label(r), value: num(r.panZoomRatio) })), '×', (v) => v <= 1.5),
  ];
}
