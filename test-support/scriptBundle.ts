import { readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Our TypeScript entry points (the bot, the operator scripts) bundled once per test process with esbuild, for tests
 * that run them as real processes (exit codes, stdout, signals). A start then costs a plain `node` start instead of
 * tsx's transform of the whole module graph at every run: about 1 s of CPU less per run on this machine.
 *
 * - Only our code is bundled; packages stay external and resolve from the repo's node_modules.
 * - Code split at dynamic imports, as the build (tsc) leaves them: the scaled mode's clients load only when used.
 * - Each bundle lies four folders below the repo (node_modules/.cache/meldwijzer-bundles/<name>-<pid>/), as
 *   dist/bot/platform/store/ does: what a module finds relative to itself (the migrations) resolves as in the build.
 * - One folder per entry and test process, so files running at the same time (or another checkout sharing
 *   node_modules) never run a bundle another one is rewriting; removed when the process exits.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BUNDLES = path.join(ROOT, 'node_modules', '.cache', 'meldwijzer-bundles');
const bundles = new Map<string, Promise<string>>();

/** The bundle of `entry` (a path from the repo root, e.g. "scripts/erase.ts"): the file to run with `node`. */
export function bundleScript(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = (async () => {
      const name = path.basename(entry, path.extname(entry));
      const outdir = path.join(BUNDLES, `${name}-${process.pid}`);
      await mkdir(BUNDLES, { recursive: true });
      removeOrphans();
      await build({
        entryPoints: [path.join(ROOT, entry)],
        bundle: true,
        splitting: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outdir,
        entryNames: '[name]',
        logLevel: 'silent',
      });
      process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
      return path.join(outdir, `${name}.js`);
    })();
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** Bundles of test processes that are gone (a worker that was killed never ran its exit handler). */
function removeOrphans(): void {
  for (const folder of readdirSync(BUNDLES)) {
    const pid = Number(/-(\d+)$/.exec(folder)?.[1]);
    if (pid && !isAlive(pid)) rmSync(path.join(BUNDLES, folder), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
