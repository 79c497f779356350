import fs from 'node:fs';
import { RosterStore } from '../../electron/store/roster-store';
import { planImportFromTables } from '../../electron/import/plan';
import { readTable } from '../../electron/import/read-table';
import { withCpuProfile } from './profile';
const csv = '/tmp/credential-roster-bench-20260630/50000/hr-long-export.csv';
const dir = fs.mkdtempSync('/tmp/ph-');
const { store } = RosterStore.open({ dataDir: dir });
const table = await readTable(csv);
const run = async () => planImportFromTables(store.read(), [table], {});
for (let i = 0; i < 4; i++) { const a = performance.now(); await run(); console.log('plan', Math.round(performance.now() - a)); }
if (process.argv[2]) await withCpuProfile(process.argv[2], run);
fs.rmSync(dir, { recursive: true });
