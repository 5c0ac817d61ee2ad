// The Team page (admins): every account with its role, a disabled switch, when it was last seen and a reset link to
// copy; a form to add one; and the guest links (guest-links-view.ts). Changes apply at once and the table reloads.
import { ROLES, type Role } from '@contract/accounts.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { currentActor } from '../state/session.ts';
import { addAccount, listAccounts, resetLink, updateAccount, type Account } from './accounts-api.ts';
import { openDialog } from './change-password.ts';
import { copyButton, createGuestLinksView } from './guest-links-view.ts';
import { MIN_PASSWORD, ROLE_WORDS } from './password-rules.ts';

const roleOptions = (chosen: Role) => ROLES.map((r) => h('option', { value: r, selected: r === chosen }, r));

function seenWords(at: string | null | undefined): string {
  if (!at) return 'never';
  const time = new Date(at);
  return Number.isNaN(time.getTime()) ? at : time.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

export function openTeamPage(): void {
  const status = h('p', { class: 'team-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'team-status' });
  const rows = h('tbody', { 'data-testid': 'accounts-rows' });
  const say = (words: string): void => { status.textContent = words; };

  const change = (account: Account, next: { role?: Role; disabled?: boolean }, words: string): void => {
    updateAccount(account.id, next).then(() => { say(words); return load(); }).catch((err: unknown) => { say(messageOf(err)); void load(); });
  };

  const row = (account: Account): HTMLTableRowElement => {
    const self = account.id === currentActor()?.id;
    const role = h('select', { 'aria-label': `Role of ${account.name}`, 'data-testid': 'account-role', disabled: self }, ...roleOptions(account.role));
    role.title = self ? 'You cannot change your own role (another admin can)' : ROLE_WORDS[account.role];
    role.addEventListener('change', () => change(account, { role: role.value as Role }, `${account.name} is now ${role.value}.`));
    const disabled = h('input', { type: 'checkbox', checked: account.disabled, disabled: self, 'aria-label': `${account.name} disabled`, 'data-testid': 'account-disabled' });
    disabled.addEventListener('change', () => change(account, { disabled: disabled.checked },
      disabled.checked ? `${account.name} is disabled and signed out everywhere.` : `${account.name} may sign in again.`));
    const linkCell = h('td', { class: 'reset-cell' });
    const reset = h('button', { type: 'button', 'data-testid': 'account-reset' }, 'Reset link');
    reset.addEventListener('click', () => {
      reset.disabled = true;
      resetLink(account.id).then((link) => {
        const field = h('input', { type: 'text', readonly: true, value: link, 'aria-label': `Reset link for ${account.name}`, 'data-testid': 'reset-link' });
        linkCell.replaceChildren(field, copyButton(field, say));
        say(`A one-time link for ${account.name}: send it to them; it sets a new password and ends their sessions.`);
      }).catch((err: unknown) => { say(messageOf(err)); reset.disabled = false; });
    });
    linkCell.append(reset);
    return h('tr', { 'data-account': account.name, 'data-testid': 'account-row', class: account.disabled ? 'is-disabled' : undefined },
      h('th', { scope: 'row' }, account.name, self ? h('span', { class: 'you' }, ' (you)') : null),
      h('td', {}, role), h('td', {}, h('label', { class: 'switch' }, disabled, h('span', {}, account.disabled ? 'disabled' : 'active'))),
      h('td', { class: 'seen' }, seenWords(account.lastSeenAt)), linkCell);
  };

  async function load(): Promise<void> {
    try {
      const accounts = await listAccounts();
      rows.replaceChildren(...accounts.map(row));
    } catch (err) {
      say(messageOf(err));
    }
  }

  const name = h('input', { type: 'text', required: true, autocomplete: 'off', spellcheck: 'false', maxlength: 64, 'data-testid': 'new-account-name' });
  const role = h('select', { 'data-testid': 'new-account-role' }, ...roleOptions('viewer'));
  const password = h('input', { type: 'password', required: true, autocomplete: 'new-password', minlength: MIN_PASSWORD, placeholder: `${MIN_PASSWORD}+ characters`, 'data-testid': 'new-account-password' });
  const roleHint = h('p', { class: 'hint' }, `A viewer ${ROLE_WORDS.viewer}.`);
  role.addEventListener('change', () => { roleHint.textContent = `${/^[aeiou]/.test(role.value) ? 'An' : 'A'} ${role.value} ${ROLE_WORDS[role.value as Role]}.`; });
  const add = h('form', { class: 'team-add', novalidate: true, 'data-testid': 'add-account' },
    h('h3', {}, 'Add an account'),
    h('div', { class: 'team-add-fields' },
      h('label', { class: 'auth-field' }, h('span', {}, 'Name'), name),
      h('label', { class: 'auth-field' }, h('span', {}, 'Role'), role),
      h('label', { class: 'auth-field' }, h('span', {}, 'First password'), password),
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'new-account-submit' }, 'Add')),
    roleHint);
  add.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!name.value.trim()) return void (say('The new account needs a name.'), name.focus());
    if ([...password.value].length < MIN_PASSWORD) return void (say(`The first password needs at least ${MIN_PASSWORD} characters; the person can change it after signing in.`), password.focus());
    addAccount(name.value.trim(), role.value as Role, password.value).then((created) => {
      say(`Added ${created.name} (${created.role}). Tell them their password in person, or send a reset link instead.`);
      name.value = '';
      password.value = '';
      name.focus();
      return load();
    }).catch((err: unknown) => say(messageOf(err)));
  });

  const table = h('table', { class: 'team-table', 'data-testid': 'accounts-table' },
    h('thead', {}, h('tr', {}, ...['Name', 'Role', 'Access', 'Last seen', 'Password'].map((c) => h('th', { scope: 'col' }, c)))), rows);
  const guests = createGuestLinksView(say);
  openDialog('team-dialog', 'team', 'Team',
    h('div', { class: 'team-body' },
      h('section', { class: 'team-section', 'aria-labelledby': 'team-accounts' }, h('h3', { id: 'team-accounts' }, 'Accounts'), table, add),
      guests.element),
    status);
  void load();
  void guests.load();
}
