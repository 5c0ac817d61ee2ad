// The page's session rules (client/state/session.ts, client/accounts/): what each actor may see, what a 401 does to
// the session, where a setup link's token is read, and the words for passwords and waits.
import { describe, expect, it } from 'vitest';
import { CAPABILITY_ROLE, ROLES, roleAtLeast, type ActorInfo, type Capability } from '../../server/contract/accounts.ts';
import { can, currentActor, currentSession, guestMaySee, onSessionChange, sessionEnded, setSession } from '../../client/state/session.ts';
import { setupToken } from '../../client/accounts/setup-page.ts';
import { refusalWords } from '../../client/accounts/sign-in.ts';
import { ApiError } from '../../client/api.ts';
import { MIN_PASSWORD, newPasswordProblem, passwordStrength, waitWords } from '../../client/accounts/password-rules.ts';

const CAPABILITIES = Object.keys(CAPABILITY_ROLE) as Capability[];
const user = (role: ActorInfo['role']): ActorInfo => ({ kind: 'user', id: `id-${role}`, name: role, role });
const guest: ActorInfo = { kind: 'guest', id: 'guest:1', name: 'Synthetic Class 1', role: 'viewer', datasets: ['import-e2e-guest'], tours: [] };

describe('can()', () => {
  it('allows each signed-in role exactly the capabilities at or below it', () => {
    for (const role of ROLES) {
      setSession({ auth: 'on', actor: user(role), setupPending: false });
      for (const capability of CAPABILITIES) {
        const needed = CAPABILITY_ROLE[capability];
        expect(can(capability), `${role} ${capability}`).toBe(needed === null || roleAtLeast(role, needed));
      }
    }
  });

  it('lets a guest only read, and nobody signed in only the public routes', () => {
    setSession({ auth: 'on', actor: guest, setupPending: false });
    expect(CAPABILITIES.filter(can)).toEqual(['public', 'read']);
    setSession({ auth: 'on', actor: null, setupPending: false });
    expect(CAPABILITIES.filter(can)).toEqual(['public']);
  });

  it('limits a guest to the datasets of the link, and no one else', () => {
    setSession({ auth: 'on', actor: guest, setupPending: false });
    expect([guestMaySee('import-e2e-guest'), guestMaySee('cambodia-crackdown')]).toEqual([true, false]);
    setSession({ auth: 'on', actor: user('viewer'), setupPending: false });
    expect(guestMaySee('cambodia-crackdown')).toBe(true);
  });
});

describe('sessionEnded()', () => {
  it('forgets the actor once, marks why, and tells listeners', () => {
    setSession({ auth: 'on', actor: user('analyst'), setupPending: false });
    const seen: Array<string | null> = [];
    const stop = onSessionChange((s) => seen.push(s.actor?.name ?? null));
    sessionEnded();
    sessionEnded(); // a burst of 401s from parallel calls is one ending, not many
    stop();
    expect(seen).toEqual([null]);
    expect(currentActor()).toBeNull();
    expect(currentSession().ended).toBe('expired');
    expect(can('cypher')).toBe(false);
  });

  it('changes nothing when authentication is off', () => {
    const local: ActorInfo = { kind: 'local', id: 'local', name: 'local', role: 'admin' };
    setSession({ auth: 'off', actor: local, setupPending: false });
    sessionEnded();
    expect(currentActor()).toEqual(local);
  });
});

describe('setup links', () => {
  it('reads the token from /welcome#setup=TOKEN only', () => {
    expect(setupToken({ pathname: '/welcome', hash: '#setup=abc_DEF-123' })).toBe('abc_DEF-123');
    expect(setupToken({ pathname: '/welcome/', hash: '#setup=abc' })).toBe('abc');
    expect(setupToken({ pathname: '/', hash: '#setup=abc' })).toBeUndefined();
    expect(setupToken({ pathname: '/welcome', hash: '' })).toBeUndefined();
    expect(setupToken({ pathname: '/welcome', hash: '#setup=' })).toBeUndefined();
  });
});

describe('password words', () => {
  it('refuses a short password or two that differ, naming the reason', () => {
    expect(newPasswordProblem('a'.repeat(MIN_PASSWORD - 1), 'a'.repeat(MIN_PASSWORD - 1))).toMatch(/at least 10/);
    expect(newPasswordProblem('Synthetic phrase', 'Synthetic phrasE')).toMatch(/differ/);
    expect(newPasswordProblem('Synthetic phrase', 'Synthetic phrase')).toBeUndefined();
  });

  it('grades strength: too short, weak runs and repeats, fair, strong', () => {
    expect(passwordStrength('Ab1!')).toBe('too-short');
    expect(passwordStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('1234567890')).toBe('weak');
    expect(passwordStrength('sunflowers')).toBe('weak');
    expect(passwordStrength('sunflower7x')).toBe('fair');
    expect(passwordStrength('Synthetic admin phrase 1')).toBe('strong');
    // Counts characters, not UTF-16 units: ten accented letters are ten.
    expect(passwordStrength('éééééééééé')).toBe('weak');
  });

  it('says a wrong sign-in and a rate limit in words, with the wait', () => {
    expect(refusalWords(new ApiError('unauthenticated', 'Wrong name or password', 401))).toBe('Wrong name or password.');
    expect(refusalWords(new ApiError('rate_limited', 'Too many', 429, undefined, 840))).toBe('Too many sign-in attempts. Try again in 14 minutes.');
    expect(waitWords(1)).toBe('Try again in 1 second.');
    expect(waitWords(59)).toBe('Try again in 59 seconds.');
    expect(waitWords(61)).toBe('Try again in 2 minutes.');
    expect(waitWords(undefined)).toBe('Try again in a little while.');
  });
});
