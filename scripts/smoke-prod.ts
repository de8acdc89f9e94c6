import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { personalMessage } from '../test-support/activities.ts';
import { startConnectorServer } from '../test-support/connectorServer.ts';

/**
 * Smoke test of the compiled production start (issue 14, item 5), run by .ci/run:
 *  1. `npm run build` compiles bot/ and cards/ to dist/;
 *  2. the files the Dockerfile's run stage copies (RUNTIME_FILES) go into an empty directory, which gets
 *     `npm ci --omit=dev`; then tsx is deleted from it, so a start that needs tsx (or any devDependency, or any
 *     file that is not in that list) fails here instead of in production;
 *  3. `npm run start:prod` there, local mode (no credentials), a free port, a temporary DATA_DIR, the whole
 *     knowledge base and the Dutch word list: /healthz answers 200, and the process under npm is plain
 *     `node dist/bot/main.js` (no --import, --loader or --require);
 *  4. one Teams message to /api/messages, with a stand-in connector (test-support/connectorServer.ts) as its
 *     serviceUrl: the answer card reaches the connector;
 *  5. SIGTERM to npm (what a container runtime does): the bot logs `stopped`, exits 0 and removes its lock.
 * This script may use dev tools (it runs with tsx); the bot under test may not. Exit 0 when all holds, else 1.
 */

/** What the app needs at run time besides node_modules; the Dockerfile's run stage copies the same. */
const RUNTIME_FILES = ['package.json', 'package-lock.json', 'vendor', 'dist', 'knowledge', 'migrations'];
const QUESTION = 'Wat is de kindcheck?';

