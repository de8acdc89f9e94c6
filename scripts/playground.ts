/**
 * `npm run playground`: talk to Meldwijzer in a Teams-like window, without Teams or Azure.
 *
 *   npm run playground                               as the project leader (the tenant's current user)
 *   npm run playground -- --as professional          as "Leerkracht basisschool"
 *   npm run playground -- --as leader,professional   both, in two windows on one bot (ports 56150 and 56151)
 *   npm run playground -- --as "Huisarts Hilversum" --port 56200 --bot-port 3990
 *
 * Starts the bot in local mode (no MicrosoftAppId: unauthenticated activities, so it listens on 127.0.0.1 only;
 * replies go to the Playground's connector) with its own data in data/playground, and Microsoft 365 Agents
 * Playground pointed at it (channel msteams, telemetry off), with the tenant from .m365agentsplayground.yml.
 * It waits until both answer over HTTP, prints the address to open, and stops everything on one Ctrl-C
 * (SIGINT) or SIGTERM. Each process runs in a process group of its own, so stopping kills what it started too.
 * Logs: .playground/bot.log and .playground/playground.log. One run at a time per data folder (a second bot
 * on the same files would overwrite them).
 *
 * The browser tests (tests/browser) use the exported functions to run one bot with two Playgrounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';
import { createLogger } from '../bot/platform/log.ts';
import { StartupError } from '../bot/platform/startupError.ts';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../bot/platform/store/dataDirLock.ts';
import { openGroupStore } from '../bot/groups/groupStore.ts';
import { openTicketStore } from '../bot/experts/ticketStore.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The Playground's own configuration file name; it looks for it in its working directory. */
export const TENANT_FILE = path.join(ROOT, '.m365agentsplayground.yml');
export const RUN_DIR = path.join(ROOT, '.playground');
const DEFAULT_DATA_DIR = path.join(ROOT, 'data', 'playground');

/** Roles the tenant file has, found by the start of the user's display name. */
export const ROLES = {
  leader: /^projectleider\b/i,
  professional: /^leerkracht basisschool$/i,
} as const;
export type Role = keyof typeof ROLES;

// ---------------------------------------------------------------------------------------------------------
// The tenant file (Playground config format 0.1.1). Only what we read is checked here; the Playground
// validates the whole file against its own schema when it starts.

const userSchema = z.looseObject({ id: z.string().min(1), name: z.string().min(1), aadObjectId: z.string().min(1) });
const tenantSchema = z.looseObject({
  version: z.string(),
  tenantId: z.string().min(1),
  bot: z.looseObject({ id: z.string().min(1), name: z.string().min(1) }),
  currentUser: userSchema,
  users: z.array(userSchema),
  personalChat: z.looseObject({ id: z.string().min(1) }),
  groupChat: z.looseObject({ id: z.string().min(1), name: z.string().min(1) }),
  team: z.looseObject({
    id: z.string().min(1),
    name: z.string().min(1),
    channels: z.array(z.looseObject({ id: z.string().min(1), name: z.string().min(1) })),
  }),
});
export type Tenant = z.infer<typeof tenantSchema>;
export type TenantUser = z.infer<typeof userSchema>;

/** What stops the playground from starting, said so the user can act on it (shown without a stack). */
export class PlaygroundError extends StartupError {
  override name = 'PlaygroundError';
}

export function readTenant(file = TENANT_FILE): Tenant {
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PlaygroundError(`Kan ${path.relative(ROOT, file)} niet lezen: ${(err as Error).message}`);
  }
  const parsed = tenantSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new PlaygroundError(`${path.relative(ROOT, file)} klopt niet:\n${problems}`);
  }
  return parsed.data;
}

export function allUsers(tenant: Tenant): TenantUser[] {
  return [tenant.currentUser, ...tenant.users];
}

/** Finds a user by role (leader, professional) or by (the start of) the display name. */
export function findUser(tenant: Tenant, who: string): TenantUser {
  const users = allUsers(tenant);
  const role = (Object.keys(ROLES) as Role[]).find((r) => r === who.toLowerCase());
  const wanted = who.trim().toLowerCase();
  const found = role
    ? users.find((u) => ROLES[role].test(u.name))
    : (users.find((u) => u.name.toLowerCase() === wanted) ?? users.find((u) => u.name.toLowerCase().startsWith(wanted)));
  if (!found) {
    throw new PlaygroundError(
      `Gebruiker "${who}" staat niet in ${path.relative(ROOT, TENANT_FILE)}. Kies ${Object.keys(ROLES).join(' of ')}, of een naam: ${users.map((u) => `"${u.name}"`).join(', ')}.`,
    );
  }
  return found;
}

