// One self-contained HTML page: styles, data, Cytoscape and the player all inline, so it opens from disk with no network.
import { escapeHtml } from '../markdown.ts';

export interface OfflineStep {
  title: string;
  /** Already rendered by markdown.ts, so safe as HTML. */
  narrationHtml: string;
  question: string;
  nodes: string[];
  edges: string[];
  highlight: string[];
  camera: { fit?: true; zoom?: number; center?: string };
}

export interface OfflineData {
  title: string;
  subtitle: string;
  /** true: elements carry positions to keep (a saved view); false: the player lays each step out. */
  positioned: boolean;
  elements: unknown[];
  style: unknown[];
  steps: OfflineStep[];
}

const CSS = `
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#000;color:#fff;font:18px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
body{display:grid;grid-template-columns:minmax(0,1fr) min(40vw,600px);height:100vh;overflow:hidden}
#cy{position:relative;min-width:0;background:radial-gradient(ellipse at 50% 40%,#101820 0%,#000 75%)}
aside{display:flex;flex-direction:column;gap:16px;padding:28px 32px;overflow-y:auto;border-left:2px solid #444;background:#0b0f14}
header{display:flex;justify-content:space-between;gap:16px;align-items:baseline;color:#c9d2dd;font-size:15px}
#counter{font:700 22px/1 ui-monospace,monospace;color:#fff;white-space:nowrap}
h1{font-size:30px;line-height:1.2;margin:0}#narration p,#narration ul,#narration ol{margin:0 0 12px}
#narration strong{color:#fff3a0}a{color:#8fd3ff}
#question-box{border:2px solid #f0e442;border-radius:12px;padding:14px 18px;background:#1a1a05}
#question-box h2{margin:0 0 6px;font-size:14px;text-transform:uppercase;letter-spacing:1px;color:#f0e442}
#question{margin:0;font-size:20px}
nav{display:flex;gap:12px;margin-top:auto}button{flex:1;font:600 18px system-ui;padding:12px;border-radius:10px;border:2px solid #8fd3ff;background:#0d2233;color:#fff;cursor:pointer}
button:disabled{opacity:.35;cursor:default}button:focus-visible{outline:3px solid #f0e442;outline-offset:2px}
.keys,.note{font-size:13px;color:#aab4c0;margin:0}kbd{border:1px solid #667;border-radius:4px;padding:0 5px;font:12px ui-monospace,monospace}
`;

/** Inside <script>, "</script" would end the element early; "<\/" means the same to JavaScript. */
const inScript = (source: string): string => source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function offlinePage(data: OfflineData, cytoscapeSource: string, playerSource: string): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(data.title)} — Scamgraph tour</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body data-step="0">
<div id="cy" role="img" aria-label="Graph for the current step"></div>
<aside>
<header><span>${escapeHtml(data.title)}<br><small>${escapeHtml(data.subtitle)}</small></span><span id="counter" aria-live="polite"></span></header>
<h1 id="step-title"></h1>
<div id="narration"></div>
<section id="question-box"><h2>For the class</h2><p id="question"></p></section>
<nav><button id="prev" type="button">← Back</button><button id="next" type="button">Next →</button></nav>
<p class="keys"><kbd>←</kbd> <kbd>→</kbd> <kbd>Space</kbd> <kbd>PgUp</kbd> <kbd>PgDn</kbd> move between steps.</p>
<p class="note">Allegations are claims, shown with who made them and their status. Appearing here is not a finding of wrongdoing. Saved from Scamgraph; works offline.</p>
</aside>
<script type="application/json" id="tour-data">${json}</script>
<script>${inScript(cytoscapeSource)}</script>
<script>${inScript(playerSource)}</script>
</body>
</html>
`;
}
