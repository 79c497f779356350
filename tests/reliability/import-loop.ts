/**
 * Child process for the crash-safety test of imports: commits one HR file after another into the
 * roster in <dataDir> until killed. The state is the number of imports recorded in the roster.
 * Protocol on stdout (see save-loop.ts): `open <k> <clean|recovery>`, `about <k>`, `done <k>`.
 * Run: node --import tsx tests/reliability/import-loop.ts <dataDir> <inputDir> [maxImports]
 */
import fs from 'node:fs';
import path from 'node:path';
import { RosterStore } from '../../electron/store/roster-store';
import { commitImport } from '../../electron/import/commit';
import { batchCsv, batchFileName } from './import-batches';

const [dataDir, inputDir, maxArg] = process.argv.slice(2);
if (!dataDir || !inputDir) {
  process.stderr.write('usage: import-loop <dataDir> <inputDir> [maxImports]\n');
  process.exit(2);
}
const maxImports = maxArg ? Number(maxArg) : Number.POSITIVE_INFINITY;

const { store, recovery } = RosterStore.open({ dataDir });
let k = store.read().imports.length;
process.stdout.write(`open ${k} ${recovery ? 'recovery' : 'clean'}\n`);

for (let done = 0; done < maxImports; done += 1) {
  const file = path.join(inputDir, batchFileName(k));
  fs.writeFileSync(file, batchCsv(k));
  process.stdout.write(`about ${k + 1}\n`);
  await commitImport(store, [file], {});
  k += 1;
  process.stdout.write(`done ${k}\n`);
}
