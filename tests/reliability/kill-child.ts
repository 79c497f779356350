/** Starts a child Node process, waits for a line on its stdout, kills it with SIGKILL after a delay. */
import { spawn } from 'node:child_process';

export interface KilledRun {
  /** Every stdout line, in order, including what was still in the pipe at the kill. */
  readonly lines: readonly string[];
  readonly stderr: string;
  /** The signal that ended the child; null when it exited by itself. */
  readonly signal: NodeJS.Signals | null;
  readonly exitCode: number | null;
}

export interface KillPlan {
  /** Start the delay when a line matching this is seen (the loop is running). */
  readonly armOn: RegExp;
  /** Milliseconds between that line and the kill. */
  readonly delayMs: number;
  /** Give up (and kill) when the arming line has not come after this long. */
  readonly timeoutMs?: number;
}

export function runAndKill(script: string, args: readonly string[], plan: KillPlan): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let armed = false;
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child never printed ${plan.armOn}; stderr: ${stderr}`));
    }, plan.timeoutMs ?? 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (!armed && plan.armOn.test(line)) {
          armed = true;
          clearTimeout(guard);
          setTimeout(() => child.kill('SIGKILL'), plan.delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    // 'close' comes after the pipes are drained, so the lines hold everything the child wrote.
    child.on('close', (exitCode, signal) => {
      clearTimeout(guard);
      if (pending) lines.push(pending);
      resolve({ lines, stderr, signal, exitCode });
    });
  });
}