/** The aadObjectIds the bot treats as project leaders: every user whose name starts with "Projectleider". */
export function leaderIds(tenant: Tenant): string[] {
  const ids = allUsers(tenant)
    .filter((u) => ROLES.leader.test(u.name))
    .map((u) => u.aadObjectId);
  if (ids.length === 0) throw new PlaygroundError(`Geen projectleider in ${path.relative(ROOT, TENANT_FILE)}: geef één gebruiker een naam die met "Projectleider" begint.`);
  return ids;
}

/**
 * The same tenant seen by another user: that user becomes the current user and the old current user takes
 * their place in the list (the Playground wants exactly five others). Teams gives every person their own
 * personal chat with the bot, so the personal chat id gets the user's id appended.
 */
export function tenantAs(tenant: Tenant, user: TenantUser): Tenant {
  if (user.id === tenant.currentUser.id) return tenant;
  return {
    ...tenant,
    currentUser: user,
    users: tenant.users.map((u) => (u.id === user.id ? tenant.currentUser : u)),
    personalChat: { ...tenant.personalChat, id: `${tenant.personalChat.id}:${user.id.replace(/[^a-z0-9-]/gi, '-')}` },
  };
}

export function writeTenant(tenant: Tenant, file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const header = `# Generated by scripts/playground.ts from ${path.basename(TENANT_FILE)}, as ${tenant.currentUser.name}. Do not edit.\n`;
  fs.writeFileSync(file, header + YAML.stringify(tenant));
  return file;
}

/** The tenant's experts' channel: the team channel whose name says experts. */
export function expertsChannel(tenant: Tenant): { id: string; name: string } | undefined {
  return tenant.team.channels.find((c) => /expert/i.test(c.name));
}

/**
 * So a newcomer can try "Vraag het een expert" at once: on a data folder without an experts' group, the group named
 * after the team is made, linked to the experts' channel and marked as the experts' group (what a leader does with
 * `groep nieuw`, `koppel` and the form's "Groep van de experts" toggle). Nothing happens when a group of that name or
 * an experts' group exists, so a leader's own choices stay. The bot must not be running (call before startBot).
 * Returns the group's name when it made one.
 */
