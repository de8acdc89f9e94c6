import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP load balancer for the two-instance tests: each request goes to the next live target in turn, as an
 * Azure front door or a container platform's ingress would spread Teams' calls over the instances. A target that
 * refuses the connection (killed) is skipped and the request is tried on the next one, so a test can SIGKILL an
 * instance without Teams' side noticing more than a slower answer.
 */
export interface RoundRobinProxy {
  readonly url: string;
  /** Requests answered per target (by index), so a test can check that both instances served turns. */
  readonly served: number[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  const served = targets.map(() => 0);
  let next = 0;

  const forward = (target: string, req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const url = new URL(req.url ?? '/', target);
      const out = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      out.on('error', reject);
      out.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        for (let tried = 0; tried < targets.length; tried++) {
          const i = next;
          next = (next + 1) % targets.length;
          try {
            const answer = await forward(targets[i] as string, req, body);
            served[i] = (served[i] ?? 0) + 1;
            res.writeHead(answer.status, answer.headers);
            res.end(answer.body);
            return;
          } catch {
            // That instance is down: the next one takes the request.
          }
        }
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('no instance answered');
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
