// The header's account corner: the name and a role badge, and a menu (Change password, Team for admins, Sign out).
// A guest sees a "Guest view — read only" banner with the link's label instead; auth off shows "local", no menu.
import type { ActorInfo } from '@contract/accounts.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { can } from '../state/session.ts';
import { signOut } from './accounts-api.ts';
import { openChangePassword } from './change-password.ts';
import { openTeamPage } from './team-page.ts';

export function createAccountCorner(actor: ActorInfo): HTMLElement {
  if (actor.kind === 'guest') {
    return h('div', { class: 'guest-banner', role: 'status', 'data-testid': 'guest-banner', title: 'Opened from a guest link: reading only, limited to what the link shares' },
      h('strong', {}, 'Guest view — read only'), h('span', { class: 'guest-label', 'data-testid': 'guest-label' }, actor.name));
  }
  const badge = h('span', { class: 'role-badge', 'data-role': actor.role, 'data-testid': 'role-badge' }, actor.role);
  if (actor.kind === 'local') {
    return h('div', { class: 'account', 'data-testid': 'account', title: 'Authentication is off (AUTH=off): one person on this machine, who may do everything' },
      h('span', { class: 'account-name', 'data-testid': 'account-name' }, 'local'), badge);
  }

  const menuId = 'account-menu';
  const button = h('button', { type: 'button', class: 'account account-button', title: `Signed in as ${actor.name} (${actor.role})`, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': menuId, 'data-testid': 'account-button' },
    h('span', { class: 'account-name', 'data-testid': 'account-name' }, actor.name), badge, h('span', { class: 'account-caret', 'aria-hidden': 'true' }));
  const item = (label: string, testId: string, act: () => void): HTMLButtonElement =>
    h('button', { type: 'button', role: 'menuitem', tabindex: -1, 'data-testid': testId, onclick: () => { close(); act(); } }, label);
  const items = [
    item('Change password…', 'menu-change-password', () => openChangePassword()),
    ...(can('admin') ? [item('Team…', 'menu-team', () => openTeamPage())] : []),
    item('Sign out', 'menu-sign-out', () => void signOut().then(() => window.location.reload(), (err: unknown) => window.alert(messageOf(err)))),
  ];
  const menu = h('div', { id: menuId, class: 'account-menu', role: 'menu', 'aria-label': `Account ${actor.name}`, hidden: true, 'data-testid': 'account-menu' },
    h('p', { class: 'account-menu-head' }, 'Signed in as ', h('strong', {}, actor.name), ` (${actor.role})`), ...items);
  const root = h('div', { class: 'account-corner' }, button, menu);

  function open(): void {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  }
  function close(): void {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  // A menu, as the ARIA pattern has it: arrows move, Escape closes and returns focus, a click elsewhere closes.
  menu.addEventListener('keydown', (event) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') { close(); button.focus(); }
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at + items.length - 1) % items.length]?.focus();
    else return;
    event.preventDefault();
  });
  document.addEventListener('click', (event) => { if (!root.contains(event.target as Node)) close(); });
  return root;
}
