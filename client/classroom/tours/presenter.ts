// Presenter mode: the canvas and a large-type stage fill the screen; arrows, space and page keys move through the tour.
import type { Core } from 'cytoscape';
import { h } from '../../panels/dom.ts';
import { presenterLabels } from '../cy-style.ts';
import { renderMarkdown } from '../markdown.ts';
import type { TourPlayer } from './player.ts';

const NEXT = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);
/** Auto-advance choices, in seconds; 0 is off. */
const AUTO = [0, 10, 20, 30, 60];

export interface Presenter {
  element: HTMLElement;
  readonly active: boolean;
  enter(options?: { fullscreen?: boolean }): void;
  exit(): void;
  /** Shows the wanted step's words and the counter; called whenever the player moves. */
  render(): void;
  drawn(index: number): void;
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));
}

export function createPresenter(player: TourPlayer, cy: Core, onExit: () => void): Presenter {
  const tourTitle = h('p', { class: 'cls-stage-tour' });
  const counter = h('p', { class: 'cls-counter', 'data-testid': 'tour-counter', 'aria-live': 'polite' });
  const title = h('h2', { class: 'cls-step-title', 'data-testid': 'tour-step-title', tabindex: -1 });
  const narration = h('div', { class: 'cls-narration', 'data-testid': 'tour-narration' });
  const question = h('p', { class: 'cls-question-text', 'data-testid': 'tour-question' });
  const back = h('button', { type: 'button', class: 'cls-nav', 'data-testid': 'tour-prev', 'aria-keyshortcuts': 'ArrowLeft PageUp', onclick: () => player.previous() }, '← Back');
  const forward = h('button', { type: 'button', class: 'cls-nav primary', 'data-testid': 'tour-next', 'aria-keyshortcuts': 'ArrowRight Space PageDown', onclick: () => player.next() }, 'Next →');
  const auto = h('select', { 'data-testid': 'tour-auto', 'aria-label': 'Advance automatically' }, ...AUTO.map((s) => h('option', { value: s }, s ? `every ${s} s` : 'off')));
  const full = h('button', { type: 'button', 'data-testid': 'tour-fullscreen', onclick: () => void requestFull() }, 'Full screen');
  const exitButton = h('button', { type: 'button', 'data-testid': 'tour-exit', 'aria-keyshortcuts': 'Escape', onclick: () => exit() }, 'Exit (Esc)');
  const element = h('aside', { class: 'cls-stage', 'data-testid': 'tour-stage', 'data-state': 'idle', 'aria-label': 'Tour', hidden: true },
    h('header', { class: 'cls-stage-head' }, tourTitle, counter),
    // Long narration scrolls on its own; the controls stay in reach at the foot.
    h('div', { class: 'cls-stage-scroll' },
      title,
      narration,
      h('section', { class: 'cls-question', 'aria-label': 'Question for the class' }, h('h3', {}, 'For the class'), question)),
    h('footer', { class: 'cls-stage-foot' },
      h('div', { class: 'cls-nav-row' }, back, forward),
      h('div', { class: 'cls-stage-options' }, h('label', {}, 'Auto-advance ', auto), full, exitButton),
      h('p', { class: 'cls-keys' }, h('kbd', {}, '←'), h('kbd', {}, '→'), h('kbd', {}, 'Space'), h('kbd', {}, 'PgUp'), h('kbd', {}, 'PgDn'), ' move · ', h('kbd', {}, 'Esc'), ' exits'),
      h('p', { class: 'cls-stage-disclaimer' }, 'Allegations are claims, shown with who made them and their status. Appearing here is not a finding of wrongdoing.')));

  let active = false;
  let wentFullscreen = false;
  let timer: number | undefined;

  async function requestFull(): Promise<void> {
    // Fullscreen needs a user gesture and may be refused (kiosk browsers, iframes); the full-window layout stands in.
    try {
      await document.documentElement.requestFullscreen?.();
      wentFullscreen = document.fullscreenElement !== null;
    } catch {
      wentFullscreen = false;
    }
    full.hidden = wentFullscreen;
  }

  function restartTimer(): void {
    window.clearInterval(timer);
    timer = undefined;
    const seconds = Number(auto.value);
    if (!active || !seconds) return;
    timer = window.setInterval(() => {
      if (player.wanted >= player.count - 1) auto.value = '0';
      else player.next();
      restartTimer();
    }, seconds * 1000);
  }
  auto.addEventListener('change', restartTimer);

  const onKey = (event: KeyboardEvent): void => {
    if (!active || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const act = NEXT.has(event.key) ? () => player.next()
      : PREVIOUS.has(event.key) ? () => player.previous()
        : event.key === 'Home' ? () => player.go(0)
          : event.key === 'End' ? () => player.go(player.count - 1)
            : event.key === 'Escape' ? () => exit() : undefined;
    if (!act) return;
    // Space on a focused button would click it too; one key, one move.
    event.preventDefault();
    event.stopPropagation();
    act();
    restartTimer();
  };

  const onFullscreenChange = (): void => {
    cy.resize();
    // In full screen the browser keeps Esc for itself and leaves full screen; leaving it ends the presentation.
    if (active && wentFullscreen && document.fullscreenElement === null) exit();
  };

  function render(): void {
    const tour = player.tour;
    const step = tour?.steps[player.wanted];
    if (!tour || !step) return;
    tourTitle.textContent = tour.title;
    counter.textContent = `${player.wanted + 1} / ${tour.steps.length}`;
    title.textContent = step.title;
    narration.innerHTML = renderMarkdown(step.narration);
    question.textContent = step.question;
    back.disabled = player.wanted === 0;
    forward.disabled = player.wanted >= tour.steps.length - 1;
    element.dataset.step = String(player.wanted + 1);
    element.dataset.state = player.drawn === player.wanted ? 'ready' : 'loading';
  }

  function enter({ fullscreen = true } = {}): void {
    active = true;
    element.hidden = false;
    document.body.classList.add('cls-presenting');
    player.big = true;
    // The tour draws on a clean canvas, so every element is created with presenter-size labels.
    cy.elements().remove();
    presenterLabels(cy, true);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    full.hidden = false;
    if (fullscreen) void requestFull();
    cy.resize();
    render();
    title.focus();
    restartTimer();
  }

  function exit(): void {
    if (!active) return;
    active = false;
    window.clearInterval(timer);
    element.hidden = true;
    document.body.classList.remove('cls-presenting');
    player.big = false;
    presenterLabels(cy, false);
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('fullscreenchange', onFullscreenChange);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    wentFullscreen = false;
    element.dataset.state = 'idle';
    cy.resize();
    onExit();
  }

  return {
    element,
    get active() { return active; },
    enter,
    exit,
    render,
    drawn: () => render(),
  };
}
