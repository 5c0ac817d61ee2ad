// The "Your data" tab: upload a network (CSV, GraphML or GEXF), see problems by file, row and column, list, show and delete imports.
// An upload cut short (the server was killed) is listed as incomplete: Resume sends the same files again to finish it,
// Delete removes it; one whose removal was cut short can only be deleted.
import { datasetOf, type DatasetSummary, type DatasetUpload } from '@contract/datasets.ts';
import { messageOf } from '../../api.ts';
import { h } from '../../panels/dom.ts';
import { plural } from '../../wording.ts';
import { deleteDataset, listDatasets, uploadDataset } from '../classroom-api.ts';
import { slugify } from '../tours/draft.ts';
import { isCsvFile, readCsvFile, readUpload, type CsvChoice, type CsvReading, type PickedFile } from './read-files.ts';
import { fileSizeProblem, uploadProblem } from './limits.ts';
import { csvFileCard } from './column-mapping.ts';
import { gate, guestMaySee } from '../../state/session.ts';
import { interopPick, type InteropPick } from './any-format.ts';

export interface ImportViewActions {
  show(name: string): Promise<void>;
}

export function createImportView(actions: ImportViewActions) {
  let upload: DatasetUpload | undefined;
  let picked: PickedFile[] = [];
  /** What the user changed in the CSV step, per file name: encoding, delimiter, header row, column mapping. */
  const choices = new Map<string, CsvChoice>();
  let tooBig: string | undefined;
  /** A file in one of the exchange formats (any-format.ts): imported as the file itself. */
  let interop: InteropPick | undefined;
  const files = h('input', { type: 'file', multiple: true, accept: '.csv,.tsv,.graphml,.gexf,.xml,.json,.cyjs,.zip,.ftm,.ndjson,.jsonl', 'data-testid': 'import-files' });
  const name = h('input', { type: 'text', maxlength: 40, placeholder: 'e.g. class-network', 'data-testid': 'import-name' });
  const preview = h('p', { class: 'cls-hint', 'data-testid': 'import-preview', 'aria-live': 'polite' });
  const notice = h('div', { class: 'cls-import-notice', 'data-testid': 'import-notice', role: 'status' });
  const csvStep = h('div', { class: 'cls-csv-step', 'data-testid': 'csv-files' });
  const submit = h('button', { type: 'button', class: 'primary', disabled: true, 'data-testid': 'import-submit' }, 'Import');
  const status = h('p', { class: 'cls-status', role: 'status', 'data-testid': 'import-status' });
  const list = h('ul', { class: 'cls-dataset-list', 'data-testid': 'dataset-list' });

  /** The CSV step: a card per CSV file, read with the user's choices; the focused control keeps focus across redraws. */
  function drawCsvStep(): void {
    const focused = document.activeElement instanceof HTMLElement && csvStep.contains(document.activeElement) ? document.activeElement : undefined;
    const key = focused && [focused.closest('[data-file]')?.getAttribute('data-file'), focused.dataset.testid, focused.dataset.column];
    const csvFiles = tooBig ? [] : picked.filter(isCsvFile);
    const readings: CsvReading[] = [];
    const problems: string[] = [];
    for (const f of csvFiles) {
      try {
        readings.push(readCsvFile(f, choices.get(f.name), csvFiles.length - 1));
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    csvStep.replaceChildren(...readings.map((r) => csvFileCard(r, choices.get(r.file) ?? {}, (next) => { choices.set(r.file, next); check(); })));
    // Never silently converted: each file read in another encoding than UTF-8 is named, with the encoding.
    notice.replaceChildren(...readings.flatMap((r) => (r.notice ? [h('p', { 'data-file': r.file }, r.notice)] : [])), ...problems.map((p) => h('p', {}, p)));
    if (key) {
      const selector = `[data-file="${CSS.escape(key[0] ?? '')}"] [data-testid="${key[1]}"]${key[2] ? `[data-column="${key[2]}"]` : ''}`;
      csvStep.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  function check(): void {
    upload = undefined;
    submit.disabled = true;
    drawCsvStep();
    if (picked.length === 0) return void (preview.textContent = '');
    if (tooBig) return void (preview.textContent = tooBig);
    if (interop) {
      preview.textContent = interop.preview;
      submit.disabled = !name.value.trim();
      return;
    }
    try {
      const parsed = readUpload(name.value.trim(), picked, choices).upload;
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
    // Bytes, not text: File.text() would read any file as UTF-8 and garble a Windows-1252 one without a word.
    choices.clear();
    picked = tooBig ? [...(files.files ?? [])].map((f) => ({ name: f.name, text: '' })) : await Promise.all([...(files.files ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
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
      status.textContent = `Imported “${summary.name}”: ${plural(summary.nodes, 'node')}, ${plural(summary.edges, 'link')}.`
        + (summary.possibleDuplicates === undefined ? '' : ` ${plural(summary.possibleDuplicates, 'possible duplicate')} in other datasets.`);
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
  const deleteButton = (d: DatasetSummary) => gate(h('button', { type: 'button', class: 'cls-edit-only danger', 'data-testid': 'dataset-delete', onclick: () => void remove(d) }, 'Delete'), 'admin');

  const STATUS_WORDS = { importing: 'importing now…', removing: 'being deleted…', incomplete: 'incomplete' } as const;
  /** Not readable until complete: no Show; what it got to, and what can be done. */
  const unfinished = (d: DatasetSummary) => h('li', { class: 'cls-dataset', 'data-dataset': d.name, 'data-status': d.status, 'data-testid': 'dataset-item' },
    h('div', {}, h('strong', {}, d.name), ' ', h('span', { class: 'dataset-badge', 'data-testid': 'dataset-status' }, STATUS_WORDS[d.status as keyof typeof STATUS_WORDS]),
      h('p', { class: 'cls-tour-meta' }, d.resumable
        ? `Stopped after ${d.progress.nodesDone} of ${d.progress.totalNodes} nodes and ${d.progress.relsDone} of ${d.progress.totalRels} links. Not shown anywhere until it is complete.`
        : 'Its deletion was cut short; delete it again to finish. Not shown anywhere meanwhile.')),
    d.status === 'incomplete' ? h('div', { class: 'cls-actions' },
      ...(d.resumable ? [gate(h('button', { type: 'button', class: 'cls-edit-only', 'data-testid': 'dataset-resume', onclick: () => resume(d) }, 'Resume'), 'admin')] : []),
      deleteButton(d)) : h('div', {}));

  const item = (d: DatasetSummary) => d.status !== 'complete' ? unfinished(d) : h('li', { class: 'cls-dataset', 'data-dataset': d.name, 'data-testid': 'dataset-item' },
    h('div', {}, h('strong', {}, d.name), h('p', { class: 'cls-tour-meta' }, `${plural(d.nodes, 'node')} · ${plural(d.edges, 'link')} · ${d.filename} · ${d.createdAt.slice(0, 16).replace('T', ' ')}`)),
    h('div', { class: 'cls-actions' },
      h('button', { type: 'button', 'data-testid': 'dataset-show', onclick: () => void actions.show(d.name).catch((err: unknown) => { status.textContent = messageOf(err); }) }, 'Show'),
      deleteButton(d)));

  async function load(): Promise<void> {
    try {
      // A guest link lists only the imports it opens (the server refuses the others).
      const datasets = (await listDatasets()).filter((d) => guestMaySee(datasetOf(d.name)));
      list.replaceChildren(...datasets.map(item));
      if (datasets.length === 0) list.replaceChildren(h('li', { class: 'cls-hint' }, 'Nothing imported yet.'));
    } catch (err) {
      status.textContent = messageOf(err);
    }
  }

  const element = h('div', { class: 'cls-import' },
    gate(h('section', { class: 'cls-card cls-edit-only', 'data-testid': 'import-upload' },
      h('h3', {}, 'Bring your own network'),
      h('p', { class: 'cls-hint' }, 'A node CSV (id, label, type) and an edge CSV (source, target, type, weight), an edge CSV alone, or one GraphML or GEXF file. CSV may use commas, semicolons, tabs or pipes, come without a header row, and be in UTF-8, Windows-1252 or Latin-1. It is kept apart from the curated graph, under a Source that says a teacher uploaded it.'),
      h('label', { class: 'cls-field' }, h('span', {}, 'Files'), files),
      h('label', { class: 'cls-field' }, h('span', {}, 'Name'), name),
      notice,
      csvStep,
      preview,
      h('div', { class: 'cls-actions' }, submit)), 'admin'),
    status,
    h('h3', { class: 'cls-subhead' }, 'Imported networks'),
    list);
  return { element, load };
}
