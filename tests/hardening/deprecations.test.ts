import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The bot started as `npm start` starts it (tsx, local mode, no Azure credentials) prints no deprecation warning.
 * It runs in its own process because Node emits each deprecation once per process and caches modules: inside a
 * test worker that already loaded restify, a warning at load would never show. A preloaded listener records
 * every `process.on('warning')` as a line on stderr, so the test sees warnings of any kind, not only the printed ones.
 *
 * The warning this guards against is DEP0111: restify 11 requires spdy at load, and spdy's http-deceiver calls
 * process.binding('http_parser'). package.json's `overrides` replaces spdy with vendor/spdy-unused.
 */
const MARK = 'process-warning ';
const recorder = `data:text/javascript,process.on('warning', (w) => process.stderr.write(${JSON.stringify(MARK)} + JSON.stringify({ name: w.name, code: w.code, message: w.message }) + '\\n'))`;

interface Recorded {
  name: string;
  code?: string;
  message: string;
}

let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function startAndStop(): Promise<{ warnings: Recorded[]; stderr: string; health: number; exitCode: number | null }> {
  dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-deprecations-'));
  const child = spawn(process.execPath, ['--import', recorder, '--import', 'tsx', 'bot/main.ts'], {
    cwd: path.resolve('.'),
    // What `npm start` on a fresh machine has: no MicrosoftAppId (local mode), no NODE_OPTIONS that could hide warnings.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /"event":"local-mode"[^\n]*"url":"(http:[^"]+)\/api\/messages"/.exec(stdout);
      if (m?.[1]) resolve(m[1]);
    });
    void exited.then((code) => reject(new Error(`bot exited (${code}) before it listened:\n${stderr}`)));
  });
  // One request through restify, so a warning raised lazily on the first request is seen too.
  const health = (await fetch(`${url}/healthz`)).status;
  child.kill('SIGTERM');
  const exitCode = await exited;
  const warnings = stderr
    .split('\n')
    .filter((l) => l.startsWith(MARK))
    .map((l) => JSON.parse(l.slice(MARK.length)) as Recorded);
  return { warnings, stderr, health, exitCode };
}

describe('npm start', () => {
  it('starts, serves a request and stops without any deprecation warning (no DEP0111 from restify -> spdy)', async () => {
    const run = await startAndStop();
    expect(run.health).toBe(200);
    expect(run.exitCode).toBe(0);
    expect(run.warnings.filter((w) => w.code === 'DEP0111')).toEqual([]);
    expect(run.warnings.filter((w) => w.name === 'DeprecationWarning')).toEqual([]);
    expect(run.stderr).not.toContain('DeprecationWarning');
  }, 60_000);
});

describe('restify\'s spdy', () => {
  it('is the stand-in from vendor/spdy-unused, and http-deceiver is not installed', () => {
    const fromRestify = createRequire(createRequire(import.meta.url).resolve('restify'));
    expect(fromRestify.resolve('spdy')).toMatch(/vendor[\\/]spdy-unused[\\/]index\.js$/);
    expect(() => fromRestify.resolve('http-deceiver')).toThrow();
    const spdy = fromRestify('spdy') as { createServer(): unknown };
    expect(() => spdy.createServer()).toThrow(/not supported here/);
  });
});
