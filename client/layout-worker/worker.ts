// The layout worker: runs the force layout off the page's main thread, so a big graph's layout never freezes the page.
import { forceLayout, type ForceInput } from './force.ts';

/** What the page hears back: how far along the layout is, then the positions (as transferable arrays). */
export type LayoutReply = { kind: 'progress'; done: number } | { kind: 'done'; x: Float64Array; y: Float64Array };

const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<ForceInput>) => {
  const reply = (message: LayoutReply, transfer: Transferable[] = []): void => scope.postMessage(message, transfer);
  const { x, y } = forceLayout(event.data, { onProgress: (done) => reply({ kind: 'progress', done }) });
  reply({ kind: 'done', x, y }, [x.buffer, y.buffer]);
};
