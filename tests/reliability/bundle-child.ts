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

export interface BundleOptions {
  /**
   * Packages the child never calls, replaced by a module that throws when used. The import child
   * reads CSV only, and leaving exceljs out of its bundle halves its start-up time.
   */
  readonly without?: readonly string[];
}

/** Bundles tests/reliability/<script> with its imports; returns the path of the runnable .mjs. */
export async function bundleChild(script: string, options: BundleOptions = {}): Promise<string> {
  const without = new Set(options.without ?? []);
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
    plugins: [
      {
        name: 'leave-out',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (without.has(args.path) ? { path: args.path, namespace: 'left-out' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
            contents: `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is left out of this test child`)}); };
              export default new Proxy({}, { get: fail });`,
            loader: 'js',
          }));
        },
      },
    ],
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}
