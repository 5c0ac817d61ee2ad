// What the page says about a new password before it is sent, and about a refused sign-in. Pure, so unit-tested.
import { MIN_PASSWORD_LENGTH, type Role } from '@contract/accounts.ts';

/** The server's own rule, checked in the page first so the form can say so at once. */
export const MIN_PASSWORD = MIN_PASSWORD_LENGTH;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a gate beyond the minimum: length counts most (a long phrase beats a short jumble), then the
 * kinds of character used; a password made of one repeated character or a plain run (1234567890) stays weak.
 */
export function passwordStrength(password: string): Strength {
  if ([...password].length < MIN_PASSWORD) return 'too-short';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const distinct = new Set(password.toLowerCase()).size;
  if (distinct <= 3 || /^(0123456789|1234567890|abcdefghij|qwertyuiop)/i.test(password)) return 'weak';
  const length = [...password].length;
  if (length >= 16 && distinct >= 8) return 'strong';
  if (length >= 12 && kinds >= 3) return 'strong';
  return kinds >= 2 || length >= 12 ? 'fair' : 'weak';
}

export const STRENGTH_WORDS: Record<Strength, string> = {
  'too-short': `At least ${MIN_PASSWORD} characters.`,
  weak: 'Weak: easy to guess. A few unrelated words make a strong one.',
  fair: 'Fair. Longer is stronger.',
  strong: 'Strong.',
};

/** Why a new password (typed twice) cannot be sent yet, or undefined when it can. */
export function newPasswordProblem(password: string, again: string): string | undefined {
  if ([...password].length < MIN_PASSWORD) return `The password needs at least ${MIN_PASSWORD} characters.`;
  if (password !== again) return 'The two passwords differ.';
  return undefined;
}

/** "Try again in 2 minutes": the wait a 429 asked for, in words. */
export function waitWords(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return 'Try again in a little while.';
  if (seconds < 60) return `Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** What each role adds, shown beside the role select on the Team page. */
export const ROLE_WORDS: Record<Role, string> = {
  viewer: 'reads everything published',
  analyst: 'also runs ad-hoc Cypher and saves queries and tours',
  editor: 'also proposes changes to the evidence',
  reviewer: 'also approves or rejects others’ changes',
  admin: 'also manages accounts, guest links and datasets',
};
