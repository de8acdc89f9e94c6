import http from 'node:http';

/**
 * A stand-in for the Bot Connector on 127.0.0.1, in its own process (so its work does not count against the bot):
 * answers every send and update like the connector ({ id }) and reports each one to the parent over IPC with the
 * moment it arrived.
 */
let n = 0;
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const t = Date.now();
    const m = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!m || (req.method !== 'POST' && req.method !== 'PUT')) {
      res.writeHead(404).end();
      return;
    }
    let meetingId: string | undefined;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf-8')) as { attachments?: Array<{ content?: { refresh?: { action?: { data?: { meetingId?: string } } } } }> };
      meetingId = body.attachments?.[0]?.content?.refresh?.action?.data?.meetingId;
    } catch {
      // not JSON: counted without a meeting
    }
    process.send?.({ t, method: req.method, conversationId: decodeURIComponent(m[1] ?? ''), meetingId });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `act-${++n}` }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ ready: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
