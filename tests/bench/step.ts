/**
 * Runs one benchmark step in this (fresh) process and prints one JSON line with its time and the
 * process's peak memory: `node --import tsx tests/bench/step.ts <step> <size> [--dir <workspace>] [--profile <file>]`.
 * `--profile` writes a CPU profile of the measured work only.
 */
import { isStepName, runStep, STEP_NAMES } from './steps';
import { defaultWorkspaceDir, openOrPrepareWorkspace } from './workspace';

async function main(argv: readonly string[]): Promise<void> {
  const [step, sizeText] = argv;
  const size = Number(sizeText);
  if (step === undefined || !isStepName(step) || !Number.isInteger(size) || size < 1) {
    throw new Error(`Usage: step.ts <step> <size> [--dir <folder>] [--profile <file>]; steps: ${STEP_NAMES.join(', ')}`);
  }
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? argv[dirFlag + 1] : defaultWorkspaceDir(size);
  if (dir === undefined) throw new Error('--dir needs a folder');
  const profileFlag = argv.indexOf('--profile');
  const profile = profileFlag >= 0 ? argv[profileFlag + 1] : undefined;
  if (profileFlag >= 0 && profile === undefined) throw new Error('--profile needs a file name');
  const result = await runStep(step, openOrPrepareWorkspace(size, dir), profile);
  // maxRSS is in kilobytes: the high-water mark of this whole process, set-up included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exitCode = 1;
});
