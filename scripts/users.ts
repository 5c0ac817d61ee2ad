// npm run users -- add NAME --role ROLE | list | set-role NAME ROLE | disable NAME | enable NAME | reset-password NAME
import { loadConfig, ConfigError } from '../server/config.ts';
import { openTeamStore } from '../server/store/team-store.ts';
import { runUsersCli, USAGE, UsageError } from '../server/accounts/cli.ts';

/** SCAMGRAPH_PASSWORD, else a prompt that echoes nothing (a terminal only). */
async function askPassword(): Promise<string | undefined> {
  const fromEnv = process.env.SCAMGRAPH_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return undefined;
  const ask = (prompt: string) => new Promise<string>((resolve) => {
    process.stdout.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let text = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') { stdin.setRawMode(false); stdin.pause(); stdin.off('data', onData); process.stdout.write('\n'); resolve(text); return; }
        if (ch === '\u0003') { process.stdout.write('\n'); process.exit(130); }
        if (ch === '\u007f') text = text.slice(0, -1); else text += ch;
      }
    };
    stdin.on('data', onData);
  });
  const first = await ask('Password (at least 10 characters): ');
  const again = await ask('Again: ');
  if (first !== again) throw new UsageError('password: the two entries differ');
  return first;
}

try {
  const config = loadConfig();
  const store = openTeamStore(config.TEAM_STORE_FILE);
  try {
    const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    await runUsersCli(store, process.argv.slice(2), { out: (l) => console.log(l), password: askPassword, origin: `http://${host}:${config.PORT}` });
  } finally {
    store.close();
  }
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`users: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (err instanceof ConfigError) console.error(`users: configuration problem: ${err.problems.join('; ')}`);
  else console.error(`users: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
