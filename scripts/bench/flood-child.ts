// An attacker in a process of its own (issue 11, item 1), until its parent says stop; then it reports how the server
// answered. FLOOD_MODE=burst fires `FLOOD_CONCURRENCY` copies of one POST at once, once a second (the probe's burst,
// repeated); FLOOD_MODE=continuous keeps that many in flight, each re-sent as soon as it is answered. In the bench's own process the attacker's fetches
// would share the event loop with the server and slow search by their own cost, which a remote attacker does not.
const url = process.env.FLOOD_URL!;
const body = process.env.FLOOD_BODY!;
const concurrency = Number(process.env.FLOOD_CONCURRENCY ?? '55');
const burst = process.env.FLOOD_MODE === 'burst';
let running = true;
const statuses: Record<string, number> = {};

process.on('message', (m) => { if (m === 'stop') running = false; });

async function once(): Promise<void> {
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await r.arrayBuffer();
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  } catch {
    statuses.error = (statuses.error ?? 0) + 1;
  }
}

async function attacker(): Promise<void> {
  while (running) await once();
}

async function bursts(): Promise<void> {
  while (running) {
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, once));
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - started))));
  }
}

const send = (m: unknown) => process.send?.(m);
send('ready');
await (burst ? bursts() : Promise.all(Array.from({ length: concurrency }, attacker)));
send({ statuses });
process.disconnect?.();
export {};
