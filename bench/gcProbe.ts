/**
 * The bot as bench/load.ts runs it for the load phase: the same composition root (startApp, configured from the
 * environment, logging to stdout), plus a memory probe. On SIGUSR2 it runs a full garbage collection (node
 * --expose-gc) and prints {"event":"memory",...}: RSS alone cannot tell a leak from the heap headroom V8 keeps
 * after a burst of work, the heap in use after a full GC can.
 *
 *   node --expose-gc --import tsx bench/gcProbe.ts
 */
import { startApp } from '../bot/main.ts';

const app = await startApp();
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1048576);
  process.stdout.write(`${JSON.stringify({ event: 'memory', rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal) })}\n`);
});
process.once('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
