// The "Build a tour" tab: record views as steps, reorder them (buttons or Alt+arrows), write narration, save.
import { Tour } from '@contract/tours.ts';
import { ApiError, messageOf } from '../../api.ts';
import { h } from '../../panels/dom.ts';
import { plural } from '../../wording.ts';
import { getTour, saveTour } from '../classroom-api.ts';
import { draftFromTour, emptyDraft, moveStep, slugify, toTour, type Draft } from './draft.ts';
import { localStepGraph, recordView } from './record.ts';
import { drawStep, type StepCanvas } from './render-step.ts';
import { createStepEditor } from './step-editor.ts';

export interface TourBuilder {
  element: HTMLElement;
  editCopy(id: string): Promise<void>;
}

export function createTourBuilder(canvas: StepCanvas, onSaved: (id: string) => void): TourBuilder {
  let draft: Draft = emptyDraft();
  let selected = -1;
  const status = h('p', { class: 'cls-status', role: 'status', 'data-testid': 'builder-status' });
  const title = h('input', { type: 'text', 'data-testid': 'builder-title', maxlength: 120, placeholder: 'e.g. Who profits from the compounds?' });
  const id = h('input', { type: 'text', 'data-testid': 'builder-id', maxlength: 64, pattern: '[a-z0-9][a-z0-9-]+' });
  const description = h('textarea', { rows: 2, 'data-testid': 'builder-description', maxlength: 1000 });
  const list = h('ol', { class: 'cls-step-list', 'data-testid': 'builder-steps', 'aria-label': 'Steps (Alt+↑ and Alt+↓ reorder)' });
  const editor = createStepEditor({
    changed: () => renderList(),
    rerecord: () => record(selected),
    preview: () => void preview(selected),
  });
  const fields: Record<string, HTMLElement> = { id, title, description };

  const say = (text: string) => { status.textContent = text; };

  title.addEventListener('input', () => {
    draft.title = title.value;
    if (!draft.idEdited) id.value = draft.id = slugify(title.value);
  });
  id.addEventListener('input', () => { draft.id = id.value.trim(); draft.idEdited = true; });
  description.addEventListener('input', () => { draft.description = description.value; });

  function select(index: number, focus = false): void {
    selected = index;
    editor.edit(draft.steps[index], index);
    renderList();
    if (focus) list.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  }

  function move(index: number, by: -1 | 1): void {
    const to = moveStep(draft, index, by);
    if (to !== index) say(`Step moved to position ${to + 1}.`);
    select(to, true);
  }

  function renderList(): void {
    list.replaceChildren(...draft.steps.map((step, i) => {
      const item = h('li', { class: 'cls-step-item', tabindex: 0, 'data-index': i, 'data-testid': 'builder-step', 'aria-current': i === selected ? 'step' : undefined },
        h('span', { class: 'cls-step-name' }, `${i + 1}. ${step.title || 'Untitled step'}`),
        h('span', { class: 'cls-step-meta' }, step.show.query ? `query ${step.show.query.id}` : plural(step.show.entities?.length ?? 0, 'entity', 'entities')),
        h('span', { class: 'cls-step-buttons' },
          h('button', { type: 'button', 'aria-label': `Move step ${i + 1} up`, 'data-testid': 'step-up', disabled: i === 0, onclick: (e: Event) => { e.stopPropagation(); move(i, -1); } }, '↑'),
          h('button', { type: 'button', 'aria-label': `Move step ${i + 1} down`, 'data-testid': 'step-down', disabled: i === draft.steps.length - 1, onclick: (e: Event) => { e.stopPropagation(); move(i, 1); } }, '↓'),
          h('button', { type: 'button', 'aria-label': `Remove step ${i + 1}`, 'data-testid': 'step-remove', onclick: (e: Event) => {
            e.stopPropagation();
            draft.steps.splice(i, 1);
            select(Math.min(i, draft.steps.length - 1));
          } }, '✕')));
      item.addEventListener('click', () => select(i));
      item.addEventListener('keydown', (event) => {
        if (event.target !== item) return;
        if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
          event.preventDefault();
          move(i, event.key === 'ArrowUp' ? -1 : 1);
        } else if (event.key === 'Enter') select(i);
      });
      return item;
    }));
  }

  function record(replace?: number): void {
    try {
      const { dataset, ...view } = recordView(canvas.view.cy, canvas.store);
      const others = draft.steps.filter((_, i) => i !== replace);
      if (others.length > 0 && dataset !== draft.dataset) throw new Error(`This tour shows ${draft.dataset}; the canvas shows ${dataset}. A tour never mixes datasets.`);
      draft.dataset = dataset;
      if (replace !== undefined && replace >= 0 && draft.steps[replace]) {
        draft.steps[replace] = { ...draft.steps[replace]!, ...view };
        select(replace);
        say(`Step ${replace + 1} re-recorded: ${plural(view.show.entities?.length ?? 0, 'entity', 'entities')}.`);
      } else {
        draft.steps.push({ title: `Step ${draft.steps.length + 1}`, narration: '', question: '', ...view });
        select(draft.steps.length - 1);
        say(`Recorded step ${draft.steps.length}: ${plural(view.show.entities?.length ?? 0, 'entity', 'entities')}, ${view.highlight.length} highlighted. Now give it a title, narration and a question.`);
      }
    } catch (err) {
      say((err as Error).message);
    }
  }

  async function preview(index: number): Promise<void> {
    const step = draft.steps[index];
    if (!step?.show.entities) return say('A step that shows a saved query is previewed by presenting the saved tour.');
    await drawStep(canvas, localStepGraph(canvas.store, step.show.entities), step, false);
  }

  /** Points at the input a field path names ("steps.2.question" selects step 3 first). */
  function markField(field: string | undefined): void {
    document.querySelectorAll('.cls-builder [aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
    const m = /^steps\.(\d+)\.(\w+)/.exec(field ?? '');
    if (m && draft.steps[Number(m[1])]) select(Number(m[1]));
    const input = m ? editor.field(m[2]!) : fields[field ?? ''];
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
  }

  async function save(): Promise<void> {
    const checked = Tour.safeParse(toTour(draft));
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const field = issue.path.join('.');
      say(`Not saved: ${field || 'tour'}: ${issue.message}`);
      return markField(field);
    }
    try {
      const saved = await saveTour(checked.data);
      say(`Saved “${saved.title}”. It is in the Tours tab now.`);
      onSaved(saved.id);
    } catch (err) {
      say(`Not saved: ${messageOf(err)}`);
      if (err instanceof ApiError) markField(err.field);
    }
  }

  const element = h('div', { class: 'cls-builder' },
    h('p', { class: 'cls-hint' }, 'Draw a view on the canvas (search, expand, run a query), select the node to highlight, then record it as a step.'),
    h('label', { class: 'cls-field' }, h('span', {}, 'Title'), title),
    h('label', { class: 'cls-field' }, h('span', {}, 'Id (for the link)'), id),
    h('label', { class: 'cls-field' }, h('span', {}, 'Description'), description),
    h('div', { class: 'cls-actions' },
      h('button', { type: 'button', class: 'primary', 'data-testid': 'record-step', onclick: () => record() }, '● Record current view as step'),
      h('button', { type: 'button', 'data-testid': 'builder-new', onclick: () => load(emptyDraft()) }, 'New tour')),
    list,
    editor.element,
    h('div', { class: 'cls-actions' }, h('button', { type: 'button', class: 'primary', 'data-testid': 'builder-save', onclick: () => void save() }, 'Save tour')),
    status);

  function load(next: Draft): void {
    draft = next;
    title.value = draft.title;
    id.value = draft.id;
    description.value = draft.description;
    select(draft.steps.length ? 0 : -1);
    say('');
  }

  return {
    element,
    async editCopy(tourId: string) {
      try {
        load(draftFromTour(await getTour(tourId)));
        say('Editing a copy: change what you like and save it under its new id.');
      } catch (err) {
        say(messageOf(err));
      }
    },
  };
}
