// Imported first by main.ts. zod compiles fast parsers with Function() unless told not to, and probing for it
// under the server's Content-Security-Policy (no 'unsafe-eval', server/security/headers.ts) is itself a reported
// violation. This must run before any schema is built, which is why it is a module of its own.
import { z } from 'zod';

z.config({ jitless: true });
