// /welcome#setup=TOKEN: the one-time link printed at first start (or made by an admin's reset) sets a password and
// signs the account in. The token lives in the fragment, so it is never sent in a request line or a Referer.
import type { ActorInfo } from '@contract/accounts.ts';
import { ApiError, messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { setUpPassword } from './accounts-api.ts';
import { createNewPasswordFields } from './new-password.ts';
import { authBrand } from './sign-in.ts';

/** The token of a setup link in the current address, if this is one. */
export function setupToken(location: Pick<Location, 'pathname' | 'hash'>): string | undefined {
  if (location.pathname.replace(/\/+$/, '') !== '/welcome') return undefined;
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('setup');
  return token?.trim() || undefined;
}

export interface SetupOptions {
  token: string;
  /** True when this is the first start's admin link; a reset link says "Set your new password". */
  firstAdmin: boolean;
  done(actor: ActorInfo): void;
}

export function createSetupPage(options: SetupOptions): HTMLElement {
  const fields = createNewPasswordFields('setup');
  const error = h('p', { id: 'setup-error', class: 'auth-error', role: 'alert', 'data-testid': 'setup-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary auth-submit', 'data-testid': 'setup-submit' }, 'Set password and sign in');
  const heading = options.firstAdmin ? 'Set the admin password' : 'Set your password';
  const form = h('form', { class: 'auth-card', 'aria-labelledby': 'setup-heading', 'aria-describedby': 'setup-error', novalidate: true, 'data-testid': 'setup' },
    authBrand(),
    h('h1', { id: 'setup-heading' }, heading),
    h('p', { class: 'auth-note' }, options.firstAdmin
      ? 'This one-time link was printed when the server first started. Choose the password of the “admin” account; the link then stops working.'
      : 'This one-time link lets you choose a new password. Once used, it stops working.'),
    fields.element,
    error,
    submit);
  const fail = (words: string, field: HTMLInputElement): void => {
    error.textContent = words;
    error.hidden = false;
    field.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = fields.problem();
    if (problem) return fail(problem.words, problem.field);
    submit.disabled = true;
    error.hidden = true;
    setUpPassword(options.token, fields.value())
      .then((actor) => options.done(actor))
      .catch((err: unknown) => {
        // A used or expired token cannot be retried: say what to do instead of asking for the password again.
        const spent = err instanceof ApiError && err.field === 'token';
        fail(spent ? 'This link has been used or has expired. Ask an admin for a new one (or restart the server, for the first admin).' : messageOf(err), fields.first);
        submit.disabled = false;
      });
  });
  queueMicrotask(() => fields.first.focus());
  requestAnimationFrame(() => { if (!form.contains(document.activeElement)) fields.first.focus(); });
  return h('div', { class: 'auth-page', 'data-testid': 'auth-page' }, form);
}
