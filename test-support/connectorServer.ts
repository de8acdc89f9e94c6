import http from 'node:http';

/**
 * The one stand-in Bot Connector over real HTTP on 127.0.0.1 (tests with the bot in another process, delivery
 * tests, benchmarks; in-process tests stub the connector with nock instead: connectorStub.ts). It answers
 * POST /v3/conversations/:id/activities (a new message) and PUT .../activities/:activityId (an update) like the
 * connector does, and can misbehave in chosen ways: a rate limit (429 + Retry-After above it, counted in a
 * sliding one-second window), a share of random 503s, per-conversation scripts (e.g. 429, 503, then OK; 403),
 * latency, a held-back answer per call. It records every call and counts what was accepted per conversation, so
 * lost and duplicate deliveries can be counted.
 */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  body: Record<string, unknown>;
}

export type ScriptedReply = number | { status: number; retryAfter?: string } | undefined;

export interface ConnectorServerOptions {
  /** Requests per second the "tenant" accepts (sliding window); above it: 429 with Retry-After. */
  ratePerSecond?: number;
  /** Share of requests (0..1) answered 503, decided by a seeded random generator. */
  failRate?: number;
  seed?: number;
  /** Per conversation and attempt number (1-based, POSTs only): a status to answer instead of 201. */
  script?: (conversationId: string, attempt: number) => ScriptedReply;
  latencyMs?: number;
  /** Holds one call's answer back by this many ms (a slow Teams for that call); after it was recorded. */
  delayMs?: (call: ConnectorCall) => number;
  /** false: keep no call bodies in `calls` (long benchmarks); counts and the delivery log are kept. */
  keep?: boolean;
  /** Told of every call as it arrives, with the moment (Date.now()): a benchmark reports it to its parent process. */
  onCall?: (call: ConnectorCall, at: number) => void;
}

