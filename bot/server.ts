import { randomUUID } from 'node:crypto';
import restify from 'restify';
import { requestScope, type Logger } from './platform/log.ts';
import { describeError } from './platform/describeError.ts';
import type { ProcessActivity, Route } from './platform/http.ts';
import { checkActivityEnvelope } from './teams/activityEnvelope.ts';

export interface ServerOptions {
  /** The Teams edge: authenticates the request, runs the turn, writes the HTTP answer. */
  processActivity: ProcessActivity;
  /** What /healthz reports; `status` other than 'ok' answers 503 so a platform probe notices. */
  health(): Record<string, unknown>;
  log: Logger;
  /** Largest accepted request body; Teams activities are far smaller. */
  maxBodyBytes?: number;
  routes?: readonly Route[];
  /**
   * Whether a reply may go to this serviceUrl. Local mode has no token to prove an activity came from the Bot
   * Framework, so without this anyone who reaches the port could make the bot post to any address.
   */
  serviceUrlAllowed?: (serviceUrl: string) => boolean;
}

/**
 * The serviceUrls local mode replies to: this machine (Agents Playground, Bot Framework Emulator, a test's
 * channel stand-in) and the Bot Framework's own hosts. Anything else is refused with 403.
 */
export function localModeServiceUrlAllowed(serviceUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)) return true;
  return host === 'smba.trafficmanager.net' || host.endsWith('.botframework.com');
}

export interface ServerControl {
  /** Turns being processed right now. */
  readonly inFlight: number;
  /**
   * Graceful stop: new activities get 503 (the Bot Framework retries), the port closes, turns in flight get up
   * to `graceMs` to finish; then every connection is closed. Resolves when the server is closed.
   */
  shutdown(graceMs: number): Promise<{ unfinished: number }>;
}

export type MeldwijzerServer = restify.Server & ServerControl;

export function createServer(options: ServerOptions): MeldwijzerServer {
  const { log } = options;
  const server = restify.createServer({ name: 'meldwijzer', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 256 * 1024, mapParams: false, rejectUnknown: true }));

  let inFlight = 0;
  let stopping = false;
  let idle: Array<() => void> = [];
  const turnEnded = () => {
    inFlight--;
    if (inFlight === 0) {
      for (const resolve of idle) resolve();
      idle = [];
    }
  };

  server.post('/api/messages', async (req, res) => {
    const requestId = randomUUID();
    res.header('x-request-id', requestId);
    if (stopping) {
      res.header('retry-after', '5');
      res.header('connection', 'close');
      res.send(503, { error: 'stopping' });
      return;
    }
    // An activity must at least look like one before botbuilder touches it (see activityEnvelope.ts).
    const envelope = checkActivityEnvelope(req.body);
    if (!envelope.ok) {
      log.warn({ event: 'activity-rejected', requestId, problem: envelope.problem }, 'request body is not a Bot Framework activity');
      res.send(400, { error: 'not an activity', problem: envelope.problem });
      return;
    }
    const serviceUrl = (req.body as { serviceUrl: string }).serviceUrl;
    if (options.serviceUrlAllowed && !options.serviceUrlAllowed(serviceUrl)) {
      log.warn({ event: 'activity-refused', requestId, reason: 'serviceUrl', host: new URL(serviceUrl).host }, 'local mode replies only to this machine and the Bot Framework');
      res.send(403, { error: 'serviceUrl not allowed in local mode' });
      return;
    }
    inFlight++;
    try {
      await requestScope.run({ requestId }, async () => {
        try {
          await options.processActivity(req, res);
        } catch (err) {
          log.error({ event: 'process-failed', err: describeError(err) }, 'request could not be processed');
          if (!res.headersSent) res.send(500, { error: 'internal' });
        }
      });
    } finally {
      turnEnded();
    }
  });

  server.get('/healthz', async (_req, res) => {
    if (stopping) {
      res.send(503, { status: 'stopping', inFlight });
      return;
    }
    const report = { status: 'ok', ...options.health(), inFlight };
    res.send(report.status === 'ok' ? 200 : 503, report);
  });

  for (const r of options.routes ?? []) {
    server.get(r.path, async (req, res) => {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries((req.params ?? {}) as Record<string, unknown>)) if (typeof v === 'string') params[k] = v;
      const answer = await r.handle({ params });
      for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
      if (typeof answer.body === 'string') res.sendRaw(answer.status, answer.body);
      else res.send(answer.status, answer.body);
    });
  }

  const control: ServerControl = {
    get inFlight() {
      return inFlight;
    },
    async shutdown(graceMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => {
        if (!server.server.listening) return resolve();
        server.close(() => resolve());
      });
      if (inFlight > 0) {
        log.info({ event: 'draining', inFlight }, 'waiting for turns in flight');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => idle.push(resolve)),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, graceMs);
          }),
        ]);
        clearTimeout(timer);
      }
      const unfinished = inFlight;
      if (unfinished > 0) log.warn({ event: 'drain-timeout', unfinished }, 'turns still running at shutdown; their connections are closed');
      // Keep-alive connections would hold close() open until they time out.
      server.server.closeAllConnections();
      await closed;
      return { unfinished };
    },
  };
  return Object.defineProperties(server, Object.getOwnPropertyDescriptors(control)) as MeldwijzerServer;
}
