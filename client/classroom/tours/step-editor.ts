// Edits one step of the tour being built: title, narration (with a live preview), question; re-record or preview it.
import type { TourStep } from '@contract/tours.ts';
import { h } from '../../panels/dom.ts';
import { plural } from '../../wording.ts';
import { renderMarkdown } from '../markdown.ts';

export interface StepEditorEvents {
  changed(): void;
  rerecord(): void;
  preview(): void;
}

export function createStepEditor(events: StepEditorEvents) {
  let step: TourStep | undefined;
  const heading = h('h3', {});
  const title = h('input', { type: 'text', maxlength: 120, 'data-testid': 'step-title' });
  const narration = h('textarea', { rows: 6, maxlength: 4000, 'data-testid': 'step-narration', placeholder: 'What the class should notice. **bold**, *italic*, - lists and [links](https://…) work.' });
  const rendered = h('div', { class: 'cls-narration cls-preview', 'data-testid': 'step-narration-preview', 'aria-label': 'Narration preview' });
  const question = h('input', { type: 'text', maxlength: 500, 'data-testid': 'step-question', placeholder: 'A question for the class' });
  const summary = h('p', { class: 'cls-hint' });
  const inputs: Record<string, HTMLElement> = { title, narration, question, show: summary, camera: summary, highlight: summary };

  title.addEventListener('input', () => { if (step) { step.title = title.value; events.changed(); } });
  narration.addEventListener('input', () => { if (step) { step.narration = narration.value; rendered.innerHTML = renderMarkdown(narration.value); } });
  question.addEventListener('input', () => { if (step) step.question = question.value; });

  const element = h('section', { class: 'cls-card cls-step-editor', 'data-testid': 'step-editor', hidden: true },
    heading,
    h('label', { class: 'cls-field' }, h('span', {}, 'Step title'), title),
    h('label', { class: 'cls-field' }, h('span', {}, 'Narration (Markdown)'), narration),
    rendered,
    h('label', { class: 'cls-field' }, h('span', {}, 'Question for the class'), question),
    summary,
    h('div', { class: 'cls-actions' },
      h('button', { type: 'button', 'data-testid': 'step-rerecord', onclick: () => events.rerecord() }, 'Re-record from current view'),
      h('button', { type: 'button', 'data-testid': 'step-preview', onclick: () => events.preview() }, 'Show on canvas')));

  return {
    element,
    field: (name: string): HTMLElement | undefined => inputs[name],
    edit(next: TourStep | undefined, index: number) {
      step = next;
      element.hidden = !next;
      if (!next) return;
      heading.textContent = `Step ${index + 1}`;
      title.value = next.title;
      narration.value = next.narration;
      rendered.innerHTML = renderMarkdown(next.narration);
      question.value = next.question;
      const shows = next.show.query ? `the saved query ${next.show.query.id}` : plural(next.show.entities?.length ?? 0, 'entity', 'entities');
      const camera = next.camera.center ? `zoom ${next.camera.zoom} on ${next.camera.center}` : 'fit everything';
      summary.textContent = `Shows ${shows}; camera: ${camera}; ${plural(next.highlight.length, 'highlight')}.`;
    },
  };
}
