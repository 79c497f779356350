/**
 * Child process for the crash-safety test: opens the roster in <dataDir> and saves known states
 * in a tight loop until it is killed. Protocol on stdout, one line each, written synchronously
 * (stdout is a pipe) before and after every save:
 *   open <n|none> <recovery|clean>   the state found on disk at start
 *   about <n>                        about to save state n
 *   done <n>                         state n is saved
 * Run: node --import tsx tests/reliability/save-loop.ts <dataDir> [maxSaves]
 */
import { RosterStore } from '../../electron/store/roster-store';
import { counterOf, stateFor } from './save-states';

const [dataDir, maxArg] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: save-loop <dataDir> [maxSaves]\n');
  process.exit(2);
}
const maxSaves = maxArg ? Number(maxArg) : Number.POSITIVE_INFINITY;

const { store, recovery } = RosterStore.open({ dataDir });
const found = store.read().people.length === 0 ? null : counterOf(store.read());
process.stdout.write(`open ${found ?? 'none'} ${recovery ? 'recovery' : 'clean'}\n`);

let n = (found ?? 0) + 1;
for (let saves = 0; saves < maxSaves; saves += 1, n += 1) {
  process.stdout.write(`about ${n}\n`);
  store.write(stateFor(n));
  process.stdout.write(`done ${n}\n`);
}
