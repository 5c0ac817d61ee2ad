// The accounts' settings as createApp receives them; tests that build the app by hand give only what they change.
import { loadConfig, type Config } from '../config.ts';

export type AccountsConfig = Partial<Pick<Config, 'AUTH' | 'COOKIE_SECURE' | 'SESSION_IDLE_HOURS' | 'SESSION_MAX_DAYS'
  | 'LOGIN_ATTEMPTS_PER_IP' | 'LOGIN_ATTEMPTS_PER_NAME' | 'LOGIN_WINDOW_S' | 'TRUST_PROXY'>>;

export interface AccountsSettings {
  auth: 'on' | 'off';
  cookieSecure: boolean;
  times: { idleHours: number; maxDays: number };
  login: { perIp: number; perName: number; windowS: number };
}

const DEFAULTS = loadConfig({});

/** Sign-in is on unless AUTH is 'off' in so many words. */
export function accountsSettings(given: AccountsConfig): AccountsSettings {
  const c = { ...DEFAULTS, ...given };
  return {
    auth: c.AUTH,
    cookieSecure: c.COOKIE_SECURE === '1',
    times: { idleHours: c.SESSION_IDLE_HOURS, maxDays: c.SESSION_MAX_DAYS },
    login: { perIp: c.LOGIN_ATTEMPTS_PER_IP, perName: c.LOGIN_ATTEMPTS_PER_NAME, windowS: c.LOGIN_WINDOW_S },
  };
}

/** TRUST_PROXY as Express takes it: a hop count, true/false, or a list of addresses and subnets. */
export function trustProxyValue(text: string | undefined): number | boolean | string {
  if (text === undefined || text === '0' || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}
