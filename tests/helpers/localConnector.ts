import http from 'node:http';

export interface LocalConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  body: Record<string, unknown>;
}

export interface LocalConnector {
  /** serviceUrl for activities, e.g. http://127.0.0.1:41234/ */
  readonly serviceUrl: string;
  readonly calls: LocalConnectorCall[];
  /** Count of calls; cheaper than keeping bodies in a long benchmark. */
  readonly count: number;
  close(): Promise<void>;
}

/**
 * A stand-in Bot Connector on 127.0.0.1, a real HTTP server (not nock): for tests with the bot in another
 * process, and for benchmarks. Answers POST/PUT .../v3/conversations/{id}/activities[/{id}] with { id }.
 * `delayMs` may hold a call back (a slow Teams), `keep: false` drops the bodies (benchmarks).
 */
export async function startLocalConnector(options: { delayMs?: (call: LocalConnectorCall) => number; keep?: boolean } = {}): Promise<LocalConnector> {
  const calls: LocalConnectorCall[] = [];
  let count = 0;
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf-8')) as Record<string, unknown>;
      } catch {
        // not JSON: keep {}
      }
      const call = { method: req.method ?? '', path: req.url ?? '', conversationId: decodeURIComponent(match?.[1] ?? ''), body };
      count++;
      if (options.keep !== false) calls.push(call);
      const reply = () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `local-${++n}` }));
      };
      const delay = options.delayMs?.(call) ?? 0;
      if (delay > 0) setTimeout(reply, delay);
      else reply();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    get count() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
