// The bench page's entry: what the browser bench calls through window.__bench.
import { layoutFa2, layoutHandWritten } from './layouts.ts';
import { renderWithSigma } from './render.ts';

(window as unknown as { __bench: unknown }).__bench = { renderWithSigma, layoutHandWritten, layoutFa2 };
