// The "Your data" tab: upload a network (CSV, GraphML or GEXF), see problems by file, row and column, list, show and delete imports.
// An upload cut short (the server was killed) is listed as incomplete: Resume sends the same files again to finish it,
// Delete removes it; one whose removal was cut short can only be deleted.
import type { DatasetSummary, DatasetUpload } from '@contract/datasets.ts';
import { messageOf } from '../../api.ts';
import { h } from '../../panels/dom.ts';
import { plural } from '../../wording.ts';
import { deleteDataset, listDatasets, uploadDataset } from '../classroom-api.ts';
import { slugify } from '../tours/draft.ts';
import { uploadFromFiles } from './read-files.ts';
import { fileSizeProblem, uploadProblem } from './limits.ts';
import { interopPick, type InteropPick } from './any-format.ts';

export interface ImportViewActions {
  show(name: string): Promise<void>;
}

export function createImportView(actions: ImportViewActions) {
  let upload: DatasetUpload | undefined;
  let picked: Array<{ name: string; text: string }> = [];
  let tooBig: string | undefined;
  /** A file in one of the exchange formats (any-format.ts): imported as the file itself. */
  let interop: InteropPick | undefined;
  const files = h('input', { type: 'file', multiple: true, accept: '.csv,.graphml,.gexf,.xml,.json,.cyjs,.zip,.ftm,.ndjson,.jsonl', 'data-testid': 'import-files' });
  const name = h('input', { type: 'text', maxlength: 40, placeholder: 'e.g. class-network', 'data-testid': 'import-name' });
  const preview = h('p', { class: 'cls-hint', 'data-testid': 'import-preview', 'aria-live': 'polite' });
  const submit = h('button', { type: 'button', class: 'primary', disabled: true, 'data-testid': 'import-submit' }, 'Import');
  const status = h('p', { class: 'cls-status', role: 'status', 'data-testid': 'import-status' });
  const list = h('ul', { class: 'cls-dataset-list', 'data-testid': 'dataset-list' });

  function check(): void {
    upload = undefined;
    submit.disabled = true;
    if (picked.length === 0) return void (preview.textContent = '');
    if (tooBig) return void (preview.textContent = tooBig);
    if (interop) {
      preview.textContent = interop.preview;
      submit.disabled = !name.value.trim();
      return;
    }
    try {
      const parsed = uploadFromFiles(name.value.trim(), picked);
      const problem = uploadProblem(parsed);
      if (problem) return void (preview.textContent = problem);
      upload = parsed;
      preview.textContent = `${plural(upload.nodes.length, 'node')} and ${plural(upload.edges.length, 'link')} read from ${picked.map((f) => f.name).join(' and ')}.`;
      submit.disabled = false;
    } catch (err) {
      preview.textContent = (err as Error).message;
    }
  }

  files.addEventListener('change', async () => {
    // Sizes first: a file over the cap is never read into memory.
    tooBig = fileSizeProblem([...(files.files ?? [])]);
    interop = undefined;
    const only = files.files?.length === 1 ? files.files[0] : undefined;
    if (!tooBig && only) {
      try {
        interop = await interopPick(only);
        if (interop?.suggestedName && !name.value.trim()) name.value = slugify(interop.suggestedName).slice(0, 40);
      } catch (err) {
        picked = [];
        return void (preview.textContent = (err as Error).message);
      }
    }
    picked = tooBig ? [...(files.files ?? [])].map((f) => ({ name: f.name, text: '' })) : await Promise.all([...(files.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
    if (!name.value.trim() && picked[0]) name.value = slugify(picked[0].name.replace(/\.\w+$/, '').replace(/[-_ ]?(nodes|edges)$/i, '')).slice(0, 40);
    check();
  });
  name.addEventListener('input', check);

  async function send(resume: boolean): Promise<void> {
    if (interop) return sendInterop(interop, resume);
    if (!upload) return;
    submit.disabled = true;
    status.textContent = resume ? 'Resuming…' : 'Importing…';
    try {
      const summary = await uploadDataset({ ...upload, name: name.value.trim(), ...(resume ? { resume } : {}) });
      status.textContent = `Imported “${summary.name}”: ${plural(summary.nodes, 'node')}, ${plural(summary.edges, 'link')}.`;
      await load();
      await actions.show(summary.name);
    } catch (err) {
      // All or nothing: the server wrote none of it (or kept an unfinished upload, which the list then shows).
      status.textContent = `Not imported: ${messageOf(err)}`;
      await load();
    } finally {
      submit.disabled = upload === undefined;
    }
  }
  submit.addEventListener('click', () => void send(false));

  async function sendInterop(pick: InteropPick, resume: boolean): Promise<void> {
    submit.disabled = true;
    status.textContent = resume ? 'Resuming…' : 'Importing…';
    try {
      const r = await pick.send(name.value.trim(), resume);
      status.textContent = `Imported “${r.name}”: ${plural(r.nodes, 'node')}, ${plural(r.relationships, 'link')}.${r.notices.length ? ` ${r.notices.join(' ')}` : ''}`;
      await load();
      await actions.show(r.name);
    } catch (err) {
      status.textContent = `Not imported: ${messageOf(err)}`;
      await load();
    } finally {
      submit.disabled = false;
    }
  }

  /** Resume needs the files again: the ones picked above, under the same name. */
  function resume(d: DatasetSummary): void {
    if ((upload || interop) && name.value.trim() === d.name) return void send(true);
    status.textContent = `To resume “${d.name}”, pick the same files above, name it “${d.name}”, then press Resume again.`;
  }

  const remove = async (d: DatasetSummary) => {
    if (!window.confirm(`Delete the imported dataset “${d.name}”? This cannot be undone.`)) return;
    try {
      await deleteDataset(d.name);
      status.textContent = `Deleted “${d.name}”.`;
      await load();
    } catch (err) {
      status.textContent = messageOf(err);
    }
  };
  const deleteButton = (d: DatasetSummary) => h('button', { type: 'button', class: 'cls-edit-only danger', 'data-testid': 'dataset-delete', onclick: () => void remove(d) }, 'Delete');

  const STATUS_WORDS = { importing: 'importing now…', removing: 'being deleted…', incomplete: 'incomplete' } as const;
  /** Not readable until complete: no Show; what it got to, and what can be done. */
  const unfinished = (d: DatasetSummary) => h('li', { class: 'cls-dataset', 'data-dataset': d.name, 'data-status': d.status, 'data-testid': 'dataset-item' },
    h('div', {}, h('strong', {}, d.name), ' ', h('span', { class: 'dataset-badge', 'data-testid': 'dataset-status' }, STATUS_WORDS[d.status as keyof typeof STATUS_WORDS]),
      h('p', { class: 'cls-tour-meta' }, d.resumable
        ? `Stopped after ${d.progress.nodesDone} of ${d.progress.totalNodes} nodes and ${d.progress.relsDone} of ${d.progress.totalRels} links. Not shown anywhere until it is complete.`
        : 'Its deletion was cut short; delete it again to finish. Not shown anywhere meanwhile.')),
    d.status === 'incomplete' ? h('div', { class: 'cls-actions' },
      ...(d.resumable ? [h('button', { type: 'button', class: 'cls-edit-only', 'data-testid': 'dataset-resume', onclick: () => resume(d) }, 'Resume')] : []),
      deleteButton(d)) : h('div', {}));

  const item = (d: DatasetSummary) => d.status !== 'complete' ? unfinished(d) : h('li', { class: 'cls-dataset', 'data-dataset': d.name, 'data-testid': 'dataset-item' },
    h('div', {}, h('strong', {}, d.name), h('p', { class: 'cls-tour-meta' }, `${plural(d.nodes, 'node')} · ${plural(d.edges, 'link')} · ${d.filename} · ${d.createdAt.slice(0, 16).replace('T', ' ')}`)),
    h('div', { class: 'cls-actions' },
      h('button', { type: 'button', 'data-testid': 'dataset-show', onclick: () => void actions.show(d.name).catch((err: unknown) => { status.textContent = messageOf(err); }) }, 'Show'),
      deleteButton(d)));

  async function load(): Promise<void> {
    try {
      const datasets = await listDatasets();
      list.replaceChildren(...datasets.map(item));
      if (datasets.length === 0) list.replaceChildren(h('li', { class: 'cls-hint' }, 'Nothing imported yet.'));
    } catch (err) {
      status.textContent = messageOf(err);
    }
  }

  const element = h('div', { class: 'cls-import' },
    h('section', { class: 'cls-card cls-edit-only' },
      h('h3', {}, 'Bring your own network'),
      h('p', { class: 'cls-hint' }, 'A node CSV (id, label, type) and an edge CSV (source, target, type), an edge CSV alone, or one GraphML or GEXF file. It is kept apart from the curated graph, under a Source that says a teacher uploaded it.'),
      h('label', { class: 'cls-field' }, h('span', {}, 'Files'), files),
      h('label', { class: 'cls-field' }, h('span', {}, 'Name'), name),
      preview,
      h('div', { class: 'cls-actions' }, submit)),
    status,
    h('h3', { class: 'cls-subhead' }, 'Imported networks'),
    list);
  return { element, load };
}