const root = path.resolve(import.meta.dirname, '..');
const started = Date.now();
const step = (what: string) => console.log(`[smoke-prod ${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

function fail(message: string): never {
  throw new Error(message);
}

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false' } });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} in ${cwd} exited with ${r.status ?? r.signal}`);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'meldwijzer-smoke-prod-'));
const app = path.join(work, 'app');
const dataDir = path.join(work, 'data');
const connector = await startConnectorServer();
let npmPid: number | undefined;
let exitCode = 1;
try {
  // The Dockerfile's run stage copies what this test starts the bot from, no more and no less.
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf-8');
  const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const copied = [...runStage.matchAll(/^COPY\s+(?:--\S+\s+)*(.+)$/gm)].flatMap((m) => (m[1] ?? '').trim().split(/\s+/).slice(0, -1)).map((src) => path.posix.basename(src));
  if ([...copied].sort().join() !== [...RUNTIME_FILES].sort().join()) fail(`the Dockerfile's run stage copies ${copied.join(', ')}; this test runs from ${RUNTIME_FILES.join(', ')}`);

  step('npm run build');
  run('npm', ['run', 'build', '--silent'], root);
  if (!existsSync(path.join(root, 'dist/bot/main.js'))) fail('npm run build made no dist/bot/main.js');

  step(`copy ${RUNTIME_FILES.join(', ')} to ${app}; npm ci --omit=dev`);
  for (const f of RUNTIME_FILES) cpSync(path.join(root, f), path.join(app, f), { recursive: true });
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], app);
  // The build and test tools are not there (some @types packages are, as dependencies of dependencies).
  for (const dev of ['typescript', 'vitest']) if (existsSync(path.join(app, 'node_modules', dev))) fail(`devDependency ${dev} was installed by npm ci --omit=dev`);
  // tsx is a dependency only for `npm start`; the production start must not need it.
  rmSync(path.join(app, 'node_modules/tsx'), { recursive: true, force: true });
  rmSync(path.join(app, 'node_modules/.bin/tsx'), { force: true });
  const control = spawnSync(process.execPath, ['--import', 'tsx', '-e', '0'], { cwd: app, env: { PATH: process.env.PATH ?? '' }, stdio: 'pipe' });
  if (control.status === 0) fail('tsx still loads in the production copy: this check would not notice a start that needs it');

  const port = await freePort();
  step(`npm run start:prod on port ${port}, DATA_DIR ${dataDir}`);
  const child = spawn('npm', ['run', 'start:prod', '--silent'], {
    cwd: app,
    // No credentials (local mode) and nothing from this script's environment: no NODE_OPTIONS, no tsx loader.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), npm_config_update_notifier: 'false', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    detached: true, // its own process group, as under a container runtime
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npmPid = child.pid;
  const logs: Array<Record<string, unknown>> = [];
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const lines = stdout.split('\n');
    stdout = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const url = `http://127.0.0.1:${port}`;

  const health = await until('/healthz 200', 60_000, async () => {
    if (exit) fail(`the bot exited (${JSON.stringify(exit)}) before it was healthy:\n${stderr.slice(-3000)}`);
    const res = await fetch(`${url}/healthz`).catch(() => undefined);
    return res?.status === 200 ? ((await res.json()) as { status?: string }) : undefined;
  });
  if (health.status !== 'ok') fail(`/healthz answered 200 with status ${String(health.status)}`);
  step(`/healthz 200, status ${health.status}`);

  // The process npm runs is the bot itself: plain node on the compiled entry point, no loader.
  const botPid = (JSON.parse(readFileSync(path.join(dataDir, '.lock'), 'utf-8')) as { pid: number }).pid;
  if (existsSync(`/proc/${botPid}/cmdline`)) {
    const argv = readFileSync(`/proc/${botPid}/cmdline`, 'utf-8').split('\0').filter(Boolean);
    if (argv.slice(1).join(' ') !== 'dist/bot/main.js') fail(`the bot runs as ${JSON.stringify(argv)}, not node dist/bot/main.js`);
    step(`bot process ${botPid}: ${argv.join(' ')}`);
  }

  const activity = { ...personalMessage(QUESTION), serviceUrl: connector.serviceUrl };
  const conversationId = activity.conversation.id;
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (res.status >= 300) fail(`/api/messages answered ${res.status}: ${await res.text()}`);
  // The answer card (a first message may also bring the welcome card).
  type Attachment = { contentType?: string; content?: unknown };
  const cards = () => connector.calls.filter((c) => c.conversationId === conversationId && c.body.type === 'message').flatMap((c) => (c.body.attachments ?? []) as Attachment[]);
  const answer = await until('the answer card at the stand-in connector', 20_000, () =>
    cards().find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && /kindcheck/i.test(JSON.stringify(a.content))),
  ).catch((err: Error) => fail(`${err.message}; the connector got: ${JSON.stringify(cards()).slice(0, 800)}`));
  step(`POST /api/messages ${res.status}; the connector got ${connector.delivered.get(conversationId)} message(s), an answer card on the kindcheck (${JSON.stringify(answer.content).length} characters)`);

  process.kill(child.pid ?? 0, 'SIGTERM');
  const end = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 15_000))]);
  if (!end) fail('no exit within 15 s of SIGTERM');
  if (end.code !== 0) fail(`exit ${JSON.stringify(end)} after SIGTERM:\n${stderr.slice(-3000)}`);
  if (!logs.some((l) => l.event === 'stopped')) fail('no `stopped` log line after SIGTERM');
  if (existsSync(path.join(dataDir, '.lock'))) fail('DATA_DIR/.lock is still there after the stop');
  const problems = logs.filter((l) => typeof l.level === 'number' && l.level >= 50);
  if (problems.length > 0) fail(`errors in the log: ${JSON.stringify(problems).slice(0, 1000)}`);
  step('SIGTERM: stopped, exit 0, lock removed');
  exitCode = 0;
  console.log(`smoke-prod: OK in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`smoke-prod: FAILED: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  if (npmPid !== undefined) {
    try {
      process.kill(-npmPid, 'SIGKILL'); // only this test's process group, if anything is left
    } catch {
      // gone already
    }
  }
  await connector.close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
