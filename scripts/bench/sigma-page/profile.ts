// Where Cytoscape's first frame goes: a CPU profile of the page's main thread over the first frame, summed by
// function (self time), so the section can name what stands between it and sigma.js.
import type { CDPSession, Page } from 'playwright-core';

export interface ProfileLine { fn: string; selfMs: number; share: number }

export async function startProfile(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return session;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

/** The heaviest functions by self time. Names are minified in the app's bundle; the line and column say which. */
export async function stopProfile(session: CDPSession, top = 12): Promise<ProfileLine[]> {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await session.detach().catch(() => {});
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byNode.get(id)?.callFrame;
    const file = frame?.url.split('/').pop() ?? '';
    const key = `${frame?.functionName || '(anonymous)'} ${file ? `${file}:${(frame?.lineNumber ?? 0) + 1}:${(frame?.columnNumber ?? 0) + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, selfMs: Math.round(ms), share: Math.round((ms / (total || 1)) * 100) / 100 }));
}
