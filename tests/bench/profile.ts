import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Sends one DevTools-protocol command: Node's inspector session and a Chromium page's CDP session both can. */
export type ProtocolSend = (method: string, params?: object) => Promise<unknown>;

/**
 * Runs `work` under the V8 CPU profiler reached through `send` and writes a `.cpuprofile` (open it
 * in Chrome DevTools or VS Code): only the measured work is in it, not start-up and set-up.
 */
export async function profileThrough<T>(send: ProtocolSend, file: string, work: () => Promise<T>): Promise<T> {
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await send('Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(profile));
  }
}

/** `profileThrough` this Node process's own V8 (unlike `node --cpu-prof`, set-up is left out). */
export async function withCpuProfile<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  try {
    return await profileThrough((method, params) => session.post(method as never, params as never), file, work);
  } finally {
    session.disconnect();
  }
}
