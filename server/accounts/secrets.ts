// Passwords and tokens. Passwords: argon2id (memory-hard; the `argon2` package's defaults, 64 MiB, t=3), so a copied
// store file costs an attacker dearly per guess. Tokens (sessions, setup and guest links): 32 random bytes, kept only
// as their SHA-256: they are unguessable already, so a fast hash is enough and a look-up is one indexed read.
import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** False for a wrong password and for an account with none (never set, or a malformed hash), never a throw. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    // The same work as a real check, so a missing account or password cannot be told apart by timing.
    await argon2.verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

const DUMMY_HASH = await argon2.hash('scamgraph-no-such-account', { type: argon2.argon2id });

/** A new token to hand out (base64url of 32 random bytes). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
