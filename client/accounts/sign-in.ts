// The sign-in page: name and password, Enter submits, focus starts on the name, and a refusal says why in words
// (wrong name or password, or too many tries and how long to wait). Shown instead of the app, or over it when a
// session ends mid-use, so the address (the view) is kept for after.
import type { ActorInfo } from '@contract/accounts.ts';
import { ApiError, messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { signIn } from './accounts-api.ts';
import { waitWords } from './password-rules.ts';

export interface SignInOptions {
  /** A line above the form, e.g. that the session has ended. */
  note?: string;
  signedIn(actor: ActorInfo): void;
}

/** The brand block shared by the sign-in and setup pages. */
export function authBrand(): HTMLElement {
  return h('div', { class: 'auth-brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }),
    h('div', {}, h('p', { class: 'auth-name' }, 'Scamgraph'), h('p', { class: 'auth-tagline' }, 'Evidence-first explorer of scam compounds, trafficking and alleged collusion')));
}

export function refusalWords(err: unknown): string {
  if (err instanceof ApiError && err.status === 401) return 'Wrong name or password.';
  if (err instanceof ApiError && err.status === 429) return `Too many sign-in attempts. ${waitWords(err.retryAfterSeconds)}`;
  return messageOf(err);
}

export function createSignInPage(options: SignInOptions): HTMLElement {
  const name = h('input', { id: 'sign-in-name', name: 'username', type: 'text', autocomplete: 'username', required: true, spellcheck: 'false', autocapitalize: 'none', 'data-testid': 'sign-in-name' });
  const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'sign-in-password' });
  const error = h('p', { id: 'sign-in-error', class: 'auth-error', role: 'alert', 'data-testid': 'sign-in-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary auth-submit', 'data-testid': 'sign-in-submit' }, 'Sign in');
  const fail = (words: string, field: HTMLInputElement): void => {
    error.textContent = words;
    error.hidden = false;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
    field.select();
  };

  const form = h('form', { class: 'auth-card', 'aria-labelledby': 'sign-in-heading', 'aria-describedby': 'sign-in-error', novalidate: true, 'data-testid': 'sign-in' },
    authBrand(),
    h('h1', { id: 'sign-in-heading' }, 'Sign in'),
    options.note ? h('p', { class: 'auth-note', 'data-testid': 'sign-in-note' }, options.note) : null,
    h('label', { class: 'auth-field', for: 'sign-in-name' }, h('span', {}, 'Name'), name),
    h('label', { class: 'auth-field', for: 'sign-in-password' }, h('span', {}, 'Password'), password),
    error,
    submit,
    h('p', { class: 'auth-hint' }, 'No account? Ask your team’s admin. Forgotten password? The admin can send you a reset link.'));
  for (const field of [name, password]) field.addEventListener('input', () => field.removeAttribute('aria-invalid'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!name.value.trim()) return fail('Enter your name.', name);
    if (!password.value) return fail('Enter your password.', password);
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    error.hidden = true;
    signIn(name.value.trim(), password.value)
      .then((actor) => options.signedIn(actor))
      .catch((err: unknown) => {
        // A wrong password keeps the name, so only the password needs typing again.
        fail(refusalWords(err), password);
        submit.disabled = false;
        submit.textContent = 'Sign in';
      });
  });

  const page = h('div', { class: 'auth-page', 'data-testid': 'auth-page' }, form,
    h('p', { class: 'auth-footer' }, 'Allegations are shown as claims, with who made them and their status. Appearing in this graph is not a finding of wrongdoing.'));
  // Focus the name once the page is in the document (autofocus is ignored on elements added later).
  queueMicrotask(() => name.focus());
  requestAnimationFrame(() => { if (!form.contains(document.activeElement)) name.focus(); });
  return page;
}