export async function seedExperts(dataDir: string, tenant: Tenant, now = new Date()): Promise<string | undefined> {
  const channel = expertsChannel(tenant);
  if (!channel) return undefined;
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = await acquireDataDirLock(dataDir, createLogger('silent'));
  try {
    const groups = await openGroupStore(dataDir);
    const tickets = await openTicketStore(dataDir);
    const name = tenant.team.name;
    const taken = groups.list().some((g) => g.name.localeCompare(name, 'nl', { sensitivity: 'base' }) === 0);
    if (taken || tickets.expertsGroupId() !== undefined) return undefined;
    const group = await groups.create({ name, description: `De experts: vragen aan een expert komen in het kanaal ${channel.name}.` }, now);
    await groups.link(group.id, channel.id);
    await tickets.setExpertsGroup(group.id, 'playground', now);
    await Promise.all([groups.flush(), tickets.flush()]);
    return name;
  } finally {
    await lock.release();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Processes

export interface Service {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly logFile: string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  readonly exited: Promise<number | string>;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(port, () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
  if (preferred !== undefined && preferred > 0) {
    const p = await tryPort(preferred);
    if (p !== undefined) return p;
  }
  const p = await tryPort(0);
  if (p === undefined) throw new PlaygroundError('Geen vrije poort gevonden.');
  return p;
}

/** The last lines this run wrote to a log (the log is appended to; each start writes a marker line). */
function tail(file: string, lines = 20): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const thisRun = text.slice(Math.max(0, text.lastIndexOf('\n--- ')));
    const useful = thisRun.trim().split('\n').slice(1).filter((l) => !/DeprecationWarning|--trace-deprecation/.test(l));
    return useful.slice(-lines).join('\n') || '(leeg)';
  } catch {
    return '(geen log)';
  }
}

/** Starts a command as the leader of a new process group, output appended to logFile. */
function launch(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, stdout: 'log' | 'pipe'): { child: ChildProcess; exited: Promise<number | string>; stop(): Promise<void> } {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n--- ${new Date().toISOString()} ${name} starts\n`);
  const child = spawn(process.execPath, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', stdout === 'log' ? fd : 'pipe', fd] });
  fs.closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new PlaygroundError(`${name} kon niet starten.`);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'onbekend')));
  let stopping: Promise<void> | undefined;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const stop = () =>
    (stopping ??= (async () => {
      killGroup('SIGTERM');
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 8000).unref());
      await Promise.race([exited, timer]);
      // Whatever is left in the group (a helper the process started, or the process itself if it hung).
      killGroup('SIGKILL');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    })());
  return { child, exited, stop };
}

async function waitForHttp(url: string, what: string, exited: Promise<number | string>, logFile: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone: number | string | undefined;
  void exited.then((code) => (gone = code));
  for (;;) {
    if (signal?.aborted) throw new PlaygroundError(`${what}: gestopt tijdens het starten.`);
    if (gone !== undefined) throw new PlaygroundError(`${what} is gestopt (exit ${gone}) voordat hij antwoordde. Laatste regels van ${path.relative(ROOT, logFile)}:\n${tail(logFile)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new PlaygroundError(`${what} antwoordde niet binnen ${Math.round(timeoutMs / 1000)} s op ${url}. Laatste regels van ${path.relative(ROOT, logFile)}:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface BotOptions {
  port: number;
  dataDir: string;
  leaders: readonly string[];
  tenantId: string;
  logFile: string;
  logLevel?: string;
  timeoutMs?: number;
  /** Aborting stops the process, also while it is still starting. */
  signal?: AbortSignal;
}

/**
 * The bot in local mode: no Bot Framework credentials, whatever the shell has set. Local mode accepts
 * activities without authentication, so it listens on the loopback interface only.
 */
export async function startBot(o: BotOptions): Promise<Service> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId']) delete env[k];
  Object.assign(env, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(o.port),
    DATA_DIR: o.dataDir,
    PROJECT_LEADERS: o.leaders.join(','),
    ALLOWED_TENANTS: o.tenantId,
    PUBLIC_BASE_URL: `http://127.0.0.1:${o.port}`,
    LOG_LEVEL: o.logLevel ?? 'info',
  });
  const url = `http://127.0.0.1:${o.port}`;
  const p = launch('bot', ['--import', 'tsx', path.join(ROOT, 'bot', 'main.ts')], env, o.logFile, 'log');
  o.signal?.addEventListener('abort', () => void p.stop(), { once: true });
  const service: Service = { name: 'Meldwijzer', url, pid: p.child.pid ?? -1, logFile: o.logFile, exited: p.exited, stop: p.stop };
  try {
    await waitForHttp(`${url}/healthz`, 'De bot', p.exited, o.logFile, o.timeoutMs ?? 120_000, o.signal);
  } catch (err) {
    await p.stop();
    throw err;
  }
  return service;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** Preferred port; the Playground takes another one if it is busy, and we report the one it took. */
  port: number;
  configFile: string;
  logFile: string;
  /** For messages, e.g. "als Leerkracht basisschool". */
  label?: string;
  timeoutMs?: number;
  /** Aborting stops the process, also while it is still starting. */
  signal?: AbortSignal;
}

export function playgroundCli(): string {
  const pkg = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  return path.join(path.dirname(pkg), 'cli.js');
}

/** Microsoft 365 Agents Playground, channel msteams, no telemetry, no browser of its own. */
export async function startPlayground(o: PlaygroundOptions): Promise<Service> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: o.configFile,
    M365_AGENTS_PLAYGROUND_LOGFILE: o.logFile,
    // The Playground opens a browser itself unless told not to; we print the address when the bot is up too.
    TEAMSAPPTESTER_BROWSER: 'none',
  };
  const args = [playgroundCli(), '--app-endpoint', o.endpoint, '--channel-id', 'msteams', '--port', String(o.port), '--disable-telemetry'];
  const p = launch('playground', args, env, o.logFile, 'pipe');
  o.signal?.addEventListener('abort', () => void p.stop(), { once: true });
  const timeoutMs = o.timeoutMs ?? 60_000;
  try {
    // With stdout not a terminal, the Playground prints exactly "Listening on <port>" (its log goes to the log file).
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new PlaygroundError(`De Playground meldde binnen ${timeoutMs / 1000} s geen poort. Laatste regels van ${path.relative(ROOT, o.logFile)}:\n${tail(o.logFile)}`)), timeoutMs);
      p.child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        fs.appendFileSync(o.logFile, chunk);
        const m = /Listening on (\d+)/.exec(seen);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      void p.exited.then((code) => {
        clearTimeout(timer);
        reject(new PlaygroundError(`De Playground is gestopt (exit ${code}). Laatste regels van ${path.relative(ROOT, o.logFile)}:\n${tail(o.logFile)}`));
      });
    });
    const url = `http://localhost:${port}`;
    await waitForHttp(url, 'De Playground', p.exited, o.logFile, timeoutMs, o.signal);
    return { name: `De Playground${o.label ? ` ${o.label}` : ''}`, url, pid: p.child.pid ?? -1, logFile: o.logFile, exited: p.exited, stop: p.stop };
  } catch (err) {
    await p.stop();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The command

interface CliOptions {
  as: string;
  port: number;
  botPort: number | undefined;
  dataDir: string;
  logDir: string;
}

const USAGE = `Gebruik: npm run playground -- [--as leader|professional|"naam"[,...]] [--port 56150] [--bot-port 3978] [--data-dir data/playground] [--log-dir .playground]`;

function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { as: 'leader', port: 56150, botPort: undefined, dataDir: DEFAULT_DATA_DIR, logDir: RUN_DIR };
  const port = (v: string | undefined, flag: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new PlaygroundError(`${flag} wil een poortnummer, niet "${v ?? ''}".\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--as':
      case '--als': {
        const v = value();
        if (!v) throw new PlaygroundError(`--as wil een rol of naam.\n${USAGE}`);
        o.as = v;
        break;
      }
      case '--port':
        o.port = port(value(), '--port');
        break;
      case '--bot-port':
        o.botPort = port(value(), '--bot-port');
        break;
      case '--data-dir':
      case '--log-dir': {
        const v = value();
        if (!v) throw new PlaygroundError(`${flag} wil een map.\n${USAGE}`);
        o[flag === '--data-dir' ? 'dataDir' : 'logDir'] = path.resolve(v);
        break;
      }
      case '-h':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new PlaygroundError(`Onbekende optie "${argv[i]}".\n${USAGE}`);
    }
  }
  return o;
}

/**
 * Two bots on one data folder would overwrite each other's files. The bot itself refuses a DATA_DIR that another
 * Meldwijzer holds (bot/platform/store/dataDirLock.ts: stale locks are taken over); this checks that lock before anything
 * starts, so the refusal comes at once and says how to run two users on one bot.
 */
export async function checkDataDirFree(dataDir: string): Promise<void> {
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(dataDir, createLogger('silent'));
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    throw new PlaygroundError(
      `Er draait al een Meldwijzer met de gegevens in ${path.relative(process.cwd(), dataDir) || '.'} (proces ${err.holder.pid}, sinds ${err.holder.startedAt}).\n` +
        'Stop die eerst met Ctrl-C, of start beide gebruikers samen: npm run playground -- --as leader,professional',
    );
  }
  await lock.release();
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const tenant = readTenant();
  const leaders = leaderIds(tenant);
  // One bot; one Playground per user (`--as leader,professional` gives two windows on the same bot).
  const people = [...new Map(o.as.split(',').map((who) => findUser(tenant, who.trim())).map((u) => [u.id, u])).values()];
  await checkDataDirFree(o.dataDir);
  const seeded = await seedExperts(o.dataDir, tenant);
  const botPort = await freePort(o.botPort ?? 3978);
  if (o.botPort !== undefined && botPort !== o.botPort) throw new PlaygroundError(`Poort ${o.botPort} voor de bot is bezet.`);
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const slugOf = (u: TenantUser) => u.id.replace(/[^a-z0-9-]/gi, '-');
  const single = people.length === 1;

  // Aborting stops every process, also while it is still starting.
  const abort = new AbortController();
  let stopping = false;
  let done: (() => void) | undefined;
  const stopped = new Promise<void>((r) => (done = r));

  process.stdout.write(`Meldwijzer en Microsoft 365 Agents Playground starten (dit duurt even)...\n`);
  const services: Array<Promise<Service>> = [
    startBot({ port: botPort, dataDir: o.dataDir, leaders, tenantId: tenant.tenantId, logFile: path.join(o.logDir, 'bot.log'), signal: abort.signal }),
  ];
  for (const [i, person] of people.entries()) {
    const configFile = person.id === tenant.currentUser.id ? TENANT_FILE : writeTenant(tenantAs(tenant, person), path.join(o.logDir, `tenant-${slugOf(person)}.yml`));
    const logFile = path.join(o.logDir, single ? 'playground.log' : `playground-${slugOf(person)}.log`);
    services.push(startPlayground({ endpoint, port: o.port + i, configFile, logFile, label: `als ${person.name}`, signal: abort.signal }));
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: de Playground en de bot stoppen...\n`);
    abort.abort();
    // A service that is still starting stops itself on the abort and then rejects; one that runs stops here.
    void Promise.allSettled(services.map((s) => s.then((x) => x.stop()))).then(() => done?.());
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  watchParents(() => onSignal('SIGTERM'));
  const results = await Promise.allSettled(services);
  if (stopping) {
    await stopped;
    process.exit(0);
  }
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (failed.length > 0) {
    abort.abort();
    await Promise.allSettled(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    throw failed[0];
  }
  const [bot, ...windows] = results.map((r) => (r as PromiseFulfilledResult<Service>).value) as [Service, ...Service[]];
  const rel = (f: string) => path.relative(process.cwd(), f) || '.';
  const role = (u: TenantUser) => (leaders.includes(u.aadObjectId) ? ' (projectleider)' : '');
  const lines = single
    ? [`  Open ${windows[0]?.url} in uw browser.`, '', `  U bent ${people[0]?.name}${role(people[0]!)}. Als iemand anders: npm run playground -- --as ${ROLES.leader.test(people[0]!.name) ? 'professional' : 'leader'}`]
    : ['  Open in uw browser:', ...people.map((u, i) => `    ${windows[i]?.url}  als ${u.name}${role(u)}`)];
  process.stdout.write(
    [
      '',
      ...lines,
      `  Team "${tenant.team.name}" (kanalen General en ${tenant.team.channels.map((c) => c.name).join(', ')}), groepschat "${tenant.groupChat.name}".`,
      ...expertsLines(tenant, seeded),
      `  In kanaal en groepschat: noem eerst @${tenant.bot.name} (typ @ en kies ${tenant.bot.name}).`,
      `  Bot: ${bot.url}/api/messages (lokale modus), gegevens in ${rel(o.dataDir)}`,
      `  Logboeken: ${[bot, ...windows].map((x) => rel(x.logFile)).join(', ')}`,
      '',
      '  Stoppen: Ctrl-C',
      '',
    ].join('\n'),
  );
  // Ctrl-C stops all (see onSignal); if one of them stops on its own, stop the others and say so.
  const all = [bot, ...windows];
  const first = await Promise.race([...all.map((x) => x.exited.then((c) => ({ s: x, c }))), stopped.then(() => undefined)]);
  if (stopping || !first) {
    await stopped;
    process.exit(0);
  }
  stopping = true;
  process.stderr.write(`${first.s.name === 'Meldwijzer' ? 'De bot' : first.s.name} is onverwacht gestopt (exit ${first.c}); zie ${rel(first.s.logFile)}:\n${tail(first.s.logFile, 15)}\n`);
  abort.abort();
  await Promise.allSettled(all.map((x) => x.stop()));
  process.exit(1);
}

/** How to try asking an expert, for the start message. */
function expertsLines(tenant: Tenant, seeded: string | undefined): string[] {
  const channel = expertsChannel(tenant);
  if (!channel) return [];
  return [
    `  Vraag het een expert: open eerst één keer het kanaal "${channel.name}" (daar komen de vragen), stel dan in de`,
    `  persoonlijke chat een vraag met "vraag een expert".${seeded ? ` De groep "${seeded}" is voor u klaargezet als groep van de experts.` : ''}`,
  ];
}

/**
 * `kill <pid of npm>` ends npm and its shell but not what the shell started (npm forwards the signal to the
 * shell only), so tsx and this script would live on as orphans with the bot and the Playground. On Linux
 * we notice that our parent or grandparent changed and stop as if we got SIGTERM.
 */
function watchParents(onGone: () => void): void {
  const parentOf = (pid: number): number | undefined => {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return undefined;
    }
  };
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  if (grandparent === undefined) return; // No /proc (macOS, Windows): signals only.
  setInterval(() => {
    if (process.ppid !== parent || parentOf(parent) !== grandparent) onGone();
  }, 1000).unref();
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isEntryPoint) {
  main().catch((err: unknown) => {
    process.stderr.write(`\n${err instanceof StartupError ? err.message : ((err as Error).stack ?? String(err))}\n`);
    process.exit(1);
  });
}
