// npm run export -- --dataset NAME --format F [--out FILE] [--gexf-version 1.2]: a whole dataset in one file (server/interop/).
import { runExport } from '../server/interop/cli.ts';

await runExport(process.argv.slice(2));
