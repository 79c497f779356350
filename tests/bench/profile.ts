import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * Runs `work` under the V8 CPU profiler and writes a `.cpuprofile` (open it in Chrome DevTools or
 * VS Code). Unlike `node --cpu-prof`, only the measured work is in it, not start-up and set-up.
 */
export async function withCpuProfile<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}
