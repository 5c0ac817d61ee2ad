// npm run import -- FILE [--dataset NAME] [--format F] [--resume]: a file into import-NAME through the one import path (server/interop/).
import { runImport } from '../server/interop/cli.ts';

await runImport(process.argv.slice(2));
