import fs from 'node:fs';
import Papa from 'papaparse';
import { RosterStore } from '../../electron/store/roster-store';
import { planImport } from '../../electron/import/plan';
import { readTable } from '../../electron/import/read-table';
import { validateRoster } from '../../electron/store/schema';
import { serializeRosterJson } from '../../electron/store/roster-json';
import { digestOf } from '../../electron/store/checked-stamp';
const csv = '/tmp/credential-roster-bench-20260630/50000/hr-long-export.csv';
const t = () => performance.now();
for (let r = 0; r < 3; r++) {
  const dir = fs.mkdtempSync('/tmp/ph-');
  const { store } = RosterStore.open({ dataDir: dir });
  let a = t();
  Papa.parse(fs.readFileSync(csv, 'utf8'), { skipEmptyLines: true });
  const papa = t() - a;
  a = t(); await readTable(csv); const read = t() - a;
  a = t(); const plan = await planImport(store.read(), [csv], {}); const planMs = t() - a;
  a = t(); const v = validateRoster(plan.next); const val = t() - a;
  a = t(); const s = serializeRosterJson(plan.next); const ser = t() - a;
  a = t(); const js = JSON.stringify(plan.next); const ser2 = t() - a;
  a = t(); digestOf(s); const dig = t() - a;
  a = t(); fs.writeFileSync(dir + '/x.json', s); const wr = t() - a;
  a = t(); store.write(plan.next); const sw = t() - a;
  console.log(JSON.stringify({ papa, read, planMinusRead: planMs - read, plan: planMs, val, ser, stringify: ser2, dig, wr, storeWrite: sw }, (k, x) => typeof x === 'number' ? Math.round(x) : x));
  fs.rmSync(dir, { recursive: true });
}
