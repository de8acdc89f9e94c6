import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './log.ts';

export interface ExtraRoute {
  method: 'get';
  path: string;
  handler(req: restify.Request, res: restify.Response): Promise<void> | void;
}

export interface ServerOptions {
  adapter: CloudAdapter;
  logic(ctx: TurnContext): Promise<void>;
  health(): Record<string, unknown>;
  log: Logger;
  /** Largest accepted request body; Teams activities are far smaller. */
  maxBodyBytes?: number;
  routes?: readonly ExtraRoute[];
}

export function createServer(options: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'meldwijzer', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    try {
      // restify's Request types `method` as optional; botbuilder's does not. At runtime it is always set.
      await options.adapter.process(req as Parameters<CloudAdapter['process']>[0], res, options.logic);
    } catch (err) {
      options.log.error({ event: 'process-failed', err: (err as Error).name }, 'request could not be processed');
      if (!res.headersSent) {
        res.status(500);
        res.send({ error: 'internal' });
      }
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', ...options.health() });
  });

  for (const r of options.routes ?? []) {
    server.get(r.path, async (req, res) => {
      await r.handler(req, res);
    });
  }
  return server;
}
