// A new password typed twice, with a live strength hint; shared by the setup page and "Change password".
import { h } from '../panels/dom.ts';
import { MIN_PASSWORD, STRENGTH_WORDS, newPasswordProblem, passwordStrength } from './password-rules.ts';

export interface NewPasswordFields {
  element: HTMLElement;
  first: HTMLInputElement;
  /** Why it cannot be sent yet (the message, and the field to focus), or undefined. */
  problem(): { words: string; field: HTMLInputElement } | undefined;
  value(): string;
}

export function createNewPasswordFields(prefix: string): NewPasswordFields {
  const hintId = `${prefix}-strength`;
  const first = h('input', { id: `${prefix}-new`, type: 'password', autocomplete: 'new-password', required: true, minlength: MIN_PASSWORD, 'aria-describedby': hintId, 'data-testid': `${prefix}-new` });
  const again = h('input', { id: `${prefix}-again`, type: 'password', autocomplete: 'new-password', required: true, 'data-testid': `${prefix}-again` });
  const meter = h('span', { class: 'strength-meter', 'aria-hidden': 'true' }, h('span', {}));
  const words = h('span', { class: 'strength-words' }, STRENGTH_WORDS['too-short']);
  const hint = h('p', { id: hintId, class: 'strength', 'data-strength': 'too-short', 'aria-live': 'polite', 'data-testid': `${prefix}-strength` }, meter, words);
  first.addEventListener('input', () => {
    const strength = passwordStrength(first.value);
    hint.dataset.strength = first.value ? strength : 'too-short';
    words.textContent = STRENGTH_WORDS[strength];
  });
  const element = h('div', { class: 'new-password' },
    h('label', { class: 'auth-field', for: first.id }, h('span', {}, 'New password'), first),
    hint,
    h('label', { class: 'auth-field', for: again.id }, h('span', {}, 'Type it again'), again));
  return {
    element,
    first,
    value: () => first.value,
    problem() {
      const words = newPasswordProblem(first.value, again.value);
      if (!words) return undefined;
      return { words, field: [...first.value].length < MIN_PASSWORD ? first : again };
    },
  };
}