export interface ConnectorServer {
  /** Base URL, the serviceUrl for activities, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** The same as url. */
  readonly serviceUrl: string;
  /** Every call, in order of arrival (unless options.keep is false). */
  readonly calls: ConnectorCall[];
  /** Count of calls since the start (reset() does not change it). */
  readonly count: number;
  /** Accepted new messages per conversation id. */
  readonly delivered: Map<string, number>;
  /** Accepted message bodies per conversation id (the last one). */
  readonly lastBody: Map<string, Record<string, unknown>>;
  /** Summaries of accepted new messages, in order, with the moment they were accepted (Date.now()). */
  readonly log: Array<{ conversationId: string; summary: unknown; at: number }>;
  readonly updates: Array<{ conversationId: string; activityId: string; body: Record<string, unknown> }>;
  readonly statuses: Map<number, number>;
  /** The 429s and random 503s, per conversation, in order (a benchmark tells a refused first attempt from a slow one). */
  readonly refused: Array<{ conversationId: string; status: number; at: number }>;
  requests: number;
  /** Highest number of requests seen in any one-second window. */
  peakPerSecond: number;
  /** While set, new messages are accepted (counted as delivered) but never answered: a process that dies never hears back. */
  hold: boolean;
  /** Messages held so far. */
  heldCount: number;
  /** Ends the held requests by closing their connections (the bot sees a network error). */
  releaseHeld(): void;
  options: ConnectorServerOptions;
  /** Forgets what was delivered and the attempt numbers the script sees (e.g. after the welcome messages). */
  reset(): void;
  close(): Promise<void>;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startConnectorServer(options: ConnectorServerOptions = {}): Promise<ConnectorServer> {
  const random = mulberry32(options.seed ?? 42);
  const window: number[] = [];
  const attempts = new Map<string, number>();
  let n = 0;
  const held: Array<() => void> = [];
  const state = {
    delivered: new Map<string, number>(),
    lastBody: new Map<string, Record<string, unknown>>(),
    log: [] as Array<{ conversationId: string; summary: unknown; at: number }>,
    calls: [] as ConnectorCall[],
    count: 0,
    updates: [] as ConnectorServer['updates'],
    statuses: new Map<number, number>(),
    refused: [] as Array<{ conversationId: string; status: number; at: number }>,
    requests: 0,
    peakPerSecond: 0,
    hold: false,
    heldCount: 0,
    options,
  };
  const answer = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    state.statuses.set(status, (state.statuses.get(status) ?? 0) + 1);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        state.requests++;
        const url = req.url ?? '';
        const m = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(url);
        if (!m) return answer(res, 404, { error: { code: 'NotFound', message: 'no such route' } });
        const conversationId = decodeURIComponent(m[1] ?? '');
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf-8') || '{}') as Record<string, unknown>;
        } catch {
          return answer(res, 400, { error: { code: 'BadArgument', message: 'bad json' } });
        }
        const call: ConnectorCall = { method: req.method ?? '', path: url, conversationId, body };
        state.count++;
        if (state.options.keep !== false) state.calls.push(call);
        state.options.onCall?.(call, Date.now());
        const delay = (state.options.latencyMs ?? 0) + (state.options.delayMs?.(call) ?? 0);
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        if (state.hold && req.method === 'POST' && body.type === 'message') {
          // The worst case for duplicates: Teams took the message, but the answer never reaches the bot.
          state.delivered.set(conversationId, (state.delivered.get(conversationId) ?? 0) + 1);
          state.log.push({ conversationId, summary: body.summary ?? body.text, at: Date.now() });
          state.heldCount++;
          await new Promise<void>((r) => held.push(r));
          res.destroy();
          return;
        }
        // Rate limit: requests let through in the last second.
        const now = Date.now();
        while (window.length > 0 && (window[0] ?? 0) <= now - 1000) window.shift();
        if (state.options.ratePerSecond !== undefined && window.length >= state.options.ratePerSecond) {
          const wait = Math.max(1, Math.ceil(((window[0] ?? now) + 1000 - now) / 1000));
          state.refused.push({ conversationId, status: 429, at: now });
          return answer(res, 429, { error: { code: 'Throttled', message: 'too many requests' } }, { 'retry-after': String(wait) });
        }
        window.push(now);
        state.peakPerSecond = Math.max(state.peakPerSecond, window.length);
        if (req.method === 'PUT') {
          state.updates.push({ conversationId, activityId: decodeURIComponent(m[2] ?? ''), body });
          return answer(res, 200, { id: m[2] });
        }
        if (body.type !== 'message') return answer(res, 200, { id: `typing-${++n}` });
        const attempt = (attempts.get(conversationId) ?? 0) + 1;
        attempts.set(conversationId, attempt);
        const scripted = state.options.script?.(conversationId, attempt);
        if (scripted !== undefined) {
          const s = typeof scripted === 'number' ? { status: scripted } : scripted;
          return answer(res, s.status, { error: { code: 'Scripted', message: `scripted ${s.status}` } }, s.retryAfter ? { 'retry-after': s.retryAfter } : {});
        }
        if (state.options.failRate && random() < state.options.failRate) {
          state.refused.push({ conversationId, status: 503, at: Date.now() });
          return answer(res, 503, { error: { code: 'ServiceUnavailable', message: 'try later' } });
        }
        state.delivered.set(conversationId, (state.delivered.get(conversationId) ?? 0) + 1);
        state.lastBody.set(conversationId, body);
        state.log.push({ conversationId, summary: body.summary ?? body.text, at: Date.now() });
        return answer(res, 201, { id: `msg-${++n}` });
      })();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/`,
    serviceUrl: `http://127.0.0.1:${port}/`,
    releaseHeld() {
      for (const h of held.splice(0)) h();
    },
    reset() {
      attempts.clear();
      state.delivered.clear();
      state.lastBody.clear();
      state.log.length = 0;
      state.calls.length = 0;
      state.updates.length = 0;
      state.statuses.clear();
      state.requests = 0;
    },
    async close() {
      for (const h of held.splice(0)) h();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  }) as ConnectorServer;
}
