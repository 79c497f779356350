/**
 * Child scripts are bundled once into plain ESM before a kill loop. `node --import tsx` works too,
 * but compiles every module on each start (about 3 s on a busy 2-core machine against 0.3 s for
 * the bundle), and a kill loop starts hundreds of children.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Bundles tests/reliability/<script> with its imports; returns the path of the runnable .mjs. */
export async function bundleChild(script: string): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-child-'));
  const outfile = path.join(outDir, `${path.basename(script, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(HERE, script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}
